from __future__ import annotations

import math
from pathlib import Path

import pytest

import atsmatch


def test_batch_equals_single(example_resume, example_job) -> None:
    resumes = [example_resume, "Skills\nPython, Docker", "Pastry chef"]
    jobs = [example_job, "Requirements\n- Python\n- Snowflake"]
    matrix = atsmatch.match_many(resumes, jobs)
    assert matrix.scores.shape == (3, 2)
    for i, resume in enumerate(resumes):
        for j, job in enumerate(jobs):
            assert matrix[i, j] == pytest.approx(atsmatch.match(resume, job).score)


def test_batch_bad_file_is_reported_not_dropped(
    example_resume, example_job, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.pdf"
    matrix = atsmatch.match_many([example_resume, missing], [example_job])
    assert matrix.resumes == (str(example_resume), str(missing))
    assert not math.isnan(matrix[0, 0])
    assert math.isnan(matrix[1, 0])
    assert "no such file" in matrix.errors[("resume", 1)]
