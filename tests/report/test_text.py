from __future__ import annotations

import re

import pytest

import atsmatch

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("fixture", ["example_match", "hostile_match"])
def test_text_report_fits_80_columns_and_is_plain(request, fixture: str) -> None:
    out = atsmatch.render(request.getfixturevalue(fixture), format="text")
    assert not ANSI.search(out)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert out.startswith("ATS match score: ")


def test_text_report_color_adds_ansi(example_match) -> None:
    out = atsmatch.render(example_match, format="text", color=True)
    assert ANSI.search(out)
    assert max(len(ANSI.sub("", line)) for line in out.splitlines()) <= 80


def test_text_report_sections(example_match) -> None:
    out = atsmatch.render(example_match, format="text")
    for heading in ("Subscores", "Job terms", "What to change", "Concept coverage"):
        assert heading in out
    snowflake = next(t for t in example_match.terms if t.name == "Snowflake")
    assert "Snowflake" in out and f"+{snowflake.gain:.1f}" in out


def test_text_report_does_not_interpret_markup_in_document_text(hostile_match) -> None:
    out = atsmatch.render(hostile_match, format="text")
    assert "Data <Engineer>" in out
    assert "Would be filtered out" in out


def test_text_report_unknown_format_suggests() -> None:
    result = atsmatch.match("Skills\nPython\n", "Requirements\n- Python\n")
    with pytest.raises(atsmatch.ConfigError, match="did you mean 'markdown'"):
        atsmatch.render(result, format="markdwn")


@pytest.mark.parametrize(
    ("resume", "start"),
    [
        ("Skills\nPython, SQL, Docker, Kubernetes\n", "Strong match"),
        ("Skills\nPython\n", "Weak match"),
    ],
)
def test_text_report_verdict(resume: str, start: str) -> None:
    job = "Requirements\n- Python\n- SQL\n- Docker\n- Kubernetes\n"
    out = atsmatch.render(atsmatch.match(resume, job), format="text")
    assert out.splitlines()[1].startswith(start)
