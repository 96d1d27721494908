"""kb.schema and kb.store: tables, idempotent writes, duplicates, replacement, conflicts."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from conftest import shangluo_extraction
from kb.conflicts import fact_period, list_conflicts
from kb.schema import SCHEMA_VERSION, SchemaError, ensure_schema, schema_version
from kb.search import conflicting_facts, get_document, search_facts, stats
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
    assert "idx_facts_metric" in {index.name for index in db["facts"].indexes}


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
    assert kb_store.delete_source("shangluo.txt") is False


def test_readers_are_not_blocked_by_a_writer(kb_store, kb_path, shangluo):
    kb_store.write(shangluo)
    kb_store.conn.execute("BEGIN IMMEDIATE")
    kb_store.conn.execute("DELETE FROM facts_fts")
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
