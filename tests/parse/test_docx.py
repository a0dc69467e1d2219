from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch import parse
from atsmatch.errors import CorruptFileError, InputTooLargeError, UnsupportedFormatError
from atsmatch.parse import ParseLimits
from tests.conftest import DATA
from tests.parse.docx_fixtures import resume_docx, textbox_paragraph


@pytest.fixture(scope="module")
def resume() -> tuple[bytes, list[str]]:
    return resume_docx()


def words(text: str) -> list[str]:
    return re.findall(r"[^\s|•]+", text)


def test_docx_matches_golden_text(resume: tuple[bytes, list[str]]) -> None:
    golden = (DATA / "parse" / "sample.resume.docx.txt").read_text(encoding="utf-8")
    assert parse(resume[0]).text == golden


def test_docx_every_word_once_in_order(resume: tuple[bytes, list[str]]) -> None:
    data, lines = resume
    assert words(parse(data).text) == words("\n".join(lines))


@pytest.mark.parametrize(
    ("needle", "count"),
    [
        ("Interests: Wildlife", 1),  # text box read once, not again from mc:Fallback
        ("Hooli XYZ Conference", 0),  # tracked deletion dropped
        ("Techcrunch Disrupt", 1),  # tracked insertion kept
        ("Erlich Bachman", 1),  # inline content control
        ("Awesome compression company", 1),  # block content control
        ("Go Sooners and Cardinal!", 2),  # in the summary and as the footnote
        ("http://richardhendricks.example.com", 1),  # hyperlink text
        ("Bachelor | Information Technology", 1),  # nested table row
    ],
)
def test_docx_constructs(resume: tuple[bytes, list[str]], needle: str, count: int) -> None:
    assert parse(resume[0]).text.count(needle) == count


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("header", "Resume of Richard Hendriks"),
        ("footer", "Tulsa, Oklahoma — page footer"),
        ("textbox", "Interests: Wildlife, Ferrets, Unicorns"),
        ("table", "Compression | Mpeg, MP4, GIF"),
        ("footnote", "Go Sooners and Cardinal!"),
        ("body", "Programmer"),
    ],
)
def test_docx_block_kinds(resume: tuple[bytes, list[str]], kind: str, text: str) -> None:
    doc = parse(resume[0])
    found = [b for b in doc.blocks if doc.text[b.span.start : b.span.end] == text]
    assert [b.kind for b in found] == [kind]
    assert found[0].paragraph is not None


def test_docx_analysis(resume: tuple[bytes, list[str]]) -> None:
    doc = parse(resume[0])
    assert doc.format == "docx"
    assert [s.name for s in doc.sections] == [
        "summary",
        "experience",
        "education",
        "skills",
        "languages",
    ]
    assert doc.contact.name == "Richard Hendriks"
    assert doc.contact.phone == "(912) 555-4321"
    assert [(e.title, e.employer, e.start, e.end) for e in doc.experience] == [
        ("CEO/President", "Pied Piper", "2013-12", "2014-12")
    ]
    rules = {d.rule for d in doc.diagnostics}
    assert {"tables", "text-boxes", "tracked-changes"} <= rules
    assert "missing-section" not in rules
    assert "header-footer-content" not in rules  # the name is in the body too


def _docx(*paragraphs: object, header: str = "", bold: str = "") -> bytes:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if bold:
        document.add_paragraph().add_run(bold).bold = True
    for paragraph in paragraphs:
        if isinstance(paragraph, str):
            document.add_paragraph(paragraph)
        else:
            body = document.element.body
            body.insert(len(body) - 1, paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_fallback_used_when_no_choice() -> None:
    paragraph = textbox_paragraph("anchor", ["boxed"])
    choice = paragraph.find(".//{*}Choice")
    choice.getparent().remove(choice)
    assert parse(_docx(paragraph)).text == "anchor\nboxed\n"


def test_docx_bold_short_paragraph_is_layout_heading() -> None:
    doc = parse(_docx("Skills", "Python", "Experience", "x", header="", bold="Open Source"))
    assert "Open Source" in doc.text


def test_docx_contact_only_in_header_is_flagged() -> None:
    doc = parse(_docx("Jane Doe", "Experience", "Skills", header="jane@example.com"))
    assert doc.contact.email == "jane@example.com"
    (found,) = [d for d in doc.diagnostics if d.rule == "header-footer-content"]
    assert "the email appear only" in found.message


def test_docx_pages_from_app_properties() -> None:
    import docx

    document = docx.Document()
    for _ in range(3):
        document.add_paragraph("text")
        document.add_page_break()
    out = io.BytesIO()
    document.save(out)
    assert parse(out.getvalue()).pages == 4


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789éü", min_size=1, max_size=8)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=6), min_size=1, max_size=8))
def test_docx_paragraph_text_round_trips(paragraphs: list[list[str]]) -> None:
    lines = [" ".join(p) for p in paragraphs]
    assert parse(_docx(*lines)).text == "".join(line + "\n" for line in lines)


# --- hostile and broken files -------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_docx_truncated_is_corrupt(resume: tuple[bytes, list[str]]) -> None:
    with pytest.raises(CorruptFileError, match=r"<bytes>: .*zip"):
        parse(resume[0][: len(resume[0]) // 2])


def test_docx_not_a_zip_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_text("just some words", encoding="utf-8")
    with pytest.raises(CorruptFileError, match=r"cv\.docx: has a DOCX suffix but is not a zip"):
        parse(path)


def test_docx_zip_without_document_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError, match="not a DOCX"):
        parse(_zip({"notes.txt": b"hello"}))


def test_docx_zip_bomb_refused() -> None:
    bomb = _zip({"word/document.xml": b"<a>" + b" " * 5_000_000 + b"</a>"})
    assert len(bomb) < 50_000
    with pytest.raises(InputTooLargeError, match="zip bomb"):
        parse(bomb, limits=ParseLimits(max_decompressed=1_000_000))


def test_docx_entity_expansion_refused() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1 or "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        + b"</w:body></w:document>"
    )
    with pytest.raises(CorruptFileError, match="DTD or XML entities"):
        parse(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": laughs}))


def test_docx_malformed_xml_is_corrupt() -> None:
    with pytest.raises(CorruptFileError, match="not well-formed"):
        parse(_zip({"word/document.xml": b"<w:document><unclosed>"}))


@pytest.mark.parametrize(
    ("styles", "style_id"),
    [
        (b'<w:style w:styleId="berschrift1"><w:name w:val="heading 1"/>', "berschrift1"),
        (b'<w:style w:styleId="Titel"><w:name w:val="Title"/></w:style>', "Titel"),
    ],
)  # fmt: skip
def test_docx_localised_heading_styles(styles: bytes, style_id: str) -> None:
    from atsmatch.parse.docx.reader import _heading_styles

    assert style_id in _heading_styles(styles)


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("props", "cell_fill", "hidden"),
    [
        ("<w:vanish/>", None, True),
        ('<w:color w:val="FFFFFF"/>', None, True),
        ('<w:sz w:val="2"/>', None, True),
        ('<w:color w:val="FFFFFF"/>', "1F3864", False),  # white on a dark cell: visible
        ('<w:vanish w:val="0"/><w:sz w:val="22"/>', None, False),
    ],
)
def test_docx_hidden_text(props: str, cell_fill: str | None, hidden: bool) -> None:
    from tests.parse.docx_fixtures import xml

    run = f"<w:r><w:rPr>{props}</w:rPr><w:t>python kubernetes</w:t></w:r>"
    paragraph = xml(f"<w:p {_ns()}>{run}</w:p>")
    if cell_fill:
        shading = f'<w:tcPr><w:shd w:val="clear" w:fill="{cell_fill}"/></w:tcPr>'
        paragraph = xml(
            f"<w:tbl {_ns()}><w:tr><w:tc>{shading}<w:p>{run}</w:p></w:tc></w:tr></w:tbl>"
        )
    doc = parse(_docx("Jane Doe", paragraph))
    assert "python kubernetes" in doc.text  # an ATS reads it either way
    assert ("hidden-text" in {d.rule for d in doc.diagnostics}) is hidden


def _ns() -> str:
    return 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_images_and_list_bullets(tmp_path: Path) -> None:
    import docx

    image = tmp_path / "dot.png"
    image.write_bytes(_png())
    document = docx.Document()
    document.add_paragraph("Led the team", style="List Bullet")
    document.add_picture(str(image))
    out = io.BytesIO()
    document.save(out)
    doc = parse(out.getvalue())
    assert doc.text == "• Led the team\n"
    assert "images" in {d.rule for d in doc.diagnostics}


def test_docx_symbol_glyph_keeps_words_apart() -> None:
    from tests.parse.docx_fixtures import xml

    runs = '<w:r><w:t>a@b.co</w:t><w:sym w:font="Wingdings" w:char="F0A7"/><w:t>555</w:t></w:r>'
    assert parse(_docx(xml(f"<w:p {_ns()}>{runs}</w:p>"))).text == "a@b.co 555\n"


def test_docx_time_limit() -> None:
    data = _docx(*(["word"] * 1100))
    with pytest.raises(InputTooLargeError, match="max_seconds"):
        parse(data, limits=ParseLimits(max_seconds=0.0))


def test_docx_layout_table_read_column_by_column() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Ana Lima", 0)
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.text = "ana@example.com"
    for line in ("+351 912 345 678", "Skills", "Python", "SQL"):
        left.add_paragraph(line)
    right.text = "Experience"
    for line in ("Data Engineer, Farfetch", "Mar 2019 – Present", "Built pipelines"):
        right.add_paragraph(line)
    right.add_paragraph("Education")
    right.add_paragraph("MSc, University of Porto, 2018")
    out = io.BytesIO()
    document.save(out)
    doc = parse(out.getvalue())
    assert doc.text.split("\n")[:6] == [
        "Ana Lima",
        "ana@example.com",
        "+351 912 345 678",
        "Skills",
        "Python",
        "SQL",
    ]
    assert [s.name for s in doc.sections] == ["skills", "experience", "education"]
    assert (doc.contact.name, doc.contact.phone) == ("Ana Lima", "+351 912 345 678")
    assert [(e.title, e.employer) for e in doc.experience] == [("Data Engineer", "Farfetch")]


def test_docx_frame_is_a_text_box() -> None:
    from tests.parse.docx_fixtures import xml

    framed = f'<w:p {_ns()}><w:pPr><w:framePr w:w="3000" w:hAnchor="page"/></w:pPr>'
    framed += "<w:r><w:t>in a frame</w:t></w:r></w:p>"
    doc = parse(_docx("body", xml(framed)))
    assert [b.kind for b in doc.blocks] == ["body", "textbox"]
    assert "text-boxes" in {d.rule for d in doc.diagnostics}


def test_docx_name_and_email_only_in_header() -> None:
    doc = parse(_docx("Experience", "Skills", header="Jane Doe | jane@example.com"))
    (found,) = [d for d in doc.diagnostics if d.rule == "header-footer-content"]
    assert "the name, email appear only" in found.message
