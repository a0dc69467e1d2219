"""Turning what a caller hands the API (path, bytes, text, Document) into a Document."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from atsmatch.document import Document
from atsmatch.errors import SourceNotFoundError

__all__ = ["DocumentInput", "as_document"]

DocumentInput = Union[str, "os.PathLike[str]", bytes, Document]


def as_document(value: DocumentInput) -> Document:
    """Parse ``value`` unless it is a Document already.

    A ``str`` is a path when :func:`reads_as_path` says so (then a missing file raises
    :class:`SourceNotFoundError` and a folder a :class:`ParseError`); otherwise it is the
    document's text. Text that would read as a path goes in as ``Document(text=...)``.
    """
    from atsmatch.parse import parse, parse_text

    if isinstance(value, Document):
        return value
    if isinstance(value, (bytes, os.PathLike)):
        return parse(value)
    if isinstance(value, str):
        return parse(_as_path(value)) if reads_as_path(value) else parse_text(value)
    raise TypeError(f"expected a path, bytes, text or Document, got {type(value).__name__}")


def reads_as_path(value: str) -> bool:
    """The rule for a ``str`` argument: a path when it is one line and either has no
    whitespace (``"resume_final"``, ``"cv/priya"``, ``"/etc"``), ends in a document suffix
    (``"my resume.pdf"``) or names something that exists; text otherwise (it has a line
    break or a NUL, is blank, or is words with no file behind them).
    """
    if any(c in value for c in "\n\r\0") or len(value) > 4096 or not value.strip():
        return False
    if len(value.split()) == 1 or value.lower().endswith(_SUFFIXES):
        return True
    try:
        return Path(value).exists()
    except (OSError, ValueError):  # too long for a file name, or a NUL byte
        return False


_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".json")


def _as_path(value: str) -> Path:
    """A path-like ``str`` as a path, with a hint when the file does not exist."""
    hint = "a one-word str is read as a path; pass such text as Document(text=...)"
    path = Path(value)
    try:
        exists = path.exists()
    except OSError:  # a name too long for the file system
        exists = False
    if not exists:
        shown = value if len(value) <= 120 else value[:117] + "..."
        raise SourceNotFoundError(shown, f"no such file ({hint})")
    return path
