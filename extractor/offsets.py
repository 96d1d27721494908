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
        outer_starts = np.append(_view(self.starts), self.source_length)
        outer_ends = _view(self.ends)
        mapped_starts = outer_starts[inner_starts]
        empty = inner_starts >= inner_ends
        last = np.where(empty, 0, inner_ends - 1)
        mapped_ends = np.where(empty, mapped_starts, outer_ends[last] if len(outer_ends) else mapped_starts)
        starts = np.maximum.accumulate(mapped_starts) if len(mapped_starts) else mapped_starts
        ends = np.maximum(np.maximum.accumulate(mapped_ends), starts) if len(mapped_ends) else mapped_ends
        return OffsetMap(_to_array(starts), _to_array(ends), self.source_length)

    def is_identity(self) -> bool:
        length = len(self.starts)
        if length != self.source_length:
            return False
        positions = np.arange(length + 1, dtype=np.int64)
        return bool(np.array_equal(_view(self.starts), positions[:-1]) and np.array_equal(_view(self.ends), positions[1:]))


class OffsetBuilder:
    """Builds a derived text piece by piece, recording where each piece came from.

    Pieces are kept as runs ``(length, start, end, step)``: character ``i`` of a run maps
    to ``[start + i*step, end + i*step)``; the arrays are laid out once, in ``build``."""

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

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        if not self._runs:
            empty = array(_TYPECODE)
            return text, OffsetMap(empty, array(_TYPECODE), self.source_length)
        lengths, starts, ends, steps = (np.array(column, dtype=np.int64) for column in zip(*self._runs))
        run_offsets = np.cumsum(lengths) - lengths
        within = np.arange(len(text), dtype=np.int64) - np.repeat(run_offsets, lengths)
        shift = within * np.repeat(steps, lengths)
        return text, OffsetMap(
            _to_array(np.repeat(starts, lengths) + shift),
            _to_array(np.repeat(ends, lengths) + shift),
            self.source_length,
        )
