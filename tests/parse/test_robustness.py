"""Whatever the bytes, parse() returns a Document or raises a ParseError: never anything else."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch import parse
from atsmatch.errors import CorruptFileError, ParseError
from tests.parse.docx_fixtures import resume_docx

DOCX = resume_docx()[0]


def _parse_or_parse_error(data: bytes) -> None:
    try:
        doc = parse(data)
    except ParseError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("<bytes>: ")
    else:
        assert doc.text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_robustness_any_bytes(data: bytes) -> None:
    _parse_or_parse_error(data)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), max_size=8))
def test_robustness_damaged_docx(changes: list[tuple[int, int]]) -> None:
    data = bytearray(DOCX)
    for offset, value in changes:
        data[offset] = value
    _parse_or_parse_error(bytes(data))


@pytest.mark.parametrize("prefix", [b"{", b"<html>", b"# ", b"PK\x03\x04", b"%PDF-1.7\n"])
@settings(max_examples=25, deadline=None)
@given(st.text(max_size=300))
def test_robustness_format_prefixes(prefix: bytes, text: str) -> None:
    _parse_or_parse_error(prefix + text.encode("utf-8", errors="replace"))


@pytest.mark.parametrize(
    "line",
    ["1-" * 20000, "A." * 20000, "Abc, " * 8000, "[" * 10000 + "](" * 10000, "Jan 2019 - " * 4000],
)
def test_robustness_long_pathological_lines(line: str) -> None:
    # These once took seconds (quadratic regular expressions); each must stay linear.
    from atsmatch.parse import parse_text

    doc = parse_text("Experience\n" + line + "\n")
    assert doc.sections[0].name == "experience"
    assert parse(("# Skills\n" + line).encode(), format="markdown").text


def test_robustness_zip_claiming_unknown_version() -> None:
    """Regression: a damaged central directory that claims zip version 6.4 (found by
    Hypothesis) raised NotImplementedError from zipfile."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6 : central + 8] = struct.pack("<H", 64)  # "version needed to extract"
    with pytest.raises(CorruptFileError, match="zip file version"):
        parse(bytes(data))
