"""Safety: notice text is escaped everywhere, CSP, bounded pages, hostile queries never 5xx."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web_fixtures import *  # noqa: F401,F403
from web_fixtures import XSS

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def pages_with_the_notice(web_kb):
    fact = web_kb["xss_fact"]
    return [
        f"/documents/{web_kb['xss_id']}", f"/documents/{web_kb['xss_id']}?view=raw", f"/facts/{fact['id']}",
        "/?q=工业增加值", f"/?doc_id={web_kb['xss_id']}", "/entities", "/entities/organization:<script>",
        "/?q=" + XSS,
    ]


def test_notice_markup_is_shown_as_text(client, web_kb):
    for url in pages_with_the_notice(web_kb):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.get_data(as_text=True)
        assert XSS not in page, url
        assert "<img src=x" not in page, url
        assert "<b>数据</b>" not in page, url
        assert ESCAPED in page or "&lt;img src=x" in page, url
    document = client.get(f"/documents/{web_kb['xss_id']}").get_data(as_text=True)
    assert "javascript:" not in document  # the notice's url is not a link
    assert "&lt;b&gt;数据&lt;/b&gt;" in document


def test_the_only_scripts_are_static_files(client, web_kb):
    import re

    for url in pages_with_the_notice(web_kb):
        page = client.get(url).get_data(as_text=True)
        assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/site.js" defer>'], url
        assert " style=" not in page and " onclick=" not in page, url


def test_json_carries_the_markup_verbatim(client, web_kb):
    body = client.get(f"/api/documents/{web_kb['xss_id']}").get_json()
    assert XSS in body["document"]["text"]


def test_security_headers(client):
    for url in ("/", "/api/facts", "/nope", "/api/nope"):
        response = client.get(url)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "森*", "NEAR(森林 覆盖)", "森林 OR 覆盖", "AND", "NOT 森林", "-森林", "^森林", "森林:覆盖",
    "metric:森林", "(", ")", "{}", "' OR 1=1 --", "1; DROP TABLE facts; --", "%", "_", "\\", "\x00", "森林\x00覆盖",
    "😀", "\u200b", "﹣", "  ", "a" * 200, "206.86", "69.56%", "<script>", "&amp;", "森", "亿",
])
def test_hostile_queries_never_fail(client, query):
    for url in ("/", "/api/facts", "/api/entities", "/entities"):
        response = client.get(url, query_string={"q": query})
        assert response.status_code == 200, (url, query, response.data[:300])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40), sort=st.sampled_from(["relevance", "value", "date"]))
def test_any_query_text_gets_results_or_an_empty_page(client, query, sort):
    response = client.get("/api/facts", query_string={"q": query, "sort": sort})
    assert response.status_code == 200
    assert isinstance(response.get_json()["rows"], list)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=st.dictionaries(st.sampled_from(["kind", "subject", "metric", "doc_id", "year", "unit", "min", "max",
                                             "page", "per_page", "sort", "format", "duplicates", "view"]),
                            st.text(max_size=12), max_size=5))
def test_any_parameters_get_200_or_400(client, args):
    for url in ("/", "/api/facts"):
        response = client.get(url, query_string=args)
        assert response.status_code in (200, 400), (url, args, response.data[:300])


def test_page_sizes_are_bounded(client, app):
    assert client.get("/api/facts?per_page=100").status_code == 200
    assert client.get("/api/facts?per_page=101").status_code == 400
    assert client.get(f"/api/facts?page={app.config['MAX_PAGE'] + 1}").status_code == 400
    app.config["EXPORT_LIMIT"] = 3
    body = client.get("/api/facts?format=json").get_json()
    assert len(body["rows"]) == 3


def test_hostile_urls_are_404_not_500(client):
    for url in ("/facts/99999999999999999999999999", "/facts/%00", "/documents/" + "a" * 5000,
                "/entities/" + "x" * 5000, "/api/facts/-1", "/api/documents/%27%20OR%201=1"):
        assert client.get(url).status_code == 404, url
