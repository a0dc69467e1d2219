"""SARIF 2.1.0 and JUnit XML outputs checked against schemas kept as test data."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.check.test_check_cli import NO_EMAIL

SCHEMAS = Path(__file__).resolve().parent / "schemas"


def test_formats_sarif_validates(run_cli, repo: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    result = run_cli("check", "resume.txt", "jake.tex", "--job", "job.txt", "--min-score", "99",
                     "--format", "sarif")  # fmt: skip
    log = json.loads(result.out)
    schema = json.loads((SCHEMAS / "sarif-2.1.0-subset.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    (run,) = log["runs"]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "missing-email" in rules and "min-score" in rules
    for item in run["results"]:
        assert rules[item["ruleIndex"]] == item["ruleId"]
    email = next(r for r in run["results"] if r["ruleId"] == "missing-email")
    assert email["level"] == "error"
    assert email["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "resume.txt"


def test_formats_sarif_schema_rejects_a_broken_log() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / "sarif-2.1.0-subset.json").read_text(encoding="utf-8"))
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(broken)


def _check_junit(root: ET.Element) -> None:
    """The JUnit XML shape CI servers read (the Jenkins/Ant junit schema's required parts)."""
    assert root.tag == "testsuites"
    for suite in root:
        assert suite.tag == "testsuite"
        for attribute in ("name", "tests", "failures", "errors"):
            assert suite.get(attribute) is not None, attribute
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "-1")) == len(cases)
        assert int(suite.get("failures", "-1")) == sum(c.find("failure") is not None for c in cases)
        for case in cases:
            assert case.get("name") and case.get("classname")
            assert {child.tag for child in case} <= {"failure", "error", "skipped", "system-out"}
            for failure in case.findall("failure"):
                assert failure.get("message") and failure.get("type")


@pytest.mark.parametrize("passing", [True, False])
def test_formats_junit_shape(run_cli, repo: Path, passing: bool) -> None:
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    files = ["jake.tex"] if passing else ["jake.tex", "resume.txt"]
    result = run_cli("check", *files, "--job", "job.txt", "--format", "junit")
    assert result.code == (0 if passing else 1)
    assert result.out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    _check_junit(ET.fromstring(result.out))
