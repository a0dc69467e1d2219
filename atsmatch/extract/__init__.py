"""extract(): find skills and keywords in a document, with evidence for each find.

The steps (docs/extraction.md): tokenise with the spaCy pipeline, look up taxonomy forms
(longest match, exact then lemma keys), read acronyms the document defines, try a fuzzy
match on technical-looking words nothing matched, then keep the matches the ambiguity and
precision rules accept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from atsmatch.document import Document
from atsmatch.errors import InputTooLargeError
from atsmatch.extract.acronyms import apply_definitions, definitions
from atsmatch.extract.ambiguity import Context, accept
from atsmatch.extract.fuzzy import FuzzyIndex, with_fuzzy
from atsmatch.extract.matcher import Hit, Matcher, form_kind
from atsmatch.extract.tokens import Token, tokenize
from atsmatch.extract.understand import understand
from atsmatch.inputs import DocumentInput, as_document
from atsmatch.profile import Mention, Profile, ProfileKind, Skill
from atsmatch.taxonomy import Taxonomy, load_taxonomy

__all__ = ["MAX_CHARS", "extract", "find_skills", "guess_kind", "matcher_for"]

MAX_CHARS = 5_000_000
"""Longest text extracted from, in characters (as ``ParseLimits.max_chars``)."""

_JOB_SECTIONS = frozenset({"responsibilities", "requirements", "preferred", "benefits", "company"})
_RESUME_SECTIONS = frozenset({"experience", "education", "projects", "certifications"})


@lru_cache(maxsize=4)
def matcher_for(taxonomy: Taxonomy) -> Matcher:
    """The (cached) matcher of a taxonomy."""
    return Matcher(taxonomy)


@lru_cache(maxsize=4)
def _fuzzy_index(matcher: Matcher) -> FuzzyIndex:
    return FuzzyIndex(matcher)


def guess_kind(document: Document) -> ProfileKind:
    """``job`` when the document has more job-description sections than resume sections."""
    names = {s.name for s in document.sections}
    return "job" if len(names & _JOB_SECTIONS) > len(names & _RESUME_SECTIONS) else "resume"


def _context(document: Document, tokens: Sequence[Token]) -> tuple[Context, list[bool]]:
    text = document.text
    lines: list[int] = []
    breaks: list[bool] = []
    line, previous = 0, 0
    for token in tokens:
        newlines = text.count("\n", previous, token.start)
        line += newlines
        lines.append(line)
        breaks.append(newlines > 0)
        previous = token.end
    starts = [s.start for s in document.sections]
    sections: list[str | None] = []
    for token in tokens:
        k = bisect_right(starts, token.start) - 1
        inside = k >= 0 and token.start < document.sections[k].end
        sections.append(document.sections[k].name if inside else None)
    return Context(tokens, sections, lines), breaks


def _outside_name(hits: list[Hit], document: Document, tokens: Sequence[Token]) -> list[Hit]:
    name = document.contact.name
    start = document.text.find(name, 0, 2000) if name else -1
    if not name or start < 0:
        return hits
    end = start + len(name)
    return [h for h in hits if tokens[h.last].end <= start or tokens[h.first].start >= end]


def find_hits(document: Document, matcher: Matcher) -> tuple[list[Token], list[Hit]]:
    """The tokens of ``document`` and the matches that count, in order.

    Degrees (concepts of category ``degree``) are left to the understanding step, which
    reads them with their level and field into ``Profile.degree``; they are not skills.
    """
    if len(document.text) > MAX_CHARS:
        raise InputTooLargeError(
            document.source,
            f"text of {len(document.text):,} characters is over the {MAX_CHARS:,} limit",
        )
    tokens = tokenize(document.text)
    ctx, breaks = _context(document, tokens)
    hits = matcher.scan(tokens, breaks=breaks)
    hits = with_fuzzy(_fuzzy_index(matcher), ctx, hits)
    hits = apply_definitions(hits, tokens, definitions(hits, tokens))
    taxonomy = matcher.taxonomy
    kept = [h for h in accept(hits, ctx, taxonomy) if taxonomy[h.concept_id].category != "degree"]
    return tokens, _outside_name(kept, document, tokens)


def find_skills(document: Document, matcher: Matcher) -> tuple[Skill, ...]:
    """Every taxonomy concept mentioned in ``document``, in order of first mention."""
    tokens, hits = find_hits(document, matcher)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for hit in hits:
        start, end = tokens[hit.first].start, tokens[hit.last].end
        section = document.section_at(start)
        surface = document.text[start:end]
        concept = matcher.taxonomy[hit.concept_id]
        kind = form_kind(surface, hit.form, concept) if hit.kind == "exact" else hit.kind
        mention = Mention(start, end, surface, kind, section)
        mentions[hit.concept_id].append(mention)
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
    skills = find_skills(document, matcher_for(taxonomy or load_taxonomy()))
    return understand(Profile(kind=kind, document=document, skills=skills))
