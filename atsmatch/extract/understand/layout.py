"""Lines and sentences of a posting: where a sentence ends and which lines read as headings.

A *sentence* ends at a line break, at ``;``, at an inline bullet, or at ``.``/``!``/``?``
followed by a space and a capital letter or digit, unless the dot belongs to an abbreviation
("B.S.", "e.g.").
"""

from __future__ import annotations

import re

from atsmatch.extract.background import word_set

__all__ = ["is_heading_line", "sentence_spans"]

_BREAK = re.compile(
    r"\n|;\s|\s[•·▪●◦■]\s|(?<=[A-Za-z0-9)%\]])[.!?]+(?=\s+[\"'(\[]?[A-Z0-9•·\-*])",
)
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:e\.g|i\.e|etc|vs|approx|incl|St|Dr|Mr|Ms|Inc|Ltd|Co|Sr|Jr))$"
)

_TITLE_CASE_WORD = re.compile(r"^[A-Z0-9&]")
_MINOR = word_set("a an and at for in of on or the to with & you we our your is are be")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, in order, covering it without gaps."""
    spans = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group().startswith((".", "!", "?")) and _ABBREVIATION.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def is_heading_line(line: str) -> bool:
    """True for a short line that reads as a heading: Title Case, ALL CAPS or ``Words:``."""
    stripped = line.strip().strip("#*=_|").strip()
    if not stripped or len(stripped) > 60 or stripped.endswith((".", ",", ";", "!", "?")):
        return False
    words = stripped.rstrip(":").split()
    if not words or len(words) > 8 or stripped[0] in "-•·*–":
        return False
    if stripped.endswith(":") or stripped.isupper():
        return True
    return all(
        _TITLE_CASE_WORD.match(w.strip("()[]|,:–—-"))
        or w.lower() in _MINOR
        or not any(c.isalnum() for c in w)
        for w in words
    )
