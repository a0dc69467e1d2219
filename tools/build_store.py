"""Build the package data a cold start reads instead of computing: derived, never edited.

Column files (atsmatch/serialize/columns.py) derived from ``taxonomy.txt.gz``
(tools/build_taxonomy.py):

- ``atsmatch/taxonomy/data/taxonomy.bin``: its columns, read without decompressing or
  decoding them whole;
- ``atsmatch/extract/skills/data/compact_keys.bin``: the fuzzy fallback's compact groups of
  its keys (``KeyTables.compact_group`` for every first letter), made with that code.

Each names the fingerprint of the ``taxonomy.txt.gz`` it came from; at run time a file made
from other data is ignored (the slower path computes the same result), and
tests/taxonomy/test_store.py fails until it is rebuilt. Run it after every taxonomy rebuild,
and after changing how the groups or the column file are made:

    python tools/build_store.py            # writes both files
    python tools/build_store.py --check    # exit 1 when a shipped file differs

The output is byte-identical for the same input.
"""

from __future__ import annotations

import argparse
import sys
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.extract.skills.keytables import COMPACT_DATA, KeyTables, compact  # noqa: E402
from atsmatch.serialize.columns import (  # noqa: E402
    gzip_fingerprint,
    write_columns,
)
from atsmatch.taxonomy import BUILTIN_DATA, BUILTIN_STORE, Taxonomy  # noqa: E402
from atsmatch.taxonomy.model import FIRST_STARTS, FIRST_WORDS, ID_ORDER  # noqa: E402
from atsmatch.taxonomy.packed import CONCEPT_COLUMNS, INDEX_COLUMNS, unpack  # noqa: E402

TAXONOMY_DATA = ROOT / "atsmatch" / "taxonomy" / "data"
SOURCE = TAXONOMY_DATA / BUILTIN_DATA
STORE = TAXONOMY_DATA / BUILTIN_STORE
COMPACT = ROOT / "atsmatch" / "extract" / "skills" / "data" / COMPACT_DATA
OUTPUTS = (STORE, COMPACT)


def build_all() -> dict[str, bytes]:
    """File name → bytes of every derived file, from the package data of this checkout."""
    return build(SOURCE.read_bytes())


def build(raw: bytes) -> dict[str, bytes]:
    """File name → bytes of the taxonomy's derived files, from ``taxonomy.txt.gz``."""
    fingerprint = gzip_fingerprint(raw[-8:], len(raw))
    header, columns = unpack(raw, BUILTIN_DATA)
    keys = columns["keys"]
    if any(a >= b for a, b in pairwise(keys)):
        raise ValueError(f"{BUILTIN_DATA}: the lookup keys are not sorted and unique")
    taxonomy = Taxonomy.from_columns(header, columns, BUILTIN_DATA)  # checks ids are unique
    firsts, starts = first_word_index(keys)
    stored = {name: columns[name] for name in CONCEPT_COLUMNS + INDEX_COLUMNS}
    store = write_columns(
        {"source": fingerprint, "header": header},
        {**stored, FIRST_WORDS: firsts, FIRST_STARTS: starts, ID_ORDER: id_order(columns["id"])},
    )
    tables = KeyTables(taxonomy.index(), stored=False)
    letters = sorted({compact("".join(k.split(" ")))[:1] for k in keys if k.count(" ") <= 1})
    groups: dict[str, list[str]] = {}
    for letter in letters:
        group = tables.compact_group(letter)
        groups[f"packed {letter}"] = list(group)
        groups[f"keys {letter}"] = [" ".join(key) for key in group.values()]
    fuzzy = write_columns({"source": fingerprint, "letters": letters}, groups)
    return {STORE.name: store, COMPACT.name: fuzzy}


def first_word_index(keys: list[str]) -> tuple[list[str], list[str]]:
    """The distinct first words of sorted ``keys`` and where each one's keys begin (then
    the number of keys): a first word's keys are one run in code point order."""
    firsts: list[str] = []
    starts: list[str] = []
    for position, key in enumerate(keys):
        first = key.partition(" ")[0]
        if not firsts or firsts[-1] != first:
            if firsts and first <= firsts[-1]:
                raise ValueError(f"the keys of {first!r} are not one run")
            firsts.append(first)
            starts.append(str(position))
    return firsts, [*starts, str(len(keys))]


def id_order(ids: list[str]) -> list[str]:
    """The concept positions sorted by id (for bisection by id)."""
    return [str(position) for position in sorted(range(len(ids)), key=ids.__getitem__)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    built = build_all()
    stale = []
    for path in OUTPUTS:
        data = built[path.name]
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    for path in stale:
        print(f"stale: {path.relative_to(ROOT)}; run python tools/build_store.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
