"""Production servers for ``kb serve``: one waitress process, or gunicorn worker processes.

A request spends most of its time in Python (SQLite steps release the GIL; building rows,
facets and HTML do not), so one process tops out at one core. ``kb serve --workers N``
(N > 1, gunicorn installed, Linux or macOS) forks N gunicorn workers (``gthread``: the
``--threads`` in each), all accepting on the one port. Each worker keeps its own
per-thread read-only SQLite connections (``web.db``) and its own caches; nothing is opened
before the fork. Without gunicorn (or on Windows) it falls back to one waitress process.
"""
from __future__ import annotations

import os
import sys

MAX_AUTO_WORKERS = 4


def gunicorn_available() -> bool:
    if sys.platform.startswith("win"):
        return False
    import importlib.util

    return importlib.util.find_spec("gunicorn") is not None


def choose_workers(requested: int) -> int:
    """``requested`` processes (0 = auto: one per CPU, at most 4); 1 when gunicorn cannot run."""
    if requested == 1:
        return 1
    if not gunicorn_available():
        if requested > 1:
            print("gunicorn is not available here: serving with one waitress process", file=sys.stderr)
        return 1
    if requested:
        return requested
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_AUTO_WORKERS))


def run_waitress(app, *, host: str, port: int, threads: int) -> None:
    import waitress

    waitress.serve(app, host=host, port=port, threads=threads, ident="gongwen", channel_timeout=30,
                   connection_limit=1000, backlog=1024)


def gunicorn_options(*, host: str, port: int, workers: int, threads: int) -> dict:
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "keepalive": 30,          # the bench's and browsers' keep-alive connections stay open
        "timeout": 60,
        "graceful_timeout": 10,
        "backlog": 1024,
        "worker_connections": 1000,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "gongwen",
    }


def run_gunicorn(app, *, host: str, port: int, workers: int, threads: int) -> None:
    from gunicorn.app.base import BaseApplication

    options = gunicorn_options(host=host, port=port, workers=workers, threads=threads)

    class Server(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return app

    Server().run()
