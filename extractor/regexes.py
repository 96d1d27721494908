"""What a compiled pattern's matches can start (or end) with, read from its parse tree.

``first_chars(pattern)`` is a one-character class such that every non-empty match of
``pattern`` begins with a character it matches (or None when the pattern can begin with
almost anything). A caller that finds no such character at a position knows the pattern
matches only the empty string there, without running it. ``last_chars`` is the same for the
last character of a pattern anchored at the end of the string.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unbounded(Exception):
    """The pattern can start with a character no small class describes."""


def first_chars(pattern: re.Pattern) -> re.Pattern | None:
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    members: set[str] = set()
    try:
        _firsts(sre_parse.parse(pattern.pattern, pattern.flags).data, members)
    except _Unbounded:
        return None
    if not members:
        return None
    return re.compile("[" + "".join(sorted(members)) + "]")


def last_chars(pattern: re.Pattern) -> re.Pattern | None:
    """For a pattern ending with ``$`` or ``\\Z`` that cannot match the empty string, a
    one-character class holding every character a match can end on, and the newline that ``$``
    may stand before; None for any other pattern."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE) or not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.getwidth()[0] == 0:
        return None
    op, av = parsed.data[-1]
    if op is not sre.AT or av not in (sre.AT_END, sre.AT_END_STRING):
        return None
    members = {r"\n"} if av is sre.AT_END else set()
    try:
        if _firsts(parsed.data, members, reverse=True):
            return None
    except _Unbounded:
        return None
    return re.compile("[" + "".join(sorted(members)) + "]")


class EndGuarded:
    """A pattern anchored at the end whose ``search`` answers None at once when the character
    before the end (``endpos``, if given) is none a match can end on."""

    __slots__ = ("pattern", "search")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        lasts = last_chars(pattern)
        if lasts is None:
            self.search = pattern.search
            return
        search, can_end = pattern.search, lasts.match

        def search_if_it_can_end(string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
            end = len(string) if endpos is None else min(endpos, len(string))
            return search(string, pos, end) if can_end(string, end - 1) else None

        self.search = search_if_it_can_end


def _firsts(items, members: set[str], reverse: bool = False) -> bool:
    """Add the class members a sequence can start with (end with, when ``reverse``); True when
    it can match empty."""
    for op, av in reversed(items) if reverse else items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            members.add(re.escape(chr(av)))
            return False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    members.add(re.escape(chr(value)))
                elif kind is sre.RANGE:
                    members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is sre.CATEGORY and value in _CATEGORIES:
                    members.add(_CATEGORIES[value])
                else:
                    raise _Unbounded
            return False
        if op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = _firsts(branch, members, reverse) or nullable
            if not nullable:
                return False
        elif op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unbounded
            if not _firsts(av[3], members, reverse):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _firsts(av, members, reverse):
                return False
        elif op in _REPEATS:
            if not _firsts(av[2], members, reverse) and av[0] > 0:
                return False
        else:
            raise _Unbounded
    return True


def guarded(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, failing at once where no match can start: ``search``, ``finditer`` and
    ``sub`` then skip most positions with one class test instead of trying every alternative.
    Patterns that can match the empty string anywhere (``\\d*(?=年)``) come back unchanged: an empty
    match needs no first character."""
    firsts = first_chars(pattern)
    if firsts is None or sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
        return pattern
    try:
        return re.compile(f"(?={firsts.pattern})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags such as (?s) must stay first
        return pattern
