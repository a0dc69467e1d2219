"""Pointing a finding at a line of the source file a resume was read from.

The text an ATS reads is not always the source text (LaTeX macros, YAML keys), but the words
of a line usually appear in the source as written. A finding with a span is placed on the
first source line holding the spanned line's text, or else its longest word run.
"""

from __future__ import annotations

import re
from pathlib import Path

from atsmatch.document import Document, Span

__all__ = ["SourceLines"]

_QUOTED = re.compile(r"'([^'\n]{3,})'")
_WORDS = re.compile(r"[^\W_][\w.@+'/-]*[^\W_]|[^\W_]")


class SourceLines:
    """The lines of one source file (text formats only), searched by content."""

    def __init__(self, path: str, document: Document) -> None:
        self.document = document
        self.lines: list[str] = []
        if document.format in ("pdf", "docx"):
            return
        try:
            self.lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            self.lines = []

    def quoted_line(self, message: str) -> int | None:
        """The first source line holding a text the message quotes (``'Spring 2020'``)."""
        for quoted in _QUOTED.findall(message):
            for number, line in enumerate(self.lines, start=1):
                if quoted in line:
                    return number
        return None

    def line_of(self, span: Span | None) -> int | None:
        """The 1-based source line for ``span``; ``None`` when it cannot be placed."""
        if span is None or not self.lines:
            return None
        text = self.document.text
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.start)
        wanted = text[start : end if end >= 0 else len(text)].strip()
        if not wanted:
            return None
        for number, line in enumerate(self.lines, start=1):
            if wanted in line:
                return number
        words = _WORDS.findall(wanted)
        for size in range(min(len(words), 6), 0, -1):
            for first in range(len(words) - size + 1):
                pattern = r"\W+".join(re.escape(w) for w in words[first : first + size])
                for number, line in enumerate(self.lines, start=1):
                    if len(pattern) > 3 and re.search(pattern, line):
                        return number
        return None
