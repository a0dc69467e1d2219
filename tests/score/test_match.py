from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import atsmatch
from atsmatch.taxonomy import load_taxonomy

_TAXONOMY = load_taxonomy()
# Ambiguous names ("Go", "Ruby") count only near other skills, so their extraction depends on
# the order of the text: the text-level properties use the unambiguous names. The curated
# concepts (a few hundred of the 45,000) keep the generated documents small.
SKILL_NAMES = sorted(
    c.name
    for c in _TAXONOMY
    if c.id.startswith("atsmatch:")
    and not ({c.name.lower(), *(f.lower() for f in c.forms)} & _TAXONOMY.ambiguous)
)


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
    terms_only = atsmatch.MatchConfig(similarity_weight=0)  # the added words move it too
    before = atsmatch.match(example_resume, example_job, config=terms_only)
    term = next(t for t in before.missing if t.name == "Snowflake")
    resume_text = example_resume.read_text(encoding="utf-8") + "\nSkills\nSnowflake\n"
    after = atsmatch.match(resume_text, example_job, config=terms_only)
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
    # the term part: more words can dilute the text similarity (docs/scoring.md)
    job_text = "Requirements\n" + "\n".join(f"- {name}" for name in job)
    terms_only = atsmatch.MatchConfig(similarity_weight=0)
    before = atsmatch.match("Skills\n" + ", ".join(resume), job_text, config=terms_only).score
    after = atsmatch.match(
        "Skills\n" + ", ".join([*resume, extra]), job_text, config=terms_only
    ).score
    assert after >= before


@settings(max_examples=40, deadline=None)
@given(job=job_terms, data=st.data())
def test_score_term_order_does_not_change_score(job: list[str], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(job))
    resume = "Skills\n" + ", ".join(job[: len(job) // 2])
    first = atsmatch.match(resume, "Requirements\n" + "\n".join(f"- {n}" for n in job))
    second = atsmatch.match(resume, "Requirements\n" + "\n".join(f"- {n}" for n in shuffled))
    assert first.score == second.score


@settings(max_examples=30, deadline=None)
@given(job=job_terms, years=st.integers(1, 12))
def test_score_job_text_as_resume_scores_high_property(job: list[str], years: int) -> None:
    job_text = f"Requirements\n- {years}+ years of experience\n" + "\n".join(f"- {n}" for n in job)
    assert atsmatch.match(job_text, job_text).score >= 95


@settings(max_examples=30, deadline=None)
@given(job=st.lists(st.sampled_from(SKILL_NAMES), min_size=3, max_size=8, unique=True))
def test_score_unrelated_resume_scores_low_property(job: list[str]) -> None:
    resume = (
        "Summary\nPastry chef.\nExperience\nBaked bread, croissants and wedding cakes; "
        "ran the morning shift of a neighbourhood bakery.\n"
    )
    assert atsmatch.match(resume, "Requirements\n" + "\n".join(f"- {n}" for n in job)).score < 25


@settings(max_examples=15, deadline=None)
@given(
    resumes=st.lists(st.lists(st.sampled_from(SKILL_NAMES), max_size=6), min_size=1, max_size=3),
    jobs=st.lists(job_terms, min_size=1, max_size=3),
)
def test_score_match_many_equals_match(resumes: list[list[str]], jobs: list[list[str]]) -> None:
    resume_texts = ["Skills\n" + ", ".join(r) for r in resumes]
    job_texts = ["Requirements\n" + "\n".join(f"- {n}" for n in j) for j in jobs]
    matrix = atsmatch.match_many(resume_texts, job_texts)
    for i, resume in enumerate(resume_texts):
        for j, job in enumerate(job_texts):
            assert matrix[i, j] == atsmatch.match(resume, job).score


@pytest.mark.parametrize("ats", ["generic", "literal", "semantic", "prescreen"])
def test_score_json_identical_across_runs_for_every_profile(
    example_resume, example_job, ats: str
) -> None:
    config = atsmatch.MatchConfig(ats=ats)
    first = atsmatch.match(example_resume, example_job, config=config)
    second = atsmatch.match(example_resume, example_job, config=config)
    assert atsmatch.render(first, format="json") == atsmatch.render(second, format="json")


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_score_profile_skill_order_does_not_change_anything(data: st.DataObject) -> None:
    import dataclasses

    job = atsmatch.extract(
        "Requirements\n" + "\n".join(f"- {n}" for n in SKILL_NAMES[:12]), kind="job"
    )
    resume = atsmatch.extract("Skills\n" + ", ".join(SKILL_NAMES[::3]), kind="resume")
    shuffled_job = dataclasses.replace(job, skills=tuple(data.draw(st.permutations(job.skills))))
    shuffled = dataclasses.replace(resume, skills=tuple(data.draw(st.permutations(resume.skills))))
    first = atsmatch.render(atsmatch.match(resume, job), format="json")
    assert atsmatch.render(atsmatch.match(shuffled, shuffled_job), format="json") == first
