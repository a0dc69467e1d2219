"""The CLI contract: output, exit codes 0/1/2, one-line errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from atsmatch import __version__
from tests.conftest import ROOT


@pytest.mark.parametrize("argv", [["--version"]])
def test_cli_version(run_cli, argv: list[str]) -> None:
    result = run_cli(*argv)
    assert result.code == 0
    assert result.out.strip() == f"atsmatch {__version__}"


def test_cli_score_text(run_cli, example_resume: Path, example_job: Path) -> None:
    result = run_cli("score", str(example_resume), str(example_job))
    assert result.code == 0
    assert result.out.startswith("ATS match score: ")
    assert "Missing" in result.out and "Snowflake" in result.out


def test_cli_score_json(run_cli, example_resume: Path, example_job: Path) -> None:
    result = run_cli("score", str(example_resume), str(example_job), "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert isinstance(data["score"], float) and 0 <= data["score"] <= 100
    assert {t["status"] for t in data["terms"]} <= {"matched", "partial", "missing"}


def test_cli_score_output_file(run_cli, example_resume, example_job, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli(
        "score", str(example_resume), str(example_job), "--format", "json", "-o", str(out)
    )
    assert result.code == 0 and result.out == ""
    assert "score" in json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("minimum", "code"), [(0, 0), (100, 1), (100.1, 2), (-1, 2)])
def test_cli_min_score_exit_code(
    run_cli, example_resume, example_job, minimum: float, code: int
) -> None:
    assert (
        run_cli("score", str(example_resume), str(example_job), "--min-score", str(minimum)).code
        == code
    )


def test_cli_missing_file_is_one_line_exit_2(run_cli, example_job, tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    result = run_cli("score", str(missing), str(example_job))
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert str(missing) in result.err and "no such file" in result.err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["score"],
        ["score", "a"],
        ["frobnicate"],
        ["score", "a", "b", "--format", "pdf"],
        ["--bogus"],
    ],
)
def test_cli_usage_errors_exit_2(run_cli, argv: list[str]) -> None:
    result = run_cli(*argv)
    assert result.code == 2
    assert result.err.strip()
    assert "Traceback" not in result.err


def test_cli_binary_junk_exit_2(run_cli, example_job, tmp_path: Path) -> None:
    junk = tmp_path / "resume.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    result = run_cli("score", str(junk), str(example_job))
    assert result.code == 2
    assert str(junk) in result.err


def test_cli_debug_shows_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "atsmatch", "--debug", "score", str(missing), str(missing)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr


def test_cli_module_entry_point(example_resume, example_job) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "atsmatch",
            "score",
            str(example_resume),
            str(example_job),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["score"] > 0


def test_cli_bad_config_exit_2(run_cli, example_resume, example_job, tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[tool.atsmatch]\nfrequency_capp = 2\n", encoding="utf-8")
    result = run_cli("score", str(example_resume), str(example_job), "--config", str(config))
    assert result.code == 2
    assert "did you mean 'frequency_cap'" in result.err
