"""The name in the largest type on a PDF's first page (RawText.title -> Contact.name)."""

from __future__ import annotations

from fpdf import FPDF

from atsmatch.parse import parse


def _sidebar_name_below_address() -> bytes:
    """A sidebar whose address lines come first, then the one-word name in large type,
    beside a main column with the sections (TwentySeconds-like)."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    y = 20.0
    for text in ("street and number", "postcode city", "Some Country"):
        pdf.set_xy(12, y)
        pdf.cell(50, 5, text)
        y += 5
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_xy(12, y + 4)
    pdf.cell(50, 12, "Alice")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(12, y + 20)
    pdf.cell(50, 5, "alice@example.com")
    y = 20.0
    for heading, body in (("Experience", "Adventurer, Wonderland, 1865 - 1866"),
                          ("Education", "Home schooling, 1850 - 1864")):  # fmt: skip
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_xy(80, y)
        pdf.cell(100, 7, heading)
        pdf.set_font("Helvetica", "", 10)
        for _ in range(4):
            y += 6
            pdf.set_xy(80, y)
            pdf.cell(100, 5, body)
        y += 10
    return bytes(pdf.output())


def _label_beside_name() -> bytes:
    """A Europass-like first line: a small label at the left, the name large beside it."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(12, 20)
    pdf.cell(45, 8, "Personal Information")
    pdf.set_font("Helvetica", "", 16)
    pdf.set_xy(62, 20)
    pdf.cell(80, 8, "Jordan Avery")
    pdf.set_font("Helvetica", "", 10)
    for n, text in enumerate(("jordan@example.com", "Experience", "Engineer at Acme, 2019 - 2024")):
        pdf.set_xy(62, 32 + 6 * n)
        pdf.cell(120, 5, text)
    return bytes(pdf.output())


def test_one_word_name_in_large_type_below_other_lines() -> None:
    assert parse(_sidebar_name_below_address()).contact.name == "Alice"


def test_name_in_large_type_beside_a_label_is_the_large_part() -> None:
    assert parse(_label_beside_name()).contact.name == "Jordan Avery"
