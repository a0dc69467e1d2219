"""Concept vs literal coverage, and the ATS profiles built on them."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.config import MatchConfig, load_config
from tests.score.builders import make_profile

JOB_TEXT = "Requirements\n- PostgreSQL\n- Kubernetes\n"
JOB_SKILLS = {"t:postgresql": "required", "t:kubernetes": "required"}


def _match(resume_text: str, skills: list[str], ats: str = "generic"):
    job = make_profile("job", JOB_TEXT, JOB_SKILLS)
    resume = make_profile("resume", resume_text, skills)
    return atsmatch.match(resume, job, config=MatchConfig(ats=ats))


def test_coverage_synonym_counts_for_concept_not_literal() -> None:
    result = _match("Skills\nPostgres, K8s\n", ["t:postgresql", "t:kubernetes"])
    assert result.coverage is not None
    assert result.coverage.concept == 100.0 and result.coverage.concept_terms == 2
    assert result.coverage.literal == 0.0 and result.coverage.literal_terms == 0
    wording = [a for a in result.advice if a.kind == "wording"]
    assert any("'PostgreSQL'" in a.message and "'Postgres'" in a.message for a in wording)


def test_coverage_literal_is_case_insensitive_and_word_bounded() -> None:
    result = _match("Skills\npostgresql, kubernetesish\n", ["t:postgresql"])
    literal = {t.id: t.literal for t in result.terms}
    assert literal == {"t:postgresql": True, "t:kubernetes": False}


@pytest.mark.parametrize(
    ("ats", "score"), [("generic", 100.0), ("semantic", 100.0), ("literal", 50.0)]
)
def test_coverage_literal_profile_credits_only_job_wording(ats: str, score: float) -> None:
    result = _match("Skills\nPostgreSQL, K8s\n", ["t:postgresql", "t:kubernetes"], ats)
    assert result.score == score and result.ats == ats


def test_coverage_semantic_profile_gives_related_concepts_more() -> None:
    job = make_profile("job", "Requirements\n- SQL\n", {"t:sql": "required"})
    resume = make_profile("resume", "Skills\nPostgreSQL\n", ["t:postgresql"])
    generic = atsmatch.match(resume, job).score
    semantic = atsmatch.match(resume, job, config=MatchConfig(ats="semantic")).score
    assert semantic > generic > 0


def test_coverage_unknown_ats_suggests_nearest() -> None:
    with pytest.raises(atsmatch.ConfigError, match="did you mean 'literal'"):
        MatchConfig(ats="literl")


def test_coverage_ats_from_toml(tmp_path) -> None:
    (tmp_path / ".atsmatch.toml").write_text('ats = "literal"\n', encoding="utf-8")
    assert load_config(start=tmp_path).ats == "literal"


def test_coverage_offsets_survive_case_folding_that_changes_length() -> None:
    # "İ".lower() is two characters: searching a lower-cased copy would shift every offset.
    job = make_profile(
        "job", "Requirements\n- data pipelines\n", keywords=[("data pipelines", "required")]
    )
    resume = make_profile("resume", "Summary\nİİİ engineer. Built Data Pipelines daily.\n")
    (term,) = atsmatch.match(resume, job).terms
    assert term.literal and term.status == "matched"
    text = resume.document.text
    assert [text[m.start : m.end] for m in term.resume_mentions] == ["Data Pipelines"]


def test_coverage_literal_profile_advises_the_job_wording() -> None:
    result = _match("Skills\nPostgres, Kubernetes\n", ["t:postgresql", "t:kubernetes"], "literal")
    (term,) = [t for t in result.terms if t.id == "t:postgresql"]
    assert term.status == "missing" and term.resume_mentions[0].text == "Postgres"
    (advice,) = [a for a in result.advice if a.term_id == "t:postgresql"]
    assert advice.message.startswith("the job says 'PostgreSQL' (required), your resume says")
    assert advice.gain == pytest.approx(50.0)
