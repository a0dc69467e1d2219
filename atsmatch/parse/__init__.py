"""parse(): read a resume or job description the way an ATS does.

The format is detected from the content; each format has its own reader module returning
the text (and layout where the format has one); sections, contact details and diagnostics
are then found the same way for every format.
"""

from __future__ import annotations

from atsmatch.document import Document
from atsmatch.errors import UnsupportedFormatError, did_you_mean
from atsmatch.parse.detect import FORMATS, detect_format
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.raw import RawText, Reader
from atsmatch.parse.sections import find_sections
from atsmatch.parse.source import Source, read_source
from atsmatch.parse.text import decode_text

__all__ = ["FORMATS", "ParseLimits", "parse", "parse_text"]


def _read_text(data: bytes, name: str, limits: ParseLimits) -> RawText:
    return RawText(text=normalize_text(decode_text(data)))


def _read_pdf(data: bytes, name: str, limits: ParseLimits) -> RawText:
    from atsmatch.parse.pdf import read_pdf

    return read_pdf(data, name, limits)


def _readers() -> dict[str, Reader]:
    return {"text": _read_text, "markdown": _read_text, "pdf": _read_pdf}


def build_document(raw: RawText, *, source: str, format: str) -> Document:
    """Analyse a reader's output: sections, contact details, experience, diagnostics."""
    return Document(
        text=raw.text,
        source=source,
        format=format,
        pages=raw.pages,
        blocks=raw.blocks,
        sections=find_sections(raw.text),
        diagnostics=raw.diagnostics,
    )


def parse_text(text: str, *, source: str = "<text>", format: str = "text") -> Document:
    """Build a Document from text already in memory."""
    return build_document(RawText(text=normalize_text(text)), source=source, format=format)


def parse(
    source: Source, *, format: str | None = None, limits: ParseLimits | None = None
) -> Document:
    """Read a path, bytes or binary file object into a :class:`Document`.

    ``format`` forces a reader (one of ``FORMATS``); by default it is detected from the
    content. Raises a :class:`~atsmatch.errors.ParseError` subclass naming the source and
    the cause when the input cannot be read.
    """
    limits = limits or ParseLimits()
    data, name = read_source(source, limits)
    if format is not None and format not in FORMATS:
        raise UnsupportedFormatError(
            name, f"unknown format {format!r}{did_you_mean(format, FORMATS)}"
        )
    detected = format or detect_format(data, name)
    if detected is None:
        raise UnsupportedFormatError(name, "binary content that is not a PDF or DOCX document")
    reader = _readers().get(detected)
    if reader is None:
        raise UnsupportedFormatError(name, f"{detected} documents are not supported yet")
    return build_document(reader(data, name, limits), source=name, format=detected)
