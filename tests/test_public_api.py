"""The public surface is exactly what docs/api.md documents, and import stays cheap."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import atsmatch
from tests.conftest import ROOT

HEAVY = ("spacy", "sklearn", "scipy", "pdfminer", "docx", "numpy", "rapidfuzz", "thinc")


def _documented_names() -> list[str]:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    block = text.split("<!-- public-api -->")[1].split("<!-- /public-api -->")[0]
    return re.findall(r"^- `([A-Za-z_]+)`", block, flags=re.MULTILINE)


def test_public_api_all_is_sorted() -> None:
    assert atsmatch.__all__ == sorted(atsmatch.__all__)


def test_public_api_matches_docs() -> None:
    assert atsmatch.__all__ == _documented_names()


@pytest.mark.parametrize("name", atsmatch.__all__)
def test_public_api_names_exist_and_have_docs(name: str) -> None:
    value = getattr(atsmatch, name)
    if name != "__version__":
        assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_public_api_import_is_cheap() -> None:
    code = (
        "import sys, atsmatch, atsmatch.types, atsmatch.errors, atsmatch.cli\n"
        f"heavy = [m for m in sys.modules if m.split('.')[0] in {HEAVY!r}]\n"
        "print(','.join(sorted(heavy)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("name", ["Document", "Profile", "Match", "Term", "Concept", "Span"])
def test_public_api_values_are_frozen(name: str) -> None:
    import dataclasses

    cls = getattr(atsmatch, name)
    assert dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
