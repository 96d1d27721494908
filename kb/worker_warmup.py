"""Imported by the ingest forkserver before it forks workers: loads the extraction models
once, so every worker shares their pages instead of loading its own copy."""
from extractor.pipeline import document_from_bytes, extract_document

# Traditional script with pinyin after a character: the converters load here too, not in a worker's first notice.
_SAMPLE = "商洛市發(fā)布：目前全市森林覆蓋率達69.56%，商洛高新區綠色信貸餘額達206.86億元，同比增長8.84%。"

extract_document(document_from_bytes(_SAMPLE.encode("utf-8"), "warmup.txt"))
