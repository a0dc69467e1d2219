"""Every kind of bad input gives a specific ParseError with one line naming file and cause."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from atsmatch import parse
from atsmatch.errors import (
    CorruptFileError,
    EmptyDocumentError,
    InputTooLargeError,
    ParseError,
    UnsupportedFormatError,
)
from atsmatch.parse import ParseLimits
from tests.parse.docx_fixtures import resume_docx

NOISE = bytes(range(256)) * 64


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def _laughs() -> bytes:
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 12))
    document = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "ha">{entities}]><d>&l11;</d>'
    return _zip("word/document.xml", document.encode())


CASES: dict[str, tuple[str, Callable[[], bytes], type[ParseError], str]] = {
    "empty": ("cv.txt", lambda: b"", EmptyDocumentError, "empty"),
    "empty-docx": ("cv.docx", lambda: b"", EmptyDocumentError, "empty"),
    "blank": ("cv.txt", lambda: b"  \n\t\n", EmptyDocumentError, "white space"),
    "binary-pdf": ("cv.pdf", lambda: NOISE, CorruptFileError, "PDF suffix"),
    "binary-docx": ("cv.docx", lambda: NOISE, CorruptFileError, "DOCX suffix"),
    "binary-bin": ("cv.bin", lambda: NOISE, UnsupportedFormatError, "binary content"),
    "text-docx": ("cv.docx", lambda: b"plain words", CorruptFileError, "not a zip"),
    "truncated-docx": (
        "cv.docx",
        lambda: resume_docx()[0][:3000],
        CorruptFileError,
        "not a valid DOCX",
    ),
    "zip-not-docx": ("cv.zip", lambda: _zip("a.txt", b"hi"), UnsupportedFormatError, "not a DOCX"),
    "zip-bomb": (
        "cv.docx",
        lambda: _zip("word/document.xml", b"<a>" + b"0" * 3_000_000 + b"</a>"),
        InputTooLargeError,
        "zip bomb",
    ),
    "billion-laughs": ("cv.docx", _laughs, CorruptFileError, "DTD or XML entities"),
    "bad-json": ("cv.json", lambda: b'{"basics": ', CorruptFileError, "invalid JSON"),
    "other-json": ("cv.json", lambda: b'{"a": 1}', UnsupportedFormatError, "neither"),
}
LIMITS = ParseLimits(max_decompressed=2_000_000)


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_specific_error(tmp_path: Path, case: str) -> None:
    name, make, error, cause = CASES[case]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(error) as info:
        parse(path, limits=LIMITS)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert cause in message
    assert "\n" not in message


def test_bad_input_50_mb_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(InputTooLargeError, match=r"huge\.pdf: file is 52,428,800 bytes"):
        parse(path)


@pytest.mark.parametrize("case", sorted(set(CASES) - {"zip-bomb"}))  # needs small limits
def test_bad_input_cli_exit_2_one_line(
    tmp_path: Path, case: str, run_cli: Callable[..., object]
) -> None:
    name, make, _, _ = CASES[case]
    path = tmp_path / name
    path.write_bytes(make())
    result = run_cli("parse", str(path))
    assert result.code == 2  # type: ignore[attr-defined]
    assert result.out == ""  # type: ignore[attr-defined]
    assert result.err.count("\n") == 1 and str(path) in result.err  # type: ignore[attr-defined]
