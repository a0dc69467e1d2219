"""The title of a DOCX (its name line): Word's Title style, or the largest type on top.

A resume made in Word sets the name in the Title style, or in type larger than the rest.
When the first line is something else ("Curriculum Vitae", a job title, an address in the
header), contact finding still needs the name, so the reader reports the title's span as
:attr:`atsmatch.parse.raw.RawText.title`, as the PDF reader does from type sizes:

* the first of the first ``TITLE_LINES`` non-empty lines whose paragraph style is Word's
  Title style (style name "Title", whatever its localised id);
* else the first of those lines whose type is the largest of them and at least
  ``TITLE_SIZE`` times the body size. A line's size is the largest size its runs set, or
  its paragraph style's size (following ``w:basedOn``), or the document default; the body
  size is the size of most characters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from atsmatch.parse.docx.walker import Line, W

__all__ = ["TITLE_LINES", "TITLE_SIZE", "StyleSizes", "style_sizes", "title_index"]

TITLE_LINES = 6
TITLE_SIZE = 1.3
_DEFAULT_SIZE = 22  # Word's default, 11 pt, in half-points


@dataclass(frozen=True, slots=True)
class StyleSizes:
    """Type sizes (half-points) of a document's paragraph styles, and its Title style ids."""

    sizes: dict[str, int]
    titles: frozenset[str]
    default: int

    def of(self, line: Line) -> int:
        """The size of ``line``: its runs' own, else its style's, else the default."""
        return line.size or self.sizes.get(line.style, self.default)


def style_sizes(styles: Element | None) -> StyleSizes:
    """Read styles.xml: each style's size, through ``w:basedOn``, and the Title style's id."""
    default = _DEFAULT_SIZE
    own: dict[str, int] = {}
    based: dict[str, str] = {}
    titles = {"Title"}
    if styles is None:
        return StyleSizes({}, frozenset(titles), default)
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
    if defaults is not None and defaults.get(W + "val", "").isdigit():
        default = int(defaults.get(W + "val", ""))
    for style in styles.iter(W + "style"):
        sid = style.get(W + "styleId", "")
        name = style.find(W + "name")
        if name is not None and name.get(W + "val", "").lower() == "title":
            titles.add(sid)
        size = style.find(f"{W}rPr/{W}sz")
        if size is not None and size.get(W + "val", "").isdigit():
            own[sid] = int(size.get(W + "val", ""))
        parent = style.find(W + "basedOn")
        if parent is not None:
            based[sid] = parent.get(W + "val", "")
    sizes: dict[str, int] = {}
    for sid in set(own) | set(based):
        current, seen = sid, 0
        while current not in own and current in based and seen < 16:
            current, seen = based[current], seen + 1
        if current in own:
            sizes[sid] = own[current]
    return StyleSizes(sizes, frozenset(titles), default)


def title_index(lines: list[Line], sizes: StyleSizes) -> int | None:
    """The index in ``lines`` of the title line, if the document has one."""
    top = [i for i, line in enumerate(lines) if line.text.strip()][:TITLE_LINES]
    for i in top:
        if lines[i].style in sizes.titles:
            return i
    if not top:
        return None
    weights: Counter[int] = Counter()
    for line in lines:
        weights[sizes.of(line)] += len(line.text)
    half, seen, body = sum(weights.values()) / 2, 0, 0
    for size in sorted(weights):
        seen += weights[size]
        if seen >= half:
            body = size
            break
    largest = max(sizes.of(lines[i]) for i in top)
    if body <= 0 or largest < TITLE_SIZE * body:
        return None
    return next(i for i in top if sizes.of(lines[i]) == largest)
