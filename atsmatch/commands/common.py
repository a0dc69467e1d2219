"""Helpers shared by the sub-commands: document arguments, output files, colour."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, overload

from atsmatch.errors import InputError, SourceNotFoundError

__all__ = ["STDIN", "LazyChoices", "document_source", "use_color", "write_output"]

STDIN = "-"
"""The document argument that means standard input."""


class LazyChoices(Sequence[str]):
    """An option's ``choices``, read from ``module.name`` only when argparse first needs them
    (to check a value of that option, or to show help), so that building the parser for
    every sub-command does not import what one sub-command needs (the batch engine)."""

    def __init__(self, module: str, name: str) -> None:
        self._where = (module, name)
        self._choices: tuple[str, ...] | None = None

    def _load(self) -> tuple[str, ...]:
        if self._choices is None:
            module, name = self._where
            self._choices = tuple(getattr(importlib.import_module(module), name))
        return self._choices

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())


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
