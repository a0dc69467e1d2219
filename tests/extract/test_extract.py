from __future__ import annotations

import gc

import pytest

from atsmatch import extract
from atsmatch.errors import ConfigError
from atsmatch.language.tokens import tokenize
from atsmatch.parse import parse_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++ and C# on .NET", ["C++", "and", "C#", "on", ".NET"]),
        ("Node.js, CI/CD.", ["Node.js", ",", "CI/CD", "."]),
        ("A/B testing R&D 24/7", ["A/B", "testing", "R&D", "24/7"]),
    ],
)
def test_extract_tokenizer_keeps_technical_tokens(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_extract_tokenizer_offsets_point_into_text() -> None:
    text = "Built  Kubernetes\tclusters."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def _names(text: str, kind: str = "resume") -> set[str]:
    return {s.name for s in extract(text, kind=kind).skills}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Skills\nGo, Rust, Docker", {"Go", "Rust", "Docker"}, set()),
        ("We go to market fast and excel at sales.", set(), {"Go", "Microsoft Excel"}),
        ("Wrote services in Go and Docker.", {"Go", "Docker"}, set()),
        ("Built reports in MS Excel.", {"Microsoft Excel"}, set()),
        ("I got a grade C in chemistry.", set(), {"C"}),
        ("Spring Boot services", {"Spring Boot"}, set()),
    ],
)
def test_extract_ambiguous_words_both_readings(
    text: str, present: set[str], absent: set[str]
) -> None:
    names = _names(text)
    assert present <= names
    assert not (absent & names)


def test_extract_longest_match_and_alias() -> None:
    profile = extract("Deployed on Amazon Web Services and k8s; used Postgres.", kind="resume")
    found = {s.name: s for s in profile.skills}
    assert set(found) == {"Amazon Web Services", "Kubernetes", "PostgreSQL"}
    mention = found["PostgreSQL"].mentions[0]
    assert (mention.text, mention.kind) == ("Postgres", "alias")
    assert profile.document.text[mention.start : mention.end] == "Postgres"


def test_extract_mentions_carry_sections() -> None:
    text = "Skills\nPython\n\nExperience\nWrote Python daily."
    skill = extract(text, kind="resume").skill("atsmatch:python")
    assert skill is not None
    assert [m.section for m in skill.mentions] == ["skills", "experience"]


@pytest.mark.parametrize(
    ("text", "importance"),
    [
        ("Requirements\n- Python\n", "required"),
        ("Nice to have\n- Python\n", "preferred"),
        ("About the role\nPython experience is a plus.\n", "preferred"),
        ("Our team\nYou must know Python.\n", "required"),
        ("Our team\nWe use Python.\n", "mentioned"),
    ],
)
def test_extract_job_importance(text: str, importance: str) -> None:
    skill = extract(text, kind="job").skill("atsmatch:python")
    assert skill is not None and skill.importance == importance


def test_extract_job_benefits_are_not_requirements() -> None:
    profile = extract("Requirements\n- Docker\n\nBenefits\n- Python training budget\n", kind="job")
    assert {s.name for s in profile.skills} == {"Docker"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Experience\nx\nEducation\ny", "resume"), ("Responsibilities\nx\nRequirements\ny", "job")],
)
def test_extract_guess_kind(text: str, kind: str) -> None:
    assert extract(parse_text(text)).kind == kind


@pytest.mark.parametrize(
    "text", ["", "   \n\n", "\x00\x01 junk", "Lebenslauf: Erfahrung mit Datenbanken"]
)
def test_extract_odd_text_gives_empty_profile(text: str) -> None:
    assert extract(text, kind="resume").skills == ()


_DATED = """Experience
Data Engineer, Acme (Jan 2020 - present)
Built pipelines in Python.

Certifications
CKA, March 2022
"""


def test_extract_reference_is_the_month_present_means() -> None:
    default = extract(_DATED, kind="resume")
    later = extract(_DATED, kind="resume", reference="2024-12")
    assert default.reference == "2022-03"
    assert later.reference == "2024-12"
    assert later.years_experience is not None and default.years_experience is not None
    assert later.years_experience > default.years_experience


def test_extract_bad_reference_raises() -> None:
    with pytest.raises(ConfigError, match="YYYY-MM"):
        extract(_DATED, kind="resume", reference="2024")


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        extract("Skills\nPython, SQL\n", kind="resume")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
