"""Whatever an input is or raises, it becomes one error row; the other inputs are scored."""

from __future__ import annotations

import math
import os
import time
from pathlib import Path

import pytest

import atsmatch
from atsmatch.batch.profiles import Failure, profiles

GOOD = "Skills\nPython, Docker\nExperience\nBuilt services in Python.\n"
JOB = "Requirements\n- Python\n- Kubernetes\n- AWS Certified Solutions Architect required\n"


def _hostile(folder: Path) -> list[Path]:
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "a_folder").mkdir()
    return [folder / n for n in ("corrupt.pdf", "empty.txt", "binary.txt", "a_folder")]


def test_bad_files_are_error_rows_and_good_pairs_equal_match(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = _hostile(tmp_path)
    matrix = atsmatch.match_many([good, *bad], [JOB])
    assert matrix[0, 0] == atsmatch.match(good, JOB).score
    for index, path in enumerate(bad, start=1):
        message = matrix.errors[("resume", index)]
        assert "\n" not in message and str(path) in message
        assert math.isnan(matrix[index, 0])
        assert not matrix.filtered_out[index, 0]
    assert len(matrix.errors) == len(bad)


def test_a_bad_job_is_an_error_column(tmp_path: Path) -> None:
    bad = _hostile(tmp_path)
    matrix = atsmatch.match_many([GOOD], [JOB, *bad])
    assert matrix[0, 0] == atsmatch.match(GOOD, JOB).score
    assert all(math.isnan(matrix[0, j]) for j in range(1, len(bad) + 1))
    assert sorted(matrix.errors) == [("job", j) for j in range(1, len(bad) + 1)]


def test_any_exception_is_a_row_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    module = sys.modules["atsmatch.extract"]
    real = module.extract

    def fragile(value, **options):  # type: ignore[no-untyped-def]
        if isinstance(value, str) and "nested" in value:
            raise RecursionError("maximum recursion depth exceeded")
        if isinstance(value, str) and "odd" in value:
            raise AttributeError("'NoneType' object has no attribute 'x'\nsecond line")
        return real(value, **options)

    monkeypatch.setattr(module, "extract", fragile)
    matrix = atsmatch.match_many([GOOD, "nested tables", "odd one"], [JOB])
    assert not math.isnan(matrix[0, 0])
    assert "nested too deeply" in matrix.errors[("resume", 1)]
    assert "AttributeError" in matrix.errors[("resume", 2)]
    assert "\n" not in matrix.errors[("resume", 2)]


def test_fifo_is_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "resume.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    matrix = atsmatch.match_many([fifo, GOOD], [JOB])
    assert time.monotonic() - started < 30
    assert "named pipe" in matrix.errors[("resume", 0)]
    assert not math.isnan(matrix[1, 0])


def test_worker_timeout_and_crash_fail_only_their_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import atsmatch.batch.pool as pool

    real = pool.profile_or_failure

    def slow(value, kind, taxonomy, label, *rest):  # type: ignore[no-untyped-def]
        if "hang" in label:
            time.sleep(60)
        if "crash" in label:
            os._exit(3)
        return real(value, kind, taxonomy, label, *rest)

    monkeypatch.setattr(pool, "profile_or_failure", slow)
    values = [GOOD, "hang here", "crash here", GOOD + "Go\n"]
    started = time.monotonic()
    found = list(profiles(values, "resume", workers=2, timeout=2.0))
    assert time.monotonic() - started < 40
    assert isinstance(found[0], atsmatch.Profile) and isinstance(found[3], atsmatch.Profile)
    assert isinstance(found[1], Failure) and "took longer than 2 s" in found[1].message
    assert isinstance(found[2], Failure) and "worker reading it stopped" in found[2].message


def test_workers_give_the_same_matrix(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    inputs = [good, *_hostile(tmp_path), "Skills\nKubernetes, Go\n"]
    serial = atsmatch.match_many(inputs, [JOB])
    parallel = atsmatch.match_many(inputs, [JOB], workers=2, timeout=60)
    assert serial.errors == parallel.errors
    import numpy as np

    assert np.array_equal(serial.scores, parallel.scores, equal_nan=True)


def _self_referencing_pdf() -> bytes:
    """A PDF whose page tree is an indirect object that refers to itself (issue 13)."""
    objects = [
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        b"2 0 obj\n2 0 R\nendobj\n",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for obj in objects:
        offsets.append(len(out))
        out += obj
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def test_hostile_pdf_is_a_row_within_the_timeout(tmp_path: Path) -> None:
    hostile = tmp_path / "loop.pdf"
    hostile.write_bytes(_self_referencing_pdf())
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    matrix = atsmatch.match_many([hostile, good], [JOB], timeout=10)
    assert time.monotonic() - started < 90
    assert ("resume", 0) in matrix.errors and "\n" not in matrix.errors[("resume", 0)]
    assert matrix[1, 0] == atsmatch.match(good, JOB).score


def test_scoring_failure_is_a_row_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile that makes the scoring code itself raise costs only its own row or column."""
    import atsmatch.batch.jobside as jobside
    from atsmatch.batch.engine import Engine

    real_terms, real_row = jobside.job_terms, Engine.row

    def job_terms(job, config):  # type: ignore[no-untyped-def]
        if "Cobol" in job.document.text:
            raise RecursionError("deep")
        return real_terms(job, config)

    def row(self, profile):  # type: ignore[no-untyped-def]
        if "Fortran" in profile.document.text:
            raise ValueError("odd")
        return real_row(self, profile)

    monkeypatch.setattr(jobside, "job_terms", job_terms)
    monkeypatch.setattr(Engine, "row", row)
    matrix = atsmatch.match_many([GOOD, "Skills\nFortran\n"], [JOB, "Requirements\n- Cobol\n"])
    assert matrix[0, 0] == atsmatch.match(GOOD, JOB).score
    assert "nested too deeply" in matrix.errors[("job", 1)]
    assert "ValueError" in matrix.errors[("resume", 1)]
    assert math.isnan(matrix[1, 0]) and math.isnan(matrix[0, 1])
