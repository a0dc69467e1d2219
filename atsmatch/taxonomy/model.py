"""The :class:`Taxonomy` type: concepts, their surface forms and a lookup index.

A taxonomy keeps the built-in concepts as compact rows and makes a :class:`Concept` only
when one is asked for, so loading 45,000 concepts costs no 45,000 objects. The lookup index
(normalised token tuple → concept ids) uses the keys the build script precomputed with
``atsmatch.language.tokens.normalize_form``; only concepts added at run time (user files,
plugins) are normalised here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, get_args

from atsmatch.errors import TaxonomyError, did_you_mean
from atsmatch.profile import Category, Concept
from atsmatch.serialize.columns import Rows, TextColumn
from atsmatch.taxonomy.lookup import SEPARATOR, IdIndex, IndexEntries, Lookup, SortedKeys

__all__ = ["CATEGORIES", "IndexEntries", "Taxonomy"]  # IndexEntries: from .lookup

CATEGORIES: tuple[str, ...] = get_args(Category)


# A built-in row: name, category (index into the header's categories), forms (the name
# first) and sources joined by SEPARATOR, broader, related, kind_of and shows as
# space-separated positions in the id list. Split when the concept is first asked for.
_Row = tuple[str, str, str, str, str, str, str, str]
_Entry = Concept | _Row
FIRST_WORDS, FIRST_STARTS, ID_ORDER = "first words", "first starts", "id order"
"""Optional columns: the keys indexed by first word (see :class:`SortedKeys`), the
positions in id order (see :class:`IdIndex`)."""
_BISECTED = 256  # id lookups answered by IdIndex before the id → position dict is made
_ROW_COLUMNS = ("name", "category", "forms", "sources", "broader", "related", "kind_of", "shows")


class Taxonomy:
    """A read-only set of concepts with a lookup from surface form to concept ids.

    ``ambiguous`` holds the surface forms (lower-cased) that are also ordinary words and
    count only in a technical context.
    """

    def __init__(self, concepts: Iterable[Concept] = (), *, ambiguous: Iterable[str] = ()) -> None:
        # The built-in rows stay in the (lazily decoded) package-data columns: ``_ids`` and
        # ``_entries`` become lists only when a concept is added or replaced (``_put``).
        self._ids: Sequence[str] = []
        self._position_map: dict[str, int] | None = {}
        self._id_index: IdIndex | None = None
        self._found = 0  # lookups answered by _id_index
        self._entries: Sequence[_Entry] = []
        self._user: set[int] = set()  # positions holding a Concept given at run time
        self._made: dict[int, Concept] = {}
        self._categories: list[Category] = [_category(c, "atsmatch") for c in CATEGORIES]
        for concept in concepts:
            self._put(concept.id, concept)
        self.ambiguous = frozenset(form.lower() for form in ambiguous)
        self._built: tuple[Mapping[str, str], Sequence[str], int, str | None] | None = None
        self._index: Lookup | None = None
        self._max_key_length = 1
        self._search_text: list[str] | None = None

    @classmethod
    def from_columns(
        cls,
        header: Mapping[str, Any],
        columns: Mapping[str, Sequence[str]],
        source: str,
        *,
        fingerprint: str | None = None,
    ) -> Taxonomy:
        """A taxonomy from the packed package data (see :mod:`atsmatch.taxonomy.packed`).

        The columns may be lists or lazily decoded :class:`~atsmatch.serialize.columns.TextColumn`
        objects; ``fingerprint`` names the built-in data they are (see
        :attr:`Lookup.builtin_fingerprint`).
        """
        try:
            taxonomy = cls(ambiguous=header["ambiguous"])
            taxonomy._categories = [_category(c, source) for c in header["categories"]]
            taxonomy._ids = columns["id"]
            taxonomy._position_map = None  # made on first use, from the ids
            order = columns.get(ID_ORDER)
            taxonomy._id_index = None if order is None else IdIndex(columns["id"], order)
            taxonomy._entries = Rows([columns[name] for name in _ROW_COLUMNS])  # type: ignore[assignment]
            built = SortedKeys(
                columns["keys"],
                columns["entries"],
                firsts=columns.get(FIRST_WORDS),
                starts=columns.get(FIRST_STARTS),
            )
            taxonomy._built = (built, columns["forms"], int(header["max_key_tokens"]), fingerprint)
        except (KeyError, TypeError, ValueError) as exc:
            raise TaxonomyError(f"{source}: malformed taxonomy data ({exc!r})") from None
        # a column file was checked when tools/build_store.py wrote it; lists are checked here
        stored = isinstance(columns["id"], TextColumn)
        if not stored and len(taxonomy._positions) != len(taxonomy._ids):
            raise TaxonomyError(f"{source}: malformed taxonomy data (duplicate ids)")
        return taxonomy

    @property
    def _positions(self) -> dict[str, int]:
        """Concept id → position, made on first use (a cold start may never need it)."""
        if self._position_map is None:
            ids = self._ids
            self._position_map = dict(zip(ids, range(len(ids)), strict=True))
        return self._position_map

    def _put(self, concept_id: str, concept: Concept) -> None:
        ids, entries = self._ids, self._entries
        if not isinstance(ids, list):
            ids = self._ids = list(ids)
        if not isinstance(entries, list):
            entries = self._entries = list(entries)
        position = self._positions.get(concept_id)
        if position is None:
            position = self._positions[concept_id] = len(ids)
            ids.append(concept_id)
            entries.append(concept)
        else:
            entries[position] = concept
            self._made.pop(position, None)
        self._user.add(position)

    def _concept(self, position: int) -> Concept:
        entry = self._entries[position]
        if isinstance(entry, Concept):
            return entry
        made = self._made.get(position)
        if made is not None:
            return made
        name, category, forms, sources, broader, related, kind_of, shows = entry
        ids = self._ids
        concept = Concept(
            id=ids[position],
            name=name,
            category=self._categories[int(category)],
            forms=tuple(forms.split(SEPARATOR)) if forms else (),
            sources=tuple(sources.split(SEPARATOR)) if sources else (),
            broader=tuple(ids[int(b)] for b in broader.split()),
            related=tuple(ids[int(r)] for r in related.split()),
            kind_of=tuple(ids[int(k)] for k in kind_of.split()),
            shows=tuple(ids[int(s)] for s in shows.split()),
        )
        self._made[position] = concept
        return concept

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[Concept]:
        self._decode_all()
        return (self._concept(position) for position in range(len(self._ids)))

    def _decode_all(self) -> None:
        """Before a pass over every concept: decode the stored columns whole (one split
        each), not item by item."""
        if isinstance(self._entries, Rows):
            self._entries.decode_all()

    def _position_of(self, concept_id: str) -> int | None:
        if self._position_map is None and self._id_index is not None and self._found < _BISECTED:
            self._found += 1
            return self._id_index.find(concept_id)
        return self._positions.get(concept_id)

    def __contains__(self, concept_id: object) -> bool:
        return isinstance(concept_id, str) and self._position_of(concept_id) is not None

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or ``None``."""
        position = self._position_of(concept_id)
        return None if position is None else self._concept(position)

    def __getitem__(self, concept_id: str) -> Concept:
        position = self._position_of(concept_id)
        if position is None:
            hint = did_you_mean(concept_id, self._positions)
            raise KeyError(f"no concept {concept_id!r} in the taxonomy{hint}")
        return self._concept(position)

    def ids(self) -> Sequence[str]:
        """Every concept id, in taxonomy order."""
        return tuple(self._ids)

    def _forms_of(self, position: int) -> list[str]:
        """The canonical name and the forms of one concept, without duplicates."""
        entry = self._entries[position]
        if isinstance(entry, Concept):
            name, forms = entry.name, list(entry.forms)
        else:
            name, forms = entry[0], entry[2].split(SEPARATOR) if entry[2] else []
        if forms and forms[0] == name and len(set(forms)) == len(forms):
            return list(forms)
        return list(dict.fromkeys((name, *forms)))

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every ``(surface form, concept id)`` pair, the canonical name included."""
        self._decode_all()
        for position, concept_id in enumerate(self._ids):
            for form in self._forms_of(position):
                yield form, concept_id

    def index(self) -> Mapping[tuple[str, ...], IndexEntries]:
        """Lookup key (normalised tokens of a form) → ``(concept id, form)`` pairs.

        Each concept appears at most once per key, with the first of its forms that has the
        key. The built-in keys were precomputed by the build script with
        ``atsmatch.language.tokens.normalize_form``; concepts added at run time are
        normalised here, on first use.
        """
        if self._index is None:
            built, forms, longest, fingerprint = self._built or ({}, [], 1, None)
            user = sorted(self._user)
            overlay, overlay_longest = self._overlay(user)
            hidden = frozenset(p for p in user if p < len(forms))
            self._index = Lookup(
                built, self._ids, forms, hidden=hidden, overlay=overlay, fingerprint=fingerprint
            )
            self._max_key_length = max(longest, overlay_longest)
        return self._index

    def _overlay(self, positions: list[int]) -> tuple[dict[tuple[str, ...], IndexEntries], int]:
        if not positions:
            return {}, 1
        from atsmatch.language.tokens import normalize_form

        overlay: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        longest = 1
        for position in positions:
            concept_id = self._ids[position]
            for form in self._forms_of(position):
                key = normalize_form(form)
                entries = overlay.setdefault(key, []) if key else []
                if key and all(known != concept_id for known, _ in entries):
                    entries.append((concept_id, form))
                    longest = max(longest, len(key))
        return dict(overlay), longest

    def max_key_length(self) -> int:
        """The number of tokens of the longest lookup key."""
        self.index()
        return self._max_key_length

    def search(self, term: str, *, limit: int = 10) -> list[Concept]:
        """Concepts whose name or a form contains ``term`` (case-insensitive), best first.

        Ranks: the name equals the term, a form equals it, a form starts with it, a word of
        a form starts with it, a form contains it; then shorter names first.
        """
        needle = " ".join(term.lower().split())
        if not needle:
            return []
        if self._search_text is None:
            self._decode_all()
            self._search_text = [
                "\n".join(form.lower() for form in self._forms_of(position))
                for position in range(len(self._ids))
            ]
        hits: list[tuple[int, int, str, int]] = []
        for position, text in enumerate(self._search_text):
            if needle in text:
                forms = text.split("\n")
                hits.append((_rank(needle, forms), len(forms[0]), forms[0], position))
        hits.sort()
        return [self._concept(position) for *_, position in hits[:limit]]

    def merged(self, other: Taxonomy) -> Taxonomy:
        """A new taxonomy with ``other``'s concepts added, replacing same-id concepts."""
        result = Taxonomy(ambiguous=self.ambiguous | other.ambiguous)
        result._ids = list(self._ids)
        result._position_map = dict(self._positions)
        result._entries = list(self._entries)
        result._user = set(self._user)
        result._made = dict(self._made)
        result._built = self._built
        result._categories = self._categories
        for concept in other:
            result._put(concept.id, concept)
        return result


def _rank(needle: str, forms: list[str]) -> int:
    if forms[0] == needle:
        return 0
    if needle in forms:
        return 1
    if any(form.startswith(needle) for form in forms):
        return 2
    if any(f" {needle}" in form for form in forms):
        return 3
    return 4


def _category(value: object, source: str) -> Category:
    if value not in CATEGORIES:
        raise TaxonomyError(f"{source}: unknown category {value!r}")
    category: Category = value  # type: ignore[assignment]
    return category
