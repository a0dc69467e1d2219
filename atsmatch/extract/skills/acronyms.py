"""Acronyms defined in the document: "Machine Learning (ML)" makes a later "ML" that concept.

A definition is a matched taxonomy phrase of two or more words directly followed by an
acronym in brackets, or an acronym directly followed by a matched phrase in brackets
("ML (Machine Learning)"). The acronym is two to ten letters or digits with at least two
capitals ("ML", "NLP", "APIs"); its first letter is the phrase's first initial and its other
letters appear in order in the phrase. Within the document, the acronym (written exactly
so) then means that concept, even where the taxonomy reads it otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atsmatch.extract.skills.matcher import Hit
from atsmatch.language.tokens import Token

__all__ = ["apply_definitions", "definitions"]

_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&][A-Za-z0-9&]{1,9}$")


def _fits(acronym: str, words: Sequence[str]) -> bool:
    letters = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
    letters = letters.replace("&", "").lower()
    if not letters or not words or letters[0] != words[0][:1].lower():
        return False
    rest = iter("".join(words)[1:].lower())
    return all(ch in rest for ch in letters[1:])


def _bracketed(tokens: Sequence[Token], i: int) -> bool:
    return 0 < i < len(tokens) - 1 and tokens[i - 1].text == "(" and tokens[i + 1].text == ")"


def definitions(hits: Sequence[Hit], tokens: Sequence[Token]) -> dict[str, str]:
    """Acronym (as written) → concept id, for every definition in the document."""
    found: dict[str, str] = {}
    by_first: dict[int, Hit] = {}
    by_last: dict[int, Hit] = {}
    for hit in hits:
        by_first.setdefault(hit.first, hit)
        by_last.setdefault(hit.last, hit)
    opens = [i for i, token in enumerate(tokens) if token.text == "("]
    for i in (o + 1 for o in opens):
        token = tokens[i] if i < len(tokens) else None
        if token is None or not _ACRONYM.match(token.text) or not _bracketed(tokens, i):
            continue
        before = by_last.get(i - 2)
        if before is not None and before.last > before.first:
            words = [t.text for t in tokens[before.first : before.last + 1]]
            if _fits(token.text, words):
                found.setdefault(token.text, before.concept_id)
    for i in (o - 1 for o in opens if o > 0):
        token = tokens[i]
        inside = by_first.get(i + 2)
        if (
            _ACRONYM.match(token.text)
            and inside is not None
            and inside.last > inside.first
            and inside.last + 1 < len(tokens)
            and tokens[inside.last + 1].text == ")"
            and _fits(token.text, [t.text for t in tokens[inside.first : inside.last + 1]])
        ):
            found.setdefault(token.text, inside.concept_id)
    return found


def apply_definitions(
    hits: Sequence[Hit], tokens: Sequence[Token], defined: dict[str, str]
) -> list[Hit]:
    """``hits`` with every use of a defined acronym read as its concept (kind ``acronym``)."""
    if not defined:
        return list(hits)
    result: list[Hit] = []
    covered: set[int] = set()
    for hit in hits:
        text = tokens[hit.first].text
        if hit.first == hit.last and text in defined:
            if hit.first not in covered:
                result.append(_acronym_hit(hit.first, text, defined[text]))
                covered.add(hit.first)
            continue
        result.append(hit)
        covered.update(range(hit.first, hit.last + 1))
    for i, token in enumerate(tokens):
        if token.text in defined and i not in covered:
            result.append(_acronym_hit(i, token.text, defined[token.text]))
    return sorted(result, key=lambda h: (h.first, h.last))


def _acronym_hit(i: int, text: str, concept_id: str) -> Hit:
    return Hit(i, i, concept_id, text, ambiguous=False, kind="acronym")
