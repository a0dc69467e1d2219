from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from tests.parse.docx_fixtures import resume_docx

RESUME = DATA / "jsonresume" / "sample.resume.json"


def test_cli_parse_text_output(run_cli: Callable[..., Any]) -> None:
    result = run_cli("parse", str(RESUME))
    assert result.code == 0
    out = result.out
    text, rest = out.split("── Sections", 1)
    assert "Richard Hendriks\nProgrammer\n" in text
    assert "experience       'Experience' [" in rest
    assert "email:     richard.hendriks@mail.com" in rest
    assert "2013-12 – 2014-12 (13 months): CEO/President | Pied Piper" in rest
    assert result.err == ""


def test_cli_parse_json_output(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(resume_docx()[0])
    result = run_cli("parse", str(path), "--format", "json", "--blocks")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["format"] == "docx" and data["pages"] == 1
    assert data["text"].startswith("Resume of Richard Hendriks\n")
    for section in data["sections"]:
        assert set(section) == {"name", "heading", "start", "end"}
        assert data["text"][section["start"] :].startswith(section["heading"])
    assert data["contact"]["email"] == "richard.hendriks@mail.com"
    assert data["experience"][0]["employer"] == "Pied Piper"
    rules = {d["rule"] for d in data["diagnostics"]}
    assert {"tables", "text-boxes", "tracked-changes"} <= rules
    assert set(data["diagnostics"][0]) == {"rule", "severity", "message", "page", "start", "end"}
    assert {b["kind"] for b in data["blocks"]} >= {"header", "footer", "table", "textbox"}


def test_cli_parse_output_file(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_cli("parse", str(RESUME), "--format", "json", "-o", str(out))
    assert result.code == 0 and result.out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "jsonresume"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "missing.pdf"], "missing.pdf: no such file"),
        (["parse", str(RESUME), "--format", "xml"], "invalid choice"),
        (["parse"], "required"),
    ],
)
def test_cli_parse_usage_errors(run_cli: Callable[..., Any], argv: list[str], message: str) -> None:
    result = run_cli(*argv)
    assert result.code == 2
    assert message in result.err


def test_cli_parse_help(run_cli: Callable[..., Any]) -> None:
    result = run_cli("parse", "--help")
    assert result.code == 0
    assert "--format {text,json}" in result.out and "docs/diagnostics.md" in result.out
    assert "parse" in run_cli("--help").out
