"""The hand-curated layer (tools/curated/*.yaml) → concept drafts.

Curated concepts come first: their ids (``atsmatch:<slug>``) are stable, their names and
forms are merge targets for every later source, and their forms are never dropped by the
clean-up rules. Files (or single entries) marked ``after_esco: true`` are read after ESCO and
join the ESCO concept that has one of their labels.

Every entry says where it comes from: its own ``source`` (the issuing body, standard or
usage it follows) or the file's top-level ``source``. ``esco: <uuid or URI>`` names the
ESCO equivalent by hand when no label matches (taxonomy_sources/esco_links.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from taxonomy_sources.draft import Draft, Registry

LEXICON_FILE = "lexicon.yaml"


def qualify(reference: str) -> str:
    return reference if ":" in reference else f"atsmatch:{reference}"


def load_yaml(path: Path) -> Any:
    import yaml

    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def read_lexicon(folder: Path) -> dict[str, Any]:
    """The word lists (and the ``nominal`` verb → noun table) of lexicon.yaml."""
    data = load_yaml(folder / LEXICON_FILE)
    lists = {key: [str(word) for word in words] for key, words in data.items() if key != "nominal"}
    nominal = {str(verb): str(noun) for verb, noun in (data.get("nominal") or {}).items()}
    return {**lists, "nominal": nominal}


def add_curated(
    registry: Registry, folder: Path, *, after_esco: bool = False
) -> tuple[int, set[str]]:
    """Add the curated files of one stage; returns (concepts read, hand-marked ambiguous).

    Files with ``after_esco: true`` are read after ESCO and merge into the ESCO concept
    that has one of their labels; the others are read first and are merge targets.
    """
    ambiguous: set[str] = set()
    count = 0
    for path, data, entry in curated_entries(folder):
        if bool(entry.get("after_esco", data.get("after_esco"))) != after_esco:
            continue
        draft = _draft(entry, data.get("category"), path)
        ambiguous.update(str(form).lower() for form in entry.get("ambiguous", []))
        labels = [form.text for form in draft.forms.values()]
        probes = labels if after_esco else []
        registry.add(draft, probes=probes, targets=labels, loose=after_esco)
        count += 1
    return count, ambiguous


def curated_entries(folder: Path) -> list[tuple[Path, dict[str, Any], dict[str, Any]]]:
    """(file, file data, entry) for every curated concept (tests/taxonomy/test_curated.py
    checks that each entry of the field files has a source)."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == LEXICON_FILE:
            continue
        data = load_yaml(path)
        found += [(path, data, entry) for entry in data["concepts"]]
    return found


def hand_esco_links(folder: Path) -> dict[str, str]:
    """Curated id → the ESCO concept its ``esco:`` field names."""
    return {
        qualify(str(entry["id"])): str(entry["esco"])
        for _, _, entry in curated_entries(folder)
        if entry.get("esco")
    }


def _draft(entry: dict[str, Any], default: str | None, path: Path) -> Draft:
    category = entry.get("category", default)
    if not category or "id" not in entry or "name" not in entry:
        raise ValueError(f"{path}: entry {entry!r} needs id, name and category")
    concept_id = qualify(str(entry["id"]))
    draft = Draft(concept_id, str(entry["name"]), str(category), "curated")
    draft.add_unique("sources", [concept_id])
    draft.add_form(draft.name, protected=True)
    for form in entry.get("forms", []):
        draft.add_form(str(form), protected=True)
    draft.add_unique("broader", [qualify(str(b)) for b in entry.get("broader", [])])
    draft.add_unique("related", [qualify(str(r)) for r in entry.get("related", [])])
    return draft
