from __future__ import annotations

import re

import pytest

from atsmatch.parse import parse, parse_text
from atsmatch.parse.raw import RawText
from atsmatch.parse.rules import RULES, diagnostic
from tests.conftest import ROOT

FULL = (
    "Jane Doe\njane@example.com | +1 555 123 4567\n"
    "Experience\nEngineer, Acme Inc\nJan 2020 – Present\n"
    "Education\nBSc, Uni, 2012 - 2016\nSkills\nPython\n"
)


def _rules(text: str) -> list[str]:
    return [d.rule for d in parse_text(text).diagnostics]


def test_diagnostics_docs_list_every_rule() -> None:
    page = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    table = page.split("<!-- rules -->")[1].split("<!-- /rules -->")[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| (error|warning|info) \|", table, flags=re.MULTILINE)
    assert dict(rows) == {rule: severity for rule, (severity, _) in RULES.items()}
    assert len(rows) == len(RULES)


def test_diagnostics_clean_resume_has_none() -> None:
    assert _rules(FULL) == []


@pytest.mark.parametrize(
    ("remove", "rule"),
    [
        ("jane@example.com | ", "missing-email"),
        (" | +1 555 123 4567", "missing-phone"),
        ("Skills\nPython\n", "missing-section"),
        ("Education\nBSc, Uni, 2012 - 2016\n", "missing-section"),
    ],
)
def test_diagnostics_missing_parts(remove: str, rule: str) -> None:
    assert rule in _rules(FULL.replace(remove, ""))


def test_diagnostics_missing_section_names_it() -> None:
    (found,) = [d for d in parse_text(FULL.replace("Skills\nPython\n", "")).diagnostics]
    assert found.rule == "missing-section" and "skills" in found.message


def test_diagnostics_job_description_gets_no_resume_checks() -> None:
    job = "Data Engineer\nAbout us\nWe build.\nResponsibilities\n- Pipelines\nRequirements\n- SQL\n"
    assert _rules(job) == []


def test_diagnostics_job_without_headings_by_wording() -> None:
    job = "We are looking for a data engineer. You will build pipelines. Apply now!"
    assert _rules(job) == []


@pytest.mark.parametrize(
    ("dates", "flagged"),
    [
        ("Jan 2020 – Present\nAnalyst, B LLC\n03/2018 - 12/2019", True),  # mixed styles
        ("Summer 2019 - Fall 2020", True),  # seasons
        ("03/19 - 06/21", True),  # two-digit years
        ("Jan 2020 – Present\nAnalyst, B LLC\nMar 2018 - Dec 2019", False),
        ("2018 - 2019\nAnalyst, B LLC\nMar 2016 - Dec 2017", False),  # bare years mix in
    ],
)
def test_diagnostics_date_format(dates: str, flagged: bool) -> None:
    text = FULL.replace("Jan 2020 – Present", dates)
    assert ("date-format" in _rules(text)) is flagged


def test_diagnostics_nonstandard_heading_has_span() -> None:
    text = FULL.replace("Skills\n", "MY TOOLBOX\nHammer\nSkills\n")
    for heading in ("Experience", "Education", "Skills"):
        text = text.replace(heading + "\n", heading.upper() + "\n")
    (found,) = [d for d in parse_text(text).diagnostics if d.rule == "nonstandard-heading"]
    assert text[found.span.start : found.span.end] == "MY TOOLBOX" if found.span else False


def test_diagnostics_too_many_pages_and_file_too_large() -> None:
    from atsmatch.parse import build_document

    doc = build_document(RawText(text=FULL, pages=3), source="x", format="pdf", size=3_000_000)
    rules = [d.rule for d in doc.diagnostics]
    assert "too-many-pages" in rules and "file-too-large" in rules


def test_diagnostics_file_size_from_parse() -> None:
    import random

    from tests.parse.docx_fixtures import add_part, resume_docx

    image = random.Random(0).randbytes(2_600_000)  # an uncompressible picture
    data = add_part(resume_docx()[0], "word/media/photo.jpeg", image)
    assert len(data) > 2_500_000
    assert "file-too-large" in [d.rule for d in parse(data).diagnostics]


@pytest.mark.parametrize(
    ("text", "job"),
    [
        # job wording and one job section outweigh resume-like headings
        (
            "Data Engineer\nWe are looking for an engineer. You will build pipelines.\n"
            "Experience\n5+ years of experience with Spark\nEducation\nBSc\n"
            "Responsibilities\n- Pipelines\n",
            True,
        ),
        # a resume whose entries have "Responsibilities:" lines stays a resume
        (
            "Jane Doe\nExperience\nEngineer, Acme Inc\n2019 - 2021\nResponsibilities:\n"
            "- Requirements gathering\nEducation\nBSc\nSkills\nSQL\n",
            False,
        ),
    ],
)
def test_diagnostics_job_or_resume(text: str, job: bool) -> None:
    doc = parse_text(text)
    assert ("missing-email" not in {d.rule for d in doc.diagnostics}) is job


@pytest.mark.parametrize(
    ("raw", "checked"),
    [
        (RawText(text="richard.hendriks@mail.com\n"), False),  # a lone line
        (RawText(text=FULL.replace("jane@example.com | ", "")), True),
        (RawText(text=("word " * 25).strip()), True),
        (
            RawText(
                text="Jo\n",
                diagnostics=(diagnostic("no-text-layer", "page 1 is an image", page=1),),
            ),
            False,
        ),
    ],
)
def test_diagnostics_resume_checks_need_text_to_judge(raw: RawText, checked: bool) -> None:
    from atsmatch.parse import build_document

    doc = build_document(raw, source="x", format="pdf")
    assert ("missing-email" in {d.rule for d in doc.diagnostics}) is checked
