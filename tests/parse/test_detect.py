from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from atsmatch import parse
from atsmatch.errors import UnsupportedFormatError
from atsmatch.parse.detect import detect_format
from tests.parse.docx_fixtures import resume_docx


@pytest.mark.parametrize(
    ("data", "name", "format"),
    [
        (b"%PDF-1.7\n...", "cv", "pdf"),
        (b"PK\x03\x04rest", "cv", "docx"),
        (b'  {"basics": {}}', "cv", "jsonresume"),
        (b"<!DOCTYPE html><p>x</p>", "cv", "html"),
        (b'<?xml version="1.0"?>\n<!-- made by hand --><html><body>x', "cv", "html"),
        (b"<div class='cv'>Jane</div>", "cv", "html"),
        (b"# Jane\n\n## Skills\n", "cv", "markdown"),
        (b"Jane\n- one\n- two\n", "cv.md", "markdown"),
        (b"Jane\n- one\n- two\n", "cv.txt", "text"),
        (b"Jane <jane@x.com>\nSkills", "cv", "text"),
        (b"{\\rtf1\\ansi Jane}", "cv", None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "cv", None),
    ],
)
def test_detect_format_from_content(data: bytes, name: str, format: str | None) -> None:
    assert detect_format(data, name) == format


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Word .doc"),
        (b"{\\rtf1\\ansi Jane}", "RTF document"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument text"),
        (_zip({"xl/workbook.xml": b"<x/>"}), "Excel workbook"),
    ],
)
def test_detect_unsupported_formats_say_what_they_are(data: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=reason):
        parse(data)


def test_detect_strict_ooxml_is_read() -> None:
    data = resume_docx()[0]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info.filename).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            )
            target.writestr(info, part)
    assert parse(out.getvalue()).text == parse(data).text


def test_detect_content_wins_over_suffix(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(resume_docx()[0])
    assert parse(path).format == "docx"
