"""Tables the scan needs beyond the taxonomy index, derived from its keys.

One pass over the keys groups them by first word. Everything else is computed lazily, only
for the words a document contains:

- key prefixes per first word (:meth:`KeyTables.reach`), so the scan tries only lengths
  that some key can still reach;
- lemma keys (:meth:`KeyTables.lemma_reach`, :meth:`KeyTables.lemma_forms`): for a lemma
  ``f`` the keys whose first word has lemma ``f`` get their lemma keys computed once;
- compact keys for the fuzzy fallback (:meth:`KeyTables.compact_key`), per first letter.

So a short document costs a few thousand lemma computations, not one per taxonomy form.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache

from atsmatch.extract.lemmas import lemma_table, noun_table

__all__ = ["KeyTables", "compact", "lemma_key"]

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
        value = self[word] = bool(self.tables.lemma_prefixes(word))
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

    def __init__(self, keys: Iterable[Key]) -> None:
        self.by_first: dict[str, list[Key]] = defaultdict(list)
        self.full: set[Key] = set()
        for key in keys:
            if key:
                self.by_first[key[0]].append(key)
                self.full.add(key)
        self._prefixes: dict[str, set[Key]] = {}
        self._lemma_prefixes: dict[str, set[Key]] = {}
        self.lemma_starts = _LemmaStarts(self)
        """``lemma_starts[word]``: whether some lemma key starts with ``word`` (cached)."""
        self._lemma_forms: dict[Key, list[Key]] = defaultdict(list)
        self._compact: dict[str, dict[str, Key]] = {}

    def reach(self, norms: Sequence[str], i: int, limit: int) -> int:
        """How many tokens from ``i`` (before ``limit``) start like some key (0: none)."""
        prefixes = self._prefixes.get(norms[i])
        if prefixes is None:
            keys = self.by_first.get(norms[i])
            if not keys:
                return 0
            prefixes = self._prefixes[norms[i]] = _prefix_set(keys)
        size = 1
        while i + size < limit and tuple(norms[i : i + size + 1]) in prefixes:
            size += 1
        return size

    def starts(self, word: str) -> bool:
        """Whether some key, or some key's lemma key, starts with ``word``."""
        return word in self.by_first or self.lemma_starts[word]

    def lemma_prefixes(self, first: str) -> set[Key]:
        """Prefixes of the lemma keys (and keys) that start with lemma ``first``."""
        prefixes = self._lemma_prefixes.get(first)
        if prefixes is None:
            prefixes = self._lemma_prefixes[first] = self._load_lemma(first)
        return prefixes

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
        """Keys that differ from their lemma key ``key`` (after :meth:`lemma_reach`)."""
        return self._lemma_forms.get(key, [])

    def _load_lemma(self, first: str) -> set[Key]:
        lemma_keys: list[Key] = list(self.by_first.get(first, ()))
        for word in {first, *_inflections().get(first, ())}:
            for key in self.by_first.get(word, ()):
                lkey = lemma_key(key)
                if lkey[0] == first and lkey != key:
                    self._lemma_forms[lkey].append(key)
                    lemma_keys.append(lkey)
        return _prefix_set(lemma_keys)

    def compact_key(self, packed: str) -> Key | None:
        """The one- or two-word key whose compact form is ``packed``."""
        return self.compact_group(packed[:1]).get(packed)

    def compact_group(self, letter: str) -> dict[str, Key]:
        """Compact form → key, for the one- or two-word keys whose compact form starts so."""
        group = self._compact.get(letter)
        if group is None:
            group = {}
            by_letter = self._first_words_by_letter
            for word in (*by_letter.get(letter, ()), *by_letter.get("", ())):
                for key in self.by_first[word]:
                    if len(key) <= 2:
                        packed = compact("".join(key))
                        if packed[:1] == letter:
                            group.setdefault(packed, key)
            self._compact[letter] = group
        return group

    @cached_property
    def _first_words_by_letter(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for word in self.by_first:
            groups[compact(word)[:1]].append(word)
        return groups
