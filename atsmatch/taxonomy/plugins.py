"""Plugin taxonomies from the entry-point group ``atsmatch.taxonomies``.

A distribution declares, for example in its pyproject.toml::

    [project.entry-points."atsmatch.taxonomies"]
    nursing = "atsmatch_nursing:taxonomy"

and ``load_taxonomy("plugin:nursing")`` adds it to the built-in taxonomy. The entry point
names a :class:`Taxonomy`, a list of concept records, a mapping ``{"concepts": [...]}``, a
path to a YAML/JSON/CSV file, or a function without arguments returning one of those.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from atsmatch.errors import TaxonomyError, did_you_mean
from atsmatch.taxonomy.formats import read_taxonomy_file
from atsmatch.taxonomy.model import Taxonomy
from atsmatch.taxonomy.records import taxonomy_from_records

__all__ = ["GROUP", "PREFIX", "load_plugin", "plugin_names"]

GROUP = "atsmatch.taxonomies"
PREFIX = "plugin:"


def _entry_points() -> dict[str, Any]:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=GROUP)}


def plugin_names() -> list[str]:
    """The names of the installed taxonomy plugins, sorted."""
    return sorted(_entry_points())


def load_plugin(name: str) -> Taxonomy:
    """The taxonomy of the installed plugin ``name``."""
    source = f"{PREFIX}{name}"
    found = _entry_points()
    if name not in found:
        hint = did_you_mean(name, found)
        installed = ", ".join(sorted(found)) or "none"
        raise TaxonomyError(
            f"{source}: no taxonomy plugin of that name in entry-point group {GROUP!r}"
            f"{hint} (installed: {installed})"
        )
    entry_point = found[name]
    try:
        value = entry_point.load()
        if callable(value) and not isinstance(value, Taxonomy):
            value = value()
    except Exception as exc:
        raise TaxonomyError(
            f"{source}: loading {entry_point.value} failed ({type(exc).__name__}: {exc})"
        ) from None
    return _as_taxonomy(value, source)


def _as_taxonomy(value: Any, source: str) -> Taxonomy:
    if isinstance(value, Taxonomy):
        return value
    if isinstance(value, (str, os.PathLike)):
        return read_taxonomy_file(Path(value))
    if isinstance(value, Mapping):
        records, ambiguous = value.get("concepts"), value.get("ambiguous", ())
        if isinstance(records, list) and isinstance(ambiguous, (list, tuple)):
            return taxonomy_from_records(_numbered(records), source, ambiguous=ambiguous)
    elif isinstance(value, Iterable):
        return taxonomy_from_records(_numbered(list(value)), source)
    raise TaxonomyError(
        f"{source}: the plugin gave {type(value).__name__}; expected a Taxonomy, concept "
        "records, {'concepts': [...]} or a path to a taxonomy file"
    )


def _numbered(records: list[Any]) -> Iterable[tuple[str, Any]]:
    return ((f"concept #{number}", record) for number, record in enumerate(records, 1))
