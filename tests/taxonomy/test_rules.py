"""The precision rules of the taxonomy build (tools/taxonomy_sources/rules.py and
build_taxonomy.drop_reason) on synthetic drafts and a tiny lexicon."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.taxonomy.test_build import _sources

sys.path.insert(0, str(ROOT / "tools"))

import build_taxonomy
from taxonomy_sources.draft import Draft
from taxonomy_sources.lexicon import Lexicon
from taxonomy_sources.rules import (
    acronym_fits,
    caps_word,
    edge_function_word,
    phrase_name,
    vague,
    word_name,
)

PROBS = {
    "after": -7.0, "deadline": -11.0, "the": -3.0, "point": -8.0, "of": -3.0, "sale": -10.0,
    "edge": -10.0, "racket": -12.0, "batch": -11.0, "fast": -9.0, "gps": -13.7,
    "technical": -10.0, "skills": -10.0, "managing": -10.0, "projects": -10.0,
    "content": -10.0, "manager": -10.0,
}  # fmt: skip
LEX = Lexicon(
    words=frozenset(PROBS),
    nouns=frozenset({"project", "deadline"}),
    lemmas={"managing": "manage", "projects": "project"},
    stop_words=frozenset({"the", "of", "and", "be", "a"}),
    log_prob=PROBS,
    ambiguous=frozenset({"racket"}),
    not_ambiguous=frozenset(),
    generic=frozenset({"management"}),
    nominal={},
    vague=frozenset({"technical", "skills"}),
    dropped=frozenset({"flexible working"}),
)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("and", "procedures"), True),
        (("be", "responsible"), True),
        (("make", "up"), True),
        (("attention", "to", "detail"), False),
        (("well", "being"), False),
        (("of",), False),
    ],
)
def test_rules_edge_function_word(key: tuple[str, ...], expected: bool) -> None:
    assert edge_function_word(key) is expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [(("technical", "skills"), True), (("the", "skills"), True), (("python", "skills"), False)],
)
def test_rules_vague(key: tuple[str, ...], expected: bool) -> None:
    assert vague(key, LEX) is expected


@pytest.mark.parametrize(
    ("acronym", "labels", "expected"),
    [
        ("SaaS", ["software as a service"], True),
        ("HTML", ["hypertext markup language"], True),
        ("CCTV", ["manage closed-circuit television system"], True),
        ("FDA", ["food and drug administration regulations"], True),
        ("NEC", ["procurement of ICT network equipment"], False),
        ("SaaS", ["service-oriented modelling"], False),
        ("CRM", [], False),
    ],
)
def test_rules_acronym_fits(acronym: str, labels: list[str], expected: bool) -> None:
    assert acronym_fits(acronym, labels) is expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("After the Deadline", True),
        ("Point of Sale", False),  # "of" alone does not make a sentence fragment
        ("Content Manager", False),
        ("In-line tester", False),
    ],
)
def test_rules_phrase_name(form: str, expected: bool) -> None:
    key = tuple(form.lower().replace("-", " ").split())
    assert phrase_name(form, key, LEX) is expected


@pytest.mark.parametrize(
    ("form", "expected"), [("FAST", True), ("GPS", False), ("Fast", False), ("FASTQ", False)]
)
def test_rules_caps_word(form: str, expected: bool) -> None:
    assert caps_word(form, LEX) is expected


@pytest.mark.parametrize(
    ("form", "expected"), [("Edge", True), ("Racket", False), ("Edge Lang", False), ("C", False)]
)
def test_rules_word_name(form: str, expected: bool) -> None:
    assert word_name(form, LEX) is expected


def _draft(
    concept_id: str, name: str, kind: str, forms: list[tuple[str, dict[str, bool]]]
) -> Draft:
    draft = Draft(concept_id, name, "tool" if kind != "esco" else "hard_skill", kind)
    draft.add_form(name)
    for text, flags in forms:
        draft.add_form(text, **flags)
    return draft


LOOSE = {"loose": True}
DRAFTS = [
    _draft("esco:a", "project commissioning", "esco", [("managing projects", LOOSE)]),
    _draft("esco:b", "manage several projects", "esco", [("managing projects", LOOSE)]),
    _draft("esco:c", "perform project work", "esco", [("manage projects", LOOSE)]),
    _draft("esco:d", "service-oriented modelling", "esco", [("saas", LOOSE), ("NEC", LOOSE)]),
    _draft("esco:e", "SaaS (service-oriented modelling)", "esco", [("SaaS", {})]),
    _draft(
        "esco:f", "attend to detail", "esco", [("and procedures", LOOSE), ("and procedures x", {})]
    ),
    _draft(
        "esco:g",
        "apply knowledge",
        "esco",
        [("technical skills", LOOSE), ("flexible working", LOOSE)],
    ),
    _draft("onet-tech:atd", "After the Deadline", "onet-tech", [("2000", {})]),
    _draft("onet-tech:fast", "FAST", "onet-tech", []),
    _draft("linguist:edge", "Edge", "linguist", []),
    _draft(
        "linguist:batchfile", "Batchfile", "linguist", [("batch", {"alias": True, "named": True})]
    ),
    _draft("atsmatch:x", "Widget", "curated", [("be responsible", {"protected": True})]),
]


@pytest.mark.parametrize(
    ("concept_id", "form", "expected"),
    [
        ("esco:a", "managing projects", "shared-phrase"),  # three holders, not the closest
        ("esco:b", "managing projects", None),  # shares most words with its name
        ("esco:d", "saas", "names-another"),  # the head of another concept's name
        ("esco:d", "NEC", "acronym-unfitting"),
        ("esco:f", "and procedures", "function-word-edge"),
        ("esco:f", "and procedures x", None),  # not loose: the loose-label rules do not apply
        ("esco:g", "technical skills", "vague-phrase"),
        ("esco:g", "flexible working", "curated-drop"),
        ("onet-tech:atd", "After the Deadline", "phrase-name"),
        ("onet-tech:atd", "2000", "number"),
        ("onet-tech:fast", "FAST", "caps-common-word"),
        ("linguist:edge", "Edge", "word-named-language"),
        ("linguist:batchfile", "batch", "lowercase-word-alias"),
        ("atsmatch:x", "be responsible", None),  # curated forms are never dropped
    ],
)
def test_rules_drop_reason(concept_id: str, form: str, expected: str | None) -> None:
    owners = build_taxonomy.key_owners(DRAFTS, LEX)
    draft = next(d for d in DRAFTS if d.id == concept_id)
    explain: list[str] = []
    build_taxonomy.clean_forms(draft, LEX, owners, explain)
    verdicts = dict(line.split("\t")[1:] for line in explain)
    assert verdicts[form] == (expected or "kept")


def test_rules_loose_flag_survives_only_when_every_source_is_loose() -> None:
    draft = Draft("esco:z", "manage budgets", "hard_skill", "esco")
    draft.add_form("budget control", loose=True)
    draft.add_form("budget planning", loose=True)
    draft.add_form("Budget planning")  # the same form from a precise source
    assert draft.forms["budget control"].loose
    assert not draft.forms["budget planning"].loose


def test_rules_explain_lists_every_form_with_a_verdict(tmp_path: Path) -> None:
    data, curated = _sources(tmp_path)
    explain = tmp_path / "forms.tsv"
    argv = ["--data", str(data), "--curated", str(curated), "--output", str(tmp_path / "t.gz")]
    assert build_taxonomy.main([*argv, "--explain", str(explain)]) == 0
    rows = [line.split("\t") for line in explain.read_text().splitlines()]
    assert rows[0] == ["id", "form", "verdict"]
    verdicts = {(concept, form): verdict for concept, form, verdict in rows[1:]}
    assert verdicts[("atsmatch:python", "Python")] == "kept"
    assert verdicts[("esco:skill/t1", "management")] == "short-or-generic"
