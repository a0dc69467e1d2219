"""match(): score a resume against a job as a weighted sum of per-term credits.

score = 100 * Σ weight(t) * credit(t) / Σ weight(t) over the job's terms t, where
weight = category weight × importance weight × frequency factor, and credit is 1 for the
same concept, a partial credit for a related concept, and 0 when missing (docs/scoring.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from atsmatch.config import MatchConfig
from atsmatch.extract import extract
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, Skill
from atsmatch.result import Match, Term, TermStatus
from atsmatch.taxonomy import Taxonomy

__all__ = ["SUBSCORE_GROUPS", "match", "term_weight"]

SUBSCORE_GROUPS: Mapping[str, frozenset[str]] = {
    "hard_skills": frozenset({"programming_language", "tool", "hard_skill", "knowledge"}),
    "soft_skills": frozenset({"soft_skill"}),
    "certifications": frozenset({"certification"}),
}


def term_weight(skill: Skill, config: MatchConfig) -> float:
    """A job term's weight: category × importance × (1 + ½ per extra mention, capped)."""
    count = min(len(skill.mentions), config.frequency_cap)
    return (
        config.category_weights.get(skill.category, 1.0)
        * config.importance_weights[skill.importance]
        * (1.0 + 0.5 * (count - 1))
    )


def _credit(
    skill: Skill, resume: Profile, config: MatchConfig
) -> tuple[float, str | None, Skill | None]:
    found = resume.skill(skill.id)
    if found is not None:
        via = found.mentions[0].kind if found.mentions else "exact"
        return config.credits.get(via, 1.0), via, found
    related = set(skill.concept.broader) | set(skill.concept.related)
    for candidate in resume.skills:
        linked = set(candidate.concept.broader) | set(candidate.concept.related)
        if candidate.id in related or skill.id in linked:
            return config.credits["related"], "related", candidate
    return 0.0, None, None


def _as_profile(value: DocumentInput | Profile, kind: str, taxonomy: Taxonomy | None) -> Profile:
    if isinstance(value, Profile):
        return value
    return extract(value, kind="job" if kind == "job" else "resume", taxonomy=taxonomy)


def match(
    resume: DocumentInput | Profile,
    job: DocumentInput | Profile,
    *,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
) -> Match:
    """Screen ``resume`` against ``job``; each may be a path, bytes, text, Document or Profile."""
    config = config or MatchConfig()
    resume_profile = _as_profile(resume, "resume", taxonomy)
    job_profile = _as_profile(job, "job", taxonomy)
    rows = []
    for skill in sorted(job_profile.skills, key=lambda s: s.id):
        credit, via, found = _credit(skill, resume_profile, config)
        rows.append((skill, term_weight(skill, config), credit, via, found))
    total = sum(weight for _, weight, *_ in rows)
    terms = []
    for skill, weight, credit, via, found in rows:
        status: TermStatus = (
            "matched"
            if credit >= config.matched_threshold
            else "partial"
            if credit > 0
            else "missing"
        )
        terms.append(
            Term(
                id=skill.id,
                name=skill.name,
                category=skill.category,
                importance=skill.importance,
                weight=weight,
                status=status,
                credit=credit,
                via=via,
                job_mentions=skill.mentions,
                resume_mentions=found.mentions if found else (),
                gain=100.0 * weight * (1.0 - credit) / total if total else 0.0,
            )
        )
    return Match(
        score=_percent(terms),
        subscores={
            name: _percent(group_terms)
            for name, group in SUBSCORE_GROUPS.items()
            if (group_terms := [t for t in terms if t.category in group])
        },
        terms=tuple(terms),
        diagnostics=resume_profile.document.diagnostics,
        low_confidence=len(terms) < config.min_job_terms,
        resume=resume_profile,
        job=job_profile,
    )


def _percent(terms: list[Term]) -> float:
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0
    return round(100.0 * sum(t.weight * t.credit for t in terms) / total, 2)
