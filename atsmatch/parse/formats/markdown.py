"""The Markdown reader: the text a reader of the rendered page sees, markup removed.

``#`` and underlined (setext) headings, and short lines that are all bold, become headings;
emphasis, inline code and link markup are removed (a link keeps its text, an image its alt
text); list markers become bullets; block quotes lose their ``>``; thematic breaks, code
fences, table separator rows and link reference definitions are dropped; table rows keep
their cells joined by ``" | "``.
"""

from __future__ import annotations

import re

from atsmatch.parse.formats.text import assemble_lines, decode_text
from atsmatch.parse.limits import Deadline, ParseLimits
from atsmatch.parse.raw import RawText

__all__ = ["markdown_to_lines", "read_markdown", "strip_inline"]

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s(.*))?$")
_CLOSING_HASHES = re.compile(r"\s#+$")
_BOLD_LINE = re.compile(r"^ {0,3}(\*\*|__)[^*_\n]{1,60}\1:?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(\[[ xX]\]\s+)?")
_TABLE_SEPARATOR = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_QUOTES = re.compile(r"^(?: {0,3}>\s?)+")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")
_IMAGE = re.compile(r"!\[([^\][]{0,300})\]\([^)]{0,500}\)")
_LINK = re.compile(r"\[([^\][]{1,300})\](?:\([^)]{0,500}\)|\[[^\][]{0,300}\])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]{1,2000})>")
_CODE = re.compile(r"`{1,3}([^`]{1,300})`{1,3}")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.{1,300}?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(.{1,300}?)~~")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>")
_SHELTER = 0xF0000  # escaped characters hide in a private-use plane while markup is removed
_SHELTERED = re.compile("[\U000f0000-\U000f00ff]")
# Every pattern bounds its repeats or stops at the next "<", and no two adjacent repeats can
# match the same characters, so a long line without closing marks (200,000 spaces, 100,000
# unclosed "<a ") stays linear.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def strip_inline(text: str) -> str:
    """Remove inline Markdown markup from one line, keeping the words."""
    text = _ESCAPE.sub(lambda m: chr(_SHELTER + ord(m.group(1))), text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _TAG.sub("", text)
    return _SHELTERED.sub(lambda m: chr(ord(m.group(0)) - _SHELTER), text)


def markdown_to_lines(markdown: str, *, deadline: Deadline | None = None) -> list[tuple[str, bool]]:
    """The lines of the rendered text, each with whether it is a heading."""
    lines: list[tuple[str, bool]] = []
    fenced = False
    for count, raw in enumerate(markdown.split("\n")):
        if deadline is not None and count % 256 == 0:
            deadline.check()
        if not raw.strip():
            lines.append(("", False))
            continue
        if _FENCE.match(raw):
            fenced = not fenced
            continue
        if fenced:
            if raw.strip():
                lines.append((raw.rstrip(), False))
            continue
        setext = _SETEXT.match(raw)
        if setext and lines and lines[-1][0] and not _BULLET.match(lines[-1][0]):
            lines[-1] = (lines[-1][0], True)
            continue
        if _RULE.match(raw) or _TABLE_SEPARATOR.match(raw) or _REFERENCE.match(raw):
            continue
        lines.append(_line(raw))
    return [(text, heading) for text, heading in lines if text]


def _line(raw: str) -> tuple[str, bool]:
    atx = _ATX.match(raw)
    if atx:
        text = (atx.group(2) or "").strip()
        closing = _CLOSING_HASHES.search(" " + text)  # "## Skills ##" → "Skills"
        if closing:
            text = text[: closing.start()].strip()
        return strip_inline(text).strip(), True
    if _BOLD_LINE.match(raw):  # a paragraph that is all bold reads as a heading
        return strip_inline(raw).strip(), True
    line = _QUOTES.sub("", raw, count=1)
    line = _BULLET.sub(r"\1• ", line, count=1)
    if line.strip().startswith("|") and line.strip().endswith("|"):
        cells = [strip_inline(cell).strip() for cell in line.strip().strip("|").split("|")]
        return " | ".join(cell for cell in cells if cell), False
    return strip_inline(line).rstrip(), False


def read_markdown(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a Markdown document."""
    deadline = Deadline(limits, name)
    lines = markdown_to_lines(decode_text(data, name), deadline=deadline)
    return assemble_lines(lines, name, limits, deadline=deadline)
