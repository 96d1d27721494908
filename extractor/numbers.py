"""Exact parsing of written numbers: Arabic, Chinese numerals and mixed forms.

``parse_number("１２．５万") == Decimal("125000")``; ``parse_number("一百四十万") == Decimal("1400000")``;
``parse_number("3万5千") == Decimal("35000")``; ``parse_number("三万五") == Decimal("35000")``.
Anything that is not exactly one well-formed number raises ``NumberParseError``: nothing is guessed
(no vague 几/数/多, no digit strings like 二〇二三, no 十百 in the wrong order).
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

__all__ = ["NumberParseError", "parse_number", "CN_DIGITS", "SMALL_UNITS", "BIG_UNITS"]


class NumberParseError(ValueError):
    """The text is not one well-formed number."""

    def __init__(self, text: str, reason: str):
        super().__init__(f"not a number: {text!r} ({reason})")
        self.text = text
        self.reason = reason


CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}  # 兆元: Taiwan's trillion (兆瓦 is a unit)
_POINTS = "点點"
_MINUS = ("-", "−", "负", "負")

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_CN_FRACTION = re.compile("[" + _POINTS + "]([零〇○一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]+)")


def _tokens(text: str, original: str):
    """Yield ``(kind, value)``: ``num`` (Decimal, with ``arabic`` flag), ``small``, ``big``,
    ``zero`` (a Chinese 零 placeholder) and ``frac`` (Chinese digits after 点)."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isdigit():
            m = _GROUPED.match(text, i)
            if m is not None and (m.end() == n or not text[m.end()].isdigit()):
                yield "num", (Decimal(m.group(0).replace(",", "")), True)
                i = m.end()
                continue
            m = _ARABIC.match(text, i)
            if m.end() < n and text[m.end()] == ",":
                raise NumberParseError(original, "misplaced thousands separator")
            yield "num", (Decimal(m.group(0)), True)
            i = m.end()
        elif ch in CN_DIGITS:
            if CN_DIGITS[ch] == 0:
                yield "zero", None
            else:
                yield "num", (Decimal(CN_DIGITS[ch]), False)
            i += 1
        elif ch in SMALL_UNITS:
            yield "small", SMALL_UNITS[ch]
            i += 1
        elif ch in BIG_UNITS:
            yield "big", BIG_UNITS[ch]
            i += 1
        elif ch in _POINTS:
            m = _CN_FRACTION.match(text, i)
            if m is None:
                raise NumberParseError(original, "点 without digits after it")
            digits = "".join(str(CN_DIGITS[c]) for c in m.group(1))
            yield "frac", Decimal("0." + digits)
            i = m.end()
        else:
            raise NumberParseError(original, f"unexpected character {ch!r}")


# the common case, parsed directly: 2023, 12.5, 206.86亿 (short enough that no arithmetic rounds)
_PLAIN = re.compile(r"([0-9]{1,12}(?:\.[0-9]{1,8})?)([万亿]?)")


@lru_cache(maxsize=4096)  # a notice repeats its numbers, and notices share many
def parse_number(text: str) -> Decimal:
    """The exact value of one written number (see the module docstring)."""
    plain = _PLAIN.fullmatch(text)
    if plain is not None:
        digits, magnitude = plain.groups()
        return _exact(Decimal(digits) * BIG_UNITS[magnitude] if magnitude else Decimal(digits))
    original = text
    s = unicodedata.normalize("NFKC", text).replace(" ", "").strip()
    negative = False
    for minus in _MINUS:
        if s.startswith(minus):
            negative, s = True, s[len(minus):]
            break
    else:
        if s.startswith("+"):
            s = s[1:]
    if not s:
        raise NumberParseError(original, "empty")

    total = Decimal(0)       # finished big sections (万, 亿 …)
    section = Decimal(0)     # the current section below the last big unit
    number: Decimal | None = None
    number_is_digit = False  # the pending number is a single digit (for 三万五)
    top = floor = None       # largest and last big unit applied
    last_small = None        # last small unit inside the section (must descend)
    previous = None          # kind of the previous token
    previous_unit = 0        # value of the last unit token, for the colloquial tail
    zero_since_unit = False
    seen_fraction = False
    seen_any_digit = False
    plain_tail = False

    for kind, value in _tokens(s, original):
        if kind == "num":
            if number is not None or previous == "frac":
                raise NumberParseError(original, "two numbers side by side")
            number, arabic = value
            plain_tail = (
                arabic and previous == "big" and number == number.to_integral_value()
                and len(str(int(number))) == len(str(previous_unit)) - 1
            )
            number_is_digit = number == number.to_integral_value() and number < 10
            if arabic and number != number.to_integral_value() or "." in str(number):
                seen_fraction = True
            seen_any_digit = True
        elif kind == "zero":
            if number is not None:
                raise NumberParseError(original, "digit string (一零…) is not a written number")
            zero_since_unit = True
            seen_any_digit = True
        elif kind == "frac":
            if seen_fraction:
                raise NumberParseError(original, "two decimal points")
            seen_fraction = True
            if number is not None:
                number += value
            elif previous == "big" and section == 0:
                total += value  # 四万点六 → 40000.6
                previous = "frac"
                continue
            elif previous in ("zero", "small") or (previous == "big" and section):
                number = value  # 一百零点五, 三千点五
                number_is_digit = False
                zero_since_unit = True
            else:
                raise NumberParseError(original, "点 without a number before it")
        elif kind == "small":
            if previous == "frac":
                raise NumberParseError(original, "unit in the wrong place")
            if last_small is not None and value >= last_small:
                raise NumberParseError(original, "small units out of order")
            section += (number if number is not None else Decimal(1)) * value
            number = None
            last_small = value
            previous_unit = value
            zero_since_unit = False
        elif kind == "big":
            x = section + (number if number is not None else Decimal(0))
            if x == 0 and total == 0:
                if previous is None:
                    x = Decimal(1)  # 万, 亿 alone
                elif number is None and previous != "big":
                    raise NumberParseError(original, "magnitude after zero")
            if top is None or value > top:
                total = (total + x) * value
                top = value
                floor = value
            elif value < floor:
                if x == 0:
                    raise NumberParseError(original, "empty section")
                total += x * value
                floor = value
            else:
                raise NumberParseError(original, "magnitudes out of order")
            section = Decimal(0)
            number = None
            last_small = None
            previous_unit = value
            zero_since_unit = False
        previous = kind

    if not seen_any_digit and previous_unit == 0:
        raise NumberParseError(original, "no digits")
    tail = Decimal(0)
    if number is not None:
        if previous == "num" and plain_tail:
            tail = number  # 14万4000 = 144000: all the digits below 万 are written
        elif previous_unit >= 100 and not zero_since_unit:
            # 三万五 = 35000, 一千二 = 1200: a lone digit after a unit counts in the next unit down
            if not number_is_digit:
                raise NumberParseError(original, "ambiguous number after a unit")
            tail = number * previous_unit / 10
        else:
            tail = number
    value = _exact(total + section + tail)
    return -value if negative else value


def _exact(value: Decimal) -> Decimal:
    """One spelling per value: 125000 rather than 1.25E+5 or 125000.0, 12.5 rather than 12.50."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
