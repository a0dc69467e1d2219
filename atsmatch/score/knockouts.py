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
from atsmatch.score.terms import DEGREE_NAMES, degree_label, requirement_of

__all__ = ["find_knockouts"]


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
    found = [_degree(job, view, config)]
    for term in sorted(terms, key=lambda t: t.name.lower()):
        required = term.category == "certification" and term.importance == "required"
        if required and term.status != "matched":
            found.append(
                Knockout(
                    kind="certification",
                    message=f"the job requires the {term.name} certification; not found",
                    required=term.name,
                    found="not found",
                    term_id=term.id,
                )
            )
    found.append(_years(job, view))
    return tuple(k for k in found if k is not None)
