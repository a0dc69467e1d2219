"""The lookup index of packed rows plus run-time concepts equals one built from scratch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch.language.tokens import normalize_form
from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy
from atsmatch.taxonomy.model import CATEGORIES
from atsmatch.taxonomy.packed import pack, unpack

WORDS = st.sampled_from(["go", "Go", "rust", "data", "C++", "Node.js", "ci/cd", "big", "Data"])
FORMS = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)


def concepts(prefix: str) -> st.SearchStrategy[list[Concept]]:
    concept = st.builds(
        lambda number, forms: Concept(
            f"{prefix}:{number}", forms[0], "tool", tuple(dict.fromkeys(forms))
        ),
        st.integers(0, 6),
        st.lists(FORMS, min_size=1, max_size=4),
    )
    return st.lists(concept, max_size=6, unique_by=lambda c: c.id)


def packed(items: list[Concept]) -> Taxonomy:
    """What tools/build_taxonomy.py would ship for ``items`` (same index layout)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for number, concept in enumerate(items):
        for form_number, form in enumerate(concept.forms):
            key = " ".join(normalize_form(form))
            entries = index.setdefault(key, [])
            if key and all(p != number for p, _ in entries):
                entries.append((number, form_number))
    keys = sorted(k for k in index if k)
    columns = {
        "id": [c.id for c in items],
        "name": [c.name for c in items],
        "category": [str(CATEGORIES.index(c.category)) for c in items],
        "forms": ["|".join(c.forms) for c in items],
        "sources": ["" for _ in items],
        "broader": ["" for _ in items],
        "related": ["" for _ in items],
        "kind_of": ["" for _ in items],
        "shows": ["" for _ in items],
        "keys": keys,
        "entries": [" ".join(f"{p}.{f}" for p, f in index[k]) for k in keys],
    }
    header = {"categories": list(CATEGORIES), "ambiguous": [], "max_key_tokens": 9}
    return Taxonomy.from_columns(*unpack(pack(header, columns), "test"), "test")


def as_dict(taxonomy: Taxonomy) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    return {key: {tuple(pair) for pair in entries} for key, entries in taxonomy.index().items()}


@settings(max_examples=60, deadline=None)
@given(base=concepts("a"), extra=concepts("a"))
def test_lookup_merged_index_equals_rebuilt_index(
    base: list[Concept], extra: list[Concept]
) -> None:
    merged = packed(base).merged(Taxonomy(extra))
    rebuilt = Taxonomy(list(merged))
    assert as_dict(merged) == as_dict(rebuilt)
    assert set(merged.index()) == set(rebuilt.index())
    for key in rebuilt.index():
        assert key in merged.index()
