"""Offset maps: every character of a derived text knows the source span that produced it."""
from __future__ import annotations

from array import array
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Per derived character ``i``, the half-open source span ``[starts[i], ends[i])``.

    Both arrays are non-decreasing, so any derived span maps to one source span.
    An inserted character (a newline standing for a ``<p>`` tag) has an empty source span.
    """

    starts: array
    ends: array
    source_length: int

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls(array("l", range(length)), array("l", range(1, length + 1)), length)

    def __len__(self) -> int:
        return len(self.starts)

    def to_raw(self, span: Span) -> Span:
        start, end = span
        if not 0 <= start <= end <= len(self.starts):
            raise ValueError(f"span {span} outside text of length {len(self.starts)}")
        if start == end:
            position = self.starts[start] if start < len(self.starts) else self.source_length
            return position, position
        return self.starts[start], self.ends[end - 1]

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """``self`` maps B → A and ``inner`` maps C → B; the result maps C → A."""
        outer_starts, outer_ends = self.starts, self.ends
        outer_length = len(outer_starts)
        end_of_source = self.source_length
        starts, ends = array("l"), array("l")
        append_start, append_end = starts.append, ends.append
        previous_start = previous_end = 0
        for s, e in zip(inner.starts, inner.ends):
            if s < e:
                a_start, a_end = outer_starts[s], outer_ends[e - 1]
            else:
                a_start = a_end = outer_starts[s] if s < outer_length else end_of_source
            if a_start > previous_start:
                previous_start = a_start
            if a_end > previous_end:
                previous_end = a_end
            if previous_start > previous_end:
                previous_end = previous_start
            append_start(previous_start)
            append_end(previous_end)
        return OffsetMap(starts, ends, self.source_length)

    def is_identity(self) -> bool:
        length = len(self.starts)
        return (
            length == self.source_length
            and self.starts == array("l", range(length))
            and self.ends == array("l", range(1, length + 1))
        )


class OffsetBuilder:
    """Builds a derived text piece by piece, recording where each piece came from."""

    def __init__(self, source_length: int):
        self.source_length = source_length
        self._parts: list[str] = []
        self._starts = array("l")
        self._ends = array("l")
        self._floor = 0

    def copy(self, text: str, source_start: int) -> None:
        """Append ``text`` taken verbatim from ``source[source_start:source_start+len(text)]``."""
        self._parts.append(text)
        self._starts.extend(range(source_start, source_start + len(text)))
        self._ends.extend(range(source_start + 1, source_start + len(text) + 1))
        self._floor = source_start + len(text)

    def replace(self, text: str, source_start: int, source_end: int) -> None:
        """Append ``text`` standing for the whole source span (an entity, a converted phrase)."""
        if not text:
            self._floor = source_end
            return
        self._parts.append(text)
        self._starts.extend([source_start] * len(text))
        self._ends.extend([source_end] * len(text))
        self._floor = source_end

    def insert(self, text: str, at: int | None = None) -> None:
        """Append ``text`` that has no source (a separator); it maps to an empty span."""
        position = self._floor if at is None else max(at, self._floor)
        self._parts.append(text)
        self._starts.extend([position] * len(text))
        self._ends.extend([position] * len(text))

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._starts, self._ends, self.source_length)
