"""Bytes → text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5, with clear refusals."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from extractor.errors import DecodeError

# Characters frequent in Chinese notices, in both scripts: a text decoded with the
# wrong codec turns into rare characters and scores low.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
    "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相"
    "全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果"
    "料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则"
    "任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带"
    "安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装"
    "影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选"
    "标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙"
    "這個們為來發經會說國對時過進開們實現動與點當關體還從學樣產業長種後應問麼們區廠縣與億萬綠優環圍環準設際際線頭將專計書務農歲華"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, source: str = "<bytes>") -> Decoded:
    """Decode a notice's bytes, or raise ``DecodeError`` naming ``source`` and the reason."""
    if not data or not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise DecodeError(source, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", source, label="utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    bom_less_utf16 = _sniff_utf16(data)
    if bom_less_utf16:
        return _strict(data, bom_less_utf16, source)
    if b"\x00" in data or _control_ratio(data) > 0.05:
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _readable_utf16(data, encoding)
            if text is not None:
                return Decoded(text, encoding)
        raise DecodeError(source, "binary file (control bytes), not a text notice")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), encoding, text))
    if not candidates:
        raise DecodeError(source, "undecodable: not UTF-8, UTF-16, GB18030 or Big5")
    score, encoding, text = max(candidates)
    if score < 0.05:
        raise DecodeError(source, f"undecodable: bytes decode as {encoding} but give no readable Chinese")
    return Decoded(text, encoding)


def _strict(data: bytes, encoding: str, source: str, label: str | None = None) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(source, f"invalid {label or encoding} at byte {error.start}") from None
    if "\x00" in text:
        raise DecodeError(source, "binary file (NUL characters), not a text notice")
    return Decoded(text, label or encoding)


def _sniff_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _readable_utf16(data: bytes, encoding: str) -> str | None:
    if len(data) % 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text[:4000]):
        return None
    return text if _plausibility(text) >= 0.3 else None


_NOT_CONTROL = bytes([byte for byte in range(256) if not (byte < 32 and byte not in (9, 10, 12, 13, 27))])


def _control_ratio(data: bytes) -> float:
    sample = data[:8000]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls / len(sample)


def _plausibility(text: str) -> float:
    cjk = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(ch in _COMMON for ch in cjk) / len(cjk)
