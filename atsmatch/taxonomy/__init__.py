"""The skill taxonomy: concepts, their surface forms, and how to load them.

The built-in taxonomy ships as package data (``atsmatch/taxonomy/data/taxonomy.txt.gz``,
built by tools/build_taxonomy.py from ESCO, O*NET, GitHub Linguist and a curated layer) and
is read with :mod:`importlib.resources`; nothing is downloaded. Users extend or override it
with YAML, JSON or CSV files (an ESCO CSV export too) and with plugins from the entry-point
group ``atsmatch.taxonomies`` (see docs/taxonomy.md).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from atsmatch.errors import TaxonomyError
from atsmatch.taxonomy.model import Taxonomy

__all__ = ["BUILTIN_DATA", "Taxonomy", "load_taxonomy"]

BUILTIN_DATA = "taxonomy.txt.gz"


@lru_cache(maxsize=1)
def _builtin() -> Taxonomy:
    from atsmatch.taxonomy.packed import unpack

    source = f"built-in taxonomy ({BUILTIN_DATA})"
    try:
        data = resources.files("atsmatch.taxonomy").joinpath("data").joinpath(BUILTIN_DATA)
        raw = data.read_bytes()
    except OSError as exc:
        raise TaxonomyError(f"{source}: cannot read package data ({exc})") from None
    header, columns = unpack(raw, source)
    return Taxonomy.from_columns(header, columns, source)


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
