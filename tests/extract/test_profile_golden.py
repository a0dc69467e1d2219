"""Whole profiles on fixed multi-field texts are exactly the stored golden output.

Guards optimisations of profile building (parse, extraction, job and resume
understanding, the JSON `atsmatch skills` writes): every field of the profile is compared,
as the CLI's JSON (``profile_to_dict``), its text rendering and the full versioned profile
(``dumps_profile``: requirements, degrees, zones, keywords, document structure). Texts: the
bundled examples, the postings and resumes of ``tests/data/jobread`` (as documents, and a
posting line by line as ``--per-line`` reads it), and a seeded long posting (~25,000
characters of duties, requirements with years, degrees, credentials and alternatives,
benefits, pay, physical and legal text) read both as one document and line by line. The
taxonomy is the fixed sample of ``tests/data/extract_regression_taxonomy.tsv``, so a
rebuilt built-in taxonomy does not move the golden.

After an intended change of what is read, rewrite it with
``pytest tests/extract/test_profile_golden.py --update-goldens`` and say why in the commit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from atsmatch.commands.skills import _render_text
from atsmatch.document import Document
from atsmatch.extract import extract
from atsmatch.parse import parse
from atsmatch.serialize.codec import dumps_profile
from atsmatch.serialize.profile import profile_to_dict
from atsmatch.taxonomy import Taxonomy
from tests.extract.regression_corpus import fixed_taxonomy

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "profile_golden.json"

_DUTIES = ["Build", "Maintain", "Own", "Support", "Coordinate", "Improve"]
_OBJECTS = ["reporting pipelines", "month-end close", "patient care plans", "the release process"]
_EXTRA = [
    "Bachelor's degree in Computer Science or a related field, or equivalent experience.",
    "BS/MS in Accounting; CPA preferred.",
    "Current RN license and BLS certification required.",
    "High school diploma or GED; a valid driver's license is required.",
    "We offer medical, dental and vision insurance and a 401(k) match.",
    "The pay range is $85,000 - $120,000 per year plus bonus.",
    "Must be able to lift up to 50 pounds and stand for long periods.",
    "We are an equal opportunity employer; all qualified applicants will be considered.",
    "To apply, send your resume and a short cover letter to jobs@example.com.",
    "Acme Corp is a leading provider of payroll software, founded in 2011.",
    "Monday through Friday, 8am - 5pm; occasional overtime.",
]
_HEADINGS = ["Responsibilities", "Requirements", "Nice to have", "Benefits", "About us"]


def long_posting(taxonomy: Taxonomy, seed: int = 11, size: int = 25_000) -> str:
    """A seeded posting of about ``size`` characters under repeated headings."""
    rng = random.Random(seed)
    names = sorted(c.name for c in taxonomy if c.category != "degree")
    lines = ["Senior Data Engineer", "Acme Corp · Austin, TX · Hybrid", ""]
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(rng.choice(_HEADINGS))
        for _ in range(rng.randint(2, 9)):
            a, b, c = rng.sample(names, 3)
            pick = rng.random()
            if pick < 0.3:
                line = f"{rng.choice(_DUTIES)} {rng.choice(_OBJECTS)} with {a} and {b}."
            elif pick < 0.5:
                line = f"{rng.randint(1, 9)}+ years of experience with {a}, {b} or {c}."
            elif pick < 0.6:
                line = f"{a} ({rng.randint(2, 6)} years) and {b}: 3 years"
            elif pick < 0.7:
                line = f"Experience with {a} is a plus; knowledge of {b} preferred."
            else:
                line = rng.choice(_EXTRA)
            lines.append(("- " if rng.random() < 0.7 else "") + line)
        lines.append("")
    return "\n".join(lines) + "\n"


def _record(document: Document, taxonomy: Taxonomy, kind: str | None) -> dict[str, Any]:
    """The CLI's JSON (as data, and the digest of its exact text), its text rendering and
    the full serialized profile."""
    profile = extract(document, kind=kind, taxonomy=taxonomy)  # type: ignore[arg-type]
    written = json.dumps(profile_to_dict(profile), indent=2, ensure_ascii=False) + "\n"
    return {
        "cli_json": json.loads(written),
        "cli_json_sha256": hashlib.sha256(written.encode("utf-8")).hexdigest(),
        "cli_text": _render_text(profile),
        "profile": dumps_profile(profile),
    }


def outputs() -> dict[str, Any]:
    """Name → the three renderings of that text's profile."""
    taxonomy = _taxonomy()
    found: dict[str, Any] = {}
    files = [ROOT / "examples" / "job.txt", ROOT / "examples" / "resume.txt"]
    files += sorted((DATA / "jobread").glob("*.txt"))
    for path in files:
        document = dataclasses.replace(parse(path), source=path.name)  # no absolute path
        found[path.name] = _record(document, taxonomy, None)
    posting = long_posting(taxonomy)
    found["long-posting"] = _record(parse(posting.encode("utf-8")), taxonomy, "job")
    lines = (
        posting.splitlines()[:50]
        + (DATA / "jobread" / "nursing-icu.txt").read_text(encoding="utf-8").splitlines()
    )
    for number, line in enumerate(lines, 1):
        found[f"per-line/{number}"] = _record(
            Document(text=line, source=f"lines:{number}"), taxonomy, "job"
        )
    return found


@lru_cache(maxsize=1)
def _taxonomy() -> Taxonomy:
    return fixed_taxonomy()


@pytest.fixture(scope="module")
def found() -> dict[str, Any]:
    return outputs()


def test_profile_golden_is_not_trivial(found: dict[str, Any]) -> None:
    long = found["long-posting"]["cli_json"]
    assert len(long["skills"]) > 20 and long["degree"]
    assert all(found[name]["cli_json"]["keywords"] for name in ("job.txt", "resume.txt"))
    assert {z["name"] for z in long["zones"]} >= {"benefits", "legal", "requirements"}
    assert any(s["years"] for s in long["skills"])
    assert '"Requirement"' in found["long-posting"]["profile"]
    assert len(found) > 100


def test_profile_golden_same_as_stored(found: dict[str, Any], update_goldens: bool) -> None:
    if update_goldens:
        GOLDEN.write_text(json.dumps(found, ensure_ascii=False) + "\n", "utf-8")
    stored = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert found.keys() == stored.keys()
    for name, record in stored.items():
        for part, value in record.items():
            assert found[name][part] == value, f"{name} {part} differs from {GOLDEN.name}"
