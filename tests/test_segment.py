"""Sentences: split at 。！？ and line ends, never at a character the source lost."""
import pytest

from extractor.normalize import normalize
from extractor.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("全市增长5%。全省增长6%！", ["全市增长5%。", "全省增长6%！"]),
        ("你好吗？我很好。", ["你好吗？", "我很好。"]),
        # a ？ or ? standing for a lost character inside or before a figure
        ("地区生产总值2？85.6亿元，增长7.2%。下一句。", ["地区生产总值2？85.6亿元，增长7.2%。", "下一句。"]),
        ("总额达\ufffd?12.4亿元，增长6.1%。", ["总额达\ufffd?12.4亿元，增长6.1%。"]),
    ],
)
def test_sentences_end_at_their_marks_not_at_lost_characters(text, sentences):
    norm = normalize(text)
    found = split_sentences(norm)
    assert [s.text for s in found] == sentences
    assert all(norm.text[s.span[0]:s.span[1]] == s.text for s in found)


def test_paragraphs_count_line_ends():
    found = split_sentences(normalize("第一段。\n第二段一句。第二句。"))
    assert [s.paragraph for s in found] == [0, 1, 1]
