"""A read-only knowledge-base connection per request, kept in ``g`` and closed in teardown."""
from __future__ import annotations

import os
import sqlite3

from flask import current_app, g
from werkzeug.exceptions import ServiceUnavailable

from kb.schema import connect


class DatabaseUnavailable(ServiceUnavailable):
    description = "知识库暂不可用"


def get_db():
    """The request's read-only ``sqlite_utils.Database``."""
    if "db" not in g:
        path = current_app.config["DATABASE"]
        if not os.path.exists(path):
            raise DatabaseUnavailable(f"知识库文件不存在：{os.path.basename(str(path))}")
        try:
            g.db = connect(path, readonly=True)
        except sqlite3.Error as error:  # pragma: no cover - unreadable file
            raise DatabaseUnavailable(f"无法打开知识库：{error}")
    return g.db


def close_db(exception=None) -> None:
    database = g.pop("db", None)
    if database is not None:
        database.conn.close()


def db_version() -> tuple:
    """A token that changes whenever the knowledge base file changes (for caches)."""
    return version_of(str(current_app.config["DATABASE"]))


def version_of(path) -> tuple:
    """``db_version`` of the file at ``path``: mtime and size of the file and its WAL."""
    path = str(path)
    token = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(path + suffix)
        except OSError:
            token += [0, 0]
            continue
        # an empty WAL (a reader opened the file) is no change; writers always grow it
        token += [stat.st_mtime_ns, stat.st_size] if stat.st_size else [0, 0]
    return (path, *token)


def init_app(app) -> None:
    app.teardown_appcontext(close_db)
