"""Concept records (mappings read from a user file or a plugin) → a :class:`Taxonomy`.

A record has ``id``, ``name`` and ``category``, and optionally lists ``forms``, ``sources``,
``broader``, ``related``, ``kind_of`` (classes it is a member of), ``shows`` (skills its use
is evidence of) and ``ambiguous`` (forms of this concept that count only in a
technical context). Anything else is an error, so a misspelt field never goes unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from atsmatch.errors import TaxonomyError, did_you_mean
from atsmatch.profile import Category, Concept
from atsmatch.taxonomy.model import CATEGORIES, Taxonomy

__all__ = ["FIELDS", "LIST_FIELDS", "Located", "taxonomy_from_records"]

LIST_FIELDS = ("forms", "sources", "broader", "related", "kind_of", "shows", "ambiguous")
FIELDS = ("id", "name", "category", *LIST_FIELDS)

Located = tuple[str, Any]
"""A record with where it came from ("line 12", "concept #3")."""


def taxonomy_from_records(
    records: Iterable[Located], source: str, *, ambiguous: Iterable[str] = ()
) -> Taxonomy:
    """Validate each record and build a taxonomy; errors name ``source`` and the record."""
    concepts: list[Concept] = []
    marked = [str(form) for form in ambiguous]
    for where, record in records:
        concept, record_ambiguous = _concept(record, f"{source}: {where}")
        concepts.append(concept)
        marked.extend(record_ambiguous)
    return Taxonomy(concepts, ambiguous=marked)


def _concept(record: Any, where: str) -> tuple[Concept, list[str]]:
    if not isinstance(record, Mapping):
        raise TaxonomyError(f"{where}: expected a mapping with id, name and category")
    for key in record:
        if key not in FIELDS:
            hint = did_you_mean(str(key), FIELDS)
            raise TaxonomyError(f"{where}: unknown field {key!r}{hint}")
    concept_id = _text(record, "id", where)
    name = _text(record, "name", where)
    category = _category(record.get("category"), where)
    lists = {field: _strings(record.get(field, ()), field, where) for field in LIST_FIELDS}
    concept = Concept(
        id=concept_id,
        name=name,
        category=category,
        forms=tuple(dict.fromkeys((name, *lists["forms"]))),
        sources=tuple(lists["sources"]) or (concept_id,),
        broader=tuple(lists["broader"]),
        related=tuple(lists["related"]),
        kind_of=tuple(lists["kind_of"]),
        shows=tuple(lists["shows"]),
    )
    return concept, lists["ambiguous"]


def _text(record: Mapping[str, Any], field: str, where: str) -> str:
    value = record.get(field)
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise TaxonomyError(f"{where}: {field!r} must be a non-empty string, got {value!r}")
    return str(value).strip()


def _category(value: Any, where: str) -> Category:
    if value not in CATEGORIES:
        hint = did_you_mean(str(value), CATEGORIES)
        choices = ", ".join(CATEGORIES)
        raise TaxonomyError(f"{where}: unknown category {value!r}{hint}; expected one of {choices}")
    category: Category = value
    return category


def _strings(value: Any, field: str, where: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise TaxonomyError(f"{where}: {field!r} must be a list of strings, got {value!r}")
    items = []
    for item in value:
        if not isinstance(item, (str, int, float)) or not str(item).strip():
            raise TaxonomyError(f"{where}: {field!r} holds {item!r}, expected a non-empty string")
        items.append(str(item).strip())
    return items
