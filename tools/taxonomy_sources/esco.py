"""ESCO 1.1.1 skills, skill groups, collections and relations → concept drafts."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.lexicon import Lexicon

_PARENTHETICAL = re.compile(r"^(?P<head>.+?)\s*\((?P<inner>[^()]+)\)$")
# Verbs that carry little meaning in a skill label: postings name the object alone ("data
# analysis" for "perform data analysis", "strategic thinking" for "apply strategic thinking").
LIGHT_VERBS = (
    "perform",
    "carry out",
    "conduct",
    "undertake",
    "apply",
    "use",
    "implement",
    "provide",
    "execute",
    "utilise",
    "employ",
    "practise",
)
_OBJECT_WORDS = range(2, 5)
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


def add_label(
    draft: Draft, label: str, *, loose: bool = False, words: frozenset[str] = frozenset()
) -> None:
    """A label, and for "X (context)" also X; for "name (ACRONYM)" also the acronym; with
    ``words`` (English words) also its American spelling."""
    draft.add_form(label, loose=loose)
    us = american(label, words) if words else None
    if us:
        draft.add_form(us, loose=loose)
    split = parenthetical(label)
    if split:
        head, inner = split
        draft.add_form(head, named=not is_acronym(inner), loose=loose)
        if is_acronym(inner):
            draft.add_form(inner, named=True, loose=loose)


def light_verb_object(label: str) -> str | None:
    """ "data analysis" for "perform data analysis": the object of a light verb (LIGHT_VERBS)
    when it is two to four plain lower-case words that do not start with an article or a
    preposition; else None."""
    words = label.split()
    for verb in LIGHT_VERBS:
        size = verb.count(" ") + 1
        if " ".join(words[:size]) != verb:
            continue
        rest = words[size:]
        if len(rest) not in _OBJECT_WORDS or rest[0] in _NOT_OBJECT_START:
            return None
        if not all(w.replace("-", "").isalpha() and w.islower() for w in rest):
            return None
        return " ".join(rest)
    return None


_NOT_OBJECT_TEXT = (
    "a an the to of for with in on at by from into as and or your their this that under"
    " within without across over through about after before against between during upon"
    " via per"
)
_NOT_OBJECT_START = frozenset(_NOT_OBJECT_TEXT.split())


# British → American spellings, tried per word; a rewrite counts only when the result is an
# English word of spaCy's tables ("organise" → "organize"; "advise" stays: no "advize").
_AMERICAN = (
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers|able)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"(?<=.{3})our(s|ed|ing|able|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=[aeiou])ll(ing|ed|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[^aeiou])tre(s)?$"), r"ter\1"),
    (re.compile(r"^(pa|ha|ana|orthopa|gyna|leuka|ana|faeca|caesa)e"), r"\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^licence(s|d)?$"), r"license\1"),
    (re.compile(r"^defence(s)?$"), r"defense\1"),
    (re.compile(r"^ageing$"), "aging"),
)


def american(label: str, words: frozenset[str]) -> str | None:
    """The American spelling of an ESCO label ("lead process optimization" for "lead process
    optimisation"), or None when no word changes."""
    changed = False
    out = []
    for word in label.split():
        new = word
        for pattern, replacement in _AMERICAN:
            candidate = pattern.sub(replacement, word.lower())
            if candidate != word.lower() and candidate in words:
                new = candidate if word.islower() else word[:1] + candidate[1:]
                break
        changed |= new != word
        out.append(new)
    return " ".join(out) if changed else None


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
    registry: Registry,
    draft: Draft,
    row: dict[str, str],
    lexicon: Lexicon | None = None,
    *,
    verbs: bool = False,
) -> None:
    preferred = row["preferredLabel"]
    words = lexicon.words if lexicon else frozenset()
    for label in (preferred, *split_labels(row["altLabels"])):
        add_label(draft, label, loose=label != preferred, words=words)
        nominal = lexicon.nominal_form(label) if lexicon and verbs else None
        if nominal:
            draft.add_form(nominal, loose=label != preferred)
        obj = light_verb_object(label) if lexicon and verbs else None
        if obj:
            draft.add_form(obj, loose=label != preferred)
            us = american(obj, words)
            if us:
                draft.add_form(us, loose=label != preferred)
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
        _register(registry, draft, row, lexicon, verbs=row["skillType"] != "knowledge")
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


def alt_labels(folder: Path) -> dict[str, list[str]]:
    """ESCO skill URI → its alternative labels."""
    return {
        row["conceptUri"]: split_labels(row["altLabels"])
        for row in read_csv(folder / "skills_en.csv")
    }
