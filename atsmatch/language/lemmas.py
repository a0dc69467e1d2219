"""Lookup lemmatisation of lower-cased tokens, guarded against the table's bad readings.

The table is spaCy's English lookup table (``en_lemma_lookup`` in spacy-lookups-data),
shipped as package data by ``tools/build_lemmas.py``: lower-cased words only, read once,
without importing spaCy. The guards:

- ``OVERRIDES`` keep words whose "lemma" changes what they name (``data`` → ``datum``,
  ``pandas`` → ``panda``, ``sales`` → ``sale``, ``windows`` → ``window``) and fix wrong
  entries (``developed`` → ``develope``, ``programming`` → ``programme``) and add past
  forms the table lacks, irregular (``troubleshot``) or of newer verbs (``refactored``).
- :func:`lemma` leaves ``-ing`` words alone: in a noun phrase they are usually their own
  concept (``software engineering`` is not ``software engineer``, ``machine learning`` not
  ``machine learn``). :func:`verb_lemma` reduces them too; the matcher uses it only for the
  first word of a phrase, where ESCO's verb phrases put the verb (``managing projects`` →
  ``manage project``).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

from atsmatch._resources import read_data

__all__ = ["OVERRIDES", "lemma", "lemma_table", "noun_table", "verb_lemma"]

OVERRIDES: dict[str, str] = {
    "data": "data",
    "media": "media",
    "criteria": "criteria",
    "analytics": "analytics",
    "pandas": "pandas",
    "sales": "sales",
    "windows": "windows",
    "aws": "aws",
    "news": "news",
    "ios": "ios",
    "jenkins": "jenkins",
    "kubernetes": "kubernetes",
    "logistics": "logistics",
    "graphics": "graphics",
    "economics": "economics",
    "physics": "physics",
    "ethics": "ethics",
    "statistics": "statistics",
    "mathematics": "mathematics",
    "better": "better",
    "best": "best",
    "developed": "develop",
    "developing": "develop",
    "programmed": "program",
    "programming": "program",
    "programmes": "program",
    "programme": "program",
    "troubleshot": "troubleshoot",
    "refactored": "refactor",
    "onboarded": "onboard",
    "upskilled": "upskill",
    "architected": "architect",
    "containerized": "containerize",
    "containerised": "containerise",
    "upsold": "upsell",
    "co-led": "co-lead",
}
"""Words the table reads wrongly for skills, with the lemma used instead."""


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """``word → lemma`` for lower-cased English words whose lemma differs from the word."""
    data = read_data("atsmatch.language", "lemmas.json.gz")
    raw: dict[str, str] = json.loads(gzip.decompress(data))
    table = {word: base for word, base in raw.items() if word.islower() and base != word}
    for word, base in OVERRIDES.items():
        if base == word:
            table.pop(word, None)
        else:
            table[word] = base
    return table


@lru_cache(maxsize=1)
def noun_table() -> dict[str, str]:
    """:func:`lemma_table` without the ``-ing`` words."""
    return {word: base for word, base in lemma_table().items() if not word.endswith("ing")}


def lemma(norm: str) -> str:
    """The lemma of a lower-cased token, leaving ``-ing`` words as they are."""
    return noun_table().get(norm, norm)


def verb_lemma(norm: str) -> str:
    """The lemma of a lower-cased token, ``-ing`` words included (``managing`` → ``manage``)."""
    return lemma_table().get(norm, norm)
