"""DOCX packages nested without end, with 10^5 runs or paragraphs, other Office files named
``.docx``, and XML parts in encodings that hide a DTD from a byte search."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.hostile.cases import lazy_file as _lazy

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_HEAD = (
    '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Jane Doe</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>Engineer at Acme, 2019 - 2024, Python and SQL</w:t></w:r></w:p>"
)
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def package(parts: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def document(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NS}><w:body>{_HEAD}{body}'
        "</w:body></w:document>"
    ).encode()


def docx(body: str) -> bytes:
    return package({"[Content_Types].xml": _TYPES, "word/document.xml": document(body)})


def _nested(open_tag: str, close_tag: str, depth: int, inner: str) -> str:
    return open_tag * depth + inner + close_tag * depth


def _tables(depth: int) -> str:
    cell_open = "<w:tbl><w:tr><w:tc>"
    cell_close = "<w:p/></w:tc></w:tr></w:tbl>"
    return _nested(cell_open, cell_close, depth, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>")


def _controls(depth: int) -> str:
    inner = "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
    return _nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", depth, inner)


def _hyperlinks(depth: int) -> str:
    inner = "<w:r><w:t>deep</w:t></w:r>"
    return "<w:p>" + _nested("<w:hyperlink>", "</w:hyperlink>", depth, inner) + "</w:p>"


def _runs(count: int) -> str:
    return "<w:p>" + "<w:r><w:t>a</w:t></w:r>" * count + "</w:p>"


def _paragraphs(count: int) -> str:
    return "".join(f"<w:p><w:r><w:t>Line {i}</w:t></w:r></w:p>" for i in range(count))


def _utf16_doctype(encoding: str) -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {_NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    return package({"[Content_Types].xml": _TYPES, "word/document.xml": xml.encode(encoding)})


def _odt() -> bytes:
    return package(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": "<office:document-content/>",
        }
    )


def _xlsx() -> bytes:
    return package({"[Content_Types].xml": _TYPES, "xl/workbook.xml": "<workbook/>"})


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "tables-nested-500": (_lazy("resume.docx", lambda: docx(_tables(500))), "error"),
    "tables-nested-20": (_lazy("resume.docx", lambda: docx(_tables(20))), "ok"),
    "controls-nested-5000": (_lazy("resume.docx", lambda: docx(_controls(5000))), "error"),
    "hyperlinks-nested-5000": (_lazy("resume.docx", lambda: docx(_hyperlinks(5000))), "error"),
    "elements-nested-100k": (
        _lazy("resume.docx", lambda: docx(_nested("<w:x>", "</w:x>", 100_000, ""))),
        "error",
    ),
    "runs-100k": (_lazy("resume.docx", lambda: docx(_runs(100_000))), "ok"),
    "paragraphs-100k": (_lazy("resume.docx", lambda: docx(_paragraphs(100_000))), "error"),
    "paragraphs-12k": (_lazy("resume.docx", lambda: docx(_paragraphs(12_000))), "ok"),
    "odt-named-docx": (_lazy("resume.docx", _odt), "error"),
    "xlsx-named-docx": (_lazy("resume.docx", _xlsx), "error"),
    "utf16-no-bom-doctype": (_lazy("resume.docx", lambda: _utf16_doctype("utf-16-le")), "error"),
    "utf16-be-no-bom-doctype": (
        _lazy("resume.docx", lambda: _utf16_doctype("utf-16-be")),
        "error",
    ),
}
SLOW = frozenset({"paragraphs-100k", "paragraphs-12k", "runs-100k"})
