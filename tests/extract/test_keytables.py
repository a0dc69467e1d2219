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


def test_keytables_has_lemma_keys_is_whether_lemma_prefixes_exist() -> None:
    from atsmatch.extract.skills.keytables import _inflections
    from atsmatch.language.lemmas import lemma, verb_lemma
    from atsmatch.taxonomy import load_taxonomy

    index = load_taxonomy().index()
    words = sorted(
        set(
            [
                "use",
                "uses",
                "managed",
                "manage",
                "database",
                "databases",
                "build",
                "builds",
                "analysis",
                "analyses",
                "teaching",
                "data",
                "the",
                "skills",
                "nursing",
                "lifts",
                "running",
                "python",
                "excel",
                "children",
                "went",
                "zzzz",
                "led",
                "lead",
                "leads",
            ]
        )
    )
    words += sorted(_inflections())[::400]
    words += sorted({f(w) for w in words for f in (lemma, verb_lemma)})
    quick, full = KeyTables(index), KeyTables(index)
    answers = [(w, quick.has_lemma_keys(w), bool(full.lemma_prefixes(w))) for w in words]
    assert [a for a in answers if a[1] != a[2]] == []
    assert sum(a[1] for a in answers) > 10 and sum(not a[1] for a in answers) > 2


def test_keytables_lemma_tables_match_the_plain_definition() -> None:
    """The inlined lemma-key loop gives what lemma_key over every candidate key gives."""
    from atsmatch.extract.skills.keytables import _inflections, _prefix_set, lemma_key
    from atsmatch.language.lemmas import lemma, verb_lemma
    from atsmatch.taxonomy import load_taxonomy

    tables, fresh = KeyTables(load_taxonomy().index()), KeyTables(load_taxonomy().index())
    words = ["manage", "managed", "use", "database", "analysis", "build", "teach", "lift"]
    words += sorted(_inflections())[::300]
    words = sorted({f(w) for w in words for f in (lemma, verb_lemma, str)})
    forms: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for first in words:
        expected = list(tables.keys_of(first))
        for word in {first, *_inflections().get(first, ())}:
            for key in tables.keys_of(word):
                lkey = lemma_key(key)
                if lkey[0] == first and lkey != key:
                    forms.setdefault(lkey, []).append(key)
                    expected.append(lkey)
        assert tables.lemma_prefixes(first) == _prefix_set(expected), first
    assert forms and all(tables.lemma_forms(k) == v for k, v in forms.items())
    # one-word forms asked first (as a one-token match does) are the same list
    ones = {k: v for k, v in forms.items() if len(k) == 1}
    assert ones and all(fresh.lemma_forms(k) == v for k, v in ones.items())
    assert all(fresh.lemma_forms((w,)) == [] for w in words if (w,) not in forms)


def test_keytables_one_word_lemma_match_needs_no_earlier_lemma_scan() -> None:
    """A one-word lemma match ("lock" for the form "locks") is found when nothing has read
    the lemma keys of its word before (a fresh matcher, a one-word document)."""
    taxonomy = Taxonomy([Concept("t:lock", "Locking mechanisms", "tool", ("locks",))])
    found = find_skills(parse_text("Skills\nlock\n"), matcher_for(taxonomy))
    assert [(s.concept.id, [m.kind for m in s.mentions]) for s in found] == [("t:lock", ["lemma"])]
