"""Generated PDF fixtures: resumes laid out from tests/data/jsonresume/sample.resume.json.

Every generator returns the PDF bytes and the text it wrote, as lines per *flow* (a column,
or the page header/footer), in the order a person reads them. The fidelity tests compare
the parsed text with these lines. Hand-built PDFs (broken, unusual fonts) are written by
:func:`raw_pdf` from a list of PDF objects.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import TextMode

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "jsonresume" / "sample.resume.json"

# The core PDF fonts only cover Latin-1; the sample has a few typographic characters.
_LATIN1 = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "™": "", "–": "-", "—": "-"})


def load_resume() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


def _plain(text: str) -> str:
    return " ".join(text.translate(_LATIN1).split())


@dataclass
class Written:
    """A generated PDF and the lines written into it, per flow, in reading order."""

    pdf: bytes
    flows: dict[str, list[str]] = field(default_factory=dict)

    def words(self) -> list[str]:
        return [word for lines in self.flows.values() for line in lines for word in line.split()]


class _Writer:
    """Writes lines and paragraphs with FPDF and records them per flow."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.flows: dict[str, list[str]] = {}
        self.tracking = 0.0

    def record(self, flow: str, text: str) -> None:
        self.flows.setdefault(flow, []).append(text)

    def line(
        self,
        flow: str,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        x: float | None = None,
        width: float = 0,
        height: float = 5,
    ) -> None:
        text = _plain(text)
        self.pdf.set_font("Helvetica", style, size)
        if x is not None:
            self.pdf.set_x(x)
        self.pdf.cell(width, height, text, new_x="LMARGIN", new_y="NEXT")
        self.record(flow, text)

    def pair(self, flow: str, left: str, right: str, *, x: float, width: float) -> None:
        """A bold left text and a right-aligned text (a date) on one baseline."""
        left, right = _plain(left), _plain(right)
        self.pdf.set_x(x)
        self.pdf.set_font("Helvetica", "B", 10)
        self.pdf.cell(width * 0.7, 5, left)
        self.pdf.set_font("Helvetica", "", 10)
        self.pdf.set_x(x + width * 0.7)
        self.pdf.cell(width * 0.3, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.record(flow, f"{left} {right}")

    def para(
        self, flow: str, text: str, *, x: float, width: float, size: float = 10, height: float = 5
    ) -> None:
        text = _plain(text)
        self.pdf.set_font("Helvetica", "", size)
        self.pdf.set_x(x)
        self.pdf.multi_cell(width, height, text, new_x="LMARGIN", new_y="NEXT")
        self.record(flow, text)

    def heading(self, flow: str, text: str, *, x: float, size: float = 12) -> None:
        self.pdf.ln(2)
        self.pdf.set_char_spacing(self.tracking)
        self.line(flow, text.upper(), size=size, style="B", x=x, height=7)
        self.pdf.set_char_spacing(0)


def _dates(item: dict[str, Any], start: str = "startDate", end: str = "endDate") -> str:
    return f"{item.get(start, '')[:7]} - {item.get(end, '')[:7] or 'present'}"


def _new_pdf(pdf: FPDF | None = None) -> FPDF:
    pdf = pdf or FPDF(format="letter")
    pdf.set_creator("atsmatch tests")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    return pdf


def _contact(resume: dict[str, Any]) -> list[str]:
    basics = resume["basics"]
    place = basics["location"]
    return [
        f"{basics['email']} | {basics['phone']} | {basics['url']}",
        f"{place['address']}, {place['city']}, {place['region']} {place['postalCode']}",
    ]


def _body(
    w: _Writer,
    resume: dict[str, Any],
    flow: str,
    *,
    x: float,
    width: float,
    tracking: float = 0,
    short: bool = False,
) -> None:
    """The main sections: summary, experience, volunteering, education, awards, ...

    ``tracking`` letter-spaces the section headings by that many points; ``short`` stops
    after education.
    """
    w.tracking = tracking
    w.heading(flow, "Summary", x=x)
    w.para(flow, resume["basics"]["summary"], x=x, width=width)
    w.heading(flow, "Experience", x=x)
    for job in resume["work"]:
        w.pair(flow, f"{job['position']}, {job['name']}", _dates(job), x=x, width=width)
        w.line(flow, f"{job['location']} - {job['description']}", x=x)
        w.para(flow, job["summary"], x=x, width=width)
        for item in job["highlights"]:
            w.para(flow, f"· {item}", x=x, width=width)
    w.heading(flow, "Volunteering", x=x)
    for job in resume["volunteer"]:
        w.pair(flow, f"{job['position']}, {job['organization']}", _dates(job), x=x, width=width)
        w.para(flow, job["summary"], x=x, width=width)
        for item in job["highlights"]:
            w.para(flow, f"· {item}", x=x, width=width)
    w.heading(flow, "Education", x=x)
    for school in resume["education"]:
        degree = f"{school['studyType']}, {school['area']}"
        w.pair(flow, degree, _dates(school), x=x, width=width)
        w.line(flow, f"{school['institution']} - score {school['score']}", x=x)
        for course in school["courses"]:
            w.para(flow, f"· {course}", x=x, width=width)
    if short:
        return
    w.heading(flow, "Awards", x=x)
    for award in resume["awards"]:
        w.pair(flow, award["title"], award["date"][:7], x=x, width=width)
        w.para(flow, f"{award['awarder']}: {award['summary']}", x=x, width=width)
    w.heading(flow, "Publications", x=x)
    for item in resume["publications"]:
        w.pair(flow, item["name"], item["releaseDate"][:7], x=x, width=width)
        w.para(flow, f"{item['publisher']}: {item['summary']}", x=x, width=width)
    w.heading(flow, "Projects", x=x)
    for project in resume["projects"]:
        w.pair(flow, project["name"], _dates(project), x=x, width=width)
        w.para(flow, project["description"], x=x, width=width)
        for item in project["highlights"]:
            w.para(flow, f"· {item}", x=x, width=width)


def _extras(
    w: _Writer, resume: dict[str, Any], flow: str, *, x: float, width: float, size: float = 10
) -> None:
    """Skills, languages and interests as short lines."""
    w.heading(flow, "Skills", x=x, size=size + 2)
    for skill in resume["skills"]:
        text = f"{skill['name']} ({skill['level']}): {', '.join(skill['keywords'])}"
        w.para(flow, text, x=x, width=width, size=size, height=size / 2)
    w.heading(flow, "Languages", x=x, size=size + 2)
    for language in resume["languages"]:
        w.para(
            flow,
            f"{language['language']}: {language['fluency']}",
            x=x,
            width=width,
            size=size,
            height=size / 2,
        )
    w.heading(flow, "Interests", x=x, size=size + 2)
    for interest in resume["interests"]:
        text = f"{interest['name']}: {', '.join(interest['keywords'])}"
        w.para(flow, text, x=x, width=width, size=size, height=size / 2)


def _name(w: _Writer, resume: dict[str, Any], flow: str) -> None:
    w.line(flow, resume["basics"]["name"], size=20, style="B", height=10)
    w.line(flow, resume["basics"]["label"], size=12, height=6)


def one_column() -> Written:
    resume = load_resume()
    w = _Writer(_new_pdf())
    _name(w, resume, "main")
    for line in _contact(resume):
        w.line("main", line)
    _body(w, resume, "main", x=15, width=185.9)
    _extras(w, resume, "main", x=15, width=185.9)
    return Written(bytes(w.pdf.output()), w.flows)


def two_column(*, side_size: float = 9, spread: bool = False) -> Written:
    """A name across the top, a narrow sidebar (contact, skills) and a main column.

    With ``side_size=10`` both columns use one font size and leading, so their lines share
    baselines, as in many LaTeX and Word two-column resumes. With ``spread`` a contact line
    under the name spreads email, phone and website over the page width (as LaTeX hfill).
    """
    resume = load_resume()
    pdf = _new_pdf()
    w = _Writer(pdf)
    _name(w, resume, "top")
    if spread:
        basics = resume["basics"]
        pdf.set_font("Helvetica", "", 10)
        y = pdf.get_y()
        for text, align in ((basics["email"], "L"), (basics["phone"], "C"), (basics["url"], "R")):
            pdf.set_xy(15, y)
            pdf.cell(185.9, 5, text, align=align)
        pdf.ln(5)
        w.record("top", f"{basics['email']} {basics['phone']} {basics['url']}")
    top = pdf.get_y() + 4
    pdf.set_y(top)
    w.heading("side", "Contact", x=15, size=12 if side_size == 10 else 11)
    basics = resume["basics"]
    place = basics["location"]
    website = basics["url"].removeprefix("http://")
    side = {"x": 15, "width": 52, "size": side_size, "height": side_size / 2}
    for text in (basics["email"], basics["phone"], website, place["address"]):
        w.para("side", text, **side)
    w.para("side", f"{place['city']}, {place['region']} {place['postalCode']}", **side)
    for profile in basics["profiles"]:
        w.para("side", f"{profile['network']}: {profile['username']}", **side)
    _extras(w, resume, "side", x=15, width=52, size=side_size)
    pdf.set_left_margin(75)
    pdf.set_y(top)
    _body(w, resume, "main", x=75, width=125.9)
    return Written(bytes(pdf.output()), w.flows)


def table_layout() -> Written:
    """A one-column resume whose skills and languages are tables with borders."""
    resume = load_resume()
    w = _Writer(_new_pdf())
    _name(w, resume, "main")
    for line in _contact(resume):
        w.line("main", line)
    w.heading("main", "Skills", x=15)
    rows = [("Skill", "Level", "Keywords")] + [
        (s["name"], s["level"], ", ".join(s["keywords"])) for s in resume["skills"]
    ]
    rows += [(lang["language"], lang["fluency"], "") for lang in resume["languages"]]
    _table(w, "main", rows)
    w.heading("main", "Education", x=15)
    rows = [("Institution", "Degree", "Dates")] + [
        (e["institution"], f"{e['studyType']} {e['area']}", _dates(e)) for e in resume["education"]
    ]
    _table(w, "main", rows)
    w.heading("main", "Experience", x=15)
    rows = [("Position", "Company", "Highlights")] + [
        (job["position"], job["name"], " ".join(job["highlights"])) for job in resume["work"]
    ]
    rows += [(job["position"], job["organization"], job["summary"]) for job in resume["volunteer"]]
    _table(w, "main", rows, widths=(40, 35, 105))
    return Written(bytes(w.pdf.output()), w.flows)


def _table(
    w: _Writer, flow: str, rows: list[tuple[str, ...]], widths: tuple[int, ...] = (55, 70, 55)
) -> None:
    """A bordered table, cells top-aligned; long cells wrap onto more lines."""
    w.pdf.set_font("Helvetica", "", 10)
    with w.pdf.table(
        col_widths=widths, text_align="LEFT", first_row_as_headings=False, v_align="TOP"
    ) as table:
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
            w.record(flow, " ".join(cell for cell in row if cell))


class _Paged(FPDF):
    """Letter pages with a running header and a page-number footer."""

    writer: _Writer | None = None

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.set_y(8)
        self.cell(0, 5, "Richard Hendriks - Resume - Confidential", align="R")
        if self.writer is not None:
            self.writer.record("flow", "Richard Hendriks - Resume - Confidential")
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        text = f"Page {self.page_no()} of 2"
        self.cell(0, 5, text, align="C")
        if self.writer is not None:
            self.writer.record("flow", text)


def header_footer() -> Written:
    """Two pages, each with a running header and a "Page N of 2" footer."""
    resume = load_resume()
    pdf = _Paged(format="letter")
    w = _Writer(pdf)
    pdf.writer = w
    _new_pdf(pdf)
    _name(w, resume, "flow")
    _body(w, resume, "flow", x=15, width=185.9)
    pdf.add_page()
    _extras(w, resume, "flow", x=15, width=185.9)
    data = bytes(pdf.output())  # draws the last footer
    return Written(data, w.flows)


HIDDEN_WHITE = "Kubernetes Terraform Blockchain"
HIDDEN_TINY = "Rust Haskell"
HIDDEN_INVISIBLE = "Kafka Spark"


def hidden_text() -> Written:
    """A one-page resume with a white line, a 2-pt line and an invisible (mode 3) line."""
    resume = load_resume()
    pdf = _new_pdf()
    w = _Writer(pdf)
    _name(w, resume, "main")
    w.para("main", resume["basics"]["summary"], x=15, width=185.9)
    with pdf.local_context(text_color=(255, 255, 255)):
        w.line("main", HIDDEN_WHITE)
    w.line("main", HIDDEN_TINY, size=2, height=2)
    with pdf.local_context(text_mode=TextMode.INVISIBLE):
        w.line("main", HIDDEN_INVISIBLE)
    # White text on a dark band is visible: it must not be flagged.
    with pdf.local_context(text_color=(255, 255, 255), fill_color=(30, 30, 90)):
        w.pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, "EXPERIENCE", fill=True, new_x="LMARGIN", new_y="NEXT")
        w.record("main", "EXPERIENCE")
    w.para("main", resume["work"][0]["summary"], x=15, width=185.9)
    return Written(bytes(pdf.output()), w.flows)


def placed_words(lines: list[tuple[float, list[str]]], *, size: float = 10) -> bytes:
    """Words drawn one by one at computed positions, as TeX does: no space glyphs at all.

    ``lines`` holds ``(extra letter spacing in pt, words)``; words are set 0.3 em apart
    (plus twice the letter spacing, as tracking adds it on both sides of a space).
    """
    pdf = _new_pdf()
    pdf.set_font("Helvetica", "", size)
    y = 30.0
    for spacing, words in lines:
        pdf.set_char_spacing(spacing)
        x = 15.0
        for word in words:
            pdf.text(x, y, word)
            x += pdf.get_string_width(word) + (0.3 * size + 2 * spacing) * 25.4 / 72
        y += 8
    pdf.set_char_spacing(0)
    return bytes(pdf.output())


def text_lines(lines: list[str], *, size: float = 10) -> bytes:
    """Plain lines of Helvetica, one per row (hyphenation and bullet cases)."""
    pdf = _new_pdf()
    for line in lines:
        pdf.set_font("Helvetica", "", size)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_only(*, page_number: bool = False) -> bytes:
    """A 'scanned' page: one large image and no text (but perhaps a page number)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 500), 255)
    ImageDraw.Draw(image).rectangle((40, 40, 360, 80), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = _new_pdf()
    pdf.image(io.BytesIO(buffer.getvalue()), x=15, y=15, w=150)
    if page_number:
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(100, 260)
        pdf.cell(10, 5, "1")
    return bytes(pdf.output())


def encrypted(*, user_password: str | None, method: str = "RC4") -> bytes:
    """An encrypted PDF (``method``: RC4, AES_128 or AES_256)."""
    from fpdf.enums import EncryptionMethod

    pdf = _new_pdf()
    pdf.set_encryption(
        owner_password="owner-secret",
        user_password=user_password,
        encryption_method=EncryptionMethod[method],
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Richard Hendriks, Programmer", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def raw_pdf(
    objects: list[bytes],
    *,
    root: int = 1,
    trailer: bytes = b"",
    prev: int | None = None,
    version: bytes = b"1.4",
) -> bytes:
    """A PDF from numbered object bodies (object ``i + 1`` is ``objects[i]``), with an xref.

    ``trailer`` adds keys to the trailer; ``prev`` points the trailer's ``/Prev`` at an
    xref offset (``-1``: this very xref table, a loop).
    """
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    if prev is not None:
        trailer += b" /Prev %d" % (xref if prev == -1 else prev)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer,
        xref,
    )
    return bytes(out)


def _stream(content: bytes) -> bytes:
    packed = zlib.compress(content)
    return (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    )


def one_page(content: bytes, font: bytes, extra: list[bytes] | None = None) -> bytes:
    """A one-page PDF drawing ``content`` with font ``/F1`` (object 5)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        font,
        *(extra or []),
    ]
    return raw_pdf(objects)


def ligature_pdf() -> bytes:
    """Helvetica with a ToUnicode map that sends codes 1-3 to the ligatures fi, fl, ffi."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Lig def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"3 beginbfchar <01> <FB01> <02> <FB02> <03> <FB03> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    content = b"BT /F1 12 Tf 72 700 Td (\x01nancial \x02ow e\x03cient of\x01ce) Tj ET"
    return one_page(content, font, [_stream(cmap)])


def cid_pdf(*, icon: bool = False) -> bytes:
    """A Type0 font with Identity-H encoding and no ToUnicode map: glyphs map to no text.

    With ``icon`` the unmapped font draws one lone glyph before a line of text (an icon).
    """
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Mystery /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>"
    )
    descendant = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Mystery "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"
    )
    helvetica = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = (
        b"BT /F2 12 Tf 72 720 Td (Readable words here) Tj ET "
        b"BT /F1 12 Tf 72 700 Td <0012001300140015> Tj ET"
    )
    if icon:
        content = (
            b"BT /F1 10 Tf 72 700 Td <0012> Tj ET "
            b"BT /F2 10 Tf 86 700 Td (richard.hendriks@mail.com) Tj ET"
        )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>"
    )
    return _rebuild_with_page(content, font, page, [descendant, helvetica])


def _rebuild_with_page(content: bytes, font: bytes, page: bytes, extra: list[bytes]) -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            _stream(content),
            font,
            *extra,
        ]
    )


def looping_page_tree() -> bytes:
    """A page tree whose inner Pages node lists its own parent as a kid, beside a real page."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 6 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 700 Td (Looping) Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def self_drawing_form() -> bytes:
    """A page whose form XObject draws itself: endless recursion if followed blindly."""
    form = _stream(b"/X1 Do").replace(
        b"<< /Length",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] "
        b"/Resources << /XObject << /X1 5 0 R >> >> /Length",
        1,
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /X1 5 0 R >> >> >>"
    )
    return _rebuild_with_page(b"/X1 Do", form, page, [])


def junk_with_header() -> bytes:
    body = bytes((i * 7919 + 13) % 256 for i in range(4000))
    return b"%PDF-1.7\n" + body + b"\n%%EOF\n"


def designed() -> Written:
    """A design-tool look: a dark right sidebar with white text, drawn after the main
    column, letter-spaced headings, and the name inside the main column."""
    resume = load_resume()
    pdf = _new_pdf()
    w = _Writer(pdf)
    pdf.set_char_spacing(1.5)
    w.line("main", resume["basics"]["name"].upper(), size=20, style="B", height=10, width=120)
    pdf.set_char_spacing(0)
    w.line("main", resume["basics"]["label"], size=12, height=6)
    pdf.set_right_margin(80)
    _body(w, resume, "main", x=15, width=120, tracking=2, short=True)
    pdf.page = 1
    with pdf.local_context(fill_color=(40, 50, 70)):
        pdf.rect(145, 0, 71, 279.4, style="F")
    with pdf.local_context(text_color=(255, 255, 255)):
        pdf.set_left_margin(150)
        pdf.set_right_margin(8)
        pdf.set_y(20)
        basics = resume["basics"]
        for text in (basics["email"], basics["phone"], basics["location"]["city"]):
            w.para("side", text, x=150, width=58, size=9, height=4.5)
        _extras(w, resume, "side", x=150, width=58, size=9)
    return Written(bytes(pdf.output()), w.flows)


GENERATORS: dict[str, Callable[[], Written]] = {
    "designed": designed,
    "one_column": one_column,
    "two_column": two_column,
    "two_column_same_leading": lambda: two_column(side_size=10),
    "two_column_spread_contact": lambda: two_column(spread=True),
    "table": table_layout,
    "header_footer": header_footer,
    "hidden_text": hidden_text,
}


def content_pdf(content: bytes, *, to_unicode: dict[int, int] | None = None) -> bytes:
    """One letter page drawing ``content`` with /F1 = Helvetica (WinAnsiEncoding).

    ``to_unicode`` maps single-byte codes to Unicode code points through a ToUnicode CMap.
    """
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
    if not to_unicode:
        return one_page(content, font + b" >>")
    chars = b" ".join(b"<%02X> <%04X>" % (code, point) for code, point in to_unicode.items())
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Custom def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        + b"%d beginbfchar " % len(to_unicode)
        + chars
        + b" endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
    )
    return one_page(content, font + b" /ToUnicode 6 0 R >>", [_stream(cmap)])


def ocr_scan() -> bytes:
    """A 'scanned' page with an OCR text layer: an image and invisible text over it."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (400, 300), 200).save(buffer, format="PNG")
    pdf = _new_pdf()
    pdf.image(io.BytesIO(buffer.getvalue()), x=15, y=15, w=150)
    pdf.set_xy(20, 30)
    with pdf.local_context(text_mode=TextMode.INVISIBLE):
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 5, "Scanned resume of Richard Hendriks")
    return bytes(pdf.output())


def inflation_bomb(size: int) -> bytes:
    """A valid one-page PDF whose content stream inflates to ``size`` bytes of spaces."""
    return one_page(
        b"BT /F1 12 Tf 72 700 Td (Bomb) Tj ET " + b" " * size,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )


def entry_layouts() -> bytes:
    """Positions laid out as LaTeX/Typst templates do: bold employer with a place and
    dates set flush right, title in italics below; an entry written date first; one
    date flush right after the employer (cp1252 core fonts, so "–" and "•" are drawn)."""
    pdf = _new_pdf()
    pdf.core_fonts_encoding = "windows-1252"

    def line(text: str, style: str = "", right: str = "") -> None:
        pdf.set_font("Helvetica", style, 10)
        y = pdf.get_y()
        pdf.cell(120, 5, text)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Dana Whitfield", new_x="LMARGIN", new_y="NEXT")
    line("dana@example.com | (555) 201-3344 | Denver, CO")
    for heading, entries in (
        (
            "EXPERIENCE",
            [
                ("Northwind Traders Inc. Boulder, Colorado", "B", "2019 \u2013 Present"),
                ("Operations Analyst", "I", ""),
                ("\u2022 Cut order errors by 30% with a reconciliation report", "", ""),
                ("", "", ""),
                ("2016 / 04 - Bright Electric", "B", ""),
                ("Journeyman Electrician", "I", ""),
                ("\u2022 Wired 40 commercial units", "", ""),
                ("", "", ""),
                ("Safety Training", "B", "Getoq Consulting, 2015 / 11"),
                ("\u2022 Two-day simulation", "", ""),
            ],
        ),
        ("EDUCATION", [("Community College of Denver", "B", "2012 \u2013 2014")]),
    ):
        pdf.ln(3)
        line(heading, "B")
        for text, style, right in entries:
            if text:
                line(text, style, right)
            else:
                pdf.ln(2)
    return bytes(pdf.output())


def header_entry_layouts() -> bytes:
    """Awesome-CV-like entries (employer and place on one line, title and dates flush
    right below it) and moderncv-like ones (dates in a left column, then "Title,
    Employer, City")."""
    pdf = _new_pdf()
    pdf.core_fonts_encoding = "windows-1252"

    def pair(left: str, right: str, style: str, *, at: float | None = None) -> None:
        pdf.set_font("Helvetica", "" if at else style, 10)
        y = pdf.get_y()
        if at is None:
            pdf.cell(120, 5, left)
            pdf.set_xy(pdf.l_margin, y)
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(35, 5, left)
            pdf.set_xy(at, y)
            pdf.set_font("Helvetica", style, 10)
            pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")

    def line(text: str, style: str = "") -> None:
        pdf.set_font("Helvetica", style, 10)
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, "Maria Lopez", new_x="LMARGIN", new_y="NEXT")
    line("maria@example.com | (555) 301-2211 | Tucson, AZ")
    pdf.ln(3)
    line("WORK EXPERIENCE", "B")
    pair("Banner Health", "Tucson, AZ", "B")
    pair("Registered Nurse, Medical-Surgical", "Jun. 2019 \u2013 Present", "I")
    line("\u2022 Managed care for 5-6 patients per shift")
    pdf.ln(2)
    pair("Tucson Unified School District", "Tucson, AZ", "B")
    pair("Instructional Aide", "Aug. 2016 \u2013 May 2019", "I")
    line("\u2022 Supported 28 students")
    pdf.ln(3)
    line("TRADE EXPERIENCE", "B")
    pair("2014 \u2013 2016", "Apprentice Electrician, Sparks Electric LLC, Phoenix", "B", at=52)
    pair("", "Wired panels and conduit", "", at=52)
    pair("Mar 2012 \u2013 Dec 2013", "Line Cook, Denny's, Mesa", "B", at=52)
    pdf.ln(3)
    line("EDUCATION", "B")
    pair("University of Arizona", "2012 \u2013 2016", "B")
    return bytes(pdf.output())
