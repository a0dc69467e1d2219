"""The spaCy pipeline used to tokenise documents and taxonomy forms.

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

spaCy is imported only when the pipeline is first needed; the pipeline is built once per
process (about 0.3 s after the spaCy import).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["WHOLE_TERMS", "pipeline"]

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
_TECH_TOKEN = re.compile(
    rf"^(?:{_TECH}|{'|'.join(re.escape(term) for term in WHOLE_TERMS)})$", re.IGNORECASE
)
_ACRONYM_DOT = r"(?<=[A-Za-z0-9&+#/][A-Z0-9])\."
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.IGNORECASE)


def _customize(nlp: Any) -> None:
    from spacy.util import compile_suffix_regex

    tokenizer = nlp.tokenizer
    # No special cases: spaCy matches special cases that contain punctuation with a
    # PhraseMatcher over every document, which took ~90% of the tokenizer's time. The
    # whole terms are kept by token_match instead; contractions and abbreviations are
    # then split by the affix rules alone, which is the same for forms and for text.
    tokenizer.rules = {}
    tokenizer.token_match = _TECH_TOKEN.match
    # "#" after a letter or digit is part of the word (C#, F#), never a suffix to strip.
    suffixes = [p for p in nlp.Defaults.suffixes if p != "#"] + [r"(?<![A-Za-z0-9])#", _ACRONYM_DOT]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.url_match = _URL.match


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The shared blank English pipeline with the technical tokenizer rules (built once)."""
    import spacy

    nlp = spacy.blank("en")
    _customize(nlp)
    return nlp
