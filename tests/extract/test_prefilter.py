"""The literal prefilter never skips a search that would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch.extract.understand import requirements, zonecues
from atsmatch.language.prefilter import PatternFilter, required_literals, search

PATTERNS = [
    *(p for _, p in zonecues._SENTENCES),
    zonecues._STATE_CODE,
    zonecues._COMPANY_LOWER,
    zonecues._COMPANY_START,
    *zonecues._STATEMENT.values(),
    *(p for _, p in zonecues._HEADINGS),
    requirements._BOILERPLATE,
    re.compile(r"\d+%"),
    re.compile(r"(?i:abc)|xyz"),
    re.compile(r"a(?=bc)|(?<!x)yz+"),
    re.compile(r"(?:)|q"),
    re.compile(r"(\w+) \1"),
]
PIECES = [
    "401(k)", "PTO", "We offer", "dental", "VISION", "insurance", "$85,000", "per hour", "lift",
    "50 lbs", "Austin, TX", "Monday through Friday", "8am", "equal opportunity", "Our mission",
    "Acme is a", "founded", "to apply", "cover letter", "email", "jobs@example.com", "remote",
    " | ", "Hybrid", "Python", "Kubernetes", "years", "\u212a", "\u017f", "\u0130", "é", "\n",
    " ", ",", ".", "abc", "ABC", "xyz", "ab", "yzz", "word word", "5%", "must", "able",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_prefilter_keeps_every_pattern_that_matches(text: str) -> None:
    possible = PatternFilter(PATTERNS).possible(text)
    for index, pattern in enumerate(PATTERNS):
        if pattern.search(text):
            assert index in possible, (pattern.pattern[:60], text)
        assert bool(search(pattern, text)) == bool(pattern.search(text))


def test_prefilter_literals_and_skips() -> None:
    assert required_literals(re.compile(r"401\s*\(?k\)?|\bpto\b", re.I)) == {"401", "pto"}
    assert required_literals(re.compile(r"\d+%")) == {"%"}
    assert required_literals(re.compile(r"\d+")) is None
    assert required_literals(re.compile(r"(?:)|q")) is None
    # a pattern ignoring case reads ASCII text lower-cased, other text is always searched
    benefits = PatternFilter([requirements._BOILERPLATE])
    assert benefits.possible("Plain duties with Python.") == set()
    assert benefits.possible("Generous PTO") == {0}
    assert benefits.possible("Python \u212a") == {0}
    assert zonecues.sentence_zone("We offer a 401(k) match.") == "benefits"
    assert zonecues.sentence_zone("Acme is a leading provider of payroll software.") == "company"
