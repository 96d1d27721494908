import pytest

from extractor.gazetteer import get_gazetteer, load_divisions, short_division_name, stable_id


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.mark.parametrize(
    "name, canonical, code",
    [
        ("商洛市", "商洛市", "611000"),
        ("商洛", "商洛市", "611000"),
        ("陕西", "陕西省", "610000"),
        ("广西", "广西壮族自治区", "450000"),
        ("内蒙古", "内蒙古自治区", "150000"),
        ("延边", "延边朝鲜族自治州", "222400"),
        ("香港", "香港特别行政区", "810000"),
        ("澳门", "澳门特别行政区", "820000"),
        ("诸城", "诸城市", "370782"),
        ("商南", "商南县", "611023"),
        ("北京", "北京市", "110000"),
    ],
)
def test_division_names(gaz, name, canonical, code):
    entry = gaz.get(name)
    assert entry is not None
    assert (entry.type, entry.canonical, entry.code, entry.entity_id) == ("place", canonical, code, f"place:{code}")


@pytest.mark.parametrize(
    "name, type_, canonical",
    [
        ("长三角", "place", "长江三角洲"),
        ("京津冀", "place", "京津冀"),
        ("秦岭南麓", "place", "秦岭南麓"),
        ("中国", "place", "中国"),
        ("国家统计局", "government", "国家统计局"),
        ("工信部", "government", "工业和信息化部"),
        ("经合组织", "organization", "经合组织"),
        ("中石油", "firm", "中国石油天然气集团有限公司"),
    ],
)
def test_named_entries(gaz, name, type_, canonical):
    entry = gaz.get(name)
    assert entry is not None and (entry.type, entry.canonical) == (type_, canonical)


@pytest.mark.parametrize("word", ["富裕", "资源", "比如", "全市", "当地", "园区", "南部"])
def test_common_words_are_not_places(gaz, word):
    assert gaz.get(word) is None


def test_divisions_cover_three_levels():
    divs = load_divisions()
    levels = {d.level for d in divs.values()}
    assert levels == {1, 2, 3}
    assert len(divs) > 3000
    assert divs["611023"].parent == "611000"


@pytest.mark.parametrize(
    "code, short",
    [("610000", "陕西"), ("450000", "广西"), ("611000", "商洛"), ("110101", None), ("222400", "延边"),
     ("152500", "锡林郭勒"), ("152900", "阿拉善"), ("152200", None)],
)
def test_short_division_name(code, short):
    assert short_division_name(load_divisions()[code]) == short


def test_scan_longest_match_and_token_bounds(gaz):
    text = "商洛市位于秦岭南麓"
    assert [(s, e, x.canonical) for s, e, x in gaz.scan(text)] == [(0, 3, "商洛市"), (5, 9, "秦岭南麓")]
    # 上高 (上高县) must not match across the token boundary of 迈上/高质量
    text = "迈上高质量发展"
    assert list(gaz.scan(text, bounds={0, 2, 5, 7})) == []
    # a long name may end inside a token (运输|及|物流|局局长|…), but must start on a boundary
    text = "运输及物流局局长表示"
    assert [(s, e, x.canonical) for s, e, x in gaz.scan(text, bounds={0, 2, 3, 5, 8, 10})] == [(0, 6, "运输及物流局")]
    assert list(gaz.scan("新运输及物流局", bounds={0, 2, 4, 7})) == []
    # but not inside the common word 部门 (the departments of a field)
    assert "生态环境部" not in {x.canonical for _, _, x in gaz.scan("生态环境部门共查处", bounds={0, 2, 4, 6, 7, 9})}
    # a four-character name must end on a boundary (中国银行|业 is 中国银行业)
    assert "中国银行" not in {x.canonical for _, _, x in gaz.scan("中国银行业协会", bounds={0, 2, 5, 7})}


def test_stable_id_is_deterministic():
    assert stable_id("firm", "西部鑫兴") == stable_id("firm", "西部鑫兴")
    assert stable_id("firm", "西部鑫兴") != stable_id("organization", "西部鑫兴")


def _scan_every_position(gaz, text, start=0, end=None, bounds=None):
    """The scan as a plain loop over every position: what ``Gazetteer.scan`` must yield."""
    end = len(text) if end is None else end
    i = start
    while i < end - 1:
        found = relaxed = None
        for n in range(min(16, end - i), 1, -1):
            entry = gaz.get(text[i:i + n])
            if entry is None:
                continue
            if bounds is None or (i in bounds and i + n in bounds):
                found = (n, entry)
                break
            if relaxed is None and entry.code and entry.code[4:] == "00" and i in bounds:
                relaxed = (n, entry)
        found = found or relaxed
        if found:
            yield i, i + found[0], found[1]
            i += found[0]
        else:
            i += 1


@pytest.mark.parametrize("text", [
    "商洛市位于秦岭南麓，广西南宁和陕西省商洛市商南县、山阳县",
    "宝鸡市委书记在广州地区调研，迈上高质量发展新台阶",
    "陕西商洛",
    "",
    "商",
])
def test_scan_visits_only_possible_starts_but_finds_every_match(gaz, text):
    assert list(gaz.scan(text)) == list(_scan_every_position(gaz, text))
    bounds = {0, 2, 3, 5, 7, 9, len(text)}
    assert list(gaz.scan(text, bounds=bounds)) == list(_scan_every_position(gaz, text, bounds=bounds))
    assert list(gaz.scan(text, 1, len(text) - 1)) == list(_scan_every_position(gaz, text, 1, len(text) - 1))


def test_match_at_takes_the_longest_entry(gaz):
    assert gaz.match_at("商洛市商南县", 0) == (3, gaz.get("商洛市"))
    assert gaz.match_at("商洛市", 0, end=2) == (2, gaz.get("商洛"))
    assert gaz.match_at("商洛市", 2) is None


@pytest.mark.parametrize(("name", "code"), [("渝北区", "500112"), ("渝中区", "500103")])
def test_chongqing_s_districts_are_divisions_of_the_municipality(name, code):
    division = load_divisions()[code]
    assert (division.name, division.parent) == (name, "500100")
