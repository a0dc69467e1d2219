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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from atsmatch.parse.pdf.lines import Fragment, Line, same_line
from atsmatch.parse.pdf.tables import CELL_ALIGN, merge_tables

__all__ = ["MIN_GUTTER", "Line", "PageOrder", "order_page", "rows"]

MIN_GUTTER = 8.0
_MAX_CROSSING = 0.25  # share of fragments that may cross a gutter (full-width lines)
_MIN_SIDE_CHARS = 0.05  # share of the text each column must hold
_ROW_PAIRED = 0.6  # share of fragments on both sides with a same-baseline partner
_BASELINE = 0.35  # centres this close (share of height) are on one baseline
_LABELS_PAIRED = 0.8
_LABELS_DENSE = 0.5
_NEXT_LINE = 1.8  # a line this many heights away is the next line
_SAME_BASELINE = 1.5  # points
_MIN_RUNNING_LINES = 4
_RUNNING_SLACK = 0.08  # a line ending this close (share of the width) to the edge is full
_RUNNING_SHARE = 0.3
_RUNNING_WORDS = 5
_MAX_DEPTH = 3
_ALIGNED = 2.0  # points: edges this close are aligned
_CONTACTISH = re.compile(r"[@\d./]")
_SPREAD_SIZES = 1.2  # parts of one spread-out line differ in size by less than this
_INNER_RUNNING = 2  # wrapped lines crossing a strip amid its columns


@dataclass(slots=True)
class PageOrder:
    """The lines of one page in reading order, and the column gutters that were found."""

    lines: list[Line] = field(default_factory=list)
    gutters: list[float] = field(default_factory=list)
    columns: list[tuple[float, float, float, float]] = field(default_factory=list)


def order_page(fragments: list[Fragment]) -> PageOrder:
    """Put a page's body fragments in reading order (see the module docstring)."""
    order = PageOrder()
    order.lines = merge_tables(_read(fragments, order, 0))
    return order


def _read(fragments: list[Fragment], order: PageOrder, depth: int) -> list[Line]:
    split = _column_split(fragments) if depth < _MAX_DEPTH else None
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
                part_lines[0].gap_before = side == 1 or _apart(lines[-1], part_lines[0])
            lines.extend(part_lines)
        if index < len(full):
            if lines:
                full[index].gap_before = _apart(lines[-1], full[index])
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
        line.gap_before = _apart(prev, line)
    if lines:
        lines[0].fragments.sort(key=lambda f: f.x0)
    return lines


def _apart(upper: Line, lower: Line) -> bool:
    """More white space between the lines than the usual leading: a paragraph break."""
    return upper.bbox[1] - lower.bbox[3] > 0.8 * max(upper.size, lower.size)


def _column_split(
    fragments: list[Fragment],
) -> tuple[float, list[Fragment], list[Fragment], list[Fragment]] | None:
    if len(fragments) < 6:
        return None
    total = sum(len(f.text) for f in fragments) or 1
    limit = max(2, int(_MAX_CROSSING * len(fragments)))
    best: tuple[tuple[int, float], float, list[Fragment], list[Fragment], list[Fragment]] | None
    best = None
    for lo, hi in _gaps(fragments):
        crossing = [f for f in fragments if f.x0 < hi and f.x1 > lo]
        rest = [f for f in fragments if not (f.x0 < hi and f.x1 > lo)]
        left = [f for f in rest if f.x1 <= lo]
        right = [f for f in rest if f.x0 >= hi]
        if left and right:
            crossing, left, right = _overshooting(crossing, left, right)
        if len(crossing) > limit or not all(_full_width(f, lo, hi, left, right) for f in crossing):
            continue
        if len(left) < 3 or len(right) < 3 or _runs_through(crossing, left + right):
            continue
        chars = min(sum(len(f.text) for f in left), sum(len(f.text) for f in right))
        score = (chars, hi - lo)  # the most text on the lesser side; then the widest strip
        if chars < _MIN_SIDE_CHARS * total or (best is not None and score <= best[0]):
            continue
        if _reads_across(left, right):
            continue
        best = (score, (lo + hi) / 2, left, right, crossing)
    if best is None:
        return None
    return best[1], best[2], best[3], best[4]


def _overshooting(
    crossing: list[Fragment], left: list[Fragment], right: list[Fragment]
) -> tuple[list[Fragment], list[Fragment], list[Fragment]]:
    """Lines that run into the strip but not into the other column belong to their column.

    A date set a little past the main column's usual right edge crosses the strip without
    reaching the sidebar's text; read as a full-width line it would cut the columns into
    bands and land after the other column.
    """
    right_edge = min(f.x0 for f in right)
    left_edge = max(f.x1 for f in left)
    kept: list[Fragment] = []
    for fragment in crossing:
        if fragment.x1 < right_edge and fragment.x0 < left_edge:
            left = [*left, fragment]
        elif fragment.x0 > left_edge and fragment.x1 > right_edge:
            right = [*right, fragment]
        else:
            kept.append(fragment)
    return kept, left, right


def _runs_through(crossing: list[Fragment], sides: list[Fragment]) -> bool:
    """Wrapped text crosses the strip between text beside it: the strip is inside a column.

    Lines set across columns (a name, a summary over both columns, a heading) lie above or
    below the columns or are short; two or more crossing lines of running text (five or
    more words, not bold) with column text both above and below them mean the page is
    one column here, with a grid or a right-aligned date beside some lines.
    """
    top = max(f.y1 for f in sides)
    bottom = min(f.y0 for f in sides)
    inner = [
        f
        for f in crossing
        if len(f.text.split()) >= _RUNNING_WORDS and not f.bold and bottom < f.center < top
    ]
    return len(inner) >= _INNER_RUNNING


def _full_width(
    fragment: Fragment, lo: float, hi: float, left: list[Fragment], right: list[Fragment]
) -> bool:
    """A fragment may cross a gutter if it spans it, if nothing stands beside it across, or
    if its line is above or below all the rest (a spread-out contact line over columns)."""
    if fragment.x0 <= lo + 1 and fragment.x1 >= hi - 1:
        return True
    across = right if fragment.x0 + fragment.x1 < lo + hi else left
    reach = 0.5 * fragment.height
    if not any(f.y1 > fragment.y0 - reach and f.y0 < fragment.y1 + reach for f in across):
        return True
    others = [f for f in (*left, *right) if not same_line(f, fragment)]
    return all(f.y1 <= fragment.y0 for f in others) or all(f.y0 >= fragment.y1 for f in others)


def _gaps(fragments: list[Fragment]) -> list[tuple[float, float]]:
    """Vertical strips at least MIN_GUTTER wide that few fragments cross (their cores)."""
    limit = max(2, int(_MAX_CROSSING * len(fragments)))
    events = sorted([(f.x0, 1) for f in fragments] + [(f.x1, -1) for f in fragments])
    strips: list[tuple[float, float, int]] = []
    count = 0
    for (x, delta), (next_x, _) in pairwise(events):
        count += delta
        if next_x > x:
            strips.append((x, next_x, count))
    gaps: list[tuple[float, float]] = []
    seen: set[tuple[float, float]] = set()
    run: list[tuple[float, float, int]] = []
    for strip in [*strips, (0.0, 0.0, limit + 1)]:
        if strip[2] <= limit:
            run.append(strip)
            continue
        for core in _cores(run):
            key = (round(core[0], 1), round(core[1], 1))
            if core[1] - core[0] >= MIN_GUTTER and key not in seen:
                seen.add(key)
                gaps.append(core)
        run = []
    return gaps


def _cores(run: list[tuple[float, float, int]]) -> list[tuple[float, float]]:
    """For each crossing count in ``run``, the widest part crossed at most that often."""
    cores: list[tuple[float, float]] = []
    for level in sorted({count for _, _, count in run}):
        best: tuple[float, float] | None = None
        start: float | None = None
        end = 0.0
        for lo, hi, count in [*run, (0.0, 0.0, level + 1)]:
            if count <= level:
                start = lo if start is None else start
                end = hi
                continue
            if start is not None and (best is None or end - start > best[1] - best[0]):
                best = (start, end)
            start = None
        if best is not None:
            cores.append(best)
    return cores


def _reads_across(left: list[Fragment], right: list[Fragment]) -> bool:
    """True when the two sides are table cells or labels of one another, not columns.

    Both sides mostly on shared baselines: a table, unless a side is running text (wrapped
    lines filling their width): then it is two columns set on one leading. One side
    nearly all on baselines of the other and spread out (dates or places beside entry
    titles, with bullets in between), or set flush right (a date and a place stacked beside
    each title): labels. A dense flush-left side (a sidebar whose lines happen to
    share baselines) stays a column.
    """
    left_paired, right_paired = _paired(left, right), _paired(right, left)
    if left_paired >= _ROW_PAIRED and right_paired >= _ROW_PAIRED:
        return not (_running_text(left) or _running_text(right))
    return any(
        paired >= _LABELS_PAIRED and (_density(side) < _LABELS_DENSE or _flush_right(side))
        for side, paired in ((left, left_paired), (right, right_paired))
    )


def _flush_right(side: list[Fragment]) -> bool:
    """Set flush right and not flush left: dates and places stacked beside entry titles.

    A sidebar or a column of text is set flush left (or centred), even when its lines
    share the baselines of the main column.
    """
    right = max(f.x1 for f in side)
    left = min(f.x0 for f in side)
    at_right = sum(1 for f in side if right - f.x1 <= _ALIGNED) / len(side)
    at_left = sum(1 for f in side if f.x0 - left <= _ALIGNED) / len(side)
    return at_right >= _LABELS_PAIRED and at_left < _LABELS_PAIRED


def _running_text(side: list[Fragment]) -> bool:
    """Wrapped text: several lines of many words that fill the side to its right edge."""
    lines = rows(side)
    left_edge = min(f.x0 for f in side)
    edge = max(line.bbox[2] for line in lines)
    full = [
        line
        for line in lines
        if edge - line.bbox[2] <= _RUNNING_SLACK * (edge - left_edge)
        and len(line.text.split()) >= _RUNNING_WORDS
        and len(line.fragments) <= 2  # table cells are separate fragments
    ]
    return len(full) >= _MIN_RUNNING_LINES and len(full) >= _RUNNING_SHARE * len(lines)


def _density(side: list[Fragment]) -> float:
    """Share of fragments with another fragment of ``side`` on the line just above or below."""
    centers = sorted(f.center for f in side)
    height = sorted(f.height for f in side)[len(side) // 2]
    near = 0
    for center in centers:
        for low, high in (
            (center + _BASELINE * height, center + _NEXT_LINE * height),
            (center - _NEXT_LINE * height, center - _BASELINE * height),
        ):
            index = bisect_left(centers, low)
            if index < len(centers) and centers[index] <= high:
                near += 1
                break
    return near / len(centers)


def _paired(side: list[Fragment], other: list[Fragment]) -> float:
    """Share of ``side`` beside ``other`` (within its height) with a partner on one baseline.

    Baselines are compared by the fragments' bottoms, which differ by less than a point for
    text on one baseline even in different sizes.
    """
    if not other:
        return 0.0
    bottoms = sorted(f.y0 for f in other)
    top, low = max(f.y1 for f in other), bottoms[0]
    beside = [f for f in side if low <= f.center <= top]
    paired = 0
    for fragment in beside:
        reach = max(_SAME_BASELINE, 0.15 * fragment.height)
        index = bisect_left(bottoms, fragment.y0 - reach)
        if index < len(bottoms) and bottoms[index] <= fragment.y0 + reach:
            paired += 1
    return paired / len(beside) if beside else 0.0
