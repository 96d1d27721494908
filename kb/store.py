"""Write extraction dicts into the knowledge base, one transaction per document.

A document's id is the content hash of its normalized text, so writing the same
notice twice adds nothing. ``sources`` maps every path or URL to the document read
from it: the same text from another source is an exact duplicate (one document,
two sources); new text from a known source replaces the old version. A document
whose MinHash is close to an earlier one's is stored as a near-duplicate
(``documents.duplicate_of``) and left out of searches by default.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from extractor.ids import content_hash
from kb.conflicts import fact_period, record_conflicts
from kb.schema import DbLike, ensure_schema
from kb.search import index_text, normalize_query

NUM_PERM = 64
SHINGLE = 4
NEAR_DUPLICATE_THRESHOLD = 0.8
# datasketch >= 2.0 needs the permutation scheme named when rebuilding from stored values.
MINHASH_SCHEME = "affine32"

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


class StoreError(Exception):
    """An extraction dict cannot be stored (missing text, malformed figure)."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    status: str  # "ingested", "replaced", "unchanged", "duplicate", "near_duplicate"
    doc_id: str
    source: str
    facts: int = 0
    duplicate_of: str | None = None


def document_id(text: str) -> str:
    """The content hash of a normalized text."""
    return content_hash(text)


def input_hash(data: bytes | str) -> str:
    """Hash of an input file's bytes or a JSONL line: unchanged input is skipped before extraction."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


_PRIME = 4294967291  # largest prime below 2**32: (a * x + b) stays below 2**64
_PERMUTATIONS: dict[int, tuple] = {}


def _permutations(num_perm: int):
    if num_perm not in _PERMUTATIONS:
        import numpy as np

        rng = np.random.RandomState(20240520)  # fixed: stored signatures must stay comparable
        _PERMUTATIONS[num_perm] = (rng.randint(1, _PRIME, num_perm, dtype=np.int64).astype(np.uint64),
                                   rng.randint(0, _PRIME, num_perm, dtype=np.int64).astype(np.uint64))
    return _PERMUTATIONS[num_perm]


def minhash_signature(text: str, num_perm: int = NUM_PERM) -> bytes:
    """MinHash of the text's character 4-shingles as uint32 bytes (pure; run in workers).

    Vectorized with numpy (datasketch hashes shingle by shingle in Python, 20x slower);
    datasketch's MinHashLSH indexes the values.
    """
    import numpy as np

    compact = re.sub(r"\s+", "", text)
    codes = np.frombuffer(compact.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.concatenate([codes, np.zeros(SHINGLE - len(codes), dtype=np.uint64)])
    shingles = np.zeros(len(codes) - SHINGLE + 1, dtype=np.uint64)
    for offset in range(SHINGLE):  # shift-xor the 4 code points into 64 bits, then mix below
        shingles = (shingles << np.uint64(16)) ^ codes[offset:len(codes) - SHINGLE + 1 + offset]
    shingles = (np.unique(shingles * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)) % np.uint64(_PRIME)
    a, b = _permutations(num_perm)
    values = (np.outer(shingles, a) + b) % np.uint64(_PRIME)
    return values.min(axis=0).astype(np.uint32).tobytes()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """The single writer of a knowledge base file."""

    def __init__(self, db: DbLike, *, threshold: float = NEAR_DUPLICATE_THRESHOLD, num_perm: int = NUM_PERM):
        self.db = ensure_schema(db)
        self.conn: sqlite3.Connection = self.db.conn
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ reads the writer needs

    def known_input(self, source: str, digest: str) -> bool:
        """True when ``source`` was already ingested from input with this hash."""
        row = self.conn.execute("SELECT input_hash FROM sources WHERE source = ?", [source]).fetchone()
        return row is not None and row[0] == digest

    # ------------------------------------------------------------ writing

    def write(
        self,
        extraction: dict[str, Any],
        *,
        source: str | None = None,
        digest: str | None = None,
        signature: bytes | None = None,
    ) -> WriteResult:
        """Store one extraction dict in one transaction and say what happened."""
        text = extraction.get("text")
        if not isinstance(text, str):
            raise StoreError("extraction has no normalized text")
        doc_id = document_id(text)
        source = source or extraction.get("source") or extraction.get("doc") or doc_id
        digest = digest or doc_id
        now = _now()
        conn = self.conn
        self._load_lsh()  # before the transaction: the index holds committed documents only
        conn.execute("BEGIN IMMEDIATE")
        try:
            previous = conn.execute("SELECT doc_id FROM sources WHERE source = ?", [source]).fetchone()
            old_doc = previous[0] if previous else None
            if old_doc == doc_id:
                conn.execute("UPDATE sources SET input_hash = ? WHERE source = ?", [digest, source])
                conn.commit()
                return WriteResult("unchanged", doc_id, source)
            exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None
            duplicate_of, similarity, facts = None, None, 0
            if not exists:
                facts = self._insert_document(doc_id, source, extraction, now)
            conn.execute(
                "INSERT INTO sources (source, doc_id, input_hash, ingested_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET doc_id = excluded.doc_id, input_hash = excluded.input_hash, "
                "ingested_at = excluded.ingested_at",
                [source, doc_id, digest, now],
            )
            removed = None
            if old_doc and not conn.execute("SELECT 1 FROM sources WHERE doc_id = ? LIMIT 1", [old_doc]).fetchone():
                self._delete_document(old_doc, successor=doc_id)
                removed = old_doc
            minhash = None
            if not exists:
                minhash = self._minhash(signature or minhash_signature(text, self.num_perm))
                conn.execute("INSERT INTO minhashes (doc_id, signature) VALUES (?, ?)",
                             [doc_id, minhash.hashvalues.tobytes()])
                duplicate_of, similarity = self._near_duplicate(doc_id, minhash, exclude={removed})
                if duplicate_of:
                    conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
                                 [duplicate_of, similarity, doc_id])
                    conn.execute("UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?", [duplicate_of, doc_id])
                record_conflicts(conn, doc_id)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        # The in-memory LSH changes only after the commit, so a rollback leaves it true.
        if removed:
            self._forget(removed)
        if minhash is not None:
            self._lsh.insert(doc_id, minhash)
        if exists:
            status = "duplicate"
        elif duplicate_of:
            status = "near_duplicate"
        else:
            status = "replaced" if old_doc else "ingested"
        return WriteResult(status, doc_id, source, facts, duplicate_of)

    def _insert_document(self, doc_id: str, source: str, extraction: dict[str, Any], now: str) -> int:
        conn = self.conn
        meta = extraction.get("meta") or {}
        title = meta.get("title")
        date = meta.get("date")
        name = extraction.get("doc") or os.path.basename(source)
        num = conn.execute("SELECT coalesce(max(num), 0) + 1 FROM documents").fetchone()[0]
        figures = extraction.get("figures") or []
        conn.execute(
            """INSERT INTO documents (id, num, name, source, title, date, url, encoding, raw, text, damaged,
                   boilerplate, problems, fact_count, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [doc_id, num, name, source, title, date, meta.get("url"), meta.get("encoding"),
             extraction.get("raw") if extraction.get("raw") is not None else extraction["text"],
             extraction["text"], json.dumps(extraction.get("damaged") or []),
             json.dumps(extraction.get("boilerplate") or []),
             json.dumps(extraction.get("problems") or [], ensure_ascii=False), len(figures), now],
        )
        conn.execute("INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)",
                     [num, doc_id, index_text(normalize_query(title or "")), index_text(extraction["text"])])

        entities: dict[str, list] = {}
        aliases: set[tuple[str, str]] = set()
        mention_rows = []
        for mention in extraction.get("entities") or []:
            canonical = mention.get("canonical") or mention.get("text") or ""
            entity_id = mention.get("id") or f"{mention.get('type') or 'entity'}:{canonical}"
            entities.setdefault(entity_id, [entity_id, canonical, mention.get("type"),
                                            mention.get("division_code") or mention.get("code")])
            if mention.get("text") and mention["text"] != canonical:
                aliases.add((entity_id, mention["text"]))
            mention_rows.append([doc_id, entity_id, mention.get("text", ""), mention.get("type"), canonical,
                                 mention.get("start", 0), mention.get("end", 0), mention.get("raw_start"),
                                 mention.get("raw_end"), mention.get("rule")])
        first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM facts").fetchone()[0]
        fact_rows, fts_rows = [], []
        doc_year = _year(date)
        for seq, figure in enumerate(figures):
            fact, fts = self._fact_rows(first_id + seq, doc_id, seq, figure, date, doc_year)
            fact_rows.append(fact)
            fts_rows.append(fts)
            if fact[17] and fact[17] not in entities:  # a subject the mentions did not name
                entities[fact[17]] = [fact[17], fact[16] or fact[17], None, None]
        conn.executemany(
            """INSERT INTO entities (id, name, type, division_code) VALUES (?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET type = coalesce(entities.type, excluded.type),
                   division_code = coalesce(entities.division_code, excluded.division_code)""",
            list(entities.values()),
        )
        conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", sorted(aliases))
        conn.executemany(
            """INSERT INTO mentions (doc_id, entity_id, text, type, canonical, start, "end", raw_start, raw_end, rule)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            mention_rows,
        )
        conn.executemany(
            """INSERT INTO facts (id, key, doc_id, seq, text, start, "end", raw_start, raw_end, kind, value, value_max,
                   unit, comparator, change, metric, subject, subject_id, time, year, period, damaged, rule, rules,
                   quote, quote_start, quote_end, quote_raw_start, quote_raw_end)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            fact_rows,
        )
        conn.executemany("INSERT INTO facts_fts (rowid, figure, metric, subject, time, quote) VALUES (?, ?, ?, ?, ?, ?)",
                         fts_rows)
        return len(figures)

    @staticmethod
    def _fact_rows(fact_id: int, doc_id: str, seq: int, figure: dict[str, Any], date: str | None,
                   doc_year: int | None) -> tuple[list, list]:
        try:
            text, kind, start, end = figure["text"], figure["kind"], figure["start"], figure["end"]
        except KeyError as error:
            raise StoreError(f"figure {seq} lacks {error.args[0]!r}") from None
        subject = figure.get("subject") or ""
        metric = figure.get("metric") or ""
        time = figure.get("time") or ""
        quote = figure.get("quote") or ""
        year = _year(time) or (_relative_year(time, doc_year) if doc_year else None)
        rules = figure.get("rules") or ([figure["rule"]] if figure.get("rule") else [])
        fact = [fact_id, f"{doc_id}:{seq}", doc_id, seq, text, start, end, figure.get("raw_start"),
                figure.get("raw_end"), kind, figure.get("value"), figure.get("value_max"), figure.get("unit") or "",
                figure.get("comparator") or "=", figure.get("change"), metric, subject,
                figure.get("subject_id") or None, time, year, fact_period(time, date),
                int(bool(figure.get("damaged"))), figure.get("rule"), json.dumps(rules, ensure_ascii=False), quote,
                figure.get("quote_start"), figure.get("quote_end"), figure.get("quote_raw_start"),
                figure.get("quote_raw_end")]
        fts = [fact_id, _index_short(text), _index_short(metric), _index_short(subject), _index_short(time),
               _index_short(quote or text)]
        return fact, fts

    def _delete_document(self, doc_id: str, *, successor: str | None = None) -> None:
        conn = self.conn
        entity_ids = [row[0] for row in conn.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL", [doc_id])]
        conn.execute("DELETE FROM facts_fts WHERE rowid IN (SELECT id FROM facts WHERE doc_id = ?)", [doc_id])
        conn.execute("DELETE FROM documents_fts WHERE rowid = (SELECT num FROM documents WHERE id = ?)", [doc_id])
        if successor:
            conn.execute("UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ? AND id != ?",
                         [successor, doc_id, successor])
        conn.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        for entity_id in entity_ids:
            conn.execute(
                """DELETE FROM entities WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?)
                   AND NOT EXISTS (SELECT 1 FROM facts WHERE subject_id = ?)""",
                [entity_id, entity_id, entity_id],
            )

    def delete_source(self, source: str) -> bool:
        """Forget a source; its document goes too when no other source has it."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT doc_id FROM sources WHERE source = ?", [source]).fetchone()
            if row is None:
                conn.rollback()
                return False
            conn.execute("DELETE FROM sources WHERE source = ?", [source])
            orphan = not conn.execute("SELECT 1 FROM sources WHERE doc_id = ? LIMIT 1", [row[0]]).fetchone()
            if orphan:
                self._delete_document(row[0])
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        if orphan:
            self._forget(row[0])
        return True

    # ------------------------------------------------------------ near-duplicates

    def _minhash(self, signature: bytes):
        import numpy as np
        from datasketch import MinHash

        return MinHash(num_perm=self.num_perm, hashvalues=np.frombuffer(signature, dtype=np.uint32),
                       scheme=MINHASH_SCHEME)

    def _load_lsh(self):
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
            for doc_id, signature in self.conn.execute("SELECT doc_id, signature FROM minhashes"):
                self._lsh.insert(doc_id, self._minhash(signature))
        return self._lsh

    def _near_duplicate(self, doc_id: str, minhash, exclude: set) -> tuple[str | None, float | None]:
        """The root document this one nearly duplicates, by estimated Jaccard similarity."""
        import numpy as np

        candidates = [key for key in self._load_lsh().query(minhash) if key != doc_id and key not in exclude]
        if not candidates:
            return None, None
        marks = ",".join("?" * len(candidates))
        rows = self.conn.execute(
            f"SELECT m.doc_id, m.signature, d.duplicate_of FROM minhashes m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.doc_id IN ({marks})", candidates)
        best, root, best_similarity = None, None, 0.0
        for candidate, signature, duplicate_of in rows:
            similarity = float(np.mean(np.frombuffer(signature, dtype=np.uint32) == minhash.hashvalues))
            if similarity >= self.threshold and (similarity, candidate) > (best_similarity, best or ""):
                best, root, best_similarity = candidate, duplicate_of or candidate, similarity
        return (root, round(best_similarity, 4)) if best else (None, None)

    def _forget(self, doc_id: str) -> None:
        if self._lsh is not None and doc_id in self._lsh:
            self._lsh.remove(doc_id)


# Facts of one sentence share its quote, and metrics and subjects repeat across documents.
_index_short = functools.lru_cache(maxsize=4096)(index_text)


def _year(text: str | None) -> int | None:
    match = _YEAR.search(text or "")
    return int(match.group(1)) if match else None


_RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0, "明年": 1}


def _relative_year(time: str, doc_year: int) -> int:
    for word, offset in _RELATIVE_YEARS.items():
        if word in time:
            return doc_year + offset
    return doc_year
