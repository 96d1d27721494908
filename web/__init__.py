"""The Gongwen web site: searchable fact cards, permalinks, citations and a JSON API.

``create_app(test_config=None)`` builds the Flask application (flaskr style). The
knowledge base is opened read-only, one reused connection per server thread (``web.db``); every page escapes
notice text through Jinja autoescaping or ``markupsafe.escape`` (``web.render``).
"""
from __future__ import annotations

import os

from flask import Flask

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def create_app(test_config: dict | None = None) -> Flask:
    """The application. ``DATABASE`` (path of the kb file) comes from ``test_config``,
    else the ``GONGWEN_DB`` environment variable, else ``gongwen.db``."""
    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE=os.environ.get("GONGWEN_DB", "gongwen.db"),
        PER_PAGE=20,
        MAX_PER_PAGE=100,
        MAX_PAGE=1000,
        EXPORT_LIMIT=5000,
        MAX_QUERY_LENGTH=200,
        PUBLIC_URL=os.environ.get("GONGWEN_PUBLIC_URL", ""),
        CACHE_SIZE=int(os.environ.get("GONGWEN_CACHE_SIZE", "512")),
        PAGE_CACHE_SIZE=int(os.environ.get("GONGWEN_PAGE_CACHE_SIZE", os.environ.get("GONGWEN_CACHE_SIZE", "2048"))),
        JSON_SORT_KEYS=False,
    )
    if test_config is not None:
        app.config.update(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from web import api, cache, cards, db, errors, pages, render, urls

    db.init_app(app)
    cache.init_app(app)
    errors.init_app(app)
    render.init_app(app)
    cards.init_app(app)
    urls.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    return app
