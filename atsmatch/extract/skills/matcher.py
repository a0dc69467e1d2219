"""Longest-match lookup of taxonomy surface forms over a token stream.

The index maps a tuple of normalised tokens to concept ids. At each token the longest key
is found, so "Spring Boot" wins over "Spring" and "Amazon Web Services" over "Amazon"; at
each length the exact key is tried first, then the lemma key: "managed
databases" finds the form "manage database". The lemmas are guarded (see
:mod:`atsmatch.language.lemmas`), so "software engineer" does not find "software
engineering"; a name's words must be inflected in the text to match by lemma, so "work"
does not find "Microsoft Works". Overlapping matches are settled longest first, exact
before lemma, then a noun phrase before a verb-led match (one starting with a common verb,
see :func:`_verb_led`), then leftmost first: in "Built Machine Learning", "Machine
Learning" beats the lemma match "build machine"; in "Manage accounts payable", "accounts
payable" beats the verb phrase "manage accounts"; in "Project management skills",
"project management" beats "management skills".

A match never crosses a line break. Which matches are kept is decided afterwards by
:mod:`atsmatch.extract.skills.ambiguity`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from atsmatch.extract.skills.keytables import Key, KeyTables
from atsmatch.extract.skills.wordlists import AMBIGUOUS_WORDS
from atsmatch.extract.vocabulary import VERBS
from atsmatch.language.lemmas import lemma, verb_lemma
from atsmatch.language.tokens import Token
from atsmatch.profile import Concept, MatchKind
from atsmatch.taxonomy import Taxonomy
from atsmatch.taxonomy.model import IndexEntries

__all__ = ["Hit", "Matcher", "form_kind"]

_INITIALS = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: tokens ``[first, last]`` matched ``concept_id`` via ``form``.

    ``kind`` is ``exact`` for every index match until :func:`form_kind` refines it for the
    matches that count (exact, alias or acronym); ``acronym`` before that means an acronym
    the document defines.
    """

    first: int
    last: int
    concept_id: str
    form: str
    ambiguous: bool
    kind: MatchKind = "exact"


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
        # keys precomputed with normalize_form by tools/build_taxonomy.py (see Taxonomy.index)
        self.index: Mapping[tuple[str, ...], IndexEntries] = taxonomy.index()
        self.max_len = taxonomy.max_key_length()

    @cached_property
    def keys(self) -> KeyTables:
        """Tables derived from the index keys (see :mod:`atsmatch.extract.skills.keytables`)."""
        return KeyTables(self.index)

    def is_ambiguous(self, form: str) -> bool:
        """Whether ``form`` is listed as ambiguous (by the taxonomy or by the built-in list)."""
        return form.lower() in self.ambiguous_forms

    @cached_property
    def ambiguous_forms(self) -> frozenset[str]:
        """The taxonomy's ambiguous forms and the built-in list, lower-cased."""
        return frozenset(self.taxonomy.ambiguous) | AMBIGUOUS_WORDS

    def scan(self, tokens: Sequence[Token], *, breaks: Sequence[bool] = ()) -> list[Hit]:
        """The best non-overlapping matches, in text order.

        At each token the longest match is found (exact before lemma at the same length);
        overlaps are then settled longest first, exact before lemma, noun phrase before
        verb-led match, leftmost first.
        ``breaks[i]`` is true when token ``i`` starts a new line; no match crosses one.
        """
        words = _Words(tokens)
        limits = _line_limits(len(tokens), breaks)
        starts = self._starts  # per word: a token's lemma is lemma(norm) (see tokens.py)
        norms, lemmas = words.norms, words.lemmas
        candidates = []
        for i, norm in enumerate(norms):
            start = starts[norm]
            if start is None:
                continue
            if i + 1 < limits[i] and (
                (norm, norms[i + 1]) in start.prefixes
                or (start.verb, lemmas[i + 1]) in start.verb_prefixes
            ):
                found = self._longer(i, words, limits[i]) or start.hits(i)
            elif start.single:
                found = start.hits(i)
            else:
                continue
            if found:
                candidates.append(found)
        return _settle(candidates, norms)

    @cached_property
    def _starts(self) -> _Starts:
        return _Starts(self)

    def _longer(self, i: int, words: _Words, limit: int) -> list[Hit]:
        """The longest match of two or more tokens starting at token ``i``: exact, else by
        lemma (verb lemma first), per length."""
        tables = self.keys
        verb = verb_lemma(words.norms[i])
        exact = tables.reach(words.norms, i, limit)
        by_verb = tables.lemma_reach(verb, words.lemmas, i, limit)
        for size in range(max(exact, by_verb), 1, -1):
            if size <= exact:
                entries = self.index.get(tuple(words.norms[i : i + size]))
                if entries:
                    return [self._hit(i, size, cid, form) for cid, form in entries]
            if size <= by_verb:
                found = self._lemma_hits(i, size, verb, words)
                if found:
                    return found
        return []

    def _single(self, i: int, words: _Words) -> list[Hit]:
        """The one-token match at token ``i``: exact, else by (noun) lemma."""
        entries = self.index.get((words.norms[i],))
        if entries:
            return [self._hit(i, 1, cid, form) for cid, form in entries]
        if self.keys.lemma_starts[words.lemmas[i]]:
            return self._lemma_hits(i, 1, words.lemmas[i], words)
        return []

    def _lemma_hits(self, i: int, size: int, head: str, words: _Words) -> list[Hit]:
        key = (head, *words.lemmas[i + 1 : i + size])
        text = tuple(words.norms[i : i + size])
        forms = self.keys.lemma_forms(key)
        if key != text and self.index.get(key) is not None:
            forms = [key, *forms]
        if not forms:
            return []
        hits: dict[str, Hit] = {}
        for form_key in forms:
            if form_key == text:
                continue
            for cid, form in self.index.get(form_key) or ():
                if cid not in hits and _inflection_ok(text, form_key, form):
                    hits[cid] = self._hit(i, size, cid, form, kind="lemma")
        return list(hits.values())

    def _hit(
        self, i: int, size: int, concept_id: str, form: str, *, kind: MatchKind = "exact"
    ) -> Hit:
        return Hit(i, i + size - 1, concept_id, form, self.is_ambiguous(form), kind)


class _Words:
    """Norms and noun lemmas of a token list."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.norms = [t.norm for t in tokens]
        self.lemmas = [t.lemma or lemma(t.norm) for t in tokens]


class _Start(NamedTuple):
    """What the scan needs to know about one word, computed once per matcher."""

    verb: str
    """The word's verb lemma."""
    prefixes: frozenset[Key] | set[Key]
    """Prefixes of the keys starting with the word."""
    verb_prefixes: frozenset[Key] | set[Key]
    """Prefixes of the lemma keys starting with the word's verb lemma."""
    single: tuple[tuple[str, str, bool, MatchKind], ...]
    """The word's one-token match: ``(concept id, form, ambiguous, kind)`` per concept."""

    def hits(self, i: int) -> list[Hit]:
        return [Hit(i, i, cid, form, ambiguous, kind) for cid, form, ambiguous, kind in self.single]


class _Starts(dict[str, "_Start | None"]):
    """Word → :class:`_Start`, or ``None`` when no key or lemma key can start with it."""

    def __init__(self, matcher: Matcher) -> None:
        super().__init__()
        self.matcher = matcher

    def __missing__(self, norm: str) -> _Start | None:
        tables = self.matcher.keys
        noun, verb = lemma(norm), verb_lemma(norm)
        start = None
        if tables.keys_of(norm) or tables.lemma_starts[verb] or tables.lemma_starts[noun]:
            words = _Words([Token(0, len(norm), norm, norm, noun)])
            single = tuple(
                (hit.concept_id, hit.form, hit.ambiguous, hit.kind)
                for hit in self.matcher._single(0, words)
            )
            verb_prefixes = tables.lemma_prefixes(verb) if tables.lemma_starts[verb] else _NONE
            start = _Start(verb, tables.prefixes(norm), verb_prefixes, single)
        self[norm] = start
        return start


_NONE: frozenset[Key] = frozenset()


_KIND_RANK = {"exact": 0, "acronym": 0, "alias": 0, "lemma": 1, "fuzzy": 2}


def _settle(candidates: list[list[Hit]], norms: Sequence[str]) -> list[Hit]:
    """Non-overlapping candidate groups: longest first, then exact before lemma, then a
    noun phrase before a verb phrase (see :func:`_verb_led`), then leftmost."""
    order = sorted(
        candidates,
        key=lambda g: (
            g[0].first - g[0].last,
            _KIND_RANK[g[0].kind],
            _verb_led(norms[g[0].first]),
            g[0].first,
        ),
    )
    taken: set[int] = set()
    chosen: list[list[Hit]] = []
    for group in order:
        span = range(group[0].first, group[0].last + 1)
        if not any(j in taken for j in span):
            taken.update(span)
            chosen.append(group)
    chosen.sort(key=lambda g: g[0].first)
    return [hit for group in chosen for hit in group]


def _verb_led(norm: str) -> bool:
    """Whether a match starting with ``norm`` reads as a verb phrase: the word is one of the
    common verbs resume bullets and job ads start with, or an inflection of one ("managed",
    "building"). Between two overlapping matches of one length and kind, the one that is not
    verb-led wins: in "Manage accounts payable", "accounts payable" beats "manage accounts"."""
    return norm in VERBS or verb_lemma(norm) in VERBS


def _inflection_ok(text: Sequence[str], key: Sequence[str], form: str) -> bool:
    """For a form with capitals (a name: "Microsoft Works"), each text word must equal the
    form's word or be inflected itself, so "work" does not find "Works"."""
    if form.islower():
        return True
    for position, (word, form_word) in enumerate(zip(text, key, strict=True)):
        base = verb_lemma(word) if position == 0 and len(text) > 1 else lemma(word)
        if word != form_word and base == word:
            return False
    return True


def _line_limits(count: int, breaks: Sequence[bool]) -> list[int]:
    """For each token, the index of the first token of the next line (or ``count``)."""
    limits = [count] * count
    end = count
    for i in range(count - 1, -1, -1):
        limits[i] = end
        if breaks and breaks[i]:
            end = i
    return limits
