"""Build atsmatch's built-in skill taxonomy from public data and the curated layer.

    python tools/build_taxonomy.py [--data ../shared/data] [--output PATH]

Reads ESCO 1.1.1 (skills, skill groups, collections, relations), O*NET 29.2 (Technology
Skills, Tools Used), GitHub Linguist ``languages.yml`` and tools/curated/*.yaml; merges the
same real thing across sources into one concept; cleans and marks surface forms (see
tools/taxonomy_sources/lexicon.py); and writes the compact package data
``atsmatch/taxonomy/data/taxonomy.txt.gz`` (format: atsmatch/taxonomy/packed.py) with
each form's lookup key precomputed by ``atsmatch.language.tokens.normalize_form``. Same
input → byte-identical output. Re-run it whenever normalize_form changes. Never run at
import or in tests.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from taxonomy_sources.classes import add_relations, class_ids, closure  # noqa: E402
from taxonomy_sources.conflicts import settle_acronyms  # noqa: E402
from taxonomy_sources.curated import add_curated, hand_esco_links, read_lexicon  # noqa: E402
from taxonomy_sources.draft import Draft, Form, Registry  # noqa: E402
from taxonomy_sources.equivalents import add_equivalents  # noqa: E402
from taxonomy_sources.esco import add_esco, alt_labels, occupation_labels, parenthetical  # noqa: E402
from taxonomy_sources.esco_links import apply_links, find_links, uri_counts  # noqa: E402
from taxonomy_sources.lexicon import NAMED_CATEGORIES, Lexicon, load_lexicon  # noqa: E402
from taxonomy_sources.linguist import add_linguist  # noqa: E402
from taxonomy_sources.onet import add_commodities, add_products  # noqa: E402
from taxonomy_sources.rules import (  # noqa: E402
    acronym_fits,
    caps_word,
    edge_function_word,
    is_caps_acronym,
    lemma_key,
    no_letters,
    phrase_name,
    vague,
    word_name,
)

from atsmatch.language.tokens import normalize_form  # noqa: E402
from atsmatch.profile import Category  # noqa: E402
from atsmatch.taxonomy.packed import CONCEPT_COLUMNS, pack  # noqa: E402

CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
SHARED_FORM_LIMIT = 3
SHARED_LOOSE_LIMIT = 3  # an ESCO alternative label of this many concepts names none of them
SEPARATOR = "|"  # no form or source holds one (checked); needs no JSON escape
OCCUPATION = "(occupation)"  # owner of the keys of ESCO's occupation titles
MAX_KEY_TOKENS = 8  # longer labels are kept as forms but never looked up in text
# Literal objects, not brand names; their one-word forms that are common words are dropped.
PLAIN_KINDS = frozenset({"onet-tool", "onet-commodity"})
# Sources whose names are product or language names, never descriptions of a skill.
NAME_KINDS = frozenset({"onet-tech", "onet-tool", "linguist"})
RELATIONS = ("broader", "related", "kind_of", "shows")
_DATA = [base / "shared" / "data" for base in (ROOT.parent, ROOT.parent.parent)]
DEFAULT_DATA = next((p for p in _DATA if p.is_dir()), _DATA[0])
DEFAULT_OUTPUT = ROOT / "atsmatch" / "taxonomy" / "data" / "taxonomy.txt.gz"


def lookup_key(text: str) -> str:
    tokens = normalize_form(text)
    if any(" " in token for token in tokens):
        raise ValueError(f"normalize_form({text!r}) made a token with a space: {tokens}")
    return " ".join(tokens)


def read_sources(data: Path, curated: Path) -> tuple[Registry, Lexicon, dict[str, int], list[str]]:
    registry = Registry(lookup_key)
    counts: dict[str, int] = {}
    counts["curated"], hand_ambiguous = add_curated(registry, curated)
    lexicon = load_lexicon(read_lexicon(curated))
    lexicon = replace(lexicon, ambiguous=lexicon.ambiguous | hand_ambiguous)
    counts["esco"] = add_esco(registry, data / "esco-1.1.1", lexicon)
    counts["curated_after_esco"], late_ambiguous = add_curated(registry, curated, after_esco=True)
    lexicon = replace(lexicon, ambiguous=lexicon.ambiguous | late_ambiguous)
    counts["linguist"] = add_linguist(registry, data / "linguist" / "languages.yml")
    onet = data / "onet-29.2"
    counts["onet_technology"], tech = add_products(
        registry, onet / "Technology Skills.txt", lexicon, kind="onet-tech", plural=False
    )
    counts["onet_tools"], tools = add_products(
        registry, onet / "Tools Used.txt", lexicon, kind="onet-tool", plural=True
    )
    add_commodities(registry, {**tools, **tech}, class_ids(curated))
    before = uri_counts(registry)
    links = find_links(registry, lexicon, hand_esco_links(curated))
    apply_links(registry, links)
    counts["esco_links"] = len(links)
    for kind, (linked, total) in uri_counts(registry).items():
        counts[f"{kind}_with_esco_uri"] = linked
        counts[f"{kind}_with_esco_uri_before_links"] = before[kind][0]
        counts[f"{kind}_records"] = total
    counts["merged"] = registry.merged
    counts["member_links"], counts["evidence_links"] = add_relations(registry, curated)
    counts["esco_equivalents"] = add_equivalents(registry, alt_labels(data / "esco-1.1.1"))
    return registry, lexicon, counts, occupation_labels(data / "esco-1.1.1")


@dataclass(frozen=True)
class Owners:
    """Who has which key: concepts per exact key, concepts naming each key, and the same two
    for lemmatised keys (``rules.lemma_key``)."""

    counts: Counter[str]
    named: dict[str, set[str]]
    lemma_holders: dict[str, set[str]]
    lemma_named: dict[str, set[str]]
    name_words: dict[str, frozenset[str]]  # concept id → lemmas of its canonical name


def key_owners(drafts: list[Draft], lexicon: Lexicon) -> Owners:
    """How many concepts have a form with each key; which concepts *name* each key.

    A concept names a key with its canonical name, the head of a canonical name with a
    parenthetical ("SaaS" of "SaaS (service-oriented modelling)") or a curated form.
    """
    owners = Owners(Counter(), {}, {}, {}, {})
    for draft in drafts:
        keys = {lookup_key(form.text) for form in draft.forms.values()} - {""}
        owners.counts.update(keys)
        for key in keys:
            lemma = lemma_key(tuple(key.split(" ")), lexicon)
            owners.lemma_holders.setdefault(lemma, set()).add(draft.id)
        name_key = tuple(lookup_key(draft.name).split(" "))
        owners.name_words[draft.id] = frozenset(lemma_key(name_key, lexicon).split(" "))
        head = (parenthetical(draft.name) or (draft.name,))[0]
        for form in draft.forms.values():
            if form.protected or form.text in (draft.name, head):
                key = lookup_key(form.text)
                owners.named.setdefault(key, set()).add(draft.id)
                lemma = lemma_key(tuple(key.split(" ")), lexicon)
                owners.lemma_named.setdefault(lemma, set()).add(draft.id)
    return owners


def clean_forms(
    draft: Draft, lexicon: Lexicon, owners: Owners, explain: list[str] | None = None
) -> list[tuple[str, str, bool]]:
    """(form, key, ambiguous) for the forms worth matching, the canonical name first.

    Which forms are dropped is the rule list of docs/taxonomy.md ("Forms that are
    dropped"), implemented in ``drop_reason``. With ``explain`` each form adds a line
    ``id<TAB>form<TAB>kept|reason``.
    """
    kept: list[tuple[str, str, bool]] = []
    named_concept = draft.category in NAMED_CATEGORIES and draft.kind not in PLAIN_KINDS
    name_form = draft.forms.get(draft.name.lower())
    ordered = [name_form] if name_form else []
    ordered += [f for f in draft.forms.values() if f is not name_form]
    for form in ordered:
        assert form is not None
        key = lookup_key(form.text)
        if not key:
            continue
        tokens = tuple(key.split(" "))
        brand = form.named or named_concept
        if form.protected and len(tokens) > 1:
            brand = False  # curated names such as "Spring Boot" are precise as they are
        ambiguous = lexicon.is_ambiguous(form.text, tokens, named=brand)
        reason = drop_reason(draft, form, tokens, ambiguous, lexicon, owners)
        if explain is not None:
            explain.append(f"{draft.id}\t{form.text}\t{reason or 'kept'}")
        if reason is None:
            kept.append((form.text, key, ambiguous))
    return kept


def drop_reason(
    draft: Draft,
    form: Form,
    tokens: tuple[str, ...],
    ambiguous: bool,
    lexicon: Lexicon,
    owners: Owners,
) -> str | None:
    """Why ``form`` is no form of ``draft`` (None: it is kept); see docs/taxonomy.md."""
    if form.protected:
        return None
    if lexicon.is_useless(tokens):
        return "short-or-generic"
    if no_letters(tokens):
        return "number"
    if form.text.lower() in lexicon.dropped or " ".join(tokens) in lexicon.dropped:
        return "curated-drop"
    if draft.kind in PLAIN_KINDS and len(tokens) == 1 and lexicon.is_common(tokens[0]):
        return "common-word-tool"  # "Levels", "Ladders": "entry level" is no tool
    if draft.kind in NAME_KINDS and phrase_name(form.text, tokens, lexicon):
        return "phrase-name"  # "After the Deadline"
    if draft.kind in NAME_KINDS and caps_word(form.text, lexicon):
        return "caps-common-word"  # "FAST", "PASS": headings and prose hold these words
    if draft.kind == "linguist" and form.text == draft.name and word_name(form.text, lexicon):
        return "word-named-language"  # "Edge", "Processing" known only to Linguist
    if form.text == draft.name:
        return None
    return _other_form_reason(draft, form, tokens, ambiguous, lexicon, owners)


def _other_form_reason(
    draft: Draft,
    form: Form,
    tokens: tuple[str, ...],
    ambiguous: bool,
    lexicon: Lexicon,
    owners: Owners,
) -> str | None:
    key = " ".join(tokens)
    named_concept = draft.category in NAMED_CATEGORIES and draft.kind not in PLAIN_KINDS
    if owners.named.get(key, {draft.id}) - {draft.id}:
        return "names-another"
    if owners.counts[key] >= SHARED_FORM_LIMIT and len(tokens) == 1:
        return "shared-word"
    if ambiguous and owners.counts[key] > 1:
        return "ambiguous-shared"
    if not named_concept and _vague_word(tokens, draft.name, lexicon):
        return "vague-word"
    if form.alias and form.text.islower() and len(tokens) == 1 and lexicon.is_common(key):
        return "lowercase-word-alias"  # Linguist's "batch" for Batchfile
    if form.loose:
        return _loose_reason(draft, form, tokens, lexicon, owners)
    return None


def _loose_reason(
    draft: Draft, form: Form, tokens: tuple[str, ...], lexicon: Lexicon, owners: Owners
) -> str | None:
    """The stricter rules for ESCO's alternative and hidden labels."""
    if edge_function_word(tokens):
        return "function-word-edge"
    if vague(tokens, lexicon):
        return "vague-phrase"
    if is_caps_acronym(form.text):
        labels = [f.text for f in draft.forms.values() if " " in f.text]
        return None if acronym_fits(form.text, labels) else "acronym-unfitting"
    if len(tokens) > 1:
        lemma = lemma_key(tokens, lexicon)
        if owners.lemma_named.get(lemma, {draft.id}) - {draft.id}:
            return "names-another-lemma"
        holders = owners.lemma_holders.get(lemma, set())
        if len(holders) >= SHARED_LOOSE_LIMIT and draft.id not in _closest(lemma, holders, owners):
            return "shared-phrase"
    return None


def _closest(lemma: str, holders: set[str], owners: Owners) -> set[str]:
    """The concepts whose canonical names share most words with the phrase."""
    words = set(lemma.split(" "))
    overlap = {h: len(words & owners.name_words[h]) for h in holders}
    best = max(overlap.values())
    return {h for h, score in overlap.items() if score == best}


def _vague_word(tokens: tuple[str, ...], name: str, lexicon: Lexicon) -> bool:
    """One common English word standing for a skill with another name ("speed" for
    "physical and manual skills"), unless it starts like the name ("troubleshooting")."""
    word = tokens[0]
    if len(tokens) != 1 or not word.isalpha() or not lexicon.is_common(word):
        return False
    return word[:4] != name.lower()[:4]


def resolve(
    registry: Registry, draft: Draft, attribute: str, position: dict[str, int]
) -> list[int]:
    found: list[int] = []
    for reference in getattr(draft, attribute):
        target = registry.resolve(reference)
        if target and target != draft.id and position[target] not in found:
            found.append(position[target])
    return found


def columns(
    registry: Registry,
    lexicon: Lexicon,
    occupations: list[str],
    explain: list[str] | None = None,
    conflicts: list[str] | None = None,
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], list[str]]:
    """The concept columns, the lookup index and the sorted ambiguous forms.

    Columns hold one string per concept (fast to decode; split when a concept is used):
    forms and sources joined by SEPARATOR, broader and related as space-separated concept
    positions. The index maps each lookup key (``normalize_form`` tokens joined by spaces)
    to ``"concept.form concept.form"`` positions: each concept once, with its first form of
    that key. Acronyms held by unrelated concepts are settled first (``conflicts`` gets one
    line per conflict; taxonomy_sources/conflicts.py).
    """
    drafts = registry.drafts
    position = {draft.id: number for number, draft in enumerate(drafts)}
    owners = key_owners(drafts, lexicon)
    for title in occupations:  # a job title names an occupation, no skill or product
        key = lookup_key(title)
        owners.named.setdefault(key, set()).add(OCCUPATION)
        lemma = lemma_key(tuple(key.split(" ")), lexicon)
        owners.lemma_named.setdefault(lemma, set()).add(OCCUPATION)
    table: dict[str, list[Any]] = {k: [] for k in CONCEPT_COLUMNS}
    index: dict[str, list[tuple[int, int]]] = {}
    ambiguous: set[str] = set()
    kept = [clean_forms(draft, lexicon, owners, explain) for draft in drafts]
    kept, found = settle_acronyms(drafts, kept, registry.resolve)
    if conflicts is not None:
        conflicts += found
    for number, draft in enumerate(drafts):
        forms = kept[number]
        if any(SEPARATOR in text for text in (*draft.sources, *(f for f, _, _ in forms))):
            raise ValueError(f"{draft.id}: a form or source holds {SEPARATOR!r}")
        table["id"].append(draft.id)
        table["name"].append(draft.name)
        table["category"].append(CATEGORIES.index(draft.category))
        table["forms"].append(SEPARATOR.join(form for form, _, _ in forms))
        table["sources"].append(SEPARATOR.join(draft.sources))
        for relation in RELATIONS:
            table[relation].append(resolve(registry, draft, relation, position))
        ambiguous.update(form.lower() for form, _, flag in forms if flag)
        for form_number, (_, key, _) in enumerate(forms):
            entries = index.setdefault(key, [])
            if key.count(" ") < MAX_KEY_TOKENS and all(p != number for p, _ in entries):
                entries.append((number, form_number))
    _settle_relations(table)
    keys = sorted(key for key, entries in index.items() if entries)
    positions = [" ".join(f"{p}.{f}" for p, f in index[key]) for key in keys]
    lookup: dict[str, list[Any]] = {"keys": keys, "entries": positions}
    return table, lookup, sorted(ambiguous)


def _settle_relations(table: dict[str, list[Any]]) -> None:
    """Relations as text columns: ``kind_of`` closed transitively (MongoDB → NoSQL →
    database management systems), and a ``broader`` link that is also a ``kind_of`` link
    dropped (membership says more)."""
    table["kind_of"] = closure(table["kind_of"])
    table["broader"] = [
        [b for b in broader if b not in kind_of]
        for broader, kind_of in zip(table["broader"], table["kind_of"], strict=True)
    ]
    for relation in RELATIONS:
        table[relation] = [" ".join(map(str, found)) for found in table[relation]]


def encode(
    table: dict[str, list[Any]],
    lookup: dict[str, list[Any]],
    ambiguous: list[str],
    counts: dict[str, int],
) -> bytes:
    header = {
        "built_from": counts,
        "categories": list(CATEGORIES),
        "ambiguous": ambiguous,
        "max_key_tokens": max(key.count(" ") + 1 for key in lookup["keys"]),
    }
    columns = {name: [str(item) for item in column] for name, column in table.items()}
    return pack(header, {**columns, **lookup})


def report(table: dict[str, list[Any]], ambiguous: list[str], size: int) -> str:
    forms = sum(len(f.split(SEPARATOR)) for f in table["forms"] if f)
    by_category = Counter(CATEGORIES[c] for c in table["category"])
    lines = [
        f"concepts: {len(table['id'])}",
        f"surface forms: {forms}",
        f"ambiguous forms: {len(ambiguous)}",
        f"compressed size: {size / 1e6:.2f} MB",
        *(f"  {category}: {by_category[category]}" for category in CATEGORIES),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--curated", type=Path, default=ROOT / "tools" / "curated")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--explain",
        type=Path,
        help="also write every form with 'kept' or the rule that dropped it (TSV)",
    )
    parser.add_argument(
        "--conflicts",
        type=Path,
        help="also write every short acronym held by unrelated concepts and how it was settled",
    )
    args = parser.parse_args(argv)
    if not (args.data / "esco-1.1.1").is_dir():
        print(f"build_taxonomy: no source data in {args.data} (pass --data)", file=sys.stderr)
        return 2
    registry, lexicon, counts, occupations = read_sources(args.data, args.curated)
    explain: list[str] | None = [] if args.explain else None
    conflicts: list[str] = []
    table, lookup, ambiguous = columns(registry, lexicon, occupations, explain, conflicts)
    counts["acronym_conflicts"] = len(conflicts)
    counts["acronym_conflicts_left_ambiguous"] = sum("\tambiguous\t" in c for c in conflicts)
    if args.conflicts:
        args.conflicts.write_text("\n".join(["key\trule\tholders", *conflicts]) + "\n")
    if args.explain and explain is not None:
        args.explain.write_text("\n".join(["id\tform\tverdict", *explain]) + "\n")
    payload = encode(table, lookup, ambiguous, counts)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(payload)
    print(f"read: {counts}")
    print(report(table, ambiguous, len(payload)))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
