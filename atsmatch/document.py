"""Value types produced by :func:`atsmatch.parse`: what an ATS can read from a file.

All offsets are character offsets into :attr:`Document.text` (``start`` inclusive, ``end``
exclusive), so ``doc.text[s.start:s.end]`` is always the spanned text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Block",
    "Contact",
    "Diagnostic",
    "Document",
    "ExperienceEntry",
    "Section",
    "Severity",
    "Span",
]

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding about the file, with a stable rule id (see docs/diagnostics.md)."""

    rule: str
    severity: Severity
    message: str
    page: int | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text as laid out in the source: a PDF text box or a DOCX paragraph.

    ``kind`` tells where an ATS meets it: ``body``, ``header``, ``footer``, ``table``,
    ``textbox`` or ``footnote``. ``page`` and ``bbox`` (x0, y0, x1, y1 in points, origin at
    the bottom left) are set for PDF; ``paragraph`` (index in reading order) for DOCX.
    """

    span: Span
    kind: str = "body"
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A resume or job section: ``name`` is canonical (``experience``), ``heading`` as written."""

    name: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Contact:
    """Contact details found in the document; ``None`` where not found."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    github: str | None = None
    urls: tuple[str, ...] = ()
    location: str | None = None


@dataclass(frozen=True, slots=True)
class ExperienceEntry:
    """One dated position. Dates are ``YYYY-MM`` strings; ``end`` is ``None`` for "present".

    ``months`` counts both end months (Jan–Dec 2020 is 12); it is ``None`` for a position
    held to the present (``current``), so that parsing never depends on today's date.
    """

    title: str | None
    employer: str | None
    start: str | None
    end: str | None
    months: int | None
    span: Span
    current: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed resume or job description.

    ``source`` names where it came from (a path, or ``<bytes>``/``<text>``); ``format`` is the
    detected format (``pdf``, ``docx``, ``text``, ``markdown``, ``html``, ``jsonresume``, ...).
    """

    text: str
    source: str = "<text>"
    format: str = "text"
    pages: int = 1
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    contact: Contact = field(default_factory=Contact)
    experience: tuple[ExperienceEntry, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def section_at(self, offset: int) -> str | None:
        """Canonical name of the section holding character ``offset``, or ``None``."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.name
        return None
