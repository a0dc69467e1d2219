"""CLI conventions: '-' for stdin, global options anywhere, swapped arguments, clean text."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

import atsmatch
from atsmatch.errors import ConfigError


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_cli_score_reads_the_resume_from_stdin(
    run_cli, monkeypatch, example_resume: Path, example_job: Path
) -> None:
    from_file = json.loads(
        run_cli("score", str(example_resume), str(example_job), "--format", "json").out
    )
    _stdin(monkeypatch, example_resume.read_bytes())
    result = run_cli("score", "-", str(example_job), "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["score"] == from_file["score"]


def test_cli_score_reads_the_job_from_stdin(
    run_cli, monkeypatch, example_resume: Path, example_job: Path
) -> None:
    _stdin(monkeypatch, example_job.read_bytes())
    result = run_cli("score", str(example_resume), "-", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["terms"]


def test_cli_parse_reads_stdin(run_cli, monkeypatch, example_resume: Path) -> None:
    _stdin(monkeypatch, example_resume.read_bytes())
    result = run_cli("parse", "-", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["sections"]


def test_cli_stdin_only_once(run_cli, monkeypatch) -> None:
    _stdin(monkeypatch, b"Skills\nPython\n")
    result = run_cli("score", "-", "-")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "only one document argument" in result.err


def test_cli_empty_stdin_is_one_line_exit_2(run_cli, monkeypatch, example_job: Path) -> None:
    _stdin(monkeypatch, b"")
    result = run_cli("score", "-", str(example_job))
    assert result.code == 2 and "empty" in result.err and result.err.count("\n") == 1


@pytest.mark.parametrize("where", ["before", "after"])
def test_cli_debug_accepted_anywhere(
    run_cli, tmp_path: Path, example_job: Path, where: str
) -> None:
    missing = str(tmp_path / "nope.pdf")
    argv = ["score", missing, str(example_job)]
    argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
    with pytest.raises(atsmatch.SourceNotFoundError):
        run_cli(*argv)


def test_cli_without_debug_no_traceback(run_cli, tmp_path: Path, example_job: Path) -> None:
    result = run_cli("score", str(tmp_path / "nope.pdf"), str(example_job))
    assert result.code == 2 and "Traceback" not in result.err


def test_cli_no_color_after_the_command(run_cli, monkeypatch, example_resume, example_job) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    result = run_cli("score", str(example_resume), str(example_job), "--no-color")
    assert result.code == 0 and "\x1b[" not in result.out


def test_cli_help_lists_global_options_on_commands(run_cli) -> None:
    result = run_cli("score", "--help")
    assert result.code == 0
    assert "global options" in result.out and "--no-color" in result.out


def test_cli_swapped_arguments_warn(run_cli, example_resume: Path, example_job: Path) -> None:
    result = run_cli("score", str(example_job), str(example_resume), "--format", "json")
    assert result.code == 0
    assert "reads like a job posting" in result.err
    assert f"atsmatch score {example_resume} {example_job}" in result.err


def test_cli_right_order_does_not_warn(run_cli, example_resume: Path, example_job: Path) -> None:
    result = run_cli("score", str(example_resume), str(example_job), "--format", "json")
    assert result.code == 0 and result.err == ""


def test_cli_text_has_no_trailing_spaces(run_cli, example_resume, example_job) -> None:
    result = run_cli("score", str(example_resume), str(example_job))
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) > 10
    assert [line for line in lines if line != line.rstrip()] == []


def test_api_ats_and_reference_date_keywords(example_resume: Path, example_job: Path) -> None:
    literal = atsmatch.match(example_resume, example_job, ats="literal")
    via_config = atsmatch.match(
        example_resume, example_job, config=atsmatch.MatchConfig(ats="literal")
    )
    assert literal.score == via_config.score
    assert literal.ats == "literal"
    matrix = atsmatch.match_many([example_resume], [example_job], ats="literal")
    assert matrix[0, 0] == literal.score


def test_api_unknown_or_contradicting_ats_is_a_config_error(example_resume, example_job) -> None:
    with pytest.raises(ConfigError, match="did you mean 'literal'"):
        atsmatch.match(example_resume, example_job, ats="litteral")
    with pytest.raises(ConfigError, match="contradicts"):
        atsmatch.match(
            example_resume, example_job, ats="literal", config=atsmatch.MatchConfig(ats="semantic")
        )


def test_api_reference_date_sets_present() -> None:
    resume = "Experience\nNurse, Mercy Hospital\nJan 2020 - Present\n- Patient care\n"
    job = "Requirements\n- 3+ years of experience\n- Patient care\n"
    early = atsmatch.match(resume, job, reference_date="2021-01")
    late = atsmatch.match(resume, job, reference_date=dt.date(2026, 1, 15))
    assert early.score < late.score
    for bad in ("2021-13", "soon", 2021):
        with pytest.raises(ConfigError, match="reference_date"):
            atsmatch.match(resume, job, reference_date=bad)
