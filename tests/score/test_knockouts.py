from __future__ import annotations

import dataclasses

import pytest

import atsmatch
from atsmatch.config import MatchConfig
from atsmatch.profile import Degree
from tests.score.builders import make_profile

BACHELOR = Degree(2, "Bachelor's degree")
JOB = "Requirements\n- Python\n- CKA certification\n"


def _kinds(resume, job, config=None) -> list[str]:
    return [k.kind for k in atsmatch.match(resume, job, config=config).knockouts]


@pytest.mark.parametrize(
    ("asked", "held", "years", "knocked"),
    [
        (BACHELOR, None, None, True),
        (BACHELOR, Degree(2, "BSc"), None, False),
        (Degree(3, "MSc"), Degree(2, "BSc"), None, True),
        (dataclasses.replace(BACHELOR, or_equivalent=True), None, 5.0, False),
        (dataclasses.replace(BACHELOR, or_equivalent=True), None, 1.0, True),
    ],
)
def test_knockouts_degree(asked, held, years, knocked) -> None:
    job = make_profile("job", JOB, degree=asked)
    resume = make_profile("resume", "Experience\nWork\n", degree=held, years=years)
    assert ("degree" in _kinds(resume, job)) is knocked


@pytest.mark.parametrize(
    ("resume_text", "skills", "knocked"),
    [
        ("Certifications\nCKA, 2022\n", ["t:cka"], False),
        ("Certifications\nnone\n", [], True),
    ],
)
def test_knockouts_required_certification(resume_text, skills, knocked) -> None:
    job = make_profile("job", JOB, {"t:cka": "required"})
    resume = make_profile("resume", resume_text, skills)
    assert ("certification" in _kinds(resume, job)) is knocked


def test_knockouts_preferred_certification_is_not_a_knockout() -> None:
    job = make_profile("job", "Nice to have\n- CKA\n", {"t:cka": "preferred"})
    assert _kinds(make_profile("resume", "Skills\nPython\n"), job) == []


@pytest.mark.parametrize(("years", "knocked"), [(3.0, True), (5.0, False), (None, False)])
def test_knockouts_minimum_years_only_when_known(years, knocked) -> None:
    job = make_profile("job", JOB, years=5.0)
    resume = make_profile("resume", "Experience\nWork\n", years=years)
    assert ("years" in _kinds(resume, job)) is knocked


def test_knockouts_do_not_change_the_generic_score_but_prescreen_caps_it() -> None:
    job = make_profile("job", JOB, {"t:python": "required"}, degree=BACHELOR)
    resume = make_profile("resume", "Skills\nPython\n", ["t:python"])
    generic = atsmatch.match(resume, job)
    assert generic.filtered_out and generic.score == generic.raw_score > 0
    prescreen = atsmatch.match(resume, job, config=MatchConfig(ats="prescreen"))
    assert prescreen.score == 0.0 and prescreen.raw_score == generic.score
    assert prescreen.advice[0].kind == "knockout"
    assert "would be filtered out" in prescreen.suggestions[0]


@pytest.mark.parametrize(("importance", "knocked"), [("required", True), ("preferred", False)])
def test_knockouts_follow_requirement_importance(importance: str, knocked: bool) -> None:
    from atsmatch import profile as profile_module

    if not hasattr(profile_module, "Requirement"):
        pytest.skip("Profile.requirements comes with the understanding step")
    from atsmatch.profile import Mention, Requirement  # type: ignore[attr-defined]

    text = "Requirements\n- A bachelor's degree.\n- 5+ years of experience.\n"
    base = make_profile("job", text, degree=BACHELOR, years=5.0)
    requirements = (
        Requirement(
            "degree",
            "bachelor's degree",
            importance,
            Mention(17, 34, "bachelor's degree"),
            degree=BACHELOR,
        ),
        Requirement("years", "5+ years", importance, Mention(38, 46, "5+ years"), years=5.0),
    )
    job = dataclasses.replace(base, requirements=requirements)
    resume = make_profile("resume", "Experience\nWork\n", years=2.0)
    result = atsmatch.match(resume, job)
    assert bool(result.knockouts) is knocked
    terms = {t.id: t for t in result.terms}
    assert terms["education:degree"].importance == importance
    assert terms["experience:years"].job_mentions[0].text == "5+ years"
