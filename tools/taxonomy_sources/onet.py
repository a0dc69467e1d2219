"""O*NET 29.2 Technology Skills and Tools Used → product and tool concepts.

Product names are verbose ("Amazon Web Services AWS software", "Microsoft Excel"). From each
the build derives: the name without the noise word "software"; a trailing acronym and its
expansion when the acronym's letters are the initials of the words before it ("Amazon Web
Services", "AWS"); an acronym inside the name that abbreviates the words before it starts
the name ("Amazon Web Services AWS SageMaker" → "AWS SageMaker", with "Amazon Web Services
SageMaker" and "SageMaker" as forms); and the name without its vendor ("Excel", plus "MS
Excel" for Microsoft), where a vendor is a leading capitalised word group that starts three
or more product names;
a vendor-less name that is one common English word ("Marketing" of "Microsoft Dynamics
Marketing") is not kept: the well-known ones (Word, Teams, Access) are curated.
The same product listed for many occupations is one concept; its commodity codes are kept as
sources (``onet:<code>``) and the commodity categories become classes the product is a
member of (``kind_of``: a job that asks for "CRM software" is met by Salesforce).
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.lexicon import Lexicon

NOISE = frozenset({"software"})
SMALL_WORDS = frozenset({"of", "and", "for", "the", "&", "in", "on", "to", "with"})
VENDOR_SHORT = {"Microsoft": "MS"}
MIN_VENDOR_PRODUCTS = 3
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&+/-]{1,9}")


@dataclass
class Names:
    name: str
    forms: list[tuple[str, bool]] = field(default_factory=list)  # (text, named)
    probes: list[str] = field(default_factory=list)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _initial(word: str) -> str:
    return next((c.lower() for c in word if c.isalpha()), "")


def split_acronym(tokens: list[str]) -> tuple[list[str], str] | None:
    """``(["Amazon", "Web", "Services"], "AWS")`` when the last token abbreviates the rest."""
    if len(tokens) < 2 or not _ACRONYM.fullmatch(tokens[-1]):
        return None
    acronym = tokens[-1]
    letters = [c.lower() for c in acronym if c.isalpha()]
    if sum(c.isupper() for c in acronym) < 2 or len(letters) < 2:
        return None
    words = [w for w in tokens[:-1] if w.lower() not in SMALL_WORDS]
    initials = [_initial(w) for w in words]
    if initials[-len(letters) :] == letters or initials == letters:
        return tokens[:-1], acronym
    return None


def inner_acronym(tokens: list[str]) -> int | None:
    """Index of an acronym inside the name that abbreviates all the words before it."""
    for k in range(2, len(tokens) - 1):
        if split_acronym(tokens[: k + 1]) and tokens[k + 1][:1].isupper():
            expansion = [w for w in tokens[:k] if w.lower() not in SMALL_WORDS]
            letters = [c for c in tokens[k] if c.isalpha()]
            if len(expansion) == len(letters):
                return k
    return None


def is_proper(tokens: list[str]) -> bool:
    return sum(t[:1].isupper() or t[:1].isdigit() for t in tokens) * 2 >= len(tokens)


def find_vendors(names: list[str], lexicon: Lexicon) -> frozenset[str]:
    """Leading word groups (1-3 capitalised words) that start several product names."""
    counts: Counter[str] = Counter()
    for name in set(names):
        tokens = name.split()
        for size in range(1, min(3, len(tokens) - 1) + 1):
            head, rest = tokens[:size], tokens[size:]
            if all(t[:1].isupper() for t in head) and rest[0][:1].isupper():
                counts[" ".join(head)] += 1
    return frozenset(
        v for v, n in counts.items() if n >= MIN_VENDOR_PRODUCTS and not lexicon.is_common(v)
    )


def without_vendor(tokens: list[str], vendors: frozenset[str]) -> tuple[str, str] | None:
    for size in (3, 2, 1):
        if len(tokens) > size and " ".join(tokens[:size]) in vendors:
            return " ".join(tokens[:size]), " ".join(tokens[size:])
    return None


def analyse(example: str, vendors: frozenset[str], lexicon: Lexicon) -> Names:
    """The canonical name, derived forms and merge probes of one O*NET product name."""
    tokens = example.split()
    while len(tokens) > 1 and tokens[-1].lower() in NOISE:
        tokens.pop()
    if len(tokens) == 1 and lexicon.is_common(tokens[0]):
        tokens = example.split()  # "Accounting software" stays whole
    names = Names(" ".join(tokens), [(example, False), (" ".join(tokens), False)])
    inner = inner_acronym(tokens)
    if inner is not None:
        rest = tokens[inner + 1 :]
        names.name = " ".join(tokens[inner:])
        names.forms.append((names.name, True))
        names.forms.append((" ".join(tokens[:inner] + rest), False))
        names.probes = [example, names.name]
        if not (len(rest) == 1 and lexicon.is_common(rest[0])):
            names.forms.append((" ".join(rest), True))  # the acronym names the vendor
        return names
    split = split_acronym(tokens)
    if split:
        expansion, acronym = split
        names.forms.append((acronym, True))
        if is_proper(expansion):
            names.name = " ".join(expansion)
            names.forms.append((names.name, False))
        else:
            names.name = acronym
        tokens = expansion
    names.probes = [example, names.name]
    _add_vendorless(names, tokens, vendors, lexicon)
    return names


def _add_vendorless(
    names: Names, tokens: list[str], vendors: frozenset[str], lexicon: Lexicon
) -> None:
    found = without_vendor(tokens, vendors)
    if not found:
        return
    vendor, rest = found
    if not (rest[:1].isupper() or rest[:1].isdigit()):
        return  # "Fiserv financial services": the rest describes, it names nothing
    rest_words = [w.lower() for w in rest.split()]
    if all(w in lexicon.generic or w in lexicon.stop_words for w in rest_words):
        return
    if vendor in VENDOR_SHORT:
        names.forms.append((f"{VENDOR_SHORT[vendor]} {rest}", False))
    if len(rest_words) == 1 and lexicon.is_common(rest_words[0]):
        return  # "Marketing", "Tax", "Word": too risky alone; the famous ones are curated
    names.forms.append((rest, True))
    names.probes.append(rest)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _grouped(
    rows: list[dict[str, str]], key: Callable[[str], str]
) -> dict[str, list[dict[str, str]]]:
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[key(row["Example"]) or row["Example"]].append(row)
    return groups


def add_products(
    registry: Registry, path: Path, lexicon: Lexicon, *, kind: str, plural: bool
) -> tuple[int, dict[str, str]]:
    """Add one O*NET product file; returns (unique products, commodity code → title)."""
    rows = read_rows(path)
    commodities = {row["Commodity Code"]: row["Commodity Title"] for row in rows}
    groups = _grouped(rows, registry.key)
    vendors = find_vendors([row["Example"] for row in rows], lexicon)
    used: set[str] = set()
    for key in sorted(groups):
        group = groups[key]
        example = sorted(row["Example"] for row in group)[0]
        names = analyse(example, vendors, lexicon)
        draft = Draft(_unique_id(f"{kind}:{slug(names.name)}", used), names.name, "tool", kind)
        codes = sorted({row["Commodity Code"] for row in group})
        draft.add_unique("sources", [f"onet:{code}" for code in codes])
        draft.add_unique("kind_of", [f"onet:{code}" for code in main_codes(group)])
        for text, named in names.forms:
            draft.add_form(text, named=named)
        if plural:
            _add_singular(draft, names.name, lexicon)
        targets = [names.name, *(text for text, named in names.forms if named)]
        registry.add(draft, probes=names.probes, targets=targets)
    return len(groups), commodities


def main_codes(group: list[dict[str, str]]) -> list[str]:
    """The commodity codes a product is filed under in at least half as many occupations as
    its most frequent one: O*NET files a product under other commodities for a few
    occupations (Epic, a medical record system, also under "Accounting software"), and a
    class must not inherit those."""
    counts = Counter(row["Commodity Code"] for row in group)
    most = max(counts.values())
    return sorted(code for code, count in counts.items() if 2 * count >= most)


def _add_singular(draft: Draft, name: str, lexicon: Lexicon) -> None:
    tokens = name.split()
    single = lexicon.singular(tokens[-1])
    if single:
        draft.add_form(" ".join([*tokens[:-1], single]))


def _unique_id(candidate: str, used: set[str]) -> str:
    unique, number = candidate, 2
    while unique in used:
        unique, number = f"{candidate}-{number}", number + 1
    used.add(unique)
    return unique


def add_commodities(
    registry: Registry, commodities: dict[str, str], classes: frozenset[str] = frozenset()
) -> None:
    """One class concept per commodity category (``onet:<code>``).

    A commodity merges only into a tool or a curated class of the same name: merged into a
    skill ("Project management software" into Project management) it would make every
    project-tracking product a member of the skill.
    """
    for code in sorted(commodities):
        title = commodities[code]
        draft = Draft(f"onet:{code}", title, "tool", "onet-commodity")
        draft.add_unique("sources", [f"onet:{code}"])
        draft.add_form(title)
        probes = [title]
        split = split_acronym([t for t in title.split() if t.lower() not in NOISE])
        if split:
            expansion, acronym = split
            draft.add_form(" ".join(expansion))
            draft.add_form(acronym, named=True)
            probes.append(" ".join(expansion))
        registry.add(
            draft,
            probes=probes,
            targets=probes,
            accept=lambda home: home.category == "tool" or home.id in classes,
        )
