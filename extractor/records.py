"""Frozen records passed between the extraction stages.

Spans are half-open ``(start, end)`` pairs. Offsets on ``NormalizedText`` and on
every record below are normalized offsets unless the field name ends in ``_raw``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from extractor.offsets import OffsetMap

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: str
    raw: str
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    offsets: OffsetMap
    damaged: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    traditional: bool = False  # written in traditional script (Taiwan, Hong Kong, Macau), before conversion

    def to_raw(self, span: Span) -> Span:
        return self.offsets.to_raw(span)

    def is_damaged(self, span: Span, margin: int = 0) -> bool:
        start, end = span
        return any(d_start < end + margin and start - margin < d_end for d_start, d_end in self.damaged)

    def is_boilerplate(self, span: Span) -> bool:
        start, end = span
        return any(b_start <= start and end <= b_end for b_start, b_end in self.boilerplate)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    span: Span
    kind: str
    value: Decimal
    unit: str
    rule: str
    comparator: str = "="
    change: str | None = None
    damaged: bool = False
    value_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    span: Span
    type: str
    canonical: str
    rule: str
    entity_id: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    figure: Figure
    metric: str
    subject: str
    time: str
    quote: Span
    rules: tuple[str, ...]
    subject_id: str = ""
    relation: str = ""
    related: int = -1


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    document: Document
    text: NormalizedText
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...]
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...] = ()
