"""Shared fixtures. Each helper adds its own fixtures here; none is removed or renamed."""
from __future__ import annotations

import pytest
from hypothesis import settings

# Timings depend on the machine's load and on models loading lazily in a first example;
# speed is measured in bench/, so property tests have no per-example deadline.
settings.register_profile("gongwen", deadline=None)
settings.load_profile("gongwen")


# ---------------------------------------------------------------- kb: knowledge base

def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in "。！？\n") if i != -1]
    return left, (min(rights) + 1 if rights else len(text))


def make_extraction(text: str, figures=(), entities=(), *, doc: str = "doc.txt", source: str | None = None,
                    meta: dict | None = None) -> dict:
    """A contract dict as ``extraction_to_dict`` makes it, from a text and short figure specs.

    A figure spec is a dict with at least ``text`` (found in ``text``), ``kind``, ``value``,
    ``unit``; metric/subject/time default to "". An entity spec needs ``text``, ``type``,
    ``canonical`` and optionally ``id``.
    """
    def locate(snippet: str, after: int = 0) -> tuple[int, int]:
        start = text.index(snippet, after)
        return start, start + len(snippet)

    out_figures = []
    cursor = 0
    for spec in figures:
        start, end = locate(spec["text"], cursor)
        cursor = end
        q_start, q_end = _sentence_span(text, start, end)
        out_figures.append({
            "text": spec["text"], "start": start, "end": end, "raw_start": start, "raw_end": end,
            "kind": spec["kind"], "value": spec["value"], "unit": spec["unit"],
            "comparator": spec.get("comparator", "="), "change": spec.get("change"),
            "metric": spec.get("metric", ""), "subject": spec.get("subject", ""),
            "subject_id": spec.get("subject_id", ""), "time": spec.get("time", ""),
            "damaged": spec.get("damaged", False), "rule": spec.get("rule", "test"),
            "rules": [spec.get("rule", "test")],
            "quote": text[q_start:q_end], "quote_start": q_start, "quote_end": q_end,
            "quote_raw_start": q_start, "quote_raw_end": q_end,
        })
    out_entities = []
    for spec in entities:
        start, end = locate(spec["text"])
        out_entities.append({
            "text": spec["text"], "start": start, "end": end, "raw_start": start, "raw_end": end,
            "type": spec["type"], "canonical": spec["canonical"],
            "id": spec.get("id", f"{spec['type']}:{spec['canonical']}"), "rule": "test",
        })
    return {
        "doc": doc, "source": source or doc, "meta": dict(meta or {}), "text": text, "raw": text,
        "damaged": [], "boilerplate": [], "figures": out_figures, "entities": out_entities, "problems": [],
    }


SHANGLUO_TEXT = (
    "近日,省工信厅发布第六批省级绿色制造名单,商洛市新增省级绿色工业园区1个、绿色工厂3家。"
    "商洛高新区入选省级绿色工业园区,填补了商洛绿色工业园区建设的空白。"
    "目前全市森林覆盖率达69.56%,生态产品总值(GEP)核算达3132亿元,碳汇总量280万吨。"
    "截至目前,全市绿色信贷余额206.86亿元。"
)


def shangluo_extraction(**overrides) -> dict:
    subject = {"subject": "商洛市", "subject_id": "place:商洛市"}
    figures = [
        {"text": "1个", "kind": "count", "value": 1, "unit": "个", "metric": "省级绿色工业园区", "time": "近日", **subject},
        {"text": "3家", "kind": "count", "value": 3, "unit": "家", "metric": "绿色工厂", "time": "近日", **subject},
        {"text": "69.56%", "kind": "percent", "value": 69.56, "unit": "%", "metric": "森林覆盖率", "time": "目前", **subject},
        {"text": "3132亿元", "kind": "money", "value": 313200000000, "unit": "元", "metric": "生态产品总值", "time": "目前", **subject},
        {"text": "280万吨", "kind": "quantity", "value": 2800000, "unit": "吨", "metric": "碳汇总量", "time": "目前", **subject},
        {"text": "206.86亿元", "kind": "money", "value": 20686000000, "unit": "元", "metric": "绿色信贷余额", "time": "截至目前", **subject},
    ]
    entities = [
        {"text": "商洛市", "type": "place", "canonical": "商洛市", "id": "place:商洛市"},
        {"text": "商洛高新区", "type": "park", "canonical": "商洛高新技术产业开发区", "id": "park:商洛高新技术产业开发区"},
    ]
    args = {"doc": "shangluo.txt", "meta": {"title": "商洛高新区入选省级绿色工业园区", "date": "2024-05-20"}}
    args.update(overrides)
    return make_extraction(SHANGLUO_TEXT, figures, entities, **args)


@pytest.fixture
def kb_extraction():
    """The ``make_extraction`` builder of hand-made contract dicts."""
    return make_extraction


@pytest.fixture
def shangluo():
    """A hand-made contract dict of the seed notice (商洛, 69.56%, 206.86亿元)."""
    return shangluo_extraction()


@pytest.fixture
def kb_path(tmp_path):
    """Path of a fresh knowledge base file (created by the first writer)."""
    return tmp_path / "kb.db"


@pytest.fixture
def kb_store(kb_path):
    """An open ``kb.store.Store`` on a fresh file."""
    from kb.store import Store

    store = Store(kb_path)
    yield store
    store.close()


# ---------------------------------------------------------------- golden files (lead)

def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite tests/golden/*.json from the current extractor instead of comparing",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))
