"""HTML that makes the standard library's HTMLParser superlinear, or nests without end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.hostile.cases import lazy_file as _lazy

_HEAD = b"<html><body><h1>Jane Doe</h1><h2>Experience</h2><p>Engineer at Acme</p>"

# Cases whose text is over ParseLimits.max_chars (250,000) are refused after the parser has
# read them all, so they still show the parser stays linear.
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "unclosed-a-300k": (_lazy("resume.html", lambda: _HEAD + b"<a" * 300_000), "error"),
    "unclosed-a-space-300k": (_lazy("resume.html", lambda: _HEAD + b"<a " * 300_000), "error"),
    "unclosed-comment": (_lazy("resume.html", lambda: _HEAD + b"<!--" + b"x" * 2_000_000), "ok"),
    "unclosed-attribute": (
        _lazy("resume.html", lambda: _HEAD + b'<a href="' + b"x" * 2_000_000),
        "error",
    ),
    "div-nesting-100k": (_lazy("resume.html", lambda: _HEAD + b"<div>" * 100_000 + b"x"), "ok"),
    "entities-1M": (_lazy("resume.html", lambda: _HEAD + b"&amp" * 1_000_000), "error"),
    "lt-bang-300k": (_lazy("resume.html", lambda: _HEAD + b"<!" * 300_000), "error"),
    "cdata-300k": (_lazy("resume.html", lambda: _HEAD + b"<![CDATA[" * 200_000), "error"),
}
