"""Gazetteers: China's administrative divisions, named regions, parks and known bodies.

Data files live in ``extractor/data``:

- ``divisions.tsv``: code, name, parent code for provinces, prefectures and counties
  (built by ``training/build_divisions.py`` from public division data);
- ``regions.tsv``: named regions, rivers, mountains, countries, Hong Kong and Macau
  districts, national-level new zones (name, type, canonical);
- ``bodies.tsv``: government bodies, organizations and firms known by a name
  without a generic suffix, and their common abbreviations.

Everything is loaded once (``get_gazetteer()`` is cached). Matching is a
longest-match scan keyed on the first two characters; a character-class regex finds
the positions where a name can start, so Python only looks at those.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

NATIONS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 鄂温克 德昂 保安 裕固 京 "
    "独龙 鄂伦春 赫哲 门巴 珞巴 基诺 俄罗斯 乌孜别克 塔塔尔 各"
).split()
ETHNIC = re.compile(
    "^(.+?)(?:" + "|".join(sorted((n + "族" for n in NATIONS), key=len, reverse=True)) + ")+自治(?:州|县|旗)$"
)
PROVINCE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")
# short forms that are common words (or names of other things) and would match too much
SHORT_BLOCK = frozenset(
    "阿里 东方 白银 和平 通道 合作 大方 平安 安康 开放 城关 新华 长安 永和 清河 平原 华容 东海 "
    "南海 北海 江南 河南 河北 海南 城中 中山 东至 青河 吉利 阳光 新城 向阳 和政 富民 建设 临夏 "
    "三都 宁国 普洱 和田 大同 太和 泰和 新乡 永安 长宁 安宁 新民 文山 保山 黄山 铁山 南山 "
    "东山 西山 北山 城区 郊区 矿区 新区 高新 开发 经开 工业 朝阳 和顺 江城 汉阴 秀山 石林 "
    "大通 玉门 沙湾 巴中 大安 海城 江都 开平 德令哈 吉安 肃宁 龙口 丰都 平度 宁远 "
    "万宁 永康 温岭 乐清 瑞安 正安 德保 德安 德江 龙泉 龙江 金华 金平 金川 金门 金山 ".split()
)
# but keep these: they are province/prefecture short forms in everyday use
SHORT_KEEP = frozenset("河南 河北 海南 中山 黄山 大同 新乡 吉安 金华 普洱 和田 巴中 临夏 文山 保山 宁国 永康 平度 龙口 乐清 瑞安 温岭 万宁".split())


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str
    parent: str

    @property
    def level(self) -> int:
        """1 province, 2 prefecture, 3 county."""
        if self.code.endswith("0000"):
            return 1
        if self.code.endswith("00"):
            return 2
        return 3

    @property
    def province(self) -> str:
        return self.code[:2] + "0000"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer name: what it is and what entity it names."""

    name: str
    type: str
    canonical: str
    entity_id: str
    code: str = ""  # division code when the entry names an administrative division
    short: bool = False  # a short form (商洛 for 商洛市)


def stable_id(type_: str, canonical: str) -> str:
    digest = hashlib.sha1(f"{type_}:{canonical}".encode("utf-8")).hexdigest()[:12]
    return f"{type_}:{digest}"


def short_division_name(div: Division) -> str | None:
    """商洛市 -> 商洛, 广西壮族自治区 -> 广西, 延边朝鲜族自治州 -> 延边, 商南县 -> 商南."""
    name = div.name
    m = ETHNIC.match(name)
    if m:
        stem = m.group(1)
    elif div.level == 1:
        stem = name
        for suffix in PROVINCE_SUFFIXES:
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                break
    elif div.level == 2:
        stem = re.sub(r"(市|地区|自治州)$|(?<=[\u4e00-\u9fff]{3})盟$", "", name)  # 锡林郭勒盟 -> 锡林郭勒 (not 兴安盟: 兴安县's)
        if stem == name:
            return None
    else:
        if not name.endswith(("市", "县")) or len(name) < 3:
            return None
        stem = name[:-1]
    if len(stem) < 2 or stem == name:
        return None
    if stem in SHORT_BLOCK and stem not in SHORT_KEEP:
        return None
    return stem


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def _common_words() -> frozenset[str]:
    """Frequent jieba dictionary words that are not proper names (富裕, 资源, 比如):
    county short forms equal to one of them are not used."""
    import jieba.posseg

    from extractor.nlp import get_tokenizer

    freq = get_tokenizer().FREQ
    tags = jieba.posseg.dt.word_tag_tab
    proper = ("ns", "nr", "nrt", "nz", "nrfg", "j")
    return frozenset(w for w, t in tags.items() if t not in proper and freq.get(w, 0) > 300 and 2 <= len(w) <= 4)


@lru_cache(maxsize=1)
def load_divisions() -> dict[str, Division]:
    out = {}
    for code, name, parent in _read_tsv(DATA / "divisions.tsv"):
        out[code] = Division(code, name, parent)
    return out


class Gazetteer:
    """Names -> entries, with a longest-match scan over text."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.divisions = load_divisions()
        self._lengths: dict[str, tuple[int, ...]] = {}  # first two chars -> name lengths, longest first
        self._starts: re.Pattern | None = None  # where a name can start: a known first and second character
        self._load()

    # -- building -----------------------------------------------------------
    def add(self, entry: Entry, override: bool = False) -> None:
        old = self.entries.get(entry.name)
        if old is not None and not override:
            return
        self.entries[entry.name] = entry
        key, length = entry.name[:2], len(entry.name)
        lengths = self._lengths.get(key, ())
        if length >= 2 and length not in lengths:
            self._lengths[key] = tuple(sorted(lengths + (length,), reverse=True))
            self._starts = None

    def _load(self) -> None:
        # divisions: higher levels first so 北京市 names the province, not its prefecture row
        divs = sorted(self.divisions.values(), key=lambda d: (d.level, d.code))
        by_name: dict[str, Division] = {}
        for div in divs:
            by_name.setdefault(div.name, div)
        for div in divs:
            if by_name[div.name] is not div:
                continue
            self.add(Entry(div.name, "place", div.name, f"place:{div.code}", div.code))
        # short forms after every full name, so a full name always wins
        common = _common_words()
        for div in divs:
            if by_name[div.name] is not div:
                continue
            short = short_division_name(div)
            if short and div.level == 3 and short in common:
                continue
            if short and short not in self.entries:
                if div.code == "133100":  # 雄安新区: a new area, typed park by convention of new zones
                    continue
                self.add(Entry(short, "place", div.name, f"place:{div.code}", div.code, short=True))
            if short and div.name.endswith("自治州") and short + "州" not in self.entries:  # 海南州 (not 海南省), 恩施州
                self.add(Entry(short + "州", "place", div.name, f"place:{div.code}", div.code, short=True))
        for row in _read_tsv(DATA / "regions.tsv"):
            name, type_ = row[0], row[1]
            canonical = row[2] if len(row) > 2 and row[2] else name
            code = ""
            div = by_name.get(canonical)
            if div is not None:
                code = div.code
            eid = f"place:{code}" if code and type_ == "place" else stable_id(type_, canonical)
            self.add(Entry(name, type_, canonical, eid, code), override=True)
        for row in _read_tsv(DATA / "bodies.tsv"):
            name, type_ = row[0], row[1]
            canonical = row[2] if len(row) > 2 and row[2] else name
            self.add(Entry(name, type_, canonical, stable_id(type_, canonical)), override=True)

    # -- lookups --------------------------------------------------------------
    def get(self, name: str) -> Entry | None:
        return self.entries.get(name)

    def division(self, code: str) -> Division | None:
        return self.divisions.get(code)

    def province_of(self, code: str) -> Division | None:
        return self.divisions.get(code[:2] + "0000") if code else None

    def prefecture_of(self, code: str) -> Division | None:
        if not code or code.endswith("0000"):
            return None
        return self.divisions.get(code[:4] + "00")

    def _name_starts(self) -> re.Pattern:
        if self._starts is None:
            firsts = "".join(sorted({key[0] for key in self._lengths}))
            seconds = "".join(sorted({key[1] for key in self._lengths}))
            self._starts = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")
        return self._starts

    def scan(self, text: str, start: int = 0, end: int | None = None, bounds=None):
        """Yield (start, end, Entry) for the leftmost-longest matches, non-overlapping.

        With ``bounds`` (a set of token boundaries), a short form or a two-character
        name must start and end on token boundaries (上高 is not matched in 迈上高质量).
        """
        end = len(text) if end is None else end
        lengths = self._lengths
        entries = self.entries
        free = start  # the end of the last match
        candidates = [m.start() for m in self._name_starts().finditer(text, start, end)]
        for i in candidates:
            if i < free:
                continue
            found = relaxed = None
            for n in lengths.get(text[i : i + 2], ()):
                if n > end - i:
                    continue
                entry = entries.get(text[i : i + n])
                if entry is None:
                    continue
                if bounds is None or (i in bounds and i + n in bounds):
                    found = (n, entry)
                    break
                # a province or city may run into the next word (广州地区) when no shorter
                # name ends on a token boundary (宝鸡|市委 -> 宝鸡); a county or any other
                # name must sit on token boundaries (迈上高质量)
                if relaxed is None and i in bounds and ((entry.code and entry.code[4:] == "00") or (
                        n >= 5 and not entry.short and text[i + n:i + n + 1] not in _WORD_AFTER_BODY)):
                    relaxed = (n, entry)  # 运输及物流局|局长: jieba's 局局长 hides the end of a long name
            found = found or relaxed
            if found:
                n, entry = found
                yield i, i + n, entry
                free = i + n

    def match_at(self, text: str, i: int, end: int | None = None) -> tuple[int, Entry] | None:
        """The longest entry starting exactly at i, as (end, entry)."""
        end = len(text) if end is None else end
        for n in self._lengths.get(text[i : i + 2], ()):
            if n > end - i:
                continue
            entry = self.entries.get(text[i : i + n])
            if entry is not None:
                return i + n, entry
        return None

    def match_ending_at(self, text: str, j: int, max_len: int = 12, types=("place",)) -> tuple[int, Entry] | None:
        """The longest entry of one of ``types`` that ends exactly at j, as (start, entry)."""
        for n in range(min(max_len, j), 1, -1):
            entry = self.entries.get(text[j - n : j])
            if entry is not None and entry.type in types:
                return j - n, entry
        return None


# 生态环境部|门: a ministry's name inside the common word 部门 (the departments of that field)
_WORD_AFTER_BODY = frozenset("门")


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()


# Common single-character surnames: a county's short form right after one is a name (李克东),
# and a clause that opens with one may open with a personal name (郭青龙).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧齐"
)

