"""Extraction output on a fixed, varied corpus is exactly the stored snapshot.

The corpus and the snapshot come from tests/extract/regression_corpus.py (see its
docstring to rewrite the snapshot after an intended change).
"""

from __future__ import annotations

import json

import pytest

from tests.extract.regression_corpus import GOLDEN, golden


@pytest.fixture(scope="module")
def found() -> dict[str, list[list[object]]]:
    return golden()


def test_extract_regression_snapshot_is_not_trivial() -> None:
    stored = json.loads(GOLDEN.read_text(encoding="utf-8"))
    kinds = {m[2] for skills in stored.values() for _, mentions in skills for m in mentions}
    assert len(stored) == 16
    assert {"exact", "alias", "lemma", "acronym", "fuzzy"} <= kinds


def test_extract_regression_same_as_snapshot(found: dict[str, list[list[object]]]) -> None:
    stored = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert found.keys() == stored.keys()
    for name, skills in stored.items():
        assert found[name] == skills, name
