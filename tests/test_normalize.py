import os
import re

import pytest

from extractor.decode import decode_bytes
from extractor.normalize import find_damage, is_pinyin_of, normalize

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
SEED = os.path.join(SHARED, "corpus", "seed", "000_97ed398c94ac0590.txt")


@pytest.fixture(scope="module")
def seed():
    with open(SEED, "rb") as handle:
        raw = decode_bytes(handle.read(), SEED).text
    return raw, normalize(raw, SEED)


def test_seed_has_no_pinyin_annotation_left(seed):
    _, norm = seed
    for annotation in ("(fā)", "(jí)", "(yè)", "(qū)", "(gè)"):
        assert annotation not in norm.text
    assert "省工信厅发布第六批省级绿色制造名单" in norm.text


def test_seed_keeps_real_parentheses_and_is_simplified(seed):
    _, norm = seed
    assert "生态产品总值(GEP)" in norm.text
    assert "省级绿色工业园区1个(商洛高新区)" in norm.text
    assert "(其中国家级2个、省级6个)" in norm.text
    assert "绿色工业园区" in norm.text and "綠" not in norm.text


def test_seed_lost_characters_are_a_damaged_span_before_40_wan_kwh(seed):
    _, norm = seed
    figure_start = norm.text.index("40万千瓦时")
    assert norm.is_damaged((figure_start, figure_start + 6), margin=1)
    damaged_text = [norm.text[start:end] for start, end in norm.damaged]
    assert damaged_text == ["?。?"]


def test_seed_trailing_lines_are_boilerplate(seed):
    _, norm = seed
    boilerplate = [norm.text[start:end] for start, end in norm.boilerplate]
    assert boilerplate == ["备注:数据仅供参考,不作为投资依据。", "扫码下载", "免费看价格"]


def test_seed_figure_maps_back_to_its_traditional_raw_text(seed):
    raw, norm = seed
    start = norm.text.index("206.86亿元")
    raw_start, raw_end = norm.to_raw((start, start + len("206.86亿元")))
    assert raw[raw_start:raw_end] == "206.86億元"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("發(fā)布", "发布"),
        ("發（fā）布", "发布"),
        ("發(fa1)布", "发布"),
        ("長(zhǎng)期", "长期"),
        ("長(cháng)期", "长期"),
        ("綠(lǜ)色", "绿色"),
        ("綠(lv4)色", "绿色"),
        ("生態產品總值(GEP)核算", "生态产品总值(GEP)核算"),
        ("商洛高新區(商洛高新區)", "商洛高新区(商洛高新区)"),
        ("（以下简称“高新区”）", "（以下简称“高新区”）"),
        ("容量(140萬千瓦)", "容量(140万千瓦)"),
        ("發(fǎ)布", "发(fǎ)布"),
        ("工(A)区", "工(A)区"),
        ("１２．５％", "12.5%"),
        ("ＣＣＥＲ碳匯", "CCER碳汇"),
        ("　　今年上半年，全市", "今年上半年，全市"),
        ("記者　何小敏　李星慧", "记者 何小敏 李星慧"),
        ("入境旅客 252萬人次", "入境旅客252万人次"),
        ("第１季\r\n\r\n\r\n第２季", "第1季\n第2季"),
        ("  增长 5%  以上 \n \n\t达到\u200b 3 万  ", "增长5% 以上\n达到 3万"),
        ("\u200b一\u00ad行", "一行"),
        # a no-break space is a space, even between digits (125 130 136万人 may be a list)
        ("投资1\u00a0000万元", "投资1 000万元"),
        ("达\u00a020亿元", "达20亿元"),
        # a full-width number's comma groups its thousands; between half-width digits a comma is a list's
        ("１０，１３５元；９，２３０", "10,135元；9,230"),
        ("分别为1，234人", "分别为1，234人"),
        ("１，２３４５", "1，2345"),
        ("受理案件１２，４８６件，共１，２３４，５６７元", "受理案件12,486件，共1,234,567元"),
        ("分为１００，２００，５００元三档", "分为100，200，500元三档"),  # perhaps three amounts: left as written
    ],
)
def test_normalizes_pinyin_script_width_and_space(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("char", "reading", "expected"),
    [("發", "fā", True), ("發", "fa1", True), ("長", "zhǎng", True), ("區", "qū", True), ("區", "ōu", True), ("發", "fǎ", False), ("值", "GEP", False)],
)
def test_pinyin_readings_include_heteronyms(char, reading, expected):
    assert is_pinyin_of(char, reading) is expected


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("领跑全?。?40万千瓦时)", ["?。?"]),
        ("营收2?85亿元", ["?"]),
        ("总投资\ufffd\ufffd亿元", ["\ufffd\ufffd"]),
        ("çœŸå®žçš„æ•°æ®", ["çœŸå®žçš„æ•°æ®"]),
        ("锟斤拷锟斤拷数据", ["锟斤拷锟斤拷"]),
        ("这是为什么?\n下一段", []),
        ("http://example.invalid/a.php?id=3", []),
        ("完成了吗?", []),
        ("地区生产总值2？85.6亿元", ["？"]),  # a full-width question mark inside a figure
        ("外贸进出口总额达？12.4亿元", ["？"]),
        ("进出口总额是多少？12.4亿元", []),  # a question answered
        ("你好吗？我很好。", []),
        ("问：补贴标准？120元/亩。", []),  # a question answered, without a question word
        ("全市共有学校2□45所，投资1〓34.5亿元。", ["□", "〓"]),  # a placeholder glyph inside a figure
        ("□ 标题\n■ 要点：今年完成5项", []),  # a bullet, not a lost digit
        ("今年全县新增城镇就业?,286人", ["?"]),  # a lost digit before a thousands separator
        ("利润总额约为1 ? 8亿元", ["?"]),  # inside a number spaced out
        ("你知道吗? 2025年全县增长5%", []),
    ],
)
def test_damage_marks_lost_characters_not_questions(text, damaged):
    assert [text[start:end] for start, end in find_damage(text)] == damaged


def test_boilerplate_lines_stay_in_the_text_and_are_marked():
    raw = "全市完成投资12亿元。\n责任编辑：李思阳\n海量资讯、精准解读，尽在新浪财经APP\n© rthk.hk\n1022223\n"
    norm = normalize(raw)
    marked = [norm.text[start:end] for start, end in norm.boilerplate]
    assert marked == ["责任编辑：李思阳", "海量资讯、精准解读，尽在新浪财经APP", "© rthk.hk", "1022223"]
    assert normalize("下载aPp看直播\n  Copyright 2023\nwww.x.cn\n2023-05-01T10:00Z").boilerplate == ((0, 8), (9, 23), (24, 32), (33, 50))
    assert norm.text.startswith("全市完成投资12亿元。")


def test_a_site_footer_with_its_icp_number_is_boilerplate():
    raw = "全省安排项目128个。\n主办：湖北省发展和改革委员会　地址：武汉市武昌区中北路77号　鄂ICP备05003312号\n"
    norm = normalize(raw)
    assert [norm.text[start:end] for start, end in norm.boilerplate] == [
        "主办：湖北省发展和改革委员会 地址：武汉市武昌区中北路77号 鄂ICP备05003312号"]


def test_figures_about_icp_licences_are_not_a_footer():
    raw = "全省ICP备案网站达到56.3万个，同比增长8%。\n全年核发ICP证经营许可320张，办理网站备案变更1.2万件。\n"
    assert normalize(raw).boilerplate == ()


def test_a_subscription_appeal_is_boilerplate_and_subscriber_counts_are_not():
    raw = "宽带订户达280万户。\n请加入成为本台的月费订户，长期支持我们的工作。所有订户都可以收到通讯。\n"
    norm = normalize(raw)
    assert [norm.text[start:end] for start, end in norm.boilerplate] == [
        "请加入成为本台的月费订户，长期支持我们的工作。所有订户都可以收到通讯。"
    ]



def test_related_reading_links_and_neighbouring_articles_are_boilerplate():
    raw = ("芦山5.1级地震共记录到余震87次。\n相关阅读：\n·四川芦山发生3.6级地震 2025-11-08\n"
           "·专家解读：芦山地震与2022年6.1级地震关系\n上一条：我校5个项目获批省社会科学基金\n全县转移安置群众1,326人。")
    norm = normalize(raw)
    marked = [norm.text[start:end] for start, end in norm.boilerplate]
    assert marked == ["相关阅读：", "·四川芦山发生3.6级地震2025-11-08", "·专家解读：芦山地震与2022年6.1级地震关系",
                      "上一条：我校5个项目获批省社会科学基金"]



def test_a_wechat_post_s_earlier_posts_are_boilerplate():
    norm = normalize("新认定高新技术企业612家。\n往期推荐\n▶ 总投资120亿元！这个项目落户高新区\n")
    assert [norm.text[start:end] for start, end in norm.boilerplate][-1] == "▶ 总投资120亿元！这个项目落户高新区"



def test_a_site_s_traffic_in_a_report_is_no_view_counter():
    assert normalize("全年政府网站总访问量：1,250,000次，同比增长12%。\n数字图书馆全年访问次数：356,210次。").boilerplate == ()


WRAPPED = """商洛市2023年国民经济和社会发展统计公报
一、综合
初步核算，全年全市实现地区生产总值905.3亿元，按
不变价格计算，比上年增长4.5%。其中，第一产业增加
值118.2亿元，增长4.2%；第二产业增加值372.5亿元，
增长3.9%；第三产业增加值414.6亿元，增长5.1%。三
次产业结构为13.1：41.1：45.8。
二、农业
全年粮食种植面积213.5万亩，比上年增加1.2万亩；粮
食总产量59.8万吨，增长2.1%。"""


def test_hard_wrapped_lines_are_joined_and_headings_kept():
    text = normalize(WRAPPED).text
    assert text.split("\n") == [
        "商洛市2023年国民经济和社会发展统计公报",
        "一、综合",
        "初步核算，全年全市实现地区生产总值905.3亿元，按不变价格计算，比上年增长4.5%。其中，第一产业增加值118.2亿元，"
        "增长4.2%；第二产业增加值372.5亿元，增长3.9%；第三产业增加值414.6亿元，增长5.1%。三次产业结构为13.1：41.1：45.8。",
        "二、农业",
        "全年粮食种植面积213.5万亩，比上年增加1.2万亩；粮食总产量59.8万吨，增长2.1%。",
    ]
    norm = normalize(WRAPPED)
    start = norm.text.index("118.2亿元")
    raw_start, raw_end = norm.to_raw((start - 2, start + len("118.2亿元")))
    assert WRAPPED[raw_start:raw_end] == "加\n值118.2亿元"


def test_a_tab_keeps_a_column_s_edge_where_a_lone_space_goes():
    norm = normalize("点军区\t12\t1380\n增长 5%，\t增长\t5%")
    assert norm.text == "点军区 12 1380\n增长5%， 增长 5%"
    start = norm.text.index("1380")
    assert norm.to_raw((start, start + 4)) == (7, 11)


def test_a_paragraph_a_line_is_never_joined():
    text = ("1月我国期货市场成交额同比增长14.53%\n中国期货业协会的最新数据显示，以单边计算，1月全国期货交易市场成交量为5.2亿手\n"
            "国家下达新一批以工代赈中央投资56亿元\n记者今天从国家发展改革委获悉，国家下达新一批以工代赈中央投资\n"
            "4月深圳港外贸集装箱吞吐量超678万标准箱\n据深圳海关统计，今年4月，深圳港外贸集装箱吞吐量增长")
    assert normalize(text).text == text


PARAGRAPH = (
    "经市政府研究同意，2025年全市共安排市级重点项目326个，总投资2860亿元，年度计划投资612亿元。其中，"
    "产业项目198个，占项目总数的60.7%；基础设施类项目74个，社会民生项目54个。1-5月，全市重点项目累计"
    "完成投资268.4亿元，完成年度计划的43.9%，比上年同期增长5.6%；截至5月底，已开工建设项目281个，"
    "项目开工率为86.2%，比去年同期提高3.4个百分点。"
)
WRAPPED_BY_CHARACTERS = "\n".join(PARAGRAPH[i:i + 24] for i in range(0, len(PARAGRAPH), 24)) + "\n— 2 —\n二、重点任务"
INDICATOR_LIST = (
    "地区生产总值完成1234.5亿元，增长6.2%\n规上工业增加值完成456.7亿元，增长8.1%\n固定资产投资完成789.2亿元，增长5.5%\n"
    "社会消费品零售总额完成612.3亿元，增长7%\n一般公共预算收入完成98.7亿元，增长4.4%\n"
    "城镇居民人均可支配收入45678元，增长5.1%\n农村居民人均可支配收入21345元，增长5%"
)


def test_lines_wrapped_by_a_count_of_characters_are_joined_and_decimals_made_whole():
    norm = normalize(WRAPPED_BY_CHARACTERS)
    assert norm.text.split("\n") == [PARAGRAPH, "— 2 —", "二、重点任务"]
    page = norm.text.index("— 2 —")
    assert any(start <= page < end for start, end in norm.boilerplate)


def test_a_sentence_split_by_a_page_number_is_joined_and_the_number_dropped():
    lines = [PARAGRAPH[i:i + 24] for i in range(0, len(PARAGRAPH), 24)]
    raw = "\n".join(lines[:3]) + "\n- 6 -\n" + "\n".join(lines[3:])
    norm = normalize(raw)
    assert norm.text == PARAGRAPH
    start = norm.text.index(lines[2][-4:] + lines[3][:4])
    raw_start, raw_end = norm.to_raw((start, start + 8))
    assert raw[raw_start:raw_end] == lines[2][-4:] + "\n- 6 -\n" + lines[3][:4]


def test_a_page_number_after_a_finished_sentence_stays_its_own_line():
    text = WRAPPED_BY_CHARACTERS.replace("\n— 2 —\n", "\n- 2 -\n")
    assert normalize(text).text.split("\n") == [PARAGRAPH, "- 2 -", "二、重点任务"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("截至　9　月末，全市贷款余额7210亿元。", "截至9月末，全市贷款余额7210亿元。"),  # prose: folds like any space
        ("湛江市　51.80　　　738\n茂名市　21.30　　216", "湛江市 51.80 738\n茂名市 21.30 216"),  # a row of numbers: an edge
    ],
)
def test_an_ideographic_space_is_a_column_edge_only_in_a_row_of_numbers(raw, text):
    norm = normalize(raw)
    assert norm.text == text
    start = norm.text.index("7210" if "7210" in text else "21.30")
    assert raw[slice(*norm.to_raw((start, start + 4)))] == norm.text[start:start + 4]


def test_a_list_of_lines_of_one_length_that_each_end_whole_is_no_wrap():
    assert normalize(INDICATOR_LIST).text == INDICATOR_LIST


REPORT = (
    "过去的一年，面对复杂严峻的外部环境和艰巨繁重的发展任务，全县上下坚\n"
    "定信心、奋力拼搏，经济社会发展稳中有进、进中向好。预计全年完成地区生产\n"
    "总值486.3亿元，增长6.2%；一般公共预算收入31.47亿元，增长\n"
    "5.8%，其中税收收入占比达到72.6%，比上年提高1.9个百分点；固\n"
    "定资产投资增长8.5%；社会消费品零售总额213.4亿元，增长5.1%；\n"
    "城镇、农村居民人均可支配收入分别达到41236元、22418元，分别\n"
    "增长4.9%、6.7%。\n"
    "产业转型步伐加快。全年实施县级重点项目156个，完成投资\n"
    "218.6亿元，其中10亿元以上项目23个。莒县经济开发区新签约项目\n"
    "37个，总投资146.2亿元，新增规模以上工业企业42家，园区规上工业\n"
    "营业收入突破600亿元。\n"
    "乡村振兴扎实推进。粮食总产达到7.82亿斤，连续5年稳定在\n"
    "7.5亿斤以上；新建高标准农田8.6万亩。"
)


def test_wrapped_lines_short_of_the_width_or_ending_between_clauses_are_joined():
    text = normalize(REPORT).text
    assert text.count("\n") == 2  # the paragraphs
    assert "完成投资218.6亿元" in text and "稳定在7.5亿斤" in text and "增长5.1%；城镇" in text


RAGGED = (
    "    全年全市地区生产总值2315.6亿元，按不变价格计算，比上年增长5.8%。分产业看，\n"
    "第一产业增加值268.4亿元，增长3.6%；第二产业增加值941.2亿元，增长6.9%；\n"
    "第三产业增加值1106.0亿元，增长5.4%。三次产业结构为11.6:40.6:47.8。全年人均\n"
    "地区生产总值约8.1万元，比上年增长6.0%。\n"
    "    年末全市常住人口285.3万人，比上年末减少1.2万人。全年出生人口1.9万人，出\n"
    "生率6.66‰；死亡人口2.3万人，死亡率8.05‰。城镇化率为56.4%，比上年末提\n"
    "高1.1个百分点。全年城镇新增就业4.26万人，城镇登记失业率为3.1%。全年\n"
    "居民消费价格比上年上涨0.3%，其中食品烟酒类价格下降1.4%。\n"
)


def test_lines_wrapped_at_uneven_widths_are_joined():
    """Copied from a PDF set in a proportional font: digits are narrower than characters, so the
    wrapped lines fill 62-78 columns, none of them the same width twice in a row."""
    lines = normalize(RAGGED).text.split("\n")
    assert len(lines) == 2
    assert "全年人均地区生产总值约8.1万元" in lines[0] and "比上年末提高1.1个百分点" in lines[1]


def test_a_ragged_wrap_among_headings_and_short_paragraph_ends_is_joined():
    text = ("某市2024年统计公报\n一、综合\n"
            + RAGGED.replace("    ", "").replace("比上年增长6.0%。\n", "比上年增长6.0%。\n二、人口\n")
            + "三、价格\n全年居民消费价格上涨0.3%。\n")
    lines = normalize(text).text.split("\n")
    assert lines[:2] == ["某市2024年统计公报", "一、综合"] and lines[3] == "二、人口" and lines[-2:] == ["三、价格", "全年居民消费价格上涨0.3%。"]
    assert "全年人均地区生产总值约8.1万元" in lines[2] and "比上年末提高1.1个百分点" in lines[4]


def test_a_ragged_wrap_beside_a_space_aligned_table_is_joined():
    """A notice copied from a PDF: its table's rows, wider than the text, set no line width, and a
    notice's paragraphs often end on a full line."""
    notice = os.path.join(os.path.dirname(os.path.dirname(__file__)), "eval", "devgold186", "notices",
                          "1314_huacheng-new-materials-guarantee-progress-2025.txt")
    with open(notice, encoding="utf-8") as handle:
        text = normalize(handle.read()).text
    assert "占公司最近一期经审计净资产的108.37%" in text and "担保余额为9.83亿元" in text
    assert re.search(r"\n *盐城华澄 +141,208\.19", text)  # the table's rows stay rows


def test_a_ragged_wrap_among_headings_page_numbers_and_a_table_of_folded_spaces_is_joined():
    """Half the lines of a short PDF notice are headings, a table's rows and page numbers: the wrap is told
    from the lines of prose alone."""
    notice = os.path.join(os.path.dirname(os.path.dirname(__file__)), "eval", "devgold193", "notices",
                          "1356_xiangjiang-clean-energy-power-generation-nov-2025.txt")
    with open(notice, encoding="utf-8") as handle:
        text = normalize(handle.read()).text
    assert "2025年11月，公司所属电厂完成发电量28.64亿千瓦时，同比增长6.2%；完成上网电量27.91亿千瓦时，同比增长6.0%。" in text
    assert "\n水电 5.18 -12.4 78.62 -12.7\n" in text  # the table's rows stay rows


def test_a_ragged_wrap_under_a_wider_letterhead_and_a_note_in_smaller_type_is_joined():
    """A PDF notice whose letterhead line and footnote (smaller type, more characters a line) are wider than
    its body: the wrap is the body's width, not theirs."""
    notice = os.path.join(os.path.dirname(os.path.dirname(__file__)), "eval", "devgold200", "notices",
                          "1400_nanjing-new-home-sales-by-district-nov-2025.txt")
    with open(notice, encoding="utf-8") as handle:
        text = normalize(handle.read()).text
    assert "网签成交4,780套，环比增长5.2%，同比下降6.3%；" in text and "累计成交4.62万套，同比下降8.4%" in text
    assert "\n江宁区 1,286 14.62 12.4\n" in text  # the table's rows stay rows


def test_a_ragged_wrap_is_not_set_by_a_line_two_lines_joined_at_a_figure_made():
    """A PDF notice with ``108,0⏎00,000股``: the wrap is measured before the figure is made whole, so that
    line, two lines long, sets no wrap width and the lines ending in a comma or 的 short of it still go on."""
    notice = os.path.join(os.path.dirname(os.path.dirname(__file__)), "eval", "devgold198", "notices",
                          "1386_xiangyu-controlling-shareholder-pledge-2025.txt")
    with open(notice, encoding="utf-8") as handle:
        text = normalize(handle.read()).text
    assert "合计持有公司股份201,880,000股，占公司总股本的41.71%；" in text
    assert "质押给中信证券股份有限公司，占其所持股份的17.17%" in text
    assert "\n合计 201,880,000 88,500,000" in text  # the table's rows stay rows


@pytest.mark.parametrize("raw, joined", [
    ("公司资产总额为1,256,\n832.46万元，较上年末增长5.62%。", "1,256,832.46万元"),
    ("公司资产总额为1,256, \n 832.46万元。", "1,256,832.46万元"),
    ("完成上网电量27.91亿千瓦\n时，同比增长6.0%。", "27.91亿千瓦时"),
    ("建成区面积达128.6平方\n公里。", "128.6平方公里"),
    ("累计质押公司股份108,000,000\n股，占其所持公司股份的57.93%。", "108,000,000股"),
    ("按收盘价7.85元至8.62\n元区间测算。", "8.62元区间"),
    ("本次交易会计划销售46.85万\n吨，实际成交11.27万吨。", "46.85万吨"),
    ("最高成交价2,48\n0元/吨，最低成交价2,390元/吨。", "2,480元/吨"),
    ("最高成交价2,4\n80元/吨。", "2,480元/吨"),
    ("截至2025年9月30日，晟达化纤总资产58,642.\n37万元，净资产21,308.95万元。", "58,642.37万元"),
])
def test_a_line_break_inside_a_figure_is_no_break(raw, joined):
    norm = normalize(raw)
    at = norm.text.index(joined)
    start, end = norm.offsets.to_raw((at, at + len(joined)))
    assert raw[start:end].replace("\n", "").replace(" ", "") == joined


def test_a_line_break_after_a_list_s_comma_or_before_other_text_stays():
    assert normalize("项目数量分别为12,\n3个和5个。").text.count("\n") == 1
    assert normalize("装机容量100万千瓦\n时间为2025年。").text.count("\n") == 1
    assert normalize("全年接待游客2024\n元旦期间最多。").text.count("\n") == 1
    assert normalize("共计2万\n人民群众参与。").text.count("\n") == 1
    assert normalize("编号为1,23\n4,567。").text.count("\n") == 1


def test_a_list_of_headlines_led_by_periods_is_no_wrap():
    text = "\n".join(["今日要闻", "2024年全市常住人口首次突破1250万", "2024年全市实现地区生产总值21860亿元比上年增长4.7%",
                      "1至10月全市数字经济核心产业增加值增长7.2%", "2025年全市新增城镇就业岗位人数达到35万",
                      "2025年全市计划实施重大项目400个总投资超过5000亿元", "1至10月全市城乡居民人均可支配收入分别达到8万",
                      "2024年全市外贸进出口总额8000亿元同比增长6.2%", "3月份全市居民消费价格指数同比上涨0.3%",
                      "2024年全市新增国家级专精特新小巨人企业56家"])
    assert normalize(text).text.count("\n") == text.strip().count("\n")


def test_lines_of_uneven_width_that_each_end_whole_are_no_wrap():
    text = "\n".join(line.rstrip("\n，").rstrip("，") + "。" for line in RAGGED.split("\n") if line)
    assert normalize(text).text.count("\n") == text.count("\n")


def test_a_wrapped_text_s_heading_stays_on_its_own_line():
    heading = "（三）产业转型步伐加快，规模以上工业企业数量达到历史新水平"
    text = REPORT.replace("产业转型步伐加快。全年实施县级重点项目156个，完成投资\n",
                          heading + "\n156个县级重点项目全年实施完毕，全部完成投资\n", 1)
    assert heading in text
    lines = normalize(text).text.split("\n")
    assert heading in lines


def test_a_page_view_counter_is_boilerplate_but_its_line_is_not():
    norm = normalize("2025-10-15 16:20来源：台州三门湾银行 浏览：1,026次 【字体：大 中 小】\n普惠小微贷款余额486.35亿元。\n")
    marked = [norm.text[start:end] for start, end in norm.boilerplate]
    assert any("1,026" in span for span in marked) and not any("三门湾银行" in span for span in marked)


def test_one_space_before_a_number_in_a_row_aligned_by_spaces_keeps_its_column():
    text = "年龄组        人口数(人)    比重(%)\n60岁及以上      127,289       21.67\n  其中:65岁及以上 96,018     16.35\n全市 3.5万人"
    assert normalize(text).text.splitlines()[2:] == ["其中:65岁及以上 96,018 16.35", "全市3.5万人"]


def test_a_pdf_wrap_is_joined_though_a_pipe_table_stands_between_its_paragraphs():
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval", "devgold177", "notices",
                        "1260_hongcheng-shareholder-reduction-result-2025.txt")
    with open(path, encoding="utf-8") as handle:
        text = normalize(handle.read(), path).text
    assert "合计减持公司股份不超过4,001,400股" in text and "| 泓信投资 |" in text


@pytest.mark.parametrize("raw, traditional", [
    ("財政部今天公布10月出口值為412.1億美元，年增8.4%；進口值為312.3億美元。", True),
    ("财政部今天公布10月出口值为412.1亿美元，年增8.4%；进口值为312.3亿美元。", False),
    ("全市实现地区生产总值1234.5亿元，見附表。", False),  # one stray character is no traditional notice
])
def test_a_notice_written_in_traditional_script_is_marked_so(raw, traditional):
    assert normalize(raw).traditional is traditional


def test_a_table_row_whose_spaces_are_folded_is_never_joined_to_the_next_as_a_wrap():
    path = os.path.join(os.path.dirname(__file__), "..", "eval", "devgold240", "notices",
                        "1638_mingtuo-shareholder-reduction-plan-result-dec-2025.txt")
    with open(path, encoding="utf-8") as handle:  # a PDF's text wrapped at one width, its table rows as wide
        normalized = normalize(handle.read()).text
    assert "0.99\n鼎晟创投" in normalized and "减持数量" in normalized
