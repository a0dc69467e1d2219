"""User taxonomy files: YAML, JSON, CSV, and ESCO CSV exports.

* YAML / JSON: a list of concept records, or a mapping ``{"concepts": [...],
  "ambiguous": [...]}`` (see :mod:`atsmatch.taxonomy.records` for the fields).
* CSV: a header with ``id,name,category`` and optionally ``forms,sources,broader,related,
  kind_of,shows,ambiguous``; list cells are ``;``-separated.
* ESCO CSV export (the shape of ``skills_en.csv``): ``conceptUri``, ``preferredLabel``,
  ``altLabels`` and ``hiddenLabels`` (one label per line), ``skillType``. Ids are
  ``esco:skill/<uuid>``, as in the built-in taxonomy.

Every error names the file and the line (YAML, CSV) or the record number (JSON).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from atsmatch.errors import SourceNotFoundError, TaxonomyError, did_you_mean
from atsmatch.taxonomy.model import Taxonomy
from atsmatch.taxonomy.records import FIELDS, LIST_FIELDS, Located, taxonomy_from_records

__all__ = ["SUFFIXES", "read_taxonomy_file"]

SUFFIXES = (".yaml", ".yml", ".json", ".csv")
_LINE = "__line__"


def read_taxonomy_file(path: Path) -> Taxonomy:
    """The concepts of one user taxonomy file (format chosen by the suffix)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TaxonomyError(
            f"{path}: unsupported taxonomy file type {suffix or '(none)'!r};"
            f" expected one of {', '.join(SUFFIXES)}"
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SourceNotFoundError(str(path), "taxonomy file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy ({exc})") from None
    source = str(path)
    if suffix == ".csv":
        return _from_csv(text, source)
    data = _load_yaml(text, source) if suffix in (".yaml", ".yml") else _load_json(text, source)
    return _from_document(data, source)


def _from_document(data: Any, source: str) -> Taxonomy:
    ambiguous: Any = ()
    records = data
    if isinstance(data, dict):
        unknown = sorted(set(data) - {"concepts", "ambiguous", _LINE})
        if unknown:
            hint = did_you_mean(str(unknown[0]), ("concepts", "ambiguous"))
            raise TaxonomyError(f"{source}: unknown top-level key {unknown[0]!r}{hint}")
        records, ambiguous = data.get("concepts"), data.get("ambiguous", ())
    if not isinstance(records, list):
        raise TaxonomyError(f"{source}: expected a list of concepts or {{concepts: [...]}}")
    if not isinstance(ambiguous, (list, tuple)):
        raise TaxonomyError(f"{source}: 'ambiguous' must be a list of forms")
    return taxonomy_from_records(_located(records), source, ambiguous=ambiguous)


def _located(records: list[Any]) -> Iterator[Located]:
    for number, record in enumerate(records, 1):
        if isinstance(record, dict) and _LINE in record:
            line = record.pop(_LINE)
            yield f"line {line}", record
        else:
            yield f"concept #{number}", record


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TaxonomyError(f"{source}: line {exc.lineno}: invalid JSON ({exc.msg})") from None


def _load_yaml(text: str, source: str) -> Any:
    import yaml

    class LineLoader(yaml.SafeLoader):
        """Records the line of every mapping, so errors can point at it."""

    def mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        mapping = loader.construct_mapping(node, deep=True)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping_with_line)
    try:
        return yaml.load(text, Loader=LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TaxonomyError(f"{source}: {where}invalid YAML ({problem})") from None


def _from_csv(text: str, source: str) -> Taxonomy:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if "conceptUri" in header and "preferredLabel" in header:
        return taxonomy_from_records(_esco_records(reader), source)
    missing = [f for f in ("id", "name", "category") if f not in header]
    if missing:
        raise TaxonomyError(
            f"{source}: line 1: CSV header needs id, name and category"
            f" (missing {', '.join(missing)}) or ESCO's conceptUri and preferredLabel"
        )
    for column in header:
        if column not in FIELDS:
            raise TaxonomyError(
                f"{source}: line 1: unknown column {column!r}{did_you_mean(column, FIELDS)}"
            )
    return taxonomy_from_records(_csv_records(reader, source), source)


def _csv_records(reader: csv.DictReader[str], source: str) -> Iterator[Located]:
    for row in reader:
        record: dict[str, Any] = {}
        for column, value in row.items():
            if column is None:
                raise TaxonomyError(
                    f"{source}: line {reader.line_num}: more cells than header columns"
                )
            if column in LIST_FIELDS:
                record[column] = [item.strip() for item in (value or "").split(";") if item.strip()]
            elif value:
                record[column] = value
        yield f"line {reader.line_num}", record


def _esco_records(reader: csv.DictReader[str]) -> Iterator[Located]:
    for row in reader:
        uri = (row.get("conceptUri") or "").strip()
        labels = [row.get("preferredLabel") or ""]
        for column in ("altLabels", "hiddenLabels"):
            labels += (row.get(column) or "").replace(" | ", "\n").splitlines()
        record = {
            "id": "esco:" + uri.split("/esco/", 1)[-1] if uri else "",
            "name": row.get("preferredLabel"),
            "category": "knowledge" if row.get("skillType") == "knowledge" else "hard_skill",
            "forms": [label.strip() for label in labels if label.strip()],
            "sources": [uri] if uri else [],
        }
        yield f"line {reader.line_num}", record
