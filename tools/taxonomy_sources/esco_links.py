"""Give curated and O*NET concepts the ESCO URI of their ESCO equivalent.

The registry merges a later record into an earlier concept only on *precise* labels (see
taxonomy_sources/draft.py), so a curated concept whose name is only an ESCO *alternative*
label ("accounts payable" of ESCO "manage accounts payable"?), or an O*NET product whose
name is an ESCO alternative label, stayed apart from its ESCO concept and carried no ESCO
URI: consumers that compare by ESCO URI lost it.

Rule (docs/taxonomy.md, "ESCO links"): after every source is read, a curated or O*NET
concept without an ESCO source is *linked* to the ESCO concept one of whose labels
(preferred, alternative or hidden, and the heads/acronyms derived from them) has the same
lookup key as the concept's canonical name, the head of its name ("X" of "X (ACR)") or, for
curated concepts, a curated multi-word form — when that ESCO concept is the only one with
that label, and the label is not a short acronym (an acronym of an ESCO alternative label
is too loose to say two things are one: "CEN", "PT"). A curated ``esco:`` field names the
equivalent by hand and wins. Linking merges the ESCO concept into the concept: its URI
becomes a source, its labels become loose forms (subject to the usual clean-up rules), its
relations are kept, and references to it resolve to the linked concept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.esco import parenthetical
from taxonomy_sources.lexicon import Lexicon
from taxonomy_sources.rules import FUNCTION_WORDS, acronym_fits

ESCO_URI = "http://data.europa.eu/esco/"
LINKED_KINDS = ("curated", "onet-tech", "onet-tool")  # not O*NET commodity classes (kinds of
# software, "Financial analysis software", are no skill)
RELATIONS = ("broader", "related", "kind_of", "shows")
NOISE = frozenset({"software"})
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Link:
    concept: str
    esco: str
    label: str
    how: str  # "hand" (curated esco: field), "label" (an ESCO label)


def has_esco(draft: Draft) -> bool:
    return any(source.startswith(ESCO_URI) for source in draft.sources)


def esco_uri(reference: str) -> str:
    """A full ESCO URI from ``esco:skill/<uuid>``, ``skill/<uuid>``, a bare uuid or a URI."""
    if reference.startswith(ESCO_URI):
        return reference
    reference = reference.removeprefix("esco:")
    if "/" not in reference:
        reference = f"skill/{reference}"
    return ESCO_URI + reference


def _probe_labels(draft: Draft) -> list[str]:
    labels = [draft.name]
    head = parenthetical(draft.name)
    if head:
        labels.append(head[0])
    if draft.kind == "curated":
        labels += [f.text for f in draft.forms.values() if f.protected and " " in f.text]
    return labels


def _is_short_acronym(label: str) -> bool:
    return " " not in label and len(label) <= 5 and label.replace("-", "").isupper()


def _stems(label: str, lexicon: Lexicon) -> frozenset[str]:
    """First four letters of each content word's lemma ("manage contracts" → mana, cont)."""
    words = _WORD.findall(label.lower())
    return frozenset(
        lexicon.lemma(w)[:4] for w in words if w not in FUNCTION_WORDS and w not in NOISE
    )


def equivalent(label: str, esco: Draft, lexicon: Lexicon) -> bool:
    """The ESCO concept *is* the thing ``label`` names, not a broader or neighbouring one:
    an acronym whose letters fit the preferred label ("UML", "unified modelling language");
    the same content words ("Contract management", "manage contracts"); or, for a proper
    name, one name inside the other ("Apple iOS", "iOS")."""
    preferred = esco.name
    head = (parenthetical(preferred) or (preferred,))[0]
    if _is_short_acronym(label):
        return acronym_fits(label, [preferred])
    mine, theirs = _stems(label, lexicon), _stems(head, lexicon)
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    return head[:1].isupper() and label[:1].isupper() and (mine <= theirs or theirs <= mine)


def _expansions_agree(draft: Draft, label: str, esco: Draft, lexicon: Lexicon) -> bool:
    """An acronym links only when the concept's own expansions of it (if any) name the ESCO
    concept too: O*NET "CPT" (Current procedural terminology) is no cable-propelled transit."""
    if not _is_short_acronym(label):
        return True
    spelled = [f.text for f in draft.forms.values() if " " in f.text]
    expansions = [text for text in spelled if acronym_fits(label, [text])]
    return not expansions or any(equivalent(text, esco, lexicon) for text in expansions)


def find_links(registry: Registry, lexicon: Lexicon, hand: dict[str, str]) -> list[Link]:
    """The links the rule (module docstring) makes, in registry order."""
    esco_by_key: dict[str, set[str]] = defaultdict(set)
    uri_to_id: dict[str, str] = {}
    for draft in registry.drafts:
        if draft.kind != "esco":
            continue
        uri_to_id.update((s, draft.id) for s in draft.sources if s.startswith(ESCO_URI))
        for form in draft.forms.values():
            esco_by_key[registry.key(form.text)].add(draft.id)
    links: list[Link] = []
    taken: set[str] = set()
    for draft in registry.drafts:
        if draft.kind not in LINKED_KINDS or has_esco(draft):
            continue
        if draft.id in hand:
            target = uri_to_id.get(esco_uri(hand[draft.id]))
            if target is None:
                raise ValueError(f"{draft.id}: esco {hand[draft.id]!r} is no ESCO concept")
            links.append(Link(draft.id, target, hand[draft.id], "hand"))
            taken.add(target)
            continue
        for label in _probe_labels(draft):
            owners = esco_by_key.get(registry.key(label), set()) - taken
            if len(owners) != 1:
                continue
            (target,) = owners
            esco = registry.by_id[target]
            if equivalent(label, esco, lexicon) and _expansions_agree(draft, label, esco, lexicon):
                links.append(Link(draft.id, target, label, "label"))
                taken.add(target)
                break
    return links


def apply_links(registry: Registry, links: list[Link]) -> None:
    """Merge each linked pair into one concept: the curated concept, or for an O*NET
    concept the ESCO concept (ids follow the source order curated, ESCO, O*NET)."""
    gone: set[str] = set()
    for link in links:
        concept = registry.by_id[link.concept]
        esco = registry.by_id[link.esco]
        home, other = (concept, esco) if concept.kind == "curated" else (esco, concept)
        for form in other.forms.values():
            home.add_form(
                form.text,
                protected=form.protected,
                named=form.named,
                loose=form.loose or other is esco,
                alias=form.alias,
            )
        home.add_unique("sources", other.sources)
        for relation in RELATIONS:
            if hasattr(other, relation):
                home.add_unique(relation, getattr(other, relation))
        for reference, target in list(registry.by_source.items()):
            if target is other:
                registry.by_source[reference] = home
        for key, target in list(registry.targets.items()):
            if target is other:
                registry.targets[key] = home
        del registry.by_id[other.id]
        gone.add(other.id)
    registry.drafts = [d for d in registry.drafts if d.id not in gone]
    registry.merged += len(links)


def uri_counts(registry: Registry) -> dict[str, tuple[int, int]]:
    """For the records of the curated layer and of O*NET: (with an ESCO URI, records); a
    record merged into another concept counts with that concept's sources."""
    homes: dict[str, list[Draft]] = {"curated": [], "onet": []}
    for reference, home in registry.by_source.items():
        if reference.startswith("atsmatch:"):
            homes["curated"].append(home)
        elif reference.startswith(("onet-tech:", "onet-tool:")):
            homes["onet"].append(home)
    return {kind: (sum(map(has_esco, found)), len(found)) for kind, found in homes.items()}
