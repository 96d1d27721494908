"""Tables → figures and facts: each number cell measures its column for its row.

Tables reach this stage as lines of ``|``-separated cells: Markdown tables as written,
HTML tables as ``extractor.markup`` lays them out (a cell spanning columns repeated).
Header rows give each column its metric, unit (``1-11月（亿元）``) and period; the first
cell of a row names what the row is about (``采矿业``) or, in a table over years, its
period (``2016/17``). Cells the figures stage already read (``580万``, ``-3.33%``) keep
their figure; bare numbers (``1143083.8`` under ``（亿元）``) become figures here.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from extractor.figures import CONCENTRATION, GROWTH_LABEL, unit_kind
from extractor.gazetteer import get_gazetteer
from extractor.numbers import NumberParseError, parse_number
from extractor.records import Fact, Figure, Mention

Span = tuple[int, int]

CELL_RULE = "figures.table_cell.v1"
METRIC_RULE = "facts.table.metric.v1"
SUBJECT_RULE = "facts.table.row.v1"
TIME_RULE = "facts.table.period.v1"

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^|\n]*(?:\|[^|\n]*){2,}$", re.M)  # | a | b |, or a | b | c written bare
_SEPARATOR = re.compile(r"^:?-{3,}:?$")
_NUMBER = re.compile(r"^\(?([+\-−]?)([$＄]?)(\d[\d,]*(?:\.\d+)?)(万亿|万|亿)?([%％])?\)?(?=\s*(?:$|[（(]|[x×]\s))")  # (6,568.9): an amount in accounting brackets
_UNIT_IN_HEADER = re.compile(r"[（(]\s*([^()（）]{1,8}?|[^()（）]{1,12}/[^()（）]{1,10}?)\s*[)）]")
_STAGE = r"本次(?:变动|权益分派|回购注销|注销|解除限售|质押|解除质押|转增|发行)[前后]"  # a share-structure table's before and after
_HEADER_PERIOD = re.compile(
    r"(?:\d{4}年)?(?:春节|元旦|清明|五一|劳动节|端午|中秋国庆|国庆中秋|中秋|国庆)节?(?:假期|黄金周|小长假|长假)|"  # 2023年中秋国庆假期各区…
    r"^(?:本周|上一?周|1[-—–至~]本(?:月|期)(?:累计)?|本期|上一?期|本月|上月|年初至报告期末|本?报告期(?:末|内)?)|"  # (1-本月累计: year to date) a header opening on 本周 (本周均价 | 上周均价); not …转为本期亏损 in a note
    rf"^{_STAGE}|^本次变动(?=增减|转增|[（(]|$)|"  # 股本结构变动表: 本次变动前 | 本次变动 | 本次变动后
    r"(?:\d{4}年)?前[一二三1-3]季度|[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月(?:至(?:[〇○零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,3}月)?(?:份)?)?|"  # 2025年前三季度…; 二○二五年九月
    r"(?<!\d)(?:\d{4}年|(?:19|20)\d{2})(?:[-—–至/]\d{2,4}年?)?(?:度|届)?(?:\d{1,2}月?(?:[-—–至~]\d{1,2})?月(?:份|末|底|\d{1,2}日)?|第[一二三四1-4]季度?|[一二三四1-4]季度|上半年|下半年)?|\d{1,2}月?(?:[-—–至~]\d{1,2})?月(?:份|末|底)?|第?[一二三四1-4]季度|第[一二三四1-4]季|上半年|全年"
)
_DIVISIONS = re.compile(r"[省市县区州盟旗镇乡](?:[、，,][省市县区州盟旗镇乡])*")  # 各区、县（市）: kinds of place, not a unit
_MOVED_AMOUNT_HEADER = re.compile(r"(?:比|较)(?:年初|上年末?|去年末?|上月末?|上年同期|去年同期|同期)(?:(增加|多增|增长)|(减少|少增|下降))")
_IDENTIFIER_ROW = re.compile(r"(?:电话|邮编|编码|编号|代码|号码|证号|身份证)$")
_NOT_IN_ROW_UNIT = re.compile(r"人均|户均|均价|单价|平均|指数|排名|名次|位次|=100")  # 指数（上年同月=100） beside 亿元
_RATE_HEADER = re.compile(r"(?:占比|比重|比例|份额|增速|增幅|(?<![汇频功效速积])率)$")  # not 容积率 (a floor-area ratio)
_ROC_YEAR_CELL = re.compile(r"1[01]\d年度?")
_ROC_PERIOD_HEADER = re.compile(r"1[01]\d年(?:第[1-4一二三四]季|[1-4一二三四]季度?|\d{1,2}(?:[-—–至]\d{1,2})?月(?:底|末|份)?|[上下]半年)")  # 113年第2季
_ROC_YEAR_HEADER = re.compile(r"1[01]\d年度?(?!一遇|以[上下来内]|之|[内后前间])(?=[\u4e00-\u9fff]{2,}|$)")  # 113年来台人次; not 100年一遇
_THIS_PERIOD_WORD = re.compile(r"^(?:本年|本期|今年)(?:数|实际数|完成数|决算数|执行数)?$")  # 本年数 | 上年数: no measure of its own
_PULL_HEADER = re.compile(r"影响|拉动")
_BASIS_PERIOD = re.compile(r"(?:上年同期|去年同期|上年同月|去年同月|上年|去年)(?=(?:数|实际数|完成数|决算数|执行数)?$)")  # 上年数
_DAY_HEADER = re.compile(r"\d{1,2}日(?=(?:最高|最低|平均|日均)?(?:气温|降水|降雨|雨量|风力|收盘|开盘|成交|白天|夜间|早晨))")  # 3日最高气温; not 7日年化
# what a header line over the value columns holds: a period, a unit, a note in brackets, a group or a measure's short name
_VALUE_HEADER = re.compile(r"(?:\d{4}年(?:度|\d{1,2}月(?:底|末)?)?|[（(][^（）()]{1,8}[)）]|(?:人民币|港币)?(?:百万|千|万|亿)?(?:元|港元|美元|欧元|澳门元)"
                           r"|[\u4e00-\u9fff]{0,6}(?:变动|变幅|百分率|百分比|增减|同比|按年|按月|环比)[\u4e00-\u9fff]{0,4}(?:[（(]%[)）]|[（(][^（）()]{1,10}=100[)）])?"
                           r"|价值|数量|金额|%|[（(]%[)）])")  # 同比指数（上年同月=100）
_CAPTION_LIKE = re.compile(r"[：:]|单位|币种|表\d|^附?表[一二三四五六七八九十\d]*$")  # 附表 主要货币统计数字: a caption
_RANK_HEADER = re.compile(r"排名|序号|名次|排序")
_PARTY_HEADER = re.compile(r"(?:投资者|参与者|申购者|配售对象)(?:类别|类型|名称)?|(?:经营|市场)主体(?:名称)?|(?:企业|单位|机构|门店|商户|小区|楼盘)名称|企业|门店|商户|商场|店铺|商圈")
_CODE_HEADER = re.compile(r"批号|编号|编码|批次|代码|号码|单号")
_COUNTED_LABEL = re.compile(r"(?:数目|人数|数量|员工|雇员|僱员|人员|户数|家数|个数)$")
_BLANKET_UNIT = re.compile(r"(?:人民币|港币)?(?:百万|千|万|亿|万亿)?(?:元|港元|美元|欧元|澳门元|新台币元?)")  # not 户, 人次: a measure
_NAMED_WITH_DIGIT = re.compile(r"\d[A-Za-z][A-Za-z]?(?![A-Za-z])[\u4e00-\u9fff]")  # 5G基站, 4K电视
_GROUP_WORDS = re.compile(r"^(?:按年|按月|按季)|(?:变动|增减|变化)百分[率比]|^百分[率比]$")  # not 距平百分率
_GROUP_HEADER = re.compile(r"变动|百分率|增减|同比|按年|环比")
_MOVE_HEADER = re.compile(r"涨跌|增减|升降|变动|变化|(?<!预算)调整数")  # (决算 tables' 预算调整数: the adjusted budget)
_CURRENCY_NAMED = re.compile(r"币[种别][：:]\s*(美元|港币|港元|欧元|日元|澳门元)")
_CURRENCIES = {"美元": "美元", "港币": "港元", "港元": "港元", "欧元": "欧元", "日元": "日元", "澳门元": "澳门元"}
_CURRENCY_NOTE = re.compile(r"(?:币种|币别)[：:]?.*$")  # 单位：元币种：人民币
_UNIT_LIST_MARK = re.compile(r"[、，,]")
_TABLE_UNIT = re.compile(r"单位(?:为|是|：|:)\s*(?:年?利率|费率|税率)?((?:[百千]?[万亿]?(?:澳门|新台币|人民币)[百千]?[万亿]?元|[^，,。；;)）\s、]{1,4})(?:[、，,][^，,。；;)）\s、]{1,4})*)")  # （下表单位为亿元）, （单位：万辆、%）
_WORK_TITLE = re.compile(r"《[^《》]{1,30}》")
_CELL_BOUND = re.compile(r"\s*(?:([<＜≤>＞≥])\s*|[\[［](?=[\d.,]+[\]］]\s*$))")
_CHANGE_IN_LABEL = re.compile(r"(?<!自然)(?:(降低|下降|减少)|(?:提高|增长|上升|增加))(?:率|幅度)?(?:[（(][^()（）]*[)）])?$")
_BRACKETS_A_LOSS = re.compile(r"利润|收入|盈利|收益|营收|净额")
_BRACKETS_A_DEDUCTION = re.compile(r"成本|费用|开支|支出|损失|税|减值|折旧|摊销")
_CELL_LEAD = re.compile(r"\s*[<＜≤>＞≥\[［(（]?\s*")
_LABELED_VALUE = re.compile(r"(?:盈利|亏损|扭亏为盈|增长|下降|减少|增加)[：:][+\-−]?\d[\d,]*(?:\.\d+)?(?:%|[万亿]?元)")
_LABEL_LEAD = re.compile(rf"\s*(?:盈利|亏损|扭亏为盈|{GROWTH_LABEL})[：:]\s*")
_CELL_COMPARATORS = {"<": "<", "＜": "<", "≤": "<=", ">": ">", "＞": ">", "≥": ">="}
_BASIS_BEFORE_PERIOD = re.compile(r"(?<=[\u4e00-\u9fff])(?:比|较)(?=\d{4}年)")
_TERM_HEADER = re.compile(r"期限|年限|工期|周期|寿命|服务期|存续期|轮候时间|等候时间|时长")
_YEARS_CELL = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*年")
_PERCENT_NOTE = re.compile(r"[（(]([^()（）]{0,10}?)[，,、]\s*(?:百分比|%|％)[)）]$")
_GROWTH_CAPTION = re.compile(r"(?:增速|增长率|增幅|同比增长|增长情况|(?:按年|按月|按季|同比|环比)(?:实质)?(?:变动|增减|变化)(?:百分率)?)(?:[（(][^()（）]*[)）])?[：:]?$")
_RATE_COLUMN = re.compile(r"同比|环比|增长|增速|增幅|下降|占比|比重|率|%|％")
_ROW_PERIOD = re.compile(r"^(?:\d{4}(?:[/-]\d{2,4})?年?(?:度)?|\d{3,4}年\d{1,2}月|\d{4}年(?:\d{1,2}[—–\-~至]\d{1,2}月|前[一二三]季度|[一二三四]季度|上半年|下半年)|\d{1,2}月(?:份)?|\d{1,2}月?[—–\-~至]\d{1,2}月(?:份)?|(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                         r"|[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月)?(?:至[一二三四五六七八九十]{1,3}月)?)$")
_CHANGE_HEADER = re.compile(r"(?:比|较)(?:上年|去年|上月)(?:同期|同月)?(?:提高|上升|提升|±)$|(?:按年|按月|按季)(?:变动|变化|增减|变幅)?$|变幅$|(?<!预算)调整数$|年增率|成长率|同比增长|同比增减|比上年增长|增长|增减|增幅|涨跌幅?|升幅|跌幅|变动|变化|(?:累计)?(?:同比|环比)$")
_AMOUNT_CHANGE_HEADER = re.compile(r"(?:比|较)(?:上年|去年|上月|上季度?|年初|(?:第?[一二三四1-4])季度末?|\d{1,2}月(?:末|底)?)(?:同期|末|底)?(?:增减|增加|增长)(?:额|量|数)?$|^增减(?:额|量|数)?$|^本次变动(?![前后])")  # 较二季度增减（人）
_LEVEL_LABEL = re.compile(r"(?:省|市|县|区|州|盟|旗)本级|市县级?|县乡级?|乡镇级|县区级?")  # 省本级 | 1,925.8: that tier of government's
_FALL_HEADER = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年|上月)(?:同期|同月)?|按年|按月)(?:下降|减少|回落)$")
_COMPARED_HEADER = re.compile(r"(?:本年|本期|本报告期|年初至报告期末)?(?:与|较|比)(?:\d{4}年|上年|去年|多年平均|常年|历年同期)(?:同期)?(?:相比|增长|增减|变动|变化|偏多|偏高)?")


def _period_key(column) -> tuple[int, ...]:
    return tuple(int(number) for number in re.findall(r"\d+", column.period))


_BASIS_HEADER = re.compile(r"(?:上年|去年|上年同期|去年同期|同期|上期|上月|基期)(?:数|值)?")
_LABEL_HEADER = re.compile(r"(?:类别|分类|项目|指标|地区|区域|行业|类型|品种|门类)(?:名称)?|[\u4e00-\u9fff]{0,4}名称")  # 类别 | 环比, 股东名称 | …: the rows' names
_ROW_LEAD = re.compile(r"^(?:其中[：:]|#|[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])\s*")  # 一、活期存款
_YEAR_ONLY = re.compile(r"^(?:\d{4}\s*年?|1[01]\d年度?)$")  # 2024年, 113年 (a Republic of China year)
_DATED_PERIOD = re.compile(r"\d{4}\s*年?|1[01]\d年度?|\d{4}年\d{1,2}月(?:底|末)?")  # …, 2025年6月底
_SEQUENCE = re.compile(r"^\d{1,3}[.、]?$")
_CELL = re.compile(r"[^|]*\|")
_VALUE_START = re.compile(r"[+\-−]?[$＄]?\d")
_GROWTH_RATE_HEADER = re.compile(
    r"(?!.*(?:目标|计划|预期|预计|上年同期|去年同期))(?:同比|累计|比上年同期|比上年|比上月|较上年同期|较上年)?([\u4e00-\u9fffA-Za-z]{0,10}?)增速")
_TABLE_NUMBER = re.compile(r"^表(?:\s*\d{1,3}(?:[-.]\d+)?(?![\d年])|[一二三四五六七八九十]{1,2}(?=[\s\u4e00-\u9fff])(?![年月])|(?=\s*\d{4}年))\s*")  # 表1, 表2-3, 表一; 表　2025年…: a bare mark, 2025 no number
_SUBJECT_END = re.compile(r"最近|近\d|主要|的|营运|情况|财务|经济效益|指标|[（(：:，,]")
_NOT_A_SUBJECT = re.compile(r"^(?:以下|下表|附表|各|发布|来源|日期|时间|作者|编辑|[一二三四五六七八九十\d]+[、.．]|分|前)|如下|按|分布|构成|分类|排名|排行|全[市省县区国]|重点")  # 各区改造任务如下, 发布日期, 工单按类别分布: no one's name
_OPEN_BRACKET = re.compile(r"[（(]")
_CLAUSE_MARK = re.compile(r"[，,：:]")
_COUNTED_SCOPE = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)个(?:国家|地区|城市|省份|行业)")
_COUNTED_HEADER = re.compile(r"(人次|人数|户数|宗数|家数|企业数|次数|个数|项目数|小区数|单位数|学校数)$")
_IDENTIFIER_HEADER = re.compile(r"(?:电话|邮编|编码|编号|代码|号码|证号|站号|身份证|年份|排名|名次|序号|批次|期号|批号|单号)$")
_TOTAL_ROW = re.compile(r"(?:合计|总计|共计|总数|全部|总额)[：:]?")
_COUNTED_UNITS = {"人次": "人次", "人数": "人", "户数": "户", "宗数": "宗", "家数": "家", "企业数": "家", "次数": "次"}
_PER = re.compile(r"[/／]")
_UNIT_HEADERS = frozenset({"单位", "计量单位"})


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class _Column:
    metric: str
    period: str
    magnitude: Decimal
    kind: str
    unit: str
    change: bool
    blanket: bool = False  # the header is a unit alone (百万港元): every row's own unit wins over it
    falls: bool = False  # 同比下降（%）| 6.8: the column writes a fall as a positive number


@dataclass(frozen=True, slots=True)
class Table:
    span: Span
    caption: str
    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    columns: tuple[_Column, ...]  # one per cell of a row; the first (the row labels) unused
    lead: str = ""  # the prose just above: where a column's bare measure (栋数) is named whole


def find_tables(text: str) -> tuple[Table, ...]:
    tables: list[Table] = []
    block: list[re.Match] = []
    for match in _ROW.finditer(text) if "|" in text else ():
        if block and text[block[-1].end():match.start()] != "\n":
            tables.extend(_table(text, block))
            block = []
        block.append(match)
    if block:
        tables.extend(_table(text, block))
    tables.extend(_spaced_tables(text))
    tables.extend(_labelled_value_tables(text))
    tables.extend(_grid_tables(text, [table.span for table in tables]))
    tables.extend(_line_cell_tables(text, [table.span for table in tables]))
    return tuple(sorted((replace(table, lead=text[max(0, table.span[0] - _LEAD_REACH):table.span[0]]) for table in tables),
                        key=lambda table: table.span))


_LEAD_REACH = 400

# A space-aligned grid with words in some value columns (地块编号 出让面积 用途 起始价 成交价 溢价率 竞得人, rows of a code,
# numbers, a use and a firm): a header of as many cells as every row, perhaps a line of units over the number columns
# only (（平方米） （万元） （万元） （%））.
_GRID_VALUE = re.compile(r"[+\-−]?\d[\d,]*(?:\.\d+)?%?|[—–－-]{1,2}")
_GRID_HEADER_CELL = re.compile(r"[\u4e00-\u9fff][^\s\d]{0,11}|[\u4e00-\u9fff][^\s]{0,5}[（(][^（）()\s]{1,8}[)）]")
_GRID_UNIT = re.compile(r"[（(][^（）()\s]{1,8}[)）]")
_GRID_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")


def _word_cells(line: str, start: int) -> tuple[Cell, ...]:
    return tuple(Cell(m.group(0), (start + m.start(), start + m.end())) for m in _WORD.finditer(line))


def _grid_tables(text: str, taken: list[Span]) -> list[Table]:
    if "\n" not in text:
        return []
    lines = [(m.group(0), m.start()) for m in _GRID_LINE.finditer(text)]
    tables, index = [], 0
    while index < len(lines):
        header_line, above = lines[index]
        header = _word_cells(header_line, above)
        width = len(header)
        if not 3 <= width <= 10 or not all(_GRID_HEADER_CELL.fullmatch(cell.text) for cell in header):
            index += 1
            continue
        following = index + 1
        units: tuple[Cell, ...] = ()
        if following < len(lines):
            cells = _word_cells(*lines[following])
            if cells and all(_GRID_UNIT.fullmatch(cell.text) for cell in cells):
                units, following = cells, following + 1
        numbered = header[0].text == "序号"
        rows: list[tuple[Cell, ...]] = []
        while following < len(lines):
            cells = _word_cells(*lines[following])
            if (len(cells) != width or (_GRID_VALUE.fullmatch(cells[0].text) and not (numbered and _SEQUENCE.match(cells[0].text)))
                    or sum(bool(_GRID_VALUE.fullmatch(cell.text)) for cell in cells[1:]) < 2):
                break
            rows.append(cells)
            following += 1
        numeric = [column for column in range(1, width) if rows and all(_GRID_VALUE.fullmatch(row[column].text) for row in rows)]
        ranged = [column for column in range(1, width) if rows and column not in numeric
                  and all(_RANGE_CELL.fullmatch(row[column].text) for row in rows)]
        if rows and following < len(lines) and (total := _summed_total_row(lines[following], rows, numeric, width)):
            rows.append(total)  # 合计 1,286 1,241: each value the sum of one column above
            following += 1
        numeric = sorted(numeric + ranged) if not units else numeric
        span = (above, rows[-1][-1].span[1]) if rows else (above, above)
        if (len(rows) < 2 or len(numeric) < 2 or (units and len(units) != len(numeric))
                or any(a < span[1] and span[0] < b for a, b in taken)):
            index += 1
            continue
        unit_of = dict(zip(numeric, units))
        header = tuple(Cell(cell.text + unit_of[column].text, cell.span) if column in unit_of and not _GRID_UNIT.search(cell.text)
                       else cell for column, cell in enumerate(header))
        caption = _caption(text, above)
        tables.append(Table(span, caption, (header,), tuple(rows), _columns((header,), caption, width)))
        index = following
    return tables


def _summed_total_row(line: tuple[str, int], rows: list[tuple[Cell, ...]], numeric: list[int], width: int) -> tuple[Cell, ...] | None:
    """合计 1,286 1,241 under rows of seven cells: each value placed in the column it is the sum of, or no row."""
    cells = _word_cells(*line)
    if not cells or not _TOTAL_ROW.fullmatch(cells[0].text) or not 1 < len(cells) <= len(numeric):
        return None
    sums = {column: sum(parse_number(row[column].text.replace(",", "")) for row in rows) for column in numeric
            if all(row[column].text[-1].isdigit() for row in rows)}
    placed: dict[int, Cell] = {}
    for cell in cells[1:]:
        if not _GRID_VALUE.fullmatch(cell.text) or "%" in cell.text or not cell.text[-1].isdigit():
            return None
        value = parse_number(cell.text.replace(",", ""))
        column = next((column for column, total in sums.items() if column > max(placed, default=0) and total == value), None)
        if column is None:
            return None
        placed[column] = cell
    end = cells[-1].span[1]
    return (cells[0],) + tuple(placed.get(column, Cell("", (end, end))) for column in range(1, width))


# An HTML table flattened to one cell per line: a header of k labels (板块⏎入库企业（家）⏎研发强度（%）), then rows of
# k lines, a label and k-1 values (吴中经开区⏎742⏎5.60).
_LINE_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")  # 开板日期 | 11月8日: a cell, no figure
_LINE_LABEL = re.compile(r"[^\s|+\-−.,，。；;：:][^|。；;：:]{0,24}")


def _line_cell_tables(text: str, taken: list[Span]) -> list[Table]:
    lines: list[Cell] = []
    for m in _GRID_LINE.finditer(text):
        if lines and _GRID_UNIT.fullmatch(m.group(0)) and not _GRID_VALUE.fullmatch(lines[-1].text):
            lines[-1] = Cell(lines[-1].text + m.group(0), (lines[-1].span[0], m.end()))  # 环比指数⏎（上月=100）: one header cell
        else:
            lines.append(Cell(m.group(0), m.span()))
    labels = [_LINE_LABEL.fullmatch(line.text) is not None and _GRID_VALUE.fullmatch(line.text) is None for line in lines]
    values = [_GRID_VALUE.fullmatch(line.text) is not None or _LINE_DATE.fullmatch(line.text) is not None for line in lines]
    tables, index = [], 0
    while index < len(lines):
        found = None
        for width in range(3, 9):
            if index < width or not labels[index] or not all(labels[index - width:index]):
                continue
            rows, at = [], index
            while at + width <= len(lines) and labels[at] and all(values[at + 1:at + width]) and any(
                    cell.text[-1].isdigit() for cell in lines[at + 1:at + width]):
                rows.append(tuple(lines[at:at + width]))
                at += width
            if len(rows) >= 2:
                found = width, rows, at
                break
        if found is None:
            index += 1
            continue
        width, rows, after = found
        header = tuple(lines[index - width:index])
        index = after
        span = (header[0].span[0], rows[-1][-1].span[1])
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        adjoining = tables and text[tables[-1].span[1]:span[0]].strip() == ""
        caption = tables[-1].caption if adjoining else _caption(text, span[0])  # 项目 | 2024年度 right under 项目 | 2024年12月31日
        tables.append(Table(span, caption, (header,), tuple(rows), _columns((header,), caption, width)))
    return tables


# An earnings forecast laid out in plain text: 项目 本报告期 上年同期, then rows of labelled values
# (归属于上市公司股东的 盈利：8,600万元–10,200万元 盈利：6,067.45万元), a label wrapped onto the next line
# with the row's growth (净利润 比上年同期增长：41.74%–68.11%).
_LABELLED_HEADER = re.compile(r"^(?:项目|指标|科目|主要指标)((?: (?:本报告期|本期|报告期|上年同期|去年同期|上年度|上期)(?:[（(][^()（）\n]{1,12}[)）])?){2,3})$", re.M)
_LABELLED_CELL = re.compile(rf"(?:(?:盈利|亏损|扭亏为盈|{GROWTH_LABEL})[：:])?[+\-−]?\d[^ \n]*")
_LABEL_TEXT = re.compile(r"[^\s\d|][^\s|]*")
_OPEN_LABEL = re.compile(r"(?:的|后|之|和|与|及|[（(][^)）]*)$")


def _labelled_value_tables(text: str) -> list[Table]:
    if "报告期" not in text and "本期" not in text:
        return []
    tables = []
    for header_match in _LABELLED_HEADER.finditer(text):
        above = header_match.start()
        header = _spaced_cells(header_match.group(0), above)
        rows: list[tuple[Cell, ...]] = []
        position = header_match.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            label = _LABEL_TEXT.match(text, position)
            if label is None:
                break
            cells = [Cell(m.group(0), m.span()) for m in _LABELLED_CELL.finditer(text, label.end(), end)]
            rest = _LABELLED_CELL.sub("", text[label.end():end]).strip()
            if not cells or rest or len(cells) >= len(header):
                break
            name = label.group(0)
            if rows and _OPEN_LABEL.search(rows[-1][0].text):
                name = rows[-1][0].text + name  # 归属于上市公司股东的⏎净利润
                rows[-1] = (Cell(name, rows[-1][0].span),) + rows[-1][1:]
            rows.append((Cell(name, label.span()),) + tuple(cells))
            position = end + 1
        if rows:
            caption = _caption(text, above)
            tables.append(Table((above, rows[-1][-1].span[1]), caption, (header,), tuple(rows),
                                _columns((header,), caption, len(header))))
    return tables


# A plain-text table aligned with spaces or tabs (folded to one space): a row's label, perhaps one word
# more (its unit or class: 原煤 万吨 …, 白鹤 一级 …), then two or more numbers; above the rows (and a
# rule of dashes), a header of as many cells holding no number. A label spaced out to the column's
# width (小　学, 类　别) is one cell.
_CODES = r"\d{5,}(?: ?/ ?\d{5,})+"  # a bond's codes on several markets: one cell
_JUSTIFIED = r"(?:[\u4e00-\u9fff] ){1,3}[\u4e00-\u9fff](?= )"
_VERDICT = r"(?:合格|不合格|达标|未达标|已完成|未完成|完成|通过|未通过|优秀|良好|较好|一般|较差|货币|现金|实物)"  # 结论: 合格; 出资方式: 货币
_BAND = (r"\d[\d.]*[万亿]?(?:[～~—–\-至]\d[\d.]*[万亿]?(?:元|平方米|亩|吨|人|户)(?:及?以[下上])?"
         r"|(?:元|平方米|亩|吨|人|户)及?以[下上])(?= )")  # 10万～30万元 175 38.5, 10万元以下 12 2.6 (not a price 1200元)
_NAMES_CELL = r"[\u4e00-\u9fff]{2,8}(?:[县区市镇乡村])(?:、[\u4e00-\u9fff]{2,8}[县区市镇乡村]){0,3}"  # 主产县(区): 宛城区、卧龙区
_DATE_CELL = r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?= |$)"  # 起息日 2025/11/14: a date, no figure, but a cell of the row
_RANGE_VALUES = r"\d[\d,]*(?:\.\d+)?[～~]\d[\d,]*(?:\.\d+)?%?(?= |$)"  # 预计年化收益率(%) 1.05～2.35
_SPACED_ROW = re.compile(
    rf"^(?![—–－-]+ )(?:{_JUSTIFIED}|[^\s|\d][^\s|]{{0,15}}|[^\s|\d（(][^\s|（()）]{{16,20}}|\d{{1,2}}(?= [^\s|\d+\-−.(])|\d{{1,3}}(?:[—–\-~至]\d{{1,3}})?[岁周年月][^\s|\d]{{0,12}}|\d{{1,2}}型[^\s|\d]{{1,12}}|\d{{1,3}}号[^\s|\d][^\s|]{{0,15}}|\d{{1,2}}月\d{{1,2}}日|\d{{3,4}}年\d{{1,2}}月份?(?= )|\d{{4}}年度?(?= )|\d{{4}}年(?:\d{{1,2}}[—–\-~至]\d{{1,2}}月|前[一二三]季度|[一二三四]季度|上半年|下半年)(?= )|\d{{6,12}}(?= )|\d{{3}}(?:\d{{2}}){{0,2}}(?= [\u4e00-\u9fff])|{_BAND})(?: [^\s|\d+\-−.(][^\s|]{{0,8}})?"
    rf"(?:(?: (?:[—–－-]{{1,2}}|不适用))*(?: (?:{_DATE_CELL}|{_RANGE_VALUES}|[+\-−]?\d[\d,]*(?:\.\d+)?(?:%|(?![年月日号时])[万亿]?[\u4e00-\u9fff]{{1,2}})?|\(\d[\d,]*(?:\.\d+)?\)))){{1,}}"
    rf"(?: [—–－-]{{1,2}})*(?: {_CODES}| {_VERDICT}| {_NAMES_CELL}| 不适用| (?:增加|减少|提高|降低|下降)\d+(?:\.\d+)?个百分点)?$", re.M
)  # a dash stands for an empty cell (石山口 79.62 79.80 — 1.05 210); a last cell may hold codes (2505317 / 257931 / 109462)
_NUMBERS_IN_ROW = re.compile(r"(?<![^ ])[+\-−(]?\d")
_SPACED_LABEL = re.compile(rf"{_JUSTIFIED}|[^ ]*?[\u4e00-\u9fff][)）](?=[+\-−]?\d[\d,]*(?:\.\d+)? )|[^ ]+")  # 其他（包括居民巴士等）70.0: a bracket closing on its value
_SPACED_CELL = re.compile(rf"{_CODES}|[^ ]+")
_RULE_LINE = re.compile(r"[-—─━=＝_ ]{5,}")


# a page break inside a table: its page number, and the running header the next page opens with
_PAGE_GAP = re.compile(r"\n *(?:[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d{1,3}\s*页(?:[，,]\s*共\s*\d{1,3}\s*页)?) *\n(?:[^\n]{2,40}\n)?")


_SECTION_GAP = re.compile(r"\n[ \u3000]*[\u4e00-\u9fff]{2,5}(?:别|分)[：:]?[ \u3000]*\n")  # 货品别, 地区别: the rows below are of that kind


def _spaced_tables(text: str) -> list[Table]:
    tables = []
    block: list[re.Match] = []
    for match in _SPACED_ROW.finditer(text):
        gap = text[block[-1].end():match.start()] if block else "\n"
        if block and (gap != "\n" and not _PAGE_GAP.fullmatch(gap) and not _SECTION_GAP.fullmatch(gap)
                      and not _wrapped_label(text, block[-1])
                      or _cell_count(match.group(0)) != _cell_count(block[0].group(0))
                      and not _short_total_row(match.group(0), block[0].group(0))):
            tables.extend(_spaced_table(text, block))
            block = []
        block.append(match)
    if block:
        tables.extend(_spaced_table(text, block))
    return tables


_CODES_LAST = re.compile(rf" (?:{_CODES}|{_NAMES_CELL})$")
_NAMES_LAST = re.compile(rf" {_NAMES_CELL}$")
_NAMES_ONLY = re.compile(_NAMES_CELL)
_DASH_CELL = re.compile(r" [—–－-]{1,2}(?= |$)")


_LABEL_WRAP = re.compile(r"\n([\u4e00-\u9fff（）()]{1,14})(?=\n)")
_OPEN_LABEL_END = re.compile(r"[的扣所和及与之后]$")


def _wrapped_label(text: str, row: re.Match) -> str:
    """归属于上市公司股东的 20,418.66 …⏎净利润: the rest of a row's label, wrapped onto a line of its own."""
    wrap = _LABEL_WRAP.match(text, row.end())
    label = row.group(0).split(" ", 1)[0]
    return wrap.group(1) if wrap and _OPEN_LABEL_END.search(label) else ""


def _short_total_row(line: str, first_row: str) -> bool:
    """合计 — 216.8 — 267 under rows ending in a cell of codes: a total without that last cell, its dashes keeping the
    other columns in place (合计 870 may not)."""
    if _TOTAL_ROW.fullmatch(line.split(" ", 1)[0]) is None or _cell_count(line) != _cell_count(first_row) - 1:
        return False
    if _names_second(first_row):
        return True  # 合计 735.0 138.3 under 昌北国际机场三期扩建工程 南昌市 328.6 42.0: no place for the total
    return (_CODES_LAST.search(first_row) is not None
            and (_DASH_CELL.search(line) is not None or _NAMES_LAST.search(first_row) is not None))  # 合计 152.6 286.5 under …西峡县


def _names_second(row: str) -> bool:
    cells = _spaced_cells(row, 0)
    return len(cells) >= 4 and _NAMES_ONLY.fullmatch(cells[1].text) is not None and all(_NUMBER.match(c.text) for c in cells[2:])


def _spaced_cells(line: str, start: int) -> tuple[Cell, ...]:
    label = _SPACED_LABEL.match(line)
    if label is None:
        return ()
    cells = [Cell(label.group(0).replace(" ", ""), (start, start + label.end()))]
    cells.extend(Cell(m.group(0), (start + m.start(), start + m.end())) for m in _SPACED_CELL.finditer(line, label.end()))
    return tuple(cells)


def _last_bracket(header: str) -> str:
    found = ""
    for found_match in _UNIT_IN_HEADER.finditer(header):
        found = found_match.group(1)
    return found


def _upper_header(text: str, above: int, width: int) -> tuple[tuple[Cell, ...], int] | None:
    """A header wrapped over two lines, its second under the value columns only: the first line, naming
    every column, and where it starts."""
    start = text.rfind("\n", 0, above - 1) + 1
    line = text[start:above - 1]
    cells = _spaced_cells(line, start)
    if len(cells) != width or _CAPTION_LIKE.search(line) or any(_data_like(cell.text) for cell in cells):
        return None
    return cells, start


_STAGE_PERIOD = re.compile(_STAGE)
_MEASURE_UNIT_CELL = re.compile(r"[\u4e00-\u9fff]{1,6}[（(][^()（）]{1,6}[)）]")  # 数量（股）, 比例（%）
_LABEL_ALONE = re.compile(r"[\u4e00-\u9fff]{2,8}")  # 股份性质, 项目, 股份类别


def _stacked_header(text: str, above: int, units: tuple[Cell, ...]):
    """A header in three lines over a share-structure table: the groups (本次变动前 本次变动 本次变动后), the labels'
    column's name alone (股份性质), then each value column's measure and unit. The groups at both ends hold a 数量 and a
    比例 column each; the middle one the rest."""
    start = text.rfind("\n", 0, above - 1) + 1
    corner_line = text[start:above - 1].strip()
    if not _LABEL_ALONE.fullmatch(corner_line):
        return None
    corner = Cell(corner_line, (start, above - 1))
    group_start = text.rfind("\n", 0, max(0, start - 1)) + 1 if start else 0
    names = _spaced_cells(text[group_start:start - 1], group_start) if start else ()
    count = len(units)
    if len(names) != 3 or count < 5 or not all(_GROUP_NAME.fullmatch(cell.text) for cell in names):
        return ((corner,) + units,), start
    sizes = (2, count - 4, 2)
    groups = (Cell("", (group_start, group_start)),) + tuple(name for name, size in zip(names, sizes) for _ in range(size))
    return (groups, (corner,) + units), group_start


def _grouped_header(text: str, above: int, units: tuple[Cell, ...]):
    """The labels' column's name, then groups each over as many value columns (股东名称 本次减持前持有股份 本次减持后持有股份),
    above a line of the value columns' measures alone, the same measures in every group."""
    start = text.rfind("\n", 0, above - 1) + 1
    cells = _spaced_cells(text[start:above - 1], start)
    groups = len(cells) - 1
    if groups < 2 or len(units) % groups or not _LABEL_ALONE.fullmatch(cells[0].text) or not all(
            _GROUP_NAME.fullmatch(cell.text) for cell in cells[1:]):
        return None
    size = len(units) // groups
    if size < 2 or any(units[index].text != units[index % size].text for index in range(len(units))):
        return None
    spread = (Cell("", (start, start)),) + tuple(cell for cell in cells[1:] for _ in range(size))
    return (spread, (cells[0],) + units), start


def _cell_count(line: str) -> int:
    return len(_spaced_cells(line, 0))


def _spaced_table(text: str, rows: list[re.Match]) -> list[Table]:
    start = rows[0].start()
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    header_line = text[above:start - 1] if start else ""
    if _RULE_LINE.fullmatch(header_line) and above:  # 专业名称 科类 计划数⏎-----⏎采矿工程 物理类 120
        above = text.rfind("\n", 0, above - 1) + 1
        header_line = text[above:text.index("\n", above)]
    header = _spaced_cells(header_line, above)
    width = _cell_count(rows[0].group(0))
    headers = (header,)
    if len(header) == width - 1 and all(_VALUE_HEADER.fullmatch(cell.text.replace(" ", "")) for cell in header):
        headers, above = _value_headers(text, above, header)  # 2024年 2023年⏎百万港元 百万港元: over the values only
        header = headers[-1]
    elif len(header) == width - 1 and above and all(_MEASURE_UNIT_CELL.fullmatch(cell.text) for cell in header) and (
            stacked := _stacked_header(text, above, header)) is not None:
        headers, above = stacked  # 股本结构变动表: 本次变动前 本次变动 本次变动后⏎股份性质⏎数量（股） 比例（%） 转增（股） …
        header = headers[-1]
    elif len(header) == width - 1 and above and (upper := _upper_header(text, above, width)) is not None:
        headers = (upper[0], (Cell("", (header[0].span[0], header[0].span[0])),) + header)  # 持股数量 …⏎（股） 质押数量（股）…
        header, above = headers[-1], upper[1]
    elif len(header) == width - 1 and above and (grouped := _grouped_header(text, above, header)) is not None:
        headers, above = grouped  # 股东名称 本次减持前持有股份 本次减持后持有股份⏎股数（股） 占总股本比例（%） 股数（股） …
        header = headers[-1]
    elif (len(header) == width - 1 and header and all(_MEASURE_UNIT_CELL.fullmatch(cell.text) for cell in header)
          and len({cell.text for cell in header}) == len(header)):  # (票数（股） 比例（%） 票数（股）…: under groups named above)
        header = (Cell("", (header[0].span[0], header[0].span[0])),) + header  # 金额（亿美元） 年增率（%）⏎总计 625.4 25.1
        headers = (header,)
    one_row_under_units = (len(rows) == 1 and len(header) == width >= 4
                           and all(_unit(_last_bracket(cell.text))[1] for cell in header[1:]))  # 同意票数（股） 比例（%）⏎A股 …
    if (len(rows) < 2 and not one_row_under_units) or len(header) != width or any(_data_like(cell.text) for cell in header[1:]):
        return []
    groups = _group_line(text, above, width) if len(headers) == 1 and above else None
    if groups is not None:  # 新建商品住宅 二手住宅⏎城市类别 环比 同比 环比 同比: each group over its columns
        headers, above = (groups, header), text.rfind("\n", 0, above - 1) + 1
    if all(len(_NUMBERS_IN_ROW.findall(row.group(0))) < 2 for row in rows) and (
            len(rows) < 3 or len(header) != 2 or not _unit(_last_bracket(header[1].text))[1]):
        return []  # 提取原因 金额（亿元）⏎租赁住房 3.91: one value a row only under a header naming its unit
    cells = [_spaced_cells(row.group(0), row.start()) for row in rows]
    for index, row in enumerate(rows):
        if wrapped := _wrapped_label(text, row):
            cells[index] = (Cell(cells[index][0].text + wrapped, cells[index][0].span),) + cells[index][1:]
    if _names_second(rows[0].group(0)):
        cells = [row[:1] + (Cell("", (row[0].span[1], row[0].span[1])),) + row[1:] if len(row) == width - 1 else row
                 for row in cells]  # the total row's empty place cell
    if all(row[0].text.isdigit() for row in cells) and not _CODE_HEADER.search(header[0].text) and not (
            _RANK_HEADER.fullmatch(header[0].text) and all(len(row) > 1 and not _NUMBER.match(row[1].text) for row in cells)):
        return []  # 户数 人口 面积⏎125630 356210 1200: the first column holds values, not names (排名 片名 …: ranks)
    caption = _caption(text, above)
    return [Table((above, rows[-1].end()), caption, headers, tuple(cells), _columns(headers, caption, len(header)))]


_GROUP_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _group_line(text: str, above: int, width: int) -> tuple[Cell, ...] | None:
    """The line over a header naming groups of its value columns, each group over as many columns."""
    start = text.rfind("\n", 0, above - 1) + 1
    names = _word_cells(text[start:above - 1], start)
    if not 2 <= len(names) < width - 1 or (width - 1) % len(names) or not all(_GROUP_NAME.fullmatch(c.text) for c in names):
        return None
    if _CAPTION_LIKE.search(text, start, above - 1):
        return None
    span = (width - 1) // len(names)
    return (Cell("", (start, start)),) + tuple(names[k // span] for k in range(width - 1))


_LABELS_NAMED = re.compile(r"(?:类别|分类|项目|指标|地区|区域|行业|类型|品种|门类|名称)$")


def _value_headers(text: str, above: int, header: tuple[Cell, ...]) -> tuple[tuple[tuple[Cell, ...], ...], int]:
    """A Hong Kong results table's header lines name the value columns only (the labels' column has none):
    each gets an empty first cell, and a line of years above the line of units joins it."""
    lines = [header]
    corner: Cell | None = None
    while above and len(lines) < 3:
        start = text.rfind("\n", 0, above - 1) + 1
        cells = _spaced_cells(text[start:above - 1], start)
        if 2 <= len(cells) < len(lines[0]) and _GROUP_HEADER.search(cells[-1].text) and not any(_data_like(c.text) for c in cells):
            cells = cells + (cells[-1],) * (len(lines[0]) - len(cells))  # 销货价值 按年变动百分率⏎（亿元） 价值 数量: spans the last ones
        spanning_labelled = (3 <= len(cells) <= len(lines[0]) and _LABELS_NAMED.search(cells[0].text.replace(" ", ""))
                             and _GROUP_HEADER.search(cells[-1].text) and not any(_data_like(c.text) for c in cells))
        if spanning_labelled:  # 零售商类别 销货价值 按年变动百分率(%)⏎(百万元) 价值 数量: the labels' column, the last spanning two
            cells = cells + (cells[-1],) * (len(lines[0]) - len(cells) + 1)
        labelled = len(cells) == len(header) + 1  # 零售商类别 二○二五年九月 按年变动⏎（亿港元） （%）: the labels' column named above
        if (len(cells) != len(header) and not labelled) or any(_data_like(cell.text) or _CAPTION_LIKE.search(cell.text) for cell in cells):
            break  # (单位：元 币种：人民币 above is a caption, not a header line)
        if labelled:
            corner, cells = cells[0], cells[1:]
        lines.insert(0, cells)
        above = start
        if labelled:
            break
    return tuple(((corner if corner is not None and index == 0 else Cell("", (line[0].span[0], line[0].span[0])),) + line)
                 for index, line in enumerate(lines)), above


def _cells(text: str, line: re.Match) -> tuple[Cell, ...]:
    body = line.group(0)
    outer = not _bare(line)
    first, last = (body.index("|") + 1, body.rindex("|")) if outer else (0, len(body))
    cells, position = [], first
    for piece in body[first:last].split("|"):
        stripped = piece.strip()
        offset = line.start() + position + len(piece) - len(piece.lstrip())
        cells.append(Cell(stripped, (offset, offset + len(stripped))))
        position += len(piece) + 1
    return tuple(cells)


_OUTER_PIPES = re.compile(r"[ \t]*\|.*\|[ \t]*")


def _bare(line: re.Match) -> bool:
    return _OUTER_PIPES.fullmatch(line.group(0)) is None


def _is_separator(cells: tuple[Cell, ...]) -> bool:
    texts = [c.text.replace(" ", "") for c in cells]
    return (all(_SEPARATOR.match(t) or not t for t in texts)
            or len(texts) >= 2 and all(_DASHES.fullmatch(t) for t in texts))  # ┌─┬─┬─┐ drawn narrow: | - | - | - |


_DASHES = re.compile(r"-+")


def _table(text: str, lines: list[re.Match], caption: str | None = None, part: bool = False) -> list[Table]:
    parsed = [_cells(text, line) for line in lines]
    separators = [k for k, cells in enumerate(parsed) if k > 1 and _is_separator(cells)
                  and not all(_is_separator(after) for after in parsed[k:])  # (a box's bottom edge closes no header)
                  and not _holds_data(parsed[k - 1])  # (…| 上饶市 | 12.9 |⏎|---|⏎| 合计 |: a rule over the total)
                  and any(_holds_data(cells) for cells in parsed[:k])]  # (|--|⏎| 排名 | 综合 |⏎| | 指数 |⏎|--|: a header's two lines)
    if separators:  # two Markdown tables with no text between: the row above a --- row is a header
        bounds = [0] + [k - 1 for k in separators] + [len(lines)]
        return [table for a, b in zip(bounds, bounds[1:]) for table in _table(text, lines[a:b])]
    second_header = next((k for k in range(1, len(parsed)) if _names_columns(parsed[k]) and any(
        _holds_data(cells) for cells in parsed[:k]) and any(_holds_data(cells) for cells in parsed[k + 1:])), None)
    if second_header is not None:  # 总资产 … ⏎ | 本报告期末 | 上年度末 | …: a header of its own for the rows below
        above = _table(text, lines[:second_header], caption, part=True)
        return above + _table(text, lines[second_header:], above[0].caption if above else caption, part=True)
    rows = [cells for cells in parsed if len(cells) >= 2 and not _is_separator(cells)]
    spanned = {cell.text.strip() for cell in rows[0] if cell.text.strip()} if rows else set()
    if len(spanned) == 1 and _UNIT_LINE.fullmatch(unit_note := spanned.pop()):  # | 单位：亿元 | 单位：亿元 |: a row spanning the table
        rows = rows[1:]
        caption = f"{_caption(text, lines[0].start()) if caption is None else caption}（{unit_note.strip('（()）')}）"
    if _key_value(rows):  # | 建设单位 | 某某县交通局 | 总投资（万元） | 3200 |: each label names the value after it
        pairs = tuple(row[k:k + 2] for row in rows for k in range(0, len(row) - 1, 2) if row[k].text and row[k + 1].text)
        caption = _caption(text, lines[0].start()) if caption is None else caption
        return [Table((lines[0].start(), lines[-1].end()), caption, (), pairs, _columns((), caption, 2))]
    header_count = 0
    while header_count < len(rows) and not any(_data_like(cell.text) for cell in rows[header_count][1:]):
        header_count += 1
    if header_count == len(rows):
        return []  # no row holds a value
    if any(_bare(line) for line in lines) and (header_count == 0 or len(rows) - header_count < (1 if part else 2) or any(
            sum(_data_like(cell.text) or _EMPTY_VALUE.fullmatch(cell.text.strip()) is not None for cell in row[1:]) < 2
            or not any(_data_like(cell.text) for cell in row[1:]) for row in rows[header_count:]
            if not (_TOTAL_ROW.fullmatch(row[0].text.replace(" ", "")) and row is rows[-1]))):  # (a last 合计 | 86 | — | — may sum one column)
        return []  # bare a | b | c lines: a table only under a header, two rows or more, each of two values or more
    caption = _caption(text, lines[0].start()) if caption is None else caption
    header = tuple(rows[:header_count])
    width = max(len(row) for row in rows)
    body = rows[header_count:]
    for k in range(1, len(body)):
        if not body[k][0].text.strip() and any(_LABEL_LEAD.match(cell.text) for cell in body[k][1:]):
            body[k] = (Cell(body[k - 1][0].text, body[k][0].span),) + body[k][1:]  # | | 比上年同期增长：61.34%～91.35% |: the row above's
    return [Table((lines[0].start(), lines[-1].end()), caption, header, tuple(body), _columns(header, caption, width))]


_KEY_LABEL = re.compile(
    r"(?:名称|单位|地点|地址|规模|工期|期限|投资|金额|面积|日期|时间|编号|方式|电话|类型|性质|内容|年限|用途|价格|预算|人|[（(][^（）()]{1,8}[)）])$")


def _key_value(rows: list[tuple[Cell, ...]]) -> bool:
    """Rows of label | value pairs (a form, not a grid): every label names a field, no label holds a value."""
    if len(rows) < 2 or any(len(row) < 4 or len(row) % 2 for row in rows):
        return False
    labels = [row[k].text.replace(" ", "") for row in rows for k in range(0, len(row), 2)]
    return (all(label and _KEY_LABEL.search(label) and not _data_like(label) for label in labels)
            and len(set(labels)) == len(labels) and any(_data_like(row[k].text) for row in rows for k in range(1, len(row), 2)))


def _holds_data(cells: tuple[Cell, ...]) -> bool:
    return any(_data_like(cell.text) for cell in cells[1:])


def _names_columns(cells: tuple[Cell, ...]) -> bool:
    """`` | 本报告期末 | 上年度末 | 增减(%)``: a header row under rows of values, its label cell empty or a header word."""
    named = [cell.text for cell in cells[1:] if cell.text]
    return (len(named) >= 2 and (not cells[0].text or _LABEL_HEADER.fullmatch(cells[0].text) is not None)
            and all(_COLUMN_NAME.match(name) and not _DIGIT.search(name) for name in named))


_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{2}")
_DIGIT = re.compile(r"\d")


_EMPTY_VALUE = re.compile(r"[—–－-]{1,2}|/|／|…{1,2}")  # 规模以上工业增加值 | — | 6.1: no value given, still a cell of the row


def _caption(text: str, start: int) -> str:
    above = text[max(0, start - 200):start].rstrip("\n").split("\n")
    for index in range(len(above) - 1, max(-1, len(above) - 3), -1):
        line = above[index].strip()
        if 0 < len(line) <= 60 and "|" not in line:
            title = above[index - 1].strip() if index > 0 else ""
            if noted := _AMOUNTS_NOTE.fullmatch(line):
                return f"{title}（单位：{noted.group(1)}）" if 0 < len(title) <= 48 and "|" not in title else f"（单位：{noted.group(1)}）"
            if (noted := _AMOUNTS_NOTE.fullmatch(title)) and not _TABLE_UNIT.search(line):
                return f"{line}（单位：{noted.group(1)}）"  # （除另有说明外，金额以千港元列示）⏎截至六月三十日止六个月: in thousands
            if _UNIT_LINE.fullmatch(line) and 0 < len(title) <= 48 and "|" not in title and not _UNIT_LINE.fullmatch(title):
                return f"{title}（{line.strip('（()）')}）"  # 表1 …分行业增速⏎单位：%: the title, in its unit
            if line.endswith(("：", ":")) and title.endswith(("，", ",")) and "|" not in title:
                return title[title.rfind("。") + 1:] + line  # 截至2025年9月30日，⏎被担保人主要财务数据如下：: one wrapped sentence
            return line
    return ""


_UNIT_LINE = re.compile(r"[（(]?单位[:：][^，。；]{1,10}[)）]?")
_AMOUNTS_NOTE = re.compile(
    r"[（(]?(?:除另有(?:说明|注明|列明)外[，,]?)?(?:所有)?(?:金额|数字|数额)?均?以\s*((?:人民币|港币)?(?:千|百万|万|亿)?(?:港元|元|美元|欧元|澳门元))"
    r"(?:为单位)?(?:列示|列报|呈列|呈报|表示|计)?[)）]?")  # （除另有说明外，金额以千港元列示）


_AGE_BAND = re.compile(r"\d{1,3}(?:[—–\-~～至]\d{1,3})?周?岁(?:及以上|以上|及以下|以下)?[\u4e00-\u9fff]{0,6}")


_FORECAST_YEAR = re.compile(r"(?:19|20)\d{2}[EAF](?![\d.])")


def _data_like(cell: str) -> bool:
    """``580万``, ``$2,467.5万``, ``352,500 x $70``: a value; ``2012年``, ``1-11月（亿元）``: a header."""
    compact = _UNIT_IN_HEADER.sub("", cell.replace(" ", ""))
    if "/" in compact and all(_DATE_HEADER.fullmatch(part) or not _data_like(part) for part in compact.split("/")):
        return False  # 2024年12月31日/2024年度: a balance sheet's date and a year's flows over one column
    if _LABELED_VALUE.match(compact):
        return True  # 盈利：18,600万元～21,400万元: a forecast's cell, its sign named before the value
    if (not _VALUE_START.match(compact) or _ROC_YEAR_CELL.fullmatch(compact) or _NAMED_WITH_DIGIT.match(compact)
            or _ROC_PERIOD_HEADER.fullmatch(compact)):
        return False  # 项目 | 113年 | 成长率: a Republic of China year heading its column; 5G基站（万个）: a name
    if _AGE_BAND.fullmatch(compact) or _FORECAST_YEAR.match(compact):
        return False  # 80—89周岁(人) | 90周岁以上(人): age groups heading their counts; 2026E EPS(元): a forecast year's
    dated = _ROC_YEAR_CELL.match(compact) or _DAY_HEADER.match(compact)
    if dated is not None and _MEASURE_AFTER_PERIOD.fullmatch(compact, dated.end()):
        return False  # 市场 | 113年来台人次 | 年增率; 城市 | 3日最高气温
    period = _HEADER_PERIOD.match(compact)
    return period is None or not (period.end() == len(compact) or _MEASURE_AFTER_PERIOD.fullmatch(compact, period.end()))


_DATE_HEADER = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_MEASURE_AFTER_PERIOD = re.compile(r"[\u4e00-\u9fff]{2,}%?")  # 1—8月完成投资（万元）: a header naming a period's measure


def _compact_caption(caption: str) -> str:
    """The caption without its table number and spaces: ``表1 2023年…`` → ``2023年…``."""
    return _TABLE_NUMBER.sub("", caption.strip()).replace(" ", "")


def _caption_subject(caption: str) -> str:
    """``海洋公园最近5年营运情况（亿元）`` → 海洋公园; ``中国内地：`` → 中国内地."""
    text = _compact_caption(caption)
    text = _HEADER_PERIOD.sub("", text)
    head = _SUBJECT_END.split(text, maxsplit=1)[0]
    if _NOT_A_SUBJECT.search(head) or not 2 <= len(head) <= 12:
        return ""
    if not (_ENTITY_END.search(head) or get_gazetteer().get(head) is not None):
        return ""  # 规模以上工业主要能源产品产量, 毕业生规模及毕业去向: what is measured, not whose
    return head


_ENTITY_END = re.compile(r"(?:公司|集团|银行|支行|分行|公园|大学|学院|学校|医院|分院|卫生院|局|委|厅|署|政府|区|县|市|省|州|镇|乡|街道|村|社区|港|机场|内地|中心|协会|基金|企业)$")


def _is_place(name: str) -> bool:
    entry = get_gazetteer().get(name) if name else None
    return entry is not None and entry.type == "place"


_PARTNER_CAPTION = re.compile(r"对|来源|目的地|赴|来自|往来|伙伴|进口|出口|外资")  # 广东省对主要国家和地区出口: the partners, not whose
_ROWS_SCOPE = re.compile(r"^(?:主要|重点|部分|各|分)(?:省份|省区市|省市|城市|地区|县市区|县区|区县|国家和地区|国家|市|省|县)的?")
_AREA_ROW = re.compile(r"全[省市县区国]|城市|农村|城镇|乡村|城区|郊区")


def _caption_measure(caption: str) -> str:
    """``表1　2024—2025年浙江省居民健康素养水平（%）`` → 居民健康素养水平: the measure a caption names, without its
    period and place."""
    text = _OPEN_BRACKET.split(_HEADER_PERIOD.sub("", _compact_caption(caption)))[0].strip("—-～~ ")
    place = get_gazetteer().match_at(text, 0)
    if place is not None and place[1].type == "place":
        text = text[place[0]:]
    return text if 2 <= len(text) <= 14 and not _ENTITY_END.search(text) else ""


def _caption_metric(caption: str) -> str:
    """``以下是统计处提供，6个国家来港直接投资的金额（…）`` → 来港直接投资的金额."""
    part = _CLAUSE_MARK.split(_OPEN_BRACKET.split(caption)[0].strip())[-1]
    part = _COUNTED_SCOPE.sub("", part)
    return part if 2 <= len(part) <= 16 else ""


def _number(cell: str) -> re.Match | None:
    return _NUMBER.match(cell)


def _columns(header: tuple[tuple[Cell, ...], ...], caption: str, width: int) -> tuple[_Column, ...]:
    raw = [_column(header, caption, index) for index in range(width)]
    columns = list(raw)
    for index in range(2, width):
        column, before = raw[index], raw[index - 1]
        if column.change and not column.metric:
            years = [other for other in raw[1:index] if other.metric == raw[1].metric and _DATED_PERIOD.fullmatch(other.period)]
            measured = max(years, key=_period_key) if len(years) >= 2 and len(years) == index - 1 else next(
                (other for other in reversed(raw[1:index]) if not _BASIS_HEADER.fullmatch(other.metric)
                 and not _BASIS_HEADER.fullmatch(other.period) and not other.change
                 and not _MOVED_AMOUNT_HEADER.fullmatch(other.metric)
                 and not (column.kind != "points" and _SHARE_HEADER.search(other.metric) and other is not raw[1])),
                None)  # 本月 | 上月 | 环比: of 本月; 2024年 | 2023年 | 增减: of 2024年; 营业收入 | 占比 | 同比增长（%）: of 营业收入
            # (余额 | 较年初增加 | 同比增长: the growth of 余额, not of the increase)
            if measured is not None and not _LABEL_HEADER.fullmatch(measured.metric):
                # 入场人次 | 增幅／跌幅: the change of the column before; 产量 | 上年同期 | 同比: of 产量, in its period
                basis = _BASIS_HEADER_WORD.search(" ".join(row[index].text for row in header if index < len(row)))
                period = column.period or (f"{measured.period} {basis.group(0)}" if basis and measured.period else measured.period)
                column = replace(column, metric=measured.metric, period=period)  # 2025年6月底 | 2025年5月底 | 按月变幅
        against_basis = column.change and _BASIS_ONLY.fullmatch(column.metric) is not None
        if against_basis:
            measured = next((other for other in reversed(raw[1:index]) if other.metric and not other.change
                             and not _LABEL_HEADER.fullmatch(other.metric)), None)
            if measured is not None:  # 厨余垃圾分出率（%） | 较上月增减（个百分点）: the change of the measure before, against last month
                column = replace(column, metric=measured.metric)
        if not column.period and before.metric == column.metric and not against_basis:
            column = replace(column, period=before.period)  # 营业收入 | 同比增长（%）: the group's period
        if (not column.metric and not column.change and _BASIS_PERIOD.fullmatch(column.period) and before.metric
                and not before.change and before.kind == column.kind and not _LABEL_HEADER.fullmatch(before.metric)):
            column = replace(column, metric=_THIS_PERIOD_WORD.sub("", before.metric))  # 优良比例（%）| 上年同期（%）: the same measure, last year
        if (column.metric in _BARE_RATIO and not column.change and before.metric and not before.change
                and before.kind != "percent" and not _LABEL_HEADER.fullmatch(before.metric) and not _RATE_HEADER.search(before.metric)):
            column = replace(column, metric=before.metric + column.metric)  # 同意（股）| 比例（%）| 反对（股）| 比例（%）: 同意比例
        if column.change and column.metric in _ASPECTS:  # 销货价值 | 按年变动百分率: 价值, 数量: of 销货价值, 销货数量
            stem = next((other.metric[:-2] for other in raw[1:index] if other.metric[-2:] in _ASPECTS and len(other.metric) > 2), "")
            if stem:
                column = replace(column, metric=stem + column.metric)
        columns[index] = column
    return tuple(columns)


_BARE_RATIO = frozenset({"比例", "占比", "比重"})
_BASIS_ONLY = re.compile(r"(?:较|比)(?:上年|去年|上月|上季度?|上一?期|上周|上旬|年初|上年末|去年末|上月末|上年底|去年底)(?:同期|同月)?")
_VALUE_WORD = re.compile(r"绝对[量值额数]|数值")  # 指标 | 绝对量(亿元) | 同比增长(%): the row's value itself
_RATE_LEFT = re.compile(r"^[月年季]?率?$")  # 月增减率, 季增减: the rest is the basis
_ASPECTS = frozenset({"价值", "数量", "金额", "货值", "货量"})
_SHARE_HEADER = re.compile(r"(?:占比|比重|构成|份额)$")


def _column(header: tuple[tuple[Cell, ...], ...], caption: str, index: int) -> _Column:
    header_text = " ".join(row[index].text for row in header if index < len(row) and row[index].text)
    compact = header_text.replace(" ", "")
    unit_text = _last_bracket(compact)
    if unit_text and not _unit(unit_text)[1] and unit_text not in ("%", "％", "年", "分", "岁", "周岁") and unit_text not in _BARE_MAGNITUDES:
        compact = compact.replace(f"（{unit_text}）", "").replace(f"({unit_text})", "")  # （未经审核）: a note
        unit_text = _last_bracket(compact)
    undated = _HEADER_PERIOD.sub("", compact)
    unit_only = not unit_text and _BLANKET_UNIT.fullmatch(undated) is not None  # 2024年 百万港元
    blanket = unit_only
    if unit_only:
        unit_text = undated
    changes_by_caption = False
    if not unit_text:
        compact_caption = _compact_caption(caption)
        caption_unit = _TABLE_UNIT.search(caption) or _TABLE_UNIT.search(compact_caption) or next(
            (found for found in _UNIT_IN_HEADER.finditer(compact_caption) if not _DIVISIONS.fullmatch(found.group(1))), None)
        corner = header[0][0].text.replace(" ", "") if header and header[0] else ""
        unit_text = _CURRENCY_NOTE.sub("", caption_unit.group(1)) if caption_unit else corner if _unit(corner)[1] else ""
        blanket = bool(unit_text)  # 单位：万元 over the table: a row's own unit (基本每股收益（元）) wins
        if _UNIT_LIST_MARK.search(unit_text):  # （单位：万辆、%）, 单位：亿元，%; not 单位：万元，下同
            units = [piece for piece in _UNIT_LIST_MARK.split(unit_text) if piece in ("%", "％") or _unit(piece)[1]]
            unit_text = _listed_unit(units, compact) if len(units) > 1 else units[0] if units else ""
        if unit_text == "分" and not (caption_unit and caption_unit.re is _TABLE_UNIT):
            unit_text = ""  # 各投标人得分（分）如下: the score column's unit, not the rank's; but （单位：分）
        if not unit_text and (percent_note := _PERCENT_NOTE.search(compact_caption)):
            unit_text, blanket = "%", True  # 主要货币统计数字（按月变动，百分比）
            changes_by_caption = _CHANGE_HEADER.search(percent_note.group(1)) is not None
    magnitude, kind, unit = _unit(unit_text)
    if unit_text == "%" and not kind:
        kind, unit = "percent", "%"
    if blanket and kind != "percent" and compact.endswith(("%", "％")) and not _last_bracket(compact):
        magnitude, kind, unit = Decimal(1), "percent", "%"  # 完成预算% under 单位：万元: the column's own rate
    if not kind and (compact.endswith(("%", "％")) or _RATE_HEADER.search(_UNIT_IN_HEADER.sub("", compact)) or "百分率" in compact):
        kind, unit = "percent", "%"  # 比上年增长%; 占比, 完成率: a share, never in the row's 亿元
    if unit == "元" and "港元" in caption:
        unit = "港元"  # 以市值计算港元，下表单位为亿元
    if unit == "元" and (named := _CURRENCY_NAMED.search(caption)):
        unit = _CURRENCIES[named.group(1)]  # 单位：千元 币种：美元
    bare = _UNIT_IN_HEADER.sub("", compact)
    if not kind and unit_text == "年" and _TERM_HEADER.search(bare):
        kind, unit = "quantity", "年"  # 期限（年）: a span of years, not a year
    if not kind:
        named = _COUNTED_HEADER.search(bare)  # 入场人次: counted in 人次
        if named:
            kind, unit = "count", _COUNTED_UNITS.get(named.group(1), "个")
    compared = _COMPARED_HEADER.fullmatch(bare.rstrip("%％"))
    if compared is not None:  # 与2019年相比（%）: the change of the measure before, against that year, in the table's period
        if not _last_bracket(compact) and not compact.endswith(("%", "％")) and kind not in ("percent", ""):
            return _Column("", "", Decimal(1), "percent", "%", True)  # 本年比上年增减 under 单位：元: a rate, not 12.06 元
        return _Column("", "", magnitude, kind or "percent", unit or "%", kind in ("percent", "points", "", "count", "money", "quantity"))
    period = (_ROC_PERIOD_HEADER.match(bare) or _HEADER_PERIOD.search(bare) or _ROC_YEAR_HEADER.match(bare) or _DAY_HEADER.match(bare)
              or _BASIS_PERIOD.match(bare))
    if period is not None and period.start() and bare[period.start() - 1] == "较" and _AMOUNT_CHANGE_HEADER.search(bare):
        period = None  # 较二季度增减（人）: the basis, not the column's period
    metric = "" if unit_only or _VALUE_WORD.fullmatch(bare) else bare.rstrip("%％")
    staged = _STAGE_PERIOD.sub("", metric)  # 本次变动前比例（%）: the share before the change, no change itself
    change = bool(_CHANGE_HEADER.search(staged)) and kind in ("percent", "points", "") or "距平" in metric  # 气温距平（℃）
    change = change or kind == "points" and _PULL_HEADER.search(metric) is not None  # 影响总指数（百分点）| -0.07: a pull on the index
    amount_change = kind in ("count", "money", "quantity") and _AMOUNT_CHANGE_HEADER.search(metric) is not None
    change = change or amount_change  # 比上年末增减（万辆）| 15.31: the stock's change, signed by the cell
    if "=100" in header_text:
        change = False  # 环比（上月=100）| 99.6: an index on the base, not a change
    if period is not None and period.re is _ROC_PERIOD_HEADER:
        metric = metric[period.end():]  # 114年上半年营收: the period cut before 上半年 is taken out below
    metric = _HEADER_PERIOD.sub("", _BASIS_BEFORE_PERIOD.sub("", metric))  # 比重比2010年变化: 比重, against 2010
    if period is not None and period.re in (_ROC_YEAR_HEADER, _DAY_HEADER, _BASIS_PERIOD):
        metric = metric[period.end():].removesuffix("数")  # (上年同期 | 1130.2: last year's value, dated so, not 本年)
    if not metric and period and kind == "percent" and (changes_by_caption or _GROWTH_CAPTION.search(_compact_caption(caption))):
        change = True  # 主要行业增加值增速（%）| 9月 | 1—9月: each period's column is a growth rate
    growth = _GROWTH_RATE_HEADER.fullmatch(metric) if not change and kind in ("percent", "") else None
    if growth is not None:  # 10月增速(%) | -2.1, 同比增速, GDP增速: the growth, signed by the cell (not 增速回落, 增速差, 目标增速)
        change, metric = True, growth.group(1) + "增速"
    falls = not change and kind in ("percent", "points", "") and (_FALL_HEADER.search(metric) is not None or (metric.endswith("降幅") and not metric.endswith(("升降幅", "增降幅", "涨降幅"))))
    if falls:
        change, metric = True, _FALL_HEADER.sub("", metric)  # 同比下降（%）: the fall of the measure before it
    if change and not amount_change:
        metric = _GROUP_WORDS.sub("", metric)  # 按年变动百分率 价值: of 价值
        metric = _RATE_LEFT.sub("", _CHANGE_HEADER.sub("", _CHANGE_HEADER.sub("", metric)))  # 同比变化 -> 同比 -> ""; 月增减率 -> ""
    period_text = period.group(0) if period else ""
    forecast = _FORECAST_YEAR.match(bare)
    if forecast is not None and period_text == forecast.group(0)[:-1]:
        period_text, metric = forecast.group(0), metric[1:] if metric[:1] in "EAF" else metric  # 2026E EPS(元): 2026E, EPS
    return _Column(metric.strip(" /／"), period_text, magnitude, kind, unit, change, blanket, falls)


def _listed_unit(units: list[str], header: str) -> str:
    """（单位：万辆、%）: % for a column of rates (产量同比), the amounts' unit for the others."""
    rate = next((unit for unit in units if unit in ("%", "％")), "")
    amount = next((unit for unit in units if unit not in ("%", "％")), "")
    return rate if rate and _RATE_COLUMN.search(header) else amount


def _unit(unit_text: str) -> tuple[Decimal, str, str]:
    text = _CURRENCY_LEAD.sub("", unit_text.replace("％", "%").strip("（()） "))  # （人民币百万元）: 百万元
    if text[:2] == "百万" and text[2:] in ("元", "美元", "港元", "澳门元", "欧元", "日元"):
        return Decimal(10) ** 6, "money", text[2:]
    if text[:2] == "百万" and text[2:] in _NEW_TAIWAN_DOLLARS:
        return Decimal(10) ** 6, "money", "新台币"  # 金额（百万元新台币）
    if text[:1] == "千" and text[1:] in ("元", "美元", "港元", "澳门元", "欧元", "日元"):
        return Decimal(1000), "money", text[1:]
    if text[:2] == "十亿" and text[2:] in ("元", "美元", "港元", "澳门元", "欧元", "日元"):
        return Decimal(10) ** 9, "money", text[2:]  # 主要货币统计数字（十亿港元）: billions
    if text in ("港仙", "仙"):
        return Decimal("0.01"), "money", "港元"
    if text == "人民币分":
        return Decimal("0.01"), "money", "元"
    if not text:
        return Decimal(1), "", ""
    per = ""
    if "/" in text or "／" in text:
        text, per = _PER.split(text, maxsplit=1)
    if text in _BARE_MAGNITUDES and not per:
        return _BARE_MAGNITUDES[text], "", ""  # 人次(万): ten thousands of what the header counts
    if text in ("", "1") and per in ("10万", "十万"):
        return Decimal(1), "quantity", "/10万"  # 报告发病率(/10万): a rate per 100,000 people
    magnitude = Decimal(1)
    if text[:2] in ("万亿",):
        magnitude, text = Decimal(10) ** 12, text[2:]
    elif text[:1] == "兆" and (text[1:] in ("元", "美元", "日元") or text[1:] in _NEW_TAIWAN_DOLLARS):
        magnitude, text = Decimal(10) ** 12, text[1:]  # 放款总余额（兆元）: Taiwan's trillion (兆瓦 is a unit)
    elif text[:1] in ("万", "亿") and len(text) > 1:
        magnitude, text = (Decimal(10) ** 4 if text[0] == "万" else Decimal(10) ** 8), text[1:]
    elif text[:1] == "千" and unit_kind(text) is None and unit_kind(text[1:]) is not None:
        magnitude, text = Decimal(1000), text[1:]  # 农作物受灾面积（千公顷）: thousands (千克, 千瓦 are units of their own)
    if text in _NEW_TAIWAN_DOLLARS:
        return magnitude, "money", "新台币"  # 名目GDP（亿元新台币）
    if text == "分" and per:
        return Decimal("0.01"), "money", "元"  # 上网电价（分/千瓦时）: cents
    if text in ("立方米每秒", "米每秒"):
        return magnitude, "quantity", text  # 入库流量（立方米每秒）
    found = unit_kind(text) or (("quantity", "分") if text == "分" else None)  # 评审得分（分）: a score
    if found is None:
        return Decimal(1), "", ""
    if per and found[0] == "quantity":
        return magnitude, found[0], f"{found[1]}/{per}"  # 单产（公斤/亩）: a rate keeps its compound unit
    return magnitude, found[0], found[1]  # 万元/人: the amount per person is money, in its currency


_BARE_MAGNITUDES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}
_NEW_TAIWAN_DOLLARS = frozenset({"元新台币", "新台币元", "新台币"})
_CURRENCY_LEAD = re.compile(r"^(?:人民币|港币|新台币)(?=[百千万亿]*元)")


def _row_label(row: tuple[Cell, ...]) -> str:
    if _SEQUENCE.match(row[0].text) and len(row) > 1 and row[1].text and not _NUMBER.match(row[1].text):
        label = _ROW_LEAD.sub("", row[1].text).strip()  # 序号 | 项目名称 | …: the row is named after its number
    else:
        label = _ROW_LEAD.sub("", row[0].text).strip()
    return label.replace(" ", "") if _SPACED_OUT.fullmatch(label) else label  # 嵩 县: spaced out to the column's width


_SPACED_OUT = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")


def _unit_column(table: Table) -> int:
    """The index of a ``单位`` column (``指标 | 单位 | 绝对数 | 比上年增长%``), 0 when there is none."""
    for index in range(1, len(table.columns)):
        if any(index < len(row) and row[index].text.replace(" ", "") in _UNIT_HEADERS for row in table.header):
            return index
    return 0


def _indicator_unit(table: Table, row: tuple[Cell, ...]) -> tuple[Decimal, str, str] | None:
    """A statistical bulletin's row: an indicator with its own unit, in its label
    (``地区生产总值（亿元）``) or in the ``单位`` column; its values are in that unit."""
    unit_column = _unit_column(table)
    if unit_column and unit_column < len(row):
        unit_text = row[unit_column].text.replace(" ", "")
    else:
        unit_text = _label_unit(row) or _unit_of_parent(table, row)
    magnitude, kind, unit = _unit(unit_text)
    return (magnitude, kind, unit) if kind else None


def _label_unit(row: tuple[Cell, ...]) -> str:
    """地区生产总值（亿元）: the unit the row's label brackets ("" when none; 其他县（市）区 is a name)."""
    label = row[0].text.replace(" ", "")
    bracket = next((found for found in _UNIT_IN_HEADER.finditer(label) if not (
        _DIVISIONS.fullmatch(found.group(1)) and found.end() < len(label))), None)
    return _UNIT_LABEL_LEAD.sub("", bracket.group(1)) if bracket else ""  # 份额净值（单位：元）


_UNIT_LABEL_LEAD = re.compile(r"^单位[：:]\s*")
_SUBSET_LEAD = re.compile(r"其中[：:]?")


def _unit_of_parent(table: Table, row: tuple[Cell, ...]) -> str:
    """发电量(亿千瓦时) | 259.3 then 其中：火电 | 201.5, 水电 | 12.4: the parts of a row are in its unit."""
    position = next((index for index, other in enumerate(table.rows) if other is row), 0)
    parts = False
    for above in reversed(table.rows[:position + 1]):
        unit = _label_unit(above)
        if unit:
            return unit if parts else ""  # (a row with its own unit is not called for)
        label = above[0].text.replace(" ", "")
        if _TOTAL_ROW.fullmatch(label):
            return ""
        parts = parts or _SUBSET_LEAD.match(label) is not None
    return ""


def _value_column(column: _Column, indicator: tuple[Decimal, str, str] | None) -> _Column:
    """A value column of an indicator row takes the row's unit; a change or percentage column keeps its own."""
    if indicator is None or column.change or (column.kind and not column.blanket):
        return column  # (a row's own unit wins over a unit line's: 每股基本盈利（港仙）| 40.6 under 百万港元)
    magnitude, kind, unit = indicator
    if kind != "money" and _PRICE_HEADER.search(column.metric):
        return column  # 名称 | 数量 | 单位 | 金额: the 台 of the count is not the amount's unit
    return replace(column, magnitude=magnitude, kind=kind, unit=unit)


_UNIT_CLOSING_LABEL = re.compile(_UNIT_IN_HEADER.pattern + "$")  # 每股盈利（仙）; not 因公出国（境）费 (a name)
_PRICE_HEADER = re.compile(r"金额|单价|总价|价格|价款|合价|报价|费用|资金|投资")
_ITEM_MEASURE = re.compile(r"数量|金额|单价|总价|合价|报价")


def table_figures(tables: tuple[Table, ...], figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures with table cells read: bare numbers get their column's unit, and a signed
    percentage under 增幅／跌幅 is a change (``-3.33%`` → 3.33, decrease)."""
    if not tables:
        return figures
    header_cells = [cell.span for table in tables for line in table.header for cell in line]
    by_start = {figure.span[0]: figure for figure in figures if not (
        not any(ch.isdigit() for ch in figure.text) and any(a <= figure.span[0] and figure.span[1] <= b for a, b in header_cells))}
    # (人民币百万元 over a column: the cells' unit, not an amount of a million)
    starts = sorted(by_start)
    found: list[Figure] = []
    for table in tables:
        headers = [_header_text(table, index) for index in range(len(table.columns))]
        for row in table.rows:
            indicator = _indicator_unit(table, row)
            label = _row_label(row).replace(" ", "")
            named_change = _CHANGE_IN_LABEL.search(label)  # 单位GDP能源消耗降低 | % | [14.5]
            if _IDENTIFIER_ROW.search(label):
                continue  # 债券代码 | 102583456 | 102583457: a row of labels (not 抽检批次 | 120 | 85)
            term = _TERM_HEADER.search(label)
            unit_unread = indicator is None and (_UNIT_CLOSING_LABEL.search(label) or _COUNTED_LABEL.search(label))
            for index, cell in enumerate(row[1:], start=1):
                if term and (years := _YEARS_CELL.fullmatch(cell.text)):
                    found.append(Figure(cell.text, cell.span, "quantity", parse_number(years.group(1)), "年", CELL_RULE))
                    continue  # 期限 | 3年 | 5年: a span of years, not a year
                inside = starts[bisect.bisect_left(starts, cell.span[0]):bisect.bisect_left(starts, cell.span[1])]
                for start in inside:
                    by_start[start] = _as_change(by_start[start], table.columns[index])
                if inside and inside[0] <= cell.span[0] + 1:
                    continue
                if _IDENTIFIER_HEADER.search(table.columns[index].metric) and not (
                        table.columns[index].kind == "count" and table.columns[index].metric.endswith("批次")):
                    continue  # 电话, 邮编, 准考证号, 年份, 排名: labels, not amounts (but 抽检批次（批次）: a count of batches)
                if unit_unread and table.columns[index].blanket and table.columns[index].kind == "money":
                    continue  # 僱员数目, 每股盈利（仙） under 百万港元: a unit the line does not give, so no figure
                bound = _CELL_BOUND.match(cell.text)  # <5.5, ≤0.2, [14.5]: a bound, or a five-year total in brackets
                value_text = cell.text[bound.end():].rstrip("]］ ") if bound else cell.text
                match = _number(value_text)  # 1123 （较2012年升31.7%）: the cell's own value before a remark
                column = table.columns[index]
                if indicator is not None and column.change and not column.kind and _ABSOLUTE_CHANGE.fullmatch(
                        headers[index]) and _is_difference(table, row, index, value_text):
                    # 日均客运量（万人次）| 269.4 | 261.8 | 增减 +7.6: the difference of the years, in the row's unit
                    magnitude, kind, unit = indicator
                    column = replace(column, magnitude=magnitude, kind="points" if unit == "%" else kind,
                                     unit="个百分点" if unit == "%" else unit)
                row_unit = None if _NOT_IN_ROW_UNIT.search(headers[index]) else indicator
                # (人均 | 8.9, 指数（上年同月=100）| 105.6 beside a row in 亿元: not in the row's unit)
                figure = _cell_figure(cell, match, _value_column(column, row_unit)) if match else None
                ranged = _RANGE_CELL.fullmatch(value_text) if figure is None and bound is None else None
                if ranged is not None:  # 容积率 | 1.2-1.8: one figure from its low end to its high end
                    figure = _range_figure(cell, ranged, _value_column(column, row_unit))
                bracketed = match is not None and match.group(0).startswith("(") and match.group(0).endswith(")")
                if figure is not None and bracketed and figure.change is not None:
                    figure = replace(figure, value=abs(figure.value), change="increase" if column.falls else "decrease")  # 變動（%）| (17.5): a fall
                elif (figure is not None and bracketed
                        and _BRACKETS_A_LOSS.search(label) and not _BRACKETS_A_DEDUCTION.search(label) and figure.value > 0):
                    figure = replace(figure, value=-figure.value)  # 净利润 | (567.89): a loss; 销售成本 | (6,568.9): a deduction
                if figure is not None and bound is not None and bound.group(1):
                    figure = replace(figure, comparator=_CELL_COMPARATORS[bound.group(1)])
                if (named_change and figure is not None and figure.kind in ("percent", "points") and figure.unit != "‰"
                        and not figure.change and figure.value > 0):  # the row names the change
                    figure = replace(figure, change="decrease" if named_change.group(1) else "increase")
                if (figure is not None and figure.kind == "percent" and not figure.change and figure.value > 0
                        and table.columns[index].metric.endswith("改善") and _air_quality(table.columns[index].metric, table.caption)):
                    figure = replace(figure, change="decrease")  # 综合指数同比改善（%）| 9.8: the index fell
                moved = _MOVED_AMOUNT_HEADER.fullmatch(table.columns[index].metric) if figure is not None and not figure.change else None
                if moved is not None and figure.kind in ("money", "count", "quantity") and figure.value > 0:
                    figure = replace(figure, change="increase" if moved.group(1) else "decrease")  # 比年初增加 | 8873
                if (figure is not None and not figure.change and figure.kind in ("money", "count", "quantity", "percent")
                        and _CHANGE_ROW.fullmatch(label) and figure.value != 0):  # 增减数 | +438 | -371: the rows' difference
                    figure = replace(figure, value=abs(figure.value), change="decrease" if figure.value < 0 else "increase")
                    if figure.kind == "percent":  # 城镇化率（%）| 增减 1.2: a difference of rates, in points
                        figure = replace(figure, kind="points", unit="个百分点")
                if figure is not None:
                    found.append(figure)
    return tuple(sorted(list(by_start.values()) + found, key=lambda f: f.span))


_CHANGE_ROW = re.compile(r"(?:(?:比|较)(?:上年|去年|上月|上期)(?:同期)?)?增减(?:数|量|额)?")


def _air_quality(metric: str, caption: str) -> bool:
    return CONCENTRATION.search(metric) is not None or ("综合指数" in metric and "空气" in caption)


_ABSOLUTE_CHANGE = re.compile(r"(?:较上年|比上年|同比)?(?:增减|增减量|增减额|增加|变动|变化)")


def _is_difference(table: Table, row: tuple[Cell, ...], index: int, value_text: str) -> bool:
    """Whether a 增减 cell is the first two year columns' difference (not a growth rate: 1520 | 1430 | 6.3)."""
    years = [k for k, column in enumerate(table.columns[:index]) if _YEAR_ONLY.fullmatch(column.period) and k < len(row)]
    if len(years) < 2:
        return False
    try:
        latest, earlier = (parse_number(row[k].text.replace(",", "").strip("+ ")) for k in years[:2])
        change = parse_number(value_text.replace(",", "").replace("−", "-").lstrip("+ "))
    except (NumberParseError, ValueError):
        return False
    return abs((latest - earlier) - change) <= Decimal("0.051") * max(Decimal(1), abs(change) / 10)


def _header_text(table: Table, index: int) -> str:
    last = table.header[-1] if table.header else ()
    return last[index].text.replace(" ", "") if index < len(last) else ""


def _as_change(figure: Figure, column: _Column) -> Figure:
    if not column.change or figure.change or (figure.kind not in ("percent", "points", "count", "money")
                                               and not (column.kind == "quantity" and figure.text[:1] in "+-−")):
        return figure  # a signed quantity under a 距平 column (+1.5 ℃) is a change too
    decrease = (figure.value < 0 or figure.text.startswith(("-", "−"))) != column.falls
    return replace(figure, value=abs(figure.value), change="decrease" if decrease else "increase")


_RANGE_CELL = re.compile(r"(\d{1,4}(?:\.\d{1,3})?)\s*[-—~～至]\s*(\d{1,4}(?:\.\d{1,3})?)(%?)")


def _range_figure(cell: Cell, ranged: re.Match, column: _Column) -> Figure | None:
    low, high = (parse_number(part) for part in ranged.group(1, 2))
    if not 0 < low < high or (len(ranged.group(1)) == 4 and len(ranged.group(2)) == 4 and ranged.group(1).isdigit()):
        return None  # 2024-2025: years
    low_cell = Cell(ranged.group(1) + ranged.group(3), (cell.span[0], cell.span[0] + len(ranged.group(1))))
    figure = _cell_figure(low_cell, _NUMBER.match(low_cell.text), column)
    if figure is None or figure.change:
        return None
    if not column.kind and not ranged.group(3):
        figure = replace(figure, kind="number", unit="")  # pH值 | 6-9: a range of a measure, not a count
    return replace(figure, text=cell.text, span=cell.span, value_max=high * column.magnitude)


def _cell_figure(cell: Cell, match: re.Match, column: _Column) -> Figure | None:
    sign, dollar, digits, magnitude, percent = match.groups()
    written = sign + dollar + digits + (magnitude or "") + (percent or "")
    start = cell.span[0] + max(0, cell.text.find(written))
    try:
        value = parse_number(digits.replace(",", ""))
    except NumberParseError:
        return None
    kind, unit = column.kind, column.unit
    if magnitude:
        value *= parse_number(magnitude)
    if percent:
        kind, unit = "percent", "%"
    elif dollar and not unit:
        kind, unit = "money", "元"
    if not kind:
        kind, unit = ("count", "") if value == value.to_integral_value() and ("." not in digits or magnitude) else ("number", "")  # 2.0: a ratio
    change = None
    if (column.change or (sign and _MOVE_HEADER.search(column.metric))) and value != 0:  # 涨跌（元/吨）| -28: a fall of 28 元
        change = "decrease" if (sign in ("-", "−")) != column.falls else "increase"  # (0.0: no move either way)
    elif sign in ("-", "−"):
        value = -value
    value = value * column.magnitude
    return Figure(written, (start, start + len(written)), kind, value, unit, CELL_RULE, change=change)


def table_facts(tables: tuple[Table, ...], facts: tuple[Fact, ...], mentions: tuple[Mention, ...] = ()) -> tuple[Fact, ...]:
    """Facts of figures inside table cells, with metric, subject and time from the table."""
    if not tables:
        return facts
    named = [mention.span for mention in mentions]
    issuer = next((mention for mention in mentions if mention.rule == "entities.securities_name.firm.v1"), None)  # 证券简称：澜屹智能
    placed = {}
    entity_rows: dict[Span, bool] = {}  # by the row's line: computed once for all its cells
    # by table: its 中标供应商 column, its rows' labels and the places its last column names (主产县(区))
    per_table: dict[int, tuple[int | None, frozenset[str], tuple[str, ...]]] = {}
    for table in tables:
        for row in table.rows:
            line = (row[0].span[0], row[-1].span[1])
            for index, cell in enumerate(row[1:], start=1):
                placed[cell.span] = (table, row, index, line)
    cells = sorted(placed)
    starts = [span[0] for span in cells]
    out = []
    carried = ""  # the subject of the prose before a table: whose its rows of kinds are

    def cell_of(fact: Fact) -> Span | None:
        position = bisect.bisect_right(starts, fact.figure.span[0]) - 1
        return cells[position] if position >= 0 and cells[position][0] <= fact.figure.span[0] < cells[position][1] else None

    cell_by_fact = [cell_of(fact) for fact in facts]
    prose = [fact for fact, cell in zip(facts, cell_by_fact) if cell is None]
    for fact, cell in zip(facts, cell_by_fact):
        if cell is None:
            out.append(fact)
            carried = fact.subject if _carries(fact.subject) else carried
            continue
        table, row, index, line = placed[cell]
        lead = row[index].text[:fact.figure.span[0] - cell[0]]
        # <5.5, [14.5], 盈利：13,071.2万元: the cell's own value
        leading = not lead or _CELL_LEAD.fullmatch(lead) is not None or _LABEL_LEAD.fullmatch(lead) is not None
        if line not in entity_rows:
            first_header = _first_header(table)
            entity_rows[line] = (_names_an_entity(row, named, kinds=_KINDS_HEADER.fullmatch(first_header) is not None)
                                 or (_NAME_HEADER.search(first_header) is not None and not _FUNDS_USE.match(_row_label(row))
                                     and not _TASK_LABEL.match(_row_label(row))))
        if id(table) not in per_table:
            per_table[id(table)] = (_supplier_column(table), frozenset(_row_label(other) for other in table.rows),
                                    tuple(other[-1].text for other in table.rows if len(other) > 2 and _NAMES_ONLY.fullmatch(other[-1].text)),
                                    _guaranteed_party(table, mentions))
        supplier_column, row_labels, named_places, party = per_table[id(table)]
        cell_fact = _cell_fact(fact, table, row, table.columns[index], line, leading, entity_rows[line], carried, row_labels,
                               named_places)
        if party is not None and not entity_rows[line]:  # 二、被担保人基本情况 … 主要财务数据如下: the guaranteed firm's, not the guarantor's
            cell_fact = replace(cell_fact, subject=party.canonical, subject_id=party.entity_id, rules=tuple(
                "facts.table.guaranteed.v1" if rule.startswith("facts.subject.") else rule for rule in cell_fact.rules))
        supplier = (_supplier_in_row(row, supplier_column, mentions)
                    if _AWARDED_COLUMN.search(table.columns[index].metric) else None)
        if (not leading and len(fact.metric) >= 2 and fact.metric in lead and _PROSE_CELL.search(lead)
                and not table.columns[index].period and not table.columns[index].kind):
            cell_fact = replace(cell_fact, metric=fact.metric)  # 建设内容 | 改造猕猴桃基地320亩: the cell's own words name it
        line_label = _row_label(row)
        if _SHARE_CLASS_ROW.fullmatch(line_label.replace(" ", "")) and issuer is not None:
            cell_fact = replace(cell_fact, subject=issuer.canonical, subject_id=issuer.entity_id, rules=tuple(
                "facts.table.issuer.v1" if rule.startswith("facts.subject.") or rule == SUBJECT_RULE else rule for rule in cell_fact.rules))
        if not entity_rows[line] and _TRANSIT_LINE_LABEL.fullmatch(line_label) and cell_fact.metric.startswith(line_label):
            cell_fact = replace(cell_fact, subject=line_label, subject_id="", metric=cell_fact.metric[len(line_label):] or cell_fact.metric,
                                rules=tuple("facts.table.transit_line.v1" if rule.startswith("facts.subject.") else rule
                                            for rule in cell_fact.rules))  # 3号线 | 228.4 | 251.6: the line's ridership
        if supplier is not None:  # 中标供应商名称 | … | 中标金额（元）: the amount the named firm won, as the cell names it
            cell_fact = replace(cell_fact, subject=supplier[0], subject_id=supplier[1])
        elif _TOTAL_ROW.fullmatch(_row_label(row)) and (stated := _stated_in_prose(cell_fact, prose, row_labels)) is not None:
            cell_fact = replace(cell_fact, subject=stated.subject, subject_id=stated.subject_id, rules=tuple(
                "facts.table.total_stated.v1" if rule.startswith("facts.subject.") else rule for rule in cell_fact.rules))
        out.append(cell_fact)
    return tuple(out)


_PROSE_CELL = re.compile(r"[\u4e00-\u9fff]{2}")
TRANSIT_LINE_NAME = r"(?:地铁|轨道交通|城轨)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[一二三四五]期|支线|[东西南北]延线?段?)?"  # 3号线, 地铁2号线二期
_TRANSIT_LINE_LABEL = re.compile(TRANSIT_LINE_NAME)
_GUARANTEED_SECTION = re.compile(r"被担保人(?:的)?(?:基本情况|基本信息|情况|主要财务(?:数据|指标)|财务(?:数据|状况))")


def _guaranteed_party(table: Table, mentions: tuple[Mention, ...]) -> Mention | None:
    """The firm a guarantee notice's 被担保人基本情况 section names first, when the table is in that section."""
    sections = list(_GUARANTEED_SECTION.finditer(table.lead))
    if not sections:
        return None
    opened = table.span[0] - len(table.lead) + sections[-1].start()
    return next((mention for mention in mentions if mention.type == "firm" and opened <= mention.span[0] < table.span[0]), None)


def _stated_in_prose(cell_fact: Fact, prose: list[Fact], row_labels: frozenset[str]) -> Fact | None:
    """合计 1386 under 查办案件（件）: the subject of the one prose figure the total restates (查办违法违规案件1,386件),
    a place none of the rows is (not 眉山市 of 成都市、德阳市、眉山市共完成投资120亿元: one of the parts)."""
    figure = cell_fact.figure
    head = cell_fact.metric[-2:]
    same = [fact for fact in prose if fact.subject_id.startswith("place:") and len(head) == 2 and head in fact.metric
            and (fact.figure.kind, fact.figure.unit, fact.figure.value, fact.figure.change)
            == (figure.kind, figure.unit, figure.value, figure.change)]
    if len(same) != 1 or any(same[0].subject in label or label in same[0].subject for label in row_labels if label):
        return None
    return same[0]


_SUPPLIER_HEADER = re.compile(r"(?:中标|成交)(?:供应商|人|单位)|供应商名称|中标候选人|竞得人|竞得单位|受让人|受让单位")
_CODE_LABEL = re.compile(
    r"[A-Z]{2,6}\d{4,}[-—\dA-Z号]*|\d{6,12}|(?:19|20)\d{2}[-—]?[A-Z]{1,3}[-—]?\d{1,4}号?"
    r"|[A-Z]{1,4}(?:[-—][A-Z]{1,4})?[-—](?:19|20)\d{2}[-—]\d{1,4}号?"  # CZ-XB-2025-31: a lot
)  # a lot SS202509 or 2025G18, a batch 20241015 (not M2, PM10, KFR-35GW)
_AWARDED_COLUMN = re.compile(r"(?:中标|成交)(?:金额|价|价格)|投标报价|报价|评审得分|得分|下浮率|下浮比例|优惠率|让利率|折扣率|工期|交货期|服务期")


def _supplier_column(table: Table) -> int | None:
    header = table.header[-1] if table.header else ()
    return next((index for index, cell in enumerate(header) if _SUPPLIER_HEADER.search(cell.text.replace(" ", ""))), None)


def _supplier_in_row(row: tuple[Cell, ...], index: int | None, mentions: tuple[Mention, ...]) -> tuple[str, str] | None:
    """The firm a procurement result's row names in its supplier column: the whole cell (中国建筑第八工程局有限公司,
    not the group a mention links it to), with the entity id only where one mention is the whole cell."""
    if index is None or index >= len(row):
        return None
    start, end = row[index].span
    firms = [m for m in mentions if m.type == "firm" and start <= m.span[0] and m.span[1] <= end]
    if not firms:
        return None
    whole = len(firms) == 1 and firms[0].span == (start, end)
    return row[index].text, firms[0].entity_id if whole else ""


_TASK_LABEL = re.compile(r"新建|新增|新改建|改造|改建|建设|实施|开展|推进|提升|完成|打造|提供|为|扩大|增加|免费")  # 项目名称 | 新建改造城乡公厕: a task the place sets itself
_FUNDS_USE = re.compile(r"(?:永久性?)?(?:补充|偿还|归还)")  # 项目名称 | 补充流动资金: a use of the funds raised, the firm's own
_ORIGIN_HEADER = re.compile(r"(?:主要)?(?:客源)?市场|客源地|来源地|客源国(?:家)?(?:[/／和及]?地区)?|居住地|原居地|国籍|旅客来源")
_NAME_HEADER = re.compile(
    r"^(?:(?:学校|医院|企业|公司|园区|开发区|股东|出资人|投资方|项目|小区|楼盘)(?:名称|名|姓名)"
    r"|(?:流域|河流|湖泊|水系|断面|监测断面|监测点位|景区|景点|水库|水文站|测站|站点|港口|机场|电站)(?:名称|名)?)$"
)  # 水库名称, 流域, 景区: rows named, each its own


def _first_header(table: Table) -> str:
    """The header of the row labels: 项目名称 after 序号."""
    if not table.header or not table.header[0]:
        return ""
    first = table.header[0][0].text.replace(" ", "")
    return table.header[0][1].text.replace(" ", "") if first == "序号" and len(table.header[0]) > 1 else first


_KIND_OF_INSTITUTION = re.compile(
    r"(?:普通|中等|高等|特殊教育|职业|技工|民办|公办|普惠性?|公立|民营|综合|专科|中医|妇幼|乡镇|社区|村)?"
    r"(?:幼儿园|学校|职业学校|中学|小学|高中|初中|高校|医院|卫生院|卫生室|养老院|敬老院)")
_SITE_END = re.compile(r"(?:水库|断面|监测点|监测站|水文站|观测站|中学|小学|医院|学校|码头|景区)$")
_WORKS_END = re.compile(r"(?:项目|工程|平台|通道|船闸|大桥|园|基地|枢纽|站|场|馆|活动)$")  # a project or a site is a subject of its own; an industry is what is measured
_PHASE_AFTER = re.compile(r"[（(][一二三四五六七八九十\d]期(?:工程)?[)）]$")  # 楚襄储能电池生产基地（一期）: the works, in a phase


_KINDS_HEADER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:类别|分类|类型|门类)")  # 项目类别 | 项目数: each row a kind of project


def _names_an_entity(row: tuple[Cell, ...], named: list[Span], kinds: bool = False) -> bool:
    """Whether the row's label is a place, park, firm or body (天府新区, 湛江市), not a kind (幼儿园, 国内增值税)."""
    label = _row_label(row)
    if _KIND_OF_INSTITUTION.fullmatch(label):
        return False  # 幼儿园 | 612, 中等职业学校 | 25: a kind the notice's place has, counted
    gazetteer = get_gazetteer()
    if _ENTITY_END.search(label) or gazetteer.get(label) is not None:
        return True
    if _WORKS_END.search(_PHASE_AFTER.sub("", label)):
        return not kinds  # 项目类别 | 产业项目: a kind of project, not a project of its own (楚襄储能电池生产基地（一期）: one)
    if _SITE_END.search(label) and len(label) >= 4:
        return True  # 五强溪水库, 湘江长沙断面, 城南监测点: a site
    if any((hit := gazetteer.match_at(label, i)) is not None and hit[1].type == "place" for i in range(len(label) - 1)):
        return True  # 霍邱县第一中学: named after its place
    start, end = row[0].span if row[0].text else (0, 0)
    if _SEQUENCE.match(row[0].text) and len(row) > 1:
        start, end = row[1].span
    return any(start <= span[0] and span[1] <= end and 2 * (span[1] - span[0]) >= end - start for span in named)


_CAPTION_MOMENT = re.compile(r"[（(]((?:截至|截止)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|末)(?:\d{1,2}时)?)[)）]$")  # 大型水库水情（21日8时）
_CELL_BASIS = re.compile(r"(?:较|比)\S+$")


def _cell_fact(fact: Fact, table: Table, row: tuple[Cell, ...], column: _Column, line: Span, leading: bool,
               entity_row: bool, carried: str, row_labels: frozenset[str], named_places: tuple[str, ...]) -> Fact:
    label = _row_label(row)
    if _CHANGE_ROW.fullmatch(label.replace(" ", "")) and column.metric:  # 增减数 | +438: the difference of the rows above
        kept_subject = next((rule for rule in fact.rules if rule.startswith("facts.subject.")), SUBJECT_RULE)
        return replace(fact, metric=column.metric, quote=line, rules=(fact.figure.rule, METRIC_RULE, kept_subject, TIME_RULE),
                       relation="", related=-1)
    metric, subject, time = column.metric, fact.subject, column.period
    named_in_a_cell = bool(subject) and any(subject in cell for cell in named_places)
    unlinked = named_in_a_cell  # a subject no entity stands for
    if named_in_a_cell:
        subject = carried if _carries(carried) else ""  # 小麦 | 38.5 | 宛城区、卧龙区: where it grows, not whose the row is
    if not leading and fact.time:
        time = fact.time  # 1123（较2012年升31.7%）: a remark in the cell names its own basis
    if _SHARE_CLASS_ROW.fullmatch(label.replace(" ", "")):
        metric = _label_and_measure(label, metric)  # 股东类型 | A股 | 同意票数: the listed firm's A-share holders' votes
    elif _ZONE_CLASS_ROW.fullmatch(label.replace(" ", "")):
        subject = _whole_of_rows(table, row_labels, "" if subject == label else subject, label, carried)
        subject = "" if subject == label else subject
        metric = _label_and_measure(label, metric)  # 功能区类别 | 1类区 | 夜间达标率: the district's class-1 zones' rate
    elif _ROW_PERIOD.match(label.replace(" ", "")) and _is_place(metric):
        time = label  # years down, places across: the column is whose the value is
        subject, metric = metric, _caption_metric(table.caption) or fact.metric
    elif _ROW_PERIOD.match(label.replace(" ", "")):
        time = label  # a table over the years: the row is the period
        if _YEAR_ONLY.match(column.period) and not _YEAR_LEAD.match(label):
            time = column.period + label  # 月份 | 2025年 | 2024年, row 9月: September of the column's year
        subject = _caption_subject(table.caption) or subject
        if not metric:
            metric = _caption_metric(_AS_FOLLOWS.sub("", _HEADER_PERIOD.sub("", _compact_caption(table.caption))))  # 月份 | 2025年（百万澳门元）
    elif (not metric or _BASIS_HEADER_WORD.fullmatch(metric)) and not column.period and entity_row:
        subject = label  # 城市 | 环比（上月=100）: each city's value of the caption's index, against the column's basis
        basis = metric
        metric = _caption_metric(_HEADER_PERIOD.sub("", _compact_caption(table.caption))) or fact.metric
        time = f"{_caption_period(table.caption) or fact.time} {basis}".strip() if basis else time
    elif ((not metric or _YEAR_ONLY.match(column.period) and column.metric == "") and entity_row and _is_place(label)
          and not _caption_subject(table.caption) and not _PARTNER_CAPTION.search(table.caption)
          and not _ORIGIN_HEADER.fullmatch(_first_header(table))):
        subject = label  # 地区 | 11月(万吨) | 1-11月(万吨): each place's value of the caption's measure, by period
        metric = _ROWS_SCOPE.sub("", _caption_measure(table.caption)) or (fact.metric if label not in fact.metric else "")
    elif not metric or _YEAR_ONLY.match(column.period) and column.metric == "":
        metric = _UNIT_IN_HEADER.sub("", label).strip()  # the columns are periods: the row is what is measured
        subject = _caption_subject(table.caption) or subject
        if _AREA_ROW.fullmatch(metric) and (measure := _caption_measure(table.caption)):
            metric = measure if metric.startswith("全") else metric + measure  # 全省 | 城市 | 农村 under …居民健康素养水平（%）
    elif _indicator_unit(table, row) is not None:
        metric = _UNIT_IN_HEADER.sub("", label).strip()  # 地区生产总值（亿元） | 1234.5 | 6.2: the row is the indicator
        if column.kind == "percent" and not column.change and _RATE_HEADER.search(column.metric):
            metric += column.metric  # 第一产业增加值（亿元）| … | 占比 8.5: the indicator's share
        elif _ITEM_MEASURE.fullmatch(column.metric):
            metric += column.metric  # 电脑 | 50 | 台 | …: 电脑数量
        subject = _caption_subject(table.caption) or subject
    elif _TOTAL_ROW.fullmatch(label):  # 合计: the whole the caption or the notice names, not the first row's place
        if _HOLDER_HEADER.fullmatch(_first_header(table)):
            subject = "、".join(_parts_of_total(table))  # 股东名称 | 持股数量: the holders' together, not the listed firm's
            unlinked = True
        else:
            subject = _whole_of_rows(table, row_labels, subject, label, "")
    elif _ORIGIN_HEADER.fullmatch(_first_header(table)):  # 市场 | 来台人次: the visitors from each market, in the metric
        subject = _whole_of_rows(table, row_labels, subject, "", carried)
        metric = _label_and_measure(label, metric)
    elif (entity_row or _WORK_TITLE.fullmatch(label) or _CODE_LABEL.fullmatch(label) or _LEVEL_LABEL.fullmatch(label)  # SS202509: a lot
          or _PARTY_HEADER.fullmatch(_first_header(table))):  # 投资者类别 | 缴款认购股数: each class of investor's
        subject = label.strip("《》")  # 《长空烈焰》 | 8.12 | 37.8%: a film's own box office
    else:  # 幼儿园 | 186 | 28436: a kind the caption's or the notice's subject has, counted in the column
        subject = _whole_of_rows(table, row_labels, subject, label, carried)
        metric = _label_and_measure(label, metric)
    if not time:
        time = _caption_period(table.caption) or fact.time
    elif _BASIS_HEADER_WORD.fullmatch(time):
        time = f"{_caption_period(table.caption)}{time}"  # 2025年10月份…价格指数 | 环比(上月=100): October's, against September
    basis = _CELL_BASIS.search(fact.time) if not leading and fact.time else None
    if basis and basis.group(0) not in time:
        time = f"{time}{basis.group(0)}"  # 2015年 | 3.27万（较2011年升7.6%）: the row's year, against 2011
    if _BARE_MEASURE.fullmatch(metric) and not _caption_measure(table.caption):
        metric = next((other.metric for other in table.columns[1:] if other.metric.endswith(metric) and other.metric != metric),
                      None) or _measure_named_above(table.lead, metric)  # 10月栋数（栋） under …建物买卖移转登记栋数为…: that measure
    kept_subject = next((rule for rule in fact.rules if rule.startswith("facts.subject.")), SUBJECT_RULE)
    rules = (fact.figure.rule, METRIC_RULE, SUBJECT_RULE if subject == label else kept_subject, TIME_RULE)
    return replace(fact, metric=metric or fact.metric, subject=subject, time=time.replace(" ", ""), quote=line, rules=rules,
                   subject_id="" if subject == label or unlinked else fact.subject_id, relation="", related=-1)


_BASIS_HEADER_WORD = re.compile(r"环比|同比|按月|按年")
_ZONE_CLASS_ROW = re.compile(r"(?:\d[a-zA-Z]?|[一二三四五六])类(?:区|功能区|声环境功能区)")
_SHARE_CLASS_ROW = re.compile(r"(?:[ABH]股|普通股|优先股)(?:股东)?")
_YEAR_LEAD = re.compile(r"\d{4}|[〇○零一二三四五六七八九]{4}")
_AS_FOLLOWS = re.compile(r"(?:情况)?(?:如下|见下表)?[：:]$")  # …毛收入如下：
_CAPTION_EVENT = re.compile(r"(?:[“\"]?(?:双(?:11|十一|12|十二))[”\"]?)?(?:促销|大促)期间|(?:\d{4}[—–-]\d{4}年?)?(?:冰?雪季)?开季以来")
_CAPTION_AS_OF = re.compile(r"截[至止](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)")


def _caption_period(caption: str) -> str:
    compact_caption = _compact_caption(caption)
    if as_of := _CAPTION_AS_OF.search(compact_caption):
        return as_of.group(0)  # 截至11月9日部分市（州）秋粮收获进度
    if event := _CAPTION_EVENT.match(compact_caption):
        return re.sub("[“”\"]", "", event.group(0))  # “双十一”促销期间各设区市网络零售情况, 开季以来重点区（市）接待情况
    period = _HEADER_PERIOD.search(compact_caption)
    moment = _CAPTION_MOMENT.search(compact_caption)
    if moment is not None and (period is None or _YEAR_ONLY.fullmatch(period.group(0))):
        return moment.group(1)  # 大型水库水情（21日8时）; 2025年冬修水利投资完成情况（截至12月5日）: the day, not the year
    return period.group(0) if period else ""


_WHOLE_PLACE = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|全盟|我国|我省|我市|我区|我县|本市|本区|本县)$")


def _carries(subject: str) -> bool:
    """A subject the rows of a table below may be parts of: a place or the notice's whole (全市), not a firm or a person."""
    return bool(subject) and (_is_place(subject) or _WHOLE_PLACE.match(subject) is not None)


_BARE_MEASURE = re.compile(r"栋数|套数|件数|宗数|户数|家数|个数|人数|数量|面积|金额")
_SCOPE_LEAD = re.compile(r"^(?:各(?:直辖市|地级市|设区市|县市区|县市|县区|区县|市州|城市|地区|市|县|区|省)|全国|全省|全市|全县|全区|全州|我国|我省|我市|我县|我区|本市|累计|合计|共有|共计|其中)+")


def _measure_named_above(lead: str, measure: str) -> str:
    """The prose above a table names a column's bare measure whole: 栋数 → 建物买卖移转登记栋数, 数量 → 体育场地数量."""
    for named in reversed(list(re.finditer(f"([\u4e00-\u9fff]{{2,12}}){measure}", lead))):
        whole = _SCOPE_LEAD.sub("", _HEADER_PERIOD.sub("", named.group(1)).lstrip("年月日季度份底末初占"))
        if len(whole) >= 2 and not _PARTNER_LEAD.match(whole):
            return whole + measure
    return measure


_PARTNER_LEAD = re.compile(r"[自对向从与比较在]")  # 自美国接单金额: one partner's, not the table's measure


def _label_and_measure(label: str, metric: str) -> str:
    """产业项目 + 完成投资 → 产业项目完成投资; 基础设施项目 + 项目数 → 基础设施项目数 (the shared word once)."""
    if not metric or label.endswith(metric):
        return label
    shared = next((size for size in range(min(len(label), len(metric)) - 1, 1, -1) if label.endswith(metric[:size])), 0)
    return label + metric[shared:]


_HOLDER_HEADER = re.compile(r"(?:股东|出质人|质押人|持有人|持股人|减持主体|增持主体|信息披露义务人)(?:名称|姓名)?")


def _parts_of_total(table: Table) -> list[str]:
    labels = (_row_label(row) for row in table.rows)
    return list(dict.fromkeys(label for label in labels if label and not _TOTAL_ROW.fullmatch(label.replace(" ", ""))))


def _whole_of_rows(table: Table, row_labels: frozenset[str], subject: str, label: str, carried: str) -> str:
    """The caption's or the notice's subject; a subject taken from a row of the table is that row's, so the
    prose's before the table, or else the label."""
    if subject and subject not in row_labels:
        return _caption_subject(table.caption) or subject
    return _caption_subject(table.caption) or (carried if carried and carried not in row_labels else label)


__all__ = ["Cell", "Table", "find_tables", "table_facts", "table_figures"]
