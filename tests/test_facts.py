"""Facts: metric, subject and time resolution, on figures and mentions placed by hand so
the table tests exercise only the facts stage."""
import os
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor.facts as facts_module

from extractor.facts import assemble_facts
from extractor.normalize import normalize
from extractor.pipeline import document_from_bytes, extract_document, extract_path
from extractor.records import Figure, Mention
from extractor.segment import split_sentences

CHANGE = re.compile(r"(?:增长|增加|提高|上升|下降|减少|降低|回落|缩短|跌)$")


def facts_for(text, figure_texts, entities=(), meta=None):
    norm = normalize(text)
    figures, position = [], 0
    for figure_text in figure_texts:
        start = norm.text.index(figure_text, position)
        position = start + len(figure_text)
        change = None
        if CHANGE.search(norm.text[:start]):
            change = "decrease" if re.search(r"(下降|减少|降低|回落|缩短|跌)$", norm.text[:start]) else "increase"
        unit = "批次" if figure_text.endswith("批次") else "个"
        kind = "percent" if figure_text.endswith("%") else "money" if figure_text.endswith("元") else "multiple" if figure_text.endswith("倍") else (
            "quantity" if re.search(r"(吨|千瓦时|亩|公里|米|小时)$", figure_text) else "count")
        figures.append(Figure(figure_text, (start, position), kind, Decimal(1), unit, "test.v1", change=change))
    mentions = []
    for surface, entity_type, canonical in sorted(entities, key=lambda e: -len(e[0])):
        for match in re.finditer(re.escape(surface), norm.text):
            overlapped = any(m.span[0] < match.end() and match.start() < m.span[1] for m in mentions)
            if not overlapped:
                mentions.append(Mention(surface, match.span(), entity_type, canonical, "test.v1", f"{entity_type}:{canonical}"))
    mentions.sort(key=lambda m: m.span)
    return assemble_facts(norm, split_sentences(norm), tuple(figures), tuple(mentions), meta or {})


EVAL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval")


def _facts_of(text):
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    return {fact.figure.text: fact for fact in extraction.facts}


CASES_TABLE_TOTAL = (
    "关于2024年长江禁渔执法专项行动情况的通报\n全年全省查办违法违规案件1,386件，罚款286.4万元。\n各市情况如下：\n"
    "市　　　　　查办案件（件）　罚款（万元）\n安庆市　　　　402　　　　　　83.6\n池州市　　　　268　　　　　　55.2\n"
    "其他市　　　　716　　　　　　147.6\n合计　　　　　1386　　　　　 286.4\n\n安徽省农业农村厅\n2025年3月11日"
)

SHANGLUO = [("商洛市", "place", "商洛市"), ("商洛", "place", "商洛市"), ("商洛高新区", "park", "商洛高新技术产业开发区"),
            ("西部鑫兴", "firm", "西部鑫兴"), ("瑞美新能源", "firm", "瑞美新能源")]


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("目前全市森林覆盖率达69.56%。", "69.56%", "森林覆盖率"),
        ("生态产品总值(GEP)核算达3132亿元,碳汇总量280万吨。", "280万吨", "碳汇总量"),
        ("商洛市新增省级绿色工业园区1个、绿色工厂3家。", "1个", "省级绿色工业园区"),
        ("商洛市新增省级绿色工业园区1个、绿色工厂3家。", "3家", "绿色工厂"),
        ("将17家企业、4个园区纳入省级绿色制造培育库。", "17家", "企业"),
        ("将17家企业、4个园区纳入省级绿色制造培育库。", "4个", "园区"),
        ("助力西部鑫兴等7家企业争创省级绿色工厂。", "7家", "企业"),
        ("瑞美新能源等186户绿色低碳产业企业初具规模。", "186户", "绿色低碳产业企业"),
        ("园区内工业用水重复利用率达93.46%,单位产值能耗较2022年下降9.17%。", "9.17%", "单位产值能耗"),
        ("固废综合利用率超过95.12%。", "95.12%", "固废综合利用率"),
        # a thousands separator is no clause break: the previous clause is not "540万股"
        ("日处理能力2000立方米的园区工业污水处理厂落成。", "2000立方米", "日处理能力"),
        ("成功培育国家级绿色工厂1家、省级绿色工厂2家。", "1家", "国家级绿色工厂"),
        ("绿色信贷余额达206.86亿元,同比增长8.84%。", "8.84%", "绿色信贷余额"),
        ("今年以来,全市新签约绿色相关项目280个,总投资407.79亿元。", "280个", "绿色相关项目"),
        ("今年以来,全市新签约绿色相关项目280个,总投资407.79亿元。", "407.79亿元", "总投资"),
        ("全市涉矿产业产值占比由2020年57.8%下降到目前的44.6%。", "44.6%", "产业产值占比"),
        ("1-2月,广东完成规模以上工业增加值4745.61亿元,同比增长44.6%。", "4745.61亿元", "规模以上工业增加值"),
        ("每年的固碳量就相当于吸收了30万辆汽车全年排放的尾气。", "30万辆", "固碳量"),
        ("其中又以印花税升幅最劲,收入达952亿元。", "952亿元", "印花税收入"),
        ("它们指的是安装在企业排水口的1000多套排污在线监测设备。", "1000多套", "排污在线监测设备"),
        ("交易对方购买其合计持有的易冲科技100%股权。", "100%", "股权"),
        ("至于来年,预期薪俸税会下跌10%。", "10%", "薪俸税"),
        ("2025年,粮食产量达到1.43万亿斤,连续两年站稳在1.4万亿斤以上。", "1.4万亿斤", "粮食产量"),
        ("轻工业以占全国工业13.2%的资产,实现了全国工业16.7%的营业收入和18.1%的利润。", "16.7%", "营业收入"),
        ("农业科技进步贡献率从54.5%提升到超过61%。", "54.5%", "农业科技进步贡献率"),
        ("- 薪俸税边际税阶,由现时4万元扩至4.5万元", "4万元", "薪俸税边际税阶"),
        ("设立三江源、大熊猫两个国家公园。", "两个", "国家公园"),
        ("- 薪俸税边际税阶,由现时4万元扩至4.5万元", "4.5万元", "薪俸税边际税阶"),
        ("轻工业以占全国工业13.2%的资产,实现了全国工业16.7%的营业收入和18.1%的利润。", "18.1%", "利润"),
        ("全国居民人均可支配收入38562元,比上年名义增长5.3%。", "38562元", "居民人均可支配收入"),
        # what is received is what the amount measures, not the receiving
        ("受灾群众每人每天可领取30元的临时生活补贴。", "30元", "临时生活补贴"),
        ("符合条件的家庭每月可领到800元租房补助。", "800元", "租房补助"),
        # an amount written before its noun, after a modifier or 这笔: the noun is what it measures
        ("银行提供一笔为期10年、利率固定的8亿元附属贷款。", "8亿元", "附属贷款"),
        ("园区将如何使用这笔5000万元的专项资金？", "5000万元", "专项资金"),
        ("若与前一年的52亿元总额相比,今年下跌3%。", "52亿元", "总额"),
    ],
)
def test_metric_is_the_noun_phrase_the_figure_measures(text, figure, metric):
    facts = {fact.figure.text: fact for fact in facts_for(text, _figures_in(text), SHANGLUO)}
    assert metric in facts[figure].metric
    assert len(facts[figure].metric) <= len(metric) + 6


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        # a threshold: the comparing word is the comparator, not part of the metric
        ("研发投入不低于5000万元。", "5000万元", "研发投入"),
        ("营业收入少于3亿元。", "3亿元", "营业收入"),
        # of two conditions joined by 且, the one the figure ends
        ("该公司因净利润为负且营收低于1亿元被实施风险警示。", "1亿元", "营收"),
        # a rate written after time words is the rate of the noun before them
        ("截至5月底,国内钽锭价格今年以来涨幅已超150%。", "150%", "钽锭价格涨幅"),
        ("全市工业增加值今年涨幅为5%。", "5%", "工业增加值涨幅"),
        ("今年以来涨幅达5%。", "5%", "涨幅"),
        # comparators and item numbers are no part of a measure
        ("绿地率≥35%，建筑密度不大于30%。", "35%", "绿地率"),
        ("2025年主要预期目标是：\n1.地区生产总值增长6.5%左右；", "6.5%", "地区生产总值"),
        # a figure in an aside: the measure after the aside is the noun's before it
        ("年末普惠型小微企业贷款（单户授信1000万元及以下）余额512.36亿元。", "512.36亿元", "普惠型小微企业贷款余额"),
        # growth in real terms: 实质 is how it is measured, not what
        ("整体货物出口在第二季按年实质上升11.5%。", "11.5%", "整体货物出口"),
        ("第二季私人消费开支按年实质下跌1.9%。", "1.9%", "私人消费开支"),
    ],
)
def test_metric_of_a_threshold_or_a_rate(text, figure, metric):
    facts = {fact.figure.text: fact for fact in facts_for(text, _figures_in(text), SHANGLUO)}
    assert facts[figure].metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        # what a plan or a place has is what is counted
        ("2017/18年度卖地计划共有28幅住宅用地,可供兴建约1.9万个单位。", "28幅", "住宅用地"),
        # the counted noun, not the relative clause it opens
        ("今年5月,由4家高校联合承办的江苏科技商学院首期技术转移转化人才培训班开班。", "4家", "高校"),
        # 规模以上, 限额以上 belong to the noun
        ("全市共有120家规模以上企业。", "120家", "规模以上企业"),
        ("新增12家规模以上工业企业。", "12家", "规模以上工业企业"),
        # 这一比例, 该比例: the ratio named before
        ("2015年,还只有70.6%的受污染耕地得到安全利用;而现在,这一比例已经提高到93%左右。", "93%", "受污染耕地得到安全利用"),
        ("去年全市森林覆盖率为60%。目前该比例已达65%。", "65%", "森林覆盖率"),
        # an announcement is no part of the metric
        ("政府宣布将于未来数年拨款合共3.1亿元,以支持发展。", "3.1亿元", "拨款"),
        ("财政司司长今日宣布向海洋公园拨款3.1亿元。", "3.1亿元", "拨款"),
        # a statistic's acronym heading its line; a currency word is no part of the metric
        ("GDP：12,345亿元（+5.2%）", "12,345亿元", "GDP"),
        ("GDP：12,345亿元（+5.2%）", "+5.2%", "GDP"),
        ("该项目总投资约为人民币1.2亿元。", "1.2亿元", "项目总投资"),
        # a figure-free clause before names the measure, over the previous figure's
        ("总数达1123间,增加31.7%,中资过去5年在港的投资额,每年都超过3万亿港元。", "3万亿港元", "投资额"),
        ("结果显示,来自中国内地的直接投资资金,2015年达3.27万亿港元。", "3.27万亿港元", "直接投资资金"),
        ("20家退市公司中,财务类退市占据主导地位,共计12家,占比超过六成。", "12家", "财务类退市"),
        # a colon inside brackets heads no list, and 结果显示 is no measure
        ("结果显示,中资企业在港成立的公司(包括:地区总部、当地办事处)总数达1123间,中资过去5年在港的投资额,每年都超过3万亿港元。",
         "3万亿港元", "投资额"),
        # what the counted are designated as is what is counted
        ("经专家评审,确定186家企业为2025年度省级绿色工厂、12个园区为省级绿色工业园区。", "186家", "省级绿色工厂"),
        ("经专家评审,确定186家企业为2025年度省级绿色工厂、12个园区为省级绿色工业园区。", "12个", "省级绿色工业园区"),
        # 去年同期的数字 is the measure named before, at another time
        ("社会消费品零售总额为27.33万亿元,下跌7.2%;不过去年同期的数字为29.67万亿元。", "29.67万亿元", "社会消费品零售总额"),
        # a long word the dictionary tags a conjunction is no conjunction
        ("负债合计79.57万亿元,增长9.1%;所有者权益合计61.50万亿元,增长10.8%。", "61.50万亿元", "所有者权益"),
        # the places a statistic covers are not what it measures
        ("2月份4个一线城市新建商品住宅销售价格按月持平,上月为上涨0.4%。", "0.4%", "新建商品住宅销售价格"),
        # what a place has is what is counted, not the having
        ("截至2024年底,全市共有规上企业1,032家,较上年增加56家。", "1,032家", "规上企业"),
        ("全省现有高新技术企业5000家。", "5000家", "高新技术企业"),
        ("目前全国共有国家级高新区178家。", "178家", "国家级高新区"),
        ("有进出口实绩的外资企业数量超过4.6万家。", "4.6万家", "有进出口实绩的外资企业数量"),
        ("2023年,全市共有产权住房供应量达到1200套。", "1200套", "共有产权住房供应量"),
        ("全市有证房屋面积达到850万平方米。", "850万平方米", "有证房屋面积"),
        ("全市共有规模以上的工业企业1032家。", "1032家", "规模以上的工业企业"),
        # a bare amount takes its unit from the money word before it, which is also its measure
        ("公司收入16亿元,开支18亿元。总投资额为3亿的项目已开工。", "3亿", "总投资额"),
        # the firm speaking of itself is no part of its measure
        ("宁波某公司公告。我司收到客户订单金额共计5,600万元。", "5,600万元", "收到客户订单金额"),
        ("某银行公告。本行贷款余额1200亿元。", "1200亿元", "贷款余额"),
    ],
)
def test_metric_in_a_whole_notice(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("四川出台六大优势产业提质倍增10条支持政策。", "10条", "支持政策"),
        ("运输署已累计签发约14万4000张封闭道路通行许可证予「港车北上」申请人。", "14万4000张", "封闭道路通行许可证"),
        ("整个A股市场超4000只股票下跌。", "4000只", "股票下跌"),
        ("整个A股市场上涨股票数为1370只，78只股票涨停，50只股票跌停。", "50只", "股票跌停"),
        ("本次交易为晶丰明源向玮峻思等50名交易对方购买其合计持有的易冲科技100%股权。", "50名", "交易对方"),
        ("星展香港与恒地签订50亿元可持续发展挂钩贷款及社会责任贷款。", "50亿元", "可持续发展挂钩贷款"),
        ("在广袤的田野间,3000万台(套)各类农业机械正开足马力抢收抢种。", "3000万台", "农业机械"),
        ("推出20亿元的「创科创投基金」,资助初创企业。", "20亿元", "创科创投基金"),
        ("税务局今天发出260万份2017/18个别人士报税表。", "260万份", "个别人士报税表"),
    ],
)
def test_a_count_right_before_a_noun_counts_that_noun(text, figure, metric):
    facts = _facts_of(text)
    assert facts[figure].metric.endswith(metric)


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("发行数量最终为16,861,826股，根据106.75元/股的发行价格，募集资金总额17.99亿元。", "106.75元/股", "发行价格"),
        ("每人每天维持基本生活的费用，按二十元／人／天的标准；", "二十元", "标准"),
    ],
)
def test_a_per_unit_after_the_figure_is_no_part_of_the_noun_after_it(text, figure, metric):
    facts = _facts_of(text)
    assert facts[figure].metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        # 全年 of the year the sentence names, not of a compared one
        ("其中2019年底的公告显示,全年固定资产投资为55.15万亿元。", "55.15万亿元", "2019年全年"),
        ("与2019年相比,全年投资增长5%。", "5%", "全年"),
        ("海洋公园将于未来1年提供1万张入场券。", "1万张", "未来1年"),
        # a span of years something accumulated over
        ("类似情况同样发生在2017及2018年,3年累计变幅差距高达27个百分点。", "27个百分点", "3年"),
        ("5年间,全市新增企业30家。", "30家", "5年间"),
        # 比对 compares: the year after it is the basis, not the period
        ("美国2015年对港的直接投资额,比对2011年下跌12.3%。", "12.3%", "2015年 比对2011年"),
    ],
)
def test_periods_anchored_and_compared(text, figure, time):
    facts = _facts_of(text)
    assert facts[figure].time == time


def test_a_work_whose_box_office_or_sales_are_measured_is_the_subject():
    text = "截至目前,中国动画电影《星海之歌》全球票房突破20亿元,观影人次超5000万。\n报纸《山河》发行量达300万份。"
    facts = _facts_of(text)
    assert (facts["20亿元"].subject, facts["20亿元"].metric) == ("星海之歌", "全球票房")
    assert facts["5000万"].subject == "星海之歌"
    assert (facts["300万份"].subject, facts["300万份"].metric) == ("山河", "发行量")


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        # a share names both the part and the whole, not the whole alone
        ("民营企业进出口10.25万亿元,增长7%,占我国外贸总值的57.1%,比去年同期提升2.4个百分点。", "57.1%", "民营企业进出口占我国外贸总值"),
        ("民营企业进出口10.25万亿元,增长7%,占我国外贸总值的57.1%,比去年同期提升2.4个百分点。", "2.4个百分点", "民营企业进出口占我国外贸总值"),
        ("服务业增加值比上年增长5.4%,占国内生产总值的比重提高到57.7%。", "57.7%", "服务业增加值占国内生产总值的比重"),
        ("中欧班列开行数量占全国总数的一半左右。", "一半", "中欧班列开行数量占全国总数"),
        ("该市工业增加值占全省的比重为15%。", "15%", "工业增加值占全省的比重"),
        ("制造业增加值比上年增长6.1%,占GDP的比重稳定在25%左右。", "25%", "制造业增加值占GDP的比重"),
        # a growth after the share is the part's own
        ("西部地区生产总值26.9万亿元,占全国的21.5%,5年来年均增长4.9%。", "21.5%", "生产总值占全国"),
        ("西部地区生产总值26.9万亿元,占全国的21.5%,5年来年均增长4.9%。", "4.9%", "生产总值"),
    ],
)
def test_the_metric_of_a_share(text, figure, metric):
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    facts = [fact for fact in extraction.facts if fact.figure.text == figure]
    assert facts[-1].metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "field", "expected"),
    [
        # a year that does not date the clauses after it leaves 全年 alone
        ("2023年全市GDP增长5%,今年全年预计增长6%。", "6%", "time", "全年"),
        ("2024年底召开的中央经济工作会议确定,全年经济增长预期目标为5%左右。", "5%", "time", "全年"),
        # a target year is no period of the notice
        ("全市森林覆盖率达到45%,人均公园绿地面积15平方米。到2025年,这一比例将提高到50%。", "45%", "time", ""),
        # 这一比例 refers to the last ratio, not the last figure
        ("全市森林覆盖率达到45%,人均公园绿地面积15平方米。到2025年,这一比例将提高到50%。", "50%", "metric", "森林覆盖率"),
        ("一季度全市新增贷款500亿元。上述数据显示全市居民存款余额达2万亿元。", "2万亿元", "metric", "居民存款余额"),
        # a work named in passing is no subject
        ("受《星海之歌》票房带动,光线传媒一季度净利润同比增长300%。", "300%", "subject", ""),
        # shares of several respective parts stay without one part's name
        ("第一、二、三产业增加值分别为500亿元、2000亿元和3000亿元,分别占全市生产总值的9.1%、36.4%和54.5%。", "9.1%", "metric", "第一产业增加值占全市生产总值"),
        ("新能源汽车产量达到120万辆,同比增长35%,占全国的15%,增速比上年加快10个百分点。", "10个百分点", "metric", "新能源汽车产量增速"),
        ("工资性收入2万元,占可支配收入的60%,同比提高1.2%。", "1.2%", "metric", "工资性收入占可支配收入"),
        # the whole of a share keeps its scope
        ("宁德时代动力电池装机量占全球市场份额的37%。", "37%", "metric", "动力电池装机量占全球市场份额"),
        # a plan for the next years dates its own sentence only
        ("市政府宣布,未来五年将投入100亿元支持科技创新。全市现有高新技术企业3000家。", "3000家", "time", ""),
        # 且 inside one noun phrase
        ("全市持证且在岗的社会工作者达到5000人。", "5000人", "metric", "持证且在岗的社会工作者"),
        # a data provider is a source, not the subject
        ("上海钢联数据显示,本周全国螺纹钢库存下降5%,至500万吨。", "5%", "subject", "全国"),
        ("Wind数据显示,今年以来新基金募集规模达到1000亿元。", "1000亿元", "subject", ""),
        # 这些高新区 after several parks: all of them
        ("武汉东湖高新区、成都高新区和西安高新区入选首批试点。这些高新区共实现营业收入3.2万亿元。", "3.2万亿元", "subject", "高新区"),
        ("武汉东湖高新区、成都高新区和西安高新区入选首批试点。这些高新区共实现营业收入3.2万亿元。", "3.2万亿元", "metric", "营业收入"),
        ("全市规模以上工业企业达到1200家。上述规模以上工业企业实现营业收入3000亿元。", "3000亿元", "metric", "营业收入"),
        # 设立 an amount of a fund: the fund; 合计 joins who to what they did
        ("保荐机构五矿证券设立1.1亿元先行赔付专项基金。", "1.1亿元", "metric", "先行赔付专项基金"),
        ("公司及26名责任人合计被罚2.44亿元。", "26名", "metric", "责任人"),
        # a span of years, or a plan for the next ones, is no period of later sentences
        ("2023年,全县地区生产总值增长6.5%。全县3年累计投入扶贫资金12亿元。全县粮食产量达到50万吨。", "50万吨", "time", "2023年"),
        ("2023年全市地区生产总值增长6.2%。未来3年,我市将累计投入200亿元。其中,老旧小区改造投入80亿元。", "80亿元", "time", "未来3年"),
        # 至2023年底 is the date of the figures, not a target
        ("至2023年底,全市共有5G基站3.2万个。其中,12月份新增基站2000个。\n\n全市5G用户达到520万户。", "520万户", "time", "2023年底"),
        # a count's relative clause is cut only after 由
        ("今年新增200套政府提供的保障性住房。", "200套", "metric", "政府提供的保障性住房"),
        # 这一数字 of a change: the figure before, whatever its kind
        ("全市实现旅游收入300亿元。这一数字比上年同期增长20%。", "20%", "metric", "旅游收入"),
        # what a finished work yields, only when the clause names no subject of its own
        ("该县高速公路通车后,县域生产总值增长了8%。", "8%", "subject", "该县"),
        ("以上数据显示全市企业营收增长了12%。", "12%", "subject", "全市"),  # the scope the sentence names, though not at its head
        # a firm named in 等N家企业 recurs; firms whose own data are cited stay subjects
        ("西部鑫兴等7家企业入选省级绿色工厂。银川市今年新增就业1.2万人。西部鑫兴今年实现营收12亿元。", "12亿元", "subject", "西部鑫兴"),
        ("比亚迪数据显示,1-5月累计销量达到120万辆。", "120万辆", "subject", "比亚迪"),
        # the last of listed names runs into the shared measure
        ("华为、小米、荣耀和OPPO出货量分别为5000万台、4000万台、3000万台和2000万台。", "2000万台", "subject", "OPPO"),
        ("北京、上海和一线城市平均房价分别上涨5%、4%和3%。", "3%", "subject", ""),
        # a lexicon firm before a firm suffix, and developers named X置地/X置业
        ("海尔集团营收为3000亿元。", "3000亿元", "subject", "海尔集团"),
        ("华润置地项目总投资达到50亿元。", "50亿元", "subject", "华润置地"),
        # 淘宝村 is a statistic, not a firm's
        ("全省淘宝镇达到85个,淘宝村达到500个。", "500个", "metric", "淘宝村"),
        # the speaker before a quote is not what the quoted figure is about
        ("齐北松笑着解答疑惑,“目前已完成整个东北地区10米空间分辨率土壤碳氮遥感制图。”", "10米", "subject", "东北地区"),
        # a modifier of a longer name is no actor (农业农村|节能减排工程)
        ("再如,农业农村节能减排工程明确,到2025年,农村生活污水治理率达到40%。", "40%", "subject", ""),
        # 其中X占N of a rate, or after several amounts: no whole is guessed
        ("全市固定资产投资增速为8.2%,其中民间投资占55%。", "55%", "metric", "民间投资"),
        ("公司实现营业收入120亿元,净利润15亿元,其中海外业务占40%。", "40%", "metric", "海外业务"),
        ("全市外贸进出口总额500亿元,其中民营企业进出口占55.2%。", "55.2%", "subject", "民营企业"),
        # a total reached is no listed action
        ("全省新建5G基站3万个、累计达到25万个。", "25万个", "metric", "5G基站"),
        ("全省新建5G基站3万个、累计达到25万个。", "3万个", "metric", "新建5G基站"),
        # a cap (最高达1200万元) is the comparator; a floor that is a level (最低为3.1%) keeps 最低
        ("其中,单项资助最高达1200万元。", "1200万元", "metric", "单项资助"),
        ("贷款利率最低为3.1%。", "3.1%", "metric", "贷款利率最低"),
        # a listed item is no subject of the count of all items: the body that signed with them is
        ("日前,杭州市政府与美国、英国、新加坡3家机构签署合作协议。", "3家", "subject", "杭州市"),
        ("苏州市代表团先后访问了法国、德国、日本6个国家。", "6个", "subject", "苏州市"),
        # 全市 of a city the notice never names stays 全市, never the nation
        ("全市在全国排名第3位,GDP增长5%。", "5%", "subject", "全市"),
        # the count of listed items is not the last item's
        ("近日,*ST创兴、*ST沪科、*ST太和3只个股进入退市整理期。", "3只", "subject", ""),
        # listed actions, each with its figure: the figure is no part of the metric
        ("今年1月中欧班列累计开行1410列、运送14.7万标箱,同比分别增长6%和13%。", "14.7万标箱", "metric", "运送"),
        ("今年1月中欧班列累计开行1410列、运送14.7万标箱,同比分别增长6%和13%。", "13%", "metric", "运送"),
        # 其中/当中 X 占 N: the part is the subject, the share is of the whole before it
        ("大桥的使用量亦屡创新高,当中「港车北上」占约4成。", "4成", "subject", "港车北上"),
        ("大桥的使用量亦屡创新高,当中「港车北上」占约4成。", "4成", "metric", "占大桥的使用量"),
        ("全市外贸进出口总额500亿元,其中民营企业占60%。", "60%", "metric", "占外贸进出口总额"),
        # a person, then how often
        ("党的十八大以来,习近平总书记先后30多次深入西部考察调研。", "30多次", "subject", "习近平总书记"),
        # who acts, then where (在 + a place) before the verb
        ("截至10月20日,海关在大桥口岸已累计验放香港、澳门单牌车383万辆次。", "383万辆次", "subject", "海关"),
        # an item between named firms is a firm too, not the first firm's second figure
        ("建发置业、招商蛇口、华润置地销售额分别为500亿元、1200亿元和1500亿元。", "1200亿元", "subject", "招商蛇口"),
        ("建发置业、招商蛇口、华润置地销售额分别为500亿元、1200亿元和1500亿元。", "1200亿元", "metric", "销售额"),
        # 及 inside the shared measure joins two of its words, not two items; verbs (减税降费) may name it
        ("分地区看，杭州、宁波、温州三地新增减税降费及退税缓费分别为312.5亿元、226.1亿元和141.7亿元。", "312.5亿元", "subject", "杭州"),
        ("分地区看，杭州、宁波、温州三地新增减税降费及退税缓费分别为312.5亿元、226.1亿元和141.7亿元。", "141.7亿元", "subject", "温州"),
        ("分地区看，杭州、宁波、温州三地新增减税降费及退税缓费分别为312.5亿元、226.1亿元和141.7亿元。", "226.1亿元", "metric", "新增减税降费及退税缓费"),
        ("三季度涉及电动自行车的事故121起、死亡27人，分别占总数的42.3%和43.5%。", "42.3%", "metric", "涉及电动自行车的事故"),
        # a count of charging points is the city's: no facility named 西安市累计建成充电站, and each item keeps its noun
        ("截至2025年10月底，西安市累计建成充电站2368座、充电桩18.62万个。", "2368座", "subject", "西安市"),
        ("截至2025年10月底，西安市累计建成充电站2368座、充电桩18.62万个。", "18.62万个", "metric", "充电桩"),
        ("西安市公共充电桩中，直流快充桩3.95万个，占57.7%。", "3.95万个", "subject", "西安市"),
        # 2025年度第三期 names a note, the date of the issue dates its amount
        ("本公司已于2025年11月18日完成2025年度第三期中期票据的发行，实际发行总额为人民币30亿元。", "30亿元", "time", "2025年11月18日"),
        # 其中，城市上涨0.4%: the urban part of the measure the sentence before named
        ("10月份，全省居民消费价格同比上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%。", "0.4%", "metric", "城市居民消费价格"),
        ("10月份，全省居民消费价格同比上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%。", "0.4%", "subject", "全省"),
        # 其中增开: the added part is counted by its own verb, of the same noun
        ("铁路部门日均开行旅客列车13,268列，其中增开1,432列。", "1,432列", "metric", "增开旅客列车"),
        # a day and hour (21日5时) date a reading
        ("淮河息县站21日5时出现洪峰水位40.68米，相应流量2860立方米每秒。", "40.68米", "time", "21日5时"),
        ("“十四五”时期，规模以上工业单位增加值能耗降低13.5%。", "13.5%", "time", "十四五时期"),  # no quotes in a period
        # Hong Kong's provisional estimates against a year in Chinese numerals
        ("香港政府统计处公布。零售业总销货价值临时估计较二○二四年同期下跌1.8%，至2,490亿元。", "1.8%", "metric", "零售业总销货价值"),
        ("香港政府统计处公布。零售业总销货价值临时估计较二○二四年同期下跌1.8%，至2,490亿元。", "1.8%", "time", "较二○二四年同期"),
        ("全年举办各级各类全民健身赛事活动1.2万余场次。", "1.2万余场次", "metric", "全民健身赛事活动"),
        ("济南市水务局发布。公共供水管网长度6482公里，年内新建改造老旧管网215公里。", "215公里", "subject", "济南市水务局"),  # 新建 is no county here
        ("西安市充电桩总数突破18万个 车桩比降至2.5:1", "2.5:1", "metric", "车桩比"),
        # a count of new ones keeps 新增, or it reads as the total
        ("前三季度，全省新增充电桩12.5万个，累计达到52.3万个。", "12.5万个", "metric", "新增充电桩"),
        # seasons, spans of ten-day periods, and a campaign's time since it began
        ("今年夏季我省平均气温29.6℃。", "29.6℃", "time", "今年夏季"),
        ("今年秋季学期新增学位5.46万个。", "5.46万个", "time", "今年秋季学期"),
        ("7月下旬至8月中旬先后出现3次区域性高温过程。", "3次", "time", "7月下旬至8月中旬"),
        ("专项行动开展以来，该院共受理执行案件2386件。", "2386件", "time", "专项行动开展以来"),
        ("经季节性调整的失业率由二〇二五年七月至九月的3.7%上升至二〇二五年八月至十月的3.8%。", "3.8%", "time", "二〇二五年八月至十月"),
        ("而就业不足率则由1.5%上升至1.6%。", "1.5%", "metric", "就业不足率"),
        ("全省共举办招聘会2860场。", "2860场", "metric", "招聘会"),
        # second review of session 13: a season, a festival or a campaign never hides a date
        ("今年一季度，冬季旅游接待游客120万人次。", "120万人次", "time", "一季度"),
        ("截至9月底，专项行动开展以来累计挽回损失1.2亿元。", "1.2亿元", "time", "截至9月底"),
        ("自去年9月专项行动开展以来，共受理案件2386件。", "2386件", "time", "去年9月"),
        ("10月20日至11月11日“双11”期间，全省网络零售额1386.5亿元。", "1386.5亿元", "time", "10月20日至11月11日"),
        ("交通部观光署114年1月22日发布。111年至113年间，累计改善道路120公里。", "120公里", "time", "111年至113年间"),
        ("今年全市新签外资项目120个。", "120个", "metric", "新签外资项目"),
        ("全市充电桩保有量达8万个，新增充电桩1.2万个。", "1.2万个", "metric", "新增充电桩"),
        ("10月上中旬全省平均降水量56.2毫米。", "56.2毫米", "time", "10月上中旬"),
        ("香港政府统计处公布。临时估计，2025年第二季本地生产总值按年实质上升3.1%。", "3.1%", "subject", "香港特别行政区"),
        # a shopping festival is a period
        ("今年“双11”期间，全省实现网络零售额1386.5亿元，同比增长12.4%。", "1386.5亿元", "time", "今年双11期间"),
        # review of session 13
        ("杭州、宁波、温州三地分别完成投资320亿元、210亿元和98亿元。", "320亿元", "metric", "投资"),
        ("国铁集团及各局加强运力安排，10月1日发送旅客2313万人次。", "2313万人次", "subject", "国铁集团"),
        ("农商银行发放120亿元，同比增长12%。", "120亿元", "subject", "农商银行"),
        ("2025年度第一期培训班共培训学员120人。", "120人", "time", "2025年度"),
        # cards issued are what is counted, not who acts
        ("至2024年底，徐州市基本养老保险参保人数达到893.6万人；电子社保卡签发621.7万张。", "621.7万张", "subject", "徐州市"),
        # 下达 is one word (not 下 + 达): the money is what was handed down
        ("我省紧急下达8600万元救灾资金。", "8600万元", "metric", "救灾资金"),
        # a value alone in brackets is the value of the noun right before them
        ("留宿旅客（512.6万人次）及不过夜旅客（549.8万人次）分别上升9.1%及18.6%。", "549.8万人次", "metric", "不过夜旅客"),
        ("下达资金人民币壹佰贰拾万元整（¥1,200,000.00）。", "¥1,200,000.00", "metric", "资金"),
        # a change alone in brackets is the change of the item right before them; a place's row is no measure
        ("主要货品类别为电动机械、仪器及用具和零件（增加387亿元或22.6%）、电讯设备（增加96亿元或14.9%）。",
         "22.6%", "metric", "电动机械、仪器及用具和零件"),
        ("主要货品类别为电动机械、仪器及用具和零件（增加387亿元或22.6%）、电讯设备（增加96亿元或14.9%）。",
         "96亿元", "metric", "电讯设备"),
        ("分行业看，汽车制造业（增长12.3%）、电气机械和器材制造业（增长8.1%）拉动作用明显。", "8.1%", "metric", "电气机械和器材制造业"),
        ("全市实现地区生产总值（同比增长5.2%）。", "5.2%", "metric", "地区生产总值"),
        # a race time is the athlete's result
        ("肯尼亚选手埃文斯·基普罗诺以2小时08分17秒的成绩获得男子全程冠军。", "2小时08分17秒", "subject", "埃文斯·基普罗诺"),
        ("肯尼亚选手埃文斯·基普罗诺以2小时08分17秒的成绩获得男子全程冠军。", "2小时08分17秒", "metric", "成绩"),
        # a rate change after a change of its rate is the measure's, and so are a breakdown's rates after counts of cities
        ("９月份，全省新建商品住宅销售价格环比下降０．３％，降幅比上月收窄０．２个百分点；同比下降５．８％。", "5.8%", "metric", "新建商品住宅销售价格"),
        ("全省新建商品住宅销售价格环比下降0.3%。19个城市中，上涨的城市有3个，下降的有14个。其中，郑州、洛阳分别上涨0.3%、0.2%。",
         "0.2%", "metric", "新建商品住宅销售价格"),
        # a daily average after a total is the average of the same measure, never the total
        ("全省综合交通运输累计发送旅客2136.8万人次，日均427.4万人次，同比增长8.6%。", "427.4万人次", "metric", "日均综合交通运输发送旅客"),
        # jieba's 价格比 hides the comparison: the measure is no actor
        ("芜湖市2023年统计公报。全年居民消费价格比上年上涨0.3%。", "0.3%", "subject", "芜湖市"),
        # a growth after the share of plan is the amount's growth
        ("1—6月，全省一般公共预算收入1836.42亿元，完成年初预算的53.6%，同比增长3.1%。", "3.1%", "metric", "一般公共预算收入"),
        # 国内增值税 is a tax, not the nation's
        ("湖南省财政预算执行情况。主要税种方面：国内增值税478.3亿元，增长5.2%。", "478.3亿元", "subject", "湖南省"),
        # how the change is counted is no measure: the measure before it changed
        ("全省共接待游客6843.2万人次，按可比口径同比增长9.6%。", "9.6%", "metric", "接待游客"),
        # a firm from abroad is the subject of its own investment, and the notice's place stays the park's
        ("苏州工业园区签约项目32个。德国克莱恩伯格集团投资1.6亿美元建设基地。", "1.6亿美元", "subject", "克莱恩伯格集团"),
        ("苏州工业园区举行签约活动\n32个项目总投资310亿元\n德国克莱恩伯格集团投资1.6亿美元。", "310亿元", "subject", "苏州工业园区"),
        # guests from a place are the host's: 澳门's hotels counted them
        ("澳门统计暨普查局资料显示。按客源统计，中国内地住客94.2万人次，按年增加9.1%。", "94.2万人次", "subject", "澳门"),
        # 从投向看: how the figures are broken down, not who acts
        ("湖北省金融运行情况。从投向看，制造业中长期贷款余额8432.6亿元。", "8432.6亿元", "subject", "湖北省"),
        # a span of fees: the fees, not the hotels before it
        ("豁免约2000多间酒店和旅馆1年的牌照费用。", "1年", "metric", "牌照费用"),
        # the tier of government paying a share is that share's subject
        ("洛阳市惠民殡葬政策。所需资金由市级财政承担60%、县（市、区）财政承担40%。", "60%", "subject", "市级财政"),
        ("洛阳市惠民殡葬政策。所需资金由市级财政承担60%、县（市、区）财政承担40%。", "40%", "subject", "县（市、区）财政"),
        # a headline's province names the city right after it: the notice is the city's
        ("甘肃庆阳算力规模提速\n已建成机架中上架1.78万架，上架率68.5%。", "68.5%", "subject", "庆阳"),
        # but not where the headline names two of its cities, or a line from one to another
        ("河北石家庄、保定两市启动重污染天气应急响应\n两市共停产限产企业320家。", "320家", "subject", "河北"),
        ("湖北武汉至宜昌高铁开工建设\n线路全长约320公里，总投资约800亿元。", "800亿元", "subject", "湖北"),
        # a record set is no item: the change in brackets stays the amount's
        ("全市社会消费品零售总额达到1200亿元，创历史新高（增长7.3%）。", "7.3%", "metric", "社会消费品零售总额"),
        ("全省规模以上工业增加值同比增长6.5%，其中：国有控股企业（增长5.1%）、外商及港澳台商投资企业（增长3.2%）。",
         "3.2%", "metric", "外商及港澳台商投资企业"),
        # (up to a preposition or an adverb)
        ("5000万元的资金缺口由市财政兜底。", "5000万元", "metric", "资金缺口"),
        ("35℃以上的高温天气将持续。", "35℃", "metric", "高温天气"),
        # bracketed changes of listed items whose names hold verbs, and a measure before its predicate
        ("全市固定资产投资增长3.1%，其中制造业投资（增长9.3%）、房地产开发投资（下降5.2%）。", "5.2%", "metric", "房地产开发投资"),
        ("其中创新药（增长21.3%）、文化创意产业（增长12%）。", "12%", "metric", "文化创意产业"),
        ("全市地区生产总值突破千亿大关（增长6.5%）。", "6.5%", "metric", "地区生产总值"),
        ("所需资金由市财政和区财政分别承担50%。", "50%", "subject", "市财政和区财政"),
        # items that each carry their own label
        ("全县共选派驻村工作队136支。按派出层级分，省派6支、市派21支、县派109支。", "109支", "metric", "县派"),
        # a plan is no actor
        ("卢氏县驻村帮扶工作总结。2025年，计划选派驻村工作队不少于130支。", "130支", "subject", "卢氏县"),
        # a figure opening its clause measures the noun it modifies
        ("二、优惠政策\n1.免票对象：身高1.2米以下的儿童。\n2.半价对象：淡季40元/人。\n3.20人以上的旅行社团队，门票每人优惠10元。",
         "20人", "metric", "旅行社团队"),
        ("这些目标与规划目标相衔接。其中，5.5%左右的增长目标，考虑了稳就业的需要。", "5.5%", "metric", "增长目标"),
        ("20人以上的团队享受优惠。", "20人", "metric", "团队"),
        # places listed and then summed are the figure's subject together, not the last of them
        ("江苏邮政管理局\n苏州、南京两市合计完成国际及港澳台快递业务量2150万件。", "2150万件", "subject", "苏州、南京两市"),
        ("四川省投资情况\n成都市、德阳市、眉山市共完成投资120亿元。", "120亿元", "subject", "成都市、德阳市、眉山市"),
        # 全省 of a notice that names only its cities is their province
        ("关于2024年长江禁渔执法专项行动情况的通报\n全年全省查办违法违规案件1,386件。\n安庆市　　402\n池州市　　268", "1,386件",
         "subject", "安徽省"),
        # counties listed and counted are the prefecture's, even when the headline names one of them
        ("阿坝州松潘县发生5.6级地震\n截至18日12时，地震共造成松潘县、黑水县、茂县3个县12个乡镇受灾。", "12个", "subject", "阿坝州"),
        # a table's total that the prose states is the prose's subject's (not 长江 of the headline)
        (CASES_TABLE_TOTAL, "1386", "subject", "安徽省"),
        (CASES_TABLE_TOTAL, "286.4", "subject", "安徽省"),
    ],
)
def test_rules_stay_within_what_they_are_sure_of(text, figure, field, expected):
    assert getattr(_facts_of(text)[figure], field) == expected


def test_合计净流出_stays_one_measure():
    assert _facts_of("三个科技板块主力资金合计净流出超230亿元。")["230亿元"].metric.endswith("主力资金合计净流出")


def test_新增_is_no_growth_but_what_is_added():
    fact = _facts_of("这家企业得到国际轮胎巨头新增12000吨钢丝的大订单。")["12000吨"]
    assert fact.metric.startswith("钢丝")


def test_the_agency_credited_for_a_photo_is_not_the_publisher():
    text = "商洛市营业收入达3亿元。（港台图片）\n工业利润增长5%。"
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    assert "港台" in {mention.text for mention in extraction.mentions}
    assert [fact.subject for fact in extraction.facts] == ["商洛市", "商洛市"]


def _figures_in(text):
    return [m.group(0) for m in re.finditer(r"(?:\d+(?:\.\d+)?|两)(?:万亿|万|亿)?多?(?:%|亿元|元|万吨|立方米|个|家|户|辆|套|斤)", normalize(text).text)]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # explicit in the clause
        ("商洛市新增省级绿色工业园区1个。", "1个", "商洛市"),
        # scope word resolves to the document's city
        ("商洛市位于秦岭。目前全市森林覆盖率达69.56%。", "69.56%", "商洛市"),
        # topic of the sentence carried to later clauses
        ("商洛高新区作为标杆园区,园区内工业用水重复利用率达93.46%,固废综合利用率超过95.12%。", "95.12%", "商洛高新区"),
        # carried from the previous sentence of the paragraph
        ("商洛高新区作为标杆园区,持续优化结构。成功培育国家级绿色工厂1家。", "1家", "商洛高新区"),
        # a firm listed before 等N家企业
        ("商洛市助力西部鑫兴等7家企业争创省级绿色工厂。", "7家", "西部鑫兴"),
        # the nation
        ("截至目前,我国已在国家层面创建绿色工厂3616家。", "3616家", "我国"),
        ("全国规模以上工业增加值增长5.9%。", "5.9%", "全国"),
        # the firm named right before its own measure
        ("银川市2个,银川市绿色交通建设项目和西部鑫兴年产3万吨电池项目。", "3万吨", "西部鑫兴"),
        # what, once built, yields the figure
        ("据测算,新通道建成后,每年节约的费用可达180亿元。", "180亿元", "新通道"),
        # 以上项目, 上述企业: the group referred to
        ("商洛市重大项目完成投资10亿元。以上项目1—7月份投资完成率均超过100%。", "100%", "以上项目"),
        # 这些高新区: the parks named before, not the nation that has them
        ("目前,我国已有178个国家高新区。这些高新区聚集了约70%的国家制造业创新中心。", "70%", "高新区"),
        ("我国设立了多个综合保税区。这些自贸区集聚了约20%的外资企业。", "20%", "自贸区"),
    ],
)
def test_subject_resolution_across_clauses_and_sentences(text, figure, subject):
    facts = {fact.figure.text: fact for fact in facts_for(text, [figure], SHANGLUO)}
    assert facts[figure].subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the place where, by 在/于, the clause happens beats the notice's own place
        ("我国土壤污染加重趋势得到遏制。“它们”，指的是安装在岳阳市各企业排水口的1000多套排污在线监测设备。", "1000多套", "岳阳市"),
        ("我国开放型经济稳步发展。落户于苏州工业园区的外资企业达200家。", "200家", "苏州工业园区"),
        # a place that only qualifies a noun stays out: visitors from the mainland are Macau's
        ("澳门九月入境旅客增长。内地旅客有1,821万人次。", "1,821万人次", "澳门"),
    ],
)
def test_the_place_a_clause_happens_in_is_its_subject(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("全市PM2.5平均浓度由低到高依次为：保康县（26微克/立方米）、南漳县（31微克/立方米）、谷城县（34微克/立方米）。", "31微克/立方米", "南漳县"),
        ("全市PM2.5平均浓度由低到高依次为：保康县26微克/立方米、南漳县31微克/立方米、谷城县34微克/立方米。", "34微克/立方米", "谷城县"),
        # but the last of listed names before a count of them all is none of them
        ("代表团访问了法国、德国、日本6个国家。", "6个", ""),
    ],
)
def test_each_name_in_a_list_of_names_and_figures_owns_its_figure(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_全市_is_the_city_whose_body_speaks_not_a_county_level_city_it_lists():
    text = ("襄阳市生态环境局关于全市环境质量状况的通报\n"
            "1－9月，全市环境空气质量优良天数214天。各县（市、区）中，枣阳市优良天数比例为80.1%，宜城市为79.5%。")
    assert _facts_of(text)["214天"].subject == "襄阳市"


def test_a_park_s_own_summary_is_about_the_park():
    text = ("西安高新区2024年工作总结\n来源：西安高新区管委会\n"
            "2024年，在西安市委、市政府的领导下，全区实现营业总收入2.61万亿元。新认定高新技术企业1286家。"
            "西安高新综合保税区进出口总值1980亿元。")
    facts = _facts_of(text)
    assert facts["2.61万亿元"].subject == "西安高新区"
    assert facts["1286家"].subject == "西安高新区"
    assert facts["1980亿元"].subject == "西安高新综合保税区"


def test_a_listed_firm_s_results_are_the_firm_s_even_where_a_place_is_named():
    text = ("星衡智能2024年营收38.62亿元\n"
            "合肥星衡智能装备股份有限公司（以下简称“星衡智能”，证券代码：688537）披露年报。报告期内，公司实现营业收入38.6亿元。\n"
            "分业务看，智能产线及装备业务实现收入29.47亿元，毛利率为33.52%。星衡智能获安徽省经济和信息化厅认定为省级智能工厂。")
    facts = _facts_of(text)
    assert facts["29.47亿元"].subject == "星衡智能"  # the short name the notice declares
    assert facts["33.52%"].subject == "星衡智能"  # the short name the notice declares


def test_a_firm_s_own_report_speaks_of_the_firm_as_ben_hang():
    text = ("丽水青田瓯江农村商业银行股份有限公司2024年度社会责任报告\n"
            "截至2024年末，本行涉农贷款余额112.60亿元。本行在青田县设立普惠金融服务站86个，首贷户新增1,204户。\n"
            "本行获评浙江省金融监管局评价一级。")
    facts = _facts_of(text)
    assert facts["112.60亿元"].subject == "丽水青田瓯江农村商业银行股份有限公司"
    assert facts["1,204户"].subject == "丽水青田瓯江农村商业银行股份有限公司"


def test_a_headline_naming_a_firm_without_its_own_voice_keeps_the_place():
    text = ("丽水青田瓯江农村商业银行股份有限公司2024年度社会责任报告获评优秀\n"
            "青田县涉农贷款余额112.60亿元，青田县首贷户新增1,204户。")
    assert _facts_of(text)["112.60亿元"].subject == "青田县"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # 全市 of a county-level city is that city, not the prefecture named once
        ("2024年，昆山市实现地区生产总值5140.6亿元。昆山市经济保持增长。全市规模以上工业总产值突破1.1万亿元，约占苏州市的四分之一。",
         "1.1万亿元", "昆山市"),
        # a statistics office reports a place's figures: the place its sentence opens with, carried on
        ("前3季度山东外贸进出口2.51万亿元\n本网讯 据青岛海关统计，今年前3季度，山东省货物贸易进出口2.51万亿元，同比增长4.8%。"
         "其中，出口1.52万亿元，增长6.3%。", "1.52万亿元", "山东省"),
        # an ownership word before a firm's name is no part of it, and a 中国企业 holds no 国企
        ("区属国企光谷金控集团有限公司今年完成融资86亿元。", "86亿元", "光谷金控集团有限公司"),
        # a division and a kind of reserve are no reserve's name
        ("截至目前，宁夏国家级自然保护区达到9处。", "9处", "宁夏"),
        ("银川市湿地公园数量达到25个。", "25个", "银川市"),
        # the measure's own words are no actor (专利|授权, 营|收), and a firm named before is no subject of a count of firms
        ("西安高新区2024年工作总结\n全区专利授权2.36万件。", "2.36万件", "西安高新区"),
        ("西安高新区2024年工作总结\n半导体产业规模突破1500亿元，光子产业营收约420亿元。", "420亿元", "西安高新区"),
        ("西安高新区2024年工作总结\n西安瀚微光子科技有限公司高端激光芯片产线建成投产。全年新增上市公司5家。", "5家", "西安高新区"),
        # a tax bureau's notice is its city's; 办理 is no actor
        ("国家税务总局青岛市税务局关于2024年减税降费情况的通报\n全市全年累计办理留抵退税118.3亿元。", "118.3亿元", "青岛市"),
        # 现场 is where, not who
        ("安徽科技成果转化交易会闭幕。现场发布重大科技成果120项。", "120项", "安徽"),
        ("长沙经开区一季度招商。德资企业博莱克精密部件（长沙）有限公司增资5000万美元。", "5000万美元", "博莱克精密部件（长沙）有限公司"),
        # 全市 is never a sight
        ("黄山风景区国庆假期接待游客18.6万人次。黄山市全市共接待游客150万人次。", "150万人次", "黄山市"),
        # where a team acted is not what it counted
        ("莒县2024年招商工作成效明显。3月，招商团一行在杭州签约项目12个。", "12个", "莒县"),
        # a headline park visiting a city named throughout is not the notice's subject
        ("苏州工业园区代表团来我市考察\n襄阳市委书记会见代表团。襄阳市与园区签署协议。代表团一行先后参观了12家重点企业。"
         "襄阳市相关部门负责人陪同。", "12家", "襄阳市"),
    ],
)
def test_review_of_session_9_subjects(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_a_breakdown_s_rates_measure_the_paragraph_s_measure_not_a_part_or_a_share():
    facts = _facts_of("全省居民消费价格上涨0.3%，城市上涨0.4%，农村上涨0.1%。19个城市中，上涨的城市有12个。其中，郑州、洛阳分别上涨0.5%、0.2%。")
    assert facts["0.5%"].metric == "居民消费价格"
    facts = _facts_of("全省规模以上工业增加值增长6.5%，高技术制造业增加值占规模以上工业的比重为15.3%。全省17个市中，15个市实现增长。"
                      "其中，郑州、洛阳分别增长8.1%、7.2%。")
    assert facts["8.1%"].metric == "规模以上工业增加值"


def test_a_notice_headed_by_a_city_s_body_is_the_city_s_not_a_district_in_an_address():
    text = ("国家税务总局青岛市税务局关于2024年度减税降费政策落实情况的通报\n"
            "2024年，新增减税降费及退税缓费287.4亿元。\n"
            "纳税人如有疑问，可到市南区东海西路办税服务厅咨询。")
    assert _facts_of(text)["287.4亿元"].subject == "青岛市"


def test_a_notice_headed_by_a_county_s_body_is_the_county_s_not_the_city_that_set_its_targets():
    text = ("固始县人力资源和社会保障局关于2024年度全县就业工作情况的公告\n"
            "1.全年城镇新增就业6852人，完成信阳市下达目标任务6500人的105.4%；失业人员再就业2136人。\n"
            "2.全年发放创业担保贷款4.86亿元。")
    facts = _facts_of(text)
    assert facts["6852人"].subject == "固始县"
    assert facts["4.86亿元"].subject == "固始县"


def test_the_whole_society_is_the_headline_s_place_or_the_nation():
    county = "2026年肥西县人民政府工作报告（摘要）\n2025年，全社会研发投入强度达3.4%。"
    assert _facts_of(county)["3.4%"].subject == "肥西县"
    nation = "2025年研发经费投入情况\n2025年，全社会研发投入强度达2.8%。江苏省研发投入增长5%。江苏省专利增长3%。"
    assert _facts_of(nation)["2.8%"].subject == "全国"


def test_named_sites_of_one_kind_listed_before_分别_each_own_their_figure():
    text = ("沙畈水库、安地水库、九峰水库水位分别为166.42米、115.36米、97.84米，"
            "其中沙畈水库、安地水库分别超汛限水位0.42米、0.36米。")
    facts = _facts_of(text)
    assert [(facts[f].subject, facts[f].metric) for f in ("166.42米", "115.36米", "97.84米")] == [
        ("沙畈水库", "水位"), ("安地水库", "水位"), ("九峰水库", "水位")]
    assert (facts["0.36米"].subject, facts["0.36米"].metric) == ("安地水库", "超汛限水位")


def test_a_breakdown_by_kind_measures_parts_of_the_notice_s_place_not_new_subjects():
    text = ("湖南春运40天全省跨区域人员流动量6128.4万人次。分方式看，铁路发送旅客1205.6万人次；"
            "高速公路小客车出行4040.1万人次，同比增长9.6%；水路发送旅客48.2万人次。")
    facts = _facts_of(text)
    assert {facts[f].subject for f in ("1205.6万人次", "4040.1万人次", "9.6%", "48.2万人次")} == {"湖南"}
    assert facts["4040.1万人次"].metric.startswith("高速公路小客车")
    by_area = _facts_of("湖南春运发送旅客6128万人次。分地区看，长沙发送旅客512万人次。")
    assert by_area["512万人次"].subject == "长沙"


def test_places_counted_after_a_list_are_the_province_s():
    facts = _facts_of("9月28日起，合肥、六安、安庆等6个市32个县先后启动中晚籼稻最低收购价执行预案。")
    assert (facts["6个"].subject, facts["32个"].subject) == ("安徽省", "安徽省")


def test_the_firm_a_project_is_built_by_is_its_subject():
    facts = _facts_of("6月28日，由甘肃河西澜风新能源有限公司投资建设的酒泉市瓜州县北大桥第七风电场100万千瓦项目实现全容量并网。")
    assert (facts["100万千瓦"].subject, facts["100万千瓦"].metric) == ("甘肃河西澜风新能源有限公司", "北大桥第七风电场")


def test_parts_listed_after_其中_are_of_the_whole_s_subject_and_anomalies_keep_their_measure():
    facts = _facts_of("前三季度，全省交通基础设施完成投资686.4亿元。其中，高速公路完成投资412.8亿元，农村公路完成投资96.3亿元。")
    assert (facts["412.8亿元"].subject, facts["96.3亿元"].subject) == ("全省", "全省")
    assert facts["412.8亿元"].metric == "高速公路完成投资"
    climate = _facts_of("7月，全省平均降水量112.6毫米，较常年同期偏少3成。细颗粒物（PM2.5）年均浓度为35.2微克/立方米。")
    assert (climate["3成"].metric, climate["3成"].figure.change) == ("平均降水量", "decrease")
    assert climate["35.2微克/立方米"].metric == "细颗粒物年均浓度"


def test_a_station_s_reading_and_a_bulleted_line_s_lead_are_subjects():
    facts = _facts_of("7月，全省各地月平均气温在26.8℃（大陈岛站）至31.9℃（衢州站）之间。极端最高气温出现在丽水站，为41.7℃。"
                      "月降水量最大为苍南站356.4毫米。全市新建充电站120座。")
    assert [facts[f].subject for f in ("26.8℃", "31.9℃", "41.7℃", "356.4毫米")] == ["大陈岛站", "衢州站", "丽水站", "苍南站"]
    assert (facts["41.7℃"].metric, facts["356.4毫米"].metric) == ("极端最高气温", "月降水量")
    assert facts["120座"].subject != "充电站"
    bullets = _facts_of("国庆假期洛阳夜间经济火热。\n● 洛邑古城：假期累计接待游客168.5万人次。\n● 老城十字街：参与活动商户达612家。")
    assert (bullets["168.5万人次"].subject, bullets["612家"].subject) == ("洛邑古城", "老城十字街")


def test_a_converted_list_is_the_same_measure_item_by_item():
    facts = _facts_of("中晚籼稻、粳稻（三等）最低收购价分别为每斤1.29元、1.31元，折合每公斤2.58元、2.62元。")
    assert facts["1.29元"].metric == "中晚籼稻" and facts["2.58元"].metric == "中晚籼稻（折合每公斤）"
    assert facts["2.62元"].metric.startswith(facts["1.31元"].metric)


def test_a_trade_partner_is_where_exports_go_not_who_exports():
    facts = _facts_of("上半年，常州市锂电池出口值186.3亿元。出口市场中，德国、美国、韩国位列前三。"
                      "上半年，对德国出口52.6亿元，增长15.4%；对美国出口44.9亿元，下降6.8%。")
    assert {facts[f].subject for f in ("52.6亿元", "15.4%", "44.9亿元", "6.8%")} == {"常州市"}
    assert (facts["44.9亿元"].metric, facts["6.8%"].metric) == ("对美国出口", "对美国出口")


def test_a_numbered_list_takes_the_period_of_the_line_introducing_it():
    text = ("2024年，全县地区生产总值增长6.1%。\n综合考虑各方面因素，2025年全县经济社会发展的主要预期目标是：\n1.地区生产总值增长6.5%左右；\n"
            "2.一般公共预算收入增长5%以上，达到72.6亿元；\n- 6 -\n3.粮食产量达到5.2万吨。")
    facts = _facts_of(text)
    assert {facts[f].time for f in ("6.5%", "72.6亿元", "5.2万吨")} == {"2025年"}


def test_a_list_takes_the_period_its_intro_gives_in_brackets_and_capital_is_no_week():
    facts = _facts_of("本周全省电力供应平稳。\n分类型看（截至2025年6月底）：\n（一）光伏发电装机3542万千瓦；\n（二）风电装机1367万千瓦。")
    assert facts["3542万千瓦"].time == facts["1367万千瓦"].time == "截至2025年6月底"
    capital = _facts_of("随着算力资本周期的来临，小金属需求增长。2025年，全市规上工业增加值增长6.1%。")
    assert capital["6.1%"].time.startswith("2025年")


def test_what_a_survey_counted_is_not_who_acts_but_who_surveyed_is():
    birds = _facts_of("鄱阳湖保护区越冬水鸟调查结果出炉\n越冬水鸟同步调查结果显示，保护区共监测到越冬水鸟72种。")
    assert birds["72种"].subject != "越冬水鸟"
    members = _facts_of("香港中小型企业总商会会长表示，商会去年底进行的调查显示，约七成受访会员企业有意申请。")
    assert members["七成"].subject == "商会"


@pytest.mark.parametrize("intro", ["一季度，全市主要经济指标：", "上半年，全市经济运行情况如下：", "1-9月，全市主要指标："])
def test_a_numbered_list_takes_any_period_its_intro_names_not_the_headline_s_year(intro):
    facts = _facts_of(f"某市2024年统计公报\n{intro}\n1.地区生产总值同比增长5.3%。\n2.规上工业增加值增长6.1%。")
    period = intro.split("，")[0]
    assert facts["5.3%"].time.startswith(period) and facts["6.1%"].time == period


def test_an_amount_in_capital_numerals_measures_what_its_arabic_twin_does():
    facts = _facts_of("中标金额：1,286,400.00元（大写：壹佰贰拾捌万陆仟肆佰元整）。")
    assert facts["壹佰贰拾捌万陆仟肆佰元"].figure.value == 1286400
    assert facts["壹佰贰拾捌万陆仟肆佰元"].metric == facts["1,286,400.00元"].metric == "中标金额"


def test_a_village_named_after_a_family_is_the_notice_s_place():
    facts = _facts_of("伍家台村：一片茶叶富了一个村\n隆冬时节，走进宣恩县万寨乡伍家台村，茶园绿意盎然。\n"
                      "伍家台村辖7个村民小组，共426户1583人。2024年，全村干茶产量412吨。")
    assert {facts[f].subject for f in ("7个", "426户", "412吨")} == {"伍家台村"}


def test_the_city_whose_body_publishes_a_notice_is_its_place_not_the_first_district_it_lists():
    text = ("# 三季度全市道路交通事故死亡人数同比下降15.1%\n常州市公安局交通警察支队　发布时间：2025-10-15\n"
            "三季度涉及电动自行车的事故121起、死亡27人。\n**三、分地区情况**\n| 地区 | 事故起数（起） |\n| --- | ---: |\n"
            "| 天宁区 | 38 |\n| 钟楼区 | 35 |\n| 合计 | 73 |\n")
    facts = _facts_of(text)
    assert facts["121起"].subject == "常州市" and facts["38"].subject == "天宁区"
    assert facts["73"].subject in ("合计", "常州市")


def test_a_university_s_report_is_about_the_university_and_its_class_is_a_period():
    facts = _facts_of("兰州交通大学2025届毕业生就业质量年度报告\n学校2025届毕业生共8,426人，其中本科生6,112人。\n"
                      "截至2025年8月31日，2025届毕业生毕业去向落实率为91.37%。到西部地区就业的占63.2%，在甘肃省内就业的占41.6%。")
    assert "2025届" not in facts  # a graduating class, not 2025 of anything
    assert facts["8,426人"].subject == facts["91.37%"].subject == "兰州交通大学"
    assert facts["8,426人"].time == "2025届" and facts["91.37%"].time == "截至2025年8月31日 2025届"  # the class as of the day


def test_the_first_months_of_this_year_are_the_period_not_the_year():
    facts = _facts_of("今年首季，全区实现外贸进出口36.8亿元。\n今年头两个月，全省新能源汽车销量为8.6万辆。\n"
                      "今年首十一个月，本港出口货值按年上升14.1%。\n今年汛期，全市平均降水量为865.3毫米。")
    assert facts["36.8亿元"].time == "今年首季" and facts["8.6万辆"].time == "今年头两个月"
    assert facts["14.1%"].time.startswith("今年首十一个月") and facts["865.3毫米"].time == "今年汛期"


def test_a_shopping_festival_s_and_a_ski_season_s_days_are_periods():
    facts = _facts_of("10月10日至11月11日“双十一”促销期间，全省实现网络零售额2,386.5亿元。\n"
                      "2025—2026冰雪季开季以来，全市累计接待游客2,186.4万人次。开季以来，全市雪场接待滑雪者86.5万人次。")
    assert "促销期间" in facts["2,386.5亿元"].time
    assert _facts_of("直播电商表现亮眼。促销期间全省直播电商零售额698.2亿元。")["698.2亿元"].time == "促销期间"
    table = _facts_of("2025年“双十一”期间全省网络零售额2,386.5亿元。\n“双十一”促销期间各设区市网络零售情况\n"
                      "| 地区 | 网络零售额（亿元） | 同比（%） |\n| --- | --- | --- |\n| 杭州市 | 1,066.9 | 13.5 |\n\n"
                      "开季以来重点区（市）接待情况\n| 区（市） | 接待游客（万人次） |\n| --- | --- |\n| 道里区 | 612.5 |\n")
    assert table["1,066.9"].time == table["13.5"].time == "双十一促销期间" and table["612.5"].time == "开季以来"
    assert facts["2,186.4万人次"].time == "2025—2026冰雪季开季以来" and facts["86.5万人次"].time == "开季以来"


def test_the_year_a_growth_is_compared_with_dates_no_later_clause():
    facts = _facts_of("一季度，全市规上工业营业收入增长6.1%，增速较去年全年提高2.4个百分点；利润总额增长12.3%。\n"
                      "今年首十个月，澳门入境旅客累计3,296万人次，已超越2019年全年水平；当中内地旅客占2,376万人次。")
    assert facts["12.3%"].time == "一季度" and facts["2,376万人次"].time == "今年首十个月"


def test_cities_listed_as_what_a_city_trails_are_not_what_its_scope_words_mean():
    facts = _facts_of("我市研发投入强度为2.86%，但仍低于深圳（5.8%）、苏州（4.1%）等先进城市。")
    assert facts["2.86%"].subject == "我市" and facts["4.1%"].subject == "苏州"


def test_a_gap_to_an_average_measures_what_the_sentence_measured():
    facts = _facts_of("示范区内水稻平均亩产达到652.3公斤，比全县平均水平高出87.6公斤。全省大中型水库蓄水总量为186.4亿立方米，较多年同期均值偏多12.6%。")
    assert facts["87.6公斤"].metric == "水稻平均亩产" and facts["12.6%"].metric == "大中型水库蓄水总量"


def test_a_season_s_work_dates_what_was_done_in_it():
    facts = _facts_of("秋收期间，全省累计投入各类农机具42.6万台。专项整治期间，共排查隐患300处。汛期期间，全县转移群众2000人。")
    assert facts["42.6万台"].time == "秋收期间" and facts["300处"].time == "专项整治期间" and facts["2000人"].time == "汛期期间"


def test_a_table_of_months_by_year_measures_what_its_caption_names():
    facts = _facts_of("2025年7月至11月幸運博彩毛收入如下：\n| 月份 | 2025年（百萬澳門元） | 2024年（百萬澳門元） | 按年變動（%） |\n"
                      "| --- | --- | --- | --- |\n| 7月 | 19,752 | 18,545 | 6.5 |\n| 8月 | 22,156 | 19,754 | 12.2 |\n")
    assert facts["19,752"].metric == facts["12.2"].metric == "幸运博彩毛收入"
    assert facts["19,752"].time == "2025年7月" and facts["19,752"].figure.value == 19752000000
    assert facts["18,545"].time == "2024年7月"  # the column's year, the row's month


def test_a_table_takes_the_day_its_caption_names_over_the_caption_s_year():
    facts = _facts_of("表1　2025年冬修水利投资完成情况（截至12月5日）\n设区市　　　年度计划（亿元）　完成投资（亿元）　完成率（％）\n"
                      "赣州市　　　　　21.4　　　　　　10.6　　　　　　49.5\n吉安市　　　　　15.8　　　　　　7.9　　　　　　50.0\n\n"
                      "表2  2025年1～10月全市分产业固定资产投资\n| 指标 | 同比增长(%) | 占全部投资比重(%) |\n| --- | ---: | ---: |\n"
                      "| 第一产业 | 15.3 | 2.6 |\n| 第二产业 | 11.9 | 43.8 |\n")
    assert facts["10.6"].time == facts["49.5"].time == "截至12月5日"
    assert facts["15.3"].time == facts["43.8"].time == "2025年1~10月"
    as_of = _facts_of("截至11月9日部分市（州）秋粮收获进度\n| 地区 | 已收获面积（万亩） | 收获进度（%） |\n| --- | ---: | ---: |\n"
                      "| 长春市 | 1,862 | 99.1 |\n| 松原市 | 1,405 | 98.8 |\n")
    assert as_of["1,862"].time == as_of["98.8"].time == "截至11月9日"
    wrapped = _facts_of("安徽华澄注册资本12,000万元，注册地址位于滁州经济技术开发区。截至2025年9月30日，\n被担保人主要财务数据如下（未经审计）：\n\n"
                        "  被担保人   资产总额（万元）  负债总额（万元）  资产负债率（％）\n"
                        "  盐城华澄      141,208.19         80,954.73           57.33\n"
                        "  安徽华澄       52,814.90         42,593.06           80.65\n")
    assert wrapped["141,208.19"].time == wrapped["80.65"].time == "截至2025年9月30日"


def test_an_organization_cited_as_the_source_is_not_the_subject():
    facts = _facts_of("第十五届东北亚博览会闭幕\n据大会组委会统计，本届博览会意向成交额达48.62亿美元，同比增长12.4%。")
    assert facts["48.62亿美元"].subject != "大会组委会"


def test_bulleted_places_are_subjects_and_share_the_measure_of_the_item_before():
    facts = _facts_of("上半年苏州发明专利授权量9863件\n分地区看：\n- 苏州工业园区发明专利授权2316件，占全市23.5%；\n"
                      "- 昆山市1478件，占全市15.0%；\n- 苏州高新区1052件，同比增长18.9%。")
    assert [facts[f].subject for f in ("2316件", "1478件", "1052件")] == ["苏州工业园区", "昆山市", "苏州高新区"]
    assert facts["1478件"].metric == facts["1052件"].metric == "发明专利授权"


def test_a_body_announcing_figures_is_their_source_not_their_subject():
    facts = _facts_of("澳门11月赌收202.3亿澳门元\n博彩监察协调局今日(1日)公布，今年11月幸运博彩毛收入为202.3亿澳门元。"
                      "治安警察局数字显示，11月入境旅客约325.6万人次。")
    assert facts["202.3亿澳门元"].subject == facts["325.6万人次"].subject == "澳门"


def test_a_measure_never_opens_or_ends_on_punctuation_and_life_expectancy_is_no_age():
    facts = _facts_of("包1：交互式智能平板，型号：RK-86T，数量：326台，单价：12850元。全市人均预期寿命达81.36岁。")
    assert not facts["12850元"].metric.startswith((":", "："))
    assert "寿命" in facts["81.36岁"].metric


def test_a_park_introduced_with_its_short_name_is_the_subject_of_its_page_and_of_园区_and_全区():
    facts = _facts_of("园区概况\n芜湖经济技术开发区（简称“芜湖经开区”）位于芜湖市主城区北部，是安徽省首个国家级经济技术开发区。"
                      "全区规划面积112平方公里。\n2024年，经开区地区生产总值达到1086.5亿元。\n园区已集聚各类市场主体4600余家。")
    assert {facts[f].subject for f in ("112平方公里", "1086.5亿元", "4600余家")} == {"芜湖经济技术开发区"}


def test_a_body_s_name_on_the_first_line_is_no_headline_the_line_after_it_is():
    facts = _facts_of("江苏省统计局\n2025年1-9月昆山市经济运行情况\n前三季度，全市实现地区生产总值4020亿元，同比增长5.6%。")
    assert facts["4020亿元"].subject == "昆山市"


def test_a_character_lost_inside_a_figure_breaks_neither_its_sentence_nor_its_clause():
    facts = _facts_of("前三季度，西安高新区实现地区生产总值2？85.6亿元，同比增长7.2%。外贸进出口总额达�?12.4亿元，同比增长6.1%。")
    assert facts["85.6亿元"].figure.damaged and facts["12.4亿元"].figure.damaged
    assert (facts["7.2%"].metric, facts["6.1%"].metric) == ("地区生产总值", "外贸进出口总额")
    seed = _facts_of("涉矿产业产值占比下降到目前的44.6%，全?。?40万千瓦时。")
    assert seed["40万千瓦时"].figure.damaged and seed["40万千瓦时"].metric == ""  # no measure borrowed for a damaged figure


def test_a_bare_holiday_is_the_holiday_the_headline_names():
    facts = _facts_of("2023年中秋国庆假期西安旅游市场火爆\n假期期间，全市62家A级旅游景区共接待游客843.5万人次。")
    assert facts["843.5万人次"].time == "中秋国庆假期"


def test_a_park_s_own_account_is_about_the_park():
    facts = _facts_of("点击上方蓝字 关注“合肥经开区发布”\n# 经开区1-5月经济运行简报\n原创 经济发展局　合肥经开区发布　发表于安徽\n"
                      "今年以来，合肥经济技术开发区主要经济指标保持平稳增长。1-5月，全区规模以上工业总产值完成1286.4亿元，同比增长9.8%。")
    assert facts["1286.4亿元"].subject in ("合肥经开区", "合肥经济技术开发区")


def test_a_change_after_an_amount_is_of_the_amount_s_subject_not_of_a_partner_named_before():
    facts = _facts_of("前10个月，安徽对东盟进出口812.4亿元，增长14.2%，东盟继续保持我省第一大贸易伙伴地位；"
                      "对欧盟进出口798.6亿元，增长5.1%；对美国进出口611.5亿元，下降3.8%。")
    assert {facts[f].subject for f in ("798.6亿元", "5.1%", "611.5亿元", "3.8%")} == {"安徽"}


def test_an_insurance_or_a_school_stage_counted_is_the_measure_not_the_subject():
    facts = _facts_of("绵阳市上半年就业和社会保险工作情况\n6月末，全市失业保险参保52.73万人；失业人员再就业1.05万人。全年普通高中招生8370人。")
    assert {facts[f].subject for f in ("52.73万人", "1.05万人", "8370人")} == {"绵阳市"}


def test_domestic_passengers_of_an_airport_are_the_airport_s_not_the_nation_s():
    facts = _facts_of("南宁吴圩国际机场2024年旅客吞吐量突破1600万人次\n全年国内旅客吞吐量1555.16万人次，国际及地区旅客吞吐量68.42万人次。")
    assert facts["1555.16万人次"].subject not in ("全国", "国内")


def test_a_count_of_cities_counts_them_before_what_they_did():
    facts = _facts_of("长三角27市实现地区生产总值25万亿元。")
    assert facts["27市"].figure.kind == "count" and not any(ch.isdigit() for ch in facts["27市"].metric)


def test_a_brand_delivering_cars_is_a_firm_and_a_market_s_boards_are_parts_of_it():
    facts = _facts_of("新能源车企10月交付数据出炉。\n澜驰汽车10月交付新车31207辆，同比增长42.1%。")
    assert (facts["31207辆"].subject, facts["42.1%"].subject) == ("澜驰汽车", "澜驰汽车")
    market = _facts_of("9月A股市场统计快报\n9月末A股总市值97.62万亿元。其中，科创板上市公司589家，创业板上市公司1380家。"
                       "科创板总市值8.1万亿元。\n再融资方面，9月份共有23家上市公司完成再融资。")
    assert market["23家"].subject == "A股"


def test_a_town_s_summary_names_its_villages_and_their_figures():
    facts = _facts_of("木港镇2025年上半年工作总结\n全镇村级集体经济收入均达到10万元以上，其中木港村达到68.5万元。"
                      "完成高标准农田建设2300亩，金河村新发展油茶种植460亩。坳头村新建村级光伏电站1座。")
    assert [facts[f].subject for f in ("10万元", "68.5万元", "2300亩", "460亩", "1座")] == ["木港镇", "木港村", "木港镇", "金河村", "坳头村"]
    assert facts["68.5万元"].metric == "村级集体经济收入"


def test_a_national_survey_team_reports_its_own_city():
    facts = _facts_of("据国家统计局郑州调查队调查，8月份，郑州市居民消费价格（CPI）同比上涨0.6%。")
    assert facts["0.6%"].subject == "郑州市"


def test_a_body_cited_as_the_source_is_not_the_subject():
    facts = _facts_of("婺源县国庆假期接待游客186.3万人次\n今年国庆假期，我县乡村旅游市场持续火热。据县文广新旅局统计，"
                      "假期七天全县共接待游客186.3万人次，同比增长12.4%。自驾游客占比68.2%。")
    assert {facts[f].subject for f in ("12.4%", "68.2%")} == {"婺源县"}


def test_review_a_station_an_airport_or_a_national_source_does_not_take_over_the_notice_s_place():
    travel = _facts_of("2025年春运工作总结\n春运40天，杭州全市累计发送旅客1860万人次，同比增长6.2%。\n"
                       "杭州东站累计发送旅客520万人次。杭州萧山国际机场完成旅客吞吐量320万人次，增长12%。\n"
                       "全市道路客运发送旅客860万人次，下降3.1%。")
    assert travel["860万人次"].subject == "杭州"
    research = _facts_of("黄山市科学技术局关于2024年全市科技创新工作的通报\n"
                         "据国家统计局公布，2024年全社会研发经费投入3.6万亿元，比上年增长8.3%。")
    assert research["3.6万亿元"].subject == "全国"


def test_review_trade_partners_of_a_city_in_a_provincial_notice_stay_the_city_s():
    facts = _facts_of("浙江省前三季度外贸运行情况\n分地市看，宁波市进出口7200亿元，增长4.3%。"
                      "其中，对美国出口860亿元，下降6.8%；对欧盟出口950亿元，增长8.2%。")
    assert {facts[f].subject for f in ("860亿元", "6.8%", "950亿元")} == {"宁波市"}


def test_review_periods_that_are_frames_of_a_comparison_or_another_year_stay_theirs():
    facts = _facts_of("上半年，全市地区生产总值增长6.1%，增速比上年同期的水平提高1.2个百分点。"
                      "2020年入梅以来累计降水量达1100毫米。")
    assert facts["1.2个百分点"].time.startswith("上半年")
    assert facts["1100毫米"].time == "2020年入梅以来"
    industry = _facts_of("2025年一季度经济运行情况\n2024年产业投资增长10.2%。")
    assert industry["10.2%"].time == "2024年"


def test_review_headings_kinds_and_regions_are_not_mistaken_for_subjects():
    bullets = _facts_of("萧山区上半年经济运行\n● 上半年：全区地区生产总值增长5.8%。\n● 主要指标：规模以上工业增加值增长7.1%。")
    assert {bullets["5.8%"].subject, bullets["7.1%"].subject} == {"萧山区"}
    regions = _facts_of("全省完成投资2000亿元。其中，长三角地区完成投资900亿元。其中，皖北地区完成投资300亿元。")
    assert regions["300亿元"].subject != "长三角"
    kinds = _facts_of("全省大型水库、中型水库蓄水量分别为120亿立方米、35亿立方米。")
    assert kinds["120亿立方米"].subject not in ("全省大型水库", "大型水库")
    firm = _facts_of("园区企业杭州宇树科技有限公司实现营收12亿元。")
    assert firm["12亿元"].subject == "杭州宇树科技有限公司"


def test_parks_counted_in_a_province_own_what_they_achieve_and_the_count_is_the_province_s():
    facts = _facts_of("2024年，全省9家国家级高新区实现营业收入1.58万亿元，同比增长8.2%。")
    assert facts["9家"].subject == "全省"
    assert (facts["1.58万亿元"].subject, facts["8.2%"].subject) == ("国家级高新区", "国家级高新区")
    quarters = _facts_of("第二季私人消费开支按年实质下跌1.9%，跌幅较第一季的1.2%扩大0.7个百分点。")
    assert (quarters["1.2%"].time, quarters["0.7个百分点"].time) == ("第一季", "第二季")


def test_the_whole_port_of_a_port_notice_is_the_port_not_hong_kong():
    facts = _facts_of("连云港港9月运行情况\n9月，连云港港完成货物吞吐量2620万吨。1—9月，全港累计完成货物吞吐量2.34亿吨。")
    assert facts["2.34亿吨"].subject == "连云港港"
    hong_kong = _facts_of("根据教育局资料，全港中、小学生各有约22万人，港元开支增加。")
    assert hong_kong["22万人"].subject == "香港"
    port_before = _facts_of("1-9月全市港口生产保持平稳增长\n1-9月，连云港港完成货物吞吐量2.65亿吨。其中，全港完成集装箱吞吐量512万标准箱。")
    assert port_before["512万标准箱"].subject == "连云港港"
    other_port_later = _facts_of("海事处今日公布，8月全港货柜吞吐量为120.5万个标准箱，按年下跌5.2%。同期深圳港货柜吞吐量上升8.1%。")
    assert other_port_later["5.2%"].subject == "香港"


def test_a_county_named_by_its_own_government_is_the_notice_s_place():
    text = ("政府工作报告\n——在莒县第十九届人民代表大会第五次会议上\n莒县人民政府县长\n"
            "我们积极融入日照市发展大局。城镇、农村居民人均可支配收入分别达到41236元、22418元。")
    assert _facts_of(text)["22418元"].subject == "莒县"


def test_subject_of_a_notice_without_places_is_its_publishers_place():
    text = "(澳门电台消息) 统计暨普查局资料显示,9月入境旅客252万人次,按年上升9.9%。"
    entities = [("澳门电台", "organization", "澳门电台"), ("统计暨普查局", "government", "统计暨普查局")]
    (fact,) = facts_for(text, ["252万人次"], entities)
    assert fact.subject == "澳门"


@pytest.mark.parametrize(
    ("text", "figures", "times"),
    [
        ("目前全市森林覆盖率达69.56%。", ["69.56%"], ["目前"]),
        ("全市涉矿产业产值占比由2020年57.8%下降到目前的44.6%。", ["57.8%", "44.6%"], ["2020年", "目前"]),
        ("单位产值能耗较2022年下降9.17%。", ["9.17%"], ["较2022年"]),
        ("截至目前,绿色信贷余额达206.86亿元,同比增长8.84%。", ["206.86亿元", "8.84%"], ["截至目前", "同比"]),
        ("9月入境旅客252万人次,按年上升9.9%,恢复至2019年同月的91.4%。", ["252万人次", "9.9%", "91.4%"], ["9月", "9月", "9月"]),
        ("今年1至9月入境旅客2592万人次。旅客平均逗留1.2日,较去年同期减少0.1日。", ["2592万人次", "1.2日", "0.1日"], ["1至9月", "1至9月", "较去年同期"]),
        ("第1至3季内地旅客按年增加36.3%。", ["36.3%"], ["第1至3季"]),
        ("前4个月,国家高新区规上工业企业营收超10万亿元。", ["10万亿元"], ["前4个月"]),
        ("2015年,只有70.6%的受污染耕地得到安全利用;而现在,这一比例已经提高到93%左右。", ["70.6%", "93%"], ["2015年", "现在"]),
        ("如今,紫金山这片2.38万亩的土壤上花木茁壮成长。", ["2.38万亩"], ["如今"]),
        ("税务局公布2017/18年度的税收临时数字,整体税收达到3286亿元。", ["3286亿元"], ["2017/18年度"]),
        ("2020—2024年,高技术制造业增加值年均增长8.7%。", ["8.7%"], ["2020—2024年"]),
        ("党的十八大以来,68个历史遗留矿山修复示范工程陆续展开。", ["68个"], ["党的十八大以来"]),
        ("局方预计来年整体税收上升4%。", ["4%"], ["来年"]),
        ("截至今年 (2024年) 10月20日,经港珠澳大桥出入境车辆1,273万辆次。", ["1,273万辆次"], ["10月20日"]),
        ("在去年4月起生效的15%新住宅印花税税率。", ["15%"], ["去年4月起"]),
        ("截至股东询价转让计划书发布前最后一个交易日,晶丰明源收报187.68元。", ["187.68元"], ["最后一个交易日"]),
        ("增加值从2020年的31.3万亿元增长到2024年的40.5万亿元,5年来增量将达到8万亿元。", ["31.3万亿元", "40.5万亿元", "8万亿元"], ["2020年", "2024年", "5年来"]),
        ("6月1日,退市华嵘等4家公司集中进入退市整理期。", ["4家"], ["6月1日"]),
        ("全国今年首两个月社会消费品零售总额52,130亿元。", ["52,130亿元"], ["首两个月"]),
        ("该公司2021年至2023年连续三年虚增营业收入超7.33亿元。", ["7.33亿元"], ["2021年至2023年"]),
        ("统计暨普查局公布,上月(9月)综合消费物价指数按年上升0.59%。", ["0.59%"], ["9月"]),
        ("主要原因是受疫情影响,2020年同期规模以上工业增加值同比下降23.2%。", ["23.2%"], ["2020年"]),
        ("力争今年实现销售额1000亿元,到“十四五”末,有望实现销售规模5000亿元。", ["1000亿元", "5000亿元"], ["今年", "十四五"]),
        ("广东固定资产投资比2019年同期增长15.5%。", ["15.5%"], ["比2019年同期"]),
        ("翔鹭钨业发布2026年6月份上半月报价:黑钨精矿为518000元/标吨。", ["518000元"], ["2026年6月份上半月"]),
        ("监测显示,3月上旬与2月下旬相比,11种产品价格上涨。", ["11种"], ["3月上旬"]),
        ("今年暑期,全省共举办各类文旅活动1200余场。", ["1200余场"], ["今年暑期"]),
        # a week, an academic year, a season of years, hours of a day, a storm's days
        ("本周(6月2日—6月8日),全市监测的30种主要农产品中,价格上涨的11种。", ["30种", "11种"], ["本周", "本周"]),
        ("2024/2025学年初,全县共有各级各类学校474所。", ["474所"], ["2024/2025学年初"]),
        ("2024—2025年度越冬水鸟调查结果显示,共监测到越冬水鸟72种、61.38万只。", ["72种", "61.38万只"], ["2024—2025年度", "2024—2025年度"]),
        ("截至10日12时,台风共造成86.42万人次受灾。", ["86.42万人次"], ["截至10日12时"]),
        ("强降雨方面,7日8时至10日8时,湛江市累计面雨量186.4毫米。", ["186.4毫米"], ["7日8时至10日8时"]),
        ("台风期间,全省累计停电用户68.2万户。", ["68.2万户"], ["台风期间"]),
        # a day's hour; a season of this year (not 如今夏季)
        ("7月16日13时42分,浙江全省最高用电负荷达到12376万千瓦。", ["12376万千瓦"], ["7月16日13时42分"]),
        ("预计今夏全省最高用电负荷将达到1.28亿千瓦左右。", ["1.28亿千瓦"], ["今夏"]),
        # a rolling three months; the period before it as a basis, with 分别 between
        ("2025年6月至8月总体失业率为1.9%。", ["1.9%"], ["2025年6月至8月"]),
        ("本地居民就业人口为28.25万人，较上一期分别减少1,700人及600人。", ["1,700人"], ["较上一期"]),
    ],
)
def test_time_is_the_period_as_written_with_the_comparison_basis(text, figures, times):
    facts = facts_for(text, figures)
    for fact, expected in zip(facts, times):
        assert expected in fact.time, (fact.figure.text, fact.time)


@pytest.mark.parametrize(
    "text, figure, time",
    [
        ("公司2025年营业收入3.8亿元，较上一年度增长31.6%。", "31.6%", "2025年 较上一年度"),
        ("全市平均降水量较多年同期均值偏多12.6%。", "12.6%", "较多年同期均值"),
        ("台积电2025财年营收3.8兆元，较上一财年增长31.6%。", "31.6%", "2025财年 较上一财年"),
        ("第四财季净利润为1,234亿元。", "1,234亿元", "第四财季"),
        ("本财年公司营收预计为120亿元。", "120亿元", "本财年"),
        ("国庆期间，全市旅游饭店平均客房出租率达82.6%。", "82.6%", "国庆期间"),
        ("全国建物买卖移转登记栋数为65,218栋，较上季68,146栋减少4.3%。", "68,146栋", "上季"),
        ("较去年同季84,259栋减少22.6%。", "84,259栋", "去年同季"),
        ("较去年同季84,259栋减少22.6%。", "22.6%", "较去年同季"),
        ("全市社零总额为100亿元，较上年同期95亿元增长5.3%。", "95亿元", "上年同期"),
        ("秋粮收购以来，全省累计收购秋粮1263万吨。", "1263万吨", "秋粮收购以来"),
        ("受冷空气影响，未来三天我市最高气温12℃。", "12℃", "未来三天"),
    ],
)
def test_the_basis_and_fiscal_period_are_named_whole(text, figure, time):
    # not "2025年 较": a bare comparison word is no period
    (fact,) = facts_for(text, [figure])
    assert fact.time == time


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("2023年我国轻工业实现利润1.4万亿元,同比增长3.8%。", "3.8%", "我国轻工业"),
        ("1—11月份,全国规模以上工业企业实现利润总额79750.1亿元。", "79750.1亿元", "全国规模以上工业企业"),
        ("1—11月份,采矿业实现利润总额9920.7亿元;电力、热力、燃气及水生产和供应业实现利润总额3700.5亿元。",
         "3700.5亿元", "电力、热力、燃气及水生产和供应业"),
        ("2022年轻工规模以上企业实现营业收入24万亿元。", "24万亿元", "轻工规模以上企业"),
        ("2023年,我国轻工业生产持续回升,实现营业收入22.2万亿元。", "22.2万亿元", "我国轻工业"),
    ],
)
def test_a_sector_that_earns_the_figure_is_its_subject(text, figure, subject):
    figures = [f for f in ("9920.7亿元",) if f in text and f != figure] + [figure]
    facts = {f.figure.text: f for f in facts_for(text, figures)}
    assert subject in facts[figure].subject


def test_a_preposition_before_the_sector_keeps_the_place_as_subject():
    text = "山东省把工业经济作为头号工程,上半年实施技改项目9296个。"
    (fact,) = facts_for(text, ["9296个"], [("山东省", "place", "山东省")])
    assert fact.subject == "山东省"


def test_a_sector_inside_a_list_leaves_the_place_as_subject():
    text = "1-2月,广东四大支柱行业电子、电气、电力和汽车业合计完成增加值占全省规模以上工业增加值46.7%。"
    (fact,) = facts_for(text, ["46.7%"], [("广东", "place", "广东省")])
    assert fact.subject == "广东"


def test_the_company_refers_to_the_firm_just_named():
    text = "以*ST沪科为例,公司2025年度扣非净利润亏损226.03万元,营业收入仅843.54万元。"
    facts = facts_for(text, ["226.03万元", "843.54万元"], [("*ST沪科", "firm", "*ST沪科")])
    assert [f.subject for f in facts] == ["*ST沪科", "*ST沪科"]


def test_places_counted_together_give_their_province():
    places = [("甘肃", "place", "甘肃省"), ("平凉", "place", "平凉市"), ("白银", "place", "白银市"), ("兰州", "place", "兰州市")]
    text = "甘肃爱心行动启动。截至目前已从平凉、白银和兰州三地共征集19所学校。"
    facts = facts_for(text, ["19所"], places)
    assert facts[0].subject == "甘肃"


def test_a_stake_belongs_to_the_firm_it_is_in():
    text = "晶丰明源发布公告,购买其合计持有的易冲科技100%股权。"
    (fact,) = facts_for(text, ["100%"], [("晶丰明源", "firm", "晶丰明源"), ("易冲科技", "firm", "易冲科技")])
    assert fact.subject == "易冲科技"


def test_market_indices_in_a_list_are_the_subjects():
    text = "截至收盘,上证指数、深证成指、创业板指分别下跌0.16%、0.68%、1.13%。"
    facts = facts_for(text, ["0.16%", "0.68%", "1.13%"])
    assert [f.subject for f in facts] == ["上证指数", "深证成指", "创业板指"]


def test_a_category_heading_owns_its_figures():
    text = "开支包括: 教育:(2017/18年度经常开支预算为786亿元,按年增31亿元,占政府经常开支21%)"
    facts = facts_for(text, ["786亿元", "31亿元", "21%"], [("香港", "place", "香港")])
    assert facts[2].subject == "教育"
    text = "- 支援旅游业:(1)豁免1800间旅行社1年的牌照费用"
    (fact,) = facts_for(text, ["1800间"], [("香港", "place", "香港")])
    assert fact.subject != "支援旅游业"


def test_all_of_hong_kong_is_hong_kong():
    text = "海洋公园将提供1万张入场券。不过,全港有近71万名中小学生。"
    facts = facts_for(text, ["1万张", "71万名"], [("海洋公园", "organization", "海洋公园"), ("香港", "place", "香港")])
    assert facts[1].subject == "香港"


def test_city_tiers_are_subjects():
    text = "初步测算,2月份一线城市新建商品住宅销售价格按年上涨3.5%。"
    (fact,) = facts_for(text, ["3.5%"], [("中国", "place", "中国")])
    assert fact.subject == "一线城市"


def test_a_news_agency_is_no_subject():
    text = "传真社翻查国统局数据,2019年公布的累计总额为55.15万亿元。"
    (fact,) = facts_for(text, ["55.15万亿元"], [("传真社", "organization", "传真社")])
    assert fact.subject != "传真社"


def test_a_body_announcing_data_on_a_dated_day_is_no_subject():
    text = "银保监会今天（2月3日）发布最新数据,2022年末,银行业金融机构总资产379.4万亿元。"
    (fact,) = facts_for(text, ["379.4万亿元"], [("银保监会", "government", "银保监会")])
    assert fact.subject != "银保监会"


def test_a_story_about_the_stock_market_has_the_market_as_subject():
    text = ("今年以来，A股退市公司共20家。A股市场退市常态化。处于退市整理期的公司共7家。\n"
            "整个A股市场超4000只股票下跌。")
    facts = {f.figure.text: f for f in facts_for(text, ["20家", "7家", "4000只"])}
    assert facts["7家"].subject == "A股"
    assert facts["4000只"].subject == "A股"


def test_a_bare_list_of_items_then_figures_pairs_them_in_order():
    text = "一季度,全国规模以上工业增加值、服务业增加值同比增长6.5%、5.3%,比上年全年分别加快0.7、0.3个百分点。"
    facts = facts_for(text, ["6.5%", "5.3%", "0.7", "0.3个百分点"])
    assert [f.metric for f in facts] == ["规模以上工业增加值", "服务业增加值", "规模以上工业增加值", "服务业增加值"]


def test_a_respectively_list_without_items_follows_the_sentence_s_earlier_figures():
    text = "2022年,我国企业承接服务外包合同额24371亿元人民币,执行额16514亿元,同比分别增长14.2%和10.3%。"
    facts = facts_for(text, ["24371亿元人民币", "16514亿元", "14.2%", "10.3%"])
    assert [f.metric for f in facts[2:]] == [facts[0].metric, "执行额"]
    assert facts[0].metric.endswith("合同额")


def test_a_park_named_after_its_city_is_the_subject():
    entities = [("上海", "place", "上海市"), ("浦东新区", "park", "浦东新区")]
    (fact,) = facts_for("今天,上海浦东新区启动7个科创策源重点平台。", ["7个"], entities)
    assert fact.subject == "浦东新区"


def test_a_route_between_two_places_is_one_subject():
    entities = [("贵阳", "place", "贵阳市"), ("南宁", "place", "南宁市")]
    (fact,) = facts_for("届时贵阳至南宁通行时间将从目前5个多小时缩短至2小时左右。", ["2小时"], entities)
    assert fact.subject == "贵阳至南宁"


def test_a_breakdown_measures_the_sentence_before_not_its_rate_words():
    text = "二手住宅销售价格环比上涨0.2%,涨幅比上月回落0.3个百分点。其中,北京和广州分别下跌0.2%和0.1%。"
    cities = [("北京", "place", "北京市"), ("广州", "place", "广州市")]
    facts = facts_for(text, ["0.2%", "0.3个百分点", "0.2%", "0.1%"], cities)
    assert [(f.subject, f.metric) for f in facts[2:]] == [("北京", "二手住宅销售价格"), ("广州", "二手住宅销售价格")]


def test_a_breakdown_opening_a_paragraph_counts_what_the_paragraph_before_totalled():
    text = ("我省共有87家企业入选第七批名单,较第六批增加12家。\n"
            "从区域分布看,南昌市22家、赣州市15家,新余市、鹰潭市各2家,11个设区市实现全覆盖。其中,南昌高新区9家、赣州经开区6家。")
    facts = _facts_of(text)
    assert [facts[f].metric for f in ("22家", "15家", "2家", "9家", "6家")] == ["企业"] * 5
    assert facts["11个"].metric == "设区市"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("济南市12345热线10月份共受理群众诉求32.6万件。\n随着气温下降，供暖相关诉求明显增多，10月份共受理1.86万件。", "1.86万件"),
        ("临平区公共租赁住房摇号公告。\n经资格审核，本批次符合条件的申请家庭共1,274户。", "1,274户"),
        ("通过技术改造，全县规上工业企业能耗下降5.2%。", "5.2%"),
    ],
)
def test_a_clause_saying_how_or_why_names_no_actor(text, figure):
    subject = _facts_of(text)[figure].subject
    assert subject not in ("气温", "资格", "技术改造", "技术")


def test_from_to_amounts_measure_what_the_previous_clause_raises():
    facts = facts_for("- 增加伤残受养人免税额,由现时6.6万元增至7.5万元", ["6.6万元", "7.5万元"])
    assert [f.metric for f in facts] == ["伤残受养人免税额", "伤残受养人免税额"]


def test_items_that_led_the_market_own_the_respective_figures():
    text = "申万一级行业中,有色金属、建筑材料、家用电器领涨,涨幅分别为1.83%、1.10%、0.93%。"
    facts = facts_for(text, ["1.83%", "1.10%", "0.93%"])
    assert [(f.subject, f.metric) for f in facts] == [("有色金属", "涨幅"), ("建筑材料", "涨幅"), ("家用电器", "涨幅")]
    text = "多项税收都创新高,包括薪俸税、物业税,收入分别为608亿元、34亿元。"
    facts = facts_for(text, ["608亿元", "34亿元"])
    assert [f.subject for f in facts] != ["薪俸税", "物业税"]


def test_a_listed_firm_s_price_move_is_its_share_price():
    text = "科技股表现分化,工业富联跌逾2%,绿的谐波跌逾13%。"
    entities = [("工业富联", "firm", "工业富联"), ("绿的谐波", "firm", "绿的谐波")]
    facts = facts_for(text, ["2%", "13%"], entities)
    assert [(f.subject, f.metric) for f in facts] == [("工业富联", "股价"), ("绿的谐波", "股价")]


def test_a_named_line_opening_the_clause_is_the_subject():
    (fact,) = facts_for("今天,贵南高铁广西段顺利完成铺轨。贵南高铁全长482公里,计划今年内开通运营。", ["482公里"])
    assert fact.subject == "贵南高铁"
    (fact,) = facts_for("今年1月中欧班列集装箱发送量同比增长13%。", ["13%"])
    assert fact.subject == "中欧班列"
    entities = [("德国", "place", "德国"), ("杜伊斯堡", "place", "杜伊斯堡")]
    (fact,) = facts_for("在德国杜伊斯堡港,中欧班列吸引的物流企业已超过100家。", ["100家"], entities)
    assert fact.subject != "中欧班列"
    (fact,) = facts_for("新建铁路1000公里。", ["1000公里"])
    assert fact.subject != "新建铁路"


def test_a_port_is_the_subject_and_not_part_of_the_metric():
    entities = [("深圳", "place", "深圳市"), ("深圳海关", "government", "深圳海关")]
    (fact,) = facts_for("据深圳海关统计,今年1月,深圳港外贸集装箱吞吐量285.3万标箱。", ["285.3万标箱"], entities)
    assert (fact.subject, fact.metric) == ("深圳港", "外贸集装箱吞吐量")


def test_a_budget_year_is_the_period_and_leaves_the_metric_whole():
    (fact,) = facts_for("国家下达新一批2025年度以工代赈中央投资50亿元。", ["50亿元"])
    assert (fact.metric, fact.time) == ("以工代赈中央投资", "2025年度")


def test_projects_settling_in_a_park_are_counted_for_the_park():
    entities = [("北京经开区", "park", "北京经济技术开发区"), ("北京", "place", "北京市")]
    (fact,) = facts_for("北京航天产业加快发展。同时,手机直连卫星等25个前沿商业航天项目落户北京经开区。", ["25个"], entities)
    assert (fact.subject, fact.metric) == ("北京经开区", "前沿商业航天项目")


def test_front_matter_keys_and_quotation_marks_are_no_part_of_a_metric():
    entities = [("东莞", "place", "东莞市")]
    facts = facts_for("title: '1021家企业入列名单'\n目前东莞有521家“倍增计划”试点企业。", ["1021家", "521家"], entities)
    assert facts[0].metric != "title"
    assert facts[1].metric == "倍增计划试点企业"


def test_a_broadcaster_reporting_is_no_subject():
    entities = [("央视", "organization", "中央广播电视总台"), ("拱北海关", "government", "拱北海关")]
    (fact,) = facts_for("央视报导,据拱北海关统计,经大桥口岸出入境车辆1273万辆次。", ["1273万辆次"], entities)
    assert fact.subject != "央视"


def test_a_national_headline_makes_the_notice_national():
    entities = [("港澳台", "place", "港澳台")]
    text = "1-11月全国规模以上工业企业实现利润总额79750.1亿元\n外商及港澳台商投资企业实现利润总额20645.0亿元。\n港澳台商投资企业利润增长。\n港澳台商投资企业户数增加。\n私营企业实现利润总额24984.3亿元。"
    facts = facts_for(text, ["24984.3亿元"], entities)
    assert facts[0].subject.startswith("全国")


def test_a_backdrop_since_a_congress_is_not_the_notice_period():
    facts = facts_for("党的十八大以来,西部大开发形成新格局。\n西部地区拥有全国72%的国土面积。", ["72%"])
    assert facts[0].time == ""


def test_a_period_opening_a_paragraph_holds_for_its_figures():
    facts = facts_for("这十年,现代农业生产基础进一步夯实。累计建成9亿多亩高标准农田。\n全国现有农产品市场4.4万家。", ["9亿多亩", "4.4万家"])
    assert [fact.time for fact in facts] == ["这十年", ""]


def test_a_day_opening_the_lead_dates_a_day_s_report():
    text = "A股市场冲高回落\n6月11日,A股市场冲高回落,三大指数集体低开。\n市场成交额为2.57万亿元。"
    facts = facts_for(text, ["2.57万亿元"])
    assert facts[0].time == "6月11日"


def test_last_month_s_value_does_not_date_the_breakdown():
    text = "2月份一线城市新建商品住宅销售价格按月持平,上月为上涨0.4%。其中,北京上涨0.1%。"
    facts = facts_for(text, ["0.4%", "0.1%"])
    assert facts[0].time.startswith("上月")
    assert "上月" not in facts[1].time


def test_until_the_close_is_no_period():
    (fact,) = facts_for("截至收盘,上证指数下跌0.16%。", ["0.16%"])
    assert fact.time == ""


def test_an_event_day_dates_its_own_sentence_only():
    text = "6月11日,本报将16所学校的资料报送组委会。截至目前,已有15所学校通过初审。"
    facts = {f.figure.text: f for f in facts_for(text, ["16所", "15所"])}
    assert facts["16所"].time == "6月11日"
    assert facts["15所"].time == "截至目前"
    (later,) = facts_for("活动启动\n组委会召开会议。6月11日,本报报送资料。组委会确认15所学校通过初审。", ["15所"])
    assert "6月11日" not in later.time


def test_bullets_under_a_heading_are_of_the_heading_s_period():
    text = ("一次性宽减2016/17年度税款：\n- 宽减75%的薪俸税,上限为2万元\n2017/18年度起推行税务宽减措施：\n"
            "- 增加伤残受养人免税额,由现时6.6万元增至7.5万元\n- 增加个人进修开支的最高扣除额至10万元")
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["2万元"].time == "2016/17年度"
    assert facts["7.5万元"].time == "2017/18年度"
    assert facts["10万元"].time == "2017/18年度"


HEADED_LISTS = (
    "全市经济运行情况\n2023年,全市地区生产总值增长5.2%。\n"
    "2023年12月11日至12日召开的中央经济工作会议提出：\n- 城镇新增就业1200万人以上\n"
    "2024年5月,市统计局发布数据：\n- 社会消费品零售总额850亿元\n"
    "以2020年为基数：\n- 单位GDP能耗下降13.5%\n"
    "2024年财政预算安排：\n- 2022年执行数：\n- 一般公共预算收入120亿元\n- 2024年预算数：\n- 一般公共预算收入130亿元\n"
    "2024至25年度财政预算案主要措施：\n- 宽减薪俸税,上限3000元"
)


@pytest.mark.parametrize(
    ("figure", "not_time", "time"),
    [
        ("1200万人", "2023年12月", None),  # a meeting's date
        ("850亿元", "2024年5月", None),  # a release's date
        ("13.5%", "2020年", None),  # a basis
        ("120亿元", None, "2022年"),  # a sub-heading of its own
        ("130亿元", None, "2024年"),
        ("3000元", None, "2024至25年度"),  # a Hong Kong fiscal year
    ],
)
def test_a_heading_s_period_dates_its_bullets_only_when_it_is_their_period(figure, not_time, time):
    fact = {fact.figure.text: fact for fact in _facts_in(HEADED_LISTS)}[figure]
    if not_time is not None:
        assert not_time not in fact.time
    if time is not None:
        assert fact.time == time


def test_a_month_goes_on_past_the_earlier_month_of_one_comparison():
    text = "国家统计局指出,2月份4个一线城市新建商品住宅销售价格按月持平,上月为上涨0.4%。其中,北京上涨0.1%,广州上涨0.1%。"
    facts = _facts_in(text)
    assert [(fact.figure.text, fact.time) for fact in facts] == [("0.4%", "上月"), ("0.1%", "2月份"), ("0.1%", "2月份")]


FIRM_RESULTS = (
    "嘉汇置业中期盈利按年升12%\n嘉汇置业控股有限公司昨日公布中期业绩,股东应占溢利38.6亿港元。\n"
    "集团主席表示,上半年香港合约销售额约96亿元。截至6月底,集团净负债比率为23.5%。\n"
    "政府将推出零售债券,最低保证息率为每年3.5厘。上一批零售债券共接获约42万份认购申请。"
)


def test_the_group_of_a_firm_s_results_is_the_firm_its_headline_names():
    facts = {fact.figure.text: fact for fact in _facts_in(FIRM_RESULTS)}
    assert facts["23.5%"].subject == "嘉汇置业控股有限公司"


def test_a_rate_per_year_dates_no_later_sentence():
    facts = {fact.figure.text: fact for fact in _facts_in(FIRM_RESULTS)}
    assert facts["3.5厘"].time == "每年"
    assert facts["42万份"].time != "每年"


def test_a_local_notice_citing_a_national_standard_is_not_national():
    text = ("某县2024年国民经济和社会发展统计公报\n初步核算，全县地区生产总值286.4亿元，比上年增长5.6%。\n"
            "第一产业增加值45.2亿元，增长3.1%。\n全县常住人口45.8万人。\n注：按国家统计局标准计算。")
    subjects = {fact.subject for fact in _facts_in(text)}
    assert "全国" not in subjects and subjects == {"全县"}


def test_a_county_the_gazetteer_does_not_know_is_the_subject_of_its_bulletin():
    text = "桐溪县2024年国民经济和社会发展统计公报\n桐溪县统计局\n初步核算,全县地区生产总值286.4亿元,比上年增长5.6%。"
    assert {fact.subject for fact in _facts_in(text)} == {"桐溪县"}


def test_a_stock_at_year_end_dates_its_own_sentence_only():
    text = ("2024年全县经济运行情况\n年末全县常住人口45.81万人,比上年末减少0.37万人。\n"
            "全年规模以上工业企业实现营业收入412.6亿元,增长7.4%。\n高新技术产业增加值增长11.5%。")
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["45.81万人"].time == "年末"
    assert facts["412.6亿元"].time == "全年"
    assert "年末" not in facts["11.5%"].time


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("确保二季度末开工率达到90%以上。", "90%", "二季度末"),
        ("确保6月底前开工率达到90%以上。", "90%", "6月底前"),
        ("政府将于下月推出零售债券,发行额不少于200亿港元。", "200亿港元", "下月"),
        # holidays and a listed firm's reporting period
        ("2025年国庆中秋假期（10月1日至8日），全省共接待游客6843.2万人次。", "6843.2万人次", "2025年国庆中秋假期"),
        ("假期全省接待过夜游客2197.6万人次。", "2197.6万人次", "假期"),
        ("报告期内，公司实现营业收入38.6亿元。", "38.6亿元", "报告期内"),
        ("现金流改善；期末货币资金余额约16.4亿元。", "16.4亿元", "期末"),
        ("前3季度，全省进出口总值2.51万亿元。", "2.51万亿元", "前3季度"),
        ("九月份，银行体系存款总额增加1.2%。", "1.2%", "九月份"),
        ("存款总额在九月份增加1.2%。", "1.2%", "九月份"),
        ("二○二五年九月份存款总额增加1.2%。", "1.2%", "二○二五年九月份"),
        ("一至九月份，全县完成固定资产投资45.6亿元。", "45.6亿元", "一至九月份"),
        ("港元贷存比率由八月底的75.4%下降至九月底的74.1%。", "74.1%", "九月底"),
        ("2025年秋季学期，全市新增公办学位3.2万个。", "3.2万个", "2025年秋季学期"),
        ("公司预计2025年半年度实现净利润2.35亿元。", "2.35亿元", "2025年半年度"),
        ("本次马拉松3月22日至23日举行，带动消费4.2亿元。", "4.2亿元", "3月22日至23日"),
        ("秋季学期，全市新增学位5.46万个。", "5.46万个", "秋季学期"),
        ("赛事期间，全市接待游客12.6万人次。", "12.6万人次", "赛事期间"),
        # the spring travel season; a month's end in Chinese numerals
        ("湖南春运40天全省跨区域人员流动量6128.4万人次。", "6128.4万人次", "春运"),
        ("长沙南站春运期间发送旅客512.4万人次。", "512.4万人次", "春运期间"),
        ("截至二○二五年三月底，零售业机构单位共有62,150个。", "62,150个", "截至二○二五年三月底"),
        # since the plum rains began, the date in brackets left out; a record's frame dates nothing
        ("入梅（6月11日）以来，全市平均降雨量402.7毫米，列1961年有完整记录以来第3位；来水量8.46亿立方米。", "8.46亿立方米", "入梅以来"),
        ("6月19日至25日，我市出现入梅以来最强降雨过程，全市平均面雨量186.4毫米。", "186.4毫米", "6月19日至25日"),
        # the value a change starts from is of its own period, and that period is not carried on
        ("零售业总销货价值临时估计为310亿元，较二○二四年五月的临时估计302亿元上升2.6%。", "302亿元", "二○二四年五月"),
        ("2019年累计总额为41.16万亿元，相比2011年的18.12万亿元增长1.3倍。", "18.12万亿元", "2011年"),
        # the crop's year is no period; a year's output is
        ("截至11月30日，全省粮食企业累计收购2024年产秋粮1236.8万吨。", "1236.8万吨", "截至11月30日"),
        ("2024年产量达到500万吨。", "500万吨", "2024年"),
        # a named stretch of this year
        ("今年秋粮收购期间，省级储备轮换计划13.2亿斤。", "13.2亿斤", "今年秋粮收购期间"),
        # dates and month ranges in Chinese numerals
        ("其中，十月三日单日接待游客达38.6万人次。", "38.6万人次", "十月三日"),
        ("截至九月底，全县已创建全国乡村旅游重点村3个。", "3个", "截至九月底"),
        ("今年一至九月，全县累计接待游客二千一百五十万人次。", "二千一百五十万人次", "今年一至九月"),
        # a part (其中) of a year-end stock is at the year's end too
        ("全年新增转移就业1.26万人，年末累计转移就业36.8万人，其中省外转移就业24.3万人。", "24.3万人", "年末"),
        # 出现在 is where, not now
        ("6月19日至25日，全市平均降雨量186.4毫米。最大点雨量出现在武义县，为312.6毫米。", "312.6毫米", "6月19日至25日"),
        # a part of a month, a quoted holiday, a school year, a window ending 内
        ("截至12月上旬，全省登记在册社会组织达到3.42万个。", "3.42万个", "截至12月上旬"),
        ("“五一”假期，西安城墙景区接待游客47.2万人次。", "47.2万人次", "五一假期"),
        ("“十一”黄金周期间，全市接待游客60万人次。", "60万人次", "十一黄金周期间"),
        ("本学年，甘肃省落实学生资助资金58.7亿元。", "58.7亿元", "本学年"),
        ("未来一年内，质押股份累计数量为27,600,000股。", "27,600,000股", "未来一年内"),
    ],
)
def test_ends_deadlines_and_next_month_are_periods(text, figure, time):
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts[figure].time == time


def test_a_basis_value_s_period_dates_it_alone():
    facts = _facts_of("5月网上销售占9.0%，较去年同月的8.2%高0.8个百分点。营收比上年增长5%。")
    assert facts["8.2%"].time == "去年同月"
    assert "去年同月" not in facts["5%"].time


def test_an_index_s_move_after_its_level_is_the_index_s():
    facts = _facts_of("截至收盘，上证指数收报3064.26点，涨0.62%；深证成指收报9621.35点，跌1.05%。")
    assert (facts["0.62%"].subject, facts["0.62%"].metric) == ("上证指数", "上证指数涨幅")
    assert (facts["1.05%"].subject, facts["1.05%"].metric) == ("深证成指", "深证成指跌幅")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("“五月天”演唱会吸引观众20万人次。", "20万人次"),
        ("五月花广场改造工程总投资3.5亿元。", "3.5亿元"),
        ("我县实行“一月一调度”制度，累计协调解决问题56个。", "56个"),
        ("八月十五，全市月饼销售额5600万元。", "5600万元"),
    ],
)
def test_names_slogans_and_festivals_are_no_months(text, figure):
    assert "月" not in _facts_of(text)[figure].time


def test_an_event_s_period_dates_its_own_paragraph_only():
    facts = _facts_of("活动期间，全市共发放消费券2000万元。\n\n全市社会消费品零售总额完成1250亿元，同比增长5.2%。")
    assert "活动期间" not in facts["1250亿元"].time


def test_an_event_s_period_inside_a_clause_is_not_the_notice_s():
    facts = {fact.figure.text: fact for fact in _facts_in("当中7间在展会期间已完成注册。退市公司共计12家。")}
    assert "展会期间" not in facts["12家"].time


def test_a_statistical_note_on_the_reported_period_names_no_period():
    facts = {fact.figure.text: fact for fact in _facts_in("报告期数据与上年所公布的同指标数据之间有不可比因素。利润增长5%。")}
    assert "报告期" not in facts["5%"].time


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("明年年底,全市5G基站将达到8000个。", "8000个", "明年年底"),
        ("截至去年年末,全市常住人口126万人。", "126万人", "去年年末"),
        ("2023年,全市青年初创企业获得创业担保贷款2亿元。", "2亿元", "2023年"),
        ("港铁公布,新站地下月台长度达到200米。", "200米", ""),
    ],
)
def test_year_ends_and_next_month_only_where_they_are_periods(text, figure, time):
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts[figure].time == time


def test_a_word_containing_a_scope_word_is_no_scope():
    text = "国家统计局数据显示,5月份规模以上工业增加值同比增长5.6%。分析人士称,全市场风险偏好有所回升。"
    assert {fact.subject for fact in _facts_in(text)} == {"全国"}


def test_a_product_or_a_breakdown_marker_is_no_actor():
    text = ("滑县2024年农业农村经济运行情况\n全年滑县生猪出栏68.5万头,家禽出栏1850万只。\n"
            "分行业看,工程机械行业增加值增长12.4%。房地产开发投资下降7.4%。")
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert {facts[figure].subject for figure in ("68.5万头", "1850万只", "12.4%", "7.4%")} <= {"滑县", "全县", ""}


def test_a_period_in_chinese_numerals_is_a_period_and_a_basis():
    text = ("香港零售业销货统计\n政府统计处今日发表的统计数字显示,二〇二五年六月零售业总销货价值的临时估计为303.6亿港元,"
            "较二〇二四年同月下跌3.5%。")
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["303.6亿港元"].time == "二〇二五年六月"
    assert facts["3.5%"].time == "二〇二五年六月 较二〇二四年同月"
    assert "零售业总销货价值" in facts["3.5%"].metric


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("外贸保持增长\n据徐州海关统计,上半年全市进出口总额612.3亿元,同比增长10.4%。其中,出口438.9亿元,增长14.2%。",
         "438.9亿元", "徐州市"),
        ("夏粮再获丰收\n据国家统计局公告,2025年全国夏粮总产量3002.6亿斤,增长1.1%。其中,小麦产量2763.4亿斤。",
         "2763.4亿斤", "全国"),
        ("央视报导,据拱北海关统计,海关累计验放出入境车辆1273万辆次。", "1273万辆次", "拱北海关"),
    ],
)
def test_a_statistics_source_reports_its_place_s_figures(text, figure, subject):
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts[figure].subject == subject


def test_a_margin_over_the_nation_is_the_notice_s_own():
    text = "徐州市上半年经济运行情况\n上半年,徐州市地区生产总值4412.78亿元,同比增长6.1%,增速高于全省0.4个百分点、高于全国0.8个百分点。"
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["0.8个百分点"].subject == facts["6.1%"].subject == "徐州市"


def test_a_run_of_years_and_a_mid_sentence_year_end_date_their_own_clause():
    text = ("滑县2024年农业生产情况\n全年粮食总产量142.3万吨,连续多年稳定在28亿斤以上。其中,小麦种植面积152.6万亩。\n"
            "全年生猪出栏68.5万头,年末存栏41.2万头;家禽出栏1850万只。\n年末全县常住人口45.81万人,其中城镇常住人口24.55万人。")
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["28亿斤"].metric == "粮食总产量"
    assert facts["152.6万亩"].time == "全年"
    assert facts["41.2万头"].time == "年末"
    assert facts["1850万只"].time == "全年"
    assert facts["24.55万人"].time == "年末"


def test_the_next_item_of_a_ranking_names_its_own_change():
    text = "二〇二五年六月珠宝首饰的销货价值下跌11.3%,其次是衣物、鞋类及有关制品,下跌6.2%,以及超级市场货品,下跌2.1%。"
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["6.2%"].metric.startswith("衣物")
    assert facts["2.1%"].metric == "超级市场货品"


def test_an_estimate_is_a_noun_not_a_speaker_s_verb():
    (fact,) = _facts_in("撇除价格变动后,零售业总销货数量的临时估计按年下跌4.8%。")
    assert fact.metric == "零售业总销货数量的临时估计"


def test_a_noun_ending_in_neng_keeps_it():
    facts = {fact.figure.text: fact for fact in _facts_in("项目达产后月产能2万片,新增储能装机50万千瓦。")}
    assert facts["2万片"].metric.endswith("月产能")
    assert facts["50万千瓦"].metric.endswith("储能装机")


def test_a_decade_is_no_fiscal_year():
    (fact, _) = _facts_in("全市1980-90年代建成的老旧小区共1200个,涉及居民15万户。")
    assert (fact.metric, fact.time) == ("1980-90年代建成的老旧小区", "")


def test_the_year_of_a_target_is_not_the_period_of_progress_against_it():
    text = "前三季度,全市城镇新增就业3.2万人,完成全年目标的106.7%;城镇登记失业率为3.1%。今年计划筹集建设保障性租赁住房5万套。"
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert [facts[figure].time for figure in ("3.2万人", "106.7%", "3.1%")] == ["前三季度"] * 3
    assert facts["5万套"].time == "今年"


def test_a_heading_without_a_colon_dates_no_bullet():
    text = "一次性宽减2016/17年度税款：\n- 宽减75%的薪俸税,上限为2万元\n2017/18年度起推行税务宽减措施\n- 推出5亿元的创科生活基金"
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts["5亿元"].time != "2017/18年度"


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("- 2016/ 17年度盈余：928亿元", "928亿元", "2016/ 17年度"),
        ("预计2017/18年将录得163亿元的综合盈余。", "163亿元", "2017/18年"),
    ],
)
def test_a_fiscal_year_is_a_period_however_written(text, figure, time):
    facts = {fact.figure.text: fact for fact in _facts_in(text)}
    assert facts[figure].time == time


def test_period_does_not_carry_into_the_next_paragraph():
    facts = facts_for("目前全市森林覆盖率达69.56%。\n碳汇总量280万吨。", ["69.56%", "280万吨"])
    assert [fact.time for fact in facts] == ["目前", ""]


def test_every_fact_quotes_its_sentence_and_names_its_rules():
    text = "近日,省工信厅发布名单。目前全市森林覆盖率达69.56%,碳汇总量280万吨。下一步继续推进。"
    facts = facts_for(text, ["69.56%", "280万吨"], SHANGLUO)
    norm = normalize(text)
    for fact in facts:
        assert norm.text[fact.quote[0]:fact.quote[1]] == "目前全市森林覆盖率达69.56%,碳汇总量280万吨。"
        assert fact.rules[0] == "test.v1"
        assert all(rule.startswith("facts.") for rule in fact.rules[1:])


def test_from_to_figures_are_related_each_with_its_own_time():
    facts = facts_for("全市涉矿产业产值占比由2020年57.8%下降到目前的44.6%。", ["57.8%", "44.6%"])
    assert [(f.relation, f.related, f.time) for f in facts] == [("from", 1, "2020年"), ("to", 0, "目前")]


def test_parts_of_a_total_point_to_the_total():
    text = "累计培育省级、国家级绿色工厂8个(其中国家级2个、省级6个),绿色信贷余额达206.86亿元。"
    facts = facts_for(text, ["8个", "2个", "6个", "206.86亿元"])
    assert [(f.relation, f.related) for f in facts] == [("total", 1), ("part_of", 0), ("part_of", 0), ("", -1)]
    assert [f.metric for f in facts[1:3]] == ["国家级", "省级"]


def test_two_figures_in_one_clause_get_two_metrics():
    facts = facts_for("全区重大项目加速推进,1133个重大项目开工1116个,完成投资675.9亿元。", ["1133个", "1116个", "675.9亿元"])
    assert facts[0].metric == "重大项目"
    assert "开工" in facts[1].metric
    assert facts[2].metric == "投资"


def test_respectively_items_named_in_an_earlier_clause_of_the_sentence():
    text = "多项税收创新高,包括薪俸税、物业税和印花税,收入分别为608亿元、34亿元及952亿元,按年分别增加3%、2%及54%。"
    facts = facts_for(text, ["608亿元", "34亿元", "952亿元", "3%", "2%", "54%"])
    assert [f.metric for f in facts] == ["薪俸税收入", "物业税收入", "印花税收入", "薪俸税", "物业税", "印花税"]


def test_respectively_over_a_range_of_years_gives_each_figure_its_year():
    text = "2022年至2024年,公司营业收入分别为10.79亿元、13.03亿元和15.04亿元。"
    facts = facts_for(text, ["10.79亿元", "13.03亿元", "15.04亿元"])
    assert [f.time for f in facts] == ["2022年", "2023年", "2024年"]
    assert all(f.metric.endswith("营业收入") for f in facts)


def test_a_bare_list_of_figures_over_a_range_of_years():
    text = "2022年至2024年,营业收入分别为10.79亿元、13.03亿元和15.04亿元;净利润-3.07亿元、-1.46亿元和1842.83万元。"
    facts = facts_for(text, ["10.79亿元", "13.03亿元", "15.04亿元", "-3.07亿元", "-1.46亿元", "1842.83万元"])
    assert [f.time for f in facts[3:]] == ["2022年", "2023年", "2024年"]


def test_a_local_statistics_body_publishing_data_reports_on_its_place():
    entities = [("广东省统计局", "government", "广东省统计局"), ("广东", "place", "广东省")]
    text = "3月22日,广东省统计局发布1-2月经济运行数据显示,规模以上工业增加值4745.61亿元。数据显示,高技术制造业增长40.7%。"
    facts = facts_for(text, ["4745.61亿元", "40.7%"], entities)
    assert [f.subject for f in facts] == ["广东省", "广东省"]
    assert facts[1].metric == "高技术制造业"


def test_a_tax_or_sector_opening_the_clause_is_measured_not_the_subject():
    entities = [("广东", "place", "广东省")]
    text = "广东经济持续恢复。\n广东消费市场回暖,餐饮收入增长49.9%。\n另外,今年博彩税收入上升4%至219.6亿元。"
    facts = facts_for(text, ["49.9%", "4%", "219.6亿元"], entities)
    assert [f.subject for f in facts] == ["广东", "广东", "广东"]
    assert [f.metric for f in facts] == ["餐饮收入", "博彩税收入", "博彩税收入"]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the clause's first words are a piece of the measured noun: 农作物耕种|收综合机械化率
        ("我国农业现代化取得成就。\n农作物耕种收综合机械化率达到72%。", "72%", "我国"),
        # an actor doing something (下达) keeps the figure
        ("我国农业现代化取得成就。\n国家下达以工代赈中央投资50亿元。", "50亿元", "国家"),
    ],
)
def test_an_actor_that_begins_the_measured_noun_is_no_subject(text, figure, subject):
    facts = {fact.figure.text: fact for fact in facts_for(text, [figure], [("我国", "place", "我国")])}
    assert facts[figure].subject == subject


def test_this_issue_in_a_firms_announcement_is_the_firms_not_the_previous_topic():
    entities = [("晶丰明源", "firm", "晶丰明源"), ("易冲科技", "firm", "易冲科技")]
    text = ("晶丰明源发布公告。晶丰明源是科创板公司。晶丰明源股价上涨。晶丰明源拟购买易冲科技股权，晶丰明源拟发行股份。\n"
            "交易完成后，易冲科技成为全资子公司。易冲科技股权的评估值为32亿元。本次发行股份的发行价格为106.75元。")
    facts = {f.figure.text: f for f in facts_for(text, ["32亿元", "106.75元"], entities)}
    assert facts["32亿元"].subject == "易冲科技"
    assert facts["106.75元"].subject == "晶丰明源"


def test_a_case_named_after_a_firm_is_no_part_of_the_metric():
    entities = [("紫晶存储", "firm", "紫晶存储")]
    text = "据中国证监会官网披露，紫晶存储案累计申报有效赔付金额约10.86亿元。"
    (fact,) = facts_for(text, ["10.86亿元"], entities)
    assert (fact.subject, fact.metric) == ("紫晶存储", "申报有效赔付金额")


def test_a_budget_heading_names_the_subject_of_its_bracketed_figures():
    text = "香港财政预算案公布。\n教育：（2017/18年度经常开支预算为786亿元，按年增31亿元，占政府经常开支21%）"
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    facts = {f.figure.text: f for f in extraction.facts}
    assert [(facts[x].subject, facts[x].metric) for x in ("786亿元", "31亿元")] == [("教育", "经常开支预算")] * 2


def test_a_bullet_under_a_category_heading_is_about_that_category():
    text = ("香港财政预算案公布。\n教育：（2017/18年度经常开支预算为786亿元）\n- 实施免费幼稚园教育政策\n"
            "- 改善26所「火柴盒式校舍」的设施\n社会福利：（2017/18年度经常开支预算为733亿元）\n- 向创业展才能计划注资1亿元\n"
            "一次性措施：\n- 宽减75%的利得税，上限为2万元")
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    facts = {f.figure.text: f for f in extraction.facts}
    assert (facts["26所"].subject, facts["1亿元"].subject) == ("教育", "社会福利")
    assert facts["2万元"].subject != "一次性措施"  # a heading without its own figures in brackets names no category


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("总额才5,320万元。", "5,320万元", "总额"),
        ("中小学生入场券只涉70万元。", "70万元", "中小学生入场券"),
        ("引进高层次人才500名。", "500名", "高层次人才"),
    ],
)
def test_a_limiting_adverb_before_the_figure_is_no_part_of_the_metric(text, figure, metric):
    facts = {f.figure.text: f for f in facts_for(text, [figure])}
    assert facts[figure].metric == metric


def test_a_newspapers_dateline_is_no_part_of_the_clause():
    text = "信息时报讯　（记者　何小敏）南山奶粉５批次含强致癌物！"
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    (fact,) = extraction.facts
    assert fact.metric == "含强致癌物"


def test_the_last_of_the_items_a_total_counts_is_no_subject():
    entities = [("甘肃", "place", "甘肃省"), ("景泰兔窝小学", "organization", "景泰兔窝小学"),
                ("哈岘小学", "organization", "哈岘小学"), ("纳沟小学", "organization", "纳沟小学")]
    text = "甘肃山里娃有望穿上新鞋。\n经初步筛选，喜集水小学、景泰兔窝小学，哈岘小学，纳沟小学共15所学校的1197名困难学生有望得到捐助。"
    facts = facts_for(text, ["15所", "1197名"], entities)
    assert [f.subject for f in facts] == ["甘肃", "甘肃"]


def test_a_change_from_to_measures_the_amount_the_previous_clause_ends_on():
    text = "年薪由60万元至90万元的纳税人数目，由20万增至21.6万。"
    facts = {f.figure.text: f for f in facts_for(text, ["20万", "21.6万"])}
    assert [facts[x].metric for x in ("20万", "21.6万")] == ["纳税人数目", "纳税人数目"]


def test_the_value_compared_with_has_the_measure_of_the_value_before_it():
    text = "其中差距主要来自最近3年的数据，2016的固定资产投资总额是59.65万亿元，较2019年53.37万亿元下跌7.5%。"
    facts = {f.figure.text: f for f in facts_for(text, ["59.65万亿元", "53.37万亿元", "7.5%"], [("内地", "place", "内地")])}
    assert all(facts[x].metric.endswith("固定资产投资总额") for x in facts)
    assert "差距" not in {f.subject for f in facts.values()}  # 差距主要来自…: a measure, not who


def test_the_two_compared_are_no_subject():
    text = "国统局公布的社会消费品零售总额下跌7.2%；即跌幅应为7.9%，两者相差0.7个百分点。"
    facts = {f.figure.text: f for f in facts_for(text, ["7.2%", "7.9%", "0.7个百分点"])}
    assert facts["0.7个百分点"].subject != "两者"


def test_a_bracketed_list_before_the_figure_breaks_no_clause():
    text = "中资企业在港成立的公司（包括：地区总部、地区办事处、当地办事处）总数达1123间。"
    (fact,) = facts_for(text, ["1123间"])
    assert fact.metric.endswith("成立的公司总数")


def test_a_change_against_the_previous_trading_day_measures_the_figure_before_it():
    text = "当日A股市场成交额为2.57万亿元，较前一个交易日减少692亿元。"
    facts = {f.figure.text: f for f in facts_for(text, ["2.57万亿元", "692亿元"])}
    assert facts["692亿元"].metric == facts["2.57万亿元"].metric == "A股市场成交额"
    assert facts["692亿元"].time.endswith("较前一个交易日")


@pytest.mark.parametrize(
    ("text", "figures", "subject", "metric"),
    [
        ("资金情绪谨慎，领涨的有色金属板块获主力资金净流入超80亿元。", ["80亿元"], "有色金属板块", "主力资金净流入"),
        ("6月11日沪深两市主力资金净流出近300亿元，沪深300主力资金净流出超190亿元。", ["300亿元", "190亿元"], "沪深300", "主力资金净流出"),
    ],
)
def test_a_sector_or_index_whose_money_flows_is_the_subject(text, figures, subject, metric):
    fact = facts_for(text, figures)[-1]
    assert (fact.subject, fact.metric) == (subject, metric)


def test_ranked_listed_firms_share_the_measure_written_after_the_last_of_them():
    entities = [(name, "firm", name) for name in ("新易盛", "中际旭创", "沪电股份")]
    text = "个股层面，新易盛、中际旭创、沪电股份主力资金净流出金额居前，分别为44.76亿元、29.04亿元、13.27亿元。"
    facts = facts_for(text, ["44.76亿元", "29.04亿元", "13.27亿元"], entities)
    assert [(f.subject, f.metric) for f in facts] == [
        ("新易盛", "主力资金净流出"), ("中际旭创", "主力资金净流出"), ("沪电股份", "主力资金净流出")]


def test_a_month_looked_at_alone_carries_the_measure_of_the_sentence_before():
    text = "一季度，社会消费品零售总额124671亿元，同比增长4.6%。3月份当月看，同比增长5.9%。"
    facts = {f.figure.text: f for f in facts_for(text, ["124671亿元", "4.6%", "5.9%"])}
    assert facts["5.9%"].metric == facts["124671亿元"].metric == "社会消费品零售总额"


def test_how_a_firm_delisted_is_no_subject():
    text = "A股退市公司增多。\n交易类退市3家；主动退市1家。"
    facts = {f.figure.text: f for f in facts_for(text, ["3家", "1家"])}
    assert facts["1家"].subject != "主动"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("招商投资促进局主席余雨生预计整个展会专业观众按年增长约14%。", "14%", "整个展会专业观众"),
        ("全年环保装备制造业总产值预计超过9700亿元。", "9700亿元", "环保装备制造业总产值"),
    ],
)
def test_who_expects_a_figure_is_no_part_of_its_metric(text, figure, metric):
    (fact,) = facts_for(text, [figure])
    assert fact.metric == metric


def test_a_quantity_right_after_a_counted_noun_measures_the_noun_after_it():
    text = "2023年，累计有78家钢铁企业3.9亿吨粗钢产能完成全流程超低排放改造。"
    facts = {f.figure.text: f for f in facts_for(text, ["78家", "3.9亿吨"])}
    assert (facts["78家"].metric, facts["3.9亿吨"].metric) == ("钢铁企业", "粗钢产能")


def test_the_nations_figure_a_place_is_compared_with_is_the_nations():
    entities = [("广东", "place", "广东省")]
    text = "1-2月，广东固定资产投资同比增长46.9%，两年平均增长7.5%，高于全国同期1.7%的两年平均增速。"
    facts = {f.figure.text: f for f in facts_for(text, ["46.9%", "7.5%", "1.7%"], entities)}
    assert [facts[x].subject for x in ("46.9%", "7.5%", "1.7%")] == ["广东", "广东", "全国"]


def test_the_same_day_is_the_day_written_out_before():
    text = "Wind数据显示，6月11日沪深两市主力资金净流出近300亿元。\n市场成交缩量，当日A股市场成交额为2.57万亿元。"
    facts = {f.figure.text: f for f in facts_for(text, ["300亿元", "2.57万亿元"])}
    assert facts["2.57万亿元"].time == "6月11日"


def test_the_same_day_is_the_day_its_own_sentence_names_and_peak_periods_are_periods():
    facts = _facts_of("节后（1月29日至2月22日）发送旅客1,573.9万人次。2月4日（正月初七）为发送最高峰日，当日发送旅客88.7万人次。"
                      "1月下旬，组织干部职工上道除冰扫雪。高峰期间，进站安检排队时间压缩至5～10分钟。")
    assert facts["88.7万人次"].time == "2月4日" and facts["5~10分钟"].time == "高峰期间"


def test_the_first_three_quarters_are_a_period():
    text = "国统局今年公布的首三季社会消费品零售总额为27.33万亿元。"
    (fact,) = facts_for(text, ["27.33万亿元"])
    assert (fact.time, fact.metric) == ("首三季", "社会消费品零售总额")


def test_a_place_alone_before_a_count_is_no_metric_nor_the_place_in_what_after_it():
    entities = [("东莞", "place", "东莞市")]
    text = "东莞报道。在今年东莞1021家“倍增计划”企业中，高技术企业占据了大半。"
    facts = {f.figure.text: f for f in facts_for(text, ["1021家"], entities)}
    assert facts["1021家"].metric == "倍增计划企业"


@pytest.mark.parametrize(
    ("text", "figures", "metric"),
    [
        ("2022年末普惠金融领域贷款余额32.14万亿元，同比增长21.2%，比各项贷款高10.1个百分点。",
         ["32.14万亿元", "21.2%", "10.1个百分点"], "普惠金融领域贷款余额"),
        ("投资完成率54.4%，高于去年投资时序进度3.8个百分点。", ["54.4%", "3.8个百分点"], "投资完成率"),
    ],
)
def test_a_gap_in_points_measures_the_rate_it_compares(text, figures, metric):
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    facts = {f.figure.text: f for f in extraction.facts}
    assert facts[figures[-1]].metric.endswith(metric)


def test_an_age_threshold_measures_age():
    extraction = extract_document(document_from_bytes("由于11岁或以下的小童，需由成人陪同。".encode("utf-8"), "notice.txt"))
    (fact,) = extraction.facts
    assert (fact.metric, fact.figure.comparator) == ("年龄", "<")


def test_a_heading_loses_its_period_before_its_numbers():
    text = "截至7月底未开工项目共5个，按责任单位划分分别是：银川市2个；吴忠市1个。"
    facts = {f.figure.text: f for f in facts_for(text, ["5个", "2个", "1个"], [("银川市", "place", "银川市"), ("吴忠市", "place", "吴忠市")])}
    assert facts["1个"].metric == "未开工项目"


def test_a_facility_name_does_not_run_across_a_preposition():
    clause = "海关在大桥口岸已累计验放香港、澳门单牌车"
    assert facts_module._named_facility(clause, 0, len(clause)) is None
    named = "贵南高铁全长482公里"
    assert facts_module._named_facility(named, 0, len(named)).text == "贵南高铁"


@pytest.mark.parametrize(("text", "figure", "metric"), [("印花税收入大升54%。", "54%", "印花税收入"), ("印花税飙54%。", "54%", "印花税")])
def test_a_colloquial_rise_is_no_part_of_the_metric(text, figure, metric):
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    (fact,) = extraction.facts
    assert fact.metric == metric


def test_a_firm_named_after_its_role_opens_the_clause():
    entities = [("五矿证券", "firm", "五矿证券")]
    text = "A股退市加速。\n在该案中，保荐机构五矿证券设立2.1亿元先行赔付专项基金，对7680名投资者赔付1.78亿元。"
    facts = facts_for(text, ["2.1亿元", "7680名", "1.78亿元"], entities)
    assert [f.subject for f in facts] == ["五矿证券"] * 3


def test_a_month_written_with_份_before_a_count_is_one_period():
    text = "他说，初步测算，2月份4个一线城市新建商品住宅销售价格按月持平，上月为上涨0.4%。"
    facts = {f.figure.text: f for f in facts_for(text, ["4个", "0.4%"])}
    assert facts["0.4%"].subject == "一线城市"
    assert facts["4个"].time == "2月份"


def test_a_story_about_one_listed_firm_is_about_it_where_no_place_is_named():
    entities = [("晶丰明源", "firm", "晶丰明源")]
    text = "晶丰明源发布公告。\n晶丰明源拟发行股份。\n本次发行价格为106.75元。"
    (fact,) = facts_for(text, ["106.75元"], entities)
    assert fact.subject == "晶丰明源"


def test_a_place_listed_twice_in_one_sentence_is_not_the_notice_place():
    entities = [("灵山", "place", "灵山县"), ("武汉", "place", "武汉市")]
    text = "湖北武汉,灵山采石场变成了灵山花境。\n如今,全国有38880个土壤环境监测点。\n7颗卫星正在关注土壤。"
    facts = facts_for(text, ["38880个", "7颗"], entities)
    assert facts[1].subject != "灵山"


def test_a_notice_about_no_place_is_about_the_body_it_keeps_naming():
    entities = [("税务局", "government", "税务局")]
    text = "税务局周三公布税收临时数字。\n税务局表示印花税大增。\n整体税收达到3286亿元。"
    (fact,) = facts_for(text, ["3286亿元"], entities)
    assert fact.subject == "税务局"


def test_respectively_lists_give_each_figure_its_own_metric_or_subject():
    facts = facts_for("今年一季度,我国太阳能电池、新能源汽车产量分别增长53.2%、22.5%。", ["53.2%", "22.5%"])
    assert [f.metric for f in facts] == ["太阳能电池", "新能源汽车产量"]
    places = [("北京", "place", "北京市"), ("广州", "place", "广州市")]
    text = "二手住宅销售价格环比上涨0.2%。其中,北京和广州分别下跌0.2%和0.1%。"
    facts = facts_for(text, ["0.2%", "0.2%", "0.1%"], places)
    assert [f.subject for f in facts[1:]] == ["北京", "广州"]
    assert [f.metric for f in facts[1:]] == ["二手住宅销售价格", "二手住宅销售价格"]


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("【武汉肺炎大爆发】中国首两月消费品零售大跌20.5%。", "20.5%", "消费品零售"),
        ("餐饮收入跌43.1%,商品零售跌17.6%。", "43.1%", "餐饮收入"),
        ("当中城镇消费品零售额44881亿元。", "44881亿元", "城镇消费品零售额"),
    ],
)
def test_headlines_hong_kong_verbs_and_connectives_are_not_part_of_the_metric(text, figure, metric):
    facts = {f.figure.text: f for f in facts_for(text, [figure], [("中国", "place", "中国")])}
    assert facts[figure].metric == metric


def test_named_facilities_semicolon_parts_and_quotations_scope_the_subject():
    sanxia = [("三峡", "place", "长江三峡"), ("中国工程院", "organization", "中国工程院")]
    text = "工程建成后,三峡枢纽将形成新格局,年通过能力达3.36亿吨;葛洲坝枢纽将形成四线船闸格局,年通过能力达3.6亿吨。"
    facts = facts_for(text, ["3.36亿吨", "3.6亿吨"], sanxia)
    assert [f.subject for f in facts] == ["三峡枢纽", "葛洲坝枢纽"]
    quoted = "中国工程院院士告诉记者:“新通道建成后能提升航运功能,匹配2050年2.5亿吨、2060年3亿吨的远期货运需求。”"
    facts = facts_for(quoted, ["2.5亿吨", "3亿吨"], sanxia)
    assert all(f.subject != "中国工程院" for f in facts)
    assert [f.metric for f in facts] == ["远期货运需求", "远期货运需求"]


def test_a_person_named_earlier_in_the_paragraph_is_the_subject():
    text = "2025年初,郭青龙向分中心求助。分中心对接了多家机构。团队不仅共享到20多台高端设备,还获得400万元早期转化资金。"
    facts = facts_for(text, ["20多台", "400万元"])
    assert [f.subject for f in facts] == ["郭青龙", "郭青龙"]
    assert [f.metric for f in facts] == ["高端设备", "早期转化资金"]


def test_negation_stays_in_the_metric_and_the_headline_place_is_the_notice_place():
    places = [("宁夏", "place", "宁夏回族自治区"), ("银川市", "place", "银川市")]
    text = "1-7月宁夏重大项目推进情况\n银川市开工率98%。\n截至7月底未开工项目共5个。"
    facts = {f.figure.text: f for f in facts_for(text, ["98%", "5个"], places)}
    assert facts["5个"].metric == "未开工项目"
    assert facts["5个"].subject == "宁夏"
    assert facts["98%"].subject == "银川市"


@pytest.mark.parametrize(
    ("text", "figure", "subject", "metric"),
    [
        ("南山奶粉5批次含强致癌物。", "5批次", "南山奶粉", "含强致癌物"),
        ("国家下达资金50亿元,主要投向832个脱贫县。", "832个", "", "脱贫县"),
    ],
)
def test_a_noun_phrase_count_and_verb_phrase_is_topic_and_comment(text, figure, subject, metric):
    facts = {f.figure.text: f for f in facts_for(text, [figure])}
    fact = facts[figure]
    if subject:
        assert fact.subject == subject
    assert metric in fact.metric


@pytest.mark.parametrize(
    ("text", "figures", "times"),
    [
        ("1—7月,投资完成率54.4%,高于去年投资时序进度3.8个百分点。", ["54.4%", "3.8个百分点"], ["1—7月", "1—7月"]),
        ("9月旅客平均逗留1.3日,较去年 (2023年) 同期缩短0.1日。", ["1.3日", "0.1日"], ["9月", "9月"]),
        ("至此,中欧班列累计开行突破10万列。", ["10万列"], ["至此"]),
        ("项目于2024年底建成,总投资12亿元。", ["12亿元"], ["2024年"]),
    ],
)
def test_comparison_bases_are_not_periods(text, figures, times):
    for fact, expected in zip(facts_for(text, figures), times):
        assert expected in fact.time, (fact.figure.text, fact.time)


def test_items_naming_entities_share_the_noun_after_the_last_one():
    regions = [("东盟", "organization", "东盟"), ("欧盟", "organization", "欧盟"), ("非洲", "place", "非洲")]
    text = "前5个月,我国对东盟、欧盟和非洲出口分别增长16.9%、13.7%、35.3%。"
    facts = facts_for(text, ["16.9%", "13.7%", "35.3%"], regions)
    assert [f.metric for f in facts] == ["出口", "出口", "出口"]
    assert [f.subject for f in facts] == ["东盟", "欧盟", "非洲"]


def test_a_bare_change_measures_the_noun_the_previous_clause_opened_with():
    (fact,) = facts_for("我国货物贸易进出口5月保持平稳增长,前5个月同比增长2.5%。", ["2.5%"])
    assert fact.metric == "货物贸易进出口"
    assert "前5个月" in fact.time


def test_the_headline_period_applies_where_a_paragraph_names_none():
    text = "第3季失业率1.7%\n总体失业率为1.7%。\n调查资料显示,新增劳动力占总失业人口比重上升1.3个百分点。"
    facts = facts_for(text, ["1.7%", "1.7%", "1.3个百分点"])
    assert [f.time.split(" ")[0] for f in facts] == ["第3季", "第3季", "第3季"]


def test_a_headline_repeating_the_title_does_not_hide_the_lead_s_period():
    text = ('---\ntitle: "整体税收3286亿元创新高"\n---\n整体税收3286亿元创新高\n去年股市大涨。\n'
            "税务局公布2017/18年度的税收临时数字,整体税收达到3286亿元。")
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.md"))
    assert [fact.time for fact in extraction.facts] == ["2017/18年度"] * len(extraction.facts)
    assert len(extraction.facts) >= 2


def test_the_period_of_a_starting_value_is_not_the_new_value_s():
    text = "2017/18年度预算措施:\n- 薪俸税边际税阶,由现时4万元扩至4.5万元"
    extraction = extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt"))
    assert [(fact.figure.text, fact.time) for fact in extraction.facts] == [("4万元", "现时"), ("4.5万元", "2017/18年度")]


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("农业科技进步贡献率从2012年的54.5%提升到2022年的62.4%。", "54.5%", "农业科技进步贡献率"),
        ("贵阳至南宁通行时间将从目前5个多小时缩短至2小时。", "2小时", "通行时间"),
    ],
)
def test_from_is_no_part_of_the_metric(text, figure, metric):
    facts = _facts_of(text)
    assert facts[figure].metric.endswith(metric)
    assert not facts[figure].metric.endswith(("从", "由"))


def test_a_previous_year_dates_its_own_sentence_only():
    text = "本年度全市营业收入达3亿元。\n上年度营业收入为2亿元。\n园区企业共50家。"
    facts = facts_for(text, ["3亿元", "2亿元", "50家"])
    assert [f.time for f in facts] == ["本年度", "上年度", "本年度"]


@pytest.mark.parametrize("basis", ["比9月份", "比1-6月", "比2019年1-7月", "比前三季度", "较2022年"])
def test_comparison_bases_as_written(basis):
    (fact,) = facts_for(f"10月份,增速{basis}提高1.3个百分点。", ["1.3个百分点"])
    assert basis in fact.time


@settings(max_examples=1500)
@given(st.from_regex(facts_module._PERIOD, fullmatch=True))
def test_every_period_holds_a_period_mark(period):
    # _last_period skips ranges without a mark: that must never skip a period
    if facts_module._PERIOD.fullmatch(period):
        assert facts_module._PERIOD_MARK.search(period)


@pytest.mark.parametrize("period", [
    "截至6月底", "截至目前", "今年以来", "入冬以来", "近三年来", "5月12日起", "首两个月", "2021年至2023年",
    "2023/24财政年度", "2023财务年度", "党的十八大以来", "“十四五”末", "三年来", "过去五年", "第一至三季度",
    "第三季度", "去年下半年", "2024年度", "2024年3月底", "1-5月份", "前三个月", "3月上旬", "连续三年", "目前",
    "当前", "现阶段", "年内", "每年", "至此", "近日", "近期", "日前", "年底前", "今天（6月1日）", "如今", "现在",
    "现时", "昨日", "当天", "来年", "前年", "本月", "今届", "上届", "届时", "金秋时节", "上一年度", "本年度", "上年",
    "未来1年", "未来数年", "5年间", "2025财年", "第四财季", "上一财年", "2024财年第三财季", "国庆期间", "五一期间",
    "未来三天", "未来24小时",
])
def test_period_forms_hold_a_period_mark(period):
    assert facts_module._PERIOD.fullmatch(period)
    assert facts_module._PERIOD_MARK.search(period)



def test_a_head_count_word_is_never_the_subject():
    text = "海洋公园派发1万张入场券。小学生连家长总数才1.5万人，再加上另外5,000名中学生。"
    facts = facts_for(text, ["1万张", "1.5万人", "5,000名"], [("海洋公园", "organization", "海洋公园")])
    assert all(f.subject == "海洋公园" for f in facts)


def test_a_fund_raising_word_is_never_the_subject():
    text = "卓悦以1供3基准供股，集资最多1.07亿元，集资净额预计最多约5200万元。"
    facts = facts_for(text, ["1.07亿元", "5200万元"])
    assert [f.subject for f in facts] == ["卓悦", "卓悦"]


def test_items_that_led_a_fall_own_the_figures_that_follow_respectively():
    text = ("申万一级行业中，有色金属、家用电器领涨，涨幅分别为1.83%、0.93%；"
            "在下跌的行业板块中，传媒、计算机、通信跌幅居前，分别下跌3.48%、3.14%、2.14%。")
    facts = facts_for(text, ["1.83%", "0.93%", "3.48%", "3.14%", "2.14%"])
    assert [(f.subject, f.metric) for f in facts] == [
        ("有色金属", "涨幅"), ("家用电器", "涨幅"), ("传媒", "跌幅"), ("计算机", "跌幅"), ("通信", "跌幅")]


def test_a_thousands_separator_is_no_clause_break():
    text = "晶丰明源在科创板上市，发行数量为1,540万股，发行价格为56.68元。"
    facts = facts_for(text, ["1,540万股", "56.68元"])
    assert facts[1].metric == "价格"  # not "540价格": the clause before is not "540万股"


def test_an_industry_in_a_list_measures_what_the_list_s_first_item_measured():
    text = ("主要行业利润情况如下：石油、煤炭及其他燃料加工业利润总额同比增长3.87倍，"
            "石油和天然气开采业增长2.84倍，纺织业增长4.6%，汽车制造业下降3.4%。")
    facts = facts_for(text, ["3.87倍", "2.84倍", "4.6%", "3.4%"])
    assert [f.metric for f in facts[1:]] == ["石油和天然气开采业利润总额", "纺织业利润总额", "汽车制造业利润总额"]


def test_a_piece_of_an_industry_s_name_is_no_subject():
    text = ("全国规模以上工业企业利润增长。主要行业利润情况如下：有色金属冶炼和压延加工业增长1.50倍，"
            "黑色金属冶炼和压延加工业增长1.04倍，纺织业增长4.6%。")
    facts = facts_for(text, ["1.50倍", "1.04倍", "4.6%"])
    assert not {f.subject for f in facts} & {"有色金属", "黑色金属"}


def test_a_change_with_nothing_before_it_measures_the_noun_the_previous_clause_ends_on():
    text = "占税收最大部分的利得税，今年则微跌1.5亿元至1391亿元。"
    facts = facts_for(text, ["1.5亿元", "1391亿元"])
    assert [f.metric for f in facts] == ["利得税", "利得税"]


def test_a_bracketed_news_source_does_not_hide_the_clause_topic():
    text = "(澳门电台消息) 金沙中国第3季净收入2.68亿美元，按年升16%。"
    facts = facts_for(text, ["2.68亿美元", "16%"], [("金沙中国", "firm", "金沙中国"), ("澳门", "place", "澳门")])
    assert [f.subject for f in facts] == ["金沙中国", "金沙中国"]


def test_the_noun_after_de_may_open_with_an_adverb():
    text = "美国2015年对港的直接投资额，比对2011年下跌12.3%。"
    (fact,) = facts_for(text, ["12.3%"], [("美国", "place", "美国")])
    assert fact.metric == "直接投资额"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("A股市场冲高回落，拉升时创业板指一度涨逾1%。", "1%", "创业板指"),
        ("A股市场冲高回落，科创综指上涨1%，上证指数报收3987.01点。", "1%", "科创综指"),
        ("市场热门的科技股出现分化，电子板块上涨0.59%。", "0.59%", "电子板块"),
    ],
)
def test_a_market_index_or_sector_that_moves_is_the_subject(text, figure, subject):
    facts = {f.figure.text: f for f in facts_for(text, [figure])}
    assert facts[figure].subject == subject


def test_ranked_items_with_a_shared_measure_own_the_figures_that_follow():
    text = ("有色金属、基础化工、建筑材料行业主力资金净流入金额居前，分别为84.86亿元、10.74亿元、6.10亿元；"
            "通信、电子行业主力资金净流出金额居前，分别为96.49亿元、70.39亿元。")
    facts = facts_for(text, ["84.86亿元", "10.74亿元", "6.10亿元", "96.49亿元", "70.39亿元"])
    assert [(f.subject, f.metric) for f in facts] == [
        ("有色金属", "主力资金净流入"), ("基础化工", "主力资金净流入"), ("建筑材料", "主力资金净流入"),
        ("通信", "主力资金净流出"), ("电子", "主力资金净流出")]


def _facts_in(text):
    return extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt")).facts


def test_a_release_dated_in_the_republic_of_china_era_is_taiwan_s():
    facts = _facts_of("114年10月外销订单统计\n经济部统计处今（20）日发布114年10月外销订单统计。10月外销订单金额652.3亿美元，"
                      "较上月增加33.6亿美元或5.4%。按地区别观察，10月自美国接单217.6亿美元，年增41.3%。")
    assert facts["652.3亿美元"].subject == "台湾"
    assert facts["5.4%"].figure.change == "increase"
    dated = _facts_of("主计总处发布。114年9月失业率3.36%，较上月下降0.05个百分点。114年1至9月平均失业率3.38%。")
    assert (dated["3.36%"].time, dated["3.38%"].time) == ("114年9月", "114年1至9月")
    yearly = _facts_of("交通部观光署114年1月22日发布。113年全年来台旅客达788.2万人次，较112年的648.7万人次成长21.5%。")
    assert (yearly["788.2万人次"].time, yearly["648.7万人次"].time) == ("113年全年", "112年")
    assert yearly["21.5%"].figure.change == "increase"


def test_an_index_s_points_move_and_extremes_are_the_index_s():
    facts = _facts_of("美股隔晚急挫，拖累港股今日低开低走。恒生指数全日收报19,842点，跌318点或1.58%，全日最高见20,105点，最低见19,776点。")
    assert {facts[f].subject for f in ("19,842点", "318点", "1.58%", "20,105点", "19,776点")} == {"恒生指数"}
    assert facts["318点"].metric == facts["1.58%"].metric == "恒生指数跌幅"


def test_an_earthquake_s_magnitude_is_measured_as_such():
    facts = _facts_of("中国地震台网正式测定：11月08日06时52分在四川雅安市芦山县发生5.1级地震，震源深度14千米。")
    assert facts["5.1级"].metric == "震级" and facts["14千米"].metric == "震源深度"


def test_a_listed_company_s_announcement_is_about_the_firm_its_securities_name_names():
    facts = _facts_of("澄远新材：2024年年度报告摘要\n证券代码：605497　证券简称：澄远新材　公告编号：2025-012\n"
                      "办公地址：江苏省江阴市澄江街道长山大道88号\n江苏省江阴市2024年经济平稳。\n报告期内，实现营业收入41.29亿元，同比增长12.06%。")
    assert facts["41.29亿元"].subject == "澄远新材"


def test_a_half_year_report_s_prose_after_the_shareholder_table_is_the_announcer_s():
    facts = _facts_of("澄远新材：2025年半年度报告摘要\n公司代码：605879 公司简称：澄远新材\n江苏澄远新材料股份有限公司\n"
                      "前10名股东持股情况表 单位：股\n| 股东名称 | 持股比例(%) | 持股数量 |\n"
                      "| 常州澄远投资控股有限公司 | 32.15 | 88,417,500 |\n| 香港中央结算有限公司 | 1.84 | 5,060,294 |\n"
                      "报告期内，公司实现营业收入18.62亿元，同比增长16.53%。")
    assert facts["18.62亿元"].subject == "澄远新材" and facts["18.62亿元"].metric == "营业收入"
    assert facts["5,060,294"].subject == "香港中央结算有限公司"


def test_a_provincial_body_listing_its_cities_speaks_for_the_province():
    path = os.path.join(EVAL, "devgold83", "notices", "695_hubei-urban-renewal-central-budget-investment-2025.txt")
    facts = {fact.figure.text: fact for fact in extract_path(path).facts}
    assert facts["356.8亿元"].subject == "湖北省" and facts["4.26亿元"].subject == "湖北省"
    assert facts["18个"].subject == "武汉市"


def test_a_table_total_keeps_off_a_listed_place_the_prose_wrongly_took():
    facts = _facts_of("四川省投资情况\n成都市、德阳市、眉山市共完成投资120亿元。\n地区　　完成投资（亿元）\n成都市　　70\n"
                      "德阳市　　30\n眉山市　　20\n合计　　　120")
    assert facts["120"].subject != "眉山市"


def test_a_respective_measure_never_reaches_back_over_a_full_stop():
    facts = _facts_of("深圳市交通运输局发布。9月，12328热线共受理网约车投诉2135件，环比下降12.7%（8月为2446件），办结率99.1%。"
                      "其中快达约车、途安出行投诉量居前，分别为486件和371件，市交通运输局已约谈上述平台。")
    assert "。" not in facts["486件"].metric and "%" not in facts["486件"].metric


def test_a_respective_measure_from_the_clause_before_stops_at_its_figures():
    facts = _facts_of("分城市看，8月快递业务量居全省前五位的城市依次为苏州、南京、南通、无锡和宿迁，业务量分别为2.41亿件、1.18亿件、"
                      "0.96亿件、0.87亿件和0.85亿件，同比分别增长12.5%、9.8%、16.3%、11.2%和21.4%。")
    assert facts["9.8%"].metric == "业务量" and facts["9.8%"].subject == "南京"


def test_a_district_s_notice_gives_全省_no_guessed_province():
    assert _facts_of("关于通州区安全生产的通报\n全年全省查办违法违规案件1,386件。")["1,386件"].subject != "北京市"


def test_a_kind_of_act_before_its_count_is_no_actor():
    fact = _facts_of("洛阳市民政局通报。2024年，全市共为2.87万具遗体减免费用3,444万元；全年生态安葬1,236例。")["1,236例"]
    assert fact.subject in ("洛阳市", "洛阳市民政局") and fact.metric == "生态安葬"


def test_villages_in_listed_towns_are_the_county_projects_not_the_last_towns():
    path = os.path.join(EVAL, "devgold65", "notices", "591_huaxian-high-standard-farmland-2025.txt")
    facts = [fact for fact in extract_path(path).facts if fact.figure.text in ("38个", "38")]
    assert [fact.subject for fact in facts] == ["滑县", "滑县"]  # 涉及…、焦虎镇5个乡镇38个行政村; the table's 合计 38


def test_a_bank_calling_itself_wo_hang_publishes_its_own_rates():
    facts = _facts_of("关于调整人民币存款挂牌利率的公告\n根据中国人民银行有关要求，江苏运河农村商业银行股份有限公司（以下简称“我行”）决定调整挂牌利率。"
                      "在中国人民银行公布的一年期存款基准利率1.50%基础上，本次调整后我行一年期整存整取挂牌利率下调0.20个百分点。\n"
                      "同步发售理财产品（产品代码：YHLC25018，全国银行业理财信息登记系统登记编码：Z7002825000186）。"
                      "业绩比较基准为年化2.30%-2.80%，起购金额1万元。")
    bank = "江苏运河农村商业银行股份有限公司"
    assert facts["0.20个百分点"].subject == bank
    assert facts["1万元"].subject == bank and facts["2.30%-2.80%"].subject == bank


def test_taiwan_s_domestic_banks_are_one_subject():
    facts = _facts_of("金管会：6月底本国银行平均逾放比率0.16%\n"
                      "114年6月底本国银行逾期放款总金额为新台币660亿元，平均逾放比率为0.16%。本国银行海外分行放款余额约1,235亿美元。")
    assert (facts["660亿元"].subject, facts["660亿元"].metric) == ("本国银行", "逾期放款总金额")
    assert facts["1,235亿美元"].subject == "本国银行海外分行" and facts["1,235亿美元"].metric == "放款余额"


def test_gai_hang_is_the_bank_the_news_is_about_under_a_page_s_dateline():
    text = ("宁国竹峰农商银行 | 首页 | 个人业务 | 公司业务 | 普惠金融\n当前位置：首页 > 新闻中心 > 本行动态\n"
            "发布时间：2025-07-15 09:12:36   来源：普惠金融部   浏览次数：523\n\n竹峰农商银行上半年涉农贷款余额突破120亿元\n\n"
            "今年以来，宁国竹峰农村商业银行股份有限公司（以下简称“竹峰农商银行”）坚守支农支小定位，持续加大涉农和小微企业信贷投放，"
            "涉农贷款余额121.58亿元，较年初增加9.86亿元，占各项贷款的65.22%。该行普惠型小微企业贷款余额48.73亿元，较年初增长11.95%，"
            "高于各项贷款增速3.6个百分点；贷款户数6,215户，较年初增加417户，实现“两增”目标。\n\n"
            "在宁国市农业农村局、国家金融监督管理总局宣城监管分局指导下，该行深入开展“整村授信”行动，组织客户经理走访宁国市各乡镇。\n\n"
            "该行推出线上信贷产品。上半年，该行累计发放各项贷款8.32万笔。\n\n截至6月末，该行不良贷款率1.18%。")
    facts = _facts_of(text)
    assert {facts[f].subject for f in ("8.32万笔", "1.18%")} == {"竹峰农商银行"}


def test_a_bank_described_as_a_local_bank_is_still_named_by_its_name():
    facts = _facts_of("瓯江银行2024年净利润同比增长8.12%\n4月18日，瓯江银行股份有限公司（以下简称“瓯江银行”）发布2024年度报告。"
                      "作为温州本土城市商业银行，截至2024年末，该行资产总额3126.48亿元。")
    assert facts["3126.48亿元"].subject in ("瓯江银行", "瓯江银行股份有限公司")


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [  # a verb's own count after another kind of figure; a target in brackets is an aside
        ("大理州接待612.35万人次，旅游收入68.92亿元；丽江市接待358.90万人次。", "358.90万人次", "接待"),
        ("纳税人平均办税时间由去年同期的45分钟缩短至28分钟，压缩37.8%。", "37.8%", "纳税人平均办税时间"),
        ("全县城镇新增就业4,286人，完成赣州市下达年度目标任务（5000人）的85.7%，较去年同期增加318人。", "318人", "城镇新增就业"),
        ("全市共检查企业3.26万家次，发现隐患8.74万条，已整改8.51万条，整改率97.4%。", "8.51万条", "整改"),
        ("全市共检查企业3.26万家次，发现隐患8.74万条，已整改8.51万条，整改率97.4%。", "3.26万家次", "检查企业"),
        ("在宁波，今年计划筹集建设保障性租赁住房5万套（间），截至目前已完成4.06万套（间）。", "4.06万套", "计划筹集建设保障性租赁住房"),
        ("全县秋粮总产71.34万吨、折合14.27亿斤，较上年增加2.10万吨。", "14.27亿斤", "秋粮总产"),
        ("全县秋粮总产71.34万吨、折合14.27亿斤，较上年增加2.10万吨。", "2.10万吨", "秋粮总产"),
        ("全市居民人均可支配收入61,720元，同比名义增长5.0%，扣除价格因素实际增长4.8%。", "4.8%", "居民人均可支配收入"),
    ],
)
def test_the_measure_a_later_figure_takes(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


def test_gong_si_is_the_one_firm_the_notice_names_even_under_a_guiding_body():
    text = ("宁波电网最高负荷1,986万千瓦 创历史新高\n据宁波甬能电网有限公司调度控制中心监测，7月24日宁波电网最高用电负荷达1,986.4万千瓦。"
            "当日全市用电量4.12亿千瓦时，同比增长7.3%。当日市区最高气温39.6℃，空调降温负荷约790万千瓦，占最高负荷的四成左右。"
            "全市光伏装机容量780万千瓦，午间光伏出力412万千瓦。\n"
            "在宁波市发展和改革委员会指导下，公司组织需求响应削减负荷45.3万千瓦，参与用户1,268户。公司组建抢修队伍178支。")
    facts = _facts_of(text)
    assert {facts[f].subject for f in ("45.3万千瓦", "1,268户", "178支")} == {"宁波甬能电网有限公司"}


def test_an_order_to_stop_production_is_no_actor():
    facts = _facts_of("佛山市应急管理局\n前三季度，全市已整改隐患8.51万条；责令停产停业整顿126家，行政处罚1,043宗，罚款2,865.4万元。")
    assert {facts[f].subject for f in ("126家", "1,043宗")} == {"佛山市"}


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [  # review of session 17: the speaking body's province, 全X系统 as a scope, 龙头 in a name
        ("浙江省发展和改革委员会\n浙江省对口支援四川省工作成效显著。2024年，浙江在阿坝州、凉山州、甘孜州以及广元市、南充市累计投入援建资金28亿元。"
         "全省生产总值达到9.01万亿元，增长5.5%。", "9.01万亿元", "浙江省"),
        ("全市公安系统共破获刑事案件3200起。", "3200起", "全市"),
        ("浙江龙头山食品有限公司2024年实现营业收入5.6亿元。", "5.6亿元", "浙江龙头山食品有限公司"),
        # 港澳台 together are a kind of destination, not the notice's place
        ("金华市邮政管理局\n1-10月全市快递业务量完成118.62亿件\n1-10月同城、异地、国际及港澳台快递业务收入分别完成9.86亿元、"
         "236.74亿元和12.35亿元。港澳台快递业务量增长较快。港澳台业务收入占比0.5%。", "9.86亿元", "金华市"),
    ],
)
def test_session_17_subjects(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_people_counted_are_not_who_acts():
    facts = _facts_of("于都县人社局\n1—9月，全县城镇新增就业4,286人；失业人员再就业1,152人，就业困难人员实现就业386人。")
    assert facts["1,152人"].subject == "于都县" and facts["386人"].subject == "于都县"


def test_quan_sheng_is_the_province_whose_cities_the_notice_names():
    facts = _facts_of("陇南市两当至成县高速公路建成通车\n项目连接陕西宝鸡，是陕西通往西南的通道。成县、两当县群众出行更便捷，"
                      "陇南市高速公路通车里程将达到628公里，全省高速公路通车里程突破7,000公里。甘肃陇南的群众出行更便捷。")
    assert facts["7,000公里"].subject in ("甘肃", "甘肃省")


def test_a_road_the_headline_opens_on_is_what_xiangmu_and_quanxian_stand_for():
    facts = _facts_of("两当至成县高速公路建成通车 全长86.4公里\n12月26日上午，甘肃陇南两当至成县高速公路建成通车。"
                      "项目全长86.4公里，设计时速100公里/小时。全线共设桥梁58座。两当县至武都区的行车时间缩短至1.5小时。")
    assert facts["100公里/小时"].subject == "两当至成县高速公路" and facts["58座"].subject == "两当至成县高速公路"
    assert facts["1.5小时"].subject != "两当至成县高速公路"


def test_a_penalty_decision_s_figures_are_the_party_s():
    facts = _facts_of("佛山市顺德区市场监督管理局行政处罚决定书\n当事人：佛山市顺德区恒美厨具电器有限公司\n住所：佛山市顺德区容桂街道\n"
                      "经查，当事人共生产电压力锅1260台，货值金额337,680元，违法所得262,640元。\n"
                      "本局决定：1.没收违法所得262,640元；2.罚款人民币伍万伍仟元整。")
    assert {facts[f].subject for f in ("1260台", "337,680元", "262,640元", "伍万伍仟元")} == {"佛山市顺德区恒美厨具电器有限公司"}


def test_the_parts_of_a_structure_share_its_name_and_period():
    facts = _facts_of("2024年全县三次产业结构由上年的8.6:42.3:49.1调整为8.2:41.5:50.3。")
    assert {facts[f].metric for f in ("8.6", "49.1", "8.2", "50.3")} == {"三次产业结构"}
    assert (facts["49.1"].time, facts["50.3"].time) == ("上年", "2024年")


def test_a_wind_s_force_is_measured_as_the_wind_not_as_a_quake():
    facts = _facts_of("受强冷空气影响，全省大部偏北风4～5级，阵风8-10级。全省已有37个国家级气象站出现6级以上大风。")
    assert "偏北风" in facts["4~5级"].metric and facts["8-10级"].metric == "阵风" and facts["6级"].metric == "大风"
    assert _facts_of("4月上旬，常德市局地出现9～11级雷暴大风。")["9~11级"].metric == "雷暴大风"


def test_an_institution_heading_its_own_report_is_the_subject():
    facts = _facts_of("霍山县人民医院2024年工作总结\n2024年，在县委县政府的坚强领导下，霍山县人民医院坚持公益性办院方向。\n\n"
                      "一、主要业务指标稳步增长\n（一）服务量。全年完成门急诊86.42万人次，同比增长6.8%。")
    assert facts["86.42万人次"].subject == "霍山县人民医院"


def test_a_university_calling_itself_our_school_is_the_subject_not_the_nation_it_ranks_in():
    page = ("<html><head><title>我校2024年科研经费到款突破8亿元-江苏科技大学新闻网</title></head><body>"
            "<div id=\"header\"><span>江苏科技大学新闻网</span><span>首页</span></div>"
            "<h2>我校2024年科研经费到款突破8亿元</h2><p>2024年我校科研经费到款8.36亿元。</p>"
            "<p>国家级项目再获突破。全年获批国家自然科学基金项目68项，获批数位列全国高校第47位。</p></body></html>")
    extraction = extract_document(document_from_bytes(page.encode("utf-8"), "news.html"))
    facts = {fact.figure.text: fact for fact in extraction.facts}
    assert facts["68项"].subject == "江苏科技大学"


def test_a_provincial_body_s_notice_of_our_province_is_the_province_s_not_the_nation_s():
    facts = _facts_of("我省成功发行400亿元新增专项债券\n来源：四川省财政厅\n9月16日，四川省财政厅通过财政部政府债券发行系统成功发行专项债券，"
                      "在全国银行间债券市场招标。\n\n本次债券募集资金将用于全省21个市（州）的386个项目。")
    assert facts["386个"].subject == "四川省"


def test_last_year_s_value_dates_itself_not_the_clauses_after_it():
    facts = _facts_of("（一）服务量。全年完成门急诊86.42万人次，上年为80.92万人次，同比增长6.8%；出院3.95万人次，同比增长4.2%。")
    assert facts["80.92万人次"].time == "上年"
    assert facts["3.95万人次"].time == "全年" and facts["6.8%"].time.startswith("全年")


def test_a_basis_in_brackets_dates_its_value_and_a_record_since_a_year_frames_no_period():
    facts = _facts_of("6月，全省平均降水量286.4毫米，较常年同期（205.3毫米）偏多4成，为1961年以来历史同期第3多；全省平均气温26.8℃。")
    assert facts["205.3毫米"].time == "常年同期"
    assert facts["26.8℃"].time == "6月"


def test_a_plan_period_in_quotes_and_within_the_month_are_periods():
    facts = _facts_of("二、降水\n月内共出现4次区域性暴雨过程。\n校长表示：“‘十五五’期间，学校力争年度科研经费突破10亿元。”")
    assert facts["4次"].time == "月内"
    assert "十五五" in facts["10亿元"].time


def test_a_national_association_s_release_is_the_nation_s():
    facts = _facts_of("本网讯 11月12日，中国汽车工业协会发布最新产销数据。\n\n新能源汽车方面，10月产销分别完成176.3万辆和171.5万辆。")
    assert facts["176.3万辆"].subject == "全国"


def test_an_exchange_s_monthly_statistics_are_the_exchange_s_not_a_board_s():
    facts = _facts_of("截至2025年10月末，深市上市公司共2876家，较上月末增加7家，其中主板1502家、创业板1374家。"
                      "本月共有9家公司首发上市，其中主板3家、创业板6家。创业板指数下跌。\n\n"
                      "交易有所回落。本月股票成交金额48,316.27亿元。\n\n截至10月末，深市总市值43.6万亿元。")
    assert facts["48,316.27亿元"].subject == "深市"


def test_a_court_s_work_report_is_the_court_s():
    facts = _facts_of("安吉县人民法院工作报告\n——二〇二五年一月九日在县十七届人大五次会议上\n安吉县人民法院院长　陈立新\n\n各位代表：\n\n"
                      "一、2024年工作回顾\n2024年，全院共受理各类案件12486件，同比下降4.3%；结案率96.4%。")
    assert facts["96.4%"].subject == "安吉县人民法院"


def test_the_long_term_average_is_a_basis_not_the_measure():
    facts = _facts_of("2024年全省水资源总量2310.5亿立方米，比多年平均偏多16.1%，比上年偏多27.2%。")
    assert facts["16.1%"].metric == "水资源总量" and facts["16.1%"].figure.change == "increase"


def test_a_fire_season_a_fiscal_year_in_numerals_and_the_last_edition_are_periods():
    facts = _facts_of("防火期内，全市共发生森林火灾5起，同比下降58.3%。\n108. 二〇二五至二六年度，政府总收入预计为5,893亿元。\n"
                      "大赛共征集参赛项目1286个，比上届的1087个增加199个。")
    assert facts["5起"].time == "防火期内" and facts["5,893亿元"].time == "二〇二五至二六年度"
    assert facts["1087个"].time == "上届"


def test_a_box_office_season_and_the_standards_listed_after_a_basis_year():
    facts = _facts_of("最新统计，2025年国庆档（10月1日至8日）全国电影票房达21.46亿元。\n\n"
                      "调整后标准为2210元/月、1950元/月，较2021年标准（2010元/月、1800元/月）分别提高200元、150元。")
    assert "国庆档" in facts["21.46亿元"].time
    assert facts["1800元/月"].time == "2021年"


def test_a_numbered_section_heading_dates_its_paragraph():
    facts = _facts_of("霍山县人民医院2024年工作总结\n三、人才队伍\n全院在职职工1,126人。\n\n四、2025年工作计划\n力争门急诊量突破90万人次。")
    assert (facts["1,126人"].time, facts["90万人次"].time) == ("2024年", "2025年")


def test_each_count_in_a_list_keeps_the_words_after_it():
    facts = _facts_of("蓝筹股普遍向下，82只恒指成份股中，64只下跌、15只上升、3只无升跌。")
    assert (facts["64只"].metric, facts["15只"].metric, facts["3只"].metric) == ("下跌", "上升", "无升跌")


def test_counts_in_brackets_after_a_named_place_and_shares_of_enumerated_items():
    facts = _facts_of("房源分别位于临平新城的藕花洲公寓（218套，共4幢）和星桥人才公寓（168套，共3幢）。实际开放床位860张（编制床位700张）。\n"
                      "从行业看，毕业生主要集中在：（1）交通运输、仓储和邮政业，占28.9%；（2）建筑业，占21.4%。")
    assert (facts["218套"].metric, facts["4幢"].metric, facts["168套"].metric) == ("藕花洲公寓", "藕花洲公寓", "星桥人才公寓")
    assert facts["700张"].metric == "编制床位"
    assert (facts["28.9%"].metric, facts["21.4%"].metric) == ("交通运输、仓储和邮政业", "建筑业")


def test_a_group_after_a_group_s_measure_shares_the_measure():
    facts = _facts_of("分学历看，本科生平均月薪6,350元，硕士研究生8,460元，博士研究生12,300元。全年城镇居民人均可支配收入52,000元，农村居民21,000元。")
    assert (facts["8,460元"].metric, facts["21,000元"].metric) == ("硕士研究生平均月薪", "农村居民人均可支配收入")


def test_an_average_is_no_subject():
    facts = _facts_of("襄阳市发展和改革委员会关于召开水价听证会的公告\n以户均年用水量120吨测算，执行方案一，户年均增加支出60元，月均增加5元。")
    assert facts["5元"].subject == "襄阳市"


def test_a_publication_date_dates_no_figure_and_an_index_s_trading_day_does():
    facts = _facts_of("【港股收市】恒指跌318点\n2025年03月14日 16:12　财经新闻\n\n恒生指数全日收报19,842点。")
    assert facts["318点"].time == "" and facts["19,842点"].time == "全日"


def test_regions_after_a_by_region_lead_are_subjects_of_the_paragraph_s_measure():
    facts = _facts_of("湖南省1—9月工业和投资运行情况\n1—9月，全省规模以上工业增加值同比增长7.6%。分区域看，长株潭地区增长8.3%，洞庭湖地区增长7.1%。")
    assert (facts["8.3%"].subject, facts["8.3%"].metric) == ("长株潭地区", "规模以上工业增加值")
    assert facts["7.1%"].subject == "洞庭湖地区"


def test_words_opening_with_a_connective_s_character_keep_it():
    facts = _facts_of("全省市场主体发展情况\n\n经营主体净增66.28万户。从业人员增加3万人。")
    assert facts["66.28万户"].subject != "营主体" and facts["3万人"].subject != "业人员"


def test_nominal_and_real_growth_name_no_subject_and_a_ski_season_is_a_period():
    facts = _facts_of("江西省前三季度居民收支情况\n按常住地分，城镇居民人均可支配收入36482元，名义增长4.6%，实际增长4.8%。\n"
                      "2024—2025雪季全市累计接待游客2486.3万人次。")
    assert facts["4.6%"].subject not in ("名义", "实际") and facts["4.8%"].subject not in ("名义", "实际")
    assert facts["2486.3万人次"].time == "2024—2025雪季"


def test_a_manner_adverb_is_no_subject():
    facts = _facts_of("宁夏回族自治区生态环境厅通报\n\n全区共办理案件95件。依法适用不予处罚、减轻处罚案件33件。")
    assert facts["33件"].subject != "依法"


def test_a_change_in_brackets_after_a_comparison_is_this_year_s():
    facts = _facts_of("全年全市粮食产量比上年略增（增长0.8%），达到52.3万吨。")
    assert facts["0.8%"].time != "上年"


def test_a_county_total_before_its_towns_is_the_county_s_and_a_band_keeps_its_measure():
    facts = _facts_of("全县共转移安置群众1326人，其中龙门镇846人、宝盛乡312人、太平镇168人。身高1.2米至1.5米的儿童购买半价票。")
    assert facts["1326人"].subject != "龙门镇" and facts["846人"].subject == "龙门镇"
    assert facts["1.2米至1.5米"].metric == "身高"


def test_a_threshold_before_the_counted_noun_stays_in_its_measure_and_a_position_lends_no_measure():
    facts = _facts_of("全市共有5级以上地震监测台站12个。上半年，全省500万元以上技改项目9296个。"
                      "台风中心位于北纬21.5度、东经118.3度，中心附近最大风力12级（33米/秒）。")
    assert facts["12个"].metric == "5级以上地震监测台站" and facts["9296个"].metric == "500万元以上技改项目"
    assert facts["33米/秒"].metric != "东经"


def test_a_national_association_s_figures_are_the_nation_s_whatever_its_address_or_export_markets():
    text = ("2025年10月新能源汽车销量同比增长两成\n来源：中国汽车工业协会\n"
            "中国汽车工业协会数据显示，10月，新能源汽车销量171.5万辆，同比增长20%。\n出口方面，对欧洲、东南亚市场出口增长较快。\n"
            "联系电话：010-68597890 地址：北京市东城区东四西大街46号\n")
    facts = _facts_of(text)
    assert facts["171.5万辆"].subject == "全国"
    assert facts["两成"].subject == "全国"


def test_an_airport_s_news_under_its_group_s_banner_is_the_airport_s_and_a_summary_line_is_no_actor():
    text = ("河南机场集团有限公司\n首页 > 新闻中心 > 集团要闻\n郑州机场2024年旅客吞吐量达3218.6万人次\n"
            "2024年郑州新郑国际机场完成旅客吞吐量3,218.6万人次，增速居全国大型机场前列。\n"
            "国际地区业务持续恢复。全年完成国际及地区旅客吞吐量126.8万人次。\n")
    assert _facts_of(text)["126.8万人次"].subject == "郑州机场"
    summary = _facts_of("鄞州区教育局智慧教室设备采购项目成交结果公告\n公告概要：成交金额463.5万元，成交供应商2家\n")
    assert summary["463.5万元"].subject != "公告概要"


@pytest.mark.parametrize("text,figure,subject", [
    ("二、实施地点\n地址：云南省大理州洱源县\n三、资金规模\n项目总投资3.2亿元。", "3.2亿元", "大理州"),  # where the works are
    ("项目地址：云南省大理州洱源县，电话0872-5120000，总投资8亿元。", "8亿元", "洱源县"),
])
def test_an_address_names_the_subject_unless_it_is_a_contact_line(text, figure, subject):
    assert _facts_of("当事人：某某建材有限公司，住所：江苏省南京市江宁区秣陵街道某路8号。罚款5万元。")["5万元"].subject != "秣陵街道"
    assert _facts_of(text)[figure].subject == subject


def test_a_plain_word_before_street_office_is_no_subdistrict():
    assert _facts_of("城市街道办事处改革，城市街道共有工作人员2.3万人。")["2.3万人"].subject != "城市街道办事处"


def test_a_subdistrict_office_s_year_under_a_district_site_s_path_is_the_office_s():
    text = ("江汉区人民政府门户网站　首页 > 政务公开 > 街道动态 > 民意街道\n民意街道办事处2024年工作总结和2025年工作计划\n"
            "2024年，民意街道办事处在江汉区委、区政府的坚强领导下，各项工作取得新成效。\n"
            "全年招商引资到位资金3.85亿元，新增市场主体412户。\n")
    facts = _facts_of(text)
    assert facts["3.85亿元"].subject == "民意街道办事处"
    assert facts["412户"].subject == "民意街道办事处"


def test_a_procurement_result_s_figures_are_the_purchaser_s_the_headline_opens_on():
    text = ("宁波市鄞州区教育局2025年中小学智慧教室设备采购项目成交结果公告\n"
            "一、项目预算金额：485万元。\n二、成交总金额：463.5万元，成交供应商2家。\n")
    facts = _facts_of(text)
    assert facts["463.5万元"].subject == "宁波市鄞州区教育局"
    assert _facts_of("宁波市2025年国民经济运行情况\n全市地区生产总值增长5.5%。\n")["5.5%"].subject == "宁波市"


def test_an_approval_s_figures_are_the_approved_project_s():
    text = ("甘肃省发展和改革委员会\n首页 > 政务公开 > 通知公告\n"
            "甘肃省发展和改革委员会关于瓜州北大桥第八风电场50万千瓦项目核准的批复\n酒泉市发展改革委：\n"
            "一、同意建设该项目。\n二、场址面积约42.6平方公里，永久性用地约18.7公顷。\n三、项目总投资约28亿元。\n")
    facts = _facts_of(text)
    assert "风电场" in facts["42.6平方公里"].subject and "风电场" in facts["28亿元"].subject


def test_a_basis_value_before_xiangbi_is_the_measure_s_and_what_follows_changes_it():
    facts = _facts_of("全县常住人口为587,265人，与2010年第六次全国人口普查的459,410人相比，增加127,855人，增长27.83%，年平均增长2.49%。")
    assert [facts[f].metric for f in ("459,410人", "127,855人", "27.83%", "2.49%")] == ["常住人口"] * 4


def test_a_thing_registered_or_pledged_is_no_actor_but_a_firm_s_own_deed_is():
    facts = _facts_of("前三季度，全省注册商标11.36万件；马德里商标国际注册申请386件，同比增长21.8%；"
                      "专利商标质押融资登记金额186.5亿元，同比增长23.6%，惠及企业2,140家。")
    assert {facts[f].subject for f in ("386件", "186.5亿元", "2,140家")} <= {"", "全省"}
    assert _facts_of("卓悦公布供股计划，集资最多1.07亿元。")["1.07亿元"].subject == "卓悦"
    assert _facts_of("国家下达新一批以工代赈中央投资50亿元。")["50亿元"].subject in ("国家", "全国")


def test_a_day_count_s_metric_keeps_what_the_days_are_of():
    facts = _facts_of("全市优良天数为300天，重污染天数2天，平均审理天数46.2天。")
    assert facts["2天"].metric == "污染天数" and facts["46.2天"].metric == "审理天数"


def test_a_taiwan_ministry_s_release_is_taiwan_s_figures():
    text = "交通部观光署今（22）日公布113年观光统计，113年全年来台旅客达788.2万人次，较112年成长21.5%。"
    assert _facts_of(text)["788.2万人次"].subject == "台湾"


def test_a_taiwan_body_s_figures_carried_into_the_next_sentence_are_taiwan_s():
    facts = _facts_of("114年10月失业率3.40%\n发布日期：114-11-24\n行政院主计总处今(24)日发布114年10月人力资源调查统计结果。"
                      "10月劳动力为1,209.6万人，其中就业者1,168.5万人，较上月增加1.2万人。")
    assert [facts[f].subject for f in ("1,209.6万人", "1,168.5万人", "1.2万人")] == ["台湾", "台湾", "台湾"]


def test_the_first_of_places_listed_after_a_breakdown_lead_is_not_the_next_sentence_s_topic():
    facts = _facts_of("广东省演出市场\n前三季度全省演出票房收入62.1亿元。分地区看，广州、深圳票房收入分别为24.71亿元和19.86亿元。"
                      "剧场演出平均上座率78.6%，较上年同期提高3.1个百分点。")
    assert (facts["24.71亿元"].subject, facts["19.86亿元"].subject) == ("广州", "深圳")
    assert facts["78.6%"].subject == facts["3.1个百分点"].subject == "广东省"


def test_taiwan_s_figures_keep_the_name_the_notice_gives_taiwan_and_taiwan_s_entity():
    written_as_nation = _facts_of("114年第3季建物买卖移转\n发布日期：114-10-23\n内政部今（23）日公布114年第3季全国建物买卖移转登记栋数为65,218栋，"
                                  "较上季减少4.3%。")
    named = _facts_of("114年10月外销订单统计\n经济部统计处今（20）日发布统计，台湾10月外销订单金额652.3亿美元，较上月增加5.4%。")
    assert [written_as_nation[f].subject for f in ("65,218栋", "4.3%")] == ["全国", "全国"]
    assert named["652.3亿美元"].subject == "台湾"
    assert written_as_nation["65,218栋"].subject_id == named["652.3亿美元"].subject_id != ""


def test_a_count_before_de_bili_is_the_whole_not_the_share():
    facts = _facts_of("公司回购股份812,300股，占公司总股本283,520,000股的比例为0.29%。")
    assert "总股本" in facts["283,520,000股"].metric


def test_a_firm_located_in_a_park_owns_its_figures():
    facts = _facts_of("位于西安高新区的西安晶曜光电科技有限公司2024年研发投入2.37亿元。")
    assert facts["2.37亿元"].subject == "西安晶曜光电科技有限公司"
    assert _facts_of("安装在岳阳市各企业排水口的1000多套在线监测设备。")["1000多套"].subject == "岳阳市"


def test_a_tender_s_figures_are_the_tendered_works_own():
    text = ("武汉市江夏区人民政府 | 设为首页\n武汉市江夏区纸坊街道老旧小区改造工程（一标段）施工招标公告\n"
            "建设规模：改造老旧小区14个、楼栋86栋，惠及居民3,512户。\n资金来源：预算金额2,865.42万元。\n")
    facts = _facts_of(text)
    assert facts["86栋"].subject == facts["2,865.42万元"].subject == "武汉市江夏区纸坊街道老旧小区改造工程"


def test_an_event_the_headline_names_owns_the_figures_not_its_hosts_or_the_site():
    text = ("兰州市体育局 繁体版 | 简体版 | 无障碍浏览\n首页 > 体育新闻 > 赛事活动\n3.5万名跑者竞逐金城 2025兰州马拉松男子全程赛会纪录被刷新\n"
            "6月8日7时30分，2025兰州马拉松鸣枪开跑。本届赛事由中国田径协会、兰州市人民政府主办，兰州市体育局等单位承办，"
            "设全程马拉松(42.195公里)和半程马拉松(21.0975公里)两个项目，共有3.5万名跑者参赛。\n赛事共设补给站18个。\n")
    facts = _facts_of(text)
    assert {facts[f].subject for f in ("42.195公里", "21.0975公里", "18个")} == {"2025兰州马拉松"}


def test_a_site_banner_is_no_headline_but_its_owner_s_place_is_the_notice_s():
    text = ("安徽省能源局　　网站首页 | 政务公开 | 能源数据 | 政策解读\n您当前的位置：首页 > 能源数据 > 电力运行\n"
            "7月份全省全社会用电量同比增长8.5%\n7月，全省全社会用电量358.64亿千瓦时，同比增长8.5%。\n")
    assert _facts_of(text)["358.64亿千瓦时"].subject in ("安徽省", "全省")
    hosted = _facts_of("本届赛事由省体育局主办，荆楚驰远体育发展有限公司运营，设半程马拉松（21.0975公里）。")
    assert hosted["21.0975公里"].subject != "荆楚驰远体育发展有限公司"


def test_the_dead_and_injured_counted_after_the_fires_are_their_own_measures():
    facts = _facts_of("2024年，全市共接报火灾1,846起，同比下降12.4%；死亡7人，同比减少3人；受伤15人，同比下降21.1%。")
    assert [facts[f].metric for f in ("1,846起", "7人", "3人", "15人", "21.1%")] == ["接报火灾", "死亡", "死亡", "受伤", "受伤"]


def test_a_compared_value_of_another_named_measure_keeps_its_own():
    facts = _facts_of("男性人口为301万人，与女性人口的298万人相比，多3万人。")
    assert facts["298万人"].metric == "女性人口"


def test_a_place_before_its_road_network_or_streets_is_still_the_place():
    assert _facts_of("深圳路网密度达7.4公里/平方公里，居全国第一。")["7.4公里/平方公里"].subject == "深圳"


def test_an_annual_average_growth_rate_keeps_its_measure():
    assert "年平均增长率" in _facts_of("户籍人口年平均增长率为0.8‰。")["0.8‰"].metric


def test_a_labelled_term_s_metric_is_its_label():
    facts = _facts_of("工程位于城北区，估算投资1200万元，计划工期：240日历天。一标段计划工期：180日历天；二标段计划工期：200日历天。")
    assert [facts[f].metric for f in ("240日历天", "180日历天", "200日历天")] == ["计划工期", "计划工期", "计划工期"]
    assert [facts[f].subject for f in ("180日历天", "200日历天")] == ["一标段", "二标段"]


def test_a_tender_headline_opening_on_guanyu_names_the_works_without_it():
    text = "关于城南污水处理厂提标改造工程施工招标公告\n项目总投资3,200万元。\n"
    assert _facts_of(text)["3,200万元"].subject == "城南污水处理厂提标改造工程"


def test_an_age_group_s_share_keeps_its_bound():
    facts = _facts_of("从年龄结构看，24岁以下占5.6%，35岁以上占63.2%；60岁及以上占四成。")
    assert [facts[f].metric for f in ("5.6%", "63.2%", "四成")] == ["24岁以下", "35岁以上", "60岁及以上"]


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        # 港 of 港澳台 is no port, 对 no part of a facility's name
        ("厦门市商务局发布。厦门市对港澳台贸易额达到520亿元。", "520亿元", "厦门市"),
        # one port named after two places
        ("宁波市港航局发布。宁波舟山港完成货物吞吐量13亿吨。", "13亿吨", "宁波舟山港"),
    ],
)
def test_ports_and_trade_partners(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_respective_places_keep_their_order_past_an_ordinal_list():
    facts = _facts_of("分城市看，上海市以1.12亿元居首，北京市、深圳市分别以0.98亿元、0.87亿元位列第二、三位。")
    assert (facts["0.98亿元"].subject, facts["0.87亿元"].subject) == ("北京市", "深圳市")


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("2024年，江宁经济技术开发区、江宁高新区、江宁滨江经济开发区三大园区合计实现营业收入8330亿元，同比增长7.0%，"
         "占全区的比重达到78.6%。", "78.6%", "三大园区"),
        ("2024年，江宁经济技术开发区、江宁高新区、江宁滨江经济开发区三大园区合计实现营业收入8330亿元。", "8330亿元", "三大园区"),
        # a list without a sum: each its own (the first named)
        ("商洛市助力西部鑫兴、瑞美新能源等7家企业争创省级绿色工厂。", "7家", "西部鑫兴"),
    ],
)
def test_a_named_list_summed_as_a_group_is_the_group(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize(
    "figure,subject",
    [("186.5亿元", "郑州市"), ("12.4%", "郑州市"), ("24.3亿元", "郑州市")],
)
def test_what_a_body_allots_to_the_city_is_the_city_s(figure, subject):
    text = ("郑州市人民代表大会常务委员会关于批准2025年市级预算调整方案的决议\n经财政部核定，省财政厅下达我市2025年新增政府债券额度"
            "186.5亿元，比上年的165.9亿元增长12.4%。其中，新增一般债券24.3亿元，新增专项债券162.2亿元。")
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize(
    "figure,metric,change",
    [("18.60亿元", "市级一般公共预算收入", "decrease"), ("11.20亿元", "市级一般公共预算支出", "increase")],
)
def test_a_budget_adjusted_up_or_down_is_a_change_of_the_budget(figure, metric, change):
    text = "市级一般公共预算收入预计调减18.60亿元，调整为593.80亿元。市级一般公共预算支出调增11.20亿元。"
    fact = _facts_of(text)[figure]
    assert (fact.metric, fact.figure.change) == (metric, change)


def test_a_town_s_report_on_its_county_s_portal_is_the_town_s():
    text = ("齐河县人民政府 门户网站\n首页 > 政务公开 > 乡镇（街道）信息公开 > 计划总结\n焦庙镇人民政府2024年工作总结\n"
            "发布机构：焦庙镇人民政府\n　　2024年，焦庙镇在县委、县政府的坚强领导下扎实推进各项工作。\n"
            "　　（一）粮食生产再获丰收。全年粮食播种面积15.8万亩，粮食总产量达到11.05万吨。\n齐河县人民政府办公室主办")
    facts = _facts_of(text)
    assert (facts["15.8万亩"].subject, facts["11.05万吨"].subject) == ("焦庙镇", "焦庙镇")


def test_the_items_summed_later_in_the_sentence_are_the_group():
    facts = _facts_of("广东省邮政管理局发布。分地市看，广州、深圳、揭阳三市快递业务量分别为8.92亿件、5.37亿件和3.68亿件，"
                      "三市合计17.97亿件，占全省的62.7%。")
    assert [(facts[f].subject, facts[f].metric) for f in ("8.92亿件", "17.97亿件")] == [("广州", "三市快递业务量"), ("三市", "快递业务量")]
    assert facts["62.7%"].subject == "三市"


@pytest.mark.parametrize(
    "figure,metric",
    [("60%", "职工社会保险缴费基数下限"), ("5,628元/月", "职工社会保险缴费基数下限"), ("300%", "上限"), ("28,140元/月", "上限"),
     ("222元", "下限"), ("1,110元", "上限")],
)
def test_a_bound_set_by_its_rule_is_the_bound(figure, metric):
    text = ("苏州市人力资源和社会保障局通知。一、职工社会保险缴费基数下限按全口径城镇单位就业人员月平均工资的60%确定，为5,628元/月；"
            "上限按300%确定，为28,140元/月。与上年度相比，下限和上限分别提高222元和1,110元。")
    assert _facts_of(text)[figure].metric == metric


def test_a_line_of_insurance_is_measured_not_who_measures():
    facts = _facts_of("湖北金融监管局发布。2025年1-9月，湖北省保险业累计实现原保险保费收入1862.47亿元。"
                      "人身险业务中，寿险保费收入1102.58亿元，同比增长8.63%。")
    assert (facts["1102.58亿元"].subject, facts["1102.58亿元"].metric) == ("湖北省保险业", "寿险保费收入")


def test_a_change_in_the_paragraph_of_month_on_month_changes_is_month_on_month():
    facts = _facts_of("国家统计局发布。\n一线城市新建商品住宅销售价格环比下降0.3%。其中，上海上涨0.2%，北京、广州和深圳分别下降0.5%、0.6%和0.4%。\n"
                      "二线城市情况另述，价格上涨1.2%。")
    assert [facts[f].time for f in ("0.3%", "0.2%", "0.6%", "1.2%")] == ["环比", "环比", "环比", ""]


def test_a_hospital_calling_itself_our_hospital_owns_its_figures():
    facts = _facts_of("淮安市清江浦区惠民医院\n首页 | 医院概况 | 新闻中心\n我院召开五届三次职工代表大会 全年门急诊68.42万人次\n"
                      "　　1月23日，淮安市清江浦区惠民医院五届三次职工代表大会召开。\n"
                      "　　报告显示，2024年我院全年完成门急诊68.42万人次，同比增长7.6%；开放床位860张。")
    assert {fact.subject for fact in facts.values()} == {"淮安市清江浦区惠民医院"}
    assert "五届" not in facts and "三次" not in facts


def test_a_rate_compared_with_last_month_s_rate_is_a_rate_of_last_month():
    facts = _facts_of("香港金融管理局公布。反映银行平均资金成本的综合利率在6月底为1.92厘，较5月底的2.05厘下跌0.13个百分点。")
    assert (facts["2.05厘"].figure.value, facts["2.05厘"].time, facts["2.05厘"].metric) == (
        Decimal("2.05"), "5月底", "反映银行平均资金成本的综合利率")


def test_a_numbered_point_s_marker_is_no_part_of_its_measure():
    facts = _facts_of("深圳市龙岗区教育局发布。二是优先保障学校周边3～5公里范围内适龄儿童就近入学；三是区教育局同步新招聘教师三百余名。")
    assert facts["三百余名"].metric == "招聘教师"


def test_a_peak_is_when_not_who():
    facts = _facts_of("浙江省交通运输厅发布。10月1日为出行最高峰，当日通行车辆432.6万辆次；返程高峰出现在10月6日，当日通行378.9万辆次。")
    assert facts["378.9万辆次"].subject != "返程高峰"


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("南京市统计局发布。江北、江宁两个新区共落户项目200个，其他区县落户项目300个。", "300个", "南京市"),
        ("南京市统计局发布。玄武区、秦淮区、建邺区三个区共完成固定资产投资500亿元，同比增长10%；全市完成固定资产投资5,200亿元，增长4.5%。",
         "4.5%", "南京市"),
        ("南京市统计局发布。今年以来，全市围绕工业、农业、服务业协同发展，10月全市共实现社会消费品零售总额50亿元。", "50亿元", "南京市"),
        ("南京理工大学经济管理学院新闻：近日，我院学生赴南京鼓楼医院实习，共有20名学生参加。", "20名", "南京理工大学经济管理学院"),
        ("南京鼓楼医院是我国知名三甲医院。南京大学医学院新闻：我院今年共有本科毕业生300名，就业率95%。", "300名", "南京大学医学院"),
    ],
)
def test_groups_and_self_references_stay_where_they_belong(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize("text,figure", [("全市GDP同比增长5%。与2020年相比，增长35%。", "35%"), ("全市GDP同比增长5%，五年累计增长32%。", "32%")])
def test_a_change_with_a_frame_of_its_own_takes_no_carried_basis(text, figure):
    assert "同比" not in _facts_of(text)[figure].time


def test_a_notice_signed_by_the_bank_that_calls_itself_our_bank_is_the_bank_s():
    facts = _facts_of("关于调整人民币存款挂牌利率的公告\n尊敬的客户：\n根据中国人民银行有关规定，我行决定自2025年5月21日起调整人民币存款挂牌利率。"
                      "调整后，一年期整存整取定期存款挂牌利率下调0.20个百分点至1.15%。\n特此公告。\n江苏吴淞江农村商业银行股份有限公司\n2025年5月20日")
    assert facts["1.15%"].subject == "江苏吴淞江农村商业银行股份有限公司"


def test_a_town_government_named_with_its_county_reports_the_town_s_budget():
    facts = _facts_of("德清县新市镇人民政府2025年部门预算公开\n德清县人民政府门户网站 | 政府信息公开 | 新市镇\n"
                      "根据德清县财政局有关要求，现将新市镇人民政府2025年部门预算公开如下。\n"
                      "2025年新市镇收入预算总计19,986.15万元，其中一般公共预算收入12,380.00万元。")
    assert facts["12,380.00万元"].subject == "新市镇"


def test_a_list_of_regions_and_amounts_keeps_the_first_clause_s_measure():
    facts = _facts_of("經濟部統計處發布。114年10月外銷訂單統計。10月自美國接單198.7億美元，年增27.3%；中國大陸及香港142.6億美元，年增6.2%；"
                      "東協72.4億美元，年增31.6%。")
    assert [(facts[f].subject, facts[f].metric) for f in ("142.6亿美元", "72.4亿美元")] == [
        ("中国大陆及香港", facts["198.7亿美元"].metric), ("东协", facts["198.7亿美元"].metric)]
    assert "接单" in facts["72.4亿美元"].metric


def test_a_sentence_about_several_places_hands_none_of_them_to_the_next():
    facts = _facts_of("湖南省前三季度自然灾害情况通报\n前三季度，全省直接经济损失86.35亿元。"
                      "4月上旬，常德市、益阳市局地出现雷暴大风。此外，地质灾害等造成直接经济损失2.31亿元。"
                      "5月，常德市出现冰雹。当日造成直接经济损失0.2亿元。")
    assert facts["2.31亿元"].subject == "湖南省"
    assert facts["0.2亿元"].subject == "常德市"


def test_hong_kong_weeks_date_figures_and_the_week_before_is_a_basis():
    facts = _facts_of("醫院管理局今日（一月十五日）公布，過去一星期（一月八日至十四日）全港公立醫院急症室求診共46,821人次，"
                      "較前一星期的43,636人次上升7.3%。上星期呈報的流感樣疾病爆發個案有38宗，較前一星期的21宗增加17宗。"
                      "普通科門診於本星期六、日額外提供約2,400個診症名額。")
    assert (facts["46,821人次"].time, facts["43,636人次"].time, facts["38宗"].time, facts["21宗"].time) == (
        "过去一星期", "前一星期", "上星期", "前一星期")
    assert facts["43,636人次"].metric == facts["46,821人次"].metric
    assert "本星期" not in facts["2,400个"].time


def test_the_centre_a_notice_calls_this_centre_is_the_subject_of_its_figures():
    facts = _facts_of("重庆市卫生健康委员会\n首页 > 新闻中心 > 基层动态\n【字体：大 中 小】　【打印】\n"
                      "2024年重庆市血液中心无偿献血31.26万人次\n"
                      "1月13日，记者从重庆市血液中心获悉，2024年，该中心共采集无偿献血31.26万人次，同比增长5.8%。\n"
                      "从献血类型看，全血献血28.94万人次，机采血小板献血2.32万人次。")
    assert {facts[f].subject for f in ("31.26万人次", "5.8%", "28.94万人次")} == {"重庆市血液中心"}
    assert facts["31.26万人次"].metric == "采集无偿献血"


def test_a_release_under_site_navigation_is_dated_by_its_headline():
    facts = _facts_of("国家统计局\n首页 > 数据 > 数据解读 > 统计数据 > 数据发布\n【字体：大 中 小】【打印本页】【关闭窗口】\n"
                      "2025年11月份制造业PMI升至49.6\n国家统计局服务业调查中心\n一、中国制造业采购经理指数运行情况\n"
                      "11月份，制造业采购经理指数（PMI）为49.6%，比上月上升0.3个百分点。\n"
                      "从企业规模看，大型企业PMI为50.7%，比上月上升0.4个百分点。")
    assert facts["50.7%"].time == "2025年11月份"


def test_a_paragraph_opening_on_a_basis_gives_it_to_its_changes():
    facts = _facts_of("2025年10月份宁波市居民消费价格同比上涨0.4%\n"
                      "10月份，全市居民消费价格同比上涨0.4%，环比下降0.2%。\n"
                      "从同比看，食品价格下降1.8%，影响居民消费价格下降约0.33个百分点；服务价格上涨0.8%。\n"
                      "八大类价格同比呈“五涨三降”。其中，教育文化娱乐价格上涨1.6%。\n"
                      "从环比看，鲜菜价格上涨5.3%。")
    assert {facts[f].time.split()[-1] for f in ("1.8%", "0.33个百分点", "0.8%", "1.6%")} == {"同比"}
    assert facts["5.3%"].time.split()[-1] == "环比"


def test_an_expo_the_headline_names_is_the_subject_and_stays_out_of_the_metric():
    facts = _facts_of("第八届进博会按一年计意向成交834.9亿美元\n11月10日，第八届中国国际进口博览会在上海闭幕。"
                      "本届进博会按一年计意向成交834.9亿美元，比上届增长4.3%。"
                      "本届展会共有4,108家企业参展，其中世界500强和行业龙头企业297家，数量创历届新高；共设标准展位3,260个。")
    assert {facts[f].subject for f in ("4.3%", "4,108家", "3,260个")} == {"第八届进博会"}
    assert facts["4.3%"].metric == "按一年计意向成交"


def test_where_graduates_work_is_part_of_the_measure_not_the_subject():
    facts = _facts_of("湖北工业大学2025届毕业生就业质量年度报告\n学校2025届毕业生共8,642人。\n"
                      "在湖北省内就业2,486人，其中在武汉市就业1,902人。本科毕业生平均月薪6,180元。")
    assert {facts[f].subject for f in ("2,486人", "1,902人", "6,180元")} == {"湖北工业大学"}
    assert facts["2,486人"].metric == "湖北省内就业"


def test_the_place_a_ministry_sets_a_limit_for_is_the_subject():
    facts = _facts_of("经省人大常委会批准，财政部核定江西省2024年政府债务限额15,862.4亿元，其中一般债务限额5,423.7亿元。")
    assert facts["15,862.4亿元"].subject == facts["5,423.7亿元"].subject == "江西省"
    assert facts["15,862.4亿元"].metric == "政府债务限额"


def test_a_site_path_is_no_headline_but_its_owner_names_the_notice_s_place():
    facts = _facts_of("湖南省生态环境厅 > 信息公开 > 环境质量 > 水环境\n前三季度全省国控断面水质优良比例达96.6%\n"
                      "前三季度，全省国控断面水质优良比例为96.6%。洞庭湖区断面水质优良比例为85.0%，洞庭湖总磷浓度下降。")
    assert facts["96.6%"].subject == "湖南省"
    path = _facts_of("陕西网 > 新闻 > 经济\n1—11月中欧班列（西安）开行4,618列\n今年1—11月，中欧班列（西安）累计开行4618列，同比增长9.3%。")
    assert path["9.3%"].subject != "陕西"


def test_the_deepest_body_of_a_site_path_and_a_spaced_menu_under_it_do_not_head_the_notice():
    facts = _facts_of("国家税务总局浙江省税务局 > 杭州市税务局 > 西湖区税务局 > 税收新闻\n首页　　税收新闻　　通知公告　　纳税服务\n"
                      "西湖区2024年度个税汇算圆满收官 退税超3.1亿元\n今年个税汇算期间，共办理退税3.1亿元，办理率98.4%。")
    assert facts["98.4%"].subject == "西湖区"


def test_a_later_view_in_the_paragraph_replaces_the_first_and_a_plain_sentence_carries_no_basis():
    facts = _facts_of("从同比看，食品价格下降1.8%。从环比看，鲜菜价格上涨5.3%，猪肉价格下降2%。\n"
                      "电力生产环比有所下降。1-9月，规模以上工业发电量增长3.2%。")
    assert (facts["1.8%"].time, facts["5.3%"].time, facts["2%"].time) == ("同比", "环比", "环比")
    assert "环比" not in facts["3.2%"].time


def test_demonstratives_before_ordinary_words_are_not_bodies():
    facts = _facts_of("公司使用闲置资金购买理财产品。上述委托理财金额为3亿元，上述所需资金2亿元，该委员会审议通过。")
    assert (facts["3亿元"].metric, facts["2亿元"].metric) == ("上述委托理财金额", "上述所需资金")


def test_an_allotment_to_several_places_is_none_of_theirs_alone():
    facts = _facts_of("省财政厅分配长沙、株洲等14个市州资金12亿元。")
    assert "facts.subject.recipient.v1" not in facts["12亿元"].rules


def test_a_ministry_sending_down_to_our_city_and_routes_to_a_place_are_the_city_s_and_the_airport_s():
    facts = _facts_of("徐州市2024年度土地卫片执法检查情况\n自然资源部下发我市卫星遥感监测图斑1286个，涉及面积5832.6亩。")
    assert facts["5832.6亩"].subject == "徐州市"
    routes = _facts_of("今年1—9月，福州长乐国际机场累计保障国际及地区旅客186.4万人次。其中，台湾地区航线旅客52.8万人次。入境外籍旅客23.5万人次。")
    assert routes["52.8万人次"].subject == routes["23.5万人次"].subject == "福州长乐国际机场"


def test_a_value_compared_with_after_the_counted_noun_is_of_the_same_measure():
    facts = _facts_of("上半年消委会共接获12,486宗投诉，较去年同期的11,932宗上升4.6%。")
    assert facts["11,932宗"].metric == facts["4.6%"].metric == "投诉"


def test_a_spokesman_is_not_the_subject_but_the_works_he_speaks_for_may_be():
    facts = _facts_of("眉县猕猴桃产业发展情况\n全县猕猴桃种植面积30万亩。公司负责人介绍，项目总投资1.2亿元。"
                      "码头负责人介绍，该码头船舶平均在港时间缩短至19.5小时。")
    assert "负责人" not in facts["1.2亿元"].subject
    assert facts["19.5小时"].subject == "码头"


def test_counties_with_their_administrative_aside_are_counted_together():
    facts = _facts_of("超过九成的县（市、区）实现两项补贴跨省通办。全省87个县（市、区）开展试点。")
    assert facts["九成"].metric == "县（市、区）" and facts["87个"].metric == "县（市、区）"


def test_countries_and_regions_are_counted_together():
    facts = _facts_of("货物通达欧亚45个国家和地区。货源覆盖全国27个省（区、市）。国家综合展有72个国家和国际组织参展。")
    assert (facts["45个"].metric, facts["27个"].metric, facts["72个"].metric) == ("国家和地区", "省（区、市）", "国家和国际组织")


def test_words_after_a_demonstrative_and_a_site_spokesman_stay_whole():
    facts = _facts_of("强降雨过程中，该局部地区最大降雨量达120毫米。现场负责人介绍，项目完成投资3亿元。")
    assert facts["120毫米"].metric.startswith("局部地区") and facts["3亿元"].subject != "现场"


def test_a_county_bureau_s_page_calling_the_county_ours_is_about_the_county():
    facts = _facts_of("首页 | 政务公开 | 政务服务 | 政民互动\n您当前的位置：首页 > 政务公开 > 部门信息 > 县水利局\n"
                      "我县水利重点项目建设跑出“加速度”\n发布日期：2025-11-06　信息来源：县水利局\n"
                      "今年以来，安吉县水利局全力推进水利重点项目建设。我县今年共安排水利建设项目18个。\n"
                      "截至10月底，累计完成投资5.13亿元，完成率79.9%。")
    assert facts["79.9%"].subject == "安吉县"


def test_listed_items_share_the_measure_the_last_one_names_and_a_sum_s_basis_is_measured_by_its_noun():
    facts = _facts_of("城镇、农村居民人均可支配收入分别达78,560元和51,230元，分别增长4.9%和6.2%。")
    assert (facts["78,560元"].metric, facts["51,230元"].metric, facts["4.9%"].metric) == (
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入")
    firm = _facts_of("浙江华澜新材料股份有限公司发布三季报。研发投入2.91亿元，占营业收入的比例为5.1%。以总股本4.33亿股计，总市值约167亿元。")
    assert (firm["2.91亿元"].subject, firm["4.33亿股"].metric) == ("浙江华澜新材料股份有限公司", "总股本")


def test_a_firm_cited_as_the_source_of_a_province_s_figures_is_not_their_subject():
    facts = _facts_of("10月1日至8日国庆中秋假期，贵州省高速公路路网运行总体平稳有序。据黔程高速公路集团有限公司（以下简称“黔程集团”）统计，"
                      "假期8天全省高速公路断面流量累计2,386.4万辆次。据星衡智能科技有限公司统计，公司营收3亿元。")
    assert facts["2,386.4万辆次"].subject == "贵州省" and facts["3亿元"].subject == "星衡智能科技有限公司"


def test_a_part_s_actor_carries_to_the_part_s_later_clauses():
    facts = _facts_of("2024年，全市法院共受理各类案件38.62万件；其中市中院受理2.74万件，审结2.55万件，结案率93.07%。"
                      "义务教育阶段随迁子女3842人，其中在公办学校就读3708人，占96.5%。")
    assert facts["2.55万件"].subject == "市中院" and facts["93.07%"].subject == "市中院"
    assert facts["96.5%"].subject != "公办学校"


def test_a_part_s_count_followed_by_what_it_did_is_measured_by_that():
    facts = _facts_of("全年，全省有康复需求的持证残疾人60.8万人，其中52.6万人得到基本康复服务。"
                      "全县共有企业120家，其中5家为国家级，其中12家实现营收增长。")
    assert facts["52.6万人"].metric == "得到基本康复服务" and facts["12家"].metric == "实现营收增长"
    assert facts["5家"].metric == "企业"


def test_a_target_s_measure_is_without_the_striving():
    facts = _facts_of("会议要求，2025年全市卷烟销量力争达到32.2万箱，税收力争突破2亿元。")
    assert facts["32.2万箱"].metric == "卷烟销量" and facts["2亿元"].metric == "税收"
    assert facts["32.2万箱"].subject != "卷烟销量力争"
    leading = _facts_of("今年全县确保完成造林面积3万亩，力争实现旅游收入5亿元。")
    assert leading["3万亩"].metric == "造林面积" and leading["5亿元"].metric == "旅游收入"
    secured = _facts_of("全年争取上级转移支付资金45.3亿元，比上年多争取6.2亿元。全县共争取3.5亿元。")
    assert secured["6.2亿元"].metric == "多争取" and secured["3.5亿元"].metric == "争取"


def test_what_was_done_more_than_a_basis_is_the_measure_of_the_difference():
    facts = _facts_of("我省已累计发行新增专项债券1,486.3亿元，占新增专项债务限额1,652亿元的90%，较去年同期多发行213.5亿元。"
                      "全年新增充电桩1.86万台，比上年多新增3600台。")
    assert facts["213.5亿元"].metric == "多发行" and facts["213.5亿元"].figure.change == "increase"
    assert facts["3600台"].metric == "新增充电桩"


def test_a_measure_is_without_the_completing_or_holding_verb_after_it():
    facts = _facts_of("全年增值税完成158.36亿元。城镇调查失业率控制在5%以内。第二季经济成长率概估为4.12%。")
    assert facts["158.36亿元"].metric == "增值税" and facts["5%"].metric == "城镇调查失业率"
    assert facts["4.12%"].metric == "经济成长率"
    assert _facts_of("其中市本级收入32.1亿元，县区完成53.5亿元。")["53.5亿元"].metric != "县区"


def test_the_noun_before_a_settlement_or_service_counted_is_not_who_acts():
    facts = _facts_of("潍坊市医疗保障局发布2024年医保基金运行情况。全年异地就医直接结算128.6万人次，结算金额21.37亿元。")
    assert facts["128.6万人次"].subject != "异地"


def test_a_fine_is_measured_as_such_and_belongs_to_the_firm_fined():
    facts = _facts_of("宁波市应急管理局通报执法情况。对宁波恒泰新材料有限公司未按规定排查治理事故隐患的行为处以罚款48万元。"
                      "建议对常州恒基建设工程有限公司处150万元罚款。全市罚没收入共计300万元。")
    assert (facts["48万元"].metric, facts["48万元"].subject) == ("罚款", "宁波恒泰新材料有限公司")
    assert (facts["150万元"].metric, facts["150万元"].subject) == ("罚款", "常州恒基建设工程有限公司")
    assert facts["300万元"].subject != "常州恒基建设工程有限公司"


def test_a_count_of_stations_is_measured_by_what_they_saw():
    facts = _facts_of("6月，全省有42站出现35°C以上高温，37站次出现暴雨，9站次大暴雨。")
    assert facts["42站"].metric == "35°C以上高温" and facts["37站次"].metric == "暴雨" and facts["9站次"].metric == "大暴雨"


def test_a_borrowed_measure_drops_the_name_of_the_previous_subject():
    facts = _facts_of("10月，新能源汽车销量前三的企业中，其中比亚迪销量30.2万辆，特斯拉5.6万辆，理想汽车4.8万辆。")
    assert (facts["5.6万辆"].metric, facts["5.6万辆"].subject) == ("销量", "特斯拉")
    assert facts["4.8万辆"].metric == "销量"


@pytest.mark.parametrize(("text", "figure", "subject", "metric"), [
    ("5条新航线每周合计执行31~33班：福州—吉隆坡航线由东南天际航空执飞，每日1班（每周7班）；福州—大阪航线每周4班。",
     "7班", "福州—吉隆坡航线", "每周航班"),
    ("5条新航线每周合计执行31~33班：福州—吉隆坡航线由东南天际航空执飞，每日1班（每周7班）；福州—大阪航线每周4班。",
     "1班", "福州—吉隆坡航线", "每日航班"),
    ("5条新航线每周合计执行31~33班：福州—吉隆坡航线由东南天际航空执飞，每日1班（每周7班）；福州—大阪航线每周4班。",
     "4班", "福州—大阪航线", "每周航班"),
    ("机场新开通多条国际航线。其中，郑州—卢森堡航线每周执行18班。", "18班", "郑州—卢森堡航线", "每周执行"),
    ("成都至阿姆斯特丹直航航线每周3班。", "3班", "成都至阿姆斯特丹直航航线", "每周航班"),
    ("中欧班列方面，西安—杜伊斯堡班列每周开行5列。", "5列", "西安—杜伊斯堡班列", "每周开行"),
])
def test_a_route_opening_its_clause_is_what_its_flights_count(text, figure, subject, metric):
    fact = _facts_of(text)[figure]
    assert (fact.subject, fact.metric) == (subject, metric)
    assert "facts.subject.route_line.v1" in fact.rules


def test_a_route_needs_a_place_or_a_dash_before_it():
    facts = _facts_of("中欧班列开行情况。今年新开至东南亚航线6条。")
    assert "facts.subject.route_line.v1" not in facts["6条"].rules


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("今年1—9月，长乐机场国际及地区航班起降1.27万架次，同比增长35.1%。", "1.27万架次", "国际及地区航班起降"),
    ("今年1—9月，长乐机场国际及地区航班起降1.27万架次，同比增长35.1%。", "35.1%", "国际及地区航班起降"),
])
def test_takeoffs_and_landings_are_one_word_not_a_fall(text, figure, metric):
    assert _facts_of(text)[figure].metric.endswith(metric)


def test_aircraft_movements_have_no_aircraft_as_their_actor():
    fact = _facts_of("全年飞机起降架次达到5.2万架次。")["5.2万架次"]
    assert fact.subject != "飞机" and fact.metric == "飞机起降架次"


@pytest.mark.parametrize(("figure", "metric"), [("37,085人", "人口自然减少"), ("5,120人", "人口机械增长")])
def test_natural_and_migratory_change_are_measures_not_falls(figure, metric):
    fact = _facts_of("2024年末，全市户籍人口737.12万人，人口自然减少37,085人，人口机械增长5,120人。")[figure]
    assert fact.metric == metric and fact.subject == "全市"


def test_an_age_band_before_its_count_is_the_group_counted():
    facts = _facts_of("2024年末，全市60岁及以上户籍人口214.36万人，占28.41%，其中65岁及以上163.90万人，占21.72%。")
    assert "65岁" not in facts
    assert (facts["163.90万人"].metric, facts["21.72%"].metric) == ("65岁及以上", "65岁及以上占比")


def test_aircraft_are_no_actor_of_an_airport_s_movements():
    facts = _facts_of("2024年，南宁吴圩国际机场完成旅客吞吐量1500万人次，飞机起降11.86万架次，同比增长9.3%。")
    assert facts["11.86万架次"].subject == facts["9.3%"].subject == "南宁吴圩国际机场"


def test_schools_just_opened_are_a_kind_of_school_and_their_class_sizes_are_counts():
    facts = _facts_of("合肥市今秋新增学位情况\n分学段看，新投用幼儿园18所、新增学位6480个；小学15所、新增学位24300个。"
                      "新建小学办学规模多为36～48班。")
    assert "幼儿园" not in facts["18所"].subject and facts["18所"].metric.endswith("幼儿园")
    assert facts["36~48班"].metric == "新建小学办学规模"


def test_a_body_announcing_a_month_s_figures_in_the_headline_is_not_their_subject():
    facts = _facts_of("香港特别行政区政府 新闻公报\n运输署公布十月份公共交通乘客量 平均每日1,268万人次按年升2.4%\n"
                      "运输署今日公布，十月份公共交通工具平均每日载客量为1,268万人次。")
    headline = [fact for fact in _all_facts("香港特别行政区政府 新闻公报\n运输署公布十月份公共交通乘客量 平均每日1,268万人次按年升2.4%\n")
                if fact.figure.text == "1,268万人次"]
    assert headline and headline[0].subject == "香港"
    assert facts["1,268万人次"].subject == "香港"


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("繁忙时段部分巴士路线班次将加密至每5～8分钟一班。", "5~8分钟", "繁忙时段部分巴士路线班次间隔"),
    ("地铁发车间隔缩短至每3分钟一班。", "3分钟", "地铁发车间隔"),
])
def test_a_headway_is_a_figure_measuring_the_interval(text, figure, metric):
    fact = _facts_of(text)[figure]
    assert fact.metric == metric and "facts.metric.headway.v1" in fact.rules


def test_a_per_unit_basis_is_still_no_figure():
    assert "100元" not in _facts_of("每100元营业收入中的成本为85元。")


def _all_facts(text):
    return extract_document(document_from_bytes(text.encode("utf-8"), "notice.txt")).facts


def test_a_headline_s_own_scope_outranks_the_nation_compared_with():
    facts = _facts_of("2025年1—10月全省规模以上工业增加值增长7.6%\n1—10月，全省规模以上工业增加值同比增长7.6%，高于全国平均水平1.5个百分点。\n"
                      "分三大门类看，1—10月采矿业增加值增长3.5%。分设区市看，赣州、九江、上饶3个设区市增速超过10%。")
    assert facts["3.5%"].subject != "全国"


def test_investors_from_hong_kong_macau_and_taiwan_are_no_place():
    extraction = extract_document(document_from_bytes("外商及港澳台商投资企业增长4.1%，私营企业增长8.6%。".encode(), "n.txt"))
    assert not any(mention.text == "港澳台" for mention in extraction.mentions)
    assert extraction.facts[0].metric == "外商及港澳台商投资企业"


def test_dead_and_injured_written_short_are_counted_so():
    facts = _facts_of("全年全市共发生火灾1,108起，较上年减少190起；亡3人、伤7人，分别较上年减少2人和4人。")
    assert [facts[f].metric for f in ("3人", "7人", "2人", "4人")] == ["死亡", "受伤", "死亡", "受伤"]


def test_careless_use_of_fire_keeps_its_use():
    facts = _facts_of("从起火原因看，电气原因引发火灾401起，占36.2%；用火不慎引发237起，占21.4%。")
    assert facts["237起"].metric == "用火不慎引发"


def test_a_place_s_red_cross_speaks_for_its_place():
    facts = _facts_of("温州市红十字会\n2024年造血干细胞捐献工作综述\n记者从市红十字会获悉，2024年，新增造血干细胞捐献志愿者入库6,218人份。"
                      "其中瑞安市新增入库1,020人份。截至2024年底，累计入库志愿者11.3万人份。")
    assert facts["11.3万人份"].subject == "温州市"


def test_a_part_named_after_its_whole_is_not_carried_to_the_next_sentence():
    facts = _facts_of("2024年，温州市新增造血干细胞捐献志愿者入库6,218人份。其中瑞安市新增入库1,020人份。截至2024年底，累计入库志愿者11.3万人份。")
    assert facts["1,020人份"].subject == "瑞安市" and facts["11.3万人份"].subject == "温州市"


def test_the_firm_of_a_notice_is_not_an_example_listed_with_etc():
    facts = _facts_of("国网南京供电公司迎峰度夏工作综述\n今年以来，国网南京供电公司全力保障电力供应。"
                      "南京宁钢新材料有限公司等高耗能企业主动错峰生产。迎峰度夏期间，公司每日安排抢修人员两千余人次。")
    assert facts["两千余人次"].subject == "国网南京供电公司"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("长沙到张家界高铁专线开通后，张家界接待游客增长25%。", "25%", "张家界"),
    ("开通广州—拉各斯航线后，全市航空货运量增长30%。", "30%", "广州"),
    ("今年新开杭州—曼谷航线等5条国际航线，国际旅客吞吐量增长40%。", "40%", "杭州"),
])
def test_a_route_opening_an_earlier_clause_is_no_subject_of_later_figures(text, figure, subject):
    fact = _facts_of(text)[figure]
    assert fact.subject == subject and "facts.subject.route_line.v1" not in fact.rules


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("每人每次最多为5盒。", "5盒", "每人每次最多"),
    ("降雨日数偏多为12天。", "12天", "降雨日数"),
    ("舒城县六安青岚油茶科技有限公司投资2000万元建设油茶基地。", "2000万元", "投资"),
    ("平阳县温州鑫泰建材有限公司以98.6万元中标。", "98.6万元", "中标"),
    ("对年满80周岁以上100元的高龄补贴按月发放。", "100元", "高龄补贴"),
    ("渡轮服务班次由每15分钟一班缩短至每10分钟一班。", "10分钟", "渡轮服务班次间隔"),
    ("贷款市场报价利率从即日起降10个基点。", "10个基点", "贷款市场报价利率从即日起"),
])
def test_session_22_rules_keep_off_their_neighbours(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize("text", ["每4小时1次翻身拍背。", "护士每2小时一次为患者测量体温。", "本次共有3人份额转让。"])
def test_routines_and_shares_are_no_headways_or_portions(text):
    assert not [f for f in _facts_of(text) if f.endswith(("小时", "人份"))]


def test_an_age_band_before_money_is_still_a_figure():
    facts = _facts_of("参赛选手年龄均在18岁以上20岁以下。对60周岁以上300元的标准予以补助。")
    assert {"18岁", "20岁", "60周岁"} <= set(facts)


def test_a_procurement_s_lots_share_the_whole_s_measure():
    facts = _facts_of("三、预算金额：1080万元，其中包1为600万元，包2为280万元。本项目共有9家供应商递交投标文件（包1有4家、包2有3家）。")
    assert facts["1080万元"].metric == "预算金额"
    assert (facts["600万元"].subject, facts["600万元"].metric) == ("包1", "预算金额")
    assert (facts["3家"].subject, facts["3家"].metric) == ("包2", "供应商递交投标文件")


def test_the_whole_market_is_no_city():
    facts = _facts_of("全市场ETF规模突破2万亿元\n截至6月末，全市场ETF规模突破2万亿元，较年初增长12%。")
    assert facts["12%"].subject != "全市" and facts["12%"].metric == "全市场ETF规模"
    assert _facts_of("全市场馆接待游客120万人次。")["120万人次"].subject == "全市"


def test_two_kinds_of_one_price_index_share_its_name_and_are_no_market_index():
    facts = _facts_of("澳门统计暨普查局资料显示，甲类及乙类消费物价指数分别为100.58及100.73，按年分别上升0.29%及0.27%。")
    assert (facts["0.29%"].metric, facts["0.27%"].metric) == ("甲类消费物价指数", "乙类消费物价指数")
    assert "facts.subject.index.v1" not in facts["0.27%"].rules


def test_net_migration_is_a_measure_and_a_site_name_after_a_title_is_none():
    facts = _facts_of("2025年全国粮食总产量14130亿斤 比上年增长1.2%_国家统计局\n全年人口自然减少8万5,424人，另社会减少3,042人。")
    assert facts["1.2%"].metric == "粮食总产量"
    assert (facts["3,042人"].metric, facts["3,042人"].subject) != ("另社", "社会")
    assert facts["3,042人"].metric == "社会减少"


def test_a_hong_kong_department_s_release_is_about_hong_kong_not_the_mainland_market():
    facts = _facts_of("BUD专项基金去年批出逾4.2亿港元\n工业贸易署昨日公布，「发展品牌、升级转型及拓展内销市场的专项基金」2024年共接获申请3,862宗。"
                      "按计划划分，「内地计划」批出1,608宗。本港企业拓展内地市场。香港生产力促进局举办简介会126场。深圳、广州均有企业参与。")
    assert facts["3,862宗"].subject == "香港"


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("首都机场日起降1800架次。", "1800架次", "首都机场日起降"),
    ("高峰时段每5分钟一班，平峰时段每10分钟一班。", "10分钟", "平峰时段间隔"),
    ("公交每8分钟一辆。", "8分钟", "公交间隔"),
    ("商品房和住宅销售面积分别为120万平方米和100万平方米。", "120万平方米", "商品房"),
    ("二、三产业增加值分别增长5%和6%。", "5%", "第二产业增加值"),
    ("全市60岁以上老人3.2万余人。", "3.2万余人", "60岁以上老人"),
])
def test_session_22_review_two_cases_keep_their_measures(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("其中郑州—首尔航线每周3班。", "3班", "郑州—首尔航线"),
    ("双流—东京航线客座率85%。", "85%", "双流—东京航线"),
    ("福州—大阪航线（经停杭州）每周4班。", "4班", "福州—大阪航线"),
])
def test_routes_from_airports_after_leads_and_with_asides(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_a_mainland_maritime_office_is_no_hong_kong_department():
    facts = _facts_of("长江海事局南京海事处\n南京海事处公布，1-10月辖区货柜船舶进出港3200艘次，按年增长5%。")
    assert facts["3200艘次"].subject != "香港"


def test_places_listed_with_their_figures_take_each_figure_s_measure_by_its_unit():
    facts = _all_facts("分县区看，邳州市违法用地42宗、面积236.4亩，睢宁县37宗、198.7亩，新沂市31宗、172.5亩。")
    assert [(f.figure.text, f.metric, f.subject) for f in facts][2:4] == [("37宗", "违法用地", "睢宁县"), ("198.7亩", "面积", "睢宁县")]


@pytest.mark.parametrize(("text", "figure", "metric"), [
    # each label before a colon names its own value, not the first label of the sentence
    ("采购预算：450万元，最高限价：445万元，中标金额：428.6万元，下浮率4.76%。", "428.6万元", "中标金额"),
    ("采购预算：450万元，最高限价：445万元，中标金额：428.6万元，下浮率4.76%。", "445万元", "限价"),
    ("采购预算：450万元，最高限价：445万元，中标金额：428.6万元，下浮率4.76%。", "4.76%", "下浮率"),
    # 负增长 and a rule's 不得 are no part of the measure
    ("出口负增长0.5个百分点。", "0.5个百分点", "出口"),
    ("检出苯甲酸含量为0.86g/kg，标准规定不得超过0.5g/kg。", "0.5g/kg", "标准规定"),
])
def test_a_label_s_value_and_words_that_only_bound_or_sign_it(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize(("text", "figure", "metric"), [
    # a bare name like the one opening the clause before repeats that clause's measure
    ("游泳队夺得金牌12枚，跳水队9枚，田径队7枚。", "9枚", "跳水队金牌"),
    ("游泳队夺得金牌12枚，跳水队9枚，田径队7枚。", "7枚", "田径队金牌"),
    ("分学历看，本科生平均月薪6,350元，硕士研究生8,460元，博士研究生12,300元。", "12,300元", "博士研究生平均月薪"),
    ("一中录取新生320人，二中280人。", "280人", "二中新生"),
    # what a count after a threshold counts is the class the threshold names
    ("收入10万元以上的村443个，占97.4%；收入50万元以上的村131个。", "443个", "收入10万元以上的村"),
    ("收入10万元以上的村443个，占97.4%；收入50万元以上的村131个。", "131个", "收入50万元以上的村"),
    # a counted noun stops at a space; a total's noun is its measure, not what follows
    ("广东代表团奪得68枚金牌 奖牌总数167枚创历届新高", "68枚", "金牌"),
    ("广东代表团奪得68枚金牌 奖牌总数167枚创历届新高", "167枚", "奖牌总数"),
])
def test_parallel_items_classes_and_totals_keep_their_own_measure(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


def test_a_deadline_is_the_time_not_part_of_the_measure():
    fact = _facts_of("确保2026年底前全部达到10万元以上。")["10万元"]
    assert fact.time == "2026年底前" and "前" not in fact.metric


def test_全区_of_a_district_s_notice_is_the_district_not_the_province_it_names():
    facts = _facts_of("成都市武侯区人民政府 > 政务公开 > 卫生健康\n武侯区2025年9月法定传染病疫情通报\n信息来源：武侯区疾病预防控制中心\n"
                      "据武侯区疾病预防控制中心监测，2025年9月，全区共报告法定传染病13种1,248例。该项目已纳入四川省民生实事。")
    assert facts["1,248例"].subject == "武侯区"


def test_a_film_that_earns_an_amount_is_its_subject_and_the_box_office_its_measure():
    facts = _facts_of("国庆档全国电影票房18.37亿元。影片方面，星眸影业出品的《长空之翼》以7.26亿元夺得档期冠军，占档期总票房的39.5%；"
                      "《山海归途》收获4.83亿元，占26.3%。")
    assert (facts["7.26亿元"].subject, facts["7.26亿元"].metric) == ("长空之翼", "票房")
    assert (facts["4.83亿元"].subject, facts["4.83亿元"].metric) == ("山海归途", "票房")
    assert facts["39.5%"].subject == "长空之翼" and facts["26.3%"].subject == "山海归途"
    assert facts["18.37亿元"].subject == "全国"


def test_natural_growth_and_residues_keep_their_words():
    facts = _facts_of("人口自然增长率-1.61‰。不合格项目中，农药残留超标2批次，兽药残留不合格1批次。")
    assert facts["-1.61‰"].metric == "人口自然增长率" and facts["-1.61‰"].figure.kind == "quantity"
    assert facts["2批次"].subject == "" and facts["1批次"].subject == ""


def test_a_bracketed_part_is_an_aside_and_a_basis_year_dates_nothing():
    assert _facts_of("年末全国民用汽车保有量33618万辆（包括三轮汽车和低速货车713万辆），比上年末增加1,715万辆。")[
        "1,715万辆"].metric == "民用汽车保有量"
    facts = _facts_of("全县农村居民人均可支配收入达到18650元，增长7.1%，是2015年的两倍。")
    assert facts["18650元"].time == "" and facts["7.1%"].time == ""


def test_a_place_s_value_set_beside_the_notice_s_is_that_place_s():
    facts = _facts_of("杭州市统计局发布\n本市商品住宅平均售价为每平方米2.3万元，低于上海的6.5万元和北京的6.0万元。全市GDP增长5.1%，高于全国的5.0%。")
    assert [(facts[f].subject, facts[f].metric) for f in ("2.3万元", "6.5万元", "6.0万元")] == [
        ("杭州市", "商品住宅平均售价"), ("上海", "商品住宅平均售价"), ("北京", "商品住宅平均售价")]
    assert (facts["5.0%"].subject, facts["5.1%"].subject) == ("全国", "杭州市")


def test_a_per_unit_before_a_price_is_no_part_of_its_measure():
    facts = _facts_of("公租房租金约为每月每平方米26元。由每人每月100元提高至120元。")
    assert facts["26元"].metric == "公租房租金" and "每" not in facts["100元"].metric


def test_each_band_s_count_is_of_its_own_class():
    facts = _facts_of("全县收入10万元以上的村443个，占97.4%；50万元以上的村23个。")
    assert (facts["443个"].metric, facts["97.4%"].metric, facts["23个"].metric) == (
        "收入10万元以上的村", "收入10万元以上的村占比", "收入50万元以上的村")


def test_a_court_s_short_name_and_its_own_report():
    facts = _facts_of("成都市武侯区人民法院\n武侯法院通报2025年上半年执行工作情况\n"
                      "今年1—6月，武侯法院共受理执行案件8,426件，在四川省高级人民法院开展的执行质效评查中位列全省基层法院第一。\n"
                      "在强制执行方面，该院依法将1,204人纳入失信被执行人名单，同比下降8.7%。")
    assert facts["8,426件"].subject == "成都市武侯区人民法院"
    assert (facts["1,204人"].subject, facts["1,204人"].metric) == ("成都市武侯区人民法院", "纳入失信被执行人名单")


def test_a_subsidiary_s_trade_abbreviation_names_it_and_contributions_to_an_index_are_changes():
    facts = _facts_of("| 公司名称 | 净利润（万元） |\n| --- | --- |\n| 东衡期货有限公司 | 1,126.44 |\n| 东衡证券资产管理有限公司 | 1,487.30 |\n\n"
                      "子公司方面，东衡期货10月实现营业收入5,318.06万元；东衡资管实现净利润1,487.30万元，环比增长23.6%。\n"
                      "外出用膳收费上升2.36%，拉高整体指数约0.38个百分点；衣履类指数下跌3.14%，拖低整体指数0.12个百分点。"
                      "问题发现率13.2%。")
    assert facts["23.6%"].subject == "东衡证券资产管理有限公司"
    assert (facts["0.38个百分点"].figure.change, facts["0.12个百分点"].figure.change) == ("increase", "decrease")
    assert facts["13.2%"].subject != "问题"


def test_the_three_industries_listed_by_ordinal_each_own_their_figure():
    facts = _facts_of("全年第一、二、三产业增加值分别为320亿元、1280亿元和2100亿元，分别增长4.1%、5.6%和6.2%。")
    assert [facts[f].metric for f in ("320亿元", "1280亿元", "2100亿元", "4.1%", "5.6%", "6.2%")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"] * 2


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("会议以9票同意、0票反对、0票弃权审议通过了该议案。", "9票", "同意"),
    ("表决结果：9票同意，0票反对，1票弃权。", "1票", "弃权"),
    ("每股净资产由5.23元增至5.67元。", "5.67元", "每股净资产"),
    ("一般公共预算收入完成85.6亿元，同口径增长6.3%。", "6.3%", "一般公共预算收入"),
    ("城镇调查失业率平均为5.1%。", "5.1%", "城镇调查失业率"),
])
def test_votes_levels_reached_and_words_that_only_qualify_a_figure(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


def test_a_controlling_shareholder_named_after_the_listed_firm_holds_the_shares():
    facts = _facts_of("浙江华拓精密科技股份有限公司\n关于控股股东部分股份解除质押的公告\n"
                      "浙江华拓精密科技股份有限公司（以下简称“公司”）控股股东绍兴华拓投资控股有限公司（以下简称“华拓控股”）"
                      "持有公司股份12,865万股，占公司总股本的31.17%。\n"
                      "金沙中国控股股东拉斯维加斯金沙集团公布第3季业绩，期内金沙中国净收益按年减少1%至17.7亿美元。")
    assert (facts["12,865万股"].subject, facts["12,865万股"].metric) == ("华拓控股", "持有公司股份")  # by the name it is given
    assert facts["31.17%"].subject == "华拓控股"
    assert facts["17.7亿美元"].subject != "拉斯维加斯金沙集团"


def test_the_firm_named_公司_and_a_new_firm_s_registered_capital():
    facts = _facts_of("浙江纬钧新材料股份有限公司（以下简称“公司”）拟设立子公司。同时，公司拟与杭州启衡企业管理合伙企业（有限合伙）"
                      "共同出资设立控股子公司浙江纬钧氢能材料有限公司（暂定名，以下简称“纬钧氢能”），注册资本5,000万元，"
                      "其中公司认缴出资3,250万元，持股65%。")
    assert facts["5,000万元"].subject == "浙江纬钧氢能材料有限公司"
    assert facts["3,250万元"].subject == "浙江纬钧新材料股份有限公司"


def test_words_closing_a_bound_after_a_figure_are_no_measure():
    facts = {f.figure.text: f for f in extract_document(document_from_bytes("专任教师1500人开外，研究生800人之多。".encode(), "n.txt")).facts}
    assert (facts["1500人"].metric, facts["1500人"].figure.comparator) == ("专任教师", ">")
    assert (facts["800人"].metric, facts["800人"].figure.comparator) == ("研究生", ">")


def test_a_loss_turned_to_profit_keeps_the_loss_a_loss_and_dates_only_it_last_year():
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(
        "利润总额由上年亏损2.3亿元转为盈利1.1亿元。".encode(), "n.txt")).facts}
    assert "亏损" in facts["2.3亿元"].metric and facts["2.3亿元"].time == "上年"
    assert "盈利" in facts["1.1亿元"].metric and facts["1.1亿元"].time == ""


def test_a_forecast_s_change_to_and_to_is_one_range_of_the_measure_forecast():
    text = ("预计2024年半年度实现归属于母公司所有者的净利润与上年同期相比，将增加3,000万元到4,000万元，同比增加50%到70%。"
            "营业收入同比增加1.2亿元至5.6亿元。")
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    found = [(f.figure.text, f.figure.value, f.figure.value_max, f.figure.change, f.metric) for f in facts]
    assert found[0] == ("3,000万元到4,000万元", 30000000, 40000000, "increase", "净利润")
    assert found[1][:4] == ("50%到70%", 50, 70, "increase")
    assert [row[:4] for row in found[2:]] == [("1.2亿元", 120000000, None, "increase"), ("5.6亿元", 560000000, None, None)]


@pytest.mark.parametrize("text,figure,time,metric", [
    ("二零二四年十月的整體消費物價按年上升2.1%，九月為2.2%。", "2.2%", "九月", "整体消费物价"),
    ("第三季度本港本地生產總值按年實質上升1.8%，上一季為上升3.2%。", "3.2%", "上一季 按年", "生产总值"),
    ("该企业成立于1998年，现有员工1200人。", "1200人", "", "员工"),
    ("预计到2025年，全市数字经济规模将增加到2020年的2倍。", "2倍", "2025年", "数字经济规模"),
    ("出口额增长到上年的3倍。", "3倍", "", "出口额"),
])
def test_a_period_dates_only_what_it_frames(text, figure, time, metric):
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts[figure].time, facts[figure].metric) == (time, metric)


def test_the_province_s_stations_are_the_province_s_and_the_peak_is_where_it_fell():
    text = "过去24小时，全省共有12个站点降水量超过100毫米，最大为156.8毫米，出现在永春县。"
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts["12个"].subject == "福建省" and facts["100毫米"].subject == "福建省"
    assert facts["156.8毫米"].subject == "永春县"


def test_a_national_law_s_name_is_no_subject_of_the_fines_it_is_cited_for():
    text = "根据《中华人民共和国环境保护法》第五十九条，处罚款10万元，共计处罚金额150万元。"
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [f.subject for f in facts] == ["", ""]


@pytest.mark.parametrize("text,figure,metric", [
    ("建成区绿化覆盖率42.3%。", "42.3%", "建成区绿化覆盖率"),
    ("全市建成区面积扩大到86平方公里。", "86平方公里", "建成区面积"),
    ("全年一般公共预算收入完成45.6亿元，为预算的102.3%，同比增长6.8%。", "102.3%", "一般公共预算收入为预算"),
    ("全年一般公共预算收入完成45.6亿元，为预算的102.3%，同比增长6.8%。", "6.8%", "一般公共预算收入"),
    ("1-9月累计完成投资1,021.4亿元，完成年度计划的81.1%。", "81.1%", "投资完成年度计划"),
    ("城镇登记失业率2.8%，控制在4%以内。", "4%", "城镇登记失业率"),
    ("本地居民失業率為2.3%，較上一季下跌0.1個百分點。", "0.1个百分点", "居民失业率"),
])
def test_the_measure_of_a_share_of_plan_a_bound_and_a_quarter_s_change(text, figure, metric):
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts[figure].metric == metric


def test_a_price_going_on_up_is_no_stock_and_a_clause_naming_what_fell_measures_the_fall():
    text = "10月CPI年增率1.62%。外食費續漲3.25%，惟蔬菜價格回落，下跌5.41%。"
    extraction = extract_document(document_from_bytes(text.encode(), "n.txt"))
    facts = {f.figure.text: f for f in extraction.facts}
    assert (facts["3.25%"].metric, facts["3.25%"].subject) == ("外食费", "")
    assert facts["5.41%"].metric == "蔬菜价格" and facts["5.41%"].figure.change == "decrease"
    assert not [m for m in extraction.mentions if m.type == "firm"]


def test_new_firms_set_up_are_counted_as_new_firms():
    facts = extract_document(document_from_bytes("全年新设企业3.71万家。".encode(), "n.txt")).facts
    assert [f.metric for f in facts] == ["新设企业"]


def test_the_city_s_total_is_the_city_s_when_only_its_districts_are_named():
    text = "前三季度，全市地区生产总值增长5.5%。其中，鼓楼区增长7.2%，台江区增长6.1%。"
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts["5.5%"].subject == "全市" and facts["7.2%"].subject == "鼓楼区" and facts["6.1%"].subject == "台江区"


def test_an_emphatic_verb_is_no_part_of_the_measure():
    facts = extract_document(document_from_bytes("其中土地出让收入锐减38.5%。".encode(), "n.txt")).facts
    assert [(f.metric, f.figure.change) for f in facts] == [("土地出让收入", "decrease")]


def test_the_past_year_of_a_work_report_is_no_year_of_its_title():
    text = "2025年某市政府工作报告\n过去一年，全市地区生产总值增长5.8%，一般公共预算收入达到98.7亿元。"
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [f.time for f in facts] == ["过去一年", "过去一年"]


def test_the_peak_named_with_its_place_is_that_place_s_value_of_the_same_measure():
    text = "7月26日至28日全市平均过程雨量128.5毫米，最大为景宁畲族自治县276.3毫米。"
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert (facts["276.3毫米"].subject, facts["276.3毫米"].metric) == ("景宁畲族自治县", "过程雨量")
    assert facts["128.5毫米"].metric == "平均过程雨量"


@pytest.mark.parametrize("text,figure,metric", [
    ("全市生产总值增长5.2%，而工业生产有所回落，增长4.1%。", "4.1%", "工业生产"),
    ("全市进出口总额1200亿元，但出口回落，下降3.2%。", "3.2%", "出口"),
])
def test_a_clause_opening_on_but_names_what_moved(text, figure, metric):
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts[figure].metric == metric


def test_a_headline_about_the_whole_province_is_not_about_the_city_its_table_names_most():
    text = ("1—10月全省规上工业增加值增长6.2%\n陕西省统计局 | 无障碍\n"
            "陕西省统计局最新数据显示，1—10月，全省规模以上工业增加值同比增长6.2%。\n"
            "1—10月，分三大门类看，采矿业增加值增长5.4%，制造业增长7.8%。\n"
            "分市(区)看，榆林市投资增速居第2位。\n"
            "| 地区 | 规上工业增加值增速(%) |\n| 西安市 | 5.8 |\n| 榆林市 | 5.6 |\n| 全省 | 6.2 |\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.html")).facts}
    assert facts["5.4%"].subject == "陕西省" and facts["7.8%"].subject == "陕西省"
    assert facts["5.6"].subject == "榆林市"


def test_a_body_announcing_a_place_s_index_is_its_source_not_its_subject():
    text = ("十月份私人住宅售价指数按月上升0.4%\n差饷物业估价署今日（十一月二十七日）公布香港私人住宅售价及租金指数。"
            "2025年10月私人住宅售价指数（临时数字）为291.4，较9月的修订数字290.2上升0.4%。\n")
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [(f.figure.text, f.subject, f.metric) for f in facts][1:] == [
        ("291.4", "香港", "私人住宅售价指数"), ("290.2", "香港", "私人住宅售价指数"), ("0.4%", "香港", "私人住宅售价指数")]


@pytest.mark.parametrize("text,figure,metric", [
    ("9月份职工医保、居民医保DRG点值分别为84.37元、76.15元。", "84.37元", "职工医保DRG点值"),
    ("城镇、农村居民人均可支配收入分别为5万元、3万元。", "5万元", "城镇居民人均可支配收入"),
    ("工业企业、建筑业企业利润分别为5亿元、3亿元。", "5亿元", "工业企业"),  # items of unequal length share nothing
    ("全市136家二级及以上定点医疗机构按DRG结算病例41.3万例。", "136家", "二级及以上定点医疗机构"),
])
def test_listed_items_share_the_measure_written_after_the_last(text, figure, metric):
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts[figure].metric == metric


def test_a_county_site_s_banner_is_not_the_headline_of_its_town_s_report():
    text = ("桐乡市人民政府　政府信息公开\n首页 > 乡镇（街道）信息公开 > 濮院镇 > 计划总结\n\n濮院镇2025年上半年工作总结和下半年工作打算\n\n"
            "　　今年以来，濮院镇人民政府在桐乡市委、市政府的坚强领导下，各项工作有序推进。\n"
            "　　（一）经济运行稳中有进。1—6月，全镇实现规上工业总产值86.4亿元，增速高于桐乡市平均水平1.3个百分点。\n"
            "　　（二）招商引资持续发力。上半年新签约项目14个，总投资约38亿元。\n")
    facts = {f.figure.text: f for f in extract_document(document_from_bytes(text.encode(), "n.txt")).facts}
    assert facts["14个"].subject == "濮院镇" and facts["38亿元"].subject == "濮院镇"


def test_a_body_stating_a_level_is_its_source_but_a_body_planning_acts():
    facts = _facts_of("台湾人口统计\n戶政司表示，10月底65歲以上老年人口為455萬9,870人。")
    assert facts["455万9,870人"].subject == "台湾"
    facts = _facts_of("香港贸易发展局表示，今年将为中小企安排超过30个内地商贸考察团。")
    assert facts["30个"].subject == "香港贸易发展局"


def test_a_district_government_s_banner_and_the_index_line_leave_the_district_as_the_notice_s_place():
    text = ("南京市玄武区人民政府  首页 | 走进玄武 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开 > 玄武区民政局 > 公示公告\n"
            "索引号：11320102MB0D46231K/2025-00417\t分类：民政、扶贫、救灾\n发布机构：玄武区民政局\n\n"
            "玄武区民政局关于2025年10月份高龄津贴发放情况的公示\n\n根据《南京市高龄津贴发放管理办法》等规定，现将我区情况公示如下：\n"
            "10月份共为15,263名80周岁以上老年人发放高龄津贴203.27万元。\n")
    facts = _facts_of(text)
    assert facts["203.27万元"].subject == "玄武区"
    assert facts["15,263名"].metric == "80周岁以上老年人"


def test_a_signed_percent_in_brackets_restates_the_change_before_it():
    extraction = extract_document(document_from_bytes("出生登记9,512人，较上年同月减少1,061人（-10.0%）。".encode(), "n.txt"))
    assert [(f.text, f.value, f.change) for f in extraction.figures][2] == ("-10.0%", Decimal(10), "decrease")


def test_a_numbered_section_opening_on_a_firm_s_name_is_about_that_firm():
    text = ("江苏澜溪新材料股份有限公司关于为子公司提供担保的进展公告\n被担保人：宿迁澜溪光电科技有限公司(以下简称“宿迁光电”)，为公司全资子公司。\n"
            "二、被担保人基本情况\n(二)宿迁光电：住所宿迁经济技术开发区，注册资本20,000万元。截至2025年9月30日，资产总额48,215.60万元，资产负债率72.37%。")
    facts = _facts_of(text)
    assert facts["48,215.60万元"].subject == "宿迁光电" and facts["72.37%"].subject == "宿迁光电"


def test_a_respectively_clause_that_names_its_own_measure_keeps_it():
    facts = _facts_of("全市地区生产总值增长6.2%，一般公共预算收入增长8.1%，城乡居民人均可支配收入分别增长5.1%和7.3%。")
    assert facts["5.1%"].metric == "城镇居民人均可支配收入" and facts["7.3%"].metric == "农村居民人均可支配收入"  # (城乡: both)
    facts = _facts_of("合同额24371亿元，执行额16514亿元，同比分别增长14.2%和10.3%。")
    assert (facts["14.2%"].metric, facts["10.3%"].metric) == ("合同额", "执行额")


def test_a_basis_year_s_value_is_dated_by_that_year():
    facts = _facts_of("2023年度营业收入为128.56亿元，较2022年度的112.34亿元增长14.4%。")
    assert (facts["128.56亿元"].time, facts["112.34亿元"].time) == ("2023年度", "2022年度")


def test_a_national_census_s_name_does_not_make_a_province_s_notice_national():
    text = ("江西省文物局 | 首页 | 机构概况 | 政务公开\n\n我省第四次全国文物普查实地调查成果发布\n\n"
            "三普期间全省登记不可移动文物23,452处，本次普查复查率达100%。\n")
    facts = _facts_of(text)
    assert facts["23,452处"].subject != "全国" and facts["100%"].subject != "全国"


def test_a_news_dateline_s_city_is_no_subject():
    facts = _facts_of("国行维持利率\n（吉隆坡6日讯）国家银行周四宣布维持利率不变。这是国行继7月调降25个基点后，连续第二次按兵不动。\n"
                      "大马经济第三季按年增长5.2%。")
    assert facts["5.2%"].subject != "吉隆坡"
    figure = facts["25个基点"].figure
    assert (figure.value, figure.unit, figure.change) == (Decimal("0.25"), "个百分点", "decrease")


def test_a_bureau_s_target_for_its_county_s_rate_is_the_county_s():
    facts = _facts_of("平江县水利局\n下一步，县水利局将加快推进项目建设，力争全县农村自来水普及率达到96%以上。")
    assert facts["96%"].subject == "平江县"


def test_the_city_a_publishing_body_speaks_for_is_the_whole_not_an_origin_named_once():
    text = ("郑州市商务局　｜　无障碍　｜　长者模式\n当前位置：首页 > 商务动态 > 市场监测\n\n第47周全市重点农产品批发市场交易量5.82万吨\n\n"
            "　　据郑州市商务局监测，本周全市６家重点农产品批发市场交易量５．８２万吨，环比增长3.6%。"
            "寿光、张家口等产地大路菜集中上市，菜价总体回落。今年以来，全市重点批发市场累计交易量262.4万吨。\n")
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert {f.subject for f in facts if f.figure.text in ("5.82万吨", "262.4万吨")} == {"郑州市"}


def test_what_a_demand_relates_to_is_no_actor():
    facts = _facts_of("台湾工业生产\n展望未来，AI相关需求仍具支撑，惟全球经济前景仍存不确定性，预估11月制造业生产指数年增率介于6.5%至10.5%之间。")
    assert facts["6.5%至10.5%"].subject != "AI"


def test_a_headline_ranking_a_city_in_its_province_leaves_the_city_s_figures_to_the_city():
    facts = _facts_of("前三季度主要经济指标增速位居全省前列\n九江市统计局\n前三季度，全市地区生产总值2,850亿元。")
    assert facts["2,850亿元"].subject == "九江市"


@pytest.mark.parametrize("text,figure,metric", [
    ("出口额120亿元，进口额80亿元，占全省比重分别为12.5%和8.3%。", "12.5%", "出口额"),
    ("税收收入、预算支出分别增长5%、6%。", "5%", "税收收入"),
    ("赣南脐橙、南丰蜜橘区域品牌价值分别达702.15亿元、236.8亿元。", "702.15亿元", "赣南脐橙区域品牌价值"),
])
def test_respectively_pairs_items_and_shares_their_measure_only_when_they_are_parallel(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


def test_a_place_opening_an_ordinary_verb_is_still_the_place():
    assert _facts_of("安顺利用外资3.2亿美元。")["3.2亿美元"].subject == "安顺"


@pytest.mark.parametrize("text,figure,time", [
    ("全市生猪出栏236.4万头，增长3.1%；年末生猪存栏152.3万头。", "236.4万头", ""),
    ("全市生猪出栏236.4万头，增长3.1%；年末生猪存栏152.3万头。", "152.3万头", "年末"),
    ("项目占地120亩，总投资15亿元，计划2025年6月建成投产。", "15亿元", ""),
    ("68.3万名志愿者服务时长超1,200万小时——威海市2024年志愿服务工作综述\n全市新增志愿者5万名。", "68.3万名", "2024年"),
])
def test_a_notice_s_period_is_not_a_later_clause_s_date_nor_a_plan_s(text, figure, time):
    assert _facts_of(text)[figure].time == time


def test_a_bare_share_after_a_part_s_amount_is_that_part_s_share():
    facts = _facts_of("部门决算收入总计12,345.67万元，其中：财政拨款收入10,234.56万元，占82.9%；事业收入1,567.89万元，占12.7%。")
    assert (facts["82.9%"].metric, facts["12.7%"].metric) == ("财政拨款收入占比", "事业收入占比")


def test_an_approving_body_and_a_season_are_no_actors():
    facts = _facts_of("记者从合肥新桥国际机场获悉，经民航华东地区管理局批复，新航季共有38家航空公司在合肥运营，其中境内航司31家。")
    assert facts["38家"].subject != "新航季" and facts["31家"].subject != "民航华东地区管理局"


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("温州市慈善总会2025年上半年募捐收支情况公示\n上半年，本会共接收捐赠款5,863.27万元，同比增长6.8%。", "5,863.27万元", "温州市慈善总会"),
        ("株洲市湘江新岸城市发展集团有限公司（以下简称“发行人”或“湘江新岸集团”）公开发行公司债券。\n截至2024年末，发行人总资产612.38亿元，净资产248.91亿元。",
         "612.38亿元", "湘江新岸集团"),  # the name it is given, not the role 发行人
        ("深交所10月市场概况\n来源：本所\n10月份，本所股票成交额4.83万亿元。\n关于本所", "4.83万亿元", "深交所"),
    ],
)
def test_a_body_speaking_of_itself_is_the_subject_by_its_name(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize(
    "text, figure, field, expected",
    [
        ("10月全国建物买卖移转登记栋数为2万1,846栋，较113年同月减少8,412栋（-27.8%）。", "8,412栋", "metric", "建物买卖移转登记栋数"),
        ("10月全国建物买卖移转登记栋数为2万1,846栋，较113年同月减少8,412栋（-27.8%）。", "8,412栋", "time", "10月较113年同月"),
        ("累计114年1至10月，全国建物买卖移转登记栋数为25万3,127栋，较113年同期的31万4,835栋减少19.6%。", "31万4,835栋", "time", "113年同期"),
        ("10月六都合计移转1万6,778栋。其中台南市月增8.1%最多；以台中市年减31.2%最多。", "8.1%", "metric", "移转"),
        ("10月六都合计移转1万6,778栋。其中台南市月增8.1%最多；以台中市年减31.2%最多。", "31.2%", "metric", "移转"),
    ],
)
def test_republic_of_china_bases_and_month_on_month_shorthand(text, figure, field, expected):
    assert getattr(_facts_of(text)[figure], field).replace(" ", "") == expected


@pytest.mark.parametrize(
    "text, figure, metric",
    [
        ("截至9月底，雇员约276.4万名，自雇人士约21.9万名。", "21.9万名", "自雇人士"),
        ("第三季累算权益提取总额为97亿港元。", "97亿港元", "累算权益提取总额"),
        ("雇主、有关雇员及自雇人士的参与率分别为99.8%、100%及71.6%。", "100%", "有关雇员的参与率"),
        ("最高气温和最低气温分别为36.8℃和-2.3℃。", "36.8℃", "最高气温"),  # 气温和: a link between items
        ("收入水平和消费水平分别增长5.1%和4.2%。", "4.2%", "消费水平"),
    ],
)
def test_a_word_is_not_cut_at_a_character_that_elsewhere_links_or_leads(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


def test_a_trade_body_cited_as_the_source_counts_for_its_place():
    facts = _facts_of("据中国汽车工业协会统计，1-11月，新能源汽车销量1478万辆，同比增长31%。")
    assert facts["1478万辆"].subject == "全国"
    assert _facts_of("中国汽车工业协会表示，协会会员单位达1200家。")["1200家"].subject == "中国汽车工业协会"
    assert _facts_of("据中国汽车工业协会统计，协会今年共发布团体标准12项。")["12项"].subject == "中国汽车工业协会"


@pytest.mark.parametrize(
    "text, figure, time",
    [
        ("力争三年内培育专精特新中小企业1000家以上。", "1000家", "三年内"),  # within three years, not 年内 (this year)
        ("5年内新增企业50家。", "50家", "5年内"),
        ("2.5年内共有21,538名旅客被拒入境。", "21,538名", "年内"),  # section 2.5, then 年内
    ],
)
def test_within_n_years_is_not_within_this_year(text, figure, time):
    assert _facts_of(text)[figure].time == time


@pytest.mark.parametrize(
    "text, figure, metric, subject",
    [
        ("长安镇、虎门镇、塘厦镇分别入库412家、365家和318家。", "318家", "入库", "塘厦镇"),
        ("其中，上派镇、桃花镇地区生产总值分别达到286.3亿元和241.7亿元。", "241.7亿元", "地区生产总值", "桃花镇"),
        ("人均体育场地面积超过3平方米的有新昌县和嵊州市，分别为3.41平方米和3.17平方米。", "3.41平方米", "人均体育场地面积", "新昌县"),
        ("资本适足率为14.62%，第一类资本比率为13.21%，均高于法定最低标准（分别为10.5%、8.5%）。", "8.5%", "第一类资本比率", None),
        ("江西省粮食播种面积5600万亩，其中南昌市播种面积420万亩。赣州市、吉安市分别为980万亩和760万亩。", "980万亩", "播种面积", "赣州市"),
        ("江西省粮食播种面积5600万亩，其中南昌市播种面积420万亩。", "420万亩", "播种面积", "南昌市"),
        ("《关于2026年度日常关联交易预计的议案》同意408,912,400股。", "408,912,400股", "同意", None),
        ("11月，平均入住率为88.4%，按年上升2.3个百分点，较10月的89.6%下跌1.2个百分点。", "89.6%", "平均入住率", None),
        ("全镇规上工业企业达到46家，新增8家。", "8家", "新增规上工业企业", None),
        ("全市居民平均预期寿命为84.11岁，其中男性81.82岁、女性86.48岁。", "86.48岁", "女性平均预期寿命", None),
        ("本地生产总值实质按年上升3.8%，经季节性调整后按季上升0.7%。", "0.7%", "生产总值", None),
        ("经季节性调整的失业率为3.9%。", "3.9%", "经季节性调整的失业率", None),
        ("就业不足率则由1.5%微升至1.6%。", "1.5%", "就业不足率", None),
        ("其中新北市移转13,862栋居冠。", "13,862栋", "移转", "新北市"),
        ("根据统计暨普查局资料，本澳酒店业场所共148间。旅游局调查显示，酒店平均房价为1,486澳门元。", "1,486澳门元", "酒店平均房价", "澳门"),
        ("长汀县今年造林1.2万亩。分乡镇看，河田镇完成造林2150亩，三洲镇1860亩，策武镇1420亩，其余14个乡镇合计5790亩。", "1860亩", "造林", "三洲镇"),
        ("长汀县今年造林1.2万亩。分乡镇看，河田镇完成造林2150亩，三洲镇1860亩，策武镇1420亩，其余14个乡镇合计5790亩。", "5790亩", "造林", "长汀县"),
        ("其中洛阳博物馆接待观众72.6万人次。", "72.6万人次", "接待观众", "洛阳博物馆"),
        ("全省极大风速出现在安阳，其中安阳站极大风速18.2米/秒。", "18.2米/秒", "安阳站极大风速", None),
    ],
)
def test_places_listed_before_respectively_are_whose_figures_not_what_they_measure(text, figure, metric, subject):
    fact = _facts_of(text)[figure]
    assert fact.metric == metric
    if subject is not None:
        assert fact.subject == subject


def test_a_list_of_places_with_their_own_figures_is_not_the_topic_of_the_next_clause():
    facts = _facts_of("2024年，肥西县地区生产总值1200亿元。其中，上派镇、桃花镇地区生产总值分别达到286.3亿元和241.7亿元，"
                      "三河镇全年接待游客超过800万人次；财政收入超过5亿元的乡镇达到4个。")
    assert facts["800万人次"].subject == "肥西县"
    assert facts["4个"].subject == "肥西县"
    listed = _facts_of("杭州、宁波、温州三地税收分别为312.5亿元、226.1亿元和141.7亿元，合计占全省的55.0%。")
    assert listed["55.0%"].subject == "杭州"


def test_the_previous_period_s_value_keeps_the_measure():
    facts = _facts_of("本期实际成交28,600吨，成交率71.5%，上期为63.2%，提高8.3个百分点。")
    assert facts["63.2%"].metric == "成交率"
    assert facts["8.3个百分点"].metric == "成交率"


def test_each_lot_of_a_tender_is_the_subject_of_its_own_figures():
    facts = _facts_of("天河区道路清扫保洁服务采购项目中标结果公告。\n主要标的信息：合同包1保洁面积约152.3万平方米，作业人员不少于220人，"
                      "作业车辆不少于18台；合同包2保洁面积约134.2万平方米，作业人员不少于200人。\n代理服务费：合同包1为141,113.00元。")
    assert (facts["152.3万平方米"].subject, facts["152.3万平方米"].metric) == ("合同包1", "保洁面积")
    assert facts["18台"].subject == "合同包1"
    assert (facts["134.2万平方米"].subject, facts["200人"].subject) == ("合同包2", "合同包2")  # not 作业车辆, a measure before its bound
    assert (facts["141,113.00元"].subject, facts["141,113.00元"].metric) == ("合同包1", "代理服务费")
    tender = _facts_of("本项目第一标段中标金额1200万元，二标段中标金额900万元。")
    assert (tender["900万元"].subject, tender["900万元"].metric) == ("二标段", "中标金额")


def test_a_guarantee_s_figures_are_the_guaranteed_firm_s():
    text = ("江苏瑞澜新材料股份有限公司关于为子公司提供担保的进展公告\n被担保人：江苏瑞澜新能源材料有限公司（以下简称“瑞澜新能源”）、"
            "南通瑞澜精细化工有限公司（以下简称“南通瑞澜”）。\n本次为瑞澜新能源提供担保金额为人民币2亿元，为南通瑞澜提供担保金额为人民币8,000万元。"
            "公司与交通银行签订《保证合同》，为南通瑞澜提供8,000万元连带责任保证。")
    facts = _facts_of(text)
    assert (facts["2亿元"].subject, facts["2亿元"].metric) == ("瑞澜新能源", "担保金额")
    assert [fact.subject for fact in _facts_in(text) if fact.figure.text == "8,000万元"] == ["南通瑞澜"] * 2
    backed = _facts_of("公司为全资子公司华星科技有限公司提供担保，担保金额5000万元。")
    assert backed["5000万元"].subject == "华星科技有限公司"


def test_both_of_two_rates_moving_keep_their_measure():
    facts = _facts_of("本澳总体失业率为1.9%，本地居民失业率为2.5%，与上一期比较，两者均上升0.1个百分点。")
    assert "失业率" in facts["0.1个百分点"].metric


def test_a_body_working_with_an_institute_is_the_source_not_the_subject():
    facts = _facts_of("经市文化和旅游局会同中国旅游研究院测算，国庆假期全市累计接待游客2,386.5万人次。假期日均接待游客298.3万人次。")
    assert facts["298.3万人次"].subject == facts["2,386.5万人次"].subject != "市文化和旅游局会同中国旅游研究院"


def test_special_courts_and_a_central_bank_branch_are_not_their_city_nor_the_nation():
    courts = _facts_of("北京知识产权法院今年共受理各类案件2.3万件。广州互联网法院今年受理网络购物合同纠纷1.6万件。")
    assert (courts["2.3万件"].subject, courts["1.6万件"].subject) == ("北京知识产权法院", "广州互联网法院")
    branch = _facts_of("中国人民银行天津分行数据显示，辖内企业贷款加权平均利率为3.92%，同比下降0.43个百分点。")
    assert branch["3.92%"].subject == "天津"


def test_votes_under_a_results_heading_keep_which_way_they_went():
    facts = _facts_of("表决结果：同意234,561,200股，占出席会议有表决权股份总数的99.82%；反对412,300股，占0.18%；弃权0股。")
    assert [facts[f].metric for f in ("234,561,200股", "412,300股", "0股")] == ["同意", "反对", "弃权"]
    assert facts["0.18%"].metric == "反对占比"


def test_a_smaller_or_larger_increment_is_not_a_move_of_the_balance():
    facts = _facts_of("三季度末，全市金融机构本外币存款余额较年初增加1236亿元，比上年同期少增86亿元。")
    assert facts["86亿元"].metric.endswith("少增") and facts["86亿元"].figure.change == "decrease"
    assert not facts["1236亿元"].metric.endswith("增")


def test_the_period_of_a_value_turned_from_or_stated_for_a_month_before_is_not_the_current_one():
    turned = _facts_of("1-10月，全省外贸进出口总值由上年同期的下降2.1%转为增长1.6%。")
    assert (turned["2.1%"].time, turned["1.6%"].time) == ("1-10月 上年同期", "1-10月")
    stated = _facts_of("5月份，全市商品住宅成交面积56.3万平方米，4月份为48.7万平方米，环比上升15.6%。")
    assert (stated["48.7万平方米"].time, stated["15.6%"].time) == ("4月份", "5月份 环比")


def test_this_and_the_last_period_date_their_own_values():
    facts = _facts_of("本期基金份额净值为1.2356元，上期为1.1987元。本期末资产负债率为58.3%，上期为61.7%。")
    assert [(facts[f].metric, facts[f].time) for f in ("1.2356元", "1.1987元")] == [("基金份额净值", "本期"), ("基金份额净值", "上期")]
    assert (facts["58.3%"].time, facts["61.7%"].time) == ("本期末", "上期")


def test_a_later_period_stated_after_an_earlier_one_dates_the_change_after_it():
    facts = _facts_of("2024年全市GDP为1.86万亿元，2025年前三季度为1.42万亿元，同比增长5.3%。")
    assert facts["5.3%"].time == "2025年前三季度 同比"


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("成都、重庆两地上半年合计实现进出口总额7850亿元，占西部地区的六成以上。", "7850亿元", "成都、重庆两地"),
        ("成都、重庆两地上半年合计实现进出口总额7850亿元，占西部地区的六成以上。", "六成", "成都、重庆两地"),
        ("上半年，广州实现地区生产总值14728亿元，深圳15394亿元，两市合计占全省的55.4%。", "55.4%", "两市"),
        ("杭州、宁波、温州三地税收分别为312.5亿元、226.1亿元和141.7亿元，合计占全省的55.0%。", "226.1亿元", "宁波"),
        ("横沥镇和东坑镇分别签约重大项目12个和9个，计划总投资分别为86亿元、54亿元。", "54亿元", "东坑镇"),
    ],
)
def test_places_summed_together_are_one_group_and_listed_ones_each_their_own(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


def test_a_count_of_places_is_no_measure_and_a_fraction_measures_the_noun_after_it():
    assert _facts_of("杭州、宁波两市分别增长5%和6%。")["5%"].metric == ""
    assert _facts_of("开发区贡献了近40%的工业增加值和三分之一以上的税收。")["三分之一"].metric == "税收"


def test_an_extreme_named_at_a_spot_before_its_value_is_that_spot_s():
    facts = _facts_of("陕西省气象台\n本周全省平均气温22.6℃，其中最高气温出现在汉中市城固县，为36.8℃。")
    assert (facts["36.8℃"].metric, facts["36.8℃"].subject) == ("最高气温", "城固县")
    assert facts["22.6℃"].metric == "平均气温"


@pytest.mark.parametrize(
    "text, figure, not_subject",
    [
        ("前三季度累计劝阻潜在受害群众21.7万人次，其中电话劝阻17.34万人次、见面劝阻4.36万人次，避免群众损失约5.8亿元。", "17.34万人次", "电话"),
        ("前三季度累计劝阻潜在受害群众21.7万人次，其中电话劝阻17.34万人次、见面劝阻4.36万人次，避免群众损失约5.8亿元。", "5.8亿元", "电话"),
        ("温州市图书馆\n全年文献外借412.6万册次，同比增长8.1%。", "412.6万册次", "文献"),
        ("政策提示：灵活就业人员可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择缴费基数。", "60%至300%", "政策"),
        ("温馨提示：公民单次献全血量一般为200毫升至400毫升。", "200毫升至400毫升", "温馨"),
    ],
)
def test_a_noun_and_its_act_or_a_tip_label_are_not_who_acts(text, figure, not_subject):
    assert _facts_of(text)[figure].subject != not_subject


def test_a_body_acting_in_a_part_clause_stays_its_subject():
    facts = _facts_of("福州市统计局\n其中市中院受理2.74万件。专项基金批出4.2亿港元。")
    assert facts["4.2亿港元"].subject == "专项基金"


def test_the_auditor_of_a_payment_is_not_whose_it_is():
    path = os.path.join(EVAL, "devgold154", "notices", "1122_lantuo-intelligent-restricted-stock-first-grant-2025.txt")
    facts = {fact.figure.text: fact for fact in extract_path(path).facts}
    assert facts["3,365,000.00元"].subject in ("澜拓智能", "公司")


def test_a_reference_compared_against_keeps_its_own_value_and_the_move_is_the_measure_s():
    facts = _facts_of("成交均价2,426元/吨，较起拍价（2,388元/吨）上涨38元/吨，比上期（2,438元/吨）下降12元/吨。")
    assert [(facts[f].metric, facts[f].figure.change) for f in ("2,388元/吨", "38元/吨", "2,438元/吨", "12元/吨")] == [
        ("起拍价", None), ("成交均价", "increase"), ("成交均价", None), ("成交均价", "decrease")]
    earlier = _facts_of("本科毕业生平均月薪6,180元，较上届（5,965元）增长3.6%。")
    assert earlier["5,965元"].metric == earlier["6,180元"].metric
    share = _facts_of("其中农村劳动力8,640人次，占比近七成（68.6%）。")
    assert share["68.6%"].metric != "近七成"


def test_an_industry_whose_name_lists_several_keeps_its_whole_name():
    facts = _facts_of("1—10月，采矿业增加值增长4.2%，制造业增长8.1%，电力、热力、燃气及水生产和供应业增长3.5%。")
    assert facts["3.5%"].metric == "电力、热力、燃气及水生产和供应业增加值"
    assert facts["8.1%"].metric == "制造业增加值"


def test_a_shareholder_named_by_its_role_holds_the_shares():
    facts = _facts_of("证券简称：澜拓智能\n浙江澜拓智能装备股份有限公司公告\n"
                      "控股股东浙江澜拓控股有限公司持有公司股份54,000,000股，占授予前股本总额的45.00%。")
    assert (facts["54,000,000股"].subject, facts["54,000,000股"].metric) == ("浙江澜拓控股有限公司", "持有公司股份")
    assert facts["45.00%"].subject == "浙江澜拓控股有限公司"


def test_a_comparison_with_a_year_before_or_a_per_household_average_keeps_the_measure():
    compared = _facts_of("经季节性调整的港元货币供应量M1在2025年10月上升1.5%，与一年前比较上升8.2%。")
    assert compared["8.2%"].metric == compared["1.5%"].metric
    average = _facts_of("全县发放补贴资金19,574.10万元，户均约828元。")
    assert average["828元"].metric == "户均补贴资金"


def test_who_approved_a_standard_is_not_whose_it_is():
    facts = _facts_of("经县政府研究，2025年补贴标准为每亩105.00元，较上年的每亩103.80元提高1.20元。")
    assert facts["105.00元"].subject != "县政府" and facts["1.20元"].subject != "县政府"


def test_machine_shifts_and_work_days_are_counted_units():
    facts = _facts_of("全省投入机械4.2万台班，用工120万工日。")
    assert (facts["4.2万台班"].figure.value, facts["4.2万台班"].figure.unit) == (42000, "台班")
    assert facts["120万工日"].figure.unit == "工日"


def test_who_presents_the_results_is_not_whose_they_are():
    facts = _facts_of("董事会秘书何嘉懿介绍了公司2025年前三季度经营情况：前三季度公司实现营业收入18.64亿元。")
    assert facts["18.64亿元"].subject != "董事会秘书何嘉懿"


def test_a_sum_over_periods_and_a_multiple_of_the_normal_keep_the_measure_and_listed_periods_date_their_own():
    summed = _facts_of("以当时市价计算，第三季本地生产总值为8,236.9亿港元，按年上升5.1%。"
                       "首三季合计为23,844.1亿港元，其中第一季及第二季分别为7,712.0亿港元及7,895.2亿港元。")
    assert summed["23,844.1亿港元"].metric == summed["8,236.9亿港元"].metric
    assert [(summed[f].metric, summed[f].time) for f in ("7,712.0亿港元", "7,895.2亿港元")] == [
        (summed["8,236.9亿港元"].metric, "第一季"), (summed["8,236.9亿港元"].metric, "第二季")]
    times = _facts_of("全省平均降水量142.3毫米，为常年同期的2.3倍。")
    assert times["2.3倍"].metric == "平均降水量"


def test_a_peer_city_compared_with_is_not_what_the_notice_s_own_area_means():
    facts = _facts_of("德阳市统计局发布上半年经济数据。\n上半年，全市地区生产总值1420亿元，同比增长6.0%。\n"
                      "该市上半年规上工业增加值增长7.2%，高于绵阳市1.1个百分点，绵阳同期为6.1%。")
    assert facts["1420亿元"].subject == "德阳市" and facts["7.2%"].subject == "德阳市"
    peer = _facts_of("今年上半年，我市GDP为2300亿元，同比增长6.1%，南昌同期为3600亿元。")
    assert peer["2300亿元"].subject != "南昌" and (peer["3600亿元"].subject, peer["3600亿元"].metric) == ("南昌", "GDP")


@pytest.mark.parametrize(
    "text, figure, metric",
    [
        ("成交住宅单价最高为52万元，最低为3.8万元。", "3.8万元", "成交住宅单价最低"),
        ("投标报价最低为1866万元，最高为2105万元。", "2105万元", "投标报价最高"),
        ("一年期LPR下调10个基点至3.35%。", "3.35%", "一年期LPR"),
        ("今天最高气温升高5℃，达到35℃。", "35℃", "最高气温"),
        ("今天全市气温直降12℃。", "12℃", "气温"),
    ],
)
def test_the_other_extreme_and_a_level_after_a_move_keep_their_own_measure(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("县人民医院、县中医院去年门诊量分别为58万人次和32万人次，合计90万人次。", "90万人次", "县人民医院、县中医院"),
        ("三家企业中，华能公司利润增长15%，大唐公司增长9%，三家合计实现利润86亿元。", "86亿元", "三家"),
        ("市中心医院门诊量同比增长12%，市人民医院增长9%，两院合计门诊量达420万人次。", "420万人次", "两院"),
    ],
)
def test_a_total_of_the_members_just_named_is_theirs_together_not_the_last_one_s(text, figure, subject):
    assert _facts_of(text)[figure].subject == subject


@pytest.mark.parametrize(
    "text, figure, subject, metric",
    [
        ("江苏省统计局\n全省各市中，GDP增速最快的是宿迁市，为7.5%；最慢的是连云港市，为3.2%。", "7.5%", "宿迁市", "GDP增速最快"),
        ("江苏省统计局\n全省各市中，GDP增速最快的是宿迁市，为7.5%；最慢的是连云港市，为3.2%。", "3.2%", "连云港市", "GDP增速最慢"),
        ("四川省应急管理厅\n全省共发生森林火灾12起，其中凉山、攀枝花等地发生8起。", "8起", "凉山、攀枝花等地", "发生"),
        ("河南省气象局\n全省平均降水量312毫米，其中新乡、鹤壁等地累计降水量超过800毫米。", "800毫米", "新乡、鹤壁等地", "累计降水量"),
    ],
)
def test_places_named_as_the_extreme_or_listed_as_a_part_are_the_figure_s_subject(text, figure, subject, metric):
    fact = _facts_of(text)[figure]
    assert (fact.subject, fact.metric) == (subject, metric)


@pytest.mark.parametrize(
    "text, figure, metric",
    [
        ("全市出生人口4.2万人，比2016年峰值下降近一半。", "一半", "出生人口"),
        ("私人住宅售价指数为285.6，较2021年9月高位累计下跌约25%。", "25%", "私人住宅售价指数"),
    ],
)
def test_a_fall_from_a_peak_is_the_measure_s_not_the_peak_s(text, figure, metric):
    fact = _facts_of(text)[figure]
    assert (fact.metric, fact.figure.change) == (metric, "decrease") and fact.subject not in ("高位", "峰值")


def test_big_listed_firms_named_for_the_country_are_firms_not_the_country():
    assert _facts_of("中国平安上半年归母净利润746亿元。")["746亿元"].subject == "中国平安"
    assert _facts_of("中国神华前三季度实现营业收入2100亿元。")["2100亿元"].subject == "中国神华"


@pytest.mark.parametrize(
    "text, figure, time",
    [
        ("上周全省报告流感样病例占门急诊病例总数的5.6%，高于前一周的4.2%。", "4.2%", "前一周"),
        ("今年全县农村居民人均可支配收入增长8.1%，高于上年的7.2%。", "7.2%", "上年"),
    ],
)
def test_a_value_compared_against_with_higher_or_lower_is_dated_by_its_own_period(text, figure, time):
    assert _facts_of(text)[figure].time == time


def test_a_neighbour_s_figure_for_the_same_period_is_the_neighbour_s_of_the_same_measure():
    facts = _facts_of("该市上半年GDP为1560亿元，增长5.3%，而邻近的绵阳市同期为1820亿元。")
    assert (facts["1820亿元"].subject, facts["1820亿元"].metric) == ("绵阳市", "GDP")
    assert facts["1560亿元"].subject == "该市"


def test_a_move_against_an_earlier_time_takes_no_measure_from_a_clause_further_back():
    facts = _facts_of("全市共设置核酸采样点320个，日均检测能力达到50万管，较此前提高一倍。")
    assert facts["一倍"].metric != "设置核酸采样点"


@pytest.mark.parametrize("text, figure, subject", [
    ("预计全年全市地区生产总值增长5.5%至6%。", "5.5%至6%", "全市"),
    ("此次洪涝灾害造成全市12.6万人受灾。", "12.6万人", "全市"),
    ("受冷空气影响，未来三天我市最高气温12℃。", "12℃", "我市"),
    ("前三季度增速居全省前列，达到8.5%。", "8.5%", ""),  # a rank in the province, not its figure
])
def test_a_scope_word_inside_the_sentence_names_the_subject_when_nothing_else_does(text, figure, subject):
    (fact,) = facts_for(text, [figure])
    assert fact.subject == subject


def test_towns_listed_with_their_values_respectively_are_each_one_s_subject_without_the_rank():
    text = "分镇街看，北滘镇、容桂街道、大良街道完成投资居前三位，分别为86.2亿元、71.5亿元和63.8亿元。"
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [(f.subject, f.metric) for f in facts] == [("北滘镇", "投资"), ("容桂街道", "投资"), ("大良街道", "投资")]


def test_the_ten_days_of_a_month_date_and_open_the_parts_of_a_sentence():
    facts = _facts_of("济南市11月气候\n上旬全市平均气温13.2℃，偏高3.4℃；中旬8.9℃，偏高0.6℃；下旬6.7℃，偏低0.7℃。")
    assert [(facts[f].metric, facts[f].time) for f in ("13.2℃", "8.9℃", "0.6℃", "6.7℃", "0.7℃")] == [
        ("平均气温", "上旬"), ("平均气温", "中旬"), ("平均气温", "中旬"), ("平均气温", "下旬"), ("平均气温", "下旬")]


def test_a_day_before_a_place_leaves_the_place_the_subject_and_the_measure_without_the_day():
    facts = _facts_of("济南市11月气候\n全市日平均气温下降8～10℃，19日章丘区最低气温降至－3.8℃，为月内全市最低。")
    assert (facts["-3.8℃"].subject, facts["-3.8℃"].metric) == ("章丘区", "最低气温")


@pytest.mark.parametrize("text, first, second", [
    ("过去一年，全县城乡居民人均可支配收入分别达到78512元和49637元。", "城镇居民人均可支配收入", "农村居民人均可支配收入"),
    ("1—10月，全市进出口分别完成300亿元和200亿元。", "进口", "出口"),
    ("10月，新能源汽车产销分别完成177.2万辆和171.5万辆。", "新能源汽车产量", "新能源汽车销量"),
])
def test_two_measures_written_as_one_word_are_split_over_their_respective_figures(text, first, second):
    facts = extract_document(document_from_bytes(text.encode(), "n.txt")).facts
    assert [fact.metric for fact in facts] == [first, second]


def test_a_firm_named_only_in_an_announcement_s_headline_is_its_figures_subject():
    facts = _facts_of("宁波博凯电子股份有限公司2024年年度业绩预告\n经财务部门初步测算，预计2024年年度实现归属于母公司所有者的"
                      "净利润为3.2亿元至3.8亿元，与上年同期相比，将增加1.1亿元至1.7亿元。")
    assert {fact.subject for fact in facts.values()} == {"宁波博凯电子股份有限公司"}
    assert facts["3.2亿元至3.8亿元"].metric == "归属于母公司所有者的净利润"
    other = _facts_of("宁波博凯电子股份有限公司关于股东减持的公告\n股东杭州恒誉投资有限公司减持公司股份1,286,400股。")
    assert other["1,286,400股"].subject == "杭州恒誉投资有限公司"  # a shareholder named in the body keeps its figures


def test_a_pair_word_that_is_one_item_of_a_list_is_not_split():
    facts = _facts_of("职工医保、城乡居民医保政策范围内住院费用基金支付比例分别为84.2%和71.5%。")
    assert facts["71.5%"].metric.startswith("城乡居民医保")


@pytest.mark.parametrize("text, figure, place", [
    ("政府統計處公布最新失業率\n經季節性調整的失業率由2024年6月至8月的3.0%上升至2024年7月至9月的3.1%。", "3.1%", "香港"),
    ("警務處：上半年整體罪案\n今年上半年整體罪案共有44,396宗，較去年同期增加2,287宗。", "44,396宗", "香港"),
    ("地球物理氣象局：颱風信號\n受颱風影響，本澳昨日錄得雨量累計達85.6毫米。", "85.6毫米", "澳门"),
])
def test_a_body_only_hong_kong_or_macau_has_on_the_front_lines_places_the_notice(text, figure, place):
    assert _facts_of(text)[figure].subject == place


@pytest.mark.parametrize("text, figure, metric", [
    ("财政部今天公布10月出口值为412.1亿美元；进口值为312.3亿美元；出超99.8亿美元。", "99.8亿美元", "出超"),
    ("今年前10月入超56.2亿美元。", "56.2亿美元", "入超"),
    ("当日主力资金净流入超80亿元。", "80亿元", "主力资金净流入"),  # 超 after 流入: more than
    ("其中虚增营业收入超7.33亿元。", "7.33亿元", "虚增营业收入"),
])
def test_a_trade_surplus_or_deficit_is_the_measure_and_more_than_after_an_inflow_is_not(text, figure, metric):
    assert _facts_of(text)[figure].metric == metric


@pytest.mark.parametrize("text, figure, subject, metric", [
    ("长江水利委员会：汉口站水位\n受上游来水影响，长江汉口站水位7月10日8时涨至27.36米。", "27.36米", "长江汉口站", "水位"),
    ("关于宁乡市2024年国民经济和社会发展计划执行情况的报告\n2024年，我市实现地区生产总值1367.5亿元。", "1367.5亿元", "宁乡市", "地区生产总值"),
    ("全市再生水利用量0.83亿立方米，再融资债券126.30亿元。", "0.83亿立方米", "全市", "再生水利用量"),
])
def test_a_station_on_a_river_a_city_named_after_a_township_and_a_word_opening_on_zai(text, figure, subject, metric):
    fact = _facts_of(text)[figure]
    assert (fact.subject, fact.metric) == (subject, metric)


def test_a_fall_s_size_is_a_decrease():
    facts = _facts_of("外汇储备规模为32611亿美元，较9月末下降553亿美元，降幅为1.67%。")
    assert facts["1.67%"].figure.change == "decrease"


def test_a_ministry_writing_in_traditional_script_is_taiwan_s_unless_a_mainland_national_body_is_reposted():
    taiwan = _facts_of("財政部：10月出口創同月新高\n財政部今天公布10月出口值為412.1億美元，年增8.4%；進口值為312.3億美元，年增1.6%。")
    assert taiwan["412.1亿美元"].subject == "台湾"
    assert _facts_of("主計總處今日公布，今年第3季經濟成長率為4.17%，較8月預測數增加0.33個百分點。")["4.17%"].subject == "台湾"
    reposted = _facts_of("國家統計局：11月製造業PMI升至49.6%\n【大公文匯網訊】國家統計局服務業調查中心今日發布數據，"
                         "11月份，製造業採購經理指數（PMI）為49.6%，比上月上升0.4個百分點。")
    assert reposted["49.6%"].subject == "全国"


@pytest.mark.parametrize("text, figure, time", [
    ("江苏省气象台发布\n预计明天全省最低气温在26~28℃之间。", "26~28℃", "明天"),
    ("春运首日，全国铁路发送旅客1050万人次。", "1050万人次", "春运首日"),
    ("今晚至明晨北部低温约10至12度。", "10至12度", "今晚至明晨"),
    ("过去24小时录得的雨量少于1毫米。", "1毫米", "过去24小时"),
])
def test_a_forecast_s_day_or_night_a_rolling_window_and_a_travel_rush_s_first_day_are_periods(text, figure, time):
    assert _facts_of(text)[figure].time == time


def test_the_figures_after_中标人为_are_the_winning_firm_s():
    facts = _facts_of("郑州市金水区杨金路小学新建工程中标结果公示\n经评标委员会评审并经招标人确认，中标人为河南鼎峰建设工程有限公司，"
                      "中标价7902.66万元，较最高投标限价下浮8.59%，工期540日历天。")
    assert [facts[text].subject for text in ("7902.66万元", "8.59%", "540日历天")] == ["河南鼎峰建设工程有限公司"] * 3


def test_a_comparison_period_is_neither_whose_figures_nor_the_period_of_the_figures_before_it():
    facts = _facts_of("全市共接待游客586.40万人次。上年同期全市接待游客534.1万人次、实现旅游收入37.46亿元，"
                      "2019年同期分别为460.6万人次和34.72亿元。")
    assert facts["586.40万人次"].time == ""
    assert [facts[text].subject for text in ("460.6万人次", "34.72亿元")] == ["全市", "全市"]


def test_a_measure_that_opens_a_clause_is_not_who_the_figures_are_of():
    facts = _facts_of("2025年11月，广州市共报告法定传染病16,268例。乙类传染病：报告病例数居前五位的病种为病毒性肝炎1,126例、肺结核862例。")
    assert [facts[text].subject for text in ("1,126例", "862例")] == ["广州市", "广州市"]


def test_a_comparison_value_s_earlier_period_is_that_value_s_alone():
    facts = _facts_of("2025年度，公司预计净利润亏损2.8亿元至3.5亿元，上年同期亏损1.06亿元；"
                      "扣除非经常性损益后的净利润亏损3.1亿元至3.9亿元。")
    assert (facts["1.06亿元"].time, facts["3.1亿元至3.9亿元"].time) == ("上年", "2025年度")


def test_全省_is_the_province_a_central_bank_branch_is_named_for():
    facts = _facts_of("人民银行福建省分行数据显示，截至10月末，全省本外币各项存款余额5.82万亿元，同比增长7.1%。")
    assert [facts[text].subject for text in ("5.82万亿元", "7.1%")] == ["福建省", "福建省"]


def test_a_share_that_modifies_the_noun_after_it_measures_that_noun():
    facts = _facts_of("民营经济贡献了全市60%以上的税收、70%以上的GDP和80%以上的城镇劳动就业。")
    assert [facts[text].metric for text in ("60%", "70%", "80%")] == ["税收", "GDP", "城镇劳动就业"]


@pytest.mark.parametrize(("text", "figure", "time"), [
    ("秋冬种以来，河南已播种小麦8500万亩以上。", "8500万亩", "秋冬种以来"),
    ("第十五届全国运动会期间，广州、深圳两市共接待游客1560万人次。", "1560万人次", "第十五届全国运动会期间"),
    ("第八届进博会期间，意向成交额达834.9亿美元，比上届增长4.4%。", "4.4%", "第八届进博会期间 比上届"),
    ("本科毕业生平均月薪6,180元，较上届（5,965元）增长3.6%。", "3.6%", "较上届"),
])
def test_a_season_s_work_an_event_and_the_previous_edition_are_periods(text, figure, time):
    assert _facts_of(text)[figure].time == time


def test_a_shareholder_s_sale_on_dates_and_by_a_method_is_the_shareholder_s_but_the_next_holder_s_stake_is_not():
    facts = _facts_of("公司控股股东浙江恒盛控股集团于11月3日至11月28日通过集中竞价方式减持公司股份832万股，占总股本的1.98%。")
    assert [facts[text].subject for text in ("832万股", "1.98%")] == ["浙江恒盛控股集团", "浙江恒盛控股集团"]
    listed = _facts_of("浙江华辰精机股份有限公司（以下简称“公司”）2025年前三季度利润分配实施公告\n"
                       "自行发放对象：控股股东浙江华辰控股有限公司（持有公司股份158,342,400股，占总股本的38.37%）"
                       "及实际控制人周建平（持股24,760,800股，占6.00%）的现金红利由本公司自行发放。")
    assert listed["24,760,800股"].subject != "浙江华辰控股有限公司"


def test_tiers_listed_after_the_first_share_the_first_tier_s_measure():
    facts = _facts_of("湖北省月最低工资标准第一档2380元、第二档2150元、第三档1980元；小时最低工资标准第一档24元、第二档22元。")
    assert [facts[text].metric for text in ("2150元", "1980元", "22元")] == [
        "月最低工资标准第二档", "月最低工资标准第三档", "小时最低工资标准第二档"]


def test_a_society_wide_measure_in_a_sentence_about_a_park_is_the_park_s():
    facts = _facts_of("合肥高新区今年新增省级以上研发平台9个，全社会研发投入强度提升至3.12%，高新技术企业数量净增58家。")
    assert [facts[text].subject for text in ("3.12%", "58家")] == ["合肥高新区", "合肥高新区"]
    assert facts["58家"].metric == "高新技术企业数量"


def test_a_document_setting_targets_is_not_whose_the_targets_are():
    facts = _facts_of("方案明确，到2030年成都市常住人口城镇化率达到75%，人均公园绿地面积不低于15平方米。")
    assert [facts[text].subject for text in ("75%", "15平方米")] == ["成都市", "成都市"]


def test_a_listed_firm_s_short_name_opening_a_report_is_the_subject_of_its_figures():
    facts = _facts_of("报告期内，中科曙光实现营业总收入52.4亿元，比上年同期增长18.7%。")
    assert [facts[text].subject for text in ("52.4亿元", "18.7%")] == ["中科曙光", "中科曙光"]


def test_a_bank_s_own_release_is_about_the_bank_under_the_short_name_it_declares_even_across_a_line_break():
    facts = _facts_of(
        "江苏淮澄农村商业银行股份有限公司\n新闻稿\n\n淮澄农商银行发布2025年三季度经营数据：\n资产总额突破1,286亿元 不良率较年初下降\n"
        "                                          2025年10月28日\n"
        "    10月28日，江苏淮澄农村商业银行股份有限公司（以下简称“淮\n"
        "澄农商银行”）发布2025年三季度经营数据。截至2025年9月末，该行\n"
        "资产总额1,286.45亿元，较年初增加102.09亿元，增长8.62%；各项存\n"
        "款余额1,052.30亿元，较年初增加86.74亿元，增长8.98%。\n"
        "    该行表示，四季度将围绕淮安市“十五五”产业布局，全年涉农贷款增\n"
        "量不少于50亿元。\n")
    assert [facts[text].subject for text in ("1,286亿元", "1,286.45亿元", "50亿元")] == ["淮澄农商银行"] * 3


def test_an_aside_of_last_year_s_levels_measures_what_the_figures_before_it_measure_and_dates_only_itself():
    facts = _facts_in("1—11月，全市共发生各类生产安全事故186起、死亡143人，同比分别下降12.3%和9.5%（上年同期为212起、158人）。"
                      "全市发生较大事故两起、死亡七人，较上年同期（四起、十三人）分别减少两起、六人。")
    found = {(fact.figure.text, fact.figure.span[0]): fact for fact in facts}
    ordered = [found[key] for key in sorted(found, key=lambda key: key[1])]
    assert [(fact.figure.text, fact.metric, fact.time) for fact in ordered] == [
        ("186起", "发生各类生产安全事故", "1—11月"), ("143人", "死亡", "1—11月"),
        ("12.3%", "发生各类生产安全事故", "1—11月 同比"), ("9.5%", "死亡", "1—11月 同比"),
        ("212起", "发生各类生产安全事故", "上年同期"), ("158人", "死亡", "上年同期"),
        ("两起", "发生较大事故", "1—11月"), ("七人", "死亡", "1—11月"),
        ("四起", "发生较大事故", "上年同期"), ("十三人", "死亡", "上年同期"),
        ("两起", "发生较大事故", "1—11月 较上年同期"), ("六人", "死亡", "1—11月 较上年同期"),
    ]


def test_a_metro_line_s_ridership_is_the_line_s_in_prose_and_in_its_table_row():
    text = ("11月，广州地铁线网日均客运量906.3万人次。分线路看，3号线日均客运量228.4万人次，占线网的25.2%；"
            "18号线日均客运量31.6万人次，同比增长21.5%。朝阳广场站日均进出站量超过10万人次。\n"
            "线路  日均客运量（万人次）  同比增长（%）\n3号线  228.4  3.2\n2号线  118.7  -1.4\n")
    facts = _facts_in(text)
    subjects = {(fact.figure.text, fact.figure.span[0]): fact.subject for fact in facts}
    ordered = [subjects[key] for key in sorted(subjects, key=lambda key: key[1])]
    assert ordered == ["广州", "3号线", "3号线", "18号线", "18号线", "朝阳广场站", "3号线", "3号线", "2号线", "2号线"]
    assert next(fact for fact in facts if fact.figure.text == "228.4万人次").metric == "日均客运量"


def test_the_regulator_that_approved_an_offering_is_not_whose_its_figures_are():
    facts = _facts_of(
                      '证券代码：301529        证券简称：晟隆精密        公告编号：2025-068\n'
                      '\n'
                      '              浙江晟隆精密传动股份有限公司\n'
                      '   关于使用部分闲置募集资金进行现金管理的公告\n'
                      '\n'
                      '    本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚\n'
                      '假记载、误导性陈述或重大遗漏。\n'
                      '\n'
                      '重要内容提示：\n'
                      '    ●投资额度：不超过人民币4.5亿元（含本数）。\n'
                      '    ●投资品种：安全性高、流动性好的保本型产品，单个产品期限不超过12个\n'
                      '月。\n'
                      '\n'
                      '    一、募集资金基本情况\n'
                      '    经中国证券监督管理委员会证监许可〔2024〕1286号文同意注册，公司首次公\n'
                      '开发行人民币普通股（A股）2,860万股，每股发行价格为人民币32.50元，募集资\n'
                      '金总额为人民币929,500,000.00元，扣除发行费用人民币78,446,320.75元后，募集资\n'
                      '金净额为人民币851,053,6\n')
    assert [facts[text].subject for text in ("2,860万股", "32.50元", "929,500,000.00元")] == ["晟隆精密"] * 3


def test_a_race_s_release_under_a_bilingual_banner_and_a_menu_is_about_the_race():
    facts = _facts_of("澳门特别行政区政府体育局 Instituto do Desporto\n主页 ▏ 关于本局 ▏ 新闻稿 ▏ 大型体育活动 ▏ 联络我们\n"
                      "主页 > 新闻稿 > 2025年\n第44届澳门国际马拉松圆满结束　完赛率92.2%\n发布日期：2025/12/08 18:45\n"
                      "由体育局主办的第44届澳门国际马拉松于12月7日举行。本届赛事共接获报名15,326人，实际起跑11,864人，完赛率92.2%。\n")
    assert [facts[text].subject for text in ("15,326人", "11,864人")] == ["第44届澳门国际马拉松"] * 2


@pytest.mark.parametrize(
    ("text", "cell", "subject"),
    [
        ("证券简称：芯域科技\n核心技术人员张立新先生于12月5日离职。截至本公告披露日，张立新先生直接及间接合计持有公司股份342,000股，占公司总股本的0.2448%。",
         "342,000股", "张立新"),
        ("证券简称：芯域科技\n张立新先生系公司2023年限制性股票激励计划激励对象，累计获授第二类限制性股票80,000股。", "80,000股", "张立新"),
        # the person together with the firm before him: not his alone
        ("证券简称：华拓精密\n华拓控股及其一致行动人陈立峰先生合计持有公司股份14,929万股。", "14,929万股", "华拓控股"),
        # no verb of holding between: the firm's own staff
        ("证券简称：芯域科技\n张立新先生离职后，公司核心技术人员由9人调整为8人。", "8人", "芯域科技"),
    ],
)
def test_a_named_person_s_own_holding_is_the_person_s(text, cell, subject):
    assert _facts_of(text)[cell].subject == subject


def test_a_district_s_bureau_heading_the_notice_makes_the_district_its_subject():
    text = ("重庆市渝北区民政局 重庆市渝北区财政局\n关于调整城乡最低生活保障标准的通知\n"
            "根据《重庆市民政局 重庆市财政局关于提高城乡低保等困难群众救助标准的通知》精神，现就调整我区标准通知如下：\n"
            "城市低保标准由每人每月760元提高到790元。截至2025年6月底，渝北区共有城乡低保对象5,286户。\n")
    assert _facts_of(text)["790元"].subject == "渝北区"


def test_faults_counted_in_a_list_are_the_district_s_not_their_nouns():
    path = os.path.join(os.path.dirname(__file__), "..", "eval", "devgold254", "notices",
                        "1725_jiangning-school-canteen-food-safety-inspection-autumn-2025.txt")
    with open(path, "rb") as handle:  # 食品原料索证索票不全96项；食品留样不规范58项；…
        facts = {f.figure.text: f for f in extract_document(document_from_bytes(handle.read(), "1725.txt")).facts}
    assert [facts[cell].subject for cell in ("96项", "58项", "37项")] == ["江宁区"] * 3
    assert facts["58项"].metric == "食品留样不规范"
