"""CLUENER reading and exact-span per-type scoring shared by the NER training scripts (no torch)."""
from __future__ import annotations

import json
from collections import defaultdict

TYPES = ("company", "government", "organization", "address")


def read_cluener(path):
    out = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            rec = json.loads(line)
            spans = set()
            for label, ents in rec.get("label", {}).items():
                if label in TYPES:
                    for positions in ents.values():
                        for s, e in positions:
                            spans.add((s, e + 1, label))
            out.append((n, rec["text"], spans))
    return out


def score(golds, preds):
    counts = defaultdict(lambda: [0, 0, 0])
    for g, p in zip(golds, preds):
        for ty in TYPES:
            gg = {x for x in g if x[2] == ty}
            pp = {x for x in p if x[2] == ty}
            counts[ty][0] += len(gg & pp); counts[ty][1] += len(pp - gg); counts[ty][2] += len(gg - pp)
    res = {}
    for ty in TYPES + ("all",):
        tp, fp, fn = (sum(counts[t][k] for t in TYPES) for k in range(3)) if ty == "all" else counts[ty]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        res[ty] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return res


def fmt(res):
    return "  ".join(f"{ty} {res[ty][0]:.3f}/{res[ty][1]:.3f}/{res[ty][2]:.3f}" for ty in TYPES + ("all",))
