"""Package data, read without importing :mod:`importlib.resources` when it can be.

``importlib.resources`` pulls in ``tempfile``, ``shutil``, ``zipfile`` and the compression
modules (about 15 ms of a cold start) to support packages inside zip files. An installed or
checked-out atsmatch lies in ordinary folders, so its data files are opened next to the
package's ``__init__.py``; only when that fails (a zip import) is ``importlib.resources``
asked.
"""

from __future__ import annotations

import os
import sys

__all__ = ["data_size_and_tail", "read_data"]


def _path(package: str, name: str) -> str | None:
    spec_file = getattr(sys.modules.get(package), "__file__", None)
    if not spec_file:
        return None
    return os.path.join(os.path.dirname(spec_file), "data", name)


def read_data(package: str, name: str) -> bytes:
    """The bytes of ``data/NAME`` of ``package`` (an imported package); ``OSError`` when
    missing."""
    path = _path(package, name)
    if path is not None and os.path.isfile(path):
        with open(path, "rb") as handle:
            return handle.read()
    from importlib import resources

    return resources.files(package).joinpath("data").joinpath(name).read_bytes()


def data_size_and_tail(package: str, name: str, tail: int) -> tuple[int, bytes]:
    """The size of ``data/NAME`` of ``package`` and its last ``tail`` bytes, without reading
    the rest (when the file lies in a folder)."""
    path = _path(package, name)
    if path is not None and os.path.isfile(path):
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(size - tail, 0))
            return size, handle.read()
    raw = read_data(package, name)
    return len(raw), raw[-tail:]
