"""Small named exceptions of the extractor."""


class ExtractionError(Exception):
    """A document could not be extracted; the message names the file and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DecodeError(ExtractionError):
    """The bytes are not a readable text notice (binary, empty, unknown encoding)."""
