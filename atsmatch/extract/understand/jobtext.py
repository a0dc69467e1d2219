"""The layout of a job description as importance rules need it: sentences and zones.

A *sentence* ends at a line break, at ``;``, at an inline bullet, or at ``.``/``!``/``?``
followed by a space and a capital letter or digit, unless the dot belongs to an abbreviation
("B.S.", "e.g."). A *zone* is the kind of text a heading opens: the parser's canonical
sections (a resume-like name such as "education" for "Qualifications" or "skills" is
re-read as a job heading), plus headings it does not know, classified by their words
("About Acme" → company, "What You Bring:" → requirements, "Perks & Pay" → benefits).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from atsmatch.document import Document
from atsmatch.extract.background import word_set

__all__ = ["JobText", "SectionIndex", "classify_heading", "is_heading_line", "sentence_spans"]

_BREAK = re.compile(
    r"\n|;\s|\s[•·▪●◦■]\s|(?<=[A-Za-z0-9)%\]])[.!?]+(?=\s+[\"'(\[]?[A-Z0-9•·\-*])",
)
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:e\.g|i\.e|etc|vs|approx|incl|St|Dr|Mr|Ms|Inc|Ltd|Co|Sr|Jr))$"
)

_ZONE_PATTERNS = (
    (
        "benefits",
        r"\b(benefits?|perks|what we offer|compensation|salary|pay range|rewards"
        r"|what's in it for you|why you'll love)\b",
    ),
    (
        "company",
        r"^(about (?!(the )?(role|you|job|position|opportunity|team|this)\b)|who we are"
        r"|our (mission|story|culture|values|company)|why (join|work)|life at"
        r"|company (description|overview|profile))",
    ),
    (
        "preferred",
        r"\b(preferred|nice[ -]to[ -]haves?|bonus|pluses|desired|desirable|ideally|extra credit"
        r"|even better|good to have)\b",
    ),
    (
        "requirements",
        r"\b(requirements?|qualifications?|must[ -]haves?|what you('ll)? (need|bring)|who you are"
        r"|you have|you'll have|you are|skills|experience|what we('re| are) looking for"
        r"|about you|ideal candidate|what it takes)\b",
    ),
    (
        "responsibilities",
        r"\b(responsibilit(y|ies)|duties|what you('ll| will) do|the role|your role"
        r"|about the (role|job|position)|day to day|the job)\b",
    ),
)
_ZONE_WORDS = tuple((zone, re.compile(pattern)) for zone, pattern in _ZONE_PATTERNS)
_JOB_ZONES = frozenset(zone for zone, _ in _ZONE_PATTERNS)
_BOILERPLATE_ZONES = frozenset({"company", "benefits"})
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


def classify_heading(line: str) -> str | None:
    """The zone a heading opens (``company``, ``benefits``, ``requirements``, ...), or None."""
    key = " ".join(re.sub(r"[^a-z0-9'& -]+", " ", line.lower().replace("’", "'")).split())
    for zone, pattern in _ZONE_WORDS:
        if pattern.search(key):
            return zone
    return None


class SectionIndex:
    """``Document.section_at`` by bisection, for many lookups in one document."""

    def __init__(self, document: Document) -> None:
        ordered = sorted(document.sections, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._sections = ordered

    def __call__(self, offset: int) -> str | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._sections[index].end:
            return None
        return self._sections[index].name


class JobText:
    """Sentences and zones of one document, computed once and looked up by offset."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.sentences = sentence_spans(self.text)
        self._sentence_starts = [s for s, _ in self.sentences]
        self.zones = _zones(document)
        self._zone_starts = [s for s, _ in self.zones]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding ``offset``."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(index, 0)]

    def zone(self, offset: int) -> str | None:
        """The zone holding ``offset``, or ``None`` before any heading."""
        index = bisect.bisect_right(self._zone_starts, offset) - 1
        return self.zones[index][1] if index >= 0 else None


def _zones(document: Document) -> Sequence[tuple[int, str | None]]:
    """Zone marks: known sections, classified unknown headings, and the end of a company or
    benefits zone at any other heading ("Who We Are ... The Opportunity")."""
    marks: dict[int, str | None] = {
        s.start: s.name if s.name in _JOB_ZONES else (classify_heading(s.heading) or s.name)
        for s in document.sections
    }
    offset = 0
    current: str | None = None
    for line in document.text.splitlines(keepends=True):
        if offset in marks:
            current = marks[offset]
        elif is_heading_line(line):
            zone = classify_heading(line)
            if zone is not None or current in _BOILERPLATE_ZONES:
                marks[offset] = current = zone
        offset += len(line)
    return sorted(marks.items())
