"""Ready-to-paste citations of one fact: plain text and GB/T 7714-2015 (electronic resource)."""
from __future__ import annotations

import datetime as _dt
from urllib.parse import urlsplit

DAMAGED_NOTE = "【注意：原文此处有字符丢失，该数字可能不完整，请核对原件】"


def _clean(value) -> str:
    return " ".join(str(value or "").split())


def source_label(fact: dict) -> str:
    """Where the document came from, for a reader: the site of its URL, else its file name."""
    url = _clean(fact.get("doc_url"))
    if url:
        host = urlsplit(url).hostname
        if host:
            return host
    return _clean(fact.get("doc_name")) or _clean(fact.get("doc_source")) or "来源不详"


def title_of(fact: dict) -> str:
    return _clean(fact.get("doc_title")) or _clean(fact.get("doc_name")) or "（无题）"


def statement(fact: dict) -> str:
    """``商洛市 森林覆盖率（目前）：69.56%`` — what the figure says, from the contract fields."""
    head = "".join(part for part in (_clean(fact.get("subject")), _clean(fact.get("metric"))) if part)
    time = _clean(fact.get("time"))
    if time:
        head = f"{head}（{time}）" if head else time
    figure = _clean(fact.get("text"))
    return f"{head}：{figure}" if head else figure


def plain(fact: dict, permalink: str) -> str:
    date = _clean(fact.get("doc_date")) or "日期不详"
    parts = []
    if fact.get("damaged"):
        parts.append(DAMAGED_NOTE)
    parts.append(f"{statement(fact)}。")
    quote = _clean(fact.get("quote"))
    if quote:
        parts.append(f"原文：“{quote}”")
    parts.append(f"来源：《{title_of(fact)}》，{source_label(fact)}，{date}。")
    url = _clean(fact.get("doc_url"))
    if url:
        parts.append(f"原文链接：{url}")
    parts.append(f"数据链接：{permalink}")
    head = "".join(parts[:-2] if url else parts[:-1])
    links = parts[-2:] if url else parts[-1:]
    return " ".join([head, *links])

def gbt7714(fact: dict, permalink: str, today: _dt.date | None = None) -> str:
    """GB/T 7714-2015 style: ``题名[EB/OL]. 出版者, (发布日期)[引用日期]. 获取和访问路径.``"""
    today = today or _dt.date.today()
    date = _clean(fact.get("doc_date"))
    published = f"({date})" if date else "(出版日期不详)"
    url = _clean(fact.get("doc_url"))
    text = f"{title_of(fact)}[EB/OL]. {source_label(fact)}, {published}[{today.isoformat()}]. {url or permalink}."
    if url:
        text += f" 数据: {permalink}."
    if fact.get("damaged"):
        text = DAMAGED_NOTE + text
    return text


def citations(fact: dict, permalink: str) -> dict:
    return {"plain": plain(fact, permalink), "gbt7714": gbt7714(fact, permalink), "permalink": permalink}
