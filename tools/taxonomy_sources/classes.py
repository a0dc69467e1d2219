"""Class membership and evidence links (tools/curated/relations/*.yaml) → drafts.

``members.yaml`` makes products members of a class (``kind_of``: MongoDB is a NoSQL
database); ``evidence.yaml`` says which method a tool's use shows (``shows``: JUnit → unit
testing). Both are read after every source, so a member may be any concept (curated, ESCO,
O*NET, an O*NET commodity). A reference that resolves to no concept is an error: a typo
must fail the build, not drop a link silently. A folder without these files adds no links.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from taxonomy_sources.curated import load_yaml, qualify
from taxonomy_sources.draft import Draft, Registry

RELATIONS = "relations"
MEMBERS_FILE = "members.yaml"
EVIDENCE_FILE = "evidence.yaml"


def class_ids(folder: Path) -> frozenset[str]:
    """The ids of the curated classes (the ``class`` of each members.yaml row)."""
    rows = _rows(folder / RELATIONS / MEMBERS_FILE, "classes")
    return frozenset(qualify(str(row["class"])) for row in rows)


def _rows(path: Path, key: str) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    data = load_yaml(path)
    rows = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ValueError(f"{path}: expected a list of mappings under {key!r}")
    return rows


def _draft(registry: Registry, reference: str, path: Path) -> Draft:
    found = registry.resolve(qualify(reference))
    if found is None:
        raise ValueError(f"{path}: {reference!r} names no concept")
    return registry.by_id[found]


def add_relations(registry: Registry, folder: Path) -> tuple[int, int]:
    """Add the curated member and evidence links; returns (member links, evidence links)."""
    members_path = folder / RELATIONS / MEMBERS_FILE
    members = 0
    for row in _rows(members_path, "classes"):
        home = _draft(registry, str(row["class"]), members_path)
        for reference in row.get("members", []):
            member = _draft(registry, str(reference), members_path)
            if member is not home:
                member.add_unique("kind_of", [home.id])
                members += 1
    evidence_path = folder / RELATIONS / EVIDENCE_FILE
    evidence = 0
    for row in _rows(evidence_path, "evidence"):
        if not str(row.get("reason", "")).strip():
            raise ValueError(f"{evidence_path}: {row!r} gives no reason")
        tool = _draft(registry, str(row["tool"]), evidence_path)
        tool.add_unique("shows", [_draft(registry, str(row["shows"]), evidence_path).id])
        evidence += 1
    return members, evidence


def closure(links: list[list[int]]) -> list[list[int]]:
    """Each position's links followed transitively (cycles end where they close), nearest
    first."""
    closed: list[list[int]] = []
    for start, direct in enumerate(links):
        seen: list[int] = []
        queue = list(direct)
        while queue:
            target = queue.pop(0)
            if target != start and target not in seen:
                seen.append(target)
                queue.extend(links[target])
        closed.append(seen)
    return closed
