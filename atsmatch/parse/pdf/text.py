"""Composing a PDF's text from its ordered lines, with blocks, headings and diagnostics."""

from __future__ import annotations

import re

from atsmatch.document import Block, Diagnostic, Span
from atsmatch.parse.normalize import (
    SOFT_HYPHEN,
    join_hyphenated,
    normalize_text,
    squeeze_spaces,
)
from atsmatch.parse.pdf.fragments import build_fragments
from atsmatch.parse.pdf.layout import PageOrder, order_page, rows
from atsmatch.parse.pdf.lines import Fragment, Line
from atsmatch.parse.pdf.margins import is_page_number, split_margins, without_page_label
from atsmatch.parse.pdf.page import PageContent
from atsmatch.parse.pdf.prominence import Placed, heading_starts, title_span
from atsmatch.parse.raw import RawText
from atsmatch.parse.rules import diagnostic

__all__ = ["compose"]

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_TOKEN = re.compile(r"[\w@.+/-]+")
_HIDDEN_WHY = {
    "white": "white text",
    "invisible": "invisible text (render mode 3)",
    "tiny": "text smaller than 4 pt",
    "off-page": "text placed outside the page",
}
_NO_TEXT_SHAPES = 50
_FEW_CHARACTERS = 30  # a page number or a label on a scanned page is no text layer
_PICTURE_SHARE = 0.25


def compose(pages: list[PageContent], *, encrypted: bool) -> RawText:
    """The :class:`RawText` of a PDF from its pages' content."""
    fragments = [build_fragments(page.glyphs) for page in pages]
    parts = split_margins(
        [(page.height, frags) for page, frags in zip(pages, fragments, strict=True)]
    )
    placed: list[Placed] = []
    diagnostics: list[Diagnostic] = []
    for page, part, frags in zip(pages, parts, fragments, strict=True):
        order = order_page(part.body)
        lines = (
            _kind(rows(part.header), "header") + order.lines + _kind(rows(part.footer), "footer")
        )
        if lines:
            lines[0].gap_before = True
        placed.extend(Placed(page.number, line, line.text) for line in lines)
        diagnostics.extend(_page_diagnostics(page, frags, order))
    placed = _clean(placed)
    text = _join(placed)
    diagnostics.extend(_hidden(placed))
    diagnostics.extend(_margin_content(placed))
    icons = {
        page.number: sum(f.icons for f in frags)
        for page, frags in zip(pages, fragments, strict=True)
    }
    diagnostics.extend(_document_diagnostics(pages, icons, encrypted=encrypted))
    return RawText(
        text=text,
        blocks=tuple(_blocks(placed)),
        pages=len(pages),
        diagnostics=tuple(diagnostics),
        headings=tuple(heading_starts(placed)),
        title=title_span(placed),
    )


def _kind(lines: list[Line], kind: str) -> list[Line]:
    for line in lines:
        line.kind = kind
    return lines


def _clean(placed: list[Placed]) -> list[Placed]:
    """Normalise characters and spaces, undo hyphenation in body text, drop empty lines."""
    for item in placed:
        soft = item.text.rstrip().endswith(SOFT_HYPHEN)
        # A soft hyphen drawn inside a line is a visible dash (TeX fonts map their hyphen
        # to U+00AD): "on\u00adpremise", "2021 \u00ad Present". At the end of a line it
        # marks a word broken across lines, joined below.
        inner = item.text.rstrip().removesuffix(SOFT_HYPHEN).replace(SOFT_HYPHEN, "-")
        item.text = squeeze_spaces(normalize_text(inner)) + (SOFT_HYPHEN if soft else "")
    vocabulary = frozenset(w.lower() for item in placed for w in _WORD.findall(item.text))
    start = 0
    for index in range(len(placed) + 1):
        if index == len(placed) or placed[index].line.kind != "body":
            run = placed[start:index]
            for item, joined in zip(
                run,
                join_hyphenated([i.text for i in run], vocabulary=vocabulary),
                strict=True,
            ):
                item.text = joined
            start = index + 1
    for item in placed:
        item.text = item.text.removesuffix(SOFT_HYPHEN)
    return [item for item in placed if item.text]


def _join(placed: list[Placed]) -> str:
    pieces: list[str] = []
    offset = 0
    for index, item in enumerate(placed):
        if index:
            separator = (
                "\n\n" if item.line.gap_before or item.page != placed[index - 1].page else "\n"
            )
            pieces.append(separator)
            offset += len(separator)
        item.start = offset
        pieces.append(item.text)
        offset += len(item.text)
    return "".join(pieces)


def _blocks(placed: list[Placed]) -> list[Block]:
    blocks: list[Block] = []
    for item in placed:
        x0, y0, x1, y1 = item.line.bbox
        blocks.append(
            Block(
                span=Span(item.start, item.start + len(item.text)),
                kind=item.line.kind,
                page=item.page,
                bbox=(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)),
            )
        )
    return blocks


def _hidden(placed: list[Placed]) -> list[Diagnostic]:
    found: dict[int, list[tuple[str, str, Span | None]]] = {}
    for item in placed:
        for fragment in item.line.fragments:
            for raw, reason in fragment.hidden:
                hidden = squeeze_spaces(normalize_text(raw))
                at = item.text.find(hidden) if hidden else -1
                span = Span(item.start + at, item.start + at + len(hidden)) if at >= 0 else None
                found.setdefault(item.page, []).append((hidden, reason, span))
    result: list[Diagnostic] = []
    for page, runs in sorted(found.items()):
        reasons = sorted({_HIDDEN_WHY[reason] for _, reason, _ in runs})
        words = " ".join(text for text, _, _ in runs)
        shown = words if len(words) <= 80 else words[:77] + "..."
        message = (
            f"page {page}: {' and '.join(reasons)} that an ATS reads but a person does not "
            f'see: "{shown}"'
        )
        span = _joined([s for _, _, s in runs if s is not None])
        result.append(diagnostic("hidden-text", message, page=page, span=span))
    return result


def _joined(spans: list[Span]) -> Span | None:
    """The first span, stretched over the runs that follow it with at most a line break
    between (a hidden block over several lines is one span, so scoring can skip it all)."""
    if not spans:
        return None
    start, end = spans[0].start, spans[0].end
    for span in spans[1:]:
        if span.start < end or span.start - end > 2:
            break
        end = span.end
    return Span(start, end)


def _margin_content(placed: list[Placed]) -> list[Diagnostic]:
    body = {
        t.lower() for item in placed if item.line.kind == "body" for t in _TOKEN.findall(item.text)
    }
    result: list[Diagnostic] = []
    seen: set[str] = set()
    for item in placed:
        if item.line.kind not in ("header", "footer") or is_page_number(item.text):
            continue
        if item.text in seen:
            continue
        seen.add(item.text)
        tokens = _TOKEN.findall(without_page_label(item.text))
        missing = [t for t in tokens if t.lower() not in body and not t.isdigit()]
        if missing:
            message = (
                f"page {item.page}: text in the page {item.line.kind} that is not in the body "
                f'("{item.text[:80]}"); many ATSs skip headers and footers'
            )
            span = Span(item.start, item.start + len(item.text))
            result.append(diagnostic("header-footer-content", message, page=item.page, span=span))
    return result


def _no_text_layer(page: PageContent, fragments: list[Fragment]) -> bool:
    """Next to no text, but a large picture or many drawn shapes (outlined text)."""
    if sum(len(f.text) for f in fragments) >= _FEW_CHARACTERS:
        return False
    area = page.width * page.height or 1.0
    covered = sum(max(x1 - x0, 0) * max(y1 - y0, 0) for x0, y0, x1, y1 in page.pictures)
    return covered >= _PICTURE_SHARE * area or page.shapes >= _NO_TEXT_SHAPES


def _page_diagnostics(
    page: PageContent, fragments: list[Fragment], order: PageOrder
) -> list[Diagnostic]:
    n = page.number
    result: list[Diagnostic] = []
    if _no_text_layer(page, fragments):
        message = (
            f"page {n} has no text layer (scanned, or text drawn as images or outlines); "
            "an ATS reads next to nothing on it"
        )
        result.append(diagnostic("no-text-layer", message, page=n))
    cids = sum(fragment.cids for fragment in fragments)
    if cids:
        message = (
            f"page {n}: {cids} characters have no Unicode mapping and were dropped (shown as "
            "(cid:NN) by text extractors); re-export the PDF with standard embedded fonts"
        )
        result.append(diagnostic("unmapped-glyphs", message, page=n))
    if order.gutters:
        boxes = ", ".join(
            f"x {x0:.0f}-{x1:.0f} y {y0:.0f}-{y1:.0f}" for x0, y0, x1, y1 in _outer(order.columns)
        )
        message = (
            f"page {n} is laid out in {len(order.gutters) + 1} columns ({boxes}; points from "
            "the bottom left); some ATSs read straight across columns and mix their text"
        )
        result.append(diagnostic("multi-column", message, page=n))
    table_rows = sum(1 for line in order.lines if line.kind == "table")
    if table_rows:
        message = f"page {n} has a table ({table_rows} rows); some ATSs merge or drop table cells"
        result.append(diagnostic("tables", message, page=n))
    return result


def _outer(
    boxes: list[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """The column boxes not split again (a column split into two is named by its parts)."""
    inside = [any(o is not b and _within(o, b) for o in boxes) for b in boxes]
    return [b for b, split in zip(boxes, inside, strict=True) if not split]


def _within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (
        inner[0] >= outer[0] - 0.5
        and inner[1] >= outer[1] - 0.5
        and inner[2] <= outer[2] + 0.5
        and inner[3] <= outer[3] + 0.5
    )


def _document_diagnostics(
    pages: list[PageContent], icons: dict[int, int], *, encrypted: bool
) -> list[Diagnostic]:
    result: list[Diagnostic] = []
    pictures = {page.number: page.images + icons.get(page.number, 0) for page in pages}
    with_images = [number for number, count in pictures.items() if count]
    if with_images:
        count = sum(pictures.values())
        listed = ", ".join(str(n) for n in with_images)
        message = f"{count} image(s) or icon(s) on page(s) {listed}; an ATS reads no text in them"
        result.append(diagnostic("images", message, page=with_images[0]))
    if encrypted:
        message = (
            "the PDF is encrypted (it opens without a password but has usage restrictions); "
            "some ATSs refuse encrypted files"
        )
        result.append(diagnostic("encrypted", message))
    return result
