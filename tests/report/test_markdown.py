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
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("| status"))
    rows = [line for line in lines if line.startswith(("| ❌", "| 🟡", "| ✅"))]
    assert len(rows) == len(hostile_match.terms)
    for row in rows:
        assert row.replace("\\|", "").count(" | ") == header.count(" | ")
    assert "Data \\<Engineer\\>" in out
    assert "**Would be filtered out:**" in out


def test_markdown_report_lists_gains(example_match) -> None:
    out = atsmatch.render(example_match, format="markdown")
    assert "### What to change" in out and "Snowflake" in out.split("### What to change")[1]


def test_markdown_report_collapses_matched_terms(example_match) -> None:
    out = atsmatch.render(example_match, format="markdown")
    assert "### Missing and partly matched" in out
    assert f"<details><summary>Matched terms ({len(example_match.matched)})</summary>" in out
    assert out.index("| Snowflake |") < out.index("<details>") < out.index("| Kubernetes |")


def test_markdown_what_to_change_before_the_term_tables(example_match) -> None:
    out = atsmatch.render(example_match, format="markdown")
    assert out.index("### What to change") < out.index("### Missing and partly matched")
