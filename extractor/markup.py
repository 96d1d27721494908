"""HTML, XML wrappers and Markdown → plain text, keeping an offset map to the source.

Main content is kept; scripts, styles, navigation, comments and page furniture are
dropped; entities are decoded; inline tags vanish without splitting words.
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from extractor.offsets import OffsetBuilder, OffsetMap

_TAG_LIKE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_MARKUP_EXTENSIONS = (".html", ".htm", ".xhtml", ".xml", ".shtml")

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\["
    r"|\]\]>"
    r"|<![^>]*>"
    r"|<\?.*?\?>"
    r"|</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?",
    re.S,
)
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9:-]*)")
_DROPPED_ELEMENTS = frozenset(
    "script style noscript nav aside iframe svg head template button select form footer menu object canvas".split()
)
_FURNITURE = re.compile(
    r"""(?:class|id)\s*=\s*["'][^"']*\b(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|share|comments?|copyright|advert|ad-?banner|related|recommend|toolbar|topbar|login)\b""",
    re.I,
)
_BLOCK = frozenset(
    """p div br li ul ol tr table h1 h2 h3 h4 h5 h6 section article header main blockquote pre hr dd dt dl
    entry title content url docno contenttitle doc id updated summary figure figcaption caption body html
    tbody thead tfoot address center""".split()
)
_CELL = frozenset({"td", "th"})
_VOID = frozenset("br hr img meta link input area base col embed param source track wbr".split())


def looks_like_markup(text: str, filename: str = "") -> bool:
    if filename.lower().endswith(_MARKUP_EXTENSIONS):
        return True
    return len(_TAG_LIKE.findall(text[:20000])) >= 2


class _TableWriter:
    """Writes HTML tables as one line per row, cells between ``|`` (as Markdown tables):
    a cell spanning columns repeats its text (but a number in a table's first row, a summary above its header, is
    written once), a cell spanning rows leaves the cells under it empty."""

    def __init__(self, builder: OffsetBuilder):
        self.builder = builder
        self.depth = 0
        self.column = 0
        self.below: dict[int, int] = {}  # column -> rows a cell above still covers
        self.cell: tuple[int, int] | None = None  # (text mark, columns spanned)
        self.caption = False
        self.rows = 0  # rows opened in the current table

    def open_table(self) -> None:
        self.depth += 1
        self.below, self.cell, self.rows = {}, None, 0

    def close_table(self) -> None:
        self.close_cell()
        self.depth = max(0, self.depth - 1)
        self.builder.insert("\n")

    def open_row(self) -> None:
        self.close_cell()
        self.builder.insert("\n|")
        self.column = 0
        self.rows += 1

    def open_cell(self, token: str) -> None:
        self.close_cell()
        self._skip_covered()
        columns, rows = _span_attribute(token, "colspan"), _span_attribute(token, "rowspan")
        for offset in range(columns):
            if rows > 1:
                self.below[self.column + offset] = rows - 1
        self.builder.insert(" ")
        self.cell = (self.builder.mark(), columns)

    def close_cell(self) -> None:
        if self.cell is None:
            return
        mark, columns = self.cell
        content = " ".join(self.builder.text_since(mark).split())
        self.builder.insert(" |")
        copy = "" if self.rows <= 1 and _BARE_NUMBER.fullmatch(content) else content  # 股东总数 | 18,426 over all columns
        for _ in range(columns - 1):
            self.builder.insert(f" {copy} |")
        self.column += columns
        self.cell = None

    def _skip_covered(self) -> None:
        while self.below.get(self.column, 0) > 0:
            self.below[self.column] -= 1
            self.builder.insert("  |")
            self.column += 1


_BARE_NUMBER = re.compile(r"[-+−－]?[\d０-９][\d０-９.,，．%％]*")


def _span_attribute(token: str, name: str) -> int:
    match = re.search(rf"\b{name}\s*=\s*[\"']?(\d{{1,2}})", token, re.I)
    return max(1, min(int(match.group(1)), 50)) if match else 1


def strip_markup(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap]:
    """Text and offset map (on through ``after``, if given: see ``OffsetBuilder.build``)."""
    builder = OffsetBuilder(len(source))
    tables = _TableWriter(builder)
    position = 0
    length = len(source)
    while position < length:
        match = _TOKEN.search(source, position)
        if match is None:
            builder.copy(source[position:], position)
            break
        if match.start() > position:
            between = source[position:match.start()]
            if not (tables.depth and not tables.caption and (tables.cell is None or not between.strip())):
                builder.copy(between, position)  # in a table, only text inside cells
        token = match.group(0)
        position = match.end()
        if token.startswith("&"):
            decoded = html.unescape(token)
            if decoded == token:
                builder.copy(token, match.start())
            else:
                builder.replace(decoded.replace("\xa0", " "), match.start(), match.end())
            continue
        if token.startswith("<!--") or token in ("<![CDATA[", "]]>") or token.startswith(("<!", "<?")):
            continue
        name = _TAG_NAME.match(token).group(1).lower()
        closing = token.startswith("</")
        if not closing and not token.endswith("/>") and name not in _VOID:
            if name in _DROPPED_ELEMENTS or _FURNITURE.search(token):
                end = _end_of_element(source, name, position)
                headline = _page_title(source, position, end) if name == "head" else None
                if headline is not None:  # a page whose body does not repeat its title: the title is its headline
                    builder.insert("\n")
                    builder.copy(source[headline[0]:headline[1]], headline[0])
                position = end
                builder.insert("\n")
                continue
        if name == "table":
            tables.close_table() if closing else tables.open_table()
        elif tables.depth and name == "caption":
            tables.caption = not closing
            builder.insert("\n")
        elif tables.depth and name == "tr":
            tables.open_row() if not closing else tables.close_cell()
        elif tables.depth and name in _CELL:
            tables.close_cell() if closing else tables.open_cell(token)
        elif tables.depth and tables.cell is not None and name in _BLOCK:
            builder.insert(" ")  # a paragraph inside a cell stays on the row's line
        elif name == "li" and not closing:
            builder.insert("\n- ")  # a list item is a bullet, as in Markdown
        elif name in _BLOCK:
            builder.insert("\n")
        elif name in _CELL and closing:
            builder.insert(" ")
    return builder.build(after)


_HEAD_TITLE = re.compile(r"<title[^>]*>([^<]*)</title>", re.I)
_TITLE_PART = re.compile(r"[^_|｜]+?(?=\s*(?:[_|｜]|\s-\s|——|-(?=[^-\d]*$)|$))")  # 前10个月…_统计数据_南京海关
_NOT_TEXT = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|\s")


def _page_title(source: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the headline a page's <title> holds, when the page's body does not repeat it (no <h1>
    of the same words): the part of the title that names a figure, not the site's name before or after it."""
    found = _HEAD_TITLE.search(source, start, end)
    if found is None or "&" in found.group(1):
        return None
    parts = [part for part in _TITLE_PART.finditer(found.group(1)) if re.search(r"\d", part.group(0))]
    if not parts:
        return None  # 温州市人民政府门户网站: a site's name, no headline of figures
    part = max(parts, key=lambda match: len(match.group(0).strip()))
    headline = part.group(0).strip()
    if len(headline) < 4:
        return None
    begin = found.start(1) + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
    return begin, begin + len(headline)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _end_of_element(source: str, name: str, position: int) -> int:
    """Position after the tag closing the element opened just before ``position``."""
    pattern = re.compile(rf"<(/?){re.escape(name)}(?:\s[^<>]*)?>", re.I)
    depth = 1
    for match in pattern.finditer(source, position):
        if match.group(0).endswith("/>"):
            continue
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return len(source)


_MARKDOWN = re.compile(
    r"!\[([^\]\n]*)\]\([^)\n]*\)"  # image: keep the caption
    r"|\[([^\]\n]+)\]\((?:https?:|mailto:|/)[^)\n]*\)"  # link: keep the text
    r"|^[ \t]*#{1,6}[ \t]+"  # heading marks
    r"|\*\*",
    re.M,
)


def strip_markdown(source: str, after: OffsetMap | None = None) -> tuple[str, OffsetMap | None]:
    """Markdown marks removed, and the offset map (on through ``after``, if given), None when
    there are none."""
    first = _MARKDOWN.search(source)
    if first is None:
        return source, None
    builder = OffsetBuilder(len(source))
    position = 0
    for match in _MARKDOWN.finditer(source, first.start()):  # nothing to find before the first
        builder.copy(source[position:match.start()], position)
        group = 1 if match.group(1) is not None else 2 if match.group(2) is not None else 0
        if group:
            builder.copy(match.group(group), match.start(group))
        position = match.end()
    builder.copy(source[position:], position)
    return builder.build(after)


_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^(title|date|url|original_url|author|source):\s*(.*?)\s*$", re.M)
_XML_FIELDS = {
    "title": re.compile(r"<(?:title|contenttitle)[^>]*>(.*?)</(?:title|contenttitle)>", re.S | re.I),
    "date": re.compile(r"<(?:updated|published|pubdate|date)[^>]*>(.*?)</", re.S | re.I),
    "url": re.compile(r"<url>(.*?)</url>", re.S | re.I),
}
_META_TAG = re.compile(
    r"<meta\s+[^>]*(?:name|property)\s*=\s*[\"'](?:og:title|title|pubdate|publishdate|article:published_time|date)[\"'][^>]*>",
    re.I,
)


def extract_metadata(source: str) -> dict[str, Any]:
    """Title, date and URL from YAML front matter, XML wrappers or HTML heads, when present."""
    meta: dict[str, Any] = {}
    front = _FRONT_MATTER.match(source)
    if front:
        for key, value in _FRONT_FIELD.findall(front.group(1)):
            value = value.strip().strip("'\"")
            if value:
                meta.setdefault("url" if key == "original_url" else key, value)
    for key, pattern in _XML_FIELDS.items():
        if key in meta:
            continue
        match = pattern.search(source[:50000])
        if match:
            value = html.unescape(re.sub(r"<[^>]+>|<!\[CDATA\[|\]\]>", "", match.group(1))).strip()
            if value:
                meta[key] = value
    for tag in _META_TAG.findall(source[:50000]):
        content = re.search(r"content\s*=\s*[\"']([^\"']*)", tag)
        key = "title" if "title" in tag.lower() else "date"
        if content and key not in meta:
            meta[key] = html.unescape(content.group(1)).strip()
    return meta
