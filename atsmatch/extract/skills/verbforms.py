"""The verb-form rule for lemma matches of verb phrases (docs/extraction.md).

ESCO writes skills as verb phrases ("build trust", "drive at high speeds", "maintain
hydraulic systems"), and the matcher finds them through lemmas ("Maintained hydraulic
systems"). A past participle reduced to its verb is often no verb at all, but an adjective
("build trusted relationships") or a passive ("driven fast delivery", "data verified
by"), so a lemma match is dropped when it reduces

- a later word that has a past form ("build *trusted*" is not "build trust"), or
- its first word from a past form ("verified", "built", "driven") that does not start a
  clause: a past tense in a resume opens a bullet or a sentence, or follows a comma, a
  conjunction, a subject pronoun, a form of "have" or an adverb ("Troubleshot incidents and
  verified information", "has supported customers", "successfully managed projects");
  after a noun, an article or a preposition it describes ("a value driven fast-paced
  company", "with verified information"). A spoken language is the exception: "written
  English", "Fluent spoken German" name the skill.

Only words that the lemma changed are checked: a form that itself has the participle
("use automated tools") matches as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from atsmatch.extract.skills.matcher import Hit
from atsmatch.language.lemmas import verb_lemma
from atsmatch.language.tokens import Token

__all__ = ["CLAUSE_OPENERS", "is_past_form", "verb_form_ok"]

CLAUSE_OPENERS = frozenset(
    {".", "!", "?", ":", ";", ",", "-", "–", "—", "•", "*", "(", '"', "|", "/", "&"}
    | {"and", "or", "but", "then", "also", "i", "we", "who", "which", "that", "he", "she"}
    | {"they", "to", "have", "has", "had", "having", "'ve"}
)
"""Tokens after which a past form starts a clause (``to`` for bare infinitives is harmless:
a past form after "to" is rare and then usually a verb slip)."""

_PLURALS = frozenset({"children", "men", "women", "people", "feet", "teeth", "mice", "geese"})


def is_past_form(word: str) -> bool:
    """A lower-cased word that is a past tense or participle of another verb."""
    base = verb_lemma(word)
    if base == word or word in _PLURALS or word.endswith(("s", "ing", "men")):
        return False
    return not word.endswith("ren")  # "children"-like plurals


def _form_words(hit: Hit) -> list[str]:
    return hit.form.lower().split()


def _opens_clause(i: int, tokens: Sequence[Token], lines: Sequence[int]) -> bool:
    if i == 0 or lines[i - 1] != lines[i]:
        return True
    before = tokens[i - 1].norm
    return before in CLAUSE_OPENERS or (before.endswith("ly") and len(before) > 4)


def verb_form_ok(
    hit: Hit, tokens: Sequence[Token], lines: Sequence[int], *, category: str = ""
) -> bool:
    """Whether a match may stand under the verb-form rule (module docstring)."""
    if hit.kind != "lemma" or hit.first == hit.last:
        return True
    words = [tokens[i].norm for i in range(hit.first, hit.last + 1)]
    form = _form_words(hit)
    if len(form) != len(words):
        return True
    changed = [w != f and is_past_form(w) for w, f in zip(words, form, strict=True)]
    if any(changed[1:]):
        return False
    if not changed[0] or category == "language":
        return True
    return _opens_clause(hit.first, tokens, lines)
