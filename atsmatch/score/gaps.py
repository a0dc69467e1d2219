"""The gap report: coverage, what to add (ranked by the points it gains), wording a literal
search misses, skills never backed by experience, keyword stuffing, and how far to trust it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from atsmatch.config import MatchConfig
from atsmatch.document import Diagnostic
from atsmatch.profile import Mention
from atsmatch.result import Advice, Coverage, Knockout, Term

__all__ = [
    "BACKING_SECTIONS",
    "LISTING_SECTIONS",
    "build_advice",
    "confidence_notes",
    "coverage_of",
    "is_skills_only",
    "is_stuffed",
    "job_words",
]

LISTING_SECTIONS = frozenset({"skills", "summary"})
"""Sections that list skills without showing their use."""
BACKING_SECTIONS = frozenset({"experience", "projects"})
_HIDDEN_RULES = frozenset({"hidden-text"})
_UNREADABLE_RULES = frozenset({"no-text-layer", "unmapped-glyphs"})
_SKILL_GROUPS = frozenset({"hard_skills", "soft_skills", "certifications"})


def is_skills_only(mentions: Sequence[Mention]) -> bool:
    """True when every resume mention sits in a Skills or summary section."""
    return bool(mentions) and all(m.section in LISTING_SECTIONS for m in mentions)


def is_stuffed(term: Term, config: MatchConfig) -> bool:
    """A term repeated far beyond the job's own count of it."""
    limit = config.stuffing_ratio * max(term.job_count, 1)
    return term.resume_count >= config.stuffing_min_count and term.resume_count > limit


def coverage_of(terms: Sequence[Term]) -> Coverage:
    """Concept and literal coverage as shares of term weight (0-100), and term counts."""
    total = sum(t.weight for t in terms)
    concept = [t for t in terms if t.status == "matched"]
    literal = [t for t in terms if t.literal]

    def share(selected: list[Term]) -> float:
        return round(100.0 * sum(t.weight for t in selected) / total, 2) if total else 0.0

    return Coverage(
        concept=share(concept),
        literal=share(literal),
        terms=len(terms),
        concept_terms=len(concept),
        literal_terms=len(literal),
    )


def confidence_notes(
    terms: Sequence[Term],
    resume_text: str,
    resume_skills: int,
    config: MatchConfig,
    diagnostics: Sequence[Diagnostic] = (),
) -> tuple[str, ...]:
    """Why the result may not be trustworthy (empty when it is)."""
    notes = [
        f"the file is not fully readable: {d.message}"
        for d in diagnostics
        if d.rule in _UNREADABLE_RULES
    ]
    if len(terms) < config.min_job_terms:
        notes.append(f"only {len(terms)} term(s) were found in the job description")
    words = len(resume_text.split())
    if words < config.min_resume_words:
        notes.append(f"the resume has only {words} readable words")
    elif resume_skills == 0:
        notes.append("no skills were recognised in the resume")
    return tuple(notes)


def _fact_message(term: Term) -> str:
    gain = f"+{term.gain:.1f} points"
    if term.id == "education:degree":
        return f"the job asks for a {term.name}: list yours under Education ({gain})"
    if term.id == "experience:years":
        shown = f"{term.credit * 100:.0f}% of that" if term.credit else "no years found"
        return (
            f"the job asks for {term.name} (your resume shows {shown}): state your years and "
            f"date every position ({gain} if you have them)"
        )
    return f"use the job title {term.name!r} where it honestly fits, e.g. as your headline ({gain})"


_RELATION = {
    "evidence": "a tool that shows it",
    "class": "only the class it belongs to",
    "narrower": "a more specific skill",
    "broader": "a more general skill",
    "related": "a related skill",
    "fuzzy": "a near spelling",
    "job_title": "your job title",
}


def job_words(term: Term) -> str:
    """The term as the posting worded it ("critical thinking", not the taxonomy label
    "think critically"); facts (degree, years, title) keep their own name."""
    if term.group in ("education", "experience", "title") or not term.job_forms:
        return term.name
    return term.job_forms[0]


def _term_advice(term: Term, names: dict[str, str] | None = None) -> list[Advice]:
    if term.status == "matched" or (term.group == "keywords" and term.importance == "mentioned"):
        return []
    term = replace(term, name=job_words(term))
    if term.alternatives and names:
        others = " or ".join(names[a] for a in term.alternatives if a in names)
        term = replace(term, name=f"{term.name} (or {others})" if others else term.name)
    kind = "missing" if term.status == "missing" else "partial"
    if term.group in ("education", "experience", "title"):
        return [Advice(kind, _fact_message(term), term.id, term.gain)]
    asked = f" ({term.importance})" if term.importance != "mentioned" else ""
    if term.status == "partial":
        shown = term.resume_mentions[0].text if term.resume_mentions else "a related item"
        message = (
            f"the job asks for {term.name}{asked}; your resume shows {shown!r} "
            f"({_RELATION.get(term.via or '', 'related')}): naming {term.name} adds "
            f"+{term.gain:.1f} points if you have it"
        )
    elif term.resume_mentions:  # the concept is there, in words a literal search misses
        job_word = term.job_forms[0] if term.job_forms else term.name
        message = (
            f"the job says {job_word!r}{asked}, your resume says "
            f"{term.resume_mentions[0].text!r}: use the job's wording for +{term.gain:.1f} points"
        )
    elif term.category == "keyword":
        message = (
            f"the job uses the phrase {term.name!r}{asked}: +{term.gain:.1f} points if it "
            "describes your work and you say so"
        )
    elif term.category == "soft_skill":
        message = (
            f"the job asks for {term.name}{asked}: +{term.gain:.1f} points — name it in a "
            "bullet that shows it (what you did, with whom, the result), not as a bare word"
        )
    elif term.category == "certification":
        message = (
            f"adding the {term.name} certification{asked}: +{term.gain:.1f} points — if you hold it"
        )
    else:
        message = (
            f"adding {term.name}{asked}: +{term.gain:.1f} points — only if you have it; "
            "show it in your experience, not just the Skills list"
        )
    return [Advice(kind, message, term.id, term.gain)]


_SAME_WORDS = frozenset({"lemma", "alternative", "text", "higher_level"})
"""Matches that need no wording advice: an inflection ("Collaborated" for "Collaborate")
is found by an ATS that stems, and an accepted alternative or a higher credential ("OSHA 30"
for "OSHA 10") is not the job's term at all: writing the job's name would claim another."""


def _folded(text: str) -> tuple[str, ...]:
    from atsmatch.extract.background import fold

    return tuple(fold(w) for w in text.lower().replace("-", " ").split())


def _wording_advice(term: Term) -> Advice | None:
    if term.status != "matched" or term.literal or not term.resume_mentions:
        return None
    if term.via in _SAME_WORDS:
        return None
    if term.id in ("education:degree", "experience:years"):
        return None
    job_word = term.job_forms[0] if term.job_forms else term.name
    if _folded(job_word) == _folded(term.resume_mentions[0].text):
        return None
    message = (
        f"the job says {job_word!r}, your resume says {term.resume_mentions[0].text!r} — "
        "a literal keyword search misses it; use the job's wording at least once"
    )
    return Advice("wording", message, term.id)


def _years_advice(term: Term) -> Advice | None:
    """The job asks N years of a skill the resume shows for fewer (score unchanged)."""
    if term.years_asked is None or term.months_found is None or term.status == "missing":
        return None
    shown = term.months_found / 12
    if shown >= term.years_asked:
        return None
    message = (
        f"the job asks for {term.years_asked:g}+ years of {term.name}; your dated positions "
        f"show about {shown:.1f}: name it in every position where you used it"
    )
    return Advice("skill-years", message, term.id)


def _flag_advice(term: Term, config: MatchConfig) -> list[Advice]:
    found = []
    if term.skills_only and term.status != "missing" and term.group in _SKILL_GROUPS:
        found.append(
            Advice(
                "skills-only",
                f"{job_words(term)} appears only in your skills list or summary; "
                "show where you used it in experience or projects",
                term.id,
            )
        )
    if is_stuffed(term, config):
        found.append(
            Advice(
                "stuffing",
                f"{term.name} appears {term.resume_count} times (the job: {term.job_count}); "
                "repetition like this reads as keyword stuffing",
                term.id,
            )
        )
    return found


def _one_per_group(gains: list[Advice], terms: Sequence[Term]) -> list[Advice]:
    """Keep one piece of advice per group of alternatives ("Snowflake (or dbt)"): adding
    either is enough, so advising both would count the same points twice."""
    groups = {t.id: {t.id, *t.alternatives} for t in terms}
    advised: set[str] = set()
    kept = []
    for item in gains:
        group = groups.get(item.term_id or "", set())
        if item.term_id and advised & group:
            continue
        advised |= group
        kept.append(item)
    return kept


def build_advice(
    terms: Sequence[Term],
    knockouts: Sequence[Knockout],
    diagnostics: Sequence[Diagnostic],
    notes: Sequence[str],
    config: MatchConfig,
) -> tuple[Advice, ...]:
    """Every finding, most useful first: knockouts, gains (largest first), then the rest."""
    advice = [
        Advice("knockout", f"would be filtered out: {k.message}", k.term_id) for k in knockouts
    ]
    names = {t.id: job_words(t) for t in terms}
    gains = [a for t in terms for a in _term_advice(t, names)]
    gains.sort(key=lambda a: (-round(a.gain, 6), a.term_id or ""))
    advice.extend(_one_per_group(gains, terms))
    advice.extend(a for t in terms if (a := _wording_advice(t)) is not None)
    advice.extend(a for t in terms if (a := _years_advice(t)) is not None)
    advice.extend(a for t in terms for a in _flag_advice(t, config))
    credited = (
        "credited only because --ats literal models a plain keyword search, which reads it"
        if config.literal_only
        else "not credited"
    )
    advice.extend(
        Advice("hidden-text", f"hidden text in the file ({credited}): {d.message}; remove it")
        for d in diagnostics
        if d.rule in _HIDDEN_RULES
    )
    advice.extend(
        Advice("keyword-block", f"{d.message} (terms only there earn at most skills-only credit)")
        for d in diagnostics
        if d.rule == "keyword-block"
    )
    advice.extend(Advice("low-confidence", f"low confidence: {note}") for note in notes)
    return tuple(advice)
