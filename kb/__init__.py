"""Gongwen knowledge base: extractions stored in SQLite, searched for the site."""
