"""Runs the stages in order for one document. Problems become records, not crashes."""
from __future__ import annotations

import os
import re
from typing import Any

from extractor.decode import decode_bytes
from extractor.errors import ExtractionError
from extractor.facts import assemble_facts
from extractor.entities import find_mentions
from extractor.figures import find_figures
from extractor.markup import extract_metadata
from extractor.normalize import normalize
from extractor.records import Document, Extraction, Problem
from extractor.segment import split_sentences
from extractor.tables import find_tables, table_facts, table_figures


def document_from_bytes(data: bytes, source: str, meta: dict[str, Any] | None = None) -> Document:
    decoded = decode_bytes(data, source)
    doc_meta = {"encoding": decoded.encoding, **(meta or {})}
    return Document(doc_id=os.path.basename(source), source=source, raw=decoded.text, meta=doc_meta)


def read_document(path: str, meta: dict[str, Any] | None = None) -> Document:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise ExtractionError(path, error.strerror or str(error)) from None
    return document_from_bytes(data, path, meta)


def extract_document(document: Document) -> Extraction:
    norm = normalize(document.raw, filename=document.source, meta=document.meta)
    meta = {**extract_metadata(document.raw), **document.meta}
    if not meta.get("date"):
        dated = dateline(norm.text)
        if dated:
            meta["date"] = dated
    document = Document(document.doc_id, document.source, document.raw, meta)
    sentences = split_sentences(norm)
    tables = find_tables(norm.text)
    figures = find_figures(norm, sentences)
    figures = table_figures(tables, figures)
    mentions = find_mentions(norm, sentences)
    facts = table_facts(tables, assemble_facts(norm, sentences, figures, mentions, meta), mentions)
    problems = tuple(
        Problem("damaged", "characters were lost in the source", span) for span in norm.damaged
    )
    return Extraction(document, norm, sentences, figures, mentions, facts, problems)


def extract_path(path: str, meta: dict[str, Any] | None = None) -> Extraction:
    return extract_document(read_document(path, meta))


_DATELINE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ANYWHERE = re.compile(_DATELINE.pattern.removeprefix(r"(?<!\d)"))  # without its look-behind
_SHORT_PIECE = re.compile(r"[^\n]{1,40}")
_NOT_DATELINE_WORDS = re.compile(r"[\W\d年月日版第]")


def dateline(text: str) -> str:
    """The publication date printed on its own short line (``（ 2026年06月12日 01版）``), as ISO."""
    if "年" not in text or _DATE_ANYWHERE.search(text) is None:
        return ""  # a short line's date is a date of the whole text too
    for line in _SHORT_PIECE.finditer(text):
        match = _DATELINE.search(line.group(0))
        if match and len(_NOT_DATELINE_WORDS.sub("", line.group(0))) <= 8:
            year, month, day = (int(part) for part in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return ""

