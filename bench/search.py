"""Search latency over 1,000 queries next to the raw FTS5 query for the same text.

Queries are drawn from the knowledge base itself: metrics, subjects, two-character
words of quotes, numbers, traditional-script metrics, two-word queries and queries
full of FTS syntax. For each: `kb.search.search_facts` as the site calls it (first page
of 20, all facets), the same without facets, and the bare FTS5 MATCH ... ORDER BY rank
LIMIT 20 on the prepared expression. Target: p95 < 50 ms.

Example:

    python bench/ingest.py --count 20000 --keep bench/out/kb-20k.db
    python bench/search.py --db bench/out/kb-20k.db
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOSTILE = ['"', '"绿色', "绿色 OR", "AND", "(园区", "NEAR(绿色 信贷)", "*", "-增长", "^亿元", "metric:园区", "'", "\\"]


def queries(conn, count: int, seed: int = 1) -> list[str]:
    import opencc

    rng = random.Random(seed)
    sample = lambda sql: [row[0] for row in conn.execute(sql)]  # noqa: E731
    metrics = sample("SELECT metric FROM facts WHERE metric != '' ORDER BY random() LIMIT 2000")
    subjects = sample("SELECT subject FROM facts WHERE subject != '' ORDER BY random() LIMIT 2000")
    quotes = sample("SELECT quote FROM facts WHERE quote != '' ORDER BY random() LIMIT 2000")
    numbers = [m for text in sample("SELECT text FROM facts ORDER BY random() LIMIT 2000")
               for m in re.findall(r"\d+(?:\.\d+)?", text)]
    words = [m for quote in quotes for m in re.findall(r"[\u4e00-\u9fff]{2}", quote)]
    s2t = opencc.OpenCC("s2t")
    kinds = [
        (0.30, lambda: rng.choice(metrics)),
        (0.20, lambda: rng.choice(words)),
        (0.15, lambda: rng.choice(numbers)),
        (0.10, lambda: rng.choice(subjects)),
        (0.10, lambda: s2t.convert(rng.choice(metrics))),
        (0.10, lambda: f"{rng.choice(subjects)} {rng.choice(words)}"),
        (0.05, lambda: rng.choice(HOSTILE)),
    ]
    out = []
    for _ in range(count):
        roll, acc = rng.random(), 0.0
        for share, make in kinds:
            acc += share
            if roll <= acc:
                out.append(make())
                break
        else:
            out.append(rng.choice(metrics))
    return out


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return {"p50_ms": pick(0.50), "p95_ms": pick(0.95), "max_ms": ordered[-1] * 1000,
            "mean_ms": statistics.fmean(ordered) * 1000}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from kb.schema import connect
    from kb.search import fts_query, search_facts, stats

    database = connect(args.db, readonly=True)
    conn = database.conn
    counts = stats(conn)
    texts = queries(conn, args.queries)
    for text in texts[:50]:  # warm the page cache
        search_facts(conn, text)

    timings = {"search_facts": [], "search_facts_no_facets": [], "raw_fts5": []}
    hits = 0
    for text in texts:
        start = time.perf_counter()
        result = search_facts(conn, text)
        timings["search_facts"].append(time.perf_counter() - start)
        hits += result["total"] > 0
        start = time.perf_counter()
        search_facts(conn, text, facets=False)
        timings["search_facts_no_facets"].append(time.perf_counter() - start)
        match = fts_query(text)
        start = time.perf_counter()
        if match:
            conn.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY rank LIMIT 20", [match]).fetchall()
        timings["raw_fts5"].append(time.perf_counter() - start)

    results = {"db": counts, "queries": len(texts), "queries_with_hits": hits,
               **{name: percentiles(samples) for name, samples in timings.items()}}
    print(f"{counts['facts']} facts in {counts['documents']} documents; {len(texts)} queries, {hits} with hits")
    print()
    print("| query | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: |")
    labels = {"search_facts": "`search_facts` (page of 20 + 6 facets)",
              "search_facts_no_facets": "`search_facts(facets=False)`",
              "raw_fts5": "raw FTS5 `MATCH ... ORDER BY rank LIMIT 20`"}
    for name, label in labels.items():
        p = results[name]
        print(f"| {label} | {p['p50_ms']:.1f} | {p['p95_ms']:.1f} | {p['max_ms']:.1f} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
