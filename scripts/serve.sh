#!/usr/bin/env bash
# README command (1): install, ingest corpus/ into gongwen.db, serve the site on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/kb extract corpus/*.txt corpus/*.html --format table
