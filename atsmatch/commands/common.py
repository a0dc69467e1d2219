"""Helpers shared by the sub-commands: document arguments, output files, colour."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from atsmatch.errors import InputError, SourceNotFoundError

__all__ = ["STDIN", "document_source", "use_color", "write_output"]

STDIN = "-"
"""The document argument that means standard input."""


def document_source(name: str, *others: str) -> Path | BinaryIO:
    """The source for document argument ``name``: a path, or stdin for ``-``.

    ``others`` are the command's other document arguments: standard input can be read once,
    so only one of them may be ``-``.
    """
    if name != STDIN:
        return Path(name)
    if STDIN in others:
        raise InputError("-: standard input can stand for only one document argument")
    return sys.stdin.buffer


def use_color(output: str | None, *, no_color: bool = False) -> bool:
    """Colour only for a terminal on stdout, never with ``--no-color`` or NO_COLOR set."""
    if no_color or output not in (None, STDIN) or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to ``path``, or to stdout when ``path`` is ``None`` or ``-``."""
    if path is None or path == STDIN:
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SourceNotFoundError(path, f"cannot write output ({exc.strerror or exc})") from None
