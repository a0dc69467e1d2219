"""Plain text: decoding in any common encoding, and line normalisation."""

from __future__ import annotations

from collections.abc import Iterable

from atsmatch.errors import EmptyDocumentError, InputTooLargeError
from atsmatch.parse.formats.encoding import BOMS, decode_checked, utf16_without_bom
from atsmatch.parse.limits import Deadline, ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.raw import RawText

__all__ = ["assemble_lines", "decode_text", "looks_binary"]


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text in any encoding we decode: more than 1 % control
    bytes, or more than 10 % NULs (a few NULs in a text are dropped; UTF-16 is text)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in BOMS) or utf16_without_bom(head):
        return False
    nuls = head.count(0)
    controls = sum(1 for b in head if 0 < b < 32 and b not in (9, 10, 12, 13))
    return controls > max(1, len(head) // 100) or nuls > max(1, len(head) // 10)


def decode_text(data: bytes, name: str = "<bytes>") -> str:
    """Decode bytes in their detected encoding (see :mod:`atsmatch.parse.formats.encoding`),
    with line ends made ``\\n``. Raises :class:`CorruptFileError` when most of the text is
    lost in the decoding."""
    text = decode_checked(data, name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assemble_lines(
    lines: Iterable[tuple[str, bool]],
    name: str,
    limits: ParseLimits,
    *,
    deadline: Deadline | None = None,
) -> RawText:
    """A :class:`RawText` from ``(line, is_heading)`` pairs, one line each; blank lines dropped.

    Raises :class:`EmptyDocumentError` when no line has text and
    :class:`InputTooLargeError` when the text is over ``limits.max_chars``.
    """
    parts: list[str] = []
    headings: list[int] = []
    offset = 0
    for count, (line, heading) in enumerate(lines):
        if deadline is not None and count % 1024 == 0:
            deadline.check()
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
