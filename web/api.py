"""The JSON API under ``/api`` (described by ``/api/openapi.json``).

Every error is ``{"error": {"status", "code", "message"}}`` (``web.errors``).
``/api/facts?format=csv`` or ``format=json`` exports a whole search (up to
``EXPORT_LIMIT`` rows) as a download.
"""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, jsonify, request, url_for

from web import citation, params, service
from web.errors import BadParameter
from web.openapi import openapi_document
from web.pages import permalink
from web.urls import api_fact_url, document_url

bp = Blueprint("api", __name__, url_prefix="/api")

EXPORT_COLUMNS = [
    "id", "key", "text", "kind", "value", "value_max", "unit", "comparator", "change", "metric", "subject",
    "subject_id", "time", "year", "damaged", "quote", "doc_id", "doc_title", "doc_date", "doc_source", "doc_url",
    "start", "end", "raw_start", "raw_end", "permalink",
]


def _fact_out(row: dict) -> dict:
    out = dict(row)
    out["permalink"] = permalink(row["id"])
    out["api_url"] = api_fact_url(row["id"], external=True)
    out["document_url"] = document_url(row["doc_id"], row["id"], external=True) + f"#fact-{row['id']}"
    return out


def _links(endpoint: str, page: int, pages: int, **values) -> dict:
    args = {k: v for k, v in request.args.items() if k not in ("page", "format")}
    base = url_for(endpoint, **values, _external=True)

    def at(number: int) -> str:
        return base + "?" + urlencode({**args, "page": number})

    return {
        "self": at(page),
        "next": at(page + 1) if page < pages else None,
        "prev": at(page - 1) if page > 1 else None,
    }


def _pages(total: int, per_page: int) -> int:
    return min(max(1, -(-total // per_page)), current_app.config["MAX_PAGE"])


@bp.route("")
@bp.route("/")
def index():
    return jsonify({
        "name": "Gongwen 公文数据知识库 API",
        "openapi": url_for("api.openapi", _external=True),
        "endpoints": {
            "facts": url_for("api.facts", _external=True),
            "entities": url_for("api.entities", _external=True),
        },
        "stats": service.stats(),
    })


@bp.route("/openapi.json")
def openapi():
    return jsonify(openapi_document(request.host_url.rstrip("/") + "/api"))


@bp.route("/facts")
def facts():
    args = params.search_args(request.args)
    filters = params.kb_filters(args)
    export = request.args.get("format", "")
    if export not in ("", "csv", "json"):
        raise BadParameter("format", "导出格式应为 csv 或 json")
    if export:
        return _export(args, filters, export)
    result = service.search_facts(args["q"], filters, args["page"], args["per_page"])
    pages = _pages(result["total"], args["per_page"])
    return jsonify({
        "total": result["total"], "total_capped": result.get("total_capped", False), "page": result["page"],
        "per_page": result["per_page"], "pages": pages,
        "links": _links("api.facts", args["page"], pages),
        "rows": [_fact_out(row) for row in result["rows"]],
        "facets": result["facets"],
    })


def _export_rows(args: dict, filters: dict):
    limit = current_app.config["EXPORT_LIMIT"]
    per_page = min(500, current_app.config["MAX_PER_PAGE"] * 5)
    page, sent = 1, 0
    while sent < limit:
        result = service.search_facts(args["q"], filters, page, per_page, facets=False)
        for row in result["rows"][: limit - sent]:
            yield _fact_out(row)
            sent += 1
        if len(result["rows"]) < per_page:
            return
        page += 1


def _csv_cell(value):
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        value = "true" if value else "false"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            value = "'" + value  # no formula injection when opened in a spreadsheet
    return value


def _export(args: dict, filters: dict, export: str) -> Response:
    rows = list(_export_rows(args, filters))
    name = "gongwen-facts"
    if export == "json":
        body = json.dumps({"total": len(rows), "query": args["q"], "rows": rows}, ensure_ascii=False, indent=1)
        response = Response(body, mimetype="application/json")
    else:
        buffer = io.StringIO()
        buffer.write("\ufeff")  # Excel reads UTF-8 CSV with a BOM
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(row.get(column)) for column in EXPORT_COLUMNS])
        response = Response(buffer.getvalue(), mimetype="text/csv")
        response.charset = "utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{export}"'
    return response


@bp.route("/facts/<fact_id>")
def fact(fact_id):
    row = service.get_fact(fact_id)
    if row is None:
        abort(404, description=f"没有编号为 {fact_id} 的数据")
    return jsonify({
        "fact": _fact_out(row),
        "citation": citation.citations(row, permalink(row["id"])),
        "conflicts": [_fact_out(other) for other in service.conflicting_facts(row)],
    })


@bp.route("/entities")
def entities():
    q = (request.args.get("q") or "").strip()
    limit = current_app.config["MAX_QUERY_LENGTH"]
    if len(q) > limit:
        raise BadParameter("q", f"参数 q 过长（最多 {limit} 个字符）")
    type_ = request.args.get("type") or None
    page, per_page = params.page_args(request.args, 50)
    result = service.list_entities(q, type_, page, per_page)
    pages = _pages(result["total"], per_page)
    rows = [dict(row, api_url=url_for("api.entity", entity_id=row["id"], _external=True),
                 url=url_for("pages.entity", entity_id=row["id"], _external=True)) for row in result["rows"]]
    return jsonify({"total": result["total"], "page": page, "per_page": per_page, "pages": pages,
                    "links": _links("api.entities", page, pages), "rows": rows})


@bp.route("/entities/<path:entity_id>")
def entity(entity_id):
    row = service.get_entity(entity_id)
    if row is None:
        abort(404, description=f"没有找到实体 {entity_id}")
    page, per_page = params.page_args(request.args)
    facts = service.search_facts("", {"subject": entity_id, "sort": "date"}, page, per_page, facets=False)
    pages = _pages(facts["total"], per_page)
    return jsonify({
        "entity": dict(row, url=url_for("pages.entity", entity_id=entity_id, _external=True)),
        "facts": {"total": facts["total"], "page": page, "per_page": per_page, "pages": pages,
                  "links": _links("api.entity", page, pages, entity_id=entity_id),
                  "rows": [_fact_out(f) for f in facts["rows"]]},
        "series": service.entity_series(entity_id),
    })


@bp.route("/documents/<doc_id>")
def document(doc_id):
    doc = service.get_document(doc_id)
    if doc is None:
        abort(404, description=f"没有编号为 {doc_id} 的文件")
    return jsonify({
        "document": dict(doc, url=url_for("pages.document", doc_id=doc_id, _external=True)),
        "facts": [_fact_out(f) for f in service.facts_for_document(doc_id)],
        "mentions": service.mentions_for_document(doc_id),
    })
