"""Shared NLP resources: a private jieba tokenizer and a cached spaCy pipeline.

- ``get_tokenizer()``: a private ``jieba.Tokenizer`` with Gongwen's user dictionary
  (``extractor/data/userdict.txt``); the global ``jieba.dt`` is never touched.
- ``get_segmenter()``: jieba-rs (``rjieba``) with the same dictionary and user words:
  the words of ``get_tokenizer().cut(text, HMM=False)``, about 20x faster.
- ``get_pos_tokenizer()``: a ``jieba.posseg.POSTokenizer`` over that tokenizer.
- ``pos_tag(text)``: ``[(word, flag), ...]``; ``segment(text)``: ``[word, ...]``.
- ``get_nlp()``: ``spacy.blank("zh")`` whose jieba segmenter is the private tokenizer,
  with the entity components of ``extractor.entities`` in the pipeline.
- ``parse(text)``: ``get_nlp()(text)``, with a small cache so that the entities and
  facts stages share one ``Doc`` per document.
- ``get_ner()``: the small statistical NER model in ``extractor/data/ner`` (or None).

Everything loads once per process. Nothing is downloaded at runtime.
"""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import jieba
import jieba.posseg

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DATA = Path(__file__).resolve().parent / "data"
USER_DICT = DATA / "userdict.txt"
NER_DIR = DATA / "ner"

jieba.setLogLevel(logging.WARNING)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def get_tokenizer() -> jieba.Tokenizer:
    """A private jieba tokenizer with the domain user dictionary loaded."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    if USER_DICT.exists():
        with USER_DICT.open("rb") as handle:
            tokenizer.load_userdict(handle)
    return tokenizer


_USER_WORD = re.compile(r"^(.+?)(?: ([0-9]+))?(?: ([a-z]+))?$")


def _user_words():
    """(word, frequency or None, tag or None) per line of the user dictionary, read as
    ``jieba.Tokenizer.load_userdict`` reads it."""
    if not USER_DICT.exists():
        return
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        match = _USER_WORD.match(line.strip())
        if match:
            word, freq, tag = match.groups()
            yield word, int(freq) if freq else None, tag


@lru_cache(maxsize=1)
def get_segmenter():
    """A private jieba-rs segmenter (``rjieba.Jieba``): jieba's dictionary and algorithm
    in Rust, plus the user dictionary. Without the HMM it cuts exactly as
    ``get_tokenizer()`` does (tests/test_nlp.py checks it on the real corpus)."""
    import rjieba

    segmenter = rjieba.Jieba()
    for word, freq, tag in _user_words():
        segmenter.add_word(word, freq, tag)
    return segmenter


@lru_cache(maxsize=1)
def get_pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """With the user dictionary's tags in ``word_tag_tab`` from the start (posseg merges them
    only at its first ``cut``, so ``dictionary_tags`` would tag differently before and after)."""
    pos = jieba.posseg.POSTokenizer(get_tokenizer())
    pos.makesure_userdict_loaded()
    return pos


_POS_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_POS_SPACE = re.compile(r"(\r\n|\s)")
_ALNUM = re.compile(r"^[a-zA-Z0-9]+$")


def dictionary_tags(text: str) -> list[tuple[str, str]]:
    """``pos_tag(text, hmm=False)`` (jieba.posseg without its HMM: dictionary words and
    their tags, 'eng' for runs of Latin letters and digits, 'x' for unknown characters),
    computed over the fast segmenter."""
    tags = get_pos_tokenizer().word_tag_tab
    cut = get_segmenter().cut
    out: list[tuple[str, str]] = []
    for block in _POS_BLOCK.split(text):
        if not block:
            continue
        if _POS_BLOCK.match(block):
            for word in cut(block, False):
                flag = tags.get(word)
                if flag is None or (len(word) == 1 and _ALNUM.match(word)):
                    flag = "eng" if _ALNUM.match(word) else "x"
                out.append((word, flag))
            continue
        for piece in _POS_SPACE.split(block):
            if _POS_SPACE.match(piece):
                out.append((piece, "x"))
            else:
                out.extend((char, "x") for char in piece)
    return out


def pos_tag(text: str, hmm: bool = True) -> list[tuple[str, str]]:
    """Segment and POS-tag ``text`` with the private tokenizer: [(word, flag), ...]."""
    return [(pair.word, pair.flag) for pair in get_pos_tokenizer().cut(text, HMM=hmm)]


_NUM = re.compile(r"^[0-9０-９.．%％]+$")
_ENG = re.compile(r"^[A-Za-z]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=65536)
def quick_tag(text: str) -> tuple[tuple[str, str], ...]:
    """Like ``pos_tag`` but much faster: jieba's word segmentation (with its small HMM for
    unknown words) and the dictionary's tag for each word. A word jieba does not know
    gets 'un' (posseg would run its 256-state HMM to guess one); numbers 'm', Latin
    letters 'eng', anything else 'x'."""
    tags = get_pos_tokenizer().word_tag_tab
    out = []
    for chunk in _CHUNK.finditer(text):
        if chunk.group(1):  # a number, with the date character that follows it: 2019年
            out.append((chunk.group(), "t" if chunk.group()[-1] in "年月日号" else "m"))
            continue
        out.extend(_tag_words(chunk.group(), tags))
    return tuple(out)


@lru_cache(maxsize=65536)
def _guess_unknown(word: str) -> str:
    """A word jieba does not know: posseg's HMM guess when it says verb, adverb or a
    function word (入职 -> v), else 'un' (an unknown, probably a name: 鑫兴, 禹辰)."""
    pairs = list(get_pos_tokenizer().cut(word))
    if len(pairs) == 1 and pairs[0].flag[:1] in ("v", "d", "p", "c", "u", "r", "m", "q", "t", "f"):
        return pairs[0].flag
    return "un"


_CHUNK = re.compile(r"([0-9０-９][0-9０-９.．]*[%％年月日号]?)|[^0-9０-９]+")


def _tag_words(text: str, tags) -> list[tuple[str, str]]:
    out = []
    for word in get_tokenizer().cut(text, HMM=True):
        flag = tags.get(word)
        if flag is None:
            if _NUM.match(word):
                flag = "m"
            elif _ENG.match(word):
                flag = "eng"
            elif _CJK.search(word):
                flag = _guess_unknown(word)
            else:
                flag = "x"
        out.append((word, flag))
    return out


def segment(text: str, hmm: bool = True) -> list[str]:
    """Segment ``text`` with the private tokenizer."""
    return [w for w in get_tokenizer().cut(text, HMM=hmm) if w]


def make_blank() -> Language:
    """spacy.blank("zh"), segmented by jieba through the private tokenizer."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, get_segmenter())
    nlp.max_length = 50_000_000  # the components are linear; long reports must not raise E088
    return nlp


def doc_text(doc) -> str:
    """``doc.text`` without rebuilding it from the tokens when the tokenizer kept it."""
    text = doc.user_data.get("gongwen.text")
    return text if text is not None else doc.text


class JiebaTokenizer:
    """spaCy tokenizer over the private jieba segmenter (no HMM: faster, names are found
    by the rules). Every character, whitespace included, is in exactly one token, so
    ``doc.text == text``; the input string is also kept on the Doc (``doc_text``), because
    ``doc.text`` is rebuilt from every token on each access. spaCy's own Chinese
    tokenizer aligns jieba's words with the text in quadratic time on long texts."""

    def __init__(self, vocab, segmenter) -> None:
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words = [w for w in self.segmenter.cut(text, False) if w]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc.user_data["gongwen.text"] = text
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The cached Gongwen pipeline: jieba tokens plus the entity components."""
    from extractor import entities

    nlp = make_blank()
    entities.add_pipes(nlp)
    return nlp


_docs: OrderedDict[str, object] = OrderedDict()


def parse(text: str):
    """``get_nlp()(text)``, cached for the last few texts (entities and facts share it)."""
    with _lock:
        doc = _docs.get(text)
        if doc is not None:
            _docs.move_to_end(text)
            return doc
    doc = get_nlp()(text)
    with _lock:
        _docs[text] = doc
        while len(_docs) > 4:
            _docs.popitem(last=False)
    return doc


@lru_cache(maxsize=1)
def get_ner():
    """The statistical NER model shipped in extractor/data/ner, or None when absent."""
    if not (NER_DIR / "config.cfg").exists():
        return None
    import spacy

    return spacy.load(NER_DIR, exclude=[])
