"""The parsing ground truth (tests/data/parse_truth) is well formed: every entry names a file,
its section kinds are kinds the parser can report, a hashed contact value has the form
eval_parse.py compares, and every position has a title or an employer and dates in the
documented forms. benchmarks/eval_parse.py scores the parser against it on the templates it
describes (not in this repository)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from atsmatch.parse.structure.headings import HEADINGS

TRUTH = Path(__file__).parents[1] / "data" / "parse_truth" / "resume-templates.json"
DATE = re.compile(r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2]))?|present)$")
HASHED = re.compile(r"^sha256:[0-9a-f]{16}$")


def _entries() -> list[dict[str, Any]]:
    files: list[dict[str, Any]] = json.loads(TRUTH.read_text(encoding="utf-8"))["files"]
    return files


def test_truth_describes_distinct_files() -> None:
    names = [entry["file"] for entry in _entries()]
    assert len(names) >= 20
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("entry", _entries(), ids=lambda entry: str(entry["file"]))
def test_truth_entry_is_well_formed(entry: dict[str, Any]) -> None:
    kinds = set(HEADINGS)
    assert entry["columns"] is None or isinstance(entry["columns"], bool)
    assert entry["sections"], "every resume has sections"
    assert set(entry["sections"]) <= kinds
    assert set(entry.get("sections_optional", ())) <= kinds
    for key, value in entry["contact"].items():
        assert key in {"name", "email", "phone", "location", "links"}
        assert value is None or isinstance(value, str)
        if value is not None and value.startswith("sha256:"):
            assert HASHED.match(value), f"{key}: a hash is 'sha256:' and 16 hex digits"
    for position in entry["positions"]:
        assert set(position) == {"title", "employer", "start", "end"}
        assert position["title"] or position["employer"]
        for field in ("start", "end"):
            assert position[field] is None or DATE.match(position[field]), position
