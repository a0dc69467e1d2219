"""A cheap exact test that a regular expression cannot match a text, before searching it.

Python's ``re`` tries a large alternation at every position of the text, which costs tens
of microseconds a sentence for the cue patterns of job postings, while most sentences
contain none of their words. :func:`required_literals` reads a pattern's syntax tree for a
set of strings one of which every match must contain (``"401(k)"`` needs ``"401"``;
``"(?:dental|vision) plans?"`` needs ``"dental"`` or ``"vision"``), and
:class:`PatternFilter` finds the literals of many patterns in one pass over the text. The
test only ever skips a search that would find nothing: a pattern whose matches need no
literal (``\\d+%``) is always searched.

A pattern that ignores case is checked against the lower-cased text, and only when the
text is ASCII (``re`` matches some non-ASCII letters to ASCII ones under ``IGNORECASE``,
such as the Kelvin sign to ``k``); other texts are always searched.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["PatternFilter", "required_literals", "search"]

_NEW = sys.version_info >= (3, 11)  # sre_parse became re._parser
_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")
_REPEATS = frozenset(
    op
    for op in (
        getattr(_c, "MAX_REPEAT", None),
        getattr(_c, "MIN_REPEAT", None),
        getattr(_c, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

Literals = frozenset[str]


def _better(a: Literals | None, b: Literals) -> Literals:
    """The more selective of two required sets: longer shortest string, then fewer."""
    if a is None:
        return b
    rank_a, rank_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if rank_b > rank_a else a


def _sequence(items: Any) -> Literals | None:
    """A set of strings one of which any match of the item sequence contains, or None."""
    best: Literals | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        found: Literals | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:  # a group changing flags is not read
                found = _sequence(sub.data)
        elif op is _c.BRANCH:
            branches = [_sequence(branch.data) for branch in av[1]]
            if branches and all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, item = av
            if low >= 1:
                found = _sequence(item.data)
        elif _ATOMIC is not None and op is _ATOMIC:
            found = _sequence(av.data)
        # anything else (classes, anchors, look-arounds, references) requires no literal
        if found:
            best = _better(best, found)
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


@lru_cache(maxsize=256)
def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased when the
    pattern ignores case), or None when no such set is known."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal parser this module does not know: no shortcut
        return None
    found = _sequence(tree.data)
    if not found or "" in found:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(s.isascii() for s in found):
            return None
        found = frozenset(s.lower() for s in found)
    return found


class PatternFilter:
    """Which of several patterns can match a text, found by one multi-string search
    (Aho-Corasick, pyahocorasick) over the literals every match of each one needs."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        import ahocorasick

        self._always: set[int] = set()
        self._folded_all: set[int] = set()
        exact: dict[str, list[int]] = defaultdict(list)
        folded: dict[str, list[int]] = defaultdict(list)
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self._always.add(index)
                continue
            ignore_case = bool(pattern.flags & re.IGNORECASE)
            if ignore_case:
                self._folded_all.add(index)
            for literal in literals:
                (folded if ignore_case else exact)[literal].append(index)
        self._exact: Any = _automaton(ahocorasick, exact)
        self._folded: Any = _automaton(ahocorasick, folded)

    def possible(self, text: str) -> set[int]:
        """Indexes of the patterns that may match ``text`` (the others cannot)."""
        found = set(self._always)
        if self._exact is not None:
            for _, indexes in self._exact.iter(text):
                found.update(indexes)
        if self._folded is not None:
            if text.isascii():
                for _, indexes in self._folded.iter(text.lower()):
                    found.update(indexes)
            else:
                found |= self._folded_all
        return found


def _automaton(ahocorasick: Any, words: dict[str, list[int]]) -> Any:
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word, indexes in words.items():
        automaton.add_word(word, tuple(indexes))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=256)
def _alone(pattern: re.Pattern[str]) -> PatternFilter:
    return PatternFilter([pattern])


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when ``text`` lacks every literal a match needs."""
    if not _alone(pattern).possible(text):
        return None
    return pattern.search(text)
