"""End to end in headless Chromium: search → fact card → source document; cite → clipboard."""
from __future__ import annotations

import re

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from e2e_fixtures import *  # noqa: E402,F401,F403
from web_fixtures import SEED_TITLE, XSS  # noqa: E402


def test_search_card_to_highlighted_source(page, web_kb, screenshot):
    forest = web_kb["forest"]
    page.goto("/")
    screenshot(page, "home")
    page.fill("input.search-input", "森林覆盖率")
    page.press("input.search-input", "Enter")
    page.wait_for_url(re.compile(r"q=%E6%A3%AE"))
    card = page.locator(f'article.fact-card[data-fact-id="{forest["id"]}"]')
    card.wait_for()
    assert card.locator("a.figure").inner_text() == "69.56%"
    assert card.locator("blockquote mark.fig").inner_text() == "69.56%"
    screenshot(page, "search")

    card.locator("a.figure").click()
    page.wait_for_url(f"**/facts/{forest['id']}")
    assert page.locator(".figure-xl").inner_text() == "69.56%"
    assert "70.1%" in page.locator("#conflicts").inner_text()  # the other document disagrees
    screenshot(page, "fact")

    page.get_by_role("link", name="在原文中查看").click()
    page.wait_for_url(re.compile(rf"/documents/{web_kb['seed_id']}\?fact={forest['id']}#fact-{forest['id']}$"))
    target = page.locator(f"#fact-{forest['id']}")
    assert target.inner_text() == "69.56%"
    assert "focus" in (target.get_attribute("class") or "")
    assert target.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert page.locator(".doc-text a.fig").count() >= 3
    screenshot(page, "document")

    page.get_by_role("tab", name="原始文本").click()
    page.wait_for_url(re.compile(r"view=raw"))
    assert "森林覆蓋率" in page.locator("#doc-text").inner_text()  # the original traditional script
    assert page.locator(f"#fact-{forest['id']}").inner_text() == "69.56%"
    screenshot(page, "document-raw")
    assert page.js_errors == []


def test_cite_button_puts_the_citation_on_the_clipboard(page, web_kb, live_server):
    forest = web_kb["forest"]
    page.goto(f"/facts/{forest['id']}")
    page.click("#cite-button")
    page.wait_for_selector("#toast.show")
    text = page.evaluate("navigator.clipboard.readText()")
    assert "69.56%" in text and "森林覆盖率" in text
    assert SEED_TITLE in text and "2024-05-20" in text
    assert f"{live_server}/facts/{forest['id']}" in text
    page.get_by_role("button", name="复制 GB/T 7714").click()
    gbt = page.evaluate("navigator.clipboard.readText()")
    assert f"{SEED_TITLE}[EB/OL]" in gbt and f"/facts/{forest['id']}" in gbt
    assert page.js_errors == []


def test_cite_button_on_a_search_card(page, web_kb):
    page.goto("/?q=绿色信贷余额")
    card = page.locator(f'article.fact-card[data-fact-id="{web_kb["credit"]["id"]}"]')
    card.get_by_role("button", name="引用").click()
    page.wait_for_selector("#toast.show")
    assert "206.86亿元" in page.evaluate("navigator.clipboard.readText()")


def test_damaged_figure_is_flagged(page, web_kb, screenshot):
    damaged = web_kb["damaged"]
    assert damaged is not None, "the seed's 40万千瓦时 lost a character and must be damaged"
    page.goto(f"/facts/{damaged['id']}")
    assert "数字受损" in page.locator(".fact-headline").inner_text()
    assert "figure-damaged" in page.locator(".figure-xl").get_attribute("class")
    screenshot(page, "fact-damaged")
    page.click("#cite-button")
    page.wait_for_selector("#toast.show")
    assert "字符丢失" in page.evaluate("navigator.clipboard.readText()")


def test_markup_in_a_notice_is_text(page, web_kb, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"/documents/{web_kb['xss_id']}")
    assert XSS in page.locator("#doc-text").inner_text()
    assert page.locator("#doc-text script").count() == 0
    page.goto(f"/facts/{web_kb['xss_fact']['id']}")
    assert XSS in page.locator(".fact-title").inner_text()
    page.goto("/?q=工业增加值")
    screenshot(page, "escaping")
    assert dialogs == []


def test_entity_page_and_facets(page, web_kb, screenshot):
    subject_id = web_kb["forest"]["subject_id"]
    page.goto(f"/entities/{subject_id}")
    assert page.locator("h1").first.inner_text().strip()
    screenshot(page, "entity")
    page.goto("/")
    page.locator(".facet li a", has_text="百分比").first.click()
    page.wait_for_url(re.compile(r"kind=percent"))
    assert page.locator(".active-filters .chip").first.inner_text().startswith("类型")
    page.goto("/entities")
    screenshot(page, "entities")
    page.goto("/no/such/page")
    screenshot(page, "not-found")
