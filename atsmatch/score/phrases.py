"""Where a phrase occurs in a resume's text: case-insensitive, word-bounded, optionally
plural-insensitive (the credit rules' one phrase search, :func:`find_phrase`).

Each answer is kept on the :class:`~atsmatch.score.credits.ResumeView` (several rules and
many job terms ask for the same wording), and in an ASCII text the pattern is tried only
where the lower-cased text holds the phrase's first word, instead of scanning the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from atsmatch.profile import Mention

if TYPE_CHECKING:
    from atsmatch.score.credits import ResumeView

__all__ = ["find_phrase", "phrase_hits", "phrase_pattern"]


def _phrase_words(phrase: str, plural: bool) -> list[str]:
    words = phrase.lower().split()
    if plural and words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return words


@lru_cache(maxsize=65536)
def phrase_pattern(phrase: str, *, plural: bool = False) -> re.Pattern[str]:
    """A case-insensitive, word-bounded pattern for ``phrase``.

    It runs on the original text (not a lower-cased copy, whose offsets can differ).
    """
    body = r"\s+".join(re.escape(w) for w in _phrase_words(phrase, plural))
    suffix = r"(?:e?s)?" if plural else ""
    return re.compile(rf"(?<![a-z0-9]){body}{suffix}(?![a-z0-9+#])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _first_word(phrase: str, plural: bool) -> str:
    words = _phrase_words(phrase, plural)
    return words[0] if words and words[0].isascii() else ""


def phrase_hits(view: ResumeView, phrase: str, plural: bool) -> Iterator[re.Match[str]]:
    """The matches of :func:`phrase_pattern` in the text, left to right, not overlapping.

    In an ASCII text a match can only start where the lower-cased text holds the phrase's
    first word (ASCII case folding keeps offsets), so the pattern is tried only there; any
    other text is scanned whole. Both give the same matches."""
    pattern = phrase_pattern(phrase, plural=plural)
    first = _first_word(phrase, plural)
    if not (first and view.ascii):
        yield from pattern.finditer(view.text)
        return
    lower, text = view.lower, view.text
    at = lower.find(first)
    while at != -1:
        hit = pattern.match(text, at)
        if hit is not None:
            yield hit
            at = lower.find(first, max(hit.end(), at + 1))
        else:
            at = lower.find(first, at + 1)


def find_phrase(view: ResumeView, phrase: str, *, plural: bool = False) -> list[Mention]:
    """Every occurrence of ``phrase`` in the resume text, as mentions."""
    key = (phrase, plural)
    found = view.phrases.get(key)
    if found is None:
        found = ()
        if view.may_hold(phrase):
            document = view.profile.document
            found = tuple(
                Mention(
                    hit.start(), hit.end(), hit.group(), "exact", document.section_at(hit.start())
                )
                for hit in phrase_hits(view, phrase, plural)
            )
        view.phrases[key] = found
    return list(found)
