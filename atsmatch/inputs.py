"""Turning what a caller hands the API (path, bytes, text, Document) into a Document."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from atsmatch.document import Document

__all__ = ["DocumentInput", "as_document"]

DocumentInput = Union[str, "os.PathLike[str]", bytes, Document]

_DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".json")


def as_document(value: DocumentInput) -> Document:
    """Parse ``value`` unless it is a Document already.

    A ``str`` is a path when it is one line that names an existing file or ends in a
    document suffix (a missing file then raises :class:`SourceNotFoundError`); any other
    ``str`` is the document's text.
    """
    from atsmatch.parse import parse, parse_text

    if isinstance(value, Document):
        return value
    if isinstance(value, (bytes, os.PathLike)):
        return parse(value)
    if isinstance(value, str):
        return parse(value) if _names_a_file(value) else parse_text(value)
    raise TypeError(f"expected a path, bytes, text or Document, got {type(value).__name__}")


def _names_a_file(value: str) -> bool:
    """Whether a ``str`` argument is meant as a path (see :func:`as_document`)."""
    if "\n" in value or len(value) >= 1024:
        return False
    if value.lower().endswith(_DOCUMENT_SUFFIXES):
        return True
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL byte
        return False
