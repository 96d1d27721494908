"""Facts: tie every figure to what it measures (metric), whom it is about (subject)
and when (time), quoting the sentence it came from.

The rules work on clause structure, not on lists fitted to documents:
- metric: the noun phrase of the figure's clause before it (time, scope and subject
  words, leading verbs and trailing copulas removed); for counts the counted noun after
  the classifier; for a change with nothing before it, the metric of the figure it changes.
- subject: an entity or scope word (全市, 我国, 园区内) in the clause, else the topic of
  the sentence, else the subject carried from earlier sentences, else the document's
  home place.
- time: the nearest period before the figure (clause, sentence, then carried), and for
  changes the comparison basis (同比, 较2022年) as written.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from extractor.records import Fact, Figure, Mention, NormalizedText, Sentence

Span = tuple[int, int]

_PERIOD = re.compile(
    r"截至(?:目前|今年|\d{4}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?)?(?:底|末)?"
    r"|(?:今年|去年|年初|开年|入冬|入夏)以来|近(?:[两三几五十]|\d+)年(?:来)?"
    r"|(?:\d{4}年)?第?[1-4一二三四]至[1-4一二三四]季度?"
    r"|(?:\d{4}年)?(?:第?[一二三四1-4]季度|第[一二三四1-4]季)"
    r"|(?:\d{4}年|今年|去年)?(?:上|下)半年"
    r"|\d{4}年(?:\d{1,2}(?:[-—–至~]\d{1,2})?月(?:份)?)?(?:底|末|初)?(?:以来)?(?:全年)?"
    r"|\d{1,2}(?:[-—–至~]\d{1,2})月(?:份)?|前[0-9一二三四五六七八九十两]+个?月(?:份)?"
    r"|(?<![0-9])\d{1,2}月(?:份|底|末|初)?(?![0-9])"
    r"|目前|当前|现阶段|今年|去年|全年|年内|每年|五年来|十年来"
)
_BASIS = re.compile(
    r"同比|环比|按年|按月|按季"
    r"|(?:较|比|与)(?:\d{4}年|上年|去年|上月|上季度|年初|一季度|上半年|前[一二三四五六七八九十\d]+个?月)?(?:同期|末|底)?(?=[增减下上提降回扩收多少高低持])"
    r"|(?:较|比)(?:\d{4}年|上年|去年|上月|上季度|年初|[一二三四]季度|上半年)(?:同期|末|底)?"
    r"|\d{4}年同[月期]|(?:去|上)年同期"
)
_SCOPE_WORDS = {
    "全市": "city", "我市": "city", "本市": "city", "该市": "city", "市内": "city",
    "全省": "province", "我省": "province", "本省": "province", "该省": "province",
    "全区": "region", "我区": "region", "该区": "region", "本区": "region",
    "全县": "county", "我县": "county", "该县": "county", "本县": "county",
    "园区内": "park", "该园区": "park", "全园区": "park", "区内": "park",
    "全国": "nation", "我国": "nation", "国内": "nation", "全社会": "nation",
}
_SCOPE = re.compile("|".join(sorted(map(re.escape, _SCOPE_WORDS), key=len, reverse=True)))
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
_LIST_BREAK = re.compile(r"[、]|及(?=[^0-9]*$)")
_CONNECTIVE = re.compile(
    r"^(?:其中|同时|此外|另外|另一方面|与此同时|总体看|总的来看|从\S{1,6}看|并且?|且|而且?|还|也|又|均|都|则|即|共|累计|合计|总计|全年|分别|已经|已|再|将)+"
)
_TRAILING_LINK = re.compile(
    r"(?:分别|同比|环比|按年|比上年|较上年|共计|合计|总计|累计|均|都|已|共|也)?"
    r"(?:达到|达|为|是|约为|约|近|超过|超|突破|逾|高达|多达|仅|只有|有|计|在|至|到|占|了|的|共|之|以上|左右)*$"
)
_CHANGE_VERB = re.compile(
    r"(?:同比|环比|按年|按月)?(?:分别)?(?:增长|增加|提高|提升|上升|上涨|扩大|增|升|下降|减少|降低|回落|收窄|缩短|下滑|减|降)(?:了)?$"
)
_LEADING_POS = frozenset({"v", "d", "p", "c", "ad", "u", "r", "vd", "ul", "uj"})
_HEAD_POS_STOP = frozenset({"v", "d", "p", "c", "u", "uj", "ul", "r", "m", "q", "x", "i", "l", "y", "zg"})
_NOUNISH = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_FIGURE_KINDS_WITH_COUNTED_NOUN = frozenset({"count", "quantity"})


@dataclass(frozen=True, slots=True)
class _Resolved:
    text: str
    entity_id: str
    rule: str


def assemble_facts(
    norm: NormalizedText,
    sentences: tuple[Sentence, ...],
    figures: tuple[Figure, ...],
    mentions: tuple[Mention, ...],
    meta: dict[str, Any] | None = None,
) -> tuple[Fact, ...]:
    if not figures:
        return ()
    text = norm.text
    context = _DocumentContext(norm, sentences, mentions, meta or {})
    facts: list[Fact] = []
    previous_by_sentence: dict[int, Fact] = {}
    carried_period = ""
    figure_spans = [figure.span for figure in figures]
    sentence_iter = _SentenceLocator(sentences)
    last_subject: _Resolved | None = None
    paragraph = -1
    for figure in figures:
        sentence = sentence_iter.find(figure.span[0])
        if sentence is None:
            continue
        if sentence.paragraph != paragraph:
            paragraph, carried_period = sentence.paragraph, ""
        clause_start = _clause_start(text, sentence.span[0], figure.span[0])
        list_start = _list_start(text, clause_start, figure.span[0], figure_spans)
        rules: list[str] = [figure.rule]

        metric, metric_rule = _metric(text, figure, clause_start, list_start, previous_by_sentence.get(sentence.index), context)
        rules.append(metric_rule)

        subject = _subject(text, figure, sentence, clause_start, context, last_subject)
        rules.append(subject.rule)
        last_subject = subject if subject.rule != "facts.subject.document.v1" else last_subject

        period, period_rule = _period(text, figure, sentence, clause_start, figure_spans, carried_period)
        if period:
            carried_period = period
        basis = _basis(text, clause_start, figure.span[0]) if figure.change or _is_comparison(text, clause_start, figure.span[0]) else ""
        time = " ".join(part for part in (period, basis) if part)
        if period_rule:
            rules.append(period_rule)
        fact = Fact(
            figure=figure,
            metric=metric,
            subject=subject.text,
            time=time,
            quote=sentence.span,
            rules=tuple(rules),
            subject_id=subject.entity_id,
        )
        facts.append(fact)
        previous_by_sentence[sentence.index] = fact
    return _with_relations(text, facts)


_FROM_TO_GAP = re.compile(r"^(?:[^，,；;。0-9]{0,12}?)(?:下降|上升|提高|增加|减少|降低|增长|提升|回落|扩大|缩小|升|降)?(?:到|至)[^，,；;。0-9]{0,8}$")
_PARTS_OPEN = re.compile(r"^\s*[(（]\s*其中")


def _with_relations(text: str, facts: list[Fact]) -> tuple[Fact, ...]:
    """``由57.8%下降到44.6%``: from → to; ``8个(其中国家级2个、省级6个)``: parts of a total."""
    relations: dict[int, tuple[str, int]] = {}
    for index in range(1, len(facts)):
        before, after = facts[index - 1].figure, facts[index].figure
        gap = text[before.span[1]:after.span[0]]
        opening = text[max(0, before.span[0] - 14):before.span[0]]
        if "由" in opening and _FROM_TO_GAP.match(gap):
            relations[index - 1] = ("from", index)
            relations[index] = ("to", index - 1)
    for index, fact in enumerate(facts):
        end = fact.figure.span[1]
        if not _PARTS_OPEN.match(text[end:end + 6]):
            continue
        close = min((text.find(bracket, end) for bracket in ")）" if text.find(bracket, end) >= 0), default=-1)
        if close < 0:
            continue
        parts = [j for j in range(index + 1, len(facts)) if facts[j].figure.span[1] <= close]
        if parts:
            relations.setdefault(index, ("total", parts[0]))
            for j in parts:
                relations.setdefault(j, ("part_of", index))
    if not relations:
        return tuple(facts)
    return tuple(
        replace(fact, relation=relations[i][0], related=relations[i][1]) if i in relations else fact
        for i, fact in enumerate(facts)
    )


class _SentenceLocator:
    def __init__(self, sentences: tuple[Sentence, ...]):
        self.sentences = sentences
        self.position = 0

    def find(self, offset: int) -> Sentence | None:
        while self.position < len(self.sentences) and self.sentences[self.position].span[1] <= offset:
            self.position += 1
        if self.position < len(self.sentences):
            sentence = self.sentences[self.position]
            if sentence.span[0] <= offset < sentence.span[1]:
                return sentence
        for sentence in self.sentences:
            if sentence.span[0] <= offset < sentence.span[1]:
                return sentence
        return None


def _clause_start(text: str, sentence_start: int, figure_start: int) -> int:
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, figure_start):
        start = match.end()
    return _skip_brackets(text, start, figure_start)


def _skip_brackets(text: str, start: int, end: int) -> int:
    """Past an opening bracket whose content runs into the figure: ``(其中国家级2个`` → ``国家级``."""
    for index in range(end - 1, start - 1, -1):
        char = text[index]
        if char in ")）":
            return start
        if char in "(（":
            return index + 1
    return start


def _list_start(text: str, clause_start: int, figure_start: int, figure_spans: list[Span]) -> int:
    """Start of the figure's item in a list: after ``、`` or after the previous figure in the clause."""
    start = clause_start
    for span in figure_spans:
        if clause_start <= span[0] and span[1] <= figure_start:
            start = max(start, span[1])
    segment = text[start:figure_start]
    last_comma = segment.rfind("、")
    if last_comma >= 0:
        start = start + last_comma + 1
    return start


# ---------------------------------------------------------------- metric

def _metric(
    text: str, figure: Figure, clause_start: int, list_start: int, previous: Fact | None, context: "_DocumentContext"
) -> tuple[str, str]:
    prefix = text[list_start:figure.span[0]]
    cleaned = _clean_metric_prefix(prefix, context)
    after = _counted_noun(text, figure) if figure.kind in _FIGURE_KINDS_WITH_COUNTED_NOUN else ""
    if len(cleaned) >= 2 and _NOUNISH.search(cleaned):
        return cleaned, "facts.metric.clause.v1"
    if after:
        return after, "facts.metric.counted_noun.v1"
    if list_start > clause_start:
        head = _clean_metric_prefix(text[clause_start:list_start].rstrip("、"), context)
        if len(head) >= 2:
            return head, "facts.metric.list_head.v1"
    if previous is not None and previous.metric and (figure.change or len(cleaned) < 2):
        return previous.metric, "facts.metric.inherited.v1"
    raw = _strip_time_and_scope(prefix, context).strip(" ，,、")
    raw = _TRAILING_LINK.sub("", raw)
    if len(raw) >= 2:
        return raw, "facts.metric.verb.v1"
    if cleaned:
        return cleaned, "facts.metric.clause.v1"
    return "", "facts.metric.none.v1"


def _strip_time_and_scope(phrase: str, context: "_DocumentContext") -> str:
    phrase = _BASIS.sub(" ", phrase)
    phrase = _PERIOD.sub(" ", phrase)
    phrase = _SCOPE.sub(" ", phrase)
    for surface in context.entity_surfaces_in(phrase):
        if phrase.strip().startswith(surface):
            phrase = phrase.replace(surface, " ", 1)
    return phrase


def _clean_metric_prefix(prefix: str, context: "_DocumentContext") -> str:
    phrase = _drop_from_to(prefix)
    phrase = re.sub(r"^.*等(?=[^等]*$)", " ", phrase) if re.search(r"等$", phrase) else phrase
    phrase = _strip_time_and_scope(phrase, context)
    for segment in reversed(phrase.split(" ")):
        cleaned = _clean_segment(segment)
        if len(cleaned) >= 2:
            return cleaned
    return ""


def _clean_segment(phrase: str) -> str:
    phrase = phrase.strip("“”\"'《》()（）[]【】 ")
    for _ in range(2):
        phrase = _CHANGE_VERB.sub("", phrase)
        phrase = _TRAILING_LINK.sub("", phrase)
    phrase = _CONNECTIVE.sub("", phrase)
    phrase = _strip_leading_function_words(phrase)
    phrase = _TRAILING_LINK.sub("", phrase)
    return phrase.strip("“”\"'《》()（）[]【】 的")


def _drop_from_to(phrase: str) -> str:
    """``占比由2020年57.8%下降到目前的`` leaves ``占比``: the from/to frame is not the metric."""
    index = phrase.rfind("由")
    if index > 0:
        return phrase[:index]
    return phrase


def _strip_leading_function_words(phrase: str) -> str:
    if len(phrase) < 3:
        return phrase
    tokens = _pos(phrase)
    index = 0
    while index < len(tokens) - 1:
        flag = tokens[index][1]
        following = tokens[index + 1][1]
        if (
            flag in _LEADING_POS
            or (flag == "a" and following in ("v", "vn", "d"))
            or (flag == "vn" and index > 0 and following in ("b", "n", "nz", "ns", "nt", "a"))
        ):
            index += 1
        else:
            break
    stripped = "".join(word for word, _ in tokens[index:])
    return stripped if len(stripped) >= 2 else phrase


def _counted_noun(text: str, figure: Figure) -> str:
    """The noun right after a count: ``17家企业`` → ``企业``; ``186户绿色低碳产业企业初具规模`` → ``绿色低碳产业企业``."""
    end = figure.span[1]
    match = re.match(r"[^，,；;：:。！？!?、\n（(）)0-9]{1,16}", text[end:end + 16])
    if not match:
        return ""
    tokens = _pos(match.group(0))
    words: list[str] = []
    for word, flag in tokens:
        if flag in _HEAD_POS_STOP and words:
            break
        if flag in _HEAD_POS_STOP and not words:
            return ""
        words.append(word)
    noun = "".join(words)
    return noun if len(noun) >= 1 and _NOUNISH.search(noun) else ""


@lru_cache(maxsize=1)
def _pos_tokenizer():
    try:
        from extractor.nlp import get_pos_tokenizer
    except ImportError:
        get_pos_tokenizer = None
    if get_pos_tokenizer is not None:
        return get_pos_tokenizer()
    import jieba
    import jieba.posseg

    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@lru_cache(maxsize=65536)
def _pos(phrase: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair.word, pair.flag) for pair in _pos_tokenizer().cut(phrase))


# ---------------------------------------------------------------- subject

class _DocumentContext:
    def __init__(self, norm: NormalizedText, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], meta: dict[str, Any]):
        self.text = norm.text
        self.mentions = tuple(m for m in mentions if m.type in ("place", "park", "firm", "government", "organization"))
        self.surface_by_id: dict[str, str] = {}
        surfaces: dict[str, Counter] = {}
        for mention in self.mentions:
            key = mention.entity_id or mention.canonical
            surfaces.setdefault(key, Counter())[mention.text] += 1
        canonical_by_key = {(m.entity_id or m.canonical): m.canonical for m in self.mentions}
        for key, counter in surfaces.items():
            canonical = canonical_by_key[key]
            self.surface_by_id[key] = canonical if canonical in counter else counter.most_common(1)[0][0]
        self._surfaces = sorted({m.text for m in self.mentions}, key=len, reverse=True)
        self.home = self._home_places(meta)

    def entity_surfaces_in(self, phrase: str) -> list[str]:
        return [surface for surface in self._surfaces if surface in phrase]

    def resolved(self, mention: Mention, rule: str) -> _Resolved:
        key = mention.entity_id or mention.canonical
        return _Resolved(self.surface_by_id.get(key, mention.text), mention.entity_id, rule)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.span[0] and m.span[1] <= end]

    def _home_places(self, meta: dict[str, Any]) -> dict[str, Mention]:
        """The document's own place at each level, by how often it is named."""
        by_level: dict[str, Counter] = {}
        first: dict[str, Mention] = {}
        for mention in self.mentions:
            if mention.type != "place":
                continue
            level = _place_level(mention.canonical)
            key = mention.entity_id or mention.canonical
            by_level.setdefault(level, Counter())[key] += 1
            first.setdefault(key, mention)
        home: dict[str, Mention] = {}
        for level, counter in by_level.items():
            home[level] = first[counter.most_common(1)[0][0]]
        parks = Counter(m.entity_id or m.canonical for m in self.mentions if m.type == "park")
        if parks:
            key = parks.most_common(1)[0][0]
            home["park"] = next(m for m in self.mentions if (m.entity_id or m.canonical) == key)
        publisher = next((m for m in self.mentions if m.type in ("organization", "government")), None)
        if "any" not in home:
            for level in ("city", "province", "region", "county", "place"):
                if level in home:
                    home["any"] = home[level]
                    break
        self._publisher_place = _publisher_place(publisher.text if publisher else "", meta)
        return home

    def scope(self, word: str) -> _Resolved | None:
        level = _SCOPE_WORDS[word]
        if level == "nation":
            return _Resolved("全国" if word != "我国" else "我国", "", "facts.subject.scope.v1")
        candidates = {"city": ("city",), "province": ("province", "region"), "region": ("region", "province", "county"),
                      "county": ("county",), "park": ("park",)}[level]
        for candidate in candidates:
            if candidate in self.home:
                return self.resolved(self.home[candidate], "facts.subject.scope.v1")
        if "any" in self.home and level != "park":
            return self.resolved(self.home["any"], "facts.subject.scope.v1")
        return None

    def document_subject(self) -> _Resolved:
        if self._publisher_place:
            return _Resolved(self._publisher_place, "", "facts.subject.document.v1")
        if "any" in self.home:
            return self.resolved(self.home["any"], "facts.subject.document.v1")
        if "park" in self.home:
            return self.resolved(self.home["park"], "facts.subject.document.v1")
        if _SCOPE.search(self.text):
            for word in ("我国", "全国"):
                if word in self.text:
                    return _Resolved(word, "", "facts.subject.document.v1")
        return _Resolved("", "", "facts.subject.none.v1")


_PUBLISHER_PLACES = (("澳门", "澳门"), ("香港", "香港"), ("港台", "香港"), ("台湾", "台湾"))


def _publisher_place(publisher: str, meta: dict[str, Any]) -> str:
    for prefix, place in _PUBLISHER_PLACES:
        if publisher.startswith(prefix):
            return place
    url = str(meta.get("url") or "")
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
    if host.endswith(".mo"):
        return "澳门"
    if host.endswith(".hk"):
        return "香港"
    return ""


def _place_level(canonical: str) -> str:
    if canonical.endswith(("自治区",)):
        return "region"
    if canonical.endswith(("省",)) or canonical in ("北京市", "天津市", "上海市", "重庆市"):
        return "province"
    if canonical.endswith(("市", "州", "盟", "地区")):
        return "city"
    if canonical.endswith(("县", "区", "旗")):
        return "county"
    return "place"


def _subject(
    text: str, figure: Figure, sentence: Sentence, clause_start: int, context: _DocumentContext, last: _Resolved | None
) -> _Resolved:
    clause = text[clause_start:figure.span[0]]
    listed = re.search(r"([^，,、；;：:\s]{2,20})等(?=[^，,；;。]*$)", clause)
    if listed:
        for mention in context.mentions_between(clause_start, figure.span[0]):
            if mention.type == "firm" and mention.span[1] <= clause_start + listed.end(1):
                return context.resolved(mention, "facts.subject.listed_firm.v1")
    topic = _clause_topic(text, clause_start, figure.span[0], context)
    if topic is not None:
        return topic
    for start in _clause_starts(text, sentence.span[0], clause_start):
        topic = _clause_topic(text, start, figure.span[0], context)
        if topic is not None:
            return topic
    if last is not None and last.text:
        return _Resolved(last.text, last.entity_id, "facts.subject.carried.v1")
    return context.document_subject()


def _clause_starts(text: str, sentence_start: int, clause_start: int) -> list[int]:
    starts = [sentence_start]
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, clause_start):
        if match.end() < clause_start:
            starts.append(match.end())
    return starts


_TOPIC_LEAD = re.compile(
    rf"^(?:(?:{_PERIOD.pattern})|(?:{_BASIS.pattern})|[ ，,（(]|其中|同时|此外|另外|目前|在|据|从|经|通过|随着)*"
)


_SOURCE_CUE = re.compile(r"\s*(?:消息|讯|报道|记者|资料显示|数据显示|统计显示|显示|表示|称|指出|发布|公布|介绍|获悉|透露|通报)")


def _clause_topic(text: str, start: int, end: int, context: _DocumentContext) -> _Resolved | None:
    """The entity or scope word a clause opens with (after time words and connectives)."""
    segment = text[start:end]
    lead = _TOPIC_LEAD.match(segment)
    offset = start + (lead.end() if lead else 0)
    for mention in context.mentions:
        if mention.span[0] == offset and mention.span[1] <= end:
            if _SOURCE_CUE.match(text, mention.span[1]):
                continue
            return context.resolved(mention, "facts.subject.topic.v1")
    scope = _SCOPE.match(text, offset, end)
    if scope:
        return context.scope(scope.group(0))
    return None


# ---------------------------------------------------------------- time

def _period(
    text: str, figure: Figure, sentence: Sentence, clause_start: int, figure_spans: list[Span], carried: str
) -> tuple[str, str]:
    found = _last_period(text, clause_start, figure.span[0], figure_spans)
    if found:
        return found, "facts.time.clause.v1"
    found = _last_period(text, sentence.span[0], clause_start, figure_spans)
    if found:
        return found, "facts.time.sentence.v1"
    if carried:
        return carried, "facts.time.carried.v1"
    return "", ""


def _last_period(text: str, start: int, end: int, figure_spans: list[Span]) -> str:
    best = ""
    for match in _PERIOD.finditer(text, start, end):
        if any(span[0] < match.end() and match.start() < span[1] for span in figure_spans):
            continue
        if _BASIS.fullmatch(text, max(start, match.start() - 1), match.end()) or text[max(0, match.start() - 1):match.start()] in ("较", "比"):
            continue
        if re.match(r"同[月期]", text[match.end():match.end() + 2]):
            continue
        best = match.group(0)
    return best


def _basis(text: str, start: int, end: int) -> str:
    found = ""
    for match in _BASIS.finditer(text, start, end):
        found = match.group(0)
    return found


def _is_comparison(text: str, start: int, end: int) -> bool:
    return bool(_CHANGE_VERB.search(text[start:end].rstrip("了约近超过逾 ")))
