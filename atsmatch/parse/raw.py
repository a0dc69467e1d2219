"""What a format reader returns: the text an ATS sees, with layout, before analysis.

Every reader (``pdf``, ``docx``, ``text``, ``html``, ``jsonresume``, ...) turns bytes into a
:class:`RawText`; :func:`atsmatch.parse.parse` then finds sections, contact details,
experience entries and the format-independent diagnostics the same way for every format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from atsmatch.document import Block, Diagnostic
from atsmatch.parse.limits import ParseLimits

__all__ = ["RawText", "Reader"]


@dataclass(frozen=True, slots=True)
class RawText:
    """The normalised text of a document and what its layout tells.

    ``headings`` holds the start offsets of lines that the layout marks as headings (bold,
    larger type, a heading style); section finding uses them next to its word lists.
    ``diagnostics`` holds findings only the reader can make (image-only pages, text boxes,
    hidden text, ...). ``title`` is the ``(start, end)`` of the text the layout sets in the
    largest type on the first page (a PDF's name), when the reader knows type sizes.
    """

    text: str
    blocks: tuple[Block, ...] = ()
    pages: int = 1
    diagnostics: tuple[Diagnostic, ...] = ()
    headings: tuple[int, ...] = ()
    title: tuple[int, int] | None = None


Reader = Callable[[bytes, str, ParseLimits], RawText]
"""A format reader: ``(data, source name, limits) -> RawText``; raises ParseError."""
