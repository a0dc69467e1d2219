"""Fuzzy fallback for near-misses: "React.js"/"ReactJS", "Postgre SQL", "Kubernetis".

It runs only on what exact and lemma lookup left unmatched, and only on tokens that look
technical: a capital letter after the first character (camel case, acronyms), a digit, or
a capitalised word that does not start a sentence. The token must not be a common English
word nor a word of the lemma table. Matching compares *compact* keys: lower case with
everything but letters, digits, ``+`` and ``#`` removed ("React.js" → ``reactjs``):

- a token, or two adjacent candidate tokens joined, whose compact key equals the compact
  key of a taxonomy form of one or two words is a match ("Postgre SQL" → PostgreSQL);
- otherwise a single token of at least :data:`MIN_LENGTH` characters matches the closest
  compact form with the same first letter when ``rapidfuzz.fuzz.ratio`` (normalised Indel
  similarity, 0-100) is at least :data:`CUTOFF`. 88 accepts one wrong, missing or extra
  letter in words of eight or more letters ("Kubernetis", "Postgress") and a transposition
  in words of nine or more ("Terrafrom"), and rejects stems and suffixes ("Pythonic",
  "Reactive", "Jenkinson").
"""

from __future__ import annotations

from collections.abc import Sequence

from atsmatch.extract.skills.context import Context
from atsmatch.extract.skills.keytables import Key, compact
from atsmatch.extract.skills.matcher import Hit, Matcher
from atsmatch.extract.skills.wordlists import common_words
from atsmatch.language.lemmas import lemma_table

__all__ = ["CUTOFF", "MIN_LENGTH", "FuzzyIndex", "compact", "with_fuzzy"]

CUTOFF = 88.0
MIN_LENGTH = 6


class FuzzyIndex:
    """Near-miss lookup over the compact keys of one- and two-word forms (``Matcher.keys``)."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._choices: dict[str, tuple[dict[str, Key], list[str]]] = {}

    def _entry(self, packed: str) -> tuple[str, str] | None:
        key = self.matcher.keys.compact_key(packed)
        entries = self.matcher.index.get(key) if key else None
        for concept_id, form in entries or ():
            if not self.matcher.is_ambiguous(form):
                return concept_id, form
        return None

    def closest(self, word: str) -> tuple[str, str] | None:
        """``(concept id, form)`` of the closest form to a compact ``word``, if close enough."""
        group = self.matcher.keys.compact_group(word[:1])
        if word in group:
            return self._entry(word)
        if len(word) < MIN_LENGTH:
            return None
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            word, self._choices_in(word[:1], group), scorer=fuzz.ratio, score_cutoff=CUTOFF
        )
        return self._entry(found[0]) if found else None

    def _choices_in(self, letter: str, group: dict[str, Key]) -> list[str]:
        """The compact forms of ``group`` worth a fuzzy comparison (3+ characters), listed
        once per group (a group is built whole, then kept, by ``KeyTables.compact_group``)."""
        cached = self._choices.get(letter)
        if cached is None or cached[0] is not group:
            cached = self._choices[letter] = (group, [p for p in group if len(p) >= 3])
        return cached[1]

    def hits(self, ctx: Context, covered: set[int], singles: set[int]) -> list[Hit]:
        """Fuzzy hits on the uncovered, technical-looking tokens of a document.

        The second word of a joined pair may be covered by a one-word match (``singles``):
        "Postgre SQL" is PostgreSQL, not SQL.
        """
        candidates = [
            i
            for i, token in enumerate(ctx.tokens)
            if len(token.text) >= 3
            and not token.text.islower()  # what _looks checks first
            and i not in covered
            and _looks(i, ctx)
        ]
        hits: list[Hit] = []
        used: set[int] = set()
        for i in candidates:
            if i in used:
                continue
            free = i + 1 not in covered or i + 1 in singles
            pair = i + 1 if (free and ctx.same_line(i, i + 1)) else None
            if pair is not None and ctx.tokens[pair].text.isalnum():
                joined = compact(ctx.tokens[i].text + ctx.tokens[pair].text)
                entry = self._entry(joined) if len(joined) >= 4 else None
                if entry is not None:
                    hits.append(Hit(i, pair, entry[0], entry[1], False, "fuzzy"))
                    used.update((i, pair))
                    continue
            entry = self.closest(compact(ctx.tokens[i].text))
            if entry is not None:
                hits.append(Hit(i, i, entry[0], entry[1], False, "fuzzy"))
                used.add(i)
        return hits


def _looks(i: int, ctx: Context) -> bool:
    text = ctx.tokens[i].text
    if len(text) < 3 or text.islower() or not text.isascii() or "@" in text or "/" in text:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    norm = ctx.tokens[i].norm
    if norm in common_words() or norm in lemma_table():
        return False
    inner_capital = any(ch.isupper() for ch in text[1:])
    digit = any(ch.isdigit() for ch in text)
    capitalised = text[0].isupper() and not ctx.sentence_initial(i)
    return inner_capital or digit or capitalised


def with_fuzzy(index: FuzzyIndex, ctx: Context, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` plus fuzzy hits outside them; a fuzzy pair replaces a one-word hit it covers."""
    covered = {j for h in hits for j in range(h.first, h.last + 1)}
    singles = {h.first for h in hits if h.first == h.last}
    found = index.hits(ctx, covered, singles)
    if not found:
        return list(hits)
    taken = {j for h in found for j in range(h.first, h.last + 1)}
    kept = [h for h in hits if h.first not in taken]
    return sorted([*kept, *found], key=lambda h: (h.first, h.last))
