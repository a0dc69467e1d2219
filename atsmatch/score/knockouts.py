"""Knockouts: hard requirements the resume fails, so an ATS would filter it out.

A required degree not held (unless the job accepts equivalent experience and the resume has
``degree_equivalent_years``), a required certification not matched, and fewer years of
experience than the minimum asked (only when the resume's years are known). Knockouts are
reported; they change the score only when the ATS profile sets ``knockout_cap``.
"""

from __future__ import annotations

from collections.abc import Sequence

from atsmatch.config import MatchConfig
from atsmatch.profile import Profile
from atsmatch.result import Knockout, Term
from atsmatch.score.credits import ResumeView
from atsmatch.score.terms import DEGREE_NAMES, JobTerm, degree_label, requirement_of

__all__ = ["find_knockouts", "is_hard", "knockouts_of"]


def _degree(job: Profile, view: ResumeView, config: MatchConfig) -> Knockout | None:
    asked, held = job.degree, view.profile.degree
    if asked is None or (held is not None and held.level >= asked.level):
        return None
    if requirement_of(job, "degree")[0] != "required":
        return None
    if asked.or_equivalent and (view.years or 0.0) >= config.degree_equivalent_years:
        return None
    found = DEGREE_NAMES.get(held.level, held.name) if held else "no degree found"
    extra = " (or equivalent experience)" if asked.or_equivalent else ""
    return Knockout(
        kind="degree",
        message=f"the job requires a {degree_label(asked)}{extra}; "
        + (f"the resume shows a {found}" if held else "no degree was found in the resume"),
        required=degree_label(asked),
        found=found,
        term_id="education:degree",
    )


def _years(job: Profile, view: ResumeView) -> Knockout | None:
    if not job.years_experience or view.years is None or view.years >= job.years_experience:
        return None
    if requirement_of(job, "years")[0] != "required":
        return None
    return Knockout(
        kind="years",
        message=(
            f"the job asks for at least {job.years_experience:g} years of experience; "
            f"the resume shows {view.years:g}"
        ),
        required=f"{job.years_experience:g} years",
        found=f"{view.years:g} years",
        term_id="experience:years",
    )


def find_knockouts(
    job: Profile, view: ResumeView, terms: Sequence[Term], config: MatchConfig
) -> tuple[Knockout, ...]:
    """Every knockout, in a fixed order: degree, certifications by name, years."""
    return knockouts_of(_degree(job, view, config), terms, _years(job, view))


def is_hard(term: Term | JobTerm) -> bool:
    """A term whose absence is a knockout: a required certification."""
    return term.category == "certification" and term.importance == "required"


def knockouts_of(
    degree: Knockout | None, terms: Sequence[Term], years: Knockout | None
) -> tuple[Knockout, ...]:
    """The degree and years knockouts found, and the hard terms not matched, in order."""
    found = [degree]
    for term in sorted(terms, key=lambda t: t.name.lower()):
        if is_hard(term) and term.status != "matched":
            found.append(
                Knockout(
                    kind="certification",
                    message=f"the job requires the {term.name} certification; not found",
                    required=term.name,
                    found="not found",
                    term_id=term.id,
                )
            )
    found.append(years)
    return tuple(k for k in found if k is not None)
