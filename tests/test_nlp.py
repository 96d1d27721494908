import jieba

from extractor import nlp


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
    assert pipeline.tokenizer.tokenizer is nlp.get_tokenizer()
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
