"""Convert CLUENER2020's *train* split into spaCy DocBin files for the NER model.

Character tokens (spaCy's default Chinese segmenter). Company, government, organization
and address are mapped to Gongwen's entity types (firm, government, organization, place);
the other CLUENER labels are dropped, or with ``--all-labels`` kept under their CLUENER
names (name, position, game, book, movie, scene), so that the model also learns what is
*not* one of ours (users of the model ignore those labels). 10% of the train split (every
tenth line) is held out as the training-time dev set; CLUENER's own dev split is never read here -- it is for
measurement only (bench/entities.py).

    python training/prepare_cluener.py [--all-labels] ../shared/datasets/cluener2020/train.json training/corpus
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

LABEL_MAP = {"company": "firm", "government": "government", "organization": "organization", "address": "place"}
OTHER_LABELS = ("name", "position", "game", "book", "movie", "scene")


def convert(path: Path, out: Path, all_labels: bool = False) -> None:
    label_map = dict(LABEL_MAP, **({x: x for x in OTHER_LABELS} if all_labels else {}))
    nlp = spacy.blank("zh")  # char segmenter
    train, dev = DocBin(), DocBin()
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            rec = json.loads(line)
            doc = nlp.make_doc(rec["text"])
            spans = []
            for label, ents in rec.get("label", {}).items():
                ours = label_map.get(label)
                if not ours:
                    continue
                for positions in ents.values():
                    for start, end in positions:
                        span = doc.char_span(start, end + 1, label=ours)
                        if span is not None:
                            spans.append(span)
            spans = spacy.util.filter_spans(spans)
            doc.ents = spans
            (dev if n % 10 == 9 else train).add(doc)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    print(f"train {len(train)} docs, held-out {len(dev)} docs -> {out}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--all-labels"]
    convert(Path(args[0]), Path(args[1]), all_labels="--all-labels" in sys.argv[1:])
