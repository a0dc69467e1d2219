"""File names that would break the one-line error or drive the terminal, and files that are
not regular files."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path


def _named(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return write


def _fifo(folder: Path) -> Path:
    path = folder / "resume.txt"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "resume.txt"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))  # the socket file stays after the socket is closed
    sock.close()
    return path


def _device(folder: Path) -> Path:
    return Path("/dev/zero")


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "newline-in-name": (_named("resume\nFAKE: injected.txt", b""), "error"),
    "escape-codes-in-name": (_named("resume\x1b[31m\x1b]0;pwned\x07.docx", b"not a zip"), "error"),
    "bidi-override-in-name": (_named("resume\u202etxt.exe", b"\x00\x01\x02" * 100), "error"),
    "fifo": (_fifo, "error"),
    "socket": (_socket, "error"),
    "device": (_device, "error"),
}
