"""parse(): read a resume or job description the way an ATS does.

The format is detected from the content; each format has its own reader module returning
the text (and layout where the format has one); sections, contact details and diagnostics
are then found the same way for every format.
"""

from __future__ import annotations

import os

from atsmatch.document import Contact, Document
from atsmatch.errors import (
    CorruptFileError,
    EmptyDocumentError,
    InputTooLargeError,
    UnsupportedFormatError,
    did_you_mean,
)
from atsmatch.parse.detect import FORMATS, detect_format, unsupported_reason
from atsmatch.parse.diagnostics import (
    document_diagnostics,
    judgeable,
    looks_like_job_text,
    merge_diagnostics,
)
from atsmatch.parse.formats.text import decode_text
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.raw import RawText, Reader
from atsmatch.parse.source import Source, read_source
from atsmatch.parse.structure.contact import find_contact
from atsmatch.parse.structure.experience import find_experience
from atsmatch.parse.structure.sections import (
    JOB_SECTIONS,
    find_headings,
    find_sections,
    looks_like_job,
)

__all__ = ["FORMATS", "ParseLimits", "build_document", "parse", "parse_text"]


def _read_text(data: bytes, name: str, limits: ParseLimits) -> RawText:
    text = normalize_text(decode_text(data, name))
    if not text.strip():
        raise EmptyDocumentError(name, "the file holds only white space")
    if len(text) > limits.max_chars:
        raise InputTooLargeError(
            name, f"text is longer than {limits.max_chars:,} characters (ParseLimits.max_chars)"
        )
    return RawText(text=text)


_LAZY_READERS = {
    "markdown": ("atsmatch.parse.formats.markdown", "read_markdown"),
    "html": ("atsmatch.parse.formats.html", "read_html"),
    "jsonresume": ("atsmatch.parse.formats.jsonresume", "read_jsonresume"),
    "docx": ("atsmatch.parse.docx.reader", "read_docx"),
    "pdf": ("atsmatch.parse.pdf.reader", "read_pdf"),
    "latex": ("atsmatch.parse.formats.latex", "read_latex"),
    "jsonresume-yaml": ("atsmatch.parse.formats.yamlresume", "read_yaml_resume"),
    "rendercv": ("atsmatch.parse.formats.rendercv", "read_rendercv"),
}
"""Format -> (module, function) of its reader, imported only when a file of it comes."""


def _lazy(module: str, function: str) -> Reader:
    def read(data: bytes, name: str, limits: ParseLimits) -> RawText:
        from importlib import import_module

        reader: Reader = getattr(import_module(module), function)
        return reader(data, name, limits)

    return read


def _readers() -> dict[str, Reader]:
    readers: dict[str, Reader] = {"text": _read_text}
    readers.update({fmt: _lazy(*where) for fmt, where in _LAZY_READERS.items()})
    return readers


def build_document(raw: RawText, *, source: str, format: str, size: int | None = None) -> Document:
    """Analyse a reader's output: sections, contact details, experience, diagnostics.

    ``size`` is the file's size in bytes, when there is a file (for ``file-too-large``).
    """
    text = raw.text
    headings = find_headings(text, layout=raw.headings)
    sections = find_sections(text, layout=raw.headings)
    job_sections = {section.name for section in sections} & JOB_SECTIONS
    worded = looks_like_job_text(text) and (not sections or bool(job_sections))
    job = looks_like_job(sections) or worded
    first = sections[0].start if sections else None
    contact = find_contact(text, first_section=first, title=raw.title, sections=sections)
    checks = document_diagnostics(
        text,
        size=size,
        pages=raw.pages,
        resume=not job and judgeable(text, sections, raw.diagnostics),
        sections=sections,
        headings=headings,
        contact=contact,
        blocks=raw.blocks,
    )
    diagnostics = merge_diagnostics(raw.diagnostics, checks, text, contact)
    return Document(
        text=text,
        source=source,
        format=format,
        pages=raw.pages,
        blocks=raw.blocks,
        sections=sections,
        contact=Contact(email=contact.email, phone=contact.phone) if job else contact,
        experience=find_experience(text, sections) if not job else (),
        diagnostics=tuple(diagnostics),
    )


def parse_text(text: str, *, source: str = "<text>", format: str = "text") -> Document:
    """Build a Document from text already in memory."""
    return build_document(RawText(text=normalize_text(text)), source=source, format=format)


_SUFFIXES = {".docx": ("docx", "a zip archive"), ".pdf": ("pdf", "a PDF (no %PDF- header)")}


def _check_suffix(name: str, detected: str | None) -> None:
    """A ``.docx`` or ``.pdf`` file whose content is no PDF or DOCX is a broken file (a DOCX
    named ``.pdf``, or the reverse, is read as what it is)."""
    expected = _SUFFIXES.get(os.path.splitext(name)[1].lower())
    if expected is not None and detected not in ("pdf", "docx"):
        raise CorruptFileError(name, f"has a {expected[0].upper()} suffix but is not {expected[1]}")


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
    _check_suffix(name, detected)
    if detected is None:
        raise UnsupportedFormatError(name, unsupported_reason(data, name))
    reader = _readers().get(detected)
    if reader is None:
        raise UnsupportedFormatError(name, f"{detected} documents are not supported yet")
    try:
        raw = reader(data, name, limits)
    except RecursionError:  # the reader boundary: no library error leaves as a traceback
        raise CorruptFileError(name, "the document is nested too deeply to read") from None
    except OverflowError:
        raise CorruptFileError(name, "the document holds a number too large to read") from None
    except UnicodeError:
        raise CorruptFileError(name, "the document holds text that does not decode") from None
    except MemoryError:
        raise InputTooLargeError(name, "reading it ran out of memory") from None
    return build_document(raw, source=name, format=detected, size=len(data))
