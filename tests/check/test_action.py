"""The composite action's check step, run as GitHub runs it: bash with the step's env."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.check.formats import write_all
from tests.check.test_check_cli import NO_EMAIL
from tests.conftest import ROOT

ACTION = ROOT / "action.yml"


def _step(step_id: str) -> dict[str, object]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return next(s for s in action["runs"]["steps"] if s.get("id") == step_id)


def _run_check_step(
    repo: Path, inputs: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    step = _step("check")
    defaults = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    values = {name: inputs.get(name, spec.get("default", "")) for name, spec in defaults.items()}
    env = dict(os.environ)
    for key, template in dict(step["env"]).items():  # type: ignore[call-overload]
        env[key] = re.sub(
            r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], template
        )
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env["GITHUB_STEP_SUMMARY"] = str(repo / "summary.md")
    env["GITHUB_OUTPUT"] = str(repo / "output.txt")
    bash = shutil.which("bash")
    if bash is None or shutil.which("atsmatch", path=env["PATH"]) is None:
        pytest.skip("needs bash and the atsmatch script")
    result = subprocess.run([bash, "-e", "-c", str(step["run"])], cwd=repo, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    outputs = dict(
        line.split("=", 1) for line in (repo / "output.txt").read_text().splitlines() if "=" in line
    ) if (repo / "output.txt").exists() else {}  # fmt: skip
    return result, outputs


def _git_repo(repo: Path) -> None:
    shutil.rmtree(repo / ".git")
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(repo)], check=True)


def test_action_declares_inputs_outputs_and_installs_from_its_checkout() -> None:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["outputs"]) == {"score", "passed"}
    assert "$ACTION_PATH" in str(_step("install")["run"])
    assert _step("install")["env"] == {"ACTION_PATH": "${{ github.action_path }}"}


def test_action_check_step_passes_every_source_format(repo: Path) -> None:
    _git_repo(repo)
    files = ["jake.tex", "moderncv.tex", "awesome.tex", "twocolumn.tex", "resume.yaml",
             "rendercv.yaml", *write_all(repo)]  # fmt: skip
    result, outputs = _run_check_step(repo, {"resumes": " ".join(files), "jobs": "job.txt"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "atsmatch check: PASSED" in result.stdout
    for name in files:
        assert (
            f"::notice file={name},title=atsmatch score::{name} vs job.txt: score " in result.stdout
        )
    assert outputs["passed"] == "true" and int(outputs["score"]) >= 0
    assert "✅ atsmatch check: PASSED" in (repo / "summary.md").read_text(encoding="utf-8")


def test_action_check_step_fails_with_annotations_and_reasons(repo: Path) -> None:
    _git_repo(repo)
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    inputs = {"resumes": "resume.txt awesome.tex", "jobs": "job.txt", "min-score": "95"}
    result, outputs = _run_check_step(repo, inputs)
    assert result.returncode == 1
    assert "::error file=resume.txt,title=atsmatch missing-email::" in result.stdout
    reasons = result.stderr.splitlines()
    assert "resume.txt: error missing-email: no email address found; add one at the top" in reasons
    assert any(r.startswith("awesome.tex vs job.txt: score ") and "< 95" in r for r in reasons)
    assert outputs["passed"] == "false"
    assert "### Failing" in (repo / "summary.md").read_text(encoding="utf-8")


def test_action_check_step_bad_input_exits_2(repo: Path) -> None:
    result, outputs = _run_check_step(repo, {"resumes": "resume.typ"})
    assert result.returncode == 2 and "resume.typ: a Typst source" in result.stderr
    assert outputs == {}
