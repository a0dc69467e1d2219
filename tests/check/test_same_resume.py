"""One resume in every source format: the same sections and nearly the same score.

The LaTeX source (fixtures/jake.tex) is compared with the page its PDF would show, written
as text, Markdown, HTML, DOCX, PDF and JSON Resume (tests/check/formats.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from atsmatch.parse import parse
from atsmatch.score import match
from tests.check.conftest import FIXTURES, JOB
from tests.check.formats import WRITERS


@pytest.fixture(scope="module")
def latex_result() -> tuple[list[str], float]:
    document = parse(FIXTURES / "jake.tex")
    return [s.name for s in document.sections], match(document, JOB).score


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_same_resume_in_each_format_matches_the_latex_source(
    tmp_path: Path, latex_result: tuple[list[str], float], name: str
) -> None:
    WRITERS[name](tmp_path / name)
    document = parse(tmp_path / name)
    sections, score = latex_result
    assert {s.name for s in document.sections} >= set(sections)
    assert document.contact.email == "dana.whitfield@example.org"
    assert match(document, JOB).score == pytest.approx(score, abs=5)
