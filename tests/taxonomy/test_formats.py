"""User taxonomy files: YAML, JSON, CSV and ESCO CSV; overrides, extensions, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atsmatch.errors import SourceNotFoundError, TaxonomyError
from atsmatch.taxonomy import load_taxonomy

YAML_TEXT = """\
ambiguous: [Widget]
concepts:
  - id: atsmatch:python
    name: Python
    category: programming_language
    forms: [Python, CPython]
  - id: acme:widgetry
    name: Widgetry
    category: hard_skill
    forms: [Widget, widget making]
    broader: [atsmatch:python]
"""

CSV_TEXT = """\
id,name,category,forms,sources
atsmatch:python,Python,programming_language,Python;CPython,atsmatch:python
acme:widgetry,Widgetry,hard_skill,Widget;widget making,acme:1
"""

ESCO_TEXT = """\
conceptType,conceptUri,skillType,preferredLabel,altLabels,hiddenLabels
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/abc,knowledge,widgetry,"widget making
widget crafting",
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _json_text() -> str:
    return json.dumps(
        {
            "ambiguous": ["Widget"],
            "concepts": [
                {
                    "id": "atsmatch:python",
                    "name": "Python",
                    "category": "programming_language",
                    "forms": ["Python", "CPython"],
                },
                {
                    "id": "acme:widgetry",
                    "name": "Widgetry",
                    "category": "hard_skill",
                    "forms": ["Widget", "widget making"],
                },
            ],
        }
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("extra.yaml", YAML_TEXT),
        ("extra.yml", YAML_TEXT),
        ("extra.csv", CSV_TEXT),
        ("extra.json", None),
    ],
)
def test_formats_override_and_extend(tmp_path: Path, name: str, text: str | None) -> None:
    path = _write(tmp_path, name, text if text is not None else _json_text())
    base = load_taxonomy()
    taxonomy = load_taxonomy(path)
    assert len(taxonomy) == len(base) + 1
    assert taxonomy["atsmatch:python"].forms == ("Python", "CPython")
    assert taxonomy["acme:widgetry"].category == "hard_skill"
    entries = taxonomy.index().get(("widget", "making"))
    assert entries == [("acme:widgetry", "widget making")]
    assert taxonomy.index().get(("python", "3")) is None  # the replaced forms are gone


def test_formats_builtin_false_loads_only_the_file(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(_write(tmp_path, "extra.yaml", YAML_TEXT), builtin=False)
    assert [c.id for c in taxonomy] == ["atsmatch:python", "acme:widgetry"]
    assert taxonomy.ambiguous == frozenset({"widget"})
    assert taxonomy["acme:widgetry"].broader == ("atsmatch:python",)


def test_formats_esco_csv_export(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(_write(tmp_path, "skills_en.csv", ESCO_TEXT), builtin=False)
    concept = taxonomy["esco:skill/abc"]
    assert concept.name == "widgetry"
    assert concept.category == "knowledge"
    assert concept.forms == ("widgetry", "widget making", "widget crafting")
    assert concept.sources == ("http://data.europa.eu/esco/skill/abc",)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "concepts:\n  - id: a\n    name: [x\n", r"bad\.yaml: line \d+: invalid YAML"),
        (
            "bad.yaml",
            "concepts:\n  - id: a\n    name: A\n    category: tool\n  - id: b\n    name: B\n"
            "    category: skil\n",
            r"bad\.yaml: line 5: unknown category 'skil'",
        ),
        (
            "bad.yaml",
            "- id: a\n  name: A\n  category: tool\n  form: [x]\n",
            r"bad\.yaml: line 1: unknown field 'form' \(did you mean 'forms'\?\)",
        ),
        (
            "bad.yaml",
            "- id: a\n  name: A\n  category: tool\n  forms: x\n",
            r"'forms' must be a list",
        ),
        ("bad.yaml", "- id: a\n  category: tool\n", r"line 1: 'name' must be a non-empty string"),
        ("bad.yaml", "just text\n", r"bad\.yaml: expected a list of concepts"),
        ("bad.yaml", "concept: []\n", r"unknown top-level key 'concept'"),
        ("bad.json", '[{"id": 1,\n', r"bad\.json: line \d+: invalid JSON"),
        ("bad.json", '[{"id": "a", "name": "A"}]', r"bad\.json: concept #1: unknown category"),
        ("bad.json", '["a"]', r"concept #1: expected a mapping"),
        ("bad.csv", "id,name\na,A\n", r"bad\.csv: line 1: CSV header needs id, name and category"),
        ("bad.csv", "id,name,category,colour\n", r"line 1: unknown column 'colour'"),
        ("bad.csv", "id,name,category\na,A,tool\nb,,tool\n", r"bad\.csv: line 3: 'name' must be"),
        ("bad.csv", "id,name,category\na,A,tool,extra\n", r"line 2: more cells than header"),
        ("bad.txt", "id,name,category\n", r"bad\.txt: unsupported taxonomy file type '\.txt'"),
        ("bad.yaml", "", r"bad\.yaml: expected a list of concepts"),
    ],
)
def test_formats_errors_name_file_and_place(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(_write(tmp_path, name, text))


def test_formats_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="taxonomy file not found"):
        load_taxonomy(tmp_path / "nope.yaml")


def test_formats_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(TaxonomyError, match=r"bad\.json: cannot read taxonomy"):
        load_taxonomy(path)
