"""What one PDF page holds, taken from pdfminer's layout objects: glyphs, images, shapes.

The pdfminer device here runs without pdfminer's own layout analysis (``laparams=None``): we
only need every glyph with its position, font, colour and text render mode, and we group
them ourselves (see :mod:`atsmatch.parse.pdf.fragments`). It also checks the clock every few
hundred text operators, so one huge page cannot run past the time limit.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Glyph",
    "PageContent",
    "ParseTimeout",
    "TooManyGlyphs",
    "collect_page",
    "is_icon_font",
    "make_device",
    "space_width",
]

# Icon fonts: their glyphs are pictures (phone, envelope, house), whatever text their
# encoding gives them ("H", "‰", "HOUSE-CHIMNEY"). Symbol, Wingdings and Dingbats are not
# here: they draw the bullets of word processors.
_ICON_FONT = re.compile(
    r"awesome|academicons|marvosym|phosphor|icomoon|material.?(icons|symbols)|ionicons"
    r"|octicons|simple.?icons|devicons?|entypo|typicons|lineicons|fontello|glyphicons"
    r"|bootstrap.?icons|remixicon|tabler.?icons|feather|boxicons|lucide|iconoir",
    re.IGNORECASE,
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|cmbx|extrab", re.IGNORECASE)
_INVISIBLE_MODES = (3, 7)
_TINY_POINTS = 4.0
_WHITE = 0.95
_CLOCK_EVERY = 256
_CHECK_GLYPHS = 4096


class ParseTimeout(Exception):
    """Raised inside pdfminer when the parse deadline has passed."""


class TooManyGlyphs(Exception):
    """Raised inside pdfminer when the document draws more glyphs than allowed."""


@dataclass(slots=True)
class Glyph:
    """One drawn character; ``hidden`` names why a reader cannot see it ("" when visible)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    upright: bool
    hidden: str = ""
    space: float = 0.0  # width of the font's space glyph, in font sizes (0: none drawn)
    icon: bool = False  # drawn with an icon font (FontAwesome, Academicons, ...)


@dataclass(slots=True)
class PageContent:
    """Everything the reader uses from one page, in content-stream order."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    images: int = 0
    shapes: int = 0
    backgrounds: list[tuple[float, float, float, float]] = field(default_factory=list)
    pictures: list[tuple[float, float, float, float]] = field(default_factory=list)


def make_device(resources: Any, deadline: float, max_glyphs: int) -> Any:
    """A pdfminer device that records glyphs (with render mode) within limits.

    It raises :class:`ParseTimeout` after ``deadline`` and :class:`TooManyGlyphs` past
    ``max_glyphs`` glyphs in all, checking every few hundred text operators and every few
    thousand glyphs, so one huge page or text string cannot run away.

    Glyphs of horizontal fonts are recorded directly, without building pdfminer's
    ``LTChar`` objects (the same box arithmetic, about a third of the reading time saved).
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class _Device(PDFPageAggregator):
        def __init__(self) -> None:
            super().__init__(resources, laparams=None)
            self.render_mode = 0
            self.ticks = 0
            self.glyphs: list[Glyph] = []
            self.drawn = 0
            self.bold: dict[int, bool] = {}
            self.spaces: dict[int, float] = {}
            self.icons: dict[int, bool] = {}

        def begin_page(self, page: Any, ctm: Any) -> None:
            super().begin_page(page, ctm)
            self.drawn += len(self.glyphs)
            self.glyphs = []

        def check(self) -> None:
            if time.monotonic() > deadline:
                raise ParseTimeout
            if self.drawn + len(self.glyphs) > max_glyphs:
                raise TooManyGlyphs

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
            self.render_mode = textstate.render
            self.ticks += 1
            if self.ticks % _CLOCK_EVERY == 0:
                self.check()
            super().render_string(textstate, seq, ncs, graphicstate)

        def paint_path(self, *args: Any) -> None:
            self.ticks += 1
            if self.ticks % _CLOCK_EVERY == 0:
                self.check()
            super().paint_path(*args)

        def render_char(
            self,
            matrix: Any,
            font: Any,
            fontsize: float,
            scaling: float,
            rise: float,
            cid: int,
            ncs: Any,
            graphicstate: Any,
        ) -> float:
            if font.is_vertical():
                args = (matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
                advance = float(super().render_char(*args))
                self.glyphs.append(_glyph(self.cur_item._objs.pop(), self.render_mode))
                return advance
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            advance = float(font.char_width(cid) * fontsize * scaling)
            bold = self.bold.get(id(font))
            if bold is None:
                bold = self.bold[id(font)] = bool(_BOLD_FONT.search(str(font.fontname or "")))
            low = font.get_descent() * fontsize + rise
            box, upright = _box(matrix, advance, low, low + fontsize, scaling)
            hidden = _hidden(self.render_mode, box[3] - box[1], text, graphicstate.ncolor)
            space = self.spaces.get(id(font))
            if space is None:
                space = self.spaces[id(font)] = space_width(font)
            icon = self.icons.get(id(font))
            if icon is None:
                names = f"{getattr(font, 'basefont', '')} {font.fontname or ''}"
                icon = self.icons[id(font)] = is_icon_font(names)
            size = box[3] - box[1]
            self.glyphs.append(Glyph(text, *box, size, bold, upright, hidden, space, icon))
            if not len(self.glyphs) % _CHECK_GLYPHS:
                self.check()
            return advance

    return _Device()


def is_icon_font(name: str) -> bool:
    """The font draws icons, not text (FontAwesome, Academicons, MarVoSym, Phosphor, ...)."""
    return bool(_ICON_FONT.search(name))


def space_width(font: Any) -> float:
    """The width of the font's space glyph in font sizes, or 0 when it has none.

    TeX and subset fonts usually carry no space glyph (word gaps are positioning only);
    a zero or absent width says nothing about the font's word spacing.
    """
    mapping = getattr(font, "cid2unicode", None) or {}
    unicode_map = getattr(font, "unicode_map", None)
    if not mapping and unicode_map is not None:
        mapping = getattr(unicode_map, "cid2unichr", {}) or {}
    for cid, text in mapping.items():
        if text == " ":
            try:
                return max(float(font.char_width(cid)), 0.0)
            except (KeyError, TypeError, ValueError):
                return 0.0
    return 0.0


def _box(
    matrix: tuple[float, ...], advance: float, low: float, high: float, scaling: float
) -> tuple[tuple[float, float, float, float], bool]:
    """The page box of a glyph box ``(0, low, advance, high)`` under ``matrix``."""
    a, b, c, d, e, f = matrix
    upright = a * d * scaling > 0 and b * c <= 0
    if b == 0 and c == 0:
        x0, x1 = sorted((e, e + a * advance))
        y0, y1 = sorted((f + d * low, f + d * high))
        return (x0, y0, x1, y1), upright
    xs = (e + c * low, e + a * advance + c * low, e + c * high, e + a * advance + c * high)
    ys = (f + d * low, f + b * advance + d * low, f + d * high, f + b * advance + d * high)
    return (min(xs), min(ys), max(xs), max(ys)), upright


def _hidden(render_mode: int, size: float, text: str, color: Any) -> str:
    if render_mode in _INVISIBLE_MODES:
        return "invisible"
    if size < _TINY_POINTS and text.strip():
        return "tiny"
    if _is_white(color):
        return "white"
    return ""


def collect_page(layout: Any, number: int, glyphs: list[Glyph]) -> PageContent:
    """A :class:`PageContent` from the device's ``glyphs`` and its ``LTPage`` (no laparams)."""
    x0, y0, x1, y1 = layout.bbox
    page = PageContent(number=number, width=x1 - x0, height=y1 - y0, glyphs=glyphs)
    _walk(layout, page)
    _mark_hidden(page)
    return page


def _walk(container: Any, page: PageContent) -> None:
    from pdfminer.layout import LTChar, LTCurve, LTFigure, LTImage

    for item in container:
        if isinstance(item, LTChar):
            continue  # recorded by the device
        if isinstance(item, LTFigure):
            _walk(item, page)
        elif isinstance(item, LTImage):
            page.images += 1
            page.backgrounds.append(item.bbox)
            page.pictures.append(item.bbox)
        elif isinstance(item, LTCurve):
            page.shapes += 1
            if item.fill and not _is_white(item.non_stroking_color):
                page.backgrounds.append(item.bbox)


def _glyph(char: Any, render_mode: int) -> Glyph:
    """A :class:`Glyph` from a pdfminer ``LTChar`` (vertical fonts)."""
    return Glyph(
        text=char.get_text(),
        x0=char.x0,
        y0=char.y0,
        x1=char.x1,
        y1=char.y1,
        size=char.size,
        bold=bool(_BOLD_FONT.search(str(char.fontname or ""))),
        upright=bool(char.upright),
        hidden=_hidden(render_mode, char.size, char.get_text(), char.graphicstate.ncolor),
        icon=is_icon_font(str(char.fontname or "")),
    )


def _is_white(color: Any) -> bool:
    """True for white in DeviceGray, DeviceRGB or DeviceCMYK; patterns and None are not."""
    if isinstance(color, (int, float)):
        return float(color) >= _WHITE
    if not isinstance(color, (tuple, list)) or not color:
        return False
    if not all(isinstance(part, (int, float)) for part in color):
        return False
    if len(color) == 4:
        return all(float(part) <= 1 - _WHITE for part in color)
    return all(float(part) >= _WHITE for part in color)


def _mark_hidden(page: PageContent) -> None:
    """Settle what a reader sees.

    White glyphs over a coloured shape or an image are visible. Invisible glyphs over an
    image are the OCR text layer of a scan: they stand for what the image shows. Glyphs
    off the page are hidden.
    """
    for glyph in page.glyphs:
        if _off_page(glyph, page):
            glyph.hidden = "off-page"
        elif (glyph.hidden == "white" and _on_background(glyph, page.backgrounds)) or (
            glyph.hidden == "invisible" and _on_background(glyph, page.pictures)
        ):
            glyph.hidden = ""


def _on_background(glyph: Glyph, backgrounds: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (glyph.x0 + glyph.x1) / 2, (glyph.y0 + glyph.y1) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in backgrounds)


def _off_page(glyph: Glyph, page: PageContent) -> bool:
    return glyph.x1 < 0 or glyph.y1 < 0 or glyph.x0 > page.width or glyph.y0 > page.height
