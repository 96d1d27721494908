"""Extraction → the plain dict of the output contract (../shared/eval/README.md).

This is the one place records become dicts; ``kb`` stores these dicts as they are.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from extractor.records import Extraction, Fact, Figure, Mention


def json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    norm = extraction.text
    facts_by_span = {fact.figure.span: fact for fact in extraction.facts}
    return {
        "doc": extraction.document.doc_id,
        "source": extraction.document.source,
        "meta": dict(extraction.document.meta),
        "text": norm.text,
        "raw": extraction.document.raw,
        "damaged": [list(span) for span in norm.damaged],
        "boilerplate": [list(span) for span in norm.boilerplate],
        "figures": [figure_to_dict(figure, facts_by_span.get(figure.span), extraction) for figure in extraction.figures],
        "entities": [mention_to_dict(mention, extraction) for mention in extraction.mentions],
        "problems": [{"code": p.code, "message": p.message} for p in extraction.problems],
    }


def figure_to_dict(figure: Figure, fact: Fact | None, extraction: Extraction) -> dict[str, Any]:
    raw_start, raw_end = extraction.text.to_raw(figure.span)
    row: dict[str, Any] = {
        "text": figure.text,
        "start": figure.span[0],
        "end": figure.span[1],
        "raw_start": raw_start,
        "raw_end": raw_end,
        "kind": figure.kind,
        "value": json_number(figure.value),
        "unit": figure.unit,
        "comparator": figure.comparator,
        "change": figure.change,
        "metric": fact.metric if fact else "",
        "subject": fact.subject if fact else "",
        "subject_id": fact.subject_id if fact else "",
        "time": fact.time if fact else "",
        "damaged": figure.damaged,
        "rule": figure.rule,
        "rules": list(fact.rules) if fact else [figure.rule],
    }
    if figure.value_max is not None:
        row["value_max"] = json_number(figure.value_max)
    if fact is not None and fact.relation:
        row["relation"] = {"type": fact.relation, "figure": fact.related}
    if fact is not None:
        quote_start, quote_end = fact.quote
        quote_raw = extraction.text.to_raw(fact.quote)
        row.update(
            quote=extraction.text.text[quote_start:quote_end],
            quote_start=quote_start,
            quote_end=quote_end,
            quote_raw_start=quote_raw[0],
            quote_raw_end=quote_raw[1],
        )
    return row


def mention_to_dict(mention: Mention, extraction: Extraction) -> dict[str, Any]:
    raw_start, raw_end = extraction.text.to_raw(mention.span)
    return {
        "text": mention.text,
        "start": mention.span[0],
        "end": mention.span[1],
        "raw_start": raw_start,
        "raw_end": raw_end,
        "type": mention.type,
        "canonical": mention.canonical,
        "id": mention.entity_id,
        "rule": mention.rule,
    }
