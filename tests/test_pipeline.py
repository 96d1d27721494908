import pytest

from extractor.errors import DecodeError
from extractor.pipeline import dateline, document_from_bytes, extract_document


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("正文。\n《 人民日报 》（ 2026年06月12日 01版）", "2026-06-12"),
        ("发布时间：2024年7月18日\n今年上半年，全市完成投资12亿元。", "2024-07-18"),
        ("2024年9月，教育部与江苏省共建全国首个区域中心，在南京布局分中心。", ""),
        ("会议于2023年3月5日至7日在北京召开，审议通过了政府工作报告和其他多项重要议程。", ""),
    ],
)
def test_dateline_is_a_short_line_with_a_full_date(text, date):
    assert dateline(text) == date


def test_document_date_comes_from_metadata_before_the_text():
    html = "<html><head><meta name='pubdate' content='2024-07-18'></head><body><p>全市完成投资12亿元。</p><p>2023年1月2日</p></body></html>"
    extraction = extract_document(document_from_bytes(html.encode(), "page.html"))
    assert extraction.document.meta["date"] == "2024-07-18"
    plain = extract_document(document_from_bytes("全市完成投资12亿元。\n2023年1月2日".encode(), "notice.txt"))
    assert plain.document.meta["date"] == "2023-01-02"


def test_unreadable_bytes_raise_a_decode_error_naming_the_file():
    with pytest.raises(DecodeError) as error:
        document_from_bytes(b"\x00\x01\x02" * 100, "scan.pdf")
    assert "scan.pdf" in str(error.value)
