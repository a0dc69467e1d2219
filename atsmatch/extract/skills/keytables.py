"""Tables the scan needs beyond the taxonomy index, derived from its keys, all lazily.

The keys are kept as one sorted list of strings (tokens joined by spaces), which the
built-in index gives without a pass over its keys; everything else is computed on first
use, only for the words a document contains:

- the keys starting with a word (:meth:`KeyTables.keys_of`), by bisection in that list;
- key prefixes per first word (:meth:`KeyTables.reach`), so the scan tries only lengths
  that some key can still reach;
- lemma keys (:meth:`KeyTables.lemma_reach`, :meth:`KeyTables.lemma_forms`): for a lemma
  ``f`` the keys whose first word has lemma ``f`` get their lemma keys computed once;
- compact keys for the fuzzy fallback (:meth:`KeyTables.compact_key`), per first letter;
  for the built-in taxonomy these groups ship as package data (``data/compact_keys.bin``,
  written by tools/build_store.py and naming the taxonomy data they were made from), so a
  cold start reads them instead of compacting 100,000 keys.

So a short document costs a few thousand lemma computations, not one per taxonomy form.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import repeat

from atsmatch.language.lemmas import lemma_table, noun_table
from atsmatch.serialize.columns import TextColumn, derived_columns
from atsmatch.taxonomy.lookup import Lookup

__all__ = ["COMPACT_DATA", "KeyTables", "compact", "lemma_key", "stored_compact_groups"]

COMPACT_DATA = "compact_keys.bin"
"""The built-in taxonomy's compact groups: columns ``packed L`` and ``keys L`` per letter."""

Key = tuple[str, ...]

_PUNCTUATION = "".join(
    chr(c) for c in range(33, 127) if not chr(c).isalnum() and chr(c) not in "+#"
)
_DROP = str.maketrans("", "", _PUNCTUATION + " \t\n’‘“”–—")


def compact(text: str) -> str:
    """Lower case without spaces and ASCII punctuation other than ``+`` and ``#``."""
    return text.lower().translate(_DROP)


def lemma_key(key: Sequence[str]) -> Key:
    """The lemma key of a normalised key: verb lemma first (for phrases), noun lemmas after."""
    nouns = noun_table()
    if len(key) == 1:
        return (nouns.get(key[0], key[0]),)
    rest = key[1:]
    return (lemma_table().get(key[0], key[0]), *map(nouns.get, rest, rest))


class _LemmaStarts(dict[str, bool]):
    """A cache filled on first use, so the scan pays one dict lookup per word."""

    def __init__(self, tables: KeyTables) -> None:
        super().__init__()
        self.tables = tables

    def __missing__(self, word: str) -> bool:
        value = self[word] = self.tables.has_lemma_keys(word)
        return value


def _prefix_set(keys: Iterable[Key]) -> set[Key]:
    return {key[:size] for key in keys for size in range(1, len(key) + 1)}


@lru_cache(maxsize=1)
def _inflections() -> dict[str, list[str]]:
    """Lemma → the words of the lemma table that have it (verb or noun reading)."""
    words: dict[str, list[str]] = defaultdict(list)
    for word, base in lemma_table().items():
        words[base].append(word)
    return dict(words)


class KeyTables:
    """Lookup helpers over the keys of one index (see the module docstring)."""

    def __init__(self, keys: Iterable[Key], *, stored: bool = True) -> None:
        # A taxonomy's index gives its built-in keys as a sorted list of texts (searched by
        # bisection) and the keys added at run time; any other key list counts as added.
        # Keys of one first word come built-in first, sorted, then added ones, in order.
        # ``stored``: read the compact groups from package data when they were made for
        # exactly this index (the built-in taxonomy, nothing added or replaced).
        # An index of only built-in keys answers keys_of itself (keys by first word, without
        # decoding every key); ``_texts`` is then made only if a pass over all keys is needed.
        self._texts: list[str] | None = []
        self._lookup: Lookup | None = None
        self._fingerprint: str | None = None
        added: Iterable[Key] = keys
        if isinstance(keys, Lookup):
            added = keys.added_keys()
            self._fingerprint = keys.builtin_fingerprint if stored else None
            if keys.built_keys_starting("") is not None:
                self._texts, self._lookup = None, keys
            else:
                self._texts = keys.built_key_texts()
        self._added: dict[str, list[Key]] = defaultdict(list)
        for key in added:
            if key:
                self._added[key[0]].append(key)
        self._by_first: dict[str, tuple[Key, ...]] = {}
        self._prefixes: dict[str, set[Key]] = {}
        self._lemma_prefixes: dict[str, set[Key]] = {}
        self.lemma_starts = _LemmaStarts(self)
        """``lemma_starts[word]``: whether some lemma key starts with ``word`` (cached)."""
        self._lemma_forms: dict[Key, list[Key]] = defaultdict(list)
        self._one_word: dict[str, list[Key]] = {}
        self._compact: dict[str, dict[str, Key]] = {}

    def keys_of(self, word: str) -> tuple[Key, ...]:
        """The keys whose first token is ``word`` (cached)."""
        found = self._by_first.get(word)
        if found is None:
            lookup = self._lookup
            built = lookup.built_keys_starting(word) if lookup is not None else None
            if built is None:
                texts, spaced = self._all_texts(), word + " "
                low = bisect_left(texts, word)
                high = bisect_left(texts, word + "!", low)  # "!" follows " " in code points
                built = [t for t in texts[low:high] if t == word or t.startswith(spaced)]
            found = tuple(tuple(text.split(" ")) for text in built)
            if word in self._added:
                found += tuple(self._added[word])
            self._by_first[word] = found
        return found

    def _all_texts(self) -> list[str]:
        """Every built-in key (texts, sorted), decoded when first needed."""
        if self._texts is None:
            self._texts = self._lookup.built_key_texts() if self._lookup is not None else []
        return self._texts

    def reach(self, norms: Sequence[str], i: int, limit: int) -> int:
        """How many tokens from ``i`` (before ``limit``) start like some key (0: none)."""
        prefixes = self.prefixes(norms[i])
        if not prefixes:
            return 0
        size = 1
        while i + size < limit and tuple(norms[i : i + size + 1]) in prefixes:
            size += 1
        return size

    def prefixes(self, first: str) -> set[Key]:
        """Prefixes of the keys that start with ``first`` (empty: none does)."""
        prefixes = self._prefixes.get(first)
        if prefixes is None:
            prefixes = self._prefixes[first] = _prefix_set(self.keys_of(first))
        return prefixes

    def starts(self, word: str) -> bool:
        """Whether some key, or some key's lemma key, starts with ``word``."""
        return bool(self.keys_of(word)) or self.lemma_starts[word]

    def lemma_prefixes(self, first: str) -> set[Key]:
        """Prefixes of the lemma keys (and keys) that start with lemma ``first``."""
        prefixes = self._lemma_prefixes.get(first)
        if prefixes is None:
            prefixes = self._lemma_prefixes[first] = self._load_lemma(first)
        return prefixes

    def has_lemma_keys(self, first: str) -> bool:
        """``bool(self.lemma_prefixes(first))``, without building the prefixes: a key starts
        with ``first``, or a key of an inflection of it has lemma key starting with it."""
        if first in self._lemma_prefixes:
            return bool(self._lemma_prefixes[first])
        if self.keys_of(first):
            return True
        nouns = noun_table()
        for word in _inflections().get(first, ()):
            if word == first:
                continue
            # as in lemma_key: a one-word key takes its noun lemma, a longer one the
            # lemma of its first word (which is ``first`` for an inflection of it)
            if any(len(key) > 1 or nouns.get(word, word) == first for key in self.keys_of(word)):
                return True
        return False

    def lemma_reach(self, first: str, lemmas: Sequence[str], i: int, limit: int) -> int:
        """Like :meth:`reach` for lemma keys starting with lemma ``first`` (0: none)."""
        prefixes = self.lemma_prefixes(first)
        if not prefixes:
            return 0
        size = 1
        while i + size < limit and (first, *lemmas[i + 1 : i + size + 1]) in prefixes:
            size += 1
        return size

    def lemma_forms(self, key: Key) -> list[Key]:
        """Keys that differ from their lemma key ``key``."""
        if key and key[0] not in self._lemma_prefixes:
            if len(key) == 1:  # one word: only one-word keys, not all the word's lemma keys
                return self._one_word_forms(key[0])
            self.lemma_prefixes(key[0])  # the lemma keys of a first word are read together
        return self._lemma_forms.get(key, [])

    def _one_word_forms(self, first: str) -> list[Key]:
        """``lemma_forms((first,))`` before :meth:`lemma_prefixes` has read ``first``: the
        one-word keys whose noun lemma is ``first``, in the order that method lists them."""
        found = self._one_word.get(first)
        if found is None:
            nouns = noun_table()
            found = self._one_word[first] = [
                key
                for word in {first, *_inflections().get(first, ())}
                if word != first and nouns.get(word, word) == first
                for key in self.keys_of(word)
                if len(key) == 1
            ]
        return found

    def _load_lemma(self, first: str) -> set[Key]:
        lemma_keys: list[Key] = []
        verbs, nouns = lemma_table(), noun_table()
        for word in {first, *_inflections().get(first, ())}:
            keys = self.keys_of(word)
            # lemma_key(key), inlined: a one-word key's lemma is its noun lemma, a longer
            # key's starts with its first word's lemma; only those starting with ``first``
            # and differing from the key count
            single, head = nouns.get(word, word), verbs.get(word, word)
            if not keys or (single != first and head != first):
                continue
            for key in keys:
                if len(key) == 1:
                    if single != first or single == word:
                        continue
                    lkey: Key = (single,)
                else:
                    rest = key[1:]
                    lemmas = tuple(map(nouns.get, rest, rest))
                    if head != first or (head == word and lemmas == rest):
                        continue
                    lkey = (head, *lemmas)
                self._lemma_forms[lkey].append(key)
                lemma_keys.append(lkey)
        # the keys' own prefixes (often cached already for the exact scan), then the rest
        return self.prefixes(first) | _prefix_set(lemma_keys)

    def compact_key(self, packed: str) -> Key | None:
        """The one- or two-word key whose compact form is ``packed``."""
        return self.compact_group(packed[:1]).get(packed)

    def compact_group(self, letter: str) -> dict[str, Key]:
        """Compact form → key, for the one- or two-word keys whose compact form starts so."""
        group = self._compact.get(letter)
        if group is None and self._fingerprint is not None:
            stored = stored_compact_groups(self._fingerprint)
            if stored is not None:
                group = self._compact[letter] = _stored_group(stored, letter)
        if group is None:
            group = {}
            by_letter = self._first_words_by_letter
            for word in (*by_letter.get(letter, ()), *by_letter.get("", ())):
                for key in self.keys_of(word):
                    if len(key) <= 2:
                        packed = compact("".join(key))
                        if packed[:1] == letter:
                            group.setdefault(packed, key)
            self._compact[letter] = group
        return group

    @cached_property
    def _first_words_by_letter(self) -> dict[str, list[str]]:
        """First words by the first letter of their compact form, built-in ones first."""
        groups: dict[str, list[str]] = defaultdict(list)
        seen: set[str] = set()
        for text in self._all_texts():
            word = text.partition(" ")[0]
            if word not in seen:
                groups[compact(word)[:1]].append(word)
                seen.add(word)
        for word in self._added:
            if word not in seen:
                groups[compact(word)[:1]].append(word)
                seen.add(word)
        return groups


@lru_cache(maxsize=4)
def stored_compact_groups(fingerprint: str) -> dict[str, TextColumn] | None:
    """The shipped compact groups when they were made from the taxonomy data with this
    fingerprint; ``None`` when missing or stale (then the groups are computed)."""
    derived = derived_columns("atsmatch.extract.skills", COMPACT_DATA, fingerprint)
    return None if derived is None else derived[1]


def _stored_group(columns: dict[str, TextColumn], letter: str) -> dict[str, Key]:
    packed, keys = columns.get(f"packed {letter}"), columns.get(f"keys {letter}")
    if packed is None or keys is None:
        return {}
    return dict(zip(packed, map(tuple, map(str.split, keys, repeat(" "))), strict=True))
