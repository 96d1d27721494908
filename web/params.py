"""Query-string parsing shared by the pages and the API: bounded, typed, never trusted."""
from __future__ import annotations

import math

from flask import current_app

from web.errors import BadParameter

SORTS = ("relevance", "value", "date")
FILTERS = ("kind", "subject", "metric", "doc_id", "year", "unit")
KINDS = ("percent", "points", "money", "quantity", "count", "multiple", "number")


def _text(args, name: str, limit: int = 200) -> str:
    value = args.get(name, "") or ""
    value = value.replace("\x00", "").strip()
    if len(value) > limit:
        raise BadParameter(name, f"参数 {name} 过长（最多 {limit} 个字符）")
    return value


def _int(args, name: str, default: int | None, low: int, high: int) -> int | None:
    raw = (args.get(name) or "").strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"参数 {name} 应为整数")
    if not low <= value <= high:
        raise BadParameter(name, f"参数 {name} 应在 {low} 到 {high} 之间")
    return value


def _float(args, name: str) -> float | None:
    raw = (args.get(name) or "").strip().replace(",", "").replace("，", "")
    if raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadParameter(name, f"参数 {name} 应为数字")
    if not math.isfinite(value):
        raise BadParameter(name, f"参数 {name} 应为有限的数字")
    return value


def search_args(args) -> dict:
    """Every search parameter: ``q``, the filters, ``min``/``max``, ``sort``, ``page``, ``per_page``."""
    config = current_app.config
    parsed = {"q": _text(args, "q", config["MAX_QUERY_LENGTH"])}
    for name in FILTERS:
        parsed[name] = _text(args, name) or None
    if parsed["year"] is not None:
        parsed["year"] = _int(args, "year", None, 1000, 9999)
    parsed["value_min"] = _float(args, "min")
    parsed["value_max"] = _float(args, "max")
    sort = _text(args, "sort") or "relevance"
    if sort not in SORTS:
        raise BadParameter("sort", f"排序方式应为 {', '.join(SORTS)} 之一")
    parsed["sort"] = sort
    parsed["page"] = _int(args, "page", 1, 1, config["MAX_PAGE"])
    parsed["per_page"] = _int(args, "per_page", config["PER_PAGE"], 1, config["MAX_PER_PAGE"])
    parsed["include_duplicates"] = (args.get("duplicates") or "").lower() in ("1", "true", "yes", "on")
    return parsed


def kb_filters(parsed: dict) -> dict:
    """The keyword arguments of ``kb.search.search_facts`` (without the query)."""
    return {
        "kind": parsed["kind"], "subject": parsed["subject"], "metric": parsed["metric"],
        "doc_id": parsed["doc_id"], "year": parsed["year"], "unit": parsed["unit"],
        "value_min": parsed["value_min"], "value_max": parsed["value_max"],
        "include_duplicates": parsed["include_duplicates"], "sort": parsed["sort"],
    }


def page_args(args, default_per_page: int | None = None) -> tuple[int, int]:
    config = current_app.config
    page = _int(args, "page", 1, 1, config["MAX_PAGE"])
    per_page = _int(args, "per_page", default_per_page or config["PER_PAGE"], 1, config["MAX_PER_PAGE"])
    return page, per_page
