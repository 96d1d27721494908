"""Sentences of a normalized text: split at 。！？!? and line ends, closing quotes kept."""
from __future__ import annotations

import re

from extractor.records import NormalizedText, Sentence

_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』\"]?|\n|\Z)")


def split_sentences(norm: NormalizedText) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    paragraph = 0
    text = norm.text
    lost_marks = {end - 1 for start, end in norm.damaged if text[end - 1] in "？?"}
    carried = -1  # a sentence cut at a lost character (2？85.6亿元) goes on after it
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        if lost_marks and end - 1 in lost_marks and end < len(text) and text[end] != "\n":
            carried = start if carried < 0 else carried
            continue
        if carried >= 0:
            start, carried = carried, -1
        chunk = text[start:end]
        stripped_end = end - (len(chunk) - len(chunk.rstrip("\n ")))
        stripped_start = start + (len(chunk) - len(chunk.lstrip(" ")))
        if stripped_start < stripped_end:
            sentences.append(
                Sentence(len(sentences), (stripped_start, stripped_end), text[stripped_start:stripped_end], paragraph)
            )
        if chunk.endswith("\n"):
            paragraph += 1
    return tuple(sentences)
