"""Failures of a batch: an input that gave no profile or no row, as one line naming it.

The bottom of the batch pipeline: the job side, the reading of each input and the worker
pool all turn whatever they catch into a :class:`Failure` (or its message) with these.
"""

from __future__ import annotations

from dataclasses import dataclass

from atsmatch.errors import AtsmatchError

__all__ = ["Failure", "describe", "one_line"]

_MAX_MESSAGE = 300


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that gave no profile, and why (one line)."""

    message: str


def one_line(text: str) -> str:
    """``text`` on one line: control characters escaped, long text cut."""
    escaped = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )
    return escaped if len(escaped) <= _MAX_MESSAGE else escaped[: _MAX_MESSAGE - 1] + "…"


def describe(exc: BaseException, label: str) -> str:
    """The one-line message of a failure: atsmatch's own message (it names the file), or
    the input's name and the kind of failure for anything else."""
    if isinstance(exc, AtsmatchError):
        text = str(exc)
    elif isinstance(exc, RecursionError):
        text = f"{label}: structure nested too deeply to read"
    elif isinstance(exc, MemoryError):
        text = f"{label}: ran out of memory while reading"
    elif isinstance(exc, OSError):
        text = f"{label}: cannot read ({exc.strerror or type(exc).__name__})"
    else:
        first = str(exc).splitlines()[0] if str(exc) else ""
        text = f"{label}: could not be read ({type(exc).__name__}{': ' + first if first else ''})"
    return one_line(text)
