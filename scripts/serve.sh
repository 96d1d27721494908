#!/usr/bin/env bash
# README command (1): install, ingest corpus/ into gongwen.db, serve the site on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/kb ingest corpus/ --db gongwen.db || echo "some notices failed; see the report above" >&2
exec .venv/bin/kb serve --db gongwen.db --host 127.0.0.1 --port "${PORT:-8000}"
