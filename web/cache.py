"""Whole-response cache of the read-only site.

A page depends only on the knowledge base file (its version: mtime and size of the file
and its WAL), the URL, the host (permalinks are absolute) and the day (GB/T 7714 citations
carry the access date), so a successful GET response is kept in a bounded LRU under that
key and served again without touching SQLite or Jinja. Re-ingesting changes the version,
so nothing stale is ever served. ``PAGE_CACHE_SIZE = 0`` turns it off.

The lookup is a WSGI middleware in front of Flask: a hit is answered from the stored
status, headers (security headers included) and body without building a request context,
matching a route or running any ``before_request``/``after_request`` function. A miss goes
through Flask as usual and ``after_request`` stores the finished response.
"""
from __future__ import annotations

import datetime as dt
import threading
import time

from flask import current_app, request

from web.db import version_of
from web.service import _LRU

MAX_BODY = 2 * 1024 * 1024
ENVIRON_KEY = "gongwen.page_cache_key"
SKIPPED_HEADERS = frozenset({"set-cookie", "x-cache"})


class _Today:
    """``date.today().isoformat()``, recomputed at most once a second."""

    def __init__(self):
        self.lock = threading.Lock()
        self.checked = 0.0
        self.value = ""

    def __call__(self) -> str:
        now = time.monotonic()
        if now - self.checked > 1.0:
            with self.lock:
                self.value = dt.date.today().isoformat()
                self.checked = now
        return self.value


_today = _Today()


def _cache(app):
    size = app.config.get("PAGE_CACHE_SIZE", 0)
    if not size:
        return None
    cache = app.extensions.get("gongwen_pages")
    if cache is None:
        cache = app.extensions.setdefault("gongwen_pages", _LRU(size))
    return cache


class PageCacheMiddleware:
    """Serves cached GET responses before Flask sees the request."""

    def __init__(self, app, wsgi_app):
        self.app = app
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and not environ.get("PATH_INFO", "").startswith("/static/"):
            cache = _cache(self.app)
            if cache is not None:
                try:
                    key = (version_of(self.app.config["DATABASE"]), environ.get("HTTP_HOST", ""),
                           environ.get("wsgi.url_scheme", ""), environ.get("SCRIPT_NAME", ""),
                           environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""), _today())
                except Exception:  # pragma: no cover - unreadable file: let the view report it
                    key = None
                if key is not None:
                    hit, value = cache.get(key)
                    if hit:
                        status, headers, body = value
                        start_response(status, [*headers, ("X-Cache", "hit")])
                        return [body]
                    environ[ENVIRON_KEY] = key
        return self.wsgi_app(environ, start_response)


def init_app(app) -> None:
    app.wsgi_app = PageCacheMiddleware(app, app.wsgi_app)

    @app.after_request
    def store(response):
        # registered before the security headers: after_request runs in reverse order, so the
        # response stored here already carries every header the site adds
        key = request.environ.pop(ENVIRON_KEY, None)
        if key is None or response.status_code != 200 or response.direct_passthrough or response.is_streamed:
            return response
        body = response.get_data()
        cache = _cache(current_app)
        if cache is not None and len(body) <= MAX_BODY:
            headers = [(name, value) for name, value in response.headers.to_wsgi_list()
                       if name.lower() not in SKIPPED_HEADERS]
            cache.put(key, (response.status, headers, body))
        return response
