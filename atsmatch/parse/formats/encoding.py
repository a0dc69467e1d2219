"""Telling a text file's encoding from its bytes, and refusing a decoding that loses the text.

The rules, in order (a small detector, documented here rather than a statistical library):

1. a byte-order mark decides (UTF-8, UTF-16 or UTF-32);
2. UTF-16 without a BOM shows as NUL bytes in every other position (Latin text: the high
   byte of each character is 0) — NULs at odd offsets is little-endian, at even offsets big;
3. bytes that are valid UTF-8 are UTF-8;
4. bytes that decode without error as Shift-JIS (cp932), EUC-KR, EUC-JP, GB18030 or Big5,
   and whose non-ASCII characters are then mostly of that language's script (kana and kanji,
   Hangul, Han), are that encoding;
5. anything else is Windows-1252, the superset of Latin-1 that most non-UTF-8 Western
   text is in.

A text whose decoding is mostly replacement characters, control characters, or (for the
Windows-1252 fallback) non-ASCII symbols is not a text we can read, and the caller gets
:class:`~atsmatch.errors.CorruptFileError` instead of a page of mojibake scored as a resume.
"""

from __future__ import annotations

import codecs
import re

from atsmatch._lazy import lazy_pattern
from atsmatch.errors import CorruptFileError

__all__ = ["decode_checked", "sniff_encoding", "utf16_without_bom"]

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_NEUTRAL = "\u3000-\u303f\uff01-\uff60"  # CJK punctuation and full-width forms
_SCRIPTS = (
    # (codec, characters of its script, characters that must also appear)
    # compiled when first needed: their large classes cost a UTF-8 file's cold start ~10 ms
    ("cp932", lazy_pattern(f"[{_KANA}{_HAN}{_NEUTRAL}]"), None),
    ("euc_kr", lazy_pattern(f"[{_HANGUL}{_NEUTRAL}]"), None),
    ("euc_jp", lazy_pattern(f"[{_KANA}{_HAN}{_NEUTRAL}]"), lazy_pattern(f"[{_KANA}]")),
    ("gb18030", lazy_pattern(f"[{_HAN}{_NEUTRAL}]"), None),
    ("big5", lazy_pattern(f"[{_HAN}{_NEUTRAL}]"), None),
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_BAD = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s")


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the bytes have UTF-16's NUL pattern."""
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        encoding, low = "utf-16-le", head[0::2]
    elif even >= 0.4 * pairs and odd <= 0.05 * pairs:
        encoding, low = "utf-16-be", head[1::2]
    else:
        return None
    # the low bytes of text are letters, not control codes (b"\x00\x01" * 500 is binary)
    controls = sum(1 for b in low if b < 32 and b not in (9, 10, 12, 13))
    return encoding if controls <= 0.05 * pairs else None


def sniff_encoding(data: bytes) -> str:
    """The codec name for ``data`` by the rules of this module."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    for codec, script, required in _SCRIPTS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        foreign = len(_NON_ASCII.findall(text))
        scripted = foreign and len(script.findall(text)) >= 0.6 * foreign
        if scripted and (required is None or required.search(text)):
            return codec
    return "cp1252"


def decode_checked(data: bytes, name: str) -> str:
    """Decode ``data`` in its sniffed encoding; NUL bytes are dropped. Raises
    :class:`CorruptFileError` when most of the text does not survive the decoding."""
    encoding = sniff_encoding(data)
    text = data.decode(encoding, errors="replace").replace("\x00", "")
    if encoding == "utf-16-be" and text.startswith("\ufeff"):
        text = text[1:]
    visible = len(text) - len(_SPACE.findall(text))
    if visible == 0:
        return text
    lost = len(_BAD.findall(text))
    if encoding == "cp1252":  # a Latin text is mostly ASCII; bytes read as symbols are not
        lost = max(lost, len(_NON_ASCII.findall(text)))
    if lost > 0.3 * visible:
        raise CorruptFileError(
            name,
            f"cannot tell the text's encoding: {lost * 100 // visible}% of its characters "
            f"do not decode as {encoding} (save it as UTF-8)",
        )
    return text
