"""kb.schema and kb.store: tables, idempotent writes, duplicates, replacement, conflicts."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from conftest import shangluo_extraction
from kb.conflicts import fact_period, list_conflicts
from kb.schema import SCHEMA_VERSION, SchemaError, ensure_schema, schema_version
from kb.search import conflicting_facts, get_document, search_documents, search_facts, stats
from kb.store import Store, StoreError


def table_counts(path) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    return {name: db[name].count for name in db.table_names() if not name.startswith("facts_fts_") and not name.startswith("documents_fts_")}


def test_schema_is_a_plain_readable_database(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    db = sqlite_utils.Database(kb_path)
    assert {"documents", "sources", "entities", "aliases", "mentions", "facts", "conflicts", "facts_fts",
            "documents_fts", "minhashes"} <= set(db.table_names())
    assert schema_version(kb_path) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {fk.other_table for fk in db["facts"].foreign_keys} == {"documents", "entities"}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {index.name for index in db["facts"].indexes}
    assert "idx_facts_conflict_key" in indexes and "idx_facts_metric" not in indexes  # v4 dropped the prefix indexes


def test_newer_schema_and_foreign_files_are_refused(tmp_path):
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="newer"):
        ensure_schema(newer)
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["things"].insert({"a": 1})
    with pytest.raises(SchemaError, match="not a kb"):
        ensure_schema(other)


def test_ensure_schema_twice_keeps_data(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    ensure_schema(kb_path).conn.close()
    assert stats(kb_path)["facts"] == 6


def test_writing_twice_is_a_no_op(kb_store, kb_path, shangluo):
    first = kb_store.write(shangluo)
    assert first.status == "ingested" and first.facts == 6
    counts = table_counts(kb_path)
    second = kb_store.write(shangluo_extraction())
    assert second.status == "unchanged" and second.doc_id == first.doc_id
    assert table_counts(kb_path) == counts


def test_same_text_from_another_source_is_one_document(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    again = kb_store.write(shangluo_extraction(doc="copy.txt"), source="elsewhere/copy.txt")
    assert again.status == "duplicate"
    assert stats(kb_path)["documents"] == 1
    assert {s["source"] for s in get_document(kb_path, again.doc_id)["sources"]} == {"elsewhere/copy.txt", "shangluo.txt"}
    assert search_facts(kb_path, "森林覆盖率", metric="森林覆盖率")["total"] == 1


def test_edited_notice_from_same_source_replaces_old_version(kb_store, kb_path, kb_extraction):
    old = kb_store.write(kb_extraction("全市森林覆盖率达69.56%。", [
        {"text": "69.56%", "kind": "percent", "value": 69.56, "unit": "%", "metric": "森林覆盖率"}], doc="a.txt"))
    new = kb_store.write(kb_extraction("全市森林覆盖率达70.12%。", [
        {"text": "70.12%", "kind": "percent", "value": 70.12, "unit": "%", "metric": "森林覆盖率"}], doc="a.txt"))
    assert new.status == "replaced" and new.doc_id != old.doc_id
    assert get_document(kb_path, old.doc_id) is None
    assert [row["value"] for row in search_facts(kb_path, "森林覆盖率")["rows"]] == [70.12]
    assert search_facts(kb_path, "69.56")["total"] == 0
    conn = sqlite3.connect(kb_path)
    assert conn.execute("SELECT count(*) FROM facts_fts").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 1


def test_near_duplicate_is_linked_and_not_counted_twice(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    republished = shangluo_extraction(doc="repost.txt")
    republished["text"] = republished["text"].replace("近日,", "近日,据报道,")  # shifts nothing we query below
    near = kb_store.write(republished)
    assert near.status == "near_duplicate"
    assert near.duplicate_of == kb_store.write(shangluo).doc_id
    assert search_facts(kb_path, "绿色信贷")["total"] == 1
    assert search_facts(kb_path, "绿色信贷", include_duplicates=True)["total"] == 2
    original = get_document(kb_path, near.duplicate_of)
    assert [dup["id"] for dup in original["duplicates"]] == [near.doc_id]


def test_different_notice_is_not_a_near_duplicate(kb_store, kb_extraction, shangluo):
    kb_store.write(shangluo)
    other = kb_store.write(kb_extraction("西安市2023年地区生产总值12010.76亿元,同比增长5.2%。", doc="xian.txt"))
    assert other.status == "ingested" and other.duplicate_of is None


def test_a_failed_write_leaves_nothing(kb_store, kb_path, shangluo):
    broken = shangluo_extraction()
    del broken["figures"][3]["kind"]
    with pytest.raises(StoreError, match="kind"):
        kb_store.write(broken)
    assert set(table_counts(kb_path).values()) == {0}
    assert kb_store.write(shangluo).status == "ingested"


def test_conflicting_values_are_recorded(kb_store, kb_path, kb_extraction):
    spec = {"kind": "percent", "unit": "%", "metric": "森林覆盖率", "subject": "商洛市", "time": "2023年"}
    a = kb_store.write(kb_extraction("2023年商洛市森林覆盖率达69.56%。", [{"text": "69.56%", "value": 69.56, **spec}], doc="a.txt"))
    kb_store.write(kb_extraction("商洛市2023年森林覆盖率为69.56%,生态良好。", [{"text": "69.56%", "value": 69.56, **spec}], doc="same.txt"))
    b = kb_store.write(kb_extraction("据统计,商洛市2023年森林覆盖率为70.1%。", [{"text": "70.1%", "value": 70.1, **spec}], doc="b.txt"))
    conflicts = list_conflicts(kb_path)
    assert conflicts["total"] == 2  # 70.1 against each 69.56, never 69.56 against 69.56
    assert {row["value_b"] for row in conflicts["rows"]} == {70.1}
    fact_b = search_facts(kb_path, doc_id=b.doc_id)["rows"][0]
    assert sorted(row["value"] for row in conflicting_facts(kb_path, fact_b)) == [69.56, 69.56]
    fact_a = search_facts(kb_path, doc_id=a.doc_id)["rows"][0]
    assert [row["value"] for row in conflicting_facts(kb_path, fact_a["id"])] == [70.1]


def test_relative_times_conflict_only_on_the_same_date(kb_store, kb_path, kb_extraction):
    spec = {"kind": "percent", "unit": "%", "metric": "森林覆盖率", "subject": "商洛市", "time": "目前"}
    kb_store.write(kb_extraction("目前商洛市森林覆盖率达69.56%。", [{"text": "69.56%", "value": 69.56, **spec}],
                                 doc="a.txt", meta={"date": "2023-01-05"}))
    kb_store.write(kb_extraction("目前,商洛市森林覆盖率达70.1%。", [{"text": "70.1%", "value": 70.1, **spec}],
                                 doc="b.txt", meta={"date": "2024-03-01"}))
    assert list_conflicts(kb_path)["total"] == 0
    kb_store.write(kb_extraction("商洛:目前森林覆盖率达71%。", [{"text": "71%", "value": 71, **spec}],
                                 doc="c.txt", meta={"date": "2024-03-01"}))
    assert list_conflicts(kb_path)["total"] == 1


def test_fact_period():
    assert fact_period("2023年", None) == "2023年"
    assert fact_period("目前", "2024-03-01") == "目前@2024-03-01"
    assert fact_period("目前", None) is None
    assert fact_period("", "2024-03-01") is None


def test_delete_source_removes_its_document(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    assert kb_store.delete_source("shangluo.txt") is True
    assert stats(kb_path) == {key: 0 for key in stats(kb_path)}
    assert _contents(kb_path)["facts_fts"] == _contents(kb_path)["documents_fts"] == []
    assert kb_store.delete_source("shangluo.txt") is False


def test_readers_are_not_blocked_by_a_writer(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    kb_store.conn.execute("BEGIN IMMEDIATE")
    kb_store.conn.execute("INSERT INTO facts_fts (facts_fts) VALUES ('delete-all')")
    try:
        assert search_facts(kb_path, "森林覆盖率")["total"] >= 1  # WAL: the committed state, at once
    finally:
        kb_store.conn.rollback()


def test_migrations_run_in_order_and_keep_data(kb_store, kb_path, shangluo, monkeypatch):
    import kb.schema

    kb_store.write(shangluo)
    monkeypatch.setattr(kb.schema, "MIGRATIONS", [*kb.schema.MIGRATIONS, "ALTER TABLE facts ADD COLUMN note TEXT;"])
    monkeypatch.setattr(kb.schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    ensure_schema(kb_path).conn.close()
    assert schema_version(kb_path) == SCHEMA_VERSION + 1
    assert "note" in sqlite_utils.Database(kb_path)["facts"].columns_dict
    assert stats(kb_path)["facts"] == 6


def test_a_version_2_file_gains_the_search_indexes_and_keeps_its_facts(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    kb_store.conn.close()
    conn = sqlite3.connect(kb_path)
    for name in ("idx_mentions_entity_doc", "idx_facts_subject_series", "idx_facts_kind_value"):
        conn.execute(f"DROP INDEX {name}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    ensure_schema(kb_path).conn.close()
    assert schema_version(kb_path) == SCHEMA_VERSION
    indexes = {row[0] for row in sqlite3.connect(kb_path).execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_mentions_entity_doc", "idx_facts_subject_series", "idx_facts_kind_value"} <= indexes
    assert stats(kb_path)["facts"] == 6


def test_a_version_3_file_loses_the_indexes_that_longer_ones_cover(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    kb_store.conn.close()
    conn = sqlite3.connect(kb_path)
    conn.executescript("""CREATE INDEX idx_facts_kind ON facts(kind); CREATE INDEX idx_facts_metric ON facts(metric);
        CREATE INDEX idx_facts_subject_id ON facts(subject_id); CREATE INDEX idx_mentions_entity_id ON mentions(entity_id);
        PRAGMA user_version = 3;""")
    conn.close()
    ensure_schema(kb_path).conn.close()
    conn = sqlite3.connect(kb_path)
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not indexes & {"idx_facts_kind", "idx_facts_metric", "idx_facts_subject_id", "idx_mentions_entity_id"}
    plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN SELECT id FROM facts WHERE metric = ?", ["x"]))
    assert "idx_facts_conflict_key" in plan
    assert stats(kb_path)["facts"] == 6


def test_a_version_4_file_keeps_its_full_text_index_without_the_stored_text(tmp_path, kb_extraction):
    from kb.store import document_fts_row, fact_fts_row

    path = tmp_path / "kb.db"
    with Store(path) as store:
        for extraction, source in _scenario(kb_extraction):
            store.write(extraction, source=source)
    queries = ["森林覆盖率", "商洛", "70.3", "綠色信貸", "亿元"]
    searches = lambda: ([search_facts(path, query) for query in queries],  # noqa: E731
                        [search_documents(path, query) for query in queries])
    expected = searches()
    # the same file as version 4 wrote it: full-text tables that store their text
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    for name, columns in FTS_TABLES.items():
        conn.execute(f"DROP TABLE {name}")
        conn.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, tokenize = 'unicode61 remove_diacritics 2')")
    # one fact's quote as an older segmentation stored it: the migration indexes what the rows give now
    conn.executemany("INSERT INTO facts_fts (rowid, figure, metric, subject, time, quote) VALUES (?, ?, ?, ?, ?, ?)",
                     [(fact_id, *fact_fts_row(*columns)[:4], "旧 分词" if fact_id == 1 else fact_fts_row(*columns)[4])
                      for fact_id, *columns in conn.execute("SELECT id, text, metric, subject, time, quote FROM facts").fetchall()])
    conn.executemany("INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)",
                     [(num, *document_fts_row(*columns)) for num, *columns in
                      conn.execute("SELECT num, id, title, text FROM documents").fetchall()])
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM facts_fts WHERE quote IS NOT NULL").fetchone()[0] > 0
    conn.close()

    ensure_schema(path).conn.close()
    assert schema_version(path) == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM facts_fts WHERE quote IS NOT NULL").fetchone()[0] == 0  # contentless
    assert {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%_content'")} == set()
    conn.close()
    assert searches() == expected
    _contents(path)  # the index holds exactly the rows' terms
    with Store(path) as store:  # and a migrated file still replaces and deletes
        assert store.write(kb_extraction("据统计,商洛市2023年森林覆盖率为70.5%。", [
            {"text": "70.5%", "kind": "percent", "value": 70.5, "unit": "%", "metric": "森林覆盖率"}], doc="b.txt")).status == "replaced"
        assert store.delete_source("xian.txt")
    assert search_facts(path, "70.3")["total"] == 0 and search_facts(path, "70.5")["total"] == 1
    assert search_documents(path, "西安")["total"] == 0
    _contents(path)


def test_a_version_5_file_gets_the_narrower_facts_indexes_and_the_same_conflicts(tmp_path, kb_extraction):
    path = tmp_path / "kb.db"
    scenario = _scenario(kb_extraction)
    with Store(path) as store:
        for extraction, source in scenario[:4]:
            store.write(extraction, source=source)
    # the same file as version 5 wrote it
    conn = sqlite3.connect(path)
    conn.executescript("""DROP INDEX idx_facts_subject_series; DROP INDEX idx_facts_conflict_key;
        CREATE INDEX idx_facts_subject_series ON facts(subject_id, metric, unit, coalesce(year, 0));
        CREATE INDEX idx_facts_conflict_key ON facts(metric, period, unit); PRAGMA user_version = 5;""")
    conn.close()
    entity_id = next(row["subject_id"] for row in search_facts(path, per_page=500)["rows"] if row["subject_id"])
    expected = (search_facts(path, subject=entity_id, sort="date"), search_facts(path, metric="森林覆盖率"),
                list_conflicts(path)["total"])

    ensure_schema(path).conn.close()
    assert schema_version(path) == SCHEMA_VERSION
    assert (search_facts(path, subject=entity_id, sort="date"), search_facts(path, metric="森林覆盖率"),
            list_conflicts(path)["total"]) == expected
    statements = []
    with Store(path) as store:  # a new conflict: 70.1 against 69.56
        store.conn.set_trace_callback(statements.append)
        store.write(scenario[4][0])
    assert list_conflicts(path)["total"] == expected[2] + 1
    conn = sqlite3.connect(path)
    plan = lambda sql, *params: " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))  # noqa: E731
    # the conflict query reads the subject it compares from the index (the same expression)
    record = next(sql for sql in statements if "INSERT OR IGNORE INTO conflicts" in sql)
    assert "idx_facts_conflict_key (metric=? AND period=? AND unit=? AND <expr>=?)" in plan(record)
    # a subject's facts are still read from the partial index
    assert "idx_facts_subject_series (subject_id=?)" in plan("SELECT count(*) FROM facts WHERE subject_id = ?", "x")
    assert "idx_facts_conflict_key (metric=?)" in plan("SELECT id FROM facts WHERE metric = ?", "x")
    conn.close()


def test_a_failing_migration_changes_nothing(kb_store, kb_path, shangluo, monkeypatch):
    import kb.schema

    kb_store.write(shangluo)
    monkeypatch.setattr(kb.schema, "MIGRATIONS", [*kb.schema.MIGRATIONS, "CREATE TABLE extra (a); SELECT nope FROM nothing;"])
    monkeypatch.setattr(kb.schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        ensure_schema(kb_path)
    assert schema_version(kb_path) == SCHEMA_VERSION
    assert "extra" not in sqlite_utils.Database(kb_path).table_names()


def test_each_new_fact_records_a_bounded_number_of_conflicts(kb_store, kb_path, kb_extraction, monkeypatch):
    import kb.conflicts

    monkeypatch.setattr(kb.conflicts, "MAX_PER_FACT", 2)
    spec = {"kind": "percent", "unit": "%", "metric": "森林覆盖率", "subject": "商洛市", "time": "2023年"}
    for number, value in enumerate(["69.1", "69.2", "69.3", "69.4"]):
        kb_store.write(kb_extraction(f"第{number}稿:2023年商洛市森林覆盖率{value}%。", [
            {"text": f"{value}%", "value": float(value), **spec}], doc=f"{number}.txt"))
    rows = list_conflicts(kb_path)["rows"]
    assert len(rows) == 1 + 2 + 2  # the 2nd fact: 1 earlier; the 3rd and 4th: the newest 2 each
    assert {(row["value_a"], row["value_b"]) for row in rows if row["value_b"] == 69.4} == {(69.3, 69.4), (69.2, 69.4)}


# ---------------------------------------------------------------- batches: several whole documents per transaction

def _scenario(kb_extraction) -> list[tuple[dict, str | None]]:
    """Writes that exercise every outcome: new, exact duplicate, near-duplicate, replaced, unchanged, conflict."""
    spec = {"kind": "percent", "unit": "%", "metric": "森林覆盖率", "subject": "商洛市", "time": "2023年"}
    base = shangluo_extraction()
    near = shangluo_extraction(doc="repost.txt")
    near["text"] = near["text"].replace("近日,", "近日,据报道,")
    return [
        (base, None),
        (shangluo_extraction(doc="copy.txt"), "elsewhere/copy.txt"),
        (near, None),
        (kb_extraction("2023年商洛市森林覆盖率达69.56%。", [{"text": "69.56%", "value": 69.56, **spec}], doc="a.txt"), None),
        (kb_extraction("据统计,商洛市2023年森林覆盖率为70.1%。", [{"text": "70.1%", "value": 70.1, **spec}], doc="b.txt"), None),
        (kb_extraction("据统计,商洛市2023年森林覆盖率为70.3%。", [{"text": "70.3%", "value": 70.3, **spec}], doc="b.txt"), None),
        (kb_extraction("2023年商洛市森林覆盖率达69.56%。", [{"text": "69.56%", "value": 69.56, **spec}], doc="a.txt"), None),
        (kb_extraction("西安市2023年地区生产总值12010.76亿元。", doc="xian.txt"), None),
    ]


def _fail_writing(monkeypatch, name: str) -> None:
    """Make the document read from ``name`` fail after its rows are in (its conflicts step raises)."""
    import kb.store

    real = kb.store.record_conflicts

    def fail_for(conn, doc_id):
        if conn.execute("SELECT name FROM documents WHERE id = ?", [doc_id]).fetchone()[0] == name:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real(conn, doc_id)

    monkeypatch.setattr(kb.store, "record_conflicts", fail_for)


# the columns of the full-text tables (kb.schema)
FTS_TABLES = {"facts_fts": "figure, metric, subject, time, quote", "documents_fts": "doc_id UNINDEXED, title, text"}


def _fts_index(conn, table: str, schema: str = "main") -> list[tuple]:
    """What a full-text table indexes (its rows are contentless): (rowid, its (column, offset, term)s) by rowid."""
    conn.execute(f"CREATE VIRTUAL TABLE temp.{table}_terms USING fts5vocab({schema}, {table}, instance)")
    rows: dict[int, list] = {}
    for rowid, column, offset, term in conn.execute(f"SELECT doc, col, offset, term FROM temp.{table}_terms"):
        rows.setdefault(rowid, []).append((column, offset, term))
    conn.execute(f"DROP TABLE temp.{table}_terms")
    return [(rowid, sorted(terms)) for rowid, terms in sorted(rows.items())]


def _fts_index_of_the_rows(conn) -> dict:
    """What the full-text tables would index for the facts and documents rows as they are now."""
    from kb.store import document_fts_row, fact_fts_row

    for name, columns in FTS_TABLES.items():
        conn.execute(f"CREATE VIRTUAL TABLE temp.expected_{name} USING fts5({columns}, content = '', "
                     "tokenize = 'unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO temp.expected_facts_fts (rowid, figure, metric, subject, time, quote) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     [(fact_id, *fact_fts_row(*columns)) for fact_id, *columns in
                      conn.execute("SELECT id, text, metric, subject, time, quote FROM facts").fetchall()])
    conn.executemany("INSERT INTO temp.expected_documents_fts (rowid, doc_id, title, text) VALUES (?, ?, ?, ?)",
                     [(num, *document_fts_row(*columns)) for num, *columns in
                      conn.execute("SELECT num, id, title, text FROM documents").fetchall()])
    expected = {name: _fts_index(conn, f"expected_{name}", "temp") for name in FTS_TABLES}
    for name in FTS_TABLES:
        conn.execute(f"DROP TABLE temp.expected_{name}")
    return expected


def _contents(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        contents = {
            "documents": conn.execute("SELECT id, num, name, source, duplicate_of, similarity, fact_count FROM documents "
                                      "ORDER BY num").fetchall(),
            "sources": conn.execute("SELECT source, doc_id, input_hash FROM sources ORDER BY source").fetchall(),
            "facts": conn.execute("SELECT id, key, value, period FROM facts ORDER BY id").fetchall(),
            "conflicts": conn.execute("SELECT fact_a, fact_b, value_a, value_b FROM conflicts ORDER BY id").fetchall(),
            "entities": conn.execute("SELECT * FROM entities ORDER BY id").fetchall(),
            "mentions": conn.execute("SELECT doc_id, entity_id, start FROM mentions ORDER BY id").fetchall(),
            "minhashes": conn.execute("SELECT * FROM minhashes ORDER BY doc_id").fetchall(),
            "facts_fts": _fts_index(conn, "facts_fts"),
            "documents_fts": _fts_index(conn, "documents_fts"),
            "fts_ok": [conn.execute("INSERT INTO facts_fts (facts_fts) VALUES ('integrity-check')").rowcount,
                       conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").rowcount],
        }
        # the contentless index holds exactly the terms of the rows there are: every removed row left with all its terms
        assert _fts_index_of_the_rows(conn) == {"facts_fts": contents["facts_fts"], "documents_fts": contents["documents_fts"]}
        return contents
    finally:
        conn.close()


def test_a_batch_writes_exactly_what_single_commits_write(tmp_path, kb_extraction):
    results = {}
    for every in (1, 3, 100):
        path = tmp_path / f"kb-{every}.db"
        with Store(path) as store:
            statuses = []
            for number, (extraction, source) in enumerate(_scenario(kb_extraction), start=1):
                statuses.append(store.write(extraction, source=source, commit=False).status)
                if number % every == 0:
                    store.commit()
        results[every] = (statuses, _contents(path))
    assert results[1][0] == ["ingested", "duplicate", "near_duplicate", "ingested", "ingested", "replaced",
                             "unchanged", "ingested"]
    assert results[3] == results[1] and results[100] == results[1]
    assert len(results[1][1]["conflicts"]) == 1  # 70.3 against 69.56; the replaced 70.1 took its conflict along
    assert search_facts(tmp_path / "kb-100.db", "70.1")["total"] == 0
    assert search_facts(tmp_path / "kb-100.db", "70.3")["total"] == 1


def test_a_document_failing_anywhere_in_a_batch_leaves_what_the_batch_without_it_writes(tmp_path, kb_extraction,
                                                                                         monkeypatch):
    _fail_writing(monkeypatch, "broken.txt")
    scenario = _scenario(kb_extraction)
    broken = kb_extraction("宝鸡市2023年粮食产量达120万吨。", [
        {"text": "120万吨", "kind": "quantity", "value": 1200000, "unit": "吨"}], doc="broken.txt")
    with Store(tmp_path / "reference.db") as store:
        expected = [store.write(extraction, source=source, commit=False).status for extraction, source in scenario]
    for position in (1, 3, 6, len(scenario)):
        path = tmp_path / f"kb-{position}.db"
        with Store(path) as store:
            statuses = []
            for number, (extraction, source) in enumerate(scenario):
                if number == position:
                    with pytest.raises(sqlite3.OperationalError):
                        store.write(broken, commit=False)
                statuses.append(store.write(extraction, source=source, commit=False).status)
            if position == len(scenario):
                with pytest.raises(sqlite3.OperationalError):
                    store.write(broken, commit=False)
            assert store.pending == len(scenario)
        assert statuses == expected
        assert _contents(path) == _contents(tmp_path / "reference.db")


def test_batched_documents_are_invisible_until_committed(kb_store, kb_path, kb_extraction, shangluo):
    assert kb_store.write(shangluo, commit=False).status == "ingested"
    assert kb_store.write(kb_extraction("西安市2023年地区生产总值12010.76亿元。", doc="xian.txt"), commit=False).facts == 0
    assert kb_store.pending == 2
    assert stats(kb_path)["documents"] == 0  # another connection: the committed state
    assert kb_store.commit() == 2 and kb_store.pending == 0
    assert stats(kb_path)["documents"] == 2
    assert search_facts(kb_path, "绿色信贷")["total"] == 1
    assert kb_store.commit() == 0


def test_a_failing_document_in_a_batch_rolls_back_alone(kb_store, kb_path, kb_extraction, shangluo, monkeypatch):
    kb_store.write(shangluo, commit=False)
    _fail_writing(monkeypatch, "xian.txt")
    with pytest.raises(sqlite3.OperationalError):
        kb_store.write(kb_extraction("西安市2023年地区生产总值12010.76亿元。", [
            {"text": "12010.76亿元", "kind": "money", "value": 1201076000000, "unit": "元"}], doc="xian.txt"), commit=False)
    kb_store.write(kb_extraction("宝鸡市粮食产量达120万吨。", [
        {"text": "120万吨", "kind": "quantity", "value": 1200000, "unit": "吨"}], doc="baoji.txt"), commit=False)
    assert kb_store.commit() == 2
    contents = _contents(kb_path)
    assert [row[2] for row in contents["documents"]] == ["shangluo.txt", "baoji.txt"]
    assert len(contents["facts"]) == len(contents["facts_fts"]) == 7
    assert {row[0] for row in contents["facts"]} == {row[0] for row in contents["facts_fts"]}
    assert search_facts(kb_path, "12010.76")["total"] == 0 and search_facts(kb_path, "120万吨")["total"] == 1


def test_a_failing_document_keeps_the_write_lock_and_the_callers_transaction(kb_path, kb_extraction, shangluo,
                                                                          monkeypatch):
    conn = sqlite3.connect(kb_path)
    store = Store(conn)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO kb_meta (key, value) VALUES ('note', 'the caller''s own row')")
    store.write(shangluo, commit=False)
    _fail_writing(monkeypatch, "baoji.txt")
    with pytest.raises(sqlite3.OperationalError):
        store.write(kb_extraction("宝鸡市粮食产量达120万吨。", doc="baoji.txt"), commit=False)
    monkeypatch.undo()
    assert conn.in_transaction and not store.lost  # no other writer could commit in between
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite3.connect(kb_path, timeout=0.1).execute("BEGIN IMMEDIATE")
    assert conn.execute("SELECT value FROM kb_meta WHERE key = 'note'").fetchone() == ("the caller's own row",)
    assert store.commit() == 1
    contents = _contents(kb_path)
    assert [row[2] for row in contents["documents"]] == ["shangluo.txt"]
    assert len(contents["facts"]) == len(contents["facts_fts"])


def test_rollback_forgets_the_batch_and_its_near_duplicates(kb_store, kb_path, shangluo):
    kb_store.write(shangluo, commit=False)
    assert kb_store.rollback() == 1
    assert stats(kb_path)["documents"] == 0
    near = shangluo_extraction(doc="repost.txt")
    near["text"] = near["text"].replace("近日,", "近日,据报道,")
    assert kb_store.write(near).status == "ingested"  # the rolled-back original is not in the LSH either


def test_a_transaction_sqlite_rolled_back_is_reported_lost(kb_store, kb_path, shangluo, kb_extraction):
    kb_store.write(shangluo, commit=False)
    kb_store.conn.rollback()  # what SQLite does on SQLITE_FULL or an I/O error
    assert kb_store.lost
    with pytest.raises(StoreError, match="rolled back"):
        kb_store.write(kb_extraction("宝鸡市粮食产量达120万吨。", doc="baoji.txt"), commit=False)
    with pytest.raises(StoreError, match="rolled back"):
        kb_store.commit()
    assert not kb_store.lost and stats(kb_path)["documents"] == 0
    assert kb_store.write(shangluo).status == "ingested"


def test_prepared_rows_pickle_and_write_like_the_dict(tmp_path, shangluo):
    import pickle

    from kb.store import PreparedDocument, minhash_signature, prepare

    prepared = pickle.loads(pickle.dumps(prepare(shangluo, minhash_signature(shangluo["text"]))))
    assert isinstance(prepared, PreparedDocument) and prepared.document[4] is prepared.document[5]  # raw == text: once
    with Store(tmp_path / "a.db") as store:
        assert store.write(shangluo).status == "ingested"
    with Store(tmp_path / "b.db") as store:
        assert store.write(prepared).status == "ingested"
    assert _contents(tmp_path / "a.db") == _contents(tmp_path / "b.db")


def test_the_lsh_bands_are_datasketchs_and_find_the_same_candidates():
    import random

    import numpy as np
    from datasketch import MinHashLSH

    from kb.store import NEAR_DUPLICATE_THRESHOLD, NUM_PERM, _BandIndex, lsh_bands

    reference = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert lsh_bands(NEAR_DUPLICATE_THRESHOLD, NUM_PERM) == (reference.b, reference.r)
    assert lsh_bands(0.5, 32) == (MinHashLSH(threshold=0.5, num_perm=32).b, MinHashLSH(threshold=0.5, num_perm=32).r)

    class Values:  # what MinHashLSH reads of a MinHash
        def __init__(self, signature: bytes) -> None:
            self.hashvalues = np.frombuffer(signature, dtype=np.uint32)

        def __len__(self) -> int:
            return len(self.hashvalues)

    rng = random.Random(7)
    signatures = []
    for number in range(300):  # some share bands with an earlier signature, some nearly all of it
        values = [rng.randrange(2 ** 32) for _ in range(NUM_PERM)]
        if signatures and number % 3:
            earlier = np.frombuffer(rng.choice(signatures), dtype=np.uint32)
            keep = rng.choice((11, 22, 40, 60))
            values[:keep] = earlier[:keep]
        signatures.append(np.array(values, dtype=np.uint32).tobytes())
    index = _BandIndex(NEAR_DUPLICATE_THRESHOLD, NUM_PERM)
    found = 0
    for number, signature in enumerate(signatures):
        assert index.query(signature) == set(reference.query(Values(signature)))
        found += len(index.query(signature))
        index.insert(f"d{number}", signature)
        reference.insert(f"d{number}", Values(signature))
        if number % 5 == 4:
            index.remove(f"d{number - 2}")
            reference.remove(f"d{number - 2}")
    assert found > 50
    assert all(index.query(signature) == set(reference.query(Values(signature))) for signature in signatures)
    assert ("d3" in index) == ("d3" in reference) and "d0" in index
    with pytest.raises(ValueError):
        index.insert("d0", signatures[0])
    with pytest.raises(ValueError):
        index.query(signatures[0][:-4])


def test_minhash_signature_is_the_reference_formula():
    import re

    import numpy as np

    from kb.store import _PRIME, _permutations, minhash_signature

    def reference(text: str, num_perm: int = 64) -> bytes:  # the formula as first written (np.unique, %)
        compact = re.sub(r"\s+", "", text)
        codes = np.frombuffer(compact.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if len(codes) < 4:
            codes = np.concatenate([codes, np.zeros(4 - len(codes), dtype=np.uint64)])
        shingles = np.zeros(len(codes) - 3, dtype=np.uint64)
        for offset in range(4):
            shingles = (shingles << np.uint64(16)) ^ codes[offset:len(codes) - 3 + offset]
        shingles = (np.unique(shingles * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)) % np.uint64(_PRIME)
        a, b = _permutations(num_perm)
        return ((np.outer(shingles, a) + b) % np.uint64(_PRIME)).min(axis=0).astype(np.uint32).tobytes()

    texts = ["", " ", "a", "商洛", "全市森林覆盖率达69.56%。", " 近日，\u3000据报道，全市 \n 森林覆盖率达69.56%，同比增长1.2个百分点。" * 9,
             "\U00020000\U00020001\U00020002\U00020003\U00020004 x", "abcabcabcabc"]
    for text in texts:
        assert minhash_signature(text) == reference(text)
        assert minhash_signature(text, 128) == reference(text, 128)
