import os
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.numbers import NumberParseError, parse_number

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "datasets")
NEMO_ITN = os.path.join(SHARED, "nemo_zh_text_normalization_tests", "data_inverse_text_normalization")

PARSED = [
    ("１２．５万", "125000"),
    ("12.5万", "125000"),
    ("69.56", "69.56"),
    ("1,100.9亿", "110090000000"),
    ("2,592万", "25920000"),
    ("1,821", "1821"),
    ("87,287.20万", "872872000"),
    ("1,799,999,925.50", "1799999925.5"),
    ("329,000万", "3290000000"),
    ("一百四十万", "1400000"),
    ("两千", "2000"),
    ("三万五", "35000"),
    ("三万五千", "35000"),
    ("3万5千", "35000"),
    ("3万5", "35000"),
    ("14万4000", "144000"),
    ("零", "0"),
    ("〇", "0"),
    ("1.2万亿", "1200000000000"),
    ("10.26万亿", "10260000000000"),
    ("十四", "14"),
    ("十", "10"),
    ("十五万", "150000"),
    ("一千二", "1200"),
    ("两百五", "250"),
    ("一亿五", "150000000"),
    ("一万零五", "10005"),
    ("一千零五十", "1050"),
    ("一百零一", "101"),
    ("一千一百十", "1110"),
    ("一亿五千万", "150000000"),
    ("三万五千亿", "3500000000000"),
    ("一万亿", "1000000000000"),
    ("千万", "10000000"),
    ("千亿", "100000000000"),
    ("百万", "1000000"),
    ("5千", "5000"),
    ("3百万", "3000000"),
    ("一点五", "1.5"),
    ("百分之一点五"[3:], "1.5"),
    ("一点五万", "15000"),
    ("三千点五", "3000.5"),
    ("四万点六", "40000.6"),
    ("负十点五", "-10.5"),
    ("負十點五", "-10.5"),
    ("-13.2", "-13.2"),
    ("+5", "5"),
    ("兩萬", "20000"),
    ("壹万贰仟", "12000"),
    ("0.11", "0.11"),
    ("5.0", "5"),
    ("252 万", "2520000"),
    ("1401879亿", "140187900000000"),
    ("万", "10000"),
]


@pytest.mark.parametrize("text,expected", PARSED)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


REJECTED = [
    "", "-", "二〇二三", "一一", "十百", "几十", "十几", "数万", "1.5点五", "万万", "亿万",
    "3万50", "14万400", "1,23", "12,34,567", "点五", "十五十", "三四十", "三五百", "五六十",
    "12三", "abc", "1.2.3", "十四五", "一二三",
]


@pytest.mark.parametrize("text", REJECTED)
def test_parse_number_rejects(text):
    with pytest.raises(NumberParseError):
        parse_number(text)


def test_error_names_the_input():
    with pytest.raises(NumberParseError) as info:
        parse_number("十几")
    assert info.value.text == "十几" and "十几" in str(info.value)
    assert isinstance(info.value, ValueError)


def _dataset_pairs(name):
    path = os.path.join(NEMO_ITN, name)
    if not os.path.exists(path):
        return []
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            spoken, _, written = line.rstrip("\n").partition("~")
            # a notice reads a lone digit after a unit colloquially (一千五万 = 1500万, 一千一百一 = 1110);
            # these two NeMo cases read it otherwise
            if spoken and written and spoken not in ("一千五万", "一億零一萬一千一百一"):
                pairs.append((spoken, written))
    return pairs


@pytest.mark.parametrize("spoken,written", _dataset_pairs("test_cases_cardinal.txt") + _dataset_pairs("test_cases_decimal.txt"))
def test_nemo_itn_cases(spoken, written):
    try:
        expected = parse_number(written)
    except NumberParseError:
        pytest.skip(f"{written!r} is not a plain number")
    assert parse_number(spoken) == expected


# --- Hypothesis round trips: a value written out parses back to itself -------------------------
_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with 零 for gaps (一千零五)."""
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += _DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


def to_chinese(n: int) -> str:
    if n == 0:
        return "零"
    out = ""
    for value, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value:
            if out and value < 1000:
                out += "零"
            out += _section(value) + unit
    return out


@given(st.integers(min_value=0, max_value=9999_9999_9999))
def test_chinese_integer_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_arabic_round_trip(n):
    assert parse_number(f"{n:,}") == n


@given(
    st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12), ("千", 1000), ("", 1)]),
)
def test_arabic_with_magnitude_round_trip(value, magnitude):
    word, factor = magnitude
    if word == "千" and value != value.to_integral_value():
        value = value.to_integral_value()
    assert parse_number(f"{value}{word}") == value * factor


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9))
def test_chinese_decimal_with_magnitude_round_trip(whole, tenth):
    assert parse_number(f"{to_chinese(whole)}点{_DIGITS[tenth]}万") == (Decimal(whole) + Decimal(tenth) / 10) * 10000


@given(
    st.from_regex(r"[0-9]{1,14}(\.[0-9]{1,10})?[万亿]?", fullmatch=True),
)
def test_plain_numbers_parse_as_the_general_parser_does(text):
    # a leading space skips the direct path for plain numbers (12.5, 3万) and takes the general one
    direct, general = parse_number(text), parse_number(" " + text)
    assert direct == general and str(direct) == str(general)
