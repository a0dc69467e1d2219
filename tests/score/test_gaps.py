from __future__ import annotations

import dataclasses

import pytest

import atsmatch
from atsmatch.document import Diagnostic
from atsmatch.profile import Degree
from tests.score.builders import make_profile

JOB_TEXT = (
    "Data Engineer\nRequirements\n- Python and SQL, PostgreSQL\n- Kubernetes\n- teamwork\n"
    "- data pipelines\nNice to have\n- CKA\n"
)
JOB_SKILLS = {
    "t:python": "required",
    "t:sql": "required",
    "t:postgresql": "required",
    "t:kubernetes": "required",
    "t:teamwork": "required",
    "t:cka": "preferred",
}
ALL_SKILLS = sorted(JOB_SKILLS)


def _job():
    return make_profile(
        "job",
        JOB_TEXT,
        JOB_SKILLS,
        keywords=[("data pipelines", "required")],
        degree=Degree(2, "Bachelor's degree"),
        years=4.0,
        title="Data Engineer",
    )


BASE = "Summary\nEngineer.\nSkills\nPython\nExperience\nBuilt services with Postgres.\n"


@pytest.mark.parametrize(
    ("term_id", "addition"),
    [
        ("t:kubernetes", "Ran Kubernetes clusters.\n"),
        ("t:teamwork", "Known for teamwork.\n"),
        ("t:cka", "Holds the CKA.\n"),
        ("t:sql", "Wrote SQL daily.\n"),
        ("keyword:data pipelines", "Built data pipelines.\n"),
        ("title:job", "Data Engineer at Acme.\n"),
    ],
)
def test_gaps_gain_equals_the_real_score_change(term_id: str, addition: str) -> None:
    terms_only = atsmatch.MatchConfig(similarity_weight=0)  # gains are the terms' part
    before = atsmatch.match(make_profile("resume", BASE, ALL_SKILLS), _job(), config=terms_only)
    term = next(t for t in before.terms if t.id == term_id)
    assert term.status != "matched" and term.gain > 0
    after = atsmatch.match(
        make_profile("resume", BASE + addition, ALL_SKILLS), _job(), config=terms_only
    )
    assert next(t for t in after.terms if t.id == term_id).status == "matched"
    assert after.score - before.score == pytest.approx(term.gain, abs=0.011)


def test_gaps_missing_ranked_by_gain() -> None:
    result = atsmatch.match(make_profile("resume", BASE, ALL_SKILLS), _job())
    gains = [a.gain for a in result.advice if a.kind in ("missing", "partial")]
    assert gains == sorted(gains, reverse=True) and gains
    first = next(a for a in result.advice if a.kind == "missing")
    assert first.message.startswith("adding ") and f"+{first.gain:.1f} points" in first.message


def test_gaps_skills_only_flag() -> None:
    result = atsmatch.match(make_profile("resume", BASE, ALL_SKILLS), _job())
    flags = {t.id: t.skills_only for t in result.terms if t.status != "missing"}
    assert flags["t:python"] is True  # only under Skills
    assert flags["t:postgresql"] is False  # used in experience
    assert any(a.kind == "skills-only" and a.term_id == "t:python" for a in result.advice)


def test_gaps_wording_advice_for_synonym() -> None:
    result = atsmatch.match(make_profile("resume", BASE, ALL_SKILLS), _job())
    (advice,) = [a for a in result.advice if a.kind == "wording"]
    assert advice.term_id == "t:postgresql"
    assert "'PostgreSQL'" in advice.message and "'Postgres'" in advice.message


def test_gaps_keyword_stuffing_warning() -> None:
    stuffed = BASE + "Kubernetes " * 12 + "\n"
    result = atsmatch.match(make_profile("resume", stuffed, ALL_SKILLS), _job())
    (term,) = [t for t in result.terms if t.id == "t:kubernetes"]
    assert term.resume_count == 12 and term.job_count == 1
    assert any(a.kind == "stuffing" and a.term_id == "t:kubernetes" for a in result.advice)
    normal = atsmatch.match(make_profile("resume", BASE + "Kubernetes\n", ALL_SKILLS), _job())
    assert not any(a.kind == "stuffing" for a in normal.advice)


def test_gaps_hidden_text_diagnostic_becomes_advice() -> None:
    resume = make_profile("resume", BASE, ALL_SKILLS)
    hidden = Diagnostic("hidden-text", "error", "white text on page 1", page=1)
    doc = dataclasses.replace(resume.document, diagnostics=(hidden,))
    result = atsmatch.match(dataclasses.replace(resume, document=doc), _job())
    assert result.diagnostics == (hidden,)
    assert any(a.kind == "hidden-text" for a in result.advice)


@pytest.mark.parametrize(
    ("resume_text", "job_text", "low"),
    [
        (BASE, JOB_TEXT, True),  # resume too short
        (BASE * 12, JOB_TEXT, False),
        (BASE * 12, "Requirements\n- Python\n", True),  # too few job terms
    ],
)
def test_gaps_low_confidence(resume_text: str, job_text: str, low: bool) -> None:
    job = make_profile("job", job_text, JOB_SKILLS)
    result = atsmatch.match(make_profile("resume", resume_text, ALL_SKILLS), job)
    assert result.low_confidence is low
    assert bool(result.confidence_notes) is low


def test_gaps_term_locations_and_counts() -> None:
    result = atsmatch.match(make_profile("resume", BASE + "Python again.\n", ALL_SKILLS), _job())
    (term,) = [t for t in result.terms if t.id == "t:python"]
    assert term.job_count == 1 and term.resume_count == 2
    assert [m.section for m in term.resume_mentions] == ["skills", "experience"]
    assert [m.section for m in term.job_mentions] == ["requirements"]


@pytest.mark.parametrize(("months", "advised"), [(18, True), (60, False), (None, False)])
def test_gaps_skill_years_advice_leaves_score_alone(months, advised: bool) -> None:
    job = make_profile("job", "Requirements\n- 3+ years of Python\n", {"t:python": "required"})
    job = dataclasses.replace(job, skills=(dataclasses.replace(job.skills[0], years=3.0),))
    resume = make_profile("resume", BASE, ["t:python"])
    resume = dataclasses.replace(
        resume, skills=(dataclasses.replace(resume.skills[0], months=months),)
    )
    result = atsmatch.match(resume, job, config=atsmatch.MatchConfig(similarity_weight=0))
    assert result.score == 100.0
    found = [a for a in result.advice if a.kind == "skill-years"]
    assert bool(found) is advised
    if advised:
        assert "3+ years of Python" in found[0].message and "about 1.5" in found[0].message


def test_gaps_unreadable_file_is_low_confidence() -> None:
    resume = make_profile("resume", BASE * 12, ALL_SKILLS)
    scanned = Diagnostic("no-text-layer", "error", "page 2 has no text layer", page=2)
    doc = dataclasses.replace(resume.document, diagnostics=(scanned,))
    result = atsmatch.match(dataclasses.replace(resume, document=doc), _job())
    assert result.low_confidence
    assert result.confidence_notes == ("the file is not fully readable: page 2 has no text layer",)


def test_gaps_gain_with_similarity_is_the_terms_share() -> None:
    """With the text similarity on, a gain is the term's points in the bigger total: the
    score change less what the similarity moved."""
    before = atsmatch.match(make_profile("resume", BASE * 12, ALL_SKILLS), _job())
    term = next(t for t in before.terms if t.id == "t:kubernetes")
    after = atsmatch.match(
        make_profile("resume", BASE * 12 + "Ran Kubernetes clusters.\n", ALL_SKILLS), _job()
    )
    assert before.similarity_weight == after.similarity_weight > 0
    total = sum(t.weight for t in before.terms) + before.similarity_weight
    moved = 100 * before.similarity_weight * ((after.similarity or 0) - (before.similarity or 0))
    assert after.score - before.score - moved / total == pytest.approx(term.gain, abs=0.011)
