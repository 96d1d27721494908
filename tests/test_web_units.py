"""Pure helpers of the web package: citations, value formatting, highlighting, and `kb serve`."""
from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from web import citation, render
from web_fixtures import *  # noqa: F401,F403

FACT = {
    "id": 3, "text": "69.56%", "value": 69.56, "unit": "%", "kind": "percent", "metric": "森林覆盖率",
    "subject": "商洛市", "time": "目前", "damaged": False, "quote": "目前全市森林覆盖率达69.56%,生态产品总值。",
    "start": 20, "end": 26, "quote_start": 10, "quote_end": 32, "doc_title": "商洛高新区入选省级绿色工业园区",
    "doc_date": "2024-05-20", "doc_url": "https://www.example.gov.cn/a/1.html", "doc_name": "a.txt",
}


def test_plain_citation():
    text = citation.plain(FACT, "https://kb.example/facts/3")
    assert text.startswith("商洛市森林覆盖率（目前）：69.56%。")
    assert "《商洛高新区入选省级绿色工业园区》，www.example.gov.cn，2024-05-20。" in text
    assert "原文链接：https://www.example.gov.cn/a/1.html" in text
    assert text.endswith("数据链接：https://kb.example/facts/3")


def test_gbt7714_citation():
    text = citation.gbt7714(FACT, "https://kb.example/facts/3", today=dt.date(2025, 1, 2))
    assert text == ("商洛高新区入选省级绿色工业园区[EB/OL]. www.example.gov.cn, (2024-05-20)[2025-01-02]. "
                    "https://www.example.gov.cn/a/1.html. 数据: https://kb.example/facts/3.")
    bare = dict(FACT, doc_url=None, doc_date=None, doc_title=None)
    text = citation.gbt7714(bare, "https://kb.example/facts/3", today=dt.date(2025, 1, 2))
    assert text == "a.txt[EB/OL]. a.txt, (出版日期不详)[2025-01-02]. https://kb.example/facts/3."


def test_damaged_citation_warns():
    damaged = dict(FACT, damaged=True)
    assert citation.plain(damaged, "p").startswith(citation.DAMAGED_NOTE)
    assert citation.gbt7714(damaged, "p").startswith(citation.DAMAGED_NOTE)


def test_format_value():
    assert render.format_value(20686000000, "元") == "206.86亿元"
    assert render.format_value(2800000, "吨") == "280万吨"
    assert render.format_value(69.56, "%") == "69.56%"
    assert render.format_value(3, "家") == "3家"
    assert render.format_value(None, "元") == ""
    assert render.value_note({"text": "280万吨", "value": 2800000, "unit": "吨"}) == "= 2,800,000吨"
    assert render.value_note({"text": "69.56%", "value": 69.56, "unit": "%"}) == ""


def test_highlight_quote_escapes_each_piece():
    fact = dict(FACT, quote="<b>森林</b>达69.56%", start=19, end=25, quote_start=10)
    out = render.highlight_quote(fact)
    assert isinstance(out, Markup)
    assert str(out) == '&lt;b&gt;森林&lt;/b&gt;达<mark class="fig">69.56%</mark>'
    wrong_offsets = dict(fact, start=0, end=3)
    assert '<mark class="fig">69.56%</mark>' in str(render.highlight_quote(wrong_offsets))
    assert "fig-damaged" in str(render.highlight_quote(dict(fact, damaged=True)))


def test_highlight_text_spans(app):
    text = "甲<i>乙\n商洛市森林覆盖率69.56%。"
    facts = [{"id": 7, "start": 14, "end": 20, "raw_start": 14, "raw_end": 20, "metric": "森林覆盖率",
              "kind": "percent", "value": 69.56, "unit": "%", "damaged": False}]
    mentions = [{"entity_id": "place:1", "start": 6, "end": 9, "raw_start": 6, "raw_end": 9, "type": "place",
                 "entity_name": "商洛市"},
                {"entity_id": "x", "start": 15, "end": 17, "type": "place"}]  # overlaps the figure: dropped
    with app.test_request_context():
        out = str(render.highlight_text(text, facts, mentions, [(0, 1)], focus=7))
        raw = str(render.highlight_text(text, facts, mentions, raw=True))
    assert out.startswith('<p><span class="lost"') and "&lt;i&gt;" in out and "</p>\n<p>" in out
    assert '<a class="fig focus" id="fact-7" href="/facts/7"' in out
    assert out.count('class="ent') == 1
    assert "</p>" not in raw and "\n" in raw


def test_kb_serve_runs_waitress(web_db, monkeypatch):
    import waitress
    from click.testing import CliRunner

    from kb.cli import cli

    served = {}
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--port", "8123", "--public-url", "https://x.org"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 8123 and served["host"] == "127.0.0.1"
    assert served["app"].config["PUBLIC_URL"] == "https://x.org"
    assert served["app"].test_client().get("/api/facts").status_code == 200


def test_kb_serve_refuses_a_missing_file(tmp_path):
    from click.testing import CliRunner

    from kb.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no knowledge base" in result.output


def test_page_cache_hits_and_sees_a_new_ingest(tmp_path):
    from kb.store import Store
    from web import create_app
    from web_fixtures import make_extraction

    path = tmp_path / "kb.db"
    notice = "今年全市粮食产量达到120万吨。"
    with Store(path) as store:
        store.write(make_extraction(notice, [{"text": "120万吨", "kind": "quantity", "value": 1200000, "unit": "吨"}],
                                    doc="a.txt", source="a.txt", meta={"title": "粮食", "date": "2024-01-01"}))
    client = create_app({"DATABASE": str(path)}).test_client()
    first = client.get("/api/facts")
    assert first.get_json()["total"] == 1 and "X-Cache" not in first.headers
    again = client.get("/api/facts")
    assert again.headers["X-Cache"] == "hit" and again.get_json() == first.get_json()
    with Store(path) as store:
        store.write(make_extraction("全市森林覆盖率达到45%。", [{"text": "45%", "kind": "percent", "value": 45, "unit": "%"}],
                                    doc="b.txt", source="b.txt", meta={"title": "森林", "date": "2024-02-01"}))
    assert client.get("/api/facts").get_json()["total"] == 2


def test_fast_url_builders_match_url_for(app):
    from flask import url_for

    from web import urls

    values = [3, "12", "place:611000", "firm:fdd36066eb62", "商洛市", "a/b c", "x%y?z#w&v=1", "'quote'+@!$;"]
    for script_root in ("", "/kb"):
        with app.test_request_context("/", base_url=f"https://kb.example{script_root}/"):
            for value in values:
                assert urls.fact_url(value) == url_for("pages.fact", fact_id=value)
                assert urls.fact_url(value, external=True) == url_for("pages.fact", fact_id=value, _external=True)
                assert urls.api_fact_url(value, external=True) == url_for("api.fact", fact_id=value, _external=True)
                assert urls.entity_url(value) == url_for("pages.entity", entity_id=value)
                assert urls.document_url(value) == url_for("pages.document", doc_id=value)
                assert urls.document_url(value, 7, external=True) == url_for(
                    "pages.document", doc_id=value, fact=7, _external=True)


def test_page_cache_hit_is_the_same_response_with_security_headers(web_db):
    from web import create_app

    client = create_app({"DATABASE": str(web_db)}).test_client()
    for path in ("/", "/?q=%E6%A3%AE%E6%9E%97&sort=value", "/api/facts?per_page=5"):
        first = client.get(path)
        again = client.get(path)
        assert first.status_code == again.status_code == 200
        assert "X-Cache" not in first.headers and again.headers["X-Cache"] == "hit"
        assert again.data == first.data
        for name in ("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                     "Referrer-Policy"):
            assert again.headers[name] == first.headers[name]
    # another host, query or method is another entry; errors and HEAD are never cached
    assert "X-Cache" not in client.get("/", base_url="http://other.example").headers
    assert "X-Cache" not in client.get("/?q=x").headers
    assert "X-Cache" not in client.head("/").headers
    for _ in range(2):
        assert "X-Cache" not in client.get("/facts/999999").headers


def test_entity_page_draws_only_the_latest_points_of_a_long_series(app, monkeypatch):
    from web import pages, service

    points = [{"id": n, "metric": "森林覆盖率", "unit": "%", "kind": "percent", "value": 60 + n / 10, "text": f"{60 + n / 10}%",
               "time": "", "year": 1990 + n, "damaged": False, "change": "", "doc_id": f"d{n}",
               "doc_title": f"文件{n}", "doc_date": f"{1990 + n}-01-01"} for n in range(30)]
    series = [{"metric": "森林覆盖率", "unit": "%", "change": False, "points": points, "max": 63}]
    monkeypatch.setattr(service, "entity_series", lambda entity_id, limit=2000: series)
    monkeypatch.setattr(service, "get_entity", lambda entity_id: {
        "id": entity_id, "name": "测试市", "type": "place", "division_code": None, "aliases": [],
        "mention_count": 1, "document_count": 1, "fact_count": 30})
    page = app.test_client().get("/entities/place:000001").get_data(as_text=True)
    assert f"共 30 个数据点，显示最近 {pages.SERIES_POINTS} 个" in page
    assert 'href="/facts/29"' in page and 'href="/facts/5"' not in page


def test_connection_is_reused_and_sees_new_ingests_and_replaced_files(tmp_path):
    import shutil
    from pathlib import Path

    from kb.store import Store
    from web import create_app
    from web.db import get_db
    from web_fixtures import make_extraction

    def write(path, text, figure, doc):
        with Store(path) as store:
            store.write(make_extraction(text, [figure], doc=doc, source=doc, meta={"title": doc, "date": "2024-01-01"}))

    grain = {"text": "120万吨", "kind": "quantity", "value": 1200000, "unit": "吨"}
    forest = {"text": "45%", "kind": "percent", "value": 45, "unit": "%"}
    path = tmp_path / "kb.db"
    write(path, "今年全市粮食产量达到120万吨。", grain, "a.txt")
    app = create_app({"DATABASE": str(path), "CACHE_SIZE": 0, "PAGE_CACHE_SIZE": 0})
    client = app.test_client()
    assert client.get("/api/facts").get_json()["total"] == 1
    with app.app_context():
        first = get_db()
    with app.app_context():
        assert get_db() is first  # reused by the next request of this thread
    write(path, "全市森林覆盖率达到45%。", forest, "b.txt")  # no read snapshot blocks or hides it
    assert client.get("/api/facts").get_json()["total"] == 2
    other = tmp_path / "other.db"
    write(other, "全市森林覆盖率达到46%。", dict(forest, text="46%", value=46), "c.txt")
    for suffix in ("", "-wal", "-shm"):  # a file replaced with its WAL, as any SQLite file must be
        Path(str(path) + suffix).unlink(missing_ok=True)
    assert client.get("/api/facts").status_code == 503
    shutil.copy(other, path)
    assert client.get("/api/facts").get_json()["rows"][0]["text"] == "46%"
    with app.app_context():
        assert get_db() is not first


def test_kb_serve_workers_run_gunicorn(web_db, monkeypatch):
    from click.testing import CliRunner

    import web.server
    from kb.cli import cli

    served = {}
    monkeypatch.setattr(web.server, "gunicorn_available", lambda: True)
    monkeypatch.setattr(web.server, "run_gunicorn", lambda app, **kw: served.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--workers", "2", "--threads", "4"])
    assert result.exit_code == 0, result.output
    assert (served["workers"], served["threads"], served["port"]) == (2, 4, 8000)
    assert served["app"].test_client().get("/api/facts").status_code == 200
    options = web.server.gunicorn_options(host="::1", port=9, workers=2, threads=4)
    assert options["bind"] == "[::1]:9" and options["worker_class"] == "gthread"


def test_kb_serve_falls_back_to_waitress_without_gunicorn(web_db, monkeypatch):
    import waitress
    from click.testing import CliRunner

    import web.server
    from kb.cli import cli

    served = {}
    monkeypatch.setattr(web.server, "gunicorn_available", lambda: False)
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--workers", "3"])
    assert result.exit_code == 0, result.output
    assert served["threads"] == 8 and "gunicorn is not available" in result.output


# The fact_card macro as it was before web/cards.py built the card in Python: the reference,
# over the live helper macros (a change to them must show in the Python card too).
_REFERENCE_CARD_MACROS = """{% from "_macros.html" import damaged_badge, cite_box, fact_meta %}
{% macro fact_card(fact, conflicts=0) -%}
<article class="card fact-card{% if fact.damaged %} is-damaged{% endif %}" data-fact-id="{{ fact.id }}">
  <div class="card-figure">
    <a class="figure{% if fact.damaged %} figure-damaged{% endif %}" href="{{ fact_url(fact.id) }}">{{ fact.text }}</a>
    {% set note = fact|value_note %}{% if note or fact.change %}<div class="figure-value">{{ note }}{% if fact.change %}{% if note %} · {% endif %}{{ CHANGE_LABELS.get(fact.change, fact.change) }}{% endif %}</div>{% endif %}
    {{ damaged_badge(fact) }}
    {% if conflicts %}<a class="badge badge-conflict" href="{{ fact_url(fact.id) }}#conflicts">{{ conflicts }} 处其他来源数值不同</a>{% endif %}
  </div>
  <div class="card-body">
    {{ fact_meta(fact) }}
    <blockquote class="quote">{{ fact|highlight_quote }}</blockquote>
    <div class="card-source">
      <a class="doc-link" href="{{ document_url(fact.doc_id, fact.id) }}#fact-{{ fact.id }}">《{{ fact.doc_title or fact.doc_name }}》</a>
      {% if fact.doc_date %}<span class="muted">{{ fact.doc_date }}</span>{% endif %}
    </div>
    <div class="card-actions">
      <a class="btn btn-ghost" href="{{ fact_url(fact.id) }}">详情</a>
      <a class="btn btn-ghost" href="{{ document_url(fact.doc_id, fact.id) }}#fact-{{ fact.id }}">查看原文</a>
      {{ cite_box(fact) }}
      <a class="btn btn-ghost" href="{{ api_fact_url(fact.id) }}">JSON</a>
    </div>
  </div>
</article>
{%- endmacro %}
"""


def test_python_fact_card_is_the_macro_it_replaced(app, web_kb):
    from kb.search import search_facts
    from web import cards

    template = app.jinja_env.from_string(_REFERENCE_CARD_MACROS + "{{ fact_card(fact, n) }}")
    rows = search_facts(web_kb["path"], per_page=500)["rows"]
    assert any(row["damaged"] for row in rows) and any(row["change"] for row in rows)
    with app.test_request_context("/?q=x"):
        for number, row in enumerate(rows):
            for conflicts in (0, number % 3):
                expected = template.render(fact=row, n=conflicts).lstrip("\n")
                assert str(cards.fact_card(row, conflicts)) == expected
        odd = dict(rows[0], doc_title=None, doc_date=None, metric="a&b <i>", subject="<s>", subject_id=None,
                   time="", change="weird", quote="")
        assert str(cards.fact_card(odd, 1)) == template.render(fact=odd, n=1).lstrip("\n")
