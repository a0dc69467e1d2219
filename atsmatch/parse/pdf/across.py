"""Strips read across, not as gutters: table cells, and labels beside entries.

When most fragments on both sides of a strip have a partner on the same baseline across
it and neither side is running text, or nearly all of one side do and that side is
sparse or set flush right (dates and places beside entry titles), the strip separates
cells or labels from their entries: its fragments are read across, as one line.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from atsmatch.parse.pdf.lines import Fragment, rows

__all__ = ["RUNNING_WORDS", "reads_across"]

_ROW_PAIRED = 0.6  # share of fragments on both sides with a same-baseline partner
_BASELINE = 0.35  # centres this close (share of height) are on one baseline
_LABELS_PAIRED = 0.8
_LABELS_DENSE = 0.5
_NEXT_LINE = 1.8  # a line this many heights away is the next line
_SAME_BASELINE = 1.5  # points
_MIN_RUNNING_LINES = 4
_RUNNING_SLACK = 0.08  # a line ending this close (share of the width) to the edge is full
_RUNNING_SHARE = 0.3
RUNNING_WORDS = 5
_LABEL_SHARE = 3  # a label column has at most a third as many fragments as its entries
_ALIGNED = 2.0  # points: edges this close are aligned
_LEADING_SLACK = 0.05  # leadings further apart than this share belong to different columns


def reads_across(left: list[Fragment], right: list[Fragment]) -> bool:
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
        if _own_leading(left, right):
            return False
        return not (_running_text(left) or _running_text(right))
    return any(
        (paired >= _LABELS_PAIRED and (_density(side) < _LABELS_DENSE or _flush_right(side)))
        or _label_column(side, other)
        for side, other, paired in ((left, right, left_paired), (right, left, right_paired))
    )


def _own_leading(left: list[Fragment], right: list[Fragment]) -> bool:
    """Both sides set line after line, each at its own leading: two columns whose baselines
    meet now and then by chance, not table rows (the rows of a table advance together)."""
    steps = [_leading(side) for side in (left, right)]
    if any(step is None for step in steps) or min(_density(left), _density(right)) < 0.5:
        return False
    low, high = sorted(step for step in steps if step is not None)
    return high - low > _LEADING_SLACK * high


def _leading(side: list[Fragment]) -> float | None:
    """The usual distance between one line of ``side`` and the next (None under 3 lines)."""
    centers = [line.bbox[1] for line in rows(side)]
    steps = sorted(abs(a - b) for a, b in pairwise(centers))
    return steps[len(steps) // 2] if len(steps) >= 2 else None


def _label_column(side: list[Fragment], other: list[Fragment]) -> bool:
    """Section names and dates set flush right in a margin column (Europass, moderncv):
    few, far apart, each beside the entry it names, though not on its baseline. Read in
    place, line by line with the entries, not as a column of its own."""
    few = _LABEL_SHARE * len(side) <= len(other)
    return few and _density(side) < _LABELS_DENSE and _flush_right(side)


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
        and len(line.text.split()) >= RUNNING_WORDS
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
