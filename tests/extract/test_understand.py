"""understand(): dispatch by kind, options, determinism and odd input."""

from __future__ import annotations

import dataclasses

import pytest

from atsmatch import Document, extract
from atsmatch.errors import ConfigError
from atsmatch.extract.understand import understand
from atsmatch.parse import parse_text
from atsmatch.profile import Profile
from tests.conftest import DATA

PARAGRAPH_AD = (
    "Machine Learning Engineer, Fraud (Remote - US). Zentrix Pay is hiring a Machine Learning "
    "Engineer to build real-time fraud detection for card payments. Required: 4+ years "
    "building production ML systems in Python, solid SQL, and experience with model "
    "monitoring. Nice to have: Kafka, Docker, graph neural networks and chargeback analytics. "
    "MS or PhD in a quantitative field preferred. We offer equity and unlimited PTO. "
    "Zentrix Pay is an equal opportunity employer."
)


def test_understand_paragraph_job_ad() -> None:
    profile = extract(parse_text(PARAGRAPH_AD), kind="job")  # a one-line str reads as a path
    assert profile.title == "Machine Learning Engineer"
    importance = {s.name: s.importance for s in profile.skills}
    assert importance["Python"] == "required"
    assert importance["SQL"] == "required"
    assert importance["Docker"] == "preferred"
    python = profile.skill("atsmatch:python")
    assert python is not None and python.years == 4.0
    assert profile.skill("atsmatch:sql").years is None  # type: ignore[union-attr]
    assert profile.degree is not None and profile.degree.level == 3
    degrees = {r.importance for r in profile.requirements if r.kind == "degree"}
    assert degrees == {"preferred"}
    keywords = {k.text.lower(): k.importance for k in profile.keywords}
    assert keywords["chargeback analytics"] == "preferred"
    assert keywords["model monitoring"] == "required"
    assert not any("zentrix" in k or "equity" in k for k in keywords)


@pytest.mark.parametrize("kind", ["job", "resume"])
def test_understand_is_deterministic(kind: str, example_job, example_resume) -> None:  # type: ignore[no-untyped-def]
    source = example_job if kind == "job" else example_resume
    first = extract(source, kind=kind)  # type: ignore[arg-type]
    second = extract(source, kind=kind)  # type: ignore[arg-type]
    assert first == second


def test_understand_keyword_limit_option(example_job) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_job, kind="job")
    base = Profile("job", profile.document, profile.skills)
    assert len(understand(base, keywords=1).keywords) == 1
    assert understand(base, keywords=0).keywords == ()


def test_understand_bad_reference_is_a_config_error(example_resume) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_resume, kind="resume")
    with pytest.raises(ConfigError, match="reference: expected a month as YYYY-MM"):
        understand(profile, reference="last year")


def test_understand_resume_fields_untouched_for_job(example_job) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_job, kind="job")
    assert profile.reference is None and profile.titles == ()
    assert all(s.months is None for s in profile.skills)


def test_understand_job_fields_untouched_for_resume(example_resume) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_resume, kind="resume")
    assert profile.requirements == ()
    assert all(s.importance == "mentioned" and s.years is None for s in profile.skills)


@pytest.mark.parametrize("kind", ["job", "resume"])
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "\x00\x01 junk",
        "Lebenslauf: Erfahrung mit Datenbanken seit 2019 – heute",
        "Requirements\n" + "- 5+ years of Python. Bachelor's degree.\n" * 300,
        "2019 - 2020 " * 500,
        "(" * 2000 + "Python" + ")" * 2000,
    ],
)
def test_understand_odd_text_gives_a_result(text: str, kind: str) -> None:
    profile = extract(Document(text=text), kind=kind)  # type: ignore[arg-type]
    assert isinstance(profile, Profile)
    for keyword in profile.keywords:
        assert all(profile.document.text[m.start : m.end] == m.text for m in keyword.mentions)


def test_understand_keeps_existing_profile_fields(example_job) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_job, kind="job")
    again = understand(dataclasses.replace(profile, keywords=()))
    assert again.skills == profile.skills
    assert again.keywords == profile.keywords


def test_understand_jsonresume_sample_job() -> None:
    profile = extract(DATA / "jsonresume" / "sample.job.json", kind="job")
    assert (profile.title, profile.seniority, profile.years_experience) == (
        "Web Developer",
        "mid",
        3.0,
    )
    assert profile.degree is not None
    assert (profile.degree.level, profile.degree.fields) == (2, ("Computer Science",))
    assert {s.name: s.importance for s in profile.skills}["JavaScript"] == "required"
    assert "Web Developer" in {k.text for k in profile.keywords}


def test_understand_jsonresume_sample_resume() -> None:
    profile = extract(DATA / "jsonresume" / "sample.resume.json", kind="resume")
    assert profile.title == "CEO/President"
    assert profile.degree is not None and profile.degree.level == 2
    assert profile.years_experience == pytest.approx(1.1)  # Dec 2013 - Dec 2014: 13 months
