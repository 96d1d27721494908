"""Search the knowledge base: segmented Chinese full-text search, filters, facets.

FTS5's ``unicode61`` tokenizer keeps a run of Chinese characters as one token, so
the indexed text is segmented first (``index_text``): every run of CJK characters
becomes its overlapping character bigrams (``森林覆盖率`` → ``森林 林覆 覆盖 盖率``) and
everything else is left to the tokenizer (``206.86`` → ``206`` ``86``). A query is
segmented the same way and every whitespace-separated part of it becomes one quoted
FTS5 phrase, so two-character words and numbers are found anywhere inside longer
words, and no query text is ever read as FTS syntax. Queries are NFKC-folded and
converted to simplified script (OpenCC t2s), so ``綠色信貸`` finds 绿色信贷.

Every function takes a path, a ``sqlite3.Connection`` or a ``sqlite_utils.Database``
and returns plain dicts.
"""
from __future__ import annotations

import collections
import functools
import json
import re
import unicodedata
from typing import Any, Iterable

from kb.schema import SEARCH_INDEXES, DbLike, connect, with_connection

SORTS = ("relevance", "value", "date")
FACETS = ("kind", "subject", "metric", "doc_id", "year", "unit")
FACET_LIMIT = 10
CANDIDATE_LIMIT = 2000
COUNT_LIMIT = 10000  # a query with filters counts its matches exactly up to here, then "10000+"
MAX_PER_PAGE = 500

# bm25 weights for facts_fts columns: figure, metric, subject, time, quote
_FACT_WEIGHTS = (5.0, 4.0, 3.0, 1.0, 1.0)

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_CJK_SPLIT = re.compile(f"({_CJK_RUN.pattern})")
_PAIRS = re.compile(r"(?=(..))", re.S)  # every overlapping pair of characters, found in C


class SearchError(ValueError):
    """A search argument is out of range (unknown sort, page < 1, ...)."""


# ---------------------------------------------------------------- segmentation

def index_text(text: str | None) -> str:
    """Text as stored in the FTS tables: CJK runs as bigrams, the rest untouched.

    The FTS tables are contentless (schema v5): a row is deleted by giving these values again, so
    a change here needs a schema migration that re-indexes every row (as ``kb.schema._V5`` does)."""
    if not text:
        return ""
    parts = _CJK_SPLIT.split(text)  # other text, CJK run, other text, ..., other text
    if len(parts) == 1:
        return text.strip()
    parts[::2] = map(str.strip, parts[::2])
    parts[1::2] = [" ".join(_PAIRS.findall(run)) or run for run in parts[1::2]]
    return " ".join(filter(None, parts))


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalize_query(query: str) -> str:
    """NFKC (full-width → ASCII) and traditional → simplified script."""
    query = unicodedata.normalize("NFKC", query or "").strip()
    return _t2s().convert(query) if query else ""


def fts_query(query: str) -> str:
    """A safe FTS5 MATCH expression for free text; "" when the query has no words.

    Each whitespace-separated part becomes one quoted phrase (all must match); a
    single Chinese character becomes a prefix query so it matches inside bigrams.
    """
    phrases = []
    for part in normalize_query(query).split():
        segmented = index_text(part)
        if not re.search(r"\w", segmented):
            continue
        phrase = '"' + segmented.replace('"', '""') + '"'
        if _CJK_RUN.fullmatch(part) and len(part) == 1:
            phrase += "*"
        phrases.append(phrase)
    return " ".join(phrases)


# ---------------------------------------------------------------- rows

_FACT_COLUMNS = """
    f.id, f.key, f.doc_id, f.seq, f.text, f.start, f."end", f.raw_start, f.raw_end,
    f.kind, f.value, f.value_max, f.unit, f.comparator, f.change, f.metric, f.subject,
    f.subject_id, f.time, f.year, f.damaged, f.rule, f.rules, f.quote, f.quote_start,
    f.quote_end, f.quote_raw_start, f.quote_raw_end,
    d.title AS doc_title, d.date AS doc_date, d.source AS doc_source, d.url AS doc_url,
    d.name AS doc_name, d.duplicate_of AS doc_duplicate_of
"""


def _fact_row(cursor, row) -> dict[str, Any]:
    item = {description[0]: value for description, value in zip(cursor.description, row)}
    item["damaged"] = bool(item.get("damaged"))
    if "rules" in item:
        item["rules"] = json.loads(item["rules"] or "[]")
    if item.get("value_max") is None:
        item.pop("value_max", None)
    return item


def _rows(cursor) -> list[dict[str, Any]]:
    return [_fact_row(cursor, row) for row in cursor.fetchall()]


# ---------------------------------------------------------------- facts

@with_connection
def search_facts(
    db: DbLike,
    query: str = "",
    *,
    kind: str | None = None,
    subject: str | None = None,
    metric: str | None = None,
    doc_id: str | None = None,
    year: int | None = None,
    unit: str | None = None,
    value_min: float | None = None,
    value_max: float | None = None,
    include_duplicates: bool = False,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    facets: bool | Iterable[str] = True,
) -> dict[str, Any]:
    """Facts matching ``query`` and the filters.

    Returns ``{"rows", "total", "total_exact", "total_capped", "capped", "page", "per_page", "facets"}``.

    ``subject`` matches an entity id or the subject as written. Facts of documents that
    are near-duplicates of another document are left out unless ``include_duplicates``.
    Rows carry every contract figure field plus ``id`` (fact id), ``key``, ``doc_id``,
    ``quote``, ``year``, ``score`` and the document's title, date, source and url.

    Ranking and facets work on at most ``CANDIDATE_LIMIT`` matches (by relevance: the
    most recently ingested; by value or date: the first in that order); past that
    ``capped`` is true, ``total`` also counts near-duplicates' facts (``total_exact``) and
    pages past ``CANDIDATE_LIMIT`` are empty. A query with filters counts its matches up to
    ``COUNT_LIMIT``: past that ``total`` is ``COUNT_LIMIT`` and ``total_capped`` is true.
    """
    if sort not in SORTS:
        raise SearchError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    page, per_page = _page_args(page, per_page)
    facet_names = _facet_names(facets)
    conn = connect(db).conn
    match = fts_query(query)
    empty = {"rows": [], "total": 0, "total_exact": True, "total_capped": False, "capped": False, "page": page, "per_page": per_page,
             "facets": {name: [] for name in facet_names}}
    if query and query.strip() and not match:
        return empty

    where: list[str] = []
    params: list[Any] = []
    if match:
        where.append("facts_fts MATCH ?")
        params.append(match)
    filters = {"kind": kind, "metric": metric, "doc_id": doc_id, "year": year, "unit": unit}
    for column, value in filters.items():
        if value not in (None, ""):
            where.append(f"f.{column} = ?")
            params.append(int(value) if column == "year" else value)
    if subject not in (None, ""):
        where.append("(f.subject_id = ? OR f.subject = ?)")
        params += [subject, subject]
    if value_min is not None:
        where.append("f.value >= ?")
        params.append(float(value_min))
    if value_max is not None:
        where.append("f.value <= ?")
        params.append(float(value_max))
    filtered = len(where) > (1 if match else 0)
    count_where = ("WHERE " + " AND ".join(where)) if where else ""
    if not include_duplicates:
        # near-duplicates are few: without a documents join (every sort but date) their ids come
        # from the duplicate_of index (``>= ''``: any text; IS NOT NULL would scan the table)
        where.append("d.duplicate_of IS NULL" if sort == "date" else f"f.doc_id NOT IN ({_DUPLICATE_IDS})")
    # CROSS JOIN keeps the FTS index in the outer loop: otherwise a filter's index may drive
    # and every fact of that kind is probed against the MATCH (seconds, not milliseconds).
    fact_source = "facts_fts CROSS JOIN facts f ON f.id = facts_fts.rowid" if match else "facts f"
    source = fact_source + (" CROSS JOIN documents d ON d.id = f.doc_id" if sort == "date" else "")
    if match and sort == "value" and kind not in (None, "") and _by_kind_value(conn, match):
        # A broad query sorted by value within one kind: walk that kind's facts from the largest
        # value down (index on kind, value) and keep those in the FTS matches, stopping at the cap,
        # instead of joining every match to its fact row and sorting them all. Same rows.
        source = "facts f"
        where[0] = "+f.id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)"
        match_for_score = False
    else:
        match_for_score = bool(match)
    where_sql = ("WHERE " + " AND ".join(where)) if where else ""
    score = "bm25(facts_fts, %s, %s, %s, %s, %s)" % _FACT_WEIGHTS if match_for_score else "0.0"
    # Relevance ranks the newest matches (no query: newest first); value and date order
    # every match in SQL, so their first pages are right however many facts match.
    order = {"relevance": "facts_fts.rowid DESC" if match else "f.id DESC",
             "value": "f.value DESC, f.doc_id, f.seq",  # NULL sorts last when descending
             "date": "d.date DESC, f.doc_id, f.seq"}[sort]

    # One pass collects the candidates with what sorting and facets need; only the
    # page's rows are then read in full.
    candidates = conn.execute(
        f"SELECT f.id, {score}, f.value, {'d.date' if sort == 'date' else 'NULL'}, f.doc_id, f.seq, f.kind, f.subject, f.subject_id, f.metric, "
        f"f.year, f.unit FROM {source} {where_sql} ORDER BY {order} LIMIT ?",
        [*params, CANDIDATE_LIMIT + 1],
    ).fetchall()
    capped = len(candidates) > CANDIDATE_LIMIT
    total_exact, total_capped = True, False
    if not capped:
        total = len(candidates)
    else:
        candidates = candidates[:CANDIDATE_LIMIT]
        if not match and not filtered:
            total = conn.execute(
                "SELECT (SELECT count(*) FROM facts) - (SELECT coalesce(sum(fact_count), 0) FROM documents "
                "WHERE duplicate_of >= '' AND ?)", [not include_duplicates]).fetchone()[0]
        else:
            # Without the documents join the count is several times cheaper; it then also
            # counts near-duplicates' facts (about 1%), so it is flagged as not exact.
            # With filters every match is joined to its fact row, so counting stops at COUNT_LIMIT.
            if filtered:
                total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {fact_source} {count_where} LIMIT ?)",
                                     [*params, COUNT_LIMIT + 1]).fetchone()[0]
                if total > COUNT_LIMIT:
                    total, total_capped = COUNT_LIMIT, True
            else:
                total = conn.execute(f"SELECT count(*) FROM facts_fts {count_where}", params).fetchone()[0]
            total_exact = include_duplicates and not total_capped
    if not candidates:
        return empty

    if sort == "relevance" and match:
        candidates.sort(key=lambda row: (row[1], row[0]))
    offset = (page - 1) * per_page
    page_ids = [row[0] for row in candidates[offset:offset + per_page]]
    scores = {row[0]: row[1] for row in candidates[offset:offset + per_page]}
    if match and not match_for_score and page_ids:  # bm25 of the shown rows only (FTS5 seeks each rowid)
        marks = ",".join("?" * len(page_ids))
        scores.update(conn.execute(
            f"SELECT rowid, bm25(facts_fts, %s, %s, %s, %s, %s) FROM facts_fts WHERE facts_fts MATCH ? "
            f"AND rowid IN ({marks})" % _FACT_WEIGHTS, [match, *page_ids]))
    rows = []
    if page_ids:
        marks = ",".join("?" * len(page_ids))
        cursor = conn.execute(
            f"SELECT {_FACT_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id WHERE f.id IN ({marks})", page_ids)
        by_id = {row["id"]: row for row in _rows(cursor)}
        for fact_id in page_ids:
            by_id[fact_id]["score"] = scores[fact_id]
            rows.append(by_id[fact_id])
    columns = list(zip(*candidates)) if facet_names else []
    return {"rows": rows, "total": total, "total_exact": total_exact, "total_capped": total_capped, "capped": capped,
            "page": page, "per_page": per_page,
            "facets": {name: _facet(conn, name, columns) for name in facet_names}}


# facts of these documents are hidden unless include_duplicates
_DUPLICATE_IDS = "SELECT id FROM documents WHERE duplicate_of >= ''"

# From this many FTS matches on, a value sort within a kind walks idx_facts_kind_value (when the
# file has it, see SEARCH_INDEXES): ~15 ms whatever the query, where joining the matches costs
# ~0.7 ms per 1,000 of them (20k-notice bench file: 增长+percent 42 -> 15 ms, 森林覆盖率 stays at 1.5 ms).
KIND_VALUE_MIN_MATCHES = 20000


def _by_kind_value(conn, match: str) -> bool:
    has_index = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'idx_facts_kind_value'").fetchone()
    if not has_index:
        return False
    matches = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM facts_fts WHERE facts_fts MATCH ? LIMIT ?)",
        [match, KIND_VALUE_MIN_MATCHES]).fetchone()[0]
    return matches >= KIND_VALUE_MIN_MATCHES

_FACET_INDEX = {"kind": 6, "subject": 7, "metric": 9, "doc_id": 4, "year": 10, "unit": 11}


def _facet(conn, facet: str, columns: list[tuple]) -> list[dict[str, Any]]:
    """The ``FACET_LIMIT`` commonest values of one facet; ``columns`` are the candidates' columns."""
    counts = collections.Counter(columns[_FACET_INDEX[facet]])  # C-speed counting, blanks dropped after
    counts.pop(None, None)
    counts.pop("", None)
    items = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:FACET_LIMIT]
    out = [{"value": value, "count": count} for value, count in items]
    if facet == "subject":
        wanted = {item["value"] for item in out}
        entity_ids = {}
        for subject, entity_id in zip(columns[7], columns[8]):
            if entity_id and subject in wanted and subject not in entity_ids:
                entity_ids[subject] = entity_id
        for item in out:
            item["entity_id"] = entity_ids.get(item["value"])
    elif facet == "doc_id" and out:
        marks = ",".join("?" * len(out))
        titles = dict(conn.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", [i["value"] for i in out]))
        for item in out:
            item["label"] = titles.get(item["value"])
    return out


def _facet_names(facets: bool | Iterable[str]) -> list[str]:
    if facets is True:
        return list(FACETS)
    if not facets:
        return []
    names = list(facets)
    unknown = [name for name in names if name not in FACETS]
    if unknown:
        raise SearchError(f"unknown facet {unknown[0]!r}; expected one of {', '.join(FACETS)}")
    return names


def _page_args(page: int, per_page: int) -> tuple[int, int]:
    page, per_page = int(page), int(per_page)
    if page < 1:
        raise SearchError("page must be >= 1")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise SearchError(f"per_page must be between 1 and {MAX_PER_PAGE}")
    return page, per_page


@with_connection
def get_fact(db: DbLike, fact_id: int | str) -> dict[str, Any] | None:
    """One fact by numeric id or citation key (``"<doc_id>:<seq>"``), or None."""
    conn = connect(db).conn
    column = "f.key" if isinstance(fact_id, str) and not fact_id.isdigit() else "f.id"
    cursor = conn.execute(
        f"SELECT {_FACT_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id WHERE {column} = ?",
        [fact_id if column == "f.key" else int(fact_id)],
    )
    rows = _rows(cursor)
    return rows[0] if rows else None


@with_connection
def facts_for_document(db: DbLike, doc_id: str) -> list[dict[str, Any]]:
    """Every fact of one document in text order."""
    conn = connect(db).conn
    cursor = conn.execute(
        f"SELECT {_FACT_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id WHERE f.doc_id = ? ORDER BY f.seq",
        [doc_id],
    )
    return _rows(cursor)


def facts_for_entity(db: DbLike, entity_id: str, *, page: int = 1, per_page: int = 20, **filters) -> dict[str, Any]:
    """Facts whose subject is the entity: ``search_facts`` with ``subject=entity_id``."""
    return search_facts(db, subject=entity_id, sort="date", page=page, per_page=per_page, **filters)


@with_connection
def conflicting_facts(db: DbLike, fact: int | str | dict[str, Any]) -> list[dict[str, Any]]:
    """Facts of other documents giving another value for the same subject, metric and time."""
    conn = connect(db).conn
    if isinstance(fact, dict):
        fact_id = fact["id"]
    else:
        found = get_fact(conn, fact)
        if found is None:
            return []
        fact_id = found["id"]
    cursor = conn.execute(
        f"""SELECT {_FACT_COLUMNS}, c.id AS conflict_id FROM conflicts c
            JOIN facts f ON f.id = CASE WHEN c.fact_a = :id THEN c.fact_b ELSE c.fact_a END
            JOIN documents d ON d.id = f.doc_id
            WHERE c.fact_a = :id OR c.fact_b = :id ORDER BY d.date, f.id""",
        {"id": int(fact_id)},
    )
    return _rows(cursor)


# ---------------------------------------------------------------- documents

_DOC_COLUMNS = """d.id, d.name, d.source, d.title, d.date, d.url, d.encoding, d.duplicate_of,
    d.similarity, d.fact_count, d.ingested_at"""


@with_connection
def get_document(db: DbLike, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, raw text, sources and duplicate links, or None."""
    conn = connect(db).conn
    cursor = conn.execute(
        f"SELECT {_DOC_COLUMNS}, d.raw, d.text, d.damaged, d.boilerplate, d.problems FROM documents d WHERE d.id = ?",
        [doc_id],
    )
    row = cursor.fetchone()
    if row is None:
        return None
    doc = dict(zip([description[0] for description in cursor.description], row))
    for key in ("damaged", "boilerplate", "problems"):
        doc[key] = json.loads(doc[key] or "[]")
    doc["sources"] = [
        {"source": source, "ingested_at": at}
        for source, at in conn.execute(
            "SELECT source, ingested_at FROM sources WHERE doc_id = ? ORDER BY ingested_at, source", [doc_id]
        )
    ]
    doc["duplicates"] = [
        {"id": dup_id, "title": title, "source": source, "similarity": similarity}
        for dup_id, title, source, similarity in conn.execute(
            "SELECT id, title, source, similarity FROM documents WHERE duplicate_of = ? ORDER BY id", [doc_id]
        )
    ]
    return doc


@with_connection
def list_documents(db: DbLike, query: str = "", *, include_duplicates: bool = False, page: int = 1, per_page: int = 20) -> dict[str, Any]:
    """Documents, newest first, or those matching ``query`` by relevance (with a ``snippet``)."""
    page, per_page = _page_args(page, per_page)
    conn = connect(db).conn
    match = fts_query(query)
    if query and query.strip() and not match:
        return {"rows": [], "total": 0, "page": page, "per_page": per_page}
    dup = "" if include_duplicates else "d.duplicate_of IS NULL"
    if match:
        source = "documents_fts JOIN documents d ON d.num = documents_fts.rowid"
        where = "WHERE documents_fts MATCH ?" + (f" AND {dup}" if dup else "")
        params: list[Any] = [match]
        columns = f"{_DOC_COLUMNS}, bm25(documents_fts, 0.0, 2.0, 1.0) AS score"  # doc_id, title, text
        order = "score"
    else:
        source, where, params = "documents d", (f"WHERE {dup}" if dup else ""), []
        columns, order = _DOC_COLUMNS, "d.date DESC, d.id"
    cursor = conn.execute(
        f"SELECT {columns} FROM {source} {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    )
    names = [description[0] for description in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    total = conn.execute(f"SELECT count(*) FROM {source} {where}", params).fetchone()[0]
    return {"rows": rows, "total": total, "page": page, "per_page": per_page}


search_documents = list_documents


# ---------------------------------------------------------------- entities

@with_connection
def get_entity(db: DbLike, entity_id: str) -> dict[str, Any] | None:
    """One entity with its aliases and how many mentions and facts name it, or None."""
    conn = connect(db).conn
    row = conn.execute("SELECT id, name, type, division_code FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    entity = dict(zip(("id", "name", "type", "division_code"), row))
    entity["aliases"] = [alias for (alias,) in conn.execute(
        "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [entity_id])]
    entity["mention_count"] = conn.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", [entity_id]).fetchone()[0]
    entity["document_count"] = conn.execute(
        "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?", [entity_id]).fetchone()[0]
    entity["fact_count"] = conn.execute("SELECT count(*) FROM facts WHERE subject_id = ?", [entity_id]).fetchone()[0]
    return entity


@with_connection
def list_entities(db: DbLike, query: str = "", *, type: str | None = None, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """Entities by number of mentions; ``query`` matches a substring of the name or an alias."""
    page, per_page = _page_args(page, per_page)
    conn = connect(db).conn
    where, params = [], []
    if type:
        where.append("e.type = ?")
        params.append(type)
    query = normalize_query(query)
    if query:
        where.append("(e.name LIKE ? OR e.id IN (SELECT entity_id FROM aliases WHERE alias LIKE ?))")
        like = "%" + query.replace("%", "").replace("_", "") + "%"
        params += [like, like]
    where_sql = ("WHERE " + " AND ".join(where)) if where else ""
    cursor = conn.execute(
        f"""SELECT e.id, e.name, e.type, e.division_code,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count,
                   (SELECT count(*) FROM facts f WHERE f.subject_id = e.id) AS fact_count
            FROM entities e {where_sql} ORDER BY mention_count DESC, e.name LIMIT ? OFFSET ?""",
        [*params, per_page, (page - 1) * per_page],
    )
    names = [description[0] for description in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    total = conn.execute(f"SELECT count(*) FROM entities e {where_sql}", params).fetchone()[0]
    return {"rows": rows, "total": total, "page": page, "per_page": per_page}


@with_connection
def stats(db: DbLike) -> dict[str, int]:
    """Row counts: documents (and near-duplicates), sources, facts, entities, mentions, conflicts."""
    conn = connect(db).conn
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": count("SELECT count(*) FROM documents"),
        "near_duplicates": count("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        "sources": count("SELECT count(*) FROM sources"),
        "facts": count("SELECT count(*) FROM facts"),
        "entities": count("SELECT count(*) FROM entities"),
        "mentions": count("SELECT count(*) FROM mentions"),
        "conflicts": count("SELECT count(*) FROM conflicts"),
    }


# ---------------------------------------------------------------- read-side indexes

# SEARCH_INDEXES (kb.schema, migration to v3) make these queries cheaper; every query gives
# the same rows with or without them (tests/test_kb_search.py checks it).
def add_search_indexes(conn) -> None:
    """Create ``SEARCH_INDEXES`` (idempotent) on a writable ``sqlite3.Connection``; for a migration."""
    for statement in SEARCH_INDEXES:
        conn.execute(statement)
