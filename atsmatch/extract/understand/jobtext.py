"""The layout of a job description as importance rules need it: sentences and zones.

Sentences: :mod:`atsmatch.extract.understand.layout`. Zones (company, summary,
responsibilities, requirements, nice-to-have, benefits, compensation, location, physical,
legal, apply): :mod:`atsmatch.extract.understand.zones`.
"""

from __future__ import annotations

import bisect

from atsmatch.document import Document
from atsmatch.extract.understand.layout import is_heading_line, sentence_spans
from atsmatch.extract.understand.zones import TERM_ZONES, classify_heading, find_zones
from atsmatch.profile import Zone

__all__ = ["JobText", "SectionIndex", "classify_heading", "is_heading_line", "sentence_spans"]


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

    def __init__(self, document: Document, zones: tuple[Zone, ...] | None = None) -> None:
        """``zones``: :func:`find_zones` of ``document`` when the caller has them (a job
        profile keeps them), else found here."""
        self.text = document.text
        self.sentences = sentence_spans(self.text)
        self._sentence_starts = [s for s, _ in self.sentences]
        self.zones = find_zones(document) if zones is None else zones
        self._zone_starts = [z.start for z in self.zones]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding ``offset``."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(index, 0)]

    def zone(self, offset: int) -> str | None:
        """The name of the zone holding ``offset`` (``unknown`` outside every zone)."""
        index = bisect.bisect_right(self._zone_starts, offset) - 1
        if index < 0 or offset >= self.zones[index].end:
            return "unknown"
        return self.zones[index].name

    def zone_how(self, offset: int) -> str:
        """What decided the zone holding ``offset`` (``heading``, ``content``, ``sentence``)."""
        index = bisect.bisect_right(self._zone_starts, offset) - 1
        if index < 0 or offset >= self.zones[index].end:
            return "heading"
        return self.zones[index].how

    def produces_terms(self, offset: int) -> bool:
        """True when the zone holding ``offset`` may produce terms (:data:`TERM_ZONES`)."""
        return self.zone(offset) in TERM_ZONES
