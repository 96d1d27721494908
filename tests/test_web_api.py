"""The JSON API: facts, entities, documents, exports, OpenAPI, and its one error shape."""
from __future__ import annotations

import csv
import io
import json

import pytest

from web_fixtures import *  # noqa: F401,F403
from web_fixtures import SEED_TITLE


def ok(response) -> dict:
    assert response.status_code == 200, response.data[:500]
    assert response.mimetype == "application/json"
    return response.get_json()


def test_api_index_and_openapi(client):
    index = ok(client.get("/api"))
    assert index["stats"]["documents"] == 3
    spec = ok(client.get("/api/openapi.json"))
    assert spec["openapi"].startswith("3.")
    assert {"/facts", "/facts/{id}", "/entities", "/entities/{id}", "/documents/{id}"} <= set(spec["paths"])
    assert spec["components"]["schemas"]["Error"]["properties"]["error"]["required"] == ["status", "code", "message"]


def test_facts_search(client, web_kb):
    body = ok(client.get("/api/facts?q=森林覆盖率"))
    ids = [row["id"] for row in body["rows"]]
    assert web_kb["forest"]["id"] in ids
    row = next(r for r in body["rows"] if r["id"] == web_kb["forest"]["id"])
    assert row["text"] == "69.56%" and row["value"] == 69.56 and row["unit"] == "%"
    assert row["damaged"] is False
    assert row["permalink"] == f"http://gongwen.test/facts/{row['id']}"
    assert row["api_url"].endswith(f"/api/facts/{row['id']}")
    assert body["total"] == len(ids) and body["pages"] == 1
    assert set(body["facets"]) == {"kind", "subject", "metric", "doc_id", "year", "unit"}
    for field in ("start", "end", "raw_start", "raw_end", "quote", "quote_start", "quote_end", "doc_title", "key"):
        assert field in row


def test_facts_filters_and_paging(client, web_kb):
    body = ok(client.get("/api/facts?kind=money&sort=value&per_page=2"))
    assert all(row["kind"] == "money" for row in body["rows"])
    values = [row["value"] for row in body["rows"]]
    assert values == sorted(values, reverse=True)
    assert body["links"]["next"] and body["links"]["prev"] is None
    second = ok(client.get(body["links"]["next"]))
    assert second["page"] == 2 and second["links"]["prev"]
    assert {r["id"] for r in second["rows"]}.isdisjoint(r["id"] for r in body["rows"])
    ranged = ok(client.get("/api/facts?min=69.5&max=69.6"))
    assert [r["text"] for r in ranged["rows"]] == ["69.56%"]
    by_doc = ok(client.get(f"/api/facts?doc_id={web_kb['other_id']}"))
    assert [r["text"] for r in by_doc["rows"]] == ["70.1%"]
    by_subject = ok(client.get(f"/api/facts?subject={web_kb['forest']['subject_id']}&metric=森林覆盖率"))
    assert {r["text"] for r in by_subject["rows"]} == {"69.56%", "70.1%"}
    assert ok(client.get("/api/facts?year=2024&unit=%"))["total"] >= 1


def test_fact_detail_with_citation_and_conflicts(client, web_kb):
    forest = web_kb["forest"]
    body = ok(client.get(f"/api/facts/{forest['id']}"))
    assert body["fact"]["text"] == "69.56%"
    assert [c["text"] for c in body["conflicts"]] == ["70.1%"]
    assert SEED_TITLE in body["citation"]["plain"] and body["citation"]["permalink"] in body["citation"]["plain"]
    assert body["citation"]["gbt7714"].startswith(f"{SEED_TITLE}[EB/OL]")
    assert ok(client.get(f"/api/facts/{forest['key']}"))["fact"]["id"] == forest["id"]


def test_damaged_fact_in_the_api(client, web_kb):
    body = ok(client.get(f"/api/facts/{web_kb['damaged']['id']}"))
    assert body["fact"]["damaged"] is True
    assert "字符丢失" in body["citation"]["plain"]


def test_entities(client, web_kb):
    subject_id = web_kb["forest"]["subject_id"]
    body = ok(client.get("/api/entities?per_page=100"))
    assert subject_id in [row["id"] for row in body["rows"]]
    entity = ok(client.get(f"/api/entities/{subject_id}"))
    assert entity["entity"]["id"] == subject_id and "aliases" in entity["entity"]
    assert web_kb["forest"]["id"] in [f["id"] for f in entity["facts"]["rows"]]
    forest_series = [s for s in entity["series"] if s["metric"] == "森林覆盖率"]
    assert forest_series and {p["text"] for p in forest_series[0]["points"]} >= {"69.56%", "70.1%"}
    assert ok(client.get("/api/entities?q=商洛&type=place"))["total"] >= 0


def test_document(client, web_kb):
    body = ok(client.get(f"/api/documents/{web_kb['seed_id']}"))
    doc = body["document"]
    assert doc["id"] == web_kb["seed_id"] and doc["text"] and doc["raw"]
    forest = next(f for f in body["facts"] if f["id"] == web_kb["forest"]["id"])
    assert doc["text"][forest["start"]:forest["end"]] == "69.56%"
    assert doc["raw"][forest["raw_start"]:forest["raw_end"]] == "69.56%"
    assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in body["mentions"])


def test_csv_export(client, web_kb):
    response = client.get("/api/facts?q=森林覆盖率&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert "69.56%" in [row["text"] for row in rows]
    assert rows[0]["permalink"].startswith("http://gongwen.test/facts/")


def test_csv_export_defuses_formulas(client, web_kb):
    response = client.get(f"/api/facts?doc_id={web_kb['xss_id']}&format=csv")
    text = response.get_data(as_text=True)
    assert "\n=" not in text and ",=" not in text


def test_json_export_is_the_whole_search(client):
    response = client.get("/api/facts?format=json&per_page=1")
    assert "attachment" in response.headers["Content-Disposition"]
    body = json.loads(response.get_data(as_text=True))
    assert body["total"] == len(body["rows"]) > 1


# ---------------------------------------------------------------- errors: one shape

def test_error_shape_is_pinned(client):
    response = client.get("/api/facts/999999")
    assert response.status_code == 404
    assert response.get_json() == {"error": {"status": 404, "code": "not_found", "message": "没有编号为 999999 的数据"}}


@pytest.mark.parametrize("url,status,code", [
    ("/api/nope", 404, "not_found"),
    ("/api/facts/abc", 404, "not_found"),
    ("/api/entities/place:nowhere", 404, "not_found"),
    ("/api/documents/nope", 404, "not_found"),
    ("/api/facts?page=0", 400, "invalid_parameter"),
    ("/api/facts?per_page=101", 400, "invalid_parameter"),
    ("/api/facts?min=x", 400, "invalid_parameter"),
    ("/api/facts?max=nan", 400, "invalid_parameter"),
    ("/api/facts?year=20x4", 400, "invalid_parameter"),
    ("/api/facts?sort=worst", 400, "invalid_parameter"),
    ("/api/facts?format=xml", 400, "invalid_parameter"),
    ("/api/entities?page=-1", 400, "invalid_parameter"),
    ("/api/entities?q=" + "x" * 201, 400, "invalid_parameter"),
])
def test_every_error_has_the_same_shape(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == status and error["code"] == code and error["message"]


def test_method_not_allowed_is_json(client):
    response = client.delete("/api/facts")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"


def test_unexpected_error_is_json_500(app, client, monkeypatch):
    from web import service

    def boom(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(service, "stats", boom)
    response = client.get("/api")
    assert response.status_code == 500
    assert response.get_json() == {"error": {"status": 500, "code": "internal_error", "message": "服务器出错了"}}


def test_missing_database_is_json_503(tmp_path):
    from web import create_app

    response = create_app({"DATABASE": str(tmp_path / "none.db")}).test_client().get("/api/facts")
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "unavailable"


def test_filtered_totals_past_the_count_limit_are_flagged(client, monkeypatch):
    import kb.search

    body = ok(client.get("/api/facts?q=森林覆盖率&kind=percent"))
    assert body["total"] >= 2 and body["total_capped"] is False
    monkeypatch.setattr(kb.search, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(kb.search, "COUNT_LIMIT", 1)
    capped = ok(client.get("/api/facts?q=森林覆盖率&kind=percent&per_page=1"))
    assert (capped["total"], capped["total_capped"], len(capped["rows"])) == (1, True, 1)
