"""Reading order on a PDF page: columns, rows and tables, from fragment positions.

The rules (docs/parsing.md, "PDF"):

* **Columns.** A column gutter is a vertical strip, at least ``MIN_GUTTER`` points wide,
  that almost no fragment crosses while there is text on both sides of it. The few
  fragments that do cross it (a name or a heading set across the full width) cut the page
  into bands; in each band the left column is read completely, then the right one. The
  columns are searched again inside each side, so three columns work too.
* **Rows.** When most fragments on both sides of a strip have a partner on the same
  baseline across it and neither side is running text, or nearly all of one sparse side
  do, the strip is the gap between table cells or between labels (dates) and entries,
  not a gutter: such fragments are read across, as one line.
* **Lines.** Fragments on one baseline form a line, read left to right; lines are read top
  to bottom. A larger vertical gap than the usual leading marks a paragraph break.
* **Tables.** See :mod:`atsmatch.parse.pdf.tables`.
* **Section labels** beside the content (a label column, rotated labels) are taken out
  first and read before the section they name: see :mod:`atsmatch.parse.pdf.labels`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from atsmatch.parse.pdf.gutters import MIN_GUTTER, column_split
from atsmatch.parse.pdf.labels import find_labels, place_labels
from atsmatch.parse.pdf.lines import Fragment, Line, paragraph_gap, rows, same_line
from atsmatch.parse.pdf.tables import CELL_ALIGN, merge_tables

__all__ = ["MIN_GUTTER", "Line", "PageOrder", "order_page", "rows"]

_MAX_DEPTH = 3
_CONTACTISH = re.compile(r"[@\d./]")
_SPREAD_SIZES = 1.2  # parts of one spread-out line differ in size by less than this


@dataclass(slots=True)
class PageOrder:
    """The lines of one page in reading order, and the column gutters that were found."""

    lines: list[Line] = field(default_factory=list)
    gutters: list[float] = field(default_factory=list)
    columns: list[tuple[float, float, float, float]] = field(default_factory=list)


def order_page(fragments: list[Fragment]) -> PageOrder:
    """Put a page's body fragments in reading order (see the module docstring)."""
    order = PageOrder()
    rest, labels = find_labels(fragments)
    order.lines = place_labels(merge_tables(_read(rest, order, 0)), labels)
    return order


def _read(fragments: list[Fragment], order: PageOrder, depth: int) -> list[Line]:
    split = column_split(fragments) if depth < _MAX_DEPTH else None
    if split is None:
        return rows(fragments)
    gutter, left, right, crossing = split
    order.gutters.append(gutter)
    order.columns.extend((_box(left), _box(right)))
    crossing += _spread_line(left, right)
    # A full-width line takes the fragments beside it on its line.
    taken = {id(f) for f in crossing}
    taken |= {id(f) for f in (*left, *right) if any(same_line(f, c) for c in crossing)}
    full = rows([f for f in fragments if id(f) in taken])
    left = [f for f in left if id(f) not in taken]
    right = [f for f in right if id(f) not in taken]
    bands: list[tuple[list[Fragment], list[Fragment]]] = [([], []) for _ in range(len(full) + 1)]
    centers = [-(line.bbox[1] + line.bbox[3]) / 2 for line in full]
    for side, fragments_of_side in ((0, left), (1, right)):
        for fragment in fragments_of_side:
            bands[bisect_left(centers, -fragment.center)][side].append(fragment)
    lines: list[Line] = []
    for index, (band_left, band_right) in enumerate(bands):
        for side, part in enumerate((band_left, band_right)):
            part_lines = _read(part, order, depth + 1)
            if part_lines and lines:
                part_lines[0].gap_before = side == 1 or paragraph_gap(lines[-1], part_lines[0])
            lines.extend(part_lines)
        if index < len(full):
            if lines:
                full[index].gap_before = paragraph_gap(lines[-1], full[index])
            lines.append(full[index])
    return lines


def _box(fragments: list[Fragment]) -> tuple[float, float, float, float]:
    return (
        min(f.x0 for f in fragments),
        min(f.y0 for f in fragments),
        max(f.x1 for f in fragments),
        max(f.y1 for f in fragments),
    )


def _spread_line(left: list[Fragment], right: list[Fragment]) -> list[Fragment]:
    """A line over both columns whose parts sit in both ("email   phone   website").

    It is the first line of both sides (lines of one side above all of the other side
    aside), has a part that starts where no other line starts (not at a column's edge or
    indent), holds contact details (an ``@``, a digit, a dot or a slash), is all of one
    size, and has nothing bold (column headings and entry titles side by
    side are bold, a large title beside a sidebar heading differs in size: they stay in
    their columns).
    """
    left_top = max(f.y1 for f in left)
    right_top = max(f.y1 for f in right)
    # Lines of one side above all of the other are read first anyway: skip them.
    left_rest = [f for f in left if f.y0 < right_top] or left
    right_rest = [f for f in right if f.y0 < left_top] or right
    first_left = max(left_rest, key=lambda f: f.center)
    first_right = max(right_rest, key=lambda f: f.center)
    if not same_line(first_left, first_right):
        return []
    line = [f for f in (*left_rest, *right_rest) if same_line(f, first_left)]
    starts = [f.x0 for f in (*left, *right) if not same_line(f, first_left)]
    misplaced = any(all(abs(f.x0 - x) > CELL_ALIGN for x in starts) for f in line)
    sizes = [f.size for f in line]
    one_style = max(sizes) <= _SPREAD_SIZES * min(sizes)  # a title beside a heading is not
    contact = any(_CONTACTISH.search(f.text) for f in line)  # headings side by side are not
    spread = misplaced and one_style and contact and not any(f.bold for f in line)
    return line if spread else []
