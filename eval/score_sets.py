"""Score the extractor on the official gold and on every development set, one table.

    .venv/bin/python eval/score_sets.py [--shared ../shared] [--json out.json]

Each set is a folder of gold files (``eval/devgold*``, and ``../shared/gold``); the notices
they annotate are extracted exactly as ``kb extract --format jsonl`` does, then scored by
``../shared/eval/score.py``. Prints a Markdown table, one column per set.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from extractor.contract import extraction_to_dict  # noqa: E402
from extractor.pipeline import extract_path  # noqa: E402

ROWS = [
    ("figures F1", lambda s: s["figures"]["f1"]),
    ("kind", lambda s: s["kind_accuracy"]),
    ("metric", lambda s: s["metric_accuracy"]),
    ("subject", lambda s: s["subject_accuracy"]),
    ("comparator & change", lambda s: s["comparator_change_accuracy"]),
    ("time", lambda s: s["time_accuracy"]),
    ("citable fact recall", lambda s: s["citable_fact_recall"]),
    ("damaged published as sound", lambda s: s["unsafe_published"]),
    ("entities F1", lambda s: s["entities"]["f1"]),
]


def load_scorer(shared: str):
    spec = importlib.util.spec_from_file_location("gold_score", os.path.join(shared, "eval", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sources_for(gold_dir: str, shared: str) -> list[str]:
    paths = []
    for gold_file in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        stem = os.path.splitext(os.path.basename(gold_file))[0]
        found = glob.glob(os.path.join(shared, "corpus", "*", stem + ".*"))
        found += glob.glob(os.path.join(gold_dir, "notices", stem + ".*"))  # a set's own written notices
        paths.extend(path for path in found if not path.endswith(".json"))
    return paths


def score_set(scorer, gold_dir: str, shared: str) -> dict:
    predictions = {}
    for path in sources_for(gold_dir, shared):
        row = extraction_to_dict(extract_path(path))
        predictions[os.path.basename(row["doc"])] = row
    gold = scorer.load_gold([gold_dir])
    summary, _ = scorer.score(gold, predictions)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--json", help="also write the summaries to this file")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.shared)
    sets = [("gold", os.path.join(args.shared, "gold"))] + [
        (os.path.basename(path), path) for path in sorted(glob.glob(os.path.join(ROOT, "eval", "devgold*")))
        if os.path.isdir(path)
    ]
    summaries = {name: score_set(scorer, path, args.shared) for name, path in sets}
    names = list(summaries)
    print("| | " + " | ".join(names) + " |")
    print("| --- |" + " ---: |" * len(names))
    print("| notices | " + " | ".join(str(summaries[n]["docs"]) for n in names) + " |")
    print("| gold figures | " + " | ".join(str(summaries[n]["figures"]["gold"]) for n in names) + " |")
    for label, value in ROWS:
        cells = []
        for name in names:
            number = value(summaries[name])
            cells.append("-" if number is None else f"{number:.3f}" if isinstance(number, float) else str(number))
        print(f"| {label} | " + " | ".join(cells) + " |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(summaries, handle, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
