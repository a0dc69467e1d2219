"""The name of a DOCX from Word's Title style or the largest type on its first lines
(RawText.title -> Contact.name), when the first line is not the name."""

from __future__ import annotations

import io

import pytest

from atsmatch.parse import parse
from atsmatch.parse.docx.reader import read_docx
from atsmatch.parse.limits import ParseLimits

docx = pytest.importorskip("docx")
Pt = docx.shared.Pt

_BODY = (
    "Built data pipelines in Python and SQL for reporting across four business units, "
    "and ran the on-call rotation for the platform team."
)


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _resume(top: list[tuple[str, str]]) -> bytes:
    """A resume whose first lines are ``top`` as (text, how): "title" (Title style),
    "big" (a run of 24 pt), "plain"; then an experience section."""
    document = docx.Document()
    for text, how in top:
        if how == "title":
            document.add_paragraph(text, style="Title")
        elif how == "big":
            document.add_paragraph().add_run(text).font.size = Pt(24)
        else:
            document.add_paragraph(text)
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Data Engineer, Globex Corporation, 2018 - 2022")
    document.add_paragraph(_BODY, style="List Bullet")
    return _save(document)


def _title(data: bytes) -> str | None:
    raw = read_docx(data, "t.docx", ParseLimits())
    return raw.text[raw.title[0] : raw.title[1]] if raw.title else None


def test_docx_title_style_names_the_person_under_a_first_line() -> None:
    data = _resume(
        [("Curriculum Vitae", "plain"), ("Marie Dupont", "title"), ("marie@example.fr", "plain")]
    )
    assert _title(data) == "Marie Dupont"
    assert parse(data).contact.name == "Marie Dupont"


def test_docx_largest_run_names_the_person_below_a_job_title() -> None:
    data = _resume(
        [
            ("Senior Data Engineer", "plain"),
            ("Jonas Weber", "big"),
            ("jonas@example.de | Berlin, Germany", "plain"),
        ]
    )
    assert _title(data) == "Jonas Weber"
    assert parse(data).contact.name == "Jonas Weber"


def test_docx_no_title_when_nothing_stands_out() -> None:
    data = _resume([("Ana Ruiz", "plain"), ("ana@example.es", "plain")])
    assert _title(data) is None
    assert parse(data).contact.name == "Ana Ruiz"  # the first line, as before


def test_docx_title_only_on_the_first_lines() -> None:
    top = [(f"Line number {n} of the header", "plain") for n in range(7)]
    data = _resume([*top, ("Late Large Text", "big")])
    assert _title(data) is None


def test_docx_title_size_from_a_custom_style_through_based_on() -> None:
    document = docx.Document()
    style = document.styles.add_style("PersonName", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(28)
    child = document.styles.add_style("PersonNameBlue", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = style
    document.add_paragraph("Product Manager")
    document.add_paragraph("Kim Lee", style="PersonNameBlue")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph(_BODY)
    data = _save(document)
    assert _title(data) == "Kim Lee"
    assert parse(data).contact.name == "Kim Lee"


def test_docx_french_resume_name_and_sections() -> None:
    document = docx.Document()
    document.add_paragraph("CV")
    document.add_paragraph("Élodie Moreau", style="Title")
    document.add_paragraph("elodie@example.fr | Lyon, France")
    for heading, body in (
        ("EXPÉRIENCE PROFESSIONNELLE", "Ingénieure logiciel, Société Générale, 2019 - 2023"),
        ("FORMATION", "Master Informatique, Université de Lyon, 2017 - 2019"),
        ("COMPÉTENCES", "Python, SQL, Docker"),
        ("LANGUES", "Français, Anglais"),
        ("ACTIVITÉS", "Escalade, photographie"),
    ):
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph(body)
    parsed = parse(_save(document))
    assert parsed.contact.name == "Élodie Moreau"
    kinds = [section.name for section in parsed.sections]
    assert kinds == ["experience", "education", "skills", "languages", "interests"]
