"""Batch ingestion: files, folders and globs in, one document per transaction out.

Extraction is a pure function of a document, so it runs in worker processes (or on
a Dask cluster) while the calling process is the single writer: results come back
in input order and each is written in its own transaction. Input whose bytes were
already ingested from the same source is skipped before extraction. Every failure
becomes an entry of the error report; good files are ingested whatever else fails.
"""
from __future__ import annotations

import collections
import glob
import json
import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from kb.store import Store, input_hash, minhash_signature

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_BYTES = 10 * 1024 * 1024
# Worker processes are replaced after this many notices: the NLP models' vocabularies
# grow with every new word, and a fresh worker starts small again.
TASKS_PER_WORKER = 5000
ENGINES = ("processes", "dask")


class IngestError(Exception):
    """The batch itself cannot run (unknown engine, no scheduler address)."""


@dataclass(frozen=True, slots=True)
class Task:
    """One notice to extract: a file, or a line of a JSONL file (``text`` set)."""

    source: str
    path: str
    digest: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Summary:
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    facts: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def fail(self, source: str, error: str) -> None:
        self.failed += 1
        self.errors.append({"source": source, "error": error})

    def count(self, status: str, facts: int = 0) -> None:
        if status in ("ingested", "replaced"):
            self.ingested += 1
            self.replaced += status == "replaced"
        elif status == "unchanged":
            self.unchanged += 1
        else:
            self.duplicates += 1
            self.near_duplicates += status == "near_duplicate"
        self.facts += facts

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested, "replaced": self.replaced, "unchanged": self.unchanged,
            "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
            "failed": self.failed, "facts": self.facts, "errors": list(self.errors),
        }


# ---------------------------------------------------------------- inputs

def expand_paths(paths: Iterable[str], summary: Summary | None = None) -> list[str]:
    """Files named by ``paths`` (files, folders searched recursively, globs), each once, in order."""
    found: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        real = os.path.abspath(path)
        if real not in seen:
            seen.add(real)
            found.append(path)

    for path in paths:
        path = str(path)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES):
                        add(os.path.join(root, name))
        elif os.path.exists(path):
            add(path)
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            files = [match for match in matches if os.path.isfile(match)]
            if not files and summary is not None:
                summary.fail(path, "no file matches this pattern")
            for match in files:
                add(match)
        elif summary is not None:
            summary.fail(path, "no such file or directory")
    return found


def iter_tasks(files: Iterable[str], summary: Summary, *, max_bytes: int = MAX_BYTES) -> Iterator[Task]:
    """Tasks for the files; unreadable or oversized notices and bad JSONL lines go to ``summary``.

    ``max_bytes`` limits one notice: a whole file, or one line of a JSONL file.
    """
    for path in files:
        source = os.path.abspath(path)
        try:
            if path.lower().endswith(".jsonl"):
                with open(path, "rb") as handle:
                    yield from _jsonl_tasks(source, handle, summary, max_bytes)
                continue
            size = os.path.getsize(path)
            if size > max_bytes:
                summary.fail(source, f"file too large: {_mb(size)} > {_mb(max_bytes)} limit")
                continue
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            summary.fail(source, f"cannot read: {error.strerror or error}")
            continue
        yield Task(source=source, path=path, digest=input_hash(data))


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


def _jsonl_tasks(path: str, lines: Iterable[bytes], summary: Summary, max_bytes: int) -> Iterator[Task]:
    for number, raw in enumerate(lines, start=1):
        where = f"{path}#L{number}"
        if len(raw) > max_bytes:
            summary.fail(where, f"line too large: {_mb(len(raw))} > {_mb(max_bytes)} limit")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            summary.fail(where, f"JSONL line is not UTF-8 (byte {error.start})")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            summary.fail(where, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            summary.fail(where, "JSONL line needs an object with a \"text\" string")
            continue
        meta = {key: record[key] for key in ("title", "date", "url") if record.get(key)}
        source = str(record.get("url") or where)
        yield Task(source=source, path=where, digest=input_hash(line.strip()), text=record["text"], meta=meta)


# ---------------------------------------------------------------- extraction (workers)

def extract_task(task: Task) -> dict[str, Any]:
    """Extract one task; never raises. Pure: safe in worker processes and on Dask."""
    from extractor.contract import extraction_to_dict
    from extractor.errors import ExtractionError
    from extractor.pipeline import extract_document, extract_path, document_from_bytes

    try:
        if task.text is None:
            extraction = extract_path(task.path)
        else:
            extraction = extract_document(document_from_bytes(task.text.encode("utf-8"), task.path, task.meta))
        row = extraction_to_dict(extraction)
        return {"ok": True, "extraction": row, "signature": minhash_signature(row["text"])}
    except ExtractionError as error:
        return {"ok": False, "error": error.reason}
    except Exception as error:  # one broken notice never spoils a batch
        return {"ok": False, "error": f"unexpected {type(error).__name__}: {error}"}


# ---------------------------------------------------------------- the batch

def ingest(
    paths: Iterable[str],
    db,
    *,
    workers: int | None = None,
    engine: str = "processes",
    scheduler: str | None = None,
    max_bytes: int = MAX_BYTES,
    progress: bool | None = None,
    extract: Callable[[Task], dict[str, Any]] = extract_task,
) -> Summary:
    """Ingest every notice under ``paths`` into ``db``; return the summary with its error list."""
    if engine not in ENGINES:
        raise IngestError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine == "dask" and not scheduler:
        raise IngestError("--engine dask needs --scheduler ADDRESS")
    workers = workers or os.cpu_count() or 1
    summary = Summary()
    files = expand_paths(paths, summary)
    with Store(db) as store:
        tasks = []
        for task in iter_tasks(files, summary, max_bytes=max_bytes):
            if store.known_input(task.source, task.digest):
                summary.unchanged += 1
            else:
                tasks.append(task)
        bar = _progress(len(tasks), progress)
        try:
            for task, result in _run(tasks, extract, engine=engine, workers=workers, scheduler=scheduler):
                _write(store, task, result, summary)
                bar.update(1)
        finally:
            bar.close()
    return summary


def _write(store: Store, task: Task, result: dict[str, Any], summary: Summary) -> None:
    if not result.get("ok"):
        summary.fail(task.source, result.get("error") or "extraction failed")
        return
    try:
        written = store.write(result["extraction"], source=task.source, digest=task.digest,
                              signature=result.get("signature"))
    except Exception as error:
        summary.fail(task.source, f"cannot store: {type(error).__name__}: {error}")
        return
    summary.count(written.status, written.facts)


def _run(tasks: list[Task], extract, *, engine: str, workers: int, scheduler: str | None):
    if not tasks:
        return iter(())
    if engine == "dask":
        return _run_dask(tasks, extract, scheduler)
    if workers <= 1:
        return ((task, extract(task)) for task in tasks)
    return _run_pool(tasks, extract, workers)


def _ordered(tasks: list[Task], submit, window: int):
    """Submit ahead up to ``window`` tasks; yield (task, result) in input order.

    When a worker dies (killed, out of memory) every task it had in flight fails with
    it: each of those is submitted once more, so only the task that kills its worker
    twice is reported failed.
    """
    pending: collections.deque = collections.deque()
    queue = iter(tasks)
    for task in queue:
        pending.append((task, submit(task), False))
        if len(pending) >= window:
            break
    while pending:
        task, future, retried = pending.popleft()
        try:
            result = future.result()
        except Exception as error:
            if not retried:
                pending.appendleft((task, submit(task), True))
                continue
            result = {"ok": False, "error": f"worker failed: {type(error).__name__}: {error}"}
        yield task, result
        for task in queue:
            pending.append((task, submit(task), False))
            break


def _run_pool(tasks: list[Task], extract, workers: int):
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["extractor.pipeline", "extractor.contract", "kb.ingest", "kb.worker_warmup"])
    def pool():
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, max_tasks_per_child=TASKS_PER_WORKER)

    executor = pool()

    def submit(task: Task):
        nonlocal executor
        try:
            return executor.submit(extract, task)
        except BrokenProcessPool:  # a worker died: later tasks get a fresh pool
            executor.shutdown(wait=False, cancel_futures=True)
            executor = pool()
            return executor.submit(extract, task)

    try:
        yield from _ordered(tasks, submit, window=workers * 8)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _run_dask(tasks: list[Task], extract, scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise IngestError('--engine dask needs dask.distributed: pip install "dask[distributed]"') from None
    with Client(scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # Extraction dicts come back to this process: the single writer.
        yield from _ordered(tasks, lambda task: client.submit(extract, task, pure=False), window=workers * 8)


def _progress(total: int, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr)


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass
