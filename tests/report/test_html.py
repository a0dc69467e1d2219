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
    assert 'class="breakdown"' in page and page.startswith("<!DOCTYPE html>")


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
    for width in (1280, 390):
        assert (tmp_path / f"report-{width}.png").stat().st_size > 10_000
    assert (tmp_path / "report.pdf").stat().st_size > 10_000


def test_html_print_check_catches_a_clipped_pane(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import check_html

    page = tmp_path / "report.html"
    page.write_text('<pre id="resume">line one\nlast line here</pre><pre id="job">job</pre>')
    pdf = tmp_path / "report.pdf"
    from tests.parse.pdf_fixtures import text_lines

    pdf.write_bytes(text_lines(["line one", "job"]))
    assert check_html.check_print(pdf, page) == [
        "the printed resume is cut: its last line 'last line here' is missing"
    ]


def test_html_what_to_change_comes_right_after_the_breakdown(example_match) -> None:
    page = atsmatch.render(example_match, format="html")
    order = [
        page.index('class="breakdown"'),
        page.index("<h2>What to change</h2>"),
        page.index("<h2>Resume and job side by side</h2>"),
        page.index("<h2>Job terms</h2>"),
    ]
    assert order == sorted(order)


def test_html_breakdown_shows_term_counts_and_shares(example_match) -> None:
    page = atsmatch.render(example_match, format="html")
    shares = re.findall(r"(\d+) terms? · (\d+)% of the score", page)
    assert len(shares) == len(example_match.subscores)
    assert sum(int(n) for n, _ in shares) == len(example_match.terms)
    assert 97 <= sum(int(p) for _, p in shares) <= 103  # rounded shares add up to ~100


def test_html_prints_documents_in_full_and_reflows(example_match) -> None:
    page = atsmatch.render(example_match, format="html")
    print_css = page[page.index("@media print") :]
    assert "max-height:none" in print_css and "overflow:visible" in print_css
    assert "@media (max-width:520px)" in page and "overflow-x:auto" in page
