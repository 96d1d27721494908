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


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` split at each ``|`` outside brackets, classes and escapes."""
    alternatives, depth, in_class, start, at = [], 0, False, 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("]", at + 1) or source.startswith("^]", at + 1):
                at += source.index("]", at + 1) - at  # []…] and [^]…]: the bracket is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(source[start:at])
            start = at + 1
        at += 1
    alternatives.append(source[start:])
    return alternatives


class FirstCharDispatch:
    """A top-level alternation that tries, at each position, only the alternatives that can
    start with the character there, in their order: ``finditer`` gives the same matches as the
    pattern's own, without trying dozens of alternatives at every digit."""

    __slots__ = ("pattern", "_starts", "_alternatives", "_classes", "_by_char")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        alternatives = _top_level_alternatives(pattern.pattern)
        compiled = [re.compile(alternative, pattern.flags) for alternative in alternatives]
        classes = [first_chars(alternative) for alternative in compiled]
        if (len(alternatives) < 2 or any(c is None for c in classes)
                or any(sre_parse.parse(a, pattern.flags).getwidth()[0] == 0 for a in alternatives)):
            raise ValueError(f"no first-character dispatch for {pattern.pattern[:40]!r}")
        self._starts = first_chars(pattern)
        self._alternatives = alternatives
        self._classes = classes
        self._by_char: dict[str, re.Pattern | None] = {}

    def _for(self, char: str) -> re.Pattern | None:
        try:
            return self._by_char[char]
        except KeyError:
            chosen = [a for a, starts in zip(self._alternatives, self._classes) if starts.match(char)]
            found = self._by_char[char] = re.compile("|".join(chosen), self.pattern.flags) if chosen else None
            return found

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        end = len(string) if endpos is None else min(endpos, len(string))
        find, at = self._starts.search, pos
        while (start := find(string, at, end)) is not None:
            at = start.start()
            candidate = self._for(string[at])
            match = candidate.match(string, at, end) if candidate is not None else None
            if match is None:
                at += 1
                continue
            yield match
            at = match.end()
