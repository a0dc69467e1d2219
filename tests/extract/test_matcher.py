from __future__ import annotations

import pytest

from atsmatch import Document, extract
from atsmatch.extract import matcher_for
from atsmatch.language.lemmas import lemma, verb_lemma
from atsmatch.language.tokens import tokenize
from atsmatch.taxonomy import Taxonomy


def _found(text: str, taxonomy: Taxonomy) -> dict[str, list[tuple[str, str]]]:
    profile = extract(Document(text=text), kind="resume", taxonomy=taxonomy)
    return {s.id: [(m.text, m.kind) for m in s.mentions] for s in profile.skills}


@pytest.mark.parametrize(
    ("word", "noun", "verb"),
    [
        ("data", "data", "data"),
        ("led", "lead", "lead"),
        ("developed", "develop", "develop"),
        ("managing", "managing", "manage"),
        ("windows", "windows", "windows"),
        ("pandas", "pandas", "pandas"),
        ("databases", "database", "database"),
    ],
)
def test_matcher_lemmas_are_guarded(word: str, noun: str, verb: str) -> None:
    assert (lemma(word), verb_lemma(word)) == (noun, verb)


@pytest.mark.parametrize(
    "text", ["Managed databases daily.", "Managing database servers.", "manage databases"]
)
def test_matcher_lemma_keys_match_inflections(text: str, taxonomy: Taxonomy) -> None:
    found = _found(text, taxonomy)
    assert "t:db" in found
    kinds = {kind for _, kind in found["t:db"]}
    assert kinds <= {"lemma", "exact"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Senior software engineer.", "t:sweng"),
        ("Cleaned the window.", "t:windows"),
        ("Hard work pays.", "t:works"),
    ],
)
def test_matcher_lemma_needs_inflected_text(text: str, absent: str, taxonomy: Taxonomy) -> None:
    assert absent not in _found(text, taxonomy)


def test_matcher_longest_match_and_alias(taxonomy: Taxonomy) -> None:
    found = _found("Deployed on Amazon Web Services and k8s; used Postgres.", taxonomy)
    assert found["atsmatch:aws"] == [("Amazon Web Services", "exact")]
    assert found["atsmatch:kubernetes"] == [("k8s", "alias")]
    assert found["atsmatch:postgresql"] == [("Postgres", "alias")]


@pytest.mark.parametrize(
    ("text", "concept", "kind"),
    [
        ("Deployed to AWS.", "atsmatch:aws", "acronym"),
        ("Know NLP well.", "atsmatch:nlp", "acronym"),
        ("Know Python well.", "atsmatch:python", "exact"),
        ("Experience with python.", "atsmatch:python", "exact"),
        ("Used ReactJS daily.", "atsmatch:react", "alias"),
    ],
)
def test_matcher_mention_kinds(text: str, concept: str, kind: str, taxonomy: Taxonomy) -> None:
    assert _found(text, taxonomy)[concept][0][1] == kind


def test_matcher_never_crosses_a_line_break(taxonomy: Taxonomy) -> None:
    assert "atsmatch:machine-learning" not in _found("I like machine\nlearning", taxonomy)


def test_matcher_mentions_carry_sections_and_offsets(taxonomy: Taxonomy) -> None:
    text = "Skills\nPython\n\nExperience\nWrote Python daily."
    skill = extract(text, kind="resume", taxonomy=taxonomy).skill("atsmatch:python")
    assert skill is not None
    assert [m.section for m in skill.mentions] == ["skills", "experience"]
    assert all(text[m.start : m.end] == m.text for m in skill.mentions)


def test_matcher_exact_beats_an_overlapping_lemma_match(taxonomy: Taxonomy) -> None:
    found = _found("Built Machine Learning models.", taxonomy)
    assert "atsmatch:machine-learning" in found
    assert "t:build-machines" not in found


def test_matcher_lemma_match_wins_where_nothing_overlaps(taxonomy: Taxonomy) -> None:
    assert _found("Built machines for factories.", taxonomy)["t:build-machines"] == [
        ("Built machines", "lemma")
    ]


@pytest.mark.parametrize("text", [".NET", ".NET .NET", "C# .NET\n.NET"])
def test_matcher_lines_of_symbol_led_tokens(text: str, taxonomy: Taxonomy) -> None:
    assert "t:dotnet" in _found(text, taxonomy)


def _spans(text: str, taxonomy: Taxonomy) -> list[str]:
    tokens = tokenize(text)
    hits = matcher_for(taxonomy).scan(tokens)
    return sorted({text[tokens[h.first].start : tokens[h.last].end] for h in hits})


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # both noun phrases (or the same kind): the leftmost still wins
        ("Machine Learning engineers", "Machine Learning", None),
        ("Built Machine Learning", "Machine Learning", "Built Machine"),
        ("Project management skills", "Project management", "management skills"),
        ("Verbal communication skills", "Verbal communication", "communication skills"),
        ("Version control systems", "Version control", "control systems"),
        # a verb-led match loses to the overlapping noun phrase of the same length
        ("Manage accounts payable", "accounts payable", "Manage accounts"),
        ("Manage accounts receivable", "accounts receivable", "Manage accounts"),
        ("Managed accounts receivable daily", "accounts receivable", "Managed accounts"),
        ("Manage quality assurance", "quality assurance", "Manage quality"),
    ],
)
def test_matcher_settles_same_length_overlaps(
    text: str, kept: str, dropped: str | None, taxonomy: Taxonomy
) -> None:
    spans = _spans(text, taxonomy)
    assert kept in spans
    if dropped is not None:
        assert dropped not in spans
