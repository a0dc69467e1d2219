"""Plugin taxonomies from the ``atsmatch.taxonomies`` entry-point group (a fake dist)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from atsmatch.errors import TaxonomyError
from atsmatch.taxonomy import load_taxonomy
from atsmatch.taxonomy.plugins import plugin_names

MODULE = """
from pathlib import Path

from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy

RECORDS = [{"id": "plug:widgetry", "name": "Widgetry", "category": "hard_skill",
            "forms": ["widget making"]}]


def records():
    return RECORDS


def path():
    return Path(__file__).with_name("plug_extra.yaml")


def mapping():
    return {"concepts": RECORDS, "ambiguous": ["Widgetry"]}


TAXONOMY = Taxonomy([Concept("plug:gizmo", "Gizmo", "tool")])


def broken():
    raise RuntimeError("no network here")


def weird():
    return 42


def invalid():
    return [{"id": "plug:x", "name": "X", "category": "gadget"}]
"""

ENTRY_POINTS = """\
[atsmatch.taxonomies]
records = atsmatch_fake_plugin:records
path = atsmatch_fake_plugin:path
mapping = atsmatch_fake_plugin:mapping
object = atsmatch_fake_plugin:TAXONOMY
broken = atsmatch_fake_plugin:broken
weird = atsmatch_fake_plugin:weird
invalid = atsmatch_fake_plugin:invalid
missing = atsmatch_fake_plugin_gone:thing
"""


@pytest.fixture
def fake_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "atsmatch_fake_plugin.py").write_text(MODULE, encoding="utf-8")
    (tmp_path / "plug_extra.yaml").write_text(
        "- {id: 'plug:yaml', name: Yamlery, category: tool}\n", encoding="utf-8"
    )
    info = tmp_path / "atsmatch_fake_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: atsmatch-fake-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("atsmatch_fake_plugin", None)


def test_plugins_are_listed(fake_plugin: Path) -> None:
    assert {"records", "path", "broken"} <= set(plugin_names())


@pytest.mark.parametrize(
    ("name", "concept_id"),
    [
        ("records", "plug:widgetry"),
        ("mapping", "plug:widgetry"),
        ("path", "plug:yaml"),
        ("object", "plug:gizmo"),
    ],
)
def test_plugins_extend_the_builtin_taxonomy(fake_plugin: Path, name: str, concept_id: str) -> None:
    taxonomy = load_taxonomy(f"plugin:{name}")
    assert concept_id in taxonomy
    assert "atsmatch:python" in taxonomy


def test_plugins_mapping_brings_ambiguous_forms(fake_plugin: Path) -> None:
    assert "widgetry" in load_taxonomy("plugin:mapping", builtin=False).ambiguous


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("recrods", r"plugin:recrods: no taxonomy plugin .* \(did you mean 'records'\?\)"),
        ("broken", r"plugin:broken: loading .* failed \(RuntimeError: no network here\)"),
        ("missing", r"plugin:missing: loading .* failed \(ModuleNotFoundError"),
        ("weird", r"plugin:weird: the plugin gave int"),
        ("invalid", r"plugin:invalid: concept #1: unknown category 'gadget'"),
    ],
)
def test_plugins_errors_are_clear(fake_plugin: Path, name: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(f"plugin:{name}")
