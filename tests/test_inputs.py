"""How the API tells a path from text in a ``str`` argument."""

from __future__ import annotations

from pathlib import Path

import pytest

import atsmatch
from atsmatch import Document
from atsmatch.errors import AtsmatchError, InputError, SourceNotFoundError
from atsmatch.inputs import as_document, reads_as_path


def test_inputs_existing_path_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cv"
    path.write_text("Skills\nPython\n", encoding="utf-8")
    assert as_document(str(path)).source == str(path)


@pytest.mark.parametrize(
    "text",
    [
        "Python developer",
        "We need a senior engineer with Python, Go and Kubernetes. " * 10,  # > 255 chars
        "bad\x00name",
        "Line one\nLine two",
    ],
)
def test_inputs_other_strings_are_text(text: str) -> None:
    document = as_document(text)
    assert document.source == "<text>"
    assert document.text.strip()


def test_inputs_missing_document_path_raises(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no such file"):
        as_document(str(tmp_path / "resume.pdf"))


@pytest.mark.parametrize("name", ["resume_final", "cv/priya", "Python", "~/jobs/backend"])
def test_inputs_one_word_strings_are_paths_and_missing_ones_raise(name: str) -> None:
    assert reads_as_path(name)
    with pytest.raises(SourceNotFoundError, match="a one-word str is read as a path"):
        as_document(name)


def test_inputs_a_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        as_document(str(tmp_path))


def test_inputs_match_never_scores_a_path_like_string_as_text(tmp_path: Path) -> None:
    job = "Requirements\n- Python\n- SQL\n"
    for name in ("resume_final", "cv/priya", str(tmp_path)):
        with pytest.raises(AtsmatchError):
            atsmatch.match(name, job)


def test_inputs_one_line_text_goes_in_as_a_document() -> None:
    profile = atsmatch.extract(Document(text="Python"), kind="resume")
    assert [s.name for s in profile.skills] == ["Python"]


def test_inputs_a_long_missing_name_is_shortened_in_the_message() -> None:
    with pytest.raises(SourceNotFoundError) as caught:
        as_document("x" * 3000)
    assert len(str(caught.value)) < 250


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("my resume.pdf", True),
        ("Senior nurse, ICU", False),
        ("", False),
        ("  ", False),
        ("a\nb", False),
    ],
)
def test_inputs_reads_as_path_rule(value: str, expected: bool) -> None:
    assert reads_as_path(value) is expected
