"""Unit tests for the hostile-input fixes of issue 13 (the whole-CLI runs are in
tests/hostile/)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from atsmatch import parse
from atsmatch.cli import main, terminal_safe
from atsmatch.errors import CorruptFileError, InputTooLargeError, ParseError
from atsmatch.parse.formats.encoding import sniff_encoding
from atsmatch.parse.formats.html import defuse, html_to_lines
from atsmatch.parse.formats.markdown import markdown_to_lines
from atsmatch.parse.limits import ParseLimits
from tests.hostile.cases.docx import _controls, _tables, _utf16_doctype, docx

RESUME = "Jane Doe\njane@example.com\n\nExperience\nEngineer at Acme\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RESUME.encode("utf-16-le"), "utf-16-le"),
        (RESUME.encode("utf-16-be"), "utf-16-be"),
        ("山田 太郎\n職歴\nソフトウェアエンジニア\n".encode("shift_jis"), "cp932"),
        ("김철수\n경력\n소프트웨어 엔지니어\n".encode("euc_kr"), "euc_kr"),
        ("Résumé of José, café owner\n".encode("cp1252"), "cp1252"),
        (RESUME.encode(), "utf-8"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    assert sniff_encoding(data) == encoding


def test_shift_jis_text_keeps_its_japanese() -> None:
    text = "山田 太郎\nyamada@example.jp\n\n職歴\nソフトウェアエンジニア\n"
    assert "ソフトウェアエンジニア" in parse(text.encode("shift_jis")).text


def test_text_with_nul_bytes_and_utf16_without_bom_are_read() -> None:
    assert "Jane Doe" in parse(RESUME.replace("\n\n", "\n\x00\n").encode()).text
    assert "Experience" in parse(RESUME.encode("utf-16-le")).text


def test_a_decoding_that_loses_the_text_is_an_error() -> None:
    with pytest.raises(CorruptFileError, match="cannot tell the text's encoding"):
        parse(bytes(range(0x80, 0x100)) * 40)
    cyrillic = ("Иван Петров\nОпыт работы\nинженер\n" * 5).encode("cp1251")
    with pytest.raises(CorruptFileError, match="encoding"):
        parse(cyrillic)


def test_json_resume_edge_cases() -> None:
    resume = {"basics": {"name": "Jane Doe", "phone": "PHONE"}, "work": []}
    huge = json.dumps(resume).replace('"PHONE"', "1" * 5000).encode()
    assert "1" * 5000 in parse(huge).text
    assert "Jane Doe" in parse(json.dumps(resume).encode("utf-16")).text
    with pytest.raises(ParseError, match="top level is an array"):
        parse(json.dumps([resume]).encode())


def test_docx_nesting_is_limited_while_parsing() -> None:
    for body in (_tables(500), _controls(5000)):
        with pytest.raises(CorruptFileError, match="max_xml_depth"):
            parse(docx(body))
    assert "deep" in parse(docx(_tables(20))).text
    with pytest.raises(CorruptFileError, match="max_xml_depth"):
        parse(docx(_tables(20)), limits=ParseLimits(max_xml_depth=30))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_dtd_in_utf16_without_bom_is_refused(encoding: str) -> None:
    with pytest.raises(CorruptFileError, match="DTD"):
        parse(_utf16_doctype(encoding))


def test_docx_text_limit_is_checked_while_walking() -> None:
    body = "".join(f"<w:p><w:r><w:t>Line {i}</w:t></w:r></w:p>" for i in range(3000))
    with pytest.raises(InputTooLargeError, match="max_chars"):
        parse(docx(body), limits=ParseLimits(max_chars=5000))


def test_html_defuse_makes_unclosed_tags_text() -> None:
    assert defuse("<p>a<b</p>") == "<p>a&lt;b</p>"
    assert defuse("<!-- x <b> --><p>hi</p>") == "<!-- x <b> --><p>hi</p>"
    assert defuse("<p>ok</p><!-- open") == "<p>ok</p>"
    assert html_to_lines("<p>Jane</p>" + "<a" * 5000)[0] == ("Jane", False)


def test_markdown_long_lines_stay_readable() -> None:
    lines = markdown_to_lines("# Skills ##\n" + " " * 50_000 + "x-\n> > quoted\n")
    assert [(text.strip(), heading) for text, heading in lines] == [
        ("Skills", True),
        ("x-", False),
        ("quoted", False),
    ]


def test_non_regular_files_are_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "resume.txt"
    os.mkfifo(fifo)
    with pytest.raises(ParseError, match="named pipe"):
        parse(fifo)  # a read would block for ever
    with pytest.raises(ParseError, match="character device"):
        parse("/dev/zero")


def test_terminal_safe_escapes_controls_and_bidi() -> None:
    assert terminal_safe("a\nb\x1b[31m\u202ec") == "a\\nb\\x1b[31m\\u202ec"
    assert terminal_safe("Résumé 日本") == "Résumé 日本"


def test_cli_error_names_a_hostile_file_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "resume\n\x1b]0;pwned\x07.txt"
    path.write_bytes(b"")
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "\\x1b" in err


@pytest.mark.parametrize(
    ("raised", "error", "words"),
    [
        (RecursionError("maximum recursion depth exceeded"), CorruptFileError, "nested"),
        (OverflowError("int too large"), CorruptFileError, "number too large"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), CorruptFileError, "decode"),
        (MemoryError(), InputTooLargeError, "memory"),
    ],
)
def test_library_errors_become_one_line_parse_errors(
    monkeypatch: pytest.MonkeyPatch, raised: BaseException, error: type, words: str
) -> None:
    import importlib

    parse_module = importlib.import_module("atsmatch.parse")

    def reader(*_: object) -> None:
        raise raised

    monkeypatch.setattr(parse_module, "_readers", lambda: {"text": reader})
    with pytest.raises(error, match=words):
        parse(RESUME.encode())


def test_encrypted_docx_member_message_has_no_repr() -> None:
    import io
    import zipfile

    data = bytearray(docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        offsets = [info.header_offset for info in archive.infolist()]
    for offset in offsets:  # set the "encrypted" flag in every local and central header
        data[offset + 6] |= 1
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        data[at + 8] |= 1
        at += 4
    with pytest.raises(CorruptFileError) as caught:
        parse(bytes(data))
    assert "encrypted" in caught.value.cause and "<" not in caught.value.cause
