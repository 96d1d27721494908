"""Sentences of a normalized text: split at 。！？!? and line ends, closing quotes kept."""
from __future__ import annotations

import re

from extractor.records import NormalizedText, Sentence

_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』\"]?|\n|\Z)")


def split_sentences(norm: NormalizedText) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    paragraph = 0
    text = norm.text
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        chunk = match.group(0)
        stripped_end = end - (len(chunk) - len(chunk.rstrip("\n ")))
        stripped_start = start + (len(chunk) - len(chunk.lstrip(" ")))
        if stripped_start < stripped_end:
            sentences.append(
                Sentence(len(sentences), (stripped_start, stripped_end), text[stripped_start:stripped_end], paragraph)
            )
        if chunk.endswith("\n"):
            paragraph += 1
    return tuple(sentences)
