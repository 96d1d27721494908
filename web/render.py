"""Turning knowledge-base rows into safe HTML pieces and readable labels.

Notice text is never marked safe as a whole: highlighted HTML is built here by
escaping each piece with ``markupsafe.escape`` and wrapping only the pieces.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from markupsafe import Markup, escape

from web.urls import entity_url, fact_url

KIND_LABELS = {
    "percent": "百分比",
    "points": "百分点",
    "money": "金额",
    "quantity": "数量",
    "count": "个数",
    "multiple": "倍数",
    "number": "数值",
}
ENTITY_TYPES = {
    "place": "地区",
    "park": "园区",
    "firm": "企业",
    "government": "政府机构",
    "organization": "组织",
}
FACET_LABELS = {"kind": "类型", "subject": "主体", "metric": "指标", "year": "年份", "doc_id": "文件", "unit": "单位"}
SORT_LABELS = {"relevance": "相关度", "value": "数值", "date": "日期"}
COMPARATORS = {"=": "", ">": "超过", ">=": "不低于", "<": "不到", "<=": "不超过", "~": "约"}
CHANGE_LABELS = {"increase": "增长", "decrease": "下降", "up": "增长", "down": "下降"}


def kind_label(kind) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


def entity_type_label(kind) -> str:
    return ENTITY_TYPES.get(kind or "", kind or "")


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    grouped = f"{int(whole):,}" if whole else "0"
    return sign + grouped + ("." + frac if frac else "")


def format_value(value, unit: str = "") -> str:
    """A value in its base unit, readable: ``20686000000`` 元 → ``206.86亿元``."""
    number = _decimal(value)
    if number is None:
        return ""
    unit = unit or ""
    if unit in ("%", "个百分点", "百分点", "倍") or abs(number) < 10000:
        return f"{_plain(number)}{unit}"
    for size, name in ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
        if abs(number) >= size:
            scaled = (number / size).quantize(Decimal("0.0001")).normalize()
            return f"{_plain(scaled)}{name}{unit}"
    return f"{_plain(number)}{unit}"  # pragma: no cover


def fact_value(fact: dict) -> str:
    """The fact's value in base units, with range and comparator."""
    text = format_value(fact.get("value"), fact.get("unit", ""))
    if fact.get("value_max") is not None:
        text = f"{text}–{format_value(fact['value_max'], fact.get('unit', ''))}"
    prefix = COMPARATORS.get(fact.get("comparator") or "=", fact.get("comparator") or "")
    return f"{prefix}{text}"


def value_note(fact: dict) -> str:
    """The value in full base units when that says more than the figure as written, else ""."""
    number = _decimal(fact.get("value"))
    if number is None:
        return ""
    full = f"{_plain(number)}{fact.get('unit') or ''}"
    if fact.get("value_max") is not None and _decimal(fact["value_max"]) is not None:
        full = f"{_plain(number)}–{_plain(_decimal(fact['value_max']))}{fact.get('unit') or ''}"
    written = (fact.get("text") or "").replace(",", "").replace("，", "")
    if full.replace(",", "") == written:
        return ""
    return "= " + full


def _clamp_span(text: str, start, end) -> tuple[int, int] | None:
    if start is None or end is None:
        return None
    start, end = int(start), int(end)
    if not 0 <= start < end <= len(text):
        return None
    return start, end


def highlight_quote(fact: dict) -> Markup:
    """The quote with the figure in ``<mark>``; every piece escaped."""
    quote = fact.get("quote") or ""
    figure = fact.get("text") or ""
    if not quote:
        return Markup("")
    span = None
    q_start = fact.get("quote_start")
    if q_start is not None and fact.get("start") is not None:
        span = _clamp_span(quote, int(fact["start"]) - int(q_start), int(fact["end"]) - int(q_start))
        if span and quote[span[0]:span[1]] != figure:
            span = None
    if span is None and figure and figure in quote:
        index = quote.index(figure)
        span = (index, index + len(figure))
    if span is None:
        return escape(quote)
    css = "fig fig-damaged" if fact.get("damaged") else "fig"
    return Markup("").join([
        escape(quote[:span[0]]),
        Markup('<mark class="{}">').format(css), escape(quote[span[0]:span[1]]), Markup("</mark>"),
        escape(quote[span[1]:]),
    ])


def highlight_text(text: str, facts: list[dict], mentions: list[dict], damaged=(), boilerplate=(), *,
                   raw: bool = False, focus: int | None = None) -> Markup:
    """A whole document with figures, entity mentions and lost characters marked.

    ``raw`` uses the ``raw_start``/``raw_end`` offsets against the original text. Spans
    that overlap an earlier-chosen span are dropped (figures first, then mentions).
    """
    start_key, end_key = ("raw_start", "raw_end") if raw else ("start", "end")
    chosen: list[tuple[int, int, str, dict]] = []
    taken: list[tuple[int, int]] = []

    def free(span):
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    candidates = [("fact", f) for f in facts] + [("mention", m) for m in mentions]
    if not raw:
        candidates += [("lost", {"start": s, "end": e}) for s, e in damaged]
        candidates += [("boiler", {"start": s, "end": e}) for s, e in boilerplate]
    for kind, item in candidates:
        span = _clamp_span(text, item.get(start_key), item.get(end_key))
        if span is None or not free(span):
            continue
        taken.append(span)
        chosen.append((span[0], span[1], kind, item))
    chosen.sort(key=lambda c: c[0])

    out: list[Markup] = []
    cursor = 0

    def plain(piece: str) -> Markup:
        if raw:
            return escape(piece)
        return Markup("</p>\n<p>").join(escape(line) for line in piece.split("\n"))

    for start, end, kind, item in chosen:
        out.append(plain(text[cursor:start]))
        piece = escape(text[start:end])
        if kind == "fact":
            classes = ["fig"]
            if item.get("damaged"):
                classes.append("fig-damaged")
            if focus is not None and item.get("id") == focus:
                classes.append("focus")
            label = f"{item.get('metric') or kind_label(item.get('kind'))}：{fact_value(item)}"
            if item.get("damaged"):
                label += "（数字受损）"
            out.append(Markup('<a class="{}" id="fact-{}" href="{}" title="{}">{}</a>').format(
                " ".join(classes), item["id"], fact_url(item["id"]), label, piece))
        elif kind == "mention":
            if item.get("entity_id"):
                out.append(Markup('<a class="ent ent-{}" href="{}" title="{}">{}</a>').format(
                    item.get("type") or "other", entity_url(item["entity_id"]),
                    f"{entity_type_label(item.get('type'))}：{item.get('entity_name') or item.get('canonical') or ''}",
                    piece))
            else:
                out.append(Markup('<span class="ent ent-{}">{}</span>').format(item.get("type") or "other", piece))
        elif kind == "boiler":
            lines = text[start:end].split("\n")
            out.append(Markup("</p>\n<p>").join(
                Markup('<span class="boiler" title="网页附带的非正文内容">{}</span>').format(line) if line else Markup("")
                for line in lines))
        else:
            out.append(Markup('<span class="lost" title="此处原文字符丢失">{}</span>').format(piece))
        cursor = end
    out.append(plain(text[cursor:]))
    body = Markup("").join(out)
    return body if raw else Markup("<p>") + body + Markup("</p>")


def bar_width(value, maximum, width: int = 240) -> int:
    number, top = _decimal(value), _decimal(maximum)
    if number is None or not top:
        return 0
    return max(2, int(abs(number) / abs(top) * width))


def http_url(url) -> str:
    """The URL when it is http(s), else "" (a notice's URL never becomes a javascript: link)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def init_app(app) -> None:
    app.jinja_env.filters.update(
        kind_label=kind_label, entity_type=entity_type_label, fmt_value=format_value, fact_value=fact_value,
        highlight_quote=highlight_quote, http_url=http_url, value_note=value_note,
    )
    app.jinja_env.globals.update(
        FACET_LABELS=FACET_LABELS, SORT_LABELS=SORT_LABELS, KIND_LABELS=KIND_LABELS, ENTITY_TYPES=ENTITY_TYPES,
        bar_width=bar_width, CHANGE_LABELS=CHANGE_LABELS,
    )
