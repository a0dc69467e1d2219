from __future__ import annotations

import pytest

from atsmatch import extract
from atsmatch.extract.skills.fuzzy import compact
from atsmatch.taxonomy import Taxonomy


def _found(text: str, taxonomy: Taxonomy) -> dict[str, list[tuple[str, str]]]:
    profile = extract(text, kind="resume", taxonomy=taxonomy)
    return {s.id: [(m.text, m.kind) for m in s.mentions] for s in profile.skills}


@pytest.mark.parametrize(
    "text",
    [
        "Built Machine Learning (ML) models. Later, ML pipelines.",
        "Built ML (Machine Learning) models. Later, ML pipelines.",
    ],
)
def test_acronyms_definitions_apply_to_later_uses(text: str, taxonomy: Taxonomy) -> None:
    mentions = _found(text, taxonomy)["atsmatch:machine-learning"]
    assert [m for m in mentions if m[1] == "acronym"] == [("ML", "acronym"), ("ML", "acronym")]


def test_acronyms_document_definition_overrides_taxonomy(taxonomy: Taxonomy) -> None:
    found = _found("Led Project Management (PM) work; PM reviews weekly.", taxonomy)
    assert "t:pm" not in found
    mentions = found["atsmatch:project-management"]
    assert [m for m in mentions if m[1] == "acronym"] == [("PM", "acronym")] * 2


@pytest.mark.parametrize(
    ("text", "acronym"),
    [("Machine Learning (XYZ) models", "XYZ"), ("Machine Learning (Mlx) models", "Mlx")],
)
def test_acronyms_need_fitting_capitals(text: str, acronym: str, taxonomy: Taxonomy) -> None:
    found = _found(text, taxonomy)
    assert all(t != acronym for mentions in found.values() for t, _ in mentions)


@pytest.mark.parametrize(
    ("text", "concept", "surface"),
    [
        ("Worked with Kubernetis clusters.", "atsmatch:kubernetes", "Kubernetis"),
        ("Stored data in Postgress daily.", "atsmatch:postgresql", "Postgress"),
        ("Used Terrafrom modules.", "atsmatch:terraform", "Terrafrom"),
        ("Built UIs in React.JS and NodeJs.", "atsmatch:nodejs", "NodeJs"),
        ("Tuned PostGre SQL indexes.", "atsmatch:postgresql", "PostGre SQL"),
    ],
)
def test_fuzzy_finds_near_misses(text: str, concept: str, surface: str, taxonomy: Taxonomy) -> None:
    mentions = _found(text, taxonomy)[concept]
    assert (surface, "fuzzy") in mentions or (surface, "alias") in mentions


@pytest.mark.parametrize(
    "text",
    [
        "A pythonic style.",
        "Jenkinson joined the team.",
        "Reactive systems at Dockyard.",
        "kubernetis in lower case is not technical-looking.",
    ],
)
def test_fuzzy_leaves_words_and_names_alone(text: str, taxonomy: Taxonomy) -> None:
    profile = extract(text, kind="resume", taxonomy=taxonomy)
    assert all(m.kind != "fuzzy" for s in profile.skills for m in s.mentions)


@pytest.mark.parametrize(("text", "key"), [("React.js", "reactjs"), ("Postgre SQL", "postgresql")])
def test_fuzzy_compact_keys(text: str, key: str) -> None:
    assert compact(text) == key
