"""Table rows with wrapped cells, on synthetic fragments (points, origin bottom left)."""

from __future__ import annotations

from atsmatch.parse.pdf.layout import order_page
from atsmatch.parse.pdf.lines import Fragment
from tests.parse.test_pdf_layout import frag

COLUMNS = (40, 200, 360)


def spaced(text: str) -> str:
    """A line's text with the tabs of wide gaps read as spaces (the order is tested here)."""
    return text.replace("\t", " ")


def table(rows: list[list[list[str]]], *, top: float = 600, pitch: float = 12) -> list[Fragment]:
    """Rows of cells; a cell is a list of its lines (top-aligned, one line per ``pitch``)."""
    fragments: list[Fragment] = []
    y = top
    for row in rows:
        for cell, x in zip(row, COLUMNS, strict=False):
            fragments += [frag(text, x, y - i * pitch, width=100) for i, text in enumerate(cell)]
        y -= pitch * max(len(cell) for cell in row) + 6
    return fragments


def test_pdf_tables_wrapped_cells_stay_in_their_row() -> None:
    fragments = table(
        [
            [["Skill"], ["Level"], ["Keywords"]],
            [["Web"], ["Master"], ["HTML, CSS,", "Javascript"]],
            [["Data", "engineering"], ["Good"], ["SQL"]],
            [["Go"], ["Good"], ["gRPC"]],
        ]
    )
    order = order_page(fragments)
    assert [spaced(line.text) for line in order.lines] == [
        "Skill Level Keywords",
        "Web Master HTML, CSS, Javascript",
        "Data engineering Good SQL",
        "Go Good gRPC",
    ]
    assert {line.kind for line in order.lines} == {"table"}


def test_pdf_tables_body_text_after_a_table_is_not_a_cell() -> None:
    fragments = table([[["A"], ["1"]], [["B"], ["2"]], [["C"], ["3"]]])
    fragments.append(frag("Body text after the table", 40, 500, width=300))
    texts = [spaced(line.text) for line in order_page(fragments).lines]
    assert texts == ["A 1", "B 2", "C 3", "Body text after the table"]


def test_pdf_tables_two_rows_are_not_a_table() -> None:
    fragments = table([[["Title"], ["2019"]], [["Place"], ["2021"]]])
    order = order_page(fragments)
    assert {line.kind for line in order.lines} == {"body"}


def test_pdf_tables_a_heading_in_larger_type_ends_the_table() -> None:
    """Dated rows, then a section heading close under them, then more dated rows: the
    heading is a line of its own, not a wrapped cell of the last row (TwentySeconds)."""
    fragments = table(
        [[["1987"], ["Best novel"]], [["1998"], ["Best film"]], [["1999"], ["Prize"]]]
    )
    fragments.append(frag("experience", 40, 600 - 3 * 18 - 4, size=17, width=90))
    fragments += table(
        [[["1900"], ["Silent film"]], [["1933"], ["Remake"]], [["1951"], ["Disney"]]], top=520
    )
    texts = [spaced(line.text) for line in order_page(fragments).lines]
    assert texts[3] == "experience"
    assert texts[:3] == ["1987 Best novel", "1998 Best film", "1999 Prize"]


def test_pdf_tables_icons_before_contact_lines_make_no_table() -> None:
    """An icon (a fragment with no text) before each line of a sidebar's contact list."""
    fragments: list[Fragment] = []
    for n, text in enumerate(["26 November 1865", "United Kingdom", "+39 0325658974", "x.org"]):
        icon = frag("", 40, 600 - 14 * n, width=10)
        icon.icons = 1
        fragments += [icon, frag(text, 60, 600 - 14 * n, width=90)]
    order = order_page(fragments)
    assert {line.kind for line in order.lines} == {"body"}
    assert [line.text.strip() for line in order.lines] == [
        "26 November 1865",
        "United Kingdom",
        "+39 0325658974",
        "x.org",
    ]
