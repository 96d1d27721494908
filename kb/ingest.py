"""Batch ingestion: files, folders and globs in, whole documents out.

Extraction is a pure function of a document, so it runs in worker processes (or on
a Dask cluster), which also build the document's rows (``kb.store.prepare``), while
the calling process is the single writer: results come back in input order and each
document is written all-or-nothing (see ``kb.store.Store``). Documents are committed
together, every ``COMMIT_EVERY`` documents or ``COMMIT_SECONDS``, whichever comes
first, and at the end; a document counts as ingested only once committed, and a crash
loses at most the uncommitted batch, never part of a document. Input whose bytes were
already ingested from the same source is skipped before extraction. Every failure
becomes an entry of the error report; good files are ingested whatever else fails.
"""
from __future__ import annotations

import collections
import glob
import itertools
import json
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from kb.store import Store, input_hash, minhash_signature, prepare

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_BYTES = 10 * 1024 * 1024
# Worker processes are replaced after this many notices: the NLP models' vocabularies
# grow with every new word, and a fresh worker starts small again.
TASKS_PER_WORKER = 5000
# One commit per batch of documents: a commit costs more than a small document's inserts
# (FTS5 flushes a segment per transaction), and in a large file it rewrites most of the facts
# indexes' pages whatever the batch size (random keys), so per notice, bigger batches write less:
# at 15,000-20,000 notices the writer costs 2.3 ms per notice with 170 per commit (1 s of
# one-worker ingestion), 1.9 ms with 340-512. A crash loses at most this much work.
COMMIT_EVERY = 512
COMMIT_SECONDS = 2.0
# Notices in flight per worker: enough queued work that the workers keep extracting while the
# writer commits a batch (a 512-document commit with its full-text rows takes 0.3-0.5 s in a
# 20,000-notice file; 64 per worker covered ~0.2 s and two workers waited).
WINDOW_PER_WORKER = 128
# Notices per call to a worker process.
CHUNK = 8
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
    except ExtractionError as error:
        return {"ok": False, "error": error.reason}
    except Exception as error:  # one broken notice never spoils a batch
        return {"ok": False, "error": f"unexpected {type(error).__name__}: {error}"}
    try:  # the rows too, here rather than in the single writer
        return {"ok": True, "prepared": prepare(row, minhash_signature(row["text"]))}
    except Exception as error:
        return {"ok": False, "error": f"cannot store: {type(error).__name__}: {error}"}


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
    commit_every: int = COMMIT_EVERY,
    commit_seconds: float = COMMIT_SECONDS,
) -> Summary:
    """Ingest every notice under ``paths`` into ``db``; return the summary with its error list.

    ``extract(task)`` returns ``{"ok": True, "prepared": kb.store.PreparedDocument}`` (or
    ``"extraction"``: a contract dict, with an optional ``"signature"``) or ``{"ok": False,
    "error": reason}``. Written documents are committed every ``commit_every`` documents or
    ``commit_seconds``, whichever comes first, and at the end.
    """
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
        batch = _Batch(store, summary, bar, max(1, commit_every), commit_seconds)
        try:
            for task, result in _run(tasks, extract, engine=engine, workers=workers, scheduler=scheduler):
                batch.write(task, result)
        finally:
            try:
                batch.commit()  # also on an interrupt: what was written is whole documents
            finally:
                bar.close()
    return summary


class _Batch:
    """Writes results into the open transaction; commits, then counts them in the summary."""

    def __init__(self, store: Store, summary: Summary, bar, every: int, seconds: float) -> None:
        self.store, self.summary, self.bar = store, summary, bar
        self.every, self.seconds = every, seconds
        self.written: list = []  # WriteResults not committed yet
        self.started = 0.0

    def write(self, task: Task, result: dict[str, Any]) -> None:
        if not result.get("ok"):
            self.summary.fail(task.source, result.get("error") or "extraction failed")
            self.bar.update(1)
        else:
            if not self.written:
                self.started = time.monotonic()
            try:
                document = result.get("prepared") or result["extraction"]
                self.written.append(self.store.write(document, source=task.source, digest=task.digest,
                                                     signature=result.get("signature"), commit=False))
            except Exception as error:
                self.summary.fail(task.source, f"cannot store: {type(error).__name__}: {error}")
                self.bar.update(1)
        if self.written and (len(self.written) >= self.every or self.store.lost
                             or time.monotonic() - self.started >= self.seconds):
            self.commit()

    def commit(self) -> None:
        written, self.written = self.written, []
        try:
            self.store.commit()
        except Exception as error:  # nothing of the batch is stored
            for result in written:
                self.summary.fail(result.source, f"cannot store: commit failed: {type(error).__name__}: {error}")
        else:
            for result in written:
                self.summary.count(result.status, result.facts)
        self.bar.update(len(written))


def _run(tasks: list[Task], extract, *, engine: str, workers: int, scheduler: str | None):
    if not tasks:
        return iter(())
    if engine == "dask":
        return _run_dask(tasks, extract, scheduler)
    if workers <= 1:
        return ((task, extract(task)) for task in tasks)
    return _run_pool(tasks, extract, workers)


def extract_chunk(extract: Callable[[Task], dict[str, Any]], tasks: list[Task]) -> list[dict[str, Any]]:
    """Extract several tasks in one call: one round trip to a worker process instead of one per notice."""
    return [extract(task) for task in tasks]


def _ordered(tasks: list[Task], submit, window: int, chunk: int = 1):
    """Submit ahead up to ``window`` tasks, ``chunk`` per call; yield (task, result) in input order.

    ``submit(list_of_tasks)`` returns a future of their results. When a worker dies (killed,
    out of memory) every call it had in flight fails with it: each task of those is then
    submitted once more, alone and one at a time, so only the task that kills its worker
    twice is reported failed.
    """
    pending: collections.deque = collections.deque()  # (tasks, future or None: retry when reached, retried)
    queue = iter(tasks)
    in_flight = 0

    def fill() -> None:
        nonlocal in_flight
        while in_flight < window:
            batch = list(itertools.islice(queue, chunk))
            if not batch:
                return
            pending.append((batch, submit(batch), False))
            in_flight += len(batch)

    fill()
    while pending:
        batch, future, retried = pending.popleft()
        if future is None:
            future = submit(batch)
        try:
            results = future.result()
        except Exception as error:
            if not retried:
                pending.extendleft(([task], None, True) for task in reversed(batch))
                continue
            results = [{"ok": False, "error": f"worker failed: {type(error).__name__}: {error}"}] * len(batch)
        in_flight -= len(batch)
        yield from zip(batch, results)
        fill()


def _run_pool(tasks: list[Task], extract, workers: int):
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["extractor.pipeline", "extractor.contract", "kb.ingest", "kb.worker_warmup"])
    # Small batches keep the work spread over the workers; a few notices per call already
    # divide the per-call cost (pickling, queues, wake-ups: ~0.3 ms of the writer's CPU) by that many.
    chunk = max(1, min(CHUNK, len(tasks) // (workers * 4)))

    def pool():
        return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   max_tasks_per_child=max(1, TASKS_PER_WORKER // chunk))

    executor = pool()

    def submit(batch: list[Task]):
        nonlocal executor
        try:
            return executor.submit(extract_chunk, extract, batch)
        except BrokenProcessPool:  # a worker died: later tasks get a fresh pool
            executor.shutdown(wait=False, cancel_futures=True)
            executor = pool()
            return executor.submit(extract_chunk, extract, batch)

    try:
        yield from _ordered(tasks, submit, window=workers * WINDOW_PER_WORKER, chunk=chunk)
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
        yield from _ordered(tasks, lambda batch: client.submit(extract_chunk, extract, batch, pure=False),
                            window=workers * 8)


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
