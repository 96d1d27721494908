"""Read-only knowledge-base connections: one per server thread, reused across requests.

Opening the file costs about 3 ms (SQLite parses the schema, FTS5 tables included, on
the first statement), more than a fact page's three queries together, so each thread
keeps its connection (and with it SQLite's page cache) for the next request. The
connection is read-only and every statement is run to the end, so no read snapshot is
held between requests: a later ingest is seen by the next request. When the file at
``DATABASE`` is replaced (another inode) or removed, the thread's connection is closed
and, if the file is back, reopened.
"""
from __future__ import annotations

import os
import sqlite3
import threading

from flask import current_app, g
from werkzeug.exceptions import ServiceUnavailable

from kb.schema import connect


class DatabaseUnavailable(ServiceUnavailable):
    description = "知识库暂不可用"


class _ThreadConnections(threading.local):
    key: tuple | None = None
    database = None

    def close(self) -> None:
        database, self.database, self.key = self.database, None, None
        if database is not None:
            database.conn.close()


def _connections(app) -> _ThreadConnections:
    pool = app.extensions.get("gongwen_db")
    if pool is None:
        pool = app.extensions.setdefault("gongwen_db", _ThreadConnections())
    return pool


def get_db():
    """The request's read-only ``sqlite_utils.Database`` (this thread's reused connection)."""
    if "db" not in g:
        path = str(current_app.config["DATABASE"])
        pool = _connections(current_app._get_current_object())
        try:
            stat = os.stat(path)
        except OSError:
            pool.close()
            raise DatabaseUnavailable(f"知识库文件不存在：{os.path.basename(path)}")
        key = (path, stat.st_dev, stat.st_ino)
        if pool.key != key:
            pool.close()
            try:
                pool.database = connect(path, readonly=True)
            except sqlite3.Error as error:  # pragma: no cover - unreadable file
                raise DatabaseUnavailable(f"无法打开知识库：{error}")
            pool.key = key
        g.db = pool.database
    return g.db


def close_db(exception=None) -> None:
    database = g.pop("db", None)
    if database is not None and database.conn.in_transaction:  # pragma: no cover - reads never open one
        database.conn.rollback()


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
