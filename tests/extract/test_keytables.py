"""Key tables: keys by first word from the sorted built-in keys, then the added ones."""

from __future__ import annotations

import pytest

from atsmatch.extract import find_skills, matcher_for
from atsmatch.extract.skills.keytables import KeyTables
from atsmatch.parse import parse_text
from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy
from atsmatch.taxonomy.lookup import Lookup

_BUILT = ["ne", "net", "net framework", "net+", "net-a", "network", "network admin"]


def _lookup(
    *, hidden: frozenset[int] = frozenset(), overlay: dict[tuple[str, ...], list[tuple[str, str]]]
) -> Lookup:
    built = {text: f"{n}.0" for n, text in enumerate(_BUILT)}
    return Lookup(
        built, [f"c{n}" for n in range(len(_BUILT))], _BUILT, hidden=hidden, overlay=overlay
    )


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("net", [("net",), ("net", "framework")]),
        ("ne", [("ne",)]),
        ("network", [("network",), ("network", "admin")]),
        ("net+", [("net+",)]),
        ("n", []),
        ("zzz", []),
    ],
)
def test_keytables_keys_of_a_first_word(word: str, keys: list[tuple[str, ...]]) -> None:
    assert list(KeyTables(_lookup(overlay={})).keys_of(word)) == keys


def test_keytables_added_keys_come_after_built_ones_and_hidden_ones_go() -> None:
    overlay = {("net", "core"): [("x", "NET Core")], ("net",): [("y", "Net")]}
    tables = KeyTables(_lookup(hidden=frozenset({2}), overlay=overlay))
    # "net framework" is hidden (concept 2), "net" is replaced by the added concept
    assert tables.keys_of("net") == (("net", "core"), ("net",))
    assert KeyTables([("b",), ("a", "b"), ("a",)]).keys_of("a") == (("a", "b"), ("a",))


def test_keytables_prefixes_and_compact_groups() -> None:
    tables = KeyTables(_lookup(overlay={}))
    assert tables.prefixes("network") == {("network",), ("network", "admin")}
    assert tables.compact_key("networkadmin") == ("network", "admin")
    assert tables.compact_key("neta") == ("net-a",)


def test_keytables_user_concepts_match_like_built_ones() -> None:
    taxonomy = Taxonomy([Concept("t:sb", "Spring Boot", "tool"), Concept("t:s", "Spring", "tool")])
    skills = find_skills(parse_text("Skills\nSpring Boot, Spring\n"), matcher_for(taxonomy))
    assert [(s.concept.id, len(s.mentions)) for s in skills] == [("t:sb", 1), ("t:s", 1)]
