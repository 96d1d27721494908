"""Entities: places, parks, firms, government bodies and organizations.

The stage is a spaCy pipeline (``extractor.nlp.get_nlp()``): jieba tokens from the
private tokenizer, then Gongwen's components, registered with ``Language.factory``:

- ``gongwen_candidates``: gazetteer matches (divisions, named regions, known bodies),
  suffix patterns (parks, government bodies, organizations, firms; the left edge of
  a name is found with jieba POS tags on the clause), context patterns for firms
  without a suffix (``西部鑫兴等7家企业``), towns and villages after a place
  (重庆团结村). Short names (a county's 商南, a two-character region) must sit on
  jieba token boundaries, and a county's short form needs another place of its
  province in the document;
- ``gongwen_ner`` (off by default): the small CLUENER-trained spaCy model, for
  sentences where the rules found nothing of a type;
- ``gongwen_resolve``: overlaps (longest wins), ``以下简称“X”`` aliases and short forms of
  firms (宁夏金晶科技有限公司 -> 金晶科技) linked to their entity, canonical names (short
  and full forms, abbreviations such as 省工信厅 resolved with the document's
  province), stable entity ids (``place:<division code>`` or a hash of type+canonical).

Results are ``Mention`` records on ``doc._.gongwen_mentions``;
``find_mentions(norm, sentences)`` runs the pipeline and drops boilerplate.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from extractor.gazetteer import SURNAMES, Entry, get_gazetteer, short_division_name, stable_id
from extractor.nlp import doc_text
from extractor.records import Mention, NormalizedText, Sentence

TYPES = ("place", "park", "firm", "government", "organization")
RULE = "entities.{}.{}.v1"

if not Doc.has_extension("gongwen_mentions"):
    Doc.set_extension("gongwen_mentions", default=())
if not Doc.has_extension("gongwen_candidates"):
    Doc.set_extension("gongwen_candidates", default=None)

CJK = "\u4e00-\u9fff"


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    type: str
    canonical: str
    rule: str
    entity_id: str = ""
    code: str = ""
    priority: int = 0  # higher wins a tie on the same span
    abbrev: str = ""  # level prefix of an abbreviated body: 省 / 市 / 县 / 区 / 自治区


def _alternation(words) -> str:
    """A regex matching the longest of ``words`` at a position, as a trie (公(?:司|安(?:厅|局))):
    one branch per character instead of one per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: a longer word first

    return pattern(trie)


# --- suffix tables -------------------------------------------------------------
PARK_EXPAND = {
    "高新区": "高新技术产业开发区",
    "经开区": "经济技术开发区",
    "自贸区": "自由贸易试验区",
    "自贸试验区": "自由贸易试验区",
    "综保区": "综合保税区",
}
PARK_SUFFIXES = [
    "综合保税区", "保税港区", "保税区", "经济技术开发区", "高新技术产业开发区", "高新技术开发区",
    "新技术产业开发区", "新技术开发区", "经济开发区", "工业园区", "产业园区", "产业园", "科技园", "工业园",
    "开发区", "高新区", "经开区", "自贸试验区", "自由贸易试验区", "自贸区", "综保区", "新区", "物流园区",
    "产业集聚区", "工业集中区", "示范区", "片区", "港区", "经济特区", "科技园区", "经济综合实验区",
    "产业聚集区", "数据中心集群",
]
GOV_EXPAND = {
    "工信厅": "工业和信息化厅", "工信局": "工业和信息化局", "发改委": "发展和改革委员会",
    "发展改革委": "发展和改革委员会", "经信委": "经济和信息化委员会", "经信厅": "经济和信息化厅",
    "科技厅": "科学技术厅", "科技局": "科学技术局", "住建厅": "住房和城乡建设厅", "住建局": "住房和城乡建设局",
    "住房城乡建设厅": "住房和城乡建设厅", "住房城乡建设局": "住房和城乡建设局",
    "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "市场监管局": "市场监督管理局",
    "工商局": "工商行政管理局", "人社厅": "人力资源和社会保障厅", "人社局": "人力资源和社会保障局",
    "文旅厅": "文化和旅游厅", "文旅局": "文化和旅游局", "发改局": "发展和改革局", "街道办": "街道办事处", "管委会": "管理委员会", "生态环境厅": "生态环境厅",
    "政府": "人民政府",
}
GOV_SUFFIXES = list(GOV_EXPAND) + [
    "人民政府", "管理委员会", "发展和改革委员会", "工业和信息化厅", "工业和信息化局", "经济和信息化委员会",
    "科学技术厅", "科学技术局", "教育厅", "教育局", "财政厅", "财政局", "商务厅", "商务局", "统计局",
    "生态环境局", "住房和城乡建设厅", "住房和城乡建设局", "交通运输厅", "交通运输局", "自然资源厅",
    "自然资源局", "自然资源和规划局", "农业农村厅", "农业农村局", "水利厅", "水利局", "林业局", "林业和草原局",
    "卫生健康委员会", "市场监督管理局", "工商行政管理局", "税务局", "公安厅", "公安局", "人力资源和社会保障厅",
    "人力资源和社会保障局", "民政厅", "民政局", "司法厅", "司法局", "文化和旅游厅", "文化和旅游局",
    "应急管理厅", "应急管理局", "审计厅", "审计局", "能源局", "国资委", "金融办", "地方金融监督管理局",
    "金融监管局", "医保局", "医疗保障局", "乡村振兴局", "发展改革局", "外事办", "海关", "人民法院", "教育考试院",
    "中级人民法院", "人民检察院", "人大常委会", "政协", "统计暨普查局", "粮食和物资储备局", "数据局",
    "邮政管理局", "气象局", "地震局", "烟草专卖局", "新闻办公室", "新闻办", "办公厅", "办公室",
    "市委", "省委", "县委", "区委", "州委", "党委", "纪委", "统战部", "宣传部", "组织部", "街道办事处",
    "旅游局", "旅游发展局", "运输署", "入境事务处", "金融管理局", "社会福利署", "劳工处", "房屋署", "海事处",
    "经济局", "卫生局", "政府新闻局", "消费者委员会",
    "法制办", "侨办", "台办", "信访办", "扶贫办", "应急办", "网信办", "投资促进局", "贸易投资促进局",
    "中院", "高院", "中级法院", "高级人民法院",
    "知识产权法院", "互联网法院", "海事法院", "金融法院", "铁路运输法院", "铁路运输检察院",  # 北京知识产权法院: not 北京
    "体育局", "退役军人事务局", "退役军人事务厅", "城市管理局", "城市管理和综合执法局", "行政审批局", "行政审批服务局",
    "大数据局", "大数据管理局", "政务服务中心", "政务服务管理局", "政务服务和大数据管理局", "机关事务管理局", "档案局",
    "经济和信息化局", "经济和信息化厅", "经信局", "卫生健康局", "水务局", "知识产权局", "文物局", "粮食局", "人防办",
    "林草局", "商务和投资促进局", "教育体育局", "文化广电旅游局", "文化广电和旅游局", "通信管理局",
    "文化广电新闻出版旅游局", "文广新旅局", "文广旅局", "文广新局",
    "新闻出版局", "版权局", "广播电视局", "新闻出版广电局", "婚姻登记处", "救助管理站",
    "劳动人事争议仲裁院", "劳动人事争议仲裁委员会", "劳动争议仲裁委员会",
    "边检总站", "边检站", "出入境边防检查站", "边防检查站", "人武部", "人民武装部",
] + ["工作专班", "综合组", "领导小组", "领导小组办公室"]
# the task forces a body sets up, named after it: 国务院联防联控机制春运工作专班, 东莞市倍增计划工作领导小组办公室
# (not 专班 alone: 春运专班列车, 高考冲刺专班); a 综合组 only of a government body (not 广东赛区综合组)
TASK_FORCES = frozenset({"工作专班", "综合组", "领导小组", "领导小组办公室"})
TASK_FORCE_GAP = 12
# verbs that set up or send a task force: 深圳组建工作专班 is 深圳 acting, not a body's name
TASK_FORCE_SETUP = frozenset(
    "组建 成立 设立 建立 组成 派出 派驻 抽调 会同 牵头 带领 率领 统筹 联合 组织 召开 开行 加开 开通 新开 开设 举办 部署 印发 启动 设置".split()
)
_REPORTED_TO = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:上报|报送|报)(?=[省市县区州][\u4e00-\u9fff])")
_BRANCHED_BODIES = frozenset({"红十字会", "工会", "妇联"})
_PARTY_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部"})
GOV_NEEDS_PLACE = {"中院", "高院", "政府", "海关", "办公厅", "办公室", "市委", "省委", "县委", "区委", "州委", "党委", "纪委",
                   "统战部", "宣传部", "组织部", "新闻办公室", "新闻办", "政协", "人大常委会"}
ORG_SUFFIXES = [
    "大学", "学院", "研究院", "研究所", "研究中心", "科学院", "工程院", "社会科学院", "协会", "学会", "商会",
    "联合会", "基金会", "促进会", "慈善总会", "慈善会", "联盟", "智库", "医院", "中学", "小学", "学校", "幼儿园", "电视台", "广播电视台", "电台",
    "日报", "晚报", "时报", "商报", "报社", "通讯社", "出版社", "交易所", "中心", "分中心", "广播电视总台",
    "设计院", "林场", "政府采购网", "公共资源交易网", "博物院", "博物馆", "纪念馆", "美术馆", "图书馆", "文化馆", "科技馆", "疾病预防控制中心", "疾控中心", "红十字会", "工会", "妇联", "农科院", "社科院", "农业科学院", "医科院",
]
FIRM_SUFFIXES = [
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团股份有限公司", "集团公司", "分公司",
    "公司", "集团", "银行", "证券", "控股", "分行", "支行", "合作社", "地产", "置业", "置地",
    "合伙企业(有限合伙)", "合伙企业（有限合伙）", "合伙企业",
    "会计师事务所（特殊普通合伙）", "会计师事务所(特殊普通合伙)", "会计师事务所", "律师事务所",
    "经营部", "商行", "门市部", "店",  # 杭州市拱墅区绿禾果蔬店: a registered shop (checked by _registered_shop)
]
BARE_FIRM = {"公司", "集团", "证券", "控股", "银行"}
_NO_PEOPLES_GOVERNMENT = ("71", "81", "82")  # 台湾, 香港, 澳门: 香港特别行政区政府, 台北市政府, never 人民政府
_BRANCHES = frozenset({"分公司", "分行", "支行"})
_HOLDING_VERB_END = re.compile(r"(?:持有|增持|减持|收购|认购|通知|告知|收到)$")
_UNKNOWN_PLACE_LEVELS = frozenset("市县区旗州")
_BARE_PARKS = frozenset({"高新区", "经开区"})  # a city's one high-tech or development zone, named by its kind alone
_BARE_PARK_BEFORE = frozenset(" \t\n\u3000，。；：、|（(“”\"》>·")
_NOT_PARK_NAMES = frozenset({"城市", "地区", "农村", "城区", "郊区", "市区", "县城", "乡镇", "省级", "国家", "国际"})
_PARK_NAME_ENDS = tuple(PARK_SUFFIXES) + ("科学城", "基地", "新片区")  # a lexicon park that is already a whole park
OWN_NAME_PARKS = frozenset({"高新区", "高新技术产业开发区", "经济技术开发区", "经开区", "经济开发区", "开发区", "工业园区", "新区"})
_NO_PLACE_BODIES = frozenset({"办公室", "办公厅", "新闻办公室", "新闻办", "管委会", "管理委员会"}) | TASK_FORCES
LEGAL = re.compile(r"(合伙企业[(（]有限合伙[)）]|合伙企业|集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|分公司|公司|集团|控股)$")
INDUSTRY = re.compile(r"(科技|实业|乳业|药业|电子|新能源|能源|化工|材料|智能|发展|投资|股份|制造|工业|食品|乳制品|汽车)$")

SUFFIX_TYPE: dict[str, str] = {}
_PARK_QUALIFIER_BEFORE = re.compile(r"(?:高新|经开|临空|空港|航空港|新区)$")
_RESERVE_KINDS = ("自然保护区", "湿地公园", "森林公园", "地质公园", "国家公园")
SCENIC_SUFFIXES = ["风景名胜区", "风景区", "旅游区", "景区", "商圈", "步行街", *_RESERVE_KINDS]
REGION_SUFFIXES = ["经济区"]  # 成都平原经济区, 川南经济区: regions named by their place
_STREET_SUFFIXES = frozenset({"商圈", "步行街"})
_NAME_RUN_BEFORE = re.compile(f"[{CJK}]+$")
_NOT_IN_STREET_NAMES = frozenset("的了和与及等各全个家是在有为从市省县区各大新老该本")
_GENERIC_STREET = re.compile(r"智慧|特色|商业|传统|新兴|成熟|夜间|线上|线下|附近|周边|区域|城市|社区|步行|示范|品质|高品质|标杆|地标|一刻钟")
_NOT_NAME_FLAGS = frozenset("vadrpcuft")
_RESERVE_RANK = re.compile(r"(?<![省市])(?:国家级|省级|市级|国家)$")
_GENERIC_SIGHT = re.compile(
    r"重点|主要|热门|部分|其他|其余|知名|著名|旅游|星级|精品|乡村|城市|山区|沿线|周边|境内|网红|新晋|城区|县域|森林|海滨|湖泊|山岳|"
    r"型|类|核心|开放|收费|免费|景点|红色|生态|文化|度假|休闲|户外|室内|公园"
)
for _type, _suffixes in (("park", PARK_SUFFIXES), ("government", GOV_SUFFIXES), ("organization", ORG_SUFFIXES),
                         ("firm", FIRM_SUFFIXES), ("place", SCENIC_SUFFIXES + REGION_SUFFIXES)):
    for _suffix in _suffixes:
        SUFFIX_TYPE.setdefault(_suffix, _type)
# the regex engine scans for the first characters quickly, then follows one trie branch
SUFFIX_RE = re.compile(_alternation(SUFFIX_TYPE))
LEVEL_OK_BEFORE = set("我本该全各和与及由在向对经将把被为从据并等的是同跟即到请")
PARTY_COMMITTEES = frozenset({"省委", "市委", "县委", "区委", "州委"})
COMMITTEE_POST = re.compile("副?书记|常委|委员|托|派|组织部|宣传部|统战部|政法委|办公室|办|党校|巡察|编办")  # 市委书记, 全市委托, 本市委派


def _kin_before(text: str, s: int) -> bool:
    """母 or 子 before a bare firm suffix is the relation (全资子公司, 其母公司), not a word's end (电子, 种子)."""
    from extractor.nlp import quick_tag

    word, flag = quick_tag(text[max(0, s - 3):s])[-1]
    return len(word) == 1 or flag == "un"


def _starts_a_name(text: str, start: int) -> bool:
    """At the text's start, a break, a function word or a character that is no Chinese word's: not inside a word."""
    return not start or text[start - 1] in HARD_STOP or text[start - 1] in LEVEL_OK_BEFORE or not re.match(f"[{CJK}]", text[start - 1])


def _opens_body(text: str, start: int) -> bool:
    """A body's name may start here: at a break, after a function word, or after a party committee
    (省委省政府)."""
    return (start == 0 or text[start - 1] in HARD_STOP or text[start - 1] in LEVEL_OK_BEFORE
            or text[start - 2:start] in PARTY_COMMITTEES)
LEVEL_PREFIX = re.compile("(自治区|省|市|县|区|州|镇|乡)$")

# characters and words that end a name to the left
HARD_STOP = set("，。、；：！？,.;:!?（）()“”‘’\"'《》<>【】[]「」『』 \t\n\r\u3000|/")
STOP_WORDS = {
    "出让方", "受让方", "交易对方", "发行人", "申请人", "委托方", "买方", "卖方", "甲方", "乙方", "股东",
    "近日", "目前", "日前", "今年", "去年", "明年", "当前", "此前", "同时", "其中", "包括", "以及", "还有", "另外",
    "此外", "全市", "全省", "全县", "全区", "全国", "我市", "我省", "我县", "我区", "本市", "本省", "该市", "该省",
    "各地", "当地", "记者", "获悉", "通过", "成功", "分别", "共有", "已有", "新增", "累计", "落户", "引进", "签约",
    "入驻", "入选", "获评", "认定", "培育", "打造", "支持", "推动", "推进", "发布", "公布", "显示", "表示", "介绍",
    "指出", "称", "说", "显示", "组织", "召开", "举行", "举办", "联合", "会同", "携手", "依托", "围绕", "发现", "抽检",
    "检测", "检查", "通报", "要求", "计划", "预计", "投资", "建设", "实现", "完成", "开展", "参与", "来自", "位于",
    "收购", "并购", "入股", "增资", "参股", "控股", "注资", "携手", "联手", "牵手", "合资", "战略", "另据", "另外据", "据悉",
    "作为", "成为", "股东", "机构", "成立", "设立", "注册", "代表", "归属", "属于", "归属于", "委托", "正在", "助力", "带动", "吸引", "扶持", "帮助", "鼓励", "引导", "涌现", "聚集", "集聚", "拥有", "形成", "主办", "承办", "协办", "由", "向", "经", "与", "和", "旗下", "所属", "下属", "其",
}
SINGLE_VERB_STOPS = set("是有在为将把被向对让使给从到由称说据经以获入选报")  # (整改情况报|县农业农村局)
CUT_FLAGS = ("p", "c", "u", "r", "d", "m", "q", "x", "w", "y", "e", "o", "uj", "ul", "ud", "uz", "ug", "uv")
PROPER_FLAGS = ("ns", "nr", "nrt", "nz", "nt", "j", "eng", "nrfg", "x", "un")
TIME_TOKEN = re.compile(r"^(\d+|[一二三四五六七八九十]+)?[年月日]$|^(近日|目前|日前|今年|去年|明年|当前|此前|同期|近期|当天|今天|昨天|以来)$")
GENERIC_HEADS = {
    "上市", "子", "母", "该", "本", "各", "这家", "一家", "多家", "国有", "民营", "外资", "商业", "保险", "证券", "基金",
    "科技", "投资", "建筑", "物业", "房地产", "快递", "航空", "外贸", "企业", "龙头", "骨干", "平台", "项目", "重点",
    "中小", "小微", "大型", "国企", "央企", "集团", "控股", "金融", "信托", "担保", "其他", "相关", "有关", "合资",
    "独资", "省级", "市级", "国家级", "县级", "区级", "专业", "综合", "新", "老", "大", "小", "高", "等", "全资",
    "ST", "*ST", "中", "境外", "境内", "海外", "外国", "本地", "内地", "香港", "澳门",
}
NAMEY_FLAGS = ("nr", "nrt", "nz", "nt", "j", "eng", "nrfg", "un")


def _left_limit(text: str, end: int, floor: int, max_len: int) -> int:
    """The start of the clause that ends at ``end``: after the last hard stop."""
    i = end
    lo = max(floor, end - max_len)
    while i > lo and text[i - 1] not in HARD_STOP:
        i -= 1
    return i


def _name_start(text: str, seg_start: int, seg_end: int, leading_verbs: bool = False, verb_cut: bool = True) -> tuple[int, list[tuple[str, str]]]:
    """Where a name ending at seg_end starts within [seg_start, seg_end), and its tokens."""
    from extractor.nlp import quick_tag

    if seg_end <= seg_start:
        return seg_end, []
    tokens = quick_tag(text[seg_start:seg_end])
    cut = 0  # token index where the name starts
    pos = seg_start
    offsets = []
    for word, flag in tokens:
        offsets.append(pos)
        pos += len(word)
    for k, (word, flag) in enumerate(tokens):
        last = k == len(tokens) - 1
        if k and _ORDINAL.fullmatch(word) and all(w in _NUMBERED_KINDS for w, _ in tokens[k + 1:]):
            continue  # 嘉兴市 | 第二 | 医院, 郑州市 | 第十一 | 中学: a numbered institution of its place
        if (word in ("和", "与") and k and tokens[k - 1][1] == "ns" and k + 2 < len(tokens) and len(tokens[k + 1][0]) == 1
                and tokens[k + 1][1] not in CUT_FLAGS):
            continue  # 长兴 | 和 | 泰 | 智能装备有限公司: 和泰 is the firm's name, a one-character name would be none
        if (flag in ("d", "q") and len(word) == 1 and not last
                and ((k and (tokens[k - 1][1] == "ns" or tokens[k - 1][0].endswith("区"))) or (not k and _is_cjk(text[seg_start - 1:seg_start])))
                and len(tokens[k + 1][0]) == 1 and tokens[k + 1][1] in ("ng", "n", "un", "v")):
            continue  # 浙江 | 越 | 芯 | 半导体科技有限公司, 宁波 | 泓 | 信 | 投资有限公司: the firm's name, not an adverb or measure
        if flag in CUT_FLAGS or TIME_TOKEN.match(word) or word.isdigit() or _ENUMERATOR.fullmatch(word):
            cut = k + 1  # (二是 | 优先保障学校: the second point, no name)
        elif flag == "un" and k and tokens[k - 1][1] == "m" and word[0] in "年月日号":
            cut = k + 1  # 2019 | 年入职 | 南京邮电大学
        elif word in STOP_WORDS and not last and not _business_words(tokens, k):
            cut = k + 1
        elif (flag == "v" and not last and not _business_words(tokens, k) and verb_cut and (len(word) >= 2 or word in SINGLE_VERB_STOPS)
              and not (k and k - 1 == cut and (tokens[k - 1][1] == "un" or tokens[k - 1][1] == "ns" and _guessed(word)))
              and not (k and tokens[k - 1][1] == "un" and _TRADE_AFTER.fullmatch("".join(w for w, _ in tokens[k + 1:])))):
            cut = k + 1  # a one-character "verb" is often a piece of an unknown name (苏融|达|化工); so is one after an
            # unknown word (莒州|汇能), and a rare word after a place (安徽|启衡|储能技术有限公司)
        elif flag == "f" and word in "间内外里旁后前" and not last:
            cut = k + 1
        elif leading_verbs and k == cut and flag in ("v", "vn", "vd") and not last:
            cut = k + 1
    if cut >= len(tokens):
        return seg_end, []
    return offsets[cut], tokens[cut:]


def _two_cities(code: str, other: str) -> bool:
    """Two prefecture-level cities (not 德国杜伊斯堡: a city in its country)."""
    return all(len(c) == 6 and c.endswith("00") and not c.endswith("0000") for c in (code, other)) and code != other


_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
_NUMBERED_KINDS = frozenset({"人民", "中心", "实验", "附属", "中医"})
_DESCRIBED_KIND = re.compile(r"本土|本地|当地|一家|首家|多家")
_BUSINESS_WORDS = frozenset({"投资", "控股", "发展", "管理", "建设", "开发", "运营", "集团", "实业", "登记", "结算", "清算", "托管",
                             "停车", "租赁", "服务", "咨询", "经营", "销售", "制造", "生产", "加工", "养殖", "种植", "设计", "施工",
                             "检测", "维修", "配送", "供应", "物流", "贸易"})


# 鲜禾 | 优选 | 商贸有限公司: a verb after an unknown word is a piece of the name when only the line of business follows
_TRADE_AFTER = re.compile(r"(?:商贸|贸易|科技|电子商务|食品|农业|生物|文化|传媒|网络|信息技术|供应链)(?:发展|服务|管理)?")


def _business_words(tokens: list[tuple[str, str]], k: int) -> bool:
    """常州澄远 | 投资 | 控股 (有限公司): the firm's line of business closing its name, not a verb before it."""
    return len(tokens) - k >= 2 and k > 0 and all(word in _BUSINESS_WORDS for word, _ in tokens[k:])


_RARE_WORD = 50  # a dictionary count under which a word's tag says little (启衡: 3)


def _guessed(word: str) -> bool:
    """A word jieba's dictionary does not know, or barely: its tag is a guess."""
    from extractor.nlp import get_tokenizer

    return (get_tokenizer().FREQ.get(word) or 0) < _RARE_WORD


_TOWN_ROW = re.compile(r"^(?:\|\s*(?:\d+\s*\|\s*)?)?([\u4e00-\u9fff]{2,4}(?:镇|乡|街道))(?=\s*\||\s+[\d\-])", re.M)
_BASIN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与]))([\u4e00-\u9fff]{1,3}(?:江|河|湖)流域)")  # 新安江流域、淮河流域


def _is_cjk(char: str) -> bool:
    return bool(char) and "\u4e00" <= char <= "\u9fff"


def _is_namey(tokens: list[tuple[str, str]], tokenizer_freq) -> bool:
    """A token that is a name but not a place name (西部鑫兴: 鑫兴), or a word jieba does not know."""
    for word, flag in tokens:
        if flag in NAMEY_FLAGS and re.search(f"[{CJK}A-Za-z]", word):
            return True
        if len(word) >= 2 and word not in tokenizer_freq and re.search(f"[{CJK}]", word):
            return True
    return False


def _has_proper(tokens: list[tuple[str, str]], tokenizer_freq) -> bool:
    for word, flag in tokens:
        if flag in PROPER_FLAGS and not (flag == "x" and not re.search(f"[{CJK}A-Za-z]", word)):
            return True
        if len(word) >= 2 and word not in tokenizer_freq:
            return True
    return False


def _ends_in_verb(phrase: str, suffix: str) -> bool:
    from extractor.nlp import quick_tag

    word, flag = quick_tag(phrase)[-1]
    return flag == "v" and len(word) > len(suffix) and word.endswith(suffix)


class CandidateFinder:
    """Rules and gazetteers -> candidate spans (overlapping allowed)."""

    def __init__(self, context_firms: bool = True, suffix_patterns: bool = True) -> None:
        from extractor.nlp import get_tokenizer

        self.gaz = get_gazetteer()
        self.freq = get_tokenizer().FREQ
        self.context_firms = context_firms
        self.suffix_patterns = suffix_patterns

    def find(self, text: str, bounds=None) -> list[Cand]:
        cands: list[Cand] = []
        for start, end, entry in self.gaz.scan(text, bounds=bounds):
            if entry.type == "place" and text.startswith(NAMED_AFTER_PLACE, end):
                continue  # 武汉肺炎, 马德里体系: a disease or a treaty named after the place
            if entry.type == "place" and text.startswith(_WORD_OPENED_BY_PLACE.get(text[start:end], ()), end):
                continue  # 日照时数, 长治久安, 普洱茶: a word that opens with a place's name
            if entry.type == "place" and PEOPLE_OF_PLACE.match(text, end):
                continue  # 伦敦人, 香港人: people (or a brand), not the place
            if entry.type == "place" and text.startswith(("商投资", "商独资", "商企业"), end):
                continue  # 外商及港澳台商投资企业: a kind of investor, not the place
            if entry.type == "place" and _ROAD_AFTER.match(text, end):
                continue  # 中山南路以东, 北京中路: a road named after the place
            if entry.name == "好又多" and text[start - 1:start] == "又":
                continue  # 又好又多: the idiom, not the supermarket
            if text[start:start + 1] == "长" and text[start - 1:start] in TITLE_BEFORE_长:
                continue  # 教育厅厅长江涌: the 长 of a title, then a name
            if entry.name in _BARE_DIVISIONS and text[start - 1:start] not in _DIVISION_LEVELS:
                continue  # 中心城区, 近郊区: a part of a city, not 大同's 城区 named after its city
            if text.startswith("会同", start) and _is_cjk(text[start - 1:start]) and text[start + 2:start + 3] in "县市省区":
                continue  # 县法院会同县司法局: the verb 会同 (together with), then the county's own bureau
            cands.append(self._from_entry(start, end, entry))
            station = _STATION_AFTER_PLACE.match(text, end) if entry.type == "place" else None
            if station is not None and _names_a_site(station.group(1)):  # 长沙黄花国际机场, 长沙南站
                cands.append(Cand(start, station.end(), "place", text[start:station.end()], RULE.format("site", "place"),
                                  priority=2))
            if entry.type == "place" and PORT_AFTER_PLACE.match(text, end):  # 深圳港, 杜伊斯堡港
                name = text[start:end + 1]
                cands.append(Cand(start, end + 1, "place", name, RULE.format("port", "place"), priority=2))
                twin = next((c for c in reversed(cands[-6:]) if c.type == "place" and c.end == start), None)
                if twin is not None and _two_cities(twin.code, entry.code):  # 宁波舟山港: one port of two cities
                    cands.append(Cand(twin.start, end + 1, "place", text[twin.start:end + 1], RULE.format("port", "place"), priority=2))
        towns = list(_TOWN_ROW.finditer(text)) if "|" in text or "镇 " in text or "道 " in text else []
        for match in towns if len(towns) >= 3 else ():  # | 1 | 武康街道 | 8,426.5 |: a table of towns
            if match.group(1)[:-1] not in VILLAGE_GENERIC and match.group(1) not in ("乡镇", "城镇", "各乡镇"):
                cands.append(Cand(*match.span(1), "place", match.group(1), RULE.format("table_town", "place"), priority=1))
        for listed in _TOWNS_AND_SUBDISTRICTS.finditer(text) if "街道" in text and "、" in text else ():
            items = list(_TOWN_OR_SUBDISTRICT.finditer(listed.group(0)))  # 北滘镇、容桂街道、大良街道: towns listed together
            if all(item.group(1) not in VILLAGE_GENERIC and item.group(1)[0] not in "各全本该城乡" for item in items):
                for item in items:
                    start = listed.start() + item.start()
                    cands.append(Cand(start, start + len(item.group(0)), "place", item.group(0),
                                      RULE.format("town_list", "place"), priority=1))
        for match in _BASIN.finditer(text) if "流域" in text else ():
            cands.append(Cand(*match.span(1), "place", match.group(1), RULE.format("basin", "place"), priority=2))
        for match in RAILWAY_BUREAU.finditer(text) if "国铁" in text else ():  # 国铁上海局: a railway group
            cands.append(Cand(*match.span(), "firm", match.group(0), RULE.format("railway_bureau", "firm"), priority=2))
        for match in SECURITIES_NAME.finditer(text) if "简称" in text else ():  # 证券简称：澄远新材: a listed firm
            cands.append(Cand(*match.span(1), "firm", match.group(1), RULE.format("securities_name", "firm"), priority=1))
        for start, end in _firm_column_cells(text) if "|" in text and ("名称" in text or "单位" in text) else ():  # | 被抽样单位 |
            cands.append(Cand(start, end, "firm", text[start:end], RULE.format("firm_column", "firm"), priority=2))
        from extractor.nlp import quick_tag

        for start, end in _column_cells(text, _BARE_FIRM_COLUMN, _FIRM_CELL, _NOT_NAMED_FIRM_CELL) if (
                "|" in text and ("企业" in text or "平台" in text)) else ():
            if LEGAL.search(text[start:end]) or _is_namey(list(quick_tag(text[start:end])), self.freq):  # | 企业 | … | 骑程单车 |
                cands.append(Cand(start, end, "firm", text[start:end], RULE.format("firm_column", "firm"), priority=2))
        for start, end in _column_cells(text, _COMPANY_COLUMN, _FIRM_CELL, _NOT_NAMED_FIRM_CELL) if (
                "|" in text and ("公司" in text or "名称" in text or "简称" in text)) else ():
            cands.append(Cand(start, end, "firm", text[start:end], RULE.format("firm_column", "firm"), priority=2))
        for start, end in _column_cells(text, _TOWN_COLUMN, _TOWN_CELL) if "|" in text and ("街道" in text or "镇" in text) else ():
            cands.append(Cand(start, end, "place", text[start:end], RULE.format("town_column", "place"), priority=2))  # | 所在街道 |
        for match in PHOTO_CREDIT.finditer(text):
            if CREDIT_NAME.fullmatch(match.group(1)):
                cands.append(Cand(*match.span(1), "organization", match.group(1), CREDIT_RULE, priority=1))
        if self.suffix_patterns:
            cands.extend(self._suffix(text, cands))
        if self.context_firms:
            cands.extend(self._context(text, cands, bounds))
            cands.extend(self._trading_brands(text, cands))
        return cands

    def _trading_brands(self, text: str, made: list[Cand]) -> list[Cand]:
        """``澜驰汽车10月交付新车31207辆``: a brand and its trade opening a clause about what it delivered or sold."""
        from extractor.nlp import quick_tag

        out = []
        if "汽车" not in text:
            return out
        for m in BRAND_RE.finditer(text):
            start, end = m.span(1)
            if any(c.start < end and start < c.end for c in made):
                continue
            head = text[start:end - len(m.group(2))]
            if _is_namey(quick_tag(head), self.freq) and self.gaz.get(head) is None:
                out.append(Cand(start, end, "firm", text[start:end], RULE.format("context", "firm"), priority=0))
        return out

    def _from_entry(self, start: int, end: int, entry: Entry) -> Cand:
        kind = "gazetteer" if entry.code else "lexicon"
        return Cand(start, end, entry.type, entry.canonical, RULE.format(kind, entry.type), entry.entity_id,
                    entry.code, priority=2)

    def _suffix(self, text: str, gaz: list[Cand]) -> list[Cand]:
        gaz_end = {}
        for c in gaz:
            if c.end not in gaz_end or gaz_end[c.end].end - gaz_end[c.end].start < c.end - c.start:
                gaz_end[c.end] = c
        out: list[Cand] = []
        prev_end = 0
        covered = {}
        for c in gaz:
            for k in range(c.start, c.end):
                covered[k] = c
        for m in SUFFIX_RE.finditer(text):
            type_ = SUFFIX_TYPE[m.group()]
            s, e = m.span()
            if m.group() == "控股" and text.startswith("股东", e):
                continue  # 控股股东: a controlling shareholder, not a holding company
            if m.group() in PROPERTY_SUFFIXES and (text[s - 1:s] in ("房", "商", "业") or text[max(0, s - 2):s] in PROPERTY_KINDS):
                continue  # 房地产, 养老地产, 刚需置业需求: a kind of property or buying one, not a developer
            inside = covered.get(s)
            known = inside is not None and inside.end >= e
            branch = known and inside.start == s and inside.end == e and m.group() in _BRANCHED_BODIES
            if known and (inside.start < s or type_ not in ("government", "park")) and not branch:
                continue  # the suffix is part of a known name (世界银行); but 温州市红十字会: a place's branch
            cand = self._build(text, type_, m.group(), s, e, gaz_end, out, prev_end, known)
            if cand is not None and m.group() in _SHOP_SUFFIXES and not _REGISTERED_SHOP.fullmatch(cand.canonical):
                continue  # 按酒店, 星级酒店, 好又多客村店: a kind or a brand's branch, not a registered shop
            if cand is not None and m.group() in ("学校", "幼儿园") and _SCHOOL_KIND.search(cand.canonical):
                continue  # 新建学校, 普惠性幼儿园, 义务教育学校: a kind of school, no name
            reported = _REPORTED_TO.match(text, cand.start, cand.end) if cand is not None and cand.type == "government" else None
            if reported is not None and cand.end - reported.end() >= 3:  # 整改情况报县农业农村局: the body reported to
                cand = _starting_at(text, cand, reported.end())
            if cand is not None and cand.type in ("government", "organization") and cand.canonical.startswith("各"):
                continue  # 各乡镇人民政府, 各县区教育局: every body of a kind, no one body
            if cand is not None and m.group() in ("中学", "小学", "幼儿园") and _NEW_SCHOOL_LEAD.fullmatch(cand.canonical):
                continue  # 新投用幼儿园18所, 新建小学办学规模: schools just opened, no name
            if cand is not None and cand.type == "firm":
                cand = _without_county_before_city(text, _without_country(text, _without_kin_prefix(text, cand), self.gaz), self.gaz)
            if cand is not None:
                out.append(cand)
                gaz_end[cand.end] = cand
                prev_end = cand.end
        out.extend(self._subunits(text, out + [c for c in gaz if c.type == "government"]))
        out.extend(self._villages(text, gaz_end))
        return out

    def _villages(self, text: str, ends) -> list[Cand]:
        """Towns and villages named after a place: 重庆 + 团结村, 崆峒区 + 花所乡."""
        from extractor.nlp import quick_tag

        out = []
        for m in VILLAGE_RE.finditer(text):
            s, e = m.span()
            for gap in (1, 2, 3):
                j = s - gap
                c = ends.get(j)
                if c is None or c.type != "place" or not c.code:
                    continue
                mid = text[j:s]
                if not re.fullmatch(f"[{CJK}]+", mid) or mid in VILLAGE_GENERIC or mid[-1] in "城农乡":
                    break
                tokens = quick_tag(mid)
                if any(f in CUT_FLAGS or w in STOP_WORDS or w in GENERIC_HEADS for w, f in tokens):
                    break
                out.append(Cand(j, e, "place", _short_place(c) + mid + m.group(), RULE.format("pattern", "village"),
                                priority=1))
                break
            else:
                named = self._named_village(text, s, e)
                if named is not None:
                    out.append(named)
        seen = {c.end for c in out}
        for listed in _TOWN_LIST.finditer(text) if "、" in text else ():
            for item in _TOWN_ITEM.finditer(listed.group(0)):  # 上派镇、桃花镇地区生产总值: 镇地区 is no stop here
                e = listed.start() + item.end()
                if e not in seen and (named := self._named_village(text, e - 1, e)) is not None:
                    out.append(named)
                    seen.add(e)
        for listed in _TOWNS_WITH_VALUES.finditer(text) if "镇" in text or "乡" in text else ():
            for item in _TOWN_VALUE_ITEM.finditer(listed.group(0)):  # 河田镇完成造林2150亩，三洲镇1860亩，策武镇1420亩
                e = listed.start() + item.end(1)
                if e not in seen and (named := self._named_village(text, e - 1, e, listed=True)) is not None:
                    out.append(named)
                    seen.add(e)
        return out

    def _named_village(self, text: str, s: int, e: int, listed: bool = False) -> Cand | None:
        """走进星村镇桐木村 … 桐木村茶农: a town or village no gazetteer knows, opening a name, named twice
        (a three-character name once)."""
        suffix = text[s:e]
        if suffix == "街道" or text[e:e + 1] in ("市", "县"):
            return None  # 关于宁乡市…: 乡 inside a city's name, not a township
        opening = self.gaz.match_at(text, s)
        if opening is not None and opening[0] > e:
            return None  # 学校与镇江海工…: 镇 opens 镇江, not a town's name
        for size in (2, 3):
            j = s - size
            if j < 0:
                break
            name = text[j:s]
            if (not re.fullmatch(f"[{CJK}]+", name) or set(name[0] + name[1:].replace("家", "")) & _VILLAGE_GENERIC_CHARS
                    or name in VILLAGE_GENERIC
                    or name[0] in "在到从于对向往回" or name[-2:] in _VILLAGE_KINDS or set(name) & set("与和及或的之了")):
                continue  # 在家乡, 对薄弱村, 边境村: where or what kind, not a name
            lead = text[max(0, j - 2):j]
            opens = j == 0 or text[j - 1] in HARD_STOP or lead in _VILLAGE_LEADS or text[j - 1:j] in "在到于从"
            if name[0] in _VILLAGE_KIND_FIRST:
                continue  # 受灾村镇, 已出列村, 未达标村: kinds of villages, not names
            sibling = suffix in ("镇", "乡") and size == 2 and (  # 长安镇、虎门镇、塘厦镇分别入库: towns listed together
                _TOWN_SIBLING_AFTER[suffix].match(text, e) is not None or _TOWN_SIBLING_BEFORE[suffix].search(text, 0, j) is not None)
            opens = opens or (sibling and text[j - 1:j] in ("和", "及", "与"))  # 横沥镇和东坑镇
            if _ends_in_verb(name + suffix, suffix) and not (sibling and suffix == "镇"):
                continue  # 护送返乡23人, 送医下乡: a verb ending in 乡, not a township
            named_enough = text.count(name + suffix) >= 2 or (  # 在八里营镇: a three-character name once
                size == 3 and text[e:e + 1] not in "村镇乡" and text[j - 1:j + 1] not in _VILLAGE_LEADS
                and text[j:j + 2] not in _VILLAGE_LEADS) or (  # a town's summary: 其中木港村达到68.5万元, 。金河村新发展…
                suffix == "村" and _TOWNSHIP_NOTICE.search(text) is not None and _VILLAGE_ACTS.match(text, e)
                and (j == 0 or text[j - 1] in "，。；：\n" or text[j - 2:j] == "其中")) or (
                j == 0 and suffix in ("镇", "乡") and _TOWNSHIP_NOTICE.search(text) is not None)  # 木港镇2025年上半年工作总结
            in_list = (suffix in ("镇", "乡") and (text[j - 1:j] == "、" or text[j - 2:j] == "其中")
                       and _LISTED_AFTER.match(text, e) is not None)  # 其中龙门镇846人、宝盛乡312人: towns listed with their counts
            in_list = in_list or sibling or (listed and size == 2 and (j == 0 or text[j - 1] in "，,、；;：:"))
            if opens and ((named_enough and (name + suffix) not in self.freq) or in_list):
                return Cand(j, e, "place", name + suffix, RULE.format("pattern", "village"), priority=0)
        return None

    def _subunits(self, text: str, made: list[Cand]) -> list[Cand]:
        """广州市工商局 + 食品处: a named office of a government body."""
        out = []
        for c in made:
            if c.type != "government":
                continue
            m = SUBUNIT_RE.match(text, c.end) or (_SAR_BUREAU.match(text, c.end) if c.canonical.endswith("特别行政区政府") else None)
            if m:  # (澳门特别行政区政府 + 体育局, 统计暨普查局: a bureau of the SAR government)
                out.append(Cand(c.start, m.end(), "government", c.canonical + m.group(), RULE.format("pattern", "government_unit"),
                                priority=1, code=c.code, abbrev=c.abbrev))
        return out

    def _build(self, text, type_, suffix, s, e, ends, made, prev_end, known=False) -> Cand | None:
        before = ends.get(s)
        if type_ == "park":
            if before is not None and before.type == "park":
                if before.rule.startswith("entities.lexicon") and not before.canonical.endswith(_PARK_NAME_ENDS):
                    return Cand(before.start, e, "park", before.canonical + PARK_EXPAND.get(suffix, suffix),
                                RULE.format("pattern", "park"), priority=1)  # 中关村 + 科技园区, 张江 + 高科技园
                return None
            prefix = self._place_before(text, s, ends)
            if prefix is None:
                qualified = _PARK_QUALIFIER_BEFORE.search(text, max(0, s - 3), s)
                place = ends.get(qualified.start()) if qualified else None
                if place is not None and place.type == "place":  # 西安 + 高新 + 综合保税区
                    prefix = (place.start, _short_place(place) + qualified.group(0))
            pm = PAREN_PLACE_RE.search(text, max(0, s - 8), s)
            if pm and text[max(0, pm.start() - 2):pm.start()] == "中国" and (self.gaz.get(pm.group(1)) or Cand).type == "place":
                prefix = (pm.start() - 2, text[pm.start() - 2:s])  # 中国（陕西）自由贸易试验区
            if prefix is None:
                return self._park_of_its_own_name(text, suffix, s, e)
            p_start, p_canon = prefix
            partner = ends.get(p_start - 1) if text[p_start - 1:p_start] == "·" else None
            if partner is not None and partner.type == "place":  # 铜仁·苏州产业园: a park two places run together
                p_start, p_canon = partner.start, text[partner.start:p_start] + p_canon
            canonical = p_canon + PARK_EXPAND.get(suffix, suffix)
            return Cand(p_start, e, "park", canonical, RULE.format("pattern", "park"), priority=1)
        if type_ == "place":  # 乐山大佛景区, 浮来山风景区: a scenic area named after its place or by a name of its own
            area_rule = RULE.format("pattern", "region" if suffix in REGION_SUFFIXES else "scenic")
            rank = _RESERVE_RANK.search(text, max(0, s - 3), s)
            if rank is not None:
                s = rank.start()  # 白芨滩 + 国家级 + 自然保护区: the name is before the rank
            if _CREATED_BEFORE.search(text, max(0, s - 2), s):
                return None  # 全年新建省级湿地公园2处: kinds of places being made, no name
            prefix = self._place_before(text, s, ends)
            bare = ends.get(s)  # 宁夏 + 国家级自然保护区, 银川市 + 湿地公园: a kind of a division's, no name
            if (bare is not None and bare.type == "place" and bare.code and (rank is not None or suffix in _RESERVE_KINDS)
                    and suffix != "国家公园"):
                return None  # (but 武夷山国家公园, 大熊猫国家公园: each national park is one of a few, named)
            if prefix is not None and not _GENERIC_SIGHT.search(text, prefix[0], s):
                return Cand(prefix[0], e, "place", prefix[1] + suffix, area_rule, priority=1)
            if suffix in _STREET_SUFFIXES:
                return self._named_street(text, s, e, suffix, area_rule)
            for gap in (2, 3, 4):  # 乐山 + 大佛 + 景区: the sight's name after its place, whatever jieba tags it
                place = ends.get(s - gap)
                mid = text[s - gap:s]
                if place is not None and place.type == "place" and re.fullmatch(f"[{CJK}]+", mid) and not (
                        set(mid) & set("的和与及等级家个各全")) and not _GENERIC_SIGHT.search(mid):
                    return Cand(place.start, e, "place", text[place.start:e], area_rule, priority=1)
            cand = self._walk(text, "place", s, e, prev_end, ends, need_proper=True, min_len=len(suffix) + 2, max_head=6)
            if cand is None or _GENERIC_SIGHT.search(text, cand.start, s):
                return None  # 四川重点景区, 成都周边景区: a kind of sight, no name
            return replace(cand, rule=area_rule)
        if type_ == "government" and suffix == "政府" and text.startswith("采购", e):
            return None  # 四川政府采购网: government procurement, a website's name
        if type_ == "government" and suffix in TASK_FORCES:
            return self._task_force(text, s, e, suffix, ends)
        if type_ == "government":
            if before is not None and before.type in ("place", "park"):
                body = suffix if before.code.startswith(_NO_PEOPLES_GOVERNMENT) else GOV_EXPAND.get(suffix, suffix)
                canon = before.canonical
                if canon[-1] == body[0]:
                    canon = canon[:-1]  # 宝鸡市 + 市委 -> 宝鸡市委
                start = before.start
                outer = ends.get(start)
                while outer is not None and outer.type == "place" and outer.start < start:
                    canon = text[outer.start:start] + canon  # 成都市 + 武侯区 + 人民政府
                    start = outer.start
                    outer = ends.get(start)
                if text.startswith("中共", start - 2) and body.endswith("委"):
                    start -= 2  # 中共商洛市委
                    canon = "中共" + canon
                return Cand(start, e, "government", canon + body, RULE.format("pattern", "government"), priority=1,
                            code=before.code)
            if before is not None and before.type == "government" and suffix in ("办公室", "办公厅", "新闻办公室"):
                # 市人民政府 + 办公室
                return Cand(before.start, e, "government", before.canonical + suffix, RULE.format("pattern", "government"),
                            priority=1, code=before.code, abbrev=before.abbrev)
            if before is not None and before.type == "government" and suffix in _PARTY_DEPARTMENTS and before.canonical.endswith("委"):
                return Cand(before.start, e, "government", before.canonical + suffix, RULE.format("pattern", "government"),
                            priority=1, code=before.code)  # 卢氏县委 + 组织部, 县委 + 组织部: the committee's department
            if before is not None and before.type == "government" and suffix not in GOV_NEEDS_PLACE:
                return None
            if suffix in ("街道办事处", "街道办"):
                prefix = self._place_before(text, s, ends) or self._unknown_subdistrict_before(text, s)
                if prefix is None:
                    return None
                return Cand(prefix[0], e, "government", prefix[1] + GOV_EXPAND.get(suffix, suffix),
                            RULE.format("pattern", "government"), priority=1)
            unknown = self._unknown_place_before(text, s) if before is None and suffix not in _NO_PLACE_BODIES else None
            if unknown is not None:  # 桐溪县统计局: a county the gazetteer does not know, named by its own body
                return Cand(unknown[0], e, "government", unknown[1] + GOV_EXPAND.get(suffix, suffix),
                            RULE.format("pattern", "government_unknown_place"), priority=1)
            if suffix in PARTY_COMMITTEES and before is None and _opens_body(text, s) and text[s - 1:s] not in ("全", "各"):
                department = text[e:e + 3] if text[e:e + 3] in _PARTY_DEPARTMENTS else ""
                if department or not COMMITTEE_POST.match(text, e):  # 市委、市政府; 县委组织部选派…: the county's committee, its department
                    return Cand(s, e + len(department), "government", suffix + department,
                                RULE.format("pattern", "government_abbrev"), priority=1, abbrev=suffix[0])
            lvl = LEVEL_PREFIX.search(text, max(0, s - 3), s)
            if lvl and suffix not in GOV_NEEDS_PLACE - {"政府", "市委", "省委", "县委", "区委"}:
                ls = lvl.start()
                if _opens_body(text, ls) or not re.match(f"[{CJK}]", text[ls - 1]):
                    if ls > 0 and text[ls - 1] in "全各":
                        return None
                    level = lvl.group()
                    canonical = level + GOV_EXPAND.get(suffix, suffix)
                    return Cand(ls, e, "government", canonical, RULE.format("pattern", "government_abbrev"),
                                priority=1, abbrev=level)
            if known:
                return None
            if suffix in ("管委会", "统计暨普查局"):
                return Cand(s, e, "government", GOV_EXPAND.get(suffix, suffix), RULE.format("pattern", "government"))
            if suffix in GOV_NEEDS_PLACE or suffix in ("统计局", "税务局", "海关"):
                return None
            return self._walk(text, "government", s, e, prev_end, ends, need_proper=True)
        if type_ == "organization":
            if before is not None and before.type in ("place", "government", "organization", "park", "firm") and (
                    before.end - before.start >= 2):
                if before.type == "place" and suffix in ("中心", "联盟", "分中心", "实验室"):
                    return None
                if before.type == "place" and suffix in MEDIA:
                    return Cand(before.start, e, "organization", text[before.start:e], RULE.format("pattern", "media"), priority=1)
                start = before.start
                outer = ends.get(start) if before.type == "place" else None
                while outer is not None and outer.type == "place" and outer.start < start and not outer.code.endswith("0000"):
                    start = outer.start  # 淮安市 + 清江浦区 + 惠民医院: the whole name, its places first
                    outer = ends.get(start)
                # 上海大学 + 材料学院, 江苏区域中心 + 综合服务中心
                return Cand(start, e, "organization", text[start:e], RULE.format("pattern", "organization"), priority=1)
            if suffix in ("中学", "小学") and text[s - 1 : s] in ("中", "小"):
                return None  # 中小学
            if suffix in ("中学", "小学", "幼儿园") and re.search(r"另设|不含|包括|含有|共有|其中", text[max(prev_end, s - 8):s]):
                return None  # 另设小学教学点, 学校数不含小学: kinds of schools, not one
            min_len = 6 if suffix in ("中心", "联盟", "分中心", "智库") else 4
            if suffix in MEDIA:
                return self._walk(text, "organization", s, e, prev_end, ends, need_proper=False, min_len=4, max_head=4)
            return self._walk(text, "organization", s, e, prev_end, ends, need_proper=True, min_len=min_len,
                              chain=("place", "government", "organization"))
        if type_ == "firm":
            if before is not None and before.type == "firm":
                # 汇丰 + 银行, 上海光明 ... 有限公司 + 分公司
                name = text[before.start:e]
                canonical = before.canonical if before.canonical.startswith(name) else name
                return Cand(before.start, e, "firm", canonical, RULE.format("pattern", "firm"), priority=1)
            owner = ends.get(before.start) if before is not None and before.type == "place" and suffix in _BRANCHES else None
            if owner is not None and owner.type == "firm":
                # 中国证券登记结算有限责任公司 + 上海 + 分公司: the firm's branch in a place
                return Cand(owner.start, e, "firm", text[owner.start:e], RULE.format("pattern", "firm_branch"), priority=1)
            if before is not None and before.type == "government" and suffix in ("分行", "支行"):
                # 中国人民银行 + 西安分行
                return None
            # 奥德华乳品(北京)有限公司, 星衡（芜湖）新能源装备有限公司: a place in brackets inside the name
            pm = PAREN_PLACE_RE.search(text, max(0, s - 8), s) or PAREN_PLACE_INSIDE_RE.search(text, max(0, s - 16), s)
            if pm and self.gaz.get(pm.group(1)) is not None and self.gaz.get(pm.group(1)).type == "place":
                cand = self._walk(text, "firm", pm.start(), e, prev_end, ends, need_proper=False, min_len=len(suffix) + 6)
                if cand is not None:
                    return cand
            if suffix in BARE_FIRM and text[s - 1 : s] in ("母", "子") and _kin_before(text, s):
                return None  # 母公司, 子公司 (not 汽车电子集团)
            chain = ("firm", "government") if suffix in _BRANCHES else ()
            return self._walk(text, "firm", s, e, prev_end, ends, need_proper=True, min_len=len(suffix) + 2, chain=chain,
                              namey=suffix in BARE_FIRM)
        return None

    def _place_before(self, text: str, s: int, ends) -> tuple[int, str] | None:
        """A place, optionally followed by a few name characters (吴忠 + 太阳山), right before s."""
        from extractor.nlp import quick_tag

        best = None
        for gap in range(0, 5):
            j = s - gap
            if j <= 0:
                break
            if gap and (text[j] in HARD_STOP or not re.match(f"[{CJK}]", text[j])):
                break
            c = ends.get(j)
            if c is None:
                continue
            if c.type != "place":
                break
            mid = text[j:s]
            if mid:
                if any(k in ends for k in range(j + 1, s + 1)):
                    break  # another name sits in the gap: 商洛市将以商洛高新区
                tokens = quick_tag(mid)
                if any(f in CUT_FLAGS or f == "v" for _, f in tokens) or not _has_proper(tokens, self.freq):
                    continue
            best = (c.start, _short_place(c) + mid)
        return best

    def _unknown_place_before(self, text: str, s: int) -> tuple[int, str] | None:
        """``清源市`` in 清源市发展和改革委员会: one word no dictionary knows, then a level (市, 县, 区),
        right before a government body's name, at the start of a name."""
        from extractor.nlp import quick_tag

        level = text[s - 1:s]
        if level not in _UNKNOWN_PLACE_LEVELS or s < 3:
            return None
        tokens = quick_tag(text[max(0, s - 5):s - 1])
        if not tokens:
            return None
        word, flag = tokens[-1]
        start = s - 1 - len(word)
        if not _is_name_word(word, flag):
            return None  # not 设区市, 试点县, 主城区, 保税区: kinds of places
        if not _starts_a_name(text, start):
            return None  # inside a longer word
        return start, word + level

    def _unknown_subdistrict_before(self, text: str, s: int) -> tuple[int, str] | None:
        """``民意`` in 民意街道办事处: a name no dictionary knows before 街道, opening a name, the 街道 named twice."""
        from extractor.nlp import quick_tag

        tokens = quick_tag(text[max(0, s - 4):s])
        if not tokens:
            return None
        word, flag = tokens[-1]
        start = s - len(word)
        if word in _SUBDISTRICT_KINDS or not (_is_name_word(word, flag) or flag == "n" and 2 <= len(word) <= 3):
            return None  # 民意, 新华: a subdistrict is often named by a plain word; not 乡镇街道办事处
        if text.count(word + "街道") < 2 or not _starts_a_name(text, start):
            return None
        return start, word

    @staticmethod
    def _named_street(text: str, s: int, e: int, suffix: str, rule: str) -> Cand | None:
        """五一商圈, 黄兴路步行街: a shopping area's own short name, whatever words make it (not 全市重点商圈)."""
        from extractor.nlp import quick_tag

        run = _NAME_RUN_BEFORE.search(text, max(0, s - 8), s)
        name = run.group(0) if run else ""
        if not 2 <= len(name) <= 4 or _GENERIC_SIGHT.search(name) or _GENERIC_STREET.search(name) or set(name) & _NOT_IN_STREET_NAMES:
            return None
        if any(flag[:1] in _NOT_NAME_FLAGS and flag != "un" for _, flag in quick_tag(name)):
            return None  # 打造智慧商圈, 提升商圈, 这些商圈, 成熟商圈: what is done to shopping areas, or a kind of them (德思勤: unknown, a name)
        return Cand(s - len(name), e, "place", name + suffix, rule, priority=1)

    def _park_of_its_own_name(self, text: str, suffix: str, s: int, e: int) -> Cand | None:
        """云泽高新区, 张江高科技园: a park named by one word no dictionary knows (or a place word),
        not 绿色工业园区 or 智慧城市产业园."""
        from extractor.nlp import quick_tag

        if suffix not in OWN_NAME_PARKS:
            return None  # 文创产业园, 康养示范区, 城东片区: kinds and parts of a city, not parks of a name
        if suffix in _BARE_PARKS and (s == 0 or text[s - 1] in _BARE_PARK_BEFORE or text[max(0, s - 2):s] == "其中"):
            return Cand(s, e, "park", suffix, RULE.format("pattern", "park"), priority=1)  # 今年以来，高新区签约项目47个: the city's own
        tokens = quick_tag(text[max(0, s - 6):s])
        if not tokens:
            return None
        word, flag = tokens[-1]
        two = text[max(0, s - 2):s]
        if (len(word) < 2 and s >= 3 and text[s - 3] in LEVEL_OK_BEFORE and re.fullmatch(f"[{CJK}]{{2}}", two)
                and two not in self.freq):
            word, flag = two, "un"  # 据云泽高新区: jieba cut 据云|泽, but 云泽 is the unknown word
        if not _is_name_word(word, flag):
            return None
        if word[0] in LEVEL_OK_BEFORE or word[0] in "本该各全其此这那每" or word in _NOT_PARK_NAMES:
            return None  # 对本高新区, 由该开发区, 城市高新区: a preposition, a pointer or a common place word
        if len(tokens) > 1 and tokens[-2][1] == "ns" and len(tokens[-2][0]) >= 2 and len(tokens[-1][0]) == len(word) and (
                flag in ("ns", "nz") and not _NOT_PARK_NAMES.intersection((word, tokens[-2][0]))):
            word = tokens[-2][0] + word  # 江宁 | 滨江 | 经济开发区, 宁波 | 杭州湾 | 经济技术开发区: a place, then the park's own name
        elif len(tokens) > 1 and tokens[-2][1][:1] in ("n", "u") and tokens[-2][1] != "uj" and len(tokens[-1][0]) == len(word):
            return None  # 智慧城市产业园: the end of a longer phrase, no name
        start = s - len(word)
        return Cand(start, e, "park", word + PARK_EXPAND.get(suffix, suffix), RULE.format("pattern", "park"), priority=1)

    def _task_force(self, text: str, s: int, e: int, suffix: str, ends) -> Cand | None:
        """A task force named after the place or body that set it up, with only its remit between them."""
        from extractor.nlp import quick_tag

        for k in range(s, max(0, s - TASK_FORCE_GAP) - 1, -1):
            owner = ends.get(k)
            if owner is not None:
                break
            if k and text[k - 1] in HARD_STOP:
                return None
        else:
            return None
        if owner.type not in ("place", "government") or (suffix == "综合组" and owner.type != "government"):
            return None  # 北京大学疫情防控工作领导小组, 深圳地铁集团安全生产领导小组: no government body's
        remit = text[owner.end:s]
        if any(SUFFIX_TYPE[m.group()] in ("organization", "firm") for m in SUFFIX_RE.finditer(remit)):
            return None
        for word, flag in quick_tag(remit) if remit else ():
            if ((word in STOP_WORDS and flag[0] != "n") or word in TASK_FORCE_SETUP or flag in CUT_FLAGS
                    or flag.startswith("nr") or TIME_TOKEN.match(word) or (flag == "v" and len(word) < 2)):
                return None
        start = owner.start
        outer = ends.get(start)
        while outer is not None and outer.type == "place" and outer.start < start:
            start = outer.start  # 广州市 + 越秀区 + …领导小组办公室
            outer = ends.get(start)
        return Cand(start, e, "government", text[start:e], RULE.format("pattern", "task_force"),
                    priority=1, code=owner.code)

    def _walk(self, text, type_, s, e, prev_end, ends, need_proper=True, min_len=4, chain=(), max_head=14, namey=False):
        seg_start = _left_limit(text, s, prev_end, max_head + 2)
        if type_ == "firm":
            kin = _KIN_WORD.search(text, seg_start, s)
            if kin is not None:
                seg_start = kin.end()  # 全资子公司 + 合肥星衡精密传动有限公司: the name starts after the relation
        # a candidate that ends inside the clause bounds it
        for k in range(s - 1, seg_start, -1):
            c = ends.get(k)
            if c is not None and c.type in ("firm", "organization", "government") and c.start >= seg_start and (
                    c.priority < 2 or c.type == "government"):
                seg_start = k
                break
        # 种植专业合作社, 养殖合作社: verbs belong to cooperative names
        start, tokens = _name_start(text, seg_start, s, verb_cut=not text.startswith("合作社", s))
        if start >= s or s - start > max_head:
            return None
        proper = False
        c = ends.get(start)
        if chain and c is not None and c.type in chain:
            start, proper = c.start, True  # 上海大学 + 材料学院
        elif start < s and type_ in ("organization", "government"):
            lvl = LEVEL_START.match(text, start)
            if lvl and text[lvl.end() - 1 : lvl.end() + 1] not in GENERIC_HEADS and text[lvl.end() - 1] != "级":
                proper = True  # 自治区疾病控制中心
        if not proper and type_ in ("firm", "government") and TITLE_AFTER.match(text, e):
            proper = True  # 盘谷银行资深副总裁, 华人置业集团主席: a title makes the name
        if not proper and type_ == "firm" and (ABBREV_RE.match(text, e) or _SELF_NAMED_AFTER.match(text, e)
                                                or (text[s:e].endswith("有限公司") and _ALONE_ON_LINE.match(text, e) and text[start - 1:start] == "\n")):
            proper = True  # 中寰国际工程有限公司（简称“中寰国际”）, 瀚海智能制造控股有限公司（「本公司」）: a name given a short form
        if not proper and type_ == "firm" and text[s:e].endswith("有限公司") and start < s:
            place = self.gaz.match_at(text, start, s)
            proper = place is not None and place[1].type == "place" and place[0] < s  # 信阳 + 茗源茶业 + 有限公司
        sibling = ends.get(start - 1) if start > 0 and text[start - 1] == "、" else None
        if (not proper and sibling is not None and sibling.type == type_ and sibling.canonical.endswith(text[s:e])
                and not text[s:e].endswith("中心")):
            proper = True  # 花所乡中心小学、光明小学: named like the item before it
        if e - start < min_len:
            return None
        head = text[start:s]
        if head in GENERIC_HEADS or (len(tokens) == 1 and tokens[0][0] in GENERIC_HEADS):
            return None
        if _SELF_REFERENCE_HEAD.fullmatch(head):
            return None  # 对本集团, 该公司: the notice's own firm referred to, not a name
        if need_proper and not proper and not _has_proper(tokens, self.freq):
            return None
        if namey and not proper and _HOLDING_VERB_END.search(head):
            return None  # …刘建国先生合计持有公司: the verb's object, the notice's own firm
        if namey and not proper and type_ == "firm":
            # 法国公司, 澳门成立公司: a place alone, or a verb, before a bare suffix; but 东兴证券, 北京银行
            # are named after their place (not 香港证券市场, 银行业)
            place_named = text[s:e] in ("证券", "银行") and not PLACE_FIRM_NOT.match(text, e)
            if (all(f == "ns" or _is_place_entry(self.gaz.get(w)) for w, f in tokens) and not place_named) or (
                    tokens[-1][0] in STOP_WORDS):
                return None
        elif namey and not proper and not _is_namey(tokens, self.freq):
            return None
        if type_ == "firm" and _DESCRIBED_KIND.search(head):
            return None  # 作为温州本土城市商业银行: what kind of bank it is, not its name
        if type_ == "firm" and chain and proper and c is not None and c.type == "government":
            type_ = "government"  # 中国人民银行西安分行
        return Cand(start, e, type_, text[start:e], RULE.format("pattern", type_), priority=1)

    def _moving_stocks(self, text: str, made: list[Cand]) -> list[Cand]:
        """``新易盛跌逾4%``, ``新易盛、中际旭创、沪电股份主力资金净流出``: names whose price or money flow moves are listed firms."""
        out: list[Cand] = []
        seen: set[int] = set()
        if not any(word in text for word in STOCK_MOVE_WORDS):
            return out
        doubtful: list[tuple[int, int]] = []  # whole clauses of a name and its move that failed the name test
        for m in STOCK_MOVE_RE.finditer(text):
            end = m.start()
            while True:
                listed = text[end:end + 1] == "、"  # 连续大涨的沃格光电、五方光电跌停: the first of listed stocks
                start, name_start = _name_before(text, end, 7, STOCK_LIST_LEAD_MOVED if listed else STOCK_LIST_LEAD)
                name = text[name_start:end]
                if name_start not in seen and self._stock_name(name, name_start, end, made):
                    seen.add(name_start)
                    out.append(Cand(name_start, end, "firm", name, RULE.format("stock_move", "firm"), priority=1))
                elif name_start == start and name_start not in seen:
                    doubtful.append((name_start, end))
                if start > 0 and text[start - 1] == "、" and name_start == start:
                    end = start - 1
                    continue
                break
        for start, end in doubtful:
            if self._parallel_stock_name(text, start, end, made, out):
                seen.add(start)
                out.append(Cand(start, end, "firm", text[start:end], RULE.format("stock_parallel", "firm"), priority=1))
        return out

    def _parallel_stock_name(self, text: str, start: int, end: int, made: list[Cand], moved: list[Cand]) -> bool:
        """``工业富联跌逾2%，绿的谐波跌逾13%，新易盛跌逾4%``: an odd-looking name (的, 太, 五方) that moves
        like the listed firms beside it in the same sentence is one of them, if it is no common word."""
        name = text[start:end]
        if not 3 <= len(name) <= 5 or not STOCK_NAME.fullmatch(name) or STOCK_NOT_NAME.search(name):
            return False
        if name in GENERIC_HEADS or self.freq.get(name, 0) > 50 or self.gaz.get(name) is not None:
            return False
        sentence_start = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
        sentence_end = min((i for i in (text.find(mark, end) for mark in "。！？\n") if i >= 0), default=len(text))
        beside = [c for c in moved if sentence_start <= c.start < sentence_end and c.rule == RULE.format("stock_move", "firm")]
        if len(beside) < 2:
            return False
        from extractor.nlp import quick_tag

        tokens = quick_tag(name)
        if any(flag in ("p", "c", "r", "x", "w", "y", "e", "o", "t", "s", "f") or word in SINGLE_VERB_STOPS
               or word in STOP_WORDS for word, flag in tokens):
            return False
        if tokens[0][1] == "v" or tokens[-1][1] in ("d", "m", "mq", "q") or name.endswith("股"):
            return False  # 截至收盘, 随后又, 尾盘再, 龙头股
        return not any(c.start < end and start < c.end for c in made + moved)

    def _filing_leads(self, text: str, made: list[Cand]) -> list[Cand]:
        """三一重能前三季度实现营业收入…, 格力博通过集中竞价交易方式回购…: a listed firm's short name opening a
        sentence or clause before what only a firm does."""
        from extractor.nlp import quick_tag

        out = []
        taken = [(c.start, c.end) for c in made]
        for m in _FILING_LEAD.finditer(text):
            start, end = m.span("name")
            name = m.group("name")
            if any(a < end and start < b for a, b in taken) or self.gaz.get(name) is not None:
                continue
            if (name[0] in _NOT_FIRM_FIRST or _NOT_IN_FIRM_NAME.search(name) or name in GENERIC_HEADS
                    or name in STOP_WORDS):
                continue  # 公司及控股子公司, 全省规上工业企业实现营业收入: no name
            tokens = quick_tag(name)
            if len(tokens) == 1 and self.freq.get(name, 0) > 50:
                continue  # 工业实现营业收入: a common word
            if any(flag in ("t", "r", "p", "c", "u", "d") for _, flag in tokens) or (len(tokens) == 1 and tokens[0][1] in ("ns", "m")):
                continue  # 全市, 前三季度, 我们: a place, a time or a function word, not a firm's name
            out.append(Cand(start, end, "firm", name, RULE.format("filing_lead", "firm"), priority=0))
        return out

    def _stakes(self, text: str, made: list[Cand]) -> list[Cand]:
        """``持有的易冲科技100%股权``: a name whose shares are held or sold is a firm."""
        out: list[Cand] = []
        if "%" not in text or "股" not in text:
            return out
        for m in STAKE_RE.finditer(text):
            end = m.start()
            _, name_start = _name_before(text, end, 10, STAKE_LEAD)
            name = text[name_start:end]
            if self._stock_name(name, name_start, end, made):
                out.append(Cand(name_start, end, "firm", name, RULE.format("stake", "firm"), priority=1))
        return out

    def _cases(self, text: str, made: list[Cand]) -> list[Cand]:
        """``金通灵案4.33万名投资者…获赔``: in a story about listed firms and their investors, a
        securities case is named after its firm; ``方案``, ``立案``: words, not names."""
        out: list[Cand] = []
        if "案" not in text or "投资者" not in text or not any(word in text for word in CASE_MARKET_WORDS):
            return out
        for m in CASE_RE.finditer(text):
            end = m.start()
            if end < 2 or self.freq.get(text[end - 1:end + 1], 0) > 0:
                continue
            _, name_start = _name_before(text, end, 6, CASE_LEAD)
            name = text[name_start:end]
            if self._stock_name(name, name_start, end, made + out):
                out.append(Cand(name_start, end, "firm", name, RULE.format("case", "firm"), priority=1))
        return out

    def _brands(self, text: str, made: list[Cand]) -> list[Cand]:
        """``品牌皇氏则有…``, ``知名品牌光明奶油、南山奶粉``, ``“冠峰”和“皇氏”两个品牌``: a brand names its firm."""
        out: list[Cand] = []
        if "品牌" not in text:
            return out
        from extractor.nlp import quick_tag

        for m in BRAND_AFTER.finditer(text):
            position = m.end()
            while (item := BRAND_ITEM.match(text, position)) is not None:
                position = item.end()
                tokens = quick_tag(item.group(1))
                name, flag = tokens[0]
                if 2 <= len(name) <= 3 and flag in BRAND_FLAGS and name not in STOP_WORDS:  # not 品牌奶粉, 品牌价值
                    out.append(Cand(item.start(1), item.start(1) + len(name), "firm", name, RULE.format("brand", "firm"), priority=3))
                if item.group(2) not in BRAND_LINKS:
                    break
        for m in BRAND_LIST.finditer(text):
            for quoted in QUOTED_NAME.finditer(m.group(0)):
                start = m.start() + quoted.start(1)
                out.append(Cand(start, start + len(quoted.group(1)), "firm", quoted.group(1), RULE.format("brand", "firm"), priority=3))
        return out

    def _stock_name(self, name: str, start: int, end: int, made: list[Cand]) -> bool:
        if not STOCK_NAME.fullmatch(name) or STOCK_NOT_NAME.search(name) or name in GENERIC_HEADS:
            return False
        if self.freq.get(name, 0) > 50 or self.gaz.get(name) is not None:
            return False  # 出口涨逾5%: a common word; 上海涨…: a place
        from extractor.nlp import quick_tag

        tokens = quick_tag(name)
        if any(flag in CUT_FLAGS or word in SINGLE_VERB_STOPS or word in STOP_WORDS for word, flag in tokens):
            return False  # 按季则, 盘中一度, 分别下
        if not name.isascii() and not _is_namey(tokens, self.freq) and not any(
            _opens_firm_name(c, start, end) for c in made
        ):
            return False  # 商品零售, 基础化工: common nouns
        return not any(c.start < end and start < c.end and not _opens_firm_name(c, start, end) for c in made)

    def _context(self, text: str, made: list[Cand], bounds=None) -> list[Cand]:
        out = []
        taken = [(c.start, c.end) for c in made]
        for m in CONTEXT_RE.finditer(text):
            items_end = m.start("tail")
            # items: 、-separated, the first one bounded by the clause start
            j = items_end
            items = []
            while True:
                i = j
                while i > 0 and text[i - 1] not in HARD_STOP:
                    i -= 1
                items.append((i, j))
                if i > 0 and text[i - 1] == "、" and len(items) < 12:
                    j = i - 1
                    continue
                break
            for k, (i, j) in enumerate(reversed(items)):
                if j - i < 2 or j - i > 14:
                    continue
                if any(c.start < j and i < c.end and not _opens_firm_name(c, i, j) for c in made):
                    continue
                start, tokens = _name_start(text, i, j, leading_verbs=True) if k == 0 else (i, None)
                if tokens is None:
                    from extractor.nlp import quick_tag

                    tokens = quick_tag(text[i:j])
                if j - start < 2 or (bounds is not None and start not in bounds):
                    continue
                name = text[start:j]
                if self.gaz.get(name) is not None or name in GENERIC_HEADS:
                    continue
                place_led = any(_opens_firm_name(c, start, j) for c in made)
                if not place_led and not _is_namey(tokens, self.freq):
                    continue
                first, flag = tokens[0]
                if flag in ("n", "vn", "v", "a", "an") and self.freq.get(first, 0) > 3000:
                    continue  # 手机直连卫星等项目: a common word does not open a firm name
                out.append(Cand(start, j, "firm", name, RULE.format("context", "firm"), priority=0))
        declared = {found.group(1) for found in SECURITIES_NAME.finditer(text)} if "简称" in text else set()
        for m in STOCK_CODE_RE.finditer(text):
            j = m.start()
            i = j
            while i > 0 and j - i < 12 and text[i - 1] not in HARD_STOP and re.match(f"[{CJK}A-Za-z]", text[i - 1]):
                i -= 1
            if any(a < j and i < b for a, b in taken):
                continue
            named = next((name for name in declared if text.startswith(name, j - len(name)) and j - len(name) >= i), None)
            if named is not None:  # 铭拓新材（920718）: the 证券简称 the filing declares, whole
                out.append(Cand(j - len(named), j, "firm", named, RULE.format("stock_code", "firm"), priority=1))
                continue
            start, tokens = _name_start(text, i, j, leading_verbs=True)
            if j - start < 2 or not tokens or self.gaz.get(text[start:j]) is not None:
                continue
            out.append(Cand(start, j, "firm", text[start:j], RULE.format("stock_code", "firm"), priority=1))
        out.extend(self._moving_stocks(text, made + out))
        out.extend(self._stakes(text, made + out))
        out.extend(self._cases(text, made + out))
        out.extend(self._brands(text, made + out))
        out.extend(self._filing_leads(text, made + out))
        short_names = STOCK_SHORT_NAME_RE.finditer(text) if "ST" in text or "退" in text else ()
        for m in short_names:
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Cand(m.start(), m.end(), "firm", m.group(0), RULE.format("stock_name", "firm"), priority=1))
        return out


PLACE_FIRM_NOT = re.compile("[市业交法期公投化监账行间卡家从时日所商部贷存理金界保机系]")
_ROAD_AFTER = re.compile(
    r"[东西南北中]?[一二三四五六七八九十]?(?:路(?![网况线段面上口费桥径演])|大街|大道|街(?![道头区景面市])|巷|胡同)"
    r"(?![\u4e00-\u9fff]{0,2}(?:局|委|办|厅|政府|公司|集团))"
)
NAMED_AFTER_PLACE = ("肺炎", "商标国际", "体系", "协定", "议定书", "公约")  # 马德里商标国际注册, 巴黎协定: a treaty's
_WORD_OPENED_BY_PLACE = {"日照": ("时数", "时间", "时长", "百分率", "充足", "偏少", "偏多", "条件"), "长治": ("久安",),
                         "普洱": ("茶",), "龙井": ("茶",),
                         "大陆": ("冷气团", "气团", "冷高压", "高压", "性", "架", "型", "漂移")}
TITLE_BEFORE_长 = frozenset("厅局部校院所处科社行署司组团队班")  # not 省市县…, which end places (吉林省长春市)
# a place's port (深圳港外贸集装箱吞吐量), not its 港口, 港区, 港澳 or 港币
_BARE_DIVISIONS = frozenset({"城区", "郊区", "矿区"})
_DIVISION_LEVELS = frozenset("市县")
# an airport or a railway station named after its place: 长沙黄花国际机场, 首都国际机场, 长沙南站
_STATION_AFTER_PLACE = re.compile(
    r"([\u4e00-\u9fff]{0,2}?)(?:国际机场|机场|[东南西北]站|火车站|高铁站)"
    r"(?![（(]|[\u4e00-\u9fff]{0,1}(?:建设|集团|公司|股份|路|大道|街|净利润|营收|营业收入|股价))"
)


def _names_a_site(middle: str) -> bool:
    """The words between a place and 机场/站 name it (黄花, 首都), not where one goes (至, 前往)."""
    if not middle:
        return True
    from extractor.nlp import quick_tag

    return len(middle) == 2 and all(flag not in ("v", "p", "c", "d", "u", "f", "uj", "r", "m") for _, flag in quick_tag(middle))


PORT_AFTER_PLACE = re.compile("港(?![口区澳台币元股人府车铁珠务湾岛城商资企籍漂胞航])")
PEOPLE_OF_PLACE = re.compile("人(?![民口员大社才均次数力工事])")
STOCK_MOVE_RE = re.compile(
    r"(?:股价)?(?:(?:(?<!上)涨|(?<!下)跌)(?:逾|超|近)?\d|涨停|跌停|大涨\d|大跌\d|主力资金净(?:流入|流出)|对(?:上证指数|深证成指|创业板指)[正负]?贡献)"
)
STOCK_MOVE_WORDS = ("涨", "跌", "主力资金净", "贡献")  # one of them is in every match of STOCK_MOVE_RE
STAKE_RE = re.compile(r"\d+(?:\.\d+)?%(?:的)?(?:股权|股份)")
STAKE_LEAD = re.compile(r".*(?:的|持有|收购|购买|转让|出售|受让|拥有|持)")
TITLE_AFTER = re.compile("(?:资深|首席|常务)?副?(?:局长|署长|处长|主席|行政总裁|总裁|董事长|总经理|执行官)")
BRAND_AFTER = re.compile("品牌(?:为|是|有)?")
# a brand and what follows it in a list item (光明奶油), up to the mark that ends the item
BRAND_ITEM = re.compile(f"[“\"]?([{CJK}]{{2,8}}?)[”\"]?([、和及与，。；]|则|也|将|被|在|的)")
BRAND_LINKS = ("、", "和", "及", "与")
BRAND_FLAGS = frozenset({"un", "nr", "nrt", "nrfg", "nz", "ns", "j"})  # a name, not a common noun
BRAND_LIST = re.compile(f"[“\"][{CJK}]{{2,4}}[”\"](?:[和及与、][“\"][{CJK}]{{2,4}}[”\"])+(?:[两三四五六七八九十]个|等)品牌")
QUOTED_NAME = re.compile(f"[“\"]([{CJK}]{{2,4}})[”\"]")
CASE_RE = re.compile("案(?![件例卷情发由底头值子])")
CASE_LEAD = re.compile(r".*(?:的|在|如|即|是|以|对)")
CASE_MARKET_WORDS = ("上市公司", "证监会", "退市", "股民", "证券")
STOCK_LIST_LEAD = re.compile(r".{0,4}?(?:板块内|板块中|板块里|个股中|其中|方面)")
STOCK_LIST_LEAD_MOVED = re.compile(STOCK_LIST_LEAD.pattern[:-1] + "|(?:大涨|大跌|上涨|下跌|走强|走弱|涨停|跌停)的)")
STOCK_NAME = re.compile(f"[{CJK}]{{2,5}}[A-Z]?|[A-Z][A-Za-z]{{1,6}}")
STOCK_NOT_NAME = re.compile(
    "板块|指数|市场|股票|个股|行业|概念|资金|A股|沪指|深成指|两市|大盘|科技股|成分股|权重股|价格|价|产量|销量|收入|利润|出口|进口|"
    "总额|均价|汇率|金价|油价|期货|债|基金|港股|美股|恒指|国指|科指|综指|板指|成指|按年|按季|按月|环比|同比|成交|则|一度"
    "|[续再又仍也亦均齐]$|费"  # 外食费续涨3.25%: a price going on up, no stock
)
# A-share short names under risk warning or delisting: *ST创兴, ST华嵘, 退市观典, 广道退
STOCK_SHORT_NAME_RE = re.compile(
    f"(?<![A-Za-z*])(?:\\*ST|S\\*ST|SST|ST)(?!公司|股票|板块|个股|企业)[{CJK}]{{2}}(?:(?![{CJK}])|(?=[因于是的在被已和及与等为将也甚还仍均则又都亦即却]))|(?:(?<![{CJK}])|(?<=摘牌的|退市的))退市[{CJK}]{{2}}(?=[^{CJK}]|[于是的在因被和及与已])"
    f"|(?<=[，。；、：\\s])[{CJK}]{{2}}退(?=作为|是|于|因|被|已|的|[，。；、])"
)
# 晶丰明源(688368.SH), 腾讯控股（00700.HK）: a listed firm's name right before its stock code
STOCK_CODE_RE = re.compile(r"[（(]\s*(?:[0-9]{6}\.(?:SH|SZ|BJ)|[0-9]{4,5}\.HK|(?:SH|SZ)[0-9]{6}|[0-9]{6})\s*[)）]")
VILLAGE_RE = re.compile("(?:村|镇|乡|街道)(?!级|民|干部|振兴|产业|居民|建设|发展|地区|人口|企业)")
_VILLAGE_GENERIC_CHARS = frozenset("全各每该本一城乡农山古小新老大强特美和示重试中心集市县省区个些两家故名级型点色")
_VILLAGE_KINDS = frozenset("边境 红色 扶贫 安置 薄弱 贫困 移民 先进 空心 留守 偏远 城郊 近郊 沿边 易地 搬迁 合并 行政 自然 后进".split())
_CREATED_BEFORE = re.compile(r"(?:新建|建成|创建|新增|认定|命名|获批|拥有|建设)$")
_VILLAGE_KIND_FIRST = frozenset("已未被各所相附周部沿受文贫脱重先后达不非")
_TOWNSHIP_NOTICE = re.compile(r"(?:全镇|全乡|我镇|我乡|本镇|本乡)")
_VILLAGE_ACTS = re.compile(r"(?:新建|新发展|新增|完成|建成|实现|达到|有|现有|通组|村级|集体)")
_VILLAGE_LEADS = frozenset({"走进", "来到", "位于", "地处", "前往", "深入", "走访", "探访", "该镇", "该乡", "其中"})
VILLAGE_GENERIC = {
    "示范", "重点", "特色", "美丽", "和美", "传统", "文明", "贫困", "脱贫", "行政", "自然", "试点", "中心", "城中",
    "全", "各", "每", "该", "本", "一", "城乡", "农村", "城镇", "小城", "乡", "村", "镇", "强", "产业",
    "驻", "进", "入", "到", "下",  # 驻村工作队, 进村入户, 送医下乡: a verb before 村/乡, no village
}
PROPERTY_SUFFIXES = frozenset({"地产", "置业", "置地"})
PROPERTY_KINDS = frozenset(
    "养老 文旅 康养 旅游 度假 住宅 商业 工业 产业 物流 文化 健康 教育 科技 刚需 改善 首次 二次 异地 返乡 投资 海外 本地 城市 乡村".split()
)
# firms named by how the text treats them (西部鑫兴等7家企业, 新易盛跌逾4%): their four-character
# and longer names are the same firm wherever they recur in the notice
RECURRING_NAME_RULES = frozenset(RULE.format(kind, "firm") for kind in ("context", "stock_move"))
# …、翔鹭钨业等多股涨停: the context names listed stocks (not 等12个项目, whose names are projects)
PROJECTS_LISTED_AFTER = re.compile(f"[{CJK}、]{{0,30}}?等(?:\\d+|[多数几两三四五六七八九十]+)?[个项]?(?:重点|重大)?(?:项目|工程)")
# （港台图片）, （新华社资料图片）: the agency a photo is credited to, named even in boilerplate
# (an agency's name, or one ending like a news outlet's: 大河网, 中新社; not 通讯员, 受访单位, 记者李贺摄)
RAILWAY_BUREAU = re.compile(f"(?<!中)国铁(?!路|集团)(?:(?![及和与各])[{CJK}]){{2,4}}?局(?:集团(?:有限)?公司)?")  # not 中国铁路成都局集团有限公司
PHOTO_CREDIT = re.compile(f"[（(]([{CJK}]{{2,6}}?)(?:资料)?(?:图片|供图)[）)]")
CREDIT_NAME = re.compile(f"(?!本)[{CJK}]+(?:社|网|台|报|传媒|新闻|视觉|图库)")  # not 本报, 本网
CREDIT_RULE = RULE.format("credit", "organization")
SOURCE_LINE = re.compile(
    f"^\\s*(?:来源|稿源|转载自)[:：]\\s*([{CJK}]{{2,12}})(?=\\s*$|\\s+(?:发布|时间|日期|作者|编辑|浏览|点击|字号))", re.MULTILINE
)  # 来源：宁夏日报; 来源：西安高新区管委会　发布时间：…
MEDIA = ("日报", "时报", "晚报", "商报", "电视台", "广播电视台", "电台")
_SAR_BUREAU = re.compile(f"[{CJK}]{{1,6}}?(?:局|署|处|办公室|委员会|基金会)(?![{CJK}]{{0,1}}(?:长|局长))")
SUBUNIT_RE = re.compile(
    f"[{CJK}]{{2,4}}?(?:处|科|(?<![公上])司(?!长|机|法|令|职))(?![理于置罚分在以])"
    f"|(?<=统计局)[{CJK}]{{2,4}}?调查总?队"  # 国家统计局桐溪调查队
    f"|(?:[{CJK}]{{2,3}}(?:省|市|自治区)?)(?:分局|监管局|中心支行)(?![{CJK}]{{0,1}}(?:长|局长))"  # 国家外汇管理局浙江省分局
)
PAREN_PLACE_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]$")
PAREN_PLACE_INSIDE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,6})[)）][\u4e00-\u9fff]{2,8}$")
LEVEL_START = re.compile("(?:自治区|省|市|县)[\u4e00-\u9fff]")
BRAND_RE = re.compile(
    "(?:^|(?<=[" + re.escape("".join(sorted(HARD_STOP - {" "}))) + f"]))([{CJK}]{{2,3}}?(汽车))"
    r"(?=(?:今年)?(?:\d{1,2}月(?:份)?|1[-—–]\d{1,2}月|上半年|前三季度|全年)?(?:交付|销量|销售|产量|累计交付|实现营业收入|营业收入|营收))"
)
_FILING_LEAD = re.compile(
    r"(?:(?:^|(?<=[。！？；\n]))\s*(?:[^，,。；;\n]{2,20}[，,])?|(?<=由))(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?=及(?:其)?(?:下属|控股|全资)?子公司|为(?:其)?(?:全资|控股)?子公司"
    r"|(?:\d{4}年)?(?:前三季度|上半年|第[一二三四]季度|[一二三四]季度|全年|年度)?(?:实现|录得)"
    r"(?:营业收入|营业总收入|营收|归母净利润|归属于上市公司股东的净利润|净利润)|(?:第一大股东|控股股东|实际控制人)"
    r"|发布(?:业绩预告|业绩快报|公告|年报|半年报|三季报)|预计\d{4}年[^，,。；;]{0,20}(?:净利润|营业收入)"
    r"|拟(?:以|通过)[^，。；]{0,8}(?:回购|减持|增持|转让)|通过集中竞价|以[\d.,]+[万亿]?元(?:竞得|摘得))"
)
_NOT_FIRM_FIRST = frozenset("公本该我其全各此上前今去每")
_NOT_IN_FIRM_NAME = re.compile(r"公司|集团|企业|行业|产业|工业|板块|部门|单位|股东|机构|季度|[年月]|累计|合计|共计")
CONTEXT_RE = re.compile(
    f"(?P<tail>等(?:\\d+|[一二三四五六七八九十百千两几多数]+)?(?:家|户|个|批|只)?[{CJK}]{{0,10}}?"
    "(?:企业|公司|项目|厂商|车企|药企|房企|央企|国企|民企|制造商|供应商|厂家|品牌|集团)"
    "|等(?:\\d+|[一二三四五六七八九十百千两几多数]+)(?:只)?(?:个股|股票|股))"
)


def _is_place_entry(entry: Entry | None) -> bool:
    return entry is not None and entry.type == "place"


def _recurring_stock(text: str, c: Cand) -> bool:
    """A firm named by its price moves, or listed before 等N家企业/等多股 (not 等N个项目: projects), of four or more characters."""
    if c.rule not in RECURRING_NAME_RULES or len(c.canonical) < 4:
        return False
    return c.rule != RULE.format("context", "firm") or PROJECTS_LISTED_AFTER.match(text, c.end) is None


def _name_before(text: str, end: int, longest: int, lead: re.Pattern) -> tuple[int, int]:
    """The clause stretch of at most ``longest`` characters before ``end``, and where a name in
    it starts once ``lead`` (板块内, 持有的 …) is passed."""
    start = end
    while start > 0 and end - start < longest and text[start - 1] not in HARD_STOP:
        start -= 1
    found = lead.match(text, start, end)
    return start, found.end() if found else start


def _opens_firm_name(c: Cand, start: int, end: int) -> bool:
    """云南锗业 in ``…、云南锗业等多股``: a place opening a listed item names the firm, not the place."""
    return c.type == "place" and c.start == start and c.end <= end - 2


def _short_place(c: Cand) -> str:
    """商洛市 -> 商洛 for park names; a named region stays as it is."""
    gaz = get_gazetteer()
    if c.code:
        div = gaz.division(c.code)
        if div is not None:
            short = short_division_name(div)
            if short:
                return short
    name = c.canonical
    return name


_STATE_OWNED = r"(?:市属|省属|区属|县属|中央)(?:国企|国有企业)"
_FOREIGN_OWNED = r"(?:德资|外资|港资|台资|美资|日资|韩资|欧资|合资|独资)企业"
FIRM_KINDS = "(?:区内|园区|入驻|辖区|龙头|骨干|链主|重点)企业"  # 园区企业杭州宇树科技有限公司: what kind of firm, not its name
OWNERSHIP_WORDS = rf"{_STATE_OWNED}|央企|国企|民企|{_FOREIGN_OWNED}"  # 市属国企, 外资企业: who owns a firm, not its name
_KIN_WORD = re.compile(
    rf"(?:子公司|孙公司|母公司|旗下|下属|所属|关联方|关联人|{_STATE_OWNED}|(?<![\u4e00-\u9fff])(?:国企|央企|民企|民营企业)"
    rf"|{_FOREIGN_OWNED}|{FIRM_KINDS})"
    r"(?=[\u4e00-\u9fff])"
)  # not the 国企 of 中国企业, 德国企业
_KIN_PREFIX = re.compile(rf"(?:其|公司|旗下|下属)?(?:全资|控股|参股)?(?:子公司|孙公司|母公司)|{OWNERSHIP_WORDS}")


def _without_kin_prefix(text: str, cand: Cand) -> Cand | None:
    """子公司合肥星衡精密传动有限公司 -> 合肥星衡精密传动有限公司: the relation is not part of the name."""
    kin = _KIN_PREFIX.match(text, cand.start, cand.end)
    if kin is None:
        return cand
    start = kin.end()
    if cand.end - start < 4:
        return None
    return _starting_at(text, cand, start)


def _starting_at(text: str, cand: Cand, start: int) -> Cand:
    """The candidate cut to begin at ``start``; a canonical name other than its own text is kept."""
    return replace(cand, start=start, canonical=text[start:cand.end] if cand.canonical == text[cand.start:cand.end] else cand.canonical)


_FOREIGN_COUNTRIES = frozenset(
    "美国 日本 德国 法国 英国 韩国 新加坡 意大利 荷兰 瑞士 瑞典 丹麦 芬兰 挪威 比利时 奥地利 西班牙 葡萄牙 加拿大 澳大利亚 "
    "新西兰 以色列 印度 俄罗斯 泰国 马来西亚 印度尼西亚 印尼 越南 菲律宾 巴西 墨西哥 阿联酋 沙特 沙特阿拉伯 卢森堡 爱尔兰".split()
)


def _without_country(text: str, cand: Cand | None, gaz) -> Cand | None:
    """德国克莱恩伯格集团 -> 德国 + 克莱恩伯格集团: a foreign country before a firm's name says where it is from."""
    if cand is None:
        return None
    hit = gaz.match_at(text, cand.start, cand.end)
    if hit is None or hit[1].type != "place" or hit[1].canonical not in _FOREIGN_COUNTRIES:
        return cand
    start = hit[0]
    if cand.end - start < 4 or text[start] in "（(":
        return cand
    from extractor.nlp import quick_tag

    head = LEGAL.sub("", text[start:cand.end])
    if not any(flag in ("un", "nz", "nr", "nrt", "nrfg", "eng") for _, flag in quick_tag(head)):
        return cand  # 英国石油公司, 德国电信公司: no name of its own after the country
    return _starting_at(text, cand, start)


def _without_county_before_city(text: str, cand: Cand | None, gaz) -> Cand | None:
    """舒城县六安青岚油茶科技有限公司 -> 舒城县 + 六安青岚油茶科技有限公司: a county before its own city's name
    says where the firm works; no registered name runs county, then city."""
    if cand is None:
        return None
    county = gaz.match_at(text, cand.start, cand.end)
    city = gaz.match_at(text, county[0], cand.end) if county is not None and county[1].type == "place" else None
    if city is None or city[1].type != "place" or cand.end - county[0] < 6:
        return cand
    inner, outer = county[1].entity_id.removeprefix("place:"), city[1].entity_id.removeprefix("place:")
    if not (len(inner) == len(outer) == 6 and inner.isdigit() and outer.isdigit()):
        return cand
    if inner[4:] == "00" or outer[4:] != "00" or outer[2:4] == "00" or inner[:4] != outer[:4]:
        return cand
    return _starting_at(text, cand, county[0])


# --- resolution ----------------------------------------------------------------
_GENERIC_ALIASES = frozenset("公司 本公司 该公司 集团 本集团 上市公司 本行 我行 银行 基金 本基金 计划 本计划".split())
_SELF_REFERENCE_HEAD = re.compile(r"[对向由于为与在]?[本该其我]")
_SELF_NAMED_AFTER = re.compile(r"[（(]\s*[“\"「『](?:本公司|公司|本集团)[”\"」』]")
_ALONE_ON_LINE = re.compile(r"[ \t　]*(?:\n|$)")  # the firm's name on its own line, heading its announcement
ABBREV_RE = re.compile(
    r"[（(]\s*(?:以下)?简称(?:为)?\s*[“\"「『]?([^”\"」』）)，,或、]{2,12})[”\"」』]?"
    r"(?:\s*[或、]\s*[“\"「『][^”\"」』）)]{2,12}[”\"」』])*(?:\s*[，,；;][^（(）)]{0,30})?\s*[）)]"
)  # （以下简称“星衡智能”，证券代码：688537）, （以下简称“发行人”或“湘江新岸集团”）
_MORE_ALIASES = re.compile(r"[或、]\s*[“\"「『]([^”\"」』）)]{2,12})[”\"」』]")


def _without_leading_function_word(text: str, cand: Cand, gaz) -> Cand:
    """受市人民政府委托, 为华岳证券股份有限公司, 现将泰山景区: the word before the name is no part of it;
    选派骨干赴湘雅医院: nor the clause that goes there."""
    went = _WENT_TO.search(text, cand.start, cand.end)
    if went is not None and cand.rule.startswith("entities.pattern.") and cand.end - went.end() >= 4:
        canonical = cand.canonical[went.end() - cand.start:] if cand.canonical.startswith(text[cand.start:went.end()]) else cand.canonical
        cand = replace(cand, start=went.end(), canonical=canonical)
    lead = _LEADING_FUNCTION.match(text, cand.start, cand.end)
    if lead is None or not cand.rule.startswith("entities.pattern.") or cand.end - lead.end() < 3:
        return cand
    rest = text[lead.end():cand.end]
    place = gaz.match_at(text, lead.end(), cand.end)
    if lead.group(0) == "对" and not (rest[0] in "省市县区" or (place is not None and place[1].type == "place")):
        return cand  # (对 may open a name: 对外经济贸易大学; the others open none)
    if lead.group(0) == "从" and (own := gaz.match_at(text, cand.start, cand.end)) is not None and own[1].type == "place":
        return cand  # 从化区, 从江县: a place that opens with 从 (but 记者从星衡智能科技有限公司获悉)
    canonical = cand.canonical[lead.end() - cand.start:] if cand.canonical.startswith(text[cand.start:lead.end()]) else cand.canonical
    return replace(cand, start=lead.end(), canonical=canonical)


_TOWNS_AND_SUBDISTRICTS = re.compile(f"[{CJK}]{{2}}(?:镇|乡|街道)(?:[、和及与][{CJK}]{{2}}(?:镇|乡|街道)){{2,}}")
_TOWN_OR_SUBDISTRICT = re.compile(f"([{CJK}]{{2}})(?:镇|乡|街道)")
_TOWN_VALUE = f"([{CJK}]{{2}}[镇乡])[{CJK}]{{0,6}}?\\d[\\d.,]*[万亿]?[{CJK}]{{1,2}}"  # 河田镇完成造林2150亩: the town, then its value
_TOWNS_WITH_VALUES = re.compile(f"(?:^|(?<=[，,；;：:\\n]))(?:{_TOWN_VALUE}[，,；;])+{_TOWN_VALUE}(?=[，,；;。])")
_TOWN_VALUE_ITEM = re.compile(_TOWN_VALUE)
_TOWN_LIST = re.compile(f"[{CJK}]{{2}}([镇乡])(?:[、和及与][{CJK}]{{2}}\\1)+")
_TOWN_ITEM = re.compile(f"[{CJK}]{{2}}[镇乡]")
_TOWN_SIBLING_AFTER = {suffix: re.compile(f"[、和及与][{CJK}]{{2,3}}{suffix}") for suffix in ("镇", "乡")}
_TOWN_SIBLING_BEFORE = {suffix: re.compile(f"(?:^|[、，；。：\\n（(])[{CJK}]{{2,3}}{suffix}[、和及与]$") for suffix in ("镇", "乡")}
_LISTED_AFTER = re.compile(r"[\d.,]+[万亿]?[\u4e00-\u9fff]{1,2}[、，；。]")
_FIRM_COLUMN = re.compile(
    r"(?:被抽样|被抽检|被检查|受检|标称)(?:单位|经营者|企业|生产企业|生产者)(?:名称)?"
    r"|(?:经营者|企业|生产者|生产企业|生产单位|经营单位|商户|店铺|当事人)名称"
)
_BARE_FIRM_COLUMN = re.compile(r"(?:运营|网约车|共享单车|平台)?企业|(?:网约车)?平台")  # | 企业 | 投放车辆(万辆) |
_COMPANY_COLUMN = re.compile(r"公司|公司名称|股票名称|证券简称")  # | 公司 | 现价(元) | 目标价(元) |: a report's firms
_NOT_NAMED_FIRM_CELL = re.compile(  # 规上工业, 微信公众号, 同比增长, 上市公司: kinds, channels and rows, not names
    r"(?:工业|商贸|公众号|微博|小程序|网|增长|下降|企业|平均|合计|小计|总计|控股|投资)$|^(?:上市|其他|子|母)公司$"
    r"|^(?:规上|限上|规模以上|同比|环比|其他|其中)|某"
)
_FIRM_CELL = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")
_NOT_FIRM_CELL = re.compile(  # 某县教育局, 城关镇中心小学: a body, a school or a place, not a firm
    r"(?:局|委员会|委|厅|办公室|政府|学校|小学|中学|大学|学院|幼儿园|院|中心|协会|学会|会|部|馆|台|监狱|单位|企业"
    r"|村委会|居委会|社区|街道|镇|乡|村|县|市|区|所|站|队)$|某")  # …人民法院, 市档案馆, 事业单位, 司马某某
_TABLE_LINE = re.compile(r"^\|.*\|[ \t]*$", re.M)


def _firm_column_cells(text: str) -> list[tuple[int, int]]:
    """The cells under a table's firm column (被抽样单位名称, 经营者名称): whole names of shops and firms that no
    suffix pattern may know (盛丰菜档, 好客来酒家)."""
    return _column_cells(text, _FIRM_COLUMN, _FIRM_CELL, _NOT_FIRM_CELL)


_TOWN_COLUMN = re.compile(r"(?:所在|所属)?(?:街道|镇街|乡镇|镇|乡镇（街道）|镇（街道）)(?:名称)?")
_TOWN_CELL = re.compile(r"[\u4e00-\u9fff]{2,5}(?:街道|镇|乡)")


def _column_cells(text: str, header: re.Pattern, cell: re.Pattern, exclude: re.Pattern | None = None) -> list[tuple[int, int]]:
    """The cells of the table column whose header ``header`` matches, each a whole ``cell``."""
    out: list[tuple[int, int]] = []
    column, previous_end = None, -2
    for line in _TABLE_LINE.finditer(text):
        cells = [(m.start(1), m.end(1)) for m in re.finditer(r"\|\s*([^|]*?)\s*(?=\|)", text[line.start():line.end()])]
        cells = [(line.start() + a, line.start() + b) for a, b in cells]
        if line.start() != previous_end + 1:
            column = None  # a new table
        previous_end = line.end()
        names = [text[a:b].replace(" ", "") for a, b in cells]
        if column is None:
            column = next((i for i, name in enumerate(names) if header.fullmatch(name)), None)
            continue
        if column < len(cells):
            start, end = cells[column]
            if (cell.fullmatch(text, start, end) and not text.endswith(("合计", "总计"), start, end)
                    and not (exclude is not None and exclude.search(text[start:end]))):
                out.append((start, end))
    return out


_NEW_SCHOOL_LEAD = re.compile(r"(?:新建|改扩建|扩建|新投用|投用|新增|新开办|新开|在建|拟建|续建)(?:的)?(?:公办|民办|普惠性?)?(?:中学|小学|幼儿园)")
_SCHOOL_KIND = re.compile(
    r"新建|改扩建|扩建|新开办|普惠|义务教育|普通|高等|山区|贫困|受捐|受助|公办|民办|寄宿|中小|各类|示范|省内|市内|区内|县内|农村|乡村|城区"
    r"|薄弱|特殊教育|职业|培训|驾驶|技工|优质|相关|其他|所属|辖区|全日制|[等各该本其]")
_SHOP_SUFFIXES = frozenset({"店", "经营部", "商行", "门市部"})
_REGISTERED_SHOP = re.compile(r"[\u4e00-\u9fff]{2,4}[市州]?[\u4e00-\u9fff]{1,4}[区县市旗](?!级)[\u4e00-\u9fff]{2,10}(?<!酒)(?:店|经营部|商行|门市部)")
_WENT_TO = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:赴|前往|来到|走进)")
SECURITIES_LEAD = r"(?:证券|股票|A股|H股|(?:(?<=代码：\d{6})|(?<=代码：\d{6}\s))公司)简称[：:]\s*"  # 证券代码：605497 证券简称：澄远新材
SECURITIES_NAME = re.compile(SECURITIES_LEAD + r"(\*?(?:ST)?[\u4e00-\u9fffA-Z]{2,8}?)(?=[\s，,。；;)）]|公告|$)", re.M)
_LEADING_FUNCTION = re.compile(
    r"(?:(?:该|本)?(?:项目|工程|活动|平台|基地))?(?:现将|交由|交给|受|为|由|被|据|对|占|从)"  # 项目由…公司投资
    r"|(?:其)?(?:(?:一致)?行动人|控股股东|实际控制人|全资子公司|控股子公司|子公司|关联方)")  # 其一致行动人常州…有限公司: a role, then the firm


def resolve(text: str, cands: list[Cand]) -> tuple[Mention, ...]:
    gaz = get_gazetteer()
    cands = [_without_leading_function_word(text, c, gaz) for c in cands]
    cands = _with_park_prefix(text, cands)
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), -c.priority))
    kept: list[Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    # 以下简称“X”: X names the entity right before the parenthesis
    extra = []
    for m in ABBREV_RE.finditer(text):
        owner = next((c for c in reversed(kept) if c.end <= m.start() and m.start() - c.end <= 1), None)
        if owner is None:
            continue
        for alias in (m.group(1), *_MORE_ALIASES.findall(text, m.end(1), m.end())):
            alias = _SPACES.sub("", alias)  # （以下简称“淮⏎澄农商银行”）: a line broken inside the name
            if alias in _GENERIC_ALIASES:
                continue  # （以下简称"公司"）: the word, not a name to find elsewhere (子公司)
            extra.extend(_occurrences(text, alias, owner, kept, "alias"))
            _relink(text, alias, owner, kept, "alias")  # 淮澄农商银行 found on its own elsewhere: the firm the alias names
    # a listed firm named once with its stock code, or a brand, is the same firm wherever its name recurs
    for c in list(kept):
        if c.type == "firm" and ((c.rule == RULE.format("stock_code", "firm") and len(c.canonical) >= 3)
                                 or c.rule == RULE.format("brand", "firm") or _recurring_stock(text, c)):
            extra.extend(_occurrences(text, c.canonical, c, kept + extra, "repeat"))
    # a place known only from its own body's name (桐溪县统计局) is that place wherever else it is named
    for c in list(kept):
        if c.rule == RULE.format("pattern", "government_unknown_place"):
            place = re.match(r"^[\u4e00-\u9fff]{2,3}[市县区旗州]", c.canonical)
            if place:
                owner = Cand(c.start, c.start + len(place.group(0)), "place", place.group(0), RULE.format("pattern", "place"))
                extra.extend(_occurrences(text, place.group(0), owner, kept + extra, "learned"))
    # short forms of firms: 宁夏金晶科技有限公司 -> 金晶科技; 嘉汇置业控股有限公司 -> 嘉汇置业, named in the headline too
    for c in list(kept):
        if c.type == "firm" and LEGAL.search(c.canonical):
            for alias in _firm_aliases(c.canonical, gaz):
                extra.extend(_occurrences(text, alias, c, kept + extra, "short"))
                _relink(text, alias, c, kept)
    # short forms of a court or procuratorate: 成都市武侯区人民法院 -> 武侯法院, 武侯区法院
    for c in list(kept):
        court = _COURT.search(c.canonical) if c.type == "government" else None
        if court is not None:
            for alias in (court.group(1) + court.group(3), court.group(1) + court.group(2) + court.group(3)):
                extra.extend(_occurrences(text, alias, c, kept + extra, "short"))
    if extra:
        merged = sorted(kept + extra, key=lambda c: (c.start, -(c.end - c.start)))
        kept, last_end = [], -1
        for c in merged:
            if c.start >= last_end:
                kept.append(c)
                last_end = c.end
    kept = _with_self_references(text, kept)
    kept = _with_new_area_place(text, kept)
    province, city = _document_divisions(kept, gaz)
    kept = _drop_unsupported_counties(text, kept, gaz)
    mentions = []
    for c in kept:
        canonical = c.canonical
        eid = c.entity_id
        if c.abbrev:
            body = canonical[len(c.abbrev):]
            if c.abbrev == "省" and province is not None and province.name.endswith("省"):
                canonical = province.name + body
            elif c.abbrev == "自治区" and province is not None and province.name.endswith("自治区"):
                canonical = province.name + body
            elif c.abbrev == "市" and city is not None:
                canonical = city.name + body
        if c.type == "park" and canonical in _BARE_PARKS:
            canonical, eid = _bare_park_named(canonical, kept, city)
        if not eid:
            eid = stable_id(c.type, canonical)
        mentions.append(Mention(text[c.start:c.end], (c.start, c.end), c.type, canonical, c.rule, eid))
    return tuple(mentions)


def _bare_park_named(bare: str, kept: list[Cand], city) -> tuple[str, str]:
    """经开区 in a notice that names 长沙经济技术开发区 is that park; else the city's (长沙 + 经济技术开发区)."""
    full = PARK_EXPAND[bare]
    named = {(c.canonical, c.entity_id) for c in kept if c.type == "park" and c.canonical.endswith(full)}
    if len(named) == 1:
        return named.pop()
    if not named and city is not None and (short := short_division_name(city)):
        return short + full, ""
    return bare, ""


_REGISTERED_PARK_ENDS = ("保税港区", "保税区", "工业园区", "开发区")  # full names a firm registers under (not 高新区, 新区: where it is)


def _with_park_prefix(text: str, cands: list[Cand]) -> list[Cand]:
    """宁波梅山保税港区 + 泓信股权投资合伙企业（有限合伙）: a firm registered in a park carries the park in its name."""
    parks = {c.end: c for c in cands if c.type == "park" and text[c.start:c.end].endswith(_REGISTERED_PARK_ENDS)}
    return [replace(c, start=park.start, canonical=text[park.start:c.start] + c.canonical)
            if c.type == "firm" and LEGAL.search(c.canonical) and (park := parks.get(c.start)) is not None else c
            for c in cands]


_COURT = re.compile(r"(?:^|[省市州盟])([\u4e00-\u9fff]{2,3}?)(区|县|市)人民(法院|检察院)$")
NATIONAL_PARENTS = ("国家税务总局", "国家统计局", "国家外汇管理局", "国家金融监督管理总局", "国家邮政局")
_DISTRICT_NEW_AREAS = frozenset({"浦东新区", "滨海新区"})  # districts of their city: 上海 + 浦东新区 stay two


def _with_new_area_place(text: str, kept: list[Cand]) -> list[Cand]:
    """湖南 + 湘江新区, 宜宾 + 三江新区: a new area is named with its province or city, one park; 国家税务总局 +
    青岛市税务局: a national body's local office, one body."""
    out: list[Cand] = []
    for c in kept:
        before = out[-1] if out else None
        if (before is not None and before.type == "government" and c.type == "government" and before.end == c.start
                and text[before.start:before.end] in NATIONAL_PARENTS):
            out[-1] = Cand(before.start, c.end, "government", text[before.start:c.end], RULE.format("pattern", "government"),
                           priority=1, code=c.code)
            continue
        if (before is not None and before.type == "place" and before.code and c.type == "park" and before.end == c.start
                and c.canonical.endswith("新区") and not c.canonical.startswith(text[before.start:before.end])
                and c.canonical not in _DISTRICT_NEW_AREAS):
            name = text[before.start:c.end]
            out[-1] = Cand(before.start, c.end, "park", name, RULE.format("pattern", "park"), priority=1)
            continue
        out.append(c)
    return out


# 本会, 本处, 我校: a body speaking of itself, by the last word of its own name
_SELF_WORD = re.compile(
    r"(?<![基成资根版日样原文剧标书课账脚范蓝])(?:本(?:会(?![计议员])|处(?![理罚])|院(?!士)|中心(?![城区])|所(?![得在属有占])|馆)"
    r"|我(?:处|院|校|馆|中心))"
)  # not 本局, 本委: a penalty decision's 本局 acts on the party the figures are about; not 基本处于, 成本所占
_SELF_REFERENT = {"会": re.compile(r"(?:慈善总会|慈善会|协会|商会|学会|基金会|联合会|促进会|红十字会|工会|委员会)$"),
                  "处": re.compile(r"处$"),
                  "院": re.compile(r"(?:法院|检察院|医院|研究院|设计院|科学院|学院|博物院)$"),
                  "中心": re.compile(r"中心$"), "所": re.compile(r"(?:交易所|研究所|事务所)$"), "馆": re.compile(r"馆$"),
                  "校": re.compile(r"(?:大学|学院|学校|中学|小学)$")}


SELF_REFERENCE_RULE = "entities.self."  # the prefix of RULE.format("self", type)


def _with_self_references(text: str, kept: list[Cand]) -> list[Cand]:
    """温州市慈善总会……本会共接收捐赠款: 本会 names the body last named with that ending."""
    extra = []
    for match in _SELF_WORD.finditer(text):
        if any(c.start < match.end() and match.start() < c.end for c in kept):
            continue
        ending = _SELF_REFERENT[match.group(0)[1:]]
        owner = next((c for c in reversed(kept) if c.end <= match.start() and c.type in ("government", "organization")
                      and ending.search(c.canonical)), None)
        if owner is not None:
            extra.append(Cand(match.start(), match.end(), owner.type, owner.canonical, RULE.format("self", owner.type),
                              owner.entity_id, owner.code, priority=3))
    return sorted(kept + extra, key=lambda c: (c.start, -(c.end - c.start))) if extra else kept


_SPACES = re.compile(r"\s+")


def _relink(text: str, alias: str, owner: Cand, kept: list[Cand], how: str = "") -> None:
    """Candidates of the owner's type whose text is the alias become the owner's entity (``how``: their new rule)."""
    for index, other in enumerate(kept):
        if other is not owner and other.type == owner.type and text[other.start:other.end] == alias:
            kept[index] = Cand(other.start, other.end, owner.type, owner.canonical, RULE.format(how, owner.type) if how else other.rule,
                               owner.entity_id, owner.code, other.priority)


def _occurrences(text: str, alias: str, owner: Cand, kept: list[Cand], how: str) -> list[Cand]:
    out = []
    start = 0
    while True:
        i = text.find(alias, start)
        if i < 0:
            break
        start = i + 1
        j = i + len(alias)
        if any(c.start <= i and j <= c.end for c in kept):
            continue
        out.append(Cand(i, j, owner.type, owner.canonical, RULE.format(how, owner.type), owner.entity_id, owner.code,
                        priority=3))
    return out


def _firm_aliases(name: str, gaz) -> list[str]:
    core = LEGAL.sub("", name)
    hit = gaz.match_at(core, 0)
    if hit is not None and hit[1].type == "place" and len(core) - hit[0] >= 3:
        core = core[hit[0]:]
    core = re.sub(r"^[（(][^）)]*[）)]|[（(][^）)]*[）)]$", "", core)  # 晟芯微电子（芜湖）
    out = []
    if len(core) >= 4 and core != name:
        out.append(core)
    shorter = LEGAL.sub("", core)  # 嘉汇置业控股 -> 嘉汇置业, but not 文化产业控股 -> 文化产业
    if len(shorter) >= 4 and shorter != core and _has_name_word(shorter):
        out.append(shorter)
    trade = INDUSTRY.sub("", core)  # 瑞驰新能源科技 -> 瑞驰新能源 (瑞驰新能源项目)
    if len(trade) >= 4 and trade not in (core, shorter) and _has_name_word(trade):
        out.append(trade)
    for long, short in _ABBREVIATED_TRADES:  # 东衡证券资产管理 -> 东衡资管, 东衡证券资管
        if core.endswith(long) and len(core) - len(long) >= 2:
            out.extend(alias for alias in (core[:2] + short, core[:-len(long)] + short) if alias not in out and len(alias) >= 4)
    return out


_ABBREVIATED_TRADES = (("资产管理", "资管"), ("创业投资", "创投"), ("融资租赁", "租赁"), ("私募基金管理", "私募"))


_SUBDISTRICT_KINDS = frozenset({"乡镇", "城乡", "社区", "辖区", "城市", "市区", "县城", "农村", "镇村", "基层", "城区", "街镇", "村居", "各级", "所在"}) | STOP_WORDS | GENERIC_HEADS


def _is_name_word(word: str, flag: str) -> bool:
    """One short word no dictionary knows, or a place or proper word (云泽, 桐溪): what names a park or a place."""
    return (2 <= len(word) <= 3 and flag in ("un", "ns", "nz") and word not in STOP_WORDS and word not in GENERIC_HEADS
            and not _ENUMERATOR.fullmatch(word))


_ENUMERATOR = re.compile(r"[一二三四五六七八九十]是")  # 三是区教育局…: the third point, then the bureau


def _has_name_word(phrase: str) -> bool:
    from extractor.nlp import quick_tag

    return any(flag in PROPER_FLAGS for _, flag in quick_tag(phrase))


def _drop_unsupported_counties(text: str, kept: list[Cand], gaz) -> list[Cand]:
    """A county's short form (商南 for 商南县) stands only when the document also names
    something else in its province (商洛, 陕西): 江山 (江山市) in 占据了大半江山 does not."""
    support: Counter = Counter()
    for c in kept:
        if c.code and not (c.code[4:] != "00" and text[c.start:c.end] != c.canonical):
            support[c.code[:2]] += 1
    out = []
    for c in kept:
        short_county = c.type == "place" and c.code and c.code[4:] != "00" and text[c.start:c.end] != c.canonical
        if short_county and not support[c.code[:2]] and not _listed_with_places(text, c, kept):
            continue
        if c.type == "place" and text[c.start:c.end] in _WORD_LIKE_COUNTIES and not any(
                other.code[:2] == c.code[:2] and text[other.start:other.end] not in _WORD_LIKE_COUNTIES for other in kept if other.code):
            continue  # 新建区亩均投入 (a newly built area), not 南昌市新建区, where nothing else names 江西
        if short_county and c.start and text[c.start - 1] in SURNAMES and not _PLACE_CONTEXT.match(text, c.end) and not any(
                other.end == c.start and other.type == "place" for other in kept):
            continue  # 李克东 is a person, not 克东县 (unless it follows a place)
        out.append(c)
    return out


_WORD_LIKE_COUNTIES = frozenset({"新建区", "新区", "城区", "矿区", "郊区"})  # full names that are also plain words
_PLACE_CONTEXT = re.compile(r"[县市区镇乡村州]|地区")
_LIST_JOINS = ("、", "和", "及", "与")


def _listed_with_places(text: str, c: Cand, kept: list[Cand]) -> bool:
    """重庆、武汉、广州、义乌等地: a short county name in a list of places is a place."""
    if text.startswith(("等地", "等城市", "等市"), c.end):
        return True
    return any(
        other.type == "place" and other is not c and other.code
        and (text[other.end:c.start] in _LIST_JOINS or text[c.end:other.start] in _LIST_JOINS)
        for other in kept
    )


def _document_divisions(kept: list[Cand], gaz):
    """The document's province and prefecture city: the most mentioned ones."""
    provinces: Counter = Counter()
    cities: Counter = Counter()
    for c in kept:
        if c.type != "place" or not c.code or c.code[:2] in ("81", "82", "71"):
            continue
        provinces[c.code[:2] + "0000"] += 1
        if not c.code.endswith("0000"):
            cities[c.code[:4] + "00"] += 1
    province = gaz.division(provinces.most_common(1)[0][0]) if provinces else None
    city = None
    if cities:
        code = cities.most_common(1)[0][0]
        if province is None or code.startswith(province.code[:2]):
            city = gaz.division(code)
    return province, city


# --- spaCy components ----------------------------------------------------------
def _joined_place_bounds(text: str, starts: list[int], gaz) -> list[int]:
    """jieba keeps 广西南宁 as one word: the boundary between two division names inside it.
    ``starts``: the token starts in order (tokens cover the text)."""
    found = []
    long_words = [(start, end) for start, end in zip(starts, starts[1:] + [len(text)]) if 4 <= end - start <= 8]
    for start, end in long_words:
        word = text[start:end]
        for k in range(2, len(word) - 1):
            head, tail = gaz.get(word[:k]), gaz.get(word[k:])
            if head is not None and tail is not None and head.code and tail.code:
                found.append(start + k)
                break
    return found


@Language.factory(
    "gongwen_candidates",
    default_config={"context_firms": True, "suffix_patterns": True},
)
def make_candidates(nlp: Language, name: str, context_firms: bool, suffix_patterns: bool):
    finder = CandidateFinder(context_firms=context_firms, suffix_patterns=suffix_patterns)

    def component(doc: Doc) -> Doc:
        text = doc_text(doc)
        starts = doc.to_array("IDX").tolist() if len(doc) else []
        bounds = set(starts)
        bounds.add(len(text))
        bounds.update(_joined_place_bounds(text, starts, finder.gaz))
        doc._.gongwen_candidates = finder.find(text, bounds)
        return doc

    return component


@Language.factory(
    "gongwen_ner",
    default_config={"types": ["firm", "government", "organization"], "min_length": 2},
)
def make_ner(nlp: Language, name: str, types: list[str], min_length: int):
    """Adds spans of the CLUENER-trained model for sentences where the rules found none of its types."""
    from extractor.nlp import get_ner

    model = get_ner()
    wanted = set(types)

    def component(doc: Doc) -> Doc:
        if model is None:
            return doc
        cands = doc._.gongwen_candidates or []
        text = doc_text(doc)
        for s, e in _clauses(text):
            if any(c.start < e and s < c.end and c.type in wanted for c in cands):
                continue
            for ent in model(text[s:e]).ents:
                if ent.label_ in wanted and len(ent.text) >= min_length:
                    a, b = s + ent.start_char, s + ent.end_char
                    cands.append(Cand(a, b, ent.label_, ent.text, RULE.format("ner", ent.label_), priority=-1))
        doc._.gongwen_candidates = cands
        return doc

    return component


@Language.factory("gongwen_resolve", default_config={})
def make_resolve(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.gongwen_mentions = resolve(doc_text(doc), list(doc._.gongwen_candidates or []))
        return doc

    return component


def _clauses(text: str):
    start = 0
    for m in re.finditer(r"[。！？!?\n；;]", text):
        if m.end() - start > 1:
            yield start, m.end()
        start = m.end()
    if len(text) - start > 1:
        yield start, len(text)


def add_pipes(nlp: Language, use_model: bool = False) -> Language:
    nlp.add_pipe("gongwen_candidates")
    if use_model:
        nlp.add_pipe("gongwen_ner")
    nlp.add_pipe("gongwen_resolve")
    return nlp


def find_mentions(norm: NormalizedText, sentences: tuple[Sentence, ...] = ()) -> tuple[Mention, ...]:
    """Entity mentions in document order, boilerplate left out."""
    from extractor.nlp import parse

    if not norm.text:
        return ()
    doc = parse(norm.text)
    mentions = doc._.gongwen_mentions
    if not norm.boilerplate:
        return tuple(mentions)
    credits = {match.span(1) for match in PHOTO_CREDIT.finditer(norm.text)} if "图" in norm.text else set()
    credits.update(match.span(1) for match in SOURCE_LINE.finditer(norm.text))  # 来源：宁夏日报
    return tuple(m for m in mentions if m.span in credits or not norm.is_boilerplate(m.span))
