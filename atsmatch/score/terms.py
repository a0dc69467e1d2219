"""The job's terms: skills, keywords, and the degree, years and title it asks for.

Term ids: a skill keeps its concept id; a keyword is ``keyword:<text>``; the job's degree,
minimum years and title are ``education:degree``, ``experience:years`` and ``title:job``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atsmatch.config import MatchConfig
from atsmatch.profile import Concept, Degree, Importance, Mention, Profile
from atsmatch.result import TermCategory
from atsmatch.score.model import GROUP_ORDER, group_of, weight_of

__all__ = ["DEGREE_NAMES", "JobTerm", "degree_label", "job_terms", "requirement_of"]

DEGREE_NAMES = {1: "associate degree", 2: "bachelor's degree", 3: "master's degree", 4: "doctorate"}


@dataclass(frozen=True, slots=True)
class JobTerm:
    """What the job asks for, before it is compared with a resume."""

    id: str
    name: str
    category: TermCategory
    importance: Importance
    weight: float
    mentions: tuple[Mention, ...] = ()
    forms: tuple[str, ...] = ()
    concept: Concept | None = None
    degree: Degree | None = None
    years: float | None = None

    @property
    def group(self) -> str:
        return group_of(self.category)


def degree_label(degree: Degree) -> str:
    """A readable name for a degree level ("bachelor's degree")."""
    return DEGREE_NAMES.get(degree.level, degree.name or f"degree level {degree.level}")


def _forms(mentions: tuple[Mention, ...], fallback: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for mention in mentions:
        text = " ".join(mention.text.split())
        seen.setdefault(text.lower(), text)
    return tuple(seen.values()) or (fallback,)


def _skill_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    return [
        JobTerm(
            id=skill.id,
            name=skill.name,
            category=skill.category,
            importance=skill.importance,
            weight=weight_of(skill.category, skill.importance, len(skill.mentions), config),
            mentions=skill.mentions,
            forms=_forms(skill.mentions, skill.name),
            concept=skill.concept,
            years=skill.years,
        )
        for skill in job.skills
    ]


def _fact_phrases(job: Profile) -> set[str]:
    """Phrases the title and degree terms already score (kept out of the keywords)."""
    phrases = set()
    if job.title:
        words = job.title.lower().split()
        phrases |= {
            " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        }
    if job.degree is not None:
        phrases |= {job.degree.name.lower(), (job.degree.field or "").lower()}
    return phrases


def _keyword_terms(job: Profile, config: MatchConfig, taken: set[str]) -> list[JobTerm]:
    ranked = sorted(job.keywords, key=lambda k: (-k.score, k.text.lower()))
    terms: list[JobTerm] = []
    for keyword in ranked:
        text = " ".join(keyword.text.split())
        if len(terms) >= config.max_keywords:
            break
        if not text or text.lower() in taken:
            continue
        taken.add(text.lower())
        terms.append(
            JobTerm(
                id=f"keyword:{text.lower()}",
                name=text,
                category="keyword",
                importance=keyword.importance,
                weight=weight_of("keyword", keyword.importance, len(keyword.mentions), config),
                mentions=keyword.mentions,
                forms=_forms(keyword.mentions, text),
            )
        )
    return terms


def requirement_of(job: Profile, kind: str) -> tuple[Importance, tuple[Mention, ...]]:
    """How strongly ``job`` asks for its overall degree or years, and where it says so.

    Read from ``Profile.requirements`` when the understanding step filled it (overall
    requirements only, not per-skill years); ``required`` with no mentions otherwise.
    """
    found = [
        r
        for r in getattr(job, "requirements", ())
        if r.kind == kind and getattr(r, "concept_id", None) is None
    ]
    if not found:
        return "required", ()
    ranked: dict[str, int] = {"required": 2, "preferred": 1, "mentioned": 0}
    importance: Importance = max((r.importance for r in found), key=ranked.__getitem__)
    return importance, tuple(sorted({r.mention for r in found}, key=lambda m: m.start))


def _title_term(job: Profile, config: MatchConfig) -> JobTerm:
    name = " ".join((job.title or "").split())
    text = job.document.text
    found = re.search(re.escape(name), text, re.IGNORECASE) if name else None
    start = found.start() if found else -1
    mentions: tuple[Mention, ...] = ()
    if start >= 0:
        section = job.document.section_at(start)
        mentions = (
            Mention(start, start + len(name), text[start : start + len(name)], "exact", section),
        )
    return JobTerm(
        id="title:job",
        name=name,
        category="title",
        importance="required",
        weight=weight_of("title", "required", 1, config),
        mentions=mentions,
        forms=(name,),
    )


def _profile_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    terms: list[JobTerm] = []
    if job.degree is not None:
        label = degree_label(job.degree)
        importance, mentions = requirement_of(job, "degree")
        terms.append(
            JobTerm(
                id="education:degree",
                name=label + (" or equivalent experience" if job.degree.or_equivalent else ""),
                category="degree",
                importance=importance,
                weight=weight_of("degree", importance, 1, config),
                mentions=mentions,
                forms=(job.degree.name or label,),
                degree=job.degree,
            )
        )
    if job.years_experience:
        importance, mentions = requirement_of(job, "years")
        terms.append(
            JobTerm(
                id="experience:years",
                name=f"{job.years_experience:g}+ years of experience",
                category="experience",
                importance=importance,
                weight=weight_of("experience", importance, 1, config),
                mentions=mentions,
                years=job.years_experience,
            )
        )
    if job.title:
        terms.append(_title_term(job, config))
    return terms


def job_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    """Every term of ``job`` in a fixed order: by group, heaviest first, then by id.

    The order never depends on the order of the job's text, so neither does the score.
    """
    skills = _skill_terms(job, config)
    taken = {form.lower() for term in skills for form in (term.name, *term.forms)}
    taken |= _fact_phrases(job)
    terms = [*skills, *_keyword_terms(job, config, taken), *_profile_terms(job, config)]
    rank = {name: index for index, name in enumerate(GROUP_ORDER)}
    terms.sort(key=lambda t: (rank[t.group], -t.weight, t.id))
    return terms
