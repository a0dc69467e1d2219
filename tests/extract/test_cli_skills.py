from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

RESUME = "Skills\nPython, Go, Kubernetes\n\nExperience\nBuilt Machine Learning (ML) models.\n"


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


def test_cli_skills_json_shape(run_cli: Callable[..., CliResult], resume: Path) -> None:
    result = run_cli("skills", str(resume), "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert set(data) >= {"skills", "keywords"}
    skill = next(s for s in data["skills"] if any(m["text"] == "ML" for m in s["mentions"]))
    assert set(skill) >= {"id", "name", "category", "sources", "mentions"}
    found = [(m["text"], m["kind"]) for m in skill["mentions"]]
    assert found[1] == ("ML", "acronym")
    assert found[0][0] == "Machine Learning" and found[0][1] in {"exact", "alias"}
    for mention in skill["mentions"]:
        assert RESUME[mention["start"] : mention["end"]] == mention["text"]
        assert set(mention) == {"start", "end", "text", "kind", "section"}


def test_cli_skills_text(run_cli: Callable[..., CliResult], resume: Path) -> None:
    result = run_cli("skills", str(resume), "--kind", "resume")
    assert result.code == 0
    assert "Kubernetes" in result.out and "'Go' [exact]" in result.out


def test_cli_skills_per_line_offsets_are_per_line(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    lines = ["Python and Docker", "", "nothing here", "We use Kubernetes daily"] * 250
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("skills", str(path), "--per-line")
    assert result.code == 0
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    for record, line in zip(records, lines, strict=False):
        for skill in record["skills"]:
            for mention in skill["mentions"]:
                assert line[mention["start"] : mention["end"]] == mention["text"]
    assert [s["name"] for s in records[3]["skills"]] == ["Kubernetes"]


def test_cli_skills_per_line_reads_stdin(
    run_cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Go, Rust, Docker\nexcel at sales\n"))
    monkeypatch.setattr("sys.stdin", stdin)
    result = run_cli("skills", "-", "--per-line")
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [[s["name"] for s in r["skills"]] for r in records] == [["Go", "Rust", "Docker"], []]


@pytest.mark.parametrize("per_line", [False, True])
@pytest.mark.parametrize(
    ("content", "cause"), [(None, "no such file"), (b"\x00\x01" * 500, "binary")]
)
def test_cli_skills_bad_files_exit_2_with_one_line(
    run_cli: Callable[..., CliResult],
    tmp_path: Path,
    content: bytes | None,
    cause: str,
    per_line: bool,
) -> None:
    path = tmp_path / "input.bin"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("skills", str(path), *(["--per-line"] if per_line else []))
    assert result.code == 2
    assert result.err.count("\n") == 1 and cause in result.err


def test_cli_skills_extra_taxonomy(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps([{"id": "x:camunda", "name": "Camunda", "category": "tool"}]))
    text = tmp_path / "job.txt"
    text.write_text("Experience with Camunda workflows.", encoding="utf-8")
    result = run_cli("skills", str(text), "--taxonomy", str(extra), "--format", "json")
    assert [s["id"] for s in json.loads(result.out)["skills"]] == ["x:camunda"]
