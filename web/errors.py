"""One error shape for the API, a readable page for the site.

API errors (any path under ``/api``) are always
``{"error": {"status": 404, "code": "not_found", "message": "..."}}``.
"""
from __future__ import annotations

import logging
import sqlite3

from flask import jsonify, render_template, request
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}

TITLES = {
    400: "请求参数有误",
    404: "没有找到",
    405: "不支持的请求方法",
    500: "服务器出错了",
    503: "知识库暂不可用",
}


class BadParameter(BadRequest):
    """A query-string parameter is malformed or out of range."""

    code_name = "invalid_parameter"

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter


def _message(error: HTTPException) -> str:
    description = error.description or ""
    if description and not description.startswith(("The requested URL", "The server", "The method", "The browser")):
        return description
    return TITLES.get(error.code, error.name)


def error_response(error: HTTPException):
    status = error.code or 500
    code = getattr(error, "code_name", None) or CODES.get(status, "error")
    message = _message(error)
    if request.path == "/api" or request.path.startswith("/api/"):
        body = {"error": {"status": status, "code": code, "message": message}}
        parameter = getattr(error, "parameter", None)
        if parameter:
            body["error"]["parameter"] = parameter
        response = jsonify(body)
        response.status_code = status
    else:
        html = render_template("error.html", status=status, title=TITLES.get(status, error.name), message=message)
        response = error.get_response()
        response.set_data(html)
        response.mimetype = "text/html"
    if status == 405 and hasattr(error, "valid_methods") and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def init_app(app) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error):
        return error_response(error)

    @app.errorhandler(ValueError)
    def value_error(error):
        # kb.search.SearchError and int()/float() conversions of arguments
        return error_response(BadRequest(str(error) or "请求参数有误"))

    @app.errorhandler(sqlite3.OperationalError)
    def sqlite_error(error):
        log.exception("database error")
        message = str(error)
        if "locked" in message or "unable to open" in message:
            from werkzeug.exceptions import ServiceUnavailable
            return error_response(ServiceUnavailable("知识库暂不可用，请稍后再试"))
        return error_response(InternalServerError("查询出错"))

    @app.errorhandler(Exception)
    def unexpected(error):
        log.exception("unexpected error")
        return error_response(InternalServerError("服务器出错了"))
