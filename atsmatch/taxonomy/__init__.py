"""The skill taxonomy: concepts, their surface forms, and how to load them.

The built-in taxonomy ships as package data (``atsmatch/taxonomy/data/taxonomy.json.gz``,
built by tools/build_taxonomy.py from ESCO, O*NET, GitHub Linguist and a curated layer) and
is read with :mod:`importlib.resources`; nothing is downloaded. Users extend or override it
with YAML, JSON or CSV files (an ESCO CSV export too) and with plugins from the entry-point
group ``atsmatch.taxonomies`` (see docs/taxonomy.md).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from atsmatch.errors import TaxonomyError
from atsmatch.taxonomy.model import Taxonomy

__all__ = ["BUILTIN_DATA", "Taxonomy", "load_taxonomy"]

BUILTIN_DATA = "taxonomy.json.gz"
_FORMAT, _VERSION = "atsmatch-taxonomy", 2


@lru_cache(maxsize=1)
def _builtin() -> Taxonomy:
    source = f"built-in taxonomy ({BUILTIN_DATA})"
    try:
        raw = (
            resources.files("atsmatch.taxonomy")
            .joinpath("data")
            .joinpath(BUILTIN_DATA)
            .read_bytes()
        )
        data = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as exc:
        raise TaxonomyError(f"{source}: cannot read package data ({exc})") from None
    if not isinstance(data, dict) or (data.get("format"), data.get("version")) != (
        _FORMAT,
        _VERSION,
    ):
        raise TaxonomyError(f"{source}: not {_FORMAT} version {_VERSION}; rebuild it")
    return Taxonomy.from_columns(data, source)


def load_taxonomy(source: str | Path | None = None, *, builtin: bool = True) -> Taxonomy:
    """The built-in taxonomy, extended or overridden by ``source``.

    ``source`` is a YAML, JSON or CSV file (or an ESCO CSV export), or ``"plugin:NAME"`` for
    an installed plugin taxonomy. Concepts with an existing id replace it; new ids extend
    the taxonomy. With ``builtin=False`` only ``source`` is loaded.
    """
    base = _builtin() if builtin else Taxonomy()
    if source is None:
        return base
    from atsmatch.taxonomy.plugins import PREFIX, load_plugin

    if isinstance(source, str) and source.startswith(PREFIX):
        extra = load_plugin(source[len(PREFIX) :])
    else:
        from atsmatch.taxonomy.formats import read_taxonomy_file

        extra = read_taxonomy_file(Path(source))
    return base.merged(extra) if builtin else extra
