"""Build Profiles directly (no extraction), so scoring tests control every field."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from atsmatch.parse import parse_text
from atsmatch.profile import Category, Concept, Degree, Importance, Keyword, Mention, Profile, Skill

CONCEPTS = {
    c.id: c
    for c in (
        Concept("t:sql", "SQL", "programming_language", ("SQL",)),
        Concept(
            "t:postgresql", "PostgreSQL", "tool", ("PostgreSQL", "Postgres"), broader=("t:sql",)
        ),
        Concept("t:mysql", "MySQL", "tool", ("MySQL",), broader=("t:sql",)),
        Concept("t:python", "Python", "programming_language", ("Python",)),
        Concept("t:kubernetes", "Kubernetes", "tool", ("Kubernetes", "K8s")),
        Concept("t:docker", "Docker", "tool", ("Docker",), related=("t:kubernetes",)),
        Concept("t:teamwork", "Teamwork", "soft_skill", ("teamwork",)),
        Concept("t:cka", "Certified Kubernetes Administrator", "certification", ("CKA",)),
        Concept("t:js", "JavaScript", "programming_language", ("JavaScript", "JS")),
    )
}


def _mentions(text: str, concept: Concept, doc_section) -> tuple[Mention, ...]:
    found: dict[int, Mention] = {}
    for form in sorted({concept.name, *concept.forms}, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])", re.IGNORECASE)
        for hit in pattern.finditer(text):
            if any(m.start <= hit.start() < m.end for m in found.values()):
                continue
            kind = "exact" if hit.group().lower() == concept.name.lower() else "alias"
            found[hit.start()] = Mention(
                hit.start(), hit.end(), hit.group(), kind, doc_section(hit.start())
            )
    return tuple(found[k] for k in sorted(found))


def make_profile(
    kind: str,
    text: str,
    skills: Mapping[str, Importance] | Sequence[str] = (),
    *,
    degree: Degree | None = None,
    years: float | None = None,
    title: str | None = None,
    keywords: Sequence[tuple[str, Importance]] = (),
) -> Profile:
    """A Profile of ``text`` with the named concepts (ids of CONCEPTS) found in it."""
    document = parse_text(text)
    levels = skills if isinstance(skills, Mapping) else dict.fromkeys(skills, "mentioned")
    found = []
    for concept_id, importance in levels.items():
        concept = CONCEPTS[concept_id]
        mentions = _mentions(text, concept, document.section_at)
        if mentions:
            found.append(Skill(concept, mentions, importance=importance))
    words = []
    for phrase, importance in keywords:
        hits = [m for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)]
        mentions = tuple(Mention(h.start(), h.end(), h.group(), "exact") for h in hits)
        words.append(Keyword(phrase, 1.0, mentions, importance))
    return Profile(
        kind=kind,  # type: ignore[arg-type]
        document=document,
        skills=tuple(found),
        keywords=tuple(words),
        title=title,
        years_experience=years,
        degree=degree,
    )


def category_of(concept_id: str) -> Category:
    return CONCEPTS[concept_id].category
