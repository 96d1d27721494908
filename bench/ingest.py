"""Ingest throughput against bare jieba segmentation of the same text, in the same run.

Runs `kb ingest` on a scaled corpus (bench/scale_corpus.py) with one worker and with
two, each in a fresh database in its own process, sampling the proportional set size of
the whole process tree (psutil). The baseline is a private jieba.Tokenizer cutting every
notice's text once. Prints a table; --json writes the numbers too.
Targets: ingest >= 0.5x jieba with one worker, two workers >= 1.7x one, peak < 1 GB.

Example:

    python bench/ingest.py --count 20000 --json bench/out/ingest.json
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


# PSS is read from /proc/<pid>/smaps of every process of the tree: a few ms per process, which
# at 10 samples per second took ~5-10% of a core from the two-worker run (all cores busy) and
# nothing from the one-worker run (a core to spare). Memory moves slowly; twice a second finds the peak.
SAMPLE_SECONDS = 0.5


def jieba_baseline(texts: list[str]) -> float:
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    start = time.perf_counter()
    for text in texts:
        tokenizer.lcut(text)
    return time.perf_counter() - start


def stage_breakdown(corpus: Path, sample: int) -> dict:
    """Milliseconds per notice of each stage, in this process, on the first ``sample`` notices.

    ``prepare`` (the rows, built in the workers) and the single writer's ``write`` as `kb ingest`
    runs them: documents committed in batches of ``kb.ingest.COMMIT_EVERY``, the commits
    included; ``write_each`` is the same writes with one commit per notice, for comparison.
    """
    import jieba

    from extractor.contract import extraction_to_dict
    from extractor.pipeline import document_from_bytes, extract_document
    from kb.ingest import COMMIT_EVERY
    from kb.store import Store, minhash_signature, prepare

    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:sample]]
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    import kb.worker_warmup  # noqa: F401  loads the models and converters, as ingest workers do

    timings = {"jieba": 0.0, "extract": 0.0, "minhash": 0.0, "prepare": 0.0, "write": 0.0, "write_each": 0.0}
    prepared = []
    for number, line in enumerate(lines):
        start = time.perf_counter()
        tokenizer.lcut(line["text"])
        timings["jieba"] += time.perf_counter() - start
        start = time.perf_counter()
        row = extraction_to_dict(extract_document(document_from_bytes(line["text"].encode(), f"n{number}", {})))
        timings["extract"] += time.perf_counter() - start
        start = time.perf_counter()
        signature = minhash_signature(row["text"])
        timings["minhash"] += time.perf_counter() - start
        start = time.perf_counter()
        prepared.append(prepare(row, signature))
        timings["prepare"] += time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "batched.db") as store:
            start = time.perf_counter()
            for number, document in enumerate(prepared, start=1):
                store.write(document, source=f"n{number}", commit=False)
                if number % COMMIT_EVERY == 0:
                    store.commit()
            store.commit()
            timings["write"] += time.perf_counter() - start
        with Store(Path(folder) / "each.db") as store:
            start = time.perf_counter()
            for number, document in enumerate(prepared, start=1):
                store.write(document, source=f"n{number}")
            timings["write_each"] += time.perf_counter() - start
    return {name: seconds / len(lines) * 1000 for name, seconds in timings.items()}


def run_ingest(corpus: Path, db: Path, workers: int) -> dict:
    """Run `kb ingest` in a child process; wall time and peak RSS of the process tree."""
    import psutil

    command = [sys.executable, "-c", "from kb.cli import cli; cli()", "ingest", str(corpus), "--db", str(db),
               "--workers", str(workers), "--no-progress", "--report", str(db) + ".report.json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent = psutil.Process(process.pid)
    peak = 0
    parent_cpu = 0.0  # the writer's process: with workers it only writes (and waits)
    while process.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            # PSS: pages shared by forked workers count once, not once per process
            peak = max(peak, sum(p.memory_full_info().pss for p in tree if p.is_running()))
            times = parent.cpu_times()
            parent_cpu = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(SAMPLE_SECONDS)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace")
    report = json.loads(Path(str(db) + ".report.json").read_text(encoding="utf-8"))
    return {"seconds": elapsed, "peak_mb": peak / 1048576, "parent_cpu_s": parent_cpu, "exit": process.returncode,
            "report": report,
            "stderr": stderr.strip().splitlines()[-1:] if stderr else []}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20000, help="notices in the scaled corpus")
    parser.add_argument("--corpus", type=Path, help="an existing JSONL corpus instead of a scaled one")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="keep the one-worker database here (for bench/search.py)")
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument("--sample", type=int, default=1000, help="notices for the per-stage breakdown")
    args = parser.parse_args(argv)

    from scale_corpus import write_corpus

    work = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    corpus = args.corpus or write_corpus(work / "corpus.jsonl", args.count)
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} notices, {chars / 1e6:.1f} M characters ({corpus})", flush=True)

    results = {"notices": len(texts), "characters": chars, "cpus": os.cpu_count()}
    jieba_seconds = jieba_baseline(texts)
    results["jieba"] = {"seconds": jieba_seconds, "docs_per_s": len(texts) / jieba_seconds}
    print(f"jieba: {jieba_seconds:.1f} s", flush=True)
    for workers in args.workers:
        db = work / f"kb-{workers}.db"
        run = run_ingest(corpus, db, workers)
        if run["exit"] != 0 or run["report"]["failed"]:
            raise SystemExit(f"ingest failed: {run['report']['errors'][:3]}")
        run["docs_per_s"] = len(texts) / run["seconds"]
        results[f"ingest_{workers}"] = run
        print(f"ingest --workers {workers}: {run['seconds']:.1f} s, peak {run['peak_mb']:.0f} MB, "
              f"parent CPU {run['parent_cpu_s'] / len(texts) * 1000:.2f} ms/notice, "
              f"{ {k: v for k, v in run['report'].items() if k != 'errors'} }", flush=True)
    again = run_ingest(corpus, work / f"kb-{args.workers[0]}.db", args.workers[0])
    results["reingest"] = {"seconds": again["seconds"], "unchanged": again["report"]["unchanged"]}
    if args.keep:
        os.replace(work / f"kb-{args.workers[0]}.db", args.keep)

    one = results[f"ingest_{args.workers[0]}"]
    rows = [("bare jieba segmentation (1 process)", f"{results['jieba']['docs_per_s']:.0f}", "1.00x", "", "")]
    for workers in args.workers:
        run = results[f"ingest_{workers}"]
        rows.append((f"kb ingest --workers {workers}", f"{run['docs_per_s']:.0f}",
                     f"{run['docs_per_s'] / results['jieba']['docs_per_s']:.2f}x",
                     f"{one['seconds'] / run['seconds']:.2f}x", f"{run['peak_mb']:.0f}"))
    rows.append(("re-ingest, nothing changed", f"{len(texts) / again['seconds']:.0f}", "", "", ""))
    print()
    print("| run | notices/s | vs jieba | vs 1 worker | peak MB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    stages = results["stages_ms"] = stage_breakdown(corpus, args.sample)
    print()
    print(f"per notice, one process, first {args.sample} notices:")
    print("| stage | ms/notice | vs jieba |")
    print("| --- | ---: | ---: |")
    for name, ms in stages.items():
        print(f"| {name} | {ms:.2f} | {ms / stages['jieba']:.2f}x |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.rmtree(work)  # the databases are hundreds of MB each


if __name__ == "__main__":
    main()
