from __future__ import annotations

import json
from pathlib import Path

import pytest

from atsmatch.commands.score import use_color


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("text", "ATS match score: "),
        ("json", "{"),
        ("markdown", "## ATS match score"),
        ("html", "<!DOCTYPE html>"),
    ],
)
def test_cli_score_every_format(run_cli, example_resume, example_job, fmt: str, start: str) -> None:
    result = run_cli("score", str(example_resume), str(example_job), "--format", fmt)
    assert result.code == 0, result.err
    assert result.out.startswith(start)
    assert "\x1b[" not in result.out  # captured stdout is not a terminal


@pytest.mark.parametrize(("ats", "lower"), [("literal", True), ("generic", False)])
def test_cli_score_ats_profile(run_cli, example_resume, example_job, ats: str, lower: bool) -> None:
    base = json.loads(
        run_cli("score", str(example_resume), str(example_job), "--format", "json").out
    )
    out = run_cli("score", str(example_resume), str(example_job), "--format", "json", "--ats", ats)
    data = json.loads(out.out)
    assert data["ats"] == ats
    assert (data["score"] < base["score"]) is lower


def test_cli_score_unknown_ats_is_usage_error(run_cli, example_resume, example_job) -> None:
    result = run_cli("score", str(example_resume), str(example_job), "--ats", "taleo9000")
    assert result.code == 2 and "invalid choice" in result.err


def test_cli_score_html_to_file(run_cli, example_resume, example_job, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_cli(
        "score", str(example_resume), str(example_job), "--format", "html", "-o", str(out)
    )
    assert result.code == 0 and result.out == ""
    assert 'class="breakdown"' in out.read_text(encoding="utf-8")


def test_cli_score_ats_from_config_file(run_cli, example_resume, example_job, tmp_path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[tool.atsmatch]\nats = "literal"\n', encoding="utf-8")
    result = run_cli(
        "score", str(example_resume), str(example_job), "--format", "json", "--config", str(config)
    )
    assert json.loads(result.out)["ats"] == "literal"


@pytest.mark.parametrize(
    ("output", "no_color", "tty", "expected"),
    [
        (None, "", True, True),
        (None, "1", True, False),
        ("f.txt", "", True, False),
        (None, "", False, False),
        ("-", "", True, True),
    ],
)
def test_cli_score_color_only_on_a_terminal(monkeypatch, output, no_color, tty, expected) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setattr("sys.stdout.isatty", lambda: tty)
    assert use_color(output) is expected
