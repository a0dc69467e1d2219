from __future__ import annotations

import json

import pytest

from atsmatch import parse
from atsmatch.errors import CorruptFileError, UnsupportedFormatError
from tests.conftest import DATA

JSONRESUME = DATA / "jsonresume"


@pytest.mark.parametrize("name", ["resume", "job"])
def test_jsonresume_matches_golden_text(name: str) -> None:
    doc = parse(JSONRESUME / f"sample.{name}.json")
    golden = (DATA / "parse" / f"sample.{name}.json.txt").read_text(encoding="utf-8")
    assert doc.format == "jsonresume"
    assert doc.text == golden


def test_jsonresume_resume_analysis() -> None:
    doc = parse(JSONRESUME / "sample.resume.json")
    assert [s.name for s in doc.sections] == [
        "summary", "experience", "volunteering", "education", "skills", "projects", "awards",
        "publications", "languages", "interests", "references",
    ]  # fmt: skip
    contact = doc.contact
    assert (contact.name, contact.email, contact.phone) == (
        "Richard Hendriks",
        "richard.hendriks@mail.com",
        "(912) 555-4321",
    )
    assert contact.location == "San Francisco, California"
    assert "http://richardhendricks.example.com" in contact.urls
    entry = doc.experience[0]
    assert (entry.title, entry.employer, entry.start, entry.end) == (
        "CEO/President",
        "Pied Piper",
        "2013-12",
        "2014-12",
    )
    assert not [d for d in doc.diagnostics if d.severity != "info"]


def test_jsonresume_job_is_a_job() -> None:
    doc = parse(JSONRESUME / "sample.job.json")
    assert [s.name for s in doc.sections] == [
        "summary",
        "responsibilities",
        "requirements",
        "skills",
    ]
    assert "Microsoft" in doc.text and "MongoDB" in doc.text
    assert not {"missing-section", "missing-email", "missing-phone"} & {
        d.rule for d in doc.diagnostics
    }


def test_jsonresume_every_string_of_the_resume_appears() -> None:
    resume = json.loads((JSONRESUME / "sample.resume.json").read_text(encoding="utf-8"))
    text = parse(JSONRESUME / "sample.resume.json").text
    skipped = {"meta", "$schema"}

    def strings(value: object, key: str = "") -> list[str]:
        if isinstance(value, dict):
            return [s for k, v in value.items() if k not in skipped for s in strings(v, k)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v, key)]
        dated = key.endswith("Date") or key in ("date", "image", "type")
        return [] if dated or not isinstance(value, str) or not value else [value]

    missing = [s for s in strings(resume) if s not in text]
    assert missing == []


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"{not json", CorruptFileError, "invalid JSON"),
        (b'{"name": "x", "version": "1"}', UnsupportedFormatError, "neither"),
        (b'{"basics": "oops", "work": [1, "x", null]}', None, None),
    ],
)
def test_jsonresume_bad_and_odd_input(
    data: bytes, error: type[Exception] | None, message: str | None
) -> None:
    if error is None:
        with pytest.raises(Exception, match="no readable text"):
            parse(data)
    else:
        with pytest.raises(error, match=message):
            parse(data)
