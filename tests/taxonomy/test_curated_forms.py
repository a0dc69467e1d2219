"""Curated forms for how postings and resumes word common skills (issue 8 gaps), each with a
near phrase that must not be read as the skill."""

from __future__ import annotations

import pytest

from atsmatch.document import Document
from atsmatch.extract import find_hits, matcher_for
from atsmatch.extract.skills.matcher import Matcher
from atsmatch.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return matcher_for(load_taxonomy())


def _names(text: str, matcher: Matcher) -> set[str]:
    _, hits = find_hits(Document(text=text), matcher)
    return {matcher.taxonomy[hit.concept_id].name for hit in hits}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Full-cycle sales: discovery, demos, negotiation and close.", "Product demonstrations"),
        ("Ran live demos for fleet managers.", "Product demonstrations"),
        ("Holds a current forklift operator certification.", "Forklift certification"),
        ("Forklift operator card (OSHA 1910.178).", "Forklift certification"),
        ("Troubleshoot capacitors, contactors and motors.", "Electrical troubleshooting"),
        ("Troubleshooting control circuits on rooftop units.", "Electrical troubleshooting"),
        ("Troubleshot wiring faults in panels.", "Electrical troubleshooting"),
    ],
)
def test_curated_form_found(text: str, name: str, matcher: Matcher) -> None:
    assert name in _names(text, matcher)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lift 40 lbs of demo equipment.", "Product demonstrations"),
        ("Supervised the demolition crew.", "Product demonstrations"),
        ("Experienced forklift operator on second shift.", "Forklift certification"),
        ("Troubleshoot software issues for users.", "Electrical troubleshooting"),
        ("Troubleshoot network outages.", "Electrical troubleshooting"),
    ],
)
def test_curated_near_phrase_not_read_as_the_skill(text: str, name: str, matcher: Matcher) -> None:
    assert name not in _names(text, matcher)
