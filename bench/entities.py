"""Entities benchmark: accuracy on CLUENER2020 dev and throughput on the real corpus.

    .venv/bin/python bench/entities.py [--cluener ../shared/datasets/cluener2020/dev.json]
                                       [--corpus ../shared/corpus/real] [--limit N]

Accuracy: per-type precision/recall/F1 on CLUENER dev (measurement only; nothing is
trained or tuned on it) for company, government, organization and address, with
our types mapped (firm -> company, government -> government, organization ->
organization, place and park -> address). Exact span match per mention. Systems:

- rules:       the default pipeline (gazetteers + patterns), what `kb extract` runs;
- rules+ner:   the rules, plus the CLUENER-trained model on clauses where the rules
               found nothing of a type;
- ner:         the statistical model alone (extractor/data/ner);
- ner+rules:   the model's spans, plus rule spans that overlap none of them;
- jieba.posseg baseline: ns -> address, nt -> government/company/organization by
               its last characters, nz -> company.

Throughput: entity extraction alone (find_mentions) and the whole `kb extract`
pipeline (extract_document) on the real corpus, in kchar/s on one core.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

TYPES = ("company", "government", "organization", "address")
OURS_TO_CLUENER = {"firm": "company", "government": "government", "organization": "organization",
                   "place": "address", "park": "address"}
GOV_END = re.compile(r"(局|部|委|厅|署|办|政府|委员会|法院|检察院|管委会)$")
FIRM_END = re.compile(r"(公司|集团|银行|证券|保险)$")


def load_cluener(path: str, limit: int | None):
    data = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            gold = set()
            for label, ents in rec.get("label", {}).items():
                if label in TYPES:
                    for positions in ents.values():
                        for start, end in positions:
                            gold.add((start, end + 1, label))
            data.append((rec["text"], gold))
            if limit and len(data) >= limit:
                break
    return data


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(data, predict):
    """predict: a function from the list of texts to an iterable of prediction sets."""
    counts = defaultdict(lambda: [0, 0, 0])
    texts = [text for text, _ in data]
    start = time.process_time()
    preds = [set(p) for p in predict(texts)]
    elapsed = time.process_time() - start
    chars = sum(len(t) for t in texts)
    for (text, gold), pred in zip(data, preds):
        for ty in TYPES:
            g = {x for x in gold if x[2] == ty}
            p = {x for x in pred if x[2] == ty}
            counts[ty][0] += len(g & p)
            counts[ty][1] += len(p - g)
            counts[ty][2] += len(g - p)
    return {ty: prf(*counts[ty]) for ty in TYPES}, chars / elapsed / 1000


def predict_pipeline(nlp):
    def run(texts):
        for doc in nlp.pipe(texts, batch_size=256):
            yield [(m.span[0], m.span[1], OURS_TO_CLUENER[m.type]) for m in doc._.gongwen_mentions
                   if m.type in OURS_TO_CLUENER]
    return run


def predict_ner(model):
    def run(texts):
        for doc in model.pipe(texts, batch_size=256):
            yield [(e.start_char, e.end_char, OURS_TO_CLUENER[e.label_]) for e in doc.ents
                   if e.label_ in OURS_TO_CLUENER]
    return run


def predict_ner_then_rules(model, nlp):
    """The model's spans, plus rule spans that overlap none of them."""
    def run(texts):
        for ner_spans, rule_spans in zip(predict_ner(model)(texts), predict_pipeline(nlp)(texts)):
            extra = [r for r in rule_spans if not any(r[0] < n[1] and n[0] < r[1] for n in ner_spans)]
            yield list(ner_spans) + extra
    return run


def predict_posseg(texts):
    for text in texts:
        yield list(_posseg_one(text))


def _posseg_one(text):
    from extractor.nlp import pos_tag

    pos = 0
    for word, flag in pos_tag(text):
        start, pos = pos, pos + len(word)
        if flag == "ns":
            yield (start, pos, "address")
        elif flag == "nt":
            ty = "government" if GOV_END.search(word) else "company" if FIRM_END.search(word) else "organization"
            yield (start, pos, ty)
        elif flag == "nz":
            yield (start, pos, "company")


def corpus_texts(corpus_dir: str):
    from extractor.normalize import normalize
    from extractor.pipeline import read_document

    docs = []
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*"))):
        if path.endswith((".tsv", ".md")):
            continue
        doc = read_document(path)
        docs.append((doc, normalize(doc.raw, filename=doc.source, meta=doc.meta)))
    return docs


def throughput(corpus_dir: str, rounds: int = 3):
    """CPU seconds (one core) for the entity pipeline and for the whole extraction, best of
    ``rounds``; the per-phrase caches are cleared before each round."""
    from extractor.nlp import _guess_unknown, get_nlp, quick_tag
    from extractor.pipeline import extract_document

    docs = corpus_texts(corpus_dir)
    chars = sum(len(n.text) for _, n in docs)
    nlp = get_nlp()
    for _, norm in docs[:3]:
        nlp(norm.text)  # loads dictionaries and models
    best_ent = best_all = float("inf")
    for _ in range(rounds):
        quick_tag.cache_clear()
        _guess_unknown.cache_clear()
        t0 = time.process_time()
        for _, norm in docs:
            nlp(norm.text)
        best_ent = min(best_ent, time.process_time() - t0)
        quick_tag.cache_clear()
        _guess_unknown.cache_clear()
        t0 = time.process_time()
        for doc, _ in docs:
            extract_document(doc)
        best_all = min(best_all, time.process_time() - t0)
    return len(docs), chars, chars / best_ent / 1000, chars / best_all / 1000


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cluener", default=os.path.join(SHARED, "datasets", "cluener2020", "dev.json"))
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpus", "real"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--skip-throughput", action="store_true")
    args = ap.parse_args(argv)

    from extractor import entities
    from extractor.nlp import get_ner, get_nlp, make_blank

    data = load_cluener(args.cluener, args.limit)
    systems = [("rules", predict_pipeline(get_nlp()))]
    model = get_ner()
    if model is not None:
        combined = entities.add_pipes(make_blank(), use_model=True)
        systems.append(("rules+ner", predict_pipeline(combined)))
        systems.append(("ner", predict_ner(model)))
        systems.append(("ner+rules", predict_ner_then_rules(model, get_nlp())))
    systems.append(("jieba.posseg", predict_posseg))

    print(f"CLUENER2020 dev: {len(data)} sentences, exact span match per mention")
    print(f"{'system':<14}" + "".join(f"{ty:>22}" for ty in TYPES) + f"{'kchar/s cpu':>13}")
    print(f"{'':<14}" + "".join(f"{'P     R     F1':>22}" for _ in TYPES))
    for name, predict in systems:
        scores, speed = evaluate(data, predict)
        cells = "".join(f"{'%.3f %.3f %.3f' % scores[ty]:>22}" for ty in TYPES)
        print(f"{name:<14}{cells}{speed:>13.0f}")

    if not args.skip_throughput:
        n, chars, ent_speed, all_speed = throughput(args.corpus)
        print(f"\nreal corpus: {n} documents, {chars} normalized chars, one core")
        print(f"entity extraction (spaCy pipeline, jieba tokens + rules): {ent_speed:.0f} kchar/s per core")
        print(f"full extraction (extract_document, all stages):          {all_speed:.0f} kchar/s per core (goal >= 150)")


if __name__ == "__main__":
    main()
