"""The DOCX reader: the text of every part an ATS may read, with a block per paragraph.

Parts are read in the order a person meets them: headers, the body (with its tables and text
boxes), footnotes, endnotes, then footers. A header or footer repeated word for word (first
page and default) is read once. See :mod:`atsmatch.parse.docx.walker` for what a paragraph
yields and :mod:`atsmatch.parse.docx.package` for the limits on hostile files.
"""

from __future__ import annotations

import dataclasses
import re
import time
from xml.etree.ElementTree import Element

from atsmatch.document import Block, Diagnostic, Span
from atsmatch.errors import EmptyDocumentError, InputTooLargeError
from atsmatch.parse.docx.package import DocxPackage, open_package
from atsmatch.parse.docx.title import style_sizes, title_index
from atsmatch.parse.docx.walker import Line, W, Walker
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.raw import RawText
from atsmatch.parse.rules import diagnostic

__all__ = ["read_docx"]

_PART_NUMBER = re.compile(r"(\d+)\.xml$")
_STYLE_NAME = re.compile(rb'<(?:\w+:)?name\s+(?:\w+:)?val="(?:heading \d|title|subtitle)"', re.I)
_STYLE_ID = re.compile(rb'styleId="([^"]*)"')


def read_docx(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a DOCX (Office Open XML word-processing document)."""
    started = time.monotonic()

    def deadline() -> None:  # called every 512 paragraphs: time, and text so far
        if walker.chars > limits.max_chars:
            raise InputTooLargeError(name, _too_long(limits))
        if time.monotonic() - started > limits.max_seconds:
            raise InputTooLargeError(
                name, f"reading took over {limits.max_seconds:g} s (ParseLimits.max_seconds)"
            )

    package = open_package(data, name, limits)
    walker = Walker(_heading_styles(package.raw("word/styles.xml")), deadline=deadline)
    _walk_repeated(walker, package, "header")
    body = package.xml("word/document.xml")
    if body is not None:
        walker.walk(body, "body")
    for part in ("word/footnotes.xml", "word/endnotes.xml"):
        root = package.xml(part)
        if root is not None:
            walker.walk(root, "footnote")
    _walk_repeated(walker, package, "footer")
    text, blocks, headings = _assemble(walker.lines)
    if len(text) > limits.max_chars:
        raise InputTooLargeError(name, _too_long(limits))
    if not text.strip():
        raise EmptyDocumentError(name, "the DOCX has no text")
    return RawText(
        text=text,
        blocks=blocks,
        pages=_pages(package, body),
        diagnostics=_located(_diagnostics(walker, package), text, walker.hidden_texts),
        headings=headings,
        title=_title(walker.lines, blocks, text, package),
    )


def _title(
    lines: list[Line], blocks: tuple[Block, ...], text: str, package: DocxPackage
) -> tuple[int, int] | None:
    """The span of the title line's first line (see :mod:`atsmatch.parse.docx.title`)."""
    index = title_index(lines, style_sizes(package.xml("word/styles.xml")))
    if index is None:
        return None
    span = blocks[index].span
    stop = text.find("\n", span.start, span.end)
    return (span.start, stop if stop != -1 else span.end)


def _too_long(limits: ParseLimits) -> str:
    return f"text is longer than {limits.max_chars:,} characters (ParseLimits.max_chars)"


def _located(found: tuple[Diagnostic, ...], text: str, hidden: list[str]) -> tuple[Diagnostic, ...]:
    """The hidden-text finding with the span of the first block of hidden runs in ``text``
    (runs in a row with only spaces or a line break between them), so scoring can skip it."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in hidden:
        piece = piece.strip()
        at = text.find(piece, cursor) if piece else -1
        if at >= 0:
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
    if not spans:
        return found
    start, end = spans[0]
    for a, b in spans[1:]:
        if text[end:a].strip():
            break
        end = b
    return tuple(
        dataclasses.replace(d, span=Span(start, end)) if d.rule == "hidden-text" else d
        for d in found
    )


def _walk_repeated(walker: Walker, package: DocxPackage, kind: str) -> None:
    parts = [p for p in package.names() if re.fullmatch(rf"word/{kind}\d*\.xml", p)]
    parts.sort(key=lambda p: int(m.group(1)) if (m := _PART_NUMBER.search(p)) else 0)
    seen: set[tuple[str, ...]] = set()
    for part in parts:
        root = package.xml(part)
        if root is None:
            continue
        before = len(walker.lines)
        walker.walk(root, kind)
        texts = tuple(line.text for line in walker.lines[before:])
        if texts in seen:
            del walker.lines[before:]
        seen.add(texts)


def _heading_styles(styles: bytes | None) -> frozenset[str]:
    """Style ids named "Heading N", "Title" or "Subtitle" (ids are localised, names are not).

    styles.xml is large (hundreds of KB) and only these few styles matter, so it is scanned
    for their names, and each name's style id is read from the ``<w:style>`` tag before it.
    """
    ids = {"Title", "Subtitle", *(f"Heading{n}" for n in range(1, 10))}
    data = styles or b""
    for match in _STYLE_NAME.finditer(data):
        tag = data.rfind(b"style ", 0, match.start())
        found = _STYLE_ID.search(data, tag, match.start())
        if tag != -1 and found:
            ids.add(found.group(1).decode("utf-8", errors="replace"))
    return frozenset(ids)


def _assemble(lines: list[Line]) -> tuple[str, tuple[Block, ...], tuple[int, ...]]:
    parts: list[str] = []
    blocks: list[Block] = []
    headings: list[int] = []
    offset = 0
    for index, line in enumerate(lines):
        text = normalize_text(line.text)
        if line.heading:
            headings.append(offset)
        blocks.append(Block(span=Span(offset, offset + len(text)), kind=line.kind, paragraph=index))
        parts.append(text + "\n")
        offset += len(text) + 1
    return "".join(parts), tuple(blocks), tuple(headings)


def _pages(package: DocxPackage, body: Element | None) -> int:
    """The most of: Word's last count (docProps/app.xml), 1 + page breaks, 1 + rendered breaks.

    Tools other than Word leave the count in docProps/app.xml stale, hence the maximum.
    """
    counted = 1
    app = package.xml("docProps/app.xml")
    if app is not None:
        for element in app:
            if element.tag.endswith("}Pages") and (element.text or "").strip().isdigit():
                counted = max(1, int((element.text or "1").strip()))
    if body is None:
        return counted
    breaks = sum(1 for br in body.iter(W + "br") if br.get(W + "type") == "page")
    rendered = sum(1 for _ in body.iter(W + "lastRenderedPageBreak"))
    return max(counted, 1 + breaks, 1 + rendered)


_COUNTED = (
    ("tables", "tables", "{n} table(s): some ATSs merge or drop cells; "
     "put key content in plain paragraphs"),
    ("textboxes", "text-boxes", "{n} text box(es): many ATSs skip their text; "
     "move it into the body"),
    ("hidden", "hidden-text", "{n} run(s) of hidden, white or tiny text: an ATS reads it and "
     "a recruiter sees keyword stuffing; delete it"),
    ("images", "images", "{n} image(s): an ATS reads no text in them; keep nothing "
     "important only in a picture"),
)  # fmt: skip


def _diagnostics(walker: Walker, package: DocxPackage) -> tuple[Diagnostic, ...]:
    counts = walker.counts
    found = [
        diagnostic(rule, message.format(n=counts[key]))
        for key, rule, message in _COUNTED
        if counts[key]
    ]
    comments = package.xml("word/comments.xml")
    n_comments = 0 if comments is None else sum(1 for _ in comments.iter(W + "comment"))
    if counts["tracked"] or n_comments:
        found.append(
            diagnostic(
                "tracked-changes",
                f"{counts['tracked']} tracked change(s) and {n_comments} comment(s): "
                "accept or reject all changes and delete comments before sending",
            )
        )
    return tuple(found)
