"""Reading a parse source (path, bytes or binary file object) into bytes, within limits."""

from __future__ import annotations

import os
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
    name = str(path)
    if path.is_dir():
        raise ParseError(name, "is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputTooLargeError(
                name,
                f"file is {size:,} bytes, over the {limits.max_bytes:,}-byte limit "
                "(ParseLimits.max_bytes)",
            )
        with path.open("rb") as handle:
            return handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise SourceNotFoundError(name, "no such file") from None
    except PermissionError:
        raise SourceNotFoundError(name, "permission denied") from None
    except IsADirectoryError:
        raise ParseError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise SourceNotFoundError(name, f"cannot read ({exc.strerror or exc})") from None
