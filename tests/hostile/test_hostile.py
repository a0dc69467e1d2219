"""Every hostile file of ``tests/hostile/cases`` through ``parse`` and ``score`` (as the resume
and as the job) in a child process: the expected exit code, one stderr line without control
characters on error, no traceback, at most 30 s and 1 GiB.

A summary line (cases, worst time, worst memory) is printed at the end of the run.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import cases as cases_package
from tests.hostile.runner import LIMIT_RSS, LIMIT_SECONDS, Outcome, run_cli

RESUME = """Jane Doe
jane.doe@example.com | +1 555 010 0199

Experience
Software Engineer, Acme Corp, Jan 2019 - Present
- Built data pipelines in Python and SQL on AWS.

Skills
Python, SQL, AWS, Docker
"""
JOB = """Senior Data Engineer

Requirements
- 5+ years of Python and SQL
- Experience with AWS and Docker
"""
MODES = ("parse", "score-as-resume", "score-as-job")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _all_cases() -> Iterator[tuple[str, str, Callable[[Path], Path], str, bool]]:
    for info in pkgutil.iter_modules(cases_package.__path__):
        module = importlib.import_module(f"{cases_package.__name__}.{info.name}")
        slow = getattr(module, "SLOW", frozenset())
        for name, (write, expected) in module.CASES.items():
            yield info.name, name, write, expected, name in slow


def _params() -> list[Any]:
    params = []
    for family, name, write, expected, slow in _all_cases():
        for mode in MODES:
            marks = [pytest.mark.slow] if slow else []
            params.append(
                pytest.param(write, expected, mode, id=f"{family}:{name}:{mode}", marks=marks)
            )
    return params


RESULTS: list[tuple[str, Outcome]] = []  # read by conftest.py for the summary line


@pytest.mark.parametrize(("write", "expected", "mode"), _params())
def test_hostile_file(
    write: Callable[[Path], Path],
    expected: str,
    mode: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "resume.txt").write_text(RESUME, encoding="utf-8")
    (good / "job.txt").write_text(JOB, encoding="utf-8")
    folder = tmp_path / "case"
    folder.mkdir()
    path = write(folder)
    if mode == "parse":
        args = ["parse", str(path)]
    elif mode == "score-as-resume":
        args = ["score", str(path), str(good / "job.txt")]
    else:
        args = ["score", str(good / "resume.txt"), str(path)]
    outcome = run_cli(args, cwd=folder)
    RESULTS.append((request.node.callspec.id, outcome))
    where = f"{args}: rc={outcome.code} stderr={outcome.stderr[-2000:]!r}"
    assert outcome.code is not None, f"killed at the timeout: {where}"
    assert "Traceback" not in outcome.stderr, where
    assert outcome.seconds <= LIMIT_SECONDS, f"took {outcome.seconds:.1f} s: {where}"
    assert outcome.peak_rss <= LIMIT_RSS, f"peak {outcome.peak_rss / 2**20:.0f} MiB: {where}"
    if expected == "error":
        assert outcome.code == 2, where
        lines = outcome.stderr.splitlines()
        assert len(lines) == 1, where
        assert lines[0].startswith("atsmatch: error: "), where
        assert not _CONTROL.search(lines[0]), where
        assert "0x" not in lines[0] and "<zipfile" not in lines[0], where  # no object reprs
    else:
        assert outcome.code == 0, where
        assert not _CONTROL.search(outcome.stderr), where
