"""Imported by the ingest forkserver before it forks workers: loads the extraction models
once, so every worker shares their pages instead of loading its own copy."""
from extractor.pipeline import document_from_bytes, extract_document

_SAMPLE = "目前全市森林覆盖率达69.56%，商洛高新区绿色信贷余额达206.86亿元，同比增长8.84%。"

extract_document(document_from_bytes(_SAMPLE.encode("utf-8"), "warmup.txt"))
