"""extract(): find skills and keywords in a document, with evidence for each find.

The steps (docs/extraction.md): tokenise with the spaCy pipeline, look up taxonomy forms
(longest match, exact then lemma keys), read acronyms the document defines, try a fuzzy
match on technical-looking words nothing matched, then keep the matches the ambiguity and
precision rules accept.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from atsmatch.document import Document
from atsmatch.errors import InputTooLargeError
from atsmatch.extract.skills.acronyms import apply_definitions, definitions
from atsmatch.extract.skills.ambiguity import accept
from atsmatch.extract.skills.context import Context
from atsmatch.extract.skills.fuzzy import FuzzyIndex, with_fuzzy
from atsmatch.extract.skills.matcher import Hit, Matcher, form_kind
from atsmatch.extract.understand import understand
from atsmatch.extract.understand.jobtext import SectionIndex
from atsmatch.inputs import DocumentInput, as_document
from atsmatch.language.tokens import Token, tokenize
from atsmatch.profile import Concept, Mention, Profile, ProfileKind, Skill
from atsmatch.taxonomy import Taxonomy, load_taxonomy

__all__ = ["MAX_CHARS", "extract", "find_skills", "guess_kind", "matcher_for"]

MAX_CHARS = 250_000
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
    newlines = []
    found = text.find("\n")
    while found >= 0:
        newlines.append(found)
        found = text.find("\n", found + 1)
    starts = [token.start for token in tokens]
    # a token holds no line break, so its line is the number of line breaks before it
    lines = [bisect_right(newlines, start) for start in starts]
    breaks = [line != before for line, before in zip(lines, [0, *lines], strict=False)]
    section_at = SectionIndex(document)
    sections = [section_at(start) for start in starts]
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
    with _collector_paused():
        tokens = tokenize(document.text)
        ctx, breaks = _context(document, tokens)
        hits = matcher.scan(tokens, breaks=breaks)
        hits = with_fuzzy(_fuzzy_index(matcher), ctx, hits)
        hits = apply_definitions(hits, tokens, definitions(hits, tokens))
        kept = accept(hits, ctx, matcher.taxonomy)
        concepts = _concepts(matcher.taxonomy, kept)
        kept = [h for h in kept if concepts[h.concept_id].category != "degree"]
        return tokens, _outside_name(kept, document, tokens)


def _concepts(taxonomy: Taxonomy, hits: Sequence[Hit]) -> dict[str, Concept]:
    """The concepts of ``hits``, each looked up once."""
    return {cid: taxonomy[cid] for cid in {h.concept_id for h in hits}}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (if enabled) while one document is read.

    A long document makes 100k+ token tuples that stay alive until the end and hold no
    cycles; each makes the collector count towards a full collection, which walks every
    object of the process (spaCy and the taxonomy loaded: ~0.1 s each, a fifth of the
    extraction time at 100k tokens). Nothing here needs the collector: what it would free
    is freed by reference counting when the document's tokens are dropped.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def find_skills(document: Document, matcher: Matcher) -> tuple[Skill, ...]:
    """Every taxonomy concept mentioned in ``document``, in order of first mention."""
    with _collector_paused():  # until the tokens are dropped (see _collector_paused)
        tokens, hits = find_hits(document, matcher)
        concepts = _concepts(matcher.taxonomy, hits)
        section_at = SectionIndex(document)
        text = document.text
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for hit in hits:
            start, end = tokens[hit.first].start, tokens[hit.last].end
            surface = text[start:end]
            concept = concepts[hit.concept_id]
            kind = form_kind(surface, hit.form, concept) if hit.kind == "exact" else hit.kind
            mentions[hit.concept_id].append(Mention(start, end, surface, kind, section_at(start)))
        del tokens
    return tuple(
        Skill(concept=concepts[concept_id], mentions=tuple(found))
        for concept_id, found in mentions.items()
    )


def extract(
    source: DocumentInput,
    *,
    kind: ProfileKind | None = None,
    taxonomy: Taxonomy | None = None,
    reference: str | None = None,
) -> Profile:
    """Extract a :class:`Profile` from a document (or anything :func:`parse` reads).

    ``kind`` is ``"resume"`` or ``"job"``; by default it is guessed from the sections.
    ``reference`` (``YYYY-MM``) is the month "present" stands for in a resume; by default
    the latest month the document names.
    """
    document = as_document(source)
    kind = kind or guess_kind(document)
    skills = find_skills(document, matcher_for(taxonomy or load_taxonomy()))
    return understand(Profile(kind=kind, document=document, skills=skills), reference=reference)
