"""Implied ESCO skills (atsmatch/extract/skills/implied.py): gate, rank, and what stays out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from atsmatch.document import Document
from atsmatch.extract import extract
from atsmatch.extract.skills.implied import (
    MIN_SCORE,
    PER_SENTENCE,
    find_implied,
    implied_in_profile,
    stem,
)
from atsmatch.extract.understand.zones import TERM_ZONES
from atsmatch.taxonomy import Taxonomy, load_taxonomy
from tests.conftest import CliResult

DATA_ANALYSIS = "esco:skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f"  # perform data analysis


@pytest.fixture(scope="module")
def builtin() -> Taxonomy:
    return load_taxonomy()


def implied_ids(text: str, taxonomy: Taxonomy, found: tuple[str, ...] = ()) -> list[str]:
    return [item.concept.id for item in find_implied(Document(text=text), taxonomy, found=found)]


@pytest.mark.parametrize(
    "words",
    [
        ("analyzing", "analysis", "analyse", "analyze", "analyses"),
        ("management", "managing", "manage", "managed"),
        ("evaluation", "evaluating", "evaluate"),
        ("organization", "organise", "organising"),
    ],
)
def test_stem_joins_inflections_and_derivations(words: tuple[str, ...]) -> None:
    assert len({stem(word) for word in words}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("date", "data"),
        ("plant", "planning"),
        ("market", "manage"),
        ("process", "proceed"),
        ("oversee", "over"),
    ],
)
def test_stem_keeps_other_words_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_reworded_skill_is_implied(builtin: Taxonomy) -> None:
    text = "Experience analyzing control room data and reporting findings to operators."
    found = find_implied(Document(text=text), builtin)
    item = next(x for x in found if x.concept.id == DATA_ANALYSIS)
    assert item.score >= MIN_SCORE
    assert set(item.label.split()) == {"analysis", "data"}
    assert (item.start, item.end) == (0, len(text))


def test_words_of_a_label_in_two_sentences_imply_nothing(builtin: Taxonomy) -> None:
    assert DATA_ANALYSIS in implied_ids("You will analyze the data of our plants.", builtin)
    assert DATA_ANALYSIS not in implied_ids("You will analyze markets. Data is kept.", builtin)
    assert DATA_ANALYSIS not in implied_ids("You will analyze markets\nData is kept", builtin)


def test_text_without_skill_words_implies_nothing(builtin: Taxonomy) -> None:
    assert implied_ids("Free lunch, a gym and a friendly office.", builtin) == []
    assert implied_ids("", builtin) == []


def test_found_concepts_are_not_proposed_again(builtin: Taxonomy) -> None:
    text = "You will analyze the data of our plants."
    assert DATA_ANALYSIS not in implied_ids(text, builtin, found=(DATA_ANALYSIS,))


def test_at_most_per_sentence_and_each_concept_once(builtin: Taxonomy) -> None:
    sentence = (
        "You will analyze business data, manage budgets, lead teams, train staff, negotiate"
        " contracts and evaluate suppliers across the supply chain."
    )
    found = find_implied(Document(text=f"{sentence}\n{sentence}"), builtin)
    assert 0 < len(found) <= PER_SENTENCE
    assert len({x.concept.id for x in found}) == len(found)
    assert {x.start for x in found} == {0}  # the first of two equal sentences
    assert [x.score for x in found] == sorted((x.score for x in found), reverse=True)


def test_concepts_missing_from_the_taxonomy_are_skipped() -> None:
    assert implied_ids("You will analyze the data of our plants.", Taxonomy()) == []


def test_implied_skills_are_never_profile_skills(builtin: Taxonomy) -> None:
    profile = extract("You will analyze the data of our plants.", kind="job", taxonomy=builtin)
    assert DATA_ANALYSIS not in {skill.concept.id for skill in profile.skills}
    implied = implied_in_profile(profile, builtin, term_zones=TERM_ZONES)
    assert DATA_ANALYSIS in {item.concept.id for item in implied}


JOB = (
    "About Us\nWe are a logistics company that values teamwork and people development.\n\n"
    "Responsibilities\n- Analyze the operating data of our plants every day.\n\n"
    "Benefits\n- Paid training and development budget for your team.\n"
)


def test_posting_zones_without_terms_are_not_read(builtin: Taxonomy) -> None:
    profile = extract(JOB, kind="job", taxonomy=builtin)
    implied = implied_in_profile(profile, builtin, term_zones=TERM_ZONES)
    assert implied
    responsibilities = JOB.index("- Analyze")
    assert all(responsibilities <= item.start < JOB.index("Benefits") for item in implied)


def test_cli_skills_implied(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    path = tmp_path / "job.txt"
    path.write_text(JOB, encoding="utf-8")
    plain = run_cli("skills", str(path), "--kind", "job")
    assert "implied" not in plain.out
    text = run_cli("skills", str(path), "--kind", "job", "--implied")
    assert "implied ESCO skills (lower confidence, not scored):" in text.out
    assert "perform data analysis" in text.out
    data = json.loads(run_cli("skills", str(path), "--implied", "--format", "json").out)
    item = next(x for x in data["implied"] if x["id"] == DATA_ANALYSIS)
    assert JOB[item["start"] : item["end"]] == item["text"]
    assert item["score"] >= MIN_SCORE and item["sources"]
