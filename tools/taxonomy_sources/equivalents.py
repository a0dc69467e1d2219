"""ESCO equivalents: ESCO concept URIs for concepts that are the same requirement under
another name, so consumers that evaluate against ESCO (SkillSkape) do not lose them.

Two rules, both by lookup key (``normalize_form``), never by fuzzy similarity:

1. the object of an ESCO skill's light verb ("data analysis" of "perform data analysis",
   see ``esco.light_verb_object``) that is the canonical name of another concept (curated
   Data analysis, ESCO knowledge "market research") gives that concept the skill's URI;
2. a concept with no ESCO URI (curated, O*NET, Linguist) whose canonical name is the
   preferred label of exactly one ESCO concept, or an alternative label of exactly one,
   gets that concept's URI (names of at least MIN_NAME characters).

The URI is added to ``sources`` only: the concepts stay apart (their forms, categories and
relations are unchanged).
"""

from __future__ import annotations

from collections import defaultdict

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.esco import light_verb_object

ESCO_SKILL = "http://data.europa.eu/esco/skill/"
MIN_NAME = 4  # shorter names ("Go", "R", "SAS") are too often another thing's label


def _esco_uri(draft: Draft) -> str | None:
    return next((s for s in draft.sources if s.startswith(ESCO_SKILL)), None)


def add_equivalents(registry: Registry, alt_labels: dict[str, list[str]]) -> int:
    """Add the URIs of both rules; ``alt_labels`` maps an ESCO URI to its alternative labels.
    Returns the number of URIs added."""
    key = registry.key
    by_name: dict[str, list[Draft]] = defaultdict(list)
    for draft in registry.drafts:
        by_name[key(draft.name)].append(draft)
    added = 0
    preferred: dict[str, set[str]] = defaultdict(set)
    alternative: dict[str, set[str]] = defaultdict(set)
    for draft in registry.drafts:
        uri = _esco_uri(draft) if draft.kind == "esco" else None
        if uri is None:
            continue
        preferred[key(draft.name)].add(uri)
        for label in alt_labels.get(uri, []):
            alternative[key(label)].add(uri)
        obj = light_verb_object(draft.name)
        for other in by_name.get(key(obj), []) if obj else []:
            if other is not draft and uri not in other.sources:
                other.sources.append(uri)
                added += 1
    for draft in registry.drafts:
        if _esco_uri(draft) is not None:
            continue
        name = key(draft.name)
        if len(name) < MIN_NAME:
            continue
        found = preferred.get(name) or alternative.get(name) or set()
        if len(found) == 1:
            draft.sources.extend(found)
            added += 1
    return added
