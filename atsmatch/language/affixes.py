"""spaCy's tokenizer algorithm over stored affix rules, without importing spaCy.

A run of non-space characters is split the way ``spacy.blank("en")`` with the rules of
:mod:`atsmatch.language.pipeline` splits it: prefixes and suffixes are peeled off in turn
until the rest is a whole technical token (:data:`TECH_TOKEN`) or nothing more comes off,
then the rest is kept whole when it is a technical token or a URL, and otherwise split at
its infixes. The prefix, suffix and infix expressions are spaCy's English ones, stored by
``tools/build_affixes.py`` in ``data/affixes.json`` (with the spaCy version they came from),
so a cold start compiles three expressions instead of importing spaCy. The tests check
that this and spaCy split every text alike.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, NamedTuple

from atsmatch._resources import read_data

__all__ = [
    "ACRONYM_DOT",
    "TECH_TOKEN",
    "URL",
    "WHOLE_TERMS",
    "affix_rules",
    "split_run",
    "stop_words",
]

WHOLE_TERMS: tuple[str, ...] = (
    "C#",
    "F#",
    "J#",
    "C++",
    "CI/CD",
    "A/B",
    "TCP/IP",
    "UI/UX",
    "UX/UI",
    "I/O",
    "PL/SQL",
    "R&D",
    "P&L",
    "M&A",
    "Q&A",
    "AT&T",
    "B2B",
    "B2C",
    "401(k)",
    "403(b)",
)
"""Terms with inner punctuation that are one token (in upper, lower and title case)."""

_TECH = r"[A-Za-z][A-Za-z0-9]*(?:\+\+|#)|(?:[A-Za-z]+)?\.NET"
TECH_TOKEN = re.compile(
    rf"^(?:{_TECH}|{'|'.join(re.escape(term) for term in WHOLE_TERMS)})$", re.IGNORECASE
)
"""A run kept whole: ``C#``, ``C++``, ``.NET``, ``ASP.NET`` and :data:`WHOLE_TERMS`."""
ACRONYM_DOT = r"(?<=[A-Za-z0-9&+#/][A-Z0-9])\."
"""The suffix rule that splits a sentence's final dot from ``AWS.`` or ``EC2.``."""
URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.IGNORECASE)
"""A URL, recognised only with a scheme or ``www.``."""


class AffixRules(NamedTuple):
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    infix: re.Pattern[str]


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(read_data("atsmatch.language", "affixes.json"))
    return table


@lru_cache(maxsize=1)
def affix_rules() -> AffixRules:
    """The stored prefix, suffix and infix expressions, compiled once."""
    table = _table()
    return AffixRules(*(re.compile(table[key]) for key in ("prefix", "suffix", "infix")))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, stored beside the affix rules."""
    return frozenset(_table()["stop_words"])


def split_run(run: str) -> list[tuple[int, int]]:
    """The tokens of ``run`` (no whitespace inside) as ``(start, end)`` offsets into it."""
    rules = affix_rules()
    start, end = 0, len(run)
    prefixes: list[tuple[int, int]] = []
    suffixes: list[tuple[int, int]] = []
    last_size = -1
    while start < end and end - start != last_size:
        rest = run[start:end]
        if TECH_TOKEN.match(rest):
            break
        last_size = end - start
        found = rules.prefix.search(rest)
        pre = found.end() - found.start() if found else 0
        found = rules.suffix.search(rest[pre:])
        suf = found.end() - found.start() if found else 0
        if pre and suf and pre + suf <= end - start:
            prefixes.append((start, start + pre))
            suffixes.append((end - suf, end))
            start, end = start + pre, end - suf
        elif pre:
            prefixes.append((start, start + pre))
            start += pre
        elif suf:
            suffixes.append((end - suf, end))
            end -= suf
    return [*prefixes, *_middle(run, start, end, rules), *reversed(suffixes)]


def _middle(run: str, start: int, end: int, rules: AffixRules) -> list[tuple[int, int]]:
    """What is left between the affixes: whole, or split at its infixes."""
    if start >= end:
        return []
    rest = run[start:end]
    if TECH_TOKEN.match(rest) or URL.match(rest):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for found in rules.infix.finditer(rest):
        infix_start, infix_end = found.span()
        if infix_start == 0:  # an infix at the very start is not a split
            continue
        if infix_start != cursor:
            pieces.append((start + cursor, start + infix_start))
        if infix_start != infix_end:
            pieces.append((start + infix_start, start + infix_end))
        cursor = infix_end
    if cursor < len(rest):
        pieces.append((start + cursor, end))
    return pieces
