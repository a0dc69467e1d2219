"""Helpers shared by the sub-commands: output files and format choices."""

from __future__ import annotations

import sys
from pathlib import Path

from atsmatch.errors import SourceNotFoundError

__all__ = ["write_output"]


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to ``path``, or to stdout when ``path`` is ``None`` or ``-``."""
    if path is None or path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SourceNotFoundError(path, f"cannot write output ({exc.strerror or exc})") from None
