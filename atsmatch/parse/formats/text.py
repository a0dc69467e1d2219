"""Plain text: decoding in any common encoding, and line normalisation."""

from __future__ import annotations

import codecs
from collections.abc import Iterable

from atsmatch.errors import EmptyDocumentError, InputTooLargeError
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.raw import RawText

__all__ = ["assemble_lines", "decode_text", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text in any encoding we decode (NULs, control bytes)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(1, len(head) // 100)


def decode_text(data: bytes) -> str:
    """Decode bytes: a BOM decides; else UTF-8; else Windows-1252 (a superset of Latin-1)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assemble_lines(lines: Iterable[tuple[str, bool]], name: str, limits: ParseLimits) -> RawText:
    """A :class:`RawText` from ``(line, is_heading)`` pairs, one line each; blank lines dropped.

    Raises :class:`EmptyDocumentError` when no line has text and
    :class:`InputTooLargeError` when the text is over ``limits.max_chars``.
    """
    parts: list[str] = []
    headings: list[int] = []
    offset = 0
    for line, heading in lines:
        text = normalize_text(line).strip()
        if not text:
            continue
        if heading:
            headings.append(offset)
        parts.append(text + "\n")
        offset += len(text) + 1
        if offset > limits.max_chars:
            raise InputTooLargeError(
                name, f"text is longer than {limits.max_chars:,} characters (ParseLimits.max_chars)"
            )
    text = "".join(parts)
    if not text.strip():
        raise EmptyDocumentError(name, "the document has no readable text")
    return RawText(text=text, headings=tuple(headings))
