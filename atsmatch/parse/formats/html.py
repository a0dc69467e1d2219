"""The HTML reader: the visible text, each block element on its own line.

Scripts, styles, templates and the ``<head>`` are dropped; ``<h1>``-``<h6>`` become headings;
list items get a bullet; table cells of a row are joined by ``" | "``; whitespace inside a
block collapses to single spaces except in ``<pre>``.

The standard library's ``HTMLParser`` rescans from an incomplete tag to the end of the input
each time it meets one, so 300,000 unclosed ``<a`` take hours. Before parsing, a ``<`` that
has no ``>`` before the next ``<`` is made text (``&lt;``), as a browser shows it, and an
unclosed comment ends the document; both in one linear pass (:func:`defuse`).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from atsmatch.parse.formats.text import assemble_lines, decode_text
from atsmatch.parse.limits import Deadline, ParseLimits
from atsmatch.parse.raw import RawText

__all__ = ["defuse", "html_to_lines", "read_html"]

_HIDDEN = {"script", "style", "head", "template", "noscript", "svg", "iframe", "object"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "html", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source"}
_SPACE = re.compile(r"\s+")
_FEED = 256 * 1024


def defuse(html: str) -> str:
    """``html`` with every ``<`` that opens no complete tag written ``&lt;``, and an unclosed
    comment dropped, so that no construct leaves HTMLParser waiting for more input."""
    out: list[str] = []
    i, close = 0, html.find(">")
    while (j := html.find("<", i)) != -1:
        out.append(html[i:j])
        if html.startswith("<!--", j):
            end = html.find("-->", j + 4)
            if end == -1:
                return "".join(out)  # an unclosed comment hides the rest, as in a browser
            out.append(html[j : end + 3])
            i = end + 3
            continue
        if close != -1 and close <= j:
            close = html.find(">", j + 1)  # searched again only once passed: linear
        after = html.find("<", j + 1)
        if close == -1 or (after != -1 and after < close):
            out.append("&lt;")
            i = j + 1
        else:
            out.append(html[j : close + 1])
            i = close + 1
    out.append(html[i:])
    return "".join(out)


class _TextCollector(HTMLParser):
    def __init__(self, deadline: Deadline | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self._deadline = deadline
        self.lines: list[tuple[str, bool]] = []
        self._buffer: list[str] = []
        self._cells: list[str] = []
        self._hidden: list[str] = []
        self._pre = 0
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self._hidden[:1] == ["head"]:
            self._hidden = []  # an unclosed <head>
        if self._hidden:
            if tag == self._hidden[-1] and tag not in _VOID:
                self._hidden.append(tag)
            return
        if tag in _HIDDEN or ("hidden", None) in attrs:
            if tag not in _VOID:
                self._hidden.append(tag)
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag in _BLOCKS or tag in _HEADINGS or tag == "br":
            self._flush()
        if tag in _HEADINGS:
            self._heading = True
        elif tag == "li":
            self._buffer.append("• ")
        elif tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._flush()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buffer.append(data if self._pre else _SPACE.sub(" ", data))

    def _end_cell(self) -> None:
        cell = _SPACE.sub(" ", "".join(self._buffer)).strip()
        self._buffer = []
        if cell:
            self._cells.append(cell)

    def _end_row(self) -> None:
        self._end_cell()
        if self._cells:
            self.lines.append((" | ".join(self._cells), False))
        self._cells = []

    def _flush(self) -> None:
        if self._deadline is not None:
            self._deadline.check()
        if self._cells:
            self._end_row()
        text = "".join(self._buffer)
        self._buffer = []
        for part in text.split("\n") if self._pre else [text]:
            line = part.rstrip() if self._pre else part.strip()
            if line and line != "•":
                self.lines.append((line, self._heading))
        self._heading = False

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_lines(html: str, *, deadline: Deadline | None = None) -> list[tuple[str, bool]]:
    """The visible lines of ``html``, each with whether it is a heading (``<hN>``)."""
    collector = _TextCollector(deadline)
    html = defuse(html)
    for start in range(0, len(html), _FEED):
        collector.feed(html[start : start + _FEED])
        if deadline is not None:
            deadline.check()
    collector.close()
    return collector.lines


def read_html(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read an HTML page."""
    deadline = Deadline(limits, name)
    lines = html_to_lines(decode_text(data, name), deadline=deadline)
    return assemble_lines(lines, name, limits, deadline=deadline)
