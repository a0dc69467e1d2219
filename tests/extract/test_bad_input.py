from __future__ import annotations

import pytest

from atsmatch import extract
from atsmatch.document import Document
from atsmatch.errors import InputTooLargeError
from atsmatch.extract import MAX_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "\x00\x01\x02 junk \ufffd\ufffd",
        "".join(chr(c) for c in range(0x20, 0x2FF)),
        "Lebenslauf: Erfahrung mit Datenbanken und Teamführung.",
        "履歴書 経験 データベース 管理",
        "резюме: опыт работы",
        "(((((((((((((((((((( ))))))))))))) /////// &&&& ####",
    ],
)
def test_bad_input_odd_text_gives_empty_profile(text: str) -> None:
    assert extract(Document(text=text), kind="resume").skills == ()


def test_bad_input_too_long_text_is_a_clear_error() -> None:
    with pytest.raises(InputTooLargeError, match="over the"):
        extract(Document(text="x " * (MAX_CHARS // 2 + 1)), kind="resume")


def test_bad_input_long_repetitive_text_completes() -> None:
    text = "Python, Docker and aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa " * 5000
    profile = extract(Document(text=text), kind="resume")
    assert {s.name for s in profile.skills} == {"Python", "Docker"}
