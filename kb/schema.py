"""Tables, full-text indexes, the schema version and its migrations.

The database is a plain SQLite file that opens in Datasette and sqlite-utils:
ordinary tables with foreign keys and indexes, two FTS5 tables whose text is
pre-segmented (see ``kb.search.segment``), and ``PRAGMA user_version`` holding
the schema version. ``ensure_schema`` creates a new file or migrates an old one.
"""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import Union

import sqlite_utils

SCHEMA_VERSION = 6

DbLike = Union[str, Path, sqlite3.Connection, sqlite_utils.Database]


class SchemaError(Exception):
    """The file is not a knowledge base this version can read (e.g. a newer schema)."""


# Version 1: every table, index and FTS table. Later versions append a migration
# to MIGRATIONS; ensure_schema runs the ones a file has not seen yet, in order.
_V1 = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,                 -- content hash of the normalized text
    num INTEGER NOT NULL UNIQUE,         -- rowid of documents_fts (implicit rowids change on VACUUM)
    name TEXT NOT NULL,                  -- the contract's "doc": base name of the first source
    source TEXT NOT NULL,                -- path or URL it was first ingested from
    title TEXT,
    date TEXT,                           -- publication date as given (ISO when known)
    url TEXT,
    encoding TEXT,
    raw TEXT NOT NULL,                   -- decoded original text
    text TEXT NOT NULL,                  -- normalized text; fact offsets point here
    damaged TEXT NOT NULL DEFAULT '[]',  -- JSON list of [start, end] spans
    boilerplate TEXT NOT NULL DEFAULT '[]',
    problems TEXT NOT NULL DEFAULT '[]', -- JSON list of {code, message}
    duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL,  -- near-duplicate of
    similarity REAL,                     -- estimated Jaccard similarity to duplicate_of
    fact_count INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX idx_documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX idx_documents_date ON documents(date);

-- Every place a document was read from. Exact republications (same normalized
-- text) are several sources of one document; an edited notice re-points its source.
CREATE TABLE sources (
    source TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    input_hash TEXT NOT NULL,            -- hash of the input bytes/line: skip unchanged input
    ingested_at TEXT NOT NULL
);
CREATE INDEX idx_sources_doc_id ON sources(doc_id);

CREATE TABLE minhashes (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL              -- datasketch MinHash hash values (affine32 scheme), uint32
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,                 -- stable entity id from the extractor
    name TEXT NOT NULL,                  -- canonical name
    type TEXT,                           -- place, park, firm, government, organization
    division_code TEXT                   -- administrative division code where known
);
CREATE INDEX idx_entities_name ON entities(name);
CREATE INDEX idx_entities_type ON entities(type);

CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX idx_aliases_alias ON aliases(alias);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT REFERENCES entities(id),
    text TEXT NOT NULL,
    type TEXT,
    canonical TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    raw_start INTEGER,
    raw_end INTEGER,
    rule TEXT
);
CREATE INDEX idx_mentions_doc_id ON mentions(doc_id);
CREATE INDEX idx_mentions_entity_id ON mentions(entity_id);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY,              -- also the rowid of facts_fts
    key TEXT NOT NULL UNIQUE,            -- stable citation key: "<doc_id>:<seq>"
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                -- position among the document's figures
    text TEXT NOT NULL,                  -- the figure as written
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    raw_start INTEGER,
    raw_end INTEGER,
    kind TEXT NOT NULL,
    value NUMERIC,                       -- base unit; integers stay integers
    value_max NUMERIC,
    unit TEXT NOT NULL DEFAULT '',
    comparator TEXT NOT NULL DEFAULT '=',
    change TEXT,
    metric TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    subject_id TEXT REFERENCES entities(id),
    time TEXT NOT NULL DEFAULT '',
    year INTEGER,                        -- from time, else the document's date
    period TEXT,                         -- conflict key: time with a year, else time@document date
    damaged INTEGER NOT NULL DEFAULT 0,
    rule TEXT,
    rules TEXT NOT NULL DEFAULT '[]',    -- JSON list of rule ids
    quote TEXT NOT NULL DEFAULT '',
    quote_start INTEGER,
    quote_end INTEGER,
    quote_raw_start INTEGER,
    quote_raw_end INTEGER
);
CREATE INDEX idx_facts_doc_id ON facts(doc_id);
CREATE INDEX idx_facts_kind ON facts(kind);
CREATE INDEX idx_facts_metric ON facts(metric);
CREATE INDEX idx_facts_subject ON facts(subject);
CREATE INDEX idx_facts_subject_id ON facts(subject_id);
CREATE INDEX idx_facts_year ON facts(year);
CREATE INDEX idx_facts_value ON facts(unit, value);
CREATE INDEX idx_facts_conflict_key ON facts(metric, period, unit);

-- Same subject + metric + time, different values, different documents.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    fact_a INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    fact_b INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    metric TEXT NOT NULL,
    period TEXT NOT NULL,
    unit TEXT NOT NULL,
    value_a NUMERIC,
    value_b NUMERIC,
    found_at TEXT NOT NULL,
    UNIQUE (fact_a, fact_b)
);
CREATE INDEX idx_conflicts_fact_b ON conflicts(fact_b);

-- Segmented text (space-separated words and CJK bigrams), rowid = facts.id. Version 5 makes both
-- tables contentless (_V5).
CREATE VIRTUAL TABLE facts_fts USING fts5(
    figure, metric, subject, time, quote, tokenize = 'unicode61 remove_diacritics 2'
);
-- rowid = documents.num
CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE kb_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""

# Version 2: sorting every fact by value reads an index instead of sorting the table.
_V2 = """
CREATE INDEX IF NOT EXISTS idx_facts_value_only ON facts(value);
"""

# Read-side indexes for the site; every query gives the same rows with or without them.
# Measured on the 20,000-notice bench file:
SEARCH_INDEXES = (
    # get_entity counts an entity's documents from the index instead of every mention row:
    # 1.9 -> 0.6 ms on average over the bench's entity pages, 10 -> 1 ms for the busiest entity
    "CREATE INDEX IF NOT EXISTS idx_mentions_entity_doc ON mentions(entity_id, doc_id)",
    # web.service.entity_series reads a subject's facts in series order and stops at its LIMIT:
    # the busiest entity (33,000 facts) 41 -> 15 ms. Only facts with an entity as subject (version 6):
    # every query that reads it names one (``subject_id = ?`` lets SQLite use a partial index)
    "CREATE INDEX IF NOT EXISTS idx_facts_subject_series ON facts(subject_id, metric, unit, coalesce(year, 0)) "
    "WHERE subject_id IS NOT NULL",
    # a value sort within a kind on a broad query (kb.search KIND_VALUE_MIN_MATCHES):
    # 增长 + percent + sort=value 42 -> 15 ms for the candidates
    "CREATE INDEX IF NOT EXISTS idx_facts_kind_value ON facts(kind, value)",
)
_V3 = "".join(f"{statement};\n" for statement in SEARCH_INDEXES)

# Version 4: four indexes were the first columns of longer ones, which serve the same lookups
# (kind → kind_value, subject_id → subject_series, metric → conflict_key, mentions' entity_id →
# entity_doc); every insert paid for them: ~13% of the pages a batch's commit writes.
_V4 = """
DROP INDEX IF EXISTS idx_facts_kind;
DROP INDEX IF EXISTS idx_facts_subject_id;
DROP INDEX IF EXISTS idx_facts_metric;
DROP INDEX IF EXISTS idx_mentions_entity_id;
"""

# Version 5: both full-text tables keep only their index (content=''): the segmented text they
# also stored (165 of 576 MB at 20,000 notices) was never read back, and writing it cost the
# writer ~0.1 ms per notice. A contentless table cannot DELETE: ``kb.store`` removes a row with
# FTS5's 'delete' command and the values it indexed, recomputed from the facts or documents row
# (``kb.store.fact_fts_row``, ``document_fts_row``). So the migration indexes exactly those values,
# computed by the same functions (``_register_functions``), not the text an older version stored.
_V5 = """
DROP TABLE facts_fts;
CREATE VIRTUAL TABLE facts_fts USING fts5(
    figure, metric, subject, time, quote, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO facts_fts (rowid, figure, metric, subject, time, quote)
    SELECT id, kb_index_text(text), kb_index_text(metric), kb_index_text(subject), kb_index_text(time),
           kb_index_text(CASE WHEN quote != '' THEN quote ELSE text END) FROM facts;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED, title, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (rowid, doc_id, title, text)
    SELECT num, id, kb_index_text(kb_normalize_query(coalesce(title, ''))), kb_index_text(text) FROM documents;
"""

# Version 6: two facts indexes cost the writer more than the queries that read them need (20,000-notice
# bench file, writer 1.00 -> 0.94 ms of CPU per notice): idx_facts_subject_series leaves out the 47% of
# facts without an entity as subject (SEARCH_INDEXES), and idx_facts_conflict_key also keys the subject
# ``kb.conflicts.record_conflicts`` compares (the same expression), so the earlier facts a new one may
# conflict with come from the index instead of ~10 table rows each.
_V6 = f"""
DROP INDEX IF EXISTS idx_facts_subject_series;
{SEARCH_INDEXES[1]};
DROP INDEX idx_facts_conflict_key;
CREATE INDEX idx_facts_conflict_key ON facts(metric, period, unit, coalesce(nullif(subject_id, ''), subject));
"""

# MIGRATIONS[n] brings a file from version n to n + 1 (index 0: empty file → v1).
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6]


def connect(db: DbLike, *, readonly: bool = False) -> sqlite_utils.Database:
    """A ``sqlite_utils.Database`` for a path or connection, with the pragmas kb relies on."""
    if isinstance(db, sqlite_utils.Database):
        database = db
    elif isinstance(db, sqlite3.Connection):
        database = sqlite_utils.Database(db)
    elif readonly:
        conn = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True, check_same_thread=False)
        database = sqlite_utils.Database(conn)
    else:
        database = sqlite_utils.Database(str(db))
    conn = database.conn
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return database


def with_connection(function):
    """Let a reader take a path: open it for the call and close it after; connections pass through."""
    @functools.wraps(function)
    def wrapper(db, *args, **kwargs):
        if isinstance(db, (sqlite3.Connection, sqlite_utils.Database)):
            return function(db, *args, **kwargs)
        database = connect(db)
        try:
            return function(database, *args, **kwargs)
        finally:
            database.conn.close()
    return wrapper


@with_connection
def schema_version(db: DbLike) -> int:
    return connect(db).execute("PRAGMA user_version").fetchone()[0]


def ensure_schema(db: DbLike) -> sqlite_utils.Database:
    """Create or migrate the knowledge base in ``db``; switch the file to WAL mode."""
    database = connect(db)
    try:
        _migrate(database.conn)
    except BaseException:
        if not isinstance(db, (sqlite3.Connection, sqlite_utils.Database)):
            database.conn.close()
        raise
    return database


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaError(f"database schema version {version} is newer than this kb ({SCHEMA_VERSION})")
    if version == 0 and _has_user_tables(conn):
        raise SchemaError("database has tables but no kb schema version; not a kb database")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if version < SCHEMA_VERSION:
        _register_functions(conn)
    for target in range(version, SCHEMA_VERSION):
        # executescript commits first; the script and the version bump are one transaction.
        try:
            conn.executescript(f"BEGIN;\n{MIGRATIONS[target]}\nPRAGMA user_version = {target + 1};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise


def _register_functions(conn: sqlite3.Connection) -> None:
    """The Python functions migrations call: the segmentation of the full-text tables."""
    from kb.search import index_text, normalize_query  # kb.search imports this module

    conn.create_function("kb_index_text", 1, index_text, deterministic=True)
    conn.create_function("kb_normalize_query", 1, normalize_query, deterministic=True)


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchone()
    return row[0] > 0
