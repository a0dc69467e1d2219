"""The PDF family of the hostile corpus: files that try to hang, exhaust or crash the reader.

``CASES`` maps a case name to ``(write, outcome)``: ``write(folder)`` writes the hostile file
into ``folder`` and returns its path; ``outcome`` is ``"error"`` (exit 2, one clean line) or
``"ok"`` (a normal result). The runner in this package runs every case through the CLI in a
subprocess with a hard timeout and an address-space limit.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from tests.parse.pdf_fixtures import raw_pdf

__all__ = ["CASES", "pdf_from_objects"]

_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 700 Td (Richard Hendriks, Software Engineer) Tj ET"


def pdf_from_objects(
    objects: list[bytes], *, root: int = 1, trailer: bytes = b"", prev: int | None = None
) -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]``, with a correct classic xref table."""
    return raw_pdf(objects, root=root, trailer=trailer, prev=prev, version=b"1.5")


def _stream(content: bytes, *, attrs: bytes = b"", eol: bytes = b"\n") -> bytes:
    packed = zlib.compress(content, 9)
    return (
        b"<< %s/Length %d /Filter /FlateDecode >>\nstream%s" % (attrs, len(packed), eol)
        + packed
        + b"\nendstream"
    )


def _page(
    content_ref: bytes = b"4 0 R", resources: bytes = b"<< /Font << /F1 5 0 R >> >>"
) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
        + content_ref
        + b" /Resources "
        + resources
        + b" >>"
    )


def _one_page(
    content: bytes, *, page: bytes | None = None, extra: list[bytes] | None = None
) -> bytes:
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page or _page(),
            _stream(content),
            _HELVETICA,
            *(extra or []),
        ]
    )


def _writer(name: str, make: Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / f"{name}.pdf"
        path.write_bytes(make())
        return path

    write.__name__ = f"write_{name.replace('-', '_')}"
    return write


# --- objects that refer to themselves -------------------------------------------------------


def self_ref_pages() -> bytes:
    return pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"2 0 R"])


def self_ref_contents() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(),
        b"4 0 R",
        _HELVETICA,
    ]
    return pdf_from_objects(objects)


def self_ref_resources() -> bytes:
    return _one_page(_TEXT, page=_page(resources=b"6 0 R"), extra=[b"6 0 R"])


def ref_ring_resources() -> bytes:
    """/Resources is 6 0 R, which is 7 0 R, which is 6 0 R again."""
    return _one_page(_TEXT, page=_page(resources=b"6 0 R"), extra=[b"7 0 R", b"6 0 R"])


def resources_cycle_font() -> bytes:
    """The font dictionary holds itself, and the font is a reference to the dictionary."""
    return _one_page(
        _TEXT,
        page=_page(resources=b"<< /Font 6 0 R >>"),
        extra=[b"<< /F1 6 0 R /F2 7 0 R >>", b"7 0 R"],
    )


def resources_cycle_colorspace() -> bytes:
    """An /Indexed colour space whose base is itself, through a reference."""
    return _one_page(
        b"/CS0 cs 0 scn " + _TEXT,
        page=_page(resources=b"<< /Font << /F1 5 0 R >> /ColorSpace << /CS0 6 0 R >> >>"),
        extra=[b"[/Indexed 6 0 R 1 <000000FFFFFF>]"],
    )


def resources_cycle_xobject() -> bytes:
    """The page's /XObject dictionary is a reference to itself."""
    return _one_page(
        b"/X1 Do " + _TEXT,
        page=_page(resources=b"<< /Font << /F1 5 0 R >> /XObject 6 0 R >>"),
        extra=[b"6 0 R"],
    )


def ref_chain_deep() -> bytes:
    """/Contents reached through 5,000 references in a row (no loop, just deep)."""
    depth = 5_000
    chain = [b"%d 0 R" % (7 + i) for i in range(depth - 1)] + [_stream(_TEXT)]
    return _one_page(_TEXT, page=_page(content_ref=b"6 0 R"), extra=chain)


# --- xref and object streams -----------------------------------------------------------------


def xref_prev_loop() -> bytes:
    """The trailer's /Prev points at the same xref table."""
    return _one_page(_TEXT).replace(b"trailer\n<<", b"trailer\n<< /Prev XREF", 1)


def _xref_prev_self() -> bytes:
    data = _one_page(_TEXT)
    xref = data.rindex(b"xref\n0 ")
    return data.replace(b"trailer\n<<", b"trailer\n<< /Prev %d" % xref, 1)


def xref_stream_loop() -> bytes:
    """An xref stream whose /Prev is itself, and whose objects sit in an object stream
    that is listed as living inside itself."""
    header = b"%PDF-1.5\n"
    objstm_body = b"1 0 2 40 "
    objs = b"<< /Type /Catalog /Pages 2 0 R >>".ljust(40) + b"<< /Type /Pages /Kids [] /Count 0 >>"
    first = len(objstm_body)
    packed = zlib.compress(objstm_body + objs)
    objstm = (
        b"3 0 obj\n<< /Type /ObjStm /N 2 /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
        % (
            first,
            len(packed),
        )
        + packed
        + b"\nendstream\nendobj\n"
    )
    offset3 = len(header)
    xref_offset = offset3 + len(objstm)
    rows = b"".join(
        bytes([kind]) + value.to_bytes(4, "big") + index.to_bytes(2, "big")
        for kind, value, index in [
            (0, 0, 0),
            (2, 3, 0),
            (2, 3, 1),
            (2, 3, 2),  # object 3, the object stream, said to live inside itself
            (1, xref_offset, 0),
        ]
    )
    xref = (
        b"4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Prev %d /Length %d >>\nstream\n"
        % (xref_offset, len(rows))
        + rows
        + b"\nendstream\nendobj\n"
    )
    return header + objstm + xref + b"startxref\n%d\n%%%%EOF\n" % xref_offset


# --- drawing that repeats --------------------------------------------------------------------


def xobject_fanout(levels: int = 9, fanout: int = 10) -> bytes:
    """Each form draws the next ``fanout`` times, ``levels`` deep: fanout**levels draws."""
    first = 6
    forms = []
    for level in range(levels):
        number = first + level
        draws = b"BT /F1 1 Tf (x) Tj ET "
        if level + 1 < levels:
            draws += b"/N Do " * fanout
        resources = b"<< /Font << /F1 5 0 R >>"
        if level + 1 < levels:
            resources += b" /XObject << /N %d 0 R >>" % (number + 1)
        resources += b" >>"
        forms.append(
            _stream(
                draws,
                attrs=b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources "
                + resources
                + b" ",
            )
        )
    page = _page(resources=b"<< /Font << /F1 5 0 R >> /XObject << /N 6 0 R >> >>")
    return _one_page(_TEXT + b" /N Do " * fanout, page=page, extra=forms)


def many_tj() -> bytes:
    return _one_page(b"BT /F1 1 Tf 72 700 Td " + b"(a) Tj " * 2_000_000 + b"ET")


def many_q() -> bytes:
    return _one_page(_TEXT + b" " + b"q " * 3_000_000)


def many_operands() -> bytes:
    """Four million operands and no operator to take them."""
    return _one_page(_TEXT + b" " + b"1 " * 4_000_000)


def huge_array() -> bytes:
    """One array operand of two million numbers that never closes."""
    return _one_page(_TEXT + b" [" + b"1 " * 2_000_000)


def deep_arrays() -> bytes:
    return _one_page(_TEXT + b" " + b"[" * 500_000)


# --- decompression bombs ---------------------------------------------------------------------


def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    out = [packer.compress(_TEXT + b" ")]
    for _ in range(size >> 20):
        out.append(packer.compress(chunk))
    out.append(packer.flush())
    return b"".join(out)


_BOMB_SIZE = 1 << 31  # 2 GiB of spaces, about 2 MB packed


def bomb_lone_cr() -> bytes:
    packed = _bomb(_BOMB_SIZE)
    body = (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\r" % len(packed) + packed + b"\nendstream"
    )
    return _with_contents(body)


def bomb_hex_wrapped() -> bytes:
    packed = _bomb(_BOMB_SIZE // 2).hex().encode() + b">"
    body = (
        b"<< /Length %d /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n" % len(packed)
        + packed
        + b"\nendstream"
    )
    return _with_contents(body)


def bomb_many_streams() -> bytes:
    """Forty content streams of 20 MB each: small apiece, too much together."""
    packed = _bomb(20 << 20)
    stream = (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    )
    count = 40
    refs = b" ".join(b"%d 0 R" % (6 + i) for i in range(count))
    page = _page(content_ref=b"[" + refs + b"]")
    return _one_page(_TEXT, page=page, extra=[stream] * count)


def lzw_spaces(cycles: int, *, top: int = 4000) -> bytes:
    """LZW codes (PDF's early-change variant) for runs of spaces: after each clear code the
    codes 32, 258, 259, ... stand for 1, 2, 3, ... spaces, so each cycle of about 5 KB
    decodes to about 7.5 MB."""
    codes: list[tuple[int, int]] = []
    width = 9
    for _ in range(cycles):
        codes.append((256, width))
        width, table = 9, 258
        codes.append((32, width))
        for code in range(258, top):
            codes.append((code, width))
            table += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(table, width)
    codes.append((257, width))
    value = bits = 0
    out = bytearray()
    for code, size in codes:
        value = (value << size) | code
        bits += size
        while bits >= 8:
            bits -= 8
            out.append((value >> bits) & 0xFF)
            value &= (1 << bits) - 1
    if bits:
        out.append((value << (8 - bits)) & 0xFF)
    return bytes(out)


def bomb_lzw() -> bytes:
    """An LZW stream of about 2 MB that decodes to about 3 GB of spaces."""
    body = lzw_spaces(400)
    return _with_contents(
        b"<< /Length %d /Filter /LZWDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    )


def bomb_runlength() -> bytes:
    """RunLength pairs that each repeat one byte 128 times: 64x the input."""
    body = b"\x81 " * 4_000_000 + b"\x80"
    return _with_contents(
        b"<< /Length %d /Filter /RunLengthDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    )


def _with_contents(stream_object: bytes) -> bytes:
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            stream_object,
            _HELVETICA,
        ]
    )


# --- lies and oddities -----------------------------------------------------------------------


def length_too_long() -> bytes:
    packed = zlib.compress(_TEXT)
    body = b"<< /Length 99999999 /Filter /FlateDecode >>\nstream\n" + packed + b"\nendstream"
    return _with_contents(body)


def length_too_short() -> bytes:
    body = b"<< /Length 3 >>\nstream\n" + _TEXT + b"\nendstream"
    return _with_contents(body)


def length_negative() -> bytes:
    body = b"<< /Length -40 >>\nstream\n" + _TEXT + b"\nendstream"
    return _with_contents(body)


def huge_image() -> bytes:
    """An image that claims to be a million pixels square, drawn beside real text."""
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 1000000 /Height 1000000 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 3 >>\nstream\n\x00\x00\x00\nendstream"
    )
    page = _page(resources=b"<< /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >>")
    return _one_page(b"q 612 0 0 792 0 0 cm /Im1 Do Q " + _TEXT, page=page, extra=[image])


def _tounicode(cmap_body: bytes) -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Broken def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        + cmap_body
        + b"\nendcmap CMapName currentdict /CMap defineresource pop end end"
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(_TEXT),
            font,
            _stream(cmap),
        ]
    )


def tounicode_huge_range() -> bytes:
    return _tounicode(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange")


def tounicode_huge_cidrange() -> bytes:
    return _tounicode(b"1 begincidrange <00000000> <FFFFFFFF> 0 endcidrange")


def tounicode_garbage() -> bytes:
    return _tounicode(b"3 beginbfchar <01> <D800> <> <FFFF> <0102030405> ] ] >> endbfchar")


def tounicode_long_target() -> bytes:
    """One code mapped to a 4 MB UTF-16 string."""
    return _tounicode(b"1 beginbfchar <52> <" + b"0041" * 1_000_000 + b"> endbfchar")


def nested_dicts() -> bytes:
    """A page whose /Resources nests 200,000 dictionaries."""
    return _one_page(_TEXT, page=_page(resources=b"<< /A " * 200_000 + b">> " * 200_000))


def page_count_lie() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>",
        _page(),
        _stream(_TEXT),
        _HELVETICA,
    ]
    return pdf_from_objects(objects)


_MAKERS: dict[str, tuple[Callable[[], bytes], str]] = {
    "self-ref-pages": (self_ref_pages, "error"),
    "self-ref-contents": (self_ref_contents, "error"),
    "self-ref-resources": (self_ref_resources, "error"),
    "ref-ring-resources": (ref_ring_resources, "error"),
    "resources-cycle-font": (resources_cycle_font, "error"),
    "resources-cycle-colorspace": (resources_cycle_colorspace, "ok"),
    "resources-cycle-xobject": (resources_cycle_xobject, "error"),
    "ref-chain-deep": (ref_chain_deep, "ok"),
    "xref-prev-loop": (_xref_prev_self, "error"),
    "xref-stream-loop": (xref_stream_loop, "error"),
    "xobject-fanout": (xobject_fanout, "error"),
    "many-tj": (many_tj, "error"),
    "many-q": (many_q, "error"),
    "many-operands": (many_operands, "error"),
    "huge-array": (huge_array, "error"),
    "deep-arrays": (deep_arrays, "error"),
    "bomb-lone-cr": (bomb_lone_cr, "error"),
    "bomb-hex-wrapped": (bomb_hex_wrapped, "error"),
    "bomb-many-streams": (bomb_many_streams, "error"),
    "bomb-lzw": (bomb_lzw, "error"),
    "bomb-runlength": (bomb_runlength, "error"),
    "length-too-long": (length_too_long, "error"),
    "length-too-short": (length_too_short, "error"),
    "length-negative": (length_negative, "ok"),
    "huge-image": (huge_image, "ok"),
    "tounicode-huge-range": (tounicode_huge_range, "ok"),
    "tounicode-huge-cidrange": (tounicode_huge_cidrange, "ok"),
    "tounicode-garbage": (tounicode_garbage, "ok"),
    "tounicode-long-target": (tounicode_long_target, "error"),
    "nested-dicts": (nested_dicts, "error"),
    "page-count-lie": (page_count_lie, "ok"),
}

CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    name: (_writer(name, make), outcome) for name, (make, outcome) in _MAKERS.items()
}
