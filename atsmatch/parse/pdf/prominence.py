"""What a PDF's type sizes and weights tell: layout headings and the title (the name).

* **Layout headings.** Body lines of one to six words, with letters, no digits and no
  closing punctuation, set in bold, in type at least ``HEADING_SIZE`` times the body size,
  or in capitals. Section finding uses them next to its word lists.
* **Title.** The first page's text in its largest type, when that is at least
  ``HEADING_SIZE`` times the body size and upright: the span of that line's fragments set
  within ``TITLE_SHARE`` of the largest size ("John Doe" of a line that also holds a
  Europass label "Personal Information"). Contact finding reads the name there first.
"""

from __future__ import annotations

from dataclasses import dataclass

from atsmatch.parse.normalize import normalize_text, squeeze_spaces
from atsmatch.parse.pdf.lines import Line

__all__ = ["HEADING_SIZE", "TITLE_SHARE", "Placed", "body_size", "heading_starts", "title_span"]

HEADING_SIZE = 1.15
TITLE_SHARE = 0.9
_HEADING_WORDS = 6


@dataclass(slots=True)
class Placed:
    """An output line: its page, layout line, final text and offset in the document."""

    page: int
    line: Line
    text: str
    start: int = 0


def body_size(placed: list[Placed]) -> float:
    """The type size of most body characters (the weighted median)."""
    sized = sorted((item.line.size, len(item.text)) for item in placed if item.line.kind == "body")
    half = sum(n for _, n in sized) / 2
    seen = 0
    for size, n in sized:
        seen += n
        if seen >= half:
            return size
    return 0.0


def heading_starts(placed: list[Placed]) -> list[int]:
    """Offsets of the lines that layout marks as headings."""
    body = body_size(placed)
    starts: list[int] = []
    for item in placed:
        words = item.text.split()
        letters = [c for c in item.text if c.isalpha()]
        if item.line.kind != "body" or not 1 <= len(words) <= _HEADING_WORDS or len(letters) < 2:
            continue
        if item.text.endswith((".", ",", ";")) or any(c.isdigit() for c in item.text):
            continue
        larger = body > 0 and item.line.size >= HEADING_SIZE * body
        capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
        if item.line.bold or larger or capitals:
            starts.append(item.start)
    return starts


def title_span(placed: list[Placed]) -> tuple[int, int] | None:
    """``(start, end)`` of the title (see the module docstring), or ``None``."""
    first = [
        item
        for item in placed
        if item.page == placed[0].page
        and item.line.kind != "footer"
        and all(f.upright for f in item.line.fragments)
    ]
    if not first:
        return None
    top = max(first, key=lambda item: item.line.size)
    if top.line.size < HEADING_SIZE * body_size(placed):
        return None
    big = [f for f in top.line.fragments if f.size >= TITLE_SHARE * top.line.size]
    start = top.text.find(squeeze_spaces(normalize_text(big[0].text)))
    last = squeeze_spaces(normalize_text(big[-1].text))
    end = top.text.find(last, max(start, 0))
    if start < 0 or end < 0:
        return top.start, top.start + len(top.text)
    return top.start + start, top.start + end + len(last)
