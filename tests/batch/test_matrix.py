"""MatchMatrix: rankings, per-pair details on demand, writers."""

from __future__ import annotations

import csv
import io
import json

import pytest

import atsmatch
from atsmatch.errors import InputError

RESUMES = [
    "Skills\nPython, PostgreSQL, Docker\n",
    "Skills\nDocker, Kubernetes\n",
    "Summary\nPastry chef.\n",
]
JOBS = ["Requirements\n- Python\n- PostgreSQL\n", "Requirements\n- Kubernetes\n- Docker\n"]


@pytest.fixture(scope="module")
def matrix() -> atsmatch.MatchMatrix:
    return atsmatch.match_many(RESUMES, JOBS)


def test_top_per_job_and_per_resume(matrix) -> None:
    per_job = matrix.top(2)
    for j, ranked in enumerate(per_job):
        scores = [matrix[i, j] for i in ranked]
        assert scores == sorted(scores, reverse=True) and len(ranked) == 2
        assert scores[0] == max(matrix[i, j] for i in range(len(RESUMES)))
    assert matrix.top(1, per="resume")[1] == [1]
    assert len(matrix.top(1, per="resume")) == len(RESUMES)


def test_match_of_is_the_full_match(matrix) -> None:
    full = matrix.match_of(0, 0)
    assert full.score == matrix[0, 0] == atsmatch.match(RESUMES[0], JOBS[0]).score
    assert full.advice == atsmatch.match(RESUMES[0], JOBS[0]).advice


def test_missing_ranked_by_gain(matrix) -> None:
    missing = matrix.missing(2, 0)
    single = atsmatch.match(RESUMES[2], JOBS[0])
    expected = sorted(
        (t for t in single.terms if t.status != "matched"), key=lambda t: (-t.gain, t.id)
    )
    assert [t.id for t in missing] == [t.id for t in expected][:5]


def test_without_profiles_details_still_work() -> None:
    lean = atsmatch.match_many(RESUMES, JOBS, keep_profiles=False)
    assert lean.subscores(0, 0) == atsmatch.match(RESUMES[0], JOBS[0]).subscores
    with pytest.raises(InputError, match="keep_profiles"):
        lean.match_of(0, 0)


def test_writers_have_one_row_per_pair(matrix) -> None:
    out = io.StringIO()
    assert matrix.write_csv(out) == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {(r["resume"], r["job"]) for r in rows} == {
        (f"#{i}", f"#{j}") for i in range(3) for j in range(2)
    }
    out = io.StringIO()
    assert matrix.write_jsonl(out, per="resume", top=1) == 3
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["rank"] == 1 and first["subscores"] and "missing" in first
