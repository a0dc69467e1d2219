"""Longest-match lookup of taxonomy surface forms over a token stream.

The index maps a tuple of normalised tokens to concept ids. Scanning tries the longest key
first at each token, so "Spring Boot" wins over "Spring" and "Amazon Web Services" over
"Amazon".

Ambiguity rule: a surface form listed as ambiguous ("Go", "R", "Excel") counts only when it
is written with the casing of the taxonomy form *and* stands in a technical context — inside
a skills-like section, or within a few tokens of another (unambiguous) skill.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from atsmatch.extract.tokens import Token
from atsmatch.taxonomy import Taxonomy
from atsmatch.taxonomy.model import IndexEntries

__all__ = ["Hit", "Matcher"]

TECHNICAL_SECTIONS = frozenset({"skills", "projects", "certifications"})
CONTEXT_WINDOW = 6


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: tokens ``[first, last]`` matched ``concept_id`` via ``form``."""

    first: int
    last: int
    concept_id: str
    form: str
    ambiguous: bool


class Matcher:
    """Surface-form index built from a taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        # keys precomputed with normalize_form by tools/build_taxonomy.py (see Taxonomy.index)
        self.index: Mapping[tuple[str, ...], IndexEntries] = taxonomy.index()
        self.max_len = taxonomy.max_key_length()

    def scan(self, tokens: Sequence[Token]) -> list[Hit]:
        """All longest, non-overlapping matches, left to right."""
        hits: list[Hit] = []
        i = 0
        norms = [t.norm for t in tokens]
        while i < len(tokens):
            for size in range(min(self.max_len, len(tokens) - i), 0, -1):
                entries = self.index.get(tuple(norms[i : i + size]))
                if entries:
                    for concept_id, form in entries:
                        ambiguous = form.lower() in self.taxonomy.ambiguous
                        hits.append(Hit(i, i + size - 1, concept_id, form, ambiguous))
                    i += size
                    break
            else:
                i += 1
        return hits

    def accept(
        self, hits: list[Hit], tokens: Sequence[Token], sections: Sequence[str | None]
    ) -> list[Hit]:
        """Drop ambiguous hits that are not in a technical context (see module docstring)."""
        anchors = [h.first for h in hits if not h.ambiguous]
        kept = []
        for hit in hits:
            if not hit.ambiguous:
                kept.append(hit)
                continue
            text = " ".join(t.text for t in tokens[hit.first : hit.last + 1])
            if text != hit.form:
                continue
            in_section = sections[hit.first] in TECHNICAL_SECTIONS
            near = any(abs(a - hit.first) <= CONTEXT_WINDOW for a in anchors)
            if in_section or near:
                kept.append(hit)
        return kept
