"""ESCO 1.1.1 skills, skill groups, collections and relations → concept drafts."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.lexicon import Lexicon

_PARENTHETICAL = re.compile(r"^(?P<head>.+?)\s*\((?P<inner>[^()]+)\)$")
_TOOLISH = ("tool", "software", "systems", "framework", "WebCMS", "languages", "platform")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def esco_id(uri: str) -> str:
    """``http://data.europa.eu/esco/skill/<uuid>`` → ``esco:skill/<uuid>``."""
    return "esco:" + uri.split("/esco/", 1)[-1]


def split_labels(value: str) -> list[str]:
    return [label.strip() for label in value.splitlines() if label.strip()]


def parenthetical(label: str) -> tuple[str, str] | None:
    """``("Python", "computer programming")`` for ``"Python (computer programming)"``."""
    match = _PARENTHETICAL.match(label.strip())
    return (match["head"], match["inner"]) if match else None


def is_acronym(text: str) -> bool:
    return " " not in text and 2 <= len(text) <= 10 and any(c.isupper() for c in text)


def add_label(draft: Draft, label: str, *, loose: bool = False) -> None:
    """A label, and for "X (context)" also X; for "name (ACRONYM)" also the acronym."""
    draft.add_form(label, loose=loose)
    split = parenthetical(label)
    if split:
        head, inner = split
        draft.add_form(head, named=not is_acronym(inner), loose=loose)
        if is_acronym(inner):
            draft.add_form(inner, named=True, loose=loose)


def _relations(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    broader: dict[str, list[str]] = defaultdict(list)
    for row in read_csv(folder / "broaderRelationsSkillPillar.csv"):
        broader[row["conceptUri"]].append(row["broaderUri"])
    related: dict[str, list[str]] = defaultdict(list)
    for row in read_csv(folder / "skillSkillRelations.csv"):
        related[row["originalSkillUri"]].append(row["relatedSkillUri"])
    return broader, related


def _collections(folder: Path) -> tuple[set[str], set[str], dict[str, str]]:
    transversal = {r["conceptUri"] for r in read_csv(folder / "transversalSkillsCollection_en.csv")}
    language = {r["conceptUri"] for r in read_csv(folder / "languageSkillsCollection_en.csv")}
    digital = {
        r["conceptUri"]: r["broaderConceptPT"]
        for r in read_csv(folder / "digitalSkillsCollection_en.csv")
    }
    return transversal, language, digital


def skill_category(
    row: dict[str, str], collections: tuple[set[str], set[str], dict[str, str]]
) -> str:
    """ESCO's skill type and collections → an atsmatch category (see docs/taxonomy.md)."""
    transversal, language, digital = collections
    uri, label = row["conceptUri"], row["preferredLabel"]
    if uri in language:
        return "language"
    if uri in transversal:
        return "soft_skill"
    if row["skillType"] != "knowledge":
        return "hard_skill"
    if uri in digital and label[:1].isupper():
        split = parenthetical(label)
        if split:
            return "programming_language" if split[1] == "computer programming" else "tool"
        groups = digital[uri]
        if "computer programming" in groups and len(label.split()) <= 3:
            return "programming_language"
        if any(word in groups for word in _TOOLISH):
            return "tool"
    return "knowledge"


def group_category(code: str) -> str:
    if code.startswith("T"):
        return "soft_skill"
    if code.startswith("L"):
        return "language"
    if code.startswith("S"):
        return "hard_skill"
    return "knowledge"


def _register(
    registry: Registry, draft: Draft, row: dict[str, str], lexicon: Lexicon | None = None
) -> None:
    preferred = row["preferredLabel"]
    for label in (preferred, *split_labels(row["altLabels"])):
        add_label(draft, label, loose=label != preferred)
        nominal = lexicon.nominal_form(label) if lexicon else None
        if nominal:
            draft.add_form(nominal, loose=label != preferred)
    for label in split_labels(row.get("hiddenLabels", "")):
        add_label(draft, label, loose=True)
    name = row["preferredLabel"]
    probes = [name, *(parenthetical(name) or ())[:1]]
    registry.add(draft, probes=probes, targets=probes)


PRODUCT_CATEGORIES = frozenset({"tool", "programming_language"})


def _classes(
    rows: list[dict[str, str]], broader: dict[str, list[str]], categories: dict[str, str]
) -> dict[str, list[str]]:
    """Product → class links: the broader ESCO *knowledge* concepts (not skill groups, not
    fields of education) of a concept that names a product or a language ("MySQL" →
    database management systems, "Ansible" → tools for software configuration
    management)."""
    knowledge = {row["conceptUri"] for row in rows if row["skillType"] == "knowledge"}
    return {
        uri: [b for b in broader.get(uri, []) if b in knowledge]
        for uri, category in categories.items()
        if category in PRODUCT_CATEGORIES
    }


def add_esco(registry: Registry, folder: Path, lexicon: Lexicon) -> int:
    """Add ESCO skill groups and skills; returns the number of ESCO records read."""
    broader, related = _relations(folder)
    collections = _collections(folder)
    rows = read_csv(folder / "skills_en.csv")
    categories = {row["conceptUri"]: skill_category(row, collections) for row in rows}
    classes = _classes(rows, broader, categories)
    count = 0
    for row in read_csv(folder / "skillGroups_en.csv"):
        uri = row["conceptUri"]
        draft = Draft(esco_id(uri), row["preferredLabel"], group_category(row["code"]), "esco")
        draft.add_unique("sources", [uri])
        draft.add_unique("broader", broader.get(uri, []))
        _register(registry, draft, row)
        count += 1
    for row in rows:
        uri = row["conceptUri"]
        draft = Draft(esco_id(uri), row["preferredLabel"], categories[uri], "esco")
        draft.add_unique("sources", [uri])
        kind_of = classes.get(uri, [])
        draft.add_unique("kind_of", kind_of)
        draft.add_unique("broader", [b for b in broader.get(uri, []) if b not in kind_of])
        draft.add_unique("related", related.get(uri, []))
        _register(registry, draft, row, lexicon if row["skillType"] != "knowledge" else None)
        count += 1
    return count


def occupation_labels(folder: Path) -> list[str]:
    """ESCO's occupation titles ("financial analyst"): never a form of a skill or product."""
    path = folder / "occupations_en.csv"
    if not path.is_file():
        return []
    labels: list[str] = []
    for row in read_csv(path):
        labels += [row["preferredLabel"], *split_labels(row.get("altLabels", ""))]
    return labels
