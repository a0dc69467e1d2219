"""Section labels beside the content: a label column, and labels turned on their side.

Some templates name their sections in a narrow column at the left (simple-resume-cv,
Europass, moderncv "fancy"): the label "EDUCATION" sits on the first line of the section's
first entry, and a long label wraps ("RESEARCH" / "EXPERIENCE"). Others set the name
rotated by 90 degrees in the margin, centred on the section. Read in line order, such a
label ends up glued in front of an entry's first line ("EDUCATION First American
University"), or after some line in the middle of the section, and no heading is found.

The rules here take such labels out of the page before the reading order is built and
put each back as a line of its own, in front of the section it names:

* **Label column.** A label is the first fragment of its line, separated from the
  fragment beside it (its anchor) by a gap of at least one font size; its text reads
  like a heading (one to four words of letters, no digits or sentence punctuation, no
  trailing colon, which marks the key of a key-value pair); and it is set apart from its
  anchor in type: bold where the anchor is not, in capitals where the anchor is not, or
  at least ``LARGER`` times its size. At least two such labels on the page share a left
  or right edge, and no fragment of the page starts in the strip between the labels and
  the leftmost of their anchors (the content edge), and below the first label the strip
  left of that edge holds nothing but labels and short label-like words (a sidebar holds
  text of its own there: its headings beside the main column's lines are no labels), and
  at most a fifth of the other lines below it start left of the content edge (a
  one-column page with bold entry titles and dates flush right has no label column).
  Then every fragment in the labels' type and place is a label too, beside content or
  alone on its line (it goes before the first content line below it), and so is every
  short word in their place below the first label, whatever its type (a sub-label such
  as moderncv's "Vocational"); one right under a label, in its type, continues it
  ("RESEARCH" / "EXPERIENCE").
* **Rotated labels.** A fragment drawn rotated that reads like a heading names the
  content beside it. Such labels are centred on their section, so the section is found
  from the label outwards: the lines beside the label's span, extended up while the gap
  to the line above is no wider than the widest gap between lines inside the span (plus
  a fifth). The label is read in front of the topmost of those lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from atsmatch.parse.pdf.lines import Fragment, Line, same_line

__all__ = ["LARGER", "Label", "find_labels", "place_labels"]

LARGER = 1.15
_ALIGN = 2.0  # points: label edges and content edges line up this closely
_MIN_LABELS = 2
_MAX_LABELS = 40  # more are a column of words (or hostile input), not section labels
_MAX_ROTATED = 12
_MAX_WORDS = 4
_WORD = r"[^\W\d_]+(?:['’.-][^\W\d_]+)*"
_HEADING_TEXT = re.compile(rf"^(?:&\s+)?{_WORD}(?:\s+(?:&|/|{_WORD}))*$")
_CONTINUE = 1.0  # font sizes: the most white space between two lines of one label
_SPAN_SLACK = 1.2
_MARGIN_STARTS = 0.2  # share of lines below the first label that may start left of the edge


@dataclass(slots=True)
class Label:
    """A section label: its fragments top to bottom, and the fragment it goes before."""

    fragments: list[Fragment]
    anchor: Fragment


def find_labels(fragments: list[Fragment]) -> tuple[list[Fragment], list[Label]]:
    """The page's fragments less its labels, and the labels (see the module docstring)."""
    labels = _column_labels(fragments)
    taken = {id(f) for label in labels for f in label.fragments}
    rest = [f for f in fragments if id(f) not in taken]
    rotated = _rotated_labels(rest)
    taken |= {id(f) for label in rotated for f in label.fragments}
    return [f for f in fragments if id(f) not in taken], labels + rotated


def place_labels(lines: list[Line], labels: list[Label]) -> list[Line]:
    """``lines`` with each label read as a line of its own before its anchor's line."""
    if not labels:
        return lines
    before: dict[int, list[Label]] = {}
    for label in labels:
        before.setdefault(id(label.anchor), []).append(label)
    out: list[Line] = []
    for line in lines:
        for fragment in line.fragments:
            for label in before.pop(id(fragment), []):
                out.append(Line(list(label.fragments), gap_before=True))
        out.append(line)
    # An anchor that was not read (it should not happen): the label goes at the end.
    for rest in before.values():
        out.extend(Line(list(label.fragments), gap_before=True) for label in rest)
    return out


def _heading_text(text: str) -> bool:
    return 0 < len(text.split()) <= _MAX_WORDS and bool(_HEADING_TEXT.match(text))


def _label_like(text: str) -> bool:
    """Short, mostly letters, no mail or sentence marks: a label ("Extra 1"), not the text
    of a sidebar ("jo@example.com", "Python, Go", "(555) 014-2231")."""
    ink = text.replace(" ", "")
    letters = sum(c.isalpha() for c in ink)
    return (
        len(text.split()) <= _MAX_WORDS
        and 2 * letters >= len(ink) > 0
        and not any(c in text for c in "@,;:.")
    )


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _stands_out(label: Fragment, anchor: Fragment) -> bool:
    """The label is set in other type than the text beside it."""
    bold = bool(label.bold) and anchor.bold is False
    caps = _caps(label.text) and not _caps(anchor.text)
    return bold or caps or label.size >= LARGER * anchor.size


def _column_labels(fragments: list[Fragment]) -> list[Label]:
    line_of = {id(f): line for line in _lines(fragments, by_x=True) for f in line}
    candidates: list[tuple[Fragment, Fragment]] = []
    for fragment in fragments:
        anchor = _anchor(fragment, line_of[id(fragment)])
        if anchor is not None and _stands_out(fragment, anchor):
            candidates.append((fragment, anchor))
    if len(candidates) < _MIN_LABELS:
        return []
    kept = [f for f, _ in candidates]
    if not _aligned(kept):
        return []
    edge = min(anchor.x0 for _, anchor in candidates)  # where the content starts
    right = max(f.x1 for f in kept)
    if any(right + _ALIGN < f.x0 < edge - _ALIGN for f in fragments):
        return []  # text starts between the labels and the content: no label column
    # The column's other labels: in the same type and place, beside the content or alone
    # on their line (the label of a section whose first line starts lower).
    types = {_type(f) for f in kept}
    left = max(f.x0 for f in kept) - min(f.x0 for f in kept) <= _ALIGN
    place = min(f.x0 for f in kept) if left else max(f.x1 for f in kept)
    members = [
        f
        for f in fragments
        if _heading_text(f.text)
        and _type(f) in types
        and f.x1 < edge - _ALIGN
        and abs((f.x0 if left else f.x1) - place) <= _ALIGN
    ]
    # Below the first label, short words in the labels' place are labels too, whatever
    # their type (moderncv's "Vocational" beside the first job, "Extra 1").
    top = max(f.y1 for f in kept)
    chosen = {id(f) for f in members}
    members += [
        f
        for f in fragments
        if id(f) not in chosen
        and f.y1 <= top + _ALIGN
        and f.x1 < edge - _ALIGN
        and abs((f.x0 if left else f.x1) - place) <= _ALIGN
        and _label_like(f.text)
    ]
    chosen = {id(f) for f in members}
    if len(members) > _MAX_LABELS:
        return []  # labels are few: this is a column of words
    # Below the first label the strip holds labels only: a sidebar has other text there.
    if any(
        f.x1 < edge - _ALIGN
        and f.y1 <= top + _ALIGN
        and id(f) not in chosen
        and not _label_like(f.text)
        for f in fragments
    ):
        return []
    # ... and the lines below it start at the content edge: lines starting at the margin
    # and running on past the edge make a one-column page whose bold entry titles
    # ("Google" over "Software Engineer", a date flush right) are no labels.
    starts = [
        f
        for f in fragments
        if f.y1 <= top + _ALIGN and id(f) not in chosen and line_of[id(f)][0].x0 >= f.x0 - _ALIGN
    ]
    outside = sum(1 for f in starts if f.x0 < edge - _ALIGN)
    if outside > _MARGIN_STARTS * len(starts):
        return []
    return _merged(members, fragments, line_of, edge)


def _anchor(fragment: Fragment, line: list[Fragment]) -> Fragment | None:
    """The fragment beside a would-be label on its ``line`` (sorted left to right): the
    next one, at least a font size away, when the label comes first and reads like a
    heading."""
    if line[0] is not fragment or not _heading_text(fragment.text):
        return None
    after = [f for f in line[1:] if f.x0 > fragment.x1]
    if not after or after[0].x0 < fragment.x1 + min(fragment.size, 12.0):
        return None
    return after[0]


def _type(fragment: Fragment) -> tuple[float, bool | None, bool]:
    return (round(fragment.size * 2) / 2, fragment.bold, _caps(fragment.text))


def _aligned(labels: list[Fragment]) -> bool:
    """The labels share a left or a right edge."""
    lefts = max(f.x0 for f in labels) - min(f.x0 for f in labels)
    rights = max(f.x1 for f in labels) - min(f.x1 for f in labels)
    return min(lefts, rights) <= _ALIGN


def _merged(
    members: list[Fragment],
    fragments: list[Fragment],
    line_of: dict[int, list[Fragment]],
    edge: float,
) -> list[Label]:
    """The labels, a wrapped one's lines merged ("RESEARCH" / "EXPERIENCE"), each with
    the fragment it goes before: the content beside its first line, or else the first
    content line below it."""
    content = sorted((f for f in fragments if f.x0 >= edge - _ALIGN), key=lambda f: -f.y1)
    drops = [-f.y1 for f in content]
    labels: list[Label] = []
    for fragment in sorted(members, key=lambda f: -f.y1):
        last = labels[-1].fragments[-1] if labels else None
        if last is not None and _continues(last, fragment):
            labels[-1].fragments.append(fragment)
            continue
        anchor = _anchor(fragment, line_of[id(fragment)])
        if anchor is None or anchor.x0 < edge - _ALIGN:
            at = bisect_left(drops, -(fragment.y1 + 1))  # the first content line below
            anchor = content[at] if at < len(content) else None
        if anchor is not None:
            labels.append(Label([fragment], anchor))
    return labels


def _continues(label: Fragment, below: Fragment) -> bool:
    """``below`` is the next line of the label ``label`` (same type, close under it)."""
    gap = label.y0 - below.y1
    return -1 <= gap <= _CONTINUE * label.size and _type(below) == _type(label)


def _rotated_labels(fragments: list[Fragment]) -> list[Label]:
    labels: list[Label] = []
    spans: list[tuple[float, float]] = []
    rotated = [f for f in fragments if not f.upright and _heading_text(f.text)]
    rotated = [f for f in rotated if sum(c.isalpha() for c in f.text) >= 3]
    if len(rotated) > _MAX_ROTATED:
        return []  # rotated text throughout the page, not a few labels
    upright = _lines([f for f in fragments if f.upright])
    for label in rotated:
        beside = ([f for f in line if f.x1 <= label.x0 or f.x0 >= label.x1] for line in upright)
        lines = [line for line in beside if line]
        tops = [max(f.y1 for f in line) for line in lines]
        bottoms = [min(f.y0 for f in line) for line in lines]
        inside = [i for i in range(len(lines)) if bottoms[i] < label.y1 and tops[i] > label.y0]
        if not inside:
            continue
        within = set(inside)
        gaps = [bottoms[i] - tops[i + 1] for i in inside if i + 1 in within]
        widest = max(gaps, default=0.0) * _SPAN_SLACK
        index = inside[0]
        while index > 0 and bottoms[index - 1] - tops[index] <= widest:
            if any(lo < tops[index - 1] <= hi for lo, hi in spans):
                break  # another label's section
            index -= 1
        labels.append(Label([label], min(lines[index], key=lambda f: f.x0)))
        spans.append((label.y0, label.y1))
    return labels


def _lines(fragments: list[Fragment], *, by_x: bool = False) -> list[list[Fragment]]:
    """``fragments`` grouped by line, top down; each line left to right with ``by_x``."""
    lines: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: -f.center):
        if lines and same_line(lines[-1][0], fragment):
            lines[-1].append(fragment)
        else:
            lines.append([fragment])
    if by_x:
        for line in lines:
            line.sort(key=lambda f: f.x0)
    return lines
