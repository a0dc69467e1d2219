from __future__ import annotations

import pytest

import atsmatch
from atsmatch.report.markdown_report import escape_markdown


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("<script>", "\\<script\\>"),
        ("*x* _y_", "\\*x\\* \\_y\\_"),
        ("two\nlines", "two lines"),
        ("C++ (C#)", "C++ (C#)"),
    ],
)
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert escape_markdown(raw) == escaped


def test_markdown_report_tables_are_well_formed(hostile_match) -> None:
    out = atsmatch.render(hostile_match, format="markdown")
    assert out.startswith("## ATS match score: **")
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    header = next(r for r in rows if r.startswith("| status"))
    width = header.count(" | ")
    for row in rows[rows.index(header) :]:
        assert row.replace("\\|", "").count(" | ") == width
    assert "Data \\<Engineer\\>" in out
    assert "**Would be filtered out:**" in out


def test_markdown_report_lists_gains(example_match) -> None:
    out = atsmatch.render(example_match, format="markdown")
    assert "### What to change" in out and "adding Snowflake" in out
