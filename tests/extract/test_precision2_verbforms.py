"""Precision rules: participles read as verbs, loose fuzzy matches, past forms the table lacks."""

from __future__ import annotations

import pytest

from atsmatch import extract
from atsmatch.extract.skills.verbforms import is_past_form
from atsmatch.language.lemmas import verb_lemma
from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy

CONCEPTS = [
    Concept("t:trust", "build trust", "hard_skill", ("build trust",)),
    Concept("t:drive", "drive at high speeds", "hard_skill", ("drive fast",)),
    Concept("t:verify", "verify information", "hard_skill", ("verify information",)),
    Concept("t:hydr", "maintain hydraulic systems", "hard_skill", ("maintain hydraulic systems",)),
    Concept("t:stone", "wash stone", "hard_skill", ("washing stone", "clean stone")),
    Concept("t:trouble", "troubleshoot", "hard_skill", ("troubleshoot",)),
    Concept("t:refactor", "refactor code", "hard_skill", ("refactor code",)),
    Concept("t:write", "write reports", "hard_skill", ("write reports",)),
    Concept("t:k8s", "Kubernetes", "tool", ("Kubernetes",)),
    Concept("t:python", "Python", "programming_language", ("Python",)),
]


@pytest.fixture(scope="module")
def small() -> Taxonomy:
    return Taxonomy(CONCEPTS)


def _names(text: str, taxonomy: Taxonomy) -> set[str]:
    return {s.name for s in extract(text, kind="resume", taxonomy=taxonomy).skills}


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("- Build trust with clients.", "build trust", True),
        ("- Build trusted relationships with clients.", "build trust", False),
        ("- Drove fast delivery of releases.", "drive at high speeds", True),
        ("A data driven fast delivery culture.", "drive at high speeds", False),
        ("- Verified information in the ledger.", "verify information", True),
        ("Audited accounts and verified information daily.", "verify information", True),
        ("Worked with verified information only.", "verify information", False),
        ("- Maintained hydraulic systems on cranes.", "maintain hydraulic systems", True),
        ("Technician who maintained hydraulic systems.", "maintain hydraulic systems", True),
        ("Ran the cleaned stone inventory.", "wash stone", False),
        ("- Cleaned stone facades.", "wash stone", True),
        ("Successfully refactored code in Python.", "refactor code", True),
        ("- Wrote reports for the board.", "write reports", True),
        ("Have written reports for the board.", "write reports", True),
        ("The written reports were late.", "write reports", False),
    ],
)
def test_verbforms_participle_rule(text: str, name: str, found: bool, small: Taxonomy) -> None:
    assert (name in _names(text, small)) is found


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Jane Doe\nSeattle, Washington\nSkills: Python", "wash stone", False),
        ("Skills: Python, Kubernetis", "Kubernetes", True),
    ],
)
def test_verbforms_fuzzy_needs_a_name(text: str, name: str, found: bool, small: Taxonomy) -> None:
    assert (name in _names(text, small)) is found


@pytest.mark.parametrize(
    ("word", "base"),
    [("troubleshot", "troubleshoot"), ("refactored", "refactor"), ("onboarded", "onboard")],
)
def test_lemmas_past_forms_the_table_lacks(word: str, base: str) -> None:
    assert verb_lemma(word) == base


def test_lemmas_troubleshot_finds_troubleshoot(small: Taxonomy) -> None:
    assert "troubleshoot" in _names("- Troubleshot network outages.", small)


@pytest.mark.parametrize(
    ("word", "past"),
    [
        ("verified", True),
        ("driven", True),
        ("built", True),
        ("children", False),
        ("women", False),
        ("systems", False),
        ("managing", False),
        ("python", False),
    ],
)
def test_verbforms_is_past_form(word: str, past: bool) -> None:
    assert is_past_form(word) is past
