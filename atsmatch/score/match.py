"""match(): score a resume against a job and build the gap report (docs/scoring.md)."""

from __future__ import annotations

from dataclasses import replace

from atsmatch.config import MatchConfig
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.result import Match, Term
from atsmatch.score.ats import resolve_ats
from atsmatch.score.credits import Credit, ResumeView, credit_for
from atsmatch.score.gaps import build_advice, confidence_notes, coverage_of, is_skills_only
from atsmatch.score.knockouts import find_knockouts
from atsmatch.score.literal import FACT_TERMS, is_literal
from atsmatch.score.model import raw_percent, status_of, subscores
from atsmatch.score.terms import JobTerm, job_terms
from atsmatch.taxonomy import Taxonomy

__all__ = ["as_profile", "match", "score_terms"]


def as_profile(
    value: DocumentInput | Profile, kind: ProfileKind, taxonomy: Taxonomy | None
) -> Profile:
    """``value`` itself when it is a Profile, else the profile extracted from it."""
    if isinstance(value, Profile):
        return value
    from atsmatch.extract import extract

    return extract(value, kind=kind, taxonomy=taxonomy)


def _term(job_term: JobTerm, view: ResumeView, config: MatchConfig) -> Term:
    credit = credit_for(job_term, view, config)
    literal = is_literal(job_term, view, credit, config.matched_threshold)
    if config.literal_only and job_term.id not in FACT_TERMS:
        # Unmatched wording keeps the resume's evidence, so the advice can name it.
        credit = Credit(1.0 if literal else 0.0, "literal" if literal else None, credit.mentions)
    return Term(
        id=job_term.id,
        name=job_term.name,
        category=job_term.category,
        importance=job_term.importance,
        weight=job_term.weight,
        status=status_of(credit.value, config),
        credit=credit.value,
        via=credit.via,
        job_mentions=job_term.mentions,
        resume_mentions=credit.mentions,
        group=job_term.group,
        literal=literal,
        job_count=len(job_term.mentions),
        resume_count=len(credit.mentions),
        skills_only=credit.value > 0 and is_skills_only(credit.mentions),
        job_forms=job_term.forms,
        years_asked=job_term.years if job_term.concept is not None else None,
        months_found=credit.months,
    )


def score_terms(job: Profile, view: ResumeView, config: MatchConfig) -> list[Term]:
    """Every job term with its credit and its gain (points earned if fully covered)."""
    terms = [_term(t, view, config) for t in job_terms(job, config)]
    total = sum(t.weight for t in terms)
    if not total:
        return terms
    return [replace(t, gain=100.0 * t.weight * (1.0 - t.credit) / total) for t in terms]


def match(
    resume: DocumentInput | Profile,
    job: DocumentInput | Profile,
    *,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
) -> Match:
    """Screen ``resume`` against ``job``; each may be a path, bytes, text, Document or Profile.

    The score is 100 × Σ weight·credit / Σ weight over the job's terms (docs/scoring.md).
    """
    config = resolve_ats(config or MatchConfig())
    resume_profile = as_profile(resume, "resume", taxonomy)
    job_profile = as_profile(job, "job", taxonomy)
    view = ResumeView.of(resume_profile)
    terms = score_terms(job_profile, view, config)
    raw = round(raw_percent(terms), 2)
    knockouts = find_knockouts(job_profile, view, terms, config)
    diagnostics = resume_profile.document.diagnostics
    notes = confidence_notes(
        terms, resume_profile.document.text, len(resume_profile.skills), config, diagnostics
    )
    advice = build_advice(terms, knockouts, diagnostics, notes, config)
    return Match(
        score=min(raw, config.knockout_cap) if knockouts else raw,
        subscores=subscores(terms),
        terms=tuple(terms),
        knockouts=knockouts,
        diagnostics=diagnostics,
        suggestions=tuple(a.message for a in advice),
        low_confidence=bool(notes),
        coverage=coverage_of(terms),
        advice=advice,
        confidence_notes=notes,
        ats=config.ats,
        raw_score=raw,
        resume=resume_profile,
        job=job_profile,
    )
