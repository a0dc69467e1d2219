"""The shipped taxonomy: size, seed ids, lookup index, ambiguity, laziness, search."""

from __future__ import annotations

import gzip
import random

import pytest

from atsmatch.errors import TaxonomyError
from atsmatch.extract.skills.matcher import Matcher
from atsmatch.language.tokens import normalize_form
from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy, load_taxonomy
from atsmatch.taxonomy.model import CATEGORIES
from atsmatch.taxonomy.packed import CONCEPT_COLUMNS, INDEX_COLUMNS, pack, unpack

SEED_IDS = [
    "atsmatch:python",
    "atsmatch:kubernetes",
    "atsmatch:postgresql",
    "atsmatch:sql",
    "atsmatch:excel",
    "atsmatch:go",
    "atsmatch:c",
    "atsmatch:r",
    "atsmatch:snowflake",
    "atsmatch:aws-saa",
]


@pytest.fixture(scope="module")
def builtin() -> Taxonomy:
    return load_taxonomy()


def test_builtin_is_large(builtin: Taxonomy) -> None:
    assert len(builtin) >= 25_000
    assert sum(1 for _ in builtin.forms()) >= 100_000


@pytest.mark.parametrize("concept_id", SEED_IDS)
def test_builtin_keeps_seed_ids(builtin: Taxonomy, concept_id: str) -> None:
    assert concept_id in builtin
    assert builtin[concept_id].id == concept_id


@pytest.mark.parametrize(
    ("concept_id", "source"),
    [
        ("atsmatch:python", "linguist:Python"),
        (
            "atsmatch:python",
            "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
        ),
        ("atsmatch:excel", "onet:43232110"),
        ("atsmatch:aws", "atsmatch:aws"),
    ],
)
def test_builtin_merges_sources_into_one_concept(
    builtin: Taxonomy, concept_id: str, source: str
) -> None:
    assert source in builtin[concept_id].sources


@pytest.mark.parametrize(
    ("key", "concept_id"),
    [
        (("python",), "atsmatch:python"),
        (("amazon", "web", "services"), "atsmatch:aws"),
        (("aws",), "atsmatch:aws"),
        (("ms", "excel"), "atsmatch:excel"),
        (("excel",), "atsmatch:excel"),
        (("k8s",), "atsmatch:kubernetes"),
    ],
)
def test_builtin_index_finds_derived_forms(
    builtin: Taxonomy, key: tuple[str, ...], concept_id: str
) -> None:
    entries = builtin.index().get(key)
    assert entries is not None
    assert concept_id in [cid for cid, _ in entries]


def test_builtin_index_keys_match_normalize_form(builtin: Taxonomy) -> None:
    """Guards drift: rebuild the data (tools/build_taxonomy.py) when normalize_form changes."""
    index = builtin.index()
    rng = random.Random(7)
    sample = rng.sample(builtin.ids(), 400) + SEED_IDS
    for concept_id in sample:
        for form in builtin[concept_id].forms:
            key = normalize_form(form)
            if 0 < len(key) <= builtin.max_key_length():
                entries = index.get(key) or []
                assert concept_id in [cid for cid, _ in entries], (form, key)


def test_builtin_index_entries_have_their_keys(builtin: Taxonomy) -> None:
    for key, entries in list(builtin.index().items())[::997]:
        for _, form in entries:
            assert normalize_form(form) == key


@pytest.mark.parametrize(
    "form", ["go", "excel", "swift", "spring", "r", "c", "chef", "puppet", "word", "teams", "java"]
)
def test_builtin_marks_ordinary_words_ambiguous(builtin: Taxonomy, form: str) -> None:
    assert form in builtin.ambiguous


@pytest.mark.parametrize("form", ["python", "kubernetes", "postgresql", "aws", "html", "docker"])
def test_builtin_leaves_technical_names_unambiguous(builtin: Taxonomy, form: str) -> None:
    assert form not in builtin.ambiguous


@pytest.mark.parametrize("key", [("management",), ("data",), ("design",), ("skills",), ("the",)])
def test_builtin_has_no_generic_single_word_forms(builtin: Taxonomy, key: tuple[str, ...]) -> None:
    assert builtin.index().get(key) is None


def test_builtin_categories_are_known(builtin: Taxonomy) -> None:
    assert {concept.category for concept in builtin} == set(CATEGORIES)


def test_builtin_relations_point_at_concepts(builtin: Taxonomy) -> None:
    python = builtin["atsmatch:python"]
    assert python.broader and all(b in builtin for b in python.broader)
    assert builtin["atsmatch:postgresql"].broader[0] == "atsmatch:sql"


def test_builtin_load_makes_no_concept_objects() -> None:
    taxonomy = _tiny()
    Matcher(taxonomy)
    assert taxonomy._made == {}
    assert taxonomy["t:b"].broader == ("t:a",)
    assert list(taxonomy._made) == [1]


def test_builtin_search_ranks_exact_name_first(builtin: Taxonomy) -> None:
    assert builtin.search("python")[0].id == "atsmatch:python"
    assert builtin.search("Kubernetes", limit=3)[0].id == "atsmatch:kubernetes"
    assert builtin.search("   ") == []


def test_builtin_getitem_suggests_close_id(builtin: Taxonomy) -> None:
    with pytest.raises(KeyError, match="did you mean 'atsmatch:python'"):
        builtin["atsmatch:pyhton"]


def test_builtin_merged_overrides_and_extends(builtin: Taxonomy) -> None:
    extra = Taxonomy(
        [
            Concept("atsmatch:python", "Python", "programming_language", ("Python", "Py")),
            Concept("x:new", "Widgetry", "hard_skill", ("Widgetry", "widget making")),
        ],
        ambiguous=["Py"],
    )
    merged = builtin.merged(extra)
    assert len(merged) == len(builtin) + 1
    assert merged["atsmatch:python"].forms == ("Python", "Py")
    assert "py" in merged.ambiguous
    index = merged.index()
    assert index.get(("widget", "making")) == [("x:new", "widget making")]
    assert [cid for cid, _ in index.get(("python", "3")) or []] == []
    assert builtin["atsmatch:python"].forms != ("Python", "Py")


def _tiny() -> Taxonomy:
    header = {"categories": list(CATEGORIES), "ambiguous": ["alpha"], "max_key_tokens": 2}
    columns = {
        "id": ["t:a", "t:b"],
        "name": ["Alpha", "Beta Gamma"],
        "category": [str(CATEGORIES.index("tool")), str(CATEGORIES.index("knowledge"))],
        "forms": ["Alpha", "Beta Gamma|BG"],
        "sources": ["t:a", "t:b|x:1"],
        "broader": ["", "0"],
        "related": ["1", ""],
        "kind_of": ["1", ""],
        "shows": ["", "0"],
        "keys": ["alpha", "beta gamma", "bg"],
        "entries": ["0.0", "1.0", "1.1"],
    }
    return Taxonomy.from_columns(*unpack(pack(header, columns), "tiny"), "tiny")


def test_builtin_from_columns_reads_rows() -> None:
    taxonomy = _tiny()
    assert taxonomy["t:b"] == Concept(
        "t:b",
        "Beta Gamma",
        "knowledge",
        ("Beta Gamma", "BG"),
        ("t:b", "x:1"),
        ("t:a",),
        (),
        shows=("t:a",),
    )
    assert taxonomy["t:a"].kind_of == ("t:b",)
    assert taxonomy.index().get(("bg",)) == [("t:b", "BG")]
    assert list(taxonomy.forms()) == [("Alpha", "t:a"), ("Beta Gamma", "t:b"), ("BG", "t:b")]
    assert taxonomy.max_key_length() == 2


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"not gzip", "not readable taxonomy data"),
        (gzip.compress(b'{"format": "other"}'), "not atsmatch-taxonomy version"),
        (
            gzip.compress(
                b'{"format": "atsmatch-taxonomy", "version": 4, "concepts": 2, "keys": 0}'
            ),
            "1 lines, expected 19",
        ),
    ],
)
def test_builtin_unpack_rejects_bad_data(payload: bytes, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        unpack(payload, "data")


def test_builtin_pack_is_deterministic() -> None:
    header = {"categories": list(CATEGORIES), "ambiguous": [], "max_key_tokens": 1}
    columns = {name: ["x"] for name in CONCEPT_COLUMNS + INDEX_COLUMNS}
    assert pack(header, columns) == pack(header, columns)
    with pytest.raises(ValueError, match="line break"):
        pack(header, {**columns, "name": ["a\nb"]})


def test_builtin_package_data_loads_lazily() -> None:
    from importlib import resources

    from atsmatch.taxonomy import BUILTIN_DATA

    data = resources.files("atsmatch.taxonomy").joinpath("data").joinpath(BUILTIN_DATA)
    taxonomy = Taxonomy.from_columns(*unpack(data.read_bytes(), "data"), "data")
    Matcher(taxonomy)
    assert sum(1 for _ in taxonomy.index()) > 100_000
    assert taxonomy._made == {}
