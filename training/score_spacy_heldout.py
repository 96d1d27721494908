"""Score a spaCy NER model (default: the shipped extractor/data/ner) on the held-out tenth of
CLUENER train (n % 10 == 9) with the same exact-span scorer as finetune_encoder.py and
bench/entities.py, for a like-for-like comparison.

    .venv/bin/python training/score_spacy_heldout.py [../shared/datasets/cluener2020/train.json] [model dir]
    .venv/bin/python training/score_spacy_heldout.py ../shared/datasets/cluener2020/dev.json --all   # every line
"""
import os
import sys
import time

import spacy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ner_eval import TYPES, read_cluener, score  # noqa: E402

OURS = {"firm": "company", "government": "government", "organization": "organization", "place": "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
every = "--all" in sys.argv
sys.argv = [a for a in sys.argv if a != "--all"]
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared", "datasets", "cluener2020", "train.json")
model_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "extractor", "data", "ner")
data = [d for d in read_cluener(path) if every or d[0] % 10 == 9]
nlp = spacy.load(model_dir)
t0 = time.process_time()
preds = [{(e.start_char, e.end_char, OURS[e.label_]) for e in doc.ents if e.label_ in OURS}
         for doc in nlp.pipe([t for _, t, _ in data], batch_size=256)]
el = time.process_time() - t0
res = score([s for _, _, s in data], preds)
for ty in TYPES + ("all",):
    print(f"  {ty:<13} P {res[ty][0]:.3f}  R {res[ty][1]:.3f}  F1 {res[ty][2]:.3f}")
print(f"  speed {sum(len(t) for _, t, _ in data) / el:.0f} chars/s cpu")
