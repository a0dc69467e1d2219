"""extract(): find skills and keywords in a document, with evidence for each find."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from atsmatch.document import Document
from atsmatch.extract.matcher import Matcher
from atsmatch.extract.tokens import tokenize
from atsmatch.extract.understand import understand
from atsmatch.inputs import DocumentInput, as_document
from atsmatch.profile import MatchKind, Mention, Profile, ProfileKind, Skill
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


def find_skills(document: Document, matcher: Matcher) -> tuple[Skill, ...]:
    """Every taxonomy concept mentioned in ``document``, in order of first mention."""
    tokens = tokenize(document.text)
    sections = [document.section_at(t.start) for t in tokens]
    hits = matcher.accept(matcher.scan(tokens), tokens, sections)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for hit in hits:
        start, end = tokens[hit.first].start, tokens[hit.last].end
        surface = document.text[start:end]
        concept = matcher.taxonomy[hit.concept_id]
        kind: MatchKind = "exact" if surface.lower() == concept.name.lower() else "alias"
        mentions[hit.concept_id].append(Mention(start, end, surface, kind, sections[hit.first]))
    return tuple(
        Skill(concept=matcher.taxonomy[concept_id], mentions=tuple(found))
        for concept_id, found in mentions.items()
    )


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
    skills = find_skills(document, _matcher(taxonomy or load_taxonomy()))
    return understand(Profile(kind=kind, document=document, skills=skills))
