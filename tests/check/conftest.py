from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"

JOB = """Backend Engineer
Requirements
- 3+ years of experience with Python and Kafka
- Experience with Kubernetes, Docker and Terraform
- SQL and PostgreSQL
Responsibilities
- Build event pipelines and REST APIs
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary resume repository (the working folder) with every fixture and a job."""
    for item in FIXTURES.iterdir():
        if item.is_dir():
            shutil.copytree(item, tmp_path / item.name)
        else:
            shutil.copy(item, tmp_path / item.name)
    (tmp_path / ".git").mkdir()
    (tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path
