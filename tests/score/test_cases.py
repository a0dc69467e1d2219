"""End-to-end goldens: each folder of tests/data/cases holds a resume, a job and the
expected summary of the match. After an intended change, regenerate with
``python -m pytest tests/score/test_cases.py --update-goldens`` and review the diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import atsmatch
from atsmatch.report import render

CASES = Path(__file__).resolve().parent.parent / "data" / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "job.txt").is_file())


def _summary(result: atsmatch.Match) -> dict[str, Any]:
    """What a reader takes from the report, small enough to review in a diff."""
    return {
        "score": round(result.score),
        "subscores": {k: round(v) for k, v in result.subscores.items()},
        "knockouts": [k.message for k in result.knockouts],
        "terms": sorted(
            f"{t.status:8} {t.importance:9} {t.name} ({t.via or '-'})" for t in result.terms
        ),
        "advice": [a.message for a in result.advice],
    }


@pytest.mark.parametrize("name", NAMES)
def test_cases_match_golden(name: str, update_goldens: bool) -> None:
    folder = CASES / name
    result = atsmatch.match(folder / "resume.txt", folder / "job.txt")
    found = _summary(result)
    expected_file = folder / "expected.json"
    if update_goldens or not expected_file.exists():
        expected_file.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    assert found == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_cases_text_report_fits_80_columns(name: str) -> None:
    folder = CASES / name
    text = render(atsmatch.match(folder / "resume.txt", folder / "job.txt"), format="text")
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80


def test_cases_rank_like_a_recruiter() -> None:
    """Good matches above partial ones above an unrelated resume."""
    score = {n: json.loads((CASES / n / "expected.json").read_text())["score"] for n in NAMES}
    good = [v for n, v in score.items() if n.endswith("-good")]
    partial = [v for n, v in score.items() if n.endswith(("-partial", "-knockout"))]
    unrelated = [v for n, v in score.items() if n.startswith("unrelated")]
    assert min(good) >= 65 and min(partial) > max(unrelated)  # "OSHA 10 or 30": one requirement
    assert max(unrelated) < 25
