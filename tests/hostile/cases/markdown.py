"""Markdown and HTML shapes that make line-oriented regular expressions or parsers
superlinear."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.hostile.cases import lazy_file as _lazy

_HEAD = b"# Jane Doe\n\n## Experience\n\n**Engineer** at Acme, 2019 - 2024\n\n"

# Cases whose text is over ParseLimits.max_chars (250,000) are refused after the parser has
# read them all, so they still show the parser stays linear.
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "spaces-200k-line": (_lazy("resume.md", lambda: _HEAD + b" " * 200_000 + b"\n"), "ok"),
    "spaces-then-dash": (_lazy("resume.md", lambda: _HEAD + b" " * 200_000 + b"x-\n"), "ok"),
    "unclosed-tags": (_lazy("resume.md", lambda: _HEAD + b"<a " * 100_000 + b"\n"), "error"),
    "unclosed-autolinks": (
        _lazy("resume.md", lambda: _HEAD + b"<http://x" * 50_000 + b"\n"),
        "error",
    ),
    "unclosed-links": (_lazy("resume.md", lambda: _HEAD + b"[a](" * 100_000 + b"\n"), "error"),
    "emphasis-runs": (_lazy("resume.md", lambda: _HEAD + b"*a " * 100_000 + b"\n"), "error"),
    "hashes-200k": (_lazy("resume.md", lambda: _HEAD + b"# " + b"#" * 200_000 + b"\n"), "ok"),
    "quotes-100k": (_lazy("resume.md", lambda: _HEAD + b">" * 100_000 + b" x\n"), "ok"),
    "bullets-nested": (_lazy("resume.md", lambda: _HEAD + b"- " * 100_000 + b"x\n"), "ok"),
    "pipes-100k": (_lazy("resume.md", lambda: _HEAD + b"|" * 100_000 + b"\n"), "ok"),
}
