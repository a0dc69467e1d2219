"""Longest-match lookup of taxonomy surface forms over a token stream.

The index maps a tuple of normalised tokens to concept ids. Scanning tries the longest key
first at each token, so "Spring Boot" wins over "Spring" and "Amazon Web Services" over
"Amazon". At each length the exact key is tried first, then the lemma key: "managed
databases" finds the form "manage database". The lemmas are guarded (see
:mod:`atsmatch.extract.lemmas`), so "software engineer" does not find "software
engineering", nor "window" find "Windows".

A match never crosses a line break. Which matches are kept is decided afterwards by
:mod:`atsmatch.extract.ambiguity`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from atsmatch.extract.lemmas import lemma, verb_lemma
from atsmatch.extract.tokens import Token, normalize_form
from atsmatch.profile import Concept, MatchKind
from atsmatch.taxonomy import Taxonomy

__all__ = ["Hit", "Matcher", "form_kind", "lemma_key"]

LemmaEntry = tuple[str, str, tuple[str, ...]]
_INITIALS = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: tokens ``[first, last]`` matched ``concept_id`` via ``form``."""

    first: int
    last: int
    concept_id: str
    form: str
    ambiguous: bool
    kind: MatchKind = "exact"


def lemma_key(key: Sequence[str]) -> tuple[str, ...]:
    """The lemma key of a normalised key: verb lemma first (for phrases), noun lemmas after."""
    if len(key) == 1:
        return (lemma(key[0]),)
    return (verb_lemma(key[0]), *(lemma(word) for word in key[1:]))


def _is_initialism(form: str, name: str) -> bool:
    letters = form.replace(".", "").replace("&", "")
    if len(letters) < 2 or not letters.isupper() or not letters.isalnum():
        return False
    words = [w for w in re.split(r"[\s/()-]+", name) if w]
    initials = "".join(w[0].upper() for w in words if _INITIALS.match(w[0]))
    it = iter(initials)
    return len(words) > 1 and all(ch in it for ch in letters)


def form_kind(surface: str, form: str, concept: Concept) -> MatchKind:
    """``exact`` for the concept's name, ``acronym`` for an initialism of it, else ``alias``."""
    if " ".join(surface.lower().split()) == " ".join(concept.name.lower().split()):
        return "exact"
    if _is_initialism(form, concept.name):
        return "acronym"
    return "alias"


class Matcher:
    """Surface-form index built from a taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.index: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self.max_len = 1
        for form, concept_id in taxonomy.forms():
            key = normalize_form(form)
            if not key:
                continue
            entries = self.index.setdefault(key, [])
            if all(cid != concept_id for cid, _ in entries):
                entries.append((concept_id, form))
            self.max_len = max(self.max_len, len(key))

    @cached_property
    def first_sizes(self) -> dict[str, int]:
        """Longest key length for each first word of a key."""
        sizes: dict[str, int] = {}
        for key in self.index:
            sizes[key[0]] = max(sizes.get(key[0], 0), len(key))
        return sizes

    @cached_property
    def lemma_index(self) -> dict[tuple[str, ...], list[LemmaEntry]]:
        """Lemma key → ``(concept id, form, normalised key)`` for every form."""
        index: dict[tuple[str, ...], list[LemmaEntry]] = {}
        for key, entries in self.index.items():
            lkey = lemma_key(key)
            bucket = index.setdefault(lkey, [])
            bucket.extend((cid, form, key) for cid, form in entries)
        return index

    @cached_property
    def lemma_first_sizes(self) -> dict[str, int]:
        """Longest lemma key length for each first lemma."""
        sizes: dict[str, int] = {}
        for key in self.lemma_index:
            sizes[key[0]] = max(sizes.get(key[0], 0), len(key))
        return sizes

    def is_ambiguous(self, form: str) -> bool:
        """Whether ``form`` is listed as ambiguous (by the taxonomy or by the built-in list)."""
        from atsmatch.extract.ambiguity import AMBIGUOUS_WORDS

        lowered = form.lower()
        return lowered in self.taxonomy.ambiguous or lowered in AMBIGUOUS_WORDS

    def scan(self, tokens: Sequence[Token], *, breaks: Sequence[bool] = ()) -> list[Hit]:
        """All longest, non-overlapping matches, left to right.

        ``breaks[i]`` is true when token ``i`` starts a new line; no match crosses one.
        """
        norms = [t.norm for t in tokens]
        verbs = [verb_lemma(n) for n in norms]
        lemmas = [t.lemma or lemma(t.norm) for t in tokens]
        limits = _line_limits(len(tokens), breaks)
        hits: list[Hit] = []
        firsts, lemma_firsts = self.first_sizes, self.lemma_first_sizes
        i = 0
        while i < len(tokens):
            if not (norms[i] in firsts or verbs[i] in lemma_firsts or lemmas[i] in lemma_firsts):
                i += 1
                continue
            found = self._longest_at(i, tokens, norms, verbs, lemmas, limits[i])
            hits.extend(found)
            i = found[0].last + 1 if found else i + 1
        return hits

    def _longest_at(
        self,
        i: int,
        tokens: Sequence[Token],
        norms: list[str],
        verbs: list[str],
        lemmas: list[str],
        limit: int,
    ) -> list[Hit]:
        exact_max = min(self.first_sizes.get(norms[i], 0), limit - i)
        lemma_max = min(
            max(self.lemma_first_sizes.get(verbs[i], 0), self.lemma_first_sizes.get(lemmas[i], 0)),
            limit - i,
        )
        for size in range(max(exact_max, lemma_max), 0, -1):
            entries = self.index.get(tuple(norms[i : i + size])) if size <= exact_max else None
            if entries:
                return [self._hit(i, size, cid, form, tokens) for cid, form in entries]
            if size <= lemma_max:
                found = self._lemma_hits(i, size, tokens, norms, verbs, lemmas)
                if found:
                    return found
        return []

    def _lemma_hits(
        self,
        i: int,
        size: int,
        tokens: Sequence[Token],
        norms: list[str],
        verbs: list[str],
        lemmas: list[str],
    ) -> list[Hit]:
        first = verbs[i] if size > 1 else lemmas[i]
        entries = self.lemma_index.get((first, *lemmas[i + 1 : i + size]))
        if not entries:
            return []
        hits = [self._hit(i, size, cid, form, tokens, kind="lemma") for cid, form, _ in entries]
        return list({h.concept_id: h for h in hits}.values())

    def _hit(
        self,
        i: int,
        size: int,
        concept_id: str,
        form: str,
        tokens: Sequence[Token],
        *,
        kind: MatchKind | None = None,
    ) -> Hit:
        if kind is None:
            surface = " ".join(t.text for t in tokens[i : i + size])
            kind = form_kind(surface, form, self.taxonomy[concept_id])
        return Hit(i, i + size - 1, concept_id, form, self.is_ambiguous(form), kind)


def _line_limits(count: int, breaks: Sequence[bool]) -> list[int]:
    """For each token, the index of the first token of the next line (or ``count``)."""
    limits = [count] * count
    end = count
    for i in range(count - 1, -1, -1):
        limits[i] = end
        if breaks and breaks[i]:
            end = i
    return limits
