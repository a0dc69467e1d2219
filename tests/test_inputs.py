"""How the API tells a path from text in a ``str`` argument."""

from __future__ import annotations

from pathlib import Path

import pytest

from atsmatch.errors import SourceNotFoundError
from atsmatch.inputs import as_document


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
