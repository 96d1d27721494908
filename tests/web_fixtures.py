"""Fixtures of the web tests: a small knowledge base, the app, its test client and CLI runner.

Import them into a test module with ``from web_fixtures import *``. The knowledge base
holds the seed notice (real extraction; 森林覆盖率 69.56%, 绿色信贷余额 206.86亿元, the
damaged 40万千瓦时), a second notice that disagrees about the forest cover, and a notice
full of markup (``<script>alert(1)</script>``) that must only ever appear as text.
"""
from __future__ import annotations

from pathlib import Path

import pytest


__all__ = ["web_db", "web_kb", "app", "client", "runner", "SEED", "SEED_TITLE", "SEED_DATE", "XSS"]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_97ed398c94ac0590.txt"
SEED_TITLE = "商洛高新区入选省级绿色工业园区"
SEED_DATE = "2024-05-20"
XSS = "<script>alert(1)</script>"


def make_extraction(text: str, figures=(), entities=(), *, doc: str, source: str, meta: dict) -> dict:
    """A contract dict (as ``extraction_to_dict`` makes it) from a text and short figure/entity specs."""
    out_figures, cursor = [], 0
    for spec in figures:
        start = text.index(spec["text"], cursor)
        end = cursor = start + len(spec["text"])
        q_start = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
        ends = [i for i in (text.find(mark, end) for mark in "。！？\n") if i != -1]
        q_end = min(ends) + 1 if ends else len(text)
        out_figures.append({
            "text": spec["text"], "start": start, "end": end, "raw_start": start, "raw_end": end,
            "kind": spec["kind"], "value": spec["value"], "unit": spec["unit"], "comparator": "=",
            "change": spec.get("change"), "metric": spec.get("metric", ""), "subject": spec.get("subject", ""),
            "subject_id": spec.get("subject_id", ""), "time": spec.get("time", ""),
            "damaged": spec.get("damaged", False), "rule": "test", "rules": ["test"],
            "quote": text[q_start:q_end], "quote_start": q_start, "quote_end": q_end,
            "quote_raw_start": q_start, "quote_raw_end": q_end,
        })
    out_entities = []
    for spec in entities:
        start = text.index(spec["text"])
        out_entities.append({
            "text": spec["text"], "start": start, "end": start + len(spec["text"]), "raw_start": start,
            "raw_end": start + len(spec["text"]), "type": spec["type"], "canonical": spec["canonical"],
            "id": spec["id"], "rule": "test",
        })
    return {"doc": doc, "source": source, "meta": dict(meta), "text": text, "raw": text, "damaged": [],
            "boilerplate": [], "figures": out_figures, "entities": out_entities, "problems": []}


def _fallback_seed() -> dict:
    text = ("近日,省工信厅发布第六批省级绿色制造名单。目前全市森林覆盖率达69.56%,碳汇总量280万吨。\n"
            "抽水蓄能装机容量领跑全?(40万千瓦时)。截至目前,全市绿色信贷余额达206.86亿元。")
    subject = {"subject": "商洛市", "subject_id": "place:611000", "time": "目前"}
    extraction = make_extraction(text, [
        {"text": "69.56%", "kind": "percent", "value": 69.56, "unit": "%", "metric": "森林覆盖率", **subject},
        {"text": "280万吨", "kind": "quantity", "value": 2800000, "unit": "吨", "metric": "碳汇总量", **subject},
        {"text": "40万千瓦时", "kind": "quantity", "value": 400000, "unit": "千瓦时", "damaged": True, **subject},
        {"text": "206.86亿元", "kind": "money", "value": 20686000000, "unit": "元", "metric": "绿色信贷余额", **subject},
    ], [{"text": "商洛", "type": "place", "canonical": "商洛市", "id": "place:611000"}],
        doc=SEED.name, source=str(SEED), meta={})
    lost = text.index("?")
    extraction["damaged"] = [[lost, lost + 1]]
    return extraction


def seed_extraction() -> dict:
    """The seed notice through the real pipeline; the hand-made contract dict if the pipeline is broken."""
    try:
        from extractor.contract import extraction_to_dict
        from extractor.pipeline import extract_path

        extraction = extraction_to_dict(extract_path(str(SEED)))
        assert any(f["text"] == "69.56%" for f in extraction["figures"])
    except Exception:  # the extractor is being changed in parallel; the web tests test the web
        extraction = _fallback_seed()
    meta = extraction.setdefault("meta", {})
    meta.setdefault("title", SEED_TITLE)
    if not meta.get("title"):
        meta["title"] = SEED_TITLE
    if not meta.get("date"):
        meta["date"] = SEED_DATE
    return extraction


def conflicting_extraction(forest: dict, date: str) -> dict:
    """Another notice giving 70.1% for the seed's forest cover (same subject, metric, time and date)."""
    text = f"据市林业局消息，{forest['time'] or '目前'}{forest['subject']}森林覆盖率为70.1%，较上年有所提高。"
    return make_extraction(
        text,
        [{"text": "70.1%", "kind": "percent", "value": 70.1, "unit": "%", "metric": forest["metric"],
          "subject": forest["subject"], "subject_id": forest["subject_id"], "time": forest["time"]}],
        [],
        doc="forest-bureau.txt", source="web-tests/forest-bureau.txt",
        meta={"title": "市林业局：森林覆盖率稳步提高", "date": date, "url": "https://example.gov.cn/forest/1.html"},
    )


def xss_extraction() -> dict:
    text = (f"关于{XSS}开展“<b>数据</b>”核查的通知\n"
            f"本市{XSS}工业增加值增长5.2%，其中\"高技术\"产业增加值达到12亿元。\n"
            "查询 ' OR 1=1 -- 不是语法。")
    return make_extraction(
        text,
        [{"text": "5.2%", "kind": "percent", "value": 5.2, "unit": "%", "metric": f"工业增加值{XSS}",
          "subject": f"<img src=x onerror=alert(2)>", "subject_id": "place:<img>", "time": "2024年"},
         {"text": "12亿元", "kind": "money", "value": 1200000000, "unit": "元", "metric": "\"高技术\"产业增加值",
          "subject": "本市", "time": "2024年"}],
        [{"text": XSS, "type": "organization", "canonical": f"{XSS}委员会", "id": "organization:<script>"}],
        doc="xss.txt", source="web-tests/xss.txt",
        meta={"title": f"{XSS}通知", "date": "2024-06-01", "url": "javascript:alert(3)"},
    )


def build_web_kb(path: Path) -> dict:
    """Write the three notices into a new knowledge base at ``path``; return ids worth knowing."""
    from kb.store import Store

    seed = seed_extraction()
    forest = next(f for f in seed["figures"] if f["text"] == "69.56%")
    with Store(path) as store:
        seed_id = store.write(seed).doc_id
        other_id = store.write(conflicting_extraction(forest, seed["meta"]["date"])).doc_id
        xss_id = store.write(xss_extraction()).doc_id
    from kb.search import facts_for_document

    facts = {f["text"]: f for f in facts_for_document(str(path), seed_id)}
    other = facts_for_document(str(path), other_id)[0]
    xss_facts = facts_for_document(str(path), xss_id)
    return {
        "path": path, "seed_id": seed_id, "other_id": other_id, "xss_id": xss_id,
        "forest": facts["69.56%"], "credit": facts["206.86亿元"],
        "damaged": next((f for f in facts.values() if f["damaged"]), None),
        "other": other, "xss_fact": xss_facts[0],
    }


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory) -> dict:
    """A knowledge base shared by the web tests (read-only: the site never writes)."""
    return build_web_kb(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture
def web_db(web_kb) -> Path:
    return web_kb["path"]


@pytest.fixture
def app(web_kb):
    from web import create_app

    return create_app({"TESTING": True, "DATABASE": str(web_kb["path"]), "SERVER_NAME": "gongwen.test"})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
