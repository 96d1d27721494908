"""The Chinese pages through Flask's test client: search, facets, filters, fact, document, entity."""
from __future__ import annotations

import re

import pytest

from web_fixtures import *  # noqa: F401,F403
from web_fixtures import SEED_DATE, SEED_TITLE


def html(response) -> str:
    assert response.status_code == 200, response.data[:500]
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def card_ids(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-fact-id="(\d+)"', page)]


def test_create_app_takes_test_config(app, web_db):
    assert app.config["DATABASE"] == str(web_db)
    assert app.testing
    assert {"pages", "api"} <= set(app.blueprints)


def test_home_lists_facts_with_stats_and_facets(client):
    page = html(client.get("/"))
    assert "知识库收录" in page
    assert card_ids(page)
    for label in ("类型", "主体", "指标", "年份", "文件"):
        assert f"<h3>{label}</h3>" in page


def test_search_finds_the_forest_cover_card(client, web_kb):
    page = html(client.get("/", query_string={"q": "森林覆盖率"}))
    forest = web_kb["forest"]
    assert forest["id"] in card_ids(page)
    assert '<mark class="fig">69.56%</mark>' in page
    assert f'href="/documents/{web_kb["seed_id"]}?fact={forest["id"]}#fact-{forest["id"]}"' in page
    assert f"《{SEED_TITLE}》" in page


def test_search_in_traditional_script(client, web_kb):
    assert web_kb["forest"]["id"] in card_ids(html(client.get("/?q=森林覆蓋率")))


def test_search_nothing_found(client):
    page = html(client.get("/?q=没有这种指标"))
    assert "没有找到匹配的数据" in page
    assert card_ids(page) == []


@pytest.mark.parametrize("name,value_key", [("kind", "kind"), ("metric", "metric"), ("subject", "subject_id"),
                                            ("doc_id", "doc_id"), ("year", "year"), ("unit", "unit")])
def test_each_filter_narrows_the_results(client, web_kb, name, value_key):
    forest = web_kb["forest"]
    value = forest[value_key] or forest.get("subject")
    if value is None:
        pytest.skip(f"the seed's forest cover has no {value_key}")
    page = html(client.get("/", query_string={name: value}))
    ids = card_ids(page)
    assert ids
    assert 'class="chip"' in page  # the active filter, removable
    from kb.search import get_fact

    for fact_id in ids:
        row = get_fact(str(web_kb["path"]), fact_id)
        if name == "subject":
            assert value in (row["subject_id"], row["subject"])
        else:
            assert str(row[name]) == str(value)


def test_facet_links_add_and_remove_a_filter(client):
    page = html(client.get("/?q=森林覆盖率"))
    assert re.search(r'href="/\?q=%E6%A3%AE%E6%9E%97%E8%A6%86%E7%9B%96%E7%8E%87&amp;kind=percent"', page)
    filtered = html(client.get("/?q=森林覆盖率&kind=percent"))
    assert 'class="selected"' in filtered
    assert 'href="/?q=%E6%A3%AE%E6%9E%97%E8%A6%86%E7%9B%96%E7%8E%87"' in filtered  # remove the filter


def test_value_range_filter(client, web_kb):
    ids = card_ids(html(client.get("/?min=69&max=70&per_page=100")))
    assert web_kb["forest"]["id"] in ids
    assert web_kb["credit"]["id"] not in ids
    ids = card_ids(html(client.get("/?min=1e10&kind=money&per_page=100")))
    assert web_kb["credit"]["id"] in ids


def test_sort_by_value_and_date(client):
    page = html(client.get("/?kind=percent&sort=value&per_page=100"))
    values = [float(v.rstrip("%")) for v in re.findall(r'class="figure"[^>]*>([\d.]+)%<', page)]
    assert values == sorted(values, reverse=True) and len(values) > 2
    assert html(client.get("/?sort=date"))


def test_pagination(client):
    first = card_ids(html(client.get("/?per_page=5")))
    second_page = html(client.get("/?per_page=5&page=2"))
    assert len(first) == 5
    assert set(first).isdisjoint(card_ids(second_page))
    assert 'rel="prev"' in second_page and 'aria-current="page">2<' in second_page


def test_fact_permalink_page(client, web_kb):
    forest = web_kb["forest"]
    page = html(client.get(f"/facts/{forest['id']}"))
    assert 'class="figure figure-xl">69.56%<' in page
    assert "森林覆盖率" in page and forest["subject"] in page
    assert '<mark class="fig">69.56%</mark>' in page
    assert f"http://gongwen.test/facts/{forest['id']}" in page  # the permalink in the citation
    assert "GB/T 7714" in page and "[EB/OL]" in page
    assert f'href="/api/facts/{forest["id"]}"' in page
    assert 'data-copy="' in page


def test_fact_by_citation_key(client, web_kb):
    page = html(client.get(f"/facts/{web_kb['forest']['key']}"))
    assert "69.56%" in page


def test_disagreeing_facts_are_shown_beside(client, web_kb):
    page = html(client.get(f"/facts/{web_kb['forest']['id']}"))
    conflicts = page[page.index('id="conflicts"'):]
    assert "70.1%" in conflicts and "市林业局" in conflicts
    search = html(client.get("/?q=森林覆盖率"))
    assert "处其他来源数值不同" in search


def test_damaged_figure_is_never_shown_as_sound(client, web_kb):
    damaged = web_kb["damaged"]
    page = html(client.get(f"/facts/{damaged['id']}"))
    assert "数字受损" in page and "figure-damaged" in page and "is-damaged" in page
    assert "字符丢失" in page  # the citation warns too
    document = html(client.get(f"/documents/{web_kb['seed_id']}"))
    assert re.search(rf'class="fig fig-damaged" id="fact-{damaged["id"]}"', document)
    cards = html(client.get("/", query_string={"doc_id": web_kb["seed_id"], "per_page": 100}))
    card = cards[cards.index(f'data-fact-id="{damaged["id"]}"'):]
    card = card[:card.index("</article>")]
    assert "数字受损" in card


def test_document_page_highlights_figures_and_entities(client, web_kb):
    forest = web_kb["forest"]
    page = html(client.get(f"/documents/{web_kb['seed_id']}?fact={forest['id']}"))
    assert re.search(rf'<a class="fig focus" id="fact-{forest["id"]}" href="/facts/{forest["id"]}"[^>]*>69.56%</a>', page)
    assert 'class="ent ent-' in page
    assert 'class="lost"' in page  # the lost character
    assert f"{SEED_DATE}" in page
    assert "森林覆蓋率" not in page  # normalized view


def test_document_raw_view(client, web_kb):
    forest = web_kb["forest"]
    page = html(client.get(f"/documents/{web_kb['seed_id']}?view=raw&fact={forest['id']}"))
    assert "doc-raw" in page
    if "森林覆蓋率" in page:  # the real seed: traditional script in the original
        assert re.search(rf'id="fact-{forest["id"]}"[^>]*>69.56%</a>', page)
    assert html(client.get(f"/documents/{web_kb['seed_id']}?view=nonsense"))


def test_entity_pages(client, web_kb):
    subject_id = web_kb["forest"]["subject_id"]
    page = html(client.get(f"/entities/{subject_id}"))
    assert web_kb["forest"]["subject"] in page
    assert web_kb["forest"]["id"] in card_ids(page)
    assert "指标变化" in page  # 森林覆盖率 reported by two documents
    assert "70.1%" in page and "69.56%" in page
    listing = html(client.get("/entities"))
    assert f'href="/entities/{subject_id}"' in listing
    assert html(client.get("/entities?q=商洛&type=place"))
    assert html(client.get(f"/entities/{subject_id}?page=2"))


def test_about_and_favicon(client):
    assert "受损数据" in html(client.get("/about"))
    assert client.get("/favicon.ico").status_code == 301
    with client.get("/static/site.css") as response:
        assert response.status_code == 200


@pytest.mark.parametrize("url", ["/facts/999999", "/facts/abc", "/facts/123456789012345678901234567890",
                                 "/documents/nope", "/entities/place:nowhere", "/no/such/page"])
def test_not_found_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "没有找到" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page=100000", "per_page=1000", "per_page=0",
                                   "min=abc", "max=inf", "year=abc", "sort=random", "q=" + "长" * 500])
def test_bad_parameters_are_400_pages(client, query):
    response = client.get("/?" + query)
    assert response.status_code == 400
    assert "请求参数有误" in response.get_data(as_text=True)


def test_missing_database_is_503(tmp_path):
    from web import create_app

    response = create_app({"DATABASE": str(tmp_path / "none.db")}).test_client().get("/")
    assert response.status_code == 503
    assert "知识库" in response.get_data(as_text=True)


def test_post_is_405(client):
    assert client.post("/").status_code == 405


def test_a_capped_total_is_shown_with_a_plus(client, monkeypatch):
    import kb.search

    monkeypatch.setattr(kb.search, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(kb.search, "COUNT_LIMIT", 1)
    html = client.get("/?q=森林覆盖率&kind=percent").get_data(as_text=True)
    assert "共 <strong>1+</strong> 条数据" in html
