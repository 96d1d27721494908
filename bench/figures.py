"""Figures: this extractor against Microsoft Recognizers-Text and JioNLP's money extractor.

    .venv/bin/python bench/figures.py [--corpus ../shared/corpus] [--gold ../shared/gold] [--repeat 3]

All three read the same normalized texts (extractor.normalize). For each tool the script prints
the scorer's figure precision / recall / F1 on the gold documents (../shared/eval/score.py, figures
only: entities are not part of this bench) and the throughput over the whole corpus in characters
per second. The two baselines are optional bench dependencies (``recognizers-text-suite`` with
``emoji<2``, ``jionlp``); a missing one is reported and skipped.

Mapping of the baselines to the contract (kept generous):
- Recognizers-Text: percentage → percent (个百分点 → points), currency → money (ISO code → 元 / 美元 /
  港元 …), dimension → quantity, number → count when a classifier follows, else number.
- JioNLP: extract_money → money with its currency word; it finds nothing else.
"""
from __future__ import annotations

import argparse
import glob
import importlib
import os
import sys
import time
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from extractor.contract import json_number  # noqa: E402
from extractor.decode import decode_bytes  # noqa: E402
from extractor.figures import _COUNT, find_figures  # noqa: E402
from extractor.normalize import normalize  # noqa: E402
from extractor.segment import split_sentences  # noqa: E402

CURRENCY = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "MOP": "澳门元", "GBP": "英镑", "JPY": "日元"}
DIMENSION = {
    "Ton": "吨", "Kilogram": "公斤", "Gram": "克", "Meter": "米", "Kilometer": "公里", "Square meter": "平方米",
    "Square kilometer": "平方公里", "Cubic meter": "立方米", "Hectare": "公顷", "Liter": "升", "Kilowatt": "千瓦",
    "Kilowatt hour": "千瓦时", "Mu": "亩", "Jin": "斤",
}
CLASSIFIERS = sorted(_COUNT, key=len, reverse=True)


def load_texts(corpus: str) -> dict[str, str]:
    texts = {}
    for path in sorted(glob.glob(os.path.join(corpus, "*", "*"))):
        if path.endswith(".tsv"):
            continue
        with open(path, "rb") as handle:
            raw = decode_bytes(handle.read(), path).text
        texts[os.path.basename(path)] = normalize(raw, path)
    return texts


def ours(norm):
    return [
        {"text": f.text, "start": f.span[0], "kind": f.kind, "value": json_number(f.value), "unit": f.unit,
         "comparator": f.comparator, "change": f.change, "damaged": f.damaged}
        for f in find_figures(norm, split_sentences(norm))
    ]


def _value(text):
    try:
        return float(Decimal(str(text).rstrip("%")))
    except (InvalidOperation, ValueError):
        return None


def recognizers():
    suite = importlib.import_module("recognizers_suite")
    culture = suite.Culture.Chinese

    def run(norm):
        text = norm.text
        out, taken = [], []
        for result in suite.recognize_percentage(text, culture):
            points = "百分点" in result.text
            out.append(("points" if points else "percent", "个百分点" if points else "%", result))
        for result in suite.recognize_currency(text, culture):
            out.append(("money", CURRENCY.get(result.resolution.get("isoCurrency"), result.resolution.get("unit")), result))
        for result in suite.recognize_dimension(text, culture):
            out.append(("quantity", DIMENSION.get(result.resolution.get("unit"), result.resolution.get("unit")), result))
        figures = []
        for kind, unit, result in out:
            value = _value(result.resolution.get("value"))
            if value is None:
                continue
            taken.append((result.start, result.end + 1))
            figures.append({"text": result.text, "start": result.start, "kind": kind, "value": value, "unit": unit})
        for result in suite.recognize_number(text, culture):
            start, end = result.start, result.end + 1
            if any(s < end and start < e for s, e in taken):
                continue
            value = _value(result.resolution.get("value"))
            if value is None:
                continue
            classifier = next((c for c in CLASSIFIERS if text.startswith(c, end)), None)
            figures.append({"text": result.text, "start": start, "kind": "count" if classifier else "number",
                            "value": value, "unit": classifier or ""})
        figures.sort(key=lambda f: f["start"])
        return figures

    return run


def jionlp_money():
    jio = importlib.import_module("jionlp")

    def run(norm):
        figures = []
        for item in jio.ner.extract_money(norm.text, with_parsing=True):
            value = _value(item["detail"]["num"])
            if value is None:
                continue
            figures.append({"text": item["text"], "start": item["offset"][0], "kind": "money", "value": value,
                            "unit": item["detail"].get("case") or "元"})
        return figures

    return run


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--gold", default=os.path.join(ROOT, "..", "shared", "gold"))
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus for our throughput")
    args = parser.parse_args(argv)

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(args.gold)), "eval"))
    score = importlib.import_module("score")
    gold = score.load_gold([args.gold])
    texts = load_texts(args.corpus)
    chars = sum(len(n.text) for n in texts.values())
    print(f"corpus: {len(texts)} documents, {chars} normalized characters; gold: {len(gold)} documents")

    tools = [("gongwen figures", lambda: ours, args.repeat), ("Recognizers-Text", recognizers, 1),
             ("JioNLP money", jionlp_money, 1)]
    rows = []
    for name, make, repeat in tools:
        try:
            run = make()
            run(next(iter(texts.values())))  # warm up (model and table loading)
        except ImportError as error:
            print(f"{name}: skipped ({error})")
            continue
        started = time.perf_counter()
        for _ in range(repeat):
            preds = {doc: {"doc": doc, "figures": run(norm), "entities": []} for doc, norm in texts.items()}
        seconds = (time.perf_counter() - started) / repeat
        summary, _ = score.score(gold, preds)
        f = summary["figures"]
        rows.append((name, f["precision"], f["recall"], f["f1"], summary["kind_accuracy"], chars / seconds))
    print(f"{'tool':18} {'P':>6} {'R':>6} {'F1':>6} {'kind':>6} {'chars/s':>12}")
    for name, p, r, f1, kind, speed in rows:
        print(f"{name:18} {p:6.3f} {r:6.3f} {f1:6.3f} {kind:6.3f} {speed:12,.0f}")
    if len(rows) > 1 and rows[0][0] == "gongwen figures":
        for name, *_, speed in rows[1:]:
            print(f"throughput vs {name}: {rows[0][-1] / speed:.1f}x")


if __name__ == "__main__":
    main()
