"""``atsmatch taxonomy search|show|stats`` and ``score --taxonomy``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_taxonomy_search(run_cli, fmt: str) -> None:
    result = run_cli("taxonomy", "search", "kubernetes", "--limit", "3", "--format", fmt)
    assert result.code == 0
    if fmt == "json":
        records = json.loads(result.out)
        assert records[0]["id"] == "atsmatch:kubernetes"
        assert len(records) <= 3 and "K8s" in records[0]["forms"]
    else:
        assert result.out.splitlines()[0].split("\t") == [
            "atsmatch:kubernetes",
            "Kubernetes",
            "tool",
        ]


def test_cli_taxonomy_search_nothing(run_cli) -> None:
    result = run_cli("taxonomy", "search", "qqqzzzxxx")
    assert result.code == 0 and result.out == ""
    assert "no concept matches" in result.err


def test_cli_taxonomy_show_text(run_cli) -> None:
    result = run_cli("taxonomy", "show", "atsmatch:postgresql")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "PostgreSQL (atsmatch:postgresql)"
    assert "category: tool" in lines
    assert any(line.startswith("broader: SQL (atsmatch:sql)") for line in lines)
    kind_of = next(line for line in lines if line.startswith("kind of: "))
    assert "Relational databases (atsmatch:relational-databases)" in kind_of


def test_cli_taxonomy_show_json_relations(run_cli) -> None:
    result = run_cli("taxonomy", "show", "atsmatch:junit", "--format", "json")
    record = json.loads(result.out)
    assert {"id": "atsmatch:unit-testing", "name": "Unit testing"} in record["shows"]
    assert all({"id", "name"} == set(item) for item in record["kind_of"])


def test_cli_taxonomy_show_json(run_cli) -> None:
    result = run_cli("taxonomy", "show", "atsmatch:excel", "--format", "json")
    assert result.code == 0
    record = json.loads(result.out)
    assert record["name"] == "Microsoft Excel"
    assert "Excel" in record["ambiguous_forms"]
    assert "onet:43232110" in record["sources"]
    assert all({"id", "name"} == set(item) for item in record["broader"])


@pytest.mark.parametrize(
    ("concept_id", "hint"),
    [("python", "atsmatch:python"), ("atsmatch:kubernets", "atsmatch:kubernetes")],
)
def test_cli_taxonomy_show_unknown_id(run_cli, concept_id: str, hint: str) -> None:
    result = run_cli("taxonomy", "show", concept_id)
    assert result.code == 2
    assert result.out == ""
    assert f"did you mean {hint!r}" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_cli_taxonomy_stats(run_cli) -> None:
    result = run_cli("taxonomy", "stats", "--format", "json")
    assert result.code == 0
    stats = json.loads(result.out)
    assert stats["concepts"] >= 25_000 and stats["forms"] >= 100_000
    assert {"esco", "onet", "linguist", "atsmatch"} <= set(stats["sources"])


def test_cli_taxonomy_with_user_file(run_cli, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("- {id: 'acme:widgetry', name: Widgetry, category: hard_skill}\n")
    result = run_cli("taxonomy", "show", "acme:widgetry", "--taxonomy", str(extra))
    assert result.code == 0 and result.out.startswith("Widgetry (acme:widgetry)")


def test_cli_taxonomy_bad_user_file(run_cli, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("- {id: a, name: A, category: gadget}\n")
    result = run_cli("taxonomy", "search", "a", "--taxonomy", str(extra))
    assert result.code == 2
    assert "extra.yaml: line 1: unknown category 'gadget'" in result.err


def test_cli_score_with_taxonomy(run_cli, tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("Summary\nWidget maker.\n\nSkills\nWidgetry, Python\n")
    job = tmp_path / "job.txt"
    job.write_text("Requirements\n- Widgetry and Python.\n")
    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,category\nacme:widgetry,Widgetry,hard_skill\n")
    plain = run_cli("score", str(resume), str(job), "--format", "json")
    result = run_cli("score", str(resume), str(job), "--format", "json", "--taxonomy", str(extra))
    assert plain.code == result.code == 0
    ids = {term["id"] for term in json.loads(result.out)["terms"]}
    assert "acme:widgetry" in ids
    assert "acme:widgetry" not in {term["id"] for term in json.loads(plain.out)["terms"]}


def test_cli_taxonomy_needs_an_action(run_cli) -> None:
    assert run_cli("taxonomy").code == 2
