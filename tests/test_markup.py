import pytest
import os

from extractor.decode import decode_bytes
from extractor.markup import extract_metadata, looks_like_markup, strip_markup
from extractor.normalize import normalize

CORPUS = os.path.join(os.path.dirname(__file__), "..", "corpus")


def _page():
    path = os.path.join(CORPUS, "104_invented-hitech-zone-page.html")
    with open(path, "rb") as handle:
        raw = decode_bytes(handle.read(), path).text
    return raw, normalize(raw, path)


def test_html_page_keeps_content_and_drops_furniture():
    raw, norm = _page()
    assert "高新区完成地区生产总值86.4亿元" in norm.text
    for furniture in ("首页", "当前位置", "_hmt", "font-family", "正文开始", "广告", "ICP备"):
        assert furniture not in norm.text


def test_inline_tags_inside_words_do_not_split_them():
    _, norm = _page()
    assert "新签约项目45个" in norm.text
    assert "示例新材料股份有限公司年产3万吨" in norm.text


def test_entities_are_decoded_and_map_to_their_raw_entity():
    raw, norm = _page()
    start = norm.text.index("20亿元")
    raw_start, raw_end = norm.to_raw((start, start + 2))
    assert raw[raw_start:raw_end] == "&#50;&#48;"
    assert "&nbsp;" not in norm.text and "&" not in norm.text


def test_txt_files_with_p_tags_are_sniffed_as_markup():
    assert looks_like_markup("<p>央视网消息</p><p>截至目前</p>", "001.txt")
    assert not looks_like_markup("全市森林覆盖率达69.56%。", "notice.txt")
    norm = normalize("<p><strong>央视网消息</strong>（新闻联播）：今年以来</p><p>截至目前</p>", "001.txt")
    assert norm.text == "央视网消息（新闻联播）：今年以来\n截至目前"


def test_metadata_from_front_matter_atom_and_html_head():
    assert extract_metadata("---\ntitle: '1-2月广东经济数据'\ndate: 2021-03-24\n---\n正文")["title"] == "1-2月广东经济数据"
    atom = "<entry><id>1</id><title>9月入境旅客252萬人次</title><updated>2024-10-26T09:52:29</updated></entry>"
    assert extract_metadata(atom) == {"title": "9月入境旅客252萬人次", "date": "2024-10-26T09:52:29"}
    raw, _ = _page()
    assert extract_metadata(raw) == {"title": "某市高新区2024年上半年经济运行简况", "date": "2024-07-18"}


def test_markdown_images_keep_caption_and_links_keep_text():
    norm = normalize("![人民銀行開展2455億元逆回購（港台圖片）](https://x.invalid/a.jpg)\n[查看原文](https://tv.cctv.com/x.shtml)")
    assert norm.text == "人民银行开展2455亿元逆回购（港台图片）\n查看原文"
    assert [norm.text[s:e] for s, e in norm.boilerplate] == ["查看原文"]


def test_html_list_items_are_bullets_under_their_heading():
    from extractor.pipeline import document_from_bytes, extract_document

    html = ("<html><body><p>全市经济运行情况</p><p>2024至25年度财政预算案主要措施：</p>"
            "<ul><li>宽减薪俸税，上限3000元</li><li>发放电费补贴1000元</li></ul></body></html>")
    extraction = extract_document(document_from_bytes(html.encode("utf-8"), "budget.html"))
    assert "\n- 宽减薪俸税" in extraction.text.text
    assert [fact.time for fact in extraction.facts] == ["2024至25年度", "2024至25年度"]


def test_a_page_s_title_is_its_headline_even_when_the_body_repeats_it():
    page = ("<html><head><meta charset='utf-8'><title>9月入境旅客252万人次_澳门电台</title></head>"
            "<body><p>统计显示，入境旅客按年上升9.9%。</p></body></html>")
    text, offsets = strip_markup(page)
    assert text.split() == ["9月入境旅客252万人次", "统计显示，入境旅客按年上升9.9%。"]
    start = text.index("252")
    assert page[slice(*offsets.to_raw((start, start + 6)))] == "252万人次"
    repeated = page.replace("<body>", "<body><h1>9月入境旅客252万人次 按年升近1成</h1>")
    lines = strip_markup(repeated)[0].split()
    assert lines[:3] == ["9月入境旅客252万人次", "9月入境旅客252万人次", "按年升近1成"]  # the title, then the <h1>
    assert strip_markup(repeated)[0].count("252万人次") == 2  # both are written on the page: both are cited


def test_a_site_s_name_is_no_headline():
    page = "<html><head><title>温州市人民政府｜乐清前三季度经济运行情况</title></head><body><p>全市GDP增长6.2%。</p></body></html>"
    assert "温州市人民政府" not in strip_markup(page)[0]
