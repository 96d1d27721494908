"""Fast URL builders for the links every fact card and document carries.

A page of search results links each fact several times (permalink, document, entity,
JSON); ``url_for`` costs tens of microseconds a call, which added up to several
milliseconds a page. These builders ask ``url_for`` once per request for the prefix of
each route (so ``SCRIPT_NAME``, the host and ``PUBLIC_URL`` are honoured) and append the
value quoted exactly as werkzeug's converters quote it; ``tests/test_web_units.py``
checks that they return what ``url_for`` returns.
"""
from __future__ import annotations

from urllib.parse import quote

from flask import g, url_for
from werkzeug.urls import _urlencode

# werkzeug.routing.converters.BaseConverter.to_url
_SAFE = "!$&'()*+,/:;=@"
_PLACEHOLDER = "__gongwen__"
_ARGUMENT = {"pages.fact": "fact_id", "pages.document": "doc_id", "pages.entity": "entity_id", "api.fact": "fact_id"}


def _prefix(endpoint: str, external: bool = False) -> str:
    prefixes = g.get("_url_prefixes")
    if prefixes is None:
        prefixes = g._url_prefixes = {}
    key = (endpoint, external)
    prefix = prefixes.get(key)
    if prefix is None:
        url = url_for(endpoint, **{_ARGUMENT[endpoint]: _PLACEHOLDER}, _external=external)
        prefix = prefixes[key] = url[: -len(_PLACEHOLDER)]
    return prefix


def _segment(value) -> str:
    if type(value) is int:
        return str(value)
    return quote(str(value), safe=_SAFE)


def fact_url(fact_id, external: bool = False) -> str:
    return _prefix("pages.fact", external) + _segment(fact_id)


def api_fact_url(fact_id, external: bool = False) -> str:
    return _prefix("api.fact", external) + _segment(fact_id)


def entity_url(entity_id, external: bool = False) -> str:
    return _prefix("pages.entity", external) + _segment(entity_id)


def document_url(doc_id, fact=None, external: bool = False) -> str:
    url = _prefix("pages.document", external) + _segment(doc_id)
    if fact is not None:
        url += "?" + _urlencode({"fact": fact})
    return url


def init_app(app) -> None:
    app.jinja_env.globals.update(fact_url=fact_url, api_fact_url=api_fact_url, entity_url=entity_url,
                                 document_url=document_url)
