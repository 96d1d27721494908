"""The Chinese-language pages: search, fact permalinks, documents and entities."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for

from web import citation, params, render, service
from web.urls import fact_url

bp = Blueprint("pages", __name__)

# points of one metric drawn on an entity page (the most recent; the API returns all of them)
SERIES_POINTS = 24


def permalink(fact_id) -> str:
    base = current_app.config.get("PUBLIC_URL") or ""
    if base:
        return base.rstrip("/") + fact_url(fact_id)
    return fact_url(fact_id, external=True)


def with_args(endpoint: str = "pages.search", keep_page: bool = False, **changes) -> str:
    """The current URL's query string with ``changes`` (None removes a key); page resets."""
    cached = g.get("_with_args")
    if cached is None:
        base = {key: value for key, value in request.args.items() if value not in ("", None)}
        cached = g._with_args = (base, {})
    base, urls = cached
    args = dict(base)
    if not keep_page and "page" not in changes:
        args.pop("page", None)
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = str(value)
    if endpoint not in urls:
        values = dict(request.view_args or {}) if endpoint == request.endpoint else {}
        urls[endpoint] = url_for(endpoint, **values)
    query = urlencode(args)
    return urls[endpoint] + ("?" + query if query else "")


@bp.record_once
def _register_globals(state):
    # globals, not a context processor: imported macros see them without "with context"
    state.app.jinja_env.globals.update(with_args=with_args, permalink=permalink, cite=cite)


def cite(fact: dict) -> dict:
    return citation.citations(fact, permalink(fact["id"]))


def _pages(total: int, page: int, per_page: int) -> int:
    last = max(1, -(-total // per_page))
    return min(last, current_app.config["MAX_PAGE"])


@bp.route("/")
def search():
    args = params.search_args(request.args)
    filters = params.kb_filters(args)
    result = service.search_facts(args["q"], filters, args["page"], args["per_page"])
    counts = service.conflict_counts([row["id"] for row in result["rows"]])
    active = [(name, args[name]) for name in params.FILTERS if args[name] not in (None, "")]
    labels = {}
    for name, value in active:
        for item in result["facets"].get(name, []):
            if str(item["value"]) == str(value):
                labels[name] = item.get("label") or item["value"]
    if args["doc_id"] and "doc_id" not in labels:
        doc = service.get_document(args["doc_id"])
        labels["doc_id"] = (doc or {}).get("title") or args["doc_id"]
    if args["subject"] and "subject" not in labels:
        entity = service.get_entity(args["subject"])
        labels["subject"] = (entity or {}).get("name") or args["subject"]
    stats = service.stats() if not args["q"] and not active else None
    return render_template(
        "search.html", args=args, result=result, conflicts=counts, active=active, labels=labels, stats=stats,
        pages=_pages(result["total"], args["page"], args["per_page"]),
    )


@bp.route("/facts/<fact_id>")
def fact(fact_id):
    row = service.get_fact(fact_id)
    if row is None:
        abort(404, description=f"没有编号为 {fact_id} 的数据")
    conflicts = service.conflicting_facts(row)
    document_facts = [f for f in service.facts_for_document(row["doc_id"]) if f["id"] != row["id"]]
    return render_template("fact.html", fact=row, conflicts=conflicts, document_facts=document_facts[:12])


@bp.route("/documents/<doc_id>")
def document(doc_id):
    doc = service.get_document(doc_id)
    if doc is None:
        abort(404, description=f"没有编号为 {doc_id} 的文件")
    view = request.args.get("view", "text")
    if view not in ("text", "raw"):
        view = "text"
    focus = request.args.get("fact", "")
    focus_id = int(focus) if focus.isdigit() and len(focus) < 19 else None
    facts = service.facts_for_document(doc_id)
    mentions = service.mentions_for_document(doc_id)
    raw = view == "raw"
    body = render.highlight_text(doc["raw"] if raw else doc["text"], facts, mentions, doc.get("damaged") or (),
                                 doc.get("boilerplate") or (), raw=raw, focus=focus_id)
    return render_template("document.html", doc=doc, facts=facts, mentions=mentions, body=body, view=view,
                           focus=focus_id)


@bp.route("/entities")
def entities():
    q = (request.args.get("q") or "").strip()[: current_app.config["MAX_QUERY_LENGTH"]]
    type_ = request.args.get("type") or None
    if type_ and len(type_) > 40:
        type_ = None
    page, per_page = params.page_args(request.args, 50)
    result = service.list_entities(q, type_, page, per_page)
    return render_template("entities.html", q=q, type=type_, result=result,
                           pages=_pages(result["total"], page, per_page))


@bp.route("/entities/<path:entity_id>")
def entity(entity_id):
    row = service.get_entity(entity_id)
    if row is None:
        abort(404, description=f"没有找到实体 {entity_id}")
    page, per_page = params.page_args(request.args)
    facts = service.search_facts("", {"subject": entity_id, "sort": "date"}, page, per_page, facets=["metric", "year"])
    series = service.entity_series(entity_id)
    counts = service.conflict_counts([f["id"] for f in facts["rows"]])
    return render_template("entity.html", entity=row, facts=facts, series=series[:8], conflicts=counts,
                           pages=_pages(facts["total"], page, per_page), series_points=SERIES_POINTS)


@bp.route("/favicon.ico")
def favicon():
    return redirect(url_for("static", filename="favicon.svg"), code=301)


@bp.route("/about")
def about():
    return render_template("about.html", stats=service.stats())
