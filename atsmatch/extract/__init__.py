"""extract(): find skills and keywords in a document, with evidence for each find."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from atsmatch.document import Document
from atsmatch.extract.matcher import Matcher
from atsmatch.extract.requirements import importance_at, strongest
from atsmatch.extract.tokens import tokenize
from atsmatch.inputs import DocumentInput, as_document
from atsmatch.profile import Importance, MatchKind, Mention, Profile, ProfileKind, Skill
from atsmatch.taxonomy import Taxonomy, load_taxonomy

__all__ = ["extract", "guess_kind"]

_JOB_SECTIONS = frozenset({"responsibilities", "requirements", "preferred", "benefits", "company"})
_RESUME_SECTIONS = frozenset({"experience", "education", "projects", "certifications"})


@lru_cache(maxsize=4)
def _matcher(taxonomy: Taxonomy) -> Matcher:
    return Matcher(taxonomy)


def guess_kind(document: Document) -> ProfileKind:
    """``job`` when the document has more job-description sections than resume sections."""
    names = {s.name for s in document.sections}
    return "job" if len(names & _JOB_SECTIONS) > len(names & _RESUME_SECTIONS) else "resume"


def extract(
    source: DocumentInput,
    *,
    kind: ProfileKind | None = None,
    taxonomy: Taxonomy | None = None,
) -> Profile:
    """Extract a :class:`Profile` from a document (or anything :func:`parse` reads).

    ``kind`` is ``"resume"`` or ``"job"``; by default it is guessed from the sections.
    """
    document = as_document(source)
    kind = kind or guess_kind(document)
    matcher = _matcher(taxonomy or load_taxonomy())
    tokens = tokenize(document.text)
    sections = [document.section_at(t.start) for t in tokens]
    hits = matcher.accept(matcher.scan(tokens), tokens, sections)

    mentions: dict[str, list[Mention]] = defaultdict(list)
    levels: dict[str, list[Importance]] = defaultdict(list)
    for hit in hits:
        start, end = tokens[hit.first].start, tokens[hit.last].end
        surface = document.text[start:end]
        concept = matcher.taxonomy[hit.concept_id]
        match_kind: MatchKind = "exact" if surface.lower() == concept.name.lower() else "alias"
        section = sections[hit.first]
        if kind == "job":
            level = importance_at(document.text, start, section)
            if level is None:
                continue
            levels[hit.concept_id].append(level)
        mentions[hit.concept_id].append(Mention(start, end, surface, match_kind, section))

    skills = tuple(
        Skill(
            concept=matcher.taxonomy[concept_id],
            mentions=tuple(found),
            importance=strongest(levels[concept_id]) if kind == "job" else "mentioned",
        )
        for concept_id, found in mentions.items()
    )
    return Profile(kind=kind, document=document, skills=skills)
