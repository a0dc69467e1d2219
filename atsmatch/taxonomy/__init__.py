"""The skill taxonomy: concepts, their surface forms, and how to load them.

The built-in taxonomy ships as package data (``atsmatch/taxonomy/data``) and is read with
:mod:`importlib.resources`; nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from atsmatch.errors import SourceNotFoundError, TaxonomyError, did_you_mean
from atsmatch.profile import Category, Concept

__all__ = ["Taxonomy", "load_taxonomy"]

_CATEGORIES: tuple[str, ...] = get_args(Category)


class Taxonomy:
    """A read-only set of concepts with a lookup from surface form to concept ids.

    ``ambiguous`` holds the surface forms (lower-cased) that are also ordinary words and
    count only in a technical context.
    """

    def __init__(self, concepts: Iterable[Concept], *, ambiguous: Iterable[str] = ()) -> None:
        self._concepts: dict[str, Concept] = {}
        for concept in concepts:
            self._concepts[concept.id] = concept
        self.ambiguous = frozenset(form.lower() for form in ambiguous)

    def __len__(self) -> int:
        return len(self._concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or ``None``."""
        return self._concepts.get(concept_id)

    def __getitem__(self, concept_id: str) -> Concept:
        try:
            return self._concepts[concept_id]
        except KeyError:
            hint = did_you_mean(concept_id, self._concepts)
            raise KeyError(f"no concept {concept_id!r} in the taxonomy{hint}") from None

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every ``(surface form, concept id)`` pair, the canonical name included."""
        for concept in self._concepts.values():
            seen = set()
            for form in (concept.name, *concept.forms):
                if form not in seen:
                    seen.add(form)
                    yield form, concept.id

    def search(self, term: str, *, limit: int = 10) -> list[Concept]:
        """Concepts whose name or a form contains ``term`` (case-insensitive), best first."""
        needle = term.lower().strip()
        hits: list[tuple[int, str, Concept]] = []
        for concept in self._concepts.values():
            forms = [f.lower() for f in (concept.name, *concept.forms)]
            if needle in forms:
                rank = 0
            elif any(f.startswith(needle) for f in forms):
                rank = 1
            elif any(needle in f for f in forms):
                rank = 2
            else:
                continue
            hits.append((rank, concept.name.lower(), concept))
        hits.sort(key=lambda hit: (hit[0], len(hit[1]), hit[1]))
        return [concept for _, _, concept in hits[:limit]]

    def merged(self, other: Taxonomy) -> Taxonomy:
        """A new taxonomy with ``other``'s concepts added, replacing same-id concepts."""
        return Taxonomy(
            [*self._concepts.values(), *other], ambiguous=self.ambiguous | other.ambiguous
        )


def concepts_from_records(records: Iterable[Mapping[str, Any]], source: str) -> Taxonomy:
    """Build a taxonomy from JSON-like records (``id``, ``name``, ``category``, ``forms``...)."""
    concepts = []
    ambiguous: list[str] = []
    for number, record in enumerate(records, 1):
        try:
            concept_id, name, category = record["id"], record["name"], record["category"]
        except (KeyError, TypeError):
            raise TaxonomyError(
                f"{source}: concept #{number} needs 'id', 'name' and 'category'"
            ) from None
        if category not in _CATEGORIES:
            hint = did_you_mean(str(category), _CATEGORIES)
            raise TaxonomyError(
                f"{source}: concept {concept_id!r} has unknown category {category!r}{hint}"
            )
        concepts.append(
            Concept(
                id=str(concept_id),
                name=str(name),
                category=category,
                forms=tuple(str(f) for f in record.get("forms", ())),
                sources=tuple(str(s) for s in record.get("sources", (concept_id,))),
                broader=tuple(str(b) for b in record.get("broader", ())),
                related=tuple(str(r) for r in record.get("related", ())),
            )
        )
        ambiguous.extend(str(a) for a in record.get("ambiguous", ()))
    return Taxonomy(concepts, ambiguous=ambiguous)


def _read_json(text: str, source: str) -> Taxonomy:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TaxonomyError(f"{source}: invalid JSON ({exc})") from None
    records = data.get("concepts") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise TaxonomyError(f"{source}: expected a list of concepts or {{'concepts': [...]}}")
    return concepts_from_records(records, source)


@lru_cache(maxsize=1)
def _builtin() -> Taxonomy:
    data = resources.files("atsmatch.taxonomy").joinpath("data").joinpath("curated.json")
    return _read_json(data.read_text(encoding="utf-8"), "built-in taxonomy")


def load_taxonomy(source: str | Path | None = None) -> Taxonomy:
    """The built-in taxonomy, or the built-in one extended by a JSON file at ``source``."""
    base = _builtin()
    if source is None:
        return base
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceNotFoundError(str(path), "taxonomy file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy ({exc})") from None
    return base.merged(_read_json(text, str(path)))
