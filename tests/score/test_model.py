from __future__ import annotations

import dataclasses

import pytest

import atsmatch
from atsmatch.config import MatchConfig
from atsmatch.score.model import frequency_factor, group_of, status_of, weight_of
from tests.score.builders import make_profile

JOB = "Requirements\n- Python, Kubernetes and teamwork\nNice to have\n- MySQL\n"


@pytest.mark.parametrize(
    ("count", "factor"), [(0, 1.0), (1, 1.0), (2, 1.5), (3, 2.0), (4, 2.0), (40, 2.0)]
)
def test_model_frequency_factor_is_capped(count: int, factor: float) -> None:
    assert frequency_factor(count, MatchConfig()) == pytest.approx(factor)


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        (("tool", "required"), ("certification", "required")),
        (("certification", "required"), ("soft_skill", "required")),
        (("soft_skill", "required"), ("keyword", "required")),
        (("tool", "required"), ("tool", "preferred")),
        (("tool", "preferred"), ("tool", "mentioned")),
    ],
)
def test_model_weight_order(higher: tuple[str, str], lower: tuple[str, str]) -> None:
    config = MatchConfig()
    assert weight_of(*higher, 1, config) > weight_of(*lower, 1, config)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("credit", "status"), [(1.0, "matched"), (0.75, "partial"), (0.01, "partial"), (0.0, "missing")]
)
def test_model_status(credit: float, status: str) -> None:
    assert status_of(credit, MatchConfig()) == status


@pytest.mark.parametrize(
    ("category", "group"),
    [
        ("tool", "hard_skills"),
        ("soft_skill", "soft_skills"),
        ("certification", "certifications"),
        ("degree", "education"),
        ("experience", "experience"),
        ("title", "title"),
        ("keyword", "keywords"),
    ],
)
def test_model_groups(category: str, group: str) -> None:
    assert group_of(category) == group


def test_model_score_is_weighted_sum_of_credits() -> None:
    job = make_profile(
        "job",
        JOB,
        {
            "t:python": "required",
            "t:kubernetes": "required",
            "t:teamwork": "required",
            "t:mysql": "preferred",
        },
    )
    resume = make_profile("resume", "Skills\nPython, PostgreSQL\n", ["t:python", "t:postgresql"])
    result = atsmatch.match(resume, job)
    total = sum(t.weight for t in result.terms) + result.similarity_weight
    earned = sum(t.weight * t.credit for t in result.terms)
    expected = 100 * (earned + result.similarity_weight * (result.similarity or 0)) / total
    assert result.score == pytest.approx(expected, abs=0.005)
    credits = {t.id: t.credit for t in result.terms}
    assert credits == {"t:python": 1.0, "t:kubernetes": 0.0, "t:teamwork": 0.0, "t:mysql": 0.0}
    assert set(result.subscores) == {"hard_skills", "soft_skills"}
    assert result.subscores["soft_skills"] == 0.0


def test_model_weights_come_from_config() -> None:
    job = make_profile("job", JOB, {"t:python": "required", "t:teamwork": "required"})
    resume = make_profile("resume", "Skills\nteamwork\n", ["t:teamwork"])
    base = atsmatch.match(resume, job, config=MatchConfig(similarity_weight=0)).score
    config = MatchConfig(category_weights={"soft_skill": 3.0}, similarity_weight=0)
    heavier = atsmatch.match(resume, job, config=config).score
    assert heavier > base
    assert heavier == pytest.approx(50.0)


def test_model_frequency_raises_weight() -> None:
    once = make_profile("job", "Requirements\n- Python\n", {"t:python": "required"})
    thrice = make_profile("job", "Requirements\n- Python Python Python\n", {"t:python": "required"})
    resume = make_profile("resume", "Skills\nPython\n", ["t:python"])
    assert atsmatch.match(resume, thrice).terms[0].weight == pytest.approx(
        2 * atsmatch.match(resume, once).terms[0].weight
    )


def test_model_no_terms_scores_zero_and_is_low_confidence() -> None:
    job = make_profile("job", "We sell shoes.\n")
    resume = make_profile("resume", "Skills\nPython\n", ["t:python"])
    result = atsmatch.match(resume, job)
    assert result.score == 0.0 and result.terms == () and result.low_confidence


def test_model_config_replace_keeps_validation() -> None:
    with pytest.raises(atsmatch.ConfigError):
        dataclasses.replace(MatchConfig(), knockout_cap=150.0)
