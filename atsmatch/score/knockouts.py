"""Knockouts: hard requirements the resume fails, so an ATS would filter it out.

- **Degree**: a required degree not held, or held in another field than the one asked
  ("B.S. Computer Science — field does not match Nursing"; "or a related field" widens it),
  unless the job accepts equivalent experience and the resume has
  ``degree_equivalent_years`` (then neither the level nor the field screens out).
- **Certification**: a required certification not held: missing, named only as pursued
  ("PMP candidate (exam scheduled)") or expired ("RN license (expired 2019)"), or held in a
  lower class ("Class B CDL" for "Class A CDL"), or for another US state or subject than the
  job names ("Texas Teaching Certificate" for a California one). A candidate meets a job
  that accepts one ("CPA or CPA-eligible"); alternatives ("SHRM-SCP or SPHR") make one
  knockout; a plain driver's licence and a compact licence are never one; what the job lets
  you obtain after hire ("within 6 months of hire") is not required.
- **Years**: fewer years than the minimum asked, only when the resume's years are known;
  asked in a field ("3+ years of nursing experience"), only the positions in that field count.

Knockouts are reported; they change the score only when the ATS profile sets
``knockout_cap``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atsmatch.config import MatchConfig
from atsmatch.extract.understand.degrees import degree_fields, field_matches
from atsmatch.extract.understand.years import job_years_field
from atsmatch.profile import Degree, Profile
from atsmatch.result import Knockout, Term
from atsmatch.score.credits import ResumeView
from atsmatch.score.terms import DEGREE_NAMES, JobTerm, degree_label, requirement_of

__all__ = ["find_knockouts", "is_hard", "knockouts_of"]


def _held_name(held: Degree) -> str:
    fields = degree_fields(held)
    return f"{held.name} {' / '.join(fields)}" if fields else held.name


def _degree(job: Profile, view: ResumeView, config: MatchConfig) -> Knockout | None:
    asked, held = job.degree, view.profile.degree
    if asked is None or requirement_of(job, "degree")[0] != "required":
        return None
    wanted = " or ".join(degree_fields(asked))
    label = degree_label(asked) + (f" in {wanted}" if wanted else "")
    equivalent = asked.or_equivalent and (view.years or 0.0) >= config.degree_equivalent_years
    if held is not None and held.level >= asked.level:
        if field_matches(asked, held) is not False or equivalent:
            return None  # "or equivalent experience" accepts experience for the field too
        return Knockout(
            kind="degree",
            message=f"the job requires a {label}; the resume shows a {_held_name(held)} — "
            f"field does not match {wanted}",
            required=label,
            found=_held_name(held),
            term_id="education:degree",
        )
    if equivalent:
        return None
    found = DEGREE_NAMES.get(held.level, held.name) if held else "no degree found"
    extra = " (or equivalent experience)" if asked.or_equivalent else ""
    return Knockout(
        kind="degree",
        message=f"the job requires a {label}{extra}; "
        + (f"the resume shows a {found}" if held else "no degree was found in the resume"),
        required=label,
        found=found,
        term_id="education:degree",
    )


def _years(job: Profile, view: ResumeView) -> Knockout | None:
    asked = job.years_experience
    if not asked or requirement_of(job, "years")[0] != "required":
        return None
    scope = job_years_field(job)
    if scope:
        shown = view.years_in(scope)
        if shown.years is None or shown.years >= asked:
            return None
        return Knockout(
            kind="years",
            message=f"the job asks for at least {asked:g} years of {scope} experience; "
            f"the resume shows {shown.describe(asked)}",
            required=f"{asked:g} years of {scope}",
            found=f"{shown.years:g} years",
            term_id="experience:years",
        )
    if view.years is None or view.years >= asked:
        return None
    return Knockout(
        kind="years",
        message=(
            f"the job asks for at least {asked:g} years of experience; "
            f"the resume shows {view.years:g}"
        ),
        required=f"{asked:g} years",
        found=f"{view.years:g} years",
        term_id="experience:years",
    )


def _certification(term: Term, others: Sequence[Term] = ()) -> Knockout:
    """A required certification not held: missing, or named only as pursued or expired
    (the term's ``via``, with the resume's wording); ``others`` are the alternatives the job
    accepts instead ("RN license or multistate compact license"), none held either."""
    status = {
        "pursuing": "pursuing",
        "expired": "expired",
        "lower_class": "a lower class",
        "other_state": "held for another US state than the job names",
        "other_subject": "held for another subject or endorsement than the job names",
    }.get(term.via or "")
    if status is None:
        found, message = "not found", "not found"
    else:
        shown = ", ".join(dict.fromkeys(m.text for m in term.resume_mentions))
        found = status + (f" ({shown})" if shown else "")
        met = "not met" if (term.via or "").startswith("other_") else "not held"
        message = f"the resume shows it as {found}, {met}"
    names = " or ".join([term.name, *(o.name for o in others)])
    kind = "certifications" if others else "certification"
    return Knockout(
        kind="certification",
        message=f"the job requires the {names} {kind}; {message}",
        required=names,
        found=found,
        term_id=term.id,
    )


def find_knockouts(
    job: Profile, view: ResumeView, terms: Sequence[Term], config: MatchConfig
) -> tuple[Knockout, ...]:
    """Every knockout, in a fixed order: degree, certifications by name, years."""
    return knockouts_of(_degree(job, view, config), terms, _years(job, view))


_ASSUMED = re.compile(
    r"\bdriver['’]?s?\s+licen[cs]e\b|\bmulti-?state\b|\bcompact\b|\bNLC\b", re.IGNORECASE
)
_COMMERCIAL = re.compile(r"\bcommercial\b|\bCDL\b|\bclass\s+[ABC]\b", re.IGNORECASE)


def is_hard(term: Term | JobTerm) -> bool:
    """A term whose absence is a knockout: a required certification. Two licences are not:
    a plain driver's licence (resumes rarely list it and a recruiter checks it at hire; a
    commercial licence, CDL, still is one), and a multistate/compact licence, which says
    where a licence is valid ("RN license in Utah or a compact state"): the licence itself
    (RN) is what is screened."""
    if term.category != "certification" or term.importance != "required":
        return False
    return not (_ASSUMED.search(term.name) and not _COMMERCIAL.search(term.name))


def knockouts_of(
    degree: Knockout | None, terms: Sequence[Term], years: Knockout | None
) -> tuple[Knockout, ...]:
    """The degree and years knockouts found, and the hard terms not matched, in order. Hard
    terms the job offers as alternatives ("SHRM-SCP or SPHR") are one requirement: no
    knockout when one of them is matched, else one knockout naming them all."""
    found = [degree]
    by_id = {t.id: t for t in terms}
    reported: set[str] = set()
    for term in sorted(terms, key=lambda t: t.name.lower()):
        if not is_hard(term) or term.status == "matched" or term.id in reported:
            continue
        others = [by_id[a] for a in term.alternatives if a in by_id]
        if any(o.status == "matched" for o in others):
            continue
        hard_others = [o for o in others if is_hard(o)]
        reported.update(o.id for o in hard_others)
        found.append(_certification(term, hard_others))
    found.append(years)
    return tuple(k for k in found if k is not None)
