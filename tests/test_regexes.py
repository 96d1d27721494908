import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import facts, figures
from extractor.regexes import FirstCharDispatch, _top_level_alternatives, first_chars, guarded, last_chars


@pytest.mark.parametrize("pattern, starts, others", [
    ("abc", "a", "bc"),
    ("a?b", "ab", "c"),
    (r"\d{1,2}月", "1９", "月a"),
    ("(?:今年|去年)?首[两二]个月", "今去首", "年个"),
    ("(?<![\\d.])(?:x|)y", "xy", "1."),
    ("^(?:其中|同时|[，,])*", "其同，,", "中时"),
    ("[a-c]+d|e", "abce", "d"),
    ("x*", "x", "y"),
])
def test_first_chars(pattern, starts, others):
    firsts = first_chars(re.compile(pattern))
    assert all(firsts.match(char) for char in starts)
    assert not any(firsts.match(char) for char in others)


@pytest.mark.parametrize("pattern", ["[^a]b", ".x", "(?i)abc", "(?i:a)b", r"(a)?\1b", r"\Wx"])
def test_patterns_that_can_start_anywhere_have_no_first_chars(pattern):
    assert first_chars(re.compile(pattern)) is None


@settings(max_examples=800)
@given(st.data())
def test_every_match_starts_with_a_first_char(data):
    pattern = data.draw(st.sampled_from([facts._PERIOD, facts._TOPIC_LEAD, facts._BASIS, facts._SCOPE]))
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    match = pattern.match(text)
    if match and match.end() > 0:
        assert first_chars(pattern).match(text)


_PIECES = st.one_of(st.from_regex(facts._PERIOD, fullmatch=True), st.from_regex(facts._BASIS, fullmatch=True),
                    st.text(alphabet="年月日至比较同期上下半季度第一二三0123456789.，、增长", max_size=6))


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=8), st.sampled_from([facts._PERIOD, facts._BASIS, facts._TOPIC_LEAD]))
def test_guarded_pattern_finds_the_same_matches(pieces, pattern):
    text = "".join(pieces)
    scan = guarded(pattern)
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert scan.sub("_", text) == pattern.sub("_", text)
    for start in range(0, len(text), 3):
        assert [m.span() for m in scan.finditer(text, start, len(text) - 1)] == [
            m.span() for m in pattern.finditer(text, start, len(text) - 1)]


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=8), st.sampled_from([facts._PERIOD, facts._ROC_PERIOD, facts._BASIS]), st.data())
def test_first_char_dispatch_finds_the_same_matches(pieces, pattern, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text) + 1))
    dispatch = FirstCharDispatch(pattern)
    assert [(m.span(), m.group(0)) for m in dispatch.finditer(text, start, end)] == [
        (m.span(), m.group(0)) for m in pattern.finditer(text, start, end)]
    assert [m.span() for m in dispatch.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("source, alternatives", [
    ("a|b", ["a", "b"]),
    ("(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|(]x|\|y|[]|]z", [r"[|(]x", r"\|y", "[]|]z"]),
    (r"[^]|]a|\(b", [r"[^]|]a", r"\(b"]),
])
def test_top_level_alternatives(source, alternatives):
    assert _top_level_alternatives(source) == alternatives


@pytest.mark.parametrize("pattern", ["abc", "a|.b", "a|x*"])
def test_first_char_dispatch_refuses_what_it_cannot_split(pattern):
    with pytest.raises(ValueError):
        FirstCharDispatch(re.compile(pattern))


def test_guarded_leaves_patterns_without_first_chars_and_empty_matches_alone():
    for pattern in (re.compile(".x"), facts._TOPIC_LEAD):
        assert guarded(pattern) is pattern
    assert guarded(facts._PERIOD).pattern.startswith("(?=[")


@pytest.mark.parametrize("pattern", [r"\d*(?=年)", r"(?<=x)a*", r"\ba*", "(?s)a.b"])
def test_guarded_keeps_patterns_matching_empty_in_context_or_with_global_flags(pattern):
    compiled = re.compile(pattern)
    assert guarded(compiled) is compiled


@pytest.mark.parametrize("pattern, ends, others", [
    ("abc$", "c\n", "ab"),
    (r"ab?\Z", "ab", "\nc"),
    ("(?:涨|跌幅)(?:为)? ?$", "涨幅为 \n", "跌"),
    ("(?:^|[^目])[前后头]$", "前后头\n", "目"),
])
def test_last_chars(pattern, ends, others):
    lasts = last_chars(re.compile(pattern))
    assert all(lasts.match(char) for char in ends)
    assert not any(lasts.match(char) for char in others)


@pytest.mark.parametrize("pattern", ["abc", "a$|b", "a?$", "(?m)a$", "(?i)a$", r"\Wa?$"])
def test_patterns_not_anchored_at_the_end_or_matching_empty_have_no_last_chars(pattern):
    assert last_chars(re.compile(pattern)) is None


_END_ANCHORED = [figures._CMP_BEFORE, figures._CHANGE_BEFORE, figures._LIST_GAP, figures._METRIC_BEFORE,
                 figures._COUNTED_BEFORE]


@settings(max_examples=500)
@given(st.data())
def test_end_guarded_search_finds_what_the_pattern_finds(data):
    guarded_pattern = data.draw(st.sampled_from(_END_ANCHORED))
    pattern = guarded_pattern.pattern
    tail = data.draw(st.from_regex(pattern, fullmatch=True)) if data.draw(st.booleans()) else ""
    text = data.draw(st.text(alphabet="增长下降约超过为了，分别人数达0123456789万 \n", max_size=8)) + tail
    end = data.draw(st.integers(0, len(text) + 1))
    expected = pattern.search(text, 0, end)
    found = guarded_pattern.search(text, 0, end)
    assert (found and found.span()) == (expected and expected.span())
    expected, found = pattern.search(text), guarded_pattern.search(text)
    assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup))
