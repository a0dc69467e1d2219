"""GitHub Linguist ``languages.yml`` → programming languages with their aliases.

Programming languages become ``programming_language`` concepts and markup languages ``tool``
concepts. Data and prose "languages" (file formats such as "Ignore List" or "Text") only add
their source id and aliases to a concept that another source already has (JSON, YAML,
Markdown): on their own their names are mostly ordinary phrases. Languages with names of one
or two characters ("E", "J", "eC") are kept only when another source has them (C, R).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from taxonomy_sources.draft import Draft, Registry

CATEGORIES = {"programming": "programming_language", "markup": "tool"}


def slug(name: str) -> str:
    text = name.lower().replace("#", "-sharp").replace("+", "p")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_languages(path: Path) -> dict[str, dict[str, Any]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of languages")
    return data


def add_linguist(registry: Registry, path: Path) -> int:
    languages = read_languages(path)
    for name in sorted(languages):
        info = languages[name] or {}
        kind = str(info.get("type", ""))
        category = CATEGORIES.get(kind, "tool")
        draft = Draft(f"linguist:{slug(name)}", name, category, "linguist")
        draft.add_unique("sources", [f"linguist:{name}"])
        if info.get("group"):
            draft.add_unique("broader", [f"linguist:{info['group']}"])
        draft.add_form(name, named=True)
        aliases = [str(alias) for alias in info.get("aliases") or []]
        for alias in aliases:
            draft.add_form(alias, named=True, alias=alias != name)
        long_enough = sum(ch.isalnum() for ch in name) > 2
        create = kind in CATEGORIES and long_enough
        registry.add(draft, probes=[name], targets=[name, *aliases], create=create)
    return len(languages)
