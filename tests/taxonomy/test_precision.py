"""The shipped taxonomy finds no false skills in everyday phrases (docs/taxonomy.md, "Forms
that are dropped"): each phrase once in prose and once in a technical context (a skills
list), where ambiguous words do count."""

from __future__ import annotations

import pytest

from atsmatch.document import Document
from atsmatch.extract import find_hits, matcher_for
from atsmatch.extract.skills.matcher import Matcher
from atsmatch.taxonomy import load_taxonomy

# (everyday phrase, what it must not be read as: concept ids or canonical names)
CASES = [
    ("We ship releases after the deadline.", {"onet-tech:after-the-deadline"}),
    ("Follow the policies and procedures of the unit.", {"compile airport certification manuals"}),
    ("You will be responsible for the budget.", {"assume responsibility"}),
    (
        "Strong technical skills are a must.",
        {"apply knowledge of science, technology and engineering"},
    ),
    ("Our SaaS platform serves restaurants.", {"service-oriented modelling"}),
    ("Experience managing projects end to end.", {"project commissioning"}),
    ("Run nightly batch jobs and batches.", {"linguist:batchfile"}),
    ("Track KPIs on a dashboard.", {"Data visualization"}),
    ("Install wiring according to the NEC.", {"procurement of ICT network equipment"}),
    ("Holds an OSHA 10 card.", {"OSHA 30"}),
    ("Comfortable at every level of the stack.", {"Level", "Levels"}),
    ("Worked as the release controller.", {"Controller", "Controllers"}),
    ("Senior developer on the team.", {"Developer"}),
    ("Handle edge cases in data processing.", {"linguist:edge", "linguist:processing"}),
    ("A fast learner who can pass the case and file claims.", {"onet-tech:fast", "onet-tech:case"}),
    (
        "We offer flexible working and work-life balance.",
        {"adapt to change", "maintain psychological well-being"},
    ),
    ("She did her make up before the show.", {"cosmetics"}),
    ("Read blueprints and maintain hydraulic systems.", {"linguist:blueprint"}),
    ("Conduct interviews with candidates.", {"give interviews to media"}),
    ("Replaced wiring harnesses on trucks.", {"climbing equipment"}),
    ("Works in Seattle, Washington.", {"wash stone"}),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return matcher_for(load_taxonomy())


def found(text: str, matcher: Matcher) -> set[str]:
    _, hits = find_hits(Document(text=text), matcher)
    names = {matcher.taxonomy[hit.concept_id].name for hit in hits}
    return names | {hit.concept_id for hit in hits}


@pytest.mark.parametrize(("text", "forbidden"), CASES)
def test_precision_everyday_phrase_in_prose(
    text: str, forbidden: set[str], matcher: Matcher
) -> None:
    assert not found(text, matcher) & forbidden


@pytest.mark.parametrize(("text", "forbidden"), CASES)
def test_precision_everyday_phrase_in_a_skills_list(
    text: str, forbidden: set[str], matcher: Matcher
) -> None:
    listed = "Skills\nPython, Docker, Kubernetes, " + text.rstrip(".").replace(" and ", ", ")
    assert not found(listed, matcher) & forbidden


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skills: Python, SQL, Ruby on Rails, Bash, LaTeX", {"atsmatch:rails", "atsmatch:bash"}),
        ("Certifications: OSHA 30, CPR", {"atsmatch:osha-30"}),
        ("Skills: SaaS, CRM, Salesforce", {"atsmatch:saas"}),
        (
            "Built dashboards in Tableau; data visualization with D3.js",
            {"atsmatch:data-visualization"},
        ),
        (
            "Experience with distributed systems and Kafka",
            {"Distributed systems", "distributed computing"},
        ),
        ("Skills: Racket, Scheme, Haskell", {"linguist:racket", "linguist:scheme"}),
        ("Skills: Amazon Web Services SageMaker, PyTorch", {"AWS SageMaker"}),
        ("Skills: AWS SageMaker, PyTorch", {"AWS SageMaker"}),
        ("Inspected safety harnesses before each shift.", {"Safety harnesses"}),
    ],
)
def test_precision_true_skills_still_found(text: str, expected: set[str], matcher: Matcher) -> None:
    hits = found(text, matcher)
    assert hits & expected, f"none of {expected} in {sorted(hits)}"
