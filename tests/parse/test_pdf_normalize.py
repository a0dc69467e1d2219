"""Shared character normalisation and end-of-line hyphenation (used by the PDF reader)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from atsmatch.parse.normalize import join_hyphenated, normalize_text, squeeze_spaces


@pytest.mark.parametrize(
    ("lines", "vocabulary", "expected"),
    [
        (["manage-", "ment of teams"], (), ["management", "of teams"]),
        (["the manage-", "ment"], (), ["the management", ""]),
        (["of manip-", "ulation. Next"], (), ["of manipulation.", "Next"]),
        (["the cross-", "functional, team"], (), ["the cross-functional,", "team"]),
        (["cross-", "functional"], (), ["cross-functional", ""]),
        (["data-", "driven teams"], (), ["data-driven", "teams"]),
        (["end-to-", "end tests"], (), ["end-to-end", "tests"]),
        (["co-", "founded it"], ("co-founded",), ["co-founded", "it"]),
        (["multi-", "platform"], ("multiplatform",), ["multiplatform", ""]),
        (["Berlin-", "Brandenburg"], (), ["Berlin-", "Brandenburg"]),
        (["2019 -", "2021"], (), ["2019 -", "2021"]),
        (["Python -", "expert"], (), ["Python -", "expert"]),
        (["plain line", "next line"], (), ["plain line", "next line"]),
        (["the Manage\u00ad", "ment team"], (), ["the Management", "team"]),
        (["Engi\u00ad", "neering"], (), ["Engineering", ""]),
    ],
)
def test_normalize_join_hyphenated(
    lines: list[str], vocabulary: tuple[str, ...], expected: list[str]
) -> None:
    assert join_hyphenated(lines, vocabulary=frozenset(vocabulary)) == expected


_LINE = st.text(alphabet="abcXYZ -", max_size=20)


@given(st.lists(_LINE, max_size=8))
def test_normalize_join_hyphenated_keeps_letters_and_length(lines: list[str]) -> None:
    out = join_hyphenated(lines)
    assert len(out) == len(lines)
    letters = [c for line in lines for c in line if c.isalpha()]
    assert [c for line in out for c in line if c.isalpha()] == letters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufb01nance \ufb02ow", "finance flow"),
        ("· item", "• item"),
        ("\uf0b7 item", "• item"),
        ("soft\u00adware", "software"),
        ("zero\u200bwidth", "zerowidth"),
        ("non\u00a0breaking", "non breaking"),
    ],
)
def test_normalize_characters(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(("line", "expected"), [("  a   b  ", "a b"), ("a\t\tb", "a b"), ("", "")])
def test_normalize_squeeze_spaces(line: str, expected: str) -> None:
    assert squeeze_spaces(line) == expected
