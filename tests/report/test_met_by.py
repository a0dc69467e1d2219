"""Reports say what on the resume met a term, in the resume's own words."""

from __future__ import annotations

import atsmatch
from atsmatch.report.summary import met_by

JOB = """Backend Engineer

Requirements
- Experience with MySQL or PostgreSQL
- Python
"""

RESUME = """Experience
Backend Developer, Acme (2019 - 2024)
- Tuned PostgreSQL queries and PostgreSQL replication.
- Migrated reporting to PostgreSQL.
- Python services.
"""


def _mysql() -> atsmatch.Term:
    result = atsmatch.match(RESUME, JOB)
    return next(t for t in result.terms if t.name == "MySQL")


def test_met_by_names_the_alternative_with_its_count() -> None:
    term = _mysql()
    assert term.status == "matched"
    assert met_by(term) == "PostgreSQL ×3"


def test_met_by_reaches_markdown_and_html() -> None:
    result = atsmatch.match(RESUME, JOB)
    markdown = atsmatch.render(result, format="markdown")
    row = next(line for line in markdown.splitlines() if "| MySQL |" in line)
    assert "PostgreSQL ×3" in row
    assert "<td>PostgreSQL ×3</td>" in atsmatch.render(result, format="html")


def test_met_by_is_empty_for_missing_terms() -> None:
    result = atsmatch.match(RESUME, JOB + "- Kubernetes\n")
    missing = [t for t in result.terms if t.status == "missing"]
    assert missing and all(met_by(t) == "" for t in missing)
