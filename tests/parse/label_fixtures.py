"""Generated resumes whose section names sit beside the content, not above it.

Look-alikes of three real layouts, written with fpdf2: a label column at the left margin
with section names in bold capitals on an entry's first line, one of them wrapped over two
lines (simple-resume-cv, Europass); larger, right-aligned labels in a narrow left column,
one of them alone on its line above a sub-label (moderncv "fancy"); and section names
turned 90 degrees in the right margin, centred on their section (latexcv "rows"). A
key-value table whose keys look like labels but are set like their values is the case
that must stay as it is.
"""

from __future__ import annotations

from fpdf import FPDF

__all__ = [
    "bold_employers",
    "key_value_table",
    "label_column",
    "right_aligned_labels",
    "rotated_labels",
]

_ENTRIES = {
    "EDUCATION": [
        ("State University, Springfield, Illinois", ""),
        ("- B.S. in Computer Science", "2010 - 2014"),
    ],
    "WORK EXPERIENCE": [
        ("Acme Corp, Chicago, Illinois", ""),
        ("- Software Engineer", "2016 - 2020"),
        ("built the billing service in Go and PostgreSQL.", ""),
        ("Globex Inc, Evanston, Illinois", ""),
        ("- Junior Developer", "2014 - 2016"),
        ("maintained the web shop written in Python.", ""),
    ],
    "SKILLS": [("Python, Go, PostgreSQL, Docker, Kubernetes", "")],
    "LANGUAGES": [("English (native), Spanish (fluent)", "")],
}


def _pdf(*, align: str = "C") -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_creator("atsmatch tests")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_xy(15, 12)
    pdf.cell(0, 10, "Jordan Avery", align=align)
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(15, 22)
    pdf.cell(0, 5, "jordan.avery@example.com  |  +1 (555) 014-2231", align=align)
    return pdf


def label_column(*, wrap: str = "WORK EXPERIENCE") -> bytes:
    """Bold capital labels at x = 15 mm, entries from x = 55 mm (titles a little further
    in, descriptions in their own type), dates flush right; the
    label ``wrap`` is set on two lines (its words on the entry's first and second line)."""
    pdf = _pdf()
    y = 40.0
    for label, entries in _ENTRIES.items():
        words = [" ".join(label.split()[:-1]), label.split()[-1]] if label == wrap else [label]
        for index, (text, dates) in enumerate(entries):
            if index < len(words) and words[index]:
                pdf.set_font("Helvetica", "B", 9)
                pdf.set_xy(15, y)
                pdf.cell(35, 5, words[index])
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(55 if text[0].isupper() else 57, y)
            pdf.cell(110, 5, text)
            if dates:
                pdf.set_xy(165, y)
                pdf.cell(35, 5, dates, align="R")
            y += 5.5
        y += 5
    return bytes(pdf.output())


def right_aligned_labels() -> bytes:
    """Labels in 14 pt, right-aligned at x = 50 mm, entries in 10.5 pt from x = 56 mm;
    "Experience" stands alone on its line, above "Vocational", a sub-label beside the
    first job (moderncv "fancy")."""
    pdf = _pdf()
    y = 40.0
    for label, entries in _ENTRIES.items():
        title = label.title().replace("Work ", "")
        alone = title == "Experience"
        if alone:
            pdf.set_font("Helvetica", "", 14)
            pdf.set_xy(15, y)
            pdf.cell(35, 6, title, align="R")
            y += 7
        for index, (text, _dates) in enumerate(entries):
            if index == 0:
                pdf.set_font("Helvetica", "", 12 if alone else 14)
                pdf.set_xy(15, y)
                pdf.cell(35, 6, "Vocational" if alone else title, align="R")
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_xy(56, y)
            pdf.cell(120, 6, text)
            y += 6
        y += 5
    return bytes(pdf.output())


def rotated_labels() -> bytes:
    """Two sections of dated entries; "EXPERIENCE" and "EDUCATION" turned 90 degrees at
    the right margin, centred on their section (below its first entry's first line)."""
    pdf = _pdf()
    y = 40.0
    sections = (
        ("EXPERIENCE", [("Acme Corp", "Software Engineer", "2016 - 2020"),
                        ("Globex Inc", "Junior Developer", "2014 - 2016"),
                        ("Initech", "Intern", "2013 - 2014")]),
        ("EDUCATION", [("State University", "B.S. in Computer Science", "2010 - 2014"),
                       ("City College", "A.S. in Mathematics", "2008 - 2010")]),
    )  # fmt: skip
    for label, entries in sections:
        top = y
        for employer, title, dates in entries:
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_xy(15, y)
            pdf.cell(120, 5, f"{title} ({employer})")
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(140, y)
            pdf.cell(35, 5, dates, align="R")
            y += 5.5
            for bullet in ("Shipped features to production every week", "Wrote tests"):
                pdf.set_xy(18, y)
                pdf.cell(120, 5, bullet)
                y += 5
            y += 4
        middle = (top + y) / 2
        pdf.set_font("Helvetica", "", 16)
        width = pdf.get_string_width(label)
        with pdf.rotation(90, 195, middle + width / 2):
            pdf.text(195, middle + width / 2, label)
        y += 12
    return bytes(pdf.output())


def key_value_table() -> bytes:
    """A heading, then keys and values in the same type ("Python   Expert"): a table, no
    labels."""
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(15, 40)
    pdf.cell(0, 6, "Skills")
    y = 48.0
    for key, value in (("Python", "Expert"), ("Go", "Advanced"), ("Docker", "Advanced"),
                       ("German", "Fluent")):  # fmt: skip
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(15, y)
        pdf.cell(35, 5, key)
        pdf.set_xy(55, y)
        pdf.cell(60, 5, value)
        y += 5.5
    return bytes(pdf.output())


def bold_employers() -> bytes:
    """One column (Jake's resume): a bold employer at the margin with its dates flush right
    on the same line, the title below, bullets running across the page; no labels. The
    header is flush left, so no text starts between the employers and the dates."""
    pdf = _pdf(align="L")
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(15, 36)
    pdf.cell(0, 6, "Experience")
    y = 44.0
    bullet = (
        "- Built and ran the billing services for millions of users in Go and Python, "
        "with unit tests and monitoring"
    )
    jobs = (
        ("Google", "Software Engineer", "Jun 2020 - Present"),
        ("Coursera", "Data Scientist", "May 2017 - Jun 2020"),
    )
    for employer, title, dates in jobs:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(15, y)
        pdf.cell(60, 5, employer)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(150, y)
        pdf.cell(50, 5, dates, align="R")
        pdf.set_xy(15, y + 5)
        pdf.cell(60, 5, title)
        y += 10
        for _ in range(3):
            pdf.set_xy(18, y)
            pdf.cell(185, 5, bullet)
            y += 5
        y += 4
    return bytes(pdf.output())
