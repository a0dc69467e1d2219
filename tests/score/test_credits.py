from __future__ import annotations

import pytest

import atsmatch
from atsmatch.config import MatchConfig
from atsmatch.profile import Degree
from tests.score.builders import make_profile


def _term(resume_text: str, resume_skills: list[str], job_text: str, job_skills: dict, **kw):
    job = make_profile("job", job_text, job_skills, **kw)
    resume = make_profile("resume", resume_text, resume_skills)
    return atsmatch.match(resume, job)


@pytest.mark.parametrize(
    ("job_skill", "resume_text", "resume_skill", "status", "via", "credit"),
    [
        ("t:postgresql", "Skills\nPostgreSQL\n", "t:postgresql", "matched", "exact", 1.0),
        ("t:postgresql", "Skills\nPostgres\n", "t:postgresql", "matched", "alias", 1.0),
        ("t:sql", "Skills\nPostgreSQL\n", "t:postgresql", "partial", "narrower", 0.75),
        ("t:postgresql", "Skills\nSQL\n", "t:sql", "partial", "broader", 0.5),
        ("t:kubernetes", "Skills\nDocker\n", "t:docker", "partial", "related", 0.5),
        ("t:docker", "Skills\nKubernetes\n", "t:kubernetes", "partial", "related", 0.5),
        ("t:mysql", "Skills\nPostgreSQL\n", "t:postgresql", "missing", None, 0.0),
    ],
)
def test_credits_by_match_kind(job_skill, resume_text, resume_skill, status, via, credit) -> None:
    job_text = (
        "Requirements\n- "
        + {
            "t:postgresql": "PostgreSQL",
            "t:sql": "SQL",
            "t:kubernetes": "Kubernetes",
            "t:docker": "Docker",
            "t:mysql": "MySQL",
        }[job_skill]
    )
    result = _term(resume_text, [resume_skill], job_text, {job_skill: "required"})
    (term,) = result.terms
    assert (term.status, term.via, term.credit) == (status, via, pytest.approx(credit))


def test_credits_fuzzy_mention_is_partial() -> None:
    from dataclasses import replace

    job = make_profile("job", "Requirements\n- Kubernetes\n", {"t:kubernetes": "required"})
    resume = make_profile("resume", "Skills\nKubernets\n", [])
    skill = make_profile("resume", "Skills\nKubernetes\n", ["t:kubernetes"]).skills[0]
    fuzzy = replace(skill, mentions=(replace(skill.mentions[0], kind="fuzzy"),))
    resume = replace(resume, skills=(fuzzy,))
    (term,) = atsmatch.match(resume, job).terms
    assert term.status == "partial" and term.credit == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("resume_text", "status", "via"),
    [
        ("Experience\nBuilt data pipelines for finance teams.\n", "matched", "exact"),
        ("Experience\nBuilt a data pipeline for finance teams.\n", "matched", "lemma"),
        ("Experience\nBuilt DATA PIPELINES.\n", "matched", "exact"),
        ("Experience\nBuilt datapipelines.\n", "missing", None),
    ],
)
def test_credits_keyword_word_bounded_and_plural_insensitive(resume_text, status, via) -> None:
    job = make_profile(
        "job",
        "Requirements\n- data pipelines at scale\n",
        keywords=[("data pipelines", "required")],
    )
    result = atsmatch.match(make_profile("resume", resume_text), job)
    (term,) = result.terms
    assert term.category == "keyword" and term.id == "keyword:data pipelines"
    assert (term.status, term.via) == (status, via)


BACHELOR = Degree(2, "Bachelor's degree")


@pytest.mark.parametrize(
    ("asked", "held", "years", "credit"),
    [
        (BACHELOR, Degree(3, "MSc"), None, 1.0),
        (BACHELOR, Degree(2, "BSc"), None, 1.0),
        (Degree(3, "Master's"), Degree(2, "BSc"), None, 0.5),
        (BACHELOR, None, None, 0.0),
        (Degree(2, "Bachelor's", or_equivalent=True), None, 6.0, 0.75),
        (Degree(2, "Bachelor's", or_equivalent=True), None, 2.0, 0.0),
    ],
)
def test_credits_degree(asked, held, years, credit) -> None:
    job = make_profile("job", "Requirements\n- a degree\n", degree=asked)
    resume = make_profile("resume", "Experience\nWork.\n", degree=held, years=years)
    (term,) = atsmatch.match(resume, job).terms
    assert term.id == "education:degree" and term.credit == pytest.approx(credit)


@pytest.mark.parametrize(("have", "credit"), [(None, 0.0), (2.0, 0.4), (5.0, 1.0), (9.0, 1.0)])
def test_credits_years_share(have, credit) -> None:
    job = make_profile("job", "Requirements\n- experience\n", years=5.0)
    resume = make_profile("resume", "Experience\nWork.\n", years=have)
    (term,) = atsmatch.match(resume, job).terms
    assert term.id == "experience:years" and term.credit == pytest.approx(credit)


def test_credits_years_claimed_in_text_count_when_profile_has_none() -> None:
    job = make_profile("job", "Requirements\n- experience\n", years=5.0)
    resume = make_profile("resume", "Summary\nEngineer with 6+ years of experience.\n")
    assert atsmatch.match(resume, job).terms[0].credit == 1.0


@pytest.mark.parametrize(
    ("resume_text", "resume_title", "credit"),
    [
        ("Experience\nSenior Data Engineer, Acme\n", None, 1.0),
        ("Experience\nData Engineer at Acme\n", "Data Engineer", 0.8),
        ("Experience\nBackend Engineer at Acme\n", "Backend Engineer", 0.4),
        ("Experience\nPastry chef\n", "Pastry Chef", 0.0),
    ],
)
def test_credits_title(resume_text, resume_title, credit) -> None:
    job = make_profile(
        "job", "Senior Data Engineer\nRequirements\n- x\n", title="Senior Data Engineer"
    )
    resume = make_profile("resume", resume_text, title=resume_title)
    (term,) = atsmatch.match(resume, job).terms
    assert term.id == "title:job" and term.credit == pytest.approx(credit)


def test_credits_config_changes_partial_credit() -> None:
    job = make_profile("job", "Requirements\n- SQL\n", {"t:sql": "required"})
    resume = make_profile("resume", "Skills\nPostgreSQL\n", ["t:postgresql"])
    config = MatchConfig(credits={"narrower": 0.25}, similarity_weight=0)
    assert atsmatch.match(resume, job, config=config).score == pytest.approx(25.0)
