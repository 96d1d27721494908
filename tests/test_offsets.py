from hypothesis import given, strategies as st

from extractor.normalize import normalize
from extractor.offsets import OffsetBuilder, OffsetMap

pieces = st.sampled_from(
    [
        "發(fā)布", "區(qū)", "綠色", "商洛", "(GEP)", "(商洛高新區)", "１２．５％", "　　", "，", "。",
        "<p>", "</p>", "<b>", "</b>", "&nbsp;", "&#50;", "<!-- x -->", "（以下简称“高新区”）",
        "206.86億元", "?", "\ufffd", " ", "\n", "a", "5", "(140萬千瓦)", "長(zhǎng)", "**", "![圖](http://x)",
    ]
)
documents = st.lists(pieces, max_size=40).map("".join)


def test_identity_maps_each_character_to_itself():
    offsets = OffsetMap.identity(5)
    assert offsets.to_raw((1, 3)) == (1, 3)
    assert offsets.to_raw((2, 2)) == (2, 2)


def test_builder_records_copies_replacements_and_insertions():
    builder = OffsetBuilder(10)
    builder.copy("ab", 0)
    builder.replace("&", 2, 7)
    builder.insert("\n")
    builder.copy("cd", 8)
    text, offsets = builder.build()
    assert text == "ab&\ncd"
    assert offsets.to_raw((2, 3)) == (2, 7)
    assert offsets.to_raw((0, 6)) == (0, 10)
    assert offsets.to_raw((4, 6)) == (8, 10)


@given(documents)
def test_every_normalized_span_maps_inside_the_raw_text_in_order(raw):
    norm = normalize(raw, "generated.html" if "<p>" in raw else "generated.txt")
    n = len(norm.text)
    assert len(norm.offsets) == n
    previous = (0, 0)
    for i in range(n):
        start, end = norm.to_raw((i, i + 1))
        assert 0 <= start <= end <= len(raw)
        assert start >= previous[0] and end >= previous[1]
        previous = (start, end)


@given(documents, st.data())
def test_to_raw_of_a_span_covers_the_raw_of_each_character(raw, data):
    norm = normalize(raw)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    raw_start, raw_end = norm.to_raw((start, end))
    for i in range(start, end):
        char_start, char_end = norm.to_raw((i, i + 1))
        assert raw_start <= char_start and char_end <= raw_end


@given(st.text(alphabet="的是在有和人中国发展年月日0123456789.%，。", max_size=60))
def test_plain_simplified_text_is_unchanged_and_maps_one_to_one(raw):
    norm = normalize(raw.replace("\n", ""))
    assert norm.text == raw.strip(" ")
    for i, char in enumerate(norm.text):
        start, end = norm.to_raw((i, i + 1))
        assert raw[start:end] == char


@given(st.sampled_from(["發布", "綠色信貸", "園區", "億元", "萬噸"]), st.sampled_from(["", "　", "<b></b>"]))
def test_simplified_characters_map_back_to_their_traditional_source(word, noise):
    raw = f"<p>{noise}{word}</p>" if noise == "<b></b>" else f"{noise}{word}"
    norm = normalize(raw, "x.html" if "<" in raw else "x.txt")
    start, end = norm.to_raw((0, len(norm.text)))
    assert raw[start:end].replace("<b></b>", "").strip("　") == word


@st.composite
def builders(draw, length=None):
    """An ``OffsetBuilder`` fed copies, replacements and insertions anywhere in its source (or
    going forward through it, as the normalizing stages do)."""
    length = draw(st.integers(0, 12)) if length is None else length
    builder = OffsetBuilder(length)
    forward, position = draw(st.booleans()), 0
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(position if forward else 0, length))
        end = draw(st.integers(start, length))
        position = end
        kind = draw(st.sampled_from(["copy", "replace", "insert"]))
        if kind == "copy":
            builder.copy("x" * (end - start), start)
        elif kind == "replace":
            builder.replace("y" * draw(st.integers(0, 2)), start, end)
        else:
            builder.insert("\n", draw(st.none() | st.integers(0, length)))
    return builder


def built_maps(length=None):
    return builders(length).map(lambda builder: builder.build()[1])


@given(st.data())
def test_building_after_a_map_is_composing_with_it(data):
    """``build(after)`` lays out the composed arrays itself when the pieces come in order."""
    after = OffsetMap.identity(data.draw(st.integers(0, 12)))
    for _ in range(data.draw(st.integers(1, 3))):
        builder = data.draw(builders(len(after)))
        composed = after.compose(builder.build()[1])
        text, after = builder.build(after)
        assert text == builder.build()[0]
        assert (after.starts, after.ends, after.source_length) == (composed.starts, composed.ends, composed.source_length)


@given(built_maps(), st.data())
def test_compose_follows_each_character_through_both_maps(outer, data):
    inner = data.draw(built_maps(len(outer)))
    composed = outer.compose(inner)
    outer_starts = [*outer.starts, outer.source_length]
    starts, ends, highest_start, highest_end = [], [], 0, 0
    for start, end in zip(inner.starts, inner.ends):
        mapped = (outer_starts[start], outer.ends[end - 1]) if start < end else (outer_starts[start],) * 2
        highest_start, highest_end = max(highest_start, mapped[0]), max(highest_end, mapped[1])
        starts.append(highest_start)
        ends.append(max(highest_end, highest_start))
    assert (list(composed.starts), list(composed.ends), composed.source_length) == (starts, ends, outer.source_length)


wrapped_lines = st.lists(
    st.text(alphabet="的是在有和人中国发展年月日增长亿元0123456789.%，", min_size=20, max_size=20), min_size=5, max_size=12,
)


@given(wrapped_lines, st.sampled_from(["", "。"]))
def test_joined_wrapped_lines_map_each_character_back_to_itself(lines, ending):
    raw = "\n".join(lines) + ending
    norm = normalize(raw)
    for i, char in enumerate(norm.text):
        start, end = norm.to_raw((i, i + 1))
        assert raw[start:end].replace(" ", "") in (char, "")
