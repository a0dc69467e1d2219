"""Column files, and the derived package data a cold start reads (tools/build_store.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

import atsmatch.taxonomy as taxonomy_package
from atsmatch._resources import read_data
from atsmatch.extract.skills.keytables import KeyTables, stored_compact_groups
from atsmatch.serialize.columns import (
    Rows,
    TextColumn,
    derived_columns,
    gzip_fingerprint,
    read_columns,
    write_columns,
)
from atsmatch.taxonomy import BUILTIN_DATA, BUILTIN_STORE, builtin_fingerprint, load_taxonomy
from atsmatch.taxonomy.lookup import IdIndex, SortedKeys
from atsmatch.taxonomy.packed import unpack
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import build_store


def _columns(**columns: list[str]) -> dict[str, TextColumn]:
    return read_columns(write_columns({"k": 1}, columns), "test")[1]


def test_store_columns_read_back_item_by_item_and_whole() -> None:
    items = ["alpha", "", "β-version", "C++ / C#", "last"]
    column = _columns(a=items, empty=[])["a"]
    assert len(column) == 5
    assert [column[i] for i in range(5)] == items
    assert column[-1] == "last" and column[-5] == "alpha"
    assert column[1:3] == ["", "β-version"]
    assert list(column) == items and column.items() == items
    assert column[2] == "β-version"  # after the whole column was decoded too
    for bad in (5, -6):
        with pytest.raises(IndexError):
            column[bad]
    assert list(_columns(empty=[])["empty"]) == []


def test_store_column_searched_often_is_decoded_whole_once() -> None:
    items = [f"item {n:04}" for n in range(1024)]  # decoded whole at search 1024 // 256 + 1
    column = _columns(a=items)["a"]
    for _ in range(4):
        assert column.searchable() is column  # searched item by item
    assert column[5] == items[5]  # single reads do not count
    whole = column.searchable()
    assert isinstance(whole, list) and whole == items and whole is column.items()
    assert column.searchable() is whole and [column[n] for n in range(1024)] == items
    assert _columns(a=[])["a"].searchable() == []


def test_store_write_is_deterministic_and_rejects_line_breaks() -> None:
    assert write_columns({"a": 1}, {"x": ["1", "2"]}) == write_columns({"a": 1}, {"x": ["1", "2"]})
    with pytest.raises(ValueError, match="line break"):
        write_columns({}, {"x": ["a\nb"]})


@pytest.mark.parametrize(
    "raw",
    [b"", b"not a column file", write_columns({}, {"x": ["a", "b"]})[:-6]],
    ids=["empty", "other", "cut"],
)
def test_store_bad_files_raise_taxonomy_error(raw: bytes) -> None:
    with pytest.raises(ValueError, match="rebuild it"):
        read_columns(raw, "bad.bin")


def test_store_rows_zip_columns() -> None:
    rows = Rows([["a", "b"], ["1", "2"]])
    assert len(rows) == 2 and rows[1] == ("b", "2") and list(rows) == [("a", "1"), ("b", "2")]
    with pytest.raises(ValueError):
        Rows([["a"], []])


def test_store_gzip_fingerprint_reads_the_trailer() -> None:
    raw = read_data("atsmatch.taxonomy", BUILTIN_DATA)
    assert builtin_fingerprint() == gzip_fingerprint(raw[-8:], len(raw))
    assert gzip_fingerprint(b"\0" * 8, 10) != gzip_fingerprint(b"\1" + b"\0" * 7, 10)


def test_store_shipped_files_are_current() -> None:
    """Fails after a rebuild of the data they derive from (or a change of how they are
    made) until `python tools/build_store.py` is run."""
    built = build_store.build_all()
    for path in build_store.OUTPUTS:
        assert built[path.name] == path.read_bytes(), f"{path.name} is stale"
    meta, _ = read_columns(built[BUILTIN_STORE], BUILTIN_STORE)
    assert meta["source"] == builtin_fingerprint()


@pytest.fixture
def from_gzip(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The built-in taxonomy loaded as if the derived files were stale."""
    monkeypatch.setattr(taxonomy_package, "builtin_fingerprint", lambda: "gzip:0:stale")
    taxonomy_package._builtin.cache_clear()
    yield
    taxonomy_package._builtin.cache_clear()


def test_store_stale_files_are_ignored(from_gzip: None) -> None:
    stale = load_taxonomy()
    assert isinstance(stale._ids, list)  # read from taxonomy.txt.gz
    assert stored_compact_groups("gzip:0:stale") is None
    assert KeyTables(stale.index())._fingerprint == "gzip:0:stale"
    assert derived_columns("atsmatch.taxonomy", BUILTIN_STORE, "gzip:0:stale") is None
    assert derived_columns("atsmatch.language", "no-such-file.bin", "x") is None


def test_store_and_gzip_give_the_same_taxonomy() -> None:
    header, columns = unpack(read_data("atsmatch.taxonomy", BUILTIN_DATA), BUILTIN_DATA)
    stored = load_taxonomy()
    assert isinstance(stored._ids, TextColumn)
    assert len(stored) == len(columns["id"]) and stored.ambiguous == {
        form.lower() for form in header["ambiguous"]
    }
    for position in range(0, len(columns["id"]), 997):
        concept_id = columns["id"][position]
        assert stored[concept_id].forms == tuple(columns["forms"][position].split("|"))
    index = stored.index()
    for text in columns["keys"][::1999]:
        assert index.get(tuple(text.split(" ")))
    assert index.built_key_texts() == columns["keys"]


def test_store_compact_groups_equal_computed_ones() -> None:
    index = load_taxonomy().index()
    stored, computed = KeyTables(index), KeyTables(index, stored=False)
    assert stored._fingerprint == builtin_fingerprint()
    meta, _ = read_columns(read_data("atsmatch.extract.skills", "compact_keys.bin"), "compact")
    for letter in [*meta["letters"], "é", "~"]:
        assert list(stored.compact_group(letter).items()) == list(
            computed.compact_group(letter).items()
        ), letter


def test_store_first_word_index_finds_what_bisection_finds() -> None:
    keys = sorted(["net", "net framework", "net+", "net-a", "network", "network admin", "a b"])
    keys += ["zz"]
    entries = [str(n) for n in range(len(keys))]
    firsts, starts = build_store.first_word_index(keys)
    stored = _columns(keys=keys, entries=entries, firsts=firsts, starts=starts)
    indexed = SortedKeys(
        stored["keys"], stored["entries"], firsts=stored["firsts"], starts=stored["starts"]
    )
    plain = SortedKeys(keys, entries)
    for word in ["net", "net+", "network", "a", "ne", "zz", "z", "", "~"]:
        assert indexed.starting(word) == plain.starting(word), word
    for text in [*keys, "net frame", "a", "network admins", ""]:
        assert indexed.get(text) == plain.get(text), text
    assert plain.starting("net") == ["net", "net framework"]
    with pytest.raises(ValueError):
        SortedKeys(keys, entries, firsts=firsts, starts=starts[:-1])
    with pytest.raises(ValueError, match="sorted"):
        SortedKeys(["b", "a"], ["0", "1"])


def test_store_id_index_finds_each_id_and_only_those() -> None:
    ids = ["t:b", "t:a", "x:1", "t:c"]
    index = IdIndex(ids, build_store.id_order(ids))
    assert [index.find(cid) for cid in ids] == [0, 1, 2, 3]
    assert [index.find(cid) for cid in ("t:", "t:bb", "z", "")] == [None] * 4


def test_store_builtin_lookups_by_id_agree_with_the_dict() -> None:
    taxonomy_package._builtin.cache_clear()  # a fresh load: no id dict made by other tests
    taxonomy = load_taxonomy()
    ids = list(taxonomy.ids())[::450]
    taxonomy._found = 0
    by_index = [(cid in taxonomy, taxonomy[cid].id) for cid in ids]
    assert taxonomy._found > 0 and taxonomy._position_map is None  # answered by bisection
    assert "no:such-id" not in taxonomy
    assert by_index == [(True, cid) for cid in ids]
