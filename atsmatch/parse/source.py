"""Reading a parse source (path, bytes or binary file object) into bytes, within limits."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from atsmatch.errors import (
    EmptyDocumentError,
    InputTooLargeError,
    ParseError,
    SourceNotFoundError,
)
from atsmatch.parse.limits import ParseLimits

__all__ = ["Source", "read_source"]

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


def read_source(source: Source, limits: ParseLimits) -> tuple[bytes, str]:
    """Return ``(data, name)``; ``name`` is the path, or ``<bytes>`` / the file object's name."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, name = bytes(source), "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        data = _read_path(Path(name), limits)
    else:
        name = str(getattr(source, "name", "<stream>"))
        data = source.read(limits.max_bytes + 1)
        if not isinstance(data, bytes):
            raise TypeError(f"{name}: file object must be opened in binary mode")
    if len(data) > limits.max_bytes:
        raise InputTooLargeError(
            name, f"file is larger than the {limits.max_bytes:,}-byte limit (ParseLimits.max_bytes)"
        )
    if not data:
        raise EmptyDocumentError(name, "file is empty (0 bytes)")
    return data, name


def _read_path(path: Path, limits: ParseLimits) -> bytes:
    """Read a regular file. A FIFO, socket or device is refused before any read (a read
    from one can block for ever or never end); it is opened without blocking, and checked
    again on the open handle, so a file swapped for a FIFO in between is refused too."""
    name = str(path)
    try:
        info = os.stat(path)
        _check_regular(info.st_mode, name, limits, info.st_size)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            _check_regular(info.st_mode, name, limits, info.st_size)
            return handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise SourceNotFoundError(name, "no such file") from None
    except PermissionError:
        raise SourceNotFoundError(name, "permission denied") from None
    except IsADirectoryError:
        raise ParseError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise SourceNotFoundError(name, f"cannot read ({exc.strerror or exc})") from None


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _check_regular(mode: int, name: str, limits: ParseLimits, size: int) -> None:
    if stat.S_ISDIR(mode):
        raise ParseError(name, "is a directory, not a file")
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _KINDS if test(mode)), "not a regular file")
        raise ParseError(name, f"is {kind}, not a regular file; save the document to a file")
    if size > limits.max_bytes:
        raise InputTooLargeError(
            name,
            f"file is {size:,} bytes, over the {limits.max_bytes:,}-byte limit "
            "(ParseLimits.max_bytes)",
        )
