"""User-facing docs name public sources, never a folder that only our workplace has."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER_DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_never_point_at_a_private_data_folder() -> None:
    offenders = [
        f"{path.name}:{number}"
        for path in USER_DOCS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.\./shared\b", line)
    ]
    assert offenders == []


def test_readme_names_the_source_versions_the_build_reads() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for source in ("esco-1.1.1/", "onet-29.2/", "linguist/", "languages.yml", "--data DATA"):
        assert source in readme
