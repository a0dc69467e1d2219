"""Reading-order rules on synthetic fragments (positions in points, origin bottom left)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from atsmatch.parse.pdf.layout import order_page
from atsmatch.parse.pdf.lines import Fragment
from atsmatch.parse.pdf.margins import is_page_number, split_margins


def spaced(text: str) -> str:
    """A line's text with the tabs of wide gaps read as spaces (the order is tested here)."""
    return text.replace("\t", " ")


def frag(
    text: str, x0: float, y0: float, *, size: float = 10.0, width: float | None = None
) -> Fragment:
    width = width if width is not None else 0.5 * size * len(text)
    return Fragment(text=text, x0=x0, y0=y0, x1=x0 + width, y1=y0 + size, size=size, bold=False)


def column(
    prefix: str, x0: float, top: float, count: int, *, pitch: float, size: float, width: float
) -> list[Fragment]:
    return [frag(f"{prefix}{i}", x0, top - i * pitch, size=size, width=width) for i in range(count)]


def read(fragments: list[Fragment]) -> list[str]:
    return [spaced(line.text) for line in order_page(fragments).lines]


def test_pdf_layout_two_columns_read_one_after_the_other() -> None:
    left = column("L", 40, 700, 12, pitch=12, size=9, width=140)
    right = column("R", 220, 700, 20, pitch=14, size=10, width=330)
    order = order_page(left + right)
    assert [spaced(line.text) for line in order.lines] == [f.text for f in left + right]
    assert len(order.gutters) == 1


def test_pdf_layout_full_width_name_cuts_columns_into_bands() -> None:
    name = frag("Name", 40, 740, size=20, width=400)
    left = column("L", 40, 700, 8, pitch=12, size=9, width=140)
    right = column("R", 220, 700, 10, pitch=14, size=10, width=330)
    footer_line = frag("Closing", 40, 100, width=510)
    texts = read([name, *left, *right, footer_line])
    assert texts == ["Name"] + [f.text for f in left + right] + ["Closing"]


def test_pdf_layout_three_columns() -> None:
    cols = [
        column("A", 40, 700, 10, pitch=12, size=9, width=140),
        column("B", 220, 700, 14, pitch=13, size=10, width=150),
        column("C", 400, 700, 9, pitch=15, size=11, width=150),
    ]
    assert read([f for col in cols for f in col]) == [f.text for col in cols for f in col]


def test_pdf_layout_dates_beside_titles_stay_on_their_line() -> None:
    fragments: list[Fragment] = []
    y = 700.0
    for job in range(4):
        fragments += [frag(f"Title{job}", 40, y, width=200), frag(f"Date{job}", 470, y, width=80)]
        for bullet in range(3):
            y -= 12
            fragments.append(frag(f"Bullet{job}.{bullet}", 50, y, width=300))
        y -= 20
    texts = read(fragments)
    assert texts[0] == "Title0 Date0"
    assert "Title3 Date3" in texts
    assert order_page(fragments).gutters == []


def test_pdf_layout_table_rows_read_across() -> None:
    rows = [
        ("Skill", "Level", "Years"),
        ("Python", "Expert", "8"),
        ("Go", "Good", "3"),
        ("SQL", "Good", "6"),
    ]
    fragments = [
        frag(cell, x, 600 - r * 20, width=60)
        for r, row in enumerate(rows)
        for cell, x in zip(row, (40, 200, 360), strict=True)
    ]
    order = order_page(fragments)
    assert [spaced(line.text) for line in order.lines] == [" ".join(row) for row in rows]
    assert {line.kind for line in order.lines} == {"table"}
    assert order.gutters == []


def test_pdf_layout_split_word_fragments_are_glued() -> None:
    # One word drawn in two pieces (out of stream order) must not gain a space.
    fragments = [frag("ment", 70, 600, width=20), frag("manage", 40, 600, width=30)]
    assert read(fragments) == ["management"]


@settings(max_examples=40, deadline=None)
@given(
    left_count=st.integers(3, 25),
    right_count=st.integers(3, 40),
    left_pitch=st.floats(11, 13),
    right_pitch=st.floats(14.5, 18),
    gutter=st.floats(10, 40),
    left_width=st.floats(100, 200),
)
@example(  # three lines a side whose baselines meet twice by chance read as a table
    left_count=3, right_count=3, left_pitch=13.0, right_pitch=14.5, gutter=10.0, left_width=100.0
)
def test_pdf_layout_columns_never_interleave(
    left_count: int,
    right_count: int,
    left_pitch: float,
    right_pitch: float,
    gutter: float,
    left_width: float,
) -> None:
    left = column("L", 36, 740, left_count, pitch=left_pitch, size=9, width=left_width)
    right_x = 36 + left_width + gutter
    right = column("R", right_x, 740, right_count, pitch=right_pitch, size=11, width=576 - right_x)
    texts = read(left + right)
    assert texts == [f.text for f in left + right]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", True),
        ("Page 2 of 3", True),
        ("- 4 -", True),
        ("2/5", True),
        ("2021", False),
        ("Page one", False),
    ],
)
def test_pdf_layout_page_numbers(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def test_pdf_layout_repeated_margin_text_is_header() -> None:
    height = 792.0
    pages = [
        (
            height,
            [frag("Jane Doe - Resume", 40, 760), frag(f"Body {n}", 40, 500), frag(f"{n}", 300, 30)],
        )
        for n in (1, 2)
    ]
    parts = split_margins(pages)
    assert [f.text for f in parts[0].header] == ["Jane Doe - Resume"]
    assert [f.text for f in parts[1].footer] == ["2"]
    assert [f.text for f in parts[1].body] == ["Body 2"]


def test_pdf_layout_single_page_top_line_is_body() -> None:
    (parts,) = split_margins([(792.0, [frag("Jane Doe", 40, 740, size=20), frag("Body", 40, 500)])])
    assert parts.header == []


def prose(prefix: str, x0: float, width: float, count: int, *, top: float = 700) -> list[Fragment]:
    """Wrapped paragraph lines: full column width except each fourth (a paragraph end)."""
    return [
        frag(
            f"{prefix}{i} words of running text",
            x0,
            top - 12 * i,
            width=width * (0.55 if i % 4 == 3 else 0.98),
        )
        for i in range(count)
    ]


def test_pdf_layout_prose_columns_sharing_every_baseline_stay_columns() -> None:
    left = prose("L", 40, 240, 16)
    right = prose("R", 300, 270, 16)
    order = order_page(left + right)
    assert [spaced(line.text) for line in order.lines] == [f.text for f in left + right]


def test_pdf_layout_table_with_a_column_of_equal_width_dates_is_a_table() -> None:
    fragments = []
    for row in range(5):
        y = 600 - 14 * row
        fragments += [
            frag(f"Role{row}", 40, y, width=60 + 17 * row),
            frag(f"Date{row}", 400, y, width=80),
        ]
    texts = read(fragments)
    assert texts == [f"Role{row} Date{row}" for row in range(5)]


def test_pdf_layout_wide_table_of_many_cells_is_read_by_rows() -> None:
    fragments = [
        frag(f"c{row}.{col}", 40 + col * 45, 700 - row * 14, width=30)
        for row in range(8)
        for col in range(10)
    ]
    order = order_page(fragments)
    assert order.gutters == []
    assert [spaced(line.text) for line in order.lines] == [
        " ".join(f"c{row}.{col}" for col in range(10)) for row in range(8)
    ]


def test_pdf_layout_superscript_stays_on_its_line() -> None:
    fragments = [
        frag("Ranked 1", 40, 700, width=40),
        frag("st", 80, 704, size=6, width=6),
        frag("of 300 teams", 90, 700, width=60),
        frag("Next line", 40, 688, width=45),
    ]
    assert read(fragments) == ["Ranked 1st of 300 teams", "Next line"]


def test_pdf_layout_spread_contact_line_above_columns() -> None:
    # "email   phone   city" spread over the width; "phone" half covers the gutter.
    contact = [
        frag("jo@mail.com", 40, 730, width=90),
        frag("555-0100", 190, 730, width=70),
        frag("Austin", 480, 730, width=60),
    ]
    left = column("L", 40, 700, 12, pitch=12, size=9, width=140)
    right = column("R", 220, 700, 20, pitch=14, size=10, width=330)
    texts = read(contact + left + right)
    assert texts == ["jo@mail.com 555-0100 Austin"] + [f.text for f in left + right]


def test_pdf_layout_page_label_on_a_continuation_page_is_header() -> None:
    pages = [
        (792.0, [frag("Jane Doe", 40, 740, size=20), frag("Body one", 40, 500)]),
        (792.0, [frag("Jane Doe - Page 2", 40, 760), frag("Body two", 40, 500)]),
    ]
    first, second = split_margins(pages)
    assert first.header == []
    assert [f.text for f in second.header] == ["Jane Doe - Page 2"]


def test_pdf_layout_headings_side_by_side_stay_in_their_columns() -> None:
    """Two column headings on one baseline (one centred in the sidebar) are not a line
    spread over the page: each heading starts its own column."""
    main = [frag("EXPERIENCE", 40, 700, width=80)]
    main += column("M", 40, 680, 14, pitch=12, size=10, width=300)
    side = [frag("LIFE PHILOSOPHY", 452, 700, width=90)]
    side += column("S", 420, 680, 6, pitch=15, size=9, width=150)
    texts = read(main + side)
    assert texts == [f.text for f in main + side]


def test_pdf_layout_wrapped_text_across_a_strip_keeps_one_column() -> None:
    """A strip that wrapped lines run through, with a grid below, is no column gutter."""
    fragments = [frag("Summary", 40, 720, width=60)]
    fragments += column("Wrapped text line number", 40, 705, 4, pitch=12, size=10, width=340)
    fragments += [frag("Title", 40, 640, width=100), frag("2019 - 2021", 300, 640, width=80)]
    fragments += column("Bullet text line number", 50, 628, 3, pitch=12, size=10, width=320)
    for row in range(4):
        fragments += [frag(f"A{row}", 40, 560 - 12 * row, width=90)]
        fragments += [frag(f"B{row}", 220, 560 - 12 * row, width=90)]
    order = order_page(fragments)
    assert order.gutters == []
    assert "Title 2019 - 2021" in [spaced(line.text) for line in order.lines]


def test_pdf_layout_flush_right_label_column_is_read_in_place() -> None:
    """Europass-style labels (section names, dates) set flush right in a margin column,
    beside but not on the baseline of their entries, are read with the entries."""
    labels = [
        frag("Experience", 146 - 50, 705, width=50),
        frag("Jan 2019 - Present", 146 - 90, 680, width=90),
        frag("Education", 146 - 48, 590, width=48),
    ]
    entries = [frag("Acme Inc", 170, 690 - 12 * i, width=300) for i in range(8)]
    entries += [frag("State University", 170, 570 - 12 * i, width=300) for i in range(4)]
    texts = read(labels + entries)
    assert order_page(labels + entries).gutters == []
    assert texts[0] == "Experience"
    assert any("Jan 2019 - Present" in text for text in texts[1:3])
    assert texts.index("Education") < texts.index("State University")
