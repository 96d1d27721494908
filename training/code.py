"""Loaded by ``spacy train --code``: registers the NER model's tokenizer
(``gongwen.char_features.v1``, defined in extractor/nlp.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.nlp import register_ner_tokenizer  # noqa: E402

register_ner_tokenizer()
