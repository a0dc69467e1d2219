"""The pre-commit hook: its definition, and a run through the real pre-commit (when installed:
``pip install -e ".[hooks]"``; it builds the hook's own environment, which takes a while)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.check.test_check_cli import NO_EMAIL
from tests.conftest import ROOT


def _hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return dict(hook)


@pytest.mark.parametrize(
    ("path", "selected"),
    [
        ("resume.tex", True), ("cv/cv-en.yaml", True), ("docs/Resume.md", True),
        ("resume.pdf", True), ("jobs/backend.txt", False), ("README.md", False),
        ("src/cvxpy.py", False),
    ],
)  # fmt: skip
def test_precommit_hook_selects_resume_files(path: str, selected: bool) -> None:
    hook = _hook()
    assert hook["entry"] == "atsmatch check" and hook["language"] == "python"
    assert bool(re.search(str(hook["files"]), path)) is selected


def test_precommit_hook_runs_through_pre_commit(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or shutil.which(
        "pre-commit", path=str(Path(sys.executable).parent)
    )
    if pre_commit is None or shutil.which("git") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[hooks]')")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t"}
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    subprocess.run(["git", "add", "resume.txt"], cwd=repo, check=True)
    result = subprocess.run(
        [pre_commit, "try-repo", str(ROOT), "atsmatch-check", "--files", "resume.txt"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "resume.txt: error missing-email" in result.stdout
