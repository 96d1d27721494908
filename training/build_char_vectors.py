"""Train static character vectors (gensim word2vec, skip-gram) for the NER model.

Text used, unlabeled (labels are ignored): the CLUENER2020 *train* split, our real corpus
(../shared/corpus/real), and the *train* splits of Weibo NER, Resume NER and Chinese
address parsing. No dev or test split of any dataset is read.

    python training/build_char_vectors.py SHARED_DIR OUT.txt [--dim 64] [--seed 42]

Writes word2vec text format (one character per row); ``spacy init vectors zh OUT.txt DIR``
turns it into spaCy vectors. Needs gensim (training only: pip install gensim).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re

SPLIT = re.compile(r"[。！？!?\n；;]")


def conll_sentences(path: str, strip_digit: bool = False):
    chars = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars)
                chars = []
                continue
            tok = line.split()[0]
            if strip_digit and len(tok) > 1 and tok[-1].isdigit():
                tok = tok[:-1]
            chars.append(tok)
    if chars:
        yield "".join(chars)


def texts(shared: str):
    with open(os.path.join(shared, "datasets/cluener2020/train.json"), encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]
    for path in sorted(glob.glob(os.path.join(shared, "corpus/real/*"))):
        if path.endswith((".tsv", ".md")):
            continue
        with open(path, encoding="utf-8", errors="ignore") as handle:
            for part in SPLIT.split(handle.read()):
                if part.strip():
                    yield part.strip()
    yield from conll_sentences(os.path.join(shared, "datasets/weibo_ner/weiboNER_2nd_conll.train"), strip_digit=True)
    yield from conll_sentences(os.path.join(shared, "datasets/resume_ner/train.char.bmes"))
    yield from conll_sentences(os.path.join(shared, "datasets/chinese_address_parsing/train.txt"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("out")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    from gensim.models import Word2Vec

    sents = [[c for c in t if not c.isspace()] for t in texts(args.shared)]
    sents = [s for s in sents if s]
    print(f"{len(sents)} sentences, {sum(map(len, sents))} characters")
    model = Word2Vec(sents, vector_size=args.dim, window=5, min_count=2, sg=1, negative=10,
                     epochs=15, workers=1, seed=args.seed)
    model.wv.save_word2vec_format(args.out)
    print(f"{len(model.wv)} character vectors of {args.dim} -> {args.out}")


if __name__ == "__main__":
    main()
