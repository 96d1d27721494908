"""Gongwen knowledge base: extraction dicts in SQLite, segmented full-text search.

The public API lives in ``kb.search`` (reads), ``kb.store`` (the single writer),
``kb.ingest`` (batches of files) and ``kb.conflicts``; see docs/kb-api.md.
"""
