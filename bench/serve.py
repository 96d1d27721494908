"""Load test of the web site: concurrent clients on loopback against a 20,000-notice knowledge base.

Builds (or reuses) the knowledge base: ``bench/scale_corpus.py`` recombines real paragraphs of
../shared/corpus into N notices, ``kb ingest`` loads them. Then ``kb serve`` (waitress, in its
own process) serves it on 127.0.0.1 and a free port, and C client threads with keep-alive
connections request a realistic mix of pages and API calls for D seconds. Only loopback
traffic; every phase is bounded in time.

Printed: requests/s, latency percentiles and errors (any status >= 500 or a failed request;
404s for random ids are not expected and also count), overall and per route, for the site
with its result cache (the default) against a baseline run of the same mix with the cache
off (``GONGWEN_CACHE_SIZE=0``, ``GONGWEN_PAGE_CACHE_SIZE=0``). Target: 0 errors, p95 < 100 ms.

Example:

    .venv/bin/python bench/serve.py                      # 20 clients, 30 s, 20,000 notices
    .venv/bin/python bench/serve.py --count 2000 --duration 10 --baseline-duration 0
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def kb_command() -> list[str]:
    kb = BIN / "kb"
    return [str(kb)] if kb.exists() else [sys.executable, "-m", "kb.cli"]


def ensure_db(db: Path, count: int, timeout: float) -> None:
    """Reuse ``db`` when it holds about ``count`` notices, else build it from a scaled corpus."""
    if db.exists():
        from kb.schema import SCHEMA_VERSION

        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            have = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:  # the site opens it read-only and cannot migrate it
            raise SystemExit(f"{db} has schema v{version}, kb is at v{SCHEMA_VERSION}: migrate it (any write, e.g. "
                             f"`kb ingest` of one notice) or remove it, or pass another --db")
        if have >= count * 0.95:
            print(f"reusing {db} ({have} notices)")
            return
        raise SystemExit(f"{db} holds {have} notices, fewer than {count}; remove it or pass another --db")
    corpus = OUT / f"corpus-{count // 1000}k.jsonl" if count % 1000 == 0 else OUT / f"corpus-{count}.jsonl"
    OUT.mkdir(parents=True, exist_ok=True)
    if not corpus.exists():
        print(f"scaling the real corpus to {count} notices → {corpus}")
        subprocess.run([sys.executable, str(ROOT / "bench" / "scale_corpus.py"), "--count", str(count),
                        "--out", str(corpus)], check=True, timeout=timeout)
    print(f"ingesting {corpus} → {db} (this takes a while)")
    started = time.perf_counter()
    subprocess.run([*kb_command(), "ingest", str(corpus), "--db", str(db), "--no-progress"], check=True,
                   timeout=timeout)
    print(f"ingested in {time.perf_counter() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, threads: int, cache: bool, workers: int | None = None) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("GONGWEN_CACHE_SIZE", "GONGWEN_PAGE_CACHE_SIZE")}
    if not cache:  # else the defaults of ``kb serve``
        env["GONGWEN_CACHE_SIZE"] = env["GONGWEN_PAGE_CACHE_SIZE"] = "0"
    server = subprocess.Popen([*kb_command(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
                               "--threads", str(threads), *(["--workers", str(workers)] if workers is not None else [])],
                              env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api")
            if conn.getresponse().status == 200:
                conn.close()
                return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("kb serve did not start within 60 s")


def request_mix(db: Path, seed: int = 7) -> list[tuple[str, str]]:
    """(route, path) pairs drawn from the knowledge base: what researchers and journalists would ask."""
    rng = random.Random(seed)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        metrics = [m for (m,) in conn.execute(
            "SELECT metric FROM facts WHERE metric != '' GROUP BY metric ORDER BY count(*) DESC LIMIT 200")]
        subjects = [s for (s,) in conn.execute(
            "SELECT subject_id FROM facts WHERE subject_id IS NOT NULL AND subject_id != '' "
            "GROUP BY subject_id ORDER BY count(*) DESC LIMIT 100")]
        fact_ids = [i for (i,) in conn.execute("SELECT id FROM facts ORDER BY random() LIMIT 2000")]
        doc_ids = [i for (i,) in conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 1000")]
    words = [m[:rng.choice((2, 3, 4))] for m in metrics] + ["亿元", "增长", "同比", "绿色", "高新区", "森林覆盖率"]
    mix: list[tuple[str, str]] = []
    for _ in range(4000):
        roll = rng.random()
        if roll < 0.30:
            mix.append(("search", "/?" + urlencode({"q": rng.choice(words)})))
        elif roll < 0.40:
            args = {"q": rng.choice(words), "kind": rng.choice(["percent", "money", "count"]),
                    "sort": rng.choice(["relevance", "value", "date"])}
            if rng.random() < 0.3:
                args["page"] = rng.randint(2, 4)
            mix.append(("search+filters", "/?" + urlencode(args)))
        elif roll < 0.60:
            mix.append(("fact", f"/facts/{rng.choice(fact_ids)}"))
        elif roll < 0.72:
            mix.append(("document", f"/documents/{rng.choice(doc_ids)}"))
        elif roll < 0.77 and subjects:
            mix.append(("entity", "/entities/" + quote(rng.choice(subjects), safe=":")))
        elif roll < 0.90:
            mix.append(("api facts", "/api/facts?" + urlencode({"q": rng.choice(words), "per_page": 50})))
        else:
            mix.append(("api fact", f"/api/facts/{rng.choice(fact_ids)}"))
    return mix


def run_clients(port: int, mix: list[tuple[str, str]], clients: int, duration: float) -> list[tuple[str, float, int, bool]]:
    results: list[tuple[str, float, int, bool]] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def client(number: int) -> None:
        rng = random.Random(number)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local = []
        while time.monotonic() < stop:
            route, path = rng.choice(mix)
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
                hit = response.getheader("X-Cache") == "hit"
            except (OSError, http.client.HTTPException):
                status, hit = 0, False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            local.append((route, time.perf_counter() - started, status, hit))
        conn.close()
        with lock:
            results.extend(local)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(duration + 60)
    return results


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summarize(name: str, results, duration: float) -> dict:
    latencies = [r[1] * 1000 for r in results]
    errors = sum(1 for r in results if r[2] == 0 or r[2] >= 400)
    row = {"run": name, "requests": len(results), "rps": len(results) / duration,
           "p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95),
           "p99_ms": percentile(latencies, 99), "max_ms": max(latencies) if latencies else float("nan"),
           "errors": errors, "hit_rate": sum(1 for r in results if r[3]) / len(results) if results else 0.0,
           "routes": {}}
    for route in sorted({r[0] for r in results}):
        lat = [r[1] * 1000 for r in results if r[0] == route]
        row["routes"][route] = {"requests": len(lat), "p50_ms": percentile(lat, 50), "p95_ms": percentile(lat, 95),
                                "errors": sum(1 for r in results if r[0] == route and (r[2] == 0 or r[2] >= 400)),
                                "hit_rate": sum(1 for r in results if r[0] == route and r[3]) / len(lat)}
    return row


def server_cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of the server process and its worker processes; Linux only."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total, pending, seen = 0.0, [pid], set()
    try:
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
    except (OSError, ValueError, IndexError):
        return None if not seen else total
    return total


def bench(db: Path, mix, clients: int, duration: float, threads: int, cache: bool, name: str,
          workers: int | None = None) -> dict:
    server, port = start_server(db, threads, cache, workers)
    try:
        run_clients(port, mix, clients, min(3.0, duration))  # warm-up: page cache, imports, templates
        cpu_before = server_cpu_seconds(server.pid)
        results = run_clients(port, mix, clients, duration)
        cpu_after = server_cpu_seconds(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    summary = summarize(name, results, duration)
    if cpu_before is not None and cpu_after is not None and results:
        # the server's own CPU per request: the cost of a request, whatever else loads the machine
        summary["server_cpu_ms"] = (cpu_after - cpu_before) * 1000 / len(results)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=OUT / "serve-20k.db")
    parser.add_argument("--count", type=int, default=20000, help="notices in the knowledge base")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load per run")
    parser.add_argument("--baseline-duration", type=float, default=15.0, help="seconds of the no-cache run (0: skip)")
    parser.add_argument("--threads", type=int, default=8, help="threads per server process")
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (kb serve --workers; default: kb serve's, one waitress process)")
    parser.add_argument("--build-timeout", type=float, default=3600.0)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    ensure_db(args.db, args.count, args.build_timeout)
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as conn:
        size = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "sources", "facts", "entities")}
    print(f"knowledge base: {size}")
    mix = request_mix(args.db)
    runs = []
    if args.baseline_duration > 0:
        runs.append(bench(args.db, mix, args.clients, args.baseline_duration, args.threads, False,
                          "baseline: no caches", args.workers))
        runs[-1]["load_after"] = os.getloadavg()[0]
    runs.append(bench(args.db, mix, args.clients, args.duration, args.threads, True, "kb serve (default)", args.workers))
    runs[-1]["load_after"] = os.getloadavg()[0]

    server = f"{args.workers} processes" if args.workers and args.workers > 1 else "waitress"
    loads = ", ".join(f"{run['load_after']:.1f}" for run in runs)
    print(f"\n{args.clients} clients on loopback, {server}, {args.threads} threads, {os.cpu_count()} CPUs, "
          f"load average after each run: {loads}\n")
    print("| run | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | page-cache hits | server CPU ms/req |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in runs:
        cpu = f"{run['server_cpu_ms']:.1f}" if "server_cpu_ms" in run else "n/a"
        print(f"| {run['run']} | {run['requests']} | {run['rps']:.0f} | {run['p50_ms']:.1f} | {run['p95_ms']:.1f} "
              f"| {run['p99_ms']:.1f} | {run['max_ms']:.0f} | {run['errors']} | {run['hit_rate']:.0%} | {cpu} |")
    for run in runs:
        print(f"\nper route ({run['run']}):\n")
        print("| route | requests | p50 ms | p95 ms | errors | page-cache hits |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for route, stats in run["routes"].items():
            print(f"| {route} | {stats['requests']} | {stats['p50_ms']:.1f} | {stats['p95_ms']:.1f} | {stats['errors']} "
                  f"| {stats['hit_rate']:.0%} |")
    final = runs[-1]
    verdict = "PASS" if final["errors"] == 0 and final["p95_ms"] < 100 else "MISS"
    print(f"\ntarget 0 errors and p95 < 100 ms: {verdict}")
    if args.json:
        args.json.write_text(json.dumps({"kb": size, "runs": runs}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
