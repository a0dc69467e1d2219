from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import atsmatch
from atsmatch.report.html_report import highlight
from tests.conftest import ROOT


def test_html_escapes_all_document_text(hostile_match) -> None:
    page = atsmatch.render(hostile_match, format="html")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page
    assert "Data &lt;Engineer&gt;" in page


def test_html_is_self_contained(example_match) -> None:
    page = atsmatch.render(example_match, format="html")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page
    assert "<svg" in page and page.startswith("<!DOCTYPE html>")


def test_html_highlights_by_status(example_match) -> None:
    page = atsmatch.render(example_match, format="html")
    assert re.search(r'<mark class="matched" title="Kubernetes: matched">Kubernetes</mark>', page)
    assert '<mark class="missing" title="Snowflake: missing">Snowflake</mark>' in page
    assert '<mark class="partial" title="SQL: partial">SQL</mark>' in page


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], "a&lt;b"),
        ([(0, 1, "matched", "t")], '<mark class="matched" title="t">a</mark>&lt;b'),
        (
            [(0, 3, "missing", "x"), (1, 2, "matched", "y")],
            '<mark class="missing" title="x">a&lt;b</mark>',
        ),
        ([(2, 9, "matched", "bad")], "a&lt;b"),
    ],
)
def test_html_highlight_escapes_and_skips_overlaps(spans, expected: str) -> None:
    assert highlight("a<b", spans) == expected


def test_html_in_headless_browser(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import check_html

    if check_html.find_browser() is None:
        pytest.skip("no Chromium installed")
    assert check_html.main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / "report.png").stat().st_size > 10_000
