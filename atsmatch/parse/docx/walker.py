"""Walking WordprocessingML: the text of a DOCX part in reading order, one line per paragraph.

What is read, and how:

- every ``w:p`` is one line (a ``w:br`` inside it starts a new line of the same paragraph);
- text in tracked insertions (``w:ins``, ``w:moveTo``), content controls (``w:sdt``),
  hyperlinks, fields (their shown result, not the field code) and smart tags is kept;
  tracked deletions (``w:del``, ``w:moveFrom``, ``w:delText``) are dropped;
- ``mc:AlternateContent`` is read from its first ``mc:Choice`` only, so a text box that Word
  also stores as a VML ``mc:Fallback`` copy is read once;
- a text box (``w:txbxContent``) is read after the paragraph that anchors it, kind
  ``textbox``; a framed paragraph (``w:framePr``, other than a drop cap) is kind
  ``textbox`` too;
- a table row whose cells each hold at most one line becomes one line, cells joined by
  ``" | "``; a row with a cell of several lines (a layout table) is read cell by cell, left
  to right, one line per paragraph. Nested tables follow the same rule inside their cell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree.ElementTree import Element

__all__ = ["Line", "W", "Walker"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_SKIP = {W + "delText", W + "instrText", W + "delInstrText", W + "pPr", W + "rPr", W + "sectPr"}
_DELETED = {W + "del", W + "moveFrom"}
_INSERTED = {W + "ins", W + "moveTo"}
_FALSE = {"0", "false", "off", "none"}
_HEADING_WORDS = 8


@dataclass
class Line:
    """One line of output: its text, where it comes from, and whether it looks like a heading.

    ``style`` is the paragraph's style id; ``size`` the largest type size its runs set
    themselves (``w:sz``, in half-points), None when every run takes its style's size.
    """

    text: str
    kind: str
    heading: bool = False
    style: str = ""
    size: int | None = None


@dataclass
class _Paragraph:
    pieces: list[str]
    boxes: list[Element]
    bold: list[bool]
    sizes: list[int]


class Walker:
    """Collects :class:`Line` objects from the parts of one document."""

    def __init__(
        self, heading_styles: frozenset[str], *, deadline: Callable[[], None] | None = None
    ) -> None:
        self.heading_styles = heading_styles
        self.lines: list[Line] = []
        self.chars = 0  # characters of the lines so far, for ParseLimits.max_chars
        self.counts: Counter[str] = Counter()
        self.hidden_texts: list[str] = []
        """The text of each hidden run, in document order (to locate it in the text)."""
        self.shaded = False  # inside a shaded cell or paragraph: white text is visible
        self._deadline = deadline

    def walk(self, root: Element, kind: str) -> None:
        """Read a part's root (``w:document``, ``w:hdr``, ``w:footnotes``, ...) as ``kind``."""
        for child in root:
            if child.tag in (W + "footnote", W + "endnote"):
                if child.get(W + "type") is None:  # separators have a type
                    self._container(child, kind)
            elif child.tag == W + "body":
                self._container(child, kind)
            else:
                self._block(child, kind)

    def _container(self, element: Element, kind: str) -> None:
        for child in element:
            self._block(child, kind)

    def _block(self, element: Element, kind: str) -> None:
        tag = element.tag
        if tag == W + "p":
            self._paragraph(element, kind)
        elif tag == W + "tbl":
            self.counts["tables"] += 1
            self._table(element, kind)
        elif tag in _DELETED:
            self.counts["tracked"] += 1
        elif tag in _INSERTED:
            self.counts["tracked"] += 1
            self._container(element, kind)
        elif tag == MC + "AlternateContent":
            chosen = _choice(element)
            if chosen is not None:
                self._container(chosen, kind)
        elif tag not in _SKIP:  # w:sdt, w:sdtContent, w:customXml, ...
            self._container(element, kind)

    def _paragraph(self, p: Element, kind: str) -> None:
        self.counts["paragraphs"] += 1
        if self._deadline is not None and self.counts["paragraphs"] % 512 == 0:
            self._deadline()
        para = _Paragraph([], [], [], [])
        props = p.find(W + "pPr")
        frame = props.find(W + "framePr") if props is not None else None
        if frame is not None and frame.get(W + "dropCap") is None:
            self.counts["textboxes"] += 1  # a frame: positioned like a text box
            kind = "textbox"
        shaded = self.shaded
        self.shaded = shaded or _shaded(props)
        self._inline(p, para)
        self.shaded = shaded
        text = "".join(para.pieces).strip()
        if text:
            heading = self._is_heading(p, text, para.bold)
            if not heading and _listed(props):
                text = "• " + text
            style = props.find(W + "pStyle") if props is not None else None
            style_id = style.get(W + "val", "") if style is not None else ""
            size = max(para.sizes) if para.sizes else None
            self.lines.append(Line(text, kind, heading, style_id, size))
            self.chars += len(text) + 1
        for box in para.boxes:
            self.counts["textboxes"] += 1
            self._container(box, "textbox")

    def _inline(self, element: Element, para: _Paragraph) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "t":
                para.pieces.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                para.pieces.append("\t")
            elif tag in (W + "br", W + "cr"):
                para.pieces.append("\n")
            elif tag == W + "noBreakHyphen":
                para.pieces.append("-")
            elif tag == W + "sym":  # a symbol-font glyph (a separator icon): keep words apart
                para.pieces.append(" ")
            elif tag == W + "r":
                visible = _has_text(child)
                para.bold.append(_bold(child) if visible else True)
                size = _size(child) if visible else None
                if size is not None:
                    para.sizes.append(size)
                if visible and _hidden(child, shaded=self.shaded):
                    self.counts["hidden"] += 1
                    self.hidden_texts.append("".join(t.text or "" for t in child.iter(W + "t")))
                self._inline(child, para)
            elif tag in (W + "drawing", W + "pict"):
                if any(e.tag.endswith(("}blip", "}imagedata")) for e in child.iter()):
                    self.counts["images"] += 1
                self._inline(child, para)
            elif tag in _DELETED:
                self.counts["tracked"] += 1
            elif tag in _INSERTED:
                self.counts["tracked"] += 1
                self._inline(child, para)
            elif tag == W + "txbxContent":
                para.boxes.append(child)
            elif tag == MC + "AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    self._inline(chosen, para)
            elif tag not in _SKIP:
                self._inline(child, para)

    def _is_heading(self, p: Element, text: str, bold: list[bool]) -> bool:
        if len(text) > 80 or "\n" in text or text.endswith((".", ",", ";")):
            return False
        props = p.find(W + "pPr")
        if props is not None:
            style = props.find(W + "pStyle")
            if style is not None and style.get(W + "val", "") in self.heading_styles:
                return True
            level = props.find(W + "outlineLvl")
            if level is not None and level.get(W + "val", "9") < "9":
                return True
        short = len(text.split()) <= _HEADING_WORDS
        ruled = props is not None and props.find(f"{W}pBdr/{W}bottom") is not None
        return short and (ruled or (bool(bold) and all(bold)))

    def _table(self, table: Element, kind: str) -> None:
        for row in _children(table, W + "tr"):
            cells: list[list[Line]] = []
            for cell in _children(row, W + "tc"):
                saved, self.lines, shaded = self.lines, [], self.shaded
                self.shaded = shaded or _shaded(cell.find(W + "tcPr"))
                self._container(cell, "table")
                cells.append(self.lines)
                self.lines, self.shaded = saved, shaded
            if all(len(lines) <= 1 and lines[0].kind == "table" for lines in cells if lines):
                texts = [lines[0].text for lines in cells if lines]
                if texts:
                    first = next(lines[0] for lines in cells if lines)
                    heading = len(texts) == 1 and cells[0] != [] and cells[0][0].heading
                    sized = [lines[0].size for lines in cells if lines and lines[0].size]
                    size = max(sized, default=None)
                    joined = " | ".join(texts)
                    self.lines.append(Line(joined, "table", heading, first.style, size))
            else:
                for lines in cells:
                    self.lines.extend(lines)


def _children(element: Element, tag: str) -> list[Element]:
    """Direct children with ``tag``, looking through content controls and custom XML."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml") or child.tag in _INSERTED:
            found.extend(_children(child, tag))
    return found


def _choice(element: Element) -> Element | None:
    choice = element.find(MC + "Choice")
    return choice if choice is not None else element.find(MC + "Fallback")


def _has_text(run: Element) -> bool:
    return any((t.text or "").strip() for t in run.iter(W + "t"))


def _bold(run: Element) -> bool:
    props = run.find(W + "rPr")
    if props is None:
        return False
    bold = props.find(W + "b")
    return bold is not None and bold.get(W + "val", "true").lower() not in _FALSE


def _size(run: Element) -> int | None:
    """The run's own type size in half-points (``w:sz``), if it sets one."""
    props = run.find(W + "rPr")
    size = props.find(W + "sz") if props is not None else None
    value = size.get(W + "val", "") if size is not None else ""
    return int(value) if value.isdigit() else None


def _shaded(props: Element | None) -> bool:
    """A ``w:shd`` fill other than white or automatic (a dark band or sidebar)."""
    shading = props.find(W + "shd") if props is not None else None
    fill = shading.get(W + "fill", "auto").lower() if shading is not None else "auto"
    return fill not in ("auto", "ffffff", "none", "")


def _listed(props: Element | None) -> bool:
    """A list paragraph: numbering, or a "List ..." style (bullets are not in the text)."""
    if props is None:
        return False
    style = props.find(W + "pStyle")
    styled = style is not None and style.get(W + "val", "").startswith("List")
    return styled or props.find(W + "numPr") is not None


def _hidden(run: Element, *, shaded: bool) -> bool:
    """Text a reader does not see but an ATS reads: hidden, white on white, or under 3 pt."""
    props = run.find(W + "rPr")
    if props is None:
        return False
    vanish = props.find(W + "vanish")
    if vanish is not None and vanish.get(W + "val", "true").lower() not in _FALSE:
        return True
    color = props.find(W + "color")
    white = color is not None and color.get(W + "val", "").lower() in ("ffffff", "white")
    if white and not shaded and not _shaded(props):
        return True
    size = props.find(W + "sz")
    value = size.get(W + "val", "") if size is not None else ""
    return value.isdigit() and int(value) < 6
