"""kb.search: segmented Chinese full-text search, hostile queries, filters, facets, lookups."""
from __future__ import annotations

import pytest

from conftest import shangluo_extraction
from kb.search import (SearchError, fts_query, get_document, get_entity, get_fact, index_text, list_documents,
                       list_entities, search_facts)


@pytest.fixture
def kb_db(kb_store, kb_path, kb_extraction):
    kb_store.write(shangluo_extraction())
    kb_store.write(kb_extraction(
        "2023年,西安高新区实现营业收入2.6万亿元,同比增长8.84%;新签约项目58个。园区内企业超过1000家。",
        [
            {"text": "2.6万亿元", "kind": "money", "value": 2600000000000, "unit": "元", "metric": "营业收入",
             "subject": "西安高新区", "subject_id": "park:西安高新技术产业开发区", "time": "2023年"},
            {"text": "8.84%", "kind": "percent", "value": 8.84, "unit": "%", "change": "increase",
             "metric": "营业收入增速", "subject": "西安高新区", "subject_id": "park:西安高新技术产业开发区", "time": "同比"},
            {"text": "58个", "kind": "count", "value": 58, "unit": "个", "metric": "新签约项目", "subject": "西安高新区",
             "subject_id": "park:西安高新技术产业开发区", "time": "2023年"},
            {"text": "1000家", "kind": "count", "value": 1000, "unit": "家", "comparator": ">", "metric": "园区企业",
             "subject": "西安高新区", "subject_id": "park:西安高新技术产业开发区", "time": "", "damaged": True},
        ],
        [{"text": "西安高新区", "type": "park", "canonical": "西安高新技术产业开发区", "id": "park:西安高新技术产业开发区"}],
        doc="xian.txt", meta={"title": "西安高新區2023年營業收入", "date": "2024-01-10"},
    ))
    return kb_path


def test_index_text_segments_cjk_into_bigrams():
    assert index_text("森林覆盖率达69.56%") == "森林 林覆 覆盖 盖率 率达 69.56%"
    assert index_text("市 2020") == "市 2020"
    assert index_text("") == ""


def test_required_searches(kb_db):
    forest = search_facts(kb_db, "森林覆盖率")["rows"][0]
    assert (forest["text"], forest["value"], forest["unit"]) == ("69.56%", 69.56, "%")
    credit = search_facts(kb_db, "綠色信貸")["rows"]
    assert [(row["text"], row["value"]) for row in credit] == [("206.86亿元", 20686000000)]
    assert search_facts(kb_db, "206.86")["rows"][0]["metric"] == "绿色信贷余额"
    assert search_facts(kb_db, "园区")["total"] >= 3
    assert search_facts(kb_db, "亿元")["total"] >= 3


def test_rows_carry_the_contract_fields(kb_db):
    row = search_facts(kb_db, "绿色信贷")["rows"][0]
    for field in ("text", "start", "end", "raw_start", "raw_end", "kind", "value", "unit", "comparator", "change",
                  "metric", "subject", "time", "damaged", "id", "doc_id", "quote", "key", "rules"):
        assert field in row, field
    assert row["quote"] == "截至目前,全市绿色信贷余额206.86亿元。"
    assert row["doc_title"] == "商洛高新区入选省级绿色工业园区"


@pytest.mark.parametrize("query", ['"', '"绿色', "绿色 OR", "AND", "(园区", "园区)", "NEAR(绿色 信贷)", "*", "-",
                                   "^绿色", "col:绿色", "绿色\"信贷", "{metric}: 园区", "'", "\\", "%_", "\x00"])
def test_queries_in_fts_syntax_never_error(kb_db, query):
    result = search_facts(kb_db, query)
    assert result["total"] == len(result["rows"]) or result["total"] > len(result["rows"])
    list_documents(kb_db, query)


def test_fts_syntax_is_text():
    assert fts_query('绿色 OR 信贷') == '"绿色" "OR" "信贷"'
    assert fts_query('"(') == ""
    assert fts_query("园") == '"园"*'


def test_operators_are_words_not_syntax(kb_db):
    assert search_facts(kb_db, "绿色信贷 OR 森林覆盖率")["total"] == 0


def test_filters(kb_db):
    assert {row["kind"] for row in search_facts(kb_db, kind="count")["rows"]} == {"count"}
    xian = search_facts(kb_db, subject="park:西安高新技术产业开发区")
    assert xian["total"] == 4
    assert search_facts(kb_db, subject="商洛市")["total"] == 6
    assert [row["text"] for row in search_facts(kb_db, metric="营业收入")["rows"]] == ["2.6万亿元"]
    assert search_facts(kb_db, year=2023)["total"] == 2  # 同比 and no time: the document's year, 2024
    assert search_facts(kb_db, year=2024, kind="money")["total"] == 2  # 商洛: dated 2024, relative times
    big = search_facts(kb_db, unit="元", value_min=1e10, value_max=1e12)
    assert sorted(row["value"] for row in big["rows"]) == [20686000000, 313200000000]
    doc_id = big["rows"][0]["doc_id"]
    assert search_facts(kb_db, doc_id=doc_id)["total"] == 6


def test_damaged_flag_survives(kb_db):
    row = search_facts(kb_db, "1000家")["rows"][0]
    assert row["damaged"] is True and row["comparator"] == ">"


def test_facets_count_the_filtered_set(kb_db):
    facets = search_facts(kb_db, "园区")["facets"]
    assert set(facets) == {"kind", "subject", "metric", "doc_id", "year", "unit"}
    total = search_facts(kb_db, "园区")["total"]
    assert sum(item["count"] for item in facets["kind"]) == total
    everything = search_facts(kb_db)["facets"]
    assert {item["value"]: item["count"] for item in everything["subject"]} == {"商洛市": 6, "西安高新区": 4}
    assert {item["label"] for item in everything["doc_id"]} == {"商洛高新区入选省级绿色工业园区", "西安高新區2023年營業收入"}
    assert search_facts(kb_db, facets=False)["facets"] == {}


def test_sort_and_pages(kb_db):
    by_value = [row["value"] for row in search_facts(kb_db, sort="value", unit="元")["rows"]]
    assert by_value == sorted(by_value, reverse=True)
    first = search_facts(kb_db, per_page=3, page=1)
    second = search_facts(kb_db, per_page=3, page=2)
    assert first["total"] == second["total"] == 10
    assert not {row["id"] for row in first["rows"]} & {row["id"] for row in second["rows"]}
    with pytest.raises(SearchError):
        search_facts(kb_db, sort="random")
    with pytest.raises(SearchError):
        search_facts(kb_db, page=0)


def test_lookups(kb_db):
    row = search_facts(kb_db, "森林覆盖率")["rows"][0]
    assert get_fact(kb_db, row["id"])["value"] == 69.56
    assert get_fact(kb_db, row["key"])["id"] == row["id"]
    assert get_fact(kb_db, 10**9) is None
    doc_id, _, seq = row["key"].rpartition(":")
    for key in (f"{doc_id}:{int(seq) + 1000}", f"{doc_id}:0{seq}", f"{doc_id}:{seq} ", doc_id, f"x{row['key']}", ":1", ""):
        assert get_fact(kb_db, key) is None, key  # only a whole key finds its fact
    doc = get_document(kb_db, row["doc_id"])
    assert doc["text"][row["start"]:row["end"]] == "69.56%"
    assert doc["sources"][0]["source"] == "shangluo.txt"
    assert get_document(kb_db, "nope") is None
    park = get_entity(kb_db, "park:商洛高新技术产业开发区")
    assert park["aliases"] == ["商洛高新区"] and park["mention_count"] == 1
    assert get_entity(kb_db, "nope") is None
    assert [e["id"] for e in list_entities(kb_db, "商洛高新区")["rows"]] == ["park:商洛高新技术产业开发区"]
    assert list_entities(kb_db, type="place")["total"] == 1


def test_document_search_finds_traditional_titles(kb_db):
    rows = list_documents(kb_db, "營業收入")["rows"]
    assert [row["title"] for row in rows] == ["西安高新區2023年營業收入"]
    assert list_documents(kb_db)["total"] == 2


def test_large_result_sets_are_capped_but_counted(kb_db, monkeypatch):
    import kb.search

    full, money = search_facts(kb_db, "亿元"), search_facts(kb_db, "亿元", kind="money")
    assert (full["capped"], full["total_exact"]) == (False, True) and full["total"] > 3
    monkeypatch.setattr(kb.search, "CANDIDATE_LIMIT", 3)
    capped = search_facts(kb_db, "亿元")
    assert capped["capped"] is True and capped["total"] == full["total"] and capped["total_exact"] is False
    assert len(capped["rows"]) == 3 and sum(item["count"] for item in capped["facets"]["kind"]) == 3
    capped_money = search_facts(kb_db, "亿元", kind="money")
    assert (capped_money["total"], capped_money["total_exact"]) == (money["total"], True)


def test_sorting_by_value_is_right_past_the_cap(kb_db, monkeypatch):
    import kb.search

    top = max(row["value"] for row in search_facts(kb_db, unit="元", per_page=100)["rows"])
    monkeypatch.setattr(kb.search, "CANDIDATE_LIMIT", 2)
    result = search_facts(kb_db, unit="元", sort="value")
    assert result["capped"] is True and result["rows"][0]["value"] == top


def test_filtered_counts_stop_at_the_count_limit(kb_db, monkeypatch):
    import kb.search

    money = search_facts(kb_db, "亿元", kind="money")
    assert money["total"] >= 2 and money["total_capped"] is False
    monkeypatch.setattr(kb.search, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(kb.search, "COUNT_LIMIT", 1)
    capped = search_facts(kb_db, "亿元", kind="money")
    assert (capped["total"], capped["total_capped"], capped["total_exact"]) == (1, True, False)
    assert len(capped["rows"]) == 1
    unfiltered = search_facts(kb_db, "亿元")  # the FTS index alone counts every match: never capped
    assert unfiltered["total_capped"] is False and unfiltered["total"] > 1


def test_near_duplicates_are_hidden_in_every_sort(kb_db):
    for sort in ("relevance", "value", "date"):
        shown = search_facts(kb_db, sort=sort, per_page=500)
        every = search_facts(kb_db, sort=sort, per_page=500, include_duplicates=True)
        assert {row["id"] for row in shown["rows"]} <= {row["id"] for row in every["rows"]}
        assert all(row["doc_duplicate_of"] is None for row in shown["rows"])


def test_proposed_search_indexes_change_no_result(kb_db, tmp_path):
    import sqlite3

    from kb.search import SEARCH_INDEXES, add_search_indexes, get_entity

    copy = tmp_path / "indexed.db"
    with sqlite3.connect(kb_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # the store is open in WAL mode: copy through SQLite
    entity_id = next(row["subject_id"] for row in search_facts(kb_db, per_page=500)["rows"] if row["subject_id"])
    with sqlite3.connect(copy) as conn:
        add_search_indexes(conn)
        add_search_indexes(conn)  # idempotent
        names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {statement.split()[5] for statement in SEARCH_INDEXES} <= names
    assert get_entity(copy, entity_id) == get_entity(kb_db, entity_id)
    assert search_facts(copy, subject=entity_id, sort="date") == search_facts(kb_db, subject=entity_id, sort="date")


def test_value_sort_by_the_kind_value_index_gives_the_same_rows(kb_db, tmp_path, monkeypatch):
    import sqlite3

    import kb.search
    from kb.search import add_search_indexes

    copy = tmp_path / "indexed.db"
    with sqlite3.connect(kb_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        add_search_indexes(target)
    expected = search_facts(kb_db, "亿元", kind="money", sort="value")
    monkeypatch.setattr(kb.search, "KIND_VALUE_MIN_MATCHES", 1)
    plans = []
    with sqlite3.connect(copy) as conn:
        conn.set_trace_callback(plans.append)
        indexed = search_facts(conn, "亿元", kind="money", sort="value")
    assert any("+f.id IN (SELECT rowid FROM facts_fts" in sql for sql in plans)  # the index path was taken
    assert indexed == expected and len(indexed["rows"]) >= 2 and all(row["score"] < 0 for row in indexed["rows"])


def test_a_title_match_outranks_the_same_words_in_the_text(kb_store, kb_path, kb_extraction):
    kb_store.write(kb_extraction("今年以来，各地推进绿色信贷，绿色信贷余额持续增长。本市也在推进。",
                                 [], [], doc="text.txt", meta={"title": "金融工作简报"}))
    kb_store.write(kb_extraction("今年以来，本市金融运行平稳，余额持续增长。",
                                 [], [], doc="title.txt", meta={"title": "本市绿色信贷余额增长"}))
    rows = list_documents(kb_path, "绿色信贷")["rows"]
    assert [row["title"] for row in rows] == ["本市绿色信贷余额增长", "金融工作简报"]
