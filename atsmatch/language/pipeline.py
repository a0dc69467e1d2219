"""The spaCy pipeline whose tokenizer :mod:`atsmatch.language.affixes` reproduces.

At run time atsmatch does not import spaCy (its import alone took most of a cold start):
``tools/build_affixes.py`` stores this tokenizer's prefix, suffix and infix expressions as
package data and :mod:`atsmatch.language.affixes` applies them with spaCy's algorithm. The
pipeline stays as the reference: the build reads it, and the tests check that both split
every text alike.

It is ``spacy.blank("en")`` (no trained model is needed or downloaded) with tokenizer rules
that keep technical tokens whole:

- ``C#``, ``F#``, ``C++``, ``.NET``, ``ASP.NET``, ``Node.js`` stay one token even when
  punctuation follows them (``(C#)``, ``C#,``);
- a fixed list of slash, ampersand and bracket terms stays one token in any casing:
  ``CI/CD``, ``A/B``, ``TCP/IP``, ``UI/UX``, ``I/O``, ``PL/SQL``, ``R&D``, ``P&L``, ``M&A``,
  ``Q&A``, ``AT&T``, ``401(k)``, ``403(b)``; ``24/7`` is whole in spaCy already;
- a sentence's final dot is split from a word ending in a capital or digit (``AWS.``,
  ``R&D.``, ``EC2.``); spaCy alone keeps it, to protect abbreviations such as ``U.S.``;
- URLs are recognised only with a scheme or ``www.``, so ``React.js/Redux`` splits at the
  slash like any other list of tools.

spaCy's tokenizer exceptions (special cases) are dropped: spaCy matches those that contain
punctuation with a PhraseMatcher over every document, which made tokenizing ~15x slower.
Without them contractions and abbreviations split by the affix rules ("don't" stays
whole, "e.g." loses its final dot), identically for taxonomy forms and documents.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from atsmatch.language.affixes import ACRONYM_DOT, TECH_TOKEN, URL

__all__ = ["pipeline"]


def _customize(nlp: Any) -> None:
    from spacy.util import compile_suffix_regex

    tokenizer = nlp.tokenizer
    # No special cases: spaCy matches special cases that contain punctuation with a
    # PhraseMatcher over every document, which took ~90% of the tokenizer's time. The
    # whole terms are kept by token_match instead; contractions and abbreviations are
    # then split by the affix rules alone, which is the same for forms and for text.
    tokenizer.rules = {}
    tokenizer.token_match = TECH_TOKEN.match
    # "#" after a letter or digit is part of the word (C#, F#), never a suffix to strip.
    suffixes = [p for p in nlp.Defaults.suffixes if p != "#"] + [r"(?<![A-Za-z0-9])#", ACRONYM_DOT]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.url_match = URL.match


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The shared blank English pipeline with the technical tokenizer rules (built once)."""
    import spacy

    nlp = spacy.blank("en")
    _customize(nlp)
    return nlp
