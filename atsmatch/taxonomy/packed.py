"""The package-data format of the built-in taxonomy: columns of text lines, gzip'd.

Line 1 is a JSON header (format, version, categories, ambiguous forms, counts). Then come
the concept columns, one line per concept each: ``id``, ``name``, ``category`` (an index
into the header's categories), ``forms`` and ``sources`` (joined by ``|``), ``broader``,
``related``, ``kind_of`` and ``shows`` (space-separated concept positions); then the index
columns, one line per lookup key: ``keys`` (``normalize_form`` tokens joined by spaces)
and ``entries`` (``"concept.form concept.form"`` positions). Splitting one text into
lines is far cheaper than decoding 600,000 JSON strings, which keeps the cold load fast.
tools/build_taxonomy.py writes it with :func:`pack`; :func:`unpack` reads it.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from atsmatch.errors import TaxonomyError

__all__ = ["CONCEPT_COLUMNS", "FORMAT", "INDEX_COLUMNS", "VERSION", "pack", "unpack"]

FORMAT = "atsmatch-taxonomy"
VERSION = 4
CONCEPT_COLUMNS = (
    "id",
    "name",
    "category",
    "forms",
    "sources",
    "broader",
    "related",
    "kind_of",
    "shows",
)
INDEX_COLUMNS = ("keys", "entries")


def pack(header: Mapping[str, Any], columns: Mapping[str, Sequence[str]]) -> bytes:
    """The gzip'd text for ``columns``; same input → same bytes."""
    concepts, keys = len(columns["id"]), len(columns["keys"])
    lines: list[str] = []
    for name in CONCEPT_COLUMNS + INDEX_COLUMNS:
        column = columns[name]
        if len(column) != (concepts if name in CONCEPT_COLUMNS else keys):
            raise ValueError(f"column {name!r} has {len(column)} items")
        if any("\n" in item for item in column):
            raise ValueError(f"column {name!r} holds a line break")
        lines.extend(column)
    head = {**header, "format": FORMAT, "version": VERSION, "concepts": concepts, "keys": keys}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    payload = "\n".join([text, *lines]).encode("utf-8")
    return gzip.compress(payload, compresslevel=9, mtime=0)


def unpack(raw: bytes, source: str) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The header and the columns of packed taxonomy data."""
    try:
        lines = gzip.decompress(raw).decode("utf-8").split("\n")
        header = json.loads(lines[0])
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise TaxonomyError(f"{source}: not readable taxonomy data ({exc})") from None
    if not isinstance(header, dict) or (header.get("format"), header.get("version")) != (
        FORMAT,
        VERSION,
    ):
        raise TaxonomyError(f"{source}: not {FORMAT} version {VERSION}; rebuild it")
    concepts, keys = header.get("concepts"), header.get("keys")
    if not isinstance(concepts, int) or not isinstance(keys, int):
        raise TaxonomyError(f"{source}: header lacks the column lengths")
    expected = 1 + concepts * len(CONCEPT_COLUMNS) + keys * len(INDEX_COLUMNS)
    if len(lines) != expected:
        raise TaxonomyError(f"{source}: {len(lines)} lines, expected {expected}; rebuild it")
    columns: dict[str, list[str]] = {}
    start = 1
    for name in CONCEPT_COLUMNS + INDEX_COLUMNS:
        size = concepts if name in CONCEPT_COLUMNS else keys
        columns[name] = lines[start : start + size]
        start += size
    return header, columns
