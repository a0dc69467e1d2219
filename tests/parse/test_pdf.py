"""The PDF reader on generated resumes: fidelity, layout, diagnostics and golden text."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from atsmatch.document import Document
from atsmatch.parse import parse
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.normalize import normalize_text
from atsmatch.parse.pdf.reader import read_pdf
from atsmatch.parse.raw import RawText
from tests.parse import pdf_fixtures as fx

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "pdf"
# ATSMATCH_UPDATE_GOLDEN=1 python -m pytest tests/parse/test_pdf.py -k golden  rewrites them.
UPDATE = os.environ.get("ATSMATCH_UPDATE_GOLDEN") == "1"


@cache
def written(name: str) -> fx.Written:
    return fx.GENERATORS[name]()


@cache
def parsed(name: str) -> Document:
    return parse(written(name).pdf)


@cache
def raw(name: str) -> RawText:
    return read_pdf(written(name).pdf, name, ParseLimits())


def words(text: str) -> list[str]:
    return [w for w in normalize_text(text).split() if any(c.isalnum() for c in w)]


def lines(text: str) -> list[str]:
    """Non-empty lines, the tab of a wide gap (cell, flush-right date) read as a space."""
    return [line.replace("\t", " ") for line in text.split("\n") if line]


@pytest.mark.parametrize("name", sorted(fx.GENERATORS))
def test_pdf_every_word_once(name: str) -> None:
    source = Counter(w for line in written(name).words() for w in words(line))
    assert Counter(words(parsed(name).text)) == source


@pytest.mark.parametrize("name", sorted(fx.GENERATORS))
def test_pdf_reading_order_is_flow_after_flow(name: str) -> None:
    """Each flow (column, running header) is read whole and in order: never interleaved."""
    expected = [w for lines in written(name).flows.values() for line in lines for w in words(line)]
    assert words(parsed(name).text) == expected


@pytest.mark.parametrize("name", ["one_column", "two_column", "table", "header_footer", "designed"])
def test_pdf_golden_text(name: str) -> None:
    path = GOLDEN / f"{name}.txt"
    text = parsed(name).text + "\n"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; write it with ATSMATCH_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("side", ["CONTACT", "(912) 555-4321", "Wildlife: Ferrets, Unicorns"])
def test_pdf_two_column_sidebar_read_before_main(side: str) -> None:
    text = parsed("two_column").text
    assert side in lines(text)
    assert text.index(side) < text.index("SUMMARY")


@pytest.mark.parametrize(
    ("name", "rule", "expected"),
    [
        ("two_column", "multi-column", True),
        ("one_column", "multi-column", False),
        ("table", "multi-column", False),
        ("table", "tables", True),
        ("one_column", "tables", False),
        ("two_column", "tables", False),
        ("header_footer", "header-footer-content", True),
        ("one_column", "header-footer-content", False),
        ("hidden_text", "hidden-text", True),
        ("one_column", "hidden-text", False),
        ("one_column", "images", False),
        ("designed", "multi-column", True),
        ("designed", "hidden-text", False),
        ("designed", "tables", False),
    ],
)
def test_pdf_layout_diagnostics(name: str, rule: str, expected: bool) -> None:
    rules = {d.rule for d in parsed(name).diagnostics}
    assert (rule in rules) is expected


@pytest.mark.parametrize(
    "row",
    [
        "Skill Level Keywords",
        "Web Development Master HTML, CSS, Javascript",
        "Compression Master Mpeg, MP4, GIF",
        "University of Oklahoma Bachelor Information Technology 2011-06 - 2014-01",
    ],
)
def test_pdf_table_row_on_one_line(row: str) -> None:
    assert row in lines(parsed("table").text)


def test_pdf_flush_right_date_is_set_off_by_a_tab() -> None:
    """A date set flush right is parted from its title by a tab, as a word processor's
    tab stop would: structure steps split title, employer and dates at it."""
    assert "CEO/President, Pied Piper\t2013-12 - 2014-12" in parsed("one_column").text.split("\n")


@pytest.mark.parametrize(
    "line", ["CEO/President, Pied Piper 2013-12 - 2014-12", "Teacher, CoderDojo 2012-01 - 2013-01"]
)
@pytest.mark.parametrize("name", ["one_column", "two_column"])
def test_pdf_right_aligned_dates_stay_on_their_line(name: str, line: str) -> None:
    assert line in lines(parsed(name).text)


def test_pdf_table_blocks_are_marked() -> None:
    doc = parsed("table")
    kinds = {lines(doc.text[b.span.start : b.span.end])[0]: b.kind for b in doc.blocks}
    assert kinds["Web Development Master HTML, CSS, Javascript"] == "table"
    assert kinds["Richard Hendriks"] == "body"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Richard Hendriks - Resume - Confidential", "header"),
        ("Page 1 of 2", "footer"),
        ("Page 2 of 2", "footer"),
        ("Richard Hendriks", "body"),
    ],
)
def test_pdf_header_footer_blocks(text: str, kind: str) -> None:
    doc = parsed("header_footer")
    found = [b for b in doc.blocks if doc.text[b.span.start : b.span.end] == text]
    assert found
    assert {b.kind for b in found} == {kind}


def test_pdf_header_footer_content_names_the_header_not_page_numbers() -> None:
    messages = [d.message for d in parsed("header_footer").diagnostics]
    assert any("Confidential" in m for m in messages)
    assert not any("Page 1 of 2" in m for m in messages)


def test_pdf_single_page_name_is_not_a_header() -> None:
    doc = parsed("one_column")
    assert {b.kind for b in doc.blocks} == {"body"}


@pytest.mark.parametrize("hidden", [fx.HIDDEN_WHITE, fx.HIDDEN_TINY, fx.HIDDEN_INVISIBLE])
def test_pdf_hidden_text_is_kept_and_flagged(hidden: str) -> None:
    doc = parsed("hidden_text")
    assert hidden in lines(doc.text)
    (finding,) = [d for d in doc.diagnostics if d.rule == "hidden-text"]
    assert hidden in finding.message
    assert finding.severity == "error"


def test_pdf_hidden_text_span_and_visible_white_on_dark() -> None:
    doc = parsed("hidden_text")
    (finding,) = [d for d in doc.diagnostics if d.rule == "hidden-text"]
    assert finding.span is not None
    # the span covers the whole hidden block (three lines in a row), so scoring skips it all
    covered = doc.text[finding.span.start : finding.span.end].split("\n")
    assert covered == [fx.HIDDEN_WHITE, fx.HIDDEN_TINY, fx.HIDDEN_INVISIBLE]
    assert "EXPERIENCE" not in finding.message
    assert finding.page == 1


@pytest.mark.parametrize("name", ["one_column", "two_column", "header_footer"])
def test_pdf_blocks_cover_lines_with_pages_and_boxes(name: str) -> None:
    doc = parsed(name)
    assert doc.pages == 2
    assert lines(doc.text) == [
        doc.text[b.span.start : b.span.end].replace("\t", " ") for b in doc.blocks
    ]
    for block in doc.blocks:
        assert block.page in (1, 2)
        assert block.bbox is not None
        x0, y0, x1, y1 = block.bbox
        assert 0 <= x0 < x1 <= 612
        assert 0 <= y0 < y1 <= 792


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("one_column", "SUMMARY"),
        ("one_column", "EXPERIENCE"),
        ("two_column", "SKILLS"),
        ("two_column", "PUBLICATIONS"),
        ("designed", "EXPERIENCE"),
        ("designed", "RICHARD HENDRIKS"),
        ("one_column", "Richard Hendriks"),
    ],
)
def test_pdf_headings_from_layout(name: str, heading: str) -> None:
    result = raw(name)
    starts = {result.text[s:].split("\n", 1)[0] for s in result.headings}
    assert heading in starts


@pytest.mark.parametrize(
    "line",
    [
        "Palo Alto, CA - Awesome compression company",
        "CEO/President, Pied Piper 2013-12 - 2014-12",
        "• Successfully won Techcrunch Disrupt",
    ],
)
def test_pdf_plain_lines_are_not_headings(line: str) -> None:
    result = raw("one_column")
    starts = {result.text[s:].split("\n", 1)[0] for s in result.headings}
    assert line not in starts


def test_pdf_ligatures_expanded() -> None:
    assert parse(fx.ligature_pdf()).text == "financial flow efficient office"


def test_pdf_unmapped_glyphs_dropped_and_counted() -> None:
    doc = parse(fx.cid_pdf())
    assert doc.text == "Readable words here"
    (finding,) = [d for d in doc.diagnostics if d.rule == "unmapped-glyphs"]
    assert "4 characters" in finding.message
    assert finding.page == 1


def test_pdf_lone_unmapped_glyph_is_an_icon() -> None:
    doc = parse(fx.cid_pdf(icon=True))
    assert doc.text == "richard.hendriks@mail.com"
    assert {d.rule for d in doc.diagnostics} == {"images"}


@pytest.mark.parametrize(
    ("spacing", "placed", "expected"),
    [
        (0, ["Managed", "cloud", "migration"], "Managed cloud migration"),
        (3, ["WORK", "EXPERIENCE"], "WORK EXPERIENCE"),
        (2, ["Python"], "Python"),
        (1.5, ["Senior", "Data", "Engineer"], "Senior Data Engineer"),
    ],
)
def test_pdf_words_without_space_glyphs(spacing: float, placed: list[str], expected: str) -> None:
    assert parse(fx.placed_words([(spacing, placed)])).text == expected


@pytest.mark.parametrize(
    ("written_lines", "expected"),
    [
        (["Led the manage-", "ment of teams"], "Led the management\nof teams"),
        (["Led cross-", "functional teams"], "Led cross-functional\nteams"),
        (["A results-", "driven engineer"], "A results-driven\nengineer"),
        (["Moved to Berlin-", "Brandenburg"], "Moved to Berlin-\nBrandenburg"),
        (["Dates 2019 -", "2021"], "Dates 2019 -\n2021"),
        (["Trained engi-", "neers"], "Trained engineers"),
    ],
)
def test_pdf_end_of_line_hyphenation(written_lines: list[str], expected: str) -> None:
    assert parse(fx.text_lines(written_lines)).text == expected


@pytest.mark.parametrize(
    ("written_lines", "expected"),
    [
        (["· Python", "\u2022 Go"], "• Python\n• Go"),
        (["Rust\u00a0and\u00a0Go"], "Rust and Go"),
    ],
)
def test_pdf_bullets_and_spaces(written_lines: list[str], expected: str) -> None:
    text = [line.replace("\u2022", "\x95") for line in written_lines]  # cp1252 bullet
    assert parse(fx.text_lines(text)).text == expected


@pytest.mark.parametrize("page_number", [False, True])
def test_pdf_image_only_page_has_no_text_layer(page_number: bool) -> None:
    doc = parse(fx.image_only(page_number=page_number))
    assert doc.text == ("1" if page_number else "")
    assert {d.rule for d in doc.diagnostics} == {"no-text-layer", "images"}


@pytest.mark.parametrize("method", ["RC4", "AES_128", "AES_256"])
def test_pdf_owner_password_only_is_read_with_a_warning(method: str) -> None:
    doc = parse(fx.encrypted(user_password=None, method=method))
    assert doc.text == "Richard Hendriks, Programmer"
    (finding,) = [d for d in doc.diagnostics if d.rule == "encrypted"]
    assert finding.severity == "warning"


def test_pdf_reader_is_registered_and_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, atsmatch.parse\n"
        "assert not any(m.startswith('pdfminer') for m in sys.modules)\n"
        "from atsmatch.parse import _readers\n"
        "assert 'pdf' in _readers()\n"
        "assert not any(m.startswith('pdfminer') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_pdf_reads_from_path(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(written("one_column").pdf)
    doc = parse(path)
    assert doc.format == "pdf"
    assert doc.source == str(path)
    assert re.search(r"^Richard Hendriks$", doc.text, re.MULTILINE)


GeneratorCase = Callable[[], bytes]
