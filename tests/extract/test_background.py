"""tools/build_background.py on a small generated copy of the source layout."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_background", ROOT / "tools" / "build_background.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(tmp_path: Path) -> Path:
    onet, esco = tmp_path / "onet-29.2", tmp_path / "esco-1.1.1"
    onet.mkdir()
    esco.mkdir()
    (onet / "Task Statements.txt").write_text(
        "O*NET-SOC Code\tTask ID\tTask\n"
        "1\t1\tReview payment records and payment schedules.\n"
        "1\t2\tPrepare payment records for audits.\n",
        encoding="utf-8",
    )
    (onet / "DWA Reference.txt").write_text(
        "Element ID\tIWA ID\tDWA ID\tDWA Title\nx\ty\tz\tMaintain financial records.\n",
        encoding="utf-8",
    )
    (onet / "Occupation Data.txt").write_text(
        "O*NET-SOC Code\tTitle\tDescription\n1\tClerk\tKeep records of payments.\n",
        encoding="utf-8",
    )
    (esco / "occupations_en.csv").write_text(
        'conceptUri,description\nu1,"Clerks keep records, e.g. payment records."\n',
        encoding="utf-8",
    )
    (esco / "skills_en.csv").write_text(
        'conceptUri,description\nu2,"Review payment records."\n', encoding="utf-8"
    )
    return tmp_path


def test_background_counts_document_frequencies(tmp_path: Path) -> None:
    documents, words, pairs = _tool().count(_source(tmp_path))
    assert documents == 6
    assert words["record"] == 6  # "records" folds to "record"; once per document
    assert words["payment"] == 5
    assert pairs["payment record"] == 4


def test_background_main_writes_a_loadable_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _tool().main(["--data", str(_source(tmp_path)), "--out", str(out)]) == 0
    table = json.loads(gzip.decompress((out / "background.json.gz").read_bytes()))
    assert table["documents"] == 6
    assert table["unigrams"]["record"] == 6
    assert "payment record" in table["bigrams"]
    assert "the" in table["common"]


def test_background_main_without_data_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _tool().main(["--data", str(tmp_path / "missing")]) == 2
    assert "no onet-29.2 folder" in capsys.readouterr().err
