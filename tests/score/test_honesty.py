"""Gaming: bare keyword blocks are flagged and earn at most the bare-list credit; hidden
text earns nothing but under --ats literal; advice speaks in the job's words."""

from __future__ import annotations

import dataclasses

import pytest

import atsmatch
from atsmatch import extract
from atsmatch.config import MatchConfig
from atsmatch.document import Span
from atsmatch.extract.understand.gaming import find_term_blocks
from atsmatch.parse.rules import diagnostic

JOB = "Data Engineer\n\nRequirements\n- Python and SQL\n- Airflow\n- Snowflake\n- Kafka\n"
BASE = (
    "Jane Doe\njane@example.com\n\nExperience\nData Engineer, Acme, 2019 - 2024\n"
    "- Built pipelines in Python and SQL\n\nSkills\nPython, SQL\n"
)
PASTED = ", ".join(
    ["Airflow", "Snowflake", "Kafka", "commuter benefit", "401k", "dental", "Python", "SQL",
     "ETL", "data pipelines", "Spark", "dbt", "Looker", "Tableau"]
)  # fmt: skip
REAL_SKILLS = (
    "Jane Doe\njane@example.com\n\nSkills\nLanguages: Python, SQL, Scala\n"
    "Data: Airflow, Snowflake, Kafka, Spark, dbt\nCloud: AWS, Docker, Terraform\n\n"
    "Experience\nData Engineer, Acme, 2019 - 2024\n- Built pipelines in Python\n"
)


@pytest.mark.parametrize(
    ("resume", "flagged"),
    [
        (BASE + "\nKeywords: Airflow, Snowflake, Kafka\n", True),
        (BASE + "\nKeywords\nAirflow Snowflake Kafka\n", True),
        (BASE.replace("Skills\nPython, SQL", "Summary\n" + PASTED), True),
        (REAL_SKILLS, False),
        (BASE, False),
    ],
)
def test_gaming_keyword_block_detected_both_ways(resume: str, flagged: bool) -> None:
    profile = extract(resume, kind="resume")
    rules = {d.rule for d in profile.document.diagnostics}
    assert ("keyword-block" in rules) is flagged
    assert bool(find_term_blocks(profile.document)) is flagged


def test_gaming_keyword_block_earns_at_most_bare_list_credit() -> None:
    honest = atsmatch.match(BASE, JOB)
    gamed = atsmatch.match(BASE + "\nKeywords: Airflow, Snowflake, Kafka\n", JOB)
    airflow = next(t for t in gamed.terms if t.name == "Apache Airflow")
    assert airflow.credit == pytest.approx(0.5)
    shown = atsmatch.match(BASE.replace("SQL\n\n", "SQL\n- Ran Airflow, Snowflake, Kafka\n\n"), JOB)
    assert gamed.score - honest.score == pytest.approx(0.5 * (shown.score - honest.score), abs=0.1)
    assert any(a.kind == "keyword-block" for a in gamed.advice)
    real = atsmatch.match(REAL_SKILLS, JOB)
    assert next(t for t in real.terms if t.name == "Apache Airflow").credit == 1.0


def _hidden(resume: str) -> atsmatch.Profile:
    """A resume whose last line is hidden (as the PDF and DOCX readers flag it)."""
    profile = extract(resume, kind="resume")
    start = resume.rindex("Airflow")
    found = diagnostic("hidden-text", "white text", span=Span(start, len(resume.rstrip())))
    document = dataclasses.replace(
        profile.document, diagnostics=(*profile.document.diagnostics, found)
    )
    return dataclasses.replace(profile, document=document)


@pytest.mark.parametrize(
    ("ats", "credited"),
    [("generic", False), ("semantic", False), ("prescreen", False), ("literal", True)],
)
def test_gaming_hidden_text_credited_only_under_literal(ats: str, credited: bool) -> None:
    resume = _hidden(BASE + "\nAirflow Snowflake Kafka\n")
    result = atsmatch.match(resume, JOB, config=MatchConfig(ats=ats))
    airflow = next(t for t in result.terms if t.name == "Apache Airflow")
    assert (airflow.credit > 0) is credited
    note = next(a.message for a in result.advice if a.kind == "hidden-text")
    assert ("--ats literal" in note) is credited


def test_gaming_advice_uses_the_job_wording() -> None:
    job = "Analyst\n\nRequirements\n- Strong critical thinking\n- Python\n"
    result = atsmatch.match("Experience\n- Wrote Python\n", job)
    missing = [a.message for a in result.advice if a.kind == "missing"]
    assert any("critical thinking" in m for m in missing), missing
    assert not any("think critically" in m for m in missing)


@pytest.mark.parametrize(("ats", "credited"), [("generic", False), ("literal", True)])
def test_gaming_docx_white_text_located_and_not_credited(ats: str, credited: bool) -> None:
    from tests.parse.docx_fixtures import xml
    from tests.parse.test_docx import _docx, _ns

    run = '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Airflow Snowflake Kafka</w:t></w:r>'
    hidden = xml(f"<w:p {_ns()}>{run}</w:p>")
    data = _docx(
        "Jane Doe", "jane@example.com", "Experience", "Data Engineer, Acme, 2019 - 2024",
        "Built pipelines in Python and SQL", hidden,
    )  # fmt: skip
    document = atsmatch.parse(data)
    (found,) = [d for d in document.diagnostics if d.rule == "hidden-text"]
    assert found.span is not None
    assert document.text[found.span.start : found.span.end] == "Airflow Snowflake Kafka"
    result = atsmatch.match(document, JOB, config=MatchConfig(ats=ats))
    airflow = next(t for t in result.terms if t.name == "Apache Airflow")
    assert (airflow.credit > 0) is credited


BENEFITS_JOB = (
    "Data Engineer\n\nRequirements\n- Python and SQL\n- Airflow\n- Snowflake\n\n"
    "Benefits\n- Commuter benefit and free parking\n- Dental and vision through Guardian\n"
)


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Skills: Python, SQL, Airflow, Snowflake, commuter benefit, free parking, Guardian", True),
        ("Skills: Python, SQL, Airflow, Snowflake, Docker, Kubernetes, Terraform", False),
    ],
)
def test_gaming_list_pasted_from_the_job_with_its_benefits(line: str, flagged: bool) -> None:
    resume = BASE.replace("Skills\nPython, SQL", line)
    result = atsmatch.match(resume, BENEFITS_JOB)
    assert any(d.rule == "keyword-block" for d in result.diagnostics) is flagged
    airflow = next(t for t in result.terms if t.name == "Apache Airflow")
    assert airflow.credit == (0.5 if flagged else 1.0)


def test_json_report_lists_ignored_zones_and_validates() -> None:
    import json
    from importlib import resources
    from pathlib import Path

    import jsonschema

    data_dir = Path(__file__).parents[1] / "data" / "jobread"
    result = atsmatch.match(data_dir / "nursing-icu.resume.txt", data_dir / "nursing-icu.txt")
    data = json.loads(atsmatch.render(result, format="json"))
    schema = json.loads(
        resources.files("atsmatch.report").joinpath("schema/match.schema.json").read_text()
    )
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    zones = {z["zone"] for z in data["documents"]["job"]["ignored"]}
    assert {"company", "physical", "benefits", "apply"} <= zones
    assert "ignored" not in data["documents"]["resume"]
