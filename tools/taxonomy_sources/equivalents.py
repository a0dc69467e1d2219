"""ESCO equivalents: ESCO concept URIs for concepts that are the same requirement under
another name, so consumers that evaluate against ESCO (SkillSkape) do not lose them.

Two rules, both by lookup key (``normalize_form``), never by fuzzy similarity:

1. the object of an ESCO skill's light verb ("data analysis" of "perform data analysis",
   see ``esco.light_verb_object``) that is the canonical name of another concept (curated
   Data analysis, ESCO knowledge "market research") gives that concept the skill's URI;
2. a concept with no ESCO URI (curated, O*NET, Linguist) whose canonical name (at least
   MIN_NAME characters, or a curated acronym such as "ETL") or, for a curated concept, a
   curated form is the preferred label of an ESCO concept, or else an alternative label
   that is an acronym of the preferred label ("CRM" of "customer relationship
   management"), gets that concept's URI when its labels lead to exactly one. Other
   alternative labels are not used: ESCO lists members among them ("Fortran" and "OCaml"
   for computer programming, "Selenium" for tools for ICT test automation), which are
   no equivalents.

The URI is added to ``sources`` only: the concepts stay apart (their forms, categories and
relations are unchanged).
"""

from __future__ import annotations

from collections import defaultdict

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.esco import light_verb_object
from taxonomy_sources.rules import acronym_fits, is_caps_acronym

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
        if uri is None or uri not in alt_labels:  # a skill group, not a skill
            continue
        preferred[key(draft.name)].add(uri)
        for label in alt_labels.get(uri, []):
            if is_caps_acronym(label) and acronym_fits(label, [draft.name]):
                alternative[key(label)].add(uri)
        obj = light_verb_object(draft.name)
        for other in by_name.get(key(obj), []) if obj else []:
            if other is not draft and uri not in other.sources:
                other.sources.append(uri)
                added += 1
    for draft in registry.drafts:
        if _esco_uri(draft) is not None:
            continue
        found: set[str] = set()
        for label in _labels(draft):
            label_key = key(label)
            found |= preferred.get(label_key) or alternative.get(label_key) or set()
        if len(found) == 1:
            draft.sources.extend(found)
            added += 1
    return added


def _labels(draft: Draft) -> list[str]:
    """The labels of a concept precise enough to find its ESCO equivalent: its canonical name
    (MIN_NAME characters or more, or a curated acronym such as "ETL") and its curated
    forms of MIN_NAME characters or more ("CPC" of a coding certificate is also ESCO's
    pay-per-click)."""
    curated = draft.kind == "curated"
    labels = [
        f.text
        for f in draft.forms.values()
        if f.protected and f.text != draft.name and len(f.text) >= MIN_NAME
    ]
    if len(draft.name) >= MIN_NAME or (curated and draft.name.isupper() and len(draft.name) > 2):
        labels.insert(0, draft.name)
    return labels if curated else labels[:1]
