"""The word lists the ambiguity and precision rules read (:mod:`atsmatch.extract.skills.ambiguity`).

Built-in lists of ambiguous and verb-like skill names, cue words, function words and the
separators of a list, plus two lists read lazily: the most frequent English words (package
data) and the words that never count as a one-word match.
"""

from __future__ import annotations

from functools import lru_cache

from atsmatch._resources import read_data
from atsmatch.language.affixes import stop_words

__all__ = [
    "AMBIGUOUS_WORDS",
    "FUNCTION_WORDS",
    "LANGUAGE_CUES",
    "LETTER_CONTEXT",
    "SENTENCE_END",
    "SEPARATORS",
    "SKILL_CUES",
    "SKILL_SECTIONS",
    "TECH_AFTER",
    "TECH_BEFORE",
    "TECH_CATEGORIES",
    "VERB_FOLLOWERS",
    "VERB_LIKE",
    "common_words",
    "never_words",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


AMBIGUOUS_WORDS = _words(
    """
    go swift excel spring r c rust chef puppet access word teams express less make ruby java
    lead shell dart julia scheme pascal ada oracle flash hive pig storm sage elm crystal
    delphi mercury ember meteor backbone jest mocha karma jasmine chai mint office outlook
    project visio keynote pages numbers notes box slack zoom mail edge safari compass
    bootstrap gulp grunt grails play spark solr
    """
)
"""Forms that are also ordinary words, whatever the taxonomy says."""

VERB_LIKE = _words(
    """
    go excel lead make access express spring teams word less notes pages numbers box play
    mail edge office project outlook shell compass mint flash storm scheme
    """
)
"""Ambiguous words whose ordinary reading is followed by a function word ("go to",
"excel at", "Teams of five", "Word of mouth", "Less than"); names such as Java or Ruby are
not vetoed so ("expertise in Java to build ...")."""

SKILL_SECTIONS = frozenset({"skills", "certifications"})
TECH_CATEGORIES = frozenset({"programming_language", "tool"})
SEPARATORS = frozenset({",", "/", "|", ";", "•", "·", "(", ")", ":", "-", "–", "*", "&", "+"})
SENTENCE_END = frozenset({".", "!", "?", ":", ";", "•", "*", "-", "–", "(", '"'})
LETTER_CONTEXT = _words(
    """
    grade grades class type plan tier level vitamin section part group phase option category
    size row block exhibit appendix schedule form article note score rating hepatitis division
    league unit step
    """
)
VERB_FOLLOWERS = _words(
    """
    at in to a an the our your their my his her its of by from into beyond through above live
    up out back ahead forward sure this that these those over under
    """
)
TECH_BEFORE = _words(
    """
    ms microsoft apple google apache aws amazon ibm oracle adobe sap spring using in
    """
)
TECH_AFTER = _words(
    """
    programming language languages developer developers development code coding framework
    library libraries lang sdk api apis script scripts scripting spreadsheets spreadsheet
    macros formulas vba engineer engineers services modules backend server servers
    applications apps app stack ecosystem boot cloud
    """
)
SKILL_CUES = _words(
    """
    experience experienced knowledge skills skill proficiency proficient expertise expert
    background familiarity familiar understanding degree certified certification fluent
    fluency trained training
    """
)
LANGUAGE_CUES = _words(
    """
    fluent fluency fluently native speaker speakers speak speaking spoken written write
    writing oral orally verbal language languages proficiency proficient bilingual tongue
    mother command level c1 c2 b1 b2 a1 a2 conversational business skills skill
    """
)
FUNCTION_WORDS = _words(
    """
    a an the and or but nor of to in on at for with by from as into onto than then that this
    these those it its be is are was were been being am after before
    """
)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The most frequent English words (package data built by tools/build_common_words.py)."""
    data = read_data("atsmatch.extract", "common_words.txt")
    lines = data.decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def never_words() -> frozenset[str]:
    """One-word forms that never count: function words and skill cue words."""
    return stop_words() | SKILL_CUES | {"'s", "'m", "'re", "'ve", "'d", "'ll"}
