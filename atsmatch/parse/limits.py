"""Limits that keep parsing bounded on hostile or oversized input."""

from __future__ import annotations

import time
from dataclasses import dataclass

from atsmatch.errors import InputTooLargeError

__all__ = ["Deadline", "ParseLimits"]


@dataclass(frozen=True, kw_only=True)
class ParseLimits:
    """Upper bounds for one document; exceeding one raises ``InputTooLargeError``."""

    max_bytes: int = 20 * 1024 * 1024
    """Largest input file accepted, in bytes."""
    max_pages: int = 50
    """Most PDF pages read."""
    max_decompressed: int = 100 * 1024 * 1024
    """Largest total size of the parts of a zip-based document (DOCX) once inflated."""
    max_seconds: float = 30.0
    """Longest time spent parsing one document."""
    max_chars: int = 250_000
    """Longest extracted text, in characters: 50 pages (``max_pages``) of dense text. Skill
    extraction and scoring take time in proportion to the text (about 10 s for 250,000
    characters on a busy machine), so this also bounds the time a match takes."""
    max_xml_depth: int = 200
    """Deepest nesting of XML elements in a DOCX part (Word's own documents stay under 40;
    500 nested tables or 5,000 nested content controls are refused)."""


class Deadline:
    """``ParseLimits.max_seconds`` for one document, checked inside a reader's loops.

    ``check()`` is cheap (one clock read) and raises :class:`InputTooLargeError` naming the
    file once the time is up.
    """

    def __init__(self, limits: ParseLimits, name: str) -> None:
        self._seconds = limits.max_seconds
        self._end = time.monotonic() + limits.max_seconds
        self._name = name

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise InputTooLargeError(
                self._name,
                f"reading took longer than {self._seconds:g} s (ParseLimits.max_seconds)",
            )
