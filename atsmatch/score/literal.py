"""Literal coverage: does the job's own wording of a term appear verbatim in the resume?

This is what a plain keyword search sees: case-insensitive, word-bounded, no synonyms, no
acronym expansion, no plurals. Degree and years are facts, not words, so they count as
literally covered when they are met.
"""

from __future__ import annotations

from atsmatch.score.credits import Credit, ResumeView, find_phrase
from atsmatch.score.terms import JobTerm

__all__ = ["FACT_TERMS", "is_literal"]

FACT_TERMS = frozenset({"education:degree", "experience:years"})


def is_literal(term: JobTerm, view: ResumeView, credit: Credit, threshold: float) -> bool:
    """True when ``term``'s job wording appears in the resume text (facts: when met)."""
    if term.id in FACT_TERMS:
        return credit.value >= threshold
    return any(find_phrase(view, form) for form in term.forms)
