#!/usr/bin/env bash
# Reproducible training of the small NER model shipped in extractor/data/ner/.
# Uses CLUENER2020's train split only (a 90/10 split of it for early stopping);
# CLUENER's dev split is for measurement in bench/entities.py, never for training.
# ~15 minutes on 2 CPU cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
py="${PYTHON:-$root/.venv/bin/python}"
data="${CLUENER_TRAIN:-$root/../shared/datasets/cluener2020/train.json}"
work="${WORK:-$(mktemp -d)}"
"$py" "$here/prepare_cluener.py" "$data" "$work/corpus"
"$py" -m spacy train "$here/ner.cfg" --output "$work/out" \
    --paths.train "$work/corpus/train.spacy" --paths.dev "$work/corpus/dev.spacy"
rm -rf "$root/extractor/data/ner"
cp -r "$work/out/model-best" "$root/extractor/data/ner"
rm -f "$root/extractor/data/ner/tokenizer"  # char tokenizer has no data
echo "model written to $root/extractor/data/ner"
