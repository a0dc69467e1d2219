"""A single letter in an education line is a grade or a class, not the C language, unless a
language or a cue stands next to it (issue 8 item 7, ranking noise)."""

from __future__ import annotations

import pytest

import atsmatch


@pytest.mark.parametrize(
    ("text", "has_c"),
    [
        ("Education\nB.S. Computer Science, State University, Minor C\n", False),
        ("Education\nB.S. in Computer Science (minor: C)\n", False),
        ("Education\nCoursework: Java, C, Python\n", True),
        ("Education\nB.S. Computer Science; coursework in C programming\n", True),
        ("Skills\nC, Python\n", True),
    ],
)
def test_education_letter_is_not_a_language(text: str, has_c: bool) -> None:
    names = {s.name for s in atsmatch.extract(text, kind="resume").skills}
    assert ("C" in names) is has_c
