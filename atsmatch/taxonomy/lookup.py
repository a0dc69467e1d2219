"""The lookup index of a taxonomy: normalised token tuple → ``(concept id, form)`` pairs.

The built-in part comes straight from the package data, where the build script stored each
key (``normalize_form`` tokens joined by spaces) with its ``"concept.form concept.form"``
positions; nothing is normalised or converted at load time, and pairs are made only for
the keys a document actually hits. Concepts added at run time (user files,
plugins) are normalised here and laid over the built-in part, hiding the built-in concepts
they replace.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

from atsmatch.serialize.columns import TextColumn

__all__ = ["SEPARATOR", "IdIndex", "IndexEntries", "Lookup", "SortedKeys"]

SEPARATOR = "|"
"""Joins the forms of a built-in concept."""

IndexEntries = Sequence[tuple[str, str]]
"""The ``(concept id, surface form)`` pairs that share one lookup key."""


class SortedKeys(Mapping[str, str]):
    """Lookup keys stored sorted (code point order) with their entries, found by bisection:
    no dict of 160,000 keys is built at load time.

    ``firsts`` (the distinct first words of the keys, sorted) and ``starts`` (where each
    one's keys begin, with the number of keys last) index the keys by first word, so that
    a lookup decodes a few keys of a lazily read column, not all of them.
    """

    def __init__(
        self,
        keys: Sequence[str],
        entries: Sequence[str],
        *,
        firsts: Sequence[str] | None = None,
        starts: Sequence[str] | None = None,
    ) -> None:
        if len(keys) != len(entries):
            raise ValueError(f"{len(keys)} keys but {len(entries)} entries")
        if (firsts is None) != (starts is None) or (
            firsts is not None and starts is not None and len(starts) != len(firsts) + 1
        ):
            raise ValueError("a first-word index needs one start per first word, and the end")
        if not isinstance(keys, TextColumn) and any(a >= b for a, b in pairwise(keys)):
            raise ValueError("the keys are not sorted and unique")  # (a column file's were)
        self._keys = keys
        self._entries = entries
        self._list: list[str] | None = None
        self._firsts = firsts
        self._starts = starts

    def _block(self, first: str) -> tuple[int, int]:
        """Where the keys whose first token is ``first`` lie (an empty range: none)."""
        if self._firsts is None or self._starts is None:
            keys = self.texts()
            low = bisect_left(keys, first)
            return low, bisect_left(keys, first + "!", low)  # "!" follows " " in code points
        firsts = self._firsts
        if isinstance(firsts, TextColumn):
            firsts = firsts.searchable()  # searched once per word a scan meets
        at = bisect_left(firsts, first)
        if at == len(firsts) or firsts[at] != first:
            return 0, 0
        return int(self._starts[at]), int(self._starts[at + 1])

    def starting(self, first: str) -> list[str]:
        """The keys whose first token is ``first``, sorted."""
        low, high = self._block(first)
        keys = self._list if self._list is not None else self._keys
        found = [keys[at] for at in range(low, high)]
        return [key for key in found if key == first or key.startswith(first + " ")]

    def texts(self) -> list[str]:
        """The keys, sorted; one list, decoded on first use (do not modify it)."""
        if self._list is None:
            keys = self._keys
            self._list = keys.items() if isinstance(keys, TextColumn) else list(keys)
        return self._list

    def get(self, text: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if self._list is None and self._firsts is not None:
            low, high = self._block(text.partition(" ")[0])
            keys: Sequence[str] = self._keys
        else:
            keys, low, high = self.texts(), 0, len(self._keys)
        at = bisect_left(keys, text, low, high)
        return self._entries[at] if at < high and keys[at] == text else default

    def __getitem__(self, text: str) -> str:
        found = self.get(text)
        if found is None:
            raise KeyError(text)
        return found

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.get(text) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts())

    def __len__(self) -> int:
        return len(self._keys)

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        """Every ``(key, entries)`` pair in key order, without a search per key."""
        return zip(self.texts(), self._entries, strict=True)


class Lookup(Mapping[tuple[str, ...], IndexEntries]):
    """A read-only mapping; :meth:`get` is the fast path the matcher uses."""

    def __init__(
        self,
        built: Mapping[str, str],
        ids: Sequence[str],
        forms: Sequence[str],
        *,
        hidden: frozenset[int] = frozenset(),
        overlay: Mapping[tuple[str, ...], IndexEntries] | None = None,
        fingerprint: str | None = None,
    ) -> None:
        self._built = built
        self._fingerprint = fingerprint
        self._ids = ids
        self._forms = forms
        self._hidden = hidden
        self._overlay = overlay or {}

    def get(self, key: tuple[str, ...], default: IndexEntries | None = None) -> IndexEntries | None:  # type: ignore[override]
        raw = self._built.get(" ".join(key))
        extra = self._overlay.get(key) if self._overlay else None
        if raw is None:
            return extra if extra is not None else default
        pairs = []
        for item in raw.split(" "):
            concept, form = item.split(".")
            position = int(concept)
            if position not in self._hidden:
                text = self._forms[position].split(SEPARATOR)[int(form)]
                pairs.append((self._ids[position], text))
        if extra:
            known = {concept_id for concept_id, _ in pairs}
            pairs += [pair for pair in extra if pair[0] not in known]
        return pairs or default

    def __getitem__(self, key: tuple[str, ...]) -> IndexEntries:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self.get(key) is not None

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        overlay, hidden = self._overlay, self._hidden
        for text, raw in self._built.items():
            key = tuple(text.split(" "))
            if key in overlay:
                continue
            if not hidden or any(int(item.split(".")[0]) not in hidden for item in raw.split()):
                yield key
        yield from overlay

    def built_keys_starting(self, first: str) -> list[str] | None:
        """The built-in keys whose first token is ``first`` (texts, sorted) when nothing was
        added or replaced (else ``None``: see :meth:`built_key_texts`)."""
        built = self._built
        if self._overlay or self._hidden or not isinstance(built, SortedKeys):
            return None
        return built.starting(first)

    def built_key_texts(self) -> list[str]:
        """The built-in keys that iteration yields (tokens joined by spaces), sorted.

        Without added or hidden concepts this is one linear pass: the keys are stored sorted.
        """
        if not self._overlay and not self._hidden:
            built = self._built
            return list(built.texts()) if isinstance(built, SortedKeys) else sorted(built)
        added = {" ".join(key) for key in self._overlay}
        hidden = self._hidden
        return sorted(
            text
            for text, raw in self._built.items()
            if text not in added
            and (not hidden or any(int(item.split(".")[0]) not in hidden for item in raw.split()))
        )

    @property
    def builtin_fingerprint(self) -> str | None:
        """The fingerprint of the built-in data this index is exactly (no concept added or
        replaced), else ``None``: derived tables shipped for that data apply to it."""
        return None if self._overlay or self._hidden else self._fingerprint

    def added_keys(self) -> list[tuple[str, ...]]:
        """The keys of concepts added at run time, in the order iteration yields them."""
        return list(self._overlay)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def items(self) -> Iterator[tuple[tuple[str, ...], IndexEntries]]:  # type: ignore[override]
        """Every ``(key, entries)`` pair, without a second lookup per key."""
        for text in self._built:
            key = tuple(text.split(" "))
            if key not in self._overlay:
                found = self.get(key)
                if found is not None:
                    yield key, found
        for key in self._overlay:
            combined = self.get(key)
            if combined is not None:
                yield key, combined


class IdIndex:
    """Concept id → position by bisection over a stored column that lists the positions in
    id order: a cold start looks up a few hundred ids and never builds a 45,000-id dict."""

    def __init__(self, ids: Sequence[str], order: Sequence[str]) -> None:
        if len(ids) != len(order):
            raise ValueError(f"{len(ids)} ids but {len(order)} positions in id order")
        self._ids = ids
        self._order = order

    def find(self, concept_id: str) -> int | None:
        """The position of ``concept_id``, or ``None``."""
        ids, order = self._ids, self._order
        low, high = 0, len(order)
        while low < high:
            middle = (low + high) // 2
            if ids[int(order[middle])] < concept_id:
                low = middle + 1
            else:
                high = middle
        if low < len(order) and ids[position := int(order[low])] == concept_id:
            return position
        return None
