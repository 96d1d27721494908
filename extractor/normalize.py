"""Decoded text → ``NormalizedText``: simplified script, no pinyin annotations,
half-width ASCII, folded spaces, with damaged and boilerplate spans and an offset map.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from extractor.markup import looks_like_markup, strip_markdown, strip_markup
from extractor.offsets import OffsetBuilder, OffsetMap
from extractor.records import NormalizedText
from extractor.regexes import guarded

Span = tuple[int, int]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# Each branch opens with its parenthesis, so that a scan skips straight to one, and then looks
# behind it for the annotated Chinese character.
_ANNOTATION = re.compile(
    rf"\((?<=[{_CJK}]\()([{_PINYIN_LETTERS}]{{1,7}}[1-5]?)\)|（(?<=[{_CJK}]（)([{_PINYIN_LETTERS}]{{1,7}}[1-5]?)）"
)
_KEPT_FULLWIDTH = frozenset("，；：？！（）")


def normalize(raw: str, filename: str = "", meta: dict[str, Any] | None = None) -> NormalizedText:
    stages = (strip_markdown, remove_pinyin_annotations, to_simplified, fold_width_and_space, join_wrapped_lines,
              join_split_figures, join_figures_split_on_short_lines)
    if looks_like_markup(raw, filename):
        stages = (strip_markup, *stages)
    text, offsets = raw, OffsetMap.identity(len(raw))
    converted = False
    for stage in stages:
        before = text
        text, mapped = stage(text, offsets)
        if mapped is not None:
            offsets = mapped
        converted = converted or (stage is to_simplified and text != before)
    return NormalizedText(text, offsets, find_damage(text), find_boilerplate(text), converted and written_in_traditional(raw))


_TRADITIONAL_SAMPLE = 3000
_TRADITIONAL_CHARS = 3  # converted characters in the sample, and 2% of them: traditional script, not a stray character
_TRADITIONAL_SHARE = 0.02


def written_in_traditional(raw: str) -> bool:
    """Whether a notice is written in traditional script: enough of its characters change under OpenCC's t2s."""
    sample = "".join(_CJK_RUN.findall(raw[:_TRADITIONAL_SAMPLE]))
    converted = _t2s()(sample)
    changed = sum(a != b for a, b in zip(sample, converted)) if len(converted) == len(sample) else 0
    return changed >= max(_TRADITIONAL_CHARS, _TRADITIONAL_SHARE * len(sample))


@lru_cache(maxsize=1)
def _pinyin_readings():
    from pypinyin import Style, pinyin

    def readings(char: str) -> frozenset[str]:
        found: set[str] = set()
        for style in (Style.TONE, Style.TONE3, Style.TONE2):
            for reading in pinyin(char, style=style, heteronym=True)[0]:
                found.add(reading.lower())
                found.add(reading.lower().replace("ü", "v"))
        return frozenset(found)

    return lru_cache(maxsize=20000)(readings)


def is_pinyin_of(char: str, annotation: str) -> bool:
    """True when ``annotation`` is a pinyin reading of ``char`` (any heteronym)."""
    return annotation.lower().replace("u:", "v") in _pinyin_readings()(char)


# Each stage takes a text and its map on to the raw text, and returns the new text and its map
# on to the raw text, or None as the map when every character stayed where it was.
def remove_pinyin_annotations(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    if _ANNOTATION.search(source) is None:
        return source, None
    builder = OffsetBuilder(len(source))
    position = 0
    for match in _ANNOTATION.finditer(source):
        annotation = match.group(1) or match.group(2)
        if not is_pinyin_of(source[match.start() - 1], annotation):
            continue
        builder.copy(source[position:match.start()], position)
        builder.replace("", match.start(), match.end())
        position = match.end()
    if not position:
        return source, None  # parentheses, but none holding a reading
    builder.copy(source[position:], position)
    return builder.build(after)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


_CJK_RUN = re.compile(rf"[{_CJK}]+")


def to_simplified(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    convert = _t2s()
    converted = convert(source)
    if len(converted) == len(source):
        return converted, None
    builder = OffsetBuilder(len(source))
    position = 0
    for match in _CJK_RUN.finditer(source):
        builder.copy(source[position:match.start()], position)
        run = convert(match.group(0))
        if len(run) == len(match.group(0)):
            builder.copy(run, match.start())
        else:
            builder.replace(run, match.start(), match.end())
        position = match.end()
    builder.copy(source[position:], position)
    return builder.build(after)


_WIDTH_AND_SPACE = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEPT_FULLWIDTH},
    **{space: " " for space in "\u3000\u00a0\u2002\u2003\u2009\u202f"},
    "\r": "\n",
    **{line: "|" for line in "│┃┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝║"},  # a table drawn with box characters: a pipe table
    **{line: "-" for line in "─━═"},
}


_FOLDED = re.compile("[" + "".join(re.escape(char) for char in sorted(_WIDTH_AND_SPACE)) + "]")
_LINE = re.compile(r"[^\n]+")
_DROPPED_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\ue000-\uf8ff"
# What folding changes, in one scan: blanks at either end of the text, the blanks between two
# lines, runs of spaces, a lone space between a number and Chinese, invisible characters
_FOLD = guarded(re.compile(
    r"(?P<edge>\A[ \t\n]+|[ \t\n]+\Z)"
    r"|(?P<newline>[ \t\n]*\n[ \t\n]*)"
    r"|(?P<spaces>[ \t]*\t[ \t]*| {2,})"  # a tab is a column's edge: a space even between a name and its number
    rf"|(?<=[{_CJK}]) (?=[0-9])|(?<=[0-9%]) (?=[{_CJK}])"
    rf"|[{_DROPPED_CHARS}]"
))


_FULLWIDTH_GROUPED = re.compile("(?<![０-９])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])")
_FULLWIDTH_COMMA_DIGIT = re.compile("，[０-９]")  # in every grouped number; its literal first character scans fast


def _grouped(match: re.Match) -> str:
    """One number: １０，１３５ in a row aligned by ideographic spaces or alone in its cell, and １２，４８６件 in prose;
    but in prose １００，２００，５００元 may be a list of three amounts, so it stays as written."""
    number, source = match.group(), match.string
    end = source.find("\n", match.end())
    line = source[source.rfind("\n", 0, match.start()) + 1:end if end >= 0 else None]
    before, after = source[match.start() - 1:match.start()], source[match.end():match.end() + 1]
    alone = before in ("", "\n", "|", " ", "\t", "\u3000", ">") and after in ("", "\n", "|", " ", "\t", "\u3000", "<")
    return number.replace("，", ",") if "\u3000\u3000" in line or number.index("，") <= 2 or alone else number


_CELL_SPLIT = re.compile(r"[\u3000\t ]+")
_NUMBER_CELL = re.compile(r"[+\-−(]?\d[\d,.]*%?\)?")
_SPACE_BEFORE_NUMBER_CELL = re.compile(rf"(?<=[{_CJK}]) (?=[+\-−(]?\d[\d,.]*%?\)?(?: |$))")


def _aligned_columns(source: str) -> str:
    """湛江市　51.80　28.65: in a row ending on two numbers an ideographic space aligns columns as a tab does,
    and keeps its edge; in prose (截至　9　月末) it folds like any space. So does the one space before a number
    in a row aligned by runs of spaces (其中:65岁及以上 96,018     16.35). One character for one: offsets stay."""
    if "\u3000" not in source and "  " not in source:
        return source
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if "\u3000" in line or "  " in line:
            cells = _CELL_SPLIT.split(line.strip(" \t\u3000"))
            if len(cells) >= 3 and all(_NUMBER_CELL.fullmatch(cell) for cell in cells[-2:]):
                line = line.replace("\u3000", "\t")
                lines[index] = _SPACE_BEFORE_NUMBER_CELL.sub("\t", line) if "  " in line else line
    return "\n".join(lines)


def fold_width_and_space(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    """Half-width ASCII, one space for any run of spaces, no indentation, no blank lines."""
    if _FULLWIDTH_COMMA_DIGIT.search(source):  # １２，４８６件; １０，１３５ in a row aligned by ideographic spaces
        source = _FULLWIDTH_GROUPED.sub(_grouped, source)
    folded = _FOLDED.sub(lambda match: _WIDTH_AND_SPACE[match.group()], _aligned_columns(source))  # translate looks up every character
    builder = OffsetBuilder(len(source))
    position = 0
    for match in _FOLD.finditer(folded):
        start, end = match.span()
        builder.copy(folded[position:start], position)
        if match.lastgroup == "newline":
            builder.insert("\n")  # the line break, standing for no source character
        else:
            builder.replace(" " if match.lastgroup == "spaces" else "", start, end)
        position = end
    if not position:
        return folded, None  # translated one character for one, if at all
    builder.copy(folded[position:], position)
    return builder.build(after)


# A line break no figure is written across: after a thousands separator (1,256,⏎832.46万元) or inside a
# unit (27.91亿千瓦⏎时, 平方⏎公里). Left in, the figure would be read from its tail alone.
_BREAK_IN_FIGURE = re.compile(  # (a space or the line break first: the engine scans for them fast)
    r" \n(?<=\d, \n)(?=\d{3}(?![\d]))|\n(?:(?<=\d,\n)(?=\d{3}(?![\d]))|(?<=\d千瓦\n|[万亿]千瓦\n)(?=时(?![间候期段代刻]))"
    r"|(?<=\d[平立]方\n|[万亿][平立]方\n)(?=米|公里|千米)"
    r"|(?<=\d\n)(?=(?:万股|股|万元|亿元|元|%)(?:[，,。；;、）)]|区间|之间|至|到|以上|以下|左右)))")  # 108,000,000⏎股，
# Breaks left inside a figure where the lines around it fill no wrap (a short line of a PDF): joined after the wraps are,
# so the lines they would lengthen do not hide the wrap's width
_BREAK_LEFT_IN_FIGURE = re.compile(  # (the line break first: the engine scans for it fast)
    r"\n(?:(?<=\d[万亿]\n)(?=(?:吨|元|人|户|辆|头|只|亩|件|套|家|个|千瓦时|平方米|人次|辆次|吨公里)(?:[，,。；;、）)/]|以上|以下|左右))"  # 46.85万⏎吨，
    r"|(?<=\d,\d\n)(?=\d\d(?![\d,]))|(?<=\d,\d\d\n)(?=\d(?![\d,]))"  # 2,48⏎0元/吨: a thousands group cut
    r"|(?<=\d\d\.\n)(?=\d{1,4}[\u4e00-\u9fff%‰]))")  # 58,642.⏎37万元: the decimals cut


def join_split_figures(source: str, after: OffsetMap | None = None, breaks: re.Pattern = _BREAK_IN_FIGURE) -> tuple[str, OffsetMap | None]:
    if "\n" not in source or breaks.search(source) is None:
        return source, None
    builder = OffsetBuilder(len(source))
    position = 0
    for match in breaks.finditer(source):
        builder.copy(source[position:match.start()], position)
        builder.replace("", match.start(), match.end())
        position = match.end()
    builder.copy(source[position:], position)
    return builder.build(after)


def join_figures_split_on_short_lines(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    return join_split_figures(source, after, _BREAK_LEFT_IN_FIGURE)


# --- hard-wrapped lines (text taken from PDFs and fixed-width pages) -----------------
# A line is wrapped when it fills the notice's line width (in display columns, a Chinese character
# being two) and ends on no closing punctuation; it continues on the next line, which opens no item.
_WRAP_MIN_WIDTH = 30
_WRAP_MIN_LINES = 5
_WRAP_SHARE = 0.5
_WRAP_LONGER = 0.05
_WRAP_EXACT = 0.6
_WRAP_MAX_AVERAGE = 100  # characters a line: half the lines fill the wrap, which is narrower
_WRAP_TOLERANCE = 2
_RAGGED_BAND = 0.8  # a ragged wrap's full lines fill 80% of its width or more,
_PERIOD_LED = re.compile(r"\d{4}年|\d{1,2}(?:[至\-—–]\d{1,2})?月")  # 2025年全市…, 1至10月全市…: a new item
_RAGGED_SHARE = 1 / 3  # a third of the lines fill a ragged wrap's band
_RAGGED_WIDER = 2  # lines wider than the wrap: a letterhead, a note set in smaller type
_RAGGED_OPEN = 0.6  # six in ten of those end inside a sentence
_RAGGED_EVIDENCE = 0.34  # and a third of them break inside a word or clause
_CLOSING = frozenset("。！？；：.!?;:”’」』）)】…|")
_ITEM_START = re.compile(r"(?:[-—•·*|#>]|[（(]?[0-9一二三四五六七八九十]+[)）.、．](?![0-9])|第[一二三四五六七八九十0-9]+[章条节部分])")
_SPLIT_DECIMAL = re.compile(r"[0-9]\.$")  # 268.⏎4亿元
_ALIGNED_COLUMNS = re.compile(r"\S {3,}\S")  # 盐城华澄      141,208.19: a space-aligned table row, never wrapped
_NUMBERS_ROW = re.compile(r"(?: [+\-−]?\d[\d,.]*%?){2,}$")  # 水电 5.18 -12.4 78.62: a table row, its spaces folded


_WRAP_EVIDENCE = 0.25
_OPEN_END = frozenset("的地得按占与和及对在为将把被比较从由向至以其之")
_CLOSED_START = frozenset("，。；、：！？）)%,;:!?")


def _continues(line: str, following: str) -> bool:
    """A break inside a sentence: after a word that needs what follows (的, 按), before punctuation,
    inside a number (268.⏎4) or a word (增加⏎值), or between a word and its figure (增长⏎5.6%)."""
    last, first = line[-1:], following[:1]
    if last in _OPEN_END or first in _CLOSED_START:
        return True
    if first.isdigit() and (last.isdigit() or last == "." or "\u4e00" <= last <= "\u9fff"):
        return True
    if last.isdigit() and first == ".":
        return True
    return _word_across(line[-4:], following[:4])


def _word_across(left: str, right: str) -> bool:
    """增加⏎值, 粮⏎食: a word the break cuts in two."""
    from extractor.nlp import get_segmenter

    position = 0
    for word in get_segmenter().cut(left + right, False):
        if position < len(left) < position + len(word):
            return True
        position += len(word)
    return False


def _columns(line: str) -> int:
    """Display columns: two for a character outside ASCII (Chinese), one for ASCII."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _wrap_width(widths: list[int], written: int, least: int) -> tuple[int, int] | None:
    """The width at least half the written lines fill and almost none exceeds, and how many fill it."""
    ordered = sorted(width for width in widths if width >= least)
    for width in sorted(set(ordered), reverse=True):
        longer = len(ordered) - bisect_right(ordered, width + _WRAP_TOLERANCE)
        if longer > _WRAP_LONGER * written:
            return None
        full = bisect_right(ordered, width + _WRAP_TOLERANCE) - bisect_left(ordered, width - _WRAP_TOLERANCE)
        exact = bisect_right(ordered, width) - bisect_left(ordered, width - 1)  # a wrap fills its width to a character
        if full >= _WRAP_MIN_LINES and full >= _WRAP_SHARE * written and exact >= max(_WRAP_MIN_LINES - 1, _WRAP_EXACT * full):
            return width, full
    return None


def _ragged_width(widths: list[int], written: int, prose: int) -> tuple[int, int] | None:
    """The widest line but a few (or but two: a letterhead, a note in smaller type), when a third of the written
    lines of prose fill 80% of it or more (the last lines of paragraphs are the others), and how many do."""
    ordered = sorted(width for width in widths if width >= _WRAP_MIN_WIDTH)
    if len(ordered) < _WRAP_MIN_LINES:
        return None
    for wider in range(int(_WRAP_LONGER * written), max(int(_WRAP_LONGER * written), _RAGGED_WIDER) + 1):
        width = ordered[max(0, len(ordered) - 1 - wider)]
        full = len(ordered) - bisect_left(ordered, _RAGGED_BAND * width)
        if full >= _WRAP_MIN_LINES and full >= _RAGGED_SHARE * prose:
            return width, full
    return None


def join_wrapped_lines(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    """``全市实现地区生产总值1234.5亿\n元，同比增长6.2%``: one sentence again, when at least half
    of the text's lines fill one width that (almost) no line exceeds: a hard wrap, not text
    written one paragraph a line."""
    breaks = source.count("\n")
    if breaks < _WRAP_MIN_LINES or len(source) > _WRAP_MAX_AVERAGE * (breaks + 1):
        return source, None  # few lines, or lines longer on average than any wrap
    lines = source.split("\n")
    rows = [line.startswith("|") or _ALIGNED_COLUMNS.search(line) is not None or _NUMBERS_ROW.search(line) is not None
            for line in lines]  # (a row's spaces may be folded already: 鼎晟创投 集中竞价交易 … 1,092,400 0.99)
    written = sum(1 for line, row in zip(lines, rows) if line.strip() and not row)  # (a table's rows are never wrapped)
    found = []  # wrapped by display width (PDF layout) or by a count of characters: the one more lines fill
    for measure, least in ((_columns, _WRAP_MIN_WIDTH), (len, _WRAP_MIN_WIDTH // 2)):
        measured = [measure(line) if not row else 0 for line, row in zip(lines, rows)]
        wrap = _wrap_width(measured, written, least)
        if wrap is not None:
            found.append((wrap[1], wrap[0], measured))
    if found:
        _, width, widths = max(found, key=lambda item: item[0])
        least, least_evidence = width - _WRAP_TOLERANCE, _WRAP_EVIDENCE
    else:  # no one width: lines copied from a PDF set in a proportional font fill a band of widths
        widths = [_columns(line) if not row else 0 for line, row in zip(lines, rows)]
        prose = sum(1 for line, row in zip(lines, rows)
                    if _columns(line) >= _WRAP_MIN_WIDTH and not row and not _NUMBERS_ROW.search(line))
        ragged = _ragged_width(widths, written, prose)  # (headings, table rows and page numbers fill no wrap)
        if ragged is None:
            return source, None
        width, full = ragged
        least, least_evidence = _RAGGED_BAND * width, _RAGGED_EVIDENCE
    joins = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        closed = line[-1:] in _CLOSING and not (_SPLIT_DECIMAL.search(line) and following[:1].isdigit())
        if (least <= widths[index] <= width + _WRAP_TOLERANCE and not closed and following
                and not following[0].isspace() and not _ITEM_START.match(following)):
            joins.append(index)
    evidence = sum(1 for index in joins if _continues(lines[index], lines[index + 1])
                   and (found or not _PERIOD_LED.match(lines[index + 1])))  # ragged: a line led by a period is an item
    if evidence < 2 or evidence < least_evidence * len(joins) or (not found and len(joins) < _RAGGED_OPEN * full):
        return source, None  # lines of one length that each end whole: a list, not a wrap
    joined = set(joins) | _short_wrapped_lines(lines, widths, width, least)
    across = _across_page_breaks(lines, widths, width, least)  # 比上年提高⏎- 6 -⏎5.3公斤: one sentence again
    builder = OffsetBuilder(len(source))
    position = offset = 0
    for index, line in enumerate(lines[:-1]):
        offset += len(line)  # the newline after this line
        if index in across:
            builder.copy(source[position:offset], position)
            marker_end = offset + 1 + len(lines[index + 1]) + 1
            builder.replace("", offset, marker_end)  # the page number between the halves goes, with its line breaks
            position = marker_end
        elif index in joined and index - 1 not in across:
            builder.copy(source[position:offset], position)
            builder.replace("", offset, offset + 1)
            position = offset + 1
        offset += 1
    if not position:
        return source, None
    builder.copy(source[position:], position)
    return builder.build(after)


_PAGE_MARKER = re.compile(r"\s*[-—－]\s*\d{1,3}\s*[-—－]\s*$")


def _across_page_breaks(lines: list[str], widths: list[int], width: int, least: float) -> set[int]:
    """Lines filling the wrap whose sentence goes on after a page number line (规⏎- 3 -⏎模以上): index of the first."""
    out = set()
    for index in range(len(lines) - 2):
        line, marker, following = lines[index], lines[index + 1], lines[index + 2]
        if (_PAGE_MARKER.fullmatch(marker) and least <= widths[index] <= width + _WRAP_TOLERANCE and following
                and line[-1:] not in _CLOSING and not following[0].isspace() and not _ITEM_START.match(following)
                and _continues(line, following)):
            out.add(index)
    return out


_WRAP_SHORT = 0.75  # a wrapped line may fall short of the width by a long word or figure moved to the next line


def _short_wrapped_lines(lines: list[str], widths: list[int], width: int, least: float) -> set[int]:
    """More lines of a wrapped text that continue on the next: one that stops short of the width with a
    break inside its sentence (完成投资⏎218.6亿元, 稳定在⏎7.5亿斤), and one that fills the width and ends
    between two clauses (…增长5.1%；⏎城镇、农村居民…)."""
    out = set()
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if (not line.strip() or not following or following[0].isspace() or _ITEM_START.match(following)
                or _ITEM_START.match(line)):
            continue  # （三）工业生产较快增长: a heading ends its line
        if line[-1:] in "；;":
            if least <= widths[index] <= width + _WRAP_TOLERANCE:
                out.add(index)
        elif widths[index] >= _WRAP_SHORT * width and line[-1:] not in _CLOSING and _continues(line, following):
            out.add(index)
    return out


# --- damage -----------------------------------------------------------------

_MOJIBAKE_CHAR = "[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2018-\u203a\u20ac\u2122\u00a1-\u00bf]"
_MOJIBAKE = re.compile(_MOJIBAKE_CHAR + _MOJIBAKE_CHAR + "+")  # not {2,}: opening with a class, it is scanned for fast
_MOJIBAKE_LEAD = re.compile("[\u00c3\u00c2\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ef]")
_GBK_GARBAGE = re.compile("锟斤拷(?:锟斤拷)*|烫烫烫+|屯屯屯+")  # literal first characters: a fast scan
_QUESTION_CONTEXT = re.compile(r"[吗呢么吧啥谁哪几何怎难岂]|什么|多少|是否|为何|如何")
_CJK_PUNCT = "。，、；：（）“”《》"
_PLACEHOLDERS = "□■〓▯"  # a glyph a font or an OCR pass put where a character was lost
_LOST_MARKS = "?\ufffd\uff1f" + _PLACEHOLDERS
_LOST = re.compile(f"[{_LOST_MARKS}]")


def _is_lost_character(text: str, index: int) -> bool:
    char = text[index]
    if char == "\ufffd":
        return True
    if char == "\uff1f" or char in _PLACEHOLDERS:  # only inside a figure: 2？85.6亿元, 2□45所
        return _inside_a_number(text, index)
    if char != "?":
        return False
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if "?" in (before, after) or "\ufffd" in (before, after):
        return True
    digit_after = after.isdigit() or (after in ", " and text[index + 2:index + 3].isdigit())  # 就业?,286人
    if digit_after and (before.isdigit() or (before in ", " and index > 1 and text[index - 2].isdigit())):
        return True  # 1 ? 8亿元: inside a number written with separators
    after_is_text = bool(after) and (_is_han(after) or digit_after or after in _CJK_PUNCT)
    before_is_text = bool(before) and (_is_han(before) or before.isdigit() or before in _CJK_PUNCT)
    if not (after_is_text or (before_is_text and digit_after)):
        return False
    if not before_is_text and not after_is_text:
        return False
    clause_start = max(text.rfind(sep, 0, index) for sep in "。！？!\n")
    clause = text[clause_start + 1:index]
    question = bool(_QUESTION_CONTEXT.search(clause)) and after in ("", "\n", " ", "”", "\"", "」")
    return not question


_BEFORE_A_NUMBER = frozenset("达为是约近超逾至到共计了比增降额值")


def _inside_a_number(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isdigit() and (after.isdigit() or after == "."):
        return True
    if not after.isdigit() or not (before.isdigit() or before in _BEFORE_A_NUMBER):
        return False  # 达？12.4亿元: a word that wants a number; not 问：补贴标准？120元/亩
    clause_start = max(text.rfind(sep, 0, index) for sep in "。！!\n")
    return not _QUESTION_CONTEXT.search(text, clause_start + 1, index)  # 总额是多少？12.4亿元: a question answered


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def find_damage(text: str) -> tuple[Span, ...]:
    """Spans where the source lost characters: ``?``/U+FFFD standing for Chinese
    characters, mojibake runs, GBK garbage; nearby pieces are merged into one span."""
    spans: list[Span] = []
    if any(mark in text for mark in _LOST_MARKS):  # rare: a plain look first
        for match in _LOST.finditer(text):
            if _is_lost_character(text, match.start()):
                spans.append(match.span())
    for match in _MOJIBAKE.finditer(text):
        if _MOJIBAKE_LEAD.search(match.group(0)):
            spans.append(match.span())
    spans.extend(match.span() for match in _GBK_GARBAGE.finditer(text))
    return _merge(sorted(spans), gap=1)


def _merge(spans: list[Span], gap: int) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


# --- boilerplate -------------------------------------------------------------

# A boilerplate line holds one of these words (every branch opens with a character, not a class
# or group, so that a scan skips straight to the next place one can start) …
_BOILERPLATE_WORDS = re.compile(
    r"扫码|扫一扫|二维码|下载.{0,8}(?:[Aa][Pp][Pp]|客户端)|A[Pp][Pp].{0,6}下载|a[Pp][Pp].{0,6}下载|客户端.{0,6}下载"
    r"|免费看|看价格|数据仅供参考|不作为投资依据|仅供参考[,，]?投资有风险|投资有风险|海量资讯|尽在.{0,8}(?:[Aa][Pp][Pp]|客户端)"
    r"|分享到|分享至|点击.{0,6}关注|关注.{0,8}公众号|长按.{0,6}识别|打开.{0,6}(?:[Aa][Pp][Pp]|客户端)|阅读原文|查看原文|返回顶部|相关阅读|相关新闻|猜你喜欢"
    r"|版权所有|版权声明|C(?i:opyright)|c(?i:opyright)|©|未经授权.{0,6}(?:禁止|不得)转载|转载请注明"
    r"|月费订户|成为.{0,10}订户|支持我们的工作"
)
# a site's footer line: 主办：…　地址：…　鄂ICP备05003312号 (not 全省ICP备案网站达到56.3万个, 核发ICP证经营许可320张)
_FOOTER_ID = re.compile(r"ICP[备证]\s*[:：]?\s*\d|公网安备\s*\d|网站(?:标识|识别)码\s*[:：]?\s*\d")
_FOOTER_FIGURE = re.compile(r"[。；]|\d\s*(?:%|亿|万)")
# … or is one of these whole lines
_BOILERPLATE_LINE = re.compile(
    r"\s*(?:(?:责任编辑|编辑|校对|审核|审校|监制|出品|策划|排版|来源|作者|记者|原始网址|原文连结|原文链接|电子邮件|邮箱"
    r"|上一[条篇]|下一[条篇]|上篇|下篇)[:：]"
    r"|<?(?:https?://|www\.)\S*\s*$|<?[\w.+-]+@[\w-]+\.[\w.]+>?\s*$"
    r"|[0-9a-fA-F-]{8,}\s*$|\d{1,12}\s*$"
    r"|\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+)?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
    r"|[(（][\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*[)）]\s*$"
    r"|-{3,}\s*$"
    r"|[—–-]\s?\d{1,3}\s?[—–-]\s*$|第\s?\d{1,3}\s?页(?:\s?[/，,共]\s?共?\s?\d{1,3}\s?页)?\s*$)",  # page numbers: — 2 —, 第2页
    re.I,
)
# (a site's 访问量：…次 in a report is a fact); the date apart, so that the words' first characters scan fast
_PAGE_META_WORDS = re.compile(r"来源[:：]|发布(?:时间|日期)[:：]|作者[:：]|编辑[:：]|字体|字号|【")
_PAGE_META_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VIEW_COUNT = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?[:：] ?\[? ?[\d,]+ ?\]?次?")
_LINKS_HEADING = re.compile(r"\s*(?:相关阅读|相关新闻|延伸阅读|推荐阅读|相关链接|相关报道|相关文章|往期推荐|往期回顾|往期精彩)[:：]?\s*$")
_LINK_ITEM = re.compile(r"\s*(?:[·•●▪◆■▶►\-*]|\d{1,2}[.、])\s*[^。]{2,60}$")
_TRAILING_BYLINE = re.compile(r"[。！？.]\s*([(（][\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*[)）])\s*$")
_FRONT_MATTER_BLOCK = re.compile(r"\A---\n(.*?\n)---(?:\n|\Z)", re.S)


def find_boilerplate(text: str) -> tuple[Span, ...]:
    """Lines that are not the notice: adverts, app prompts, bylines, footers, page metadata.
    They stay in the text and are excluded from extraction."""
    spans: list[Span] = []
    front = _FRONT_MATTER_BLOCK.match(text)
    front_end = front.end() if front else 0
    in_links = False  # the list under 相关阅读：, one link per line
    for line in _LINE.finditer(text):
        start, end = line.span()
        content = line.group(0)
        if in_links and _LINK_ITEM.match(content):
            spans.append((start, end))
            continue
        in_links = _LINKS_HEADING.match(content) is not None
        if start < front_end:
            if not content.startswith("title:"):
                spans.append((start, end))
            continue
        if len(content) <= 120 and (_BOILERPLATE_WORDS.search(content) or _BOILERPLATE_LINE.match(content) or (
                _FOOTER_ID.search(content) and not _FOOTER_FIGURE.search(content))):
            spans.append((start, end))
            continue
        byline = _TRAILING_BYLINE.search(content)
        if byline:
            spans.append((start + byline.start(1), start + byline.end(1)))
        if (_PAGE_META_WORDS.search(content) or ("-" in content and _PAGE_META_DATE.search(content))
                or _VIEW_COUNT.fullmatch(content.strip())):
            for counter in _VIEW_COUNT.finditer(content):  # 来源：办公室 浏览：1,026次: the page's counter, not the line
                spans.append((start + counter.start(), start + counter.end()))
    return tuple(sorted(spans))

