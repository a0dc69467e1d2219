"""What a job description asks for: importance per skill, years, degree, certifications,
title and seniority. See docs/understanding.md for every rule with examples.

Years: a phrase's skills are the taxonomy mentions after it in its sentence (up to the next
phrase) while they form a list ("5+ years of Python, Go or Java"; "4+ years in Python, solid
SQL" names Python only), or one just before it ("Python (5+ years)", "Go: 3 years"). Each
gets the phrase's lower bound as ``Skill.years``. A phrase naming no tool, language or
certification is an overall requirement (``Profile.years_experience``). Alternatives in one
sentence take the least value, separate sentences the greatest; required phrases count
first, preferred ones only when there is no required one.

Certifications: taxonomy skills of category certification, plus credentials it lacks
("Current RN license", "BLS and ACLS certification", "Secret clearance"), each with the
importance of where it is asked.

Degree: the least level among the required degree mentions (then mentioned, then
preferred), so "BS/MS" asks for a bachelor's; its field and "or equivalent" travel with it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from atsmatch.document import Document
from atsmatch.extract.understand.credentials import eligibility_end, find_credentials
from atsmatch.extract.understand.degrees import find_degrees, has_equivalent
from atsmatch.extract.understand.requirements import JobReader, strongest
from atsmatch.extract.understand.titles import find_job_title, seniority_in_text, seniority_of
from atsmatch.extract.understand.years import find_years
from atsmatch.extract.vocabulary import GENERIC_PHRASES
from atsmatch.profile import Degree, Importance, Mention, Profile, Requirement, Skill, Zone

__all__ = ["understand_job"]

_SPECIFIC = frozenset({"programming_language", "tool", "certification", "language"})
_BEFORE_LINK = re.compile(
    r"^\s*(?:skills?|experience|development|programming)?\s*(?:[:(\-–—,]|with|for)?\s*"
    r"(?:at least|a minimum of|minimum(?: of)?)?\s*$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:[,/&]|\(|\)|\band\b|\bor\b|\band/or\b|\s)*\s*$", re.IGNORECASE)
_HAS_YEARS = re.compile(r"\b(?:years?|yrs?|months?)\b", re.IGNORECASE)
_RANK: dict[Importance, int] = {"required": 0, "mentioned": 1, "preferred": 2}


def _skill_importance(skill: Skill, reader: JobReader) -> Skill | None:
    """The skill with only its mentions that ask for something, at their strongest level;
    None when none does (boilerplate zones, or a generic phrase such as "Hands-on")."""
    kept: list[Mention] = []
    levels: list[Importance] = []
    if skill.name.lower() in GENERIC_PHRASES:
        return None
    for mention in skill.mentions:
        if " ".join(mention.text.lower().split()) in GENERIC_PHRASES:
            continue
        level = reader.importance(mention.start)
        if level is not None:
            kept.append(mention)
            levels.append(level)
    if not kept:
        return None
    return dataclasses.replace(skill, mentions=tuple(kept), importance=strongest(levels))


def _mention(text: str, start: int, end: int, section: str | None) -> Mention:
    return Mention(start, end, text[start:end], "exact", section)


class _MentionIndex:
    """Skill mentions sorted by start, to find those inside a range by bisection."""

    def __init__(self, skills: tuple[Skill, ...]) -> None:
        ordered = sorted((m.start, m.end, i) for i, s in enumerate(skills) for m in s.mentions)
        self._starts = [start for start, _, _ in ordered]
        self._ordered = ordered
        self._skills = skills

    def between(
        self, start: int, end: int, *, skip: tuple[tuple[int, int], ...] = ()
    ) -> list[tuple[int, int, Skill]]:
        """Mentions starting in ``[start, end)``, less those overlapping a ``skip`` span."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [
            (a, b, self._skills[i])
            for a, b, i in self._ordered[lo:hi]
            if not any(a < s_end and s_start < b for s_start, s_end in skip)
        ]


def _years_skills(
    index: _MentionIndex, text: str, sentence: tuple[int, int], start: int, scope_end: int
) -> list[Skill]:
    """Skills a years phrase names; degree abbreviations ("5 years with an MS") are not."""
    sentence_start = sentence[0]
    degrees = tuple((d.start, d.end) for d in find_degrees(text, *sentence))
    after: list[Skill] = []
    previous_end = None
    for mention_start, mention_end, skill in index.between(start, scope_end, skip=degrees):
        gap = text[previous_end or start : mention_start]
        if "," in gap and (previous_end is None or not _LIST_GAP.match(gap)):
            break  # "4+ years in Python, solid SQL": the named skills end at a new clause
        after.append(skill)
        previous_end = mention_end
    if not after:
        after = [
            skill
            for _, end, skill in index.between(sentence_start, start, skip=degrees)
            if end <= start and _BEFORE_LINK.match(text[end:start])
        ]
    return list({skill.id: skill for skill in after}.values())


def _years(profile: Profile, skills: tuple[Skill, ...], reader: JobReader) -> list[Requirement]:
    text = profile.document.text
    found: list[Requirement] = []
    seen: set[int] = set()
    index = _MentionIndex(skills)
    for hit in _HAS_YEARS.finditer(text):
        s_start, s_end = reader.sentence(hit.start())
        if s_start in seen or reader.is_boilerplate(s_start):
            continue
        seen.add(s_start)
        sentence = text[s_start:s_end].strip()
        for phrase in find_years(text[s_start:s_end], s_start):
            named = _years_skills(index, text, (s_start, s_end), phrase.start, phrase.scope_end)
            level = reader.importance(phrase.start) or "mentioned"
            linked = phrase.linked and level != "mentioned"
            if not (named or phrase.experience or linked):
                continue
            section = reader.section_at(phrase.start)
            mention = _mention(text, phrase.start, phrase.end, section)
            for skill in named:
                found.append(Requirement("years", sentence, level, mention, skill.id, phrase.years))
            if not named or any(s.category not in _SPECIFIC for s in named):
                found.append(Requirement("years", sentence, level, mention, None, phrase.years))
    return found


def _sentence_years(found: list[Requirement]) -> float:
    """One sentence's years: the least when its phrases are joined by "or" ("5 years with a
    BS or 3 with an MS"), else the greatest ("7+ years of accounting, including 2 years of
    supervision": the 2 is part of the 7)."""
    ordered = sorted(found, key=lambda r: r.mention.start)
    sentence, cursor, alternative = ordered[0].text, 0, False
    for r in ordered:
        at = sentence.find(r.mention.text, cursor)
        if at < 0:
            continue
        alternative = alternative or (cursor > 0 and _OR.search(sentence, cursor, at) is not None)
        cursor = at + len(r.mention.text)
    values = [r.years for r in ordered if r.years is not None]
    return min(values) if alternative else max(values)


_OR = re.compile(r"\bor\b", re.IGNORECASE)


def _least_years(requirements: list[Requirement], concept_id: str | None) -> float | None:
    """Alternatives in one sentence ("5 years with a BS or 3 with an MS") → the least;
    separate sentences all apply → the greatest of those; required ones first."""
    mine = [r for r in requirements if r.concept_id == concept_id and r.years is not None]
    chosen = [r for r in mine if r.importance == "required"] or mine
    per_sentence: dict[str, list[Requirement]] = {}
    for r in chosen:
        per_sentence.setdefault(r.text, []).append(r)
    return max(map(_sentence_years, per_sentence.values())) if per_sentence else None


def _degrees(profile: Profile, reader: JobReader) -> list[Requirement]:
    text = profile.document.text
    found = []
    for hit in find_degrees(text):
        if reader.is_boilerplate(hit.start):
            continue
        s_start, s_end = reader.sentence(hit.start)
        line_start = text.rfind("\n", 0, hit.start) + 1
        line_end = text.find("\n", hit.end)
        context = text[s_start:s_end] + " " + text[line_start : line_end if line_end > 0 else None]
        degree = dataclasses.replace(hit.degree, or_equivalent=has_equivalent(context))
        level = reader.importance(hit.start) or "mentioned"
        mention = _mention(text, hit.start, hit.end, reader.section_at(hit.start))
        found.append(
            Requirement("degree", text[s_start:s_end].strip(), level, mention, degree=degree)
        )
    return found


def _asked_degree(requirements: list[Requirement]) -> Degree | None:
    degrees = [r for r in requirements if r.degree is not None]
    if not degrees:
        return None
    best = min(degrees, key=lambda r: (_RANK[r.importance], r.degree.level if r.degree else 0))
    assert best.degree is not None
    degree = best.degree
    # a field or "or equivalent" travels only from a mention asked at least as strongly: a
    # preferred "Master's in education or a science field" says nothing of the required degree
    strong = [r for r in degrees if _RANK[r.importance] <= _RANK[best.importance]]
    if degree.field is None:
        same = [r.degree for r in strong if r.degree and r.degree.field]
        if same:
            degree = dataclasses.replace(degree, field=same[0].field, fields=same[0].fields)
    if not degree.or_equivalent and any(r.degree and r.degree.or_equivalent for r in strong):
        degree = dataclasses.replace(degree, or_equivalent=True)
    return degree


def _certifications(
    profile: Profile, skills: tuple[Skill, ...], reader: JobReader
) -> list[Requirement]:
    """Taxonomy certifications, then credentials the taxonomy lacks ("RN license")."""
    found = [
        Requirement("certification", s.name, s.importance, s.mentions[0], s.id)
        for s in skills
        if s.category == "certification"
    ]
    covered = [
        (m.start, m.end) for s in skills if s.category == "certification" for m in s.mentions
    ]
    text = profile.document.text
    for credential in find_credentials(text):
        start, end = credential.start, credential.end
        if any(a < end and start < b for a, b in covered):
            continue
        level = reader.importance(start)
        if level is not None:
            mention = _mention(text, start, end, reader.section_at(start))
            found.append(Requirement("certification", credential.name, level, mention))
    return found


def job_reader(document: Document, zones: tuple[Zone, ...] | None = None) -> JobReader:
    """The importance reader of a job description, with its title line found (``zones``:
    the document's zones when the caller has them, see :class:`JobText`)."""
    found_title = find_job_title(document.text)
    title_span = found_title[1:] if found_title else None
    return JobReader(document, title_span=title_span, zones=zones)


def _eligible(skill: Skill, text: str) -> Skill:
    """A certification asked with "eligible" right after it ("CPA or CPA-eligible") keeps
    that wording in its mention, so scoring accepts a candidate for it
    (:func:`.credentials.accepts_pursuing`)."""
    if skill.category != "certification":
        return skill
    mentions = []
    for m in skill.mentions:
        end = eligibility_end(text, m.end)
        mentions.append(
            m if end is None else dataclasses.replace(m, end=end, text=text[m.start : end])
        )
    return dataclasses.replace(skill, mentions=tuple(mentions))


def understand_job(profile: Profile, *, reader: JobReader | None = None) -> Profile:
    """Fill a job profile's importance, years, degree, certifications, title, seniority.

    ``reader`` is :func:`job_reader` of the profile's document, when the caller has it.
    """
    text = profile.document.text
    found_title = find_job_title(text)
    reader = reader or job_reader(profile.document)
    skills = tuple(
        _eligible(s, text)
        for s in (_skill_importance(k, reader) for k in profile.skills)
        if s is not None
    )
    years = _years(profile, skills, reader)
    by_skill: dict[str | None, list[Requirement]] = {}  # one pass, not one per skill
    for requirement in years:
        by_skill.setdefault(requirement.concept_id, []).append(requirement)
    skills = tuple(
        dataclasses.replace(s, years=_least_years(by_skill.get(s.id, []), s.id)) for s in skills
    )
    degrees = _degrees(profile, reader)
    title = found_title[0] if found_title else None
    seniority = (seniority_of(title) if title else None) or seniority_in_text(text)
    return dataclasses.replace(
        profile,
        skills=skills,
        title=title,
        seniority=seniority,
        years_experience=_least_years(years, None),
        degree=_asked_degree(degrees),
        requirements=tuple(years + degrees + _certifications(profile, skills, reader)),
        zones=reader.layout.zones,
    )
