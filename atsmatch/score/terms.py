"""The job's terms: skills, keywords, and the degree, years and title it asks for.

Term ids: a skill keeps its concept id; a keyword is ``keyword:<text>``; the job's degree,
minimum years and title are ``education:degree``, ``experience:years`` and ``title:job``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from atsmatch.config import MatchConfig
from atsmatch.extract.background import fold
from atsmatch.profile import Concept, Degree, Importance, Keyword, Mention, Profile, Skill
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
    alternatives: tuple[str, ...] = ()
    """Ids of the job's other terms it accepts instead ("Python or Go")."""
    field: bool = False
    """The skill names the field of the job's overall years requirement ("5+ years of
    software development experience")."""

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
            weight=weight_of(skill.category, skill.importance, len(skill.mentions), config),
            mentions=skill.mentions,
            forms=_forms(skill.mentions, skill.name),
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


def _title_line(job: Profile) -> str:
    """The whole line holding the job title ("Registered Nurse - Cardiac Step-Down Unit")."""
    text = job.document.text
    found = re.search(re.escape(job.title or ""), text, re.IGNORECASE) if job.title else None
    if found is None:
        return job.title or ""
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    return text[start : end if end >= 0 else len(text)]


def _fact_phrases(job: Profile) -> set[str]:
    """Phrases the degree term already scores (kept out of the keywords): the name and field
    of every degree the job mentions, not only the one asked, so the order of the job's
    lines never changes which keywords are scored."""
    degrees = [job.degree, *(r.degree for r in job.requirements if r.kind == "degree")]
    phrases: set[str] = set()
    for degree in degrees:
        if degree is not None:
            fields = (degree.field or "", *degree.fields)
            phrases |= {degree.name.lower(), *(f.lower() for f in fields if f)}
    return phrases


_NAME_WORD = re.compile(r"[A-Z][\w&'.-]*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013]+[ \t]*|\d+[.)][ \t]*)?$")


def _looks_like_name(text: str) -> bool:
    """One word that reads as a product, acronym or code: "MEDDIC", "B2B", "GraphQL"."""
    return any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:])


def _at_line_start(text: str, start: int) -> bool:
    """Nothing but a bullet or a number between the line start and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_START.match(text[line:start]) is not None


def _name_tail(text: str, mention: Mention) -> bool:
    """The mention continues a capitalised name ("Riverside Medical Center")."""
    if not mention.text[:1].isupper() or _at_line_start(text, mention.start):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if not before.endswith(" ") or not before.split():
        return False
    return bool(_NAME_WORD.match(before.split()[-1]))


def keyword_kept(keyword: Keyword, text: str, config: MatchConfig) -> bool:
    """Whether a job keyword is a distinctive phrase a recruiter would search for.

    It must reach ``min_keyword_score``. One word must look like a name or code, or be
    capitalised inside a sentence ("Airflow"); a lower-case or line-initial word is usually
    a fragment ("scalable", "Negotiate"). A phrase whose every mention opens a line with a
    capitalised word followed by lower-case ones is an instruction ("Document care"), and
    the tail of a capitalised name is a company or place ("Medical Center").
    """
    name = " ".join(keyword.text.split())
    if keyword.score < config.min_keyword_score or not keyword.mentions or not name:
        return False
    line_starts = all(_at_line_start(text, m.start) for m in keyword.mentions)
    first, *rest = name.split()
    if not rest:
        return _looks_like_name(name) or (name[:1].isupper() and not line_starts)
    if (
        line_starts
        and first[:1].isupper()
        and first[1:].islower()
        and all(w.islower() for w in rest)
    ):
        return False
    return not any(_name_tail(text, m) for m in keyword.mentions)


def _words(phrase: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"[\w+#'./-]+", phrase.lower()))


def _keyword_terms(job: Profile, config: MatchConfig, taken: set[str]) -> list[JobTerm]:
    """The job's kept keywords, best first: never a piece of the title line, never one whose
    words all belong to a skill the job already asks for ("Negotiate" beside "negotiate
    compromises")."""
    ranked = sorted(job.keywords, key=lambda k: (-k.score, k.text.lower()))
    title_words = _words(_title_line(job))
    skill_words = [w for w in map(_words, taken) if w]
    terms: list[JobTerm] = []
    for keyword in ranked:
        text = " ".join(keyword.text.split())
        if len(terms) >= config.max_keywords:
            break
        words = _words(text)
        if text.lower() in taken or not keyword_kept(keyword, job.document.text, config):
            continue
        if words <= title_words or any(words <= s for s in skill_words):
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


_OR_GAP = re.compile(r"\s*,?\s*(?:or|and/or|/)\s*", re.IGNORECASE)


def _alternatives(terms: list[JobTerm], text: str) -> list[JobTerm]:
    """Link skills the job joins with "or" ("Python or Go", "NetSuite or SAP"): the resume
    needs one of them, so each earns the best credit of its group (see credits.py)."""
    spans = sorted((m.start, m.end, t.id) for t in terms for m in t.mentions)
    group: dict[str, set[str]] = {t.id: {t.id} for t in terms}
    for (_, end, left), (start, _, right) in pairwise(spans):
        if left != right and start >= end and _OR_GAP.fullmatch(text, end, start):
            joined = group[left] | group[right]
            for member in joined:
                group[member] = joined
    return [
        replace(t, alternatives=tuple(sorted(group[t.id] - {t.id}))) if len(group[t.id]) > 1 else t
        for t in terms
    ]


def job_terms(job: Profile, config: MatchConfig) -> list[JobTerm]:
    """Every term of ``job`` in a fixed order: by group, heaviest first, then by id.

    The order never depends on the order of the job's text, so neither does the score.
    """
    skills = _alternatives(_skill_terms(job, config), job.document.text)
    taken = {form.lower() for term in skills for form in (term.name, *term.forms)}
    taken |= _fact_phrases(job)
    others = [*skills, *_profile_terms(job, config)]
    keywords = _capped(_keyword_terms(job, config, taken), others, config)
    terms = [*others, *keywords]
    rank = {name: index for index, name in enumerate(GROUP_ORDER)}
    terms.sort(key=lambda t: (rank[t.group], -t.weight, t.id))
    return terms
