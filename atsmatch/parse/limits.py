"""Limits that keep parsing bounded on hostile or oversized input."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ParseLimits"]


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
    max_chars: int = 5_000_000
    """Longest extracted text, in characters."""
