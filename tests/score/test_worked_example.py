from __future__ import annotations

from tests.conftest import ROOT
from tests.score.worked_example import JOB_TEXT, RESUME_TEXT, worked_block, worked_match


def test_worked_example_numbers_in_docs_match_the_code() -> None:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    block = text.split("<!-- worked-example -->\n")[1].split("\n<!-- /worked-example -->")[0]
    assert block == worked_block()


def test_worked_example_inputs_in_docs() -> None:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    assert JOB_TEXT.rstrip() in text and RESUME_TEXT.rstrip() in text


def test_worked_example_story() -> None:
    result = worked_match()
    assert [k.kind for k in result.knockouts] == ["years"]
    assert result.coverage is not None and result.coverage.literal < result.coverage.concept
