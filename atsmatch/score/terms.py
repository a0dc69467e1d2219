"""The job's terms: skills, keywords, and the degree, years and title it asks for.

Term ids: a skill keeps its concept id; a keyword is ``keyword:<text>``; the job's degree,
minimum years and title are ``education:degree``, ``experience:years`` and ``title:job``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from atsmatch.config import MatchConfig
from atsmatch.extract.understand.credentials import credential_item
from atsmatch.extract.understand.degrees import degree_fields
from atsmatch.extract.understand.years import job_years_field
from atsmatch.profile import Degree, Importance, Mention, Profile, Skill
from atsmatch.score.jobterm import JobTerm
from atsmatch.score.keyterms import scored_keywords
from atsmatch.score.listforms import group_alternatives
from atsmatch.score.model import GROUP_ORDER, weight_of

__all__ = ["DEGREE_NAMES", "JobTerm", "degree_label", "job_terms", "requirement_of"]

DEGREE_NAMES = {1: "associate degree", 2: "bachelor's degree", 3: "master's degree", 4: "doctorate"}


def degree_label(degree: Degree) -> str:
    """A readable name for a degree level ("bachelor's degree")."""
    return DEGREE_NAMES.get(degree.level, degree.name or f"degree level {degree.level}")


def _forms(mentions: tuple[Mention, ...], fallback: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for mention in mentions:
        text = " ".join(mention.text.split())
        seen.setdefault(text.lower(), text)
    return tuple(seen.values()) or (fallback,)


def _context(job: Profile, skill: Skill) -> tuple[str, ...]:
    if skill.category != "certification":
        return ()
    text = job.document.text
    return tuple(dict.fromkeys(credential_item(text, m.start, m.end) for m in skill.mentions))


def _partial_fuzzy(skill: Skill) -> bool:
    """Found only by fuzzy matches that cover fewer words than the concept's name: one word
    of a longer name ("Enterprise" for "ADP Enterprise HR") is no evidence of the skill."""
    name_words = len(skill.name.split())
    return bool(skill.mentions) and all(
        m.kind == "fuzzy" and len(m.text.split()) < name_words for m in skill.mentions
    )


def _experience_fields(job: Profile) -> set[str]:
    """Skills named in the phrase of the job's overall years requirement."""
    overall = {r.mention for r in job.requirements if r.kind == "years" and r.concept_id is None}
    return {
        r.concept_id
        for r in job.requirements
        if r.kind == "years" and r.concept_id is not None and r.mention in overall
    }


def _skill_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    """The job's skills as terms; of two concepts read from the very same words, only the
    heavier is scored (an ambiguous form would otherwise count twice)."""
    terms: dict[tuple[tuple[int, int], ...], JobTerm] = {}
    fields = _experience_fields(job)
    for skill in job.skills:
        if _partial_fuzzy(skill):
            continue
        term = JobTerm(
            id=skill.id,
            name=skill.name,
            category=skill.category,
            importance=skill.importance,
            weight=weight_of(
                skill.category, skill.importance, len(skill.mentions), config, concept_id=skill.id
            ),
            mentions=skill.mentions,
            forms=_forms(skill.mentions, skill.name),
            context=_context(job, skill),
            concept=skill.concept,
            years=skill.years,
            field=skill.id in fields,
        )
        spans = tuple(sorted((m.start, m.end) for m in skill.mentions)) or ((-1, -1),)
        key = spans if spans != ((-1, -1),) else ((-1, len(terms)),)
        held = terms.get(key)
        if held is None or (-term.weight, term.id) < (-held.weight, held.id):
            terms[key] = term
    return list(terms.values())


def _keyword_terms(job: Profile, config: MatchConfig, taken: set[str]) -> list[JobTerm]:
    return [
        JobTerm(
            id=f"keyword:{text.lower()}",
            name=text,
            category="keyword",
            importance=keyword.importance,
            weight=weight_of("keyword", keyword.importance, len(keyword.mentions), config),
            mentions=keyword.mentions,
            forms=_forms(keyword.mentions, text),
        )
        for text, keyword in scored_keywords(job, config, taken)
    ]


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
        fields = degree_fields(job.degree)
        label += f" in {' or '.join(fields)}" if fields else ""
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
        scope = job_years_field(job)
        terms.append(
            JobTerm(
                id="experience:years",
                name=f"{job.years_experience:g}+ years of {scope + ' ' if scope else ''}experience",
                category="experience",
                importance=importance,
                weight=weight_of("experience", importance, 1, config),
                mentions=mentions,
                years=job.years_experience,
                scope=scope,
            )
        )
    if job.title:
        terms.append(_title_term(job, config))
    return terms


def _capped(keywords: list[JobTerm], others: list[JobTerm], config: MatchConfig) -> list[JobTerm]:
    """Scale the keyword weights down so they carry at most ``max_keyword_share`` of the
    total: a handful of phrases outside the taxonomy must not outweigh the skills."""
    total = sum(t.weight for t in keywords)
    rest = sum(t.weight for t in others)
    share = config.max_keyword_share
    if not total or not rest or total <= share * (total + rest):
        return keywords
    factor = share * rest / ((1.0 - share) * total)
    return [replace(t, weight=round(t.weight * factor, 6)) for t in keywords]


def job_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    """Every term of ``job`` in a fixed order: by group, heaviest first, then by id.

    The order never depends on the order of the job's text, so neither does the score.
    """
    skills = _skill_terms(job, config)
    taken = {form.lower() for term in skills for form in (term.name, *term.forms)}
    others = [*skills, *_profile_terms(job, config)]
    keywords = _capped(_keyword_terms(job, config, taken), others, config)
    terms = group_alternatives([*others, *keywords], job.document.text)
    rank = {name: index for index, name in enumerate(GROUP_ORDER)}
    terms.sort(key=lambda t: (rank[t.group], -t.weight, t.id))
    return terms
