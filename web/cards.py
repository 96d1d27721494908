"""The fact card of search and entity pages, built in Python.

A search page shows 20 cards; as a Jinja macro (four nested macros, a dozen filters and
URL builders each) the cards cost ~2-3 ms a page, most of the page's rendering. This
builds the very same HTML (``tests/test_web_units.py`` compares it with the macro it
replaced, kept there as the reference) with one escaped f-string per card. Every value
from the knowledge base goes through ``markupsafe.escape``, as Jinja autoescaping did.
"""
from __future__ import annotations

from flask import g, url_for
from markupsafe import Markup, escape
from werkzeug.urls import _urlencode

from web import citation
from web.render import CHANGE_LABELS, highlight_quote, kind_label, value_note
from web.urls import api_fact_url, document_url, entity_url, fact_url

DAMAGED_BADGE = '<span class="badge badge-damaged" title="原文此处有字符丢失，该数字可能不完整">⚠ 数字受损·勿直接引用</span>'


def _e(value) -> str:
    return str(escape(value))


def _search_url() -> str:
    prefix = g.get("_search_url")
    if prefix is None:
        prefix = g._search_url = url_for("pages.search")
    return prefix


def damaged_badge(fact: dict) -> Markup:
    return Markup(DAMAGED_BADGE if fact.get("damaged") else "")


def fact_meta(fact: dict) -> Markup:
    parts = ['<dl class="fact-meta">\n  ']
    metric, subject, time = fact.get("metric"), fact.get("subject"), fact.get("time")
    if metric:
        href = _search_url() + "?" + _urlencode({"metric": metric})
        parts.append(f'<div><dt>指标</dt><dd><a href="{_e(href)}">{_e(metric)}</a></dd></div>')
    parts.append("\n  ")
    if subject:
        if fact.get("subject_id"):
            inner = f'<a href="{_e(entity_url(fact["subject_id"]))}">{_e(subject)}</a>'
        else:
            inner = _e(subject)
        parts.append(f"<div><dt>主体</dt><dd>{inner}</dd></div>")
    parts.append("\n  ")
    if time:
        parts.append(f"<div><dt>时间</dt><dd>{_e(time)}</dd></div>")
    parts.append(f'\n  <div><dt>类型</dt><dd>{_e(kind_label(fact.get("kind")))}</dd></div>\n</dl>')
    return Markup("".join(parts))


def cite_box(fact: dict, permalink: str) -> Markup:
    cite = citation.citations(fact, permalink)
    return Markup(
        '\n<div class="cite-box">\n'
        f'  <button type="button" class="btn btn-cite" data-copy="{_e(cite["plain"])}" data-done="已复制引用">引用</button>\n'
        f'  <button type="button" class="btn btn-ghost" data-copy="{_e(cite["gbt7714"])}" '
        'data-done="已复制 GB/T 7714 引用">GB/T 7714</button>\n</div>'
    )


def fact_card(fact: dict, conflicts=0) -> Markup:
    """One ``<article class="card fact-card">`` exactly as the ``fact_card`` macro wrote it."""
    from web.pages import permalink

    fact_id = fact.get("id")
    damaged = fact.get("damaged")
    url = _e(fact_url(fact_id))
    doc_url = _e(document_url(fact.get("doc_id"), fact_id))
    note = value_note(fact)
    change = fact.get("change")
    value_html = ""
    if note or change:
        value_html = '<div class="figure-value">' + _e(note)
        if change:
            value_html += (" · " if note else "") + _e(CHANGE_LABELS.get(change, change))
        value_html += "</div>"
    conflict_html = (f'<a class="badge badge-conflict" href="{url}#conflicts">{_e(conflicts)} 处其他来源数值不同</a>'
                     if conflicts else "")
    doc_date = fact.get("doc_date")
    date_html = f'<span class="muted">{_e(doc_date)}</span>' if doc_date else ""
    return Markup(
        f'<article class="card fact-card{" is-damaged" if damaged else ""}" data-fact-id="{_e(fact_id)}">\n'
        '  <div class="card-figure">\n'
        f'    <a class="figure{" figure-damaged" if damaged else ""}" href="{url}">{_e(fact.get("text"))}</a>\n'
        f"    {value_html}\n"
        f"    {damaged_badge(fact)}\n"
        f"    {conflict_html}\n"
        "  </div>\n"
        '  <div class="card-body">\n'
        f"    {fact_meta(fact)}\n"
        f'    <blockquote class="quote">{highlight_quote(fact)}</blockquote>\n'
        '    <div class="card-source">\n'
        f'      <a class="doc-link" href="{doc_url}#fact-{_e(fact_id)}">《{_e(fact.get("doc_title") or fact.get("doc_name"))}》</a>\n'
        f"      {date_html}\n"
        "    </div>\n"
        '    <div class="card-actions">\n'
        f'      <a class="btn btn-ghost" href="{url}">详情</a>\n'
        f'      <a class="btn btn-ghost" href="{doc_url}#fact-{_e(fact_id)}">查看原文</a>\n'
        f"      {cite_box(fact, permalink(fact_id))}\n"
        f'      <a class="btn btn-ghost" href="{_e(api_fact_url(fact_id))}">JSON</a>\n'
        "    </div>\n"
        "  </div>\n"
        "</article>"
    )


def init_app(app) -> None:
    app.jinja_env.globals.update(render_fact_card=fact_card, render_fact_meta=fact_meta,
                                 render_damaged_badge=damaged_badge)
