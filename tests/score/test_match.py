from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import atsmatch
from atsmatch.taxonomy import load_taxonomy

SKILL_NAMES = sorted({c.name for c in load_taxonomy() if c.id not in {"atsmatch:c", "atsmatch:r"}})


def test_score_example_pair(example_resume, example_job) -> None:
    result = atsmatch.match(example_resume, example_job)
    assert 50 < result.score < 100
    statuses = {t.name: t.status for t in result.terms}
    assert statuses["Kubernetes"] == "matched"
    assert statuses["Snowflake"] == "missing"
    assert statuses["SQL"] == "partial"  # resume has PostgreSQL, a narrower concept


def test_score_job_as_resume_scores_high(example_job) -> None:
    assert atsmatch.match(example_job, example_job).score >= 95


def test_score_unrelated_resume_scores_low(example_job) -> None:
    resume = "Pastry chef. Summary\nBaked bread and cakes for 10 years; managed a bakery."
    assert atsmatch.match(resume, example_job).score < 20


def test_score_json_is_byte_identical(example_resume, example_job) -> None:
    first = atsmatch.render(atsmatch.match(example_resume, example_job), format="json")
    second = atsmatch.render(atsmatch.match(example_resume, example_job), format="json")
    assert first == second
    assert json.loads(first)["score"] == pytest.approx(
        atsmatch.match(example_resume, example_job).score
    )


def test_score_gain_of_missing_term_is_what_adding_it_earns(example_resume, example_job) -> None:
    before = atsmatch.match(example_resume, example_job)
    term = next(t for t in before.missing if t.name == "Snowflake")
    resume_text = example_resume.read_text(encoding="utf-8") + "\nSkills\nSnowflake\n"
    after = atsmatch.match(resume_text, example_job)
    assert after.score - before.score == pytest.approx(term.gain, abs=0.02)


job_terms = st.lists(st.sampled_from(SKILL_NAMES), min_size=1, max_size=8, unique=True)


@settings(max_examples=40, deadline=None)
@given(
    job=job_terms,
    resume=st.lists(st.sampled_from(SKILL_NAMES), max_size=8, unique=True),
    extra=st.sampled_from(SKILL_NAMES),
)
def test_score_adding_a_term_never_lowers_the_score(
    job: list[str], resume: list[str], extra: str
) -> None:
    job_text = "Requirements\n" + "\n".join(f"- {name}" for name in job)
    before = atsmatch.match("Skills\n" + ", ".join(resume), job_text).score
    after = atsmatch.match("Skills\n" + ", ".join([*resume, extra]), job_text).score
    assert after >= before


@settings(max_examples=40, deadline=None)
@given(job=job_terms, data=st.data())
def test_score_term_order_does_not_change_score(job: list[str], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(job))
    resume = "Skills\n" + ", ".join(job[: len(job) // 2])
    first = atsmatch.match(resume, "Requirements\n" + "\n".join(f"- {n}" for n in job))
    second = atsmatch.match(resume, "Requirements\n" + "\n".join(f"- {n}" for n in shuffled))
    assert first.score == second.score
