"""HTML, XML wrappers and Markdown → plain text, keeping an offset map to the source.

Main content is kept; scripts, styles, navigation, comments and page furniture are
dropped; entities are decoded; inline tags vanish without splitting words.
"""
from __future__ import annotations

import html
import re
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


def strip_markup(source: str) -> tuple[str, OffsetMap]:
    builder = OffsetBuilder(len(source))
    position = 0
    length = len(source)
    while position < length:
        match = _TOKEN.search(source, position)
        if match is None:
            builder.copy(source[position:], position)
            break
        if match.start() > position:
            builder.copy(source[position:match.start()], position)
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
                position = _end_of_element(source, name, position)
                builder.insert("\n")
                continue
        if name in _BLOCK:
            builder.insert("\n")
        elif name in _CELL and closing:
            builder.insert(" ")
    return builder.build()


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


def strip_markdown(source: str) -> tuple[str, OffsetMap]:
    builder = OffsetBuilder(len(source))
    position = 0
    for match in _MARKDOWN.finditer(source):
        builder.copy(source[position:match.start()], position)
        group = 1 if match.group(1) is not None else 2 if match.group(2) is not None else 0
        if group:
            builder.copy(match.group(group), match.start(group))
        position = match.end()
    builder.copy(source[position:], position)
    return builder.build()


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
