import codecs
import os

import pytest

from extractor.decode import decode_bytes
from extractor.errors import DecodeError

NOTICE = "近日，省工信厅发布第六批省级绿色制造名单，商洛市新增省级绿色工业园区1个、绿色工厂3家。"
TRADITIONAL = "近日，省工信廳發布第六批省級綠色製造名單，商洛市新增省級綠色工業園區1個、綠色工廠3家。"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (NOTICE.encode("utf-8"), "utf-8", NOTICE),
        (codecs.BOM_UTF8 + NOTICE.encode("utf-8"), "utf-8-sig", NOTICE),
        (NOTICE.encode("utf-16"), "utf-16", NOTICE),
        (codecs.BOM_UTF16_BE + NOTICE.encode("utf-16-be"), "utf-16", NOTICE),
        (TRADITIONAL.encode("utf-16-le"), "utf-16-le", TRADITIONAL),
        (NOTICE.encode("gb18030"), "gb18030", NOTICE),
        (NOTICE.encode("gbk"), "gb18030", NOTICE),
        (TRADITIONAL.encode("big5"), "big5hkscs", TRADITIONAL),
    ],
)
def test_decodes_the_encodings_of_real_notices(data, encoding, text):
    decoded = decode_bytes(data, "notice.txt")
    assert decoded.text == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \r\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
        (bytes(range(256)) * 16, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "invalid utf-8-sig"),
    ],
)
def test_rejects_what_is_not_a_text_notice_naming_the_file(data, reason):
    with pytest.raises(DecodeError) as error:
        decode_bytes(data, "bad/notice.txt")
    assert str(error.value).startswith("bad/notice.txt: ")
    assert reason in str(error.value)


def test_corpus_files_in_every_encoding_decode_to_readable_chinese():
    here = os.path.join(os.path.dirname(__file__), "..", "corpus")
    expected = {
        "101_invented-county-industry-gb18030.txt": ("gb18030", "规模以上工业增加值"),
        "102_invented-taipei-recycling-big5.txt": ("big5hkscs", "資源回收率"),
        "103_invented-city-income-utf16.txt": ("utf-16", "人均可支配收入"),
    }
    for name, (encoding, phrase) in expected.items():
        with open(os.path.join(here, name), "rb") as handle:
            decoded = decode_bytes(handle.read(), name)
        assert decoded.encoding == encoding
        assert phrase in decoded.text


@pytest.mark.parametrize("data", [b"abc\x01\x02\n\t\x1b\x00", bytes(range(256)), "商洛".encode("gb18030")])
def test_control_ratio_counts_control_bytes(data):
    from extractor.decode import _control_ratio

    controls = sum(1 for byte in data if byte < 32 and byte not in (9, 10, 12, 13, 27))
    assert _control_ratio(data) == controls / len(data)
