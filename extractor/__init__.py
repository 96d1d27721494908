"""Gongwen extractor: Chinese notices → normalized text, figures, entities and facts."""

from extractor.errors import DecodeError, ExtractionError

__all__ = ["DecodeError", "ExtractionError"]
