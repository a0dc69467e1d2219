"""DOCX files built by the tests from the JSON Resume sample, with every construct an ATS
may lose: a header and footer, tables (one nested), a text box stored twice (``mc:Choice``
and ``mc:Fallback``), content controls, a hyperlink, tracked changes and a footnote.

:func:`resume_docx` returns the file and the words a reader must produce, in reading order.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def sample_resume() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (DATA / "jsonresume" / "sample.resume.json").read_text(encoding="utf-8")
    )
    return data


def xml(fragment: str) -> Any:
    """An lxml element parsed from a WordprocessingML fragment."""
    from docx.oxml import parse_xml

    return parse_xml(fragment.replace("<ROOT", f"<ROOT {NAMESPACES}"))


def _wrap(tag: str, inner: str) -> str:
    return f"<{tag} {NAMESPACES}>{inner}</{tag.split(' ')[0]}>"


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def textbox_paragraph(anchor: str, lines: list[str]) -> Any:
    """A paragraph with ``anchor`` text and a text box holding ``lines``, stored as a DrawingML
    ``mc:Choice`` and again as a VML ``mc:Fallback`` (as Word writes it)."""
    body = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    fallback = (
        "<mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    )
    return xml(
        _wrap(
            "w:p",
            f"{_run(anchor)}<w:r><mc:AlternateContent>{choice}{fallback}"
            "</mc:AlternateContent></w:r>",
        )
    )


def content_control(text: str) -> Any:
    """A block-level content control (``w:sdt``) holding one paragraph."""
    return xml(_wrap("w:sdt", f"<w:sdtPr/><w:sdtContent><w:p>{_run(text)}</w:p></w:sdtContent>"))


def tracked_paragraph(kept: str, inserted: str, deleted: str) -> Any:
    """A paragraph with a tracked insertion (kept) and a tracked deletion (dropped)."""
    ins = f'<w:ins w:id="1" w:author="a">{_run(inserted)}</w:ins>'
    dele = (
        f'<w:del w:id="2" w:author="a"><w:r><w:delText xml:space="preserve">{deleted}'
        "</w:delText></w:r></w:del>"
    )
    return xml(_wrap("w:p", f"{_run(kept + ' ')}{dele}{ins}"))


def hyperlink_paragraph(before: str, link: str) -> Any:
    return xml(_wrap("w:p", f'{_run(before)}<w:hyperlink w:history="1">{_run(link)}</w:hyperlink>'))


def inline_control_paragraph(before: str, inside: str) -> Any:
    sdt = f"<w:sdt><w:sdtPr/><w:sdtContent>{_run(inside)}</w:sdtContent></w:sdt>"
    return xml(_wrap("w:p", f"{_run(before + ' ')}{sdt}"))


FOOTNOTES = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def add_part(docx: bytes, name: str, content: str | bytes, content_type: str = "") -> bytes:
    """``docx`` with one more part (and, given ``content_type``, its content-type override)."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml" and content_type:
                override = f'<Override PartName="/{name}" ContentType="{content_type}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            target.writestr(info, data)
        target.writestr(name, content)
    return out.getvalue()


def _append(document: Any, element: Any) -> None:
    from docx.oxml.ns import qn

    document.element.body.find(qn("w:sectPr")).addprevious(element)


def resume_docx() -> tuple[bytes, list[str]]:
    """The sample resume as a DOCX, and the lines a faithful reader yields, in order."""
    import docx

    resume = sample_resume()
    basics, work = resume["basics"], resume["work"][0]
    document = docx.Document()
    lines: list[str] = ["Resume of Richard Hendriks"]
    document.sections[0].header.paragraphs[0].text = lines[0]

    def para(text: str, style: str | None = None) -> None:
        document.add_paragraph(text, style=style)
        lines.append(text)

    def element(node: Any, *texts: str) -> None:
        _append(document, node)
        lines.extend(texts)

    document.add_heading(basics["name"], 0)
    lines.append(basics["name"])
    para(basics["label"])
    contact = f"{basics['email']} | {basics['phone']} | "
    element(hyperlink_paragraph(contact, basics["url"]), contact + basics["url"])
    para("San Francisco, California")
    for heading, text in (("Summary", basics["summary"]),):
        document.add_heading(heading, 1)
        lines.append(heading)
        para(text)
    document.add_heading("Experience", 1)
    lines.append("Experience")
    table = document.add_table(rows=1, cols=2)
    first = f"{work['position']} — {work['name']}"
    table.cell(0, 0).text, table.cell(0, 1).text = first, "Dec 2013 – Dec 2014"
    lines.append(f"{first} | Dec 2013 – Dec 2014")
    element(content_control(work["description"]), work["description"])
    para(work["summary"])
    para(work["highlights"][0], "List Bullet")
    element(
        tracked_paragraph("Successfully won", "Techcrunch Disrupt", "Hooli XYZ Conference"),
        "Successfully won Techcrunch Disrupt",
    )
    para(work["highlights"][2], "List Bullet")
    _education(document, lines)
    document.add_heading("Skills", 1)
    lines.append("Skills")
    skills = document.add_table(rows=2, cols=2)
    for row, skill in enumerate(resume["skills"]):
        words = ", ".join(skill["keywords"])
        skills.cell(row, 0).text, skills.cell(row, 1).text = skill["name"], words
        lines.append(f"{skill['name']} | {words}")
    document.add_heading("Languages", 1)
    lines.append("Languages")
    element(
        textbox_paragraph("English — Native speaker", ["Interests: Wildlife, Ferrets, Unicorns"]),
        "English — Native speaker",
        "Interests: Wildlife, Ferrets, Unicorns",
    )
    element(inline_control_paragraph("Reference:", "Erlich Bachman"), "Reference: Erlich Bachman")
    lines.append("Go Sooners and Cardinal!")  # the footnote
    document.sections[0].footer.paragraphs[0].text = "Tulsa, Oklahoma — page footer"
    lines.append("Tulsa, Oklahoma — page footer")
    out = io.BytesIO()
    document.save(out)
    footnotes = FOOTNOTES.replace("{text}", "Go Sooners and Cardinal!")
    return add_part(out.getvalue(), "word/footnotes.xml", footnotes, FOOTNOTES_TYPE), lines


def _education(document: Any, lines: list[str]) -> None:
    document.add_heading("Education", 1)
    lines.append("Education")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "University of Oklahoma"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    rows = [("Bachelor", "Information Technology"), ("Jun 2011 – Jan 2014", "Score 4.0")]
    for r, (left, right) in enumerate(rows):
        inner.cell(r, 0).text, inner.cell(r, 1).text = left, right
    lines.extend(["University of Oklahoma", *(f"{a} | {b}" for a, b in rows)])
