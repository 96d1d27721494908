"""Offset maps: every character of a derived text knows the source span that produced it."""
from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np

Span = tuple[int, int]
_TYPECODE = "q"  # int64, the same layout as the numpy arrays the maps are computed with


def _to_array(values: np.ndarray) -> array:
    out = array(_TYPECODE)
    out.frombytes(np.ascontiguousarray(values, dtype=np.int64).tobytes())
    return out


def _view(values: array) -> np.ndarray:
    return np.frombuffer(values, dtype=np.int64) if len(values) else np.zeros(0, dtype=np.int64)


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
        positions = np.arange(length + 1, dtype=np.int64)
        return cls(_to_array(positions[:-1]), _to_array(positions[1:]), length)

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
        """``self`` maps B → A and ``inner`` maps C → B; the result maps C → A.

        A character of C maps to the A span from the start of its first B character to
        the end of its last; an empty one to the A position where its B position starts.
        Running maxima keep both arrays non-decreasing and every span non-negative."""
        inner_starts, inner_ends = _view(inner.starts), _view(inner.ends)
        outer_starts = array(_TYPECODE, self.starts)
        outer_starts.append(self.source_length)
        starts = np.maximum.accumulate(_view(outer_starts).take(inner_starts))
        # An empty character's end would be its start, which the running maximum of starts
        # already bounds, so it reads the 0 put before the outer ends instead.
        outer_ends = array(_TYPECODE, [0]) + self.ends
        mapped_ends = _view(outer_ends).take(inner_ends * (inner_starts < inner_ends))
        ends = np.maximum(np.maximum.accumulate(mapped_ends), starts)
        return OffsetMap(_to_array(starts), _to_array(ends), self.source_length)


class OffsetBuilder:
    """Builds a derived text piece by piece, recording where each piece came from.

    Pieces are kept as runs ``(length, start, end, step)``: character ``i`` of a run maps
    to ``[start + i*step, end + i*step)``, step 1 for copied text and 0 otherwise; the arrays
    are laid out once, in ``build``. Source positions lie within the source."""

    def __init__(self, source_length: int):
        self.source_length = source_length
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int, int]] = []
        self._floor = 0

    def copy(self, text: str, source_start: int) -> None:
        """Append ``text`` taken verbatim from ``source[source_start:source_start+len(text)]``."""
        if text:
            self._parts.append(text)
            self._runs.append((len(text), source_start, source_start + 1, 1))
        self._floor = source_start + len(text)

    def replace(self, text: str, source_start: int, source_end: int) -> None:
        """Append ``text`` standing for the whole source span (an entity, a converted phrase)."""
        if text:
            self._parts.append(text)
            self._runs.append((len(text), source_start, source_end, 0))
        self._floor = source_end

    def insert(self, text: str, at: int | None = None) -> None:
        """Append ``text`` that has no source (a separator); it maps to an empty span."""
        position = self._floor if at is None else max(at, self._floor)
        if text:
            self._parts.append(text)
            self._runs.append((len(text), position, position, 0))

    def mark(self) -> int:
        """A position in the pieces appended so far, for ``text_since``."""
        return len(self._parts)

    def text_since(self, mark: int) -> str:
        return "".join(self._parts[mark:])

    def build(self, after: OffsetMap | None = None) -> tuple[str, OffsetMap]:
        """The text and its offset map; given ``after``, the map of the source on to an earlier
        text (ordered, as ``identity`` and ``compose`` make maps), the map on to that text:
        ``after.compose`` of the built map, here without its arrays when the pieces come in order."""
        text = "".join(self._parts)
        if after is None:
            copied_to = max((start + length for length, start, _, step in self._runs if step), default=0)
            positions = _to_array(np.arange(copied_to + 1, dtype=np.int64))
            starts, ends = array(_TYPECODE), array(_TYPECODE)
            for length, start, end, step in self._runs:
                if step:  # copied: character i at [start + i, end + i)
                    starts += positions[start:start + length]
                    ends += positions[end:end + length]
                else:
                    starts += array(_TYPECODE, [start]) * length
                    ends += array(_TYPECODE, [end]) * length
            return text, OffsetMap(starts, ends, self.source_length)
        outer_starts = array(_TYPECODE, after.starts)
        outer_starts.append(after.source_length)
        outer_ends = after.ends
        starts, ends = array(_TYPECODE), array(_TYPECODE)
        last_start = last_end = 0
        for length, start, end, step in self._runs:
            if step:  # copied: character i at the span of source character start + i
                first_start, first_end = outer_starts[start], outer_ends[start]
            else:  # every character at the one span
                first_start = outer_starts[start]
                first_end = outer_ends[end - 1] if start < end else first_start
            if first_start < last_start or first_end < last_end:
                return text, after.compose(self.build()[1])  # out of order: compose's running maxima decide
            if step:
                stop = start + length
                starts += outer_starts[start:stop]
                ends += outer_ends[start:stop]
                last_start, last_end = outer_starts[stop - 1], outer_ends[stop - 1]
            elif length == 1:  # a newline put in: no array to make
                starts.append(first_start)
                ends.append(first_end)
                last_start, last_end = first_start, first_end
            else:
                starts.extend([first_start] * length)
                ends.extend([first_end] * length)
                last_start, last_end = first_start, first_end
        return text, OffsetMap(starts, ends, after.source_length)
