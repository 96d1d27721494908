"""Whole-response cache of the read-only site.

A page depends only on the knowledge base file (its version: mtime and size of the file
and its WAL), the URL, the host (permalinks are absolute) and the day (GB/T 7714 citations
carry the access date), so a successful GET response is kept in a bounded LRU under that
key and served again without touching SQLite or Jinja. Re-ingesting changes the version,
so nothing stale is ever served. ``PAGE_CACHE_SIZE = 0`` turns it off.
"""
from __future__ import annotations

import datetime as dt

from flask import current_app, g, request

from web.db import db_version
from web.service import _LRU

MAX_BODY = 2 * 1024 * 1024
KEPT_HEADERS = ("Content-Disposition",)


def _cache():
    app = current_app
    size = app.config.get("PAGE_CACHE_SIZE", 0)
    if not size:
        return None
    cache = app.extensions.get("gongwen_pages")
    if cache is None:
        cache = app.extensions.setdefault("gongwen_pages", _LRU(size))
    return cache


def init_app(app) -> None:
    @app.before_request
    def serve_cached():
        if request.method != "GET" or request.endpoint in (None, "static"):
            return None
        cache = _cache()
        if cache is None:
            return None
        try:
            key = (db_version(), request.host, request.full_path, dt.date.today().isoformat())
        except Exception:  # pragma: no cover - unreadable file: let the view report it
            return None
        hit, value = cache.get(key)
        if hit:
            body, status, mimetype, headers = value
            response = app.response_class(body, status=status, mimetype=mimetype, headers=headers)
            response.headers["X-Cache"] = "hit"
            return response
        g.page_cache_key = key
        return None

    @app.after_request
    def store(response):
        key = g.pop("page_cache_key", None)
        if key is None or response.status_code != 200 or response.direct_passthrough or response.is_streamed:
            return response
        body = response.get_data()
        if len(body) <= MAX_BODY:
            headers = [(name, response.headers[name]) for name in KEPT_HEADERS if name in response.headers]
            _cache().put(key, (body, response.status_code, response.mimetype, headers))
        return response
