"""The skill taxonomy: concepts, their surface forms, and how to load them.

The built-in taxonomy ships as package data (``atsmatch/taxonomy/data/taxonomy.txt.gz``,
built by tools/build_taxonomy.py from ESCO, O*NET, GitHub Linguist and a curated layer, and
``taxonomy.bin``, the same columns made cheap to load by tools/build_store.py); nothing is
downloaded. Users extend or override it with YAML, JSON or CSV files (an ESCO CSV export
too) and with plugins from the entry-point group ``atsmatch.taxonomies`` (see
docs/taxonomy.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from atsmatch._resources import read_data
from atsmatch.errors import TaxonomyError
from atsmatch.serialize.columns import data_fingerprint, derived_columns
from atsmatch.taxonomy.model import Taxonomy

__all__ = ["BUILTIN_DATA", "BUILTIN_STORE", "Taxonomy", "builtin_fingerprint", "load_taxonomy"]

BUILTIN_DATA = "taxonomy.txt.gz"
BUILTIN_STORE = "taxonomy.bin"
"""The built-in data again as a column file (:mod:`atsmatch.serialize.columns`), derived from
``taxonomy.txt.gz`` by tools/build_store.py: read without decompressing or decoding it
whole. When it is missing or was made from other data, the gzip'd text is read instead."""


def builtin_fingerprint() -> str:
    """The fingerprint of the built-in data (``taxonomy.txt.gz``) that derived package data
    must name to be used (see :func:`atsmatch.serialize.columns.gzip_fingerprint`)."""
    try:
        return data_fingerprint(__name__, BUILTIN_DATA)
    except OSError as exc:
        raise TaxonomyError(f"built-in taxonomy ({BUILTIN_DATA}): cannot read it ({exc})") from None


@lru_cache(maxsize=1)
def _builtin() -> Taxonomy:
    fingerprint = builtin_fingerprint()
    derived = derived_columns(__name__, BUILTIN_STORE, fingerprint)
    if derived is not None:
        header: Mapping[str, Any] = derived[0]["header"]
        columns: Mapping[str, Sequence[str]] = derived[1]
        source = f"built-in taxonomy ({BUILTIN_STORE})"
    else:  # missing or stale: the slower, always current source
        from atsmatch.taxonomy.packed import unpack

        source = f"built-in taxonomy ({BUILTIN_DATA})"
        try:
            raw = read_data(__name__, BUILTIN_DATA)
        except OSError as exc:
            raise TaxonomyError(f"{source}: cannot read package data ({exc})") from None
        header, columns = unpack(raw, source)
    return Taxonomy.from_columns(header, columns, source, fingerprint=fingerprint)


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
