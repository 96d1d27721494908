#!/usr/bin/env bash
# Reproducible training of the small NER model shipped in extractor/data/ner/.
# Uses CLUENER2020's train split only (90/10 split of it for early stopping);
# CLUENER's dev split is for measurement in bench/entities.py, never for training.
# 6000 steps, seed 42 (see ner.cfg): ~15 minutes on an idle 2-core machine, longer under load.
#   bash training/train.sh [path/to/cluener/train.json]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
py="${PYTHON:-$root/.venv/bin/python}"
data="${1:-$root/../shared/datasets/cluener2020/train.json}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$py" "$here/prepare_cluener.py" "$data" "$work/corpus"
"$py" -m spacy train "$here/ner.cfg" --output "$work/out" \
    --paths.train "$work/corpus/train.spacy" --paths.dev "$work/corpus/dev.spacy"
rm -rf "$root/extractor/data/ner"
cp -r "$work/out/model-best" "$root/extractor/data/ner"
echo "model written to $root/extractor/data/ner"
