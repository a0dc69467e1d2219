"""Which job terms a resume can earn any credit for, found in one pass over its text.

Credit is computed only for these (with the scoring code itself, score/match.py
``term_credit``); every other term earns 0. So this must never leave out a term that could
earn credit — it may include terms that then earn nothing. A term can earn credit when:

- the resume has its concept, or a concept related to it (a member of it or the class it
  is a member of, a tool that shows it, narrower, broader, related: ``relation_to``);
- its wording is in the resume text: every text rule (``find_phrase``, ``is_literal``)
  first requires each word of the wording in the lower-cased text (``ResumeView.may_hold``),
  so one word of each wording is a *trigger*;
- it is the job's title or a field of experience, which the resume's job titles earn by
  sharing a word stem (``credits.same_stem``: equal, or the same first ``STEM`` letters),
  so each word's first ``STEM`` letters are triggers too;
- it is a certification the resume holds a higher level of (``credentials.higher_levels``:
  SHRM-SCP for SHRM-CP);
- it is a fact (degree, years): always computed.

All triggers of all terms are searched at once with an Aho-Corasick automaton
(pyahocorasick) over the lower-cased text and the resume's title words. A new credit rule
that can credit a term without any of this must add its trigger here; the property test in
tests/batch/test_equivalence.py (batch == match for random resumes and jobs) fails until it
does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from atsmatch.batch.jobside import JobSide
from atsmatch.extract.understand.credentials import higher_levels
from atsmatch.score.credits import _TITLE_NOISE, _WORD, STEM, ResumeView
from atsmatch.score.literal import FACT_TERMS
from atsmatch.score.terms import JobTerm

__all__ = ["Candidates"]


def _text_triggers(wording: str) -> set[str]:
    """The longest word of a wording, without a final "s" (``may_hold`` strips it)."""
    words = wording.lower().split()
    if not words:
        return set()
    longest = max(words, key=lambda w: (len(w), w))
    if len(longest) > 3 and longest.endswith("s"):
        longest = longest[:-1]
    return {longest}


def _stem_triggers(name: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(name.lower()) if w not in _TITLE_NOISE}


def triggers_of(term: JobTerm) -> set[str] | None:
    """The strings one of which a resume must hold for ``term`` to earn credit from its
    text or titles; ``None`` when the term is always computed."""
    if term.id in FACT_TERMS:
        return None
    found: set[str] = set()
    for wording in (*term.forms, term.name):
        found |= _text_triggers(wording)
    if term.id == "title:job" or term.field:
        found |= _stem_triggers(term.name)
    if any(not t for t in found) or not found:
        return None
    return found


class Candidates:
    """The terms of a :class:`JobSide` a resume can earn credit for (module docstring)."""

    def __init__(self, side: JobSide) -> None:
        import ahocorasick

        by_trigger: dict[str, list[int]] = {}
        self.always: list[int] = []
        self.by_id: dict[str, list[int]] = {}
        self.by_broader: dict[str, list[int]] = {}
        self.by_related: dict[str, list[int]] = {}
        for column, term in enumerate(side.keys):
            self.by_id.setdefault(term.id, []).append(column)
            if term.category == "certification":
                for higher in higher_levels(term.id):
                    self.by_related.setdefault(higher, []).append(column)
            if term.concept is not None:
                for other in term.concept.broader:
                    self.by_broader.setdefault(other, []).append(column)
                for other in (*term.concept.related, *term.concept.kind_of):
                    self.by_related.setdefault(other, []).append(column)
            triggers = triggers_of(term)
            if triggers is None:
                self.always.append(column)
                continue
            for trigger in triggers:
                by_trigger.setdefault(trigger, []).append(column)
        automaton: Any = ahocorasick.Automaton()
        for trigger, columns in by_trigger.items():
            automaton.add_word(trigger, tuple(columns))
        self._automaton = automaton
        if by_trigger:
            automaton.make_automaton()

    def _related(self, ids: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for skill_id in ids:
            found.update(self.by_id.get(skill_id, ()))
            found.update(self.by_broader.get(skill_id, ()))
            found.update(self.by_related.get(skill_id, ()))
        return found

    def of(self, view: ResumeView) -> list[int]:
        """The sorted columns ``view``'s resume may earn credit for."""
        found = set(self.always)
        for skill in view.profile.skills:
            concept = skill.concept
            found |= self._related((skill.id,))
            for other in (*concept.broader, *concept.related, *concept.kind_of, *concept.shows):
                found.update(self.by_id.get(other, ()))
        if self._automaton.kind == 2:  # ahocorasick.AHOCORASICK: built and not empty
            haystack = view.lower + "\n" + " ".join(sorted(view.title_words))
            seen: set[tuple[int, ...]] = set()
            for _, columns in self._automaton.iter(haystack):
                if columns not in seen:
                    seen.add(columns)
                    found.update(columns)
        return sorted(found)
