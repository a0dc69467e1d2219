"""Bad PDF input: each case raises one specific ParseError with a one-line message."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atsmatch.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    InputTooLargeError,
    ParseError,
)
from atsmatch.parse import parse
from atsmatch.parse.limits import ParseLimits
from tests.parse import pdf_fixtures as fx


def _truncated() -> bytes:
    data = fx.one_column().pdf
    return data[: len(data) // 2]


def _missing_objects() -> bytes:
    """Valid header, trailer and %%EOF, but the xref points at nothing."""
    return b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 9 0 R >>\n%%EOF\n"


def _blank_page() -> bytes:
    return fx.one_page(b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")


CASES: list[tuple[str, Callable[[], bytes], type[ParseError], str]] = [
    ("truncated", _truncated, CorruptFileError, "truncated"),
    ("junk", fx.junk_with_header, CorruptFileError, "damaged"),
    ("looping-page-tree", fx.looping_page_tree, CorruptFileError, "loops"),
    ("missing-objects", _missing_objects, CorruptFileError, "PDF"),
    ("user-password", lambda: fx.encrypted(user_password="secret"), EncryptedFileError, "password"),
    (
        "user-password-aes256",
        lambda: fx.encrypted(user_password="secret", method="AES_256"),
        EncryptedFileError,
        "password",
    ),
    ("blank", _blank_page, EmptyDocumentError, "no text"),
]


@pytest.mark.parametrize(
    ("data", "error", "cause"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_pdf_errors_bad_input(
    tmp_path: Path, data: Callable[[], bytes], error: type[ParseError], cause: str
) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(data())
    with pytest.raises(error) as caught:
        parse(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert cause in message
    assert "\n" not in message


def test_pdf_errors_self_drawing_form_does_not_hang() -> None:
    # pdfminer refuses to draw a form inside itself; the page is simply empty.
    with pytest.raises(EmptyDocumentError):
        parse(fx.self_drawing_form())


@pytest.mark.parametrize(
    ("limits", "cause"),
    [
        (ParseLimits(max_pages=1), "more than 1 pages"),
        (ParseLimits(max_seconds=0.0), "longer than 0 s"),
        (ParseLimits(max_chars=100), "over 100 characters"),
    ],
)
def test_pdf_errors_limits(limits: ParseLimits, cause: str) -> None:
    with pytest.raises(InputTooLargeError, match=cause):
        parse(fx.one_column().pdf, limits=limits)


@pytest.mark.parametrize(("size", "refused"), [(3_000_000, True), (500_000, False)])
def test_pdf_errors_inflation_bomb(size: int, refused: bool) -> None:
    data = fx.inflation_bomb(size)
    assert len(data) < 20_000
    limits = ParseLimits(max_decompressed=1_000_000)
    if refused:
        with pytest.raises(InputTooLargeError, match="inflate to over 1,000,000 bytes"):
            parse(data, limits=limits)
    else:
        assert parse(data, limits=limits).text == "Bomb"


def test_pdf_errors_keyboard_interrupt_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    from atsmatch.parse.pdf import text as pdf_text

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pdf_text, "build_fragments", interrupt)
    with pytest.raises(KeyboardInterrupt):
        parse(fx.text_lines(["hello"]))


def test_pdf_errors_unexpected_exception_becomes_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    from atsmatch.parse.pdf import text as pdf_text

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("Kids")

    monkeypatch.setattr(pdf_text, "build_fragments", broken)
    with pytest.raises(CorruptFileError, match="lacks an entry it needs"):
        parse(fx.text_lines(["hello"]))


@cache
def _sample() -> bytes:
    return fx.text_lines(["Richard Hendriks", "Python, Go and SQL", "· Built things"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6
    )
)
def test_pdf_errors_damaged_bytes_never_escape(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(_sample())
    for position, junk in edits:
        at = position % len(data)
        data[at : at + len(junk)] = junk
    try:
        parse(bytes(data), format="pdf", limits=ParseLimits(max_seconds=5))
    except ParseError as exc:
        assert "\n" not in str(exc)


def test_pdf_errors_glyph_limit_stops_inside_one_huge_string() -> None:
    data = fx.content_pdf(b"BT /F1 1 Tf 72 700 Td (" + b"a" * 200_000 + b") Tj ET")
    with pytest.raises(InputTooLargeError, match="over 10,000 characters"):
        parse(data, limits=ParseLimits(max_chars=10_000))
