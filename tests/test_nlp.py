import glob
import os
import subprocess
import sys

import jieba
import pytest

from extractor import nlp
from extractor.decode import decode_bytes
from extractor.normalize import normalize

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared")


def test_tokenizer_is_private_and_cached():
    tok = nlp.get_tokenizer()
    assert tok is nlp.get_tokenizer()
    assert tok is not jieba.dt
    # the user dictionary is loaded into the private tokenizer only
    assert "经开区" in tok.FREQ
    assert "秦岭南麓" in tok.FREQ
    if jieba.dt.initialized:
        assert "秦岭南麓" not in jieba.dt.FREQ


def test_segment_and_pos_tag():
    assert "经开区" in nlp.segment("商南经开区入选")
    tags = dict(nlp.pos_tag("省工信厅发布名单"))
    assert tags["发布"] == "v"
    assert "工信厅" in tags


def test_spacy_pipeline_uses_private_jieba():
    pipeline = nlp.get_nlp()
    assert pipeline is nlp.get_nlp()
    assert pipeline.lang == "zh"
    assert pipeline.tokenizer.segmenter is nlp.get_segmenter()
    assert nlp.doc_text(pipeline("商洛")) == "商洛"
    assert {"gongwen_candidates", "gongwen_resolve"} <= set(pipeline.pipe_names)
    doc = nlp.parse("商洛高新区入选省级绿色工业园区")
    assert doc.text == "商洛高新区入选省级绿色工业园区"
    assert nlp.parse("商洛高新区入选省级绿色工业园区") is doc  # cached
    assert [t.text for t in doc][:2] == ["商洛", "高新区"]


def test_quick_tag_splits_numbers_and_guesses_unknown_words():
    tags = nlp.quick_tag("他2019年入职南京邮电大学")
    assert ("2019年", "t") in tags
    assert dict(tags)["入职"].startswith("v")
    assert dict(nlp.quick_tag("西部鑫兴"))["鑫兴"] == "un"


def test_ner_model_is_shipped_and_labels_our_types():
    model = nlp.get_ner()
    assert model is not None and model is nlp.get_ner()
    assert set(model.get_pipe("ner").labels) == {"firm", "government", "organization", "place"}
    doc = model("国家统计局今天发布数据。")
    assert all(ent.label_ in {"firm", "government", "organization", "place"} for ent in doc.ents)


def test_doc_keeps_every_character():
    text = "商洛 高新区\n\n入选  2023年 GDP增长5%"
    doc = nlp.get_nlp()(text)
    assert doc.text == text
    assert nlp.doc_text(doc) == text
    assert "".join(t.text for t in doc) == text


def test_fast_segmenter_cuts_exactly_as_the_private_jieba_tokenizer_on_real_notices():
    paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "*", "*.*")))
    paths = [p for p in paths if not p.endswith(".tsv")]
    assert len(paths) > 40
    tokenizer, segmenter = nlp.get_tokenizer(), nlp.get_segmenter()
    for path in paths:
        with open(path, "rb") as handle:
            text = normalize(decode_bytes(handle.read(), path).text, filename=path).text
        expected = [word for word in tokenizer.cut(text, HMM=False) if word]
        assert segmenter.cut(text, False) == expected, path


@pytest.mark.parametrize("text, word", [("商南经开区入选省级绿色工业园区", "经开区"), ("地处秦岭南麓", "秦岭南麓")])
def test_fast_segmenter_knows_the_user_dictionary(text, word):
    assert word in nlp.get_segmenter().cut(text, False)


def test_dictionary_tags_know_the_user_dictionary_in_a_fresh_process():
    # posseg merges user tags only at its first cut: the first notice of a worker was tagged otherwise
    code = "from extractor.nlp import dictionary_tags; print(dictionary_tags('商洛高新区经常开支预算'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))).stdout
    assert "('高新区', 'n')" in out and "('经常开支', 'n')" in out and "('预算', 'vn')" in out
