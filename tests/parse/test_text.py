from __future__ import annotations

import io
from pathlib import Path

import pytest

from atsmatch import parse
from atsmatch.errors import (
    EmptyDocumentError,
    InputTooLargeError,
    ParseError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from atsmatch.parse import ParseLimits

TEXT = "Jürgen Müller — Résumé\nSkills\nPython\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_parse_text_encodings(encoding: str) -> None:
    data = TEXT.replace("—", "-").encode(encoding)
    doc = parse(data)
    assert doc.text == TEXT.replace("—", "-")
    assert doc.format == "text"


def test_parse_text_sources_path_bytes_stream(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert parse(path).source == str(path)
    assert parse(str(path)).text == TEXT
    assert parse(io.BytesIO(TEXT.encode())).text == TEXT


def test_parse_text_crlf_normalised() -> None:
    assert parse(b"a\r\nb\rc").text == "a\nb\nc"


def test_parse_text_sections() -> None:
    doc = parse(b"Jo\nWork History:\nAcme\nTECHNICAL SKILLS\nPython\n")
    assert [(s.name, s.heading) for s in doc.sections] == [
        ("experience", "Work History:"),
        ("skills", "TECHNICAL SKILLS"),
    ]
    assert doc.section_at(doc.text.index("Python")) == "skills"
    assert doc.section_at(0) is None


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocumentError),
        (bytes(range(256)) * 10, UnsupportedFormatError),
    ],
)
def test_parse_text_bad_input(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error, match="<bytes>"):
        parse(data)


def test_parse_text_limits() -> None:
    with pytest.raises(InputTooLargeError, match="max_bytes"):
        parse(b"x" * 100, limits=ParseLimits(max_bytes=10))
    with pytest.raises(InputTooLargeError, match="max_chars"):
        parse(b"x" * 100, limits=ParseLimits(max_chars=10))


def test_parse_text_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no such file"):
        parse(tmp_path / "missing.txt")
    with pytest.raises(ParseError, match="is a directory, not a file"):
        parse(tmp_path)


def test_parse_text_unknown_format_suggests() -> None:
    with pytest.raises(UnsupportedFormatError, match="did you mean 'text'"):
        parse(b"hello", format="txt")
