"""How glyphs are drawn must not change the words read: kerning, order, overprint, accents."""

from __future__ import annotations

import pytest

from atsmatch.parse import parse
from tests.parse import pdf_fixtures as fx


def text_of(content: bytes, **kwargs: dict[int, int]) -> str:
    return parse(fx.content_pdf(content, **kwargs)).text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # TeX style: no space glyphs, kerning inside words, a 1/3 em move between words.
        (b"BT /F1 10 Tf 72 700 Td [(W) 80 (ork) -333 (Exp) 20 (erience)] TJ ET", "Work Experience"),
        (b"BT /F1 10 Tf 72 700 Td [(Data) -30 (base) -400 (design)] TJ ET", "Database design"),
        # The same word drawn twice, 0.3 pt apart (fake bold), is read once.
        (
            b"BT /F1 12 Tf 72 700 Td (Skills) Tj ET BT /F1 12 Tf 72.3 700 Td (Skills) Tj ET",
            "Skills",
        ),
        # An accent drawn over the letter before it (TeX OT1 style).
        (b"BT /F1 10 Tf 72 700 Td [(Cafe) 444 (\xb4)] TJ ( Manager) Tj ET", "Caf\u00e9 Manager"),
        # A word drawn in two pieces, the second part first.
        (
            b"BT /F1 10 Tf 100.02 700 Td (ment) Tj ET BT /F1 10 Tf 72 700 Td (manage) Tj ET",
            "management",
        ),
    ],
)
def test_pdf_drawing_words(content: bytes, expected: str) -> None:
    assert text_of(content) == expected


def test_pdf_drawing_columns_drawn_line_by_line_across() -> None:
    """A producer that draws both columns' lines sorted by height, alternating sides."""
    left = [(f"Left line {i} alpha beta", 72.0, 700.0 - 12 * i) for i in range(12)]
    right = [(f"Right line {i} gamma delta words", 300.0, 700.0 - 15 * i) for i in range(16)]
    ops = [
        b"BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET" % (9 if x < 200 else 10, x, y, text.encode())
        for text, x, y in sorted(left + right, key=lambda item: -item[2])
    ]
    text = text_of(b"\n".join(ops))
    expected = [t for t, _, _ in left] + [t for t, _, _ in right]
    assert [line for line in text.split("\n") if line] == expected


def test_pdf_drawing_rotated_text_is_one_word() -> None:
    content = (
        b"BT /F1 10 Tf 72 700 Td (Body text here) Tj ET "
        b"BT /F1 8 Tf 0 1 -1 0 30 300 Tm (Sidebar) Tj ET"
    )
    assert set(text_of(content).split()) == {"Body", "text", "here", "Sidebar"}


def test_pdf_drawing_icon_font_glyphs_are_dropped_and_reported() -> None:
    content = b"BT /F1 10 Tf 72 700 Td (\x01 \\(912\\) 555-4321) Tj ET"
    mapping = {1: 0xF095} | {c: c for c in range(32, 127)}
    doc = parse(fx.content_pdf(content, to_unicode=mapping))
    assert doc.text == "(912) 555-4321"
    (finding,) = [d for d in doc.diagnostics if d.rule == "images"]
    assert "1 image(s) or icon(s)" in finding.message


def test_pdf_drawing_ocr_layer_of_a_scan_is_read_not_flagged() -> None:
    doc = parse(fx.ocr_scan())
    assert doc.text == "Scanned resume of Richard Hendriks"
    assert {d.rule for d in doc.diagnostics} == {"images"}


def test_pdf_drawing_soft_hyphen_at_line_end_joins_the_word() -> None:
    content = b"BT /F1 10 Tf 72 700 Td (the manage\xad) Tj 0 -12 Td (ment team) Tj ET"
    mapping = {c: c for c in range(32, 127)} | {0xAD: 0xAD}
    assert parse(fx.content_pdf(content, to_unicode=mapping)).text == "the management\nteam"


def test_pdf_drawing_two_rotated_labels_stay_apart() -> None:
    content = (
        b"BT /F1 10 Tf 72 700 Td (Body text here) Tj ET "
        b"BT /F1 8 Tf 0 1 -1 0 30 300 Tm (Sidebar) Tj ET "
        b"BT /F1 8 Tf 0 1 -1 0 590 300 Tm (Margin) Tj ET"
    )
    assert set(text_of(content).split()) == {"Body", "text", "here", "Sidebar", "Margin"}


def test_pdf_drawing_text_off_the_page_is_hidden() -> None:
    content = (
        b"BT /F1 10 Tf 72 700 Td (Visible words) Tj ET BT /F1 10 Tf 700 700 Td (Stuffed) Tj ET"
    )
    doc = parse(fx.content_pdf(content))
    assert "Stuffed" in doc.text
    (finding,) = [d for d in doc.diagnostics if d.rule == "hidden-text"]
    assert "outside the page" in finding.message


def test_pdf_drawing_control_characters_from_a_broken_font_are_spaces() -> None:
    content = b"BT /F1 10 Tf 72 700 Td (Senior\x03Data\x03Engineer) Tj ET"
    mapping = {c: c for c in range(32, 127)} | {3: 3}
    assert parse(fx.content_pdf(content, to_unicode=mapping)).text == "Senior Data Engineer"


def test_pdf_drawing_soft_hyphen_inside_a_line_is_a_hyphen() -> None:
    """TeX fonts map their hyphen glyph to U+00AD; drawn inside a line it is a dash."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Moved on\xadpremise services to AWS) Tj ET "
        b"BT /F1 10 Tf 72 680 Td (Engineer, Acme Mar. 2021 \xad Present) Tj ET"
    )
    mapping = {c: c for c in range(32, 127)} | {0xAD: 0xAD}
    doc = parse(fx.content_pdf(content, to_unicode=mapping))
    assert "on-premise" in doc.text
    assert "Mar. 2021 - Present" in doc.text


def test_pdf_drawing_dated_position_survives_a_drawn_soft_hyphen() -> None:
    content = (
        b"BT /F1 12 Tf 72 720 Td (EXPERIENCE) Tj ET "
        b"BT /F1 10 Tf 72 700 Td (Software Engineer, Acme Corp) Tj ET "
        b"BT /F1 10 Tf 400 700 Td (Mar. 2021 \xad Present) Tj ET "
        b"BT /F1 10 Tf 72 686 Td (Built the billing service) Tj ET"
    )
    mapping = {c: c for c in range(32, 127)} | {0xAD: 0xAD}
    (entry,) = parse(fx.content_pdf(content, to_unicode=mapping)).experience
    assert (entry.start, entry.current) == ("2021-03", True)


def test_pdf_drawing_nul_ligature_glyph_reads_fi() -> None:
    """pdf-lib maps ligature glyphs to U+0000; one as wide as two letters is "fi"."""
    content = b"BT /F1 10 Tf 72 700 Td (Pro\x00les and Certi\x00cations) Tj ET"
    widths = [834] + [0] * 31 + [500] * 95  # code 0 drawn as wide as "fi"
    chars = b" ".join(b"<%02X> <%04X>" % (c, c) for c in [0, *range(32, 127)])
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Custom def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"96 beginbfchar " + chars + b" endbfchar\nendcmap CMapName currentdict /CMap "
        b"defineresource pop end end"
    )
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /WebSans /FirstChar 0 /LastChar 126 "
        b"/Widths [" + b" ".join(b"%d" % w for w in widths) + b"] /ToUnicode 6 0 R >>"
    )
    pdf = fx.one_page(content, font, [fx._stream(cmap)])
    assert parse(pdf).text == "Profiles and Certifications"


def test_pdf_drawing_tight_word_gaps_without_space_glyphs_are_spaces() -> None:
    """Justified TeX lines draw no space glyphs and squeeze word gaps to ~0.15 em; the
    gap against the font's own space width (Helvetica: 0.278 em) still reads as a space."""
    content = (
        b"BT /F1 10 Tf 72 700 Td [(Over) -150 (90%) -150 (of) -150 (AWS) -150 (resources)] TJ ET"
    )
    assert text_of(content) == "Over 90% of AWS resources"


def test_pdf_drawing_kerning_inside_a_word_is_no_space() -> None:
    content = b"BT /F1 10 Tf 72 700 Td [(Ke) -40 (rning) 60 (is) -30 (fine)] TJ ET"
    assert text_of(content) == "Kerningisfine"


def _two_fonts(content: bytes, icon_font: bytes) -> bytes:
    """A page with /F1 = Helvetica and /F2 = an icon font named ``icon_font``."""
    return fx.raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            fx._stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /" + icon_font + b" /FirstChar 32 "
            b"/LastChar 126 /Widths [" + b" ".join([b"700"] * 95) + b"] >>",
        ]
    )


@pytest.mark.parametrize("font", [b"ABCDEF+FontAwesome", b"XYZABC+MarVoSym", b"Academicons"])
def test_pdf_drawing_icon_font_letters_are_icons(font: bytes) -> None:
    """Icon fonts give their glyphs stray letters ("H" phone, "B" envelope): dropped."""
    content = (
        b"BT /F2 10 Tf 72 700 Td (H) Tj /F1 10 Tf 14 0 Td (+1 \\(234\\) 567 890) Tj ET "
        b"BT /F2 10 Tf 72 686 Td (B) Tj /F1 10 Tf 14 0 Td (john@doe.org) Tj ET"
    )
    doc = parse(_two_fonts(content, font))
    assert doc.text == "+1 (234) 567 890\njohn@doe.org"
    assert doc.contact.phone == "+1 (234) 567 890"
    (finding,) = [d for d in doc.diagnostics if d.rule == "images"]
    assert "2 image(s) or icon(s)" in finding.message


def test_pdf_drawing_emoji_icons_are_dropped() -> None:
    from atsmatch.parse.pdf.fragments import build_fragments
    from atsmatch.parse.pdf.page import Glyph

    glyphs = [Glyph("\U0001f3e0", 72, 700, 80, 710, 10, False, True)]
    glyphs += [
        Glyph(c, 82 + 5 * i, 700, 87 + 5 * i, 710, 10, False, True)
        for i, c in enumerate("johndoe.com")
    ]
    (fragment,) = build_fragments(glyphs)
    assert (fragment.text, fragment.icons) == ("johndoe.com", 1)


def test_pdf_drawing_evenly_spaced_single_letters_are_words() -> None:
    """A sample of characters set one by one with word gaps ("A B C ...") looks like
    letter spacing; read so it would be one 35-letter word."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghi"
    content = (
        b"BT /F1 10 Tf 40 700 Td ["
        + b" -250 ".join(b"(" + c.encode() + b")" for c in letters)
        + b"] TJ ET"
    )
    assert text_of(content) == " ".join(letters)
