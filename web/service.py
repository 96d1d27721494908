"""Reads the site needs, over ``kb.search`` on the request's read-only connection.

Results are cached in a small LRU keyed by the knowledge base file's version
(mtime and size of the file and its WAL), so a re-ingest is seen at once and
repeated searches (the home page, popular queries) cost no SQL. Callers must not
mutate what they get back.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

from flask import current_app

from kb import search as kb_search
from web.db import db_version, get_db


class _LRU:
    def __init__(self, size: int):
        self.size = size
        self.data: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return True, self.data[key]
        return False, None

    def put(self, key, value) -> None:
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.size:
                self.data.popitem(last=False)


def _cached(name: str, compute: Callable[[], Any], *key) -> Any:
    app = current_app
    size = app.config.get("CACHE_SIZE", 0)
    if not size:
        return compute()
    cache = app.extensions.get("gongwen_cache")
    if cache is None:
        cache = app.extensions.setdefault("gongwen_cache", _LRU(size))
    full_key = (db_version(), name, key)
    hit, value = cache.get(full_key)
    if hit:
        return value
    value = compute()
    cache.put(full_key, value)
    return value


def _freeze(mapping: dict) -> tuple:
    return tuple(sorted((k, v) for k, v in mapping.items()))


def search_facts(query: str, filters: dict, page: int, per_page: int, facets=True) -> dict:
    facet_key = facets if isinstance(facets, bool) else tuple(facets)
    return _cached(
        "search",
        lambda: kb_search.search_facts(get_db(), query, page=page, per_page=per_page, facets=facets, **filters),
        query, _freeze(filters), page, per_page, facet_key,
    )


def get_fact(fact_id: str) -> dict | None:
    fact_id = str(fact_id)
    if fact_id.isdigit() and (len(fact_id) > 18):
        return None
    if not fact_id.isdigit() and ":" not in fact_id:
        return None
    return _cached("fact", lambda: kb_search.get_fact(get_db(), fact_id), fact_id)


def conflicting_facts(fact: dict) -> list[dict]:
    return _cached("conflicts", lambda: kb_search.conflicting_facts(get_db(), fact), fact["id"])


def conflict_counts(fact_ids: list[int]) -> dict[int, int]:
    """How many disagreeing facts each of ``fact_ids`` has (one query for a page of cards)."""
    if not fact_ids:
        return {}

    def compute():
        marks = ",".join("?" * len(fact_ids))
        counts: dict[int, int] = {}
        for a, b in get_db().conn.execute(
            f"SELECT fact_a, fact_b FROM conflicts WHERE fact_a IN ({marks}) OR fact_b IN ({marks})",
            [*fact_ids, *fact_ids],
        ):
            for fact_id in (a, b):
                if fact_id in fact_ids:
                    counts[fact_id] = counts.get(fact_id, 0) + 1
        return counts

    return _cached("conflict_counts", compute, tuple(fact_ids))


def get_document(doc_id: str) -> dict | None:
    if len(doc_id) > 64:
        return None
    return _cached("document", lambda: kb_search.get_document(get_db(), doc_id), doc_id)


def facts_for_document(doc_id: str) -> list[dict]:
    return _cached("doc_facts", lambda: kb_search.facts_for_document(get_db(), doc_id), doc_id)


def mentions_for_document(doc_id: str) -> list[dict]:
    def compute():
        cursor = get_db().conn.execute(
            'SELECT m.entity_id, m.text, m.type, m.canonical, m.start, m."end", m.raw_start, m.raw_end, '
            'e.name AS entity_name FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id '
            'WHERE m.doc_id = ? ORDER BY m.start',
            [doc_id],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    return _cached("doc_mentions", compute, doc_id)


def get_entity(entity_id: str) -> dict | None:
    if len(entity_id) > 300:
        return None
    return _cached("entity", lambda: kb_search.get_entity(get_db(), entity_id), entity_id)


def list_entities(query: str, type_: str | None, page: int, per_page: int) -> dict:
    return _cached(
        "entities",
        lambda: kb_search.list_entities(get_db(), query, type=type_, page=page, per_page=per_page),
        query, type_, page, per_page,
    )


def entity_series(entity_id: str, limit: int = 2000) -> list[dict]:
    """Metrics of the entity reported by two or more documents, each with its points over time."""
    def compute():
        conn = get_db().conn
        cursor = conn.execute(
            """SELECT f.id, f.metric, f.unit, f.kind, f.value, f.text, f.time, f.year, f.damaged, f.change,
                      f.doc_id, d.title AS doc_title, d.date AS doc_date
               FROM facts f JOIN documents d ON d.id = f.doc_id
               WHERE f.subject_id = ? AND f.metric != '' AND d.duplicate_of IS NULL
               ORDER BY f.metric, f.unit, coalesce(f.year, 0), d.date, f.id LIMIT ?""",  # kb.search.SEARCH_INDEXES
            [entity_id, limit],
        )
        names = [d[0] for d in cursor.description]
        groups: dict[tuple, list[dict]] = {}
        for row in cursor.fetchall():
            item = dict(zip(names, row))
            item["damaged"] = bool(item["damaged"])
            groups.setdefault((item["metric"], item["unit"], bool(item["change"])), []).append(item)
        series = []
        for (metric, unit, change), points in groups.items():
            if len({p["doc_id"] for p in points}) < 2:
                continue
            values = [abs(float(p["value"])) for p in points if isinstance(p["value"], (int, float))]
            series.append({"metric": metric, "unit": unit, "change": change, "points": points,
                           "max": max(values) if values else 0})
        series.sort(key=lambda s: (-len(s["points"]), s["metric"]))
        return series

    return _cached("entity_series", compute, entity_id, limit)


def stats() -> dict:
    return _cached("stats", lambda: kb_search.stats(get_db()))


def documents(query: str, page: int, per_page: int) -> dict:
    return _cached("documents", lambda: kb_search.list_documents(get_db(), query, page=page, per_page=per_page),
                   query, page, per_page)
