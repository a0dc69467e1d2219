from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import atsmatch
from atsmatch.report.json_report import SCHEMA_RESOURCE


def _schema() -> dict:
    text = resources.files("atsmatch.report").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    return json.loads(text)


def test_json_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize("fixture", ["example_match", "hostile_match"])
@pytest.mark.parametrize("ats", ["generic", "literal", "prescreen"])
def test_json_report_validates_against_schema(request, fixture: str, ats: str) -> None:
    result = request.getfixturevalue(fixture)
    if ats != "generic":
        result = atsmatch.match(result.resume, result.job, config=atsmatch.MatchConfig(ats=ats))
    data = json.loads(atsmatch.render(result, format="json"))
    jsonschema.validate(data, _schema(), cls=jsonschema.Draft202012Validator)
    assert data["version"] == atsmatch.__version__
    assert {"score", "subscores", "terms", "knockouts", "diagnostics", "coverage"} <= set(data)
    for term in data["terms"]:
        assert {"id", "name", "status", "importance", "weight"} <= set(term)


def test_json_report_has_knockouts_gaps_and_snippets(hostile_match) -> None:
    data = json.loads(atsmatch.render(hostile_match, format="json"))
    assert {k["kind"] for k in data["knockouts"]} == {"degree", "certification", "years"}
    assert data["filtered_out"] is True
    missing = [m["id"] for m in data["gaps"]["missing"]]
    assert "t:kubernetes" in missing
    gains = [m["gain"] for m in data["gaps"]["missing"]]
    assert gains == sorted(gains, reverse=True)
    python = next(t for t in data["terms"] if t["id"] == "t:python")
    assert python["resume_mentions"][0]["snippet"] == "Python, Postgres"
    assert python["resume_mentions"][0]["section"] == "skills"


def test_json_report_empty_match_validates() -> None:
    result = atsmatch.match("Skills\nPython\n", "We sell shoes.")
    data = json.loads(atsmatch.render(result, format="json"))
    jsonschema.validate(data, _schema(), cls=jsonschema.Draft202012Validator)
    assert len(data["terms"]) < 3 and data["low_confidence"] is True
