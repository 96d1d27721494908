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

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any

from extractor.entities import (
    CASE_RE, FIRM_KINDS, LEGAL, NATIONAL_PARENTS, OWNERSHIP_WORDS, SECURITIES_LEAD, SELF_REFERENCE_RULE,
)
from extractor.figures import LEVEL_NAMED_BEFORE, ONE_RUN
from extractor.gazetteer import SURNAMES, get_gazetteer, stable_id
from extractor.nlp import dictionary_tags, get_pos_tokenizer
from extractor.regexes import EndGuarded, FirstCharDispatch, first_chars, guarded
from extractor.records import Fact, Figure, Mention, NormalizedText, Sentence
from extractor.tables import TRANSIT_LINE_NAME

Span = tuple[int, int]
_FIRM_ALIAS_RULE = "entities.alias.firm.v1"

_EVENT_WORDS = ("赛事|活动|展会|节日|春运|暑运|假日|节假日|高峰|会议|博览会|旅游节|迎峰度夏|迎峰度冬|台风|强降雨|降雨|防汛|灾害"
                "|秋收|夏收|三夏|三秋|春耕|春播|秋播|秋冬种|汛期|主汛期|供暖|采暖|专项整治|专项行动|集中整治|促销|大促")  # 活动期间: an event's days
_PERIOD = re.compile(
    r"(?:\d{4}年|今年|去年)(?:首季度?|(?:首|头)[一两二三四五六七八九十\d]{1,2}个?月(?:份)?|主?汛期)"  # 今年首季, 今年头两个月, 今年汛期
    r"|截至[^，,。；;：:\d]{2,20}?(?:日|期末)(?![\u4e00-\u9fff]{0,2}[起以])"
    r"|截至\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日\d{1,2}时|(?<![\d.])\d{1,2}日\d{1,2}时(?:至|到|—|-)\d{1,2}日\d{1,2}时"  # 截至10日12时
    r"|\d{4}\s*[/—–-]\s*\d{2,4}学年(?:度)?(?:初|末)?|(?:(?<![\u4e00-\u9fff])|(?<=[在于]))(?:本周|上一?周|当周|前一周|过去一周|(?:本|上一?|前一|过去一)星期(?![一二三四五六日天]))(?![期边围末])|(?:\d{4}年)?第\d{1,2}周(?!年)|(?:19|20)\d{2}届(?=毕业生|高校毕业生|本科|研究生|学生)"  # 2024/2025学年初, 本周; not 资本周期; 2025届毕业生
    r"|(?:\d{4}年|今年|去年)?[“\"‘]?(?:春节|元旦|清明|五一|劳动节|端午|中秋|国庆|国庆中秋|中秋国庆|(?<=[“\"‘])十一)[”\"’]?节?(?:假期|黄金周|小长假|长假)(?:期间)?"  # “五一”假期
    r"|(?<![\u4e00-\u9fff])(?:(?:假期|暑假|寒假|暑期)(?:期间|内)?|年初至报告期末|本?报告期(?:内|末|初)|本报告期|期末(?!考))"
    r"|(?:今年|去年|\d{4}年)(?:暑假|寒假|暑期)(?:期间|内)?"  # 今年暑期全省共举办…
    r"|(?<![\u4e00-\u9fff])(?:本|上一?)期末?(?![间货刊限内所])"  # 本期基金份额净值为1.2356元，上期为1.1987元
    r"|截至\s*(?:目前|今年|\d{4}年)?\s*(?:[（(]\d{4}年[)）]\s*)?(?:\d{1,2}月(?:底|末|初|上旬|中旬|下旬|\d{1,2}日)?)?(?:底|末)?(?<!截至)"  # 截至12月上旬
    r"|(?<![\u4e00-\u9fff])(?:秋冬种|三秋|三夏|秋收|夏收|春耕|春播|秋播|夏播)(?:生产)?以来"  # 秋冬种以来: since the season's work began
    r"|(?:第[一二三四五六七八九十\d]{1,3}届)?[\u4e00-\u9fff]{0,6}?(?:运动会|进博会|广交会|服贸会|消博会|博览会|交易会|峰会|艺术节|电影节)期间"  # 第十五届全国运动会期间
    r"|(?:今年|去年|年初|开年|入冬|入夏)以来|(?:\d{4}年|今年|去年)?(?:入梅|出梅|入汛|汛期|主汛期)(?:\s*[（(][^（）()]{1,12}[)）])?以来|近(?:[两三几五十]|\d+)年(?:来)?|(?:\d{4}|去|今|明|上)年年[末底初]"
    r"|(?:截至)?[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:至[〇○零一二三四五六七八九]{4}年)?"
    r"(?:至[一二三四五六七八九十]{1,2}月)?(?:份|底|末)?|上半年|下半年|第?[一二三四]季度?)?"  # 二〇二五年六月, 二〇二五年七月至九月
    r"|(?:\d{4}年)?(?<![\d.])\d{1,2}月\d{1,2}日(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日"  # 3月22日至23日
    r"|(?:\d{4}年)?(?<![\d.])\d{1,2}月[上中下]旬(?:至|到|—|-)(?:\d{1,2}月)?[上中下]旬"  # 7月下旬至8月中旬
    r"|(?:\d{4}年)?(?<![\d.])\d{1,2}月(?:至|到|—|-)\d{1,2}月(?!\d{1,2}日)(?:份)?"  # 2025年6月至8月: a rolling period
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[在于]))(?:\d{4}年|今年|去年)?[春夏秋冬]季(?![度节报装风稻粮作蔬学奥运赛])"  # 今年夏季全省平均气温
    r"|(?<=[\u4e00-\u9fff])(?:开展|实施|启动|部署|收购)以来"  # 专项行动开展以来, 秋粮收购以来: since a campaign began (named in _last_period)
    r"|(?:\d{4}年|今年|去年)?(?:春节|元旦|清明|五一|端午|中秋|国庆|国庆中秋|中秋国庆)期间"  # 国庆期间, 五一期间
    r"|(?<![\u4e00-\u9fff])未来(?:\d{1,2}|[一二三四五六七八九十两几])(?:天|日|周|个月|小时)"  # 未来三天
    r"|(?:\d{4}年)?(?<![\d.])\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:起|以来)?(?![\d至到—–-])"  # 7月16日13时42分
    r"|(?:(?<![至到、和及与—\-])|(?<=[降升加高低少多长大小]至))(?:今年|去年)?(?:十[一二]?|[一二三四五六七八九])(?:(?:至|到|—|-)(?:十[一二]?|[一二三四五六七八九]))?"
    r"月(?:份|底|末|初|上旬|中旬|下旬)"  # 九月份, 由八月底的, 一至九月份; not 五月天, 一月一调度, 三月三
    r"|(?<![\u4e00-\u9fff])(?:(?:十[一二]?|[一二三四五六七八九])月|上一?季)(?=[为是](?:上升|上涨|下降|增长|下跌|回落|[\d-]|$))"  # ，九月为2.2%; ，上一季为上升3.2%
    r"|(?<![\d.月])\d{1,2}日\d{1,2}时(?:\d{1,2}分)?(?![\d至到—–-])"  # 淮河息县站21日5时出现洪峰水位40.68米
    r"|(?<![\u4e00-\u9fff])(?:今年|去年)?(?:十[一二]?|[一二三四五六七八九])(?:至|到)(?:十[一二]?|[一二三四五六七八九])月(?![\u4e00-\u9fff]{0,1}[一二三四五六七八九十])"  # 今年一至九月
    r"|(?:十[一二]?|[一二三四五六七八九])月(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"  # 十月三日
    r"|截至(?:今年)?(?:十[一二]?|[一二三四五六七八九])月(?:底|末)"  # 截至九月底
    r"|(?:\d{4}年|今年|去年)?(?:春季|秋季|本)学期|(?<![\u4e00-\u9fff])(?:本|上一?)学年|(?<![\u4e00-\u9fff])(?:" + _EVENT_WORDS + r")期间|(?:\d{4}年|今年|去年)?(?:春运|暑运)(?:期间)?(?!首日|第|前|以来)|(?<![\u4e00-\u9fff])(?:今年|去年|本次|此次)[\u4e00-\u9fff]{2,6}?期间"
    r"|(?:今年)?首[两二三四五六七八九十\d]{1,2}个?月(?:份)?|(?:\d{4}年|今年|去年)?(?:首|前)[一二三两1-3]季度?"
    r"|\d{4}年?\s*[-—–~至到]\s*\d{4}年(?:度|间|期间)?|\d{4} ?[/-] ?\d{2,4}(?:财政|财务)?年度?(?!代)|\d{4}至\d{2}(?:财政|财务)?年度|\d{4}(?:财政|财务)年度"
    r"|(?<![\d.])\d{4}财年(?:第?[一二三四1-4]财?季度?|[上下]半年)?|(?<![\u4e00-\u9fff])(?:上一?|本|下一?)财年|(?<![\u4e00-\u9fff])第[一二三四1-4]财季"  # 2025财年, 第四财季
    r"|(?:党的)?十[一二三四五六七八九]大以来|[“‘]?十[一二三四五]五[”’]?(?:期间|时期|以来|末|初)|(?<![\u4e00-\u9fff])月内(?![外容])"
    r"|(?<![\u4e00-\u9fff])(?:森林)?(?:防火期|防汛期|禁渔期|休渔期|主汛期|汛期)内"  # 防火期内，全市共发生森林火灾5起
    r"|(?<![\d.])双(?:11|十一|12|十二)(?:[”\"’]?(?:促销|购物节|大促)?期间|(?=[”\"’]?(?:购物节|大促|当天|当日|$|[，,。])))"  # “双11”期间
    r"|(?:\d{4}年)?(?:春节|国庆|五一|暑期|元旦|清明|端午|中秋|贺岁)档(?:期)?"  # 2025年国庆档（10月1日至8日）
    r"|(?<=[数指市股])(?:全日|半日)(?![制班])"  # 恒生指数全日收报19,842点: the trading day
    r"|(?:\d{4}[—–-]\d{4}年?)?冰?雪季开季以来|(?<![\u4e00-\u9fff])开季以来"  # 2025—2026冰雪季开季以来
    r"|(?:\d{4}[—–-]\d{4}年?)?(?:上一?个|下一?个|本|今)?雪季(?:期间)?"  # 2024—2025雪季, 上个雪季
    r"|[〇○零一二三四五六七八九]{4}至[〇○零一二三四五六七八九]{2,4}年度"  # 二〇二五至二六年度
    r"|(?<![\d.])(?:\d{1,2}|[两三四五六七八九十]{1,2})年(?:以)?来|(?:这|过去)(?:\d{1,2}|[两三四五六七八九十]{1,2})年|(?<![\u4e00-\u9fff])过去一年"
    r"|(?<![\d./])(?:\d{1,2}|[两三四五六七八九十]{1,2})年(?:间|(?=累计))"
    r"|(?:\d{4}年)?第?[1-4一二三四]至[1-4一二三四]季度?"
    r"|(?:\d{4}年)?(?:第?[一二三四1-4]季度|第[一二三四1-4]季)(?:末|初|底)?"
    r"|(?:\d{4}年|今年|去年)?(?:上|下)半年|(?:\d{4}年)?半年度"
    r"|(?<![\d年])1[01]\d年(?:1[0-2]|[1-9])(?:[-—–至~](?:1[0-2]|[1-9]))?月(?:份)?(?:底|末|初)?"  # 114年9月: a Republic of China year
    r"|\d{4}年年?度|\d{4}年(?:\d{1,2}(?:[-—–至~]\d{1,2})?月(?:份)?(?:上半月|下半月|上旬|中旬|下旬)?)?(?:底前|底|末|初)?(?:以来)?(?:全年)?"
    r"|\d{1,2}(?:[-—–至~]\d{1,2})月(?:份)?|前[0-9一二三四五六七八九十两]+个?月(?:份)?"
    r"|(?:今年|去年|明年|上年)?(?<![0-9])\d{1,2}月(?![0-9])(?:份)?(?:上半月|下半月|上中旬|中下旬|上旬|中旬|下旬|底前|底|末|初)?(?:起|以来)?"
    r"|(?<![\u4e00-\u9fff])[上中下]旬"  # 上旬全市平均气温13.2℃；中旬8.9℃: a month's ten days
    r"|(?:今|明|昨)(?:天|日)?(?:白天|夜间|晚上|晚|夜|早晨|晨|上午|下午)?(?:[至到](?:今|明|后)(?:天|日)?(?:白天|夜间|晚上|晚|夜|早晨|晨|上午|下午))"  # 今晚至明晨
    r"|(?<![说表声证查标注阐发透光文聪分英鲜精简开])明[天日]"  # 预计明天全省最低气温: a forecast's day (not 说明天气)
    r"|过去\d{1,3}小时|未来\d{1,3}小时|春运(?:首日|期间|以来|前\d{1,2}天)"  # 过去24小时, 春运首日
    r"|连续(?:[两三四五六七八九十多]|\d+)年|目前|当前|现阶段|今年|去年|全年|(?<![两三四五六七八九十几半])(?<!(?<![\d.])\d)(?<!(?<![\d.])\d\d)年内|(?<![\d.])(?:\d{1,2}|[两三四五六七八九十]{1,2})年内|每年|至此|近日|近期|日前|年底前"
    r"|(?<![青少童老成中晚新跨周历])(?:上)?年[末底初](?![期])|(?<![名地以])下个?月(?![台份])"
    r"|(?:今天|昨天|今日|昨日|明年|今年|去年|本月|上月)\s*[（(](?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[)）]"
    r"|(?<![如至迄现])(?:今|去)[春夏秋冬](?![装季天])|如今|(?<![出实表体])现在|现时|今天|昨天|今日|昨日|当天|当日|明年|来年|前年|本月|上月|今届|本届|上届|届时|[金深初晚][秋冬春夏]时节"
    r"|(?:上一?|下一?|本|今|去|明)年度|上一年|本年|上年|未来(?:\d{1,2}|[一二三四五六七八九十两几数])年内?"
)
# Every _PERIOD match holds one of these characters: a range without them names no period.
_UNCARRIED = frozenset({"每年", "年末", "年底", "年初", "上年末"})
_PERIOD_MARK = re.compile("[截以近月首年十季目当此日如现今昨届节期假周春暑冬夏秋去档双未旬明后时]")


@lru_cache(maxsize=16384)
def _without_periods(phrase: str, replacement: str) -> str:
    return _PERIOD_SCAN.sub(replacement, phrase) if _PERIOD_MARK.search(phrase) else phrase


_SPAN_PERIOD = re.compile(r"(?:\d{1,2}|[两三四五六七八九十]{1,2})年间?")
_DAY_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:起|以来)?")
_EARLIER_PERIODS = ("上月", "上年", "去年", "前年", "上季度", "上季", "上周", "上年度", "上一年", "上一年度", "去年度")


_LAW_TITLE = re.compile(r"《中华人民共和国[^《》\n]{1,40}》")  # a national law's name (a local rule's 《新吴区…细则》 names its place)
_PEAK_AT = re.compile(r"[，,]?\s*(?:出现在|位于|发生在|发生于|出现于)")
_PEAK_PLACE_BEFORE = re.compile(r"\s*最(?:大|高|多|强)(?:的)?(?:为|是|在)?([\u4e00-\u9fff]{2,12}?)(?:的)?")
_PEAK_STATED_BEFORE = re.compile(r"\s*(?:其中|而)?[，,]?\s*(?:全[省市县区])?([A-Za-z\u4e00-\u9fff]{2,12}?)(?:出现在|位于|发生在|出现于|的是|是)([\u4e00-\u9fff]{2,16})[，,]")
_PEAK_VALUE_LEAD = re.compile(r"\s*(?:为|是|达|达到|高达)\s*")
_PEAK_BEFORE = re.compile(r"最(?:大|高|低|多|少|强|快|慢)")
_LOSS_OR_PROFIT_BEFORE = re.compile(r"(亏损|盈利)(?:了|约|近)?$")
_FROM_PERIOD = re.compile(r"[由从]\s*\S{1,12}?(?:的)?\s*$")


def _dates_one_earlier_value(text: str, period: str, clause_start: int, figure: Figure) -> bool:
    """``上月为上涨0.4%。其中，北京上涨0.1%``: the earlier period dates that one comparison value;
    ``由现时4万元扩至4.5万元``: the period of the value a change starts from."""
    if period not in _EARLIER_PERIODS:
        start = figure.span[0] - len(period) - 4
        return text.find(period, max(clause_start, start), figure.span[0]) >= 0 and _FROM_PERIOD.search(
            text, max(clause_start, start - 2), figure.span[0]) is not None
    at = text.rfind(period, clause_start, figure.span[0])
    if at < 0:
        return False
    gap = text[at + len(period):figure.span[0]]
    return len(gap.removeprefix("同期").removeprefix("同月")) <= 3  # 上年同期亏损1.06亿元: that value's period alone


_LAST_WEEK = "上一?周|前一周|上一?星期|前一星期"  # the week before: a basis (比上星期, 较前一周的…)
_LEAD_DAY = re.compile(r"\s*((?:\d{4}年)?\d{1,2}月\d{1,2}日)[，,]")
_ROC_BASIS_YEAR = r"1[01]\d年(?=同[月期])"  # 较113年同月: a Republic of China year compared with
_BASIS = re.compile(
    r"同比|环比|按年|按月|按季|两年平均|年均(?![浓气降水值温])|年平均(?=(?:增长|下降|递增|递减)(?![率幅]))|平均每年"
    r"|(?:较|比对?)(?:\d{4}年|[〇○零一二三四五六七八九]{4}年|" + _ROC_BASIS_YEAR + r")?(?:\d{1,2}(?:[-—–至~]\d{1,2})?月份?|前?[一二三四1-4]季度|上半年|上年|去年|上月|上一?季度?|年初|\d{4}年|(?<=年)同月)(?:全年|同期|同月|同季|末|底)?"
    r"|(?:较|比|与)(?:\d{4}年|[〇○零一二三四五六七八九]{4}年|" + _ROC_BASIS_YEAR + r"|上一?年度|上一?财年|上一?会计年度|去年度|上一年|上年|去年|多年平均|多年同期均值|多年同期|常年|历年|上月|上一?季度?|上一?期|年初|一季度|上半年|前[一二三四五六七八九十\d]+个?月|前一个?交易日|上一个?交易日|前一[日天]|昨日|昨天|" + _LAST_WEEK + r")?(?:同期|同季|末|底)?"
    r"(?=(?:分别|均|则|都)?(?!上[一二年月季期周半旬个度财届]|下[一半年月季期周旬个]|多年)[增减下上提降回扩收多少高低持缩延拉加放偏])"  # not 较上一年度 read as 较 + 上升
    r"|与(?:\d{4}年|上一?年度?|去年|上月|上一?季度?|上一?期)(?:同期|末|底)?(?=相比|比较|相较)"  # 与上年同期相比，将增加…
    r"|(?:较|比)上一?届"  # 比上届增长4.4%, 较上届（5,965元）增长3.6%
    r"|(?<!\d)(?<!\d[\-—–~至到])(?:\d{4}年|(?<=[较比])" + _ROC_BASIS_YEAR + r")同[月期]|(?:去|上)年同期"
)
_SCOPE_WORDS = {
    "全市": "city", "我市": "city", "本市": "city", "该市": "city", "市内": "city",
    "全省": "province", "我省": "province", "本省": "province", "该省": "province",
    "全区": "region", "我区": "region", "该区": "region", "本区": "region",
    "全县": "county", "我县": "county", "该县": "county", "本县": "county",
    "全镇": "town", "我镇": "town", "本镇": "town", "全乡": "town", "我乡": "town", "本乡": "town",
    "园区内": "park", "该园区": "park", "全园区": "park", "区内": "park",
    "全国": "nation", "我国": "nation", "国内": "nation", "全社会": "society",
    "全港": "hk", "本港": "hk", "全澳": "macau", "本澳": "macau",
    "我校": "school", "本校": "school", "全校": "school",
    "我院": "institute", "本院": "institute", "全院": "institute",
}
_INSTITUTE = re.compile(r"(?:医院|卫生院|法院|检察院|研究院|科学院|设计院|学院)$")
_NATIONWIDE = r"(?<!次)全国(?![\u4e00-\u9fff]{0,6}普查)"  # not 第四次全国文物普查: a census's name
_SCOPE = re.compile(
    "|".join(sorted(map(re.escape, _SCOPE_WORDS), key=len, reverse=True)).replace("国内", "国内(?!增值税|消费税|旅客|游客|航线|航班|城市|货邮|品牌|市场|外|海洋捕捞|捕捞)")
    .replace("全市", "全市(?!场(?!馆|所|地|次|站))").replace("全国", _NATIONWIDE)
)  # 国内增值税: a tax's name, not the nation; 全市场ETF规模: the whole market, not the city
_LOCAL_SCOPE = re.compile("全市(?!场)|我市|全省|我省|全县|我县|全区|我区")
_NATION_WORD = {"全国": re.compile(_NATIONWIDE), "我国": re.compile("我国")}
_NATION_IN_LINE = re.compile(f"{_NATIONWIDE}|我国")
# a comma or colon between digits (1,540万股, 10:30) is part of the number, not a clause break
_CLAUSE_BREAK = guarded(re.compile(r"[，；;：。！？!?\n]|(?<!\d)[,:]|,(?!\d{3}(?!\d))|:(?!\d)"))
_PERIOD_SCAN = guarded(_PERIOD)
# In a release dated in the Republic of China era, a year of it alone (113年, 112年的648.7万人次) is a period too.
_ROC_PERIOD = re.compile(
    _PERIOD.pattern + r"|(?<![\d.有逾近约超达满])1[01]\d年(?:(?:至|到|—|-)1[01]\d年间?|度)?(?:全年)?(?!来(?!台)|以来|间|代|级|历史|前|者|之久|至|到)")
_PERIOD_FINDER, _ROC_PERIOD_FINDER = FirstCharDispatch(_PERIOD), FirstCharDispatch(_ROC_PERIOD)
_BASIS_SCAN = guarded(_BASIS)
_CONNECTIVE = re.compile(
    r"^(?:其中|当中|同时|此外|另外|另一方面|与此同时|总体看|总的来看|从\S{1,6}看|并且?|且|而且?|还|也|又|均|都|则|即|共(?!有产权)|累计|合计|总计|全年|分别|已经|已|再(?!生|融资|制造|就业|贴现|保险|担保|利用|循环|造)|将"
    r"|预期|预计|预料|估计|以上的|以下的|左右的|的|扣除价格因素后?|剔除价格因素后?|按可比价格计算|按可比口径计算?)+"
)
_INNER_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff])(?:合计|共计|总计)(?=[\u4e00-\u9fff])(?!净)")
# 净利润为负且营收低于: two conditions, the figure ends the second; not 持证且在岗的社会工作者 (one noun phrase)
_CONJOINED_PREDICATE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![并而况尚])且(?=[\u4e00-\u9fff][^的]*$)")
_TRAILING_LINK = re.compile(
    r"(?:平均|分别|同比|环比|按年|比上年|较上年|共计|合计|合共|总计|累计|均|都|已|共|也)?"
    r"(?:达到|(?<![下到表传送通抵发])达|大多为|多数为|(?<![差许很众最偏至较更增居过不])多为|为|是|约为|约|近|超过|(?<!(?<![流输转投收支])[出入])超|突破|跌破|(?<=[度数率量额模值积口重])过|逾|最高达到|最高达|高达|多达|仅|只有|有|(?<![估统设会])计|在|至|到|占|了|的|共|之|以上|左右|和|及|与|、"
    r"|每(?:平方米|平米|亩|吨|公斤|千克|斤|千瓦时|立方米|克|升|月|年|日|天|人|户)"  # 租金约为每月每平方米26元: the price's unit, not its name
    r"|不(?:得|应|能|宜)?(?:低于|高于|少于|多于|超过)|低于|高于|少于|多于|大于|小于|不足|未满|从|由|人民币|新台币|港币|港元|澳门币|美元)*$"
)
_CHANGE_VERB = re.compile(
    r"(?<!自然)(?<!机械)(?<![^全]社会)(?:同比|环比|按年|按月|同口径|可比口径|(?<![今去本上当每全明前\d])[年月](?=[增减](?![长加少])))?(?:分别)?(?:负增长|净增加|净增|净减少|净减|直降|直升|下调|上调|升高|增长|增加|提高|提升|上升|上涨|扩大|加快|回升|大涨|大升|大增|急升|飙升|飙|(?<!新)增|升|涨|下降|减少|降低|回落|收窄|缩短|缩小|下滑|放缓|下跌|大跌|大减|大降|急跌|跌|减|(?<!(?<![即今明次]日)起)降"
    r"|偏多|偏少|偏高|偏低|调增|调减|调高|调低|高出|激增|猛增|锐增|骤增|陡增|剧增|上扬|上浮|锐减|骤降|猛降|陡降|剧降|锐降|下挫|跌去|缩水|滑落|下浮)(?:了)?$"
)
_NAME_LEAD = re.compile(r"^(?:其中|以|由|在)")
_LEADING_POS = frozenset({"d", "p", "c", "ad", "u", "r", "ul", "uj"})
_NOUNISH = re.compile(r"[\u4e00-\u9fffA-Za-z]")

# patterns of the per-figure helpers, compiled once
_BREAKDOWN = re.compile(r"\s*(?:其中|当中|分[地区市省城]看|从\S{1,6}看|[^，,。；;]{1,6}看[，,])")  # 3月份当月看，…
_SHARE_AFTER = re.compile(r"(?:的)?(股权|股份)")
_LIST_LINK = re.compile(r"\s*[、和及与或]\s*")
_BRACKETED = guarded(re.compile(r"\s*(?:[（(][^（）()]*[）)]|【[^【】]*】)\s*"))
_UP_TO_LAST_DENG = re.compile(r"^.*等(?=[^等]*$)")
_TRAILING_FROM = guarded(re.compile(r"(?<=[\u4e00-\u9fff])从\s*$"))
_LISTED_BEFORE_DENG = re.compile(r"([^，,、；;：:\s]{2,20})等(?=[^，,；;。]*$)")
_COMPARED_BEFORE = re.compile(r"(?:高于|低于|超过|快于|慢于|多于|少于|比对|比|较|与|同)$")
_SAME_PERIOD_AFTER = re.compile(r"\s*[)）]?\s*同[月期]")
_BREAK_BEFORE = re.compile(r"[，,：:；;]\s*$")
_OPEN_BRACKET_BEFORE = re.compile(r"[(（][^)）]*$")
_TARGET_AFTER = re.compile(r"(?:的)?(?:目标|计划|任务|预算|预期目标)")


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
    context = _DocumentContext(norm, mentions, meta or {}, [figure.span for figure in figures])
    facts: list[Fact] = []
    previous_by_sentence: dict[int, Fact] = {}
    carried_period = ""
    document_period: str | None = None  # the headline's or lead's period, found when a figure first needs it
    figure_spans = [figure.span for figure in figures]
    unit_by_span = {figure.span: figure.unit for figure in figures}
    spans_by_sentence: dict[int, list[Span]] = {}
    sentence_iter = _SentenceLocator(sentences)
    topics: dict[int, _Resolved | None] = {}
    carried_topics: dict[int, _Resolved | None] = {}  # by sentence: the topic carried into it
    sentence_periods: dict[int, str] = {}

    def topic_of(sentence: Sentence) -> _Resolved | None:
        if sentence.index not in topics:
            topics[sentence.index] = None if norm.is_boilerplate(sentence.span) else sentence_topic(text, sentence, context)
        return topics[sentence.index]

    paragraph = -1
    for figure in figures:
        sentence = sentence_iter.find(figure.span[0])
        if sentence is None:
            continue
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            carried_period = (_opening_period(text, sentences, sentence) or _heading_period(text, sentence.span[0])
                              or _list_intro_period(text, sentence.span[0]) or _section_period(text, sentence.span[0]))
        if sentence.index not in carried_topics:
            carried_topics[sentence.index] = _carried_topic(sentences, topic_of, sentence)
        carried = carried_topics[sentence.index]
        if _EVENT_ANAPHOR.match(sentence.text) and context.document_subject().entity_id.startswith("firm:"):
            carried = None  # 本次发行…: the announcing firm's own transaction, not the previous sentence's topic
        clause_start = _clause_start(text, sentence.span[0], figure.span[0])
        if sentence.index not in spans_by_sentence:
            spans_by_sentence[sentence.index] = [
                span for span in figure_spans if sentence.span[0] <= span[0] < sentence.span[1] + 20
            ]
        local_spans = spans_by_sentence[sentence.index]
        list_start = _list_start(text, clause_start, figure.span[0], local_spans)
        clause_end = _clause_end(text, clause_start)
        listed = _respective_figures(text, figure, clause_start, clause_end, local_spans)
        item = _respective_item(text, figure, clause_start, listed)
        rules: list[str] = [figure.rule]
        previous = previous_by_sentence.get(sentence.index)  # the fact before this one in its sentence

        metric, metric_rule = _metric(text, figure, clause_start, list_start, previous, context, local_spans, item)
        if previous is not None and _ORDINAL_LABEL.fullmatch(metric):
            metric = _tier_of(text, metric, previous, figure)  # 月最低工资标准第一档2380元、第二档2150元: the first tier's measure
        if context.named_event is not None and len(without_event := context.named_event.sub("", metric)) >= 2:
            metric = without_event  # 本届进博会按一年计意向成交: the event is the subject, not part of the measure
        if metric_rule == "facts.metric.respectively.v1" and _PLACE_COUNT.fullmatch(metric):
            metric = ""  # 杭州、宁波两市分别增长5%和6%: how many places, not what grew
        if metric_rule != "facts.metric.respectively.v1":
            earlier = _respective_earlier(text, figure, clause_start, listed, facts, sentence, context)
            if earlier:
                metric, metric_rule = earlier, "facts.metric.respectively.v1"
        counterpart = _aside_counterpart(text, figure, sentence, facts, local_spans, unit_by_span) if not figure.change else None
        if counterpart is not None:  # 事故186起、死亡143人…（上年同期为212起、158人）: 212起 of 事故, 158人 of 死亡
            metric, metric_rule = counterpart.metric, "facts.metric.reference.v1"
        ordinal = _ordinal_industry(text, sentence.span[0], figure, listed) if "产业" in metric or metric_rule.endswith("inherited.v1") else ""
        if ordinal:  # 第一、二、三产业增加值分别为…: 第二产业增加值; 分别占全市生产总值的…: 第二产业增加值占全市生产总值
            share = _SHARE_OF_LIST.search(text, clause_start, listed[0][0])
            metric, metric_rule = ordinal + (f"占{share.group(1)}" if share else ""), "facts.metric.respectively.v1"
        paired = _PAIRED_MEASURE.search(text, clause_start, listed[0][0]) if listed and len(listed) == 2 and figure.span in listed else None
        if paired is not None and _LIST_JOINERS.search(text, clause_start, max(clause_start, text.find("分别", paired.end(), listed[0][0]))):
            paired = None  # 职工医保、城乡居民医保…分别为: the pair word is one item of a list
        if paired is not None:  # 城乡居民人均可支配收入分别达到78512元和49637元: 城镇居民…, then 农村居民…
            first, second = _PAIRED_PARTS[paired.group(0)]
            part = first if figure.span == listed[0] else second
            if paired.group(0) in metric:
                metric, metric_rule = metric.replace(paired.group(0), part, 1), "facts.metric.respectively.v1"
            elif part == second and previous is not None and previous.figure.span == listed[0] and first in metric:
                metric, metric_rule = metric.replace(first, second, 1), "facts.metric.respectively.v1"  # (the first's, copied)
        if (metric_rule == "facts.metric.inherited.v1" and previous is not None and previous.figure.unit != figure.unit
                and not figure.change and figure.kind in _AMOUNTS
                and ((named := text[list_start:figure.span[0]].strip()) in context.place_surfaces
                     or (not named and text[list_start - 1:list_start] == "、"))):
            same_unit = next((f for f in reversed(facts) if f.figure.unit == figure.unit and f.metric
                              and f.figure.span[0] >= sentence.span[0] and not f.figure.change), None)
            if same_unit is not None:  # 邳州市违法用地42宗、面积236.4亩，睢宁县37宗、198.7亩: 37宗 of 违法用地, 198.7亩 of 面积
                metric = same_unit.metric
        anaphor = _anaphoric_measure(text, clause_start, figure.span[0]) if metric_rule == "facts.metric.anaphora.v1" else None
        if anaphor is not None and metric == (word := anaphor.group(1)):
            referred = next((fact for fact in reversed(facts) if _can_refer_to(word, fact.figure, figure)), None)
            if referred is not None and referred.metric and _same_paragraph(sentences, referred, sentence):
                metric = referred.metric  # 森林覆盖率为60%。目前该比例已达65%
        breakdown = _BREAKDOWN.match(sentence.text)
        named_only = metric.lstrip("及和与、")
        if (facts and facts[-1].metric and named_only and named_only in context.entity_surfaces_in(named_only)
                and sentence.span[0] <= facts[-1].figure.span[0] and (_PART_CLAUSE.match(text, clause_start) or (
                    _known_place_name(named_only) and (named_only != metric or clause_start > sentence.span[0])))):
            metric, metric_rule = facts[-1].metric, "facts.metric.carried.v1"  # …达到10万元以上，其中木港村达到68.5万元; …；中国大陆及香港142.6亿美元
        if not metric and breakdown and facts and _same_paragraph(sentences, facts[-1], sentence) and facts[-1].metric:
            source = facts[-1]
            if figure.kind == "percent" and figure.change and source.figure.kind != "percent":
                # 价格上涨0.3%…19个城市中…其中，郑州、洛阳分别上涨0.3%、0.2%: the paragraph's lead change, not a count's measure
                source = next((f for f in reversed(facts) if f.figure.kind == "percent" and f.figure.change
                               and len(f.metric) > 2 and f.metric not in _RATE_HEADS
                               and _same_paragraph(sentences, f, sentence)), source)  # not 城市上涨0.4%，农村上涨0.1%
            if figure.kind == "count" and source.figure.unit != figure.unit:  # …各2家，11个设区市…。其中，南昌高新区9家
                source = next((f for f in reversed(facts) if f.figure.unit == figure.unit and f.metric
                               and _same_paragraph(sentences, f, sentence)), None)
            if source is not None:
                metric, metric_rule = source.metric, "facts.metric.carried.v1"
        elif not metric and breakdown and facts:
            source = _total_broken_down(facts, sentences, sentence, figure)
            if source is not None:  # 我省共有87家企业入选…。⏎从区域分布看，南昌市22家: the total the paragraph breaks down
                metric, metric_rule = source.metric, "facts.metric.carried.v1"
        named_item = text[clause_start:figure.span[0]].strip(" -•·*●▪◆■")
        if ((not metric or metric == named_item) and facts and _NAMED_ITEM.fullmatch(text, clause_start, figure.span[0])
                and named_item in context.entity_surfaces_in(named_item)):
            source = next((f for f in reversed(facts[-6:]) if f.figure.unit == figure.unit and f.metric
                           and f.quote[0] >= sentences[max(0, sentence.index - 3)].span[0]), None)
            if source is not None:  # - 苏州工业园区发明专利授权2316件；⏎- 昆山市1478件: the item before's measure
                metric, metric_rule = _without_entities(source.metric, context), "facts.metric.carried.v1"
        if not metric and facts and listed and _names_respectively(text[clause_start:listed[0][0]], context):
            source = next((f for f in reversed(facts[-8:]) if f.figure.unit == figure.unit and f.metric
                           and bool(f.figure.change) == bool(figure.change) and _same_paragraph(sentences, f, sentence)), None)
            if source is not None:  # …播种面积420万亩。赣州市、吉安市分别为980万亩和760万亩: the measure just stated
                metric, metric_rule = _without_entities(source.metric, context), "facts.metric.carried.v1"
        if breakdown and metric in _RATE_HEADS and facts and _same_paragraph(sentences, facts[-1], sentence):
            measured = _breakdown_metric(facts, sentence)
            if measured:
                metric, metric_rule = measured, "facts.metric.carried.v1"  # 其中，北京下跌0.2%: of the measure, not of its 涨幅
        elif breakdown and figure.change and metric in _AREA_KINDS and facts and _same_paragraph(sentences, facts[-1], sentence):
            measured = _breakdown_metric(facts, sentence)
            if measured and not measured.startswith(metric):  # 其中，城市上涨0.4%: the urban part of the measure
                metric, metric_rule = metric + measured, "facts.metric.carried.v1"
        if (not metric or _TOTAL_WORD.fullmatch(metric)) and facts and _PERIOD_ONLY.fullmatch(text, clause_start, figure.span[0]):
            earlier = next((f for f in reversed(facts[-8:]) if f.figure.unit == figure.unit and f.metric and not f.figure.change
                            and not _TOTAL_WORD.fullmatch(f.metric) and _same_paragraph(sentences, f, sentence)), None)
            if earlier is not None:  # 第三季本地生产总值为8,236.9亿港元…。首三季合计为23,844.1亿港元: the same measure, summed
                metric, metric_rule = earlier.metric, "facts.metric.carried.v1"
        if (metric_rule == "facts.metric.verb.v1" and _BARE_NEW.fullmatch(metric) and previous is not None and previous.metric
                and previous.figure.unit == figure.unit and metric not in previous.metric):
            metric, metric_rule = metric + previous.metric, "facts.metric.carried.v1"  # 规上工业企业达到46家，新增8家: 新增规上工业企业
        if previous is not None and previous.metric:
            metric, metric_rule = _against_reference(text, figure, clause_start, previous, metric, metric_rule)
        if metric_rule == "facts.metric.clause.v1" and figure.change and _INDUSTRY.fullmatch(metric):
            parts = _INDUSTRY_NAME_PARTS.match(text, clause_start, figure.span[0])
            if parts and text.startswith(metric, parts.end()):
                metric = parts.group(1) + metric  # 电力、热力、燃气及水生产和供应业增长3.5%: one industry, its name listing three
            measure = _industry_measure(previous, metric)
            if measure:
                metric, metric_rule = metric + measure, "facts.metric.industry.v1"
        if figure.rule == "figures.ratio.parts.v1" and (named := _STRUCTURE_NAMED.search(text, sentence.span[0], figure.span[0])):
            metric, metric_rule = _STRUCTURE_LEAD.sub("", named.group(1)), "facts.metric.structure.v1"  # 三次产业结构由…调整为…
        if (previous is not None and previous.metric and previous.figure.unit == figure.unit
                and _COMPARED_WITH.fullmatch(text, clause_start, figure.span[0]) and _COMPARED_AFTER.match(text, figure.span[1])):
            metric, metric_rule = previous.metric, "facts.metric.basis_value.v1"  # 常住人口为587,265人，与2010年第六次全国人口普查的459,410人相比
        if figure.unit == "级" and ("震" not in metric or metric == "地震") and "风" not in metric:
            wind = _WIND_NAMED_AFTER.match(text, figure.span[1])  # 出现6级以上大风: a wind's force
            metric, metric_rule = (wind.group(1), "facts.metric.wind.v1") if wind else ("震级", "facts.metric.magnitude.v1")
        region = _REGION_ITEM.fullmatch(text, clause_start, figure.span[0]) if figure.change and _REGION_LEAD.match(sentence.text) else None
        region_subject = None
        if region is not None and facts and _same_paragraph(sentences, facts[-1], sentence):
            measured = _breakdown_metric(facts, sentence)
            if measured:  # 分区域看，长株潭地区增长8.3%，洞庭湖地区增长7.1%: each region's rate of the paragraph's measure
                metric, metric_rule = measured, "facts.metric.carried.v1"
                region_subject = _Resolved(region.group(1), "", "facts.subject.region.v1")
        if (metric_rule == "facts.metric.clause.v1" and previous is not None and previous.figure.unit == figure.unit
                and previous.figure.kind == figure.kind and metric == text[clause_start:figure.span[0]].strip()):
            measured = _parallel_measure(metric, previous.metric)
            if measured:  # 本科生平均月薪6,350元，硕士研究生8,460元: the same measure of the next group
                metric, metric_rule = measured, "facts.metric.parallel.v1"
        aged = _AGE_GROUP_SHARE.search(text, max(clause_start, figure.span[0] - 14), figure.span[0]) if figure.kind == "percent" else None
        if aged is not None and aged.group(1).startswith(metric):
            metric = aged.group(1)  # 35岁以上占63.2%: the share of those 35 and over, not of 35-year-olds
        if figure.unit in ("岁", "周岁") and "年龄" not in metric and "寿命" not in metric:
            life = _LIFE_MEASURE.search(previous.metric) if previous is not None and previous.figure.unit == figure.unit else None
            group = _GROUP_LEAD.sub("", text[list_start:figure.span[0]]).strip() if life is not None else ""
            if 1 <= len(group) <= 4:
                metric, metric_rule = group + life.group(0), "facts.metric.parallel.v1"  # 84.11岁，其中男性81.82岁: 男性平均预期寿命
            else:
                metric, metric_rule = "年龄", "facts.metric.age.v1"  # 11岁或以下的小童: a threshold of age
        average = _AVERAGE_LEAD.fullmatch(text, clause_start, figure.span[0]) if metric_rule in _BORROWED_METRICS else None
        if average and metric and not metric.startswith(average.group(1)):
            metric, metric_rule = average.group(1) + _TOTAL_WORD.sub("", metric), "facts.metric.average.v1"  # 累计…2136.8万人次，日均427.4万人次
        if (figure.unit in ("分钟", "小时", "秒") and text[figure.span[0] - 1:figure.span[0]] == "每"
                and _ONE_RUN_AFTER.match(text, figure.span[1])):  # 班次将加密至每5～8分钟一班: the interval between runs
            if (previous is not None and "facts.metric.headway.v1" in previous.rules
                    and _FROM_TO_BETWEEN.fullmatch(text, previous.figure.span[1], figure.span[0])):
                metric = previous.metric  # 由每15分钟一班缩短至每10分钟一班: the same interval
            else:
                headway = _HEADWAY_VERB.sub("", _clean_segment(metric.removesuffix("每"))[0])
                metric = headway + ("" if headway.endswith("间隔") or not headway else "间隔")
            metric_rule = "facts.metric.headway.v1"
        metric = _CHINESE_ENUMERATION.sub("", metric.strip(_METRIC_EDGE_PUNCT))  # 型号:RK-86T,…单价:12850元 gave ':交互式智能平板'; 三、预算金额
        if metric.startswith(_THRESHOLD_TAILS) and facts and facts[-1].figure.span[1] == text.find(metric, facts[-1].figure.span[1]):
            metric = facts[-1].figure.text + metric  # 5级以上地震监测台站12个: the threshold is part of what is counted
        if metric_rule in _BORROWED_METRICS and metric in _COORDINATE_WORDS:
            metric, metric_rule = "", "facts.metric.none.v1"  # 东经118.3度，…（33米/秒）: a position measures nothing after it
        if figure.kind == "money" and (signed := _LOSS_OR_PROFIT_BEFORE.search(text, clause_start, figure.span[0])) and signed.group(1) not in metric:
            metric += signed.group(1)  # 利润总额由上年亏损2.3亿元: the measure's loss, not its level
        if figure.damaged and (metric_rule in _BORROWED_METRICS or metric_rule == "facts.metric.previous_clause.v1"):
            metric, metric_rule = "", "facts.metric.none.v1"  # 全?。?40万千瓦时: a damaged figure borrows no other's measure
        rules.append(metric_rule)

        if clause_end > sentence.span[1] + 20:  # the clause runs on past the sentence's figures: the subject reads all
            subject_listed = _respective_figures(text, figure, clause_start, clause_end, context.figure_spans)
            subject_item = _respective_item(text, figure, clause_start, subject_listed)
        else:
            subject_item = item
        trade = _TRADE_PARTNER.match(text, clause_start, figure.span[0]) is not None
        subject = region_subject or _subject(text, figure, sentence, clause_start, context, carried, subject_item,
                                             _exporter_before(facts, sentences, sentence, context) if trade else None)
        package = _PACKAGE_ITEM.fullmatch(text, list_start, figure.span[0])
        if package is not None and previous is not None and previous.metric and previous.figure.unit == figure.unit:
            subject = _Resolved(package.group(1), "", "facts.subject.package.v1")  # 预算金额1080万元，其中包1为600万元: lot 1's budget
            metric, rules[-1] = previous.metric, "facts.metric.carried.v1"
        route = _route_leading(text, sentence.span[0], figure.span[0])
        if route is not None:  # 福州—大阪航线每周4班: the route's flights, not the city's
            subject = _Resolved(route.group(1), "", "facts.subject.route_line.v1")
            per = _PER_PERIOD_BEFORE.search(text, clause_start, figure.span[0])
            if per is not None:  # 每日1班（每周7班）: how often the route flies
                metric, rules[-1] = per.group(1) + ("航班" if figure.unit == "班" else ""), "facts.metric.route_frequency.v1"
            else:
                metric = _without_route(metric, route.group(1)) or metric
        if ((figure.kind == "percent" or figure.unit == "点") and figure.change and previous is not None and previous.figure.unit == "点"
                and ("facts.subject.market_mover.v1" in previous.rules or "facts.subject.index_move.v1" in previous.rules)
                and _INDEX_MOVE.fullmatch(text, clause_start, figure.span[0])):
            # 上证指数收报3064.26点，涨0.62%; 恒生指数收报19,842点，跌318点或1.58%: the index's move
            subject = _Resolved(previous.subject, previous.subject_id, "facts.subject.index_move.v1")
            metric = previous.subject + ("涨幅" if figure.change == "increase" else "跌幅")
            rules[-1] = "facts.metric.index_move.v1"
        elif figure.unit == "点" and not figure.change and _INDEX_EXTREME.fullmatch(text, clause_start, figure.span[0]):
            index = next((f for f in reversed(facts) if sentence.span[0] <= f.figure.span[0] and f.figure.unit == "点"
                          and "facts.subject.market_mover.v1" in f.rules), None)
            if index is not None:  # 恒生指数全日收报19,842点，…，全日最高见20,105点
                subject = _Resolved(index.subject, index.subject_id, "facts.subject.index_move.v1")
        if (metric_rule == "facts.metric.inherited.v1" and previous is not None and previous.metric == metric
                and subject.rule == "facts.subject.topic.v1" and subject.text != previous.subject and previous.subject
                and not context.mentions_between(previous.figure.span[1], figure.span[0])
                and not re.search(r"[；;。]", text[previous.figure.span[1]:figure.span[0]])):
            subject = _Resolved(previous.subject, previous.subject_id, "facts.subject.carried.v1")  # 对欧盟进出口798.6亿元，增长5.1%
        if figure.kind == "money" and _REGISTERED_CAPITAL.match(text, clause_start):
            founded = next((m for m in reversed(context.mentions_between(sentence.span[0], clause_start)) if m.type == "firm"), None)
            if founded is not None:  # 设立控股子公司浙江纬钧氢能材料有限公司（…），注册资本5,000万元: the new firm's capital
                subject = context.resolved(founded, "facts.subject.registered_firm.v1")
        peak_at = _PEAK_AT.match(text, figure.span[1])
        if peak_at is not None and _PEAK_BEFORE.search(text, clause_start, figure.span[0]):
            place = next((m for m in context.mentions_between(peak_at.end(), peak_at.end() + 12)
                          if m.type == "place" and m.span[0] == peak_at.end()), None)
            if place is not None:  # 最大为156.8毫米，出现在永春县: where the peak was
                subject = context.resolved(place, "facts.subject.peak_place.v1")
        peak_first = _PEAK_STATED_BEFORE.fullmatch(text, _previous_clause_start(text, clause_start - 1), clause_start) if (
            clause_start > 0 and _PEAK_VALUE_LEAD.fullmatch(text, clause_start, figure.span[0])) else None
        if peak_first is not None and _PEAK_BEFORE.search(peak_first.group(1)):
            place = next((m for m in reversed(context.mentions_between(peak_first.start(2), peak_first.end(2)))
                          if m.type == "place" and m.span[1] == peak_first.end(2)), None)
            if place is not None:  # 其中最高气温出现在汉中市城固县，为36.8℃: that spot's peak, not the province's mean
                subject = context.resolved(place, "facts.subject.peak_place.v1")
                if len(peak_first.group(1)) > 2 or not metric:
                    metric, rules[-1] = peak_first.group(1), "facts.metric.peak_place.v1"
                elif (other := _OTHER_EXTREME.get(peak_first.group(1), "")) and other in metric:
                    metric = metric.replace(other, peak_first.group(1))  # …最快的是宿迁市…；最慢的是连云港市，为3.2%: GDP增速最慢
        peak_named = _PEAK_PLACE_BEFORE.fullmatch(text, clause_start, figure.span[0])
        if peak_named is not None and previous is not None and previous.metric and previous.figure.unit == figure.unit:
            place = next((m for m in context.mentions_between(peak_named.start(1), peak_named.end(1))
                          if m.type == "place" and m.span == peak_named.span(1)), None)
            if place is not None:  # 平均过程雨量128.5毫米，最大为景宁畲族自治县276.3毫米: that county's, of the same measure
                subject = context.resolved(place, "facts.subject.peak_place.v1")
                metric, rules[-1] = previous.metric.removeprefix("平均"), "facts.metric.peak_place.v1"
        compared = _compared_place(text, figure, max(clause_start, list_start), context) if previous is not None else None
        if compared is not None and previous.metric and previous.figure.unit == figure.unit:
            subject = compared  # 低于上海的6.5万元和北京的6.0万元
            metric, rules[-1] = previous.metric, "facts.metric.compared_place.v1"
        if (previous is not None and "facts.subject.work.v1" in previous.rules and figure.kind == "percent"
                and subject.rule in _FALLBACK_SUBJECTS and previous.figure.span[0] >= sentence.span[0]
                and text.startswith("占", clause_start + _topic_lead_end(text[clause_start:figure.span[0]]))):
            subject = _Resolved(previous.subject, previous.subject_id, "facts.subject.work.v1")  # …以7.26亿元夺冠，占总票房的39.5%
        if (subject.rule == "facts.subject.carried.v1" and subject.entity_id.startswith("firm:") and figure.kind == "count"
                and figure.unit in ("家", "个", "户")):
            subject = context.document_subject()  # …芯片产线建成投产。全年新增上市公司5家: the firms counted are not that firm
        if _CONVERTED.match(text, clause_start):  # 分别为每斤1.29元、1.31元，折合每公斤2.58元、2.62元: the same, in another unit
            same = [span for span in local_spans if clause_start <= span[0] < clause_end]
            earlier = [fact for fact in facts if sentence.span[0] <= fact.figure.span[0] < clause_start]
            if len(earlier) >= len(same) and figure.span in same:
                source = earlier[len(earlier) - len(same) + same.index(figure.span)]
                converted = _CONVERTED.match(text, clause_start)
                per = _PER_BEFORE.search(text, converted.end(), figure.span[0])  # 折合每公斤2.58元: per 公斤, not per 斤
                metric = f"{source.metric}（折合{per.group(0)}）" if per else source.metric
                rules[-1] = "facts.metric.converted.v1"
                subject = _Resolved(source.subject, source.subject_id, "facts.subject.converted.v1")
        if (metric_rule == "facts.metric.inherited.v1" and facts and "facts.subject.counted_parks.v1" in facts[-1].rules
                and sentence.span[0] <= facts[-1].figure.span[0] and subject.rule != "facts.subject.topic.v1"):
            subject = _Resolved(facts[-1].subject, facts[-1].subject_id, "facts.subject.counted_parks.v1")  # …，同比增长8.2%
        partner = _TRADE_PARTNER.match(text, clause_start, figure.span[0]) if subject.rule == "facts.subject.trade_partner.v1" else None
        if partner is not None and metric and partner.group(0).strip().endswith(metric):
            metric = partner.group(0).strip()  # 对德国出口, not 出口
        if (subject.rule == "facts.subject.carried.v1" and facts and facts[-1].rules[-2:-1] == ("facts.subject.trade_partner.v1",)
                and sentence.span[0] <= facts[-1].figure.span[0]):
            subject = _Resolved(facts[-1].subject, facts[-1].subject_id, "facts.subject.trade_partner.v1")  # …，增长15.4%
        if subject.rule == "facts.subject.carried.v1" and _BARE_TOTAL.match(text, clause_start, figure.span[0]):
            members = list(dict.fromkeys(f.subject for f in facts if f.quote == sentence.span and f.subject
                                         and "facts.subject.respectively.v1" in f.rules))
            if len(members) >= 2:  # 县人民医院、县中医院…分别为58万人次和32万人次，合计90万人次: both, not the last
                subject = _Resolved("、".join(members), "", "facts.subject.summed_group.v1")
        if subject.entity_id.startswith("government:") and (said := text.find(subject.text, sentence.span[0], figure.span[0])) >= 0 and (
                _SOURCE_VERB_AFTER.match(text, said + len(subject.text))):
            subject = context.document_subject()  # 旅游局调查显示，酒店平均房价为1,486澳门元: the body says it, the place has it
        if (subject.rule in ("facts.subject.topic.v1", "facts.subject.carried.v1") and _THE_REST.match(text, clause_start)
                and subject.text not in text[clause_start:figure.span[0]]):
            subject = context.document_subject()  # …，濯田镇1380亩，其余14个乡镇合计5790亩: the rest of the whole, not that town
            same_unit = next((f for f in reversed(facts) if f.figure.unit == figure.unit and f.quote == sentence.span), None
                             ) if _THE_REST.fullmatch("其余" + metric) else None
            if same_unit is not None and same_unit.metric:
                metric = same_unit.metric  # (合计5790亩 of 造林, not of 乡镇)
        if subject.rule == "facts.subject.summed_group.v1" and (listed_kind := _LISTED_KIND_LEAD.match(metric)) and len(metric) > 3:
            metric = metric[listed_kind.end():]  # 凉山、攀枝花等地|发生8起: the group's measure, not its kind of place
        if subject.rule == "facts.subject.summed_group.v1" and metric == subject.text and previous is not None and previous.metric:
            metric = previous.metric.removeprefix(subject.text) or previous.metric  # 三市合计17.97亿件: the items' measure, summed
            rules[rules.index(metric_rule)] = "facts.metric.summed_items.v1"
        if subject.rule == "facts.subject.builder.v1":
            metric = _built_thing(metric, context)  # …投资建设的酒泉市瓜州县北大桥第七风电场 -> 北大桥第七风电场
        if subject.rule == "facts.subject.station.v1":
            metric = _station_measure(text, sentence.span[0], figure, metric)  # 极端最高气温出现在丽水站，为41.7℃
        if ((subject.rule == "facts.subject.actor.v1" or (subject.rule == "facts.subject.topic.v1" and _VIEWPOINT_LEAD.match(sentence.text)))
                and not subject.entity_id and not _AGENT_OR_DOMAIN.search(subject.text) and (
                _VIEWPOINT_LEAD.match(sentence.text) or _PART_CLAUSE.match(sentence.text))):
            # 分方式看，…高速公路小客车出行…; 其中，高速公路完成投资…: a part, not who
            subject = carried if carried is not None and carried.text else context.document_subject()
        elif subject.rule == "facts.subject.actor.v1" and (_actor_is_measured(subject.text, metric) or subject.text in _NO_ACTOR_WORDS
                                                           or _way_of_acting(subject.text, metric, context)
                                                           or subject.text.startswith(_PLANNED_LEADS)  # 计划选派…130支: a plan
                                                           or subject.text in _AREA_KINDS or subject.text.endswith(_PEAK_WORDS)
                                                           or _MEASURE_ACTOR.search(subject.text) is not None
                                                           or _faulted(text, subject.text, sentence.span[0])):
            # 高技术制造业增长40.7%: the clause's noun is what is measured, not who; 月均增加5元: an average, not who
            subject = carried if carried is not None and carried.text else context.document_subject()
        if subject.rule == "facts.subject.topic.v1" and _last_of_listed_items(text, subject.text, clause_start, figure.span[0]):
            group = _listed_together(text, subject.text, clause_start, figure.span[0], context)
            subject = _Resolved(group, "", "facts.subject.listed_group.v1") if group else context.document_subject()
            # 苏州、南京两市合计完成…2150万件: the places together; else the items' common scope
            if subject.text and _is_listed_item(text[clause_start:figure.span[0]], subject.text):
                outer = context.title_outer  # 松潘县、黑水县、茂县3个县 under 阿坝州松潘县发生地震: the prefecture's
                subject = (context.resolved(outer, "facts.subject.document.v1") if outer is not None and outer.canonical != subject.text
                           else _Resolved("", "", "facts.subject.none.v1"))  # …访问了法国、德国、日本6个国家: not one of them
        if subject.entity_id.startswith("government:") and subject.rule != "facts.subject.actor.v1" and (
                (_STATISTICS_SOURCE.search(subject.text) and _REPORTED.search(text, max(0, figure.span[0] - 300), figure.span[0]))
                or _cited_source(text, sentence.span[0], figure.span[0], *context.names_of(subject))):
            subject = _place_of_source(subject, context)  # 据徐州海关统计，出口…; 据县文广新旅局统计，…: the place's figures
        elif (subject.entity_id.startswith("government:") and subject.rule == "facts.subject.topic.v1"
              and _PLACE_INDICATOR.search(metric) and not _STATISTICS_SOURCE.search(subject.text)):
            subject = _place_of_source(subject, context)  # 县水利局…力争农村自来水普及率达到96%: the county's rate, not the bureau's
        elif (subject.entity_id.startswith("firm:") and subject.rule == "facts.subject.topic.v1"
              and any(text.find("据" + name, sentence.span[0], figure.span[0]) >= 0 for name in context.names_of(subject))
              and _cited_source(text, sentence.span[0], figure.span[0], *context.names_of(subject))
              and (scope := _SCOPE.search(text, clause_start, figure.span[0])) is not None
              and (scoped := context.scope(scope.group(0), at=clause_start)) is not None):
            subject = scoped  # 据黔程高速公路集团有限公司统计，假期8天全省高速公路断面流量…: the province's, counted by the firm
        elif (subject.entity_id.startswith("organization:") and subject.rule == "facts.subject.topic.v1"
              and _TRADE_BODY.search(subject.text) and any(text.find("据" + name, sentence.span[0], figure.span[0]) >= 0 for name in context.names_of(subject))
              and _cited_source(text, sentence.span[0], figure.span[0], *context.names_of(subject))
              and not _BODY_ITSELF.search(text, clause_start, figure.span[0])):  # (据…统计，协会今年共发布团体标准12项)
            subject = _place_of_source(subject, context)  # 据中国汽车工业协会统计，…新能源汽车销量: the nation's, counted by the trade body
        elif (subject.rule in ("facts.subject.topic.v1", "facts.subject.carried.v1") and _TAIWAN_BODY.match(subject.text)
              and (_roc_dated(text) or _TAIWAN_WORDS.search(text) or context.taiwan_script)):  # (…发布统计结果。10月劳动力为…: carried on)
            subject = _taiwan_as_written(text, text[sentence.span[0]:sentence.span[1]])  # 交通部观光署公布，113年来台旅客…: Taiwan's figures, as 国家统计局's are the nation's
        if subject.rule == "facts.subject.facility.v1":
            metric = _without_facility_suffix(metric, subject.text)
        if (metric_rule in _BORROWED_METRICS and previous is not None and previous.subject_id and subject.text
                and subject.text != previous.subject and metric.startswith(previous.subject) and len(metric) > len(previous.subject) + 1):
            metric = metric[len(previous.subject):]  # 比亚迪销量30.2万辆，特斯拉5.6万辆: 特斯拉's 销量, not 比亚迪's
        if figure.comparator in ("<=", ">=") and metric.endswith(("最高", "最低", "最")):
            metric = metric[:-2] if metric.endswith(("最高", "最低")) else metric[:-1]  # 单项资助最高达1200万元: a bound
        if subject.rule == "facts.subject.anaphora.v1" and figure.kind != "count":
            head = _DEMONSTRATED_HEAD.search(subject.text) or _THE_FIRM.match(metric)  # (澄远新材's 公司实现营业收入)
            named = subject.text if metric.startswith(subject.text) else head.group(0) if head else ""
            if named and metric.startswith(named) and len(metric) > len(named) + 1:
                metric = _clean_segment(metric[len(named):])[0] or metric  # 这些高新区共实现营业收入 -> 营业收入
        if subject.rule == "facts.subject.group.v1" and metric.startswith(subject.text[2:]) and len(metric) > len(subject.text):
            metric = metric[len(subject.text) - 2:]  # 本国|银行平均逾放比率 -> 平均逾放比率
        if subject.rule == "facts.subject.shareholder.v1":
            named = next((name for name in context.names_of(subject) if name in metric and not metric.endswith(name)), "")
            if named:
                metric = metric.split(named)[-1]  # …控股股东绍兴华拓投资控股有限公司持有公司股份 -> 持有公司股份
        if subject.rule == "facts.subject.work.v1" and f"{subject.text}》" in metric:
            metric = _WORK_METRIC_END.sub("", metric.split(f"{subject.text}》")[-1])  # 电影《X》全球票房破 -> 全球票房
            metric = "票房" if _EARNING_VERB.fullmatch(metric) else metric  # 《山海归途》收获4.83亿元: its box office
        if subject.rule == "facts.subject.market_mover.v1" and subject.text in metric:
            measured = metric.split(subject.text)[-1].lstrip("获")  # 有色金属板块获主力资金净流入 -> 主力资金净流入
            metric = measured if len(measured) >= 2 and _has_noun(measured) else metric  # not 创业板指|一度
        if not subject.text and (inside := _scope_inside(text, sentence.span[0], figure.span[0], context)) is not None:
            subject = inside  # 预计全年全市地区生产总值增长5.5%, 造成全市9个县(区)…: the scope the sentence names, not at its head
        compared = _COMPARED_SCOPE.search(text, clause_start, figure.span[0]) if figure.kind != "points" else None
        if compared is not None:  # not 增速高于全国0.8个百分点: the margin is the notice's own
            subject = context.scope(compared.group(1)) or subject  # 高于全国同期1.7%的两年平均增速: the nation's figure
        if subject.rule in _FALLBACK_SUBJECTS:
            category = _category_heading(text, sentence.span[0], figure.span[0]) or _section_category(text, figure.span[0])
            if category and category != metric:
                subject = _Resolved(category, "", "facts.subject.category.v1")  # 教育：（经常开支预算为786亿元）
        if (context.headline_works and not subject.entity_id.startswith(("firm:", "government:", "organization:"))
                and (_WORKS_ANAPHOR.match(text, sentence.span[0]) or _WORKS_ANAPHOR.match(text, clause_start))):
            subject = _Resolved(context.headline_works, "", "facts.subject.headline_works.v1")  # 项目全长86.4公里: the road's
        lot = _LOT_LEAD.match(sentence.text) if subject.rule in _LOT_OVERRIDABLE else None
        if lot is not None:
            subject = _Resolved(lot.group(1), "", "facts.subject.lot.v1")  # 2025G18地块规划条件：建筑密度≤22%
        increment = _INCREMENT_MOVE.search(text, max(clause_start, figure.span[0] - 4), figure.span[0]) if figure.change else None
        if increment is not None and metric and not any(word in metric for word in ("多增", "少增", "新增", "增量")):
            metric += increment.group(1)  # 存款余额比年初增加1236亿元，同比少增86亿元: the increment shrank, not the balance
        backed = _backed_firm(text, clause_start, figure, context)
        if backed is not None:
            subject = backed  # 本次为瑞澜新能源提供担保金额为2亿元: the firm guaranteed, not the guarantor
            metric = _BACKING_LEAD.sub("", metric[metric.find("提供"):]) if "提供" in metric else metric
            metric = metric or _following_noun(text, figure, local_spans) or "担保"
        tender_lot = _tender_lot(text, sentence, figure) if subject.rule in _LOT_OVERRIDABLE and ("包" in sentence.text or "标" in sentence.text) else None
        if tender_lot is not None:
            subject = _Resolved(tender_lot, "", "facts.subject.lot.v1")  # 合同包1保洁面积约152.3万平方米，作业人员不少于220人
            metric = _TENDER_LOT_IN_METRIC.sub("", metric) or _colon_heading(text, figure, clause_start, context) or ""
        line = _TRANSIT_LINE.match(metric) if subject.rule != "facts.subject.lot.v1" else None
        if line is not None and len(metric) - line.end() >= 2:
            subject = _Resolved(line.group(1), "", "facts.subject.transit_line.v1")  # 3号线日均客运量228.4万人次: the line's
            metric = metric[line.end():]
        elif (previous is not None and "facts.subject.transit_line.v1" in previous.rules
              and subject.rule in ("facts.subject.carried.v1", "facts.subject.document.v1")):
            subject = _Resolved(previous.subject, "", "facts.subject.transit_line.v1")  # …228.4万人次，占线网的25.2%: still the line's
        rules.append(subject.rule)

        period, period_rule = _period(
            text, figure, sentence, clause_start, clause_end, local_spans, carried_period, listed, item, sentence_periods
        )
        if period == "全年":
            year = _year_before(text, sentence.span[0], clause_start)
            if year:
                period, period_rule = year + "全年", "facts.time.whole_year.v1"  # 2019年底的公告显示，全年…: of 2019
        if not period and breakdown and facts and facts[-1].time.startswith("未来") and _same_paragraph(sentences, facts[-1], sentence):
            period, period_rule = facts[-1].time.split(" ")[0], "facts.time.carried.v1"  # 未来3年将投入…。其中，…投入80亿元
        if not period and document_period is None:
            document_period = _document_period(text, sentences, norm)
        if not period and document_period:
            period, period_rule = document_period, "facts.time.document.v1"
        if period in ("当日", "当天"):
            named = _last_day_date(text, clause_start)  # (2月4日为发送最高峰日，当日…: the day the sentence names)
            if named:
                period, period_rule = named, "facts.time.same_day.v1"  # 6月11日沪深两市…；当日A股成交额…
        if period.startswith("假期") and (holiday := _named_holiday(text, sentences)):
            period = holiday + period[2:].replace("期间", "")  # 2023年中秋国庆假期…⏎假期期间，…: the holiday the notice names
        if period_rule in ("facts.time.basis_value.v1", "facts.time.aside.v1"):
            pass  # 较去年同月的8.2%, （上年同期为212起）: the basis's period dates that value alone
        elif period.startswith("未来") or _SPAN_PERIOD.fullmatch(period):
            carried_period = ""  # 未来3年将投入…, 3年累计…: the sentence's own span; later sentences are not in it
        elif period in _UNCARRIED or period.startswith(("连续", "本次", "此次")):
            pass  # 息率为每年3.5厘, 年末常住人口…, 连续多年稳定在…: a rate's frame, a stock's date or a run, not a period to carry
        elif period and not _DAY_DATE.fullmatch(period) and not _dates_one_earlier_value(text, period, clause_start, figure):
            carried_period = period  # 6月1日，…: an event's day dates its own sentence only
        elif period in _EARLIER_PERIODS and clause_start > sentence.span[0]:
            leading = _last_period(text, sentence.span[0], clause_start, local_spans)
            carried_period = leading or carried_period  # 2月份…持平，上月为上涨0.4%: 2月份 goes on
        basis = _basis(text, clause_start, figure.span[0]) if figure.change or _is_comparison(text, clause_start, figure.span[0]) else ""
        if (not basis and figure.change and figure.kind in ("percent", "points")
                and not _COMPARED_IN.search(text, clause_start, figure.span[0])
                and not _OWN_FRAME.search(text, sentence.span[0], figure.span[0])):
            basis = _viewed_basis(text, sentences, sentence)  # 从同比看，食品价格下降1.8%…
            if not basis and figure.kind == "percent":
                basis = _carried_basis(facts, sentences, sentence)  # 环比下降0.3%…。其中，上海上涨0.2%: 环比 too
        time = " ".join(part for part in (period, basis) if part)
        if (figure.rule == "figures.ratio.parts.v1" and facts and facts[-1].figure.rule == figure.rule
                and text[facts[-1].figure.span[1]:figure.span[0]] in (":", "：")):
            time = facts[-1].time  # 上年的8.6:42.3:49.1: every part of one ratio, of one period
        if period_rule:
            rules.append(period_rule)
        fact = Fact(
            figure=figure,
            metric=_ITEM_MARK.sub("", _TRAILING_COMPARATOR.sub("", _PER_UNIT_TAIL.sub("", _QUOTE_MARKS.sub("", metric)))),
            subject=subject.text,
            time=time,
            quote=sentence.span,
            rules=tuple(rules),
            subject_id=subject.entity_id,
        )
        facts.append(fact)
        aside = sentence.index in previous_by_sentence and (
            metric_rule == "facts.metric.converted.v1" or
            (figure.kind == "percent" and _SHARE_OF_PLAN.search(text, max(clause_start, figure.span[0] - 30), figure.span[0]))
            or (text[figure.span[0] - 1:figure.span[0]] in ("（", "(") and text[figure.span[1]:figure.span[1] + 1] in ("）", ")"))
            or (figure.kind == "points" and fact.metric in _RATE_HEADS)
            or _closes_an_aside(text, previous_by_sentence[sentence.index].figure, figure))
        if not aside:  # 收入…，完成年初预算的53.6%，同比增长3.1%; 价格环比下降0.3%，降幅收窄0.2个百分点；同比下降5.8%: the measure's
            previous_by_sentence[sentence.index] = fact
    return _with_relations(text, facts)


_COMPARED_LEAD = re.compile(r"(?:略|远|均|分别)?(?:低于|高于|超过|不及|少于|多于)|[、和及与]")


def _compared_place(text: str, figure: Figure, start: int, context: "_DocumentContext") -> _Resolved | None:
    """…售价2.3万元，低于上海的6.5万元和北京的6.0万元, 高于全国的5.0%: a place's own value, set beside the one before."""
    if text[figure.span[0] - 1:figure.span[0]] != "的":
        return None
    place = next((m for m in context.mentions_between(start, figure.span[0] - 1)
                  if m.type == "place" and m.span[1] == figure.span[0] - 1), None)
    if place is not None:
        lead_end, compared = place.span[0], context.resolved(place, "facts.subject.compared_place.v1")
    elif text.startswith("全国", figure.span[0] - 3):
        lead_end, compared = figure.span[0] - 3, _Resolved("全国", "", "facts.subject.compared_place.v1")
    else:
        return None
    lead = text[start:lead_end]
    return compared if len(lead) <= 5 and _COMPARED_LEAD.fullmatch(lead) else None


_SHARE_OF_LIST = re.compile(r"占([^，,。；;的]{1,12})的?$")
_ORDINAL_INDUSTRIES = re.compile(r"(第?)([一二三])、(?:第)?([二三])(?:(?:、|和|及)(?:第)?(三))?(产业[\u4e00-\u9fff]{0,6}?)(?=分别|[，,])")


def _ordinal_industry(text: str, start: int, figure: Figure, listed: list[Span] | None) -> str:
    """第一、二、三产业增加值分别为320亿元、1280亿元和2100亿元: the i-th figure of the list is of the i-th industry."""
    if listed is None or figure.span not in listed:
        return ""
    lists = list(_ORDINAL_INDUSTRIES.finditer(text, start, figure.span[0]))
    if not lists:
        return ""
    found = lists[-1]
    ordinals = [o for o in found.group(2, 3, 4) if o]
    if len(ordinals) != len(listed):
        return ""
    return f"第{ordinals[listed.index(figure.span)]}{found.group(5)}"


def _closes_an_aside(text: str, previous: Figure, figure: Figure) -> bool:
    """保有量33618万辆（包括三轮汽车和低速货车713万辆），比上年末增加…: a figure ending a bracket opened after
    the figure before it is an aside; what follows the bracket is still about the figure before."""
    if text[figure.span[1]:figure.span[1] + 1] not in ("）", ")"):
        return False
    opened = max(text.rfind("（", previous.span[1], figure.span[0]), text.rfind("(", previous.span[1], figure.span[0]))
    return opened >= 0 and not any(mark in text[opened:figure.span[0]] for mark in "）)")


_COMPARED_WITH = re.compile(
    r"\s*(?:与|同|和)(?=[^，,。；;：:]*?(?:\d{4}年|上年|去年|同期|普查))(?:\d{4}年|上年|去年|上一年)?(?:同期)?"
    r"(?:第[一二三四五六七八九十]+次)?(?:全国)?(?:人口普查|经济普查|农业普查|普查)?(?:时)?的\s*"
)  # 与2010年第六次全国人口普查的459,410人相比; not 与女性人口的298万人相比
_COMPARED_AFTER = re.compile(r"\s*(?:相比|相较)")
_INDEX_MOVE = re.compile(r"\s*(?:上涨|下跌|涨|跌|涨幅为|跌幅为|微涨|微跌|大涨|大跌)\s*(?:\d[\d,.]*点\s*或\s*)?")
_INDEX_EXTREME = re.compile(r"\s*(?:全日|盘中|日内|早盘|午后)?最[高低](?:曾)?(?:见|报|为|至|达)?\s*")
_EVENT_PERIOD = re.compile(f"(?:{_EVENT_WORDS})期间")
_AVERAGE_LEAD = re.compile(r"\s*(日均|月均|周均|年均|户均|人均|亩均|场均|店均|校均|村均|平均每天|平均每日|每天|每日|平均)(?:为|达|达到|约|超过|近)?\s*")
_BORROWED_METRICS = frozenset({"facts.metric.inherited.v1", "facts.metric.same_as_previous.v1", "facts.metric.carried.v1"})
_TOTAL_WORD = re.compile(r"累计|合计|共计|总计")
_SHARE_OF_PLAN = re.compile(r"完成[^，,。；;]{0,12}?(?:预算|计划|目标|任务)(?:[（(][^（）()]{1,12}[)）])?的?(?:比例)?(?:为|达)?$")


_FROM_TO_GAP = re.compile(
    r"^(?:[^，,；;。0-9]{0,12}?)(?:(?:下降|上升|提高|增加|减少|降低|增长|提升|回落|扩大|缩小|升|降)?(?:到|至)|(?:调整|调|改|变|上调|下调)为)[^，,；;。0-9]{0,8}$"
)
_SENTENCE_BREAK = re.compile(r"[。；;！？\n]")
_ADJUST_VERB = re.compile(r"(?:上|下)?调整?为?|改为|变为")  # 门票由150元/人调整为130元/人: the 130元 is the 门票's too
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
        if (_ADJUST_VERB.fullmatch(facts[index].metric) and facts[index - 1].metric
                and not _ADJUST_VERB.fullmatch(facts[index - 1].metric) and not _SENTENCE_BREAK.search(gap)
                and "to" in (relations.get(index, ("",))[0], relations.get(index - 1, ("",))[0])):
            facts[index] = replace(facts[index], metric=facts[index - 1].metric)  # …调整为130元/人，下调20元: the 门票's
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


def _same_paragraph(sentences: tuple[Sentence, ...], fact: Fact, sentence: Sentence) -> bool:
    start = fact.quote[0]
    return any(s.span[0] == start and s.paragraph == sentence.paragraph for s in sentences[max(0, sentence.index - 6):sentence.index + 1])


_LOST_TAIL = re.compile(r"[\d.,]*[?？\ufffd]+[\d.,]*$")
_METRIC_EDGE_PUNCT = " :：,，、;；"
_RESPECTIVELY_NAMES = re.compile(r"\s*(?:其中[，,]?)?([\u4e00-\u9fff、和及与]{4,40}?)(?:分别|依次)(?:为|是|达到?|有)?\s*")


def _names_respectively(lead: str, context: "_DocumentContext") -> bool:
    """``赣州市、吉安市分别为``: names alone, then 分别 — no word of what is measured."""
    named = _RESPECTIVELY_NAMES.fullmatch(lead)
    if named is None:
        return False
    names = [name for name in re.split(r"[、和及与]", named.group(1)) if name]
    return len(names) >= 2 and all(name in context.entity_surfaces_in(name) for name in names)


_NAMED_ITEM = re.compile(r"\s*(?:[-•·*●▪◆■]\s*)?[\u4e00-\u9fff]{2,12}")  # 昆山市|1478件: a name, then its figure


def _without_entities(metric: str, context: "_DocumentContext") -> str:
    """苏州工业园区发明专利授权 → 发明专利授权: the measure without the item that had it."""
    for surface in sorted(context.entity_surfaces_in(metric), key=len, reverse=True):
        if metric.startswith(surface) and len(metric) > len(surface) + 1:
            return metric[len(surface):]
    return metric


_NAMED_HOLIDAY = re.compile(r"(?:春节|元旦|清明|五一|劳动节|端午|中秋国庆|国庆中秋|中秋|国庆)节?(?:假期|黄金周|小长假|长假)")


_CLASS_TAIL = re.compile(r"[\d.,]+[万亿]?[\u4e00-\u9fff]{0,3}?(?:及)?以[上下]的?[\u4e00-\u9fff]{1,6}$")
_COUNTED_CLASS = re.compile(r"(?:及)?以[上下]的?[\u4e00-\u9fff]{1,6}")


def _disposed_to(text: str, figure: Figure) -> str:
    """将1,204人纳入失信被执行人名单: the verb phrase after a figure that 将/把 makes the object (not 即将)."""
    if text[figure.span[0] - 2:figure.span[0] - 1] in ("即", "也", "还", "并"):
        return ""
    phrase = _VERB_PHRASE_AFTER.match(text, figure.span[1])
    if phrase is None:
        return ""
    words = _pos(phrase.group(0))
    return phrase.group(0) if words and words[0][1] == "v" and len(words[0][0]) == 2 else ""


_VOTE = re.compile(r"同意|反对|弃权|赞成")
_TO_LEVEL = re.compile(r"(?:增|升|降|减|提高|提升|下降|减少|增加|上升|扩大|缩小|调整|调|扩|回落|回升)(?:至|到)")
_VERB_PHRASE_AFTER = re.compile(r"[\u4e00-\u9fff]{3,14}(?=[，,。；;、]|$)")


def _parallel_item(text: str, figure: Figure, clause_start: int, cleaned: str, previous: Fact | None) -> str:
    """游泳队夺得金牌12枚，跳水队9枚: a clause of a bare name like the one opening the clause before
    (跳水队 after 游泳队) repeats that clause's measure for its own name (跳水队金牌)."""
    if (previous is None or not previous.metric or clause_start == 0 or not 2 <= len(cleaned) <= 5
            or text[clause_start:figure.span[0]].strip() != cleaned or previous.figure.unit != figure.unit
            or text[clause_start - 1] not in "，,；;"):
        return ""
    before = _previous_clause_start(text, clause_start - 1)
    if not before <= previous.figure.span[0] < clause_start:
        return ""
    opening = text[before:previous.figure.span[0]].strip()
    words = _pos(opening) if "facts.metric.parallel_item.v1" not in previous.rules else ((opening, ""),)
    opener = words[0][0] if words else ""
    if not opener or opener == cleaned or opener[-1] != cleaned[-1] or not 2 <= len(opener) <= 5:
        return ""
    if not previous.metric.startswith(opener):
        return ""
    measure = previous.metric[len(opener):]
    words = _pos(measure) if measure else ()
    while words and words[0][1] in ("v", "d", "p"):
        measure, words = measure[len(words[0][0]):], words[1:]
    return cleaned + measure if len(measure) >= 2 and _has_noun(measure) else ""


def _named_holiday(text: str, sentences: tuple[Sentence, ...]) -> str:
    """The holiday a notice's headline or lead names (2023年中秋国庆假期西安旅游…), for its bare 假期."""
    lead_end = sentences[min(2, len(sentences) - 1)].span[1] if sentences else 0
    found = _NAMED_HOLIDAY.search(text, 0, lead_end)
    return found.group(0) if found else ""


def _total_broken_down(facts: list[Fact], sentences: tuple[Sentence, ...], sentence: Sentence, figure: Figure) -> Fact | None:
    """A breakdown opening a paragraph (从区域分布看，…) breaks down the first figure of the paragraph before
    it in the same unit."""
    index = sentence.index
    if index == 0 or sentences[index - 1].paragraph == sentence.paragraph:
        return None
    before = sentences[index - 1].paragraph
    starts = {s.span[0] for s in sentences[max(0, index - 12):index] if s.paragraph == before}
    return next((fact for fact in facts if fact.quote[0] in starts and fact.metric
                 and fact.figure.unit == figure.unit and fact.figure.kind == figure.kind), None)


def _carried_topic(sentences: tuple[Sentence, ...], topic_of, sentence: Sentence) -> _Resolved | None:
    """The topic of the nearest earlier sentence of the same paragraph that has one."""
    for index in range(sentence.index - 1, -1, -1):
        earlier = sentences[index]
        if earlier.paragraph != sentence.paragraph:
            return None
        topic = topic_of(earlier)
        if topic is not None and _PART_CLAUSE.match(earlier.text) and topic.entity_id.startswith("place:"):
            continue  # 其中瑞安市新增入库1,020人份。截至年底，累计…: a part named, then the whole again
        if topic is not None:
            return None if _opens_a_place_list(earlier, topic) else topic
    return None


_LIST_JOINER = frozenset("、和及与")


def _opens_a_place_list(sentence: Sentence, topic: _Resolved) -> bool:
    """常德市、益阳市局地出现雷暴大风: one of several places, which the next sentence is not about."""
    if not topic.entity_id.startswith("place:"):
        return False
    lead = _BREAKDOWN_LEAD.match(sentence.text)  # 分地区看，广州、深圳票房收入分别为…
    offset = lead.end() + _topic_lead_end(sentence.text[lead.end():]) if lead else _topic_lead_end(sentence.text)
    return sentence.text.startswith(topic.text, offset) and sentence.text[offset + len(topic.text):][:1] in _LIST_JOINER


_BREAKDOWN_LEAD = re.compile(r"\s*(?:从|分|按)[\u4e00-\u9fff]{1,6}(?:看|来看|统计)[，,]")


_EVENT_ANAPHOR = re.compile(r"\s*本次")
_ANNOUNCEMENT_HEADLINE = re.compile(r"公告|业绩预告|业绩快报|提示性|决议|报告(?:书|摘要)?$")
_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团)$")


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
        if _lost_mark(text, match) or _inside_closed_brackets(text, sentence_start, match.start(), figure_start):
            continue
        start = match.end()
    return _skip_brackets(text, start, figure_start)


_CLOSED_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")


def _inside_closed_brackets(text: str, start: int, at: int, end: int) -> bool:
    """``公司（包括：地区总部、当地办事处）总数达1123间``: a colon in a bracket closed before the figure breaks no clause."""
    if _open_bracket(text, start, at) < 0:
        return False
    return max(text.find("）", at, end), text.find(")", at, end)) >= 0


def _skip_brackets(text: str, start: int, end: int) -> int:
    """Past an opening bracket whose content runs into the figure: ``(其中国家级2个`` → ``国家级``."""
    opening = max(text.rfind("(", start, end), text.rfind("（", start, end))
    closing = max(text.rfind(")", start, end), text.rfind("）", start, end))
    return opening + 1 if opening > closing else start


def _list_start(text: str, clause_start: int, figure_start: int, figure_spans: list[Span]) -> int:
    """Start of the figure's item in a list: after ``、`` or after the previous figure in the clause."""
    start = clause_start
    for span in figure_spans:
        if clause_start <= span[0] and span[1] <= figure_start:
            start = max(start, span[1])
    segment = _CLOSED_BRACKETS.sub(lambda bracket: " " * len(bracket.group()), text[start:figure_start])
    last_comma = segment.rfind("、")  # not one inside a bracket: 公司（包括：地区总部、当地办事处）总数
    if last_comma >= 0:
        start = start + last_comma + 1
    return start


# ---------------------------------------------------------------- metric

def _parallel_measure(label: str, previous: str) -> str:
    """``硕士研究生`` after ``本科生平均月薪``: the label's last characters close the earlier label
    (生, 居民), and what follows it there is the measure both share."""
    if not 2 <= len(label) <= 8 or len(previous) < len(label) - 2 or label in previous or _NEW_ONES.match(label):
        return ""  # (not 新增充电桩 after 充电桩保有量: a count of new ones is no stock)
    for size in (2, 1):
        at = previous.find(label[-size:], 1, 7)
        rest = previous[at + size:] if at >= 0 else ""
        if at >= 0 and len(rest) >= 2 and previous[:at + size] != label and _SHARED_MEASURE_END.search(rest):
            return label + rest
    return ""


_LIFE_MEASURE = re.compile(r"平均预期寿命|预期寿命|平均寿命|平均年龄")
_GROUP_LEAD = re.compile(r"^[\s、，,]*(?:其中[，,]?)?")
_SHARED_MEASURE_END = re.compile(r"(?:收入|工资|月薪|年薪|薪酬|价格|均价|费用|支出|消费|面积|产量|人数|率|额|量|数)$")


_AMOUNT_IN_WORDS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]|元整?$")
_BRACKETED_VALUE_OF = re.compile(r"(?:^|(?<=[，,。；;：:\s、及和与]))((?:(?![较比与和及])[\u4e00-\u9fff]){2,10})[（(]$")


def _named_before_bracket(text: str, figure: Figure, figure_spans: list[Span]) -> str:
    opened = text.rfind("（", max(0, figure.span[0] - 16), figure.span[0])
    if opened < 2 or "）" in text[opened:figure.span[0]]:
        return ""
    inner = _mask_figures(text, opened + 1, figure.span[0], figure_spans)
    if not _BRACKET_LEAD.fullmatch(inner):
        return ""
    name = _NAME_BEFORE_BRACKET.search(text, max(0, opened - 12), opened)
    return name.group(1) if name else ""


_NOT_IN_A_NOUN = frozenset("v p d c u r".split())
_CHANGE_BASES = frozenset("同比 环比 按年 较上年 比上年".split())


def _noun_before_verb(phrase: str) -> str:
    """旅行社团队 of 旅行社团队; 团队 of 团队享受优惠; 增长目标 (a verb opening the noun is part of it)."""
    tagged = _pos(phrase)
    nouns = itertools.takewhile(lambda word_flag: word_flag[1] not in _NOT_IN_A_NOUN and word_flag[0] not in _CHANGE_BASES,
                                tagged[1:])  # (资金缺口由…, 门票对…, 高温天气将…, 产值同比…; but 营业收入)
    return "".join(word for word, _ in (*tagged[:1], *nouns))


_BARE_ITEM_LEAD = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．]|其中[，,]?)?\s*")
_FIGURE_MODIFIED_NOUN = re.compile(r"(?:及以上|以上|或以上|左右|以内|以下)?的([\u4e00-\u9fff]{2,10}?)(?=[，,。；;：:]|$)")
_CHANGE_BRACKET_LEAD = re.compile(
    r"(?:同比|按年|比上年|较上年|比去年同期|较去年同期)?(?:增加|增长|上升|提高|下降|减少|降低|回落)了?(?:\s+(?:或|，|,))?"
)
_PREDICATE_IN_ITEM = re.compile(r"突破|达到|完成|再创|创(?:历史|新高|纪录)|快于|慢于|高于|低于|恢复至|稳中|受.{1,10}影响|得益于|由负转正")
_WHOLE_SCOPE = re.compile(r"^全[省市县区州]")  # 全市限上商贸: the scope before a listed item
_REGION_ROW = re.compile(r"(?:东部|中部|西部|东北|南部|北部)(?:地区)?$|地区$")
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})  # 北京, 天津, 上海, 重庆: no 全省 of theirs
_LISTED_ITEM = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、]{1,19}")
_ITEM_LEAD = re.compile(r"(?:[）)](?:、|和|及|以及)|[为是：:，,；;。\n]|包括|主要有|其中)\s*")


def _item_before_change_bracket(
    text: str, figure: Figure, clause_start: int, figure_spans: list[Span], context: "_DocumentContext"
) -> str:
    """``主要货品为电动机械、仪器及用具和零件（增加387亿元或22.6%）``: the item the bracket's change is of."""
    opened = max(text.rfind("（", max(clause_start - 1, figure.span[0] - 24), figure.span[0]),
                 text.rfind("(", max(clause_start - 1, figure.span[0] - 24), figure.span[0]))
    if opened < 1 or not "\u4e00" <= text[opened - 1] <= "\u9fff" or any(end == opened for _, end in figure_spans):
        return ""
    if not _CHANGE_BRACKET_LEAD.fullmatch(_mask_figures(text, opened + 1, figure.span[0], figure_spans)):
        return ""
    leads = list(_ITEM_LEAD.finditer(text, max(0, opened - 24), opened))
    item_start = leads[-1].end() if leads else 0 if opened <= 24 else -1
    if item_start < 0:
        return ""  # no start within reach: a long phrase, not an item
    item = text[item_start:opened].lstrip("及和与以")
    if (predicate := _PREDICATE_IN_ITEM.search(item)) is not None:
        item = item[:predicate.start()]  # 地区生产总值突破千亿大关（增长6.5%）: the measure before the predicate
    if not _LISTED_ITEM.fullmatch(item) or _REGION_ROW.search(item):
        return ""  # (创历史新高（增长7.3%）: no item; 东部地区（增长6.2%）: a region's row, not a measure)
    if leads and text[leads[-1].start()] in "）)":  # …、外商及港澳台商投资企业（增长3.2%）: a listed item as written
        item = _WHOLE_SCOPE.sub("", item)  # (全市限上商贸: 限上商贸)
    else:
        item = _clean_metric_prefix(item, context)[0]  # 越南（上升31.2%）: a place's row, not a measure
    return item if len(item) >= 2 else ""


_BAND_MEASURE = EndGuarded(re.compile(r"(身高|年龄|高度|长度)(?:在|为)?$"))
_BARE_SHARE = re.compile(r"\s*(?:占比?|比重)(?:为|达|约)?\s*")
_ENUMERATED_LABEL = re.compile(r"\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*([^，,。；;：:（(]{2,20})")
_BRACKET_LEAD = re.compile(r"(?:共|约|计|合计)?|[^，,、（）]{1,12}?[，,、](?:共|约|计|合计)?")
_NAME_BEFORE_BRACKET = EndGuarded(re.compile(
    r"(?:^|[的、，,。；：:\s）)和与及])((?:(?![的和与及])[\u4e00-\u9fff]){2,10}(?:公寓|小区|项目|工程|园区|基地|学校|医院|大厦|中心|广场|新城|社区|片区))$"
))


_SET_BY = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*([\u4e00-\u9fff（）()]{2,24}?)按照?[^，,。；;：:]{0,30}?")


_ORDINAL_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}[档类级等批组]|[一二三四五六七八九十]{1,2}[档类级等]")
_TIER_JOINER = re.compile(r"[、，,；;]")


def _tier_of(text: str, label: str, previous: Fact, figure: Figure) -> str:
    """第二档 listed right after 月最低工资标准第一档2380元: the measure of that tier, named once for the first."""
    tier = _ORDINAL_LABEL.search(previous.metric)
    between = text[previous.figure.span[1]:figure.span[0]]
    if (tier is None or tier.end() != len(previous.metric) or tier.start() == 0
            or not (_TIER_JOINER.fullmatch(between[:1]) and between[1:] == label)):
        return label
    return previous.metric[:tier.start()] + label


_OBJECT_VERB_LEAD = re.compile(r"(?:贡献|申请|提供|吸纳|带动|创造|承担|集聚|汇聚|占据|拥有)了?(?:全[国省市区县]|[其该])?(?:不超过|不低于|超过|近|约)?$")
_FRACTION_OF_NOUN_LISTED = re.compile(r"(?:以上|以下|左右)?的[\u4e00-\u9fffA-Z]{1,8}?[、和及与]")
_FRACTION_OF_NOUN = re.compile(r"(?:以上|以下|左右)?的([\u4e00-\u9fffA-Z]{2,8}?)(?=[，,。；;、和及与]|$)")
_AGAINST_YARDSTICK = re.compile(
    r"\s*(?:仍|还|均|则|分别)?(?:比|较|高于|低于)[^，,。；;\d]{0,12}?(?:平均水平|平均值|均值|平均数)(?:的)?"
    r"(?:高出|偏多|偏少|多出?|少|高|低|增加|减少)?(?:了)?(?:约|近)?\s*")
_MORE_DONE_THAN_BASIS = re.compile(r"(?:比|较|同比|环比)[^，,。；;]{0,14}?((?:多|少)(?!增|减|新增|新建|了)[\u4e00-\u9fff]{2,4}?)(?:了)?(?:约|近)? ?$")
_VOTE_WAY = re.compile(r"\s*(?:表决结果|投票结果|表决情况)?[：:]?\s*(" + _VOTE.pattern + r")(?:票)?(?:票数|股数)?(?:为|：|:)?\s*")


def _metric(
    text: str,
    figure: Figure,
    clause_start: int,
    list_start: int,
    previous: Fact | None,
    context: "_DocumentContext",
    figure_spans: list[Span],
    item: Span | None,
) -> tuple[str, str]:
    if (figure.kind == "number" and previous is not None and previous.metric
            and LEVEL_NAMED_BEFORE.search(text, max(0, figure.span[0] - 4), figure.span[0])):
        return previous.metric, "facts.metric.level_basis.v1"  # 指数为291.4，较9月的修订数字290.2上升0.4%: the index's level
    if (previous is not None and previous.metric and previous.figure.span[1] <= clause_start
            and _AGAINST_YARDSTICK.fullmatch(text, clause_start, figure.span[0])):
        return previous.metric, "facts.metric.against_yardstick.v1"  # 亩产达到652.3公斤，比全县平均水平高出87.6公斤
    if figure.change and (done := _MORE_DONE_THAN_BASIS.search(text, clause_start, figure.span[0])):
        return done.group(1), "facts.metric.more_than_basis.v1"  # 较去年同期多发行213.5亿元: what was done more
    if (voted := _VOTE_WAY.fullmatch(text, clause_start, figure.span[0])) is not None and figure.kind in ("count", "percent"):
        return voted.group(1), "facts.metric.vote.v1"  # 表决结果：同意234,561,200股，…；反对412,300股: each way a vote went
    if figure.rule == "figures.ratio.v1" and (named := _RATIO_NAME.search(text, max(0, figure.span[0] - 12), figure.span[0])):
        return named.group(1), "facts.metric.ratio.v1"  # 车桩比降至2.5:1
    if text.startswith(("确定", "核定"), figure.span[1]) and (set_by := _SET_BY.fullmatch(text, clause_start, figure.span[0])):
        named = _clean_metric_prefix(set_by.group(1), context)[0]
        return named if len(named) >= 2 else set_by.group(1), "facts.metric.set_by.v1"  # 缴费基数下限按…的60%确定; 上限按300%确定
    if previous is not None and previous.metric and not figure.change and _CONVERTED.fullmatch(
            text, max(clause_start, list_start), figure.span[0]):
        return previous.metric, "facts.metric.converted.v1"  # 总产71.34万吨、折合14.27亿斤: the same amount in another unit
    if figure.unit == "秒" and (text.startswith("的成绩", figure.span[1]) or (
            text.endswith("以", 0, figure.span[0]) and _WON_AFTER.match(text, figure.span[1]))):
        return "成绩", "facts.metric.result.v1"  # 以2小时08分17秒(的成绩)夺冠: a race time
    if (bracketed := _BRACKETED_VALUE_OF.search(text, max(0, figure.span[0] - 14), figure.span[0])) and (
            text.startswith(("）", ")"), figure.span[1])):
        named = _clean_metric_prefix(bracketed.group(1), context)[0]
        if len(named) >= 2 and not _AMOUNT_IN_WORDS.search(bracketed.group(1)):  # 留宿旅客（512.6万人次）: the noun's value
            # (not 人民币壹佰贰拾万元整（¥1,200,000.00）: the same amount written twice)
            return named, "facts.metric.bracketed_value.v1"
    if (_BARE_ITEM_LEAD.fullmatch(text, clause_start, figure.span[0])
            and (group := _FIGURE_MODIFIED_NOUN.match(text, figure.span[1]))
            and len(named := _noun_before_verb(group.group(1))) >= 2):
        return named, "facts.metric.modified_noun.v1"  # 3.20人以上的旅行社团队，门票每人优惠10元; 5.5%左右的增长目标
    if figure.rule == "figures.fraction.v1" and (share_of := _FRACTION_OF_NOUN.match(text, figure.span[1])) is not None:
        return share_of.group(1), "facts.metric.object.v1"  # 近40%的工业增加值和三分之一以上的税收: a share of the tax
    if (figure.kind in ("percent", "money") and (share_of := _FRACTION_OF_NOUN.match(text, figure.span[1])) is not None
            and (_OBJECT_VERB_LEAD.search(text, clause_start, figure.span[0])
                 or previous is not None and "facts.metric.object.v1" in previous.rules
                 and _FRACTION_OF_NOUN_LISTED.fullmatch(text, previous.figure.span[1], figure.span[0]))):
        return share_of.group(1), "facts.metric.object.v1"  # 贡献了全市60%以上的税收、70%以上的GDP; 申请不超过8亿元的综合授信
    if figure.change and (named := _item_before_change_bracket(text, figure, clause_start, figure_spans, context)):
        return named, "facts.metric.bracketed_change.v1"  # 电动机械、仪器及用具和零件（增加387亿元或22.6%）
    if figure.kind == "money" and _is_fine(text, figure, clause_start):
        return "罚款", "facts.metric.fine.v1"  # 处以罚款48万元, 处150万元罚款
    if (figure.kind == "count" and figure.unit in ("站", "站次") and (event := _STATION_EVENT.match(text, figure.span[1]))
            and not _figure_starts_within(figure_spans, *event.span())):
        return event.group(1), "facts.metric.station_event.v1"  # 42站出现35°C以上高温, 9站次大暴雨: what the stations saw
    labelled = _TERM_LABEL.search(text, max(0, figure.span[0] - 14), figure.span[0]) if figure.kind == "quantity" else None
    if labelled is not None:
        return labelled.group(1), "facts.metric.label.v1"  # 一标段计划工期：180日历天, 服务期：365日历天
    comment = _topic_comment(text, figure, clause_start)
    if comment is not None:
        return comment[1], "facts.metric.predicate.v1"
    if figure.value_max is not None:
        band = _BAND_MEASURE.search(text, max(clause_start, figure.span[0] - 4), figure.span[0])
        if band:
            return band.group(1), "facts.metric.band.v1"  # 身高1.2米至1.5米的儿童: a band of heights
    if figure.kind == "percent" and clause_start > 0 and _BARE_SHARE.fullmatch(text, clause_start, figure.span[0]):
        item = _ENUMERATED_LABEL.match(text, _previous_clause_start(text, clause_start - 1), clause_start - 1)
        if item and _ENUMERATED_LABEL.fullmatch(text, item.start(), clause_start - 1):
            return item.group(1), "facts.metric.enumerated_share.v1"  # （2）建筑业，占21.4%: the item's share
    if figure.kind == "count":
        named = _named_before_bracket(text, figure, figure_spans)
        if named:
            return named, "facts.metric.bracketed_count.v1"  # 藕花洲公寓（218套，共4幢）: how many of the thing named
    if figure.rule == "figures.duration.v1" and text.startswith("的", figure.span[1]):
        paid = _following_noun(text, figure, figure_spans)
        if paid:
            return paid, "facts.metric.paid_span.v1"  # 豁免…酒店和旅馆1年的牌照费用: a span of fees
    if figure.kind in ("percent", "share") and "占" in text[clause_start:figure.span[0]] and _PART_SHARE.fullmatch(
            text, clause_start, figure.span[0]):
        whole = _whole_of_part(text, figure, clause_start, previous, figure_spans)
        if whole:
            return "占" + whole, "facts.metric.part_of.v1"  # 大桥的使用量亦屡创新高，当中「港车北上」占约4成
    if figure.kind == "percent" and _moves_a_stock(text, figure, clause_start, context):
        return "股价", "facts.metric.stock_price.v1"
    if item is not None and _PERIOD.fullmatch(text, item[0], item[1]):
        item = None  # 2022年、2023年分别为…: the items are periods, not metrics
    facilities = _facility_list(text, clause_start, figure) if item is not None else None
    if facilities is not None and facilities[1]:
        return facilities[1], "facts.metric.respectively.v1"  # 沙畈水库、安地水库水位分别为…: 水位
    if item is not None and _respective_owner(text, item, clause_start, figure):
        marker = text.rfind("分别", clause_start, figure.span[0])
        head = text[clause_start:marker].strip()  # 领涨，涨幅分别为…
        ranked = None if head or _MOVE_AFTER.match(text, marker + 2) else _ranked_measure(text, marker, clause_start)
        return head or (ranked.group(1) if ranked else _move_rate(text, marker + 2)), "facts.metric.respectively.v1"
    if item is not None:
        masked_item = _LIST_LEAD.sub("", _mask_figures(text, item[0], item[1], figure_spans))
        cleaned = _clean_metric_prefix(masked_item, context)[0]
        if "的" in cleaned and len(cleaned.rsplit("的", 1)[1]) >= 2 and (
                (modifier := _pos(cleaned.rsplit("的", 1)[0])) and modifier[-1][1][:1] in ("v", "f") or len(modifier) < 2):
            cleaned = cleaned.rsplit("的", 1)[1]  # 2024年生产的中晚籼稻、粳稻: the item, not what it is or where (产业中的纺织服装; but 涉及电动自行车的事故)
        if cleaned.startswith("有") and cleaned[1:] in context.place_surfaces:
            cleaned = ""  # 超过3平方米的有新昌县和嵊州市，分别为…: the places, not the measure
        if not cleaned and masked_item != text[item[0]:item[1]]:  # 开行1410列、运送14.7万标箱，分别增长6%和13%
            verb = _CONNECTIVE.sub("", masked_item.strip().split(" ")[0])
            cleaned = verb if 2 <= len(verb) <= 4 and all(flag == "v" for _, flag in _pos(verb)) else ""
        if _unnamed_sibling(text, item, context):
            cleaned = ""  # 招商蛇口 between two named firms: a name too, the measure follows the list
        if item[1] <= clause_start and len(cleaned) >= 2:
            head = text[clause_start:text.rfind("分别", clause_start, figure.span[0])]
            head = head[_topic_lead_end(head):].strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", head) and _METRIC_HEAD.search(head) and not cleaned.endswith(head):
                return cleaned + head, "facts.metric.respectively.v1"
        if 2 <= len(cleaned) <= 4 and text[item[1]:item[1] + 1] in ("、", "及", "和", "与"):
            marker = text.find("分别", item[1], figure.span[0])
            last = text[item[1] + 1:marker].strip() if marker >= 0 else ""
            if (re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]+", last) and len(last) >= len(cleaned) + 3
                    and (text[item[1]] == "、" and len(cleaned) < 4 or _pos(last)[0][0] == last[:len(cleaned)]
                         or len(cleaned) == 4 and "".join(word for word, _ in _pos(last)[:2]) == last[:4]
                         and not _METRIC_HEAD.search(cleaned) and not _METRIC_HEAD.search(last[:4]))):
                return cleaned + last[len(cleaned):], "facts.metric.respectively.v1"  # 城镇、农村居民人均可支配收入, 甲类及乙类消费物价指数: the shared measure
        if len(cleaned) >= 2:
            return cleaned, "facts.metric.respectively.v1"
        tail = _respective_tail(text, figure, clause_start, figure_spans, context)
        if tail:
            return tail, "facts.metric.respectively.v1"
        if previous is not None and previous.metric and figure.change:
            return _inheritable(previous, figure, text, clause_start), "facts.metric.inherited.v1"
        list_start = max(list_start, text.rfind("分别", clause_start, figure.span[0]) + 2)
    if (figure.kind == "points" and previous is not None and previous.metric and previous.figure.span[1] <= clause_start
            and _COMPARED_CLAUSE.match(text[clause_start:figure.span[0]].strip())):
        rate = _RATE_LEAD.match(text, clause_start)
        if rate and "facts.metric.share_of_previous.v1" in previous.rules:  # 占全国的15%，增速比上年加快10个百分点
            return previous.metric.split("占")[0] + rate.group(1), "facts.metric.compared.v1"
        return previous.metric, "facts.metric.compared.v1"  # 余额…同比增长21.2%，比各项贷款高10.1个百分点
    if previous is not None and previous.metric and _is_basis_value(text, previous.figure, figure, clause_start, previous.metric):
        return previous.metric, "facts.metric.basis_value.v1"  # 总额是59.65万亿元，较2019年53.37万亿元…
    if (previous is not None and previous.metric and figure.kind in ("percent", "share") and "占" not in previous.metric
            and previous.rules[1] in _SHARE_PART_RULES):
        share = _SHARE_CLAUSE.fullmatch(text, clause_start, figure.span[0])
        if share:  # 生产总值26.9万亿元，占全国的21.5%: the previous measure's share of the whole
            return f"{previous.metric}占{share.group(1)}{share.group(2) or ''}", "facts.metric.share_of_previous.v1"
        plan = _SHARE_OF_BUDGET_CLAUSE.fullmatch(text, clause_start, figure.span[0])
        if plan:  # 一般公共预算收入完成45.6亿元，为预算的102.3%: of the budget for it
            return f"{previous.metric}{plan.group(1)}{plan.group(2)}", "facts.metric.share_of_plan.v1"
    if previous is not None and previous.metric and _only_links_between(text, previous.figure, figure, clause_start):
        if figure.kind == "count" and previous.rules[1] == "facts.metric.object.v1" and _LISTED_WITH_OWN_TAIL.match(text, figure.span[1]):
            own = _following_noun(text, figure, figure_spans)
            if own and own != previous.metric:
                return own, "facts.metric.object.v1"  # 64只下跌、15只上升、3只无升跌: each count its own
        return previous.metric, "facts.metric.same_as_previous.v1"
    anaphor = _anaphoric_measure(text, clause_start, figure.span[0])
    if anaphor is not None:
        if previous is not None and previous.metric and _can_refer_to(anaphor.group(1), previous.figure, figure):
            return previous.metric, "facts.metric.anaphora.v1"  # 70.6%的受污染耕地得到安全利用；而现在，这一比例…93%
        return anaphor.group(1), "facts.metric.anaphora.v1"
    prefix = _LOST_TAIL.sub("", _mask_figures(text, list_start, figure.span[0], figure_spans))  # 总额达�?|12.4亿元
    closed = _CLOSING_ASIDE.match(prefix)
    if closed is not None:  # 普惠型小微企业贷款（单户授信1000万元及以下）余额512.36亿元: the noun before the aside
        opened = max(text.rfind("（", clause_start, list_start), text.rfind("(", clause_start, list_start))
        if opened > clause_start and "|" not in text[clause_start:figure.span[0]]:
            prefix = text[clause_start:opened] + prefix[closed.end():]
    cleaned, verb_final = _clean_metric_prefix(prefix, context)
    share = _SHARE_AFTER.match(text, figure.span[1], figure.span[1] + 3) if figure.kind == "percent" else None
    if share:
        return share.group(1), "facts.metric.share.v1"  # 易冲科技100%股权
    if figure.unit == "票" and (vote := _VOTE.match(text, figure.span[1])):
        return vote.group(0), "facts.metric.vote.v1"  # 9票同意、0票反对、0票弃权
    disposed = _disposed_to(text, figure) if text[figure.span[0] - 1:figure.span[0]] in ("将", "把") else ""
    if disposed:
        return disposed, "facts.metric.disposal.v1"  # 该院依法将1,204人纳入失信被执行人名单: what was done to them
    after = _following_noun(text, figure, figure_spans) or _shared_list_noun(text, figure, figure_spans)
    if after in _RATIO_NOUNS and figure.kind != "percent" and text.startswith("的", figure.span[1]):
        after = ""  # 占公司总股本283,520,000股的比例为0.29%: the whole a share is of, not the share
    listed_items = (
        figure.kind == "count" and _ITEMS_BEFORE.search(text, clause_start, figure.span[0]) is not None
        and not cleaned.endswith(_METRIC_HEAD_WORDS)
    )
    attributive = listed_items or (figure.kind in ("count", "quantity", "money") and prefix.rstrip().endswith(("的", "笔"))) or (
        figure.kind == "percent" and figure.change is None and text.startswith("的", figure.span[1])
    )  # 实现了全国工业16.7%的营业收入: a share of the noun after it
    if (after and previous is not None and previous.metric and not cleaned
            and _CHANGE_VERB.fullmatch(after) and _BASIS_OF_VALUE.search(text, clause_start, figure.span[0])):
        return previous.metric, "facts.metric.basis_value.v1"  # 平均入住率为88.4%，较10月的89.6%下跌1.2个百分点: of 平均入住率
    if after and (verb_final or not cleaned or attributive):
        return after, "facts.metric.object.v1"
    if (after and figure.kind in ("count", "quantity") and previous is not None and list_start == previous.figure.span[1]
            and len(cleaned) <= 4 and not (len(cleaned) >= 3 and cleaned.endswith(_METRIC_HEAD_WORDS))):
        return after, "facts.metric.counted_noun.v1"
    if after and figure.kind == "count" and _HAS_BEFORE.search(prefix) and _starts_counted_noun(text, figure):
        return after, "facts.metric.counted_noun.v1"  # 卖地计划共有28幅住宅用地: what it has is counted
    if after and figure.kind == "count" and not _METRIC_HEAD.search(cleaned) and _starts_counted_noun(text, figure):
        return after, "facts.metric.counted_noun.v1"
    acted = _part_act(text, figure, clause_start, figure_spans) if not cleaned and figure.kind == "count" else ""
    if acted:
        return acted, "facts.metric.part_act.v1"  # …残疾人60.8万人，其中52.6万人得到基本康复服务: what the part did
    topical = _topical_head(text, clause_start, context, cleaned)
    if topical:
        return topical, "facts.metric.previous_clause.v1"
    parallel = _parallel_item(text, figure, clause_start, cleaned, previous)
    if parallel:
        return parallel, "facts.metric.parallel_item.v1"
    if cleaned in _BOTH_WORDS and previous is not None and previous.metric:
        return _inheritable(previous, figure, text, clause_start), "facts.metric.inherited.v1"  # …失业率为2.5%，两者均上升0.1个百分点
    if cleaned:
        return cleaned, "facts.metric.clause.v1"
    casualty = _CASUALTY.fullmatch(text, clause_start, figure.span[0]) if figure.kind == "count" else None
    if casualty is not None:
        return _CASUALTY_WORDS.get(casualty.group(1), casualty.group(1)), "facts.metric.casualty.v1"  # …；死亡7人，同比减少3人: the dead counted
    if previous is not None and previous.metric and figure.change:
        item_start = _previous_clause_start(text, clause_start - 1)
        if previous.figure.span[1] <= item_start and (_NEXT_ITEM.match(text, item_start)
                                                      or _MOVING_CLAUSE.fullmatch(text, item_start, clause_start - 1)):
            named = _previous_clause_noun(text, clause_start, context)
            if named:
                return named, "facts.metric.previous_clause.v1"  # …下跌11.3%，其次是衣物、鞋类及有关制品，下跌6.2%
        return _inheritable(previous, figure, text, clause_start), "facts.metric.inherited.v1"
    if (figure.change or _FROM_TO_CLAUSE.match(text, clause_start)) and clause_start > 0:
        topic_noun = _previous_clause_noun(text, clause_start, context)
        if topic_noun:
            return topic_noun, "facts.metric.previous_clause.v1"
    if (figure.kind == "percent" and previous is not None and previous.metric and previous.figure.kind != "percent"
            and previous.figure.span[1] <= clause_start and _BARE_SHARE_OF_PART.fullmatch(text, clause_start, figure.span[0])):
        return previous.metric + "占比", "facts.metric.share_of_previous.v1"  # 其中：财政拨款收入10,234.56万元，占82.9%
    heading = _colon_heading(text, figure, clause_start, context)
    if heading:
        return heading, "facts.metric.heading.v1"
    if list_start > clause_start:
        own_verb = text[list_start:figure.span[0]].strip()
        if previous is not None and previous.metric and _TO_LEVEL.fullmatch(own_verb) and previous.figure.span[1] == list_start:
            return previous.metric, "facts.metric.from_to.v1"  # 每股净资产由5.23元增至5.67元: the level it reached
        counted_class = _COUNTED_CLASS.fullmatch(own_verb) if figure.kind == "count" and previous is not None else None
        if counted_class and previous.figure.span[1] == list_start and previous.figure.comparator != "=":
            head = _clean_metric_prefix(_mask_figures(text, clause_start, previous.figure.span[0], figure_spans), context)[0]
            if head and text.endswith(head, 0, previous.figure.span[0]):
                return head + previous.figure.text + own_verb, "facts.metric.counted_class.v1"  # 收入10万元以上的村443个
            base = _CLASS_TAIL.sub("", previous.metric)
            if not text[clause_start:previous.figure.span[0]].strip() and base and _has_noun(base):
                return base + previous.figure.text + own_verb, "facts.metric.counted_class.v1"  # ，50万元以上的村23个
        if (previous is not None and previous.metric and text[list_start - 1:list_start] == "、"
                and previous.figure.span[1] == list_start - 1 and text.endswith(previous.metric, 0, previous.figure.span[0])
                and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", own_verb) and not _CHANGE_VERB.search(own_verb)
                and not _LINK_VERB.match(own_verb) and not own_verb.startswith(("占", "约", "近", "超", "达"))):
            return own_verb, "facts.metric.item_label.v1"  # 省派6支、市派21支、县派109支: each item its own label
        if (re.fullmatch(r"[\u4e00-\u9fff]{2,4}", own_verb) and not figure.change and not _CHANGE_VERB.search(own_verb)
                and not _LINK_VERB.match(own_verb) and all(flag == "v" for _, flag in _pos(own_verb))):
            return own_verb, "facts.metric.verb.v1"  # 开行1410列、运送14.7万标箱: what this item did
        head = _clean_metric_prefix(_mask_figures(text, clause_start, list_start, figure_spans).rstrip("、"), context)[0]
        if head and _NEW_ONES.match(head) and _CUMULATIVE.search(text, list_start, figure.span[0]):
            head = _NEW_ONES.sub("", head, count=1)  # 新建5G基站3万个、累计达到25万个: the total, not the new ones
        if head:
            return head, "facts.metric.list_head.v1"
    if previous is not None and previous.metric and figure.change:
        return _inheritable(previous, figure, text, clause_start), "facts.metric.inherited.v1"
    verb = _strip_time_and_scope(_ANNOUNCER_LEAD.sub("", _after_title(prefix)), context).strip(" ，,、的")
    verb = _TRAILING_LINK.sub("", _CHANGE_VERB.sub("", _CONNECTIVE.sub("", _without_having(verb.split(" ")[-1]))))
    verb = _strip_end(_TRAILING_PREDICATE, verb)  # 而就业不足率则由1.5%: not 则
    if _NAME_LEAD.sub("", verb) in context.place_surfaces:
        verb = ""  # 其中台南市月增8.1%, 以台中市年减31.2%最多: a place, no measure
    if len(verb) >= 3:
        return verb, "facts.metric.verb.v1"  # 就业不足率, 辐射推广: a phrase the noun test missed
    inheriting = previous is not None and bool(previous.metric)
    figure_free = clause_start > 0 and (previous is None or previous.figure.span[1] <= _previous_clause_start(text, clause_start - 1))
    if clause_start > 0 and (figure_free or not inheriting):
        # …增加31.7%，中资…在港的投资额，每年都超过3万亿港元; 粮食产量达到…，连续两年站稳在1.4万亿斤以上
        topic_noun = _previous_clause_noun(text, clause_start, context)
        if topic_noun:
            return topic_noun, "facts.metric.previous_clause.v1"
    if inheriting:
        inherited = _inheritable(previous, figure, text, clause_start)
        if (len(verb) == 2 and figure.kind in _AMOUNTS and verb not in _DOING_THE_SAME and not previous.metric.endswith(verb)
                and inherited == previous.metric  # (其中增开1,432列: 增开旅客列车)
                and (previous.figure.kind != figure.kind or previous.figure.unit == figure.unit) and all(f == "v" for _, f in _pos(verb))):
            return verb, "facts.metric.verb.v1"  # …，旅游收入68.92亿元；丽江市接待358.90万人次: not the income's measure
        return inherited, "facts.metric.inherited.v1"
    topical = _topical_head(text, clause_start, context, verb)
    if topical:
        return topical, "facts.metric.previous_clause.v1"
    if len(verb) >= 2:
        return verb, "facts.metric.verb.v1"
    return "", "facts.metric.none.v1"


_ANAPHORIC_MEASURE = re.compile(
    r"(?:不过|但是?|而|然而)?(?:这一|这个|该|此|上述|(?:(?:去年|上年)同期)?(?<=同期)的)(比例|比重|占比|数字|数据|数值|指标|规模|数量|金额|总额|增速|增幅|比率)(?!以上|以下|显示|表明|来源)"
)
_ANAPHOR_START = first_chars(_ANAPHORIC_MEASURE)


def _can_refer_to(word: str, earlier: Figure, figure: Figure) -> bool:
    """Whether 这一<word> can be the earlier figure's measure: a ratio (比例, 比重) only a percent's; another
    word (这一数字) any figure's when it changes (比上年同期增长20%), else one of the same kind."""
    shares = ("percent", "share")
    if word in _RATIO_WORDS:
        return earlier.kind in shares
    return figure.change is not None or earlier.kind == figure.kind or (earlier.kind in shares and figure.kind in shares)


_RATIO_WORDS = frozenset("比例 比重 占比 比率".split())


def _anaphoric_measure(text: str, start: int, end: int) -> re.Match | None:
    """``这一比例已经提高到93%``: the clause opens (after time words) with a measure named before."""
    if _ANAPHOR_START.search(text, start, end) is None:
        return None
    return _ANAPHORIC_MEASURE.match(text, start + _topic_lead_end(text[start:end]), end)


def _inheritable(previous: Fact, figure: Figure, text: str, clause_start: int) -> str:
    """The measure a later figure of the clause inherits: of 生产总值占全国 (a share), 生产总值 when the amount
    grows (年均增长4.9%); the share when it rises or falls (同比提高1.2%, 提升2.4个百分点)."""
    if ("facts.metric.share_of_previous.v1" in previous.rules and figure.kind != "points"
            and _AMOUNT_CHANGE.search(text, clause_start, figure.span[0])):
        return previous.metric.split("占")[0]
    if "facts.metric.share_of_plan.v1" in previous.rules and figure.change:
        return _PLAN_TAIL.sub("", previous.metric)  # …，为预算的102.3%，同比增长6.8%: the amount grew
    if _NEW_ONES.match(previous.metric) and _CUMULATIVE.search(text, clause_start, figure.span[0]):
        return _NEW_ONES.sub("", previous.metric)  # 新建5G基站3万个、累计达到25万个: the total, not the new ones
    if figure.comparator != "=" and figure.unit != previous.figure.unit and _CLASS_TAIL.search(previous.metric):
        return _CLASS_TAIL.sub("", previous.metric) or previous.metric  # …以上的村443个，50万元…: of 收入, not of that class
    part_verb = _PART_VERB.fullmatch(text, clause_start, figure.span[0])
    if part_verb and not figure.change and previous.figure.unit == figure.unit:
        tags = _pos(previous.metric)
        verbs = [index for index, (_, flag) in enumerate(tags) if flag == "v"]
        if verbs and all(flag == "v" for _, flag in _pos(part_verb.group(1))):  # 日均开行旅客列车13,268列，其中增开1,432列
            return part_verb.group(1) + "".join(word for word, _ in tags[verbs[-1] + 1:])
    return previous.metric


_DOING_THE_SAME = frozenset({"完成", "实现", "达成", "落实", "累计", "共计", "合计", "建成"})  # 计划筹集…5万套，已完成4.06万套
_AMOUNTS = frozenset({"count", "quantity", "money"})
_NEW_ONES = re.compile(r"新增|新建|新签约?|新开工|新培育|新设立?")
_CUMULATIVE = re.compile(r"累计|总数|总量|总计|合计|共计|共有|保有量")
_PART_VERB = re.compile(r"\s*其中\s*([\u4e00-\u9fff]{2})\s*")


_AMOUNT_CHANGE = re.compile(r"增长|增加|减少|年均")


# the measure of a figure whose share follows (生产总值26.9万亿元，占全国的21.5%): a noun phrase of its own clause,
# not a verb (继续实现) nor one of several respective figures
_SHARE_PART_RULES = frozenset(
    {"facts.metric.clause.v1", "facts.metric.object.v1", "facts.metric.counted_noun.v1", "facts.metric.inherited.v1"}
)
_MOVING_CLAUSE = re.compile(r"\s*(?:惟|但|而)?[\u4e00-\u9fff]{2,10}(?:回落|上涨|下跌|上升|下降|走高|走低|回升)")  # 惟蔬菜价格回落，下跌5.41%
_PLAN = r"(?:年初|调整|年度)?(?:预算|计划|目标(?:任务)?)"
_PLAN_TAIL = re.compile(rf"(?:为|是|完成|达到?){_PLAN}$")
_SHARE_OF_BUDGET_CLAUSE = re.compile(rf"\s*(为|是|完成|达到?)(?:了)?({_PLAN})的\s*")
_SHARE_CLAUSE = re.compile(
    r"\s*(?:其中|约|均|共)?占(?!比)(?:了|到)?([\u4e00-\u9fffA-Za-z]{1,16}?)((?:的)?(?:比重|比例|份额))?的?"
    r"(?:(?:提高|提升|上升|下降|降低|回落|增加|减少|升|降|增|稳定|保持|维持)(?:到|至|在)?)?(?:为|达|约|近|超过|达到|逾|超)*\s*"
)
_HAS_BEFORE = EndGuarded(re.compile(r"(?:共有|共|拥有|包括|包含|设有|建有|现有|已有|有)\s*$"))
_LATIN_NAME = re.compile(r"\s*[A-Za-z][A-Za-z0-9&]*(?=[\u4e00-\u9fff])")


def _named_siblings(text: str, item: Span, context: "_DocumentContext") -> bool:
    around = context.mentions_between(max(0, item[0] - 16), min(len(text), item[1] + 16))
    return sum(m.type in ("firm", "place", "park") for m in around) >= 2


def _unnamed_sibling(text: str, item: Span, context: "_DocumentContext") -> bool:
    """A list item that names no entity, between items that name firms or places (建发置业、招商蛇口、华润置地):
    one of them, by its short name."""
    name = text[item[0]:item[1]].strip()
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,8}", name) or context.mentions_between(item[0], item[1]):
        return False
    if text[item[1]:item[1] + 1] not in "、和及与":
        return False  # the last item runs into the shared measure (和OPPO出货量)
    return _named_siblings(text, item, context)


_RANKING = re.compile(r"[前后][一二三四五六七八九十两\d]+[名位]|排名|排行|情况")


_ACRONYM_METRIC = re.compile(r"GDP|CPI|PPI|PMI|GNP|GNI|M[012]")


def _colon_heading(text: str, figure: Figure, clause_start: int, context: "_DocumentContext") -> str:
    """``投资增速前二名：中卫市增长36.4%`` → ``投资增速``: a list's heading names the metric."""
    line_start = max(text.rfind(mark, 0, figure.span[0]) for mark in "\n。！？") + 1
    colon = max(text.rfind("：", line_start, clause_start), text.rfind(":", line_start, clause_start))
    if colon < 0 or _OPEN_BRACKET_BEFORE.search(text, line_start, colon):
        return ""  # （包括：地区总部、…）: a colon inside brackets heads no list
    heading = re.sub(r"^\s*(?:\d+[.、]|[（(][一二三四五六七八九十\d]+[）)])", "", text[line_start:colon])
    if re.search(r"消息|记者|讯|新闻联播|报道|显示|表示|指出", heading) or not re.search(r"[\u4e00-\u9fff]", heading):
        return heading.strip() if _ACRONYM_METRIC.fullmatch(heading.strip()) else ""  # GDP：12,345亿元
    heading = _without_periods(heading, " ")  # before the numbers go: 截至7月底未开工项目共5个
    heading = re.sub(r"[0-9][0-9,.]*\s*[个家项座所条件台辆名人户批次亿万千百元吨%]*", " ", heading)
    heading = re.sub(r"按[^，,]{0,16}划分|分别是|分别为|如下|具体是|共计|共", " ", _RANKING.sub(" ", heading))
    clauses = re.split(r"[，,；;]", heading)
    label = _clean_metric_prefix(clauses[-1], context)[0] if len(clauses) > 1 else ""
    if label:
        return label  # 采购预算：450万元，最高限价：445万元: the label right before the colon
    for clause in clauses:
        cleaned = _clean_metric_prefix(clause, context)[0]
        if cleaned:
            return cleaned
    return ""


_NOUN_CLASSIFIERS = frozenset("个 家 项 座 所 条 件 台 辆 种 类 批 套 处 只 间 栋 张 部 款 支 架 艘 列".split())


def _topic_comment(text: str, figure: Figure, clause_start: int) -> tuple[str, str] | None:
    """``南山奶粉5批次含强致癌物``: a bare noun phrase, a count, then a verb phrase — the noun
    phrase is what the count is about and the verb phrase what was counted."""
    if figure.kind != "count" or figure.unit in _NOUN_CLASSIFIERS:
        return None
    prefix = text[clause_start:figure.span[0]]
    prefix = prefix[_topic_lead_end(prefix):]
    if not 2 <= len(prefix) <= 12 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", prefix):
        return None
    tokens = _pos(prefix)
    if any(flag not in _NOUN_FLAGS for _, flag in tokens) or _METRIC_HEAD.search(prefix) or _SCOPE.fullmatch(prefix):
        return None
    window = re.split(r"[\s\d]", text[figure.span[1]:figure.span[1] + 16], maxsplit=1)[0]  # …实现地区生产总值|25万亿元
    stop = _NOUN_STOP_CHARS.search(window)
    window = window[:stop.start()] if stop else window
    after = _pos(window) if window else ()
    if not after or after[0][1] != "v" or after[0][0] in ("是", "为", "达", "占", "等", "有", "开外", "之多", "有余", "左右", "以上"):
        return None
    words = [after[0][0]]
    for word, flag in after[1:]:
        if flag in _NOUN_STOP_FLAGS or word in _NOUN_STOP_WORDS:
            break
        words.append(word)
    return prefix, "".join(words)


_TOPIC_NOUN_FLAGS = frozenset({"n", "nz", "vn", "b", "j", "an", "nt", "l", "eng"})


_LIST_MARK = re.compile(r"^\s*(?:[-—•·*]+|[（(]?[0-9一二三四五六七八九十]+[)）.、])\s*")
_LEADING_ADJUST = re.compile(r"^(?:增加|提高|降低|延长|缩短|扩大|调整|放宽|上调|下调|调升|调降)(?=[\u4e00-\u9fff]{2})")
_ITEMS_BEFORE = re.compile(r"、[\u4e00-\u9fff]{1,8}$")
_METRIC_HEAD_WORDS = ("率", "额", "量", "值", "数", "规模", "收入", "产值")  # 三江源、大熊猫两个国家公园: items, not a metric
_BARE_HEADS = frozenset("收入 金额 数量 规模 总额 比例 比重 占比 增速 增幅 价格 余额 总量 产量".split())


def _topical_head(text: str, clause_start: int, context: "_DocumentContext", head: str) -> str:
    """``其中又以印花税升幅最劲，收入达952亿元`` → 印花税收入: a bare head noun takes the noun
    the previous clause opened with; "" when ``head`` is not bare or there is none."""
    if head not in _BARE_HEADS:
        return ""
    topic_noun = _previous_clause_noun(text, clause_start, context, first_word=True)
    return topic_noun + head if topic_noun and not topic_noun.endswith(head) else ""


_FROM_TO_CLAUSE = re.compile(r"\s*(?:由|从)(?:现时|目前|现在|原来|原先)?\s*\d")  # 增加免税额，由现时6.6万元增至7.5万元


_MEASURED_KINDS = frozenset({"新建", "新增", "二手", "存量", "增量"})
# 4个一线城市新建商品住宅销售价格按月持平: the places a statistic covers, before what it measures
_NEXT_ITEM = re.compile(r"\s*(?:其次是|其次为|其次|以及|再次是)")
_PLACES_COUNTED = re.compile(r"^\s*(?:[0-9]+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,4}?(?:城市|省市|省份|省区|地区|国家|经济体)")
_OWNED_MEASURE = re.compile(r"[\u4e00-\u9fff]{1,8}的[\u4e00-\u9fff]{0,6}(?:额|量|值|数|率|总额|规模|收入|利润|投资|资金)")


def _previous_clause_noun(text: str, clause_start: int, context: "_DocumentContext", first_word: bool = False) -> str:
    """``我国货物贸易进出口5月保持平稳增长，前5个月同比增长2.5%``: a change with nothing
    before it measures the noun phrase the previous clause opened with."""
    end = clause_start - 1
    if end <= 0 or text[end] not in "，,":
        return ""
    start = _previous_clause_start(text, end)
    phrase = _BUT_LEAD.sub("", _FORECAST_LEAD.sub("", _LIST_MARK.sub("", text[start:end])))  # 惟蔬菜价格回落: but
    parts = _PLACES_COUNTED.sub("", _strip_time_and_scope(_NEXT_ITEM.sub("", phrase, count=1), context)).split()
    phrase = parts[0] if parts else ""
    if len(parts) > 1 and not first_word and _OWNED_MEASURE.fullmatch(parts[-1]):
        phrase = parts[-1]  # 中资过去5年在港的投资额: the measure after the time words, not its owner
    phrase = _LEADING_ADJUST.sub("", phrase)  # 增加伤残受养人免税额，由…增至…
    if not first_word and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", phrase) and _METRIC_HEAD.search(phrase) and (
        _FROM_TO_CLAUSE.match(text, clause_start)
    ):
        return phrase  # the whole amount named before 由…增至…, whatever its words' tags
    if first_word:
        phrase = re.sub(r"^(?:又|以|在|对|从|就)+", "", _CONNECTIVE.sub("", phrase))
    elif "的" in phrase:
        head = phrase.rsplit("的", 1)[1]
        tags = _pos(head) if 2 <= len(head) <= 8 else ()
        if not _FROM_TO_CLAUSE.match(text, clause_start):
            if tags and tags[0][1] not in ("v", "p", "c", "u", "r", "m") and tags[-1][1] in _TOPIC_NOUN_FLAGS:
                return head  # 占税收最大部分的利得税，今年则微跌1.5亿元: the noun the clause ends on
        elif tags and tags[0][1] not in ("v", "p", "c", "u", "r", "m") and (_METRIC_HEAD.search(head) or _MEASURE_WORD.search(head)):
            return head  # 年薪由60万元至90万元的纳税人数目，由20万增至21.6万: the amount the clause ends on
    words: list[str] = []
    for word, flag in _pos(phrase) if phrase else ():
        if (flag not in _TOPIC_NOUN_FLAGS and word != "类" and not (words and words[-1] == "类" and flag == "v")
                and word not in _MEASURED_KINDS):
            break  # 财务类退市: a class of what follows 类; 新建商品住宅 (新建 tagged a place name)
        words.append(word)
        if first_word:
            break
    noun = _DEGREE_TAIL.sub("", "".join(words))  # 工业生产有所回落: 工业生产
    return noun if len(noun) >= 2 and not _SCOPE.fullmatch(noun) and not _BARE_NUMBER.match(noun) else ""


_DEGREE_TAIL = re.compile(r"(?:有所|略有|稍有)$")
_BUT_LEAD = re.compile(r"^(?:惟|但|而)(?=[\u4e00-\u9fff]{2})")
_FORECAST_LEAD = re.compile(r"^(?:预计|预期|预测|估计)")  # 预计2024年半年度实现…净利润与上年同期相比，将增加…: not 预计
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?(?![A-Za-z])")  # 南昌市22家、…: a figure left of a list, no noun (5G用户 is one)


def _mask_figures(text: str, start: int, end: int, figure_spans: list[Span]) -> str:
    masked = text[start:end]
    for span_start, span_end in figure_spans:
        if span_start < end and start < span_end:
            left, right = max(span_start, start) - start, min(span_end, end) - start
            masked = masked[:left] + " " * (right - left) + masked[right:]
    return masked


_LINK_ONLY = re.compile(
    r"^[\s、,，的]*(?:分别|同比|按年|环比)?(?:增长|增加|提高|上升|下降|减少|降低|回落|扩大|缩小|上涨|下跌|升|降)?(?:到|至|达|为|及|和|或|、)?[\s的]*$"
)


_COMPARED_SCOPE = re.compile(r"(?:高于|低于|快于|慢于|超过|不及|比|较)(全国|我国|全省|全市|全区)(?:同期|平均水平|平均)?$")
# a clause that only compares the figure before it with something else
_RATE_LEAD = re.compile(r"\s*(增速|增幅|涨幅|降幅)")
_COMPARED_CLAUSE = re.compile(
    r"(?:增速|增幅|涨幅|降幅)?(?:(?:比|较)[^，,；;]{1,12}(?:高|低|快|慢)出?|(?:高于|低于|快于|慢于)[^，,；;]{1,12})$"
)
_BASIS_VALUE_LEAD = re.compile(
    r"(?:较|(?<![占对相])比|与)(?:\d{4}年|上年|去年|上月|同期|上年同期|去年同期|\d{1,2}月(?:底|末|份)?|上月[底末]|" + _LAST_WEEK + r")?(?:的)?$")


def _is_basis_value(text: str, before: Figure, after: Figure, clause_start: int, measure: str = "") -> bool:
    """``总额是59.65万亿元，较2019年53.37万亿元下跌7.5%``: the value compared with is of the same measure
    (also after the counted noun: 共接获12,486宗投诉，较去年同期的11,932宗上升4.6%)."""
    lead = text[max(clause_start, after.span[0] - 12):after.span[0]]
    gap = text[before.span[1]:clause_start].rstrip("，,；; ")
    return before.kind == after.kind and before.span[1] <= clause_start and _BASIS_VALUE_LEAD.search(lead) is not None and (
        clause_start - before.span[1] <= 2 or (bool(measure) and gap == measure))


def _only_links_between(text: str, before: Figure, after: Figure, clause_start: int) -> bool:
    if before.span[1] < clause_start:
        return False
    gap = _without_periods(text[before.span[1]:after.span[0]], " ")
    return bool(gap.strip()) and bool(_LINK_ONLY.match(gap)) and not re.fullmatch(r"[\s、,，]*", gap)


_AND = r"(?<![总缓柔饱])和(?![谐解])|(?<![参给赋])与(?!会(?:议|者|代表|人员|嘉宾|期间))"  # not 参与率, 总和 (but 气温和, 鹤壁和平顶山)
_ITEM_SPLIT = re.compile(r"、|以及|" + _AND + r"|(?<![普涉企波危顾])及(?![时格])")
_ITEM_SPLIT_NOT_JI = re.compile(r"、|" + _AND)
_LIST_LEAD = re.compile(r"^\s*(?:包括|包含|涉及|例如|比如|其中|如)")


def _respective_item(text: str, figure: Figure, clause_start: int, listed: list[Span] | None) -> Span | None:
    """``太阳能电池、新能源汽车产量分别增长53.2%、22.5%``: the i-th figure (of the ``listed``
    figures, from ``_respective_figures``) measures the i-th item.
    The items may be named in an earlier clause of the sentence (``包括薪俸税、物业税，收入分别为…``)."""
    if listed is None:
        return None
    marker = text.rfind("分别", clause_start, figure.span[0])
    start, end = clause_start, marker if marker >= 0 else listed[0][0]
    for _ in range(3):
        for split in (_ITEM_SPLIT, _ITEM_SPLIT_NOT_JI):  # 杭州、宁波、温州新增减税降费及退税缓费分别为…: 及 joins the measure
            items = _list_items(text, start, end, split)
            if len(items) == len(listed):
                return items[listed.index(figure.span)]
        if start <= 1 or text[start - 1] in _SENTENCE_END:
            return None
        end = start - 1
        start = _previous_clause_start(text, end)
        marker = text.find("分别", start, end)
        end = marker if marker >= 0 else end
    return None


_SENTENCE_END = "。！？!?\n"


def _respective_figures(
    text: str, figure: Figure, clause_start: int, clause_end: int, figure_spans: list[Span]
) -> list[Span] | None:
    """The figures of the figure's list (after 分别 or a bare list), None when it is in none."""
    marker = text.rfind("分别", clause_start, figure.span[0])
    if marker < 0:
        return _bare_figure_list(text, figure, clause_start, clause_end, figure_spans)
    listed = [span for span in figure_spans if marker + 2 <= span[0] and span[1] <= clause_end
              and _open_bracket(text, marker, span[0]) < 0]  # …分别下降12.3%和9.5%（上年同期为212起、158人）: not the aside's
    if figure.span not in listed or len(listed) < 2:
        return None
    return listed


# a metro or rail line, or a named station, and a passenger measure: 3号线日均客运量, 朝阳广场站日均进出站量
_TRANSIT_LINE = re.compile(
    rf"({TRANSIT_LINE_NAME}|[\u4e00-\u9fff]{{2,6}}(?<![基泵电油水服务作测])站)"
    r"(?=(?:日均|单日|最高日|月|累计|全日|早高峰|晚高峰)?(?:客运量|进出站量|进站量|出站量|客流|发送旅客|旅客发送量|到发旅客|换乘量|乘客))"
)
_ASIDE_LEAD = re.compile(r"(?:(?:上年|去年|上月|上季度?)?同期|上年|去年|上月|\d{4}年)?(?:分别)?(?:为|是)?")
_ASIDE_LINK = re.compile(r"[、，,和及与]")


def _aside_counterpart(
    text: str, figure: Figure, sentence: Sentence, facts: list[Fact], figure_spans: list[Span], unit_by_span: dict[Span, str],
) -> Fact | None:
    """A list of earlier levels in brackets, ``…死亡143人…（上年同期为212起、158人）``, ``较上年同期（四起、十三人）``: the
    i-th bracketed figure measures what the i-th of as many figures before it, of the same units, measured."""
    opened = _open_bracket(text, sentence.span[0], figure.span[0])
    if opened < 0:
        return None
    closed = min((at for close in "）)" if (at := text.find(close, figure.span[1], sentence.span[1])) >= 0), default=-1)
    if closed < 0:
        return None
    aside = [span for span in figure_spans if opened < span[0] and span[1] <= closed]
    lead = _ASIDE_LEAD.match(text, opened + 1, aside[0][0]) if aside else None
    if len(aside) < 2 or lead is None or lead.end() != aside[0][0] or any(
            not _ASIDE_LINK.fullmatch(text, a[1], b[0]) for a, b in zip(aside, aside[1:])) or aside[-1][1] != closed:
        return None
    units = [unit_by_span[span] for span in aside]
    before = [fact for fact in facts if sentence.span[0] <= fact.figure.span[0] and fact.figure.span[1] <= opened]
    for end in range(len(before), len(aside) - 1, -1):
        window = before[end - len(aside):end]
        if [fact.figure.unit for fact in window] == units and all(fact.metric for fact in window):
            return window[aside.index(figure.span)] if figure.span in aside else None
    return None


_ASIDE_PERIOD_LINK = re.compile(r"(同期)?(?:分别)?(?:为|是|[：:])")


def _aside_period(text: str, sentence_start: int, figure: Figure) -> str:
    """The period a bracketed aside opens with, ``（上年同期为212起、158人）``: the aside's figures are that period's."""
    opened = _open_bracket(text, sentence_start, figure.span[0])
    if opened < 0:
        return ""
    period = _PERIOD.match(text, opened + 1, figure.span[0])
    link = _ASIDE_PERIOD_LINK.match(text, period.end(), figure.span[0]) if period else None
    if link is None:
        return ""
    return period.group(0) + (link.group(1) or "")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last full stop, mark or line break before it."""
    return max(text.rfind(mark, 0, at) for mark in "。！？\n") + 1


def _open_bracket(text: str, start: int, at: int) -> int:
    """Where the bracket still open at ``at`` was opened (after ``start``), or -1."""
    opened = max(text.rfind("（", start, at), text.rfind("(", start, at))
    return opened if opened >= 0 and not any(close in text[opened:at] for close in "）)") else -1


def _against_reference(text: str, figure: Figure, clause_start: int, previous: Fact, metric: str, metric_rule: str) -> tuple[str, str]:
    """A figure stated against a reference: the reference's own value (较起拍价（2,388元/吨）) measures the reference; a
    move, multiple or peer's value against it (上涨38元/吨, 为常年同期的2.3倍, 南昌同期为…) the measure before."""
    ratio = _TIMES_REFERENCE.match(text, clause_start, figure.span[0]) if figure.kind == "multiple" else None
    if ratio and metric and ratio.group(1).endswith(metric):
        metric, metric_rule = previous.metric, "facts.metric.reference.v1"  # 平均降水量142.3毫米，为常年同期的2.3倍
    extreme = _EXTREME_ONLY.fullmatch(text, clause_start, figure.span[0])
    if extreme and (other := _OTHER_EXTREME[extreme.group(1)]) in previous.metric:
        head = previous.metric[:previous.metric.rfind(other)]  # 单价最高为52万元，最低为3.8万元: 单价最低, not 单价最高
        metric, metric_rule = head + extreme.group(1) + previous.metric[len(head) + len(other):], "facts.metric.extreme.v1"
    if metric.endswith("同期") and len(metric) <= 12 and not previous.metric.endswith("同期"):
        metric, metric_rule = previous.metric, "facts.metric.reference.v1"  # 我市GDP为2300亿元，…南昌同期为3600亿元
    compared = _WITH_REFERENCE.match(text, clause_start, figure.span[0]) if figure.change else None
    if compared and metric.startswith(compared.group(1)):
        metric, metric_rule = previous.metric, "facts.metric.reference.v1"  # M1上升1.5%，与一年前比较上升8.2%
    valued = _VALUED_REFERENCE.search(text, max(0, figure.span[0] - 12), figure.span[0])
    moved = _COMPARED_REFERENCE.match(text, clause_start, figure.span[0]) if figure.change else None
    if valued and not _PERIOD_LIKE.search(valued.group(1)):
        return valued.group(1), "facts.metric.reference.v1"  # 较起拍价（2,388元/吨）: the reference's own value
    if moved and metric and previous.figure.span[0] >= _previous_clause_start(text, clause_start - 1) and (
            metric.lstrip("较比") == moved.group(1) or (moved.group(1).endswith(metric) and _PEAK_REFERENCE.search(metric))):
        return previous.metric, "facts.metric.reference.v1"  # 较起拍价上涨38元/吨, 比2016年峰值下降近一半: the measure's move
    return metric, metric_rule


_AREA_KINDS = frozenset("城市 农村 城镇 乡村 城区 郊区 市区 县域".split())
_RATE_HEADS = frozenset("涨幅 跌幅 增幅 降幅 增速 升幅 幅度".split())


_STRUCTURE_LEAD = re.compile(r"^年?(?:.*的)?(?:全[省市县区国]|我[省市县区国]|本[省市县区])?")  # not 人口年龄结构
_STRUCTURE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,8}(?:结构|之比|比例))(?!.*(?:结构|之比|比例))")
_WIND_NAMED_AFTER = re.compile(r"(?:以上|左右)?的?((?:雷暴|雷雨|短时|瞬时|对流性)?大风|阵风|[东南西北偏]{1,2}风)")
_INDUSTRY = re.compile(r"[\u4e00-\u9fff、]{2,30}业")
_COMPARED_REFERENCE = re.compile(r"[\s，,；;]*(?<![占对相之环同无类])[较比]([\u4e00-\u9fff\d]{2,12}?)(?:（[^（）]{1,20}）|\([^()]{1,20}\))?(?=$|[（(]|(?:累计|已|均|共)?(?:上涨|下降|增长|增加|减少|上升|提高|降低|下跌|回落|(?:高|低)(?![位点峰])|多|少))")
_EXTREME_ONLY = re.compile(r"[\s，,；;]*(?:而)?(最高|最低|最多|最少|最大|最小|最快|最慢)(?:的)?(?:为|是|达|仅|只有|约)?")
_OTHER_EXTREME = {"最高": "最低", "最低": "最高", "最多": "最少", "最少": "最多", "最大": "最小", "最小": "最大",
                  "最快": "最慢", "最慢": "最快"}
_PEAK_REFERENCE = re.compile(r"(?:峰值|高位|高点|低位|低点|谷底|顶峰|高峰|最高|最低|平均水平|同期水平)$")
_PERIOD_ONLY = re.compile(r"[\s，,；;]*(?:其中[，,]?)?(?:[首第前后上下全本]?[一二三四五六七八九十\d]*(?:季度?|个?月份?|年度?|半年|期)[、及和至]?)+"
                          rf"(?:{_TOTAL_WORD.pattern})?(?:分别)?(?:为|达|是)?")
_TIMES_REFERENCE = re.compile(r"[\s，,；;]*(?:为|是|相当于|达)([\u4e00-\u9fff]{1,10}?)的?(?=$)")
_WITH_REFERENCE = re.compile(r"[\s，,；;]*(?:与|和|同)([\u4e00-\u9fff\d]{1,10}?)(?:比较|相比|对比|比)(?:则|而言)?[，,]?(?:则|均|分别)?"
                             r"(?=上涨|下降|增长|增加|减少|上升|提高|降低|下跌|回落)")
_VALUED_REFERENCE = re.compile(r"(?<![占对相之环同无类])[较比]([\u4e00-\u9fff]{2,8})[（(]$")
_PERIOD_LIKE = re.compile(r"原|上届|上一届|往年|往届|调整前|基期|上学|上年|去年|前年|上期|本期|上月|上季|上周|同期|年初|年末|月末|季末|月初|季初|常年|历年|历史|此前|以前|前一|上一|之前|\d")
_INDUSTRY_NAME_PARTS = re.compile(r"[\s，,；;]*((?:[\u4e00-\u9fff]{2,4}、)+)")
_INDUSTRY_NAME = re.compile(r"[\u4e00-\u9fff、]{2,30}?业(?=(?:利润总额|营业收入|增加值|利润|产值|营收|投资)?(?:同比)?(?:增长|下降|增加|减少|上升|回落))")
_INDUSTRY_MEASURE = re.compile(r"(?:利润总额|营业收入|主营业务收入|增加值|利润|产值|营收|投资|出口|进口|产量|销量|用电量)$")


def _industry_measure(previous: Fact | None, industry: str) -> str:
    """``…加工业利润总额增长3.87倍，石油和天然气开采业增长2.84倍``: an industry's change in a list
    measures what the list's earlier item measured."""
    if previous is None or not previous.figure.change or not _INDUSTRY.search(previous.metric):
        return ""
    measure = _INDUSTRY_MEASURE.search(previous.metric)
    return measure.group() if measure and not industry.endswith(measure.group()) else ""


def _breakdown_metric(facts: list[Fact], sentence: Sentence) -> str:
    """The first measure the sentence before a 其中 breakdown named (二手住宅销售价格), not its rate words."""
    before = [f for f in facts if f.quote[1] <= sentence.span[0]]
    if not before:
        return ""
    last_quote = before[-1].quote
    for fact in before:
        if fact.quote == last_quote and fact.metric and fact.metric not in _RATE_HEADS:
            return fact.metric
    return ""


_INDEX_NAME = re.compile(r"(?:(?<!价格)(?<!物价)(?<!景气)(?<!信心)(?<!经理)指数|成指|板指|综指|沪深300|上证50|北证50|中证\d{3,4})$")  # (not 消费物价指数: a place's prices)
_FALLBACK_SUBJECTS = frozenset(
    "facts.subject.carried.v1 facts.subject.document.v1 facts.subject.main_body.v1 facts.subject.national.v1 facts.subject.none.v1".split()
)
_CATEGORY = re.compile(r"(?:^|(?<=[\s：:]))([\u4e00-\u9fff]{2,6})[：:]\s*[（(]")
_NOT_CATEGORY = re.compile(r"(?:包括|如下|指出|表示|显示|称|说|介绍|认为|强调|公布|发布|预算|情况)$")


def _category_heading(text: str, start: int, end: int) -> str:
    """``开支包括： 教育：（2017/18年度经常开支预算为786亿元…）``: the heading names whose figures follow."""
    found = ""
    for match in _CATEGORY.finditer(text, max(start, end - 60), end):
        found = "" if _NOT_CATEGORY.search(match.group(1)) else match.group(1)
    if found and _pos(found)[0][1] == "v":
        return ""  # 支援旅游业：(1)…: an action, not a category
    return found


_BULLET = re.compile(r"\s*[-—•·*]\s")


def _heading_line(text: str, offset: int, lines: int = 12, sub_headings: bool = False) -> Span | None:
    """The line a bulleted line at ``offset`` is listed under: the nearest line above that is no
    bullet (with ``sub_headings``, or a bullet ending with a colon: ``- 2023年执行数：``)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if not _BULLET.match(text, line_start):
        return None
    end = line_start - 1
    for _ in range(lines):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and (not _BULLET.match(text, start) or (sub_headings and line.endswith(("：", ":")))):
            return start, end
        end = start - 1
    return None


def _section_category(text: str, offset: int) -> str:
    """``教育：（…786亿元…）`` then ``- 改善26所「火柴盒式校舍」``: a bullet under a category heading is about that category."""
    heading = _heading_line(text, offset)
    return _category_heading(text, heading[0], min(heading[1], heading[0] + 12)) if heading else ""


def _section_period(text: str, offset: int) -> str:
    """``四、2025年工作计划`` then ``力争门急诊量突破90万人次``: a numbered section heading's one period dates its paragraphs."""
    line_end = text.rfind("\n", 0, offset)
    while line_end > 0 and text[line_end - 1] == "\n":
        line_end -= 1
    if line_end <= 0:
        return ""
    line = text[text.rfind("\n", 0, line_end) + 1:line_end].strip()
    if not _SECTION_HEAD.match(line) or len(line) > 24 or re.search(r"[。；，,]", line) or _EVENT_HEADING.search(line):
        return ""
    periods = [match.group(0) for match in _PERIOD_SCAN.finditer(line)]
    return periods[0] if len(periods) == 1 and not _DAY_DATE.search(line) else ""


def _heading_period(text: str, offset: int) -> str:
    """``2017/18年度起推行税务宽减措施：`` then ``- 薪俸税边际税阶，由现时4万元扩至4.5万元``: the bullets
    are of its period. Not of a heading that dates an event, a release or a rule (…会议提出：,
    2024年5月，市统计局发布数据：), names several periods, or a basis (以2020年为基数：)."""
    heading = _heading_line(text, offset, lines=40, sub_headings=True)
    if heading is None:
        return ""
    line = text[heading[0]:heading[1]].rstrip()
    if not line.endswith(("：", ":")) or _EVENT_HEADING.search(line):
        return ""
    periods = [match.group(0) for match in _PERIOD_SCAN.finditer(line)]
    if len(periods) != 1 or _DAY_DATE.search(line) or _RELATIVE_DAY.search(line):
        return ""
    return _last_period(text, heading[0], heading[1], [])


_SECTION_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分])")
_EVENT_HEADING = re.compile(
    r"召开|会议|会上|发布|公布|发表|印发|出台|修订|通过|提出|指出|表示|介绍|显示|规定|报告|年鉴|基数|括号|分别|后[，,：:]|[《》]"
)
_RELATIVE_DAY = re.compile(r"今日|昨日|今天|昨天|当日|当天")


_AGGREGATE = guarded(re.compile(r"(?:[两三四五六七八九十\d]+|等)(?:地|市|省|县|区)(?:共|合计|累计|总计)"))
_LISTED_COUNTS = re.compile(r"等(?:[\d一二三四五六七八九十两]+个?(?:地市|城市|县区|地|市|县|区))*$")
_COUNTED_PLACE_KIND = re.compile(r"(?:地|市|县|区|地市|城市|县区|县（市、区）)")  # 合肥、六安、安庆等6个市: the places counted


def _common_province(mentions: list[Mention], context: "_DocumentContext") -> _Resolved | None:
    gazetteer = get_gazetteer()
    provinces = set()
    for mention in mentions:
        if mention.type != "place":
            continue
        entry = gazetteer.get(mention.text) or gazetteer.get(mention.canonical)
        province = gazetteer.province_of(entry.code) if entry is not None and entry.code else None
        if province is None:
            return None
        provinces.add(province.name)
    if len(provinces) != 1 or sum(m.type == "place" for m in mentions) < 2:
        return None
    name = provinces.pop()
    named = next((m for m in context.mentions if m.type == "place" and m.canonical == name), None)
    return context.resolved(named, "facts.subject.common_province.v1") if named else _Resolved(name, "", "facts.subject.common_province.v1")


_MOVE_AFTER = re.compile(r"(?:上涨|下跌|上升|下降|增长|减少|涨|跌)")


_MOVE_RATES = {"上涨": "涨幅", "涨": "涨幅", "下跌": "跌幅", "跌": "跌幅", "上升": "增幅", "增长": "增幅",
               "下降": "降幅", "减少": "降幅"}


def _move_rate(text: str, start: int) -> str:
    """``分别下跌3.48%`` measures a 跌幅."""
    move = _MOVE_AFTER.match(text, start)
    return _MOVE_RATES[move.group()] if move else ""


def _respective_owner(text: str, item: Span, clause_start: int, figure: Figure) -> str:
    """``有色金属、建筑材料领涨，涨幅分别为1.83%、1.10%`` (or ``…跌幅居前，分别下跌3.48%、3.14%``):
    the clause names the metric or the move, so each item named before it is whose that figure is."""
    marker = text.rfind("分别", clause_start, figure.span[0])
    if marker < 0 or item[1] > clause_start:
        return ""
    head = text[clause_start:marker].strip()
    ranked = None
    if head:
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", head) or not (_METRIC_HEAD.search(head) or head.endswith("幅")):
            return ""
    elif not _MOVE_AFTER.match(text, marker + 2):
        ranked = _ranked_measure(text, marker, clause_start)
        if ranked is None:
            return ""  # 传媒、计算机跌幅居前，分别下跌3.48%、3.14%: the move itself follows 分别
    if not re.search(r"(?:领涨|领跌|居前|居后|靠前|上涨|下跌|增长|下降)\s*[，,；;]?\s*$", text[item[0]:clause_start]):
        return ""  # 包括薪俸税、物业税，收入分别为…: the items qualify the metric, they own nothing
    name = _LIST_LEAD.sub("", text[item[0]:item[1]]).strip()
    if ranked is not None and item[0] <= ranked.start() < item[1]:
        name = text[item[0]:ranked.start()].strip()  # the last item carries the measure they share
    name = re.sub(r"(?:领涨|领跌|居前|居后|跌幅居前|涨幅居前|等)$", "", name)
    return name if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) else ""


# 有色金属、基础化工、建筑材料行业主力资金净流入金额居前，分别为84.86亿元、… (or listed firms:
# 云南锗业、融捷股份主力资金净流入金额居前): the measure the ranked items share, written after the last of them
_RANKED_TAIL = re.compile(r"(?:行业|板块|(?=主力资金))([\u4e00-\u9fff]{2,12}?)(?:金额|规模|数量)?(?:居前|居后|靠前|最多|最高)\s*[，,]\s*$")


def _ranked_measure(text: str, marker: int, clause_start: int) -> re.Match | None:
    """The shared measure after the last ranked item, when ``分别`` (at ``marker``) is followed by 为."""
    last_item = text.rfind("、", 0, clause_start) + 1
    if last_item <= 0 or not text.startswith("为", marker + 2):
        return None
    return _RANKED_TAIL.search(text, last_item, clause_start)


_BARE_SHARE_OF_PART = re.compile(r"\s*(?:约|均)?占(?:比)?(?:为|达)?约?")
_RELATIONAL_HEAD = re.compile(r"占|比重|率|速度|幅度|增速|增幅|比例|[两三四各]项|完成|目标|数据|指标")


def _respective_earlier(
    text: str, figure: Figure, clause_start: int, listed: list[Span] | None, facts: list[Fact], sentence: Sentence,
    context: "_DocumentContext",
) -> str:
    """``合同额24371亿元，执行额16514亿元，同比分别增长14.2%和10.3%``: with no items of its own, the
    i-th figure of a 分别 list measures what the i-th of the sentence's last figures measured."""
    marker = text.rfind("分别", clause_start, figure.span[0])
    lead = _BRACKETED.sub("", text[clause_start:marker])  # 较上年同期（四起、十三人）分别减少两起、六人: the aside lists no items
    if marker < 0 or listed is None or _ITEM_SPLIT.search(lead):
        return ""
    head = _clean_metric_prefix(lead, _NO_NAMES)[0]
    if len(head) >= 4 and not _RELATIONAL_HEAD.search(head):
        return ""  # …，城乡居民人均可支配收入分别增长5.1%和7.3%: the clause names its own measure (not 占全省比重分别为)
    before = [fact for fact in facts if sentence.span[0] <= fact.figure.span[0] < clause_start]
    if len(before) < len(listed):
        return ""
    chosen = before[-len(listed):]
    if (not figure.change and chosen[listed.index(figure.span)].figure.unit == figure.unit
            and context.mentions_between(chosen[-1].figure.span[1], marker)):
        return ""  # 超过3平方米的有新昌县和嵊州市，分别为3.41平方米和3.17平方米: new levels of other things, not those
    metrics = [fact.metric for fact in chosen]
    if not all(metrics) or len(set(metrics)) < len(metrics):
        return ""
    return metrics[listed.index(figure.span)]


def _bare_figure_list(
    text: str, figure: Figure, clause_start: int, clause_end: int, figure_spans: list[Span]
) -> list[Span] | None:
    """``规模以上工业增加值、服务业增加值同比增长6.5%、5.3%``: a list of items, then as many figures."""
    if "、" not in text[clause_start:figure.span[0]]:
        return None
    listed = [span for span in figure_spans if clause_start <= span[0] and span[1] <= clause_end]
    if figure.span not in listed or len(listed) < 2 or "、" not in text[clause_start:listed[0][0]]:
        return None
    if any(text[a[1]:b[0]] not in ("、", "和", "及", "与") for a, b in zip(listed, listed[1:])):
        return None
    return listed


def _list_items(text: str, start: int, end: int, splitter: re.Pattern = _ITEM_SPLIT) -> list[Span]:
    items, position = [], start
    for split in splitter.finditer(text, start, end):
        items.append((position, split.start()))
        position = split.end()
    items.append((position, end))
    return items


_SITE_KIND_LEAD = re.compile(r"(?:全省|全市|全县|全国|各|大型|中型|小型|大中型|新建|改造|改建|扩建|在建|已建|重点|主要|其他|现有|其余)")
_LISTED_FACILITY = re.compile(
    r"([\u4e00-\u9fff]{1,6}?(水库|水电站|电站|机场|码头|港区|港|大桥|隧道|船闸|火车站|高铁站|水文站))([\u4e00-\u9fff]*)"
)


def _facility_list(text: str, clause_start: int, figure: Figure) -> tuple[list[str], str] | None:
    """``沙畈水库、安地水库、九峰水库水位分别为…``: named sites of one kind, each with its figure; their names
    and what is measured (the last item's tail, or the words after 分别)."""
    marker = text.rfind("分别", clause_start, figure.span[0])
    if marker < 0:
        return None
    names, kinds, tail = [], set(), ""
    items = _list_items(text, clause_start, marker)
    for index, (start, end) in enumerate(items):
        match = _LISTED_FACILITY.fullmatch(_LIST_LEAD.sub("", text[start:end].strip()))
        if match is None or (match.group(3) and index < len(items) - 1):
            return None
        if _SITE_KIND_LEAD.match(match.group(1)):
            return None  # 大型水库、中型水库; 新建码头、改造码头: kinds of sites, not named ones
        names.append(match.group(1))
        kinds.add(match.group(2))
        tail = match.group(3)
    if len(names) < 2 or len(kinds) > 1 or len(set(names)) < len(names):
        return None
    between = _FACILITY_MEASURE_LEAD.sub("", text[marker + 2:_first_listed_figure(text, marker, figure)])
    return names, between if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", between) else tail


_FACILITY_MEASURE_LEAD = re.compile(r"^(?:为|是|达到?|约)|(?:为|是|达到?|约)$")


def _first_listed_figure(text: str, marker: int, figure: Figure) -> int:
    digit = re.search(r"\d", text[marker:figure.span[1]])
    return marker + digit.start() if digit else figure.span[0]


def _previous_clause_start(text: str, clause_break: int) -> int:
    """Start of the clause that ends at the break character at ``clause_break``."""
    for index in range(clause_break - 1, -1, -1):
        if _CLAUSE_BREAK.match(text, index):
            return index + 1
    return 0


def _respective_year(
    text: str, figure: Figure, sentence_start: int, clause_start: int, clause_end: int, listed: list[Span] | None,
    figure_spans: list[Span],
) -> str:
    """``2022年至2025年，营业收入分别为A、B、C和D``: the i-th figure (of the ``listed`` ones) is of the i-th year."""
    if listed is None:
        listed = [span for span in figure_spans if clause_start <= span[0] and span[1] <= clause_end]
        gaps = [text[a[1]:b[0]] for a, b in zip(listed, listed[1:])]
        if len(listed) < 2 or any(gap not in ("、", "和", "及", "与") for gap in gaps):
            return ""  # 净利润-3.07亿元、-1.46亿元和1842.83万元: a bare list over the years too
    for match in _YEAR_RANGE.finditer(text, sentence_start, figure.span[0]):
        first, last = int(match.group(1)), int(match.group(2))
        if last - first + 1 == len(listed):
            return f"{first + listed.index(figure.span)}年"
    return ""


_YEAR_RANGE = re.compile(r"(\d{4})年?\s*(?:至|到|[-—–~])\s*(\d{4})年(?!度)")  # not 2024—2025年度: one season


def _respective_tail(
    text: str, figure: Figure, clause_start: int, figure_spans: list[Span], context: "_DocumentContext"
) -> str:
    """``对东盟、欧盟和非洲出口分别增长…``: items naming entities share the noun after the last one."""
    marker = text.rfind("分别", clause_start, figure.span[0])
    mentions = []
    for marks in ("、和及与", "、和与"):  # 温州三地新增减税降费及退税缓费分别为: 及 inside the shared noun
        last_item_start = max(text.rfind(mark, clause_start, marker) for mark in marks) + 1
        mentions = context.mentions_between(last_item_start, marker)
        if mentions:
            break
    if marker < 0 or not mentions:
        return ""
    shared = text[mentions[-1].span[1]:marker]
    if any(mark in shared for mark in "。！？!?"):
        return ""  # 办结率99.1%。其中快达约车、途安出行投诉量居前，分别为…: no entity in this sentence's list
    shared = shared[max(shared.rfind("；"), shared.rfind(";")) + 1:]  # …分别增长6.8%和10.3%；高新技术企业: this clause's
    if (figure_at := _NUMBER_START.search(shared)) is not None:  # ，业务量分别为2.41亿件…: 业务量 (but PM2.5浓度)
        respectively = shared.find("分别", 0, figure_at.start())
        shared = shared[:respectively if respectively >= 0 else figure_at.start()]
    cleaned = _clean_metric_prefix(shared, context)[0]
    if not cleaned and (words := _SHARED_MEASURE.fullmatch(shared)) and not _PLACE_COUNT.fullmatch(words.group(1)):
        return words.group(1)  # 杭州、宁波、温州三地新增减税降费及退税缓费分别为: verbs naming a measure (减税降费)
    return cleaned


_NUMBER_START = re.compile(r"(?<![A-Za-z\d.])\d")
_PLACE_COUNT = re.compile(r"[两三四五六七八九十]?[地市县区省]|等地|等[两三四五六七八九十]?[地市县区省]")
_SHARED_MEASURE = re.compile(r"(?:[两三四五六七八九十]地|等地|等)?([\u4e00-\u9fff]{2,14})")


def _clause_end(text: str, start: int) -> int:
    match = _CLAUSE_BREAK.search(text, start)
    return match.start() if match else len(text)


_NOUN_STOP_CHARS = re.compile(r"[ ，,；;：:。！？!?、_\n（(）)\"【】#\[\]「『」』]")
_NOUN_STOP_WORDS = frozenset(
    """等 之间 后 正在 正 已经 已 将 在 是 为 被 把 对 向 从 由 以 于 和 与 及 或 同比 环比 按年 增长 下降 增加 减少 提高 降低 占
    位居 排名 争创 初具 投产 落地 落户 入驻 进驻 开工 实现 完成 达到 达 超过 突破 其中 相继 加速 成功 纳入 列入 进入 成为 获评 获批 入围
    入选 参与 参加 覆盖 涉及 包括 涵盖 带动 拥有 全部 均 共 分布 位于 集中 通过 获得 含有 含 检测 抽检 合格 不合格 超标
    作为 用于 用来 供 可 能 需 要 会 也 都 还 并 且 而 但 了 着 过 的话 左右 以上 以下 以内 开外 之多 之 有余 多 余 予 给 相比 相较 比较 合计 共计 总计""".split()
)
_NOUN_STOP_FLAGS = frozenset({"p", "c", "d", "r", "y", "i", "ul", "uz", "ug"})
_NOUN_LEAD = re.compile(r"^(?:的|整(?=[（(）)，,。；;\s]|$)|[/／][\u4e00-\u9fff]{1,2}(?=[/／的])|人民币|美元|港元|[（(][\u4e00-\u9fff]{1,2}[)）]|各类|各种|各项|[「『])+")


def _shared_list_noun(text: str, figure: Figure, figure_spans: list[Span]) -> str:
    """``匹配2050年2.5亿吨、2060年3亿吨的远期货运需求``: a list of figures shares the noun after its last one."""
    last = figure.span
    for span in figure_spans:
        if span[0] < last[1]:
            continue
        gap = _without_periods(text[last[1]:span[0]], "")
        if not _LIST_LINK.fullmatch(gap):
            break
        last = span
    if last == figure.span:
        return ""
    return _following_noun(text, Figure(text[last[0]:last[1]], last, figure.kind, figure.value, figure.unit, figure.rule), figure_spans)


_PRICE_MOVE = re.compile(r"(?:股价)?(?:大涨|大跌|涨|跌)(?:逾|超过|超|近|约)?\s*$")


def _moves_a_stock(text: str, figure: Figure, clause_start: int, context: "_DocumentContext") -> bool:
    """``新易盛跌逾4%``: a listed firm's share price moved."""
    move = _PRICE_MOVE.search(text, clause_start, figure.span[0])
    if move is None:
        return False
    return any(m.type == "firm" and m.span[1] == move.start() for m in context.mentions_between(clause_start, move.start()))


def _starts_counted_noun(text: str, figure: Figure) -> bool:
    """``10条支持政策``: a classifier count followed at once by a noun names what it counts."""
    return bool(re.match(r"[\u4e00-\u9fff]", text[figure.span[1]:figure.span[1] + 1])) and bool(
        re.search(r"[\u4e00-\u9fff]$", figure.text)
    )


def _following_noun(text: str, figure: Figure, figure_spans: list[Span]) -> str:
    """The noun right after a figure: ``17家企业`` → ``企业``; ``70%的国家制造业创新中心`` → ``国家制造业创新中心``;
    with the verb that ends its clause: ``4000只股票下跌`` → ``股票下跌`` (what was counted)."""
    end = figure.span[1]
    limit = min([span[0] for span in figure_spans if span[0] >= end] + [end + 18])
    noun = _noun_opening(text[end:limit], figure.kind, text[figure.span[0] - 1:figure.span[0]] == "由")
    if noun == "计" or noun.startswith("计，"):
        return ""  # 以总股本4.33亿股计: the basis of a sum, measured by the words before it
    if _RANK_OR_MOVE_AFTER.fullmatch(noun):
        return ""  # 移转13,862栋居冠, 由1.5%微升至1.6%: a rank or a move, not what is counted
    noun_end = end + len(noun) + (0 if text.startswith(noun, end) else 1 if text.startswith("的" + noun, end) else len(text))
    if noun and figure.kind in ("count", "share", "percent") and (partner := _COUNTED_PARTNER.match(text, noun_end)):
        noun += partner.group(0)  # 45个国家和地区, 27个省（区、市）, 九成的县（市、区）: the pair counted together
    if noun and figure.kind == "count":
        designated = _DESIGNATED_AS.match(text, end + len(noun))
        if designated and _DESIGNATING.search(text, max(0, figure.span[0] - 80), figure.span[0]):
            return _without_periods(designated.group(1), "").strip()  # 确定186家企业为省级绿色工厂
    return noun


_BARE_NEW = re.compile(r"(?:其中|全年|当年|年内|本年)?(?:新增|新建|新设|新引进|新开工|新认定|新培育|净增|新登记|新入库|新注册)")
_RANK_OR_MOVE_AFTER = re.compile(r"居(?:冠|首|次|末|第[一二三四五六七八九十\d]+位?)|位(?:居|列)(?:第[一二三四五六七八九十\d]+位?|首位|榜首)|排名?第[一二三四五六七八九十\d]+位?"
                                 r"|[微小略稍大]?(?:升|降|增|减|涨|跌|提高|下降|上升|回落|回升)(?:至|到)")
_COUNTED_PARTNER = re.compile(r"(?<=国家)(?:和|及|与)(?:地区|国际组织)|(?<=省)[（(]区、市[)）]|(?<=省)[（(]自治区、直辖市[)）]"
                              r"|(?<=县)[（(](?:市、区|区、市|市)[)）](?:区)?|(?<=区)[（(](?:县、市|市、县|县)[)）]|(?<=市)[（(](?:州|县、区|区、县)[)）]")
_LISTED_WITH_OWN_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}[、，,；;。]")
_THRESHOLD_TERM = re.compile(r"(?:规模|限额)以[上下]|[一二三四五六七八九\dA]{1,2}[级星A]及以[上下]|\d{2,3}周?岁及?以[上下]")  # 136家二级及以上定点医疗机构, 15,263名80周岁以上老年人
_DESIGNATED_AS = re.compile(r"为([^，,。；;、：:（(]{2,24})")
_DESIGNATING = re.compile(r"(?:确定|认定|命名|评定|授予|评为|列为|遴选)[^。；;！？]*$")


@lru_cache(maxsize=16384)
def _noun_opening(after: str, kind: str, by: bool = False) -> str:
    """``_following_noun`` of a figure of ``kind`` followed by ``after`` (up to the next figure,
    at most 18 characters): the same few words follow many figures (，同比增长)."""
    window = _NOUN_LEAD.sub("", after).replace("“", "").replace("”", "")
    stop = _NOUN_STOP_CHARS.search(window)
    window = window[:stop.start()] if stop else window
    words: list[str] = []
    flags: list[str] = []
    term = _THRESHOLD_TERM.match(window)
    if term and len(window) > term.end():  # 120家规模以上企业: 以上 is part of the noun
        words.append(term.group(0))
        flags.append("n")
        window = window[term.end():]
    for word, flag in _pos(window) if window else ():
        if word in _NOUN_STOP_WORDS or flag in _NOUN_STOP_FLAGS or (flag == "l" and words):
            break
        flags.append(flag)
        if not words and flag == "v" and re.match(r"[\u4e00-\u9fff]{0,2}[至到]", window):
            break  # 由4万元扩至4.5万元: the figure's own change, no noun
        words.append(word)
    if len(words) > 1 and flags[-1] == "f" and len(words[-1]) == 1:
        words.pop()
        flags.pop()  # 1021家“倍增计划”企业中: the place in what, not part of it
    if by and kind == "count" and "的" in words:  # 由4家高校联合承办的培训班: the counted noun, not its relative clause
        verb_at = next((i for i in range(1, words.index("的")) if flags[i] == "v" and all(f in _NOUN_FLAGS for f in flags[:i])), 0)
        if verb_at:
            words, flags = words[:verb_at], flags[:verb_at]
    if kind == "count" and term is not None and "岁" in term.group(0):
        acting = next((i for i in range(1, len(flags) - 1) if flags[i] == "v" and len(words[i]) > 1
                       and any(flag in _NOUN_FLAGS for flag in flags[:i])), None)
        if acting is not None:  # 15,263名80周岁以上老年人发放高龄津贴: the people counted, not what was done for them
            words, flags = words[:acting], flags[:acting]
    ends_clause = stop is not None and len("".join(words)) == len(window) and stop.group(0) in "，,；;。！？!?\n"
    while (kind == "count" and not ends_clause and len(flags) > 1 and flags[-1] == "v" and len(words[-1]) > 1
           and any(flag in _NOUN_FLAGS for flag in flags[:-1])):
        words.pop()
        flags.pop()  # 1197名困难学生有望穿上…: a verb that goes on is no part of the counted noun
    noun = "".join(words).strip(" 的")
    if len(noun) < 1 or not _NOUNISH.search(noun):
        return ""
    return noun if len(noun) <= 14 else ""


def _after_listed_entity(phrase: str, context: "_DocumentContext") -> str:
    """``…建设项目和宁夏隆基乐叶科技有限公司年产`` → ``宁夏隆基乐叶科技有限公司年产``."""
    listed = [
        index for index in (phrase.rfind(surface) for surface in context.entity_surfaces_in(phrase))
        if index > 0 and phrase[index - 1] in "和及与、"
    ]
    return phrase[max(listed):] if listed else phrase




def _scope_break_unless_share(match: re.Match) -> str:
    return match.group(0) if match.string[match.start() - 1:match.start()] == "占" else " "


_SELF_WORD = re.compile(r"[我本](?:公司|司|行(?![业政为人动驶车]))")


_DAY_LEAD = re.compile(r"^\s*(?<!\d)[1-3]?\d日(?![内前后以起])")


def _names_a_measure(rest: str) -> bool:
    """播种面积, 接待观众: a noun phrase of its own (not 站极大风速, cut from 安阳站; not the bare verb 受理)."""
    tags = dictionary_tags(rest)
    return bool(tags) and len(tags[0][0]) >= 2 and any(flag[:1] == "n" or flag == "vn" for _, flag in tags)


def _strip_time_and_scope(phrase: str, context: "_DocumentContext") -> str:
    phrase = _BASIS_SCAN.sub(" ", phrase)
    phrase = _without_periods(phrase, " ")
    if "日" in phrase:
        phrase = _DAY_LEAD.sub(" ", phrase)  # 19日章丘区最低气温: the day is no part of the measure
    if "我" in phrase or "本" in phrase:
        phrase = _SELF_WORD.sub(" ", phrase)  # 我司收到客户订单金额: the firm, not its measure
    if "该" in phrase or "此" in phrase or "上述" in phrase or "这个" in phrase:
        phrase = _DEMONSTRATED_BODY.sub(" ", phrase)  # 该中心共采集无偿献血: the body, not its measure
    if "占" in phrase:  # 开行数量占全国总数的, 增加值占全省的比重: the part and its whole are one phrase
        phrase = _SCOPE.sub(_scope_break_unless_share, phrase)
    else:
        phrase = _SCOPE.sub(" ", phrase)
    surfaces = context.entity_surfaces_in(phrase)
    for _ in range(3):  # 舒城县|六安青岚油茶科技有限公司|投资: each name that opens the phrase in turn
        before = phrase
        for surface in surfaces:
            stripped = phrase.strip()
            lead = 1 if stripped[:1] in "对向与在从有" and stripped[1:].startswith(surface) else 0
            if stripped.startswith("其中") and stripped[2:].startswith(surface) and _names_a_measure(stripped[2 + len(surface):]):
                lead = 2  # 其中南昌市播种面积: the part named, not what is measured (not 其中安阳|站极大风速, …公司受理)
            if lead and stripped[0] == "在" and _WHERE_ONE_WORKS.match(stripped, 1 + len(surface)):
                continue  # 在湖北省内就业: where, part of what is counted
            if stripped[lead:].startswith(surface) and not _MODIFIED_NOUN.match(stripped, lead + len(surface)):
                case = CASE_RE.match(stripped, lead + len(surface))  # 紫晶存储案累计申报…: the firm's case
                phrase = phrase.replace(stripped[:lead + len(surface) + (1 if case else 0)], " ", 1)
        if phrase == before:
            break
    return phrase


# 最低收购价为每50公斤121元: the measure, not the quantity it is priced per
_PER_UNIT_TAIL = re.compile(r"(?:分别)?(?:为|是)?每\d+(?:\.\d+)?(?:公斤|千克|斤|吨|升|桶|亩|立方米|平方米)$")  # (折合每公斤 stays)
_TRAILING_COMPARATOR = re.compile(r"(?:不(?:得|应|能|宜)?(?:大于|小于|高于|低于|超过|少于)|[≥≤<>＜＞=]|(?<=[\u4e00-\u9fff])不)+$"
                                  r"|(?<=[\u4e00-\u9fff]{2})(?:居|位居|位列|排名|排在|列)前[一二三四五六七八九十\d]{1,2}(?:位|名)?$")  # 绿地率≥; 完成投资居前三位
_ENUMERATION_LEAD = re.compile(r"^\s*[一二三四五六七八九十]是(?=[\u4e00-\u9fff])")
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,2}[)）])")  # 1.森林覆盖率
_QUOTE_MARKS = re.compile("[“”「」『』\"]")  # 倍增计划”试点企业: quotation marks are no part of a metric
_FRONT_MATTER_KEY = re.compile(r"^\s*(?:title|description|summary|原标题|标题)\s*[:：]\s*['\"“]?", re.IGNORECASE)


_BASIS_OF_COUNT = re.compile(r"按(?:照)?[\u4e00-\u9fff]{1,6}?(?:口径|价格|价)(?:计算|计)?")


_REAL_TERMS = re.compile(r"(?:实质|名义|实际|临时估计|初步估计)(?=增长|上升|下跌|下降|增加|减少|上涨|回落|收缩|扩张|较|比|为|$)"
                         r"|(?:实质|名义|实际)(?=按[年季月]|同比|环比)"
                         r"|经季节性调整后(?=按[季月年]|环比|同比)")  # 经季节性调整后按季上升0.7%: how it is counted, not what


class _NoNames:
    """A document that names nothing: all ``_clean_metric_prefix`` asks of its context."""
    @staticmethod
    def entity_surfaces_in(phrase: str) -> list[str]:
        return []


_NO_NAMES = _NoNames()


@lru_cache(maxsize=16384)
def _clean_unnamed_prefix(prefix: str) -> tuple[str, bool]:
    return _clean_metric_prefix(prefix, _NO_NAMES)


_THE_REST = re.compile(r"\s*(?:其余|其他|剩余)(?:\d+|[一二三四五六七八九十两]+)?个?(?:乡镇|镇|乡|街道|县区|县市区|县市|区县|县|区|市|村|社区|省份|省|城市|地区)")


_SOURCE_VERB_AFTER = re.compile(r"(?:的)?(?:统计|调查|监测|抽样调查|数据|资料|初步统计|快报|通报)?(?:显示|表明|公布|发布)[，,：:]")
_BASIS_OF_VALUE = re.compile(r"(?:较|比)[^，,。；;]{1,12}?的\s*$")


def _after_title(prefix: str) -> str:
    """《关于…的议案》同意: the words after a motion's title, not the title's (the votes, not the motion)."""
    closed = max(prefix.rfind("议案》"), prefix.rfind("提案》"))
    after = prefix[closed + 3:] if closed >= 0 else ""
    return after if after.strip() else prefix


def _clean_metric_prefix(prefix: str, context: "_DocumentContext | _NoNames") -> tuple[str, bool]:
    """The metric phrase of a figure's clause prefix, and whether that prefix ends in a verb
    (``开展2455亿元…操作``: then the noun after the figure is the metric)."""
    if context is not _NO_NAMES and context.names_nothing_in(prefix):
        return _clean_unnamed_prefix(prefix)  # the same for any document: most prefixes (同比增长)
    phrase = _drop_from_to(_BRACKETED.sub("", _after_title(prefix)))
    if "按" in phrase:
        phrase = _BASIS_OF_COUNT.sub(" ", phrase)  # 按可比口径同比增长: how it is counted, not what
    phrase = _SPEAKER_LEAD.sub("", phrase)  # 主席余雨生预计整个展会专业观众 -> 整个展会专业观众
    if "实" in phrase or "名义" in phrase or "估计" in phrase or "季节性调整" in phrase:
        phrase = _REAL_TERMS.sub("", phrase)  # 本地生产总值在第二季按年实质增长: in real terms, not what
    phrase = _FRONT_MATTER_KEY.sub("", phrase)  # title: '1021家企业入列…'
    phrase = _ENUMERATION_LEAD.sub("", phrase)  # 三是区教育局同步新招聘教师: the third point's own words
    phrase = _after_listed_entity(phrase, context)
    phrase = _UP_TO_LAST_DENG.sub(" ", phrase) if phrase.endswith("等") else phrase
    phrase = _strip_time_and_scope(phrase, context)
    if "且" in phrase:
        phrase = _CONJOINED_PREDICATE.sub(" ", phrase)  # 净利润为负且营收低于 -> 营收低于
    if "计" in phrase:
        phrase = _INNER_TOTAL.sub(" ", phrase)  # 26名责任人合计被罚: who, then what they were fined
    verb_final = False
    dangling_verb = ""
    rate_head = ""
    for segment in reversed(phrase.split(" ")):
        if not segment.strip("的、，,"):
            continue
        cleaned, ends_in_verb = _clean_segment(segment)
        if cleaned in context.entity_surfaces_in(cleaned):
            break  # 在今年东莞1021家…企业: a name alone is whose, not what
        if rate_head:  # 钽锭价格|今年以来|涨幅: the rate of the noun before the time words
            return (cleaned + rate_head if len(cleaned) >= 2 and _has_noun(cleaned) and not ends_in_verb else rate_head), False
        if len(cleaned) >= 2 and _has_noun(cleaned):
            if dangling_verb:
                return cleaned + dangling_verb, False
            if cleaned in _RATE_HEADS and not ends_in_verb:
                rate_head = cleaned
                continue
            return cleaned, ends_in_verb or verb_final
        if cleaned and ends_in_verb:
            verb_final = True
        if len(cleaned) >= 2 and not dangling_verb:
            dangling_verb = cleaned
    return rate_head, verb_final


_HAVING = frozenset({"现有", "已有", "共有", "拥有"})


def _without_having(phrase: str) -> str:
    """全市共有规上企业 → 规上企业: what is had, not the having (but 共有产权住房 is co-owned housing)."""
    head = _pos(phrase)[0][0] if phrase else ""
    if head in _HAVING and len(phrase) - len(head) >= 2 and not phrase.startswith("产权", len(head)):
        return phrase[len(head):]
    return phrase


_ACTION_VERBS = re.compile(
    r"^(?:累计|共计|共有(?!产权)|拥有|培育|创建|成功|确保|力争|完成|实现|抽取|抽检|签订|推出|获得|建成(?!区)|开展|落地|引进|带动|吸引|形成|认定|"
    r"入选|争创|助力|推动|支持|组织|举办|发放|投放|投入|筹集|发行|公布|发布|建设|布局|聚集|集聚|实施|安排|下达|"
    r"帮助|解决|提供|吸纳|累计培育|共培育|已建成(?!区))+"  # not 新增/新建/新签: a count of new ones is no total
)
_TRAILING_PREDICATE = re.compile(
    r"(?:维持|保持|稳定|站稳|拉长|缩短|跃升|攀升|升至|降至|增至|介于|修正|修订|可|可达|预计|有望|将|(?<![产动效功性储核热电节技体智潜职])能|预|仍|已|再|又|还|(?<=[\u4e00-\u9fff]{2})(?<![手持连继陆延存永])续"
    r"|(?<=[\u4e00-\u9fff]{2})(?:力争(?:实现|达到|完成|突破)?|(?:争取|确保|力求)(?:实现|达到|完成|突破))"  # 卷烟销量力争达到32.2万箱
    r"|(?<=[\u4e00-\u9fff]{2})(?<![区镇县市乡级省州])(?:(?:累计|共|全年)?完成|控制|概估|初估)"  # 增值税完成158.36亿元, 失业率控制在5%
    r"|则|就|亦|(?<![人英天口奇将干贤秀])才|(?:只|仅)涉及?|(?<![委员协商学展博览交易年大聘运晚谈庙舞])会|(?:约)?(?:相当于|等于|折合|约合)[\u4e00-\u9fff]{0,3})+$"
)


def _strip_end(pattern: re.Pattern, phrase: str) -> str:
    """``pattern.sub("", phrase)`` for a pattern anchored at the end, trying only the last
    characters (a trailing run of link words is short; the regex engine would otherwise
    try every start position of a long phrase)."""
    cut = max(0, len(phrase) - 20)
    match = pattern.search(phrase, cut)
    return phrase[:match.start()] if match else phrase


_ONE_RUN_AFTER = re.compile(ONE_RUN)
_FROM_TO_BETWEEN = re.compile(r"[^，,；;。]{0,6}?(?:缩短|延长|加密|调整)?(?:至|到)每")
_HEADWAY_VERB = re.compile(r"(?:将|可)?(?:加密|缩短|缩减|压缩|延长|调整)$")
_AGE_BAND_END = re.compile(r"\d+周?岁(?:及|或)?以[上下]$")


@lru_cache(maxsize=65536)
def _clean_segment(phrase: str) -> tuple[str, bool]:
    phrase = phrase.strip("“”\"'《》()（）[]【】# ")
    band = _AGE_BAND_END.search(phrase)
    if band is not None:  # 其中65岁及以上163.90万人: the age group counted; its 以上 is no link word
        head = _clean_segment(phrase[:band.start()])[0] if band.start() else ""
        return head + band.group(0), False
    for _ in range(3):
        phrase = _strip_end(_CHANGE_VERB, phrase)
        phrase = _strip_end(_TRAILING_LINK, phrase)
        phrase = _strip_end(_TRAILING_PREDICATE, phrase)
    phrase = _CONNECTIVE.sub("", _without_having(phrase))
    without_action = _ACTION_VERBS.sub("", phrase)
    phrase = without_action if len(without_action) >= 2 else phrase
    phrase = _strip_leading_function_words(phrase)
    phrase = _strip_end(_TRAILING_LINK, phrase).strip("“”\"'《》()（）[]【】 的、")
    tokens = _pos(phrase) if phrase else ()
    ends_in_verb = bool(tokens) and tokens[-1][1] in ("v", "vg") and not _has_noun("".join(w for w, _ in tokens[:-1]))
    ends_in_verb = ends_in_verb or (bool(tokens) and tokens[-1][0] in _OBJECT_VERBS)
    ends_in_verb = ends_in_verb or (len(tokens) >= 2 and tokens[-1][1] == "v" and tokens[-2][1] in ("c", "d", "p", "ad"))
    return phrase, ends_in_verb


# a speaker before what is measured: 主席余雨生预计整个展会专业观众; not 总产值预计将达…, 增量预计2025年…
_SPEAKER_LEAD = re.compile(
    r"^[^，,；;]*?(?:预计|(?<![的时])估计|表示|指出|认为|透露)(?=[\u4e00-\u9fff]{2})(?![将会可能要达至为有增超约在到])"
    r"|^[^，,；;]*?宣布(?:将于|将|会|拟)?(?=[\u4e00-\u9fff]{2})"
)
_ANNOUNCER_LEAD = re.compile(r"^[^，,；;]*?宣布(?:将于|将|会|拟)?(?=[\u4e00-\u9fff]{2})")  # 政府宣布将于未来数年拨款合共3.1亿元 -> 拨款
_OBJECT_VERBS = frozenset(
    "开展 推出 获得 建成 签订 抽取 聚集 拥有 解决 吸引 引进 提供 发放 投放 投入 筹集 发行 布局 实施 安排 下达 带动 形成 培育 创建 新增 完成 实现"
    " 投向 用于 惠及 覆盖 流向 支持 吸纳 帮助 服务 对接 催生 孵化 引育 招引 签约 新签 开工 竣工 交付"
    " 领取 领到 领 收到 获发 派发 批出 拨出 设立 设有 成立".split()
)


@lru_cache(maxsize=65536)
def _has_noun(phrase: str) -> bool:
    if not phrase:
        return False
    if phrase.endswith(("率", "限价")) and len(phrase) >= 2:
        return True  # 下浮率, 最高限价: a rate or a price, whatever jieba tags its verb
    return any(flag[0] in "nbtsfj" or flag in ("vn", "an", "l", "eng", "x") for _, flag in _pos(phrase)) and bool(_NOUNISH.search(phrase))


def _drop_from_to(phrase: str) -> str:
    """``占比由2020年57.8%下降到目前的`` leaves ``占比``: the from/to frame is not the metric."""
    index = phrase.rfind("由")
    if index > 0:
        return phrase[:index]
    return _TRAILING_FROM.sub("", phrase)  # 贡献率从54.5%提升到…


_LONG_CONNECTIVES = frozenset({"之所以", "与此同时", "不仅如此", "除此之外", "总的来说", "一方面", "另一方面"})
_NEGATIONS = frozenset("未 不 非 无 没 没有 尚未 未能".split())


_AGE_GROUP_SHARE = re.compile(r"(\d{1,3}周?岁及?以[上下])(?:的|者)?(?:人口|人员|老人)?占(?:比)?(?:为|达)?\s*$")
_TERM_LABEL = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:工期|服务期|保修期|质保期|有效期|期限|周期|时长))[：:]\s*$")
_CASUALTY = re.compile(
    r"\s*(?:[亡伤]\d+人[、，,和])?(?:共|共计|累计|造成|致)?(死亡|受伤|失踪|遇难|获救|伤亡|重伤|轻伤|死伤|亡|伤)(?:人数)?(?:为|达)?\s*"
)  # 亡3人、伤7人: 亡 and 伤 as fire and accident reports write them
_CASUALTY_WORDS = {"亡": "死亡", "伤": "受伤"}
_RATIO_NOUNS = frozenset("比例 比重 占比 份额".split())
_COUNT_HEADS = frozenset("天数 日数 次数 人数 户数 个数 件数".split())


def _strip_leading_function_words(phrase: str) -> str:
    if len(phrase) < 3:
        return phrase
    tokens = _pos(phrase)
    index = 0
    while index < len(tokens) - 1:
        flag = tokens[index][1]
        following = tokens[index + 1][1]
        if tokens[index][0] in _NEGATIONS or (tokens[index][0] == "新" and tokens[index + 1][0][:1] in "签增建开设"):
            break  # 新签外资项目: 新 qualifies what is counted
        if tokens[index][0] == "用" and tokens[index + 1][0][:1] in "火电气油":
            break  # 用火不慎, 用电量: using fire or power, not a preposition
        if tokens[index][0] == "自然" and tokens[index + 1][0][:1] in "增减":
            break  # 自然增长率: natural growth, not "naturally"
        if tokens[index][0] == "每股":
            break  # 每股净资产: per share, the measure itself
        if (
            (flag in _LEADING_POS and (len(tokens[index][0]) <= 2 or tokens[index][0] in _LONG_CONNECTIVES))  # not 所有者
            or (flag == "a" and following in ("v", "vn", "d"))
            or (flag == "vn" and index > 0 and following in ("b", "n", "nz", "ns", "nt", "a")
                and tokens[index + 1][0] not in _COUNT_HEADS)  # 重污染天数, 平均审理天数: the days of what
        ):
            index += 1
        else:
            break
    stripped = "".join(word for word, _ in tokens[index:])
    return stripped if len(stripped) >= 2 else phrase


@lru_cache(maxsize=65536)
def _pos(phrase: str) -> tuple[tuple[str, str], ...]:
    """Dictionary words and tags (no HMM: fast, and unknown words stay apart)."""
    return tuple(dictionary_tags(phrase))


@lru_cache(maxsize=16384)
def _pos_guessing_names(phrase: str) -> tuple[tuple[str, str], ...]:
    """With jieba's HMM, which joins unknown words such as personal names (郭青龙 → nr)."""
    return tuple((pair.word, pair.flag) for pair in get_pos_tokenizer().cut(phrase))


# ---------------------------------------------------------------- subject

class _DocumentContext:
    def __init__(self, norm: NormalizedText, mentions: tuple[Mention, ...], meta: dict[str, Any], figure_spans: list[Span]):
        self.text = norm.text
        self.figure_spans = figure_spans
        self.taiwan_script = norm.traditional and not _HK_OR_MACAU_HOME.search(self.text) and "内地" not in self.text
        law_titles = [match.span() for match in _LAW_TITLE.finditer(self.text)]
        self.mentions = tuple(
            m for m in mentions
            if m.type in ("place", "park", "firm", "government", "organization")
            and not any(start < m.span[0] and m.span[1] < end for start, end in law_titles)  # 《中华人民共和国环境保护法》
            and not (m.type == "place" and _DATELINE_AFTER.match(self.text, m.span[1]))
            and not (m.type in ("place", "park") and self._in_address(m))
            and not (norm.boilerplate and norm.is_boilerplate(m.span))  # a photo credit: no subject, no publisher
        )
        self.starting_at: dict[int, list[int]] = {}
        for index, mention in enumerate(self.mentions):
            self.starting_at.setdefault(mention.span[0], []).append(index)
        self._starts = [mention.span[0] for mention in self.mentions]
        self._ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:]))
        self._government_starts = sorted(m.span[0] for m in self.mentions if m.type == "government")
        self.surface_by_id: dict[str, str] = {}
        surfaces: dict[str, Counter] = {}
        declared: dict[str, Counter] = {}  # 江苏淮澄农村商业银行股份有限公司（以下简称“淮澄农商银行”）: the name the notice then uses
        self._names_by_id: dict[str, set[str]] = {}
        for mention in self.mentions:
            key = mention.entity_id or mention.canonical
            surfaces.setdefault(key, Counter())[mention.text] += not mention.rule.startswith(SELF_REFERENCE_RULE)  # 本所: never its name
            if mention.rule == _FIRM_ALIAS_RULE and sum(char in mention.canonical for char in mention.text) >= 2:
                declared.setdefault(key, Counter())[mention.text] += 1  # (not a role such as 发行人)
            if mention.entity_id:  # 杭州拓远投资合伙企业（有限合伙） also as written without its bracket
                self._names_by_id.setdefault(mention.entity_id, set()).update(
                    (mention.text, mention.canonical, _BRACKETED.sub("", mention.canonical)))
        canonical_by_key = {(m.entity_id or m.canonical): m.canonical for m in self.mentions}
        for key, counter in surfaces.items():
            canonical = canonical_by_key[key]
            if key in declared:
                self.surface_by_id[key] = declared[key].most_common(1)[0][0]
                continue
            self.surface_by_id[key] = (canonical if canonical in counter or not counter.total()
                                       else counter.most_common(1)[0][0])
        self._surfaces = sorted({m.text for m in self.mentions}, key=lambda surface: (-len(surface), surface))
        self._surface_starts = frozenset(surface[:1] for surface in self._surfaces)
        self.home = self._home_places(meta, norm.boilerplate)

    def _in_address(self, mention: Mention) -> bool:
        """地址：北京市东城区… on a contact line (or above one), 住所：…: where to write or where a party is registered,
        not whose figures (but 实施地点⏎地址：云南省大理州洱源县: where the works are)."""
        label = _ADDRESS_BEFORE.search(self.text, max(0, mention.span[0] - 40), mention.span[0])
        if label is None:
            return False
        if label.group(1) != "地址":
            return True
        line_start = self.text.rfind("\n", 0, mention.span[0]) + 1
        return _CONTACT_LINE.search(self.text, line_start, _line_end(self.text, _line_end(self.text, mention.span[1]) + 1)) is not None

    def names_nothing_in(self, phrase: str) -> bool:
        """No surface is in ``phrase``, nor in any phrase made of its characters and spaces
        (what cleaning a phrase by cutting and blanking leaves)."""
        return "" not in self._surface_starts and " " not in self._surface_starts and self._surface_starts.isdisjoint(phrase)

    def entity_surfaces_in(self, phrase: str) -> list[str]:
        if "" not in self._surface_starts and self._surface_starts.isdisjoint(phrase):
            return []  # no character a surface starts with: most phrases, at one set test
        return [surface for surface in self._surfaces if surface in phrase]

    def names_of(self, subject: _Resolved) -> list[str]:
        """Every name the subject's entity goes by here, the subject as resolved among them, longest first."""
        names = {subject.text} | self._names_by_id.get(subject.entity_id, set())
        return sorted(names, key=lambda name: (-len(name), name))

    def resolved(self, mention: Mention, rule: str) -> _Resolved:
        key = mention.entity_id or mention.canonical
        return _Resolved(self.surface_by_id.get(key, mention.text), mention.entity_id, rule)

    @cached_property
    def main_firm(self) -> Mention | None:
        """The firm the notice is about: its main body, when that is a firm its headline names."""
        body = self._main_body
        if body is None or body.type != "firm" or self._headline is None:
            return None
        key = body.entity_id or body.canonical
        start, end = self._headline
        return body if any((m.entity_id or m.canonical) == key for m in self.mentions_between(start, end)) else None

    @cached_property
    def _headline_announcer(self) -> Mention | None:
        """宁波博凯电子股份有限公司2024年年度业绩预告: the one firm a headline's announcement is by, named nowhere else."""
        if self._headline is None or not _ANNOUNCEMENT_HEADLINE.search(self.text, *self._headline):
            return None
        firms = {(m.entity_id or m.canonical): m for m in self.mentions_between(*self._headline)
                 if m.type == "firm" and _LEGAL_SUFFIX.search(m.canonical)}
        others = {(m.entity_id or m.canonical) for m in self.mentions if m.type in ("firm", "place", "park", "government")
                  and m.span[0] >= self._headline[1]}
        return next(iter(firms.values())) if len(firms) == 1 and not others - set(firms) else None

    def only_firm_before(self, offset: int) -> Mention | None:
        named = [m for m in self.mentions if m.type == "firm" and not _PROFESSIONAL_FIRM.search(m.canonical)]
        firms = [m for m in named if m.span[1] <= offset]
        return firms[-1] if firms and len({m.entity_id or m.canonical for m in named}) == 1 else None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        if not self._ordered:
            return [m for m in self.mentions if start <= m.span[0] and m.span[1] <= end]
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.span[1] <= end]

    def government_starts_in(self, start: int, end: int) -> bool:
        """Some government mention starts at an offset from ``start`` to ``end`` (inclusive)."""
        first = bisect.bisect_left(self._government_starts, start)
        return first < len(self._government_starts) and self._government_starts[first] <= end

    def _home_places(self, meta: dict[str, Any], norm_boilerplate) -> dict[str, Mention]:
        """The document's own place at each level, by how often it is named."""
        by_level: dict[str, Counter] = {}
        first: dict[str, Mention] = {}
        firm_starts = {m.span[0] for m in self.mentions if m.type == "firm"}
        for mention in (_place_of_site(m) if m.rule == _SITE_RULE else m for m in self.mentions):
            if (mention is None or mention.type != "place" or mention.span[1] in firm_starts or mention.rule in _AREA_RULES
                    or mention.canonical in _PLACE_GROUPS):
                continue  # 德国克莱恩伯格集团: where a firm is from; 黄山风景区: a sight, not what 全市 means
            if (_COMPARED_WITH_BEFORE.search(self.text, max(0, mention.span[0] - 4), mention.span[0])
                    or _COMPARED_LIST_BEFORE.search(self.text, max(0, mention.span[0] - 30), mention.span[0])
                    or _COMPARED_PLACE_AFTER.match(self.text, mention.span[1])):
                continue  # …，高于绵阳市1.1个百分点，绵阳同期为6.1%: a peer compared with, not what 全市 means
            level = _place_level(mention)
            key = mention.entity_id or mention.canonical
            by_level.setdefault(level, Counter())[key] += 1
            first.setdefault(key, mention)
        home: dict[str, Mention] = {}
        for level, counter in by_level.items():
            home[level] = first[counter.most_common(1)[0][0]]
        body_places = [place for place in map(_place_of_body, self.mentions) if place is not None]
        if len(by_level.get("province", ())) > 1:
            speakers = Counter(place.entity_id or place.canonical for place in body_places
                               if _place_level(place) in ("province", "region"))
            spoken = next((key for key, _ in speakers.most_common() if key in by_level["province"]), None)
            home["province"] = first[spoken or _province_of_places(by_level)]  # 浙江省发展和改革委员会 … 四川's cities: 浙江's 全省
        parks = Counter(m.entity_id or m.canonical for m in self.mentions if m.type == "park")
        if parks:
            key = parks.most_common(1)[0][0]
            home["park"] = next(m for m in self.mentions if (m.entity_id or m.canonical) == key)
        publisher = next((m for m in self.mentions if m.type in ("organization", "government")
                          and not _DISCLAIMER.match(self.text, m.span[1])), None)
        speaking = (_place_of_body(publisher) if publisher is not None
                    and self.text.count("\n", 0, publisher.span[0]) <= 3 else None)  # the body on the notice's front lines
        speaking_level = _place_level(speaking) if speaking is not None else ""
        if (speaking_level in ("city", "province") and speaking_level in home
                and (home[speaking_level].entity_id or home[speaking_level].canonical) != (speaking.entity_id or speaking.canonical)
                and by_level[speaking_level][home[speaking_level].entity_id or home[speaking_level].canonical] < 2):
            home[speaking_level] = speaking  # 郑州市商务局…全市…寿光、张家口等产地: 全市 is the speaking body's city, not an origin named once
        if (speaking is not None and _place_level(speaking) in ("city", "province") and "any" not in home
                and not any(level in home for level in ("city", "province", "region"))):
            home["any"] = speaking  # 常州市公安局交通警察支队…| 天宁区 | 38 |: the city that speaks, not the first district it lists
        elif (speaking is not None and "any" not in home and _place_level(speaking) in ("province", "region")
              and _place_level(speaking) not in home and all(_within(m, speaking) for m in home.values() if m.type == "place")):
            home["any"] = speaking  # 湖北省发展和改革委员会 … 武汉市、襄阳市、宜昌市分别安排项目: the province that speaks
        if "any" not in home:
            for level in ("city", "province", "region", "county", "town", "place"):
                if level in home:
                    home["any"] = home[level]
                    break
        for place in body_places:  # 襄阳市生态环境局 …全市: the city whose body speaks, when no city is named
            home.setdefault(_place_level(place), place)
            first.setdefault(place.entity_id, place)
        self._publisher_place = _publisher_place(publisher.text if publisher else "", meta, self.text)
        sentence_ends = [match.start() for match in re.finditer(r"[。！？!?\n]", self.text)]
        seen_from_hk_or_macau = _HK_OR_MACAU_HOME.search(self.text) is not None
        named = [m for m in self.mentions if m.type == "place" and m.span[1] not in firm_starts and m.rule not in _AREA_RULES
                 and m.canonical not in _PLACE_GROUPS  # 国际及港澳台快递业务: a kind of destination, not the notice's place
                 and not (m.canonical == "内地" and seen_from_hk_or_macau)]  # 拓展内销市场…「内地计划」: the market a HK fund serves
        named_keys = {m.entity_id or m.canonical for m in named}
        place_counts = Counter(
            key for key, _ in {
                (m.entity_id or m.canonical, bisect.bisect(sentence_ends, m.span[0]))
                for m in (*named, *(p for p in body_places if p.entity_id in named_keys))
            }
        )  # sentences naming the place, also by its body (莒县 … 莒县人民政府): one sentence listing 灵山采石场 and 灵山花境 names it once
        ranked = place_counts.most_common(2)
        body_counts = Counter(
            key for key, _ in {
                (m.entity_id or m.canonical, bisect.bisect(sentence_ends, m.span[0]))
                for m in self.mentions if m.type in ("government", "firm")
            }
        )
        bodies = body_counts.most_common(2)
        self._main_body = None  # a notice about no place, whose one body is named in several sentences (税务局)
        if bodies and bodies[0][1] >= 2 and (len(bodies) == 1 or bodies[0][1] > bodies[1][1]):
            self._main_body = next(m for m in self.mentions if (m.entity_id or m.canonical) == bodies[0][0])
        self._dominant_place = None
        self._dominant_sentences = 0
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            self._dominant_place = first[ranked[0][0]]
            self._dominant_sentences = ranked[0][1]
        title_place = self._title_place(norm_boilerplate)
        self._headline_place = title_place is not None
        self._title_place_span = title_place.span if title_place is not None else None
        if self._headline is not None and "any" in home and _place_level(home["any"]) in ("county", "place"):
            start, end = self._headline
            speaker = next((p for p in body_places if start <= p.span[0] < end
                            and _place_level(p) in ("city", "province", "region")), None)
            if speaker is not None:  # 国家税务总局青岛市税务局关于…的通报 … 到市南区东海路办理: the city whose body writes
                home["any"] = speaker
        if title_place is not None:
            self._dominant_place = title_place
        elif self._title_scope is not None:
            self._dominant_place = None  # 1-11月全国规模以上工业企业…: a national headline
        return home

    def _title_place(self, boilerplate) -> Mention | None:
        """A place named in the notice's headline (its first short line), or the place of the body it
        heads (固始县人力资源和社会保障局关于…的公告), is the notice's own place; a headline naming
        none but 全国 or 我国 makes the notice national."""
        self._title_scope = None
        self._title_outer = None  # 阿坝州 of 阿坝州松潘县发生5.6级地震
        self._headline = None
        banner_places: list[Mention] = []
        for line in re.finditer(r"[^\n]+", self.text):
            if any(start <= line.start() and line.end() <= end for start, end in boilerplate):
                continue
            if len(line.group(0)) > 60 or "。" in line.group(0):
                return None
            named = [m for m in self.mentions if line.start() <= m.span[0] < line.end()]
            if _BREADCRUMB.match(line.group(0)) or _PATH_IN_LINE.search(line.group(0)) or _PAGE_DATELINE.match(line.group(0)):
                if not _PAGE_DATELINE.match(line.group(0)):  # 湖南省生态环境厅 > 信息公开 > …: the site's owner's place
                    banner_places = banner_places or [p for p in map(_place_of_body, reversed(named)) if p is not None]  # (the last body is the site's)
                continue  # 首页 > 院务公开 > 工作总结, 江汉区人民政府门户网站 首页 > …: the site's path, not the headline
            if (len(named) == 1 and named[0].type in ("government", "organization")
                    and _LATIN_TAIL.sub("", line.group(0).strip()) == named[0].text and self._headline is None):
                self._headline = line.span()  # 江苏省统计局⏎2025年1-9月昆山市经济运行情况: the body's line, then the headline
                continue
            if (len(named) == 1 and named[0].type == "firm" and line.group(0).strip() == named[0].text
                    and _BREADCRUMB.match(self.text, line.end() + 1)):
                continue  # 河南机场集团有限公司⏎首页 > 新闻中心: a firm's site banner over its path, not the headline
            if _NAV_BAR.match(line.group(0)):
                continue  # 主页 ▏ 关于本局 ▏ 新闻稿 ▏ …: the site's menu, not the headline
            if _SITE_BANNER.search(line.group(0)):
                banner_places = banner_places or [p for p in map(_place_of_body, named) if p is not None]
                continue  # 兰州市体育局 繁体版 | 简体版 | 无障碍浏览: the site's banner, not the headline (but its owner's place)
            self._headline = line.span()
            firms = [m.span for m in named if m.type == "firm"]  # 江苏澄远新材料股份有限公司2024年年度报告摘要: the firm's, not 江苏's
            places = [m for m in named if m.type == "place" and not any(a <= m.span[0] and m.span[1] <= b for a, b in firms)] or [
                p for p in map(_place_of_body, named) if p is not None]
            national = _NATION_IN_LINE.search(line.group(0))
            if not places and national:
                self._title_scope = national.group(0)
            if places:
                innermost = _innermost_adjacent(places)
                self._title_outer = places[0] if innermost is not places[0] else None
                return innermost
            return banner_places[0] if banner_places and not national else None
        return None

    def scope(self, word: str, national: bool = False, at: int = -1) -> _Resolved | None:
        """What a scope word stands for; ``national``: the sentence cites a national source (据国家统计局公布，…全社会…)."""
        level = _SCOPE_WORDS[word]
        if level == "society":  # 全社会: the whole of the place the headline names (全社会研发投入强度 in a county's report)
            sentence_start = _sentence_start(self.text, at) if at > 0 else at
            opened = [m for m in self.mentions_between(sentence_start, at) if m.type in ("park", "place")]
            if opened and not national:
                return self.resolved(opened[-1], "facts.subject.scope.v1")  # 合肥高新区…，全社会研发投入强度: the place the sentence is about
            if self._headline_place and self._dominant_place is not None and not national:
                return self.resolved(self._dominant_place, "facts.subject.scope.v1")
            level = "nation"
        if level == "nation":
            return _Resolved("全国" if word != "我国" else "我国", "", "facts.subject.scope.v1")
        if level in ("hk", "macau"):
            name = "香港" if level == "hk" else "澳门"
            named = next((m for m in self.mentions if m.type == "place" and name in (m.text, m.canonical[:2])), None)
            if named is None and word == "全港" and not self._about_hong_kong:
                start, end = self._headline or (0, 0)
                port = next((m for m in self.mentions_between(start, end) if m.type == "place" and m.text.endswith("港")), None)
                if port is None and at > 0:  # …连云港港完成货物吞吐量2.65亿吨。其中，全港…: the port named before, in its paragraph
                    paragraph = self.text.rfind("\n", 0, at) + 1
                    port = next((m for m in reversed(self.mentions_between(paragraph, at))
                                 if m.type == "place" and m.text.endswith("港")), None)
                if port is not None:
                    return self.resolved(port, "facts.subject.scope.v1")  # 连云港港9月吞吐量…⏎…全港: the port the headline names
            return self.resolved(named, "facts.subject.scope.v1") if named else _Resolved(name, "", "facts.subject.scope.v1")
        if level == "school":  # 我校: the university or school the notice names
            return self.resolved(self._named_school, "facts.subject.scope.v1") if self._named_school is not None else None
        if level == "institute":  # 我院, 本院: the hospital, court or institute the notice names
            return self.resolved(self._named_institute, "facts.subject.scope.v1") if self._named_institute is not None else None
        dominant = self._dominant_place
        if level == "city" and dominant is not None and dominant.canonical.endswith("市") and _place_level(dominant) == "county":
            return self.resolved(dominant, "facts.subject.scope.v1")  # 昆山市…全市…苏州市: the county-level city the notice is about
        if level in ("region", "park") and self.notice_park is not None:
            return self.resolved(self.notice_park, "facts.subject.scope.v1")  # 芜湖经济技术开发区（简称…）…全区规划面积
        if level == "region" and "park" in self.home and self._headline_park is not None and "region" not in self.home:
            return self.resolved(self._headline_park, "facts.subject.scope.v1")  # 西安高新区2024年工作总结 … 全区: the zone
        district = self.home.get("county")
        if (level == "region" and district is not None and "region" not in self.home and district.canonical.endswith("区")
                and dominant is not None and dominant.entity_id == district.entity_id):
            return self.resolved(district, "facts.subject.scope.v1")  # 武侯区…全区…四川省民生实事: the district, not its province
        candidates = {"city": ("city",), "province": ("province", "region"), "region": ("region", "province", "county"),
                      "county": ("county",), "town": ("town",), "park": ("park",)}[level]
        for candidate in candidates:
            if candidate in self.home:
                return self.resolved(self.home[candidate], "facts.subject.scope.v1")
        home = self.home.get("any")
        if (level == "province" and home is not None and _CODE_LEVEL.match(home.entity_id) and _place_level(home) in ("city", "county")
                and home.entity_id[6:8] not in _MUNICIPALITIES):  # (a district's name is often ambiguous: 通州区, 鼓楼区)
            province = get_gazetteer().province_of(home.entity_id[6:])
            if province is not None:  # 全省 under a table of 安庆市, 池州市…: their province, not the first city
                return _Resolved(province.name, f"place:{province.code}", "facts.subject.scope.v1")
        if home is not None and level != "park" and not (
                level in ("county", "city", "province", "region") and _place_level(home) in ("town", "place")) and not (
                level == "city" and _place_level(home) == "county" and not home.canonical.endswith("市")):  # 全市 is no district
            return self.resolved(home, "facts.subject.scope.v1")  # (全县 is no town the notice lists)
        return None

    def _headline_scope_above(self, dominant: Mention) -> _Resolved | None:
        """全省, 全市 or 全县 in a headline that names no place: the notice is about that whole, not about a
        smaller place its body names most often."""
        if self._headline is None or self._headline_place:
            return None
        own = _LOCAL_SCOPE.search(self.text, *self._headline)
        if own is None or _RANKED_IN_SCOPE.search(self.text, max(self._headline[0], own.start() - 4), own.start() + 6):
            return None  # 前三季度主要经济指标增速位居全省前列: a rank in the province, not the province's figures
        level = _SCOPE_WORDS[own.group(0)]
        if level not in ("province", "city", "county") or _LEVEL_RANK[level] <= _LEVEL_RANK.get(_place_level(dominant), 0):
            return None
        resolved = self.scope(own.group(0))
        return resolved if resolved is not None and resolved.text != dominant.canonical else None

    @cached_property
    def notice_park(self) -> Mention | None:
        """The park a notice introduces by name and short name, then calls 园区, 全区 or 经开区."""
        park = self.home.get("park")
        if park is None or self._headline_place or len(_PARK_SCOPE.findall(self.text)) < 2:
            return None
        if _SHORT_NAMED.search(self.text, park.span[1], park.span[1] + 4):
            return park
        kind = "经开区" if park.canonical.endswith("经济技术开发区") else "高新区" if park.canonical.endswith("高新技术产业开发区") else "园区"
        bare = re.search(rf"(?<![\u4e00-\u9fff]){kind}", self.text)  # 合肥经开区发布⏎经开区1-5月经济运行简报: the account's park
        return park if bare and self.text.count("\n", 0, park.span[0]) <= 2 else None

    @cached_property
    def self_named_firm(self) -> Mention | None:
        """The firm the notice names 公司 or 本公司 (…有限公司（以下简称“公司”）)."""
        return next((m for m in self.mentions if m.type == "firm" and _SELF_NAMED.match(self.text, m.span[1])), None)

    @cached_property
    def announcing_firm(self) -> Mention | None:
        return next((m for m in self.mentions if m.type == "firm" and (
            _SELF_NAMED.match(self.text, m.span[1]) or _PARTY_LINE.search(self.text, max(0, m.span[0] - 10), m.span[0])
            or _SECURITIES_NAME.search(self.text, max(0, m.span[0] - 8), m.span[0]))), None) or self._signing_firm

    @property
    def _signing_firm(self) -> Mention | None:
        """…我行决定…⏎特此公告。⏎江苏吴淞江农村商业银行股份有限公司⏎2025年5月20日: the firm that signs a notice
        speaking of itself as 我行 or 本公司."""
        if not _SELF_WORD.search(self.text):
            return None
        return next((m for m in reversed(self.mentions) if m.type == "firm" and m.span[0] > len(self.text) // 2
                     and self.text[self.text.rfind("\n", 0, m.span[0]) + 1:m.span[0]].strip() == ""
                     and _SIGNATURE_AFTER.match(self.text, m.span[1])), None)

    @cached_property
    def _reporting_firm(self) -> Mention | None:
        """嘉兴南湖泽丰农村商业银行股份有限公司2024年度社会责任报告 … 本行: the firm whose own report the headline opens on."""
        if self._headline is None or not _SELF_REFERENCE.search(self.text, self._headline[1]):
            return None
        start, end = self._headline
        firm = next((m for m in self._headline_mentions if m.type == "firm"), None)
        if firm is None or self.text[start:firm.span[0]].strip() or not LEGAL.search(firm.canonical):
            return None
        return firm if _OWN_REPORT.match(self.text, firm.span[1], end) else None

    @cached_property
    def headline_works(self) -> str:
        """两当至成县高速公路建成通车: the road, line or project the headline opens on, which 项目/全线 then stand for."""
        if self._headline is None:
            return ""
        found = _HEADLINE_WORKS.match(self.text, self._headline[0], self._headline[1])
        return found.group(1) if found else ""

    @cached_property
    def _headline_event(self) -> str:
        """2025兰州马拉松男子全程赛会纪录被刷新: the event the headline names and the body names again."""
        return self._headline_event_match.group(1) if self._headline_event_match else ""

    @cached_property
    def _headline_event_match(self) -> re.Match | None:
        if self._headline is None:
            return None
        found = _HEADLINE_EVENT.search(self.text, self._headline[0], self._headline[1])
        if found is None or self.text.find(found.group(2), self._headline[1]) < 0:
            return None
        return found

    @cached_property
    def named_event(self) -> re.Pattern | None:
        """本届进博会, 第八届进博会: the headline's event as the body writes it, to keep out of metrics."""
        found = self._headline_event_match
        return re.compile(rf"(?:本届|第[一二三四五六七八九十百\d]{{1,4}}届)?{re.escape(found.group(2))}") if found else None

    @cached_property
    def _headline_institution(self) -> Mention | None:
        if self._headline is None:
            return None
        start, end = self._headline
        procurement = _PROCUREMENT_HEADLINE.search(self.text, start, end) is not None
        return next((m for m in self._headline_mentions if (m.type == "organization" and _INSTITUTION.search(m.canonical))
                     or (m.type == "government" and m.canonical.endswith(("人民法院", "人民检察院", "街道办事处")))
                     or (procurement and m.type == "government" and m.span[0] == start)),
                    None)  # 安吉县人民法院工作报告, 民意街道办事处2024年工作总结, 鄞州区教育局…采购项目成交结果公告: the purchaser

    @cached_property
    def _local_home(self) -> Mention | None:
        """The province or city a notice calls 我省 or 全省 at least twice, when its body or a place names it."""
        if "我国" in self.text:
            return None
        counts = Counter(_SCOPE_WORDS[match.group(0)] for match in _LOCAL_SCOPE.finditer(self.text))
        for level, count in counts.most_common():
            if count >= 2 and level in ("province", "city") and level in self.home:
                return self.home[level]
        return None

    @cached_property
    def _first_person_body(self) -> Mention | None:
        """The school of a notice that calls itself 我校 or 本校 (a university's own news site), or the
        hospital or court that calls itself 我院 or 本院."""
        if "我校" in self.text or "本校" in self.text:
            return self._named_school
        if "我院" in self.text or "本院" in self.text:
            return self._named_institute
        return None

    @cached_property
    def _named_institute(self) -> Mention | None:
        """The hospital or court a notice is by: the one on its front lines, else the one it names most (twice at least)."""
        named = [m for m in self.mentions if m.type in ("organization", "government") and _INSTITUTE.search(m.canonical)]
        first_self = min((at for at in (self.text.find("我院"), self.text.find("本院")) if at >= 0), default=-1)
        before = [m for m in named if m.span[1] <= first_self]
        if before:
            return before[-1]  # 南京大学医学院新闻：我院…: the institution named last before it speaks of itself
        counts = Counter(m.canonical for m in named)
        top = counts.most_common(1)[0] if counts else None
        return next(m for m in named if m.canonical == top[0]) if top and top[1] >= 2 else None

    @cached_property
    def _named_school(self) -> Mention | None:
        return next((m for m in self.mentions if m.type == "organization" and _SCHOOL.search(m.canonical)), None)

    @cached_property
    def _headline_mentions(self) -> list[Mention]:
        return self.mentions_between(*self._headline) if self._headline is not None else []

    @cached_property
    def _headline_park(self) -> Mention | None:
        return next((m for m in self._headline_mentions if m.type == "park"), None)

    @cached_property
    def _headline_site(self) -> Mention | None:
        return next((m for m in self._headline_mentions if m.rule == _SITE_RULE), None)

    @cached_property
    def _about_hong_kong(self) -> bool:
        return bool(_HONG_KONG_WORDS.search(self.text))

    @cached_property
    def _market(self) -> str:
        markets = Counter(match.group(1) for match in _MARKET.finditer(self.text))
        if sum(markets.values()) < 3:
            return ""
        whole = next((market for market in _WHOLE_MARKETS if market in markets), None)
        return whole or markets.most_common(1)[0][0]  # A股 over its boards (科创板, 创业板): the market the boards are parts of

    @cached_property
    def place_surfaces(self) -> frozenset[str]:
        return frozenset(self.resolved(m, "").text for m in self.mentions if m.type == "place")

    @property
    def title_outer(self) -> Mention | None:
        """The place the headline names before a place inside it (阿坝州 of 阿坝州松潘县…)."""
        return self._title_outer

    def document_subject(self) -> _Resolved:
        return self._document_subject

    @cached_property
    def _approved_project(self) -> str:
        """甘肃省发展和改革委员会关于瓜州北大桥第八风电场50万千瓦项目核准的批复: the project an approval is for;
        …老旧小区改造工程（一标段）施工招标公告: the works a tender is for."""
        found = (_APPROVED_PROJECT.search(self.text, 0, 400)  # in the title, below any banner and index lines
                 or _TENDERED_WORKS.search(self.text, 0, 400))
        return found.group(1) if found and "年" not in found.group(1) else ""

    @cached_property
    def _document_subject(self) -> _Resolved:
        if self.announcing_firm is not None:  # 澄源新材料股份有限公司（「本公司」）董事会欣然宣布…: its own results
            return self.resolved(self.announcing_firm, "facts.subject.main_body.v1")
        if self._approved_project:
            return _Resolved(self._approved_project, "", "facts.subject.document.v1")  # the approved works' own figures
        if self._headline_event:
            return _Resolved(self._headline_event, "", "facts.subject.event.v1")  # 3.5万名跑者参赛: the marathon's
        if self._publisher_place == "台湾":
            return replace(_taiwan_as_written(self.text), rule="facts.subject.document.v1")
        if self._publisher_place:
            return _Resolved(self._publisher_place, "", "facts.subject.document.v1")
        if self._dominant_place is None and self._title_scope is not None:
            return _Resolved(self._title_scope, "", "facts.subject.document.v1")
        institution = self._headline_institution
        if institution is not None and (not self._headline_place or (
                self._title_place_span is not None and institution.span[0] <= self._title_place_span[0] < institution.span[1])):
            return self.resolved(self._headline_institution, "facts.subject.document.v1")  # 兰州交通大学2025届毕业生就业质量年度报告
        if self._first_person_body is not None and not self._headline_place:
            return self.resolved(self._first_person_body, "facts.subject.document.v1")  # 我校…-江苏科技大学新闻网
        if self._headline_park is not None and not self._headline_place and self._dominant_sentences < 3:
            return self.resolved(self._headline_park, "facts.subject.document.v1")  # 西安高新区2024年工作总结
        if self.notice_park is not None:
            return self.resolved(self.notice_park, "facts.subject.document.v1")  # 芜湖经济技术开发区（简称“芜湖经开区”）…全区…园区…
        if self.main_firm is not None and not self._headline_place and (
                LEGAL.search(self.main_firm.canonical) or self.main_firm.canonical.endswith("银行")):
            return self.resolved(self.main_firm, "facts.subject.main_body.v1")  # 星衡智能2024年营收38.62亿元: its report
        if self._reporting_firm is not None:
            return self.resolved(self._reporting_firm, "facts.subject.main_body.v1")
        if self._headline_announcer is not None:
            return self.resolved(self._headline_announcer, "facts.subject.main_body.v1")
        if self._dominant_place is not None and (scoped := self._headline_scope_above(self._dominant_place)) is not None:
            return scoped  # 1—10月全省规上工业增加值增长6.2% … 榆林市投资增速居第2位 …| 榆林市 | 5.6 |: the province's
        if self._dominant_place is not None:
            return self.resolved(self._dominant_place, "facts.subject.document.v1")
        if self._headline_site is not None and not self._headline_place:
            return self.resolved(self._headline_site, "facts.subject.document.v1")  # 郑州机场2024年旅客吞吐量…: the airport's
        if self._market:
            return _Resolved(self._market, "", "facts.subject.market.v1")  # a story about the A-share market
        if self._local_home is not None:
            return self.resolved(self._local_home, "facts.subject.document.v1")  # 四川省财政厅…我省…全省…全国银行间债券市场
        own = _LOCAL_SCOPE.search(self.text, *self._headline) if self._headline else None
        if own is not None and (resolved := self.scope(own.group(0))) is not None:
            return _Resolved(resolved.text, resolved.entity_id, "facts.subject.document.v1")  # 1—10月全省规模以上工业…高于全国: the province's
        for word in ("我国", "全国"):
            if _NATION_WORD[word].search(self.text):
                return _Resolved(word, "", "facts.subject.document.v1")
        branch = next((found for m in self.mentions if m.type == "government" and (found := _central_bank_branch(m.canonical))), None)
        if branch is not None:
            return _Resolved(branch[0], branch[1], "facts.subject.publisher_place.v1")  # 中国人民银行天津分行数据显示，辖内…
        if ("any" not in self.home or not _CODE_LEVEL.match(self.home["any"].entity_id)) and any(
            (m.type == "government" and re.match(r"(?:国家|国务院|中央|中国)|\w{1,8}部$", m.canonical))
            or (m.type == "organization" and _NATIONAL_ASSOCIATION.match(m.canonical)) for m in self.mentions
        ):  # 中国汽车工业协会发布…: a national body's figures are the nation's (exports to 欧洲 make no home)
            local = Counter(match.group(0) for match in _LOCAL_SCOPE.finditer(self.text))
            if local and local.most_common(1)[0][1] >= 2 and "park" not in self.home:  # 全县…, 按国家统计局标准
                return _Resolved(local.most_common(1)[0][0], "", "facts.subject.scope.v1")
            if self.taiwan_script and not any(m.type == "government" and m.canonical.startswith(("国家", "国务院", "中央", "中国"))
                                              for m in self.mentions):  # 財政部今天公布10月出口值: Taiwan's ministry (not 國家統計局 reposted)
                return replace(_taiwan_as_written(self.text), rule="facts.subject.document.v1")
            return _Resolved("全国", "", "facts.subject.national.v1")
        if "any" in self.home:
            return self.resolved(self.home["any"], "facts.subject.document.v1")
        if "park" in self.home:
            return self.resolved(self.home["park"], "facts.subject.document.v1")
        if _SCOPE.search(self.text):
            for word in ("我国", "全国"):
                if _NATION_WORD[word].search(self.text):
                    return _Resolved(word, "", "facts.subject.document.v1")
        local_level = next((_SCOPE_WORDS[m.group(0)] for m in _LOCAL_SCOPE.finditer(self.text) if _SCOPE_WORDS[m.group(0)] in self.home), None)
        if local_level is not None:
            return self.resolved(self.home[local_level], "facts.subject.document.v1")  # 我县… on 安吉县水利局's page: 安吉县
        if self._main_body is not None:
            return self.resolved(self._main_body, "facts.subject.main_body.v1")
        return _Resolved("", "", "facts.subject.none.v1")


# 香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责: the exchange's disclaimer, not who speaks
_PARK_SCOPE = re.compile(r"(?<![\u4e00-\u9fff])(?:园区|经开区|高新区|开发区|新区|全区|区内)")
_SHORT_NAMED = re.compile(r"[（(](?:以下)?简称")
_APPROVED_PROJECT = re.compile(
    r"关于([\u4e00-\u9fff\d.]{2,30}?(?:风电场|光伏电站|光伏|电站|储能|公路|铁路|大桥|隧道|水库|管道|线路|变电站|工程|厂)"
    r"[\u4e00-\u9fff\d.]{0,12}?项目)(?:核准|备案|可行性研究报告|初步设计|节能报告)的(?:批复|复函)")
_NAV_BAR = re.compile(r"\s*[^\s▏|｜│]{1,8}(?:\s*[▏|｜│]\s*[^\s▏|｜│]{1,8}){3,}\s*$")
_LATIN_TAIL = re.compile(r"\s+[A-Za-z][A-Za-z .,'’&-]*$")  # 澳门特别行政区政府体育局 Instituto do Desporto: its name in another tongue
_HEADLINE_EVENT = re.compile(
    r"((?:(?:19|20)\d{2}年?|第[一二三四五六七八九十百\d]{1,4}届)?((?:(?<![\u4e00-\u9fff])|(?<=届))[\u4e00-\u9fff]{2,8}?(?:国际|全国)?"
    r"(?:半程马拉松|马拉松|运动会|博览会|交易会|展览会|文化节|旅游节|艺术节|音乐节|电影节|啤酒节|美食节|灯会|庙会|越野赛|自行车赛|骑行赛)"
    r"|进博会|广交会|服贸会|消博会|链博会|数博会|投洽会|高交会|厦洽会|西洽会|农博会|文博会|工博会|华交会|东博会|糖酒会))"
)
_TENDER_LOT = re.compile(
    r"(?:^|(?<=[，,；;：:、。\s])|(?<=项目))((?:合同包|采购包|分包|标段|标包|包件)\s*[0-9一二三四五六七八九十]{1,3}号?|第[0-9一二三四五六七八九十]{1,3}(?:包|标段|标包|合同包|采购包)"
    r"|[0-9一二三四五六七八九十]{1,3}号?标段)(?=[\u4e00-\u9fff（(]|为|[:：])")
_TENDER_LOT_IN_METRIC = re.compile(
    r"^(?:本|该)?(?:项目)?(?:(?:合同|采购)?(?:包|标段|标包|包件)\s*[0-9一二三四五六七八九十]{1,3}号?"
    r"|第[0-9一二三四五六七八九十]{1,3}(?:包|标段|标包|合同包|采购包)|[0-9一二三四五六七八九十]{1,3}号?标段)")


_INCREMENT_MOVE = re.compile(r"(多增|少增|多减|少减)了?$")
_BOTH_WORDS = frozenset({"两者", "二者", "三者", "两项", "三项", "两项指标", "三项指标", "前者", "后者"})
_BACKING_LEAD = re.compile(r"^提供(?:的)?")
_BACKING_AFTER = re.compile(r"提供(?:的)?(?:[\u4e00-\u9fff]{0,8}(?:担保|保证|反担保|借款|财务资助|授信)|[^，。；;]{0,30}?(?:担保|保证))")
_GUARANTEE_CLAUSE = re.compile(r"\s*(?:本次)?(?:担保|保证|借款|财务资助)(?:金额|额度|本金|期限|余额)")
_BACKED_LEAD = re.compile(r"为(?:其?(?:全资|控股|参股)?(?:子公司|孙公司))?$")


def _backed_firm(text: str, clause_start: int, figure: Figure, context: "_DocumentContext") -> "_Resolved | None":
    """为瑞澜新能源提供担保金额为2亿元, 为南通瑞澜提供8,000万元连带责任保证: whom a guarantee or a loan is for."""
    if _GUARANTEE_CLAUSE.match(text, clause_start) and clause_start > 0:
        clause_start = _previous_clause_start(text, clause_start - 1)  # 为华星科技提供担保，担保金额5000万元
    if text.find("提供", clause_start, figure.span[0]) < 0:
        return None
    for mention in context.mentions_between(clause_start, figure.span[0]):
        if (mention.type == "firm" and _BACKED_LEAD.search(text, max(clause_start, mention.span[0] - 9), mention.span[0])
                and _BACKING_AFTER.match(text, mention.span[1])):
            return context.resolved(mention, "facts.subject.backed.v1")
    return None


def _tender_lot(text: str, sentence: "Sentence", figure: Figure) -> str | None:
    """合同包1保洁面积约152.3万平方米，作业人员不少于220人；合同包2…: the lot of a tender each part of a sentence is about."""
    part_start = max(text.rfind("；", sentence.span[0], figure.span[0]), text.rfind(";", sentence.span[0], figure.span[0]), sentence.span[0] - 1) + 1
    lots = _TENDER_LOT.findall(text, part_start, figure.span[0])
    return lots[-1] if lots else None


_LOT_OVERRIDABLE = _FALLBACK_SUBJECTS | {"facts.subject.document.v1", "facts.subject.carried.v1"}
_LOT_LEAD = re.compile(r"\s*((?:19|20)\d{2}[-—]?[A-Z]{1,3}[-—]?\d{1,4}号?|[A-Z]{2,6}\d{4,}[-—\dA-Z]*号?)地块")
_HOSTING_AFTER = re.compile(
    r"(?:[、和及与][^，,。；;“”\"]{2,20}?)?(?:等(?:单位|部门|机构))?(?:联合|共同)?(?:主办|承办|协办|指导|运营|执行)(?=[，,。；;]|$)")
_SIGNATURE_AFTER = re.compile(r"[ \t]*(?:董事会|监事会)?[ \t]*(?:\n|$)")
_SITE_BANNER = re.compile(r"繁体版|简体版|无障碍|设为首页|加入收藏|字[体号][：:]\s*[大中小]|【(?:打印|关闭|打印本页|关闭窗口)】|(?:门户|官方)网站\s*$|^[^\d\s]{2,20}\s+(?:政府)?信息公开(?:专栏|平台)?\s*$|^(?!\s*\|)[^|\d]{1,20}(?: \| [^|\d]{1,12}){2,}$")
_TENDERED_WORKS = re.compile(
    r"(?:^|\n)(?:关于)?([\u4e00-\u9fff\d.]{2,30}?(?:工程|项目))(?:[（(][^（）()\n]{1,8}[)）])?"
    r"(?:施工|监理|设计|勘察|勘察设计|设计施工|工程总承包|总承包|EPC)?(?:招标|比选)公告\s*(?:\n|$)")
_PROCUREMENT_HEADLINE = re.compile(r"采购(?:项目|意向|需求|计划)|(?:中标|成交|招标|比选|询价|磋商|谈判)(?:结果|候选人|公告|公示)")
_PAGE_DATELINE = re.compile(
    r"\s*(?:发布(?:时间|日期|机构)|时间|日期|来源|信息来源|文章来源|作者|浏览次数|点击数|索引号|生成日期|成文日期|文号|主题分类)[：:]")  # the page's own line
_PATH_IN_LINE = re.compile(r"(?:首页|网站首页|主页)\s*[>＞»]|^\s*(?:首页|网站首页|主页)(?:\s+\S{2,8}){2,}\s*$|^\s*[^>＞»\n]{1,12}(?:\s*[>＞»]\s*[^>＞»\n]{1,12}){2,}\s*$")  # 陕西网 > 新闻 > 经济
_BREADCRUMB = re.compile(r"\s*(?:您(?:现在)?的?位置[：:])?\s*(?:首页|网站首页|主页)\s*[>＞»/]")
_HEADLINE_WORKS = re.compile(r"\s*([\u4e00-\u9fff]{2,14}?(?:高速公路|铁路|城际铁路|高铁|大桥|特大桥|隧道|机场|快速路|轨道交通\d+号线|地铁\d+号线))")
_WORKS_ANAPHOR = re.compile(r"\s*(?:该|本)?(?:项目|工程)(?!建设单位|业主)|\s*全线")
_SECURITIES_NAME = re.compile(SECURITIES_LEAD + "$")  # the firm a listed company's announcement names: the announcing firm
_PARTY_LINE = re.compile(r"(?:^|\n)(?:当事人|被处罚人|被处罚单位)(?:名称)?[：:]\s*$")  # 行政处罚决定书: 当事人：…有限公司
_NOT_FORECAST = r"(?![^，,。；;]{0,8}(?:预计|预测|认为|判断|估计|测算))"  # a firm's view of the economy is not its own figure
_SELF_IN_CLAUSE = re.compile(r"(?:[我本]行(?![业政为人])|我公司|我司|本公司)" + _NOT_FORECAST)  # not 我行预计全年社会消费品零售总额…
_SELF_REFERENCE = re.compile(r"(?<![\u4e00-\u9fff])(?:本行|本公司|本集团)|[。，；\n](?:我行|我公司)")
_OWN_REPORT = re.compile(
    r"\s*(?:(?:19|20)\d{2}年?(?:度|第[一二三四]季度|半年度|上半年)?)?\s*(?:社会责任|可持续发展|环境、社会及治理|ESG|年度|年|半年度|季度)?"
    r"(?:报告|年报)(?:摘要|全文)?\s*$")
_SELF_NAMED = re.compile(r"\s*[（(](?:以下)?(?:简称)?[「“\"]?(?:本公司|公司|本集团|本行|我行|我公司|我司)[」”\"]?")  # …有限公司（「本公司」）
_DISCLAIMER = re.compile(r"[^。\n]{0,30}对本公告的内容概不负责")
_SCHOOL = re.compile(r"(?:大学|学院|学校|中学|小学|幼儿园)$")
_INSTITUTION = re.compile(r"(?:大学|学院|学校|中学|小学|幼儿园|医院|卫生院|保健院|博物馆|图书馆|研究院|研究所|血液中心|急救中心|疾病预防控制中心|疾控中心)$")  # 霍山县人民医院2024年工作总结
_PUBLISHER_PLACES = (("澳门", "澳门"), ("香港", "香港"), ("港台", "香港"), ("台湾", "台湾"))


def _publisher_place(publisher: str, meta: dict[str, Any], text: str) -> str:
    for prefix, place in _PUBLISHER_PLACES:
        if publisher.startswith(prefix):
            return place
    url = str(meta.get("url") or "")
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
    if host.endswith(".mo"):
        return "澳门"
    if host.endswith(".hk"):
        return "香港"
    if host.endswith(".tw") or _roc_dated(text):
        return "台湾"  # 114年10月外销订单统计: dated in the Republic of China era
    if publisher.endswith(("署", "处")) and len(set(_HONG_KONG_OWN_WORDS.findall(text))) >= 2:
        return "香港"  # 工业贸易署…港元…本港: a Hong Kong department
    if _HONG_KONG_ONLY_BODY.search(text, 0, _FRONT_LINES):
        return "香港"  # 政府统计处公布最新失业率: a body only Hong Kong has, on the notice's front lines
    if _MACAU_ONLY_BODY.search(text, 0, _FRONT_LINES):
        return "澳门"
    return ""


_FRONT_LINES = 200
_HONG_KONG_ONLY_BODY = re.compile(r"政府统计处|差饷物业估价署|土地注册处|警务处|入境事务处|渔农自然护理署|工业贸易署|库务署|财经事务及库务局"
                                  r"|香港金融管理局|金管局|房屋署|社会福利署|卫生防护中心|康乐及文化事务署|财政司司长")
_MACAU_ONLY_BODY = re.compile(r"统计暨普查局|经济及科技发展局|博彩监察协调局|治安警察局|司法警察局|澳门金融管理局|旅游局局长|地球物理气象局|劳工事务局")


_ROC_DATE = guarded(re.compile(r"(?<![\d年])1[01]\d年(?:1[0-2]|[1-9])月|(?<![\d-])1[01]\d-[01]\d-[0-3]\d(?![\d-])"))


_COMPARED_WITH_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|多于|少于|超过|不及|好于|优于|相邻的|邻近的|比|较)$")
_COMPARED_PLACE_AFTER = re.compile(r"(?:市|县|区)?的?同期")
_BASE_YEAR_BEFORE = re.compile(r"(?:较|比|超过|超越|高于|低于|相当于)(?:去年|上年|前年|\d{4}年)?$")
_COMPARED_LIST_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|多于|少于|不及|好于|优于)[^，,。；;]{1,24}、$")  # 低于深圳（5.8%）、苏州


def _place_of_site(mention: Mention) -> Mention | None:
    """杭州萧山国际机场 -> 杭州: the place an airport or a station is named after."""
    found = get_gazetteer().match_at(mention.text, 0)
    if found is None or found[1].type != "place":
        return None
    entry = found[1]
    return Mention(mention.text[:found[0]], (mention.span[0], mention.span[0] + found[0]), "place", entry.canonical,
                   "entities.gazetteer.place.v1", entry.entity_id)


_TOWN_BODY = re.compile(r"([\u4e00-\u9fff]{2,4}(?:镇|乡|街道))(?:人民政府|党委|办事处)$")


_LOCAL_ORGANIZATIONS = ("红十字会", "总工会", "妇联", "妇女联合会", "残疾人联合会", "残联", "科学技术协会", "科协", "文联", "侨联")


def _place_of_body(mention: Mention) -> Mention | None:
    """襄阳市生态环境局 -> 襄阳市: the division a government body is named after, as a place at the body's span
    (温州市红十字会, 洛阳市残疾人联合会: a people's organization of the division too)."""
    if mention.type != "government" and not (mention.type == "organization" and mention.canonical.endswith(_LOCAL_ORGANIZATIONS)):
        return None
    name = _NATIONAL_PARENT.sub("", mention.canonical)  # 国家税务总局青岛市税务局 -> 青岛市税务局
    found = get_gazetteer().match_at(name, 0)
    division = found is not None and found[1].type == "place" and found[1].code and not found[1].short
    town = _TOWN_BODY.match(name, found[0] if found else 0) if found is None or division else None
    if town:  # 焦庙镇人民政府, 德清县新市镇人民政府: the town's own (within its county)
        return Mention(town.group(1), mention.span, "place", town.group(1), mention.rule, stable_id("place", town.group(1)))
    if not division:
        branch = _central_bank_branch(mention.canonical)  # 人民银行福建省分行: the province's
        return Mention(branch[0], mention.span, "place", branch[0], mention.rule, branch[1]) if branch else None
    entry = found[1]
    inner = get_gazetteer().match_at(name, found[0])
    if (inner is not None and inner[1].type == "place" and inner[1].code and not inner[1].short
            and inner[1].code != entry.code and inner[1].code.startswith(entry.code.rstrip("0"))):
        entry = inner[1]  # 南京市玄武区人民政府: the district's, within its city
    return Mention(entry.canonical, mention.span, "place", entry.canonical, mention.rule, entry.entity_id)


_SITE_RULE = "entities.site.place.v1"
# sights, regions, airports and stations: never what 全市 means (a station's place counts for it)
_AREA_RULES = frozenset({"entities.pattern.scenic.v1", "entities.pattern.region.v1", _SITE_RULE})
_NATIONAL_PARENT = re.compile(f"^(?:{'|'.join(NATIONAL_PARENTS)})")
_CODE_LEVEL = re.compile(r"place:\d{6}$")


def _within(place: Mention, area: Mention) -> bool:
    """宜昌市 (420500) lies in 湖北省 (420000), by their division codes."""
    if not (_CODE_LEVEL.match(place.entity_id) and _CODE_LEVEL.match(area.entity_id)):
        return False
    prefix = re.sub(r"(?:00)+$", "", area.entity_id[6:])
    return bool(prefix) and place.entity_id[6:].startswith(prefix)


_BANK_GROUP = re.compile(r"(?:本国|外国|全体)银行(?:海外分行|国际金融业务分行|在台分行)?")
_SYSTEM_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:信息系统|登记系统|管理系统|服务平台|信息平台|公示系统)")  # not 全市公安系统
_HONG_KONG_OWN_WORDS = re.compile(r"香港|本港|港元|港币|港府|特区政府|立法会")
_HK_OR_MACAU_HOME = re.compile(r"香港|本港|澳门|本澳|港府|特区政府")
_PLACE_GROUPS = frozenset({"港澳台", "港澳", "港澳台地区", "港澳地区", "两岸四地", "海峡两岸"})


def _province_of_places(by_level: dict[str, Counter]) -> str:
    """陕西 twice, 甘肃 once, but 陇南市 and 成县 five times each: 全省 is 甘肃, whose cities the notice names."""
    inner: Counter = Counter()
    for level in ("city", "county"):
        for key, count in by_level.get(level, Counter()).items():
            if _CODE_LEVEL.match(key):
                inner[key[6:8]] += count
    provinces = by_level["province"]
    return max(provinces, key=lambda key: provinces[key] + (inner[key[6:8]] if _CODE_LEVEL.match(key) else 0))


def _innermost_adjacent(places: list[Mention]) -> Mention:
    """甘肃庆阳「东数西算」提速, 四川雅安市芦山县发生5.1级地震: the innermost of the places the headline runs together;
    not where the headline names another place of the same level (河北石家庄、保定两市, 湖北武汉至宜昌高铁)."""
    place = places[0]
    for inner in places[1:]:
        if inner.span[0] != place.span[1] or not (_CODE_LEVEL.match(place.entity_id) and _CODE_LEVEL.match(inner.entity_id)):
            break
        outer_code, inner_code = place.entity_id[6:], inner.entity_id[6:]
        parent = outer_code[:2] if outer_code.endswith("0000") else outer_code[:4] if outer_code.endswith("00") else ""
        if not parent or inner_code == outer_code or not inner_code.startswith(parent) or any(
                _CODE_LEVEL.match(other.entity_id) and _siblings(inner_code, other.entity_id[6:]) for other in places):
            break
        place = inner
    return place


def _siblings(code: str, other: str) -> bool:
    """Two cities of one province, or two counties of one city."""
    if code == other or code.endswith("0000") or other.endswith("0000"):
        return False
    if code.endswith("00"):
        return other.endswith("00") and other[:2] == code[:2]
    return not other.endswith("00") and other[:4] == code[:4]


def _place_level(mention: Mention) -> str:
    if _CODE_LEVEL.match(mention.entity_id) and mention.canonical[-1:] in "市县区旗":
        code = mention.entity_id[6:]
        if code.endswith("0000"):
            return "region" if mention.canonical.endswith("自治区") else "province"
        return "city" if code.endswith("00") else "county"  # 枣阳市 is a county-level city
    return _canonical_level(mention.canonical)


def _scope_inside(text: str, start: int, end: int, context: "_DocumentContext") -> _Resolved | None:
    found = None
    for match in _SCOPE.finditer(text, start, end):
        if _SCOPE_WORDS[match.group(0)] in ("city", "province", "county", "region", "town") and not (
                _RANKED_IN_SCOPE.search(text, max(start, match.start() - 4), match.end() + 6)
                or _COMPARED_SCOPE.search(text, max(start, match.start() - 4), match.end())):
            found = match
    if found is None:
        return None
    resolved = context.scope(found.group(0), at=found.start())
    return _Resolved(resolved.text if resolved else found.group(0), resolved.entity_id if resolved else "",
                     "facts.subject.scope_inside.v1")


_RANKED_IN_SCOPE = re.compile(r"(?:居|列|获评?|进入|跻身|排名?|于|在|入选|成为|评为)全[省市县区]|全[省市县区](?:前列|第|首|先进|唯一|示范|排名|领先|率先|之最|最)")
_LEVEL_RANK = {"province": 4, "region": 4, "city": 3, "county": 2, "town": 1}


def _canonical_level(canonical: str) -> str:
    if canonical.endswith(("自治区",)):
        return "region"
    if canonical.endswith(("省",)) or canonical in ("北京市", "天津市", "上海市", "重庆市"):
        return "province"
    if canonical.endswith(("市", "州", "盟", "地区")):
        return "city"
    if canonical.endswith(("县", "区", "旗")):
        return "county"
    if canonical.endswith(("镇", "乡")):
        return "town"
    return "place"


_RATIO_NAME = re.compile(r"([\u4e00-\u9fff]{1,6}比例?)(?:为|是|达|降至|升至|降到|提高到|优化至|约)?$")
_WON_AFTER = re.compile(r"(?:夺得|获得|摘得|赢得|夺冠|获|摘|刷新|打破|完赛|冲线|撞线)")
# 张立新先生…减持公司股份31,600股: a named holder's own shares, not the listed firm's
_PERSON_HOLDER = re.compile(f"[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}?(?=先生|女士)")
_HOLDER_VERB = re.compile(r"持有|持股|减持|增持|获授|归属|转让|买入|卖出|出售|质押")
_ATHLETE_BEFORE = re.compile(r"(?:选手|运动员|名将|小将|队员)([\u4e00-\u9fff·]{2,12}?)(?:以|用时|跑出|游出)$")


_ALLOTTING = re.compile(r"(?:下达|下发|下拨|拨付|分配|转贷|核定|安排)(?:给|到)?")
_RECIPIENT_SCOPE = re.compile(_ALLOTTING.pattern + r"(我[省市县区]|本[省市县区])")
_AUDITED_BY = re.compile(r"\s*经[^，,。；;]{2,40}?(?:审验|验资|审计|鉴证)[，,]")
_APPROVED_BY = re.compile(r"\s*经[^，,。；;]{2,40}?(?:核定|批准|同意|审核|审定|审议|研究|核准)(?:注册|批复|发行)?[，,]")  # 经中国证监会…1286号文同意注册，


def _recipient(text: str, start: int, end: int, context: "_DocumentContext") -> _Resolved | None:
    """省财政厅下达我市…, 财政部核定江西省…限额: the place a body allots to, in the clause from ``start``."""
    stop = _CLAUSE_BREAK.search(text, start, end)
    clause_end = stop.start() if stop else end
    if text.find("我", start, clause_end) >= 0 or text.find("本", start, clause_end) >= 0:
        found = _RECIPIENT_SCOPE.search(text, start, clause_end)
        scope = context.scope(found.group(1)) if found else None
        if scope:
            return _Resolved(scope.text, scope.entity_id, "facts.subject.recipient.v1")
    if not context.government_starts_in(start, clause_end):
        return None  # no body can open the clause (its lead ends by clause_end): none allots
    offset = start + _topic_lead_end(text[start:clause_end])
    body = next((context.mentions[i] for i in context.starting_at.get(offset, ()) if context.mentions[i].type == "government"), None)
    allots = _ALLOTTING.match(text, body.span[1]) if body is not None else None
    if allots is None:
        return None
    place = next((context.mentions[i] for i in context.starting_at.get(allots.end(), ()) if context.mentions[i].type == "place"), None)
    if place is None or text[place.span[1]:place.span[1] + 1] in _LIST_JOINER or text.startswith("等", place.span[1]):
        return None  # 分配长沙、株洲等14个市州: several places, not the first
    return context.resolved(place, "facts.subject.recipient.v1")


def _group_goes_on(text: str, group_end: int, clause_start: int, group: str) -> bool:
    """Every clause from the group's to the figure's continues the group's measures (同比增长…, 占全区的…)."""
    return all(_GROUP_GOES_ON.match(text, start) or text.startswith(group, start)
               for start in _clause_starts(text, group_end, clause_start + 1)[1:])


def _last_summed_group(text: str, start: int, end: int) -> re.Match | None:
    found = list(_SUMMED_GROUP.finditer(text, start, end)) if text.find("、", start, end) >= 0 else []
    return found[-1] if found else None


def _summing_group(text: str, start: int, sentence_start: int) -> _Resolved | None:
    """三市合计17.97亿件 after the sentence listed 广州、深圳、揭阳: the group its items make; 两院合计, 三家合计: the
    hospitals or firms just named, together."""
    summing = (_GROUP_TOTAL_LEAD.match(text, start) if "、" in text[sentence_start:start] else None) or _BARE_GROUP_TOTAL.match(text, start)
    return _Resolved(summing.group(1), "", "facts.subject.summed_group.v1") if summing else None


_BARE_TOTAL = re.compile(r"[\s，,；;]*(?:合计|共计|总计|合共|两者合计|二者合计)")
_BARE_GROUP_TOTAL = re.compile(r"\s*((?:[两二三四五六七八九十]|\d{1,2})(?:院|家|所|校|行|地|市|县|区|省|国))(?:合计|共计|总计|合共)")
_GROUP_GOES_ON = re.compile(r"\s*(?:同比|环比|比上年|较上年|增长|增幅|占|约占|达到|达|为|总数|合计|共计)")  # …合计8330亿元，同比增长7.0%，占全区的78.6%
_GROUP_TOTAL_LEAD = re.compile(
    r"\s*((?:[两二三四五六七八九十](?:大|个|家|座|所)?|\d{1,2}(?:大|个|家|座|所))(?:(?![月年日以全各本我该])[\u4e00-\u9fff]){0,6}?"
    r"(?:园区|开发区|高新区|企业|公司|县区|县市区|县|市|区|城市|银行|机场|港口|地))(?:合计|共计|总计|合共|共(?!有|同))"
)
_SUMMED_GROUP = re.compile(
    r"、[^，,。；;、]{2,30}?((?:[两二三四五六七八九十]|\d{1,2})(?:大|个|家|座|所)(?:(?![月年日以全各本我该])[\u4e00-\u9fff]){0,6}?"
    r"(?:园区|开发区|高新区|企业|公司|县区|县市区|县|市|区|城市|银行|机场|港口))(?:合计|共计|总计|合共|共(?!有|同))"
)


_LISTED_KIND_LEAD = re.compile(r"(?:等|[两二三四五六七八九十])?(?:地|市|省|区|县|国|州)(?=[\u4e00-\u9fff]{2})")
_LISTED_GROUP = re.compile(r"\s*(?:其中[，,]?)?((?:[\u4e00-\u9fff]{2,8}[、和与及]){1,5}[\u4e00-\u9fff]{2,8}?)(?:[两二三四五六七八九十]|等)(?:地|市|省|区|县|国|州)(?![\u4e00-\u9fff]{0,2}(?:分别|各))")


def _listed_group(text: str, start: int, end: int, context: _DocumentContext) -> _Resolved | None:
    """湖北、湖南两省粮食产量合计超过1100亿斤: the places listed with their count are one group."""
    listed = _LISTED_GROUP.match(text, start, end)
    if listed is None:
        return None
    items = [m for m in context.mentions_between(listed.start(1), listed.end(1)) if m.type == "place"]
    joiners = sum(text.count(joiner, listed.start(1), listed.end(1)) for joiner in _LIST_JOINER)
    if len(items) == joiners + 1 and items[0].span[0] == listed.start(1) and items[-1].span[1] == listed.end(1):
        return _Resolved(text[listed.start(1):listed.end()], "", "facts.subject.summed_group.v1")
    return None


def _pair_total(text: str, clause_start: int, end: int, sentence_start: int, context: _DocumentContext) -> _Resolved | None:
    """广州…，深圳…，两市合计占全省的55.4%: the group word, after the sentence named both places."""
    summing = _GROUP_TOTAL_LEAD.match(text, clause_start, end)
    if (summing is not None and summing.group(1)[:1] in "两二" and summing.group(1)[-1:] in "地市省区县"
            and len([m for m in context.mentions_between(sentence_start, clause_start) if m.type == "place"]) >= 2):
        return _Resolved(summing.group(1), "", "facts.subject.summed_group.v1")
    return None


def _named_holder(text: str, figure: Figure, sentence: Sentence, context: _DocumentContext) -> _Resolved | None:
    """张立新先生直接及间接合计持有公司股份342,000股，占公司总股本的0.2448%: the person's holding, named before it in the
    sentence with a verb of holding between, and no body named after the person (公司核心技术人员由9人: the firm's)."""
    people = list(_PERSON_HOLDER.finditer(text, sentence.span[0], figure.span[0]))
    if not people:
        return None
    person = people[-1]  # the last one named before the figure
    between = text[person.end():figure.span[0]]
    lead = max(text.rfind(mark, sentence.span[0], person.start()) for mark in "，,；;：:●\n") + 1
    named = [m for m in context.mentions_between(max(lead, sentence.span[0]), figure.span[0]) if m.text not in ("公司", "本公司")]
    if not _HOLDER_VERB.search(between) or named:
        return None  # (华拓控股及其一致行动人陈立峰先生合计持有: the two together)
    return _Resolved(person.group(0), "", "facts.subject.named_holder.v1")


def _subject(
    text: str, figure: Figure, sentence: Sentence, clause_start: int, context: _DocumentContext, carried: _Resolved | None,
    item: Span | None, exporter_before: _Resolved | None = None,
) -> _Resolved:
    clause = text[clause_start:figure.span[0]]
    if figure.unit == "秒" and (athlete := _ATHLETE_BEFORE.search(clause)):
        return _Resolved(athlete.group(1), "", "facts.subject.athlete.v1")  # 肯尼亚选手埃文斯·基普罗诺以2小时08分17秒
    holder = _named_holder(text, figure, sentence, context) if figure.kind in ("count", "percent", "money") else None
    if holder is not None:
        return holder
    grouped = (None if "分别" in clause else _listed_group(text, clause_start, figure.span[0], context)) or _pair_total(
        text, clause_start, figure.span[0], sentence.span[0], context)
    if grouped is not None:
        return grouped  # 成都、重庆两地上半年合计实现进出口总额7850亿元: the two together, not the last named
    if not clause.strip() and text[clause_start - 1:clause_start] in ("（", "("):
        named = next((m for m in context.mentions_between(max(0, clause_start - 40), clause_start - 1)
                      if m.span[1] == clause_start - 1 and m.type in ("place", "park", "firm")), None)
        if named is not None:
            return context.resolved(named, "facts.subject.bracketed.v1")  # 保康县（26微克/立方米）、南漳县（31微克/立方米）
    if figure.kind == "percent" and _SHARE_AFTER.match(text, figure.span[1], figure.span[1] + 3):
        owned = next((m for m in context.mentions_between(clause_start, figure.span[0])
                      if m.type == "firm" and m.span[1] == figure.span[0]), None)
        if owned is not None:
            return context.resolved(owned, "facts.subject.share_of.v1")  # 易冲科技100%股权
    part = _PART_SHARE.fullmatch(clause) if figure.kind in ("percent", "share") and "占" in clause else None
    if part:
        named = next((m for m in context.mentions_between(clause_start, figure.span[0]) if m.text == part.group(1)), None)
        if named:
            return context.resolved(named, "facts.subject.part.v1")
        return _Resolved(_PART_MEASURE.sub("", part.group(1)) or part.group(1), "", "facts.subject.part.v1")
    fined = _fined_firm(text, figure, sentence, clause_start, context)
    if fined is not None:
        return fined  # 对宁波恒泰新材料有限公司…处以罚款48万元: the firm fined
    payer = _PAYING_TIER.search(text, max(clause_start, figure.span[0] - 20), figure.span[0]) if figure.kind == "percent" else None
    if payer is not None:
        return _Resolved(payer.group(1), "", "facts.subject.payer.v1")  # 所需资金由市级财政承担60%、县（市、区）财政承担40%
    mover = _MARKET_MOVER.search(clause)
    if mover:
        return _Resolved(mover.group(1), "", "facts.subject.market_mover.v1")  # 科创综指上涨1%, 电子板块上涨0.59%
    if context.announcing_firm is not None and _SELF_IN_CLAUSE.search(clause):
        return context.resolved(context.announcing_firm, "facts.subject.self_reference.v1")  # 本次调整后我行一年期…下调0.20个百分点
    recipient = _recipient(text, clause_start, figure.span[0], context)
    if recipient is not None:
        return recipient  # 省财政厅下达我市新增政府债券额度…: the city's
    summed = _last_summed_group(text, sentence.span[0], figure.span[0])
    if summed and not context.mentions_between(summed.end(), figure.span[0]) and _group_goes_on(
            text, summed.end(), clause_start, summed.group(1)):
        return _Resolved(summed.group(1), "", "facts.subject.summed_group.v1")  # A、B、C三大园区合计实现营业收入…: the three
    summing = _summing_group(text, clause_start, sentence.span[0])
    if summing is not None:
        return summing  # 广州、深圳、揭阳三市…，三市合计17.97亿件
    for mention in context.mentions_between(clause_start, figure.span[0]):
        if mention.type == "park" and _COUNTED_PARKS.search(text, clause_start, mention.span[0]):
            return context.resolved(mention, "facts.subject.counted_parks.v1")  # 全省9家国家级高新区实现营业收入…
    bullet = _BULLET_TOPIC.match(text, text.rfind("\n", 0, figure.span[0]) + 1, figure.span[0])
    if bullet and not (_BULLET_SITE.search(bullet.group(1)) or context.mentions_between(*bullet.span(1))):
        bullet = None  # ● 上半年：…, ● 主要指标：…: a heading, not what the figures are about
    if bullet:
        named = next((m for m in context.mentions_between(*bullet.span(1)) if m.span == bullet.span(1)), None)
        return context.resolved(named, "facts.subject.bullet.v1") if named else _Resolved(bullet.group(1), "", "facts.subject.bullet.v1")
    station = _station(text, figure, sentence.span[0], clause_start)
    if station:
        return _Resolved(station, "", "facts.subject.station.v1")  # 最大为苍南站356.4毫米, 26.8℃（大陈岛站）
    comment = _topic_comment(text, figure, clause_start)
    if comment is not None:
        mentions = context.mentions_between(clause_start, figure.span[0])
        if mentions:
            return context.resolved(mentions[-1], "facts.subject.topic_comment.v1")
        return _Resolved(comment[0], "", "facts.subject.topic_comment.v1")
    if _TRADE_PARTNER.match(clause):  # 上半年，对美国出口44.9亿元: the partner is where the goods go, not who exports
        own = context.document_subject()
        exporter = exporter_before if exporter_before is not None else (
            carried if carried is not None and carried.text == own.text else own)
        return _Resolved(exporter.text, exporter.entity_id, "facts.subject.trade_partner.v1")
    owner = _firm_right_before(text, figure, clause_start, context) or _builder(text, figure, clause_start, context)
    if owner is not None:
        return owner  # …和宁夏隆基乐叶科技有限公司年产3GW单晶电池项目: the firm's capacity
    listed = _LISTED_BEFORE_DENG.search(clause) if "等" in clause else None
    if listed:
        for mention in context.mentions_between(clause_start, figure.span[0]):
            if mention.type == "firm" and mention.span[1] <= clause_start + listed.end(1):
                return context.resolved(mention, "facts.subject.listed_firm.v1")
    if item is not None:
        facilities = _facility_list(text, clause_start, figure)
        if facilities is not None:
            named = _LISTED_FACILITY.match(_LIST_LEAD.sub("", text[item[0]:item[1]].strip()))
            return _Resolved(named.group(1), "", "facts.subject.respectively.v1")  # 沙畈水库、安地水库…分别为
        for mention in context.mentions_between(item[0], item[1]):
            if not _MODIFIED_NOUN.match(text, mention.span[1]):
                return context.resolved(mention, "facts.subject.respectively.v1")
        owner = _respective_owner(text, item, clause_start, figure)
        if owner:
            return _Resolved(owner, "", "facts.subject.respectively.v1")
        index = _LIST_LEAD.sub("", text[item[0]:item[1]]).split("的")[-1].strip()
        if _INDEX_NAME.search(index) and len(index) <= 10:
            return _Resolved(index, "", "facts.subject.index.v1")  # 上证指数、深证成指分别下跌0.16%、0.68%
        if _unnamed_sibling(text, item, context):
            return _Resolved(text[item[0]:item[1]].strip(), "", "facts.subject.respectively.v1")  # 建发置业、招商蛇口、华润置地…
        if not context.mentions_between(item[0], item[1]) and _named_siblings(text, item, context):
            latin = _LATIN_NAME.match(text, item[0], item[1])  # 华为、小米和OPPO出货量: the name before the shared measure
            return _Resolved(latin.group(0), "", "facts.subject.respectively.v1") if latin else _Resolved("", "", "facts.subject.none.v1")
    if _AGGREGATE.search(clause) or (_LISTED_COUNTS.search(clause) and _COUNTED_PLACE_KIND.match(text, figure.span[1])):
        common = _common_province(context.mentions_between(clause_start, figure.span[0]), context)
        if common is not None:
            return common  # 从平凉、白银、临夏和兰州四地共征集19所: the province they share
    list_start = clause_start + max(clause.rfind("、"), -1) + 1
    whole = _clause_topic(text, clause_start, figure.span[0], context)
    if list_start > clause_start:
        if whole is not None and whole.rule == "facts.subject.sector.v1":
            return whole  # 电力、热力、燃气及水生产和供应业实现利润总额
        topic = _clause_topic(text, list_start, figure.span[0], context)
        if topic is not None and topic.rule != "facts.subject.sector.v1":
            return topic  # 电子、电气、电力和汽车业合计完成: the last item is no sector of its own
    if whole is not None:
        return whole
    earlier = list(reversed(_clause_starts(text, sentence.span[0], clause_start)))
    semicolon = max(
        text.rfind("；", sentence.span[0], clause_start),
        text.rfind(";", sentence.span[0], clause_start),
        text.rfind("：“", sentence.span[0], clause_start + 1),
        text.rfind(":“", sentence.span[0], clause_start + 1),
        text.rfind("，“", sentence.span[0], clause_start + 1),  # 齐北松笑着解答疑惑，“目前已完成…: a quote
        text.rfind(",“", sentence.span[0], clause_start + 1),
    )
    same_part = [start for start in earlier if start > semicolon]
    quoted = semicolon >= 0 and text.startswith(("：“", ":“", "，“", ",“"), semicolon)
    other_parts = [] if quoted else [start for start in earlier if start <= semicolon]
    for start in same_part:
        if start == clause_start:
            continue  # the clause's own topic: none (whole)
        if _opens_respective_places(text, start, context) and not _BACK_TO_LIST.match(text, clause_start):
            continue  # 上派镇、桃花镇…分别达到…，三河镇全年接待…: each item its own, none the topic of what follows
        topic = (_recipient(text, start, figure.span[0], context) or _summing_group(text, start, sentence.span[0])
                 or _listed_group(text, start, figure.span[0], context) or _clause_topic(text, start, figure.span[0], context))
        if topic is not None:
            if topic.rule == "facts.subject.scope.v1" and _opens_with_verb(text, clause_start, figure.span[0]):
                owner = _scoped_owner(text, start, clause_start, context)
                if owner is not None:
                    return owner
            return topic
    completed = (_COMPLETED_BEFORE.search(text, sentence.span[0], clause_start)
                 if "后" in text[sentence.span[0]:clause_start] and _YIELD_LEAD.match(text, clause_start) else None)
    if completed and completed.group(1) not in _GENERIC_WORKS and not context.entity_surfaces_in(completed.group(1)):
        return _Resolved(completed.group(1), "", "facts.subject.completed.v1")  # 新通道建成后，每年…节约的费用可达180亿元
    destination = _destination(text, figure, context)
    if destination is not None:
        return destination
    listed_items = text[clause_start:figure.span[0]].rstrip().endswith("等")  # 手机直连卫星等25个项目: items, no actor
    for start in ([] if listed_items else [clause_start]) + same_part:
        part = start != clause_start and (lead := _PART_CLAUSE.match(text, start)) and not text.startswith("在", lead.end())
        own = text[start:_own_figure_start(context, start, figure) if part else figure.span[0]]
        actor = _clause_actor(own)
        if actor and start != clause_start and _way_of_acting(actor, own[own.find(actor):].rstrip("，,、；; "), context):
            continue  # 其中电话劝阻17.34万人次，…，避免群众损失约5.8亿元: a way of acting, measured, acts for no later figure
        if actor:
            return _actor_resolved(actor, context)  # 其中市中院受理2.74万件，审结2.55万件: the court, before its first figure
    for start in other_parts:
        topic = None if _opens_respective_places(text, start, context) else _clause_topic(text, start, figure.span[0], context)
        if topic is not None:
            return topic
    for start in other_parts:
        actor = _clause_actor(text[start:figure.span[0]])
        if actor:
            return _actor_resolved(actor, context)
    inner = _place_inside_clause(text, clause_start, figure, context)
    if inner is not None:
        return inner
    if carried is not None and carried.text:
        return _Resolved(carried.text, carried.entity_id, "facts.subject.carried.v1")
    return context.document_subject()


_LIST_JOINERS = re.compile("[、和及与]")
_PAIRED_PARTS = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "产销量": ("产量", "销量"), "产销": ("产量", "销量"),
                 "收支": ("收入", "支出"), "存贷款": ("存款", "贷款"), "中小学": ("中学", "小学")}
_PAIRED_MEASURE = re.compile("|".join(sorted(_PAIRED_PARTS, key=len, reverse=True)))  # two measures written as one word
_PART_ONLY = re.compile(r"\s*(?:其中|当中)[，,]?\s*(?:有)?")
_PART_ACT = re.compile(r"(?:已|均|都|还|共|累计)?([\u4e00-\u9fff“”]{2,14}?)(?=[，,。；;：:]|$)")
_NOT_ACTS = frozenset({"为", "是", "占", "有", "属于", "位于", "来自", "分布", "集中", "在", "达", "达到", "超过", "增长", "下降", "比", "较"})


def _part_act(text: str, figure: Figure, clause_start: int, figure_spans: list[Span]) -> str:
    """``其中52.6万人得到基本康复服务``: the verb phrase after a part's count is what it counts."""
    if not _PART_ONLY.fullmatch(text, clause_start, figure.span[0]):
        return ""
    act = _PART_ACT.match(text, figure.span[1])
    if act is None or _figure_starts_within(figure_spans, *act.span()):
        return ""
    words = _pos(act.group(1))
    if not words or words[0][1] != "v" or words[0][0] in _NOT_ACTS or words[0][0][:1] in _NOT_ACTS:
        return ""
    return act.group(1).replace("“", "").replace("”", "")


_STATION_EVENT = re.compile(r"(?:出现|发生|录得|观测到)?((?:[\u4e00-\u9fff]|\d+(?:\.\d+)?(?:°C|℃|毫米|米/秒|级)?){2,16}?)(?=[，,。；;、]|$)")
_IMPOSING = re.compile(r"处以?|并处|给予|予以")
_FINE_BEFORE = re.compile(rf"(?:{_IMPOSING.pattern}|判|被)罚款(?:人民币)?$")
_FINE_AFTER = re.compile(r"(?:人民币)?(?:的)?罚款")


def _is_fine(text: str, figure: Figure, clause_start: int) -> bool:
    return bool(_FINE_BEFORE.search(text, clause_start, figure.span[0]) or (
        _FINE_AFTER.match(text, figure.span[1]) and _IMPOSING.search(text, clause_start, figure.span[0])))


def _figure_starts_within(figure_spans: list[Span], start: int, end: int) -> bool:
    return any(start <= span[0] < end for span in figure_spans)


_TIER = r"(?:中央|省级|省|市级|市|县级|县|区级|区|乡镇|市县|县区|县（市、区）|县\(市、区\))"
_PAYING_TIER = EndGuarded(re.compile(  # 市级财政承担60%; 由市财政和区财政分别承担50%: the tiers together
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[由和及与、]))({_TIER}财政(?:[和及与、]{_TIER}财政)*)(?:分别)?(?:承担|负担|补助|配套|出资)(?:比例为?)?$"
))


def _fined_firm(text: str, figure: Figure, sentence: Sentence, clause_start: int, context: _DocumentContext) -> _Resolved | None:
    """The firm a fine is imposed on: 对X公司…处以罚款N元, 建议对X公司处N万元罚款."""
    if figure.kind != "money" or not _is_fine(text, figure, clause_start):
        return None
    fined = [m for m in context.mentions_between(sentence.span[0], figure.span[0])
             if m.type == "firm" and text[m.span[0] - 1:m.span[0]] == "对"]
    return context.resolved(fined[-1], "facts.subject.fined.v1") if fined else None


def _own_figure_start(context: _DocumentContext, start: int, figure: Figure) -> int:
    """Where the first figure after ``start`` begins (the figure's own start when none comes before it)."""
    spans = context.figure_spans
    index = bisect.bisect_left(spans, (start, start))
    return spans[index][0] if index < len(spans) and spans[index][0] < figure.span[0] else figure.span[0]


def _place_inside_clause(text: str, clause_start: int, figure: Figure, context: _DocumentContext) -> _Resolved | None:
    """安装在岳阳市各企业排水口的1000多套…: the one place where, by 在/于, the figure's own clause happens."""
    places = {m.entity_id or m.canonical: m for m in context.mentions_between(clause_start, figure.span[0])
              if m.type in ("place", "park") and text[m.span[0] - 1:m.span[0]] in ("在", "于")
              and "的" in text[m.span[1]:figure.span[0]]}  # a modifier of what is counted, not where someone acted
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    located = next((m for m in context.mentions_between(place.span[1] + 1, figure.span[0])
                    if m.type in ("firm", "organization") and m.span[0] == place.span[1] + 1), None)
    if located is not None and text.startswith("的", place.span[1]):
        return context.resolved(located, "facts.subject.located_body.v1")  # 位于西安高新区的西安晶曜光电科技有限公司…研发投入
    return context.resolved(place, "facts.subject.inner_place.v1")


_COMPLETED_BEFORE = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))([\u4e00-\u9fff]{2,10}?)(?:全面|全线|正式)?(?:建成投产|建成投运|建成|投产|投运|完工|通车|开通|竣工)后[，,]"
)
# 建成后，每年…可达…: a clause about what the finished work yields, with no subject of its own
_YIELD_LEAD = re.compile(r"\s*(?:据测算[，,])?\s*(?:每年|年均|每天|每日|可|将|预计|届时|可以|能够|有望|年)")
_GENERIC_WORKS = frozenset("工程 项目 该项目 本项目 该工程 本工程 园区 工厂 企业 设施 线路 全线".split())
_LINK_VERB = re.compile(r"(?:累计|共计|合计)?(?:达到|达|突破|超过|超|为|是|有|至|到)?$")


def _is_listed_item(clause: str, name: str) -> bool:
    parts = clause.split("、")
    return len(parts) > 1 and (parts[0].endswith(name) or name in parts[1:-1] or parts[-1].startswith(name))


def _whole_of_part(text: str, figure: Figure, clause_start: int, previous: Fact | None, figure_spans: list[Span]) -> str:
    """What 其中X占N is a share of: the one amount named before it in the sentence, or with no figure before it,
    the noun phrase the clause before opens with; "" when unsure (a rate before, or several amounts)."""
    if previous is None:
        return _whole_before(text, clause_start)
    sentence_start = _sentence_start(text, clause_start)
    earlier = [span for span in figure_spans if sentence_start <= span[0] < clause_start]
    if len(earlier) != 1 or previous.figure.kind in ("percent", "share", "points") or not previous.metric:
        return ""
    return previous.metric.split("占")[0]


def _whole_before(text: str, clause_start: int) -> str:
    """The noun phrase the clause before opens with, up to its first adverb or verb (大桥的使用量|亦屡创新高)."""
    end = clause_start - 1
    if end <= 0 or text[end] not in "，,":
        return ""
    whole = _WHOLE_LEAD.match(text, _previous_clause_start(text, end), end)
    return whole.group(1) if whole else ""


_WHOLE_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)(?:亦|也|均|都|继续|再|屡|持续|保持|已|达|为|同比|比|较|增长|下降)")
# 大桥的使用量亦屡创新高，当中「港车北上」占约4成: the part is the subject, the whole before it the metric
_PART_MEASURE = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:进出口|出口|进口|投资|收入|营收|产值|增加值|利润|消费|贷款|存款|销售额|销量)$")
_PART_SHARE = re.compile(r"\s*(?:其中|当中)[，,]?\s*[「“\"]?([\u4e00-\u9fffA-Za-z]{2,10}?)[」”\"]?(?:约|近|超过|逾)?占(?:约|近|超过|逾|了)?\s*")
_OWN_MEASURE = EndGuarded(re.compile(r"(?:的)?(?:年产能?|年产量|产能|年营收|营收|营业收入|净利润|总资产|市值|注册资本)(?:为|达|约|超|近)?\s*$"))


def _firm_right_before(text: str, figure: Figure, clause_start: int, context: _DocumentContext) -> _Resolved | None:
    """A firm named right before its own measure and the figure (X公司年产3GW) is the figure's subject."""
    if _OWN_MEASURE.search(text, max(clause_start, figure.span[0] - 8), figure.span[0]) is None:
        return None
    for mention in reversed(context.mentions_between(clause_start, figure.span[0])):
        if mention.type == "firm" and _OWN_MEASURE.pattern.fullmatch(text, mention.span[1], figure.span[0]):
            return context.resolved(mention, "facts.subject.owner.v1")
    return None


_STATION_AFTER = re.compile(r"[（(]([\u4e00-\u9fff]{2,5}站)[)）]")
_STATION_BEFORE = re.compile(r"(?:^|(?<=[为在是，,、：:；;]))([\u4e00-\u9fff]{2,5}站)(?:为|是|达|仅)?$")
_STATION_THEN = re.compile(r"(?:出现在|位于|为)([\u4e00-\u9fff]{2,5}站)[，,]?(?:为|是|达|仅)?$")


# ● 洛邑古城：假期累计接待游客168.5万人次: a bulleted line's lead names what its figures are about
_BULLET_TOPIC = re.compile(r"\s*[●▲■◆•★◎▶►▪]\s*([^：:，,。；;\s\d]{2,12})[：:]")
_PER_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,3}")
_CONVERTED = re.compile(r"[\s、]*(?:折合人民币|折合|约合|合人民币|折算为|折算成)约?")
_CLOSING_ASIDE = re.compile(r"[^（()）]*[)）]")  # the rest of an aside a figure inside it opened
_COUNTED_PARKS = EndGuarded(re.compile(r"(?:全省|全国|全市|全区)(?:共有)?(?:\d+|[一二三四五六七八九十两]+)家$"))
_BULLET_SITE = re.compile(r"(?:古城|街|景区|遗址|公园|广场|馆|院|寺|园|村|镇|湖|山|岛|港|站|城|楼|塔|宫|谷|峡|湾)$")
_SUPERLATIVES = frozenset({"最大", "最小", "最高", "最低"})
_STATION_TAIL = re.compile(r"(?:最大|最小|最高|最低)?(?:出现在|位于|为)[\u4e00-\u9fff]{2,5}站$")
_MEASURE_AT_STATION = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:最大|最小|最高|最低)?(?:出现在|位于|为)[\u4e00-\u9fff]{2,5}站[，,]?(?:为|是|达|仅)?$")


def _station_measure(text: str, sentence_start: int, figure: Figure, metric: str) -> str:
    """What a station's reading measures: the words before 出现在/为 and the station."""
    before = text[max(sentence_start, figure.span[0] - 30):figure.span[0]]
    before = before[max(before.rfind("。"), before.rfind("；")) + 1:]
    found = _MEASURE_AT_STATION.search(before)
    if found and found.group(1) not in _SUPERLATIVES:
        return found.group(1)
    return _STATION_TAIL.sub("", metric) or metric  # 月降水量最大为苍南站 -> 月降水量


def _station(text: str, figure: Figure, sentence_start: int, clause_start: int) -> str:
    """A weather or gauging station named with its reading (最大为苍南站356.4毫米, 出现在丽水站，为41.7℃,
    26.8℃（大陈岛站）): a station named after a place, not a kind of station (充电站, 服务站)."""
    found = (_STATION_AFTER.match(text, figure.span[1]) or _STATION_BEFORE.search(text, clause_start, figure.span[0])
             or _STATION_THEN.search(text, max(sentence_start, figure.span[0] - 14), figure.span[0]))
    if found is None:
        return ""
    name = found.group(1)
    gazetteer = get_gazetteer()
    for size in range(len(name) - 1, 1, -1):
        entry = gazetteer.get(name[:size])
        if entry is not None and entry.type == "place":
            return name
    return name if name.endswith(("岛站", "山站")) else ""


_NATIONAL_SOURCE = re.compile(r"据国家|国家统计局|国家能源局|国家[\u4e00-\u9fff]{1,8}(?:局|部|委)(?:公布|发布|数据)|全国")
_TRADE_PARTNER = re.compile(r"\s*对[\u4e00-\u9fff]{2,8}?(?:出口|进口|进出口|贸易)")
_BUILDS_WORDS = r"(?:牵头)?(?:投资)?(?:建设|开发|投资|运营|实施|建成|打造)的"  # not 承建: a contractor builds for another
_BUILT_BY = re.compile(rf"由([^，,。；;由]{{2,40}}?){_BUILDS_WORDS}")
_BUILDS = re.compile(_BUILDS_WORDS)


def _built_thing(metric: str, context: _DocumentContext) -> str:
    """What the builder builds, without the builder or where it stands."""
    built = _BUILDS.search(metric)
    thing = metric[built.end():] if built else metric
    places = context.place_surfaces
    while True:
        lead = next((place for place in places if thing.startswith(place) and len(thing) > len(place) + 1), None)
        if lead is None:
            return thing or metric
        thing = thing[len(lead):]


def _exporter_before(facts: list[Fact], sentences: tuple[Sentence, ...], sentence: Sentence,
                     context: _DocumentContext) -> _Resolved | None:
    """The place whose trade the paragraph's figures so far were about (宁波市进出口…。其中，对美国出口…)."""
    for fact in reversed(facts):
        if not _same_paragraph(sentences, fact, sentence):
            return None
        if fact.subject_id.startswith("place:") and "facts.subject.trade_partner.v1" not in fact.rules:
            return _Resolved(fact.subject, fact.subject_id, "facts.subject.trade_partner.v1")
    return None


def _builder(text: str, figure: Figure, clause_start: int, context: _DocumentContext) -> _Resolved | None:
    """``由甘肃河西澜风新能源有限公司投资建设的…风电场100万千瓦项目``: the firm that builds the project."""
    built = _BUILT_BY.search(text, clause_start, figure.span[0])
    if built is None:
        return None
    for mention in context.mentions_between(built.start(1), built.end(1)):
        if mention.type == "firm" and mention.span == built.span(1):
            return context.resolved(mention, "facts.subject.builder.v1")
    return None


# A market index or sector that moves right before the figure is what the figure is about
_MARKET_MOVER = EndGuarded(re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=时|中|后|日|天|的))"
    r"(上证指数|上证综指|深证成指|深证综指|创业板指|科创综指|科创50|北证50|沪深300|上证50|中证500|中证1000|中证2000"
    r"|万得全A|恒生指数|恒指|国企指数|恒生科技指数|道琼斯指数|标普500指数|纳斯达克指数|日经225指数"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=的))[\u4e00-\u9fff]{2,6}板块)"
    r"(?:一度|盘中|尾盘|午后|全天|全日|半日|早盘|午盘|当日|今日|本周累计|本周|累计)?(?:报收|收报|收于|上涨|下跌|收涨|收跌|大涨|大跌|涨|跌|获?主力资金(?:合计)?净(?:流入|流出))"
    r"(?:了)?(?:逾|超|近|约)?$"
))
_SETTLES = re.compile(r"[^，,。；;：:]{0,12}?(?:签约落户|落户|落地|入驻|进驻|集聚|聚集)(?:在|于|到)?")


def _destination(text: str, figure: Figure, context: "_DocumentContext") -> _Resolved | None:
    """``25个前沿商业航天项目落户北京经开区``: what settles somewhere is counted for that park or place."""
    if figure.kind != "count":
        return None
    settles = _SETTLES.match(text, figure.span[1])
    if settles is None:
        return None
    for index in context.starting_at.get(settles.end(), ()):
        mention = context.mentions[index]
        if mention.type in ("park", "place"):
            return context.resolved(mention, "facts.subject.destination.v1")
    return None


_METRIC_HEAD = re.compile(
    r"(?:率|额|量|值|总数|人数|总额|收入|产值|比重|占比|规模|投资|增速|指数|价格|余额|总量|数量|面积|产量|能耗|人口|利润|营收|成本|效率|水平|贡献|需求|能力|时间|费用|支出|消费|销量|任务|目标|指标|计划|进度)$"
)
_NOUN_FLAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "ns", "j", "eng", "nrfg", "b"})
# what an actor can start with: a character of the tagger's words (extractor.nlp._POS_BLOCK), no digit
_NOUN_START = re.compile(r"[\u4E00-\u9FD5a-zA-Z+#&\._]")
_COPULAS = frozenset("达 为 是 超 超过 占 约 近 逾 共 计 有 在 至 到".split())


_BODY_END = re.compile(r"(?:局|司|处|厅|委|办|署|中心)$")
_STATED_LEVEL_END = re.compile(r"(?:为|达|达到|是|约为)\s*$")
_SHOWING_VERBS = frozenset("显示 表明 显现 指出".split())
_SPEECH_VERBS = frozenset("介绍 表示 透露 坦言 称 说 指出".split())
_DOCUMENT_HEADS = ("方案", "规划", "意见", "通知", "办法", "纲要", "计划", "条例", "细则", "规定", "措施", "文件", "政策", "决定")
_STATING_VERBS = frozenset("明确 提出 要求 规定 强调 部署 指出 确定".split())
_PLACE_FLAGS = frozenset({"n", "ns", "nz", "nt", "s", "f", "j", "un"})


def _after_locative(tokens, index: int) -> int:
    """The index after 在 + a place (在大桥口岸) when adverbs and a verb follow it; else ``index``, at 在."""
    end = index + 1
    while end < len(tokens) and end - index <= 4 and tokens[end][1] in _PLACE_FLAGS:
        end += 1
    verb = end
    while verb < len(tokens) and tokens[verb][1] in ("d", "ad"):
        verb += 1
    if end > index + 1 and verb < len(tokens) and tokens[verb][1] == "v" and tokens[verb][0] not in _COPULAS:
        return end
    return index


_VIEWPOINT = re.compile(r"(?:从|分|按)[\u4e00-\u9fff]{1,6}(?:看|来看|分|统计)")
_AGENT_OR_DOMAIN = re.compile(r"(?:政府|部门|局|委|厅|办|署|公司|企业|集团|银行|内|中|里|地区|区域|县域|城区|片区|市|县|省|州)$")  # who acts, a domain, a region
_VIEWPOINT_LEAD = re.compile(r"\s*(?:从|分|按)(?!地区|区域|城市|省份|市州|县区|区县|国别|企业)[\u4e00-\u9fff]{1,6}(?:看|来看|统计)[，,]")


_ADVERBIAL_CLAUSE = re.compile(
    r"(?:随着|伴随着?|经过|通过|由于|为了|按照|根据|依据|依照"
    r"|经(?=[\u4e00-\u9fff]{0,12}(?:审核|审查|审定|批准|批复|核实|核定|核准|认定|测算|核算|评审|研究|同意|统计|调查|复核|检测|审验|验资|审计|鉴证))"
    r"|据(?=[\u4e00-\u9fff]{1,20}(?:统计|测算|监测|调查|介绍|了解|报道|显示))"  # 据大会组委会统计: the source
    r"|[较比](?=[上去前同本\d〇○零一二三四五六七八九]|常年|历史|年初))"  # 较2021年9月高位累计下跌: a basis, not who acts
)


_SOURCE_CLAUSE = re.compile(r"(?:结果|数据|资料|报告|统计|调查|监测|普查)(?:显示|表明)")
_SURVEYOR = re.compile(r"(?:会|局|委|厅|署|部|办|院|所|中心|公司|集团|银行|机构|政府|协会|商会)$")


_TIP_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}(?:提示|提醒|说明|须知)[：:]")


_BOUND_WORDS = ("不少于", "不低于", "不超过", "不高于", "不小于", "不大于", "不足", "不到", "少于", "多于")


@lru_cache(maxsize=16384)
def _clause_actor(clause: str) -> str:
    """A clause's own noun-phrase subject before an action verb: ``中欧班列累计开行突破10万列`` → ``中欧班列``."""
    segment = clause[_topic_lead_end(clause):]
    if clause.lstrip(" ，,").startswith("在") and _WHERE_ONE_WORKS.search(segment[:12]):
        return ""  # 在湖北省内就业2,486人: where people work, not who acts
    if _ADVERBIAL_CLAUSE.match(clause.lstrip(" ，,")):
        return ""  # 随着气温下降，…共受理1.86万件; 经资格审核，…: how or why, not who acts
    if _TIP_LABEL.match(segment):
        return ""  # 温馨提示：…; 政策提示：…: a label, not who acts
    if not segment or _SCOPE.match(segment) or not _NOUN_START.match(segment) or _VIEWPOINT.match(clause.strip()):
        return ""  # 从投向看，…: how the figures are broken down, not who acts
    tokens = _pos(segment[:24])
    if segment[:1] in SURNAMES:
        tokens = _pos_guessing_names(segment[:24])
    words: list[str] = []
    index = 0
    while (index < len(tokens) and tokens[index][1] in _NOUN_FLAGS and not _BASIS.fullmatch(tokens[index][0])
           and tokens[index][0] not in _ADVERBIAL_B):
        words.append(tokens[index][0])
        index += 1
    while index < len(tokens) and tokens[index][1] == "t":
        index += 1
    if words and index < len(tokens) and tokens[index][0] == "在":
        index = _after_locative(tokens, index)  # 海关在大桥口岸已累计验放…: who acts, then where
    if words and index >= len(tokens) > len(words) and tokens[0][1].startswith("nr") and len(segment) <= 24:
        return "".join(words)  # 习近平总书记先后|30多次深入西部考察: a person, then how often
    if (not words or index >= len(tokens) or tokens[index][0] in _COPULAS or tokens[index][0] in _MODALS
            or tokens[index][0] in _SHOWING_VERBS):
        return ""  # Wind数据显示，…: a source, not who acts
    if tokens[index][0] in _STATING_VERBS and words[-1].endswith(_DOCUMENT_HEADS):
        return ""  # 方案明确，到2030年成都市…: what a document sets, not who acts
    if tokens[index][0] in _SPEECH_VERBS and index + 1 < len(tokens) and tokens[index + 1][0] == "了":
        return ""  # 董事会秘书何嘉懿介绍了公司…经营情况：…: who presents the figures, not whose they are
    flag = tokens[index][1]
    following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
    person = tokens[0][1].startswith("nr")
    allowed = ("v", "d", "vd", "ad", "p", "c") if person else ("v", "d", "vd", "ad")
    if flag not in allowed or (flag == "v" and following in _NOUN_FLAGS):
        return ""
    if tokens[index][0] in _PRODUCED and not any(tokens[k][1] in _NAMING_FLAGS for k in range(len(words))):
        return ""
    verbs_end = index
    while verbs_end < len(tokens) and tokens[verbs_end][1] == "v":
        verbs_end += 1
    if flag == "v" and verbs_end < len(tokens) and tokens[verbs_end][1] in _NOUN_FLAGS:
        return ""  # 农业农村|节能减排|工程: a modifier of a longer name, not who acts
    actor = "".join(words)
    if actor.endswith(("负责人", "发言人")) and tokens[index][0] in _SPEECH_VERBS:
        owner = actor[:-3]  # 码头负责人介绍，…: the works a spokesman speaks for (公司负责人, 省局负责人: a body, found elsewhere)
        return owner if len(owner) >= 2 and not owner.endswith(("局", "厅", "委", "办", "部", "公司", "集团", "企业", "项目", "有关", "相关", "现场", "活动")) else ""
    if (tokens[index][0] in _SPEECH_VERBS and not person and _BODY_END.search(actor)
            and (index + 1 >= len(tokens) or tokens[index + 1][0] in ("，", ",", "：", ":")) and _STATED_LEVEL_END.search(clause)):
        return ""  # 户政司表示，…老年人口为455万人: who speaks, not whose the level is (but 贸发局表示，将安排超过30个考察团)
    if actor.endswith(("航季", "期间", "假期", "黄金周")):
        return ""  # 新航季共有38家航空公司: a season, not who acts
    if segment.startswith(_BOUND_WORDS, len(actor)):
        return ""  # 作业车辆不少于18台: a measure and its bound, not who acts
    if tokens[index][0] in ("相关", "有关"):
        return ""  # AI相关需求仍具支撑: what the demand relates to, not who acts
    if actor == "政府" and tokens[index][0] == "采购":
        return ""  # 政府采购 | 15.06: procurement, a kind of trade, not a government acting
    if actor.endswith(("比", "较")) and len(actor) > 2:
        actor = actor[:-1]  # 居民消费价格比|上年上涨: jieba's 价格比 hides the comparison
    if actor.endswith("临时") and len(actor) > 4:
        actor = actor[:-2]  # 总销货价值临时|估计: a provisional estimate of the measure
    industry = _INDUSTRY_NAME.match(segment)
    if industry and len(industry.group()) > len(actor) and industry.group().startswith(actor):
        return ""  # 黑色金属冶炼和压延加工业增长1.04倍: a piece of an industry's name acts on nothing
    if (len(actor) < 2 or _METRIC_HEAD.search(actor) or _MEASURE_WORD.search(actor)
            or any(ch.isdigit() for ch in actor) or actor in _GENERIC_ACTORS or _PEOPLE_GROUP.search(actor)):
        return ""  # (失业人员再就业1,152人: the people counted, not who acts)
    if _activity_measured(actor, _TRAILING_LINK.sub("", _UP_TO_VALUE.match(segment, len("".join(words))).group(0))):
        return ""  # 专利商标质押融资登记金额186.5亿元，…，惠及企业2,140家: what is pledged, not who acts
    if _SOURCE_CLAUSE.search(clause) and not _SURVEYOR.search(actor):
        return ""  # 越冬水鸟同步调查结果显示，…: what was surveyed, not who acts (商会…调查显示: who surveyed)
    return actor


def _without_facility_suffix(metric: str, facility: str) -> str:
    """深圳港 + 港外贸集装箱吞吐量 → 外贸集装箱吞吐量: the metric lost the place, not the 港."""
    for size in range(min(len(facility) - 1, 4), 0, -1):
        if metric.startswith(facility[-size:]) and len(metric) - size >= 2:
            return metric[size:]
    return metric


_LIST_TOTAL = re.compile(r"\s*(?:共|合计|总共|共计)|\s*等\s*$")


_DIGIT = re.compile(r"[0-9]")


_LISTED_TOGETHER = re.compile(
    r"等$|等?(?P<count>[\d一二三四五六七八九十两]{1,3}个?[\u4e00-\u9fff]{1,2})?(?P<how>共|合计|总共|共计|联合|共同|累计)")
_LISTED_PLACES_COUNT = re.compile(r"[\d一二三四五六七八九十两]{1,3}个(?:乡镇|镇|乡|街道|村|行政村|县|县区|县（市、区）|市|地市|城市|区)")


def _listed_together(text: str, name: str, clause_start: int, figure_start: int, context: "_DocumentContext") -> str:
    """苏州、南京两市 of 苏州、南京两市合计完成…; 成都市、德阳市、眉山市 of 成都市、德阳市、眉山市共完成投资…."""
    at = text.rfind(name, clause_start, figure_start)
    together = _LISTED_TOGETHER.match(text, at + len(name), figure_start)
    if together is None or together.group("how") in (None, "累计"):
        return ""  # (管内四川、重庆、贵州累计发送旅客: the places a body serves, its own figure)
    start = at
    places = {m.span[1]: m for m in context.mentions_between(clause_start, at) if m.type == "place"}
    while text[start - 1:start] == "、" and (before := places.get(start - 1)) is not None:
        start = before.span[0]
    end = together.end("count") if together.group("count") else at + len(name)
    return text[start:end] if start < at else ""


def _last_of_listed_items(text: str, name: str, clause_start: int, figure_start: int) -> bool:
    """``…喜集水小学、景泰兔窝小学，…，纳沟小学共15所学校``: the last of the items a total counts is no subject."""
    at = text.rfind(name, clause_start, figure_start)
    between = text[at + len(name):figure_start]
    if at > 0 and (not between or _LISTED_PLACES_COUNT.fullmatch(between) or _LISTED_TOGETHER.match(between)) and text[at - 1] == "、":
        # (…、焦虎镇5个乡镇38个行政村; 成都市、德阳市、眉山市共完成投资120亿元)
        item_before = text[max(text.rfind("、", clause_start, at - 1) + 1, clause_start):at - 1]
        return not _DIGIT.search(item_before)  # …、德国、日本6个国家: the count of all the items; not 保康县26、南漳县31
    if at != clause_start or clause_start < 2 or not _LIST_TOTAL.match(between):
        return False
    previous = text[_previous_clause_start(text, clause_start - 1):clause_start - 1]
    return text[clause_start - 1] in "，,、" and ("、" in previous or previous.endswith(name[-2:]))  # parallel items


_MEASURED_ACTS = frozenset("授权 申请 登记 注册 备案 参保 参合 续保 投保 再就业 就业 实现就业 招生 入学 毕业 在校 参训 签发 核发 发卡 投入 支出 费用".split())  # 专利授权2.36万件, 失业保险参保52.73万人: what is counted, not who acts


def _actor_resolved(actor: str, context: "_DocumentContext") -> _Resolved:
    park = context.notice_park if actor in _PARK_WORDS else None
    if park is not None:
        return context.resolved(park, "facts.subject.scope.v1")  # 园区已集聚各类市场主体4600余家: the notice's park
    if actor in _ISSUER_SELF and context.announcing_firm is not None:
        return context.document_subject()  # 当事人：…有限公司 … 本局决定：没收违法所得2,444元: the party's, not the issuer's
    return _Resolved(actor, "", "facts.subject.actor.v1")


_ISSUER_SELF = frozenset("本局 我局 本委 我委 本厅 我厅 本办 我办".split())


_REGION_LEAD = re.compile(r"\s*(?:分|从|按)(?:区域|地区|片区|板块|区县|县区|市州|地市)(?:分布)?(?:看|来看)[，,]")
_REGION_ITEM = re.compile(
    r"\s*(?:(?:分|从|按)(?:区域|地区|片区|板块|区县|县区|市州|地市)(?:分布)?(?:看|来看)[，,])?"
    r"([\u4e00-\u9fff]{2,8}?(?:地区|片区|区域|板块))(?:同比|分别)?(?:增长|下降|增速为|增幅为|提高|回落|加快)"
)
_THRESHOLD_TAILS = ("以上", "以下", "及以上", "及以下")
_COORDINATE_WORDS = frozenset({"北纬", "南纬", "东经", "西经"})
_PEAK_WORDS = ("高峰", "峰值", "低谷", "最高峰")  # 返程高峰出现在10月6日，当日通行378.9万辆次: when, not who
_NO_ACTOR_WORDS = frozenset(
    "月均 年均 日均 户均 人均 周均 季均 每月 每年 每日 每户 每人 平均 名义 实际 可比 同口径 依法 依规 "  # and manners: 依法适用…33件
    "生态 绿色 低碳 数字 智能 智慧 节地 文明 线上 线下 网上 "  # and kinds of an act: 生态安葬1,236例, 线上办理2.3万件
    "自然 机械 社会 飞机 航班 航空器 "  # 人口自然减少, 机械增长; 飞机起降11.86万架次: the airport's movements
    "农药 兽药 问题 "  # 农药残留超标2批次, 问题发现率: what was found, not who acted
    "同期 当期 本期 上期 同月 当月 同季".split()  # 2019年同期分别为460.6万人次: a period, not who
)
_MEASURE_ACTOR = re.compile(r"(?:病例数|人数|件数|户数|总数|总量|总额|发病率|比例|比重)$")  # 报告病例数居前五位的病种为…: a measure, not who
_PLANNED_LEADS = ("计划", "预计", "拟", "力争", "争取")
_PARK_WORDS = frozenset("园区 经开区 高新区 开发区 新区 全区".split())


def _actor_is_measured(actor: str, metric: str) -> bool:
    """高技术制造业增长40.7%, 博彩税收入上升4%: the clause's noun is what is measured, not who."""
    if not metric.startswith(actor):
        return False
    rest = metric[len(actor):]
    return (len(rest) <= 1 or rest in _MEASURED_ACTS  # 光子产业营|收约420亿元, 专利授权2.36万件
            or (actor.endswith(("险", "业务")) and _METRIC_HEAD.search(rest) is not None)  # 寿险保费收入: a line of business
            or _METRIC_HEAD_WORD.match(rest) is not None or _INDUSTRY_MEASURE.fullmatch(rest) is not None
            or (_METRIC_HEAD.search(rest) is not None and _continues_the_noun(rest))
            or _activity_measured(actor, rest) or rest.endswith(_RATE_ENDS)  # 贷款|加权平均年化利率: the loans' rate
            or _FAULT_AFTER.fullmatch(rest) is not None)  # 食品原料索证索票|不全96项: a fault found, counted


def _faulted(text: str, actor: str, sentence_start: int) -> bool:
    """食品原料索证索票不全96项；食品留样不规范58项: a noun named with its fault is a fault counted, no actor."""
    at = text.find(actor, sentence_start)
    return at >= 0 and _FAULT_AFTER.match(text, at + len(actor)) is not None


_FAULTS = r"(?:不全|不规范|不到位|不合格|不达标|不完善|不健全|不及时|过期|缺失|超标|超期|破损|未公示)"
_FAULT_AFTER = re.compile(rf"(?:或)?{_FAULTS}(?:或{_FAULTS})?")


_RATE_ENDS = ("率", "比例", "比重", "占比")


def _way_of_acting(actor: str, phrase: str, context: "_DocumentContext") -> bool:
    """``电话劝阻17.34万人次``, ``淡水捕捞7.2万吨``, ``文献外借412.6万册次``: a noun and its act name what is
    counted; no body acts (but 市中院受理, 专项基金批出, or any name the notice knows)."""
    if (_AGENT_OR_DOMAIN.search(actor) or _SURVEYOR.search(actor) or actor.endswith("基金") or not phrase.startswith(actor)
            or context.entity_surfaces_in(actor)):
        return False
    tokens = _pos(phrase[len(actor):])
    return (0 < len(tokens) <= 2 and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) > 1
            and all(flag in ("v", "vn", "d") for _, flag in tokens[:-1]))


_ACTIVITY_MEASURE = re.compile(r"(?:金额|额|量|数|申请|登记|注册|备案|服务|结算|架次|人次)$")  # (家庭医生|签约服务236万人)
_STATE_ACTORS = frozenset("国家 中央 国务院 我国".split())
_UP_TO_VALUE = re.compile(r"[^\d，,；;。：:]*")
_ACHIEVING = frozenset("实现 完成 达到 达 新增 累计 共 拥有 有 获得 获 取得 带动 吸引 引进 招引 签约 投入 发放 支持 帮助 惠及 提供".split())


def _activity_measured(actor: str, rest: str) -> bool:
    """``马德里商标国际|注册申请386件``, ``专利商标|质押融资登记金额``: an activity's count or amount, the noun
    before naming what is registered or pledged, not who acts (but 某公司|实现营业收入)."""
    if _AGENT_OR_DOMAIN.search(actor) or actor in _STATE_ACTORS or not _ACTIVITY_MEASURE.search(rest):
        return False
    tokens = _pos(rest)
    return bool(tokens) and tokens[0][1] in ("v", "vn") and len(tokens[0][0]) > 1 and tokens[0][0] not in _ACHIEVING


def _continues_the_noun(rest: str) -> bool:
    """``农作物耕种|收综合机械化率``: a lone verb character after the actor finishes its words
    into one noun phrase; ``国家|下达…``, ``国家|财政…``: a word of its own follows."""
    tokens = _pos(rest)
    return bool(tokens) and len(tokens[0][0]) == 1 and tokens[0][1] == "v"


_METRIC_HEAD_WORD = re.compile(_METRIC_HEAD.pattern.rstrip("$"))
# 涨幅分别为…, 集资最多1.07亿元, 小学生连家长总数才1.5万人: a measure or an activity, never who is measured
_MEASURE_WORD = re.compile(r"(?:[涨跌增降振]幅|幅度|集资|融资|募资|筹资|总数|人数|数目|人次|数字)$")
_ADVERBIAL_B = frozenset("主要 基本 大体 总体 整体 主动 被动 强制 自愿".split())  # 差距主要来自…, 主动退市1家: how, not who
_MODALS = frozenset("需 需要 要 能 能够 可 可以 会 应 应当 应该 须 必须 得".split())
_PEOPLE_GROUP = re.compile(r"(?:人员|群众|居民|农民|农户|职工|劳动力|毕业生|学生|考生|游客|旅客|患者|老人|儿童)$")
_GENERIC_ACTORS = frozenset(
    "记者 工程 项目 企业 部门 单位 地方 各地 一共 总共 共计 其中 我们 他们 大家 有关 相关 市场 产业 行业"
    " 数据 统计 资料 报告 调查 结果 数字 消息 个人 局方 官方 两者 二者 双方 前者 后者 差距 差额 差异"
    " 分行业 分地区 分产业 分区域 分领域 分门类 分季度 分类别 分经济类型 分企业类型 分项目"
    " 办理 发放 审批 兑现 申报 缴纳 征收 减免 退还 拨付 下达 落实 现场 会上 会议 期间 新建 改建 扩建 临时 初步 公告 通告 通知 公示 概要 摘要 公告概要 公告摘要".split()
)
# a product or trade its production verb counts (生猪出栏68.5万头, 房地产开发投资下降7.4%): a metric, not who acts
_PRODUCED = frozenset("出栏 存栏 开发 种植 养殖 生产 产出 销售 收购 播种 出口 进口".split())
_NAMING_FLAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt", "nz", "eng", "un"})


def _opens_with_verb(text: str, start: int, end: int) -> bool:
    tokens = _pos(text[start:min(end, start + 8)])
    return bool(tokens) and tokens[0][1] in ("v", "vd")


def _scoped_owner(text: str, start: int, limit: int, context: "_DocumentContext") -> _Resolved | None:
    """``全国共有178家国家高新区，聚集了70%的…``: the clause after a scope word's clause is about
    the park, firm or body that clause introduced."""
    match = _CLAUSE_BREAK.search(text, start, limit)
    end = match.start() if match else limit
    have = re.search(r"有", text[start:end])
    if have is None:
        return None
    owners = [
        m for m in context.mentions_between(start + have.end(), end)
        if m.type != "place" and not re.search(r"[（(][^）)]*$", text[start:m.span[0]])
    ]
    return context.resolved(owners[-1], "facts.subject.clause_object.v1") if owners else None


def sentence_topic(text: str, sentence: Sentence, context: "_DocumentContext") -> _Resolved | None:
    """The entity or scope word a sentence is about, from its first clause that names one."""
    for start in _clause_starts(text, sentence.span[0], sentence.span[1]):
        recipient = _recipient(text, start, sentence.span[1], context)
        if recipient is not None:
            return recipient
        topic = _clause_topic(text, start, sentence.span[1], context)
        if (topic is not None and topic.entity_id.startswith(("government:", "organization:"))
                and _cited_source(text, start, sentence.span[1], topic.text)):
            continue  # 据县文广新旅局统计，…全县…: the source, not what the sentence is about
        if topic is not None and topic.entity_id.startswith("government:") and _APPROVED_BY.match(text, start):
            continue  # 经财政部核定，省财政厅下达我市…: who approved, not whose
        if topic is not None:
            return topic
    offset = sentence.span[0] + _topic_lead_end(text[sentence.span[0]:sentence.span[1]])
    person = _pos_guessing_names(text[offset:offset + 6]) if text[offset:offset + 1] in SURNAMES else ()
    if person and person[0][1].startswith("nr"):
        actor = _clause_actor(text[sentence.span[0]:sentence.span[1]])
        if actor:
            return _Resolved(actor, "", "facts.subject.person.v1")
    return None


def _lost_mark(text: str, match: re.Match) -> bool:
    """2？85.6亿元, 达�?12.4亿元: a character lost before a digit breaks no clause."""
    return match.group(0) in "？?" and text[match.end():match.end() + 1].isdigit()


def _clause_starts(text: str, sentence_start: int, clause_start: int) -> list[int]:
    starts = [sentence_start]
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, clause_start):
        if match.end() < clause_start and not _lost_mark(text, match):
            starts.append(match.end())
    return starts


_TOPIC_LEAD = re.compile(
    rf"^(?:(?:{_PERIOD.pattern})|(?:{_BASIS.pattern})|[（(][^（）()]{{0,12}}(?:消息|讯|电|报道)[）)]|[（(][一二三四五六七八九十]{{1,3}}[）)]"
    r"|[\u4e00-\u9fff]{2,12}?讯(?=\s|[（(])\s*(?:[（(]记者[^（）()]{0,20}[）)])?|[ ，,（(“「]"
    rf"|[-•·*●▪◆■](?=\s)|其中|同时|此外|另外|目前|而|但|并(?![购网表])|另|对于|(?:邻近|相邻|毗邻|周边|同省)的"
    r"|(?<!\d)[1-3]?\d日(?![内前后以起])"  # 19日章丘区最低气温降至-3.8℃: the day, before the place
    r"|在[^，,。；;]{2,40}?(?:的)?(?:坚强|正确|大力|有力)?(?:领导|指导|带领|支持|帮助|推动)下"  # 在宁波市发展改革委指导下，公司…
    rf"|在(?![建校岗职读库营册途])|于|据|从(?!业)"
    rf"|经(?![营济开贸费理销信])|通过|随着"  # 经营主体, 从业人员, 在建项目: words, not connectives
    rf"|保荐机构|保荐人|主承销商|承销商|独立财务顾问|财务顾问|审计机构"
    rf"|{OWNERSHIP_WORDS}|{FIRM_KINDS})*"
)


_TOPIC_LEAD_FIRST = first_chars(_TOPIC_LEAD)


@lru_cache(maxsize=16384)
def _topic_lead_end(segment: str) -> int:
    """Where the time words and connectives opening a clause end."""
    if not segment or (_TOPIC_LEAD_FIRST is not None and not _TOPIC_LEAD_FIRST.match(segment)):
        return 0
    return _TOPIC_LEAD.match(segment).end()


_RIVERS = ("江", "河", "湖")
_RIVER_STATION = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:水文站|站)(?![稳在起住立点台])")
_FACILITY = re.compile(
    r"(?:(?!新建|在建|建设|开工|建成|投运|投产|完成|启动|实施|推进|累计|共有|拥有|对)[\u4e00-\u9fff]){0,6}?(?:枢纽|船闸|新通道|通道工程|工程|大桥|隧道|港区|港(?!澳)|机场|火车站|高铁站|铁路|高铁|运河|水库|(?<!充)电站|水电站|核电站|码头)(?![\u4e00-\u9fff]{0,2}(?:建设|公司|局|厅|委))"
)
_UNDER_GUIDANCE = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{2,10})*的(?:坚强|正确|亲切|大力|有力)?(?:领导|带领|指导|关心|支持|关怀|部署)(?:和[\u4e00-\u9fff]{2})?下"
)
_MODIFIED_NOUN = re.compile(r"(?:及[\u4e00-\u9fff]{2,4})?(?:地区)?(?:旅客|游客|住客|居民|人口|市场|方面|籍|学生|员工|客商|客人|访客|单牌车|车牌|牌照|航线|航班)")
# 中国经济网北京6月12日讯, 新华社北京3月5日电: where the story was filed, not what it is about
_NEWS_CUE = re.compile(r"\s*(?:消息|讯)")
_ADDRESS_BEFORE = re.compile(  # 地址：北京市东城区…: where to write, not whose (but 项目地址, 建设地址: where the works are)
    r"(?<![\u4e00-\u9fff])(地址|通讯地址|办公地址|联系地址|邮寄地址|通信地址|注册地址|住所|住址|经营场所)[：:][^\s。；;，,]*$")
_CONTACT_LINE = re.compile(r"电话|联系|邮编|邮政编码|传真|网址|邮箱|E-?mail", re.I)  # the address is where to write: a contact line


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日\s*(?:电|讯|消息|报道)")  # 新华社北京3月5日电, （吉隆坡6日讯）
# firms whose business is other people's data; 比亚迪数据显示 is the firm's own figures
_DATA_PROVIDERS = frozenset("万得信息技术股份有限公司 上海钢联 同花顺 东方财富 卓创资讯 隆众资讯 百川盈孚 克而瑞".split())
_DATA_CUE = re.compile(r"\s*(?:的)?(?:数据|统计|监测|调查|研究|报告)(?:数据)?(?:显示|表明|称|指出)")
_STATISTICS_CUE = re.compile(r"\s*(?:会同[^，,。；;]{2,20}?)?(?:初步)?(?:统计|测算)\s*[，,：:]")  # 经市文化和旅游局会同中国旅游研究院测算，
_SOURCE_CUE = re.compile(
    r"\s*(?:消息|讯|报道|报导|记者|资料显示|数据显示|统计显示|显示)|[^，,。；;]{0,12}?(?:表示|称|指出|介绍|获悉|透露)"
    r"|\s*(?:\d{1,2}月\d{1,2}日|周[一二三四五六日]|日前|近日|今天|昨天)?\s*(?:[（(]\d{1,2}月\d{1,2}日[)）])?\s*"
    r"(?:发布|公布|通报|披露)(?:[^，,。；;]{0,14}?(?:数据|数字|统计)|\s*[，,：:])"
)
_CENTRAL_BANK_BRANCH = re.compile(r"^(?:中国)?人民银行([\u4e00-\u9fff]{2,4}?)(?:分行|营业管理部|中心支行)$")


def _central_bank_branch(name: str) -> tuple[str, str] | None:
    """中国人民银行天津分行: the central bank's branch for 天津 (its figures are the place's, not the nation's)."""
    branch = _CENTRAL_BANK_BRANCH.match(name)
    if branch is None:
        return None
    found = get_gazetteer().match_at(branch.group(1), 0)
    if found is None or found[0] != len(branch.group(1)) or found[1].type != "place":
        return None
    return branch.group(1), found[1].entity_id


_BODY_PLACE = re.compile(r"^.{2,9}?(?:省|市|自治区|特别行政区|自治州|州|县|区|盟|旗)(?=[^省市区县]{2})")


def _body_place(body: Mention, context: "_DocumentContext") -> _Resolved | None:
    """``广东省统计局发布…数据``: figures a local body publishes are about its place."""
    prefix = _BODY_PLACE.match(_NATIONAL_PARENT.sub("", body.text))  # 国家外汇管理局浙江省分局 -> 浙江省
    if prefix is None:
        branch = _central_bank_branch(body.canonical)
        return _Resolved(branch[0], branch[1], "facts.subject.publisher_place.v1") if branch else None
    for mention in context.mentions:
        if mention.type == "place" and prefix.group(0) in (mention.text, mention.canonical):
            return context.resolved(mention, "facts.subject.publisher_place.v1")
    return _Resolved(prefix.group(0), "", "facts.subject.publisher_place.v1")



_MEASURED_WORK = re.compile(
    r"《([^《》]{1,24})》(?:的)?(?:全球|国内|全国|内地|海外|累计|总|首日|单日|首周)?"
    r"(?:票房|播放量|播放次数|观影人次|观众人次|收视率|销量|销售量|发行量|点击量|阅读量|下载量|印数)"
)


# what may come before a work's title when the work opens the clause: 中国动画电影《…》, not 受《…》票房带动
_WORK_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:电影|影片|电视剧|剧集|动画片|纪录片|节目|图书|小说|游戏|歌曲|专辑|报纸|杂志|动画))?")
_EARNING = "以|收获|斩获|揽获|拿下|取得|获得"
_EARNING_WORK = re.compile(rf"(?:[\u4e00-\u9fff]{{0,10}}出品的|[\u4e00-\u9fff]{{0,4}}(?:电影|影片|动画片|纪录片))?《([^《》]{{1,24}})》(?:{_EARNING})")
_EARNING_VERB = re.compile(_EARNING)
_WORK_METRIC_END = re.compile(r"(?<=[房量率数次])(?:突破|破|超过|超|达到|达)$")


_REGISTERED_CAPITAL = re.compile(r"\s*(?:注册资本|注册资金)")
_HOLDING_VERB = re.compile(r"持有|持股|质押|减持|增持")
_UNTIL_LIST_BREAK = re.compile(r"(?:(?!及|和|与)[^、，,；;])*")  # (not …（持股158,416,000股）、周建明（持股24,760,800股）: the next holder's)
_ASIDE_AT = re.compile(r"\s*(?:[（(][^（）()]{1,40}[)）]\s*)*")


def _after_aside(text: str, at: int) -> int:
    """Past the （以下简称“…”） right after a name."""
    return _ASIDE_AT.match(text, at).end()


_SHAREHOLDER_ROLE = re.compile(r"(?:公司|本公司)?的?(?:控股股东|第一大股东|持股5%以上股东|股东|实际控制人)")
_WINNER_ROLE = re.compile(r"(?:第[一二三]名?)?(?:中标|成交|竞得|中选)(?:人|单位|供应商|候选人|企业)(?:名称)?(?:为|是|[:：])")
_SHAREHOLDER_AFTER = re.compile(r"(?:[（(]以下简称[^）)]{1,20}[）)])?的?(?:控股股东|第一大股东|持股5%以上股东|股东|实际控制人)")


def _holder_after(text: str, firm: Mention, index: int, end: int, context: "_DocumentContext") -> Mention | None:
    """浙江华拓…公司（以下简称“公司”）控股股东绍兴华拓投资控股有限公司（…）持有公司股份: the shareholder named
    after the listed firm holds, pledges or sells the shares."""
    role = _SHAREHOLDER_AFTER.match(text, firm.span[1], end)
    if role is None:
        return None
    holder = next((m for m in context.mentions[index + 1:index + 4] if m.span[0] == role.end()), None)
    if holder is None or holder.type != "firm" or holder.span[1] > end or not _HOLDING_VERB.search(text, holder.span[1], end):
        return None  # (not 金沙中国控股股东拉斯维加斯金沙集团公布…业绩: who announces the firm's results)
    return holder


def _opens_respective_places(text: str, start: int, context: _DocumentContext) -> bool:
    """``上派镇、桃花镇地区生产总值分别达到…``: a clause opening with a list of places, each given its own figure."""
    offset = start + _topic_lead_end(text[start:start + 120])
    for index in context.starting_at.get(offset, ()):
        mention = context.mentions[index]
        if mention.type == "place" and text[mention.span[1]:mention.span[1] + 1] in ("、", "和"):
            return "分别" in text[mention.span[1]:_clause_end(text, mention.span[1])]
    return False


_BACK_TO_LIST = re.compile(r"\s*(?:合计|共计|总计|均|都|占|两地|三地|[二三四五六七八九十]地|以上|低于|高于|比|较|同比|分别)")


def _firm_starting_at(context: _DocumentContext, position: int) -> Mention | None:
    return next((context.mentions[i] for i in context.starting_at.get(position, ()) if context.mentions[i].type == "firm"), None)


def _clause_topic(text: str, start: int, end: int, context: _DocumentContext) -> _Resolved | None:
    """The entity or scope word a clause opens with (after time words and connectives)."""
    if _AUDITED_BY.match(text, start, end) or _APPROVED_BY.match(text, start, end):
        return None  # 经…会计师事务所审验，公司已收到…; 经县政府研究，…: who checked or approved the figures, not whose they are
    offset = start + _topic_lead_end(text[start:min(end, start + 120)])
    role = _SHAREHOLDER_ROLE.match(text, offset, end)
    holder = _firm_starting_at(context, role.end()) if role else None
    if holder is not None and holder.span[1] <= end and _HOLDING_VERB.search(_UNTIL_LIST_BREAK.match(
            text[_after_aside(text, holder.span[1]):end]).group(0)):  # …控股集团于11月3日通过集中竞价方式减持: the holder's sale
        return context.resolved(holder, "facts.subject.shareholder.v1")  # 控股股东浙江澜拓控股有限公司持有公司股份…
    winner = _WINNER_ROLE.match(text, offset, end)
    awarded = _firm_starting_at(context, winner.end()) if winner else None
    if awarded is not None and awarded.span[1] <= end:
        return context.resolved(awarded, "facts.subject.winner.v1")  # 中标人为河南鼎峰建设工程有限公司，中标价7902.66万元
    if "《" in text[offset:end]:
        work = _MEASURED_WORK.search(text, offset, end)
        if work and _WORK_LEAD.fullmatch(text, offset, work.start()):
            return _Resolved(work.group(1), "", "facts.subject.work.v1")  # 电影《哪吒之魔童闹海》全球票房破100亿元
        earning = _EARNING_WORK.fullmatch(text, offset, end)
        if earning and "票房" in text[max(0, offset - 80):end + 30]:
            return _Resolved(earning.group(1), "", "facts.subject.work.v1")  # 《长空之翼》以7.26亿元夺得档期冠军
    for index in context.starting_at.get(offset, ()):
        mention = context.mentions[index]
        if mention.span[1] <= end:
            if mention.type == "organization" and _MEDIA.search(mention.canonical):
                continue  # 传真社翻查数据: a news agency reports, it is not what the figures are about
            if mention.type in ("government", "organization") and _STATISTICS_CUE.match(text, mention.span[1]):
                for clause in itertools.islice(_CLAUSE_BREAK.finditer(text, mention.span[1], end), 3):
                    reported = _clause_topic(text, clause.end(), end, context)
                    if reported is not None and (reported.rule == "facts.subject.scope.v1" or (
                            reported.rule == "facts.subject.topic.v1" and reported.entity_id.startswith(("place:", "park:")))):
                        return reported  # 据青岛海关统计，今年前3季度，山东省…: the place the next clauses open with
            if mention.type in ("government", "organization") and _SOURCE_CUE.match(text, mention.span[1]):
                home = _body_place(mention, context) if mention.type == "government" else None
                if home is not None:
                    return home
                continue
            if mention.type == "place" and _MODIFIED_NOUN.match(text, mention.span[1]):
                continue
            if mention.type == "place" and text[mention.span[0] - 1:mention.span[0]] == "在" and _WHERE_ONE_WORKS.match(text, mention.span[1]):
                continue  # 在湖北省内就业2,486人: where the graduates work, not whose figure it is
            if mention.type == "government" and _UNDER_GUIDANCE.match(text, mention.span[1]):
                continue  # 在西安市委、市政府的坚强领导下，…: who leads, not what the figures are about
            if mention.type in ("government", "organization", "firm") and _HOSTING_AFTER.match(text, mention.span[1]):
                continue  # 兰州市体育局等单位承办，设全程马拉松: who runs the event, not what the figures are about
            if mention.type != "place" and _SOURCE_CUE.match(text, mention.span[1]) and _NEWS_CUE.match(text, mention.span[1]):
                continue
            if mention.type == "firm" and mention.canonical in _DATA_PROVIDERS and _DATA_CUE.match(text, mention.span[1]):
                continue  # 上海钢联数据显示，全国螺纹钢库存…: the firm whose data it is, not what the data are about
            holder = _holder_after(text, mention, index, end, context) if mention.type == "firm" else None
            if holder is not None:  # 公司控股股东绍兴华拓投资控股有限公司持有公司股份…: the shareholder's holding
                return context.resolved(holder, "facts.subject.shareholder.v1")
            chained = mention
            if mention.type == "place" and index + 1 < len(context.mentions):
                owner = context.mentions[index + 1]
                if owner.type == "firm" and owner.span[0] == mention.span[1] and owner.span[1] <= end:
                    return context.resolved(owner, "facts.subject.topic.v1")  # 德国克莱恩伯格集团投资…: the firm
            for following in context.mentions[index + 1:]:
                if following.span[0] == chained.span[1] and following.type in ("place", "park") and chained.type == "place":
                    chained = following
                elif following.span[0] > chained.span[1]:
                    break
            if chained.type == "place" and text[chained.span[1]:chained.span[1] + 1] in ("至", "到"):
                to = next((m for m in context.mentions[index + 1:] if m.span[0] == chained.span[1] + 1), None)
                if to is not None and to.type == "place":  # 贵阳至南宁通行时间: a route
                    return _Resolved(text[mention.span[0]:to.span[1]], "", "facts.subject.route.v1")
            facility = _FACILITY.match(text, chained.span[1]) if chained.type == "place" else None
            if chained.type == "place" and chained.canonical.endswith(_RIVERS):
                facility = _RIVER_STATION.match(text, chained.span[1]) or facility  # 长江汉口站水位: the station's, not the river's
            if facility:
                return _Resolved(chained.text + facility.group(0), "", "facts.subject.facility.v1")
            return _with_sector(context.resolved(chained, "facts.subject.topic.v1"), text, chained.span[1], end)
    banks = _BANK_GROUP.match(text, offset, end)
    if banks:
        return _Resolved(banks.group(0), "", "facts.subject.group.v1")  # 本国银行平均逾放比率为0.16%: the banks as one
    if _TOPIC_WORD_START.match(text, offset, end):
        scope = _SCOPE.match(text, offset, end)
        if scope and _SYSTEM_NAME.match(text, scope.end(), end):
            scope = None  # 全国银行业理财信息登记系统登记编码: a register's name, not the nation's figures
        if scope:
            national = scope.group(0) == "全社会" and _NATIONAL_SOURCE.search(text, max(0, offset - 40), offset) is not None
            resolved = context.scope(scope.group(0), national=national, at=offset)
            if resolved is None and _SCOPE_WORDS[scope.group(0)] in ("city", "province", "county", "region"):
                return _Resolved(scope.group(0), "", "facts.subject.scope.v1")  # 全市 of a city the notice never names
            return resolved if resolved is None else _with_sector(resolved, text, scope.end(), end)
        market = _MARKET.match(text, offset, end)
        if market:
            return _Resolved(market.group(1), "", "facts.subject.market.v1")
        tier = _CITY_TIER.match(text, offset, end)
        if tier:
            return _Resolved(tier.group(1), "", "facts.subject.city_tier.v1")
        referred = _REFERRED_GROUP.match(text, offset, end)
        if referred:
            return _Resolved(referred.group(0), "", "facts.subject.anaphora.v1")  # 以上项目…投资完成率均超过100%
        demonstrated = _DEMONSTRATED_PLACE.match(text, offset, end)
        if demonstrated:
            head = demonstrated.group(1)
            named = [m for m in reversed(context.mentions_between(max(0, offset - 300), offset))
                     if m.type in ("park", "place") and m.text.endswith(head)]
            if named and (not text.startswith("这些", offset) or len({m.entity_id or m.canonical for m in named}) == 1):
                return context.resolved(named[0], "facts.subject.anaphora.v1")
            return _Resolved(head, "", "facts.subject.anaphora.v1")  # 这些高新区 after three parks: all of them
        body = _DEMONSTRATED_BODY.match(text, offset, end)
        if body:
            named = next((m for m in reversed(context.mentions_between(max(0, offset - 300), offset))
                          if m.type in ("organization", "government") and m.canonical.endswith(body.group(1) or body.group(2))
                          and text[m.span[0] - 1:m.span[0]] != "在"), None)  # (not 在四川省高级人民法院开展的评查中: a frame)
            if named is not None:
                return context.resolved(named, "facts.subject.anaphora.v1")  # 记者从重庆市血液中心获悉，…该中心共采集…
        if _THE_FIRM.match(text, offset, end):
            firm = next((m for m in reversed(context.mentions_between(max(0, offset - 160), offset))
                         if m.type == "firm" and text[m.span[1]:m.span[1] + 1] not in ("等", "、")
                         and not _PROFESSIONAL_FIRM.search(m.canonical)), None)  # (not 宁钢…公司等高耗能企业: an example)
            named = context.self_named_firm
            if named is not None and named.span[0] < offset and text.startswith(("公司", "本公司"), offset):
                firm = named  # …股份有限公司（以下简称“公司”）…设立子公司纬钧氢能…，其中公司认缴出资: the firm so named
            if firm is not None and context.announcing_firm is not None and "\n" in text[firm.span[1]:offset]:
                firm = context.announcing_firm  # …| 香港中央结算有限公司 | 1.84 |⏎报告期内，公司实现营业收入…: the announcer
            main = context.main_firm if firm is None else None
            if main is not None and main.span[0] < offset and not _SPEAKER_BEFORE.search(text, max(0, offset - 40), offset):
                firm = main  # 集团净负债比率为23.5%: the firm the notice is about (not a speaker's 集团)
            if firm is None and main is None and _SPEAKER_BEFORE.search(text, max(0, offset - 40), offset) is None:
                firm = context.only_firm_before(offset)  # 据宁波甬能电网有限公司…监测 … 公司组织需求响应: the one firm named
            if firm is not None:
                return context.resolved(firm, "facts.subject.anaphora.v1")  # 以*ST沪科为例，公司2025年度…
    sector = _SECTOR.match(text, offset, end) if _SECTOR_VERB.search(text, offset, end) else None
    if sector:
        home = context.document_subject()
        if home.text and (home.text in ("全国", "我国") or home.text in context.place_surfaces) and home.text not in sector.group(1):
            return _Resolved(home.text + sector.group(1), home.entity_id, "facts.subject.sector.v1")
        return _Resolved(sector.group(1), "", "facts.subject.sector.v1")
    return _named_facility(text, offset, end)


_PROFESSIONAL_FIRM = re.compile(r"事务所(?:[（(]特殊普通合伙[)）])?$")  # 经…会计师事务所审验，公司已收到…: who audits is no 公司


# bodies that publish a place's statistics: the figures they report are the place's, not theirs
_STATISTICS_SOURCE = re.compile(r"(?:统计局|统计处|统计暨普查局|海关|调查队|调查总队)$")
_REPORTED = re.compile(r"统计|数据|数字显示|显示|公布|发布|发表")


_CITED = re.compile(r"(?:\s*[（(][^（）()]{0,24}[)）])?(?:统计|监测|测算|初步统计|初步测算|数据显示|调查)")  # 据…公司（以下简称“…”）统计


def _cited_source(text: str, sentence_start: int, figure_start: int, *names: str) -> bool:
    """``据县文广新旅局统计，…``: the body, by any of its names, is cited as the source of the sentence's figures."""
    for body in names:
        at = text.find("据" + body, sentence_start, figure_start)
        if at >= 0 and _CITED.match(text, at + 1 + len(body)) is not None:
            return True
        at = text.find(body, sentence_start, figure_start)  # 博彩监察协调局今日(1日)公布，…; 治安警察局数字显示，…
        if at >= 0 and _ANNOUNCED.match(text, at + len(body), figure_start) is not None:
            return True
    return False


_ANNOUNCED = re.compile(
    r"(?:今日|昨日|今天|昨天|日前|近日|最新)?\s*(?:[（(][^（）()]{1,8}[)）])?\s*"
    r"(?:(?:公布|发布|数字显示|资料显示|数据显示|统计显示|显示|表示|指出)(?:的数[据字])?[，,：:]"
    r"|(?:公布|发布)了?(?=\d{4}年|[一二三四五六七八九十]{1,2}月|\d{1,2}月|今年|去年|本年|全年|上半年|下半年|前三季度|第[一二三四]季度|首[一二三四五六七八九十]{1,2}个月)"
    r"|(?:公布|发布)了?(?=[^，,。；;]{0,16}?(?:数据|数字|指数|统计|情况)))"
)  # 运输署公布十月份公共交通乘客量: a headline's announcement; 差饷物业估价署今日公布香港私人住宅售价及租金指数


_CHINESE_ENUMERATION = re.compile(r"^[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])(?=[\u4e00-\u9fff]{2})")
_PACKAGE_ITEM = re.compile(r"\s*(?:其中)?[，,]?\s*(包\d{1,2}|第[一二三四五六七八九十\d]{1,3}(?:标段|包)|[一二三四五六七八九十\d]{1,3}标段)(?:为|是|的|有)?\s*")
_ROUTE_LEADING = re.compile(
    r"[\s*•·●▪◆■-]*(?:其中|此外|另外)?[，,]?(([\u4e00-\u9fff]{2,8}?)(?:(—|–|－|-|至|到)[\u4e00-\u9fff]{2,8}?)+(?:往返|国际|客运|货运|直飞|直达|直航)*"
    r"(?:航线|班列|专线|快线|直航|客滚航线))"
)
_ROUTE_END = re.compile(r"[\u4e00-\u9fff]{1,4}(?:机场|国际机场|港|站)|双流|天府|浦东|虹桥|萧山|白云|宝安|首都|大兴|新郑|江北|禄口|长水|咸阳")  # 双流—东京航线
_PER_PERIOD_BEFORE = re.compile(r"(每(?:周|日|天|月|年))\s*$")
_ROUTE_WORD = re.compile(r"航线|班列|专线|快线|直航")
_ROUTE_CLAUSE_BREAK = re.compile(r"[，,；;。：:\n（(]")
_HOW_OFTEN_ONLY = re.compile(r"\s*[（(]?\s*(?:每[周日天月年])?\s*")


def _route_leading(text: str, sentence_start: int, figure_start: int) -> re.Match | None:
    """``；福州—大阪航线每周4班``: a route from a place the gazetteer knows, opening the figure's own clause, is what the
    figure counts; so is one opening the segment when the figure's clause only says how often (…航线由…执飞，每日1班)."""
    if _ROUTE_WORD.search(text, sentence_start, figure_start) is None:
        return None  # most figures: no route named before them
    segment_start = clause_start = sentence_start
    for match in _ROUTE_CLAUSE_BREAK.finditer(text, sentence_start, figure_start):
        if match.group() in "（(" and max(text.find("）", match.end(), figure_start), text.find(")", match.end(), figure_start)) >= 0:
            continue  # …航线（经停杭州）每周3班: an aside closed before the figure
        clause_start = match.end()
        if match.group() not in "，,（(":
            segment_start = match.end()
    starts = [clause_start]
    if segment_start < clause_start and _HOW_OFTEN_ONLY.fullmatch(text, clause_start, figure_start):
        starts.append(segment_start)
    for start in starts:
        route = _ROUTE_LEADING.match(text, start, figure_start)
        if route is not None and (_known_place_name(route.group(2)) or (
                route.group(3) not in ("至", "到") and _ROUTE_END.fullmatch(route.group(2)))):
            return route
    return None


def _without_route(metric: str, route: str) -> str:
    """``—大阪航线每周`` with the route 福州—大阪航线 → ``每周``: no piece of the route stays in the measure."""
    for size in range(len(route), 1, -1):
        if metric.startswith(route[-size:]):
            return metric[size:].strip("，, ")
    return metric.replace(route, "").strip("，, ") if route in metric else metric


def _known_place_name(name: str) -> bool:
    """香港, 欧洲, 东协: a place or a bloc the gazetteer knows by exactly this name (not 自贸试验区, a kind of park)."""
    found = get_gazetteer().match_at(name, 0)
    return found is not None and found[0] == len(name) and found[1].type in ("place", "organization")


def _place_of_source(source: _Resolved, context: "_DocumentContext") -> _Resolved:
    """徐州海关 → 徐州市, 国家统计局 → 全国, 国家统计局郑州调查队 → 郑州, 政府统计处 → the notice's own place."""
    if _TAIWAN_BODY.match(source.text) and (context.taiwan_script or _roc_dated(context.text)):
        return _taiwan_as_written(context.text)  # 主計總處今日公布…經濟成長率: Taiwan's
    local = _NATIONAL_PARENT.sub("", source.text)  # 国家统计局郑州调查队: the survey team of 郑州
    if source.text.startswith(("国家", "中国", "海关总署")) and (local == source.text or not local):
        return _Resolved("全国", "", "facts.subject.source_place.v1")
    entry = get_gazetteer().match_at(local, 0)
    if entry is None and local != source.text:
        return _Resolved("全国", "", "facts.subject.source_place.v1")
    if entry is not None and entry[1].type == "place":
        mention = next((m for m in context.mentions if m.type == "place" and local.startswith(m.text)), None)
        if mention is not None:
            return context.resolved(mention, "facts.subject.source_place.v1")
        return _Resolved(entry[1].canonical, entry[1].entity_id, "facts.subject.source_place.v1")
    home = context.document_subject()
    if home.text and home.text != source.text and not source.text.endswith("海关"):
        return _Resolved(home.text, home.entity_id, "facts.subject.source_place.v1")
    return source  # 拱北海关 of no place known: customs clear the vehicles it counts


_TRADE_BODY = re.compile(r"(?:协会|联合会|商会|学会)$")
_BODY_ITSELF = re.compile(r"协会|联合会|商会|学会|该会|本会|会员")
_PLACE_INDICATOR = re.compile(r"(?:普及率|覆盖率|达标率|优良率|森林覆盖率|人口比例|生猪出栏|出栏|存栏|总产量|生产总值|增加值)$")
_SPEAKER_BEFORE = re.compile(r"(?:坦言|表示|透露|指出|称|说|认为)[，,：:]?[^。！？]*$")
_CITY_TIER = re.compile(r"(?:\d+个)?([一二三四]线城市|大中城市)")
_PARK_HEADS = "高新区|开发区|经开区|产业园区|园区|自贸区|自贸试验区|新区|示范区|试验区"
_GROUP_HEADS = "项目|企业|工程|单位|城市|地区|园区|行业|产品|公司"
_DEMONSTRATED_HEAD = re.compile(f"(?:{_PARK_HEADS}|{_GROUP_HEADS})$")
_REFERRED_GROUP = re.compile(f"(?:以上|上述)(?:(?!数据|显示|表明|资料|情况)[\u4e00-\u9fff]){{0,8}}?(?:{_GROUP_HEADS})")
_DEMONSTRATED_PLACE = re.compile(f"(?:这些|该|这个|此|上述)({_PARK_HEADS})")
_WHERE_ONE_WORKS = re.compile(r"(?:省|市|区|县)?(?:内|外|以外|境内|境外)?(?:就业|工作|升学|创业|就读|定居|落户|务工|签约就业)")
_DEMONSTRATED_BODY = re.compile(
    r"(?:(?:该|这个|此|上述)(中心|医院|协会|学会|商会|基金会)|该(院|局|委|厅|站|馆|所)(?![托需得属谓以员士地区内外务在有部落校点线长]))"
    r"(?![\u4e00-\u9fff]{0,3}(?:长|主任|书记|负责人|发言人))"
)  # 该中心共采集…, 该局…; not 上述委托, 上述所需, 因此局地, 该委员会, 该院士
_THE_FIRM = re.compile(
    r"(?:[我本该]行(?![业政为动人驶车])" + _NOT_FORECAST + r"|我司|我公司(?![\u4e00-\u9fff]{0,2}(?:法|数量|数目|总数)))(?![\u4e00-\u9fff]{0,4}(?:行长|董事|经理|负责人|发言人))"
    r"|(?:该|这家|此|本)?(?:公司|集团)(?!债)(?![\u4e00-\u9fff]{0,2}(?:法|数量|数目|总数|公司))"
    r"(?![\u4e00-\u9fff]{0,4}(?:主席|总裁|董事|经理|负责人|发言人|首席|高管))"  # 集团营运总裁称: its officer speaking
)
_HONG_KONG_WORDS = re.compile(r"香港|本港|港府|特区政府|港元|港币|立法会|财政司|统计处|维港|维多利亚港|港岛|九龙|新界|海事处|货柜|按年|差饷|公屋")
_WHOLE_MARKETS = ("A股", "沪深两市", "沪市", "深市")  # an exchange over its boards (主板, 创业板)
_MARKET = re.compile(r"(?:整个)?(A股|沪深两市|港股|美股|科创板|创业板|北交所|沪市|深市)(?:市场)?(?![\u4e00-\u9fff]{0,2}(?:公司|上市公司))")
# what a scope word, market, city tier or the firm (the patterns above) starts with
_TOPIC_WORD_START = first_chars(re.compile("|".join(
    pattern.pattern for pattern in (_SCOPE, _MARKET, _CITY_TIER, _THE_FIRM, _DEMONSTRATED_PLACE, _REFERRED_GROUP))))
_SECTOR = re.compile(
    r"(?![一二三四五六七八九十两几多各把将对在从向被让使与和及的])((?:[\u4e00-\u9fff]{1,8}、){0,4}[\u4e00-\u9fff]{0,10}?(?:[\u4e00-\u9fff]业|企业|金融机构|保险公司))(?=(?:累计|合计|共|全年|当年)?(?:实现|完成))"
)
_SECTOR_VERB = re.compile("实现|完成")  # a _SECTOR match is followed by one


_PLACE_SECTOR = re.compile(
    r"(?![把将对在从向被让使与和及的])([\u4e00-\u9fff]{0,6}?(?:工业|制造业|行业|产业))(?=生产|经济|运行|发展|效益|[，,])"
)


def _with_sector(resolved: _Resolved, text: str, after: int, end: int) -> _Resolved:
    """``我国轻工业实现利润``, ``全国规模以上工业企业实现利润总额``, ``我国轻工业生产持续回升``: the
    place's sector is the subject."""
    sector = _SECTOR.match(text, after, end) or _PLACE_SECTOR.match(text, after, end)
    if sector is None:
        return resolved
    return _Resolved(resolved.text + sector.group(1), resolved.entity_id, "facts.subject.sector.v1")


_MEDIA = re.compile(r"(?:通讯社|新闻社|[^总]社|新闻|新闻网|网|频道)$")
_NAMED_FACILITY = re.compile(
    r"(?:(?![在于从到经和及与对向为是将把被的了])[\u4e00-\u9fff]){2,5}?(?:高铁|铁路|班列|大桥|隧道|机场|枢纽|船闸|运河|水库|水电站|核电站|港)"
    r"(?![\u4e00-\u9fff]{0,2}(?:建设|公司|集团|局|厅|委))"
)
_FACILITY_MODIFIERS = frozenset("新建 在建 拟建 沿海 内河 全国 全省 城际 高速 国际 国内 主要 重点 大型 现有 既有 各地 各类".split())


def _named_facility(text: str, offset: int, end: int) -> _Resolved | None:
    """``贵南高铁全长482公里``, ``中欧班列累计开行1410列``: a named line, bridge or port opening the clause."""
    match = _NAMED_FACILITY.match(text, offset, end)
    if match is None or "的" in text[match.end():min(end, match.end() + 6)]:
        return None  # 中欧班列吸引的物流企业: the line modifies the noun, it is not the topic
    words = _pos(match.group(0))
    first, flag = words[0]
    if first in _FACILITY_MODIFIERS or flag not in ("ns", "nr", "nz", "j", "nrt") or len(words) > 3:
        return None
    return _Resolved(match.group(0), "", "facts.subject.facility.v1")


# ---------------------------------------------------------------- time

def _is_target(text: str, start: int, period: str) -> bool:
    """Whether the period written first after ``start`` is a target (到2025年), not the date of the figures."""
    return _TARGET_BEFORE.search(text, start, text.find(period, start) + 1) is not None


_TARGET_BEFORE = re.compile(r"(?:(?<!截)到|力争|预计)\s*\S?$")  # 到2025年，…将提高到50%: a target, not the notice's period
_LONG_SPAN = re.compile(r"大以来|年来$|[五]五|^\d{4}\s*[-—–~至到]|^(?:这|过去|连续)")  # 党的十八大以来, 5年来: a story's backdrop, not its period
_LOCAL_PERIODS = ("截至", "全日", "半日", "目前", "当前", "近日", "日前", "至此", "如今", "现在", "现时", "今天", "昨天", "今日", "昨日", "当天", "当日",
                  "未来")


def _document_period(text: str, sentences: tuple[Sentence, ...], norm: NormalizedText) -> str:
    """The period of the headline or lead, for figures whose paragraph names none."""
    seen = 0
    for sentence in sentences:
        if norm.is_boilerplate(sentence.span):
            continue
        found = _last_period(text, sentence.span[0], sentence.span[1], [])
        if found.startswith(_EARLIER_PERIODS):  # 2月份…持平，上月为上涨0.4%: the notice's period is 2月份
            found = next((m.group(0) for m in _PERIOD_SCAN.finditer(text, sentence.span[0], sentence.span[1])
                          if not m.group(0).startswith(_EARLIER_PERIODS)), "")
        opening = _LEAD_DAY.match(text, sentence.span[0], sentence.span[1]) if seen <= 1 else None
        if opening:
            return opening.group(1)  # 6月11日，A股市场冲高回落: the day of a day's report
        if found and _PUBLICATION_DATE.match(sentence.text):
            found = ""  # 2025年03月14日 16:12　财经新闻: when the page went up, not a period its figures are of
        at = text.rfind(found, sentence.span[0], sentence.span[1]) if found else -1
        if at > 0 and (_FIGURE_CLAUSE_BEFORE.search(text, sentence.span[0], at) or _PLANNED_DATE.search(text, max(sentence.span[0], at - 4), at)
                       or _COMPLETION_AFTER.match(text, at + len(found))):
            first = _PERIOD_SCAN.search(text, sentence.span[0], at)  # (芜湖经开区2024年地区生产总值…（2024年）: the first one)
            found = first.group(0) if first is not None and not _FIGURE_BEFORE.search(text, sentence.span[0], first.start()) else ""
            # 生猪出栏236.4万头；年末存栏…, 总投资15亿元，计划2025年6月建成: a later clause's date, or a plan's
        if (found and not found.startswith(_LOCAL_PERIODS + _EARLIER_PERIODS) and not _LONG_SPAN.search(found) and not _DAY_DATE.fullmatch(found)
                and not _EVENT_PERIOD.fullmatch(found)  # 活动期间，…: an event's days, not the notice's period
                and not _SPAN_PERIOD.fullmatch(found)
                and (found.endswith(("底", "末")) or not _is_target(text, sentence.span[0], found))):
            return found
        if _FRONT_MATTER_KEY.match(sentence.text) or _is_page_chrome(sentence.text):
            continue  # title: "…": the headline line repeats it; 首页 > 数据 > 数据发布: the site's navigation
        seen += 1
        if seen >= 3:
            break
    return ""


def _is_page_chrome(line: str) -> bool:
    """首页 > 数据 > 数据解读, 【字体：大 中 小】【打印本页】: the site's navigation and controls."""
    return bool(_PATH_IN_LINE.search(line) or _SITE_BANNER.search(line))


_FIGURE_BEFORE = re.compile(r"\d[\d.,]*(?:万|亿)?(?![\d.,年月日号时])[\u4e00-\u9fff%]")
_FIGURE_CLAUSE_BEFORE = re.compile(_FIGURE_BEFORE.pattern + r"(?:[^，,；;]|,(?=\d))*(?:[，；;]|,(?!\d))")  # (1086.5亿元2024年地区生产总值: the card's own year)
_PLANNED_DATE = re.compile(r"(?:计划|预计|力争|将于|拟于|争取|确保|预计于|计划于)$")
_COMPLETION_AFTER = re.compile(r"(?:前|底前)?(?:建成|完工|投产|竣工|开工|投用|通车|交付)")
_PUBLICATION_DATE = re.compile(r"\s*(?:发布(?:时间|日期)[:：]\s*)?\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}|$|\s)")


# a year that dates what follows it: 2019年，… / 2019年全国… / 2019年底的公告显示; not 2019年同期, 2018年以来,
# 2024年底召开的会议 (a meeting setting the next year's target)
_WRITTEN_YEAR = re.compile(r"(?<![\d.])(\d{4})年(?=[，,]|全|底[，,]|底的(?:公告|数据|统计))")


def _year_before(text: str, start: int, end: int) -> str:
    """The last year written in ``text[start:end]`` that dates the clauses after it (2019年，…), not as a
    basis (较2018年); "" when none, or when a nearer relative year (今年, 当年) follows it."""
    found, found_end = "", start
    for match in _WRITTEN_YEAR.finditer(text, start, end):
        if not _COMPARED_BEFORE.search(text, max(start, match.start() - 2), match.start()):
            found, found_end = match.group(0), match.end()
    if found and _RELATIVE_YEAR.search(text, found_end, end + 2):
        return ""
    return found


_RELATIVE_YEAR = re.compile(r"今年|本年|当年|明年|去年|上年")


_NAMED_DAY = re.compile(r"(?:\d{4}年)?(?<![\d.])(\d{1,2})月(\d{1,2})日")


def _last_day_date(text: str, end: int) -> str:
    """The last day written out before ``end`` (6月11日), which 当日 refers back to; "" when none."""
    found = ""
    for match in _NAMED_DAY.finditer(text, 0, end):
        if 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31:
            found = match.group(0)
    return found


_NOT_TARGETS = re.compile(r"差距|问题|不足|短板|困难")
_VAGUE_PERIOD = re.compile(r"近日|日前|近期|目前|当前|现在|如今|此前|近来|近年来?|此次|本次")
_LIST_ITEM_LINE = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,2}[)）]|[-—－]\s*\d+\s*[-—－]\s*$)")


def _bracketed_period(line: str) -> str:
    """``分类型看（截至2025年6月底）：``: the period an intro gives in brackets."""
    aside = re.search(r"[（(]([^（）()]{2,20})[)）][：:]?\s*$", line)
    found = _PERIOD.search(aside.group(1)) if aside else None
    return found.group(0) if found else ""


def _list_intro_period(text: str, offset: int) -> str:
    """``2025年全县…主要预期目标是：⏎1.地区生产总值增长6.5%左右；⏎2.…``: the period of the line
    that introduces a numbered list holds for its items."""
    line_start = text.rfind("\n", 0, offset) + 1
    if not _LIST_ITEM_LINE.match(text, line_start):
        return ""
    end = line_start - 1
    for _ in range(30):  # back over the items before this one (and page numbers between them)
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _LIST_ITEM_LINE.match(line):
            if not line.rstrip().endswith(("：", ":")) or _NOT_TARGETS.search(line):
                return ""  # 仍存在以下差距：: the items are not of that period
            period = _last_period(text, start, end, []) or _bracketed_period(line)
            return "" if _VAGUE_PERIOD.fullmatch(period) else period  # 近日，…明确以下目标：: not 近日; 一季度，…如下：
        end = start - 1
    return ""


def _opening_period(text: str, sentences: tuple[Sentence, ...], sentence: Sentence) -> str:
    """``这十年，现代农业生产基础进一步夯实。``: a period opening the paragraph's first sentence
    holds for the paragraph's figures that name none."""
    first = sentence
    while first.index > 0 and sentences[first.index - 1].paragraph == sentence.paragraph:
        first = sentences[first.index - 1]
    if first.index == sentence.index:
        return ""
    match = _PERIOD.match(text, first.span[0], first.span[1])
    if match is None or not re.match(r"\s*[，,]", text[match.end():match.end() + 2]) or _DAY_DATE.fullmatch(match.group(0)):
        return ""
    return match.group(0)


def _period(
    text: str, figure: Figure, sentence: Sentence, clause_start: int, clause_end: int, figure_spans: list[Span],
    carried: str, listed: list[Span] | None, item: Span | None, sentence_periods: dict[int, str],
) -> tuple[str, str]:
    """The figure's period and its rule. ``sentence_periods``: the period of the sentence before
    each clause start, filled as they are found (the figures of one clause share it)."""
    year = _respective_year(text, figure, sentence.span[0], clause_start, clause_end, listed, figure_spans)
    if year:
        return year, "facts.time.respectively.v1"
    aside = _aside_period(text, sentence.span[0], figure)
    if aside:
        return aside, "facts.time.aside.v1"  # （上年同期为212起、158人）: both the year before's
    opened = text.rfind("（", sentence.span[0], figure.span[0])
    if opened >= 0 and "）" not in text[opened:figure.span[0]]:
        basis = _BASIS_BEFORE_BRACKET.search(text[max(sentence.span[0], opened - 16):opened])
        if basis is not None:  # 较常年同期（205.3毫米）偏多4成, 较2021年标准（2010元/月、1800元/月）: the basis's own values
            return basis.group(1), "facts.time.basis_value.v1"
    basis = _BASIS_VALUE_BEFORE.search(text, clause_start, figure.span[0])
    if basis is not None and basis.end(1) == figure.span[0] and (text[basis.start()] not in "较比" or figure.kind == "points"):
        basis = None  # 快于上年同期6.2个百分点: the gap, not the basis's value (but 较上季68,146栋)
    if basis is not None:
        return basis.group(1), "facts.time.basis_value.v1"  # 较二○二四年五月的临时估计302亿元: the basis's own period
    part = _PART_ONLY.match(text, item[0], item[1]) if item is not None else None
    if item is not None and _PERIOD.fullmatch(text, item_start := part.end() if part else item[0], item[1]):
        return text[item_start:item[1]], "facts.time.respectively.v1"  # (其中第一季及第二季分别为…: 第一季)
    found = _last_period(text, clause_start, figure.span[0], figure_spans)
    if found and _LOOSE_PERIOD.search(found) and clause_start > sentence.span[0]:
        leading = _last_period(text, sentence.span[0], clause_start, figure_spans)
        if leading and _DATED.search(leading):
            return leading, "facts.time.sentence.v1"  # 截至9月底，专项行动开展以来累计…: the date, not the campaign
    if found and _COHORT.fullmatch(found):
        leading = _last_period(text, sentence.span[0], text.find(found, clause_start, figure.span[0]), figure_spans)
        if leading and _DATED.search(leading):
            return f"{leading} {found}", "facts.time.cohort.v1"  # 截至11月30日，全省2025届高校毕业生41.6万人: the cohort as of the day
    if found:
        return found, "facts.time.clause.v1"
    found = sentence_periods.get(clause_start)
    if found is None:
        part = _PART_CLAUSE.match(text, clause_start) and _STOCK_LEAD.match(text, _previous_clause_start(text, clause_start - 1))
        found = _last_period(text, sentence.span[0], clause_start, figure_spans,
                             skip=frozenset() if part else _UNCARRIED)  # 年末累计…，其中省外…
        if found.startswith(_EARLIER_PERIODS) and any(
                sentence.span[0] <= span[0] < text.rfind(found, sentence.span[0], clause_start) for span in figure_spans):
            found = ""  # 亏损2.8亿元至3.5亿元，上年同期亏损1.06亿元；扣非…亏损3.1亿元…: the comparison's period is its clause's own
        sentence_periods[clause_start] = found
    if found:
        return found, "facts.time.sentence.v1"
    if carried:
        return carried, "facts.time.carried.v1"
    return "", ""


_BASIS_VALUE_BEFORE = EndGuarded(re.compile(
    r"(?:较|比|高于|低于|快于|慢于|好于|超过)((?:[〇○零一二三四五六七八九]{4}年|\d{4}年|" + _ROC_BASIS_YEAR + r"|去年|上年|前年)?(?:(?:[一二三四五六七八九十]{1,2}|\d{1,2})月(?:底|末|份)?|同月|同期|同季|年底|年末"
    r"|第[一二三四1-4]季度?|[一二三四1-4]季度|上半年|下半年)"
    r"|(?:[〇○零一二三四五六七八九]{4}年度?|\d{4}年度?|(?<=[较比])1[01]\d年度?|去年|上年度?|上月|上季度?|上届|上一届|上期|上一期"
    r"|" + _LAST_WEEK + r"))(?:的"
    r"(?:(?!提高|扩大|增长|高出|增加|下降|减少|上升|回落|降低|收窄|放缓|加快)[\u4e00-\u9fff]){0,6})?$"  # (较上季68,146栋: its value, no 的)
))
_PART_CLAUSE = re.compile(r"\s*(?:其中|当中)")
_STOCK_LEAD = re.compile(r"\s*(?:年末|年底|期末|截至)")
_CROP_YEAR_AFTER = re.compile(r"产(?=秋粮|夏粮|早稻|早籼稻|中晚稻|中晚籼稻|晚稻|稻谷|小麦|玉米|大豆|油菜|棉花|粮食|新茶|茶叶|生猪)|生产的")
_YEAR_ONLY = re.compile(r"\d{4}年")
_ASIDE_BEFORE_SINCE = re.compile(r"\s*[（(][^（）()]{1,12}[)）](?=以来$)")  # 入梅（6月11日）以来 -> 入梅以来
_RECORD_FRAME_AFTER = re.compile(
    r"有?(?:完整|气象|水文|观测)?(?:记录|资料)以来|(?:以来|(?<=以来))(?:历史)?(?:同期)?(?:最[高低多少大小早晚强弱]|第[一二三四五六七八九十\d])"
)  # 入梅以来最强降雨过程: the period a record is set in, not the figure's


_CAMPAIGN_VERBS = frozenset({"开展", "实施", "启动", "部署", "收购"})
_CAMPAIGN_NAME = re.compile(r"(?<![\d年月日])[\u4e00-\u9fff]{2,8}$")
_LOOSE_PERIOD = re.compile(r"(?:(?:开展|实施|启动|部署|收购)以来|双(?:11|十一|12|十二)(?:期间)?|[春夏秋冬]季)$")
_DATED = re.compile(r"[月日]|季度|半年")
_COHORT = re.compile(r"(?:19|20)\d{2}届")
_NO_QUOTES = str.maketrans("", "", "“”\"‘’")
_ISSUE_AFTER = re.compile(r"第[一二三四五六七八九十\d]{1,3}期(?:[\u4e00-\u9fff]{0,4}(?:票据|融资券|债券|公司债|中票|短融))")
_NATIONAL_ASSOCIATION = re.compile(r"(?:中国|全国)[\u4e00-\u9fff]{2,12}(?:协会|联合会|商会|学会)$")
_BASIS_BEFORE_BRACKET = re.compile(
    r"(?:较|比|与)((?:\d{4}年)?(?:常年同期|常年|上年同期|去年同期|上年|去年|上月|上季度|上一?期|同期)|\d{4}年)的?(?:标准|水平|数值|均值|平均值|价格)?$"
)
_BASIS_PERIODS = frozenset({"上年", "去年", "上月", "上年同期", "去年同期", "上季度", "上一年", "上期", "上一期", "上期末"})
_PERIOD_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PERIOD_MONTH = re.compile(r"(?<![\d.])(\d{1,2})月")


def _before_period(stated: str, current: str) -> bool:
    """4月份 before 5月份, 2024年 before 2025年前三季度: a period earlier than the one the sentence opened with."""
    years = _PERIOD_YEAR.search(stated), _PERIOD_YEAR.search(current)
    if years[0] and years[1]:
        return int(years[0].group(1)) < int(years[1].group(1))
    months = _PERIOD_MONTH.search(stated), _PERIOD_MONTH.search(current)
    return bool(not years[0] and not years[1] and months[0] and months[1] and int(months[0].group(1)) < int(months[1].group(1)))


_STATED_BASIS = re.compile(r"(?:同期)?(?:为|是|约为|达)")
_TURNED_FROM = re.compile(r"的(?:下降|增长|减少|增加|亏损|盈利)?[\d.]+%?[^，,。；;]{0,6}?转为")


_TAIWAN_BODY = re.compile(r"(?:行政院|主计总处|劳动部|劳工保险局|劳保局|内政部|经济部|卫生福利部|卫福部|交通部|国家发展委员会|国发会"
                          r"|金融监督管理委员会|金管会|大陆委员会|陆委会|数位发展部)")


_TAIWAN_WORDS = re.compile("台湾|来台|新台币|全台")


@lru_cache(maxsize=1)
def _taiwan() -> _Resolved:
    found = get_gazetteer().match_at("台湾", 0)
    return _Resolved("台湾", found[1].entity_id if found else "", "facts.subject.source_place.v1")


def _taiwan_as_written(text: str, where: str = "") -> _Resolved:
    """内政部公布…全国建物买卖移转: Taiwan's figures, named 全国 where the notice (or the sentence, when given) says
    全国 and the notice calls Taiwan nothing else."""
    taiwan = _taiwan()
    if "全国" in (where or text) and "台湾" not in text and "全台" not in text:
        return _Resolved("全国", taiwan.entity_id, taiwan.rule)
    return taiwan


@lru_cache(maxsize=8)
def _roc_dated(text: str) -> bool:
    return _ROC_DATE.search(text, 0, 600) is not None


_FOUNDED_BEFORE = re.compile(r"(?:成立|始建|创建|创办|创立|组建|建)于$")
_MULTIPLE_OF_AFTER = re.compile(r"的(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]+(?:点[一二三四五六七八九])?)倍")


def _last_period(text: str, start: int, end: int, figure_spans: list[Span], skip: frozenset = frozenset()) -> str:
    best, best_end = "", -1
    if not _PERIOD_MARK.search(text, start, end):
        return best
    for match in (_ROC_PERIOD_FINDER if _roc_dated(text) else _PERIOD_FINDER).finditer(text, start, end):
        match_start, match_end = match.span()
        if any(span[0] < match_end and match_start < span[1] for span in figure_spans):
            continue
        if best and match_start == best_end and match.group(0).startswith("连续"):
            continue  # 2021年至2023年连续三年: the years named, not their count
        if best and match.group(0).endswith("届"):
            continue  # 截至2025年8月31日，2025届毕业生…: the date, the class being whose figures they are
        if (match_end < end and any(span[0] == match_end for span in figure_spans)
                and text[max(start, match_start - 1):match_start] not in ("；", ";")):
            continue  # 由现时4万元扩至4.5万元: 现时 dates the 4万元 alone (not …；中旬8.9℃，偏高0.6℃: the part it opens)
        if text[max(0, match_start - 1):match_start] in ("由", "从") and (lead := _FROM_VALUE_LEAD.match(text, match_end)).end() < end and any(
                span[0] == lead.end() for span in figure_spans):
            continue  # 由上年亏损2.3亿元转为盈利1.1亿元: 上年 dates the loss alone
        if _BASIS.fullmatch(text, max(start, match_start - 1), match_end) or text[max(0, match_start - 1):match_start] in ("较", "比"):
            continue
        if _COMPARED_BEFORE.search(text[max(0, match_start - 2):match_start]):
            continue
        if _BASE_YEAR_BEFORE.search(text, max(start, match_start - 8), match_start) and not any(
                text[match_end:span[0]] in ("", "的", "（", "(") for span in figure_spans if span[0] >= match_end):
            continue  # 增速较去年全年提高2.4个百分点, 已超过上年全年水平: the base's year (not 超过去年全年的1,035个: its value's)
        if _SAME_PERIOD_AFTER.match(text, match_end, match_end + 4) and (
            match_start > start and not _BREAK_BEFORE.search(text[max(start, match_start - 2):match_start])
        ):
            continue  # 比2019年同期: a basis; ，2020年同期规模以上工业增加值…: that period
        if _OPEN_BRACKET_BEFORE.search(text[max(start, match_start - 8):match_start]):
            continue
        if _FOUNDED_BEFORE.search(text, max(start, match_start - 4), match_start):
            continue  # 该企业成立于1998年，现有员工1200人: the founding year, not the period of the figures
        if _RECORD_FRAME_AFTER.match(text, match_end):
            continue  # 列1961年有完整记录以来第3位: since records began, a frame for a rank
        if _ISSUE_AFTER.match(text, match_end) and match.group(0).endswith("年度"):
            continue  # 2025年度第三期中期票据: the name of a note, not a period
        if _MULTIPLE_OF_AFTER.match(text, match_end) and text[max(0, match_start - 1):match_start] in ("是", "为", "到", "至"):
            continue  # 收入18650元，是2015年的两倍: the year of the basis, not of the figures
        if _CROP_YEAR_AFTER.match(text, match_end) and _YEAR_ONLY.fullmatch(match.group(0)):
            continue  # 收购2024年产秋粮1236.8万吨: the crop's year, not the period of the purchase
        if match.group(0) == "全年" and _TARGET_AFTER.match(text, match_end):
            continue  # 完成全年目标的106.7%: the year the target is for, not the period measured (but 今年计划筹集5万套)
        dated = match_end + 1
        if dated != end and text.startswith("的", match_end) and any(span[0] == dated for span in figure_spans):
            continue  # 增长到2024年的40.5万亿元: the year dates that figure alone
        if match.group(0) in skip and best:
            continue  # 全年生猪出栏…，年末存栏…；家禽出栏1850万只: 年末 after 全年 dates its own clause
        if (match.group(0) in _BASIS_PERIODS or (best and _before_period(match.group(0), best))) and (
                stated := _STATED_BASIS.match(text, match_end)) and stated.end() < end and any(
                span[0] == stated.end() for span in figure_spans):
            continue  # 全年完成门急诊86.42万人次，上年为80.92万人次，同比增长6.8%; 5月份…，4月份为48.7万平方米: dates its own value only
        if match.group(0) in _BASIS_PERIODS and (turned := _TURNED_FROM.match(text, match_end)) and turned.end() < end:
            continue  # 由上年同期的下降2.1%转为增长1.6%: the year before dates the value it turned from
        found = _ASIDE_BEFORE_SINCE.sub("", match.group(0)).translate(_NO_QUOTES)  # “双11”期间 -> 双11期间
        if _LOOSE_PERIOD.search(found):  # a season, a festival, a campaign: only where no date or month says more
            if best and _DATED.search(best):
                continue  # 今年一季度，冬季旅游…; 自去年9月专项行动开展以来; 10月20日至11月11日“双11”期间
            if found[:2] in _CAMPAIGN_VERBS:
                named = _CAMPAIGN_NAME.search(text, max(start, match_start - 8), match_start)
                found = (named.group(0) if named else "") + found  # 专项行动 + 开展以来
            elif best and best_end >= match_start - 1 and not best.endswith(found):
                found = best + found  # 2024年双11, 今年“双11”期间
        best, best_end = found, match_end
    return best


_PLAIN_BASIS = ("同比", "环比", "按年", "按月")
_FROM_VALUE_LEAD = re.compile(r"(?:的)?(?:亏损|盈利)?")
_COMPARED_IN = re.compile(r"[较比]")
_OWN_FRAME = re.compile(r"相比[，,]|以来|累计|年均|平均")  # 与2020年相比，增长35%; 五年累计增长32%: a basis of its own


def _carried_basis(facts: list[Fact], sentences, sentence: Sentence) -> str:
    """The plain basis (同比, 环比) of the paragraph's last change that names one."""
    for fact in reversed(facts[-4:]):
        if not _same_paragraph(sentences, fact, sentence):
            return ""
        if fact.figure.change and fact.time.endswith(_PLAIN_BASIS):
            return fact.time[-2:]
    return ""


_BASIS_VIEW = re.compile(r"\s*(?:从|按)?(同比|环比|按年|按月)(?:来)?看[，,：:]")


def _viewed_basis(text: str, sentences, sentence: Sentence) -> str:
    """从同比看，食品价格下降1.8%…: the basis the paragraph's nearest view (从同比看, 从环比看) names."""
    earlier = sentence
    while True:
        view = _BASIS_VIEW.match(text, earlier.span[0])
        if view:
            return view.group(1)
        if earlier.index == 0 or sentences[earlier.index - 1].paragraph != sentence.paragraph:
            break
        earlier = sentences[earlier.index - 1]
    if earlier is not sentence and _PART_CLAUSE.match(sentence.text) and not _DIGIT.search(earlier.text):
        named = {match.group(0) for match in _PLAIN_BASIS_WORD.finditer(earlier.text)}  # 八大类价格同比呈“五涨三降”。其中，…
        if len(named) == 1:
            return named.pop()
    return ""


_PLAIN_BASIS_WORD = re.compile(f"(?:{'|'.join(_PLAIN_BASIS)})(?!计)")


def _basis(text: str, start: int, end: int) -> str:
    found = ""
    for match in _BASIS_SCAN.finditer(text, start, end):
        if (turned := _TURNED_FROM.match(text, match.end())) is not None and turned.end() <= end:
            continue  # 由上年同期的下降2.1%转为增长1.6%: the basis of the value turned from, not of the one it became
        found = match.group(0)
    return found


def _is_comparison(text: str, start: int, end: int) -> bool:
    return bool(_CHANGE_VERB.search(text[start:end].rstrip("了约近超过逾 ")))
