"""The both-readings cases of tests/data/ambiguity_cases.tsv, shared by tests and benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "ambiguity_cases.tsv"


class Case(NamedTuple):
    text: str
    word: str
    expected: bool


def read_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, word, answer = line.split("\t")
            cases.append(Case(text, word, answer == "yes"))
    return cases


def case_passes(case: Case, mention_texts: list[str]) -> bool:
    """yes: a mention contains the word as a word; no: no mention is just the word."""
    if case.expected:
        return any(case.word in text.replace("-", " ").split() for text in mention_texts)
    return all(text.lower() != case.word.lower() for text in mention_texts)
