"""Figures of a normalized notice: every number that quantifies something, typed and exact.

One compiled regex finds candidates (a number, an optional range, an optional unit); small
context checks then decide, from the characters just before and after, whether the candidate is a
figure (years, dates, ordinals, plan names, idioms, codes and list markers are not), and read its
comparator (约, 超过, 以上 …) and change (增长 / 下降 …). What ``../shared/gold/GUIDE.md`` counts as a
figure is the spec. When in doubt a candidate is dropped: a wrong number is worse than a missing one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from collections import Counter
from decimal import Decimal
from functools import cached_property, lru_cache

from extractor.numbers import CN_DIGITS, NumberParseError, parse_number
from extractor.records import Figure, NormalizedText, Sentence
from extractor.regexes import EndGuarded, guarded

# --- units ------------------------------------------------------------------------------------
# written unit → (kind, unit in the contract)
_MONEY = {
    "元": "元", "元人民币": "元", "人民币": "元", "块钱": "元",
    "美元": "美元", "美金": "美元", "欧元": "欧元", "英镑": "英镑", "日元": "日元", "韩元": "韩元",
    "港元": "港元", "港币": "港元", "港幣": "港元", "澳门元": "澳门元", "澳门币": "澳门元", "澳门幣": "澳门元",
    "澳元": "澳元", "新台币": "新台币", "卢布": "卢布", "卢比": "卢比", "加元": "加元", "新加坡元": "新加坡元", "新元": "新元", "令吉": "令吉",
    "瑞士法郎": "瑞士法郎", "法郎": "法郎", "仙": "港元", "港仙": "港元",
}
_QUANTITY = {
    "吨": "吨", "吨标准煤": "吨标准煤", "吨标煤": "吨标准煤", "吨二氧化碳当量": "吨二氧化碳当量",
    "千克标准煤": "千克标准煤", "公斤标准煤": "千克标准煤", "克标准煤": "克标准煤", "千克标煤": "千克标准煤", "克标煤": "克标准煤",
    "公吨": "吨", "公斤": "公斤", "千克": "千克", "克": "克", "盎司": "盎司", "金衡盎司": "盎司", "毫克": "毫克", "微克": "微克", "斤": "斤",
    "立方米": "立方米", "立方": "立方米", "方": "立方米", "升": "升", "毫升": "毫升",
    "立方英尺": "立方英尺", "平方英尺": "平方英尺", "英亩": "英亩", "英尺": "英尺", "英里": "英里", "加仑": "加仑",
    "桶": "桶", "桶油当量": "桶油当量",
    "百帕": "百帕", "载重吨": "载重吨", "分贝": "分贝", "dB(A)": "dB(A)", "dB": "dB",  # 昼间平均等效声级53.6分贝  # 1.08万亿立方英尺: never 1.08万亿立方 (米) and 英尺 left over
    "平方米": "平方米", "平方公里": "平方公里", "平方千米": "平方千米", "平米": "平方米",
    "亩": "亩", "亩次": "亩次", "公顷": "公顷",  # 作业面积19.7亿亩次: areas worked, counted per pass (not 亩 of land)
    "千瓦时": "千瓦时", "兆瓦时": "兆瓦时", "度": "千瓦时", "千瓦": "千瓦", "兆瓦": "兆瓦", "吉瓦": "吉瓦", "吉瓦时": "吉瓦时", "太瓦时": "太瓦时",
    "千伏安": "千伏安", "千伏": "千伏", "瓦": "瓦",
    "/10万": "/10万",  # 报告发病率为103.62/10万: a rate per 100,000 people
    "人公里": "人公里", "吨公里": "吨公里",  # 旅客周转量1200亿人公里: transport work, as written
    "公里": "公里", "千米": "千米", "米": "米", "厘米": "厘米", "毫米": "毫米", "海里": "海里",
    "标准箱": "标准箱", "标箱": "标箱", "TEU": "TEU",  # as written
    "GW": "GW", "MW": "MW", "kW": "千瓦", "KW": "千瓦", "kWh": "千瓦时", "GWh": "GWh", "MWh": "MWh",
    "PFlops": "PFlops", "EFlops": "EFlops", "TFlops": "TFlops",  # computing power
    "PFLOPS": "PFLOPS", "EFLOPS": "EFLOPS", "TFLOPS": "TFLOPS",
    "PB": "PB", "TB": "TB", "GB": "GB",  # data: 数字资源186.5TB, 户均流量21.35GB
    "Mbps": "Mbps", "Gbps": "Gbps",  # bandwidth: 500Mbps及以上
    "摄氏度": "摄氏度", "℃": "℃",  # as written (the contract: the unit as the text writes it)
    "个小时": "小时", "小时": "小时", "分钟": "分钟", "秒": "秒", "毫秒": "毫秒", "日": "日", "天": "天", "晚": "晚", "夜": "夜", "岁": "岁", "周岁": "周岁",
    "级": "级",  # 5.1级地震: a magnitude (only where an earthquake is named)
    "mA": "mA", "MΩ": "MΩ", "Ω": "Ω",  # 泄漏电流1.12mA, 接地电阻0.16Ω: a test's readings, as written
    "mg": "mg", "kg": "kg", "μg": "μg", "mL": "mL", "ml": "mL",  # 每片含维生素C 49.5mg: as written (not g: 流量30g, 802.11g)
    "mg/kg": "mg/kg", "μg/kg": "μg/kg", "µg/kg": "μg/kg", "g/kg": "g/kg", "mg/L": "mg/L", "μg/L": "μg/L",  # residues, as written
    "个工作日": "工作日", "工作日": "工作日", "个交易日": "交易日", "个日历天": "日历天", "日历天": "日历天",
}
_COUNT = (
    "人次 人份 乘次 架次 艘次 车次 辆次 户次 家次 批次 班次 列次 册次 台次 台班 工日 个 家 户 项 座 所 条 件 台 辆 名 人 列 种 套 间 片 块 包 次 款 册 "
    "只 头 株 棵 艘 架 部 篇 份 位 支 张 处 宗 例 起 场 届 栋 幢 根 组 趟 笔 颗 枚 盒 罐 瓶 袋 箱 宗 单 "
    "票 吨次 股 幅 台套 眼 市 顶 类 站次 站日 站 剂次 剂 场次 手 注 省 轮 班 对 具 期"
).split()
_SHARES = {"%": "percent", "％": "percent", "巴仙": "percent", "个百分点": "points", "百分点": "points", "倍": "multiple", "成": "share", "厘": "rate"}

_MEASURE_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:GDP|GNP|GNI|EBITDA|GMV)$")
_UNIT_KIND: dict[str, tuple[str, str]] = {}
for _u in _COUNT:
    _UNIT_KIND[_u] = ("count", _u)
for _u, _c in _QUANTITY.items():
    _UNIT_KIND[_u] = ("quantity", _c)
for _u, _c in _MONEY.items():
    _UNIT_KIND[_u] = ("money", _c)
for _u, _k in _SHARES.items():
    _UNIT_KIND[_u] = (_k, {"points": "个百分点", "multiple": "倍"}.get(_k, "%"))
_UNIT_KIND["吨次"] = ("count", "吨次")
_UNIT_KIND["‰"] = ("quantity", "‰")  # per mille: a rate as written (出生率5.94‰), no percent
for _u in ("个基点", "基点"):  # basis points: hundredths of a percentage point
    _UNIT_KIND[_u] = ("points", "个基点")
for _u in ("个千分点", "千分点"):  # points of a per-mille rate (出生率下降0.42个千分点), as written
    _UNIT_KIND[_u] = ("points", "个千分点")

_LIFE_SPAN_CHANGE = re.compile(
    r"(?:寿命|年龄)[^。；]{0,16}(?:提高|增加|延长|上升|下降|减少|缩短)了?$"  # 比上年提高0.35岁
    r"|(?:预期寿命|平均年龄|平均寿命)(?:达到?|为|是|升至|提高到|提高至)?$"  # 人均预期寿命达81.36岁
    r"|(?:预期寿命|平均年龄|平均寿命)[^。；]{0,30}?\d+(?:\.\d+)?周?岁[、，,和及](?:其中[，,]?)?"
    r"(?:男性|女性|男|女|男生|女生|男职工|女职工|城镇|农村|城市|乡村)(?:为|是)?$"  # 男性平均年龄29.6岁、女性27.8岁; 84.11岁，其中男性81.82岁
)
_SPLIT_DIGITS_BEFORE = re.compile(r"(?<![\d.,%])\d(?: \d)* $")  # 1 2 6.8亿元, 1 0 5 %: digits of one number spaced apart
_WEEKLY_COUNT = re.compile(r"\d{1,3}(?:[~～至\-—－]\d{1,3})?(?:班|次|趟|列|架次|节)")
_PAIRS_AFTER = re.compile(  # couples, paired places, services both ways
    r"(?:夫妻|夫妇|新人|情侣|恋人|当事人|佳偶|新婚|金婚|银婚|双胞胎|母子|母女|父子|父女|师徒|组合|选手|运动员"
    r"|结对|帮扶|高速公路服务区|服务区|列车|动车|高铁|航班)"
)
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff\d０-９A-Za-zＡ-Ｚａ-ｚ]")  # after 对: a word goes on (1对1, 1对N, 对口)
_AGE_GROUP = re.compile(
    r"(?:及以上|以上|及以下|以下|[-—–至~]\d{1,3}周?岁)?的?"
    r"(?:(?:(?![或以及])[\u4e00-\u9fff]){0,4}?(?:人员|人口)|老年人|老人|婴幼儿|儿童|人群|群体|居民|劳动年龄|高龄)"  # 60周岁以上领取待遇人员98.5万人
    r"|(?:及以上|以上|及以下|以下)?[)）]"  # 老年人口（60周岁及以上）
    r"|(?:及以上|以上|及以下|以下)的[，,、]"  # 年满80周岁及以上的，每人每月增加45元: those of that age
    r"|(?:及以上|以上|及以下|以下)?(?=[ \t]+[+\-−(]?\d)"  # 其中:65岁及以上 96,018 16.35: a row's group
    r"|(?:及以上|以上|及以下|以下)(?:者|的)?(?=占)"  # 24岁以下占5.6%: the group a share is of
    r"|(?:及以上|以上|及以下|以下)(?=\d[\d,]*(?:\.\d+)?(?:[万亿]?(?:余|多)?(?:人|名|位|户|老人|老年人)|[ \t]+[+\-−(]?\d))"  # 其中65岁及以上163.90万人, 65岁及以上101083 17.22: the group counted
)
_AGE_LIMIT = re.compile(r"(?:或|及)?(?:以上|以下|以内)|(?:降|升|提高|降低|放宽|调整|延长|推迟)?(?:至|到)\s*(?:\d|[一二三四五六七八九十])")

# A unit is not a unit when the next characters make it part of another word.
_BLOCKED_AFTER = {
    "个": "月季工多半",  # 个月, 个季度, 个工作日, 个多月, 个半月: time frames
    "手": "机续段术工表册套艺足里中下上头脚指动抄房车货游抓准都硬并",  # 186.2万手 (lots), not 二手房, 3手机, 两手抓
    "注": "册意入重射资水明销释",  # 中奖47注, not 注册, 注入
    "省": "份区级委政会长内外直属市钱时力心事略",  # 5省, not 省份, 省区, 省级, 省钱
    "部": "分门署委长队位",
    "台": "湾风阶州资胞",
    "列": "入为举出",
    "人份": "额",  # 3人份额转让: 3 people's shares, not 3 portions
    "班": "子级组长主干底次车列机倒制级会",  # 每周214班 (flights), not 班子, 班组, 班长, 2班倒 (班次, 班车 are counted as written)
    "只": "有是能要",
    "具": "有备体名",  # 2.87万具遗体; not 具有, 具备, 具体
    "头": "号部条",
    "起": "来步点草诉",
    "场": "景所地",
    "条": "件例",  # 条件, 条例
    "件": "事",
    "位": "于数",  # 两位数增长: double digits, not two of anything
    "支": "持付出撑",
    "名": "单称义牌",
    "单": "位元",
    "处": "理置于",
    "市": "场民值委区级县内外政容貌长州斤亩尺里寸两直辖属",  # 4市 (cities), not 市场, 市民, 市值, 市委, 市斤, 市亩, 市直…
    "眼": "睛镜光界前里中泪神",  # 机电井31.2万眼 (wells), not 眼睛, 眼光…
    "成": "为员本果功交效立绩就型品熟长都",
    "方": "面式案向法针位阵略圆便",
    "米": "粮",
    "元": "化论素宇旦首件器组",
    "新元": "年素旦",  # 开启2025新元年: a slogan, not Singapore dollars
    "度": "假",
    "日": "起前后至到内",
    "天": "然气下津",
    "克": "服",
    "升": "级值高至到幅为了",  # 197.9升至199.7: the verb
    "间": "接断",
    "轮": "车胎船椅回换岗值次流驱电摩低汽机货客",  # 竞价46轮 (rounds), not 三轮车, 两轮电动车, 轮胎, 轮换
    "票": "据",
    "种": "子植类",
    "家": "庭乡园属长",
    "人": "民才员士事物",
    "组": "织成建",
    "座": "谈",
    "笔": "者",
    "包": "括含装容",
    "片": "区",
    "块": "钱",
    "股": "权份东票价本民市息改",
    "顶": "级尖层部端住替峰",
    "类": "似型别比区标水地功声的限以及、和与或级车轿E",  # 3类区域, 3类标准, 优于3类的断面: a class, not a count
    "站": "式点长台内外位稳立岗起",
}
# …but these words open with a blocked character: 62台风机, 8台风电机组 are machines, not a typhoon
_UNBLOCKED_AFTER = {"台": ("风机", "风电", "风力")}
_DURATIONS = {"个小时", "小时", "分钟", "日", "天", "晚", "夜", "个工作日", "工作日", "个交易日", "个日历天", "日历天"}

_ARABIC = (
    r"\d{1,3}(?:,\d{3})+(?:[.．]\d+)?"
    r"|(?<![\d:.,])\d{1,3}(?: \d{3})+(?![\d.,])(?=[\u4e00-\u9fff])"  # 133 900宗: Hong Kong's space between thousands, before its unit
    r"|\d+(?:[.．]\d+)?"
)
_COLLOQUIAL_MAGNITUDE = r"(?:个(?=亿(?:[^\u4e00-\u9fff、]|的|$)))"  # 营收12个亿: 12亿 (not 3个亿元村)
_NO_UNIT_PREFIX = r"(?![克瓦米伏分帕])"  # 5百克 is not 500 of 克, nor 0.7百分点 70 of 分点
_A_NUM = (
    rf"(?:{_ARABIC})(?: ?(?:[十百千]{_NO_UNIT_PREFIX}[万亿]*|亿(?:\d,\d{{3}}|\d{{1,4}})万|{_COLLOQUIAL_MAGNITUDE}?[万亿]+|兆(?:\d{{1,4}}(?:,\d{{3}})?(?:[.．]\d+)?亿)?(?=元|美元|日元|日圆|韩元|港元|港币|澳门元|新台币|欧元))"
    rf"(?:\d[千百]|\d{{4}}(?!\d)|\d,\d{{3}}(?![\d,]))?)?"  # 1兆1,284亿元, 1万2,000元, 1万2千米 (12,000 米)
)
_CN_CHAR = rf"(?:[零〇一二两三四五六七八九十百万亿]|千{_NO_UNIT_PREFIX}|(?<=[万亿][一二两三四五六七八九])千)"  # 一万二千米: 12,000 米
_CN_NUM = (
    rf"(?:[零〇一二两三四五六七八九十]{_CN_CHAR}*|[百千][万亿]+|(?<=[逾超近上])[百千](?=[个家间名人项所座台辆套户位])|(?<=[逾超近])万(?=[个家间名人项所座台辆套户位])|(?<![数几上成一二三四五六七八九十两百千万])[百千万](?=余[个家间名人项所座台辆套户元吨亩万亿])"  # 逾百间, 百余家
    rf"|[壹贰貳叁參肆伍陆陸柒捌玖][零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]*(?=[元圆]))"  # 大写: 壹佰贰拾万元
    rf"(?:点[零〇一二三四五六七八九]+[万亿]*)?"
)
_NUM = rf"(?:{_A_NUM}|{_CN_NUM})"
_LATIN_UNIT_END = "(?![A-Za-z/×*])"  # not 7.8mg/dl, nor a package's spec (250ml×24盒)
_UNIT_GUARDS = {"mg": _LATIN_UNIT_END, "kg": _LATIN_UNIT_END, "μg": _LATIN_UNIT_END, "mL": _LATIN_UNIT_END,
                "ml": _LATIN_UNIT_END, "dB": _LATIN_UNIT_END}
_UNIT = "|".join(re.escape(u) + _UNIT_GUARDS.get(u, "") for u in sorted(_UNIT_KIND, key=len, reverse=True))
_SEP = r"[至到~～〜—–\-]"
_CURRENCY = r"HK\$|US\$|RMB|\$|¥|￥|€|£"

_FIGURE = re.compile(
    rf"(?P<half>一半|半数)|(?P<fden>[二三四五六七八九十]{{1,3}})分之(?P<fnum>[一二三四五六七八九十]{{1,2}})|"
    rf"(?:(?P<cur>{_CURRENCY}) ?)?(?P<n1>{_NUM})(?:(?P<a1>[多余])(?P<m1>{_COLLOQUIAL_MAGNITUDE}?[万亿]+)?)?(?: ?(?P<u1>{_UNIT}))?"
    rf"(?: ?(?P<sep>{_SEP}) ?(?:(?P<cur2>{_CURRENCY}) ?)?(?P<neg2>[-−])?(?P<n2>{_NUM})(?P<a2>[多余])?(?: ?(?P<u2>{_UNIT}))?)?"
    rf"|百分之(?P<pct>{_CN_NUM}|百)"
)
_PERCENT_IN_WORDS_TOP = re.compile(rf"(?:至|到|—|－|-|～|~)(?:百分之)?({_CN_NUM})(?=[，,。；;、）)\s]|的|之间|左右|以|$)")
_FROM_BEFORE = re.compile(r"(?:从|由)[^，,。；;]{0,10}$")
_FIGURE_SCAN = guarded(_FIGURE)  # skips, with one class test, positions where no figure can start

# --- context ----------------------------------------------------------------------------------
_SIGNED = {"percent", "points", "number", "money", "multiple"}
_TEMPERATURE_UNITS = frozenset({"℃", "°C", "摄氏度", "℉"})
_SIGNED_UNITS = _TEMPERATURE_UNITS | {"‰"}
_WORD_BEFORE_FU = frozenset("减担抱胜背肩辜欺正重负")  # 减负, 担负, 胜负, 正负: 负 is no minus sign there
_CLAUSE_END = re.compile("[，。；！？：\n;!?:]|(?<!\\d),|,(?!\\d)")  # (not the separator of 4,635)
_CMP_WORDS = (
    r"(?:(?P<le>不(?:得|应|能|宜)?(?:超过|高于|大于)|最多|至多|最高(?:可|将)?(?:加|达|提高|提升|增)?(?:至|到)?|≤|<=)"
    r"|(?P<ge>不(?:得|应|能|宜)?(?:低于|少于|小于)|至少|最少|最低|≥|>=)"
    r"|(?P<gt>超过|超出|(?<!^[出入])(?<![贸易，。；：、\s年计期][出入])(?<![月季]出)超|逾|突破|(?<![打攻识看跌])破|(?<!不)大于|多于|(?<!不)高于|(?<=[度率数量额模值积口重])(?<!(?<![进速强程])度)过)"
    r"|(?P<lt>不足|不到|(?<!不)少于|(?<!不)小于|(?<!不)低于|跌破|跌穿)"
    r"|(?P<ap>(?<![最附临靠就贴亲邻])近|(?<![签集节预制履公条特邀违相婚解租续缔立])(?<!(?<!折)合)约(?:有|占(?:[\u4e00-\u9fff]{0,10}?的)?)?"
    r"|大约有?|约为|约合|接近|将近|大概))"
)
_CMP_BEFORE = EndGuarded(re.compile(_CMP_WORDS + " ?(?:人民币|港币|港元|新台币|澳门元|澳门币|每[\u4e00-\u9fff])? ?$"))  # 约为人民币1.2亿元, 不低于每亩300万元
_WORDS_ENDING_IN_SHU = frozenset("人户总日次件票岁天个基指分系倍份宗台辆家名套间座项")  # 人数, 户数, 总数, 日数…
_SHARE_AND_MORE = re.compile("[多余](?![为是数元])")
_BOUND_FOR_EACH = EndGuarded(re.compile("(?:分别|均)" + _CMP_WORDS + " ?$"))
_CMP_AFTER = re.compile(
    r" ?(?P<inc>[（(]含[)）])?(?P<also>或|及)?(?P<w>以上|以下|左右|上下(?![游])|以内|之多|有余|开外|之间)(?P<inc2>[（(]含[)）])?"
)
# 不超过公司总股本的3%, 不低于发行价18.56元/股: a bound on the figure across the whole it is a share of
_BOUND_OF_WHOLE = EndGuarded(re.compile(
    r"(?:(?P<le>不超过|不高于|不大于)|(?P<ge>不低于|不少于|不小于)|(?P<lt>不足|不到))"
    r"(?:(?:(?![的一二三四五六七八九十两百千万亿年月日])[\u4e00-\u9fff]){2,12}的|(?P<price>发行价格?|底价|起拍价|挂牌价|保底价)) ?$"
))
_INCLUSIVE = {">": ">=", "<": "<="}  # 500万元及以上, 180吨（含）以下, 1.2米以下（含）: the bound itself counts
_CMP_AFTER_VALUE = {"以上": ">", "以下": "<", "左右": "~", "上下": "~", "以内": "<=", "之多": ">", "有余": ">", "开外": ">"}
_CMP_VALUE = {"le": "<=", "ge": ">=", "gt": ">", "lt": "<", "ap": "~"}

_UP = "增长|增加|提高|上升|升高|直升|涨价|扩大|上涨|提升|加快|回升|攀升|多增|增收|增产|反弹|走高|飙升|跃升|增多|拉高|净增加|净增|偏高|偏多|延长|上修|上调|成长|调增|调高|调升|高出|激增|猛增|锐增|骤增|陡增|剧增|上扬|上浮"
_PHASED = re.compile(r"[工项建厂园基区用扩续改规地]")
_RANK_MOVE_BEFORE = re.compile(r"(?:上升|提升|提高|前移|后移|前进|后退|跃升|上移|下移|下降|下滑|回落|进位|退位)了?$")
_RANKING = re.compile(r"排名|位次|名次|排位|位列|排行")
_DOWN = "负增长|压缩|下降|减少|降低|直降|降价|少招|少生|回落|收窄|缩短|缩小|下跌|下滑|放缓|减缓|萎缩|回调|缩减|压减|下调|减小|走低|回调|少增|降幅|净减少|净减|减产|偏低|偏少|下修|衰退|降温|调减|调低|调降|锐减|骤降|猛降|陡降|剧降|锐降|下挫|跌去|缩水|滑落|下浮|腰斩"
_RATE_MOVED_TO = "(?:收窄|扩大|回落|回升|缩小|加快|放缓|提高|下降|降低|上升)(?:至|到)"  # 降幅收窄至2.9%: a fall of 2.9%
_ONE_CHAR_AFTER = "比年月季均别期微大急暴狂续"
_CHANGE_BEFORE = EndGuarded(re.compile(
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?:(?<=[{_ONE_CHAR_AFTER}])|^)(?P<up1>[升增])|(?P<up3>飙)|(?:(?<=[{_ONE_CHAR_AFTER}])|^)(?P<down1>[降减])"
    rf"|(?P<up2>涨|涨幅|增幅|升幅|增速|(?:年)?增长率|年增率|(?:年)?成长率|(?:增长|上涨|增加|上升|回升|提高)幅度)"
    rf"(?:初步统计|初步估计|概估|预测|预估|初估|修正)?数?(?:分别)?(?:已|均|仍)?(?:为|达到?|是|介于|在|{_RATE_MOVED_TO})?"
    rf"|(?P<down2>跌|跌幅|降幅|减幅|(?:下降|下跌|减少|回落|降低)幅度)(?:分别)?(?:已|均|仍)?(?:为|达到?|是|{_RATE_MOVED_TO})?"
    rf"|(?<![新递倍净])(?P<up4>增)(?=约|近|逾|超))"
    rf"(?:了|达|为|(?<=[长降加少])[：:])? ?{_CMP_WORDS}? ?$"
))
# 下调最优惠利率0.25厘, 上调存款准备金率0.5个百分点: the rate adjusted by the figure
_ADJUSTED_RATE = EndGuarded(re.compile(
    r"(?:(?P<up>上调|调高|调升|提高)|(?P<down>下调|调低|调降|降低))(?!后)(?:(?!的|后|实现)[\u4e00-\u9fff]){0,8}?"
    r"(?:利率|准备金?率|费率|税率|息率|汇率|电价|水价|价格|标准)(?:共计?|合计|累计|总计)? ?$"
))  # 两次下调存款准备金率共0.5个百分点
# 比去年底新增21家, 比去年同期多5个, 同比多投放, 较上一交易日放量: against a basis (a time), what is added is a change; not 比例至少, 规模较大的…新增
_MORE_THAN_BASIS = EndGuarded(re.compile(
    r"(?:(?:比|较)(?=上|去|前|同|年|本|第|常年|正常|往常|平常|\d)(?:[^，,。；;]|(?<=\d),(?=\d)){1,16}?|同比|环比)(?<![至最])"
    r"(?:(?P<up>新增|多出?|放量)|(?P<down>少|缩量))(?:了)?[\u4e00-\u9fff]{0,4}?(?:了)?(?:约|近)? ?$"
))
GROWTH_LABEL = r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)(?:增长|下降|增加|减少|上升|下跌)"  # 比上年同期增长：41.74%
_BASIS_CHANGE_LABEL = re.compile(GROWTH_LABEL + "$")
_THAN_ANOTHER = re.compile(r"[高低快慢]于[^，,。；;的]{0,10}$")  # (not 高于全国平均水平的增速6.5%: its own growth)
_THAN_OTHER_PLACE = re.compile(
    r"(?:比|较)(?:全国|全省|全市|全区|全县|(?!上年|去年|常年|同期|历年|多年|往年)[^，,。；;]{0,8}(?:平均|均值))[^，,。；;]{0,8}$")  # 比全国高出2.4个百分点: a gap, no change
# 宁德增长最快，达12.3%: the fastest growth of a list
_RATE_AHEAD = re.compile(r"[\d.]+\s*(?:%|％|个百分点)")
_FASTEST = EndGuarded(re.compile(r"(?:(?P<up>增长|增速|增幅|涨幅)|(?P<down>下降|降幅|跌幅))最(?:快|大|高)[，,]? ?(?:达到?|为)? ?$"))
# 增速比上月末高0.2个百分点: against its own earlier period (not 比上海低, 较同类产品低)
_HIGHER_THAN_PERIOD = EndGuarded(re.compile(
    r"(?:比|较)(?:上年|去年|前年|上月|上季度?|上一?期|上旬|上周|同期|上年同期|去年同期|年初|上年末|去年末|上月末|上年底|去年底|上年度"
    r"|\d{4}年(?:末|底|同期)?)(?:同期|末|底)?(?:分别)?(?:(?P<up>高出?)|(?P<down>低))(?:了)? ?$"
))
# 拉高整体指数约0.38个百分点, 拖低整体指数0.12个百分点: a contribution to an index's move
_RATE_MOVED = EndGuarded(re.compile(  # 10年期国债收益率较上月末下行8个基点: a yield's move
    r"(?:收益率|利率|利差|息差|LPR)[^，,。；;\d]{0,8}?(?:(?P<up>上行)|(?P<down>下行))(?:了)?(?:约|近)? ?$"))
_PULLED_INDEX = EndGuarded(re.compile(r"(?:(?P<up>拉高|推高|拉升)|(?P<down>拖低|拉低|压低))[\u4e00-\u9fff]{0,6}指数(?:约|近)? ?$"))
_NET_CHANGE_OF = re.compile(r"(?:^|[，,；;。\s将])(?:(净增加?)|(净减少?|压减|削减))[\u4e00-\u9fff]{1,5}$")
# a figure right after another one in a list (分别增长53.2%、22.5%) shares its change
_LIST_GAP = EndGuarded(re.compile(r" ?[、和及与] ?$"))

_LISTED_UNIT = re.compile(rf"(?: ?[、和及与] ?(?:{_ARABIC}))+ ?(?P<u>{_UNIT})")
_LABELLED_UNIT = re.compile(r"[（(](?P<m>万|亿|百万|千)?(?P<u>[^（()）:：\s\d]{1,5})[)）]\s*[:：]\s*$")  # 最高限价（元）：4,650,000.00
_LISTED_MAGNITUDE_UNIT = re.compile(rf"(?: ?[、和及与] ?(?:{_ARABIC})(?:万亿|亿|万))+ ?(?P<u>{_UNIT})")  # 分别为1.7万亿、2.3万亿和0.9万亿元
_SHARED_UNIT = re.compile(rf"(?: ?[和及与、] ?(?P<n>{_ARABIC}))+ ?(?P<u>%|个百分点|百分点|个千分点|倍)")  # 提高1.84、2.37和0.96个百分点
_RANK_BEFORE = re.compile(r"(?:^|[^目当此之以提空眼先最今而随其超靠领日然向往])[前后头]$")
_DURATION_TRIGGER = re.compile(
    r"逗留|停留|留宿|住宿|留观|等待|排队|候诊|历时|持续|时间|时长|待闸|耗时|用时|平均|天数|日数|时数|周期|回收期|工期|账期|开放(?=$)|延时|推迟|延后"
    r"|(?:缩短|延长|拉长|压缩|节省|提前|缩减|减少|增加|偏多|偏少|相差|需要?)(?:了|到|至)? ?$"
)
_DURATION_LABEL = re.compile(r"(?:工期|服务期|服务期限|合同期限|履约期限|有效期|周期|时长)[：:]\s*$")  # 计划工期：240日历天
_DAYS_COUNTED = re.compile(r"(?:天数|日数)[^，。；]{0,4}[，,]?(?:仅|只有|为|达)?$")  # 高温日数最少，仅2天
_ASIDE = re.compile(r"[（(][^（）()]{0,16}[)）]")  # 高温日数（日最高气温≥35℃）为18.6天: the aside between
_INDEX_BEFORE = re.compile(r"(?:指数|成指|综指|板指|沪指|深指|点数|恒指|国指|道指|纳指|标普|日经)")
_INDEX_MOVE_BEFORE = re.compile(r"(?:[报见跌涨升降至到]|收[报市于在])$")  # …，最低见19,776点: far from the index it moves
_RATE_CONTEXT = re.compile(r"利率|息|利息|按揭|回购|借贷")
_SENTENCE_START = re.compile(r"(?:.*[。！？!?\n])?", re.S)  # greedy: up to the last sentence end, if any
_BASIS_POINT_CONTEXT = re.compile(r"利率|利息|息率|付息|计息|LPR|收益率|回购|借贷|价差|利差|费率|上调|下调|调降|调升|降息|加息|加点|减点")
_INTEREST_RATE_WORDS = re.compile(r"LPR|利率|收益率|利差|息")
_EXCHANGE_RATE_CONTEXT = re.compile(r"汇率|汇价|中间价|兑(?:人民币|美元|欧元|日元|港元|港币)")
_BASE_NAMED = re.compile(r"[村站点校学镇户区]")  # 基点村, 基点站, 基点学校: bases
LEVEL_NAMED_BEFORE = re.compile(r"(?:修订数字|临时数字|高位|低位)$")  # 较2021年9月的高位404.7下跌约28%: the level it moved from
_INDEX_NOTE_BEFORE = re.compile(
    r"(?:指数[（(](?:[^（）()]{2,24}=100|[\u4e00-\u9fff]{2,8})|(?:指数|性别比)[（(]以[^（）()\d]{1,8}为100[^（）()\d]{0,16})[)）](?:为|是|报)$"
    r"|" + LEVEL_NAMED_BEFORE.pattern
)  # 售价指数（临时数字，1999年=100）为291.6, 指数（临时数字）为291.4, 较9月的修订数字290.2; 性别比（以女性为100…）为105.75
_METRIC_BEFORE = EndGuarded(re.compile(
    r"(?:(?:值|指数|PMI|CPI|PPI|系数|指标|读数|得分|评分|收入比|城乡比|性别比|抚养比|市盈率|市净率)(?:[（(][A-Za-z]{2,6}[)）])?"
    r"(?:均|则|仍|已|将|分别)?(?:为|在|达|达到|是|报|录得|升至|降至|回升至|回落至|保持在|维持在|缩小到|缩小至|扩大到|扩大至|修正为|修订为|由|从)"
    r"|(?:容积率|绿地率|建筑密度)(?:为|不大于|不高于|不超过|不低于|由|从)?) ?$"  # 容积率2.2: a plot's ratio
))
_DAY_COUNT_BEFORE = re.compile(
    r"(?:优良|达标|污染|超标|雾霾|霾|沙尘|降水|降雨|高温|晴)天数(?:(?:[^。；;\n天]|(?<=\d)天){0,24}"
    r"|(?:为|达|达到|是|共|有)?\d+天[，,](?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(?:增加|减少|多|少)了?)$"
)
_SEPARATORS_OF_DIGITS = frozenset(", .")
_RATE_OF_CHANGE_BEFORE = re.compile(r"(?:同比|环比|按年|按月|增速|增幅|增长率?|变动|变幅)(?:为|是|达|[:：])? ?$")
_NUMBER_MOVED_TO = re.compile(r"(?:上升|下降|提高|降低|增加|减少|回落|回升|上涨|下跌|缩小|扩大|升|降)(?:至|到)")  # 由0.465下降至0.452
_MOVED_TO_UNITLESS = re.compile(_NUMBER_MOVED_TO.pattern + r"\d+(?:\.\d+)?(?=[，,。；;）)\s]|$)")
_NUMBER_CHANGE_GAP = re.compile(
    r"\s*[，,]\s*(?:(?:比|较)(?:\d{4}年)?[^，,。；;\d\s]{0,8}?|与(?:\d{4}年)?[^，,。；;\d\s]{0,8}?相比[，,]?)?"
    r"(?:上升|下降|提高|降低|增加|减少|回落|回升|上涨|下跌)了?"
)
_PEOPLE = re.compile(
    r"新?(?:市民|居民|农民工|农民|群众|游客|旅客|学生|毕业生|职工|员工|工人|儿童|老人|患者|用户|会员|党员|志愿者|人口|常住人口)"
    r"|[\u4e00-\u9fff]{0,6}?(?:群体|人员|劳动力)(?![\u4e00-\u9fff]{0,2}(?:的|占))"
)
# 观影人次超2亿, 纳税人数目由20万增至21.6万: a bare 万/亿 number after a word for counted people
_COUNTED_BEFORE = EndGuarded(re.compile(
    r"(?P<noun>人次|人数|户数|人口|客流量?|纳税人)[^，,。；;：:、\d]{0,4}[，,]?"
    r"(?:由[\d.]+[万亿])?(?:均|则|仍|已|将|分别|再)?"
    r"(?:为|达|达到|超|超过|突破|逾|近|约|增至|增加至|增加到|增长至|减至|减少至|降至|下降至|升至|上升至|由|从)$"
    r"|(?P<bare>人次|人数|户数|人口)$"  # 观影人次4,862万: the noun right before its number
))
_THRESHOLD_AFTER = re.compile(r"(?:及|或)?以[上下]|[-—～~至到]")
_ABSTRACT_AFTER = re.compile(r"(?:产业|数的|版本|线索|路径|思路|原因|特点|方向|问题|层面|方面|市场|部分|阶段|环节|领域|维度|原则|确立|维护|作用|目标|途径|渠道|关系|体系|机制|结合|统一|大局|务必|轮驱动|条腿|翼|手)")
_QUAKE_AFTER = re.compile(r"(?:及以上|以上|以下|左右)?的?(?:地震|余震|强震|浅源地震)")
_ARABIC_TENTH = re.compile(r"[1-9](?![\d.%％A-Za-z\u4e00-\u9fff])")  # 逾1成5: Taiwan's 15 %
ONE_RUN = r"(?:一|1)(?:班车|班|趟|列|辆)"  # 每5分钟一班: one run per interval
_HEADWAY = re.compile(r"\d+(?:\.\d+)?(?:[~～至到-]\d+(?:\.\d+)?)?(?:分钟|小时|秒)" + ONE_RUN)
_SERVICE_RUN_BEFORE = re.compile(
    r"(?:每[周日天月]|日均|周均|执飞|执行|开行|加开|增开|航班|航线|班列|共计?|合计|办学规模|班级规模|班额规模)[^，,。；;]{0,8}$"
)  # 办学规模多为36～48班: a school's classes
_WIND_BEFORE = re.compile(r"(?:风力?|阵风|风速)(?:可?达到?|为|将达|增强到|减弱到|增大到)?$")  # 偏北风4～5级, 阵风可达11级
_WIND_AFTER = re.compile(r"(?:以上|左右)?的?(?:(?:雷暴|雷雨|短时|瞬时|对流性)?大风|阵风|[东南西北偏]{1,2}风)")  # 6级以上大风
_QUAKE_BAND_AFTER = re.compile(r"(?:及以上|以上)?\d+次")  # 余震…（3.0～3.9级6次）: a band of magnitudes, counted
_QUAKE_NAMED = re.compile(r"余震|地震")
_QUAKE_BEFORE = re.compile(r"(?:震级|地震|余震)(?:为|是|达|约|达到)?$")
_COORDINATE_BEFORE = re.compile(r"(?:北纬|南纬|东经|西经)$")
_SPORT_EVENT_AFTER = re.compile(r"(?:栏|跑|赛跑|短跑|长跑|自由泳|蛙泳|仰泳|蝶泳|混合泳|接力|决赛|半决赛|预赛|比赛|冠军|亚军|季军|金牌|银牌|铜牌)")
# a bare 万/亿 amount right after what only money measures (亏损逾2亿, 直接投资额为209亿), ending its clause
_MONEY_BEFORE = EndGuarded(re.compile(
    r"(?:亏损|盈利|利润|营收|收入|拨款|投资额|投资|融资|集资|募资|筹资|套现|成交额|交易额|销售额|营业额|"
    r"市值|税收|开支|支出|预算|贷款|罚款|票房|总额|金额|出口额|进口额|生产总值|GDP)"
    r"(?:均|则|仍|已|将|共|合共|合计|累计|总计)?(?:为|达|达到|是|至|到|了|高达|录得)? ?$"
))
_IMPLIED_MONEY_END = re.compile(r"[\s，。；：、！？,.;:!?」』”)）]|的|$")
# amounts the text writes with their currency: 3.27万亿港元, 两亿美元, US$5亿 (not 1月1日元旦)
_STATED_MONEY = re.compile(
    r"(?:[0-9]|[一二两三四五六七八九十])[0-9.,]*[十百千万亿]*[多余]? ?("
    + "|".join(sorted(set(_MONEY) - {"仙", "港仙"}, key=len, reverse=True)) + r")(?![旦宵])"
    r"|(US\$|HK\$|¥|￥|€|£) ?[0-9]"  # not a bare $: 港元 or 元 of the same notice
)
# 12.36亿澳门元（元，下同）: the notice's 元 from here on is that currency
_DECLARED_CURRENCY = re.compile(r"\d(?:万|亿)?(澳门元|港元|港币|新台币|美元|欧元|日元)\s*[（(]\s*(?:元|人民币)?\s*[，,、]?\s*(?:下同|以下同)\s*[)）]")
# a currency is taken as the text's own when it writes at least this many amounts in it, and in no other
_STATED_AT_LEAST = 2
_PERIOD_AFTER = re.compile(r"(?:财政年度|年度|季度|月|星期|礼拜|半月|学年|财年)")
_FRAME_BEFORE = re.compile(r"(?:过去|最近|近|未来|连续|前|头|此后|之后)$")
_COUNTED_ONCE = frozenset({"批次", "次", "宗", "例", "起"})  # 有一批次, 仅一例: one, counted
_HK_CONTEXT = re.compile(r"港元|港币|港幣|香港|港股|港府|HK\$|特区政府|立法会")
_CN_ONLY = re.compile(r"^[零〇一二两三四五六七八九十百千万亿点]+$")
_SCORE_CONTEXT = re.compile(r"得分|评分|总分|满分|分数线?|合格线|控制线|录取线|本科线|专科线|成绩|考生")  # 本科线424分, 上年分别为426分
_AFTER_SCORE = re.compile(r"[以及左，。、；）)的（(和或至到上下\s]|$")
_SCORE_BEFORE = re.compile(r"(?:得分|评分|总分|满分|分数线?|合格线|最[低高]分|[价格技术商务综合]分)(?:为|是|达到?|均为)?$")
_BOUND_CHAIN = re.compile(r"\s*[<＜≤]")
_POINTS_SHARED = re.compile(r"(?:[和、及与或至到]\s*[+\-−]?\d+(?:\.\d+)?\s*个(?=\s*[和、及与或至到]))*"
                            r"[和、及与或至到]\s*[+\-−]?\d+(?:\.\d+)?\s*(个百分点|个基点|个千分点)")  # 0.3个、0.2个和0.4个百分点
_OPEN_QUOTES = frozenset("“「『\"'‘")
_OBSERVED_PEAK = re.compile(r"最高(?:达到?|为)$")
_OBSERVED_MEASURE = re.compile(r"气温|温度|负荷|客流|水位|雨量|降雨|降水|风力|风速|股价|指数|流量|浓度|车流|人流|用电量")
_CAPPED = re.compile(r"补贴|补助|奖励|奖补|资助|扶持|支持|贷款|额度|罚款|赔偿|报销|给予|授信|担保|可|将|按|不超过|每[人户家个台辆]")
_TEMPERATURE_CONTEXT = re.compile(r"气温|温度|摄氏|体温|水温|高温|低温")
_ELECTRICITY_CONTEXT = re.compile(r"电|能耗|千瓦")
_ROUND_LABEL_AMOUNT = re.compile(r"[十百千]?[万亿]|[十百千][万亿]?")
_CLASS_NOUN_AFTER = re.compile(r"(?:级)?(?:企业|村|镇|乡|县|产业|集群|楼宇|园区|商圈|街区|平台|品牌|市场|项目)")
_NAMED_BY_ITS_COUNT = re.compile(r"(?:社会保险|社保)")
_SLOGAN_REST = re.compile(r"[^“”「」『』\"'‘’0-9，。；,;\n]{0,8}[”」』\"'’]")  # the rest of a short quoted name
# 七成六, 七成半: a tenth ending the figure (not 七成五保户, 五成二手房, 七成一线城市, 七成七月份)
_SHARE_TENTH = re.compile(r"[一二三四五六七八九半](?=$|[，。；、：！？,.;:!?）)\s”」]|的|以上|以下|左右|多|是|为|了|和|及|或|至|到)")
_ARABIC_ONLY = re.compile(r"[\d.,]+")
_MAGNITUDE = re.compile(r"(?:(?<=\d)[十百千][万亿]*|[万亿]+)$")  # 3至5千公里: 5千, 5百万, 5万 (not 十 of 三至十)
# 1，234万元: three digits after a separator that follows a whole number of one to three digits
_GROUP_TAIL = re.compile(r"[0-9]{3}(?![0-9])")
_GROUP_HEAD = re.compile(r"(?<![0-9.:/\-A-Za-z第])[0-9]{1,3}$")  # not 第5，300多家, C919，100余家, 9:30 300余名
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
# what a rate is per: 元/亩, 公斤/亩, 微克/立方米, 元/吨, 立方米/秒, 吨标准煤/万元
_PER_UNIT = re.compile(
    r" ?/ ?(万元|平方公里|平方米|立方米|公顷|千瓦时|人次|公斤|千克|标准箱|标吨|亩|吨|斤|克|升|人|户|台|辆|件|头|只|张|套|间|月|年|周|天|日|小时|分钟|秒|次|股(?![份东本权]|票(?!面))|盎司|(?:kWh|kg|mg|g|t|m²|m³|㎡)(?![A-Za-z]))"
    r"(?! ?/)"
)


_PER_WORD_UNIT = re.compile(r"每(?:立方米|立方|升|平方米|平方公里|公顷|千瓦时|小时|秒)")


def _per_unit(text: str, end: int, kind: str, unit: str) -> tuple[int, str]:
    """650公斤/亩, 38微克/立方米: a rate takes 「/亩」 into its span and unit; 87.5元/亩 keeps its currency as its unit."""
    per = _PER_UNIT.match(text, end)
    if per is None:
        if unit in ("立方米", "米") and text.startswith("每秒", end):
            return end + 2, f"{unit}每秒"  # 入库流量2860立方米每秒, 风速12米每秒
        if kind == "quantity" and (per_word := _PER_WORD_UNIT.match(text, end)):
            return per_word.end(), unit + per_word.group(0)  # 含沙量6.8公斤每立方米
        return end, unit
    return per.end(), unit if kind == "money" else f"{unit}/{per.group(1)}"


_FORECAST_SENTENCE = re.compile(r"预计|预测|业绩预告")
_FORECAST_PROFIT = re.compile(r"净利润|利润总额|营业收入|归属于|扣除非经常性损益")
_CHANGE_VERB_RIGHT_BEFORE = re.compile(r"(?:增加|减少|增长|下降)$")
_LEVEL_BEFORE = re.compile(r"(?<![转变成改])(?:为|是)(?:每[人户亩吨]|每平方米|每立方米)?$")  # 回购金额为5,000万元至1亿元, 标准为每人500元至1000元: a range (not 由…转为)
_MOVE_BEFORE = re.compile(r"[由从]|增加|减少|增长|下降|提高|降低|上调|下调|调整|上涨|下跌|扩大|缩小|升|降|涨|跌|回落|回升")
_MEASURE_RIGHT_BEFORE = re.compile(r"(?:价|价格|均价|收益|收入|利润|亏损|盈利|金额|成本|费用|投资|规模|租金|工资|薪酬|补贴|每[斤吨亩人户股]|[元亩吨股])$")
_RANGE_SPREAD = 3
_ESTIMATE_BEFORE = re.compile(r"预计|预期|预测|估计|区间|介于|在$")
_STAY = re.compile(r"留宿|住宿|逗留|过夜|入住")
_SEAT_CLASS = re.compile(r"(?:及以下|以下|及以上|以上)?(?:的)?(?:小型|中型|大型|小)?(?:客车|汽车|乘用车|轿车|车辆|面包车|电动车)")
_GRID_EQUIPMENT = re.compile(r"(?:及以上|以上)?(?:变电站|升压站|汇集站|开关站|换流站|输变电|送出|输电|线路|电网|主变|变压器|母线)")
_DURATION_FIRST = frozenset("月季年周")
# 3个月, 4季, 1年, 2周; not 3月 (March), 三季度 (the third quarter)
_CONGRESS_SESSION = re.compile(
    r"[一二三四五六七八九十\d]{1,3}届(?:全国|省|市|县|区)?(?:人大|政协|人民代表大会|中央委员会|委员会|党代会|代表大会)(?:常委会)?"
    r"(?:第?[一二三四五六七八九十\d]{1,3}次(?:会议|全会|全体会议)?)?"
    r"|[一二三四五六七八九十\d]{1,3}届(?:第?[一二三四五六七八九十\d]{1,3}次(?:会议|全会|全体会议))"  # 市十届三次会议
    r"|[一二三四五六七八九十\d]{1,3}届第?[一二三四五六七八九十\d]{1,3}次[\u4e00-\u9fff]{0,6}?(?:代表大会|会员大会|理事会|会议)"  # 五届三次职工代表大会
)
_CLOCK_BEFORE = frozenset("时点:：")
_WORD_AFTER_SPAN = re.compile(r"[边末度初底报期份内中]")
_CURRENCY_NAMED = {"新台币": "新台币", "台币": "新台币", "港币": "港元", "港元": "港元", "澳门币": "澳门元", "澳门元": "澳门元"}
_NAMED_CURRENCIES = frozenset(_CURRENCY_NAMED.values())
_CHANGE_OF_THE_AMOUNT = re.compile(  # 为新台币3,000亿元，较上年同期增加420亿元: nothing but the comparison between
    r"[，,]?\s*(?:较|比|同比|与)[^，,。；;\n|人美港澳台]{0,10}?(?:相比)?[，,]?(?:增加|减少|上升|下降|增长|多|少|扩大|缩小)了?约?")
_CURRENCY_BEFORE = re.compile(r"(新台币|台币|港币|港元|澳门币|澳门元)(?:约|共|合计)?$")
_CURRENCY_AFTER = re.compile(r"(新台币|港币)(?![、或和及与]?(?:澳门|人民币|美元|港币|新台币))")  # not 港币、澳门币或人民币
_TAIWAN_PLACE_AFTER = re.compile(r"(?:新北|北|中|南|东)(?:市|县)")
_RATIO_TO_ONE = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)\s?[:：]\s?1(?![\d.:：])")
_RATIO_PARTS = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)[:：](\d{1,3}(?:\.\d{1,2})?)[:：](\d{1,3}(?:\.\d{1,2})?)(?![\d:：])")
_CLOCK_PART = re.compile(r"(?:^|[:：])0\d")  # 14:30:00
_STRUCTURE_BEFORE = re.compile(r"结构|之比|比例")
_RATIO_NAMED = re.compile(r"(?<![终队方分局赛])比(?:例)?(?:为|是|达|降至|升至|降到|提高到|优化至|约)?$")  # not 最终比3:1
_INDICATOR_NAME = re.compile(r"十种有色金属")
_DECIMAL_SPAN = re.compile(r"\d{1,3}\.\d{1,2}")  # 20.8周; not 1.2025年 (a list's number before a year)
_CLOCK_DURATION = re.compile(
    r"(\d{1,3})个?小时(\d{1,2})分(?:钟)?(?:(\d{1,2}(?:\.\d+)?)秒)?|(\d{1,3})分(?:钟)?(\d{1,2}(?:\.\d+)?)秒"
)
_DURATION_UNIT = re.compile(r"个(月|季度|星期)|(季)(?!度)|(年|周)")
_DURATION_UNIT_NAME = {"月": "月", "季度": "季", "季": "季", "年": "年", "周": "周", "星期": "周"}
# 1年的牌照费用, 4季的差饷, 多一个月的金额: what is paid or waived for a span
_DURATION_PAID_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:费用|费|金额|差饷|租金|工资|薪金|薪酬|津贴|补贴|利息)")
_DURATION_LOCK_AFTER = re.compile(r"内不(?:得|能|可)(?:转让|减持|出售|上市|交易)")  # 6个月内不得转让: a lock-up
_CHANGE_OF_AMOUNT = re.compile(r"(?:(增加|多支出|增收)|(减少|节约|节省|少支出))(?:支出|开支|收入|负担|排放|用水|用电|成本|费用|投入)约?$")
# 本次计提将减少公司2024年度利润总额3,456.78万元: the effect on the profit, not the profit
_EFFECT_ON_PROFIT = re.compile(
    r"(?:将|会|预计将?|相应)(?:(增加|提高)|(减少|降低|减记))(?:公司|本公司)?(?:\d{4}年度?|本年度|当期|本期)?(?:合并报表)?"
    r"(?:归属于[^，,。；;]{2,16}的)?(?:利润总额|净利润|营业利润|所有者权益|净资产|损益)约?$"
)
_ORDINAL_NEXT = re.compile(r"[\d一二三四五六七八九十]{1,3}(?:位|名|批|季度|阶段|期|届|次|轮|章|条|款|项|$)")
_SHARE_AFTER_FRACTION = re.compile(r"(?:以上|以下|左右|多|强|弱|的|[，,。；;、）)\s]|$)")
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")
_CLASS_BEFORE = re.compile(r"(?:优于|劣于|好于|达到|执行|为|第|或|、|和)$")
_BAND_BEFORE = re.compile(r"(?:身高|年龄|区间|介于|范围为?|在)$")
_LIST_JOINER = re.compile(r"\s*[、和及与]\s*")
_DURATION_TERM_BEFORE = re.compile(
    r"(?:期限|时长|周期|回收期|工期|锁定期|限售期|禁售期|有效期|租期|账期|服务期|建设期|轮候时间|等候时间|等待时间|平均年限|年限|可支付月数|支付月数|去化周期)(?:分别)?(?:为|是|达|约|仅|为约)?$"
    r"|(?:缩短|延长|压缩)(?:了|到|至)?$"
)
# 签订3年以上劳动合同, 满6个月以上, 累计不超过36个月: a rule's bound on a span
_VOUCHER_HEAD = re.compile(r"满\d{1,6}元?减$")
_DURATION_BOUND_AFTER = re.compile(r"及?(?:以上|以下|以内)")
_DURATION_BOUND_BEFORE = re.compile(r"(?:满|不超过|不少于|不低于|不足|最长|最多|至少)$")  # not 长达8年的财务造假
_DURATION_FRAME_BEFORE = re.compile(r"(?:过去|最近|近|未来|连续|前|头|此后|之后|这|那|首|每|第|以来|上|下|同|当|本|今|明|去)$")
# after a unitless number without 万/亿: the Chinese characters that may still make it a figure in
# take_unitless (index points, a shared unit after 和/及/与, a comparator after it such as 以上)
_UNITLESS_GO_ON = frozenset("点和及与以左上之有")


def unit_kind(unit: str) -> tuple[str, str] | None:
    """The kind and contract unit of a written unit (``元`` → money 元, ``%`` → percent), or None."""
    return _UNIT_KIND.get(unit)


_SPACED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def _parse(num: str) -> Decimal | None:
    try:
        return parse_number((_SPACED_THOUSANDS.sub(",", num) if " " in num else num).replace("个", ""))  # 12个亿: 12亿
    except NumberParseError:
        return None


def _magnitude_of(num: str) -> Decimal:
    """The magnitude word ending a number (万 → 10000), 1 if none."""
    m = _MAGNITUDE.search(num)
    return parse_number(m.group(0)) if m else Decimal(1)


class _Finder:
    def __init__(self, norm: NormalizedText):
        self.norm = norm
        self.text = norm.text
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(self.text)]
        self.figures: list[Figure] = []
        self._stated_currency: str | None = None
        declared = _DECLARED_CURRENCY.search(self.text) if "同" in self.text else None
        self._declared_currency = (declared.end(), _MONEY[declared.group(1)]) if declared else None

    def before(self, index: int, limit: int = 24) -> str:
        """The text before ``index`` back to the start of its clause, at most ``limit`` characters."""
        lo = max(0, index - limit)
        previous = bisect_left(self.clause_ends, index)
        start = max(lo, self.clause_ends[previous - 1] + 1) if previous else lo
        return self.text[start:index]

    def of_an_exchange_rate(self, start: int) -> bool:
        """中间价较前一交易日上调56个基点: an exchange rate named last before the figure (not 汇率稳定，LPR下调10个基点)."""
        window = self.in_sentence(start, 30)
        exchange = [m.end() for m in _EXCHANGE_RATE_CONTEXT.finditer(window)]
        rates = [m.end() for m in _INTEREST_RATE_WORDS.finditer(window)]
        return bool(exchange) and (not rates or rates[-1] < exchange[-1])

    def names_basis_points(self, start: int, end: int) -> bool:
        """下调政策利率10个基点: hundredths of a percentage point where a rate is talked of; not 信息,
        nor 基点村, 基点站 (a base)."""
        return (_BASIS_POINT_CONTEXT.search(self.in_sentence(start, 30)) is not None
                and not _BASE_NAMED.match(self.text, end))

    def in_sentence(self, index: int, limit: int) -> str:
        """The text before ``index`` back to the start of its sentence, at most ``limit`` characters."""
        window = self.text[max(0, index - limit):index]
        return window[_SENTENCE_START.match(window).end():]

    @cached_property
    def hong_kong(self) -> bool:
        return _HK_CONTEXT.search(self.text) is not None or "按年" in self.text

    def run(self) -> tuple[Figure, ...]:
        text = self.text
        pos = 0
        search = _FIGURE_SCAN.search
        while True:
            m = search(text, pos)
            if m is None:
                break
            pos = self.take(m)
        return tuple(self.figures)

    # Each handler returns the position to continue from.
    def take(self, m: re.Match) -> int:
        pct, half, sep, cur, n1, a1, m1, u1 = m.group("pct", "half", "sep", "cur", "n1", "a1", "m1", "u1")
        if (n1 is not None and "." in n1 and (u1 in _COUNTED_UNITS or _ROUND_AFTER_POINT.search(n1))
                and (marker := self.list_marker(m.start())) is not None):
            return marker.end()  # 3.20人以上的旅行社团队 under 1.… 2.…: item 3, then 20人 (no one counts 3.2 people)
        if pct is not None:
            value = _parse(pct) if pct != "百" else Decimal(100)
            if value is None:
                return m.end()
            end, value_max, change = m.end(), None, self.change_before(m.start())
            top = _PERCENT_IN_WORDS_TOP.match(self.text, end)
            if top is not None and (_FROM_BEFORE.search(self.before(m.start(), 12)) or (
                    not top.group(0).lstrip("至到—－-～~").startswith("百分之") and change)):
                top = None  # 从百分之六十到百分之八十五: a move; 下调百分之零点二五至三点八五: cut to a level
            if top is not None and (high := _parse(top.group(1))) is not None and high > value:
                end, value_max = top.end(), high  # 百分之七十至九十五
            self.emit(m.start(), end, "percent", value, "%", "figures.percent.v1", self.comparator(m.start(), end, None), change, value_max)
            return end
        if m.group("fden") is not None:
            self.take_fraction(m)
            return m.end()
        if n1 is not None and " " in n1 and _SPACED_THOUSANDS.search(n1) and not self.hong_kong:
            return m.end()  # 共有853 901家 outside Hong Kong: two numbers or a lost comma, no figure to cite
        if (u1 is not None and n1 is not None and n1.isdigit() and len(n1) <= 3 and _blank_before(self.text, m.start())
                and self.text[m.end("n1"):m.start("u1")].isspace()):
            return m.end("n1")  # 序号 | 项目单位 ⏎ 1 | 市第一医院: a row's number, not 1 市
        if half is not None:
            before = self.before(m.start(), 8)
            after = _CMP_AFTER.match(self.text, m.end())
            if "占" in before or _CMP_BEFORE.search(before) or (after and after.group("w") in ("以上", "左右", "以下")):
                self.emit(m.start(), m.end(), "percent", Decimal(50), "%", "figures.share.v1",
                          self.comparator(m.start(), m.end(), None), self.change_before(m.start()))
            return m.end()
        after_number = self.text[m.end("n1"):m.end("n1") + 1] if n1 is not None else ""
        if (cur is None and sep is None and after_number in "小个分"
                and (clock := _CLOCK_DURATION.match(self.text, m.start())) is not None):
            if m.start() > 1 and self.text[m.start() - 1] in _CLOCK_BEFORE and self.text[m.start() - 2].isdigit():
                return clock.end()  # 9时05分18秒, 10点30分45秒: a moment of the clock, not a span
            if self.text[clock.end():clock.end() + 1].isdigit():
                return clock.end() + 2  # 4分05秒23: hundredths written the way a clock shows them
            if not self.rejected_start(m.start()):  # 2小时08分17秒, 3分45秒: one span of time, in seconds
                hours, minutes, seconds, short_minutes, short_seconds = clock.groups()
                if hours and not seconds:  # 2小时30分钟: in minutes, as the 45分钟 beside it
                    value, unit = Decimal(hours) * 60 + Decimal(minutes), "分钟"
                else:
                    value, unit = (Decimal(hours or 0) * 3600 + Decimal(minutes or short_minutes) * 60
                                   + Decimal(seconds or short_seconds or 0)), "秒"
                self.emit(m.start(), clock.end(), "quantity", value, unit, "figures.duration.v1",
                          self.comparator(m.start(), clock.end(), None), self.change_before(m.start()))
            return clock.end()
        if (cur is None and after_number in ":：" and (parts := _RATIO_PARTS.match(self.text, m.start()))
                and _STRUCTURE_BEFORE.search(self.in_sentence(m.start(), 24)) and not _CLOCK_PART.search(parts.group(0))):
            if not self.rejected_start(m.start()):  # 三次产业结构为8.2:41.5:50.3: each industry's part
                for index in (1, 2, 3):
                    value = _parse(parts.group(index))
                    if value is not None:
                        self.emit(parts.start(index), parts.end(index), "number", value, "", "figures.ratio.parts.v1")
            return parts.end()
        if (cur is None and after_number in ":： " and (ratio := _RATIO_TO_ONE.match(self.text, m.start()))
                and _RATIO_NAMED.search(self.before(m.start(), 8))):
            value = _parse(ratio.group(1))
            if value is not None and not self.rejected_start(m.start()):  # 车桩比为2.5:1: the ratio's first term
                self.emit(m.start(), ratio.end(), "number", value, "", "figures.ratio.v1",
                          self.comparator(m.start(), ratio.end(), None), self.change_before(m.start()))
            return ratio.end()
        if cur is None and after_number in "届种" and (
                session := _CONGRESS_SESSION.match(self.text, m.start()) or _INDICATOR_NAME.match(self.text, m.start())):
            return session.end()  # 十四届人大三次会议, 十种有色金属: which congress and sitting, an indicator's name; not counts
        if u1 == "秒" and self.text[m.end("u1"):m.end("u1") + 1].isdigit():
            return m.end("u1")  # 6秒59: a sprint's time written the way a clock shows it
        end = m.end("u1") if u1 is not None else m.end("m1") if m1 else m.end("a1") if a1 else m.end("n1")
        if (cur is None and n1[0] in "十百千" and self.text[m.start() - 1:m.start()] in ("数", "几")
                and self.text[m.start() - 2:m.start() - 1] not in _WORDS_ENDING_IN_SHU):
            return end  # 数十亿元, 几十万元: several tens of, no figure to cite (but 人数十五人)
        rejected = self.rejected_start(m.start("n1") if cur else m.start())
        if rejected and cur is None:
            return m.end() if sep is not None else end  # neither a range nor a single figure
        if sep is not None and self.take_range(m):
            return m.end()
        if m.group("neg2"):
            return m.end()  # 0～-100%: a range no figure is read from, nor its ends
        num = n1 + (m1 or "")  # 370多万度: 370万, more than that
        found = len(self.figures)
        if not rejected:
            self.take_single(m.start(), cur, num, m.end("n1"), a1, u1, end)
        if sep is not None and len(self.figures) == found:
            return m.end()  # 每5至6辆: a range that is no figure leaves no figure of its upper end either
        return end

    def forecast_range(self, m: re.Match) -> bool:
        """预计…净利润与上年同期相比，将增加3,000万元到4,000万元: a profit forecast's range of change (not 粮食产量将增加50万吨到1320万吨)."""
        sentence = self.in_sentence(m.start(), 80)
        if not (_FORECAST_SENTENCE.search(sentence) and _FORECAST_PROFIT.search(sentence)
                and _CHANGE_VERB_RIGHT_BEFORE.search(self.before(m.start(), 6))):
            return False
        low, high = _parse(m.group("n1")), _parse(m.group("n2"))
        return low is not None and high is not None and 0 < low < high <= 3 * low

    def measure_range(self, m: re.Match) -> bool:
        """平均收购价每斤1.8元至2.3元, 净利润亏损3.1亿元至3.9亿元: a measure's range, with nothing it moves from (由, 从)
        nor a change it is the size of (增加50万吨到1320万吨: by one, to the other), its ends close together."""
        if m.group("u1") in ("%", "％") or _MOVE_BEFORE.search(self.before(m.start(), 30)):
            return False
        if not _MEASURE_RIGHT_BEFORE.search(self.before(m.start(), 8)):
            return False
        low, high = _parse(m.group("n1")), _parse(m.group("n2"))
        return low is not None and high is not None and 0 < low < high <= _RANGE_SPREAD * low

    def take_range(self, m: re.Match) -> bool:
        sep, u1, u2 = m.group("sep"), m.group("u1"), m.group("u2")
        if m.group("a1") or ("期" in (u1, u2) and _CN_ONLY.match(m.group("n1"))):
            return False  # (十一期—十三期: the bonds' issue numbers, no count)
        if (sep in "至到" and u1 is not None and not _ESTIMATE_BEFORE.search(self.before(m.start(), 40))
                and not _LEVEL_BEFORE.search(self.before(m.start(), 8))
                and not self.text.startswith("不等", m.end())  # 每立方米4.5元至6.2元不等
                and not _RANGE_AFTER.match(self.text, m.end())  # 在每吨90元至105元之间
                and not self.forecast_range(m)
                and not _BAND_BEFORE.search(self.before(m.start(), 8))  # 身高1.2米至1.5米（含）儿童: a band, not a move
                and not (u1 in ("%", "％") and self.before(m.start(), 1) == "的"
                         and not re.search("[由从]", self.before(m.start(), 30)))  # 返还…失业保险费的30%至60%: a share's range
                and not (u1 in ("%", "％") and self.change_before(m.start()))  # 同比增长59.18%至79.50%: a range of growth
                and not self.measure_range(m)):
            return False  # 由15亿元至20亿元: from one amount to another; but 预计净利润2.35亿元至2.65亿元 is a range
        if u1 is not None and u1 != u2:
            return False
        if self.rejected_start(m.start()):
            return False
        hi = _parse(m.group("n2"))
        lo = _parse(m.group("n1"))
        if hi is None or lo is None:
            return False
        if m.group("neg2") and u2 in ("%", "％") and u1 in (None, u2) and self.text[m.start() - 1:m.start()] in "-−" and hi < lo:
            self.emit(m.start() - 1, m.end(), "percent", -lo, "%", "figures.percent.v1", value_max=-hi)
            return True  # 增速区间为-2.5%～-1.2%
        if (m.group("neg2") and u2 is not None and u1 in (None, u2) and self.text[m.start() - 1:m.start()] in "-−" and hi < lo
                and (info := self.classify(m.group("cur") or m.group("cur2"), m.group("n2"), hi, u2, m.end("u2"), m.start()))
                and info[0] == "money"):
            kind, unit, rule, factor = info  # 净利润为-8,000万元到-6,000万元: a loss forecast's range
            self.emit(m.start() - 1, m.end(), kind, -lo * factor, unit, rule, value_max=-hi * factor)
            return True
        if m.group("neg2"):  # -5～-3℃: both ends below zero, the first one's sign read in emit
            if u2 not in _TEMPERATURE_UNITS or u1 not in (None, u2) or self.text[m.start() - 1:m.start()] not in "-−" or not hi < lo:
                return False
            self.emit(m.start(), m.end(), "quantity", lo, u2, "figures.quantity.v1", change=self.change_before(m.start()),
                      value_max=-hi)
            return True
        if m.group("cur") and m.group("cur2") and m.group("cur") != m.group("cur2"):
            return False
        if u1 is None:
            magnitude = _magnitude_of(m.group("n2"))
            if _magnitude_of(m.group("n1")) == 1 and magnitude > 1 and lo * magnitude <= hi:
                lo *= magnitude  # 3至5万吨 → 30000 … 50000
        if not lo < hi:
            return False
        if u2 is None:
            after = _CMP_AFTER.match(self.text, m.end())
            before = self.before(m.start())
            if not (after and after.group("w") == "之间" or _METRIC_BEFORE.search(before)):
                return False
            if not _ARABIC_ONLY.fullmatch(m.group("n1")) or not _ARABIC_ONLY.fullmatch(m.group("n2")):
                return False
            self.emit(m.start(), m.end(), "number", lo, "", "figures.number.v1", value_max=hi)
            return True
        info = self.classify(m.group("cur") or m.group("cur2"), m.group("n2"), hi, u2, m.end("u2"), m.start())
        if info is None:
            return False
        kind, unit, rule, factor = info
        end, unit = _per_unit(self.text, m.end(), kind, unit)  # 500—800元/亩
        change = self.change_before(m.start())
        self.emit(m.start(), end, kind, lo * factor, unit, rule, change=change, value_max=hi * factor)
        return True

    def list_marker(self, start: int) -> re.Match | None:
        """``N.`` opening a line of a list whose item N-1 or N+1 opens another line."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        marker = _LIST_NUMBER.match(text, start)
        if marker is None or text[line_start:start].strip():
            return None
        number = int(marker.group(1))
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
        line_end = text.find("\n", start)
        below = line_end + 1 if line_end >= 0 else len(text)
        ended = (_INTRO_END if number == 1 else _ITEM_END).search(above[-1:])
        if _counted_item(number - 1).match(above) or ended and _counted_item(number + 1).match(text, below):
            return marker  # 1.10人以上…；⏎2.15人以上…；⏎3.20人以上…: items each opening on a count, none of them 1.1 people
        before = text[max(0, line_start - 1000):line_start]
        sections = list(_SECTION_HEAD.finditer(before))
        if sections:
            before = before[sections[-1].end():]  # （二）主要任务⏎1.…: the list restarts under each section
        if number < 2 or not _list_item(number - 1).search(before) or _list_item(number).search(before):
            return None  # item N follows item N-1 and is not used yet
        heading = _list_item(number - 1).match(above) is not None and len(above) <= 16 and not _OPEN_END.search(above)
        if not (_ITEM_END.search(above[-1:]) or heading):
            return None  # 3.城镇登记失业率控制在⏎3.5%以内: a wrapped line, not a new item (but 1.招聘岗位：社区工作者⏎2.20人)
        return marker

    def rejected_start(self, start: int) -> bool:
        """Codes, ordinals, ranks and list markers: characters before the number that rule it out."""
        if not start:
            return False
        text = self.text
        prev = text[start - 1]
        if prev in "-−":
            before_sign = text[start - 2:start - 1]
            if not (before_sign.isascii() and before_sign.isalnum()):
                return False  # a minus sign: the value is negated in emit
        if prev == "+" and not (text[start - 2:start - 1].isascii() and text[start - 2:start - 1].isalnum()):
            return False  # （+5.2%）: a sign, the figure an increase
        if prev == "/" and text[start - 2:start - 1] == "瓦":
            return False  # 15万千瓦/60万千瓦时: a storage plant's power, then its energy
        if prev.isalpha() and prev.isascii() and _MEASURE_ACRONYM_BEFORE.search(text, max(0, start - 8), start):
            return False  # 全市GDP3256亿元, EBITDA3.2亿元: the measure's acronym, then its figure
        if prev.isascii() and (prev.isalnum() or prev in "./_-+"):
            listed = _LIST_NUMBER_BEFORE.search(text, max(0, start - 4), start) if prev == "." else None
            return listed is None or self.list_marker(listed.start(1)) is None
        if prev == "周" and text[start - 2:start - 1] == "每" and _WEEKLY_COUNT.match(text, start):
            return False  # 每周4班, 每周3次: a count a week; not 周3, 每周1例会, 每周5台账 (weekdays)
        if prev == "每" and _HEADWAY.match(text, start):
            return False  # 每5～8分钟一班: the interval between runs
        if prev in "第周初×÷=每":  # 每100元营业收入, 每1股: the unit a ratio is per
            return True
        if prev in "、和至到" and _ORDINAL_BEFORE.search(text, max(0, start - 6), start - 1) and _ORDINAL_NEXT.match(text, start):
            return True  # 位列第二、三位, 第5至8名: the ordinal's list goes on
        if prev in "以按" and _MAGNITUDE_AS_UNIT.match(text, start):
            return True  # 按年变动以百万澳门元计算, 以万元为单位: the unit counted in, not a million
        if prev in "（(：: \n" and _MAGNITUDE_IN_UNIT.match(text, start) and (
                prev in "（( \n" or text[start - 3:start - 1] == "单位"):
            return True  # 货值（百万港元）, 单位：亿元: a column's unit, not a million
        if prev == "\n" and start > 1 and (text[start - 2].isdigit() or text[start - 2:start - 1] == ".") and not (
                self.norm.boilerplate and self.norm.is_boilerplate((start - 2, start - 1))):
            return True  # 268.⏎4亿元, 5⏎4个: the tail of a number a line break cut (an unjoined wrap); not after a code line
        if prev in "，, " and start > 1 and text[start - 2].isdigit() and _GROUP_TAIL.match(text, start) and (
                _GROUP_HEAD.search(text, max(0, start - 6), start - 1)):
            return True  # 1，234万元, 853 901: the tail of a grouped number, or of a list no figure is read from
        # a rank (前三, 后5): the window can match only when it ends on 前后头 (or, for $, a newline)
        return prev in "前后头\n" and _RANK_BEFORE.search(text[max(0, start - 2):start]) is not None

    def take_fraction(self, m: re.Match) -> None:
        """四分之一 = 25%, 五分之二 = 40%, 三分之一 = 33.333333% (six places, as annotators write 三分之二)."""
        if not _SHARE_AFTER_FRACTION.match(self.text, m.end()):
            return  # 四分之一决赛, 四分之一个世纪, 二分之一英寸: a round, a span, a size
        denominator, numerator = _parse(m.group("fden")), _parse(m.group("fnum"))
        if not denominator or not numerator or numerator >= denominator:
            return
        share = (numerator * 100 / denominator).quantize(Decimal("0.000001"))
        start, end = m.span()
        share = Decimal(int(share)) if share == share.to_integral_value() else share.normalize()
        self.emit(start, end, "percent", share, "%", "figures.fraction.v1",
                  self.comparator(start, end, None), self.change_before(start))

    def take_single(self, start, cur, num, n_end, approx, unit, end) -> None:
        """A number (after its currency, if any) whose start ``rejected_start`` accepts."""
        text = self.text
        nxt = text[end] if end < len(text) else ""
        if nxt.isascii() and nxt.isalnum() and (unit is None or unit.isascii()):
            return  # 5G, 3+N, 2011-08-23 continue below
        if (start and text[start - 1] in _OPEN_QUOTES and _CN_ONLY.match(num) and not approx
                and _SLOGAN_REST.match(text, end)):
            return  # “三个责任人”, “五个一批”: a slogan's name
        if unit in ("项", "条") and _CN_ONLY.match(num) and text.startswith(("规定", "禁令"), end):
            return  # 中央八项规定, 六条禁令: a rule's name, not rules counted
        if unit == "台" and _CN_ONLY.match(num) and nxt in "县区河山":
            return  # 三台县, 九台区, 七台河市, 五台山: places, not machines (but 30台山地收割机)
        if unit == "期" and (_CN_ONLY.match(num) or _PHASED.match(text, end)):
            return  # 二期工程, 3期项目: a phase's name, not issues counted (but 举办培训班21期)
        if (unit == "位" and _RANK_MOVE_BEFORE.search(text, max(0, start - 4), start) and not "\u4e00" <= nxt <= "\u9fff"
                and _RANKING.search(text, max(0, start - 16), start)):
            return  # 位次较上年上升5位: a move in a ranking, which is no figure (but 新增5位院士)
        if unit == "项" and _CN_ONLY.match(num) and _NAMED_BY_ITS_COUNT.match(text, end):
            return  # 三项社会保险基金: the funds' name (养老、失业、工伤), not a count
        if (unit is None or unit == "个") and nxt in _DURATION_FIRST and self.take_duration(start, num, approx, unit, end):
            return
        if (unit is None and nxt == "分" and (_SCORE_BEFORE.search(self.before(start, 8)) or (
                _SCORE_CONTEXT.search(self.in_sentence(start, 30)) and _AFTER_SCORE.match(text, end + 1)
                and not text.endswith(("时", "点", ":", "："), 0, start)))  # 7时30分: a moment
                and not text.startswith("分钟", end)
                and not (text[end + 1:end + 2].isdigit() or text.startswith("秒", end + 1))):  # 3分45秒: a time
            value = _parse(num)
            if value is not None and value <= 1000:  # 评审得分92.35分: a score
                self.emit(start, end + 1, "quantity", value, "分", "figures.score.v1",
                          self.comparator(start, end + 1, approx), self.change_before(start))
            return
        if unit is None and not cur and _ARABIC_ONLY.fullmatch(num) and (
                (nxt == "减" and text.endswith("满", 0, start) and text[end + 1:end + 2].isdigit())
                or _VOUCHER_HEAD.search(text, max(0, start - 9), start)):
            value = _parse(num)  # 满200减50: a voucher's spend and its discount, in 元
            if value is not None:
                self.emit(start, end, "money", value, "元", "figures.money.voucher.v1", self.comparator(start, end, approx))
            return
        if (unit is None and not cur and "\u4e00" <= nxt <= "\u9fff" and nxt not in _UNITLESS_GO_ON and num[-1] not in "万亿"
                and not LEVEL_NAMED_BEFORE.search(text, max(0, start - 4), start)
                and not (text[start - 1:start] in ("由", "从") and _MOVED_TO_UNITLESS.match(text, end))):
            return  # 2024年, 3名: what take_unitless would drop, decided without parsing the number
        value = _parse(num)
        if value is None:
            return
        if unit is None and cur:
            currency = self.currency(cur)
            if currency is not None:
                self.emit(start, end, "money", value, currency, "figures.money.v1",
                          self.comparator(start, end, approx), self.change_before(start))
            return
        if unit is None:
            self.take_unitless(start, num, n_end, approx, value, end)
            return
        if (unit in ("元", "美元") and _ROUND_LABEL_AMOUNT.fullmatch(num) and _CLASS_NOUN_AFTER.match(text, end)
                and _written_comparator(self.before(start, 12)) is None):
            return  # 百亿元企业8家, 十亿元镇3个: a class of firms or towns by size, not an amount
        if unit == "个" and text.startswith(("多小时", "半小时"), end) and not approx:
            if text[end] == "半":
                value += Decimal("0.5")  # 1个半小时 = 1.5 小时
            else:
                approx = "多"  # 5个多小时: more than 5 小时
            unit, end = "个小时", end + 3
        if unit in ("个基点", "基点") and self.of_an_exchange_rate(start):
            return  # 中间价较前一交易日上调56个基点: ten-thousandths of a yuan, not of a percent
        if unit in ("个基点", "基点") and not self.names_basis_points(start, end):
            if unit == "基点":
                return  # 监测基点120个, 基点站: a base, not hundredths of a point
            unit, end = "个", end - 2  # 全县共设立12个基点: twelve bases
        shared = _POINTS_SHARED.match(text, end) if unit == "个" else None
        if shared is not None and shared.group(1) == "个基点" and self.names_basis_points(start, shared.end()):
            info = ("points", "个百分点", "figures.basis_points.v1", Decimal("0.01"))  # 下降了35个和25个基点
        elif shared is not None and shared.group(1) == "个百分点":
            info = ("points", "个百分点", "figures.points.v1", Decimal(1))  # 上升2.4个和1.1个百分点
        elif shared is not None and shared.group(1) == "个千分点":
            info = ("points", "个千分点", "figures.permille_points.v1", Decimal(1))  # 下降0.3个和0.5个千分点
        else:
            info = self.classify(cur, num, value, unit, end, start)
        if info is None:
            return
        kind, unit_name, rule, factor = info
        if unit_name == "天" and kind == "quantity" and _DAY_COUNT_BEFORE.search(self.in_sentence(start, 30)):
            kind, rule = "count", "figures.count.days.v1"  # 优良天数为22天，同比增加3天: days counted, not a span of time
        if unit_name == "台" and num.isdigit() and _TAIWAN_PLACE_AFTER.match(text, end):
            return  # 10065台北市中正区, 100台北市: a postcode before a city, not machines (but 1200台北斗终端, 2台中央空调)
        tenth = None
        if rule == "figures.share.v1":
            tenth = _SHARE_TENTH.match(text, end) if _CN_ONLY.match(num) else _ARABIC_TENTH.match(text, end) if num.isdigit() else None
        if tenth is not None:  # 七成六 = 76 %, 七成半 = 75 %, 1成5 = 15 %
            digit = tenth.group(0)
            value, factor, end = value * 10 + (Decimal(digit) if digit.isdigit() else CN_DIGITS.get(digit, 5)), Decimal(1), tenth.end()
        elif rule == "figures.share.v1" and _SHARE_AND_MORE.match(text, end):
            approx, end = approx or "多", end + 1  # 三成多企业持平
        end, unit_name = _per_unit(text, end, kind, unit_name)
        comparator = self.comparator(start, end, approx)
        change = self.change_before(start)
        self.emit(start, end, kind, value * factor, unit_name, rule, comparator, change)

    def take_duration(self, start, num, approx, unit, end) -> bool:
        """A measured span of months, quarters or years: 豁免1年的牌照费用, 锁定期为6个月, 6个月内不得转让;
        not a time frame (近3年, 连续两个月, 2024年)."""
        text = self.text
        if re.fullmatch(r"\d{3,}", num):
            return False  # 2024年: a year, not a span of years (5.3年 may be one)
        written = _DURATION_UNIT.match(text, end - len(unit or ""))
        if written is None:
            return False
        after = written.end()
        before = self.before(start, 12)
        listed = (self.figures and self.figures[-1].rule == "figures.duration.v1" and self.figures[-1].span[1] < start
                  and _LIST_JOINER.fullmatch(text, self.figures[-1].span[1], start) is not None)  # 期限分别为10年、15年和20年
        measured = (_DECIMAL_SPAN.fullmatch(num) is not None and start > 0 and text[start - 1] not in "\n \t　"
                    and not _WORD_AFTER_SPAN.match(text, after))  # 平均失业周数为20.8周: no frame of time has a fraction
        # (not 3.2周边地区, 2.1年度预算, 1.2年末存款: a section's number before a word)
        if not (listed or measured or _DURATION_PAID_AFTER.match(text, after) or _DURATION_LOCK_AFTER.match(text, after)
                or _DURATION_TERM_BEFORE.search(_strip_cmp(before)) or _DURATION_BOUND_AFTER.match(text, after)
                or _DURATION_BOUND_BEFORE.search(before)) or _DURATION_FRAME_BEFORE.search(before):
            return False
        value = _parse(num)
        if value is None or value > 100 or value <= 0:
            return False
        self.emit(start, after, "quantity", value, _DURATION_UNIT_NAME[written.group(written.lastindex)], "figures.duration.v1",
                  self.comparator(start, after, approx), self.change_before(start))
        return True

    def take_unitless(self, start, num, n_end, approx, value, end) -> None:
        text = self.text
        if text.startswith("点", end) and not text.startswith(("点多", "点半", "点钟", "点位"), end) and _ARABIC_ONLY.fullmatch(num):
            window = text[max(0, start - 120):start]
            sentence = window[max(window.rfind("。"), window.rfind("\n")) + 1:]
            named = _INDEX_BEFORE.search(sentence[-40:]) or (_INDEX_BEFORE.search(sentence) and _INDEX_MOVE_BEFORE.search(sentence))
            if named:  # 上证指数报收3987.01点
                if start and text[start - 1] in "-−":
                    start, value = start - 1, -value  # 合计为-3.96点: a negative contribution
                self.emit(start, end + 1, "quantity", value, "点", "figures.index_points.v1",
                          self.comparator(start, end + 1, approx), self.change_before(start))
                return
        magnitude = _magnitude_of(num)
        shared = _SHARED_UNIT.match(text, end)
        if shared is not None and magnitude == 1 and _magnitude_of(shared.group("n")) == 1:
            kind, unit = _UNIT_KIND[shared.group("u")]
            if kind in ("percent", "points", "multiple"):  # 分别回落0.7和0.4个百分点
                rule = f"figures.{kind}.v1"
                self.emit(start, end, kind, value, unit, rule, self.comparator(start, end, approx),
                          self.change_before(start))
                return
        labelled = _LABELLED_UNIT.search(text, max(0, start - 12), start) if magnitude == 1 else None
        if labelled is not None and labelled.group("u") in _UNIT_KIND:  # 预算金额（万元）：1260.5
            info = self.classify(None, num, value, labelled.group("u"), end, start)
            scaled = _parse(num + (labelled.group("m") or ""))  # （万元）：1260.5 is 1260.5万
            if info is not None and info[0] in ("quantity", "count", "money") and scaled is not None:
                kind, unit_name, rule, factor = info
                self.emit(start, end, kind, scaled * factor, unit_name, "figures.labelled_unit.v1",
                          self.comparator(start, end, approx), self.change_before(start))
                return
        listed = None
        if "分别" in self.before(start, 16):
            listed = _LISTED_UNIT.match(text, end) if magnitude == 1 else _LISTED_MAGNITUDE_UNIT.match(text, end)
        if listed is not None:  # 分别为42、40微克/立方米: the list's unit is every item's
            info = self.classify(None, num, value, listed.group("u"), listed.end(), start)
            if info is not None and info[0] in ("quantity", "count", "money") and info[3] == 1:  # (分别为34.2亿、31.5亿和27.8亿人次)
                kind, unit_name, rule, _ = info
                _, unit_name = _per_unit(text, listed.end(), kind, unit_name)
                self.emit(start, end, kind, value, unit_name, rule, self.comparator(start, end, approx),
                          self.change_before(start))
                return
        if magnitude > 1 and _PEOPLE.match(text, end):
            comparator = self.comparator(start, end, approx)
            self.emit(start, end, "count", value, "人", "figures.count.v1", comparator, self.change_before(start))
            return
        counted = _COUNTED_BEFORE.search(text, max(0, start - 24), start) if magnitude > 1 else None
        if counted and counted.group("bare") and _THRESHOLD_AFTER.match(text, end):
            counted = None  # 人口1.2万以上的村庄: the class's bound, not the population
        if counted and not _SENTENCE_END.search(text[counted.start():start]):
            noun = counted.group("noun") or counted.group("bare")
            unit = "人次" if noun == "人次" else "户" if noun == "户数" else "人"
            comparator = self.comparator(start, end, approx)
            self.emit(start, end, "count", value, unit, "figures.count.counted_noun.v1", comparator, self.change_before(start))
            return
        if magnitude > 1 and _MONEY_BEFORE.search(_strip_cmp(self.before(start, 16))):
            currency = self.stated_currency() or ("元" if "个亿" in num else None)  # 销售额3个亿: colloquial yuan
            if currency is not None and _IMPLIED_MONEY_END.match(text, end) and "分别" not in self.before(start, 24):
                self.emit(start, end, "money", value, currency, "figures.money.implied_unit.v1",
                          self.comparator(start, end, approx), self.change_before(start))
            return
        if not _ARABIC_ONLY.fullmatch(num):
            return
        nxt = text[end] if end < len(text) else ""
        if nxt and ("\u4e00" <= nxt <= "\u9fff") and not _CMP_AFTER.match(text, end) and not (
                LEVEL_NAMED_BEFORE.search(text, max(0, start - 4), start) and _INDEX_BEFORE.search(text, max(0, start - 60), start)) and not (
                text[start - 1:start] in ("由", "从") and _MOVED_TO_UNITLESS.match(text, end)):
            return
        if _BOUND_CHAIN.match(text, end):
            return  # 容积率1.0＜R≤2.5: the lower end of a range written as inequalities
        if not (_METRIC_BEFORE.search(_strip_cmp(self.before(start))) or _INDEX_NOTE_BEFORE.search(text, max(0, start - 40), start)
                or self.changes_the_number_before(start)):
            return
        self.emit(start, end, "number", value, "", "figures.number.v1", self.comparator(start, end, approx),
                  self.change_before(start))

    def is_damaged(self, span: tuple[int, int]) -> bool:
        """A lost character in or next to the figure, or across one separator (?,286人, 1 ? 8亿元): the digits
        before it may have belonged to the number."""
        if not self.norm.damaged:
            return False
        start, end = span
        if self.text[start - 1:start] in _SEPARATORS_OF_DIGITS and start > 0:
            start -= 1
        if self.text[end:end + 1] in _SEPARATORS_OF_DIGITS and end < len(self.text):
            end += 1
        return self.norm.is_damaged((start, end), margin=1)

    def changes_the_number_before(self, start: int) -> bool:
        """性别比为105.75，比2010年下降1.12: the change of the unitless value just named."""
        if not self.figures or self.figures[-1].rule != "figures.number.v1" or self.figures[-1].value_max is not None:
            return False
        gap = (self.figures[-1].span[1], start)
        return _NUMBER_CHANGE_GAP.fullmatch(self.text, *gap) is not None or _NUMBER_MOVED_TO.fullmatch(self.text, *gap) is not None

    def classify(self, cur, num, value, unit, end, start):
        """(kind, unit, rule, factor) for a number and its written unit, or None if not a figure."""
        text = self.text
        kind, unit_name = _UNIT_KIND[unit]
        nxt = text[end] if end < len(text) else ""
        blocked = _BLOCKED_AFTER.get(unit[-1] if unit not in _BLOCKED_AFTER else unit, "")
        if nxt and nxt in blocked and not text.startswith(_UNBLOCKED_AFTER.get(unit, ()), end):
            return None
        chinese = _CN_ONLY.match(num) is not None
        if nxt == "级" or (unit == "千伏" and _GRID_EQUIPMENT.match(text, end)):
            return None  # 万吨级, 千伏级, 330千伏汇集站: a class, not an amount
        if cur:
            currency = self.currency(cur)
            if currency is None or unit_name != "元":
                return None
            return "money", currency, "figures.money.v1", Decimal(1)
        if kind == "percent":
            return "percent", "%", "figures.percent.v1", Decimal(1)
        if kind == "points":
            if unit_name == "个基点":  # 下降36个基点 = 0.36 个百分点 (take_single keeps 设立12个基点 a count)
                return "points", "个百分点", "figures.basis_points.v1", Decimal("0.01")
            if unit_name == "个千分点":
                return "points", "个千分点", "figures.permille_points.v1", Decimal(1)
            return "points", "个百分点", "figures.points.v1", Decimal(1)
        if kind == "multiple":
            return "multiple", "倍", "figures.multiple.v1", Decimal(1)
        if kind == "share":  # 七成 = 70 %
            if value > 10 or (chinese and num == "一" and text.startswith("不变", end)):
                return None
            return "percent", "%", "figures.share.v1", Decimal(10)
        if kind == "rate":  # Hong Kong 1.5厘 = 1.5 %
            before = self.before(start, 16)
            if value >= 20 or (nxt and nxt in "米升克") or not (_RATE_CONTEXT.search(before) or self.after_a_rate(start)):
                return None
            return "percent", "%", "figures.percent.v1", Decimal(1)
        if kind == "money":
            if chinese and num in ("一", "二", "两", "三", "多") and unit == "元" and nxt and nxt in "化论":
                return None
            if unit == "日元" and nxt and nxt in "旦宵":
                return None  # 1月1日元旦, 2月24日元宵节: a day, then the festival
            if unit == "港仙":  # 每股基本盈利40.6港仙 = 0.406 港元
                return ("money", "港元", "figures.money.v1", Decimal("0.01")) if not chinese else None
            if unit == "仙":  # Hong Kong cents: 每股18仙 = 0.18 港元 (not 八仙岭)
                return ("money", "港元", "figures.money.v1", Decimal("0.01")) if not chinese and _HK_CONTEXT.search(text) else None
            return "money", unit_name, "figures.money.v1", Decimal(1)
        if kind == "count" and unit == "班" and (chinese or not _SERVICE_RUN_BEFORE.search(self.before(start, 12))):
            return None  # 每周214班 (flights, runs); not 高三2班, 护理1班, 3班和5班, 四班三运转: classes and shifts
        if kind == "count" and unit == "对" and not (_PAIRS_AFTER.match(text, end) or (
                not chinese and not _WORD_CHAR.match(text, end))):
            return None  # 结婚登记5,862对，同比…, 两对新人 (couples); not 1对1, 3对口, 60%对经济增长
        if kind == "count" and unit == "省" and chinese:
            return None  # 东北三省: a region's name; 涉及5省: a count
        if kind == "quantity":
            if unit == "级" and (chinese or not (
                    _QUAKE_AFTER.match(text, end) or _QUAKE_BEFORE.search(self.before(start, 12))
                    or _WIND_AFTER.match(text, end) or _WIND_BEFORE.search(self.before(start, 8))
                    or (_QUAKE_BAND_AFTER.match(text, end) and _QUAKE_NAMED.search(self.before(start, 30))))):
                return None  # 一级, IV级响应: a class; 5.1级地震, 最大余震为3.6级: a magnitude; 阵风8-10级: a wind force
            if unit in ("岁", "周岁") and not (_AGE_LIMIT.match(text, end) or text.endswith(("至", "到"), 0, start)
                                    or _LIFE_SPAN_CHANGE.search(self.in_sentence(start, 40))):
                return None  # 为1岁的儿子: a person's age; 65岁或以上, 由70岁降至65岁: a rule's threshold
            if unit in ("岁", "周岁") and _AGE_GROUP.match(text, end):
                return None  # 60岁及以上人口119.9万人: the group counted, not a figure
            if chinese and num == "一":
                return None  # 最后一公里
            if unit == "方" and (chinese or nxt in _BLOCKED_AFTER["方"]):
                return None
            if unit == "度" and _COORDINATE_BEFORE.search(text, max(0, start - 3), start) and not chinese:
                return "quantity", "度", "figures.quantity.coordinate.v1", Decimal(1)  # 北纬30.28度: an angle, not 千瓦时
            if unit == "度" and not chinese and nxt != "电" and _magnitude_of(num) == 1 and (
                    _TEMPERATURE_CONTEXT.search(sentence := self.in_sentence(start, 40)) and not _ELECTRICITY_CONTEXT.search(sentence)):
                return "quantity", "度", "figures.quantity.temperature.v1", Decimal(1)  # 平均气温为29.6度，较正常高0.6度
            if unit == "度" and not (nxt == "电" or _magnitude_of(num) > 1):
                return None
            if unit == "米" and (_SPORT_EVENT_AFTER.match(text, end) or text[max(0, start - 2):start] in ("男子", "女子")):
                return None  # 男子60米冠军, 400米自由泳: an event's name
            if unit == "晚" and (chinese or (nxt and nxt in "上间会饭点") or not _STAY.search(text, max(0, start - 40), start)):
                return None  # 留宿时间为1.6晚; not 星期六晚上, 朝九晚五, 早8晚8
            if unit in _DURATIONS:
                before = _ASIDE.sub("", self.before(start, 30))[-10:]
                if not (_DURATION_TRIGGER.search(_strip_cmp(before)) or _DAYS_COUNTED.search(self.in_sentence(start, 16))
                        or (unit == "天" and _DAY_COUNT_BEFORE.search(self.in_sentence(start, 36)))  # 鄠邑区优良天数最多，达236天，高陵区最少，为205天
                        or _DURATION_LABEL.search(text, max(0, start - 12), start)
                        or (text[start - 1:start] == "每" and _HEADWAY.match(text, start))  # 每5～8分钟一班
                        or (unit in ("小时", "个小时") and text[end - len(unit) - 1:end - len(unit)] in ("万", "亿")
                            and text[end:end + 1] != "工")):  # 飞行11.27万小时 (not 1.5万小时工: hourly workers)
                    return None
                if unit == "日" and text[start - 1:start] == "月":
                    return None
            if unit == "/10万" and num == "1" and text[start - 1:start] in ("（", "("):
                return None  # 发病率（1/10万）: a header's base, no rate
            return "quantity", unit_name, "figures.permille.v1" if unit_name == "‰" else "figures.quantity.v1", Decimal(1)
        # counts
        if unit == "个" and text.startswith(("交易日", "工作日", "自然日", "日历天"), end):
            return None
        if unit == "类" and text.startswith(("货车", "客车"), end):
            return None  # 4类货车: a vehicle class
        if unit == "类" and _CLASS_BEFORE.search(text, max(0, start - 4), start):
            return None  # 优于3类, 执行3类标准, 划分为1类: a class
        if unit == "市" and chinese:
            return None  # 沪深两市, 京津冀三市: names, not counts of cities (4市 is)
        if unit == "届" and re.fullmatch(r"(?:19|20)\d{2}", num):
            return None  # 2025届毕业生: a graduating class, not 2025 of them
        if unit == "座" and _SEAT_CLASS.match(text, end):
            return None  # 7座及以下小型客车: a class of vehicle, not seven of anything
        if unit == "个" and _PERIOD_AFTER.match(text, end) and _FRAME_BEFORE.search(text, max(0, start - 3), start):
            return None  # 过去两个财政年度, 近三个月: a time frame
        if chinese:
            if num == "零":
                return None  # 零部件, 零件: a word, not nothing
            if num == "一" and unit in _COUNTED_ONCE and text[start - 1:start] in ("有", "仅", "只"):
                return "count", _UNIT_KIND[unit][1], "figures.count.v1", Decimal(1)  # 有一批次…不合格
            if num in ("一", "二", "几"):
                return None  # 一个点, 一批: articles; 二次: an ordinal
            if text[start - 1:start] in ("这", "那", "此", "该", "其"):
                return None  # 这两个位置: a reference, not an amount
            if _ABSTRACT_AFTER.match(text, end):
                return None  # 三个层面, 两个市场
        return "count", unit_name, "figures.count.v1", Decimal(1)

    def stated_currency(self) -> str | None:
        """The currency the text writes its amounts in: one currency, written out at least
        ``_STATED_AT_LEAST`` times. None when it writes several, or too few: a bare 2亿 then has
        no unit it could safely take."""
        if self._stated_currency is None:
            found = Counter(
                _MONEY[m.group(1)] if m.group(1) else (self.currency(m.group(2)) or "?")
                for m in _STATED_MONEY.finditer(self.text)
            )
            currency, count = next(iter(found.items())) if len(found) == 1 else ("?", 0)
            self._stated_currency = currency if currency != "?" and count >= _STATED_AT_LEAST else ""
        return self._stated_currency or None

    def currency(self, cur: str) -> str | None:
        if cur in ("¥", "￥", "RMB"):
            return "元"
        if cur == "US$":
            return "美元"
        if cur == "HK$":
            return "港元"
        if cur == "$":
            return "港元" if _HK_CONTEXT.search(self.text) else None
        if cur == "€":
            return "欧元"
        if cur == "£":
            return "英镑"
        return None

    def comparator(self, start: int, end: int, approx: str | None) -> str:
        text = self.text
        written = _written_comparator(self.before(start, 12))
        if (written == "<=" and _OBSERVED_PEAK.search(self.before(start, 6))
                and _OBSERVED_MEASURE.search(sentence := self.in_sentence(start, 40)) and not _CAPPED.search(sentence)):
            return "="  # 气温最高达到41.2℃, 用电负荷最高达1.2亿千瓦: the peak seen, not a cap (but 补贴最高达50万元)
        if written is not None:
            return written
        bound = _BOUND_OF_WHOLE.search(self.before(start, 20))
        if bound is not None and (bound.group("price") or text[end - 1:end] in ("%", "％", "成")):
            return _CMP_VALUE[next(name for name in ("le", "ge", "lt") if bound.group(name))]  # (not 不超过规定限额的3.2万户)
        if approx or (text[end - 1:end] == "倍" and text[end:end + 1] == "多") or (
                text[start:start + 1] in ("百", "千") and text[start - 1:start] == "上"):  # 上百亿元, 上千家: a hundred and more
            return ">"  # 1万余人, 20多台, 10倍多
        after = _CMP_AFTER.match(text, end)
        if after is not None and after.group("w") in _CMP_AFTER_VALUE:
            written = _CMP_AFTER_VALUE[after.group("w")]
            if after.group("inc") or after.group("inc2") or after.group("also") == "及":  # (11岁或以下 stays strict, as annotated)
                return _INCLUSIVE.get(written, written)
            return written
        return self.shared_bound(start)

    def shared_bound(self, start: int) -> str:
        """分别不少于500亿元和800亿元: the bound written before a list's first figure, for the figures after it."""
        gap = _LIST_GAP.search(self.before(start, 4))
        if gap is None or not self.figures:
            return "="
        previous = self.figures[-1]
        if (previous.span[1] == start - len(gap.group(0)) and previous.comparator != "="
                and _BOUND_FOR_EACH.search(self.before(previous.span[0], 12))):
            return previous.comparator
        return "="

    def change_before(self, start: int) -> str | None:
        before = self.before(start, 16)
        if not before and start and self.text[start - 1] in "：:" and (
                self.in_table_row(start) or _BASIS_CHANGE_LABEL.search(self.text, max(0, start - 12), start - 1)):
            before = self.before(start - 1, 16) + "："  # | 盈利：…；比上年同期增长：42.3% |: a colon between the verb and its value
        change = _written_change(before)
        if change is not None:
            return change
        gap = _LIST_GAP.search(before)
        if gap is not None and self.figures:
            previous = self.figures[-1]
            if previous.span[1] == start - len(gap.group(0)):
                return previous.change
        if (_RATE_AHEAD.match(self.text, start) and (before.strip() in ("达", "达到", "为") or _FASTEST.search(before))
                and (fastest := _FASTEST.search(self.in_sentence(start, 20)))):
            return "increase" if fastest.group("up") else "decrease"  # 宁德增长最快，达12.3%
        spent = (_CHANGE_OF_AMOUNT.search(before) or _NET_CHANGE_OF.search(before)
                 or _EFFECT_ON_PROFIT.search(self.before(start, 40)))
        if spent is not None:  # 户年均增加支出60元, 减少排放2万吨, 净增单位734家: the verb, then what it changes
            return "increase" if spent.group(1) else "decrease"
        return None

    def after_a_rate(self, start: int) -> bool:
        """综合利率为1.92厘，较5月底的2.05厘: another rate in the sentence of one."""
        return bool(self.figures) and self.figures[-1].text.endswith("厘") and not _SENTENCE_END.search(
            self.text, self.figures[-1].span[1], start)

    def changed_amount_currency(self, start: int, end: int) -> str | None:
        """The named currency of the sentence's last amount, when nothing but its own clause lies between."""
        if not self.figures:
            return None
        previous = self.figures[-1]
        if previous.kind != "money" or previous.unit not in _NAMED_CURRENCIES:
            return None
        if not _CHANGE_OF_THE_AMOUNT.fullmatch(self.text, previous.span[1], start) or self.text.startswith("人民币", end):
            return None  # (大陆企业对台投资增加1.5亿元人民币: another amount, in its own currency)
        return previous.unit

    def in_table_row(self, start: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        return "|" in self.text[line_start:start]

    def same_rate(self, previous: Figure, end: int) -> bool:
        """Whether the text up to ``end`` ends in the ``/吨`` that ``previous`` ends in."""
        per = previous.text.rfind("/")
        return per >= 0 and self.text.endswith(previous.text[per:], 0, end)

    def joined_per_unit_range(self, start, end, kind, value, unit) -> bool:
        """3000元/吨～3200元/吨, 0.93元/股～1.07元/股: two rates of one unit make one range."""
        previous = self.figures[-1]
        if previous.kind != kind or previous.unit != unit or previous.value_max is not None or not self.same_rate(previous, end):
            return False
        sep = _PER_UNIT_RANGE_SEP.fullmatch(self.text, previous.span[1], start)
        if sep is None or not previous.value < value:
            return False
        if sep.group(1) in "至到" and (not _ESTIMATE_BEFORE.search(self.before(previous.span[0], 40))
                                     or self.text.endswith(("由", "从"), 0, previous.span[0]) and not _RANGE_AFTER.match(self.text, end)):
            return False  # 由3000元/吨调至3200元/吨, 预计由2.38元/斤至2.40元/斤: a move, not a range
        span = (previous.span[0], end)
        damaged = self.is_damaged(span)
        self.figures[-1] = replace(previous, text=self.text[span[0]:end], span=span, damaged=damaged,
                                   rule="figures.range.per_unit.v1", value_max=value)
        return True

    def in_prose_line(self, at: int) -> bool:
        line_start = self.text.rfind("\n", 0, at) + 1
        line_end = self.text.find("\n", at)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        return "|" not in line and "\t" not in line and any(mark in line for mark in "，。；：！？")

    def emit(self, start, end, kind, value, unit, rule, comparator="=", change=None, value_max=None) -> None:
        if (kind == "money" and unit == "元" and self._declared_currency and start >= self._declared_currency[0]
                and "人民币" not in self.text[max(0, start - 4):end]):
            unit, rule = self._declared_currency[1], "figures.money.declared_currency.v1"  # 12.36亿澳门元(元，下同)…10.52亿元
        if _SPLIT_DIGITS_BEFORE.search(self.text, max(0, start - 24), start) and self.in_prose_line(start):
            return  # 外贸进出口总值 1 2 6.8 亿元: the figure's digits spaced apart, so 6.8亿元 would be a wrong number
        if (self.figures and self.text.endswith(("(含", "（含"), 0, start) and self.figures[-1].comparator != "="
                and (self.figures[-1].value, self.figures[-1].unit) == (value, unit)):
            return  # 不超过12.5亿元（含12.5亿元）: the bound said again, inclusive
        dash = False  # 3680元/吨-3650元/吨: a range written from the top, its dash no minus (but 3650元/吨-50元/吨 is a fall)
        if self.figures and value_max is None and self.figures[-1].span[1] >= start - 2 and "/" in self.text[start:end]:
            if self.joined_per_unit_range(start, end, kind, value, unit):
                return
            previous = self.figures[-1]
            dash = (previous.span[1] == start - 1 and self.text[start - 1] in "-−" and previous.unit == unit
                    and previous.kind == kind and 0 < value <= previous.value <= 2 * value and self.same_rate(previous, end))
        temperature = unit in _TEMPERATURE_UNITS or rule == "figures.quantity.temperature.v1"  # (29.6度 too)
        if start and self.text[start - 1] == "+" and kind in ("percent", "points") and change is None:
            start, change = start - 1, "increase"  # （+5.2%）
        elif start and not dash and self.text[start - 1] in "负-−" and (
                kind in _SIGNED or unit in _SIGNED_UNITS or temperature) and (
                start < 2 or self.text[start - 2] not in _WORD_BEFORE_FU or self.text[start - 1] != "负"):
            start -= 1  # 负13.2%, -3.5%, -5℃: the sign belongs to the figure (not 减负48.7亿元, 正负2%)
            value = -value
            if (kind in ("percent", "points") and change is None and value_max is None
                    and _RATE_OF_CHANGE_BEFORE.search(self.text, max(0, start - 8), start)):
                value, change = -value, "decrease"  # 同比-3.2%, 增速为-3.6%: a fall of 3.2%, as a table's change column reads
            if value_max is not None and unit not in _TEMPERATURE_UNITS:  # but -3～5℃ is -3 to 5
                value, value_max = -value_max, value
        elif temperature and self.text.endswith("零下", 0, start):
            if value_max is not None:
                return  # 零下3～5℃: -3 to -5 or -3 to 5, the text does not say
            start -= 2  # 零下3℃
            value = -value
        if kind == "money" and unit == "元" and (named := _CURRENCY_BEFORE.search(self.text, max(0, start - 4), start)
                                                  or _CURRENCY_AFTER.match(self.text, end)):
            unit = _CURRENCY_NAMED[named.group(1)]  # 新台币5,000元, 6兆3,275亿元新台币: the currency the text names
        elif kind == "money" and unit == "元" and change is not None and (named := self.changed_amount_currency(start, end)):
            unit = named  # 税前盈余为新台币3,000亿元，较上年同期增加420亿元: the amount's change, in its currency
        span = (start, end)
        norm = self.norm
        if norm.boilerplate and norm.is_boilerplate(span):
            return
        damaged = self.is_damaged(span)
        self.figures.append(Figure(self.text[start:end], span, kind, value, unit, rule, comparator, change, damaged, value_max))


_LIST_NUMBER = re.compile(r"(\d{1,2})[.．](?=\d)")
_COUNTED_UNITS = frozenset("人 家 个 户 名 辆 台 件 次 所 只 头 套 间 项 条 座 场 批 位 张 艘 架 人次 户次".split())
_ROUND_AFTER_POINT = re.compile(r"\.\d*0[万亿千百]*$")  # 2.100万元, 2.30%: no one writes these decimals' last zero in a list
_SECTION_HEAD = re.compile(r"^[ \t]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)", re.M)
_OPEN_END = re.compile(r"[：:，,、的和及与在为达至（(]$")
_ITEM_END = re.compile(r"[。；;！？!?）)]")
_INTRO_END = re.compile(r"[：:。；;]")  # 补助标准如下：⏎1.10人以上…: a list's first item after its introduction
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(\d{1,2})\.$")


@lru_cache(maxsize=64)
def _counted_item(number: int) -> re.Pattern:
    """``2.15人以上``: item ``number`` opening on a count (a whole number of people, firms, rooms…)."""
    units = "|".join(sorted(_COUNTED_UNITS, key=len, reverse=True))
    return re.compile(rf"[ \t]*{number}\.\d{{1,4}}(?:{units})")


@lru_cache(maxsize=64)
def _list_item(number: int) -> re.Pattern:
    return re.compile(rf"^[ \t]*{number}[.．、](?!\d)", re.M)


_RANGE_AFTER = re.compile(r"(?:的)?(?:区间|之间|范围)")  # 由2.38元/斤至2.45元/斤区间运行: a range after all
_PER_UNIT_RANGE_SEP = re.compile(r" ?(～|~|〜|—{1,2}|–|-|－|至|到) ?")
_MAGNITUDE_IN_UNIT = re.compile(  # a column's unit: （百万港元）, 百万港元 百万港元
    r"[百千]?[万亿]+(?:人民币|港|美|澳门|澳|新台币)?(?:元(?:新台币)?|人次|人|吨|千瓦时|平方米|立方米|户|辆)(?:[）)\s]|$)", re.M)


_MAGNITUDE_AS_UNIT = re.compile(r"[百千]?[万亿]+(?:人民币|港|美|澳门|澳|新台币)?元(?:为单位|计|列示|列报)")


@lru_cache(maxsize=16384)
def _written_comparator(before: str) -> str | None:
    """The comparator the words before a figure write (不低于 → ">="), or None."""
    m = _CMP_BEFORE.search(before)
    return _CMP_VALUE[m.lastgroup] if m is not None else None


@lru_cache(maxsize=16384)
def _written_change(before: str) -> str | None:
    """"increase" or "decrease" when the words before a figure name its change (同比增长), else None."""
    m = _CHANGE_BEFORE.search(before)
    if m is not None and m.group("up2") and _THAN_ANOTHER.search(before, 0, m.start()):
        return None  # 高于全省平均增速1.3个百分点: a gap to another's growth, no change
    if m is not None and m.group("up") == "高出" and _THAN_OTHER_PLACE.search(before, 0, m.start()):
        return None
    if m is not None and (verb := m.group("up") or m.group("down")) and verb not in ("增长", "上涨", "增收", "增产", "降幅") and (
            before.startswith("为", m.start() + len(verb))) and not (
            _NEW_LEVEL_EXCEPTIONS.search(before, 0, m.start())):
        return None  # 减少为1.2万人, 降低为9%: the new level, not the amount of the fall
    if m is not None and not (m.start() == 0 and (m.group("up1") or m.group("down1")) and before[1:2] in ("为", "至", "到")):
        return "increase" if (m.group("up") or m.group("up1") or m.group("up2") or m.group("up3") or m.group("up4")) else "decrease"
    m = (_ADJUSTED_RATE.search(before) or _MORE_THAN_BASIS.search(before) or _HIGHER_THAN_PERIOD.search(before)
         or _PULLED_INDEX.search(before) or _RATE_MOVED.search(before))
    if m is not None:
        return "increase" if m.group("up") else "decrease"
    return None


_NEW_LEVEL_EXCEPTIONS = re.compile(r"(?:同比|环比|按年|按月|比上年|较上年|比去年|较去年)\S{0,4}$")  # 同比下降为3.2%: still the fall


def _blank_before(text: str, index: int) -> bool:
    """Nothing but blanks between the start of the line and ``index``."""
    return text[text.rfind("\n", 0, index) + 1:index].strip() == ""


def _strip_cmp(before: str) -> str:
    m = _CMP_BEFORE.search(before)
    return before[: m.start()] if m else before


def find_figures(norm: NormalizedText, sentences: tuple[Sentence, ...] = ()) -> tuple[Figure, ...]:
    """All figures of ``norm`` in document order (``sentences`` is accepted for the stage interface)."""
    del sentences
    return _with_implied_changes(norm.text, _without_scope_counts(norm.text, _Finder(norm).run()))


def _with_implied_changes(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """较上月增加33.6亿美元或5.4%, 跌318点或1.58%: the percent after 或 restates the same change;
    PM2.5平均浓度为36微克/立方米，同比改善7.4%: a concentration improves by falling."""
    implied = list(figures)
    for index, figure in enumerate(implied):
        if figure.kind != "percent" or figure.change is not None:
            continue
        before = implied[index - 1] if index else None
        if before is not None and before.change and before.kind != "percent" and text[before.span[1]:figure.span[0]].strip() == "或":
            implied[index] = replace(figure, change=before.change)
        elif (before is not None and before.change and before.kind != "percent" and text[before.span[1]:figure.span[0]] in ("（", "(")
              and (figure.value < 0) == (before.change == "decrease") and text.startswith(("）", ")"), figure.span[1])):
            implied[index] = replace(figure, value=abs(figure.value), change=before.change)  # 减少1,061人（-10.0%）
        elif (text.endswith("改善", 0, figure.span[0]) and figure.value > 0
              and CONCENTRATION.search(_improved_measure(text, figure.span[0]))):
            implied[index] = replace(figure, change="decrease")
    return tuple(implied)


def _improved_measure(text: str, end: int) -> str:
    """The clause naming what 改善 improves: the one before 同比改善, or its own (PM2.5浓度同比改善)."""
    clauses = re.split("[，,]", _previous_clause(text, end))
    own = clauses[-1]
    return own if len(clauses) < 2 or _RATE_NAMED.search(own) or len(own) > 8 else clauses[-2] + own


_RATE_NAMED = re.compile(r"比例|比率|天数|达标率|浓度|PM|指数")


def _previous_clause(text: str, end: int) -> str:
    """The clause before a figure and the one before it: …浓度为36微克/立方米，同比改善"""
    window = text[max(0, end - 40):end]
    cut = max(window.rfind(mark) for mark in "；;。\n")
    return window[cut + 1:]


CONCENTRATION = re.compile(r"浓度|PM2\.5|PM10|臭氧|二氧化硫|二氧化氮|一氧化碳|降尘|空气质量综合指数")  # lower is better


# 31个大城市城镇失业率为5.7%, 4个一线城市新建商品住宅销售价格按月上涨0.4%: the count only says
# which places a statistic covers
_SCOPE_TO_STATISTIC = re.compile(
    r"[\u4e00-\u9fff]{2,20}?(?:率|价格|指数|涨幅|跌幅|增速|增幅|均价)(?:均|则|仍)?"
    r"(?:为|达|达到|是|按月|按年|同比|环比)?(?:上涨|下跌|上升|下降|增长|回落|涨|跌)?(?:了)? ?$"
)


# 70个大中城市房地产市场价格, 对24个省市流通领域…市场价格监测: the places a price statistic is taken in
_PLACES_OF_STATISTIC = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:城市|省市|省份|省区|地区|国家|经济体)[^，,。；;：:！？\n]{0,24}?(?:价格|指数|物价|房价)"
)


def _without_scope_counts(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    def covers_next(figure: Figure, following: Figure | None) -> bool:
        if figure.kind != "count" or figure.unit != "个":
            return False
        if _PLACES_OF_STATISTIC.match(text, figure.span[1]) is not None and text[figure.span[0] - 1:figure.span[0]] != "有":
            return True  # but 全国有15个城市房价下跌: the count is the news
        return (following is not None and following.kind in ("percent", "points")
                and _SCOPE_TO_STATISTIC.fullmatch(text, figure.span[1], following.span[0]) is not None)

    return tuple(f for f, following in zip(figures, (*figures[1:], None)) if not covers_next(f, following))
