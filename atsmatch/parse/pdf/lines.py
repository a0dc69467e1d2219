"""Fragments and lines of a PDF page: the types the layout steps share.

A :class:`Fragment` is a run of text on one baseline (built from glyphs by
:mod:`atsmatch.parse.pdf.fragments`); a :class:`Line` is fragments read as one line.
:func:`same_line` decides whether two fragments share a line, by how much their heights
overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

__all__ = ["SAME_LINE", "WIDE_GAP", "Fragment", "Line", "paragraph_gap", "rows", "same_line"]

SAME_LINE = 0.5  # vertical overlap, as a share of the smaller glyph height
WIDE_GAP = 2.0  # font sizes: fragments this far apart on a line are parted by a tab


@dataclass(slots=True)
class Fragment:
    """A run of text on one baseline; ``hidden`` holds ``(text, reason)`` of hidden runs."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool | None  # None when the fragment has no letters
    cids: int = 0
    icons: int = 0
    hidden: list[tuple[str, str]] = field(default_factory=list)
    upright: bool = True  # False for text drawn rotated or upside down

    @property
    def center(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 0.1)


@dataclass(slots=True)
class Line:
    """Fragments read as one line: left to right, or cell by cell for a table row."""

    fragments: list[Fragment]
    kind: str = "body"
    gap_before: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            min(f.x0 for f in self.fragments),
            min(f.y0 for f in self.fragments),
            max(f.x1 for f in self.fragments),
            max(f.y1 for f in self.fragments),
        )

    @property
    def size(self) -> float:
        return max(f.size for f in self.fragments)

    @property
    def bold(self) -> bool:
        """All letters bold (fragments without letters, such as dates, do not count)."""
        styles = [f.bold for f in self.fragments if f.bold is not None]
        return bool(styles) and all(styles)

    @property
    def text(self) -> str:
        """The fragments' text; a space where they are apart or change baseline, a tab
        where a wide gap parts them (a date or a place set flush right, a table cell)."""
        parts: list[str] = []
        prev: Fragment | None = None
        for fragment in self.fragments:
            if prev is not None and _apart(prev, fragment):
                wide = fragment.x0 - prev.x1 > WIDE_GAP * min(prev.size, fragment.size)
                parts.append("\t" if wide and same_line(prev, fragment) else " ")
            parts.append(fragment.text)
            prev = fragment
        return "".join(parts)


def _apart(prev: Fragment, fragment: Fragment) -> bool:
    if not same_line(prev, fragment):
        return True  # the next line of a table cell
    return fragment.x0 - prev.x1 > 0.15 * min(prev.size, fragment.size)


def same_line(a: Fragment, b: Fragment) -> bool:
    """The fragments share a line: their heights overlap by half the smaller one or more.

    A superscript ("1st") or a larger heading beside a date is on the line; the next line
    of text, even set solid, is not.
    """
    return min(a.y1, b.y1) - max(a.y0, b.y0) >= SAME_LINE * min(a.height, b.height)


def rows(fragments: list[Fragment]) -> list[Line]:
    """Group fragments into lines by baseline, top to bottom, each read left to right."""
    lines: list[Line] = []
    for fragment in sorted(fragments, key=lambda f: -f.center):
        if lines and same_line(lines[-1].fragments[0], fragment):
            lines[-1].fragments.append(fragment)
            continue
        lines.append(Line([fragment]))
    for prev, line in pairwise(lines):
        line.fragments.sort(key=lambda f: f.x0)
        line.gap_before = paragraph_gap(prev, line)
    if lines:
        lines[0].fragments.sort(key=lambda f: f.x0)
    return lines


def paragraph_gap(upper: Line, lower: Line) -> bool:
    """More white space between the lines than the usual leading: a paragraph break."""
    return upper.bbox[1] - lower.bbox[3] > 0.8 * max(upper.size, lower.size)
