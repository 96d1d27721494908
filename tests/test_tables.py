"""Tables: HTML and Markdown tables become figures with metric, subject and period per cell."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.markup import strip_markup
from extractor.normalize import normalize
from extractor.pipeline import document_from_bytes, extract_document
from extractor.tables import find_tables

NBS_TABLE = """<html><body><p>1—11月份，规模以上工业企业实现利润总额79750.1亿元。</p>
<table border="1"><caption>表1 2021年1—11月份规模以上工业企业主要财务指标</caption>
<tr><td rowspan="2">分　组</td><td colspan="2">营业收入</td><td colspan="2">利润总额</td></tr>
<tr><td>1-11月（亿元）</td><td>同比增长（%）</td><td>1-11月（亿元）</td><td>同比增长（%）</td></tr>
<tr><td>总计</td><td>1143083.8</td><td>20.3</td><td>79750.1</td><td>38</td></tr>
<tr><td>其中：采矿业</td><td>50643.2</td><td>42</td><td>9920.7</td><td>185.7</td></tr>
<tr><td>电力、热力、燃气及水生产和供应业</td><td>83964.4</td><td>15.7</td><td>3700.5</td><td>-28.2</td></tr>
</table><p>注：数据四舍五入。</p></body></html>"""

YEARS_TABLE = """中资企业在港设立的公司数目：
中国内地：

|  | **2012 年** | **2013 年** |
| --- | --- | --- |
| **地区总部** | 106 | 114 |
| **当地办事处** | 595 | 639 |
"""

SEASONS_TABLE = """海洋公园入场人次持续下跌。
海洋公园最近3年营运情况（亿元）

| 年度 | 收入 | 盈余/亏损 |
| --- | --- | --- |
| 2016/17 | 16.44 | -2.34 |
| 2015/16 | 16.41 | -2.41 |

| 年度 | 入场人次 | 增幅／跌幅 |
| --- | --- | --- |
| 2016/17 | 580万 | -3.33% |
"""


BULLETIN_TABLE = """2023年商洛市国民经济和社会发展统计公报
表1 2023年商洛市主要经济指标
| 指标 | 单位 | 绝对数 | 比上年增长% |
| --- | --- | --- | --- |
| 地区生产总值 | 亿元 | 905.3 | 4.5 |
| 规模以上工业增加值 | 亿元 | — | 3.2 |
| 常住人口 | 万人 | 204.1 | -0.5 |
| 粮食产量 | 万吨 | 23.6 | 1.1 |
"""

LABEL_UNIT_TABLE = """<table><tr><td>指标</td><td>数值</td><td>增长%</td></tr>
<tr><td>地区生产总值（亿元）</td><td>1234.5</td><td>6.2</td></tr>
<tr><td>工业增加值（亿元）</td><td>456.7</td><td>-3.1</td></tr></table>"""


def figures_of(text: str, name: str) -> dict[tuple[str, int], dict]:
    from extractor.contract import extraction_to_dict

    row = extraction_to_dict(extract_document(document_from_bytes(text.encode("utf-8"), name)))
    seen: dict[str, int] = {}
    out = {}
    for figure in row["figures"]:
        seen[figure["text"]] = seen.get(figure["text"], 0) + 1
        out[(figure["text"], seen[figure["text"]])] = figure
    return out


def test_html_tables_are_laid_out_one_row_a_line_with_spanned_cells_filled():
    text, _ = strip_markup("<table><tr><td rowspan=2>组</td><td colspan=2>营业收入</td></tr>"
                           "<tr><td>亿元</td><td>%</td></tr><tr><td>总计</td><td>1</td><td>2</td></tr></table>")
    assert [line for line in text.split("\n") if line] == [
        "| 组 | 营业收入 | 营业收入 |", "|  | 亿元 | % |", "| 总计 | 1 | 2 |",
    ]


def test_a_summary_value_spanning_a_first_row_is_written_once_and_others_fill_their_columns():
    text, _ = strip_markup("<table><tr><td>截至报告期末股东总数（户）</td><td colspan=\"4\">18,426</td></tr>"
                           "<tr><td>2024年</td><td colspan=2>增长8.5%</td></tr><tr><td>门票</td><td colspan=2>60</td></tr></table>")
    assert [line for line in text.split("\n") if line] == [
        "| 截至报告期末股东总数（户） | 18,426 |  |  |  |", "| 2024年 | 增长8.5% | 增长8.5% |", "| 门票 | 60 | 60 |",
    ]


@pytest.mark.parametrize(
    ("text", "occurrence", "kind", "value", "unit", "change", "metric", "subject", "time", "row"),
    [
        # 总计: the whole the caption names, not a row called 总计
        ("1143083.8", 1, "money", 114308380000000, "元", None, "营业收入", "规模以上工业企业", "1-11月", "总计"),
        ("20.3", 1, "percent", 20.3, "%", "increase", "营业收入", "规模以上工业企业", "1-11月", "总计"),
        # an industry's row: what is measured (the GUIDE's subject is a place, park, firm or body)
        ("9920.7", 1, "money", 992070000000, "元", None, "采矿业利润总额", "规模以上工业企业", "1-11月", "其中"),
        ("-28.2", 1, "percent", 28.2, "%", "decrease", "电力、热力、燃气及水生产和供应业利润总额", "规模以上工业企业", "1-11月",
         "电力"),
    ],
)
def test_a_cell_measures_its_column_for_its_row(text, occurrence, kind, value, unit, change, metric, subject, time, row):
    figure = figures_of(NBS_TABLE, "nbs.html")[(text, occurrence)]
    assert (figure["kind"], figure["value"], figure["unit"], figure["change"]) == (kind, value, unit, change)
    assert (figure["metric"], figure["subject"], figure["time"]) == (metric, subject, time)
    assert figure["rule"] == "figures.table_cell.v1"
    assert text in figure["quote"] and figure["quote"].startswith(row)


def test_table_cells_cite_their_raw_offsets():
    figures = figures_of(NBS_TABLE, "nbs.html")
    for figure in figures.values():
        assert NBS_TABLE[figure["raw_start"]:figure["raw_end"]] == figure["text"]


def test_a_table_over_years_measures_its_rows_for_the_caption_s_subject():
    figures = figures_of(YEARS_TABLE, "hk.txt")
    cell = figures[("639", 1)]
    assert (cell["kind"], cell["value"]) == ("count", 639)
    assert (cell["metric"], cell["subject"], cell["time"]) == ("当地办事处", "中国内地", "2013年")


def test_a_table_whose_rows_are_seasons_dates_each_row():
    figures = figures_of(SEASONS_TABLE, "park.txt")
    deficit = figures[("-2.41", 1)]
    assert (deficit["kind"], deficit["value"], deficit["unit"]) == ("money", -241000000, "元")
    assert (deficit["metric"], deficit["subject"], deficit["time"]) == ("盈余/亏损", "海洋公园", "2015/16")
    drop = figures[("-3.33%", 1)]
    assert (drop["value"], drop["change"], drop["time"]) == (3.33, "decrease", "2016/17")
    assert "入场人次" in drop["metric"] or "跌幅" in drop["metric"]


def test_a_caption_saying_how_a_table_is_broken_down_names_no_subject():
    text = ("济南市12345热线10月份共受理群众诉求41.26万件。\n10月份转办工单按诉求类别分布情况\n"
            "| 诉求类别 | 工单数（件） | 占比 |\n| --- | --- | --- |\n| 城市管理 | 38,420 | 21.8% |\n"
            "| 住房与物业 | 31,650 | 18.0% |\n| 合计 | 176,100 | 100% |\n")
    figures = figures_of(text, "hotline.txt")
    assert figures[("176,100", 1)]["subject"] in ("合计", "济南市")
    assert "分布" not in figures[("176,100", 1)]["subject"]


def test_a_change_column_headed_by_year_on_year_measures_the_column_before_it():
    text = "澳门幸运博彩毛收入\n| 月份 | 毛收入(亿澳门元) | 按年变动 |\n| --- | --- | --- |\n| 10月 | 219.8 | +15.9% |\n| 11月 | 202.3 | +14.2% |\n"
    change = figures_of(text, "macau.txt")[("+14.2%", 1)]
    assert (change["kind"], change["value"], change["change"]) == ("percent", 14.2, "increase")
    assert "毛收入" in change["metric"] and change["time"] == "11月"


def test_a_results_table_in_millions_with_costs_in_accounting_brackets_is_read_for_the_announcing_firm():
    text = ("香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责。\n澄源新材料股份有限公司\n全年业绩公告\n"
            "澄源新材料股份有限公司（「本公司」）董事会欣然宣布本公司截至2024年12月31日止年度之业绩如下：\n"
            "综合损益表摘要\n（人民币百万元）　　2024年　　2023年　　变动\n收入　　8,642.3　　7,915.6　　+9.2%\n"
            "销售成本　　(6,568.9)　　(6,126.7)　　+7.2%\n分部资料\n（人民币千元）　　收入　　分部溢利\n"
            "锂电池材料　　5,183,460　　498,712\n特种化学品　　2,594,170　　236,045\n")
    figures = figures_of(text, "results.txt")
    revenue, cost, segment = figures[("8,642.3", 1)], figures[("6,568.9", 1)], figures[("5,183,460", 1)]
    assert (revenue["value"], revenue["unit"], revenue["time"]) == (8642300000, "元", "2024年")
    assert (cost["value"], cost["metric"]) == (6568900000, "销售成本")
    assert segment["value"] == 5183460000 and "收入" in segment["metric"]
    assert revenue["subject"] == cost["subject"] == "澄源新材料股份有限公司"


def test_rows_naming_sites_or_named_after_places_stay_subjects_and_captions_of_scopes_name_none():
    text = ("湖南省2024年水资源公报\n表3　2024年主要水库蓄水情况\n水库名称\t年末蓄水量（亿立方米）\t库容（亿立方米）\n"
            "五强溪水库\t20.1\t43.5\n东江水库\t55.3\t91.5\n断面名称\tⅠ-Ⅲ类比例（%）\t达标率（%）\n湘江长沙断面\t97.0\t100\n"
            "资江益阳断面\t96.1\t98.5\n")
    figures = figures_of(text, "water.txt")
    assert (figures[("20.1", 1)]["subject"], figures[("20.1", 1)]["metric"]) == ("五强溪水库", "年末蓄水量")
    assert figures[("98.5", 1)]["subject"] == "资江益阳断面"
    schools = "霍邱县2024年教育统计\n学校名称\t班级数\t在校生（人）\n霍邱县第一中学\t96\t4820\n霍邱县第二中学\t88\t4410\n"
    assert figures_of(schools, "schools.txt")[("4820", 1)]["subject"] == "霍邱县第一中学"
    firms = "2025年前三季度全市重点企业主要指标\n企业\t营业收入（亿元）\t增长（%）\n星衡智能\t3275.0\t12.1\n澜驰汽车\t1286.4\t8.3\n"
    assert "全市重点企业" not in figures_of(firms, "firms.txt")[("3275.0", 1)]["subject"]


def test_a_header_in_thousands_scales_its_cells_but_a_kilo_unit_is_its_own():
    text = ("| 灾种 | 农作物受灾面积（千公顷） | 救灾物资（千克） |\n|---|---|---|\n"
            "| 洪涝 | 198.4 | 3500 |\n| 干旱 | 121.5 | 1200 |\n")
    figures = figures_of(text, "disasters.txt")
    assert (figures[("198.4", 1)]["value"], figures[("198.4", 1)]["unit"]) == (198400, "公顷")
    assert (figures[("3500", 1)]["value"], figures[("3500", 1)]["unit"]) == (3500, "千克")


def test_a_caption_naming_a_holiday_dates_its_table():
    text = "2023年中秋国庆假期各区旅游数据\n| 区 | 接待游客(万人次) | 同比(%) |\n|---|---|---|\n| 碑林区 | 412.6 | 10.2 |\n| 雁塔区 | 386.3 | 8.7 |\n"
    assert figures_of(text, "holiday.txt")[("412.6", 1)]["time"] == "2023年中秋国庆假期"


def test_a_column_compared_with_a_year_is_the_change_of_the_measure_before_it_in_the_table_s_period():
    text = ("2023年中秋国庆假期各区旅游数据\n| 区 | 旅游收入(亿元) | 与2019年相比(%) |\n|---|---|---|\n"
            "| 碑林区 | 38.74 | 35.1 |\n| 莲湖区 | 21.37 | -4.5 |\n")
    figures = figures_of(text, "holiday.txt")
    up, down = figures[("35.1", 1)], figures[("-4.5", 1)]
    assert (up["metric"], up["change"], up["time"]) == ("旅游收入", "increase", "2023年中秋国庆假期")
    assert (down["value"], down["change"]) == (4.5, "decrease")


def test_columns_of_this_week_and_last_week_date_their_cells():
    text = "潍坊市农产品价格监测周报\n| 品种 | 本周均价（元/公斤） | 上周均价（元/公斤） |\n| --- | --- | --- |\n| 猪肉 | 24.60 | 24.05 |\n| 牛肉 | 68.40 | 68.90 |\n"
    figures = figures_of(text, "prices.txt")
    assert (figures[("24.60", 1)]["time"], figures[("24.05", 1)]["time"]) == ("本周", "上周")


def test_rows_of_words_are_no_table_of_figures():
    assert find_tables("| 项目 | 说明 |\n| --- | --- |\n| 甲 | 乙 |\n") == ()


@given(st.lists(st.lists(st.decimals(min_value=0, max_value=10**6, places=1, allow_nan=False, allow_infinity=False),
                         min_size=2, max_size=4), min_size=1, max_size=5))
def test_every_table_cell_maps_back_to_its_raw_text(rows):
    width = max(len(row) for row in rows)
    body = "".join(
        "<tr><td>第" + str(i) + "组</td>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>"
        for i, row in enumerate(rows)
    )
    html = f"<table><tr><td>分组</td>{'<td>产量（吨）</td>' * width}</tr>{body}</table>"
    figures = figures_of(html, "t.html")
    for figure in figures.values():
        assert html[figure["raw_start"]:figure["raw_end"]] == figure["text"]
        assert Decimal(str(figure["value"])) == Decimal(figure["text"])


HK_INVESTMENT = """以下是统计处提供，6个国家来港直接投资的金额（以市值计算港元，下表单位为亿元）：

| 亿元 | 中国内地 | 美国 |
| --- | --- | --- |
| 2011年 | 3.04万 | 3588 |
| 2012年 | 3.57万 | 2949 |
| 2015年 | 3.27万 （较2011年升7.6% ；较2014年跌6.3% ） | 3146 |

| 年度 | 入场人次 | 增幅／跌幅 |
| --- | --- | --- |
| 2011/12 | 770万 | +8.45% |

|  | **2012 年** | **2016 年** |
| --- | --- | --- |
| **总数** | **853** | **1123 （较 2012 年升 31.7% 。）** |
"""


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "change", "metric", "subject", "time"),
    [
        ("3588", "money", 358800000000, "港元", None, "来港直接投资的金额", "美国", "2011年"),
        ("3.57万", "money", 3570000000000, "港元", None, "来港直接投资的金额", "中国内地", "2012年"),
        ("770万", "count", 7700000, "人次", None, "入场人次", None, "2011/12"),
        ("+8.45%", "percent", 8.45, "%", "increase", "入场人次", None, "2011/12"),
        ("1123", "count", 1123, "", None, "总数", None, "2016年"),
        # a remark in a cell of a year's row: that year, against the year the remark names
        ("7.6%", "percent", 7.6, "%", "increase", "来港直接投资的金额", "中国内地", "2015年较2011年"),
        ("6.3%", "percent", 6.3, "%", "decrease", "来港直接投资的金额", "中国内地", "2015年较2014年"),
    ],
)
def test_cells_with_magnitudes_signs_and_remarks(text, kind, value, unit, change, metric, subject, time):
    figure = figures_of(HK_INVESTMENT, "hk.txt")[(text, 1)]
    assert (figure["kind"], figure["value"], figure["unit"], figure["change"]) == (kind, value, unit, change)
    assert (figure["metric"], figure["time"]) == (metric, time)
    if subject:
        assert figure["subject"] == subject


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "change", "metric"),
    [
        ("905.3", "money", 90530000000, "元", None, "地区生产总值"),
        ("4.5", "percent", 4.5, "%", "increase", "地区生产总值"),
        ("3.2", "percent", 3.2, "%", "increase", "规模以上工业增加值"),
        ("204.1", "count", 2041000, "人", None, "常住人口"),
        ("-0.5", "percent", 0.5, "%", "decrease", "常住人口"),
        ("23.6", "quantity", 236000, "吨", None, "粮食产量"),
    ],
)
def test_a_bulletin_row_is_an_indicator_in_its_own_unit(text, kind, value, unit, change, metric):
    figure = figures_of(BULLETIN_TABLE, "bulletin.txt")[(text, 1)]
    assert (figure["kind"], figure["value"], figure["unit"], figure["change"]) == (kind, value, unit, change)
    assert (figure["metric"], figure["subject"], figure["time"]) == (metric, "商洛市", "2023年")


def test_an_indicator_s_unit_may_stand_in_its_label():
    figures = figures_of(LABEL_UNIT_TABLE, "bulletin.html")
    gdp, growth, fall = figures[("1234.5", 1)], figures[("6.2", 1)], figures[("-3.1", 1)]
    assert (gdp["kind"], gdp["value"], gdp["unit"], gdp["metric"]) == ("money", 123450000000, "元", "地区生产总值")
    assert (growth["kind"], growth["value"], growth["change"], growth["metric"]) == ("percent", 6.2, "increase", "地区生产总值")
    assert (fall["value"], fall["change"], fall["metric"]) == (3.1, "decrease", "工业增加值")


def test_a_bracket_inside_a_row_s_name_is_no_unit_the_row_lacks():
    text = ("2025年部门“三公”经费预算情况如下（单位：万元）：\n项目\t预算数\t上年预算数\t增减\n"
            "因公出国（境）费\t12.5\t15.0\t-2.5\n公务接待费\t8.3\t9.1\t-0.8\n")
    figures = figures_of(text, "budget.txt")
    abroad = [figures[(cell, 1)] for cell in ("12.5", "15.0", "-2.5")]
    assert [(f["kind"], f["value"], f["unit"], f.get("change")) for f in abroad] == [
        ("money", 125000, "元", None), ("money", 150000, "元", None), ("money", 25000, "元", "decrease")]
    assert all("因公出国" in f["metric"] for f in abroad)


def test_a_budget_table_keyed_by_classification_codes_reads_each_item_s_amount():
    text = ("2025年一般公共预算支出预算表（单位：万元）\n科目编码\t科目名称\t预算数\n201\t一般公共服务支出\t3,512.6\n"
            "205\t教育支出\t12,845.3\n2080501\t行政单位离退休\t630.1\n")
    figures = figures_of(text, "budget.txt")
    assert sorted(text for text, _ in figures) == ["12,845.3", "3,512.6", "630.1"]  # no code is an amount
    education = figures[("12,845.3", 1)]
    assert (education["kind"], education["value"], education["unit"]) == ("money", 128453000, "元")
    assert "教育支出" in education["metric"]


BOX_TABLE = """1—10月全市主要行业增加值增速及占比情况：
┌──────────┬───────┬───────┐
│行业　　　　　　　　│增加值增速（％）│占规上工业比重（％）│
├──────────┼───────┼───────┤
│汽车制造业　　　　　│　　12.1　　│　　31.6　　│
│纺织业　　　　　　　│　　-2.8　　│　　 4.8　　│
│其他行业　　　　　　│　　 8.7　　│　　31.4　　│
└──────────┴───────┴───────┘
"""


def test_a_table_drawn_with_box_characters_is_read_to_its_last_row():
    figures = figures_of(BOX_TABLE, "box.txt")
    read = {key: (f["kind"], f["value"], f.get("change"), f["metric"], f["time"]) for key, f in figures.items()}
    assert read[("12.1", 1)] == ("percent", 12.1, "increase", "汽车制造业增加值增速", "1—10月")
    assert read[("-2.8", 1)] == ("percent", 2.8, "decrease", "纺织业增加值增速", "1—10月")
    assert read[("31.4", 1)] == ("percent", 31.4, None, "其他行业占规上工业比重", "1—10月")  # above the box's bottom edge


def test_a_header_wrapped_over_two_lines_names_each_column_with_its_unit():
    text = ("上述股东累计质押股份情况如下：\n"
            "股东名称    持股数量       本次变动前累计     本次变动数量    本次变动后累计     占其所持\n"
            "            （股）         质押数量（股）     （股）          质押数量（股）     股份比例（%）\n"
            "湘渝控股    186,420,000    76,000,000         32,000,000      108,000,000        57.93\n"
            "刘建国      15,460,000     12,500,000         -3,000,000      9,500,000          61.45\n")
    figures = figures_of(text, "pledge.txt")
    held, after, share = figures[("186,420,000", 1)], figures[("9,500,000", 1)], figures[("61.45", 1)]
    assert (held["kind"], held["value"], held["unit"], held["metric"], held["subject"]) == (
        "count", 186420000, "股", "持股数量", "湘渝控股")
    assert (after["value"], after["metric"], after["time"], after["subject"]) == (9500000, "累计质押数量", "本次变动后", "刘建国")
    assert (share["kind"], share["value"], share["metric"]) == ("percent", 61.45, "占其所持股份比例")


PROJECT_TABLE = """二季度重大项目集中签约，部分项目如下：
| 序号 | 项目名称 | 签约企业 | 总投资（亿元） |
| --- | --- | --- | --- |
| 1 | 12英寸特色工艺晶圆制造项目 | 合肥矽研半导体有限公司 | 52.0 |
| 2 | 量子精密测量仪器研发生产基地 | 安徽量衡科技股份有限公司 | 35.6 |
"""


def test_a_numbered_row_is_named_by_the_cell_after_its_number():
    figures = figures_of(PROJECT_TABLE, "projects.txt")
    first = figures[("52.0", 1)]
    assert (first["kind"], first["value"], first["unit"]) == ("money", 5200000000, "元")
    assert (first["metric"], first["subject"]) == ("总投资", "12英寸特色工艺晶圆制造项目")
    assert figures[("35.6", 1)]["subject"] == "量子精密测量仪器研发生产基地"


PERIOD_HEADER_TABLE = """全省重点项目进展情况如下：
<table><tr><th>序号</th><th>项目名称</th><th>计划总投资（万元）</th><th>1—8月完成投资（万元）</th><th>完成率（%）</th></tr>
<tr><td>1</td><td>赣江新区智慧物流园项目</td><td>268000</td><td>67320</td><td>79.2</td></tr>
<tr><td>2</td><td>年产20GWh储能电池项目</td><td>1250000</td><td>241600</td><td>75.5</td></tr></table>
"""


def test_a_header_that_names_a_period_s_measure_is_a_header_not_a_value():
    figures = figures_of(PERIOD_HEADER_TABLE, "projects.html")
    planned, done, rate = figures[("268000", 1)], figures[("67320", 1)], figures[("79.2", 1)]
    assert (planned["kind"], planned["value"], planned["unit"], planned["metric"]) == ("money", 2680000000, "元", "计划总投资")
    assert (done["value"], done["metric"], done["time"]) == (673200000, "完成投资", "1—8月")
    assert (rate["kind"], rate["value"], rate["subject"]) == ("percent", 79.2, "赣江新区智慧物流园项目")


CHANGE_COLUMNS_TABLE = """<h1>2025年8月成都市居民消费价格变动情况</h1>
<p>8月份，成都市居民消费价格同比下降0.2%。</p>
<table><caption>2025年8月成都市居民消费价格分类指数涨跌幅　单位：%</caption>
<tr><th>序号</th><th>类别</th><th>环比</th><th>同比</th><th>1—8月累计同比</th></tr>
<tr><td>1</td><td>食品烟酒</td><td>0.9</td><td>-1.6</td><td>-1.1</td></tr>
<tr><td>2</td><td>衣着</td><td>0.1</td><td>0.8</td><td>1.0</td></tr></table>
"""


def test_同比_and_环比_columns_are_changes_of_the_row_s_measure():
    figures = figures_of(CHANGE_COLUMNS_TABLE, "cpi.html")
    month, year, cumulative = figures[("0.9", 1)], figures[("-1.6", 1)], figures[("1.0", 1)]
    assert (month["value"], month["change"], month["metric"], month["subject"]) == (0.9, "increase", "食品烟酒", "成都市")
    assert (year["value"], year["change"], year["metric"]) == (1.6, "decrease", "食品烟酒")
    assert (cumulative["change"], cumulative["metric"], cumulative["time"]) == ("increase", "衣着", "1—8月")


RATE_COLUMN_TABLE = """全省小麦收获情况：
<table><tr><th>市</th><th>面积（万亩）</th><th>单产（公斤/亩）</th><th>人均收入（万元/人）</th></tr>
<tr><td>德州</td><td>588.6</td><td>478.2</td><td>2.1</td></tr></table>
"""


def test_a_rate_column_keeps_its_compound_unit_and_money_its_currency():
    figures = figures_of(RATE_COLUMN_TABLE, "wheat.html")
    area, yield_, income = figures[("588.6", 1)], figures[("478.2", 1)], figures[("2.1", 1)]
    assert (area["value"], area["unit"]) == (5886000, "亩")
    assert (yield_["kind"], yield_["value"], yield_["unit"]) == ("quantity", 478.2, "公斤/亩")
    assert (income["kind"], income["value"], income["unit"]) == ("money", 21000, "元")


BASIS_COLUMN_TABLE = """全省主要工业产品产量
| 指标 | 2024年产量（万吨） | 2023年同期（万吨） | 同比（%） |
| 粗钢 | 520.5 | 511.3 | 1.8 |
"""


def test_a_同比_column_after_a_basis_column_is_the_change_of_the_measure_in_its_period():
    change = figures_of(BASIS_COLUMN_TABLE, "output.txt")[("1.8", 1)]
    assert (change["kind"], change["change"], change["metric"], change["time"]) == ("percent", "increase", "粗钢产量", "2024年同比")


SPACED_TABLE = """荆门市2025年老旧小区改造计划
2025年，全市计划改造城镇老旧小区95个。各区任务如下：
区名      小区数    户数      投资（万元）
东宝区    42        6850      31200
掇刀区\t35\t5120\t25600
合计      77        11970     56800
从各区进度看，东宝区已全部开工。"""


def test_rows_of_kinds_are_measured_for_the_notice_s_place_and_rows_of_places_are_subjects():
    schools = ("霍邱县2024/2025学年教育事业发展统计公报\n全县共有各级各类学校378所。\n附表　各级各类学校基本情况\n"
               "类　别　　　学校数（所）　在校生（人）\n幼儿园　　　186　　　　　28436\n小　学　　　142　　　　　78520\n")
    figures = figures_of(schools, "schools.txt")
    pupils = figures[("78520", 1)]
    assert (pupils["kind"], pupils["value"], pupils["metric"], pupils["subject"]) == ("count", 78520, "小学在校生", "霍邱县")
    storm = ("广东省应急管理厅通报台风灾情。各市灾情如下：\n地市　受灾人口（万人次）　倒塌房屋（间）\n"
             "湛江市　51.80　738\n茂名市　21.30　216\n")
    figures = figures_of(storm, "storm.txt")
    assert (figures[("51.80", 1)]["value"], figures[("51.80", 1)]["subject"]) == (518000, "湛江市")
    assert (figures[("216", 1)]["unit"], figures[("216", 1)]["subject"]) == ("间", "茂名市")


def test_a_spaced_table_with_a_unit_column_and_a_rule_under_its_header_is_read():
    energy = ("2025年10月份山西省能源生产情况\n10月份，全省规模以上工业原煤产量10856.3万吨，同比增长2.4%。\n表　2025年10月份规模以上工业主要能源产品产量\n"
              "产品名称　　单位　　10月　　同比增长(%)\n------------------------------\n"
              "原煤　　万吨　　10856.3　　2.4\n焦炭　　万吨　　812.4　　-3.1\n")
    figures = figures_of(energy, "energy.txt")
    coal, coke = figures[("10856.3", 1)], figures[("-3.1", 1)]
    assert (coal["kind"], coal["value"], coal["unit"], coal["time"]) == ("quantity", 108563000, "吨", "10月")
    assert coal["metric"].startswith("原煤") and coal["subject"] == "山西省"
    assert (coke["kind"], coke["value"], coke["change"]) == ("percent", 3.1, "decrease")


def test_a_table_aligned_with_spaces_or_tabs_measures_its_columns():
    figures = figures_of(SPACED_TABLE, "spaced.txt")
    count, money = figures[("42", 1)], figures[("25600", 1)]
    assert (count["kind"], count["value"], count["metric"], count["subject"]) == ("count", 42, "小区数", "东宝区")
    assert (money["kind"], money["value"], money["unit"], money["subject"]) == ("money", 256000000, "元", "掇刀区")
    assert figures[("5120", 1)]["unit"] == "户"
    assert figures[("56800", 1)]["subject"] in ("荆门市", "合计")  # the whole, never the first row's district


def test_lines_of_a_label_and_numbers_without_a_header_are_no_table():
    text = "各区进展：\n东宝区 42 6850\n掇刀区 35 5120\n完成投资5.6亿元。"
    assert find_tables(extract_document(document_from_bytes(text.encode("utf-8"), "x.txt")).text.text) == ()


DATED_TABLE = """德清县1-8月主要经济指标
发布日期：2025-09-22 信息来源：德清县统计局
| 指标 | 单位 | 1-8月 | 同比增长% |
| --- | --- | --- | --- |
| 规模以上工业增加值 | 亿元 | 186.42 | 8.6 |
| 社会消费品零售总额 | 亿元 | 268.74 | 4.8 |
"""


def test_a_dateline_above_a_table_is_no_subject():
    figure = figures_of(DATED_TABLE, "dated.txt")[("186.42", 1)]
    assert (figure["metric"], figure["subject"], figure["value"]) == ("规模以上工业增加值", "德清县", 18642000000)


def test_identifier_columns_give_no_figures_and_a_total_is_never_the_first_row_s():
    text = "联系人\t电话\t邮编\n张三\t0571\t310000\n李四\t0572\t313000\n"
    assert figures_of(text, "ids.txt") == {}
    totals = "各县主要指标\n地区\t增加值（亿元）\t增长（%）\n桐庐县\t120.5\t6.2\n淳安县\t60.3\t4.1\n合计\t180.8\t5.5\n"
    assert figures_of(totals, "totals.txt")[("180.8", 1)]["subject"] != "桐庐县"


def test_a_caption_listing_two_units_gives_rates_their_percent_and_amounts_their_magnitude():
    text = ("10月，乘用车和商用车产销情况如下（单位：万辆、%）：\n| 车型 | 产量 | 销量 | 产量同比 | 销量同比 |\n"
            "| --- | --- | --- | --- | --- |\n| 乘用车 | 290.4 | 294.7 | 12.9 | 13.6 |\n| 商用车 | 37.2 | 37.4 | 4.2 | 3.0 |\n")
    figures = figures_of(text, "cars.txt")
    assert (figures[("290.4", 1)]["value"], figures[("290.4", 1)]["unit"]) == (2904000, "辆")
    assert (figures[("12.9", 1)]["value"], figures[("12.9", 1)]["unit"], figures[("12.9", 1)]["change"]) == (12.9, "%", "increase")


def test_signed_cells_of_a_change_column_are_changes():
    text = ("| 排名 | 城市 | PM2.5浓度（微克/立方米） | 同比变化（%） |\n| --- | --- | --- | --- |\n"
            "| 1 | 张家口 | 18 | -10.0 |\n| 2 | 衡水 | 41 | +2.5 |\n")
    figures = figures_of(text, "air.txt")
    assert (figures[("-10.0", 1)]["value"], figures[("-10.0", 1)]["change"]) == (10, "decrease")
    assert figures[("+2.5", 1)]["change"] == "increase" and "同比" not in figures[("+2.5", 1)]["metric"]


def test_columns_of_periods_under_a_growth_caption_are_growth_rates():
    text = ("表　主要行业增加值增速（%）\n| 行业 | 9月 | 1—9月 |\n| --- | --- | --- |\n"
            "| 专用设备制造业 | 10.5 | 11.2 |\n| 汽车制造业 | -5.1 | -3.8 |\n")
    figures = figures_of(text, "industry.txt")
    assert (figures[("10.5", 1)]["change"], figures[("-5.1", 1)]["value"], figures[("-5.1", 1)]["change"]) == ("increase", 5.1, "decrease")
    assert (figures[("10.5", 1)]["time"], figures[("11.2", 1)]["time"]) == ("9月", "1—9月")


def test_a_term_in_years_column_and_this_month_column():
    bonds = figures_of("| 债券名称 | 期限（年） | 发行规模（亿元） |\n| --- | --- | --- |\n| 二十一期 | 10 | 86.47 |\n| 二十二期 | 15 | 112.30 |\n", "bonds.txt")
    assert (bonds[("10", 1)]["kind"], bonds[("10", 1)]["unit"]) == ("quantity", "年")
    built = figures_of("| 项目 | 建成时间（年） | 投资（亿元） |\n| --- | --- | --- |\n| 一号线 | 2019 | 86.47 |\n| 二号线 | 2021 | 112.30 |\n", "lines.txt")
    assert ("2019", 1) not in built or built[("2019", 1)]["unit"] != "年"
    pmi = figures_of("| 指数 | 本月 | 上月 |\n| --- | --- | --- |\n| 生产 | 51.0 | 50.2 |\n| 新订单 | 49.8 | 49.0 |\n", "pmi.txt")
    assert (pmi[("51.0", 1)]["time"], pmi[("50.2", 1)]["time"]) == ("本月", "上月")


def test_an_indicator_table_reads_four_digit_amounts_bounds_and_bracketed_totals():
    text = ("| 指标 | 单位 | 2020年基数 | 2025年目标 | 2023年完成值 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 6001 | 8000 | 7791 | 预期性 |\n"
            "| 城镇调查失业率 | % | — | <5.5 | 4.3 | 预期性 |\n"
            "| 单位GDP能源消耗降低 | % | — | [14.5] | [9.8] | 约束性 |\n")
    figures = figures_of(text, "plan.txt")
    assert (figures[("6001", 1)]["value"], figures[("6001", 1)]["unit"], figures[("6001", 1)]["time"]) == (600100000000, "元", "2020年")
    assert (figures[("5.5", 1)]["comparator"], figures[("5.5", 1)]["time"]) == ("<", "2025年")
    assert (figures[("14.5", 1)]["time"], figures[("14.5", 1)]["change"]) == ("2025年", "decrease")


def test_a_spaced_table_of_age_groups_with_a_points_change_column():
    text = ("四、年龄构成\n　　年龄　　　　　人口数（人）　比重（%）　比重比2010年变化（百分点）\n"
            "　　0—14岁　　　　78425　　　　13.36　　　＋0.52\n　　15—59岁　　　 370186　　　 63.07　　　－6.85\n")
    figures = figures_of(text, "census.txt")
    assert (figures[("78425", 1)]["value"], figures[("78425", 1)]["unit"]) == (78425, "人")
    assert (figures[("-6.85", 1)]["value"], figures[("-6.85", 1)]["change"], figures[("-6.85", 1)]["time"]) == (6.85, "decrease", "2010年")
    assert figures[("-6.85", 1)]["metric"].endswith("比重")


def test_a_total_row_is_the_notice_s_subject_not_a_row_s_or_the_word_total():
    text = ("济南12345热线10月份工单分类情况\n济南市12345市民服务热线共受理诉求17.61万件。\n\n"
            "| 类别 | 工单量（件） | 占比 |\n| --- | --- | --- |\n| 住房与物业 | 31,650 | 18.0% |\n"
            "| 交通出行 | 20,100 | 11.4% |\n| 合计 | 176,100 | 100% |\n")
    figures = figures_of(text, "hotline.txt")
    assert figures[("176,100", 1)]["subject"] not in ("合计", "住房与物业", "交通出行")


def test_a_column_compared_with_the_long_term_average_is_the_change_of_the_measure_before_it():
    text = ("表1 各市州降水量\n市州　　降水量（毫米）　　较多年平均偏多（%）\n长沙市　　1712.4　　16.3\n株洲市　　1805.6　　12.9\n")
    figures = figures_of(text, "water.txt")
    assert (figures[("16.3", 1)]["metric"], figures[("16.3", 1)]["change"]) == ("降水量", "increase")


def test_a_film_s_row_is_the_film_s_and_rides_are_counted_in_cheng_ci():
    films = figures_of("| 排名 | 影片 | 票房（亿元） | 占比 |\n|---|---|---|---|\n| 1 | 《长空烈焰》 | 8.12 | 37.8% |\n| 2 | 《山海少年》 | 4.95 | 23.1% |\n", "films.txt")
    assert (films[("8.12", 1)]["subject"], films[("8.12", 1)]["value"]) == ("长空烈焰", 812000000)
    rides = figures_of("| 线路 | 客运量（万乘次） | 同比 |\n| --- | --- | --- |\n| 1号线 | 1512.4 | +4.8% |\n| 2号线 | 2236.8 | +3.9% |\n", "metro.txt")
    assert (rides[("1512.4", 1)]["value"], rides[("1512.4", 1)]["unit"]) == (15124000, "乘次")


def test_a_month_on_month_column_after_last_month_s_is_this_month_s():
    text = ("| 指标 | 本月 | 上月 | 环比（%） |\n|---|---|---|---|\n| 客运量（万人次） | 1250 | 1180 | 5.9 |\n"
            "| 货运量（万吨） | 3200 | 3350 | -4.5 |\n| 人口自然增长率 | 2.1‰ | 2.3‰ | — |\n")
    figures = figures_of(text, "transport.txt")
    assert figures[("5.9", 1)]["time"] == "本月环比" and figures[("1250", 1)]["metric"] == "客运量"


def test_a_caption_naming_kinds_of_place_in_brackets_gives_no_unit():
    text = ("表1　10月各区、县（市）环境空气质量排名\n\n| 排名 | 区、县（市） | 综合指数 | PM2.5浓度（微克/立方米） |\n"
            "| --- | --- | --- | --- |\n| 1 | 新昌县 | 2.86 | 19 |\n| 2 | 嵊州市 | 2.97 | 21 |\n")
    figures = figures_of(text, "ranking.txt")
    assert (figures[("2.86", 1)]["value"], figures[("2.86", 1)]["unit"]) == (2.86, "")
    assert figures[("19", 1)]["unit"] == "微克/立方米"


def test_a_spaced_table_of_named_sites_with_an_empty_cell_dated_by_its_caption():
    text = ("表1　大型水库水情（21日8时）\n\n水库名称　 水位（米）　汛限水位（米）　超汛限（米）　蓄水量（亿立方米）　入库流量（立方米每秒）\n"
            "南湾　　　　103.86　　　103.50　　　　0.36　　　　　6.12　　　　　　　 820\n"
            "石山口　　　 79.62　　　 79.80　　　　 —　　　　　　1.05　　　　　　　 210\n"
            "泼河　　　　 79.14　　　 78.50　　　　0.64　　　　　1.71　　　　　　　 356\n\n　　　— 1 —\n")
    figures = figures_of(text, "reservoirs.txt")
    assert (figures[("1.05", 1)]["value"], figures[("1.05", 1)]["unit"], figures[("1.05", 1)]["metric"]) == (105000000, "立方米", "蓄水量")
    assert (figures[("210", 1)]["unit"], figures[("210", 1)]["subject"], figures[("210", 1)]["time"]) == ("立方米每秒", "石山口", "21日8时")
    assert ("1", 1) not in figures


def test_a_spaced_table_of_one_amount_a_row_under_a_header_naming_its_unit():
    text = ("表1　2024年住房公积金提取构成\n提取原因　　　　　　　　　　　　金额（亿元）\n"
            "购买、建造、翻建、大修自住住房　　21.45\n租赁住房　　　　　　　　　　　　3.91\n合计　　　　　　　　　　　　　　25.36\n")
    figures = figures_of(text, "withdrawals.txt")
    assert (figures[("3.91", 1)]["value"], figures[("3.91", 1)]["unit"]) == (391000000, "元")
    assert figures_of("提取原因　　　　金额\n租赁住房　　3.91\n其他　　1.33\n合计　　5.24\n", "no_unit.txt") == {}


def test_a_row_of_codes_gives_no_figures_and_a_row_of_terms_gives_years():
    text = ("本期中票发行结果如下：\n\n| 项目 | 品种一 | 品种二 |\n| --- | --- | --- |\n| 债券代码 | 102583456 | 102583457 |\n"
            "| 期限 | 3年 | 5年 |\n| 实际发行规模 | 18亿元 | 12亿元 |\n")
    figures = figures_of(text, "bond.txt")
    assert ("102583456", 1) not in figures
    assert (figures[("5年", 1)]["kind"], figures[("5年", 1)]["value"], figures[("5年", 1)]["unit"]) == ("quantity", 5, "年")


def test_rows_of_graduates_destinations_are_kinds_the_school_counts_not_industries():
    text = ("荆楚应用科技大学2025届毕业生就业质量年度报告\n来源：荆楚应用科技大学\n我校2025届毕业生去向落实率为93.61%。\n\n表2-1　2025届毕业生毕业去向分布\n毕业去向　　　　人数（人）　　占比（%）\n"
            "协议和合同就业　　4182　　　　61.12\n国内升学　　　　　1142　　　　16.69\n灵活就业　　　　　 948　　　　13.86\n"
            "自主创业　　　　　  37　　　　 0.54\n")
    figures = figures_of(text, "graduates.txt")
    assert figures[("4182", 1)]["subject"] != "协议和合同就业" and figures[("4182", 1)]["metric"].startswith("协议和合同就业")
    assert figures[("37", 1)]["subject"] != "自主创业"


def test_an_air_quality_index_improving_is_a_fall():
    text = ("表1　10月各区、县（市）环境空气质量排名\n\n| 排名 | 区、县（市） | 综合指数 | 综合指数同比改善（%） |\n"
            "| --- | --- | --- | --- |\n| 1 | 新昌县 | 2.86 | 9.8 |\n| 2 | 嵊州市 | 2.97 | 8.1 |\n")
    assert figures_of(text, "ranking.txt")[("9.8", 1)]["change"] == "decrease"
    prose = figures_of("10月，环境空气质量综合指数为3.21，同比改善7.2%。", "air.txt")
    assert prose[("7.2%", 1)]["change"] == "decrease"
    assert figures_of("空气质量综合指数3.41，优良天数比率为92.3%，同比改善3.5%。", "days.txt")[("3.5%", 1)]["change"] is None
    assert figures_of("环境空气质量综合指数为3.45，同比改善-2.3%。", "worse.txt")[("-2.3%", 1)]["change"] is None


def test_a_dash_row_keeps_a_spaced_table_and_rows_of_batches_are_counts():
    text = ("2025年1-10月各县（市、区）主要指标\n县（市、区）　　GDP（亿元）　　增速（%）\n新昌县　　456.7　　5.6\n"
            "嵊州市　　789.1　　-1.2\n诸暨市　　1567.3　　—\n")
    figures = figures_of(text, "counties.txt")
    assert (figures[("456.7", 1)]["unit"], figures[("1567.3", 1)]["subject"]) == ("元", "诸暨市")
    batches = figures_of("| 项目 | 粮食加工品 | 肉制品 |\n| --- | --- | --- |\n| 抽检批次 | 120 | 85 |\n| 不合格批次 | 2 | 1 |\n", "food.txt")
    assert ("120", 1) in batches and ("2", 1) in batches


def test_a_unit_line_listing_a_rate_after_a_comma_and_a_column_of_amounts_added_since_the_year_began():
    text = ("附表　2024年12月末四川省金融机构贷款主要指标\n单位：亿元，%\n| 指标 | 余额 | 比年初增加 | 同比增长 |\n"
            "| --- | --- | --- | --- |\n| 本外币各项贷款 | 118642 | 8873 | 8.1 |\n| 其中：普惠小微贷款 | 13826 | 1719 | 14.2 |\n")
    figures = figures_of(text, "loans.txt")
    assert (figures[("8.1", 1)]["value"], figures[("8.1", 1)]["unit"]) == (8.1, "%")
    assert (figures[("8873", 1)]["value"], figures[("8873", 1)]["change"]) == (887300000000, "increase")


def test_a_spaced_table_whose_cells_carry_their_units_measures_its_columns():
    text = ("赣州市2024年全年完成造林绿化任务。\n　　县（市）　　任务　　　　完成　　　　完成率\n"
            "　　宁都县　　　3.60万亩　　4.12万亩　　114.4%\n　　于都县　　　3.20万亩　　3.58万亩　　111.9%\n")
    figures = figures_of(text, "afforestation.txt")
    assert (figures[("3.58万亩", 1)]["metric"], figures[("3.58万亩", 1)]["subject"]) == ("完成", "于都县")
    assert figures[("114.4%", 1)]["metric"] == "完成率"
    years = figures_of("表1　2023年全市医院医疗服务效率\n　　指标　　　　　　　　2023年　　2022年\n"
                       "　　病床使用率（%）　　 83.7　　　79.5\n　　平均住院日（日）　　 8.6　　　 8.9\n", "hospital.txt")
    assert (years[("79.5", 1)]["time"], years[("79.5", 1)]["unit"]) == ("2022年", "%")


def test_departures_from_normal_are_changes_and_a_caption_s_first_three_quarters_date_the_cells():
    text = ("表2　2025年夏季各设区市气候要素\n    城市    平均气温(℃)  气温距平(℃)  降水量(毫米)  降水距平百分率(%)\n"
            "    南昌      30.4          +1.5          298.6            -41\n    九江      30.1          +1.6          276.3            -46\n")
    figures = figures_of(text, "climate.txt")
    assert (figures[("+1.5", 1)]["value"], figures[("+1.5", 1)]["change"]) == (1.5, "increase")
    assert (figures[("-41", 1)]["value"], figures[("-41", 1)]["change"]) == (41, "decrease")
    gdp = figures_of("表1　2025年前三季度湖北省地区生产总值\n| 指标 | 绝对额(亿元) | 同比增长(%) |\n| --- | ---: | ---: |\n"
                     "| 地区生产总值 | 44620.35 | 5.8 |\n| 第一产业 | 3812.47 | 3.9 |\n", "gdp.txt")
    assert gdp[("44620.35", 1)]["time"] == "2025年前三季度"


def test_a_procurement_result_s_amounts_and_scores_are_the_winning_firm_s():
    text = ("<table>\n<tr><th>包号</th><th>包名称</th><th>中标供应商名称</th><th>中标金额（元）</th><th>评审得分</th></tr>\n"
            "<tr><td>1</td><td>洗扫车</td><td>扬州恒洁环境装备有限公司</td><td>3,862,000.00</td><td>92.36</td></tr>\n"
            "<tr><td>2</td><td>压缩式垃圾车</td><td>江苏润达专用汽车有限公司</td><td>4,215,600.00</td><td>89.71</td></tr>\n</table>\n")
    figures = figures_of(text, "award.html")
    assert figures[("4,215,600.00", 1)]["subject"] == "江苏润达专用汽车有限公司"
    assert figures[("92.36", 1)]["subject"] == "扬州恒洁环境装备有限公司"


def test_an_absolute_change_column_is_in_each_row_s_unit_and_of_the_latest_year():
    text = ("| 指标 | 2024年 | 2023年 | 增减 |\n| --- | --- | --- | --- |\n| 公交线路(条) | 412 | 398 | +14 |\n"
            "| 新能源公交车占比(%) | 94.0 | 91.2 | +2.8 |\n| 公交日均客运量(万人次) | 269.4 | 261.8 | +7.6 |\n")
    figures = figures_of(text, "transit.txt")
    assert (figures[("+2.8", 1)]["value"], figures[("+2.8", 1)]["unit"], figures[("+2.8", 1)]["change"]) == (2.8, "个百分点", "increase")
    assert (figures[("+7.6", 1)]["value"], figures[("+7.6", 1)]["unit"]) == (76000, "人次")
    assert figures[("+14", 1)]["time"] == "2024年"


def test_review_the_winning_firm_is_the_cell_as_written_and_a_growth_rate_under_增减_is_no_amount():
    award = ("<table>\n<tr><th>包号</th><th>中标供应商名称</th><th>中标金额（元）</th></tr>\n"
             "<tr><td>1</td><td>中国建筑第八工程局有限公司</td><td>3,862,000.00</td></tr>\n"
             "<tr><td>2</td><td>中国移动通信集团江西有限公司</td><td>4,215,600.00</td></tr>\n</table>\n")
    figures = figures_of(award, "award.html")
    assert figures[("3,862,000.00", 1)]["subject"] == "中国建筑第八工程局有限公司"
    assert figures[("4,215,600.00", 1)]["subject"] == "中国移动通信集团江西有限公司"
    rates = figures_of("| 指标 | 2024年 | 2023年 | 增减 |\n| --- | --- | --- | --- |\n| 规模以上工业增加值(亿元) | 1520 | 1430 | 6.3 |\n"
                       "| 出生人口(万人) | 4.1 | 4.5 | -8.9 |\n", "rates.txt")
    assert (rates[("6.3", 1)]["value"], rates[("6.3", 1)]["unit"]) == (6.3, "")
    assert (rates[("-8.9", 1)]["value"], rates[("-8.9", 1)]["unit"]) == (8.9, "")


def test_a_column_headed_by_a_republic_of_china_year_is_a_header_so_a_growth_rate_gets_no_row_unit():
    text = ("交通部观光署114年1月22日发布。\n\n| 项目 | 113年 | 成长率 |\n| --- | --- | --- |\n"
            "| 来台旅客(万人次) | 788.2 | 21.5 |\n| 观光外汇收入(亿美元) | 96.3 | 18.7 |\n")
    figures = figures_of(text, "tourism.txt")
    assert (figures[("21.5", 1)]["value"], figures[("21.5", 1)]["unit"], figures[("21.5", 1)]["change"]) == (21.5, "%", "increase")
    assert (figures[("788.2", 1)]["value"], figures[("788.2", 1)]["unit"]) == (7882000, "人次")


def test_a_share_or_rate_column_without_a_unit_is_in_percent_not_in_the_row_s_unit():
    text = ("| 指标 | 2024年 | 占比 | 完成率 |\n| --- | --- | --- | --- |\n| 第一产业增加值(亿元) | 3812.47 | 8.5 | 101.2 |\n"
            "| 第二产业增加值(亿元) | 16905.62 | 37.9 | 99.6 |\n")
    figures = figures_of(text, "shares.txt")
    assert (figures[("8.5", 1)]["value"], figures[("8.5", 1)]["unit"], figures[("8.5", 1)]["metric"]) == (8.5, "%", "第一产业增加值占比")
    assert (figures[("99.6", 1)]["value"], figures[("99.6", 1)]["unit"]) == (99.6, "%")
    assert (figures[("3812.47", 1)]["value"], figures[("3812.47", 1)]["unit"]) == (381247000000, "元")


def test_an_index_a_per_head_amount_or_a_rank_beside_a_row_in_yi_yuan_is_not_in_yi_yuan():
    index = figures_of("| 指标 | 本月 | 指数(上年同月=100) |\n| --- | --- | --- |\n| 社会消费品零售总额(亿元) | 1234.5 | 105.6 |\n", "index.txt")
    assert (index[("105.6", 1)]["value"], index[("105.6", 1)]["unit"]) == (105.6, "")
    per_head = figures_of("| 指标 | 人均 | 2024年 |\n| --- | --- | --- |\n| 地区生产总值(亿元) | 8.9 | 1234.5 |\n", "per_head.txt")
    assert (per_head[("8.9", 1)]["value"], per_head[("8.9", 1)]["unit"]) == (8.9, "")
    assert (per_head[("1234.5", 1)]["value"], per_head[("1234.5", 1)]["unit"]) == (123450000000, "元")


def test_an_arrivals_table_by_market_under_republic_of_china_year_columns():
    text = ("交通部观光署114年1月22日发布113年来台旅客统计。\n\n| 居住地 | 113年来台人次 | 112年来台人次 | 成长率(%) |\n"
            "| --- | --- | --- | --- |\n| 日本 | 1,319,000 | 928,000 | 42.1 |\n| 韩国 | 1,005,000 | 705,000 | 42.6 |\n")
    figures = figures_of(text, "arrivals.txt")
    japan, earlier, growth = figures[("1,319,000", 1)], figures[("928,000", 1)], figures[("42.1", 1)]
    assert (japan["value"], japan["unit"], japan["time"]) == (1319000, "人次", "113年")
    assert (earlier["value"], earlier["time"]) == (928000, "112年")
    assert (growth["unit"], growth["change"], growth["time"]) == ("%", "increase", "113年")
    assert "日本" in japan["metric"] and "韩国" in figures[("1,005,000", 1)]["metric"]
    assert figures[("1,005,000", 1)]["subject"] not in ("日本", "韩国")


def test_industry_rows_of_a_table_are_measured_for_the_place_the_prose_names():
    text = ("2025年前三季度，全市实现地区生产总值3862.5亿元。\n\n| 行业 | 增加值(亿元) | 同比增长(%) |\n| --- | --- | --- |\n"
            "| 农林牧渔业 | 210.4 | 3.6 |\n| 工业 | 1205.8 | 6.1 |\n| 批发和零售业 | 330.6 | 5.8 |\n")
    figures = figures_of(text, "industries.txt")
    farming, industry = figures[("210.4", 1)], figures[("6.1", 1)]
    assert (farming["metric"], farming["subject"]) == ("农林牧渔业增加值", "全市")
    assert (industry["metric"], industry["subject"], industry["change"]) == ("工业增加值", "全市", "increase")
    assert figures[("330.6", 1)]["subject"] == "全市"


def test_rows_of_offices_do_not_take_a_person_named_in_the_prose_as_their_subject():
    text = ("负责人张云虎介绍了团体票安排。\n\n| 单位 | 学生人数 | 金额 |\n| --- | --- | --- |\n"
            "| 地区总部 | 106 | 489 |\n| 当地办事处 | 123 | 848 |\n")
    figures = figures_of(text, "offices.txt")
    assert "张云虎" not in {figures[("106", 1)]["subject"], figures[("848", 1)]["subject"]}


def test_a_spaced_forecast_table_headed_by_days_reads_each_city_s_temperatures():
    text = ("预计5日全省平均气温偏低。\n\n主要城市逐日预报（单位：℃）\n城市      3日最高气温   5日最低气温   过程降温幅度\n"
            "郑州        14            -3            10\n安阳        12            -5            11\n\n防御指南：\n")
    figures = figures_of(text, "forecast.txt")
    high, low = figures[("14", 1)], figures[("-5", 1)]
    assert (high["value"], high["unit"], high["metric"], high["subject"], high["time"]) == (14, "℃", "最高气温", "郑州", "3日")
    assert (low["value"], low["metric"], low["subject"], low["time"]) == (-5, "最低气温", "安阳", "5日")


def test_a_price_table_with_grade_labels_and_full_width_grouped_numbers():
    text = ("调整后各品种成品油最高零售价格见下表：\n品种　　最高零售价格（元/吨）　最高零售价格（元/升）\n"
            "92号车用汽油（ⅥB）　１０，１３５　７．４９\n0号车用柴油（Ⅵ）　 ９，２３０　７．８５\n注：以上为广州价格。\n")
    figures = figures_of(text, "fuel.txt")
    assert (figures[("10,135", 1)]["value"], figures[("10,135", 1)]["unit"]) == (10135, "元")
    assert figures[("9,230", 1)]["value"] == 9230 and figures[("7.85", 1)]["metric"] == "0号车用柴油（Ⅵ）最高零售价格"


def test_a_table_of_trading_days_dates_each_row_and_reads_a_price_move_as_a_change():
    text = ("二、每日行情\n日期        收盘价(元/吨)   涨跌幅(%)   成交量(万吨)\n11月10日    61.25           -1.21       28.46\n"
            "11月11日    60.80           +0.73       35.12\n注：上周五收盘价为62.00元/吨。\n")
    figures = figures_of(text, "carbon.txt")
    close, move = figures[("61.25", 1)], figures[("-1.21", 1)]
    assert (close["value"], close["unit"], close["metric"], close["time"]) == (61.25, "元", "收盘价", "11月10日")
    assert (move["value"], move["change"], move["time"]) == (1.21, "decrease", "11月10日")
    assert figures[("35.12", 1)]["value"] == 351200


def test_a_table_in_points_gives_score_lines():
    text = "一、普通类录取控制分数线\n（单位：分）\n类别                  历史类    物理类\n本科批                 432       424\n高职高专批             200       200\n"
    figures = figures_of(text, "scores.txt")
    assert (figures[("432", 1)]["value"], figures[("432", 1)]["unit"]) == (432, "分")


def test_rows_named_by_batch_numbers_are_each_batch_s():
    text = ("各批次生产、销售情况如下：\n\n生产批号      生产数量（台）  已销售（台）  库存（台）\n20241015          420           410          10\n"
            "20241203          460           380          80\n合计             880           790          90\n")
    figures = figures_of(text, "batches.txt")
    assert (figures[("420", 1)]["value"], figures[("420", 1)]["unit"], figures[("420", 1)]["subject"]) == (420, "台", "20241015")
    assert figures[("80", 1)]["metric"] == "库存"


HK_RESULTS = """綜合損益表（摘要）
                              截至十二月三十一日止年度
                              2024年          2023年
                              百萬港元        百萬港元
收益                          4,826.3         4,444.1
銷售成本                     (3,732.8)       (3,463.7)
毛利                          1,093.5           980.4
每股基本盈利（港仙）             40.6            35.2

業務回顧
"""


def test_a_hong_kong_results_table_reads_its_header_lines_over_the_values_and_a_row_s_own_unit():
    figures = figures_of(HK_RESULTS, "results.txt")
    revenue, earlier = figures[("4,826.3", 1)], figures[("4,444.1", 1)]
    assert (revenue["value"], revenue["unit"], revenue["metric"], revenue["time"]) == (4826300000, "港元", "收益", "2024年")
    assert earlier["time"] == "2023年"
    per_share = figures[("40.6", 1)]  # its row is in 港仙: never 40.6 百万港元
    assert (per_share["value"], per_share["unit"]) == (0.406, "港元")
    assert ("百萬港元", 1) not in figures and ("百万港元", 1) not in figures


def test_a_group_header_over_the_last_columns_names_them_changes_in_percent():
    text = ("表一：零售业总销货价值（临时估计）\n                     销货价值        按年变动百分率\n"
            "                    （亿元）       价值      数量\n二〇二五年七月          298          0.9      -0.3\n"
            "二〇二五年八月          305          2.1       1.4\n")
    figures = figures_of(text, "retail.txt")
    value, volume = figures[("0.9", 1)], figures[("-0.3", 1)]
    assert (figures[("298", 1)]["value"], figures[("298", 1)]["unit"]) == (29800000000, "元")
    assert (value["unit"], value["change"], value["metric"], value["time"]) == ("%", "increase", "销货价值", "二〇二五年七月")
    assert (volume["value"], volume["change"], volume["metric"]) == (0.3, "decrease", "销货数量")


def test_a_listed_company_s_table_in_yuan_with_a_change_column_against_last_year():
    text = ("主要会计数据和财务指标 单位：元 币种：人民币\n\n| 项目 | 2024年 | 2023年 | 本年比上年增减(%) |\n| --- | --- | --- | --- |\n"
            "| 营业收入 | 4,128,563,920.17 | 3,684,207,515.62 | 12.06 |\n")
    figures = figures_of(text, "annual.txt")
    revenue, growth = figures[("4,128,563,920.17", 1)], figures[("12.06", 1)]
    assert (revenue["value"], revenue["unit"], revenue["metric"], revenue["time"]) == (4128563920.17, "元", "营业收入", "2024年")
    assert (growth["unit"], growth["change"], growth["metric"]) == ("%", "increase", "营业收入")


def test_a_signed_cell_under_a_price_move_column_is_a_change():
    text = ("【主力合约行情一览】\n品种      收盘价(元/吨)   涨跌(元/吨)   成交量(手)\n螺纹钢    3,126           -28           1862000\n"
            "铜        86,420          +650          412000\n")
    figures = figures_of(text, "futures.txt")
    assert (figures[("-28", 1)]["value"], figures[("-28", 1)]["change"]) == (28, "decrease")
    assert (figures[("+650", 1)]["value"], figures[("+650", 1)]["change"]) == (650, "increase")


def test_a_header_naming_5g_is_a_header_not_a_value():
    text = ("主要地市5G基站及千兆用户情况（截至6月末）\n地市　　　5G基站（万个）　　千兆用户（万户）\n深圳　　　7.52　　　　　　　286.4\n"
            "广州　　　7.18　　　　　　　312.7\n")
    figures = figures_of(text, "telecom.txt")
    assert (figures[("7.52", 1)]["value"], figures[("7.52", 1)]["unit"]) == (75200, "个")
    assert (figures[("312.7", 1)]["value"], figures[("312.7", 1)]["unit"], figures[("312.7", 1)]["subject"]) == (3127000, "户", "广州")


# review of session 14: a column's own unit, unit lines, currencies, notes and labels
def test_a_column_s_own_unit_beats_a_row_label_s_unit_for_amounts():
    figures = figures_of("| 项目 | 数量 | 金额（万元） |\n| --- | --- | --- |\n| 新建学校（所） | 12 | 35600 |\n", "works.txt")
    assert (figures[("35600", 1)]["value"], figures[("35600", 1)]["unit"]) == (356000000, "元")
    assert (figures[("12", 1)]["value"], figures[("12", 1)]["unit"]) == (12, "所")


def test_a_unit_line_gives_no_unit_to_a_count_or_to_a_row_in_cents():
    text = ("                              2024年          2023年\n                              百萬港元        百萬港元\n"
            "收益                          4,826.3         4,444.1\n僱員數目                        3,560           3,420\n"
            "每股基本盈利（仙）                40.6            35.2\n")
    figures = figures_of(text, "hk.txt")
    assert ("3,560", 1) not in figures or figures[("3,560", 1)]["unit"] != "港元"
    assert (figures[("40.6", 1)]["value"], figures[("40.6", 1)]["unit"]) == (0.406, "港元")


def test_a_change_column_with_no_unit_under_a_caption_in_yuan_is_a_rate():
    text = ("单位：元 币种：人民币\n| 项目 | 本年 | 上年 | 本年比上年增减 |\n| --- | --- | --- | --- |\n"
            "| 营业收入 | 4,128,563,920.17 | 3,684,207,515.62 | 12.06 |\n")
    figures = figures_of(text, "rate.txt")
    assert (figures[("12.06", 1)]["unit"], figures[("12.06", 1)]["change"]) == ("%", "increase")


@pytest.mark.parametrize(("caption", "unit"), [("单位：千元 币种：美元", "美元"), ("单位：元 币种：港币", "港元"), ("单位：元 币种：人民币", "元")])
def test_a_caption_s_currency_names_the_unit(caption, unit):
    figures = figures_of(f"{caption}\n| 项目 | 2024年 | 2023年 |\n| --- | --- | --- |\n| 营业收入 | 8,029,645 | 6,321,560 |\n", "fx.txt")
    assert figures[("8,029,645", 1)]["unit"] == unit


def test_headers_of_return_periods_and_yields_are_no_periods():
    figures = figures_of("| 水位站 | 100年一遇水位（米） | 7日年化收益率（%） |\n| --- | --- | --- |\n| 石山口 | 79.62 | 1.85 |\n", "h.txt")
    assert figures[("79.62", 1)]["time"] != "100年" and figures[("1.85", 1)]["time"] != "7日"


def test_a_caption_line_above_a_header_is_not_a_header_line_and_numbers_are_no_labels():
    text = ("单位：元 币种：人民币\n                  2024年              2023年\n营业收入          4,128,563,920.17    3,684,207,515.62\n"
            "净利润            412,856,392.01      368,420,751.56\n")
    figures = figures_of(text, "caption.txt")
    assert (figures[("412,856,392.01", 1)]["metric"], figures[("412,856,392.01", 1)]["time"]) == ("净利润", "2024年")
    counts = figures_of("户数        人口        面积（平方公里）\n125630      356210      1200\n568900      1203560     2300\n", "n.txt")
    assert all(figure["subject"] not in ("125630", "568900") for figure in counts.values())


def test_a_last_year_column_dates_its_cells_last_year():
    text = "指标              本年累计      上年同期      增长(%)\n营业收入（万元）  1205.8        1130.2        6.7\n利润总额（万元）  305.1         290.4         5.1\n"
    figures = figures_of(text, "basis.txt")
    assert (figures[("1130.2", 1)]["time"], figures[("1130.2", 1)]["metric"]) == ("上年同期", "营业收入")
    assert figures[("6.7", 1)]["time"] != "上年同期"


def test_an_earnings_forecast_table_of_labelled_ranges_measures_each_row_in_its_column_s_period():
    text = ("证券代码：301792　　证券简称：恒拓精密\n浙江恒拓精密科技股份有限公司2025年度业绩预告\n"
            "| 项目 | 本报告期 | 上年同期 |\n| --- | --- | --- |\n"
            "| 归属于上市公司股东的净利润 | 盈利：18,600万元～21,400万元；比上年同期增长：42.3%～63.7% | 盈利：13,071.2万元 |\n"
            "| 基本每股收益 | 盈利：0.93元/股～1.07元/股 | 盈利：0.65元/股 |\n")
    figures = figures_of(text, "forecast.txt")
    profit, growth, last = figures[("18,600万元~21,400万元", 1)], figures[("42.3%~63.7%", 1)], figures[("13,071.2万元", 1)]
    assert (profit["value"], profit["value_max"], profit["metric"], profit["time"]) == (186000000, 214000000, "归属于上市公司股东的净利润", "本报告期")
    assert (growth["change"], growth["metric"]) == ("increase", "归属于上市公司股东的净利润")
    assert (last["metric"], last["time"], last["subject"]) == ("归属于上市公司股东的净利润", "上年同期", "浙江恒拓精密科技股份有限公司")
    per_share = figures[("0.93元/股~1.07元/股", 1)]
    assert (per_share["value_max"], per_share["unit"], per_share["metric"]) == (1.07, "元", "基本每股收益")


def test_an_earnings_forecast_in_plain_text_joins_a_wrapped_label_and_reads_its_growth_row():
    text = ("苏州瑞澄精密科技股份有限公司\n2025年度业绩预告\n3．业绩预告具体情况：\n"
            "项目                      本报告期                          上年同期\n"
            "归属于上市公司股东的      盈利：8,600 万元–10,200 万元      盈利：6,067.45 万元\n"
            "净利润                    比上年同期增长：41.74%–68.11%\n"
            "营业收入                  142,000 万元－156,000 万元        118,635.20 万元\n"
            "二、与会计师事务所沟通情况\n")
    figures = figures_of(text, "forecast.txt")
    profit, growth, last = figures[("8,600万元–10,200万元", 1)], figures[("41.74%–68.11%", 1)], figures[("6,067.45万元", 1)]
    assert (profit["metric"], profit["time"]) == ("归属于上市公司股东的净利润", "本报告期")
    assert (growth["metric"], growth["time"], growth["change"]) == ("归属于上市公司股东的净利润", "本报告期", "increase")
    assert (last["metric"], last["time"]) == ("归属于上市公司股东的净利润", "上年同期")
    assert figures[("118,635.20万元", 1)]["metric"] == "营业收入"


def test_an_earnings_forecast_s_growth_row_without_a_label_is_the_row_above_s():
    text = ("| 项目 | 本报告期 | 上年同期 |\n| --- | --- | --- |\n"
            "| 扣除非经常性损益后的净利润 | 盈利：7,900万元～9,500万元 | 盈利：4,712.18万元 |\n"
            "| | 比上年同期增长：67.65%～101.61% | |\n")
    growth = figures_of(text, "forecast.txt")[("67.65%~101.61%", 1)]
    assert (growth["metric"], growth["time"], growth["change"]) == ("扣除非经常性损益后的净利润", "本报告期", "increase")


def test_a_bare_table_with_a_dash_for_a_missing_value_keeps_every_other_cell():
    text = ("2025年前三季度柳州市主要经济指标\n指标 | 绝对量(亿元) | 同比增长(%)\n地区生产总值 | 2498.36 | 4.8\n"
            "规模以上工业增加值 | — | 6.1\n固定资产投资 | — | -8.3\n社会消费品零售总额 | 1008.52 | 3.9\n")
    figures = figures_of(text, "dash.txt")
    assert (figures[("2498.36", 1)]["value"], figures[("2498.36", 1)]["metric"]) == (249836000000, "地区生产总值")
    assert (figures[("-8.3", 1)]["metric"], figures[("-8.3", 1)]["change"]) == ("固定资产投资", "decrease")
    assert figures[("6.1", 1)]["metric"] == "规模以上工业增加值"


def test_a_guarantee_notice_s_financial_table_is_the_guaranteed_firm_s():
    text = ("杭州澜拓光电科技股份有限公司关于为全资子公司提供担保的进展公告\n"
            "本次担保后，公司已实际为其提供的担保余额为2.35亿元。\n二、被担保人基本情况\n"
            "名称：杭州澜拓半导体设备有限公司；注册资本：5,000万元；股权结构：公司持有其100%股权。主要财务数据如下：\n"
            "                      单位：万元\n项目                      2025年9月30日            2024年12月31日\n"
            "                        /2025年1-9月(未经审计)    /2024年度(经审计)\n"
            "资产总额                    56,318.90                48,612.35\n负债总额                    37,126.44                31,207.18\n")
    figures = figures_of(text, "guarantee.txt")
    assert (figures[("56,318.90", 1)]["subject"], figures[("56,318.90", 1)]["metric"]) == ("杭州澜拓半导体设备有限公司", "资产总额")
    assert figures[("31,207.18", 1)]["subject"] == "杭州澜拓半导体设备有限公司"
    assert figures[("2.35亿元", 1)]["subject"] != "杭州澜拓半导体设备有限公司"


def test_a_change_column_named_by_its_basis_alone_changes_the_measure_before_it():
    text = ("表1\t2025年11月各区生活垃圾分类情况\n区域\t生活垃圾清运量（吨/日）\t厨余垃圾分出率（%）\t较上月增减（个百分点）\n"
            "姑苏区\t1,862\t31.4\t0.6\n吴中区\t2,315\t28.7\t-0.4\n")
    figures = figures_of(text, "waste.txt")
    assert (figures[("0.6", 1)]["metric"], figures[("0.6", 1)]["change"]) == ("厨余垃圾分出率", "increase")
    assert (figures[("-0.4", 1)]["metric"], figures[("-0.4", 1)]["subject"]) == ("厨余垃圾分出率", "吴中区")
    weekly = figures_of("表1　第47周主要病种报告情况\n病种 本周报告数(例) 上周报告数(例) 较上周增减(%)\n"
                        "流行性感冒          712               803               -11.3\n"
                        "其他感染性腹泻病    146               131                11.5\n"
                        "手足口病             52                61               -14.8\n", "week.txt")[("-11.3", 1)]
    assert weekly["metric"] == "流行性感冒报告数" and weekly["time"] != "上周"


def test_a_share_structure_table_under_a_three_line_header_dates_each_group_and_changes_the_middle():
    text = ("安徽皖拓智能装备股份有限公司\n四、股本结构变动表\n"
            "                              本次变动前              本次变动        本次变动后\n"
            "      股份性质\n"
            "                        数量（股）     比例（%）   转增（股）     数量（股）    比例（%）\n"
            "一、有限售条件股份      47,550,000       37.50     14,265,000     61,815,000      37.50\n"
            "二、无限售条件股份      79,250,000       62.50     23,775,000    103,025,000      62.50\n"
            "三、股份总数           126,800,000      100.00     38,040,000    164,840,000     100.00\n")
    figures = figures_of(text, "shares.txt")
    before, share, added, after = (figures[("47,550,000", 1)], figures[("37.50", 1)], figures[("14,265,000", 1)],
                                   figures[("61,815,000", 1)])
    assert (before["value"], before["time"], before["change"]) == (47550000, "本次变动前", None)
    assert "有限售条件股份" in before["metric"] and "有限售条件股份" in share["metric"]
    assert (share["unit"], share["change"]) == ("%", None)
    assert (added["time"], added["change"]) == ("本次变动", "increase")
    assert after["time"] == "本次变动后" and figures[("164,840,000", 1)]["time"] == "本次变动后"


def test_a_change_column_against_the_last_quarter_is_an_increase_in_the_table_s_own_period():
    text = ("表1　2025年第三季度社会救助资金发放情况\n救助类别\t人数（人）\t较二季度增减（人）\t发放金额（万元）\n"
            "城市特困\t86\t2\t36.22\n临时救助\t597\t64\t96.85\n")
    added = figures_of(text, "relief.txt")[("64", 1)]
    assert (added["change"], added["time"]) == ("increase", "2025年第三季度")
    assert "临时救助" in added["metric"]


def test_a_column_in_years_gives_spans_of_years():
    figures = figures_of("| 地区 | 编配单位（个） | 平均轮候时间（年） |\n| --- | --- | --- |\n| 市区 | 6,120 | 6.1 |\n", "wait.txt")
    assert (figures[("6.1", 1)]["kind"], figures[("6.1", 1)]["unit"]) == ("quantity", "年")


def test_a_header_in_yi_yuan_of_new_taiwan_dollars_gives_new_taiwan_dollars():
    figures = figures_of("| 项目 | 113年第2季 | 114年第2季 |\n| --- | --- | --- |\n| 名目GDP（亿元新台币） | 59,812 | 63,275 |\n", "tw.txt")
    assert (figures[("63,275", 1)]["value"], figures[("63,275", 1)]["unit"]) == (6327500000000, "新台币")
    assert (figures[("59,812", 1)]["time"], figures[("63,275", 1)]["time"]) == ("113年第2季", "114年第2季")
    revenue = figures_of("| 项目 | 114年上半年营收（百万元） |\n| --- | --- |\n| 本公司 | 3,210 |\n", "h1.txt")[("3,210", 1)]
    assert (revenue["metric"], revenue["time"]) == ("营收", "114年上半年")


def test_a_taiwan_table_in_zhao_yuan_with_month_end_columns():
    figures = figures_of("| 项目 | 114年6月底 | 114年5月底 | 113年6月底 |\n| --- | --- | --- | --- |\n"
                         "| 放款总余额（兆元） | 41.28 | 41.02 | 38.90 |\n| 装机（兆瓦） | 12.5 | 12.1 | 11.0 |\n", "tw.txt")
    assert figures[("41.02", 1)]["value"] == 41020000000000 and figures[("41.02", 1)]["time"] == "114年5月底"
    assert (figures[("12.5", 1)]["value"], figures[("12.5", 1)]["unit"]) == (12.5, "兆瓦")


def test_a_form_of_label_value_pairs_reads_each_value_under_its_own_label():
    figures = figures_of("某某县道路改造项目公示\n| 项目名称 | 城关镇道路改造 | 建设地点 | 某某县城关镇 |\n"
                         "| 建设单位 | 某某县交通局 | 总投资（万元） | 3200 |\n| 建设规模 | 道路长度5.2公里 | 建设工期 | 12个月 |\n", "form.txt")
    assert (figures[("3200", 1)]["value"], figures[("3200", 1)]["unit"], figures[("3200", 1)]["metric"]) == (32000000, "元", "总投资")


def test_a_purchase_list_s_unit_column_is_the_count_s_not_the_amount_s():
    figures = figures_of("采购清单\n| 名称 | 数量 | 单位 | 金额 |\n| 电脑 | 50 | 台 | 30000 |\n| 打印机 | 5 | 台 | 8000 |\n", "buy.txt")
    assert (figures[("50", 1)]["unit"], figures[("50", 1)]["metric"]) == ("台", "电脑数量")
    assert figures[("30000", 1)]["unit"] != "台" and figures[("30000", 1)]["metric"] == "电脑金额"


def test_a_batch_number_column_holds_no_figures():
    figures = figures_of("| 标示药品名称 | 标示生产企业 | 批号 | 抽检数量（批） |\n| --- | --- | --- | --- |\n"
                         "| 黄芪 | 亳州市恒康中药饮片有限公司 | 2403016 | 3 |\n| 山药 | 安国市德春药业有限公司 | 20240612 | 2 |\n", "drug.txt")
    assert not any(text in ("2403016", "20240612") for text, _ in figures)


def test_report_period_headers_keep_their_end_or_within():
    figures = figures_of("| 项目 | 报告期末余额 | 报告期内 |\n| --- | --- | --- |\n| 应收账款（万元） | 12,560 | 8,560 |\n", "period.txt")
    assert (figures[("12,560", 1)]["time"], figures[("8,560", 1)]["time"]) == ("报告期末", "报告期内")


def test_a_bond_table_with_a_code_column_and_a_total_row_without_codes():
    text = ("债券名称　　期限（年）　发行规模（亿元）　票面利率（%）　投向项目（个）　债券代码（银行间/上交所/深交所）\n"
            "三十一期　　10　　86.5　　1.86　　124　　2505317 / 257931 / 109462\n"
            "三十二期　　20　　78.3　　2.12　　96　　2505318 / 257932 / 109463\n"
            "合计　　—　　164.8　　—　　220\n")
    figures = figures_of(text, "bonds.txt")
    assert (figures[("86.5", 1)]["value"], figures[("86.5", 1)]["metric"].endswith("发行规模")) == (8650000000, True)
    assert (figures[("10", 1)]["unit"], figures[("1.86", 1)]["unit"]) == ("年", "%")
    assert figures[("164.8", 1)]["value"] == 16480000000
    assert not any(key[0].startswith("2505317") for key in figures)
    plain = figures_of("品名　　数量　　单价　　金额\n钢材　　10　　500　　5000\n水泥　　20　　300　　6000\n合计　　—　　11000\n", "sum.txt")
    assert ("11000", 1) not in plain or plain[("11000", 1)]["metric"] != "单价"


LOTS_TABLE = """<html><body><p>挂牌出让宗地的基本情况：</p>
<table><tr><th>宗地编号</th><th>出让面积(平方米)</th><th>容积率</th><th>起始价(万元)</th></tr>
<tr><td>2025G18</td><td>36,842.17</td><td>1.2-1.8</td><td>28,740</td></tr>
<tr><td>2025G19</td><td>52,316.40</td><td>2024-2025</td><td>1,100</td></tr>
</table><p>2025G18地块规划条件：建筑密度≤22%。</p></body></html>"""


def test_a_lot_s_row_is_the_lot_s_and_a_range_cell_is_one_figure():
    extraction = extract_document(document_from_bytes(LOTS_TABLE.encode(), "lots.html"))
    facts = {fact.figure.text: fact for fact in extraction.facts}
    assert facts["36,842.17"].subject == "2025G18" and facts["1,100"].subject == "2025G19"
    ranged = facts["1.2-1.8"].figure
    assert (ranged.kind, ranged.value, ranged.value_max) == ("number", Decimal("1.2"), Decimal("1.8"))
    assert "2024-2025" not in facts  # years, not a range of ratios
    assert facts["22%"].subject == "2025G18"


def test_a_city_s_row_under_index_columns_is_the_city_s_index_on_its_base_not_a_change():
    text = ("表1 2025年10月一线城市新建商品住宅销售价格指数\n| 城市 | 环比（上月=100） | 同比（上年同月=100） |\n| --- | --- | --- |\n"
            "| 北京 | 99.6 | 97.6 |\n| 上海 | 99.9 | 98.9 |\n")
    facts = {fact.figure.text: fact for fact in extract_document(document_from_bytes(text.encode(), "index.txt")).facts}
    assert [(facts[f].subject, facts[f].figure.change) for f in ("99.6", "98.9")] == [("北京", None), ("上海", None)]
    assert "销售价格指数" in facts["99.6"].metric and "环比" in facts["99.6"].time and "同比" in facts["97.6"].time


def test_a_basin_s_row_is_the_basin_s_and_last_year_s_column_measures_the_same():
    text = ("各流域情况见下表。\n| 流域 | 国控断面(个) | 优良比例(%) | 上年同期(%) |\n|---|---|---|---|\n"
            "| 湘江流域 | 41 | 100 | 100 |\n| 资江流域 | 19 | 97.0 | 94.7 |\n")
    facts = {fact.figure.text: fact for fact in extract_document(document_from_bytes(text.encode(), "basins.txt")).facts}
    assert (facts["94.7"].subject, facts["94.7"].metric) == ("资江流域", "优良比例")
    assert "上年同期" in facts["94.7"].time and facts["19"].subject == "资江流域"


QUARTER_TABLE = """单位：元
项目 | 本报告期 | 本报告期比上年同期增减(%) | 年初至报告期末 | 年初至报告期末比上年同期增减(%)
营业收入 | 1,286,453,217.36 | 18.42 | 3,412,876,905.12 | 12.07
经营活动产生的现金流量净额 | — | — | 186,390,455.21 | -22.16
 | 本报告期末 | 上年度末 | 本报告期末比上年度末增减(%)
总资产 | 8,954,221,603.88 | 8,310,472,915.06 | 7.75
"""


def test_a_table_written_with_bare_pipes_is_read_and_a_second_header_heads_the_rows_below_it():
    facts = {fact.figure.text: fact for fact in extract_document(document_from_bytes(QUARTER_TABLE.encode(), "q3.txt")).facts}
    revenue = facts["1,286,453,217.36"]
    assert (revenue.figure.kind, revenue.figure.unit, revenue.metric, revenue.time) == ("money", "元", "营业收入", "本报告期")
    assert (facts["-22.16"].figure.change, facts["-22.16"].figure.value) == ("decrease", Decimal("22.16"))
    assets = facts["8,954,221,603.88"]
    assert (assets.figure.unit, assets.metric, assets.time) == ("元", "总资产", "本报告期末")
    assert facts["7.75"].figure.kind == "percent"  # under its own header's 增减(%), not 本报告期比上年同期增减 money


@pytest.mark.parametrize("text", [
    "重要告示 | 私隐政策 | 版权告示\n2025 © | 最近修订日期 | 2025年11月28日\n",
    "发布时间：2025-11-28 | 来源：纸坊街道办事处 | 浏览次数：412\n网站标识码 | 4201150001 | 鄂ICP备05003233号\n",
])
def test_banner_lines_with_bare_pipes_make_no_table(text):
    assert find_tables(text) == ()


def test_a_range_cell_of_a_unitless_measure_is_a_number():
    text = "| 指标 | 标准值 | 实测值 |\n| --- | --- | --- |\n| pH值 | 6-9 | 7.2 |\n| 化学需氧量 | 40 | 18 |\n"
    figure = next(f for f in extract_document(document_from_bytes(text.encode(), "ph.txt")).figures if f.text == "6-9")
    assert (figure.kind, figure.value, figure.value_max, figure.unit) == ("number", Decimal(6), Decimal(9), "")


def test_a_spaced_row_may_open_on_a_long_age_group_or_a_disease_type():
    text = ("前三季度重点项目完成情况如下：\n项目                        任务数(人)    完成数(人)    完成率(%)\n"
            "65岁及以上老年人健康管理      57,000        58,940        103.4\n"
            "2型糖尿病患者规范管理          9,500         9,380         98.7\n")
    rows = find_tables(normalize(text).text)[0].rows
    assert [row[0].text for row in rows] == ["65岁及以上老年人健康管理", "2型糖尿病患者规范管理"]


def test_a_line_of_groups_over_a_spaced_header_names_each_pair_of_columns():
    text = ("国家统计局发布。\n表1  2025年10月份分类城市商品住宅销售价格指数\n"
            "                    新建商品住宅                     二手住宅\n"
            "城市类别    环比(上月=100)  同比(上年同月=100)  环比(上月=100)  同比(上年同月=100)\n"
            "一线城市        99.7          95.2               99.3           94.8\n"
            "二线城市        99.6          95.1               99.4           94.1\n")
    figures = figures_of(text, "prices.txt")
    assert [(figures[(v, 1)]["metric"], figures[(v, 1)]["subject"]) for v in ("99.7", "94.8")] == [
        ("新建商品住宅环比", "一线城市"), ("二手住宅同比", "一线城市")]
    assert figures[("99.6", 1)]["time"] == "2025年10月份"


def test_a_monthly_change_column_after_two_dated_columns_is_the_latest_month_s_change():
    text = ("香港金融管理局公布货币统计数字。\n表一：认可机构存款及贷款（亿港元）\n"
            "                           2025年6月底    2025年5月底    按月变幅（%）\n"
            "整体存款                      163,520        162,222          +0.8\n"
            "贷款与垫款总额                103,460        104,084          -0.6\n")
    figures = figures_of(text, "hkma.txt")
    assert (figures[("163,520", 1)]["value"], figures[("163,520", 1)]["unit"], figures[("163,520", 1)]["time"]) == (
        16352000000000, "港元", "2025年6月底")
    assert [(figures[(v, 1)]["value"], figures[(v, 1)]["change"], figures[(v, 1)]["time"]) for v in ("+0.8", "-0.6")] == [
        (0.8, "increase", "2025年6月底按月"), (0.6, "decrease", "2025年6月底按月")]


def test_a_budget_s_adjustment_column_holds_changes():
    text = ("郑州市2025年市级预算调整方案（单位：亿元）\n| 项目 | 年初预算 | 调整数 | 调整后预算 |\n| --- | --- | --- | --- |\n"
            "| 一般公共预算收入 | 612.40 | -18.60 | 593.80 |\n| 一般公共预算支出 | 845.20 | +11.20 | 856.40 |\n")
    figures = figures_of(text, "budget.txt")
    assert [(figures[(v, 1)]["value"], figures[(v, 1)]["change"]) for v in ("-18.60", "+11.20")] == [
        (1860000000, "decrease"), (1120000000, "increase")]


def test_a_spaced_table_of_ranked_films_reads_each_film_s_takings():
    text = ("国家电影局发布。\n国庆档票房前四名影片（票房单位：亿元）\n排名 片名 票房 占比（%）\n1 《长空之翼》 6.12 33.33\n"
            "2 《雪域尖兵》 4.05 22.06\n3 《小城故事多》 2.87 15.63\n")
    figures = figures_of(text, "films.txt")
    takings, share = figures[("6.12", 1)], figures[("22.06", 1)]
    assert (takings["value"], takings["unit"], takings["subject"], takings["metric"]) == (612000000, "元", "长空之翼", "票房")
    assert (share["unit"], share["subject"]) == ("%", "雪域尖兵")


def test_numbered_lines_of_values_are_no_ranked_table():
    text = "户数 人口 面积\n1 356210 1200\n2 356300 1210\n3 356400 1220\n"
    assert find_tables(text) == ()


def test_a_final_accounts_adjusted_budget_column_holds_levels_not_changes():
    text = "| 科目 | 预算数 | 预算调整数 | 决算数 |\n| --- | --- | --- | --- |\n| 教育支出 | 12,000 | 13,500 | 13,200 |\n| 科学技术支出 | 3,000 | 3,200 | 3,150 |\n"
    figures = figures_of(text, "accounts.txt")
    assert (figures[("13,500", 1)]["value"], figures[("13,500", 1)]["change"]) == (13500, None)


def test_a_table_by_class_of_investor_is_each_class_s():
    text = ("苏州芯瑞微电子股份有限公司首次公开发行股票发行结果公告\n一、新股认购情况统计\n\n"
            "| 投资者类别 | 缴款认购股数（股） | 缴款认购金额（元） | 放弃认购股数（股） |\n| --- | --- | --- | --- |\n"
            "| 战略投资者 | 4,500,000 | 146,160,000.00 | 0 |\n| 网上投资者 | 10,146,327 | 329,552,700.96 | 53,673 |\n")
    figures = figures_of(text, "ipo.txt")
    shares = figures[("10,146,327", 1)]
    assert (shares["subject"], shares["metric"], shares["unit"]) == ("网上投资者", "缴款认购股数", "股")


def test_a_spaced_table_headed_by_age_groups_counts_each_town_s_elderly():
    text = ("三、各乡镇发放明细\n乡镇        80—89周岁(人)   90周岁以上(人)   失能老人(人)   发放金额(元)\n"
            "上派镇          2,314            386             162          560,100\n"
            "三河镇          1,587            241             118          381,150\n"
            "合计            3,901            627             280          941,250\n")
    figures = figures_of(text, "allowance.txt")
    assert [(figures[(v, 1)]["value"], figures[(v, 1)]["unit"], figures[(v, 1)]["subject"]) for v in ("386", "560,100")] == [
        (386, "人", "上派镇"), (560100, "元", "上派镇")]


def test_a_rate_table_in_annual_percent_strips_its_rows_numbering():
    text = ("人民币存款挂牌利率表（单位：年利率%）\n| 项目 | 调整前 | 调整后 |\n| --- | --- | --- |\n| 一、活期存款 | 0.10 | 0.05 |\n"
            "| 三个月 | 1.05 | 0.85 |\n")
    figures = figures_of(text, "rates.txt")
    assert (figures[("0.05", 1)]["unit"], figures[("0.05", 1)]["kind"], figures[("0.05", 1)]["metric"]) == ("%", "percent", "活期存款调整后")


def test_a_research_table_s_forecast_year_columns_are_headers():
    text = ("| 公司 | 现价(元) | 目标价(元) | 2026E EPS(元) | 2026E PE(倍) | 评级 |\n|---|---|---|---|---|---|\n"
            "| 宁川新能源 | 70.47 | 86.40 | 4.80 | 18 | 买入 |\n| 恒锂科技 | 32.15 | 39.00 | 1.95 | 20 | 增持 |\n")
    figures = figures_of(text, "research.txt")
    eps, pe = figures[("4.80", 1)], figures[("20", 1)]
    assert (eps["unit"], eps["time"], eps["subject"]) == ("元", "2026E", "宁川新能源")
    assert (pe["kind"], pe["unit"], pe["subject"]) == ("multiple", "倍", "恒锂科技")


def test_a_falls_column_records_positive_cells_as_decreases_of_the_measure_before_it_for_each_named_shop():
    text = ("各主要经营主体销售情况如下：\n| 经营主体 | 销售额（亿元） | 同比下降（%） |\n| --- | --- | --- |\n"
            "| 美兰空港免税店 | 31.5 | 8.9 |\n| 其他经营主体 | 23.5 | -2.6 |\n")
    figures = figures_of(text, "dutyfree.txt")
    fell, rose = figures[("8.9", 1)], figures[("-2.6", 1)]
    assert (fell["metric"], fell["change"], fell["value"], fell["subject"]) == ("销售额", "decrease", 8.9, "美兰空港免税店")
    assert (rose["change"], rose["value"], rose["subject"]) == ("increase", 2.6, "其他经营主体")


def test_a_header_in_millions_of_patacas_scales_its_cells():
    text = "| 博彩種類 | 毛收入（百萬澳門元） | 佔比（%） |\n|---|---|---|\n| 貴賓百家樂 | 3,105 | 14.40 |\n| 中場百家樂 | 13,826 | 64.13 |\n"
    cell = figures_of(text, "ggr.txt")[("3,105", 1)]
    assert (cell["value"], cell["unit"], cell["kind"]) == (3105000000, "澳门元", "money")


def test_tiers_of_government_down_the_rows_are_the_subjects():
    text = ("江西省2024年政府债务限额和余额情况表\n| 级次 | 限额（亿元） | 余额（亿元） |\n|---|---|---|\n"
            "| 省本级 | 1,925.8 | 1,846.2 |\n| 市县级 | 13,936.6 | 13,367.6 |\n| 合计 | 15,862.4 | 15,213.8 |\n")
    figures = figures_of(text, "debt.txt")
    assert (figures[("1,925.8", 1)]["subject"], figures[("13,367.6", 1)]["subject"]) == ("省本级", "市县级")
    assert figures[("15,862.4", 1)]["subject"] == "江西省"


def test_a_quarter_in_a_header_dates_its_column_and_leaves_the_metric():
    text = "| 項目 | 2025年第三季（百萬澳門元） | 按年實質變動（%） |\n|---|---|---|\n| 私人消費支出 | 21,640 | +2.3 |\n"
    cell = figures_of(text, "gdp.txt")[("21,640", 1)]
    assert (cell["metric"], cell["time"], cell["value"]) == ("私人消费支出", "2025年第三季", 21640000000)


def test_rows_under_a_shopping_area_header_are_the_areas():
    text = "| 商圈 | 夜间客流（万人次） | 同比（%） |\n| --- | --- | --- |\n| 五一商圈 | 1,426.3 | 16.8 |\n| 其他商圈 | 369.6 | 11.5 |\n"
    figures = figures_of(text, "night.txt")
    assert (figures[("1,426.3", 1)]["subject"], figures[("369.6", 1)]["subject"]) == ("五一商圈", "其他商圈")


def test_a_two_way_change_column_keeps_the_sign_s_direction():
    text = "| 项目 | 金额（万元） | 升降幅（%） |\n|---|---|---|\n| 甲 | 100 | 7.7 |\n| 乙 | 200 | -4.7 |\n"
    figures = figures_of(text, "moves.txt")
    assert figures[("7.7", 1)]["change"] != "decrease" and figures[("-4.7", 1)]["change"] == "decrease"


def test_a_growth_column_after_an_increase_column_is_the_growth_of_the_stock_and_a_fall_column_names_its_basis():
    text = ("| 机构类型 | 余额（亿元） | 较年初增加（亿元） | 同比增长（%） |\n|---|---|---|---|\n"
            "| 国有大型银行 | 1,586.3 | 142.7 | 19.2 |\n")
    growth = figures_of(text, "loans.txt")[("19.2", 1)]
    assert (growth["metric"], growth["change"]) == ("余额", "increase")
    fall = "| 县市 | 移转栋数（栋） | 较上年同月减少（%） |\n|---|---|---|\n| 台北市 | 1,532 | 23.4 |\n"
    cell = figures_of(fall, "moves.txt")[("23.4", 1)]
    assert (cell["metric"], cell["change"]) == ("移转栋数", "decrease")


def test_a_growth_column_after_a_share_column_is_the_growth_of_the_amount():
    text = ("| 产业类别 | 营业收入（亿元） | 占比（%） | 同比增长（%） |\n| --- | --- | --- | --- |\n"
            "| 图书出版 | 168.3 | 7.3 | 4.2 |\n")
    figures = figures_of(text, "industry.txt")
    assert figures[("4.2", 1)]["metric"] == "图书出版营业收入" and figures[("7.3", 1)]["metric"] == "图书出版营业收入占比"


def test_a_row_named_with_an_administrative_aside_is_a_row_not_an_indicator_with_a_unit():
    text = ("2024年各片区卷烟销量：\n片区　　　　销量（万箱）　　同比增长（%）\n主城五区　　17.42　　　　2.1\n"
            "其他县（市）区　　12.08　　　　2.4\n全市　　　　31.86　　　　2.3\n")
    cell = figures_of(text, "tobacco.txt")[("12.08", 1)]
    assert (cell["metric"], cell["subject"]) == ("销量", "其他县（市）区")
    counted = figures_of("| 指标 | 数量 |\n| --- | --- |\n| 县（市）区（个） | 90 |\n", "counts.txt")[("90", 1)]
    assert counted["unit"] == "个"


def test_rows_under_a_scenic_spot_header_are_each_spot_s_own():
    text = ("| 景区 | 接待游客（万人次） | 门票收入（万元） |\n| --- | --- | --- |\n"
            "| 老君山 | 168.9 | 12,406 |\n| 白云山 | 96.3 | 5,872 |\n")
    cell = figures_of(text, "spots.txt")[("168.9", 1)]
    assert (cell["metric"], cell["subject"]) == ("接待游客", "老君山")


def test_a_spaced_index_table_whose_header_names_only_the_value_columns():
    text = ("表1  2025年10月份宁波市居民消费价格分类指数\n"
            "                         同比指数（上年同月=100）   环比指数（上月=100）\n"
            "居民消费价格                    100.4                    99.8\n"
            "  一、食品烟酒                   99.2                    99.5\n"
            "  二、衣着                      101.3                   100.6\n")
    figures = figures_of(text, "cpi.txt")
    assert figures[("100.4", 1)]["metric"] == "居民消费价格同比指数" and figures[("100.6", 1)]["metric"] == "衣着环比指数"
    assert figures[("99.2", 1)]["change"] is None


def test_a_growth_table_whose_unit_line_sits_under_its_title_holds_changes():
    text = ("表1  2025年规模以上工业增加值分行业增速\n                                                    单位：%\n"
            "行业                                     10月        1-10月\n规模以上工业                              6.8          7.2\n"
            "  纺织业                                  4.1          5.3\n  化学纤维制造业                         -2.3         -1.5\n")
    figures = figures_of(text, "industry.txt")
    assert (figures[("4.1", 1)]["change"], figures[("-2.3", 1)]["change"], figures[("-2.3", 1)]["value"]) == ("increase", "decrease", 2.3)


def test_a_two_line_header_naming_the_labels_column_above_the_units():
    text = ("零售商類別                        二○二五年九月         按年變動\n"
            "                                  （億港元）              （%）\n"
            "食品、酒類飲品及煙草                  28.2                 -1.7\n"
            "超級市場貨品                          40.5                 +1.0\n")
    figures = figures_of(text, "retail.txt")
    value, change = figures[("40.5", 1)], figures[("+1.0", 1)]
    assert (value["metric"], value["time"], value["value"]) == ("超级市场货品", "二○二五年九月", 4050000000)
    assert (change["change"], change["value"]) == ("increase", 1.0)
    ranges = "| 指標 | 二〇二五年七月至九月（%） | 二〇二五年八月至十月（%） |\n|---|---|---|\n| 失業率 | 3.7 | 3.8 |\n"
    assert figures_of(ranges, "jobs.txt")[("3.8", 1)]["time"] == "二〇二五年八月至十月"


VERDICT_TABLE = (
    "商水县2024年度高标准农田建设项目验收情况的通报\n"
    "附表：2024年度高标准农田建设项目分乡镇验收情况\n"
    "　　乡镇      建设面积（万亩）   总投资（万元）   灌溉渠道（公里）   结论\n"
    "　　黄寨镇    2.6               7860             38.6              合格\n"
    "　　练集镇    2.3               6850             33.2              不合格\n"
    "　　合计      4.9               14710            71.8              —\n"
)


def test_a_last_column_of_verdicts_does_not_hide_the_values_before_it():
    figures = figures_of(VERDICT_TABLE, "farmland.txt")
    cell = figures[("7860", 1)]
    assert (cell["kind"], cell["value"], cell["unit"]) == ("money", 78600000, "元")
    assert (cell["metric"], cell["subject"]) == ("总投资", "黄寨镇")
    assert figures[("33.2", 1)]["subject"] == "练集镇"
    assert not any("合格" in text for text, _ in figures)


def test_a_row_label_whose_bracket_closes_on_its_value_keeps_its_row():
    text = ("运输署公布十月份公共交通乘客量\n交通工具　　　　　　　平均每日乘客量（万人次）　　按年变幅（%）\n"
            "港铁（重铁）　　　　　512.0　　　　　　　　　　　+4.0\n轻铁　　　　　　　　　46.0　　　　　　　　　　　 +0.8\n"
            "其他（包括居民巴士等）70.0　　　　　　　　　　　 +3.2\n总计　　　　　　　　　628.0　　　　　　　　　　+3.9\n")
    figures = figures_of(text, "hk.txt")
    other = figures[("70.0", 1)]
    assert (other["value"], other["unit"], other["metric"]) == (700000, "人次", "其他（包括居民巴士等）平均每日乘客量")
    assert (figures[("628.0", 1)]["value"], figures[("+3.2", 1)]["change"]) == (6280000, "increase")


def test_a_growth_rate_column_is_a_change_signed_by_its_cells():
    text = ("表1 2025年1—10月分行业增加值增速\n| 行业 | 10月增速(%) | 1—10月增速(%) |\n| --- | --- | --- |\n"
            "| 医药制造业 | 4.7 | 5.8 |\n| 非金属矿物制品业 | -2.1 | -0.8 |\n")
    figures = figures_of(text, "jx.txt")
    assert (figures[("4.7", 1)]["change"], figures[("4.7", 1)]["metric"]) == ("increase", "医药制造业增速")
    fall = figures[("-2.1", 1)]
    assert (fall["change"], fall["value"]) == ("decrease", 2.1)


def test_headers_naming_more_than_a_growth_rate_are_no_change():
    text = ("| 城市 | 本期增速(%) | 上年同期增速(%) | 增速回落（百分点） |\n| --- | --- | --- | --- |\n"
            "| 南昌 | 5.2 | 6.8 | 1.6 |\n| 九江 | 4.1 | 5.0 | 0.9 |\n")
    figures = figures_of(text, "jx.txt")
    assert (figures[("1.6", 1)]["change"], figures[("1.6", 1)]["metric"]) == (None, "增速回落")
    assert figures[("6.8", 1)]["metric"] == "上年同期增速"


def test_a_caption_opening_with_a_bare_table_mark_names_no_table_subject():
    text = ("表　2025年1—10月份规模以上工业企业主要行业利润情况\n行业                              利润总额(亿元)    同比增长(%)\n"
            "煤炭开采和洗选业                     2,891.7          -46.3\n汽车制造业                           3,702.5           -1.9\n")
    figures = figures_of(text, "nbs.txt")
    assert not figures[("2,891.7", 1)]["subject"].startswith("表")


@pytest.mark.parametrize("header", ["同比增速(%)", "累计增速(%)", "GDP增速(%)", "10月增速(%)"])
def test_growth_rate_columns_are_changes_signed_by_their_cells(header):
    text = f"| 地区 | {header} |\n| --- | --- |\n| 南昌 | 5.2 |\n| 九江 | -3.2 |\n"
    figures = figures_of(text, "jx.txt")
    assert (figures[("5.2", 1)]["change"], figures[("-3.2", 1)]["change"], figures[("-3.2", 1)]["value"]) == ("increase", "decrease", 3.2)
    assert figures[("5.2", 1)]["metric"].endswith("增速")


def test_rows_labelled_by_a_band_of_amounts_are_read():
    text = ("二、分档情况\n收入档次          村数(个)    占比(%)\n10万元以下        12          2.6\n"
            "10万～30万元      175         38.5\n100万元以上       38          8.4\n合计              455         100.0\n")
    found = {(f.text, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert {("12", "个"), ("2.6", "%"), ("175", "个"), ("38.5", "%"), ("38", "个"), ("455", "个")} <= found


def test_a_column_of_rates_per_hundred_thousand_is_no_percent():
    text = ("| 病种 | 报告病例数(例) | 报告发病率(/10万) | 同比变化(%) |\n| --- | --- | --- | --- |\n"
            "| 流行性感冒 | 538 | 44.67 | -12.3 |\n| 肺结核 | 142 | 11.79 | -3.4 |\n")
    found = {f.text: (f.kind, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert found["44.67"] == ("quantity", "/10万") and found["11.79"] == ("quantity", "/10万")


def test_a_figure_inside_a_cell_of_prose_is_measured_by_the_cell_s_words():
    text = ("| 序号 | 项目名称 | 建设内容及规模 | 衔接资金（万元） |\n"
            "| 1 | 产业路硬化项目 | 硬化产业路3.5公里，路面宽4.5米 | 236 |\n"
            "| 2 | 农村供水保障项目 | 铺设供水管网8.6公里，新建蓄水池2座 | 98 |\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert "产业路" in facts["3.5公里"].metric and "供水管网" in facts["8.6公里"].metric and "蓄水池" in facts["2座"].metric
    assert facts["236"].metric == "衔接资金"


def test_a_header_giving_only_a_magnitude_scales_what_its_name_counts():
    text = ("国庆档前三名影片主要数据\n片名              票房(亿元)   场次(万场)   人次(万)\n"
            "长空之翼             7.26        108.4       1,903\n山海归途             4.83         82.7       1,284\n")
    found = {f.text: (f.value, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert found["1,903"] == (19030000, "人次") and found["108.4"] == (1084000, "场")


def test_rows_of_named_branches_and_shareholders_are_each_their_own_subject():
    text = ("附表：2024年部分成员单位业务量\n\n| 成员单位 | 门急诊（万人次） | 出院（人次） |\n|---|---|---|\n"
            "| 洪桥分院 | 12.36 | 684 |\n| 泗安分院 | 10.82 | 597 |\n\n"
            "股东名称　　　认缴出资额（万元）　　持股比例（%）　　出资方式\n"
            "纬钧新材　　　　　3,250　　　　　　　65.00　　　　　　货币\n"
            "启衡合伙　　　　　1,250　　　　　　　25.00　　　　　　货币\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["12.36"].subject, facts["12.36"].metric, facts["12.36"].figure.value) == ("洪桥分院", "门急诊", 123600)
    assert (facts["3,250"].subject, facts["3,250"].metric, facts["3,250"].figure.value) == ("纬钧新材", "认缴出资额", 32500000)
    assert (facts["25.00"].subject, facts["25.00"].metric) == ("启衡合伙", "持股比例")


def test_a_price_opening_a_row_is_no_band_label():
    text = "单价 数量 金额\n1200元 5 6000\n800元 10 8000\n"
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert not any("1200元" in fact.metric for fact in facts)


@pytest.mark.parametrize("header", ["完成预算%", "增减%", "比上年增长%"])
def test_a_column_headed_with_a_bare_percent_sign_holds_rates_not_the_table_s_money(header):
    text = (f"单位:万元\n项目    预算数    决算数    {header}\n"
            "税收收入    90,000    86,400    96.0\n非税收入    30,000    39,200    130.7\n")
    found = {f.text: (f.kind, f.value, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert found["96.0"] == ("percent", 96, "%") and found["130.7"] == ("percent", Decimal("130.7"), "%")
    assert found["86,400"] == ("money", 864000000, "元")


def test_a_last_year_column_dates_its_values_last_year():
    text = "单位:万元、%\n项目    本年数    上年数    增减率\n收入合计    5,678.9    5,234.5    8.5\n支出合计    5,432.1    5,123.4    6.0\n"
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["5,234.5"].time, facts["5,234.5"].figure.value, facts["5,234.5"].metric) == ("上年", 52345000, "收入合计")
    assert facts["5,678.9"].time == "本年" and facts["8.5"].figure.change == "increase"


def test_a_results_table_with_a_change_in_points_and_a_not_applicable_cell_is_read_whole():
    text = ("项目    本报告期    上年同期    本报告期比上年同期增减\n"
            "营业收入(元)    523,456,789.00    480,123,456.00    9.03%\n"
            "加权平均净资产收益率    5.23%    6.45%    减少1.22个百分点\n"
            "经营活动产生的现金流量净额(元)    -12,345,678.00    56,789,012.00    不适用\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["6.45%"].time, facts["6.45%"].metric) == ("上年同期", "加权平均净资产收益率")
    assert (facts["9.03%"].metric, facts["9.03%"].figure.change) == ("营业收入", "increase")
    assert (facts["-12,345,678.00"].figure.value, facts["-12,345,678.00"].time) == (-12345678, "本报告期")
    assert facts["1.22个百分点"].figure.change == "decrease"


def test_a_last_column_naming_counties_and_a_total_row_without_it_keep_the_table():
    text = ("2024年主要中药材品种种植情况\n品种        种植面积(万亩)    综合产值(亿元)    主产县(区)\n"
            "山茱萸          38.5             42.6          西峡县\n艾草            31.2             98.7          宛城区、卧龙区\n"
            "其他            62.1            129.3          —\n合计           131.8            270.6\n")
    found = {f.text: (f.value, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert found["38.5"] == (385000, "亩") and found["98.7"] == (9870000000, "元")
    assert found["131.8"] == (1318000, "亩") and found["270.6"] == (27060000000, "元")


def test_a_column_of_pulls_on_an_index_holds_changes_signed_by_their_cells():
    text = ("<table><tr><th>類別</th><th>年增率（%）</th><th>影響總指數（百分點）</th></tr>"
            "<tr><td>食物類</td><td>2.36</td><td>0.59</td></tr><tr><td>交通及通訊類</td><td>-0.46</td><td>-0.07</td></tr></table>")
    found = {f.text: (f.value, f.unit, f.change) for f in extract_document(document_from_bytes(text.encode(), "n.html")).figures}
    assert found["0.59"] == (Decimal("0.59"), "个百分点", "increase")
    assert found["-0.07"] == (Decimal("0.07"), "个百分点", "decrease")


def test_headers_of_quarters_written_month_to_month_date_their_columns():
    text = "主要指標\n指標　　　　2025年4月至6月　　2025年7月至9月\n總體失業率（%）　　1.8　　1.8\n就業不足率（%）　　0.9　　1.1\n"
    facts = [(f.figure.text, f.time, f.metric) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts]
    assert facts == [("1.8", "2025年4月至6月", "总体失业率"), ("1.8", "2025年7月至9月", "总体失业率"),
                     ("0.9", "2025年4月至6月", "就业不足率"), ("1.1", "2025年7月至9月", "就业不足率")]


def test_a_column_of_rises_on_last_year_holds_changes_of_the_column_before():
    text = ("设区市　　优良天数比例（%）　　较上年提高（个百分点）\n黄山市　　97.3　　1.1\n池州市　　90.2　　-2.6\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["1.1"].figure.change, facts["1.1"].metric, facts["1.1"].subject) == ("increase", "优良天数比例", "黄山市")
    assert (facts["-2.6"].figure.change, facts["-2.6"].figure.value) == ("decrease", Decimal("2.6"))


def test_a_caption_noting_percent_changes_makes_its_period_columns_rises():
    text = ("附表　主要貨幣統計數字（按月變動，百分比）\n                      2025年9月     2025年10月\n"
            "存款總額                 0.4          0.6\n貸款與墊款總額           -0.1          0.3\n")
    facts = [(f.figure.text, f.figure.kind, f.figure.value, f.figure.change, f.metric, f.time)
             for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts]
    assert facts[0] == ("0.4", "percent", Decimal("0.4"), "increase", "存款总额", "2025年9月")
    assert facts[2] == ("-0.1", "percent", Decimal("0.1"), "decrease", "贷款与垫款总额", "2025年9月")


@pytest.mark.parametrize("sep", ["\t", "  "])
def test_a_row_s_number_before_a_name_opening_on_a_classifier_is_no_count(sep):
    text = sep.join(["序号", "项目单位", "金额(万元)"]) + "\n" + sep.join(["1", "市第一医院", "200"]) + "\n" + sep.join(["2", "家乐福超市", "85.5"]) + "\n"
    found = [(f.text, f.value, f.unit) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures]
    assert found == [("200", 2000000, "元"), ("85.5", 855000, "元")]


def test_a_quarterly_report_s_five_column_table_with_not_applicable_cells_is_read():
    text = ("单位:元 币种:人民币\n项目\t本报告期\t本报告期比上年同期增减变动幅度(%)\t年初至报告期末\t年初至报告期末比上年同期增减变动幅度(%)\n"
            "营业收入\t1,234,567,890.12\t12.34\t3,456,789,012.34\t-5.67\n"
            "归属于上市公司股东的净利润\t-123,456,789.01\t不适用\t45,678,901.23\t-78.90\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["3,456,789,012.34"].time, facts["3,456,789,012.34"].metric) == ("年初至报告期末", "营业收入")
    assert (facts["-5.67"].figure.change, facts["-5.67"].figure.value) == ("decrease", Decimal("5.67"))
    assert facts["-123,456,789.01"].figure.value == Decimal("-123456789.01") and facts["-123,456,789.01"].time == "本报告期"


def test_accounting_brackets_make_a_profit_a_loss_but_leave_a_cost_a_cost():
    text = "单位：万元\n项目    2024年    2023年\n净利润    (567.89)    123.45\n销售成本    (1,234.56)    (1,100.00)\n"
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["567.89"].figure.value, facts["567.89"].time) == (-5678900, "2024年")
    assert (facts["1,234.56"].figure.value, facts["1,234.56"].time) == (12345600, "2024年")


def test_a_column_naming_where_a_row_grows_is_no_subject_of_the_row():
    text = ("品种        种植面积(万亩)    综合产值(亿元)    主产县(区)\n小麦          38.5             42.6          宛城区、卧龙区\n"
            "玉米            31.2             98.7          唐河县\n合计           69.7            141.3\n")
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [f.subject for f in facts] == ["小麦", "小麦", "玉米", "玉米", "合计", "合计"]


def test_a_plus_or_minus_column_on_last_year_holds_signed_changes():
    text = "指标    2024年    比上年±%\n地区生产总值(亿元)    1234.5    +12.3\n工业增加值(亿元)    456.7    -5.6\n"
    found = {f.text: (f.value, f.change) for f in extract_document(document_from_bytes(text.encode(), "n.txt")).figures}
    assert found["+12.3"] == (Decimal("12.3"), "increase") and found["-5.6"] == (Decimal("5.6"), "decrease")


def test_a_balance_sheet_column_headed_by_a_date_and_a_year_is_dated_by_its_date():
    text = ("被担保人最近一年又一期主要财务数据：\n单位：万元\n项目 2024年12月31日/2024年度 2025年9月30日/2025年1-9月\n"
            "资产总额 186,420.35 203,518.62\n负债总额 118,306.17 129,774.80\n净利润 9,846.27 5,629.64\n").replace(" ", "    ")
    figures = figures_of(text, "guarantee.txt")
    cell = figures[("186,420.35", 1)]
    assert (cell["value"], cell["unit"], cell["metric"], cell["time"]) == (1864203500, "元", "资产总额", "2024年12月31日")
    assert figures[("5,629.64", 1)]["time"] == "2025年9月30日"


def test_a_note_that_amounts_are_in_thousands_of_hk_dollars_scales_the_table_below_its_caption():
    text = ("簡明綜合損益表\n（除另有說明外，金額以千港元列示）\n　　　　　　　　　　　　截至六月三十日止六個月\n"
            "　　　　　　　　　　　　二零二五年　　　二零二四年\n　　　　　　　　　　　　（未經審核）　　（未經審核）\n收益　　　　　　　　　　1,286,412　　　1,183,450\n"
            "銷售成本　　　　　　　　(973,905)　　　(912,038)\n期內溢利　　　　　　　　86,216　　　　 74,767\n")
    figures = figures_of(text, "results.txt")
    cell = figures[("1,286,412", 1)]
    assert (cell["value"], cell["unit"], cell["metric"], cell["time"]) == (1286412000, "港元", "收益", "二零二五年")
    assert figures[("86,216", 1)]["value"] == 86216000


def test_a_column_of_changes_in_a_stock_signs_each_count():
    text = ("二、机动车分类保有情况（截至2025年12月31日）\n　　类别　　　　　　保有量（万辆）　　比上年末增减（万辆）\n"
            "　　汽车　　　　　　268.73　　　　　　15.31\n　　摩托车　　　　　41.06　　　　　　 －0.52\n"
            "　　合计　　　　　　312.46　　　　　　14.85\n")
    figures = figures_of(text, "vehicles.txt")
    assert (figures[("15.31", 1)]["value"], figures[("15.31", 1)]["change"]) == (153100, "increase")
    assert (figures[("-0.52", 1)]["value"], figures[("-0.52", 1)]["change"]) == (5200, "decrease")
    assert figures[("268.73", 1)]["change"] is None


def test_rows_naming_kinds_of_school_are_measures_of_the_notice_s_place():
    text = ("2025年宜昌市教育事业统计公报\n2025年，全市共有各级各类学校1,126所。\n表1 2025年全市各级各类学校基本情况\n"
            "| 学段 | 学校数（所） | 在校生（万人） |\n| 幼儿园 | 612 | 11.37 |\n| 小学 | 298 | 22.46 |\n"
            "| 中等职业学校 | 25 | 5.03 |\n| 合计 | 935 | 38.86 |\n")
    figures = figures_of(text, "education.txt")
    assert (figures[("612", 1)]["subject"], figures[("612", 1)]["metric"]) == ("宜昌市", "幼儿园学校数")
    assert figures[("25", 1)]["subject"] == "宜昌市"


def test_rows_of_roc_months_date_their_cells_and_a_row_of_differences_signs_them():
    text = ("表　人口動態登記概況\n統計期間      出生數(人)    死亡數(人)    結婚對數(對)\n114年10月        9,512        16,874         10,286\n"
            "114年9月         9,074        17,245          8,957\n增減數            +438          -371         +1,329\n")
    figures = figures_of(text, "population.txt")
    assert (figures[("9,512", 1)]["metric"], figures[("9,512", 1)]["time"]) == ("出生数", "114年10月")
    assert (figures[("-371", 1)]["value"], figures[("-371", 1)]["change"]) == (371, "decrease")
    assert (figures[("+438", 1)]["value"], figures[("+438", 1)]["change"]) == (438, "increase")


def test_a_procurement_row_is_no_government_acting():
    text = ("10月，全市完成政府采购项目297个。\n表1 2025年10月交易情况\n类别            成交金额(亿元)    同比增长(%)\n"
            "工程建设            52.31           8.2\n政府采购            15.06           6.7\n")
    figures = figures_of("绍兴市公共资源交易中心\n" + text, "trading.txt")
    assert figures[("15.06", 1)]["subject"] != "政府"


def test_a_table_over_years_dates_each_row_and_a_difference_row_of_rates_is_in_points():
    text = ("表1　2020—2024年全市法院破产案件收结情况\n年份　　　受理（件）　　审结（件）　　化解债务（亿元）\n"
            "2020年　　　298　　　　　276　　　　　168.5\n2021年　　　352　　　　　331　　　　　203.9\n")
    figures = figures_of(text, "court.txt")
    assert (figures[("298", 1)]["value"], figures[("298", 1)]["unit"], figures[("298", 1)]["time"]) == (298, "件", "2020年")
    assert figures[("203.9", 1)]["value"] == 20390000000
    rates = ("表1 主要指标\n指标期间        城镇化率（%）    老龄化率（%）\n2024年10月         65.3          18.2\n"
             "2023年10月         64.1          17.4\n增减              1.2           0.8\n")
    cell = figures_of(rates, "rates.txt")[("1.2", 1)]
    assert (cell["kind"], cell["unit"], cell["change"], cell["metric"]) == ("points", "个百分点", "increase", "城镇化率")


def test_a_profit_warning_s_change_column_in_brackets_is_a_fall_and_its_unit_header_no_amount():
    text = ("主要財務數據（未經審核）\n　　　　　　　　　　　截至6月30日止六個月\n　　　　　　　　　　　　2025年　　　　2024年　　　　變動\n"
            "　　　　　　　　　　人民幣百萬元　　人民幣百萬元　　　（%）\n收益　　　　　　　　　　1,820　　　　　2,206　　　　(17.5)\n"
            "毛利　　　　　　　　　　　269　　　　　　470　　　　(42.8)\n")
    figures = figures_of(text, "warning.txt")
    assert not any(key[0] == "百万元" for key in figures)
    assert (figures[("17.5", 1)]["value"], figures[("17.5", 1)]["change"]) == (17.5, "decrease")
    assert (figures[("42.8", 1)]["value"], figures[("42.8", 1)]["change"]) == (42.8, "decrease")
    assert figures[("1,820", 1)]["value"] == 1820000000


def test_a_project_list_with_a_place_column_and_a_total_row_without_one():
    text = ("表1　2026年省重大项目（部分）\n项目名称　　　　　　　　　　　　所在地　　　总投资（亿元）　　年度计划投资（亿元）\n"
            "昌北国际机场三期扩建工程　　　　　南昌市　　　　328.6　　　　　　　42.0\n"
            "晶拓光伏年产20GW高效电池组件项目　上饶市　　　　 96.5　　　　　　　28.4\n"
            "合计　　　　　　　　　　　　　　　　　　　　　　425.1　　　　　　　70.4\n")
    figures = figures_of(text, "projects.txt")
    assert (figures[("96.5", 1)]["value"], figures[("96.5", 1)]["subject"]) == (9650000000, "晶拓光伏年产20GW高效电池组件项目")
    assert figures[("425.1", 1)]["value"] == 42510000000 and figures[("70.4", 1)]["value"] == 7040000000


def test_a_bare_pipe_table_may_end_on_a_total_row_of_one_value():
    text = ("本次共开发公益性岗位5类86个，具体如下：\n岗位名称 | 招聘人数（人） | 服务地点 | 月工资（元）\n保洁保绿 | 32 | 城关镇、土门镇 | 1,850\n"
            "治安协管 | 18 | 各乡镇 | 1,850\n合计 | 50 | — | —\n")
    figures = figures_of(text, "jobs.txt")
    assert (figures[("32", 1)]["unit"], figures[("1,850", 1)]["value"], figures[("1,850", 1)]["unit"]) == ("人", 1850, "元")


def test_a_column_compared_with_last_year_in_points_signs_each_change():
    text = ("表1　2024年主要设区市湿地保护情况\n设区市　　　湿地面积（万公顷）　保护率（%）　比上年增减（个百分点）\n"
            "九江市　　　28.64　　　　　　　70.0　　　　1.6\n南昌市　　　17.92　　　　　　　64.0　　　　-0.3\n")
    figures = figures_of(text, "wetland.txt")
    assert (figures[("1.6", 1)]["change"], figures[("1.6", 1)]["unit"]) == ("increase", "个百分点")
    assert (figures[("-0.3", 1)]["value"], figures[("-0.3", 1)]["change"]) == (0.3, "decrease")


def test_a_count_compared_with_last_year_is_signed_and_a_per_area_price_header_names_its_currency():
    text = ("三、各乡镇脱贫人口务工就业情况（截至11月底）\n乡镇\t务工就业人数（人）\t较上年同期增减（人）\n花垣镇\t6,842\t315\n边城镇\t5,217\t-46\n")
    figures = figures_of(text, "jobs.txt")
    assert (figures[("-46", 1)]["value"], figures[("-46", 1)]["change"]) == (46, "decrease")
    assert figures[("315", 1)]["change"] == "increase" and figures[("6,842", 1)]["change"] is None
    prices = ("2025年第3季住宅单位买卖（按区域）\n区域　　　单位数目（个）　　平均成交价（澳门元/平方米实用面积）　　成交价按季变动（%）\n"
              "澳门半岛　　　1,012　　　　82,615　　　　-4.6\n氹仔　　　486　　　　96,842　　　　1.2\n")
    cell = figures_of(prices, "macau.txt")[("82,615", 1)]
    assert (cell["value"], cell["unit"], cell["kind"]) == (82615, "澳门元", "money")


def test_rows_of_areas_under_year_columns_measure_what_the_caption_names():
    text = ("表1　2024—2025年浙江省居民健康素养水平（%）\n　类别　　　2024年　　2025年　　增减（个百分点）\n"
            "　全省　　　39.11　　 41.26　　 2.15\n　城市　　　45.10　　 46.85　　 1.75\n")
    figures = figures_of(text, "literacy.txt")
    assert (figures[("41.26", 1)]["metric"], figures[("41.26", 1)]["time"]) == ("居民健康素养水平", "2025年")
    assert figures[("46.85", 1)]["metric"] == "城市居民健康素养水平"


def _facts_by_text(text: str) -> dict:
    return {fact.figure.text: fact for fact in extract_document(document_from_bytes(text.encode("utf-8"), "t.txt")).facts}


def test_place_rows_under_period_columns_are_each_their_own_subject():
    text = ("2025年11月主要省份原煤产量\n| 地区 | 11月(万吨) | 1-11月(万吨) | 同比(%) |\n"
            "| 河南 | 820 | 8650 | 1.2 |\n| 山东 | 910 | 9820 | -0.6 |\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].subject, facts[cell].metric) for cell in ("820", "910", "9820")] == [
        ("河南", "原煤产量"), ("山东", "原煤产量"), ("山东", "原煤产量")]


def test_partner_rows_under_period_columns_stay_the_caption_place_s():
    text = ("2025年1-11月广东省对主要国家和地区出口(亿元)\n| 国家和地区 | 11月 | 1-11月 |\n"
            "| 美国 | 520.3 | 5630.1 |\n| 东盟 | 610.8 | 6512.4 |\n")
    assert _facts_by_text(text)["610.8"].subject == "广东省"


def test_a_monthly_change_column_measures_the_column_before_it():
    text = ("114年10月建物买卖移转统计\n| 直辖市 | 10月栋数（栋） | 月增减率（%） | 年增减率（%） |\n"
            "| 台北市 | 1,842 | +6.2 | -30.5 |\n| 新北市 | 4,213 | +3.8 | -29.1 |\n")
    facts = _facts_by_text(text)
    assert facts["+6.2"].metric == facts["-30.5"].metric == facts["1,842"].metric == "栋数"


def test_a_bare_ratio_column_is_the_ratio_of_the_amount_column_before_it():
    text = ("议案1表决情况：\n| 股东类型 | 同意(股) | 比例(%) | 反对(股) | 比例(%) | 弃权(股) | 比例(%) |\n|---|---|---|---|---|---|---|\n"
            "| A股 | 131,902,350 | 99.4675 | 583,900 | 0.4403 | 122,200 | 0.0922 |\n")
    facts = _facts_by_text(text)
    assert facts["99.4675"].metric.endswith("同意比例")
    assert facts["0.4403"].metric.endswith("反对比例")
    assert facts["583,900"].metric.endswith("反对")


def test_a_caption_of_yearly_changes_makes_each_period_s_cell_a_change():
    text = ("<html><body><table><caption>表一：本地生产总值及其主要开支组成部分的按年实质变动(%)</caption>"
            "<tr><th></th><th>2025年第一季</th><th>2025年第二季</th></tr>"
            "<tr><td>私人消费开支</td><td>1.2</td><td>1.8</td></tr><tr><td>政府消费开支</td><td>-1.5</td><td>-0.7</td></tr>"
            "</table></body></html>")
    figures = figures_of(text, "gdp.html")
    assert (figures[("1.8", 1)]["change"], figures[("1.8", 1)]["metric"], figures[("1.8", 1)]["time"]) == (
        "increase", "私人消费开支", "2025年第二季")
    assert (figures[("-1.5", 1)]["value"], figures[("-1.5", 1)]["change"]) == (1.5, "decrease")


def test_a_caption_in_billions_multiplies_its_cells():
    text = ("<html><body><table><caption>主要货币统计数字（十亿港元）</caption>"
            "<tr><th></th><th>2025年9月底</th><th>2025年10月底</th></tr>"
            "<tr><td>港元存款</td><td>8,152.4</td><td>8,185.0</td></tr><tr><td>外币存款</td><td>9,468.3</td><td>9,600.9</td></tr>"
            "</table></body></html>")
    figures = figures_of(text, "hkma.html")
    assert (figures[("8,185.0", 1)]["value"], figures[("8,185.0", 1)]["unit"]) == (8185000000000, "港元")


def test_a_spaced_table_with_date_and_range_cells_reads_its_amounts_terms_and_yields():
    text = ("二、本次现金管理的基本情况\n"
            "受托方              产品类型        金额(万元)   起息日       到期日       期限(天)   预计年化收益率(%)\n"
            "工商银行杭州分行    保本浮动收益型      8,000    2025/11/14   2026/02/13     91       1.05～2.35\n"
            "宁波银行杭州分行    保本浮动收益型      5,000    2025/11/17   2026/05/18    182       1.20～2.60\n")
    figures = figures_of(text, "cash.txt")
    assert (figures[("8,000", 1)]["value"], figures[("8,000", 1)]["subject"]) == (80000000, "工商银行杭州分行")
    assert (figures[("182", 1)]["value"], figures[("182", 1)]["unit"]) == (182, "天")
    assert (figures[("1.05~2.35", 1)]["value"], figures[("1.05~2.35", 1)]["value_max"], figures[("1.05~2.35", 1)]["unit"]) == (
        1.05, 2.35, "%")
    assert not any(key[0].startswith(("2025", "2026")) for key in figures)


def test_a_header_naming_the_labels_with_a_group_over_two_columns_spans_them():
    text = ("表一：按零售商类别划分的零售业销货价值及按年变动百分率（二○二五年十月）\n\n"
            "零售商类别                    销货价值        按年变动百分率(%)\n"
            "                              (百万元)        价值        数量\n"
            "食品、酒类饮品及烟草            3,412          1.2        -1.5\n"
            "超级市场货品                    4,086         -0.6        -2.3\n"
            "所有零售商                     31,221          4.8         2.5\n")
    figures = figures_of(text, "retail.txt")
    assert (figures[("4,086", 1)]["value"], figures[("4,086", 1)]["kind"]) == (4086000000, "money")
    assert (figures[("-0.6", 1)]["value"], figures[("-0.6", 1)]["unit"], figures[("-0.6", 1)]["change"]) == (0.6, "%", "decrease")
    assert "数量" in figures[("2.5", 1)]["metric"] and figures[("2.5", 1)]["change"] == "increase"


@pytest.mark.parametrize("to_date", ["1-本月累计", "1至本月", "1-本期累计"])
def test_a_year_to_date_column_heads_its_cells_and_the_growth_column_stays_a_rate(to_date):
    text = (f"| 指标 | 本月 | {to_date} | 累计同比(%) |\n| --- | --- | --- | --- |\n"
            "| 用电量（亿千瓦时） | 45.2 | 398.6 | 7.3 |\n| 货运量（万吨） | 1560 | 14230 | -2.1 |\n")
    figures = figures_of(text, "monthly.txt")
    assert (figures[("7.3", 1)]["value"], figures[("7.3", 1)]["unit"], figures[("7.3", 1)]["change"]) == (7.3, "%", "increase")
    assert (figures[("-2.1", 1)]["value"], figures[("-2.1", 1)]["unit"], figures[("-2.1", 1)]["change"]) == (2.1, "%", "decrease")
    assert figures[("398.6", 1)]["time"] == to_date and figures[("45.2", 1)]["time"] == "本月"


def test_a_zero_in_a_change_column_moves_neither_way():
    figures = figures_of("| 地区 | 按年变动(%) |\n| --- | --- |\n| 澳门 | 0.0 |\n| 氹仔 | -1.2 |\n", "zero.txt")
    assert figures[("0.0", 1)]["change"] is None and figures[("-1.2", 1)]["change"] == "decrease"


def test_a_count_of_batches_is_read_and_one_row_under_a_header_of_units_is_a_table():
    batches = figures_of("<table><tr><th>食品大类</th><th>抽检批次（批次）</th><th>不合格批次（批次）</th><th>合格率（%）</th></tr>"
                         "<tr><td>食用农产品</td><td>286</td><td>7</td><td>97.55</td></tr></table>", "food.html")
    assert (batches[("286", 1)]["value"], batches[("286", 1)]["unit"]) == (286, "批次")
    votes = figures_of("1、关于变更注册资本的议案\n"
                       "股东类型  同意票数（股）  比例（%）  反对票数（股）  比例（%）\n"
                       "A股       98,213,620      99.7444    201,400         0.2045\n", "votes.txt")
    assert (votes[("98,213,620", 1)]["value"], votes[("98,213,620", 1)]["unit"]) == (98213620, "股")
    assert (votes[("0.2045", 1)]["value"], votes[("0.2045", 1)]["unit"]) == (0.2045, "%")


def test_a_unit_row_spanning_an_html_table_gives_its_cells_their_unit():
    text = ("<p>1—10月主要税种收入情况如下表。</p><table><tr><td colspan=\"3\" align=\"right\">单位：亿元</td></tr>"
            "<tr><th>项目</th><th>1—10月累计</th><th>同比增长（%）</th></tr>"
            "<tr><td>增值税</td><td>682.4</td><td>5.1</td></tr><tr><td>契税</td><td>78.5</td><td>-12.4</td></tr></table>")
    figures = figures_of(text, "taxes.html")
    assert [(figures[(cell, 1)]["value"], figures[(cell, 1)]["unit"]) for cell in ("682.4", "78.5")] == [
        (68240000000, "元"), (7850000000, "元")]
    assert (figures[("-12.4", 1)]["value"], figures[("-12.4", 1)]["change"]) == (12.4, "decrease")


def test_a_station_number_column_holds_no_figures():
    text = ("附表：2025年11月主要站点气温、降水距平\n站点　　区站号　　气温距平（℃）　　降水量（毫米）\n"
            "济南　　54823　　1.3　　　　　　　30.2\n章丘　　54727　　1.0　　　　　　　35.6\n长清　　54824　　1.2　　　　　　　27.9\n")
    figures = figures_of(text, "climate.txt")
    assert not any(text.startswith("54") for text, _ in figures)
    assert figures[("30.2", 1)]["unit"] == "毫米"


@pytest.mark.parametrize("text, cell, metric", [
    ("内政部公布10月全国建物买卖移转登记统计。10月全国建物买卖移转登记栋数为2万1,846栋。\n"
     "| 直辖市 | 10月栋数（栋） | 月增减率（%） |\n| 台北市 | 1,842 | +6.2 |\n| 新北市 | 4,213 | +3.8 |\n", "1,842", "建物买卖移转登记栋数"),
    ("10月外销订单金额652.3亿美元；自美国接单金额201.5亿美元。\n| 地区 | 金额（亿美元） | 年增率（%） |\n"
     "| 美国 | 201.5 | 28.4 |\n| 欧洲 | 71.8 | 12.3 |\n", "71.8", "外销订单金额"),  # (not one partner's)
    ("附：近三年我县高标准农田建设情况\n年度\t建设面积（万亩）\t总投资（亿元）\t面积同比（%）\n2023年\t10.5\t2.26\t5.0\n"
     "2024年\t9.8\t2.35\t-6.7\n2025年\t12.6\t3.15\t28.6\n", "28.6", "建设面积"),
])
def test_a_column_s_bare_measure_is_named_whole_by_another_column_or_the_prose_above(text, cell, metric):
    assert figures_of(text, "notice.txt")[(cell, 1)]["metric"] == metric


def test_a_quarter_s_count_and_its_quarterly_and_yearly_changes_measure_what_the_prose_names():
    text = ("内政部公布114年第3季全国建物买卖移转登记栋数为65,218栋。\n表　114年第3季各直辖市建物买卖移转登记栋数\n"
            "直辖市│第3季栋数（栋）│季增减（%）│年增减（%）\n台北市│5,912│-6.1│-24.3\n新北市│12,406│-3.8│-21.7\n")
    figures = figures_of(text, "notice.txt")
    assert [(figures[(cell, 1)]["metric"], figures[(cell, 1)]["subject"]) for cell in ("5,912", "-6.1", "-24.3")] == [
        ("建物买卖移转登记栋数", "台北市")] * 3
    assert (figures[("-6.1", 1)]["value"], figures[("-6.1", 1)]["change"]) == (6.1, "decrease")


def test_a_total_row_of_a_table_of_shareholders_is_the_holders_together():
    text = ("公司控股股东湘渝控股及其一致行动人累计质押股份情况如下：\n"
            "股东名称    持股数量（股）    累计质押数量（股）    占其所持股份比例（%）\n"
            "湘渝控股    186,420,000       108,000,000           57.93\n"
            "刘建国      15,460,000        9,500,000             61.45\n"
            "合计        201,880,000       117,500,000           58.20\n")
    figures = figures_of(text, "notice.txt")
    assert [figures[(cell, 1)]["subject"] for cell in ("186,420,000", "15,460,000", "201,880,000", "58.20")] == [
        "湘渝控股", "刘建国", "湘渝控股、刘建国", "湘渝控股、刘建国"]


def test_a_bid_candidate_s_discount_and_term_are_the_candidate_firm_s():
    text = ("三、中标候选人\n<table>\n<tr><th>排序</th><th>中标候选人</th><th>投标报价（元）</th><th>下浮率（%）</th>"
            "<th>工期（日历天）</th></tr>\n"
            "<tr><td>第一中标候选人</td><td>河南鼎峰建设工程有限公司</td><td>79,026,600.00</td><td>8.59</td><td>540</td></tr>\n"
            "<tr><td>第二中标候选人</td><td>郑州宏图建筑工程有限公司</td><td>80,115,400.00</td><td>7.33</td><td>530</td></tr>\n"
            "</table>\n")
    figures = figures_of(text, "award.html")
    assert [figures[(cell, 1)]["subject"] for cell in ("8.59", "540", "7.33", "530")] == [
        "河南鼎峰建设工程有限公司", "河南鼎峰建设工程有限公司", "郑州宏图建筑工程有限公司", "郑州宏图建筑工程有限公司"]


def test_each_row_of_a_table_of_named_projects_is_that_project_s_but_funds_kept_for_working_capital_are_the_firm_s():
    housing = ("长沙市2025年第三批保障性租赁住房集中配租，各项目房源情况如下：\n"
               "项目名称      所在区    房源（套）    审核通过（户）\n馨悦公寓      雨花区    412           1,036\n"
               "麓谷青年汇    岳麓区    356           874\n")
    figures = figures_of(housing, "housing.txt")
    assert [figures[(cell, 1)]["subject"] for cell in ("412", "874")] == ["馨悦公寓", "麓谷青年汇"]
    funds = ("浙江恒锐智能装备股份有限公司（以下简称“公司”）首次公开发行股票募集资金净额为72,875.63万元。\n"
             "二、募集资金投资项目情况\n                                       单位：万元\n"
             "项目名称                  投资总额        拟投入募集资金\n"
             "年产5万台智能装备项目     42,000.00       38,000.00\n补充流动资金              15,000.00       15,000.00\n")
    figures = figures_of(funds, "funds.txt")
    assert figures[("42,000.00", 1)]["subject"] == "年产5万台智能装备项目"
    assert figures[("15,000.00", 1)]["subject"] == "浙江恒锐智能装备股份有限公司"


def test_the_parts_listed_under_其中_take_the_unit_of_the_row_they_are_parts_of():
    text = ("表1　2025年10月份规上工业主要能源产品产量\n"
            "产品名称              10月        同比增长(%)\n原煤(万吨)            6812.6      3.4\n"
            "发电量(亿千瓦时)      259.3       8.7\n其中：火电            201.5       6.1\n"
            "水电                  12.4        -18.3\n")
    figures = figures_of(text, "energy.txt")
    assert [(figures[(cell, 1)]["value"], figures[(cell, 1)]["unit"]) for cell in ("201.5", "12.4")] == [
        (20150000000, "千瓦时"), (1240000000, "千瓦时")]
    assert (figures[("-18.3", 1)]["value"], figures[("-18.3", 1)]["unit"]) == (18.3, "%")
    assert (figures[("6812.6", 1)]["value"], figures[("6812.6", 1)]["unit"]) == (68126000, "吨")


def test_a_table_goes_on_after_a_page_number_and_the_next_page_s_running_header():
    text = ("本次交易会分省成交情况如下：\n  省份      计划销售      实际成交      成交率\n"
            "              （吨）        （吨）        （%）\n"
            "  河南      182,350        48,620        26.66\n  安徽       96,480        21,950        22.75\n\n"
            "                              — 1 —\n国家粮食交易中心交易结果公告\n"
            "  山东       61,900        14,060        22.71\n  湖北       43,650         8,200        18.79\n")
    figures = figures_of(text, "auction.txt")
    assert [(figures[(cell, 1)]["subject"], figures[(cell, 1)]["value"], figures[(cell, 1)]["unit"]) for cell in ("61,900", "8,200")] == [
        ("山东", 61900, "吨"), ("湖北", 8200, "吨")]


def test_a_grid_with_words_between_its_values_and_units_under_its_value_columns_is_read():
    text = ("常州市国有建设用地使用权挂牌出让成交公告\n现将成交结果公告如下：\n"
            "地块编号             出让面积       用途    起始价      成交价      溢价率    竞得人\n"
            "                     （平方米）             （万元）    （万元）    （％）\n"
            "ＣＺ－ＸＢ－２０２５－３１    ６２４１８     住宅    ９８６００      １２１２７８    ２３．００    常州嘉禾置业有限公司\n"
            "ＣＺ－ＴＮ－２０２５－１７    １５６７２     商服    ９４００        ９９６４        ６．００      常州天瑞商业管理有限公司\n"
            "上述地块出让年限为：住宅用地７０年。\n")
    facts = extract_document(document_from_bytes(text.encode("utf-8"), "t.txt")).facts
    read = [(f.figure.text, f.figure.value, f.figure.unit, f.metric, f.subject) for f in facts if f.figure.rule == "figures.table_cell.v1"]
    assert read[:4] == [("62418", Decimal("62418"), "平方米", "出让面积", "CZ-XB-2025-31"),
                        ("98600", Decimal("986000000"), "元", "起始价", "CZ-XB-2025-31"),
                        ("121278", Decimal("1212780000"), "元", "成交价", "常州嘉禾置业有限公司"),
                        ("23.00", Decimal("23.00"), "%", "溢价率", "CZ-XB-2025-31")]
    assert len(read) == 8


def test_a_row_label_s_unit_after_danwei_is_its_values_unit():
    text = ("下属分级基金的基金简称　　　　　　　　　　　华沣稳健增利债券A　华沣稳健增利债券C\n"
            "下属分级基金的交易代码　　　　　　　　　　　017356　　　　017357\n"
            "基准日下属分级基金份额净值（单位：元）　　　　　　　　1.0856　　　　1.0791\n"
            "基准日下属分级基金可供分配利润（单位：元）　　　　　　28,415,362.47　6,032,718.90\n")
    facts = extract_document(document_from_bytes(text.encode("utf-8"), "t.txt")).facts
    assert {(f.figure.text, f.figure.unit, f.figure.kind) for f in facts} >= {("1.0856", "元", "money"), ("28,415,362.47", "元", "money")}
    assert not any(f.figure.text.startswith("0173") for f in facts)


def test_a_rule_over_a_box_table_s_total_row_keeps_the_rows_above_in_the_table():
    text = ("表1　各设区市完成投资情况\n┌──────┬──────────┬────────┐\n│ 设区市 │ 完成投资（亿元） │ 完成率（%） │\n"
            "├──────┼──────────┼────────┤\n│ 南昌市 │ 10.9 │ 54.5 │\n│ 上饶市 │ 12.9 │ 53.8 │\n"
            "├──────┼──────────┼────────┤\n│ 合  计 │ 23.8 │ 54.1 │\n└──────┴──────────┴────────┘\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].figure.unit, facts[cell].subject) for cell in ("12.9", "53.8")] == [("元", "上饶市"), ("%", "上饶市")]
    assert facts["23.8"].figure.value == Decimal("2380000000")


def test_a_row_labelled_by_a_span_of_months_of_a_year_is_a_row_of_the_table():
    text = ("表1　2023年以来金融借款合同纠纷案件收结案情况\n年度              收案(件)    结案(件)    标的额(亿元)\n"
            "2023年            8,934       8,807       52.4\n2024年            10,238      10,012      71.9\n"
            "2025年1—10月      9,244       8,233       62.4\n")
    facts = _facts_by_text(text)
    assert (facts["9,244"].figure.unit, facts["62.4"].figure.value, facts["62.4"].time) == ("件", Decimal("6240000000"), "2025年1—10月")


def test_a_header_over_the_value_columns_only_and_section_lines_between_rows_keep_one_table():
    text = ("表1　114年10月外銷訂單主要貨品及地區\n　　　　　　　　　　　金額（億美元）　　年增率（%）\n"
            "總計　　　　　　　　　　625.4　　　　　25.1\n貨品別\n　資訊通信產品　　　　　251.6　　　　　40.2\n"
            "　光學器材　　　　　　　 18.4　　　　　－3.6\n地區別\n　美國　　　　　　　　　226.8　　　　　38.6\n"
            "　歐洲　　　　　　　　　 61.7　　　　　15.4\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].figure.unit, facts[cell].figure.value) for cell in ("625.4", "251.6", "226.8", "61.7")] == [
        ("美元", Decimal("62540000000")), ("美元", Decimal("25160000000")), ("美元", Decimal("22680000000")), ("美元", Decimal("6170000000"))]
    assert facts["38.6"].figure.unit == "%" and facts["226.8"].subject == "美国"


def test_a_box_drawn_narrow_and_a_sequence_column_leave_the_projects_named_in_the_second_column():
    text = ("三、重大项目（节选）。\n┌─┬─┬─┬─┐\n│序号│项目名称                      │总投资（亿元）    │2026年计划投资（亿元）    │\n"
            "├─┼─┼─┼─┤\n│1   │襄阳华驰新能源汽车零部件生产项目  │86.0              │22.5                      │\n"
            "│2   │楚襄储能电池生产基地（一期）      │52.4              │18.6                      │\n└─┴─┴─┴─┘\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].subject, facts[cell].metric) for cell in ("52.4", "18.6")] == [
        ("楚襄储能电池生产基地（一期）", "总投资"), ("楚襄储能电池生产基地（一期）", "计划投资")]


def test_a_table_flattened_to_one_cell_a_line_reads_each_row_under_its_header():
    text = ("表2025年吴中区各板块科技型中小企业入库情况\n板块\n入库企业（家）\n2024年度研发费用（亿元）\n研发强度（%）\n"
            "吴中经开区\n742\n24.86\n5.60\n木渎镇\n296\n7.94\n4.47\n合计\n1038\n32.80\n5.20\n相关链接：评价服务平台\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].figure.unit, facts[cell].figure.value, facts[cell].subject) for cell in ("742", "7.94", "5.20")] == [
        ("家", Decimal("742"), "吴中经开区"), ("元", Decimal("794000000"), "木渎镇"), ("%", Decimal("5.20"), "吴中区")]  # 合计: the caption's place
    assert (facts["24.86"].metric, facts["24.86"].time) == ("研发费用", "2024年度")
    assert facts["7.94"].figure.rule == "figures.table_cell.v1"


def test_a_header_cell_wrapped_onto_a_bracket_line_stays_one_cell():
    text = ("表1 2025年10月厦门市新建商品住宅销售价格分类指数\n面积段\n环比指数\n（上月=100）\n同比指数\n（上年同月=100）\n"
            "90平方米及以下\n99.5\n94.6\n144平方米以上\n99.8\n96.1\n")
    facts = _facts_by_text(text)
    assert "环比" in facts["99.5"].metric and "同比" in facts["94.6"].metric and "144平方米以上" in facts["96.1"].metric


def test_prose_lines_and_lone_numbers_make_no_line_table():
    text = "全年完成情况\n主要指标\n说明如下\n一是\n12\n二是\n15\n"
    assert not [table for table in find_tables(normalize(text).text) if table.rows]


@pytest.mark.parametrize(
    ("cell", "value", "time"),
    [
        ("１８，２９６", Decimal("18296000000"), "2025年9月"),  # September of the column's year
        ("１７，２５４", Decimal("17254000000"), "2024年9月"),
        ("２２６，１５４", Decimal("226154000000"), "2025年1月至11月"),  # a full-width grouped number alone in its cell
    ],
)
def test_a_caption_in_millions_of_patacas_scales_month_rows_dated_by_year_columns(cell, value, time):
    html = ("<p>表一　幸運博彩毛收入（單位：百萬澳門元）</p><table><tr><th>月份</th><th>２０２５年</th><th>２０２４年</th></tr>"
            f"<tr><td>９月</td><td>１８，２９６</td><td>１７，２５４</td></tr><tr><td>１月至１１月</td><td>２２６，１５４</td><td>２０９，５９８</td></tr>"
            "</table><p>註：按年變動以百萬澳門元計算。</p>")
    row = figures_of(html, "dicj.html")
    figure = next(f for f in row.values() if f["raw_start"] == html.index(cell))
    assert (figure["kind"], Decimal(str(figure["value"])), figure["unit"], figure["time"]) == ("money", value, "澳门元", time)
    assert figure["metric"] == "幸运博彩毛收入"
    assert not [f for f in row.values() if f["text"].startswith("百万")]  # 以百万澳门元计算: the unit counted in


def test_a_space_aligned_grid_numbered_in_its_first_column_with_ranges_and_a_short_total_row():
    text = ("表1 2025年第四批次保障性租赁住房配租结果汇总\n序号  项目名称  所在区  房源(套)  配租(户)  户型面积(平方米)  平均月租金(元)\n"
            " 1    湘江观澜公寓      岳麓区      412      405      35-65      1,420\n"
            " 2    星沙智造人才公寓  长沙县      326      318      30-55        980\n"
            "合计                                738      723\n房源运营单位：长沙安居城市运营管理有限公司。\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].figure.unit, facts[cell].subject, facts[cell].metric) for cell in ("412", "318", "1,420")] == [
        ("套", "湘江观澜公寓", "房源"), ("户", "星沙智造人才公寓", "配租"), ("元", "湘江观澜公寓", "平均月租金")]
    area = facts["35-65"].figure
    assert (area.kind, area.value, area.value_max, area.unit) == ("quantity", Decimal(35), Decimal(65), "平方米")
    assert (facts["738"].figure.unit, facts["723"].figure.unit) == ("套", "户")  # each total under the column it sums


def test_a_short_total_row_that_sums_no_column_is_left_unread():
    text = ("序号  项目名称  所在区  房源(套)  配租(户)  平均月租金(元)\n 1    湘江观澜公寓      岳麓区      412      405      1,420\n"
            " 2    星沙智造人才公寓  长沙县      326      318        980\n合计                                740      723\n")
    facts = _facts_by_text(text)
    assert "412" in facts and not ("740" in facts and facts["740"].figure.rule == "figures.table_cell.v1")


def test_a_holders_table_numbered_first_takes_each_holder_as_its_row_s_subject():
    text = ("本次解除限售股份的具体情况如下：\n序号  股东名称  持有限售股数量（股）  本次上市流通数量（股）  所持股份比例(%)\n"
            " 1    宁波晟泰投资控股有限公司    30,240,000    30,240,000    18.00\n"
            " 2    陈立衡                      10,080,000    10,080,000     6.00\n")
    facts = _facts_by_text(text)
    assert facts["10,080,000"].subject == "陈立衡" and facts["10,080,000"].figure.unit == "股"


def test_rows_naming_tasks_a_county_sets_itself_stay_the_county_s():
    text = ("安吉县2025年民生实事项目推进情况如下：\n| 序号 | 项目名称 | 年度目标 | 截至10月底完成 | 完成率（%） |\n"
            "| 1 | 新建改造城乡公厕 | 60座 | 58座 | 96.7 |\n| 2 | 新增婴幼儿托位 | 300个 | 276个 | 92.0 |\n")
    facts = _facts_by_text(text)
    assert facts["276个"].subject == "安吉县" and "婴幼儿托位" in facts["276个"].metric


def test_a_line_table_with_a_date_column_reads_the_numbers_beside_the_dates():
    text = ("表2025-2026雪季崇礼区部分雪场开板情况\n雪场\n开板日期\n开放雪道（条）\n首日接待（人次）\n"
            "松岭滑雪场\n11月1日\n36\n2,870\n云脊滑雪场\n11月7日\n27\n1,940\n上表所列雪场开板首日合计接待4,810人次。\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].figure.unit, facts[cell].subject) for cell in ("36", "2,870", "1,940")] == [
        ("条", "松岭滑雪场"), ("人次", "松岭滑雪场"), ("人次", "云脊滑雪场")]
    assert "11" not in facts and "1" not in facts  # the dates are no figures


def test_groups_over_repeated_measures_head_a_holdings_table_before_and_after():
    text = ("三、减持前后持股情况\n股东名称 本次减持前持有股份 本次减持后持有股份\n"
            "股数（股） 占总股本比例（%） 股数（股） 占总股本比例（%）\n"
            "鼎晟创投    9,350,000     8.50    7,737,600     7.03\n鼎晟管理      680,000     0.62      680,000     0.62\n")
    facts = _facts_by_text(text)
    after = facts["7,737,600"]
    assert (after.figure.unit, after.subject) == ("股", "鼎晟创投") and "减持后" in after.metric
    assert facts["7.03"].figure.unit == "%" and "减持后" in facts["7.03"].metric and "减持前" in facts["8.50"].metric


def test_a_vote_table_s_share_class_row_is_the_listed_firm_s():
    text = ("证券代码：605321 证券简称：澜屹智能 公告编号：2025-061\n江苏澜屹智能装备股份有限公司2025年第一次临时股东大会决议公告\n"
            "1、议案名称：关于变更注册资本的议案\n审议结果：通过\n股东类型 同意 反对 弃权\n"
            "票数（股） 比例（%） 票数（股） 比例（%） 票数（股） 比例（%）\nA股    98,121,560   99.7533    196,300   0.1996    46,350   0.0471\n")
    facts = _facts_by_text(text)
    votes = facts["98,121,560"]
    assert (votes.figure.unit, votes.subject) == ("股", "澜屹智能") and "同意" in votes.metric
    assert "facts.table.issuer.v1" in votes.rules


@pytest.mark.parametrize(
    ("caption", "value", "unit"),
    [
        ("单位：人民币万元", Decimal("1864125700"), "元"),  # 人民币万元: five characters, 万 kept
        ("单位：新台币亿元；%", Decimal("18641257000000"), "元"),
    ],
)
def test_a_caption_unit_naming_its_currency_before_the_magnitude_scales_the_cells(caption, value, unit):
    text = (f"一、主要财务数据\n{caption}\n| 项目 | 本报告期 | 上年同期 | 增减变动幅度（%） |\n"
            "| 营业总收入 | 186,412.57 | 165,720.34 | 12.49 |\n| 营业利润 | 24,863.15 | 19,906.42 | 24.90 |\n")
    facts = _facts_by_text(text)
    assert (facts["186,412.57"].figure.kind, facts["186,412.57"].figure.value, facts["186,412.57"].figure.unit) == ("money", value, unit)


def test_a_line_table_right_under_another_keeps_its_caption_s_unit():
    text = ("1、恒锐科技：主要财务数据如下（单位：万元）：\n项目\n2024年12月31日\n（经审计）\n2025年9月30日\n（未经审计）\n"
            "资产总额\n86,542.17\n95,318.64\n净资产\n34,435.82\n35,446.24\n项目\n2024年度\n2025年1-9月\n"
            "营业收入\n68,215.90\n54,386.71\n净利润\n3,812.46\n1,010.42\n2、其他说明。\n")
    facts = _facts_by_text(text)
    assert (facts["68,215.90"].figure.value, facts["68,215.90"].figure.unit, facts["68,215.90"].time) == (
        Decimal("682159000"), "元", "2024年度")


def test_a_header_in_two_lines_between_rules_heads_its_rows_and_spaced_out_labels_close_up():
    text = ("表1 2025年11月各县环境空气质量排名\n|--|---|---|------|-----|\n|排名| 县 |综合| PM2.5浓度 |优良天数|\n"
            "| | |指数|(微克/立方米)|比例(%)|\n|--|---|---|------|-----|\n| 1|栾川县|3.21| 38 | 83.3|\n| 2|嵩 县|3.46| 41 | 80.0|\n"
            "|--|---|---|------|-----|\n")
    facts = _facts_by_text(text)
    assert [(facts[cell].metric, facts[cell].subject) for cell in ("3.21", "41", "80.0")] == [
        ("综合指数", "栾川县"), ("PM2.5浓度", "嵩县"), ("优良天数比例", "嵩县")]
    assert facts["41"].figure.unit == "微克/立方米"


def test_rows_of_noise_zone_classes_are_the_district_s_zones_not_subjects_of_their_own():
    text = ("2025年闵行区声环境质量\n| 功能区类别 | 监测点位（个） | 昼间达标率（%） | 夜间达标率（%） |\n"
            "| 1类区 | 4 | 100 | 87.5 |\n| 4a类区 | 4 | 93.8 | 75.0 |\n")
    facts = _facts_by_text(text)
    assert (facts["87.5"].subject, facts["87.5"].metric) == ("闵行区", "1类区夜间达标率")
    assert facts["75.0"].metric == "4a类区夜间达标率"


def test_a_row_label_wrapped_onto_a_line_of_its_own_keeps_the_rows_below_in_the_table():
    text = ("一、主要财务数据\n单位：万元 币种：人民币\n项目      本报告期      上年同期      增减变动幅度（%）\n"
            "营业总收入      186,432.57      165,980.21      12.32\n归属于上市公司股东的      20,418.66      17,203.91      18.69\n净利润\n"
            "归属于上市公司股东的扣      18,635.20      16,128.44      15.54\n除非经常性损益的净利润\n"
            "基本每股收益（元）      0.76      0.64      18.75\n")
    facts = _facts_by_text(text)
    assert facts["17,203.91"].metric == "归属于上市公司股东的净利润"
    assert (facts["16,128.44"].figure.value, facts["16,128.44"].metric) == (Decimal("161284400"), "归属于上市公司股东的扣除非经常性损益的净利润")
    assert (facts["0.64"].figure.unit, facts["0.64"].time) == ("元", "上年同期")
