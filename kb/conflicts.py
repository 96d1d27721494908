"""Conflicts: the same subject, metric and period given different values by different documents.

A fact's ``period`` is its time when the time names a year (``2023年``, ``2024年1-10月``);
a relative time (``目前``, ``今年以来``, ``同比``) only means the same period in documents of
the same date, so it becomes ``time@date``; without either there is no period and no
conflict. Units and change-ness must agree too, and damaged figures are never compared.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from typing import Any

from kb.schema import DbLike, connect, with_connection

MAX_PER_FACT = 10

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def fact_period(time: str, doc_date: str | None) -> str | None:
    """The conflict key of a fact's time, or None when the time cannot be placed."""
    time = (time or "").strip()
    if not time:
        return None
    if _YEAR.search(time):
        return time
    if doc_date:
        return f"{time}@{doc_date}"
    return None


def record_conflicts(conn: sqlite3.Connection, doc_id: str) -> int:
    """Record conflicts between ``doc_id``'s facts and other documents' facts; inside the caller's transaction.

    Each new fact is paired with at most ``MAX_PER_FACT`` earlier facts (the newest): a
    figure republished with many values would otherwise add pairs quadratically.
    """
    before = conn.total_changes
    # Per new fact, the newest MAX_PER_FACT matches come from reading idx_facts_conflict_key backwards (equal
    # keys are in id order) and stopping there; rows are inserted in (new fact, earlier fact newest first)
    # order. A window function (row_number() over every match) gave the same rows in the same order, but
    # read and sorted every match of a figure republished hundreds of times: 0.094 -> 0.041 ms per document
    # over the last 3,000 of the 20,000-notice bench file.
    conn.execute(
        """
        INSERT OR IGNORE INTO conflicts (fact_a, fact_b, subject, metric, period, unit, value_a, value_b, found_at)
        SELECT o.id, n.id, n.subject, n.metric, n.period, n.unit, o.value, n.value, :now
        FROM facts n
        JOIN facts o ON o.id IN (
            SELECT e.id FROM facts e
            WHERE e.metric = n.metric AND e.period = n.period AND e.unit = n.unit
              AND coalesce(nullif(e.subject_id, ''), e.subject) = coalesce(nullif(n.subject_id, ''), n.subject)
              AND e.doc_id != n.doc_id
              AND coalesce(e.change, '') = coalesce(n.change, '')
              AND e.value != n.value
              AND e.damaged = 0
            ORDER BY e.id DESC LIMIT :most)
        WHERE n.doc_id = :doc_id AND n.metric != '' AND n.period IS NOT NULL AND n.subject != '' AND n.damaged = 0
        ORDER BY n.id, o.id DESC
        """,
        {"now": datetime.now(timezone.utc).isoformat(timespec="seconds"), "doc_id": doc_id, "most": MAX_PER_FACT},
    )
    return conn.total_changes - before


@with_connection
def list_conflicts(
    db: DbLike, *, subject: str | None = None, metric: str | None = None, page: int = 1, per_page: int = 50
) -> dict[str, Any]:
    """Recorded conflicts, each with both facts' value, quote and document."""
    conn = connect(db).conn
    where, params = [], []
    if subject:
        where.append("(c.subject = ? OR a.subject_id = ?)")
        params += [subject, subject]
    if metric:
        where.append("c.metric = ?")
        params.append(metric)
    where_sql = ("WHERE " + " AND ".join(where)) if where else ""
    source = """conflicts c JOIN facts a ON a.id = c.fact_a JOIN facts b ON b.id = c.fact_b
        JOIN documents da ON da.id = a.doc_id JOIN documents db ON db.id = b.doc_id"""
    cursor = conn.execute(
        f"""SELECT c.id, c.subject, c.metric, c.period, c.unit,
                   a.id AS fact_a, a.value AS value_a, a.text AS text_a, a.time AS time_a, a.quote AS quote_a,
                   a.doc_id AS doc_a, da.title AS title_a, da.source AS source_a,
                   b.id AS fact_b, b.value AS value_b, b.text AS text_b, b.time AS time_b, b.quote AS quote_b,
                   b.doc_id AS doc_b, db.title AS title_b, db.source AS source_b, c.found_at
            FROM {source} {where_sql} ORDER BY c.subject, c.metric, c.period, c.id LIMIT ? OFFSET ?""",
        [*params, per_page, (page - 1) * per_page],
    )
    names = [description[0] for description in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    total = conn.execute(f"SELECT count(*) FROM {source} {where_sql}", params).fetchone()[0]
    return {"rows": rows, "total": total, "page": page, "per_page": per_page}
