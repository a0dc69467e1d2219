from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atsmatch import extract
from atsmatch.document import Document
from atsmatch.errors import InputTooLargeError
from atsmatch.extract import MAX_CHARS
from atsmatch.taxonomy import Taxonomy


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


_PIECES = st.sampled_from(
    [
        ".NET",
        "C#",
        "Go",
        "go",
        "R",
        "Excel",
        "(",
        ")",
        "ML",
        "Machine Learning",
        "\n",
        ",",
        "/",
        "-",
        " ",
        "Python",
        "python",
        "Spring",
        "2021",
        "Skills",
        "Danish",
        "English",
        "•",
        "managed",
        "databases",
        "Kubernetis",
        "Postgre",
        "SQL",
        "@",
        "a",
        "the",
        "and",
        "level",
    ]
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(_PIECES, max_size=40).map(" ".join))
def test_bad_input_any_mix_of_forms_and_symbols(text: str, taxonomy: Taxonomy) -> None:
    profile = extract(Document(text=text), kind="resume", taxonomy=taxonomy)
    for skill in profile.skills:
        for mention in skill.mentions:
            assert text[mention.start : mention.end] == mention.text
