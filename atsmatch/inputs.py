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
        one_line = "\n" not in value and len(value) < 1024
        if one_line and (Path(value).is_file() or value.lower().endswith(_DOCUMENT_SUFFIXES)):
            return parse(value)
        return parse_text(value)
    raise TypeError(f"expected a path, bytes, text or Document, got {type(value).__name__}")
