"""Column gutters: vertical strips of a page that almost no text crosses.

A gutter is at least ``MIN_GUTTER`` points wide, has text on both sides, and is crossed
only by lines set across the columns (a name, a header band, a heading), which cut the
page into bands. See :mod:`atsmatch.parse.pdf.layout` for how the sides are read.
"""

from __future__ import annotations

from itertools import pairwise

from atsmatch.parse.pdf.across import RUNNING_WORDS, reads_across
from atsmatch.parse.pdf.lines import Fragment, same_line

__all__ = ["MIN_GUTTER", "column_split"]

MIN_GUTTER = 8.0
_MAX_CROSSING = 0.25  # share of fragments that may cross a gutter (full-width lines)
_MIN_SIDE_CHARS = 0.05  # share of the text each column must hold
_INNER_RUNNING = 2  # wrapped lines crossing a strip amid its columns


def column_split(
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
        if reads_across(left, right):
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
        if len(f.text.split()) >= RUNNING_WORDS and not f.bold and bottom < f.center < top
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
