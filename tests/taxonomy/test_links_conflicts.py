"""ESCO links (tools/taxonomy_sources/esco_links.py), acronym conflicts
(taxonomy_sources/conflicts.py, rules.settle_conflict) and the curated field files."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT
from tests.taxonomy.test_rules import LEX

sys.path.insert(0, str(ROOT / "tools"))

from taxonomy_sources.conflicts import settle_acronyms
from taxonomy_sources.draft import Draft, Registry
from taxonomy_sources.esco_links import apply_links, equivalent, find_links, uri_counts
from taxonomy_sources.rules import Holder, acronym_form, settle_conflict, unrelated

CURATED = ROOT / "tools" / "curated"
OTHER_OWNERS = {"technology.yaml", "categories.yaml", "lexicon.yaml"}  # not field files


def _key(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _esco(uri: str, name: str, *alt: str) -> Draft:
    draft = Draft(f"esco:skill/{uri}", name, "hard_skill", "esco")
    draft.add_unique("sources", [f"http://data.europa.eu/esco/skill/{uri}"])
    draft.add_form(name)
    for label in alt:
        draft.add_form(label, loose=True)
    return draft


def _registry(*drafts: Draft) -> Registry:
    registry = Registry(_key)
    for draft in drafts:
        registry.add(draft, probes=[], targets=[draft.name])
    return registry


def test_equivalent_needs_the_same_thing_not_a_broader_one() -> None:
    contracts = _esco("c", "manage contracts", "contract management")
    assert equivalent("Contract management", contracts, LEX)
    config = _esco("g", "tools for software configuration management", "Git")
    assert not equivalent("Git", config, LEX)  # Git is a member, not the concept
    uml = _esco("u", "unified modelling language", "UML")
    assert equivalent("UML", uml, LEX)
    assert not equivalent("TQM", _esco("t", "total quality control", "TQM"), LEX)


def test_links_merge_esco_into_curated_and_onet_into_esco() -> None:
    curated = Draft("atsmatch:good-lab", "Good Laboratory Practice (GLP)", "knowledge", "curated")
    curated.add_form(curated.name, protected=True)
    curated.add_form("GLP", protected=True)
    glp = _esco("g", "good laboratory practice", "GLP")
    product = Draft("onet-tech:contract-management", "Contract management", "tool", "onet-tech")
    product.add_form("Contract management")
    product.add_unique("sources", ["onet:1"])
    contracts = _esco("c", "manage contracts", "contract management")
    git = Draft("atsmatch:git", "Git", "tool", "curated")
    git.add_form("Git", protected=True)
    config = _esco("s", "tools for software configuration management", "Git")
    registry = _registry(curated, glp, product, contracts, git, config)
    before = uri_counts(registry)
    links = find_links(registry, LEX, {})
    assert {(link.concept, link.esco) for link in links} == {
        ("atsmatch:good-lab", "esco:skill/g"),
        ("onet-tech:contract-management", "esco:skill/c"),
    }
    apply_links(registry, links)
    ids = {draft.id for draft in registry.drafts}
    assert "esco:skill/g" not in ids and "atsmatch:good-lab" in ids  # curated keeps its id
    assert "onet-tech:contract-management" not in ids and "esco:skill/c" in ids
    assert "http://data.europa.eu/esco/skill/g" in registry.by_id["atsmatch:good-lab"].sources
    assert registry.resolve("onet:1") == "esco:skill/c"
    assert not any(s.startswith("http") for s in registry.by_id["atsmatch:git"].sources)
    after = uri_counts(registry)
    assert after["curated"][0] == before["curated"][0] + 1


def test_hand_link_names_the_esco_concept() -> None:
    icu = Draft("atsmatch:intensive-care", "Intensive care (ICU)", "hard_skill", "curated")
    icu.add_form("ICU", protected=True)
    medicine = _esco("e862", "intensive care medicine", "intensive care")
    registry = _registry(icu, medicine)
    links = find_links(registry, LEX, {"atsmatch:intensive-care": "e862"})
    assert [(link.esco, link.how) for link in links] == [("esco:skill/e862", "hand")]


def _holder(
    concept: str, form: str, *, curated: bool = False, labels: tuple[str, ...] = ()
) -> Holder:
    return Holder(concept, concept.split(":")[-1], form, curated, labels, frozenset())


def test_a_curated_acronym_wins_a_conflict() -> None:
    verdict, rule = settle_conflict(
        [_holder("atsmatch:cen", "CEN", curated=True), _holder("onet-tech:cenx", "CEN")]
    )
    assert rule == "curated"
    assert verdict == {"atsmatch:cen": "keep", "onet-tech:cenx": "drop"}


def test_the_holder_whose_label_the_acronym_spells_wins() -> None:
    verdict, rule = settle_conflict(
        [
            _holder("esco:a", "MARPOL", labels=("pollution prevention",)),
            _holder(
                "esco:b",
                "MARPOL",
                labels=("marine pollution convention", "International Maritime Pollution"),
            ),
        ]
    )
    assert rule == "spelled" and verdict == {"esco:a": "drop", "esco:b": "keep"}


def test_otherwise_every_holder_keeps_it_as_ambiguous_never_merged() -> None:
    verdict, rule = settle_conflict([_holder("x:a", "ADR"), _holder("x:b", "ADR")])
    assert rule == "ambiguous" and set(verdict.values()) == {"ambiguous"}
    two_curated = [
        _holder("atsmatch:a", "L&D", curated=True),
        _holder("atsmatch:b", "L&D", curated=True),
    ]
    assert settle_conflict(two_curated)[1] == "ambiguous"


def test_same_name_or_linked_holders_are_no_conflict() -> None:
    same = [
        Holder("onet:a", "CMS", "CMS", False, (), frozenset()),
        Holder("onet:b", "CMS", "CMS", False, (), frozenset()),
    ]
    assert not unrelated(same)
    linked = [
        Holder("a", "One", "AB", False, (), frozenset({"b"})),
        Holder("b", "Two", "AB", False, (), frozenset()),
    ]
    assert not unrelated(linked)
    assert acronym_form("CEN") and acronym_form("L&D") and acronym_form("RNC-NIC")
    assert not acronym_form("Cen") and not acronym_form("C")


def test_settle_acronyms_drops_and_marks_forms() -> None:
    cen = Draft("atsmatch:cen", "Certified Emergency Nurse (CEN)", "certification", "curated")
    cen.add_form("CEN", protected=True)
    product = Draft("onet-tech:cen", "Cen Suite", "tool", "onet-tech")
    product.add_form("CEN")
    kept = [[("CEN", "cen", False)], [("Cen Suite", "cen suite", False), ("CEN", "cen", False)]]
    settled, lines = settle_acronyms([cen, product], kept, lambda ref: None)
    assert settled == [[("CEN", "cen", False)], [("Cen Suite", "cen suite", False)]]
    assert lines and lines[0].startswith("cen\tcurated\t")


def _field_entries() -> list[tuple[Path, dict[str, object], dict[str, object]]]:
    found = []
    for path in sorted(CURATED.glob("*.yaml")):
        if path.name in OTHER_OWNERS:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(path, data, entry) for entry in data["concepts"]]
    return found


def test_every_curated_entry_says_where_it_comes_from() -> None:
    missing = [
        f"{path.name}:{entry['id']}"
        for path, data, entry in _field_entries()
        if not str(entry.get("source") or data.get("source") or "").strip()
    ]
    assert not missing
    fields = {p.name for p, _, _ in _field_entries()}
    assert {"healthcare.yaml", "finance.yaml", "trades.yaml", "logistics.yaml"} <= fields
    assert {"sales.yaml", "education.yaml", "hr.yaml"} <= fields


def test_no_curated_form_names_two_concepts() -> None:
    owners: dict[str, set[str]] = {}
    for path in sorted(CURATED.glob("*.yaml")):
        if path.name == "lexicon.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["concepts"]:
            for form in [entry["name"], *entry.get("forms", [])]:
                owners.setdefault(str(form).lower(), set()).add(str(entry["id"]))
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not shared
