"""The hostile-input corpus, one module per family of files.

Each module defines ``CASES``: case name → ``(write, expected)``, where ``write(folder)``
writes the hostile file into ``folder`` and returns its path, and ``expected`` is ``"error"``
(exit 2 with exactly one line on stderr) or ``"ok"`` (exit 0). A module may also define
``SLOW``, the names of its cases that take more than a few seconds; those run under the
``slow`` marker (``.ci/run`` runs every test, slow ones included).

The runner (``tests/hostile/test_hostile.py``) finds every module of this package, so a new
family is a new module here and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def lazy_file(name: str, make: Callable[[], bytes]) -> Callable[[Path], Path]:
    """A case's ``write``: ``make()`` is called only when the case runs, so collecting the
    corpus holds no large file in memory."""

    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(make())
        return path

    return write
