"""Write extraction dicts into the knowledge base, each document all-or-nothing.

A document's id is the content hash of its normalized text, so writing the same
notice twice adds nothing. ``sources`` maps every path or URL to the document read
from it: the same text from another source is an exact duplicate (one document,
two sources); new text from a known source replaces the old version. A document
whose MinHash is close to an earlier one's is stored as a near-duplicate
(``documents.duplicate_of``) and left out of searches by default.

``prepare`` turns an extraction dict into ready-made rows without touching the database
(ingest workers run it); ``Store.write`` takes either. Each document is written inside its
own savepoint, so it is stored whole or not at all; ``write(..., commit=False)`` lets several
documents share one transaction (``kb.ingest`` commits every few hundred).
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
from typing import Any, NamedTuple

import numpy as np

from extractor.ids import content_hash
from kb.conflicts import fact_period, record_conflicts
from kb.schema import DbLike, ensure_schema
from kb.search import index_text, normalize_query

NUM_PERM = 64
SHINGLE = 4
NEAR_DUPLICATE_THRESHOLD = 0.8
# The scheme of the stored values in datasketch's terms (uint32, affine permutations); the LSH
# (``_BandIndex``, datasketch's banding) reads the stored bytes as they are.
MINHASH_SCHEME = "affine32"

# The writer's connection (ensure_schema already set WAL and synchronous = NORMAL: a commit
# writes the WAL without fsync; only checkpoints sync). A page cache that holds the hot index
# pages of a large file (the facts and mentions indexes are ~100 MB at 20,000 notices, inserted
# at random keys; at 15,000-20,000 notices a 96 MB cache costs ~0.3 ms less per notice than
# 32 MB, mostly reads the kernel no longer serves), and checkpoints every 128 MB of WAL instead
# of every 4 MB: each one fsyncs twice, and copies every page the commits since the last one
# wrote. A late batch of 512 notices rewrites most leaves of the facts indexes (~60 MB of WAL at
# 20,000 notices), so a checkpoint after every second commit instead of every one copies those
# pages once for two batches: ~0.05 ms per notice less than at 32 MB.
WRITER_PRAGMAS = ("cache_size = -98304", "wal_autocheckpoint = 32768", "temp_store = MEMORY")

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
# json.dumps(value, ensure_ascii=False) without building an encoder per call
_json_text = json.JSONEncoder(ensure_ascii=False).encode


@functools.lru_cache(maxsize=4096)
def _names_json(names: tuple[str, ...]) -> str:
    return _json_text(names)


def _rules_json(rules: Any) -> str:
    """``_json_text(rules)``; a list of rule names (a few hundred lists recur) is encoded once."""
    if type(rules) is list and all(type(rule) is str for rule in rules):
        return _names_json(tuple(rules))
    return _json_text(rules)


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
_P = np.uint64(_PRIME)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PERMUTATIONS: dict[int, tuple] = {}


def _permutations(num_perm: int):
    if num_perm not in _PERMUTATIONS:
        rng = np.random.RandomState(20240520)  # fixed: stored signatures must stay comparable
        _PERMUTATIONS[num_perm] = (rng.randint(1, _PRIME, num_perm, dtype=np.int64).astype(np.uint64),
                                   rng.randint(0, _PRIME, num_perm, dtype=np.int64).astype(np.uint64))
    return _PERMUTATIONS[num_perm]


def minhash_signature(text: str, num_perm: int = NUM_PERM) -> bytes:
    """MinHash of the text's character 4-shingles as uint32 bytes (pure; run in workers).

    Vectorized with numpy (datasketch hashes shingle by shingle in Python, 20x slower);
    datasketch's MinHashLSH indexes the values. Repeated shingles are kept: they cannot
    change a minimum, and dropping them (np.unique) cost more than hashing them.
    """
    compact = "".join(text.split())  # drops every whitespace character (what re's \s matches)
    codes = np.frombuffer(compact.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.concatenate([codes, np.zeros(SHINGLE - len(codes), dtype=np.uint64)])
    count = len(codes) - SHINGLE + 1
    shingles = codes[:count].copy()
    for offset in range(1, SHINGLE):  # shift-xor the 4 code points into 64 bits, then mix below
        shingles <<= np.uint64(16)
        shingles ^= codes[offset:count + offset]
    shingles *= _MIX
    shingles >>= np.uint64(32)
    shingles -= shingles // _P * _P  # mod p: numpy divides by a scalar ~10x faster than np.remainder
    a, b = _permutations(num_perm)
    values = np.multiply.outer(a, shingles)  # one row per permutation
    values += b[:, None]
    values -= values // _P * _P
    return values.min(axis=1).astype(np.uint32).tobytes()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class PreparedDocument(NamedTuple):
    """An extraction dict turned into ready-made rows: everything ``Store.write`` needs that does not
    depend on the database. Built by ``prepare`` in the worker that extracted the notice, so the
    single writer only assigns row ids and executes; a tuple of plain values pickles compactly.
    """

    doc_id: str
    source: str | None       # the extraction's own source (or doc): used when the caller names none
    name: str | None         # the contract's "doc"
    document: tuple          # title, date, url, encoding, raw, text, damaged, boilerplate, problems, fact_count
    fts: tuple               # doc_id, segmented title, segmented text
    entities: list           # (id, name, type, division_code)
    aliases: list            # (entity_id, alias), sorted
    mentions: list           # (doc_id, entity_id, text, type, canonical, start, end, raw_start, raw_end, rule)
    facts: list              # facts rows without the id
    facts_fts: list          # facts_fts rows without the rowid
    signature: bytes | None  # MinHash values (``minhash_signature``); None: computed when needed


def prepare(extraction: dict[str, Any] | PreparedDocument, signature: bytes | None = None) -> PreparedDocument:
    """Validate an extraction dict and build its rows (pure: run it in workers). Raises ``StoreError``."""
    if isinstance(extraction, PreparedDocument):
        return extraction if signature is None or extraction.signature else extraction._replace(signature=signature)
    text = extraction.get("text")
    if not isinstance(text, str):
        raise StoreError("extraction has no normalized text")
    doc_id = document_id(text)
    meta = extraction.get("meta") or {}
    title = meta.get("title")
    date = meta.get("date")
    raw = extraction.get("raw")
    raw = text if raw is None or raw == text else raw  # one string object: pickled once
    figures = extraction.get("figures") or []
    document = (title, date, meta.get("url"), meta.get("encoding"), raw, text,
                json.dumps(extraction.get("damaged") or []), json.dumps(extraction.get("boilerplate") or []),
                _json_text(extraction.get("problems") or []), len(figures))
    fts = document_fts_row(doc_id, title, text)

    entities: dict[str, tuple] = {}
    aliases: set[tuple[str, str]] = set()
    mentions = []
    for mention in extraction.get("entities") or []:
        mention_text = mention.get("text")
        canonical = mention.get("canonical") or mention_text or ""
        entity_type = mention.get("type")
        entity_id = mention.get("id") or f"{entity_type or 'entity'}:{canonical}"
        if entity_id not in entities:
            entities[entity_id] = (entity_id, canonical, entity_type,
                                   mention.get("division_code") or mention.get("code"))
        if mention_text and mention_text != canonical:
            aliases.add((entity_id, mention_text))
        mentions.append((doc_id, entity_id, mention.get("text", ""), entity_type, canonical,
                         mention.get("start", 0), mention.get("end", 0), mention.get("raw_start"),
                         mention.get("raw_end"), mention.get("rule")))
    facts, facts_fts = [], []
    doc_year = _year(date)
    for seq, figure in enumerate(figures):
        fact, fact_fts = _fact_row(doc_id, seq, figure, date, doc_year)
        facts.append(fact)
        facts_fts.append(fact_fts)
        subject_id = fact[16]
        if subject_id and subject_id not in entities:  # a subject the mentions did not name
            entities[subject_id] = (subject_id, fact[15] or subject_id, None, None)
    return PreparedDocument(doc_id, extraction.get("source") or extraction.get("doc"), extraction.get("doc"),
                            document, fts, list(entities.values()), sorted(aliases), mentions, facts, facts_fts,
                            signature)


def _fact_row(doc_id: str, seq: int, figure: dict[str, Any], date: str | None,
              doc_year: int | None) -> tuple[tuple, tuple]:
    try:
        text, kind, start, end = figure["text"], figure["kind"], figure["start"], figure["end"]
    except KeyError as error:
        raise StoreError(f"figure {seq} lacks {error.args[0]!r}") from None
    get = figure.get
    subject = get("subject") or ""
    metric = get("metric") or ""
    time = get("time") or ""
    quote = get("quote") or ""
    year = _year(time)
    period = time.strip() if year else fact_period(time, date)  # a time naming a year is its own period
    if not year and doc_year:
        year = _relative_year(time, doc_year)
    rule = get("rule")
    rules = get("rules") or ([rule] if rule else [])
    fact = (f"{doc_id}:{seq}", doc_id, seq, text, start, end, get("raw_start"), get("raw_end"), kind,
            get("value"), get("value_max"), get("unit") or "", get("comparator") or "=", get("change"), metric,
            subject, get("subject_id") or None, time, year, period, int(bool(get("damaged"))),
            rule, _rules_json(rules), quote, get("quote_start"), get("quote_end"),
            get("quote_raw_start"), get("quote_raw_end"))
    return fact, fact_fts_row(text, metric, subject, time, quote)


# The values a row indexes in the full-text tables. They are not stored (contentless tables, see
# kb.schema._V5): removing a row gives FTS5 the same values again, recomputed from the row.
def document_fts_row(doc_id: str, title: str | None, text: str) -> tuple[str, str, str]:
    """documents_fts values (doc_id, title, text) of a document."""
    return doc_id, index_text(normalize_query(title or "")), index_text(text)


def fact_fts_row(text: str, metric: str, subject: str, time: str, quote: str) -> tuple[str, ...]:
    """facts_fts values (figure, metric, subject, time, quote) of a fact, from its stored columns."""
    return (_index_short(text), _index_short(metric), _index_short(subject), _index_short(time),
            _index_short(quote or text))


# datasketch's MinHashLSH(threshold, num_perm).b and .r (bands, rows per band) for the defaults:
# choosing them imports scipy (0.4 s and ~50 MB for the writer), so the common case is written down
# (tests/test_kb_store.py checks it against datasketch).
_LSH_BANDS = {(NEAR_DUPLICATE_THRESHOLD, NUM_PERM): (5, 11)}


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) datasketch's MinHashLSH uses for this threshold and number of permutations."""
    bands = _LSH_BANDS.get((threshold, num_perm))
    if bands is None:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        bands = lsh.b, lsh.r
    return bands


class _BandIndex:
    """Banded MinHash LSH over signature bytes: datasketch's MinHashLSH scheme (the same bands, so
    the same candidates) without its objects: a band's key is the slice of the signature's bytes."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        bands, rows = lsh_bands(threshold, num_perm)
        self.size = num_perm * 4
        self.slices = [slice(band * rows * 4, (band + 1) * rows * 4) for band in range(bands)]
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
        self.keys: dict[str, list[bytes]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.keys

    def _bands(self, signature: bytes) -> list[bytes]:
        if len(signature) != self.size:
            raise ValueError("Expecting minhash with length %d, got %d" % (self.size // 4, len(signature) // 4))
        return [signature[part] for part in self.slices]

    def insert(self, key: str, signature: bytes) -> None:
        if key in self.keys:
            raise ValueError("The given key already exists")
        self.keys[key] = bands = self._bands(signature)
        for band, table in zip(bands, self.tables):
            table.setdefault(band, []).append(key)

    def query(self, signature: bytes) -> set[str]:
        return {key for band, table in zip(self._bands(signature), self.tables) for key in table.get(band, ())}

    def remove(self, key: str) -> None:
        for band, table in zip(self.keys.pop(key), self.tables):
            keys = table[band]
            keys.remove(key)
            if not keys:
                del table[band]


_INSERT_DOCUMENT = """INSERT INTO documents (id, num, name, source, title, date, url, encoding, raw, text, damaged,
    boilerplate, problems, fact_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_ENTITY = """INSERT INTO entities (id, name, type, division_code) VALUES (?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET type = coalesce(entities.type, excluded.type),
        division_code = coalesce(entities.division_code, excluded.division_code)"""
_INSERT_MENTION = """INSERT INTO mentions (doc_id, entity_id, text, type, canonical, start, "end", raw_start, raw_end,
    rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_FACT = """INSERT INTO facts (id, key, doc_id, seq, text, start, "end", raw_start, raw_end, kind, value,
    value_max, unit, comparator, change, metric, subject, subject_id, time, year, period, damaged, rule, rules, quote,
    quote_start, quote_end, quote_raw_start, quote_raw_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_FACT_FTS = "INSERT INTO facts_fts (rowid, figure, metric, subject, time, quote) VALUES (?, ?, ?, ?, ?, ?)"
_INSERT_DOCUMENT_FTS = "INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)"
# FTS5's 'delete' command: contentless tables forget a row given the values it indexed
_DELETE_FACT_FTS = """INSERT INTO facts_fts (facts_fts, rowid, figure, metric, subject, time, quote)
    VALUES ('delete', ?, ?, ?, ?, ?, ?)"""
_DELETE_DOCUMENT_FTS = "INSERT INTO documents_fts (documents_fts, rowid, doc_id, title, text) VALUES ('delete', ?, ?, ?, ?)"
_SAVEPOINT = "kb_document"
_UPSERT_SOURCE = """INSERT INTO sources (source, doc_id, input_hash, ingested_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(source) DO UPDATE SET doc_id = excluded.doc_id, input_hash = excluded.input_hash,
        ingested_at = excluded.ingested_at"""


class _Stage:
    """Full-text rows one document adds and removes: applied to the store's pending rows only once
    the document is written whole."""

    __slots__ = ("documents", "facts", "dropped_documents", "dropped_facts")

    def __init__(self) -> None:
        self.documents: dict[int, tuple] = {}
        self.facts: dict[int, tuple] = {}
        self.dropped_documents: list[int] = []
        self.dropped_facts: list[int] = []


class Store:
    """The single writer of a knowledge base file.

    ``write`` commits each document by default. ``write(..., commit=False)`` leaves it in an open
    transaction with the documents written before it, each inside its own savepoint (a document
    that fails to write rolls back alone; a savepoint per document costs ~0.2 ms per notice in a
    20,000-notice file, and keeps the write lock and a caller's own transaction); ``commit()``
    makes them durable together. A crash before the commit loses the whole batch, never part of
    a document.

    Full-text rows are inserted just before each commit, all at once: FTS5 writes its pending
    rows out as a new index segment whenever a savepoint or a statement that may need a
    statement journal starts, so inserting them document by document made one segment per
    document (and the merges that follow). Until the commit they wait in ``_fts_documents``
    and ``_fts_facts`` (rowid → row), which a document joins only once it is written whole.
    """

    def __init__(self, db: DbLike, *, threshold: float = NEAR_DUPLICATE_THRESHOLD, num_perm: int = NUM_PERM):
        self.db = ensure_schema(db)
        self.conn: sqlite3.Connection = self.db.conn
        for pragma in WRITER_PRAGMAS:
            self.conn.execute(f"PRAGMA {pragma}")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = None
        self.pending = 0  # documents written since the last commit
        self._fts_documents: dict[int, tuple] = {}  # documents_fts rows to insert before the commit
        self._fts_facts: dict[int, tuple] = {}      # facts_fts rows to insert before the commit
        self._stage: _Stage | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        try:
            if kind is None:
                self.commit()
            else:
                self.rollback()
        finally:
            self.close()

    def commit(self) -> int:
        """Commit the documents written with ``commit=False``; return how many there were.

        Raises ``StoreError`` when SQLite already rolled their transaction back (disk full, I/O
        error): none of them is stored.
        """
        pending, self.pending = self.pending, 0
        if not self.conn.in_transaction:
            self._clear_fts()
            if pending:
                self._lsh = None  # it holds the lost documents: rebuilt from the file when next needed
                raise StoreError(f"the transaction of {pending} documents was rolled back")
            return 0
        try:
            self._flush_fts()
            self.conn.commit()
        except BaseException:
            self._rollback(pending)
            raise
        return pending

    def rollback(self) -> int:
        """Drop the documents written since the last commit; return how many there were."""
        pending, self.pending = self.pending, 0
        self._rollback(pending)
        return pending

    @property
    def lost(self) -> bool:
        """True when SQLite rolled back the open transaction: its documents are not stored."""
        return self.pending > 0 and not self.conn.in_transaction

    def _flush_fts(self) -> None:
        if self._fts_documents:
            self.conn.executemany(_INSERT_DOCUMENT_FTS, self._fts_documents.values())
        if self._fts_facts:
            self.conn.executemany(_INSERT_FACT_FTS, self._fts_facts.values())
        self._clear_fts()

    def _clear_fts(self) -> None:
        self._fts_documents.clear()
        self._fts_facts.clear()

    def _rollback(self, pending: int) -> None:
        if self.conn.in_transaction:
            self.conn.rollback()
        self._clear_fts()
        if pending:
            self._lsh = None  # it holds the dropped documents: rebuilt from the file when next needed

    def _undo(self, nested: bool) -> None:
        """Undo a document that failed: its savepoint, or its transaction when it opened one."""
        conn = self.conn
        if nested and conn.in_transaction:
            try:
                conn.execute(f"ROLLBACK TO {_SAVEPOINT}")
                conn.execute(f"RELEASE {_SAVEPOINT}")
                return
            except sqlite3.Error:
                pass
        if conn.in_transaction:
            conn.rollback()
        self._clear_fts()
        if nested:  # the documents written before it in the transaction are gone too
            self._lsh = None  # ``pending`` stays: commit() reports them lost

    # ------------------------------------------------------------ reads the writer needs

    def known_input(self, source: str, digest: str) -> bool:
        """True when ``source`` was already ingested from input with this hash."""
        row = self.conn.execute("SELECT input_hash FROM sources WHERE source = ?", [source]).fetchone()
        return row is not None and row[0] == digest

    # ------------------------------------------------------------ writing

    def write(
        self,
        extraction: dict[str, Any] | PreparedDocument,
        *,
        source: str | None = None,
        digest: str | None = None,
        signature: bytes | None = None,
        commit: bool = True,
    ) -> WriteResult:
        """Store one document (an extraction dict or ``prepare``'s rows) all-or-nothing; say what happened.

        With ``commit=False`` the document joins the open transaction (see the class docstring).
        """
        if self.lost:
            raise StoreError(f"the transaction of {self.pending} documents was rolled back; "
                             "call commit() or rollback()")
        if commit and self.pending:
            self.commit()  # the open batch first: this document's outcome does not depend on it
        doc = prepare(extraction, signature)
        # Loaded when no transaction is open (first write, or after a rollback dropped it), so it
        # starts from committed documents; then it follows every document written.
        self._load_lsh()
        nested = self.conn.in_transaction
        self.conn.execute(f"SAVEPOINT {_SAVEPOINT}" if nested else "BEGIN IMMEDIATE")
        try:
            result = self._write(doc, source or doc.source or doc.doc_id, digest or doc.doc_id, _now(), release=nested)
        except BaseException:
            self._undo(nested)
            raise
        self.pending += 1
        if commit:
            self.commit()
        return result

    def _write(self, doc: PreparedDocument, source: str, digest: str, now: str, *, release: bool) -> WriteResult:
        """Write one document into the open transaction (releasing its savepoint): its rows, then the
        LSH and its full-text rows (staged, joining the pending ones only once all of its rows are in)."""
        conn = self.conn
        doc_id = doc.doc_id
        removed = minhash = None
        self._stage = stage = _Stage()
        try:
            previous = conn.execute("SELECT doc_id FROM sources WHERE source = ?", [source]).fetchone()
            old_doc = previous[0] if previous else None
            if old_doc == doc_id:
                conn.execute("UPDATE sources SET input_hash = ? WHERE source = ?", [digest, source])
                exists, duplicate_of, facts = True, None, 0
            else:
                exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None
                duplicate_of, similarity, facts = None, None, 0
                if not exists:
                    facts = self._insert_document(doc, source, now)
                conn.execute(_UPSERT_SOURCE, [source, doc_id, digest, now])
                if old_doc and not conn.execute("SELECT 1 FROM sources WHERE doc_id = ? LIMIT 1", [old_doc]).fetchone():
                    self._delete_document(old_doc, successor=doc_id)
                    removed = old_doc
                if not exists:
                    minhash = bytes(doc.signature or minhash_signature(doc.document[5], self.num_perm))
                    conn.execute("INSERT INTO minhashes (doc_id, signature) VALUES (?, ?)", [doc_id, minhash])
                    duplicate_of, similarity = self._near_duplicate(doc_id, minhash, exclude={removed})
                    if duplicate_of:
                        conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
                                     [duplicate_of, similarity, doc_id])
                        conn.execute("UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?",
                                     [duplicate_of, doc_id])
                    record_conflicts(conn, doc_id)
            if release:
                conn.execute(f"RELEASE {_SAVEPOINT}")
        finally:
            self._stage = None
        for num in stage.dropped_documents:
            self._fts_documents.pop(num, None)
        for fact_id in stage.dropped_facts:
            self._fts_facts.pop(fact_id, None)
        self._fts_documents.update(stage.documents)
        self._fts_facts.update(stage.facts)
        # The in-memory LSH follows the transaction's state after each document (a later document
        # of the same transaction is compared with it); a rollback rebuilds it from the file.
        if removed:
            self._forget(removed)
        if minhash is not None:
            self._lsh.insert(doc_id, minhash)
        if old_doc == doc_id:
            status = "unchanged"
        elif exists:
            status = "duplicate"
        elif duplicate_of:
            status = "near_duplicate"
        else:
            status = "replaced" if old_doc else "ingested"
        return WriteResult(status, doc_id, source, facts, duplicate_of)

    def _insert_document(self, doc: PreparedDocument, source: str, now: str) -> int:
        conn = self.conn
        num = conn.execute("SELECT coalesce(max(num), 0) + 1 FROM documents").fetchone()[0]
        conn.execute(_INSERT_DOCUMENT, (doc.doc_id, num, doc.name or os.path.basename(source), source,
                                        *doc.document, now))
        stage = self._stage
        stage.documents[num] = (num, *doc.fts)
        if doc.entities:
            conn.executemany(_INSERT_ENTITY, doc.entities)
        if doc.aliases:
            conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", doc.aliases)
        if doc.mentions:
            conn.executemany(_INSERT_MENTION, doc.mentions)
        if doc.facts:
            first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM facts").fetchone()[0]
            ids = range(first_id, first_id + len(doc.facts))
            conn.executemany(_INSERT_FACT, [(fact_id, *fact) for fact_id, fact in zip(ids, doc.facts)])
            stage.facts.update((fact_id, (fact_id, *fts)) for fact_id, fts in zip(ids, doc.facts_fts))
        return len(doc.facts)

    def _delete_document(self, doc_id: str, *, successor: str | None = None) -> None:
        conn = self.conn
        entity_ids = [row[0] for row in conn.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL", [doc_id])]
        # Full-text rows still waiting for the commit are dropped once this document is written whole
        # (delete_source commits first: nothing waits); the others are deleted from the index.
        stage = self._stage
        for num, title, text in conn.execute("SELECT num, title, text FROM documents WHERE id = ?", [doc_id]).fetchall():
            if num in self._fts_documents:
                stage.dropped_documents.append(num)
            else:
                conn.execute(_DELETE_DOCUMENT_FTS, (num, *document_fts_row(doc_id, title, text)))
        indexed = []
        for fact_id, *columns in conn.execute(
                "SELECT id, text, metric, subject, time, quote FROM facts WHERE doc_id = ?", [doc_id]).fetchall():
            if fact_id in self._fts_facts:
                stage.dropped_facts.append(fact_id)
            else:
                indexed.append((fact_id, *fact_fts_row(*columns)))
        if indexed:
            conn.executemany(_DELETE_FACT_FTS, indexed)
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
        """Forget a source; its document goes too when no other source has it (commits any open batch first)."""
        conn = self.conn
        self.commit()
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

    def _load_lsh(self):
        if self._lsh is None:
            self._lsh = _BandIndex(self.threshold, self.num_perm)
            for doc_id, signature in self.conn.execute("SELECT doc_id, signature FROM minhashes"):
                self._lsh.insert(doc_id, signature)
        return self._lsh

    def _near_duplicate(self, doc_id: str, minhash: bytes, exclude: set) -> tuple[str | None, float | None]:
        """The root document this one nearly duplicates, by estimated Jaccard similarity."""

        candidates = [key for key in self._load_lsh().query(minhash) if key != doc_id and key not in exclude]
        if not candidates:
            return None, None
        marks = ",".join("?" * len(candidates))
        rows = self.conn.execute(
            f"SELECT m.doc_id, m.signature, d.duplicate_of FROM minhashes m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.doc_id IN ({marks})", candidates)
        values = np.frombuffer(minhash, dtype=np.uint32)
        best, root, best_similarity = None, None, 0.0
        for candidate, signature, duplicate_of in rows:
            similarity = float(np.mean(np.frombuffer(signature, dtype=np.uint32) == values))
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
