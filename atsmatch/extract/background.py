"""The background document-frequency table that keyword ranking compares a document with.

``tools/build_background.py`` derives it from O*NET task, work-activity and occupation
descriptions and ESCO occupation and skill descriptions (see NOTICE), plus a list of common
English words; it ships as ``atsmatch/extract/data/background.json.gz``. Loading is lazy
and cached: nothing is read until the first keyword ranking.

Words are compared in one normal form (:func:`fold`): lower case, a plural "s" dropped.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from atsmatch._resources import read_data

__all__ = ["Background", "fold", "load_background", "word_set", "words"]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[-.'’][A-Za-z0-9]+)*|\d+(?:\.\d+)?")
_KEEP_S = ("ss", "us", "is", "os", "as", "ys")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Normal form of a word: lower case; "services" → "service", "policies" → "policy"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(_KEEP_S):
        return w[:-1]
    return w


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (how the modules write their word lists)."""
    return frozenset(text.split())


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word matches of ``text[start:end]`` ("C++", "Node.js", "real-time" stay whole)."""
    return list(_WORD.finditer(text, start, len(text) if end is None else end))


@dataclass(frozen=True)
class Background:
    """Document frequencies of folded words and word pairs in ``documents`` documents."""

    documents: int
    unigrams: dict[str, int]
    bigrams: dict[str, int]
    common: frozenset[str]

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency of a folded word or "word word" pair."""
        table = self.bigrams if " " in key else self.unigrams
        return math.log((self.documents + 1) / (table.get(key, 0) + 1)) + 1.0

    @property
    def max_idf(self) -> float:
        return math.log(self.documents + 1) + 1.0


@lru_cache(maxsize=1)
def load_background() -> Background:
    """The built-in table, read once per process."""
    data = read_data("atsmatch.extract", "background.json.gz")
    raw = json.loads(gzip.decompress(data))
    return Background(
        documents=int(raw["documents"]),
        unigrams=dict(raw["unigrams"]),
        bigrams=dict(raw["bigrams"]),
        common=frozenset(raw["common"]),
    )
