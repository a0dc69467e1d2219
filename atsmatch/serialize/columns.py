"""Column files: text columns stored so that a process reads only the items it uses.

A column file holds named columns of strings. Each column is its items' UTF-8 text, one
item a line, followed by the byte offset of every item (little-endian 32-bit); a reader
takes the whole file as one ``bytes`` object and decodes an item only when it is asked for
(:class:`TextColumn`), or a whole column with one ``split`` when it is walked. Nothing is
decompressed, parsed or hashed at load time, which is what makes a cold start cheap.

The file starts with a magic line, the length of a JSON header (8 bytes, little-endian)
and the header: the format version, free ``meta`` data and where each column lies.
Derived package data uses it: ``tools/build_store.py`` writes the built-in taxonomy's
columns and the fuzzy-match key tables from ``taxonomy.txt.gz``, and the lemma and
background tables from their gzip'd JSON. ``meta["source"]`` names the fingerprint
(:func:`gzip_fingerprint`) of what a file was derived from, so :func:`derived_columns`
tells a stale file and its caller computes from the source instead.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

from atsmatch._resources import data_size_and_tail, read_data

__all__ = [
    "MAGIC",
    "VERSION",
    "Rows",
    "TextColumn",
    "data_fingerprint",
    "derived_columns",
    "gzip_fingerprint",
    "read_columns",
    "write_columns",
]

MAGIC = b"atsmatch-columns\n"
VERSION = 1
_SEARCHES_PER_ITEM = 256
"""A column searched by :meth:`TextColumn.searchable` once per this many items is decoded
whole: a bisection decodes ~16 items one at a time, and one split of the column costs
about as much as decoding a sixteenth of its items singly."""
_TYPECODE = next(code for code in "ILH" if array(code).itemsize == 4)


def gzip_fingerprint(tail: bytes, size: int) -> str:
    """A gzip file's fingerprint: its size and its trailer (CRC-32 and length of the data).

    The trailer is the last eight bytes, so a reader checks a derived file against its
    source without reading or hashing the source.
    """
    return f"gzip:{size}:{tail[-8:].hex()}"


class TextColumn(Sequence[str]):
    """The items of one stored column; decoded one at a time until the column is walked."""

    __slots__ = ("_base", "_data", "_items", "_offsets", "_searches")

    def __init__(self, data: bytes, base: int, offsets: array[int]) -> None:
        self._data = data
        self._base = base
        self._offsets = offsets  # item i is data[base + o[i] : base + o[i + 1] - 1]
        self._items: list[str] | None = None
        self._searches = (len(offsets) - 1) // _SEARCHES_PER_ITEM  # left before decoding

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if self._items is not None or isinstance(index, slice):
            return self.items()[index]
        size = len(self._offsets) - 1
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("column index out of range")
        offsets, base = self._offsets, self._base
        return self._data[base + offsets[index] : base + offsets[index + 1] - 1].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self.items())

    def searchable(self) -> Sequence[str]:
        """What one bisection over the whole column should search: the column itself (items
        decoded one at a time) for its first searches, then its items decoded whole, which
        a bisection searches without a Python call per step. So a column searched a few
        times costs little and one searched thousands of times at most about twice the
        cheaper of the two ways."""
        if self._items is None:
            self._searches -= 1
            if self._searches >= 0:
                return self
        return self.items()

    def items(self) -> list[str]:
        """Every item, decoded once (one ``split`` of the column's text) and kept."""
        if self._items is None:
            if len(self._offsets) < 2:
                self._items = []
            else:
                start, end = self._base + self._offsets[0], self._base + self._offsets[-1] - 1
                self._items = self._data[start:end].decode("utf-8").split("\n")
        return self._items


def write_columns(meta: Mapping[str, Any], columns: Mapping[str, Sequence[str]]) -> bytes:
    """The column file for ``columns``; the same input gives the same bytes."""
    body = bytearray()
    places: dict[str, list[int]] = {}
    for name, column in columns.items():
        if any("\n" in item for item in column):
            raise ValueError(f"column {name!r} holds a line break")
        base = len(body)
        offsets = array(_TYPECODE, [0])
        for item in column:
            body += item.encode("utf-8") + b"\n"
            offsets.append(len(body) - base)
        body += b"\0" * (-len(body) % 4)
        places[name] = [len(column), base, len(body)]
        if sys.byteorder == "big":
            offsets.byteswap()
        body += offsets.tobytes()
    header = {"format": "atsmatch-columns", "version": VERSION, "meta": meta, "columns": places}
    text = json.dumps(header, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    head = text.encode("utf-8")
    head += b" " * (-(len(MAGIC) + 8 + len(head)) % 4)  # the body starts 4-byte aligned
    return MAGIC + len(head).to_bytes(8, "little") + head + bytes(body)


def read_columns(raw: bytes, source: str) -> tuple[dict[str, Any], dict[str, TextColumn]]:
    """The ``meta`` data and the columns of a column file (nothing is decoded yet);
    ``ValueError`` naming ``source`` when it is not one."""
    try:
        if not raw.startswith(MAGIC):
            raise ValueError("no column-file magic")
        size = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 8], "little")
        start = len(MAGIC) + 8 + size
        header = json.loads(raw[len(MAGIC) + 8 : start])
        if header.get("version") != VERSION:
            raise ValueError(f"version {header.get('version')!r}, expected {VERSION}")
        columns: dict[str, TextColumn] = {}
        view = memoryview(raw)
        for name, (count, base, place) in header["columns"].items():
            offsets = array(_TYPECODE)
            offsets.frombytes(view[start + place : start + place + 4 * (count + 1)])
            if sys.byteorder == "big":
                offsets.byteswap()
            if len(offsets) != count + 1 or start + base + offsets[-1] > len(raw):
                raise ValueError(f"column {name!r} is cut short")
            columns[name] = TextColumn(raw, start + base, offsets)
        meta = header["meta"]
        if not isinstance(meta, dict):
            raise ValueError("meta is not a mapping")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"{source}: not a readable column file ({exc}); rebuild it") from None
    return meta, columns


def data_fingerprint(package: str, name: str) -> str:
    """The :func:`gzip_fingerprint` of the gzip'd package data ``data/NAME`` of ``package``
    (``OSError`` when it is missing)."""
    size, tail = data_size_and_tail(package, name, 8)
    return gzip_fingerprint(tail, size)


def derived_columns(
    package: str, name: str, source: str
) -> tuple[dict[str, Any], dict[str, TextColumn]] | None:
    """The meta data and columns of the derived package data ``data/NAME`` of ``package``
    when it was made from ``source`` (a fingerprint); ``None`` when it is missing,
    unreadable or stale, and the caller computes the same tables from the source."""
    try:
        meta, columns = read_columns(read_data(package, name), name)
    except (OSError, ValueError):
        return None
    return (meta, columns) if meta.get("source") == source else None


class Rows(Sequence[tuple[str, ...]]):
    """Equal-length columns seen as rows: ``rows[i]`` is the tuple of every column's item i."""

    __slots__ = ("_columns",)

    def __init__(self, columns: Sequence[Sequence[str]]) -> None:
        if len({len(column) for column in columns}) > 1:
            raise ValueError("columns of different lengths")
        self._columns = tuple(columns)

    def __len__(self) -> int:
        return len(self._columns[0]) if self._columns else 0

    @overload
    def __getitem__(self, index: int) -> tuple[str, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if isinstance(index, slice):
            return list(self)[index]
        return tuple([column[index] for column in self._columns])

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return zip(*self._columns, strict=True)

    def decode_all(self) -> None:
        """Decode every stored column whole (one split each) before a pass over all rows."""
        for column in self._columns:
            if isinstance(column, TextColumn):
                column.items()
