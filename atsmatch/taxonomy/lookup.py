"""The lookup index of a taxonomy: normalised token tuple → ``(concept id, form)`` pairs.

The built-in part comes straight from the package data, where the build script stored each
key (``normalize_form`` tokens joined by spaces) with its ``"concept.form concept.form"``
positions; nothing is normalised or converted at load time, and pairs are made only for
the keys a document actually hits. Concepts added at run time (user files,
plugins) are normalised here and laid over the built-in part, hiding the built-in concepts
they replace.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

__all__ = ["SEPARATOR", "IndexEntries", "Lookup"]

SEPARATOR = "|"
"""Joins the forms of a built-in concept."""

IndexEntries = Sequence[tuple[str, str]]
"""The ``(concept id, surface form)`` pairs that share one lookup key."""


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
    ) -> None:
        self._built = built
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

    def built_key_texts(self) -> list[str]:
        """The built-in keys that iteration yields (tokens joined by spaces), sorted.

        Without added or hidden concepts this is one linear pass: the keys are stored sorted.
        """
        if not self._overlay and not self._hidden:
            return sorted(self._built)
        added = {" ".join(key) for key in self._overlay}
        hidden = self._hidden
        return sorted(
            text
            for text, raw in self._built.items()
            if text not in added
            and (not hidden or any(int(item.split(".")[0]) not in hidden for item in raw.split()))
        )

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
