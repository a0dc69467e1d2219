"""match(): score a resume against a job and build the gap report (docs/scoring.md)."""

from __future__ import annotations

from dataclasses import replace

from atsmatch.config import MatchConfig, resolve_options
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.result import Match, Term
from atsmatch.score.ats import resolve_ats
from atsmatch.score.credits import Credit, ResumeView, credit_for, find_phrase
from atsmatch.score.gaps import (
    BACKING_SECTIONS,
    build_advice,
    confidence_notes,
    coverage_of,
    is_skills_only,
)
from atsmatch.score.honesty import Suspect, honest_credit, suspect_spans
from atsmatch.score.knockouts import find_knockouts
from atsmatch.score.literal import FACT_TERMS, is_literal
from atsmatch.score.model import (
    fit_of,
    is_baseline,
    score_of,
    similarity_credit,
    status_of,
    subscores,
)
from atsmatch.score.terms import JobTerm, job_terms
from atsmatch.taxonomy import Taxonomy

__all__ = ["as_profile", "credit_value", "match", "score_terms", "term_credit", "with_gains"]


def as_profile(
    value: DocumentInput | Profile,
    kind: ProfileKind,
    taxonomy: Taxonomy | None,
    *,
    reference: str | None = None,
) -> Profile:
    """``value`` itself when it is a Profile, else the profile extracted from it."""
    if isinstance(value, Profile):
        return value
    from atsmatch.extract import extract

    return extract(value, kind=kind, taxonomy=taxonomy, reference=reference)


def _with_alternatives(terms: list[JobTerm], credits: list[Credit]) -> list[Credit]:
    """A term the job accepts an alternative for ("Python or Go") earns the best credit of
    its group: having one of them is what the job asks."""
    by_id = {t.id: c for t, c in zip(terms, credits, strict=True)}
    found = []
    for term, credit in zip(terms, credits, strict=True):
        best = max(
            (by_id[a] for a in term.alternatives if a in by_id),
            key=lambda c: c.value,
            default=None,
        )
        if best is not None and best.value > credit.value:
            credit = Credit(best.value, "alternative", best.mentions)
        found.append(credit)
    return found


def _distinct_form(form: str) -> bool:
    """Long enough, or a code or acronym ("K8s", "AWS"), not a short ordinary word ("Go")."""
    return len(form) >= 4 or any(c.isdigit() for c in form) or (len(form) > 1 and form.isupper())


def _only_listed(term: JobTerm, credit: Credit, view: ResumeView) -> bool:
    """The resume lists the term (Skills, summary) but never shows it in experience or
    projects, under any of its words: the job's, the concept's, or the resume's own."""
    if not is_skills_only(credit.mentions):
        return False
    forms = {f.lower() for f in (*term.forms, term.name, *(m.text for m in credit.mentions))}
    if term.concept is not None:  # its aliases, but not short ones that are ordinary words
        forms |= {f.lower() for f in term.concept.forms if _distinct_form(f)}
    return not any(
        m.section in BACKING_SECTIONS
        for form in sorted(forms)
        if len(form) >= 2
        for m in find_phrase(view, form, plural=True)
    )


def _scored_literally(term: JobTerm, config: MatchConfig) -> bool:
    """Under ``literal_only`` a term (not a fact) earns credit for its wording alone."""
    return config.literal_only and term.id not in FACT_TERMS


def _literal_credit(
    job_term: JobTerm, credit: Credit, literal: bool, config: MatchConfig
) -> Credit:
    """Under ``literal_only`` a term earns full credit for the job's wording, else none."""
    if not _scored_literally(job_term, config):
        return credit
    # Unmatched wording keeps the resume's evidence, so the advice can name it.
    return Credit(1.0 if literal else 0.0, "literal" if literal else None, credit.mentions)


def _term(
    job_term: JobTerm, credit: Credit, literal: bool, view: ResumeView, config: MatchConfig
) -> Term:
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
        skills_only=credit.value > 0 and _only_listed(job_term, credit, view),
        job_forms=job_term.forms,
        years_asked=job_term.years if job_term.concept is not None else None,
        months_found=credit.months,
        alternatives=job_term.alternatives,
    )


def score_terms(job: Profile, view: ResumeView, config: MatchConfig) -> list[Term]:
    """Every job term with its credit and its gain: the points earned if the resume fully
    covered it (with the alternatives it stands for, which then earn its credit too), as a
    share of the terms' total weight (:func:`match` rescales it when the text similarity
    takes part)."""
    wanted = job_terms(job, config)
    suspect = suspect_spans(view.profile.document)
    pairs = [term_credit(t, view, config, suspect) for t in wanted]
    literal = [lit for _, lit in pairs]
    credits = _with_alternatives(wanted, [c for c, _ in pairs])
    terms = [
        _term(t, c, lit, view, config) for t, c, lit in zip(wanted, credits, literal, strict=True)
    ]
    return with_gains(terms)


def term_credit(
    term: JobTerm, view: ResumeView, config: MatchConfig, suspect: Suspect | None = None
) -> tuple[Credit, bool]:
    """The credit ``view``'s resume earns for one job term, before alternatives, and whether
    the job's wording is literally there. It reads nothing of the job but ``term``: the
    batch path (atsmatch.batch) computes it once per distinct term and resume.
    ``suspect``: the resume's :func:`suspect_spans` (computed here when not given)."""
    if suspect is None:
        suspect = suspect_spans(view.profile.document)
    credit = honest_credit(credit_for(term, view, config), suspect, config)
    literal = is_literal(term, view, credit, config.matched_threshold)
    return _literal_credit(term, credit, literal, config), literal


def credit_value(term: JobTerm, view: ResumeView, config: MatchConfig, suspect: Suspect) -> float:
    """``term_credit(term, view, config, suspect)[0].value``: the batch path's credit, which
    skips the literal check when the score does not depend on it."""
    if _scored_literally(term, config):
        return term_credit(term, view, config, suspect)[0].value
    return honest_credit(credit_for(term, view, config), suspect, config).value


def with_gains(terms: list[Term]) -> list[Term]:
    """``terms`` with their gain: the points earned if the resume fully covered each."""
    total = sum(t.weight for t in terms)
    if not total:
        return terms
    shortfall = {t.id: t.weight * (1.0 - t.credit) for t in terms}
    return [
        replace(t, gain=100.0 * sum(shortfall[i] for i in (t.id, *t.alternatives)) / total)
        for t in terms
    ]


def _similarity(
    resume: Profile, job: Profile, config: MatchConfig
) -> tuple[float | None, float, tuple[str, ...]]:
    """The text-similarity credit, its weight for this pair and the words behind it
    (None, 0 when switched off)."""
    if not config.similarity_weight:
        return None, 0.0, ()
    from atsmatch.score.similarity import (
        cosine,
        job_vector,
        reliability,
        resume_vector,
        shared_words,
    )

    r, j = resume_vector(resume.document), job_vector(job.document, job.zones or None)
    weight = config.similarity_weight * reliability(r, j)
    shared = shared_words(r, j, job.document.text)
    return similarity_credit(cosine(r, j), config), weight, shared


def _with_similarity_gains(terms: list[Term], weight: float, fit: float = 1.0) -> list[Term]:
    """Gains as shares of the total that includes the similarity's weight; a baseline term
    (:func:`is_baseline`) gains only ``fit`` of its shortfall, as it counts in the score."""
    total = sum(t.weight for t in terms)
    if not total:
        return terms
    scale = total / (total + weight)
    return [
        replace(t, gain=t.gain * scale * (fit if is_baseline(t.id, t.category) else 1.0))
        for t in terms
    ]


def match(
    resume: DocumentInput | Profile,
    job: DocumentInput | Profile,
    *,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
    ats: str | None = None,
    reference_date: object = None,
) -> Match:
    """Screen ``resume`` against ``job``; each may be a path, bytes, text, Document or Profile.

    The score is 100 × (Σ weight·credit·fit + W_s·similarity) / (Σ weight + W_s) over the
    job's terms, W_s = ``similarity_weight``, fit = the similarity for a baseline term (a
    soft skill, a degree, a tool nearly every job lists), else 1 (docs/scoring.md). ``ats``
    picks the ATS profile (as ``MatchConfig(ats=...)``); ``reference_date`` (a date or
    ``"YYYY-MM"``) is the month "present" stands for in the resume.
    """
    config, reference = resolve_options(config, ats=ats, reference_date=reference_date)
    config = resolve_ats(config)
    resume_profile = as_profile(resume, "resume", taxonomy, reference=reference)
    job_profile = as_profile(job, "job", taxonomy)
    from atsmatch.extract.understand.gaming import with_pasted_lists

    resume_profile = with_pasted_lists(resume_profile, job_profile)
    view = ResumeView.of(resume_profile)
    terms = score_terms(job_profile, view, config)
    similarity, weight, shared = _similarity(resume_profile, job_profile, config)
    if weight:
        terms = _with_similarity_gains(terms, weight, fit_of(similarity or 0.0, weight))
    raw = round(score_of(terms, similarity or 0.0, weight), 2)
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
        similarity=None if similarity is None else round(similarity, 4),
        similarity_weight=round(weight, 4),
        similarity_words=shared,
        resume=resume_profile,
        job=job_profile,
    )
