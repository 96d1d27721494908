"""Content ids shared by the extractor and the knowledge base (standard library only,
so the single writer can use them without loading the NLP stack)."""
from __future__ import annotations

import hashlib


def content_hash(text: str) -> str:
    """The id of a notice: the first 16 hex digits of the SHA-256 of its normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
