"""Plain dictionaries of a Profile's skills and keywords, for JSON output."""

from __future__ import annotations

from typing import Any

from atsmatch.profile import Degree, Keyword, Mention, Profile, Skill

__all__ = [
    "degree_to_dict",
    "keyword_to_dict",
    "mention_to_dict",
    "profile_to_dict",
    "skill_to_dict",
]


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """``start``, ``end``, ``text``, ``kind`` and ``section`` of a mention."""
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "section": mention.section,
    }


def skill_to_dict(skill: Skill) -> dict[str, Any]:
    """A skill with its concept's id, name, category and sources, and its mentions."""
    return {
        "id": skill.id,
        "name": skill.name,
        "category": skill.category,
        "sources": list(skill.concept.sources),
        "importance": skill.importance,
        "years": skill.years,
        "months": skill.months,
        "mentions": [mention_to_dict(m) for m in skill.mentions],
    }


def keyword_to_dict(keyword: Keyword) -> dict[str, Any]:
    """A keyword's text, score (rounded to 4 places), importance and mentions."""
    return {
        "text": keyword.text,
        "score": round(keyword.score, 4),
        "importance": keyword.importance,
        "mentions": [mention_to_dict(m) for m in keyword.mentions],
    }


def degree_to_dict(degree: Degree | None) -> dict[str, Any] | None:
    """A degree's level, name, field and whether equivalent experience is accepted."""
    if degree is None:
        return None
    return {
        "level": degree.level,
        "name": degree.name,
        "field": degree.field,
        "or_equivalent": degree.or_equivalent,
    }


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The JSON-ready view of a profile: kind, source, title, seniority, years, degree,
    skills and keywords."""
    return {
        "kind": profile.kind,
        "source": profile.document.source,
        "title": profile.title,
        "seniority": profile.seniority,
        "years_experience": profile.years_experience,
        "degree": degree_to_dict(profile.degree),
        "skills": [skill_to_dict(s) for s in profile.skills],
        "keywords": [keyword_to_dict(k) for k in profile.keywords],
        "zones": [
            {"name": z.name, "start": z.start, "end": z.end, "heading": z.heading, "how": z.how}
            for z in profile.zones
        ],
    }
