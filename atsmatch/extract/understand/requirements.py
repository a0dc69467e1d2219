"""How strongly a job description asks for what it mentions.

Rules, first match wins, for a mention at some offset (docs/understanding.md has examples):

1. Boilerplate is not a requirement: mentions in a zone that produces no terms (company,
   benefits, compensation, location, physical, legal, apply: :mod:`.zones`), in sentences
   with equal-opportunity, accommodation or benefits wording, and in paragraphs where two
   or more sentences, at least half of them, are such, are dropped (None).
2. The job title line counts as required (a "Python Developer" job requires Python).
3. A label cue before the mention in its sentence governs what follows it up to the next
   label: "Required: X, Y. Nice to have: Z" → X, Y required, Z preferred.
4. An inline cue in the sentence: preferred ("nice to have", "preferred", "a plus",
   "ideally", "familiarity with", "an asset", "optional", "not required") beats strong
   required ("must", "required", "mandatory", "you will need"). A sentence holding a
   preferred and a (weak) required cue is cut at commas and "but"; the mention's clause
   decides.
5. The zone: requirements → required, preferred → preferred.
6. A weak required cue ("minimum", "at least", "N+ years", "proven experience",
   "proficient in") → required. Weak cues never overrule a preferred zone.
7. Anything else → mentioned.

A term takes its strongest mention (:func:`strongest`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

from atsmatch.document import Document
from atsmatch.extract.understand.jobtext import JobText, SectionIndex
from atsmatch.extract.understand.zones import TERM_ZONES, ZONES
from atsmatch.language.prefilter import search
from atsmatch.profile import Importance, Zone

__all__ = ["NOT_REQUIREMENTS", "JobReader", "importance_at", "is_boilerplate", "strongest"]

NOT_REQUIREMENTS = frozenset(ZONES) - TERM_ZONES
_LISTED = frozenset({"responsibilities", "requirements", "preferred"})

_PREFERRED = (
    r"nice[ -]to[ -]haves?|preferred|preferably|preference|bonus(?: points)?"
    r"|(?:is |are )?an? (?:big |huge |strong |real )?plus|pluses"
    r"|desirable|desired|ideally|familiarity with|not required|not mandatory|advantageous"
    r"|an advantage|helpful|would be great|good to have|(?:considered |would be )?an asset"
    r"|optional|not a must|even better"
    r"|within (?:the first )?(?:\d+|one|two|three|six|twelve|ninety|thirty|sixty) \(?\d*\)?\s*"
    r"(?:days?|weeks?|months?|years?) (?:of|after|from) (?:hire|hiring|employment|start|joining)"
    r"|(?:ability|willingness|willing|able) to (?:obtain|acquire|earn|pass|complete)"
    r"|(?:must|will) (?:obtain|acquire)|(?:obtain|acquire|earn|pass|complete)(?:ed)? within"
    r"|within (?:the |your )?first (?:\d+ |few )?(?:days?|weeks?|months?)"
)
"""Preferred cues; obtaining a credential after hire ("PALS and TNCC required within 6 months of
hire", "willingness to obtain") makes it no screening requirement either."""
_REQUIRED = (
    r"must|required|requires?|requirements?|mandatory|essential|you (?:will )?(?:need|have)"
    r"|you['’]ll (?:need|have)|need to have|should have|we expect|expected to have"
    r"|minimum qualifications?|basic qualifications?"
)
_WEAK_REQUIRED = (
    r"minimum|at least|\d+\s*\+\s*(?:years?|yrs?)|qualifications?|proficien(?:t|cy) (?:in|with)"
    r"|(?:proven|demonstrated|strong|solid) (?:experience|knowledge|background)"
)
_PREFERRED_CUE = re.compile(rf"\b(?:{_PREFERRED})\b", re.IGNORECASE)
_REQUIRED_CUE = re.compile(rf"\b(?:{_REQUIRED})(?:\b|(?<=\+))", re.IGNORECASE)
_WEAK_CUE = re.compile(rf"\b(?:{_WEAK_REQUIRED})(?:\b|(?<=\+))", re.IGNORECASE)
_LABEL = re.compile(
    rf"(?:^|(?<=[\s(\[.]))(?P<cue>(?:[A-Za-z-]+ ){{0,2}}"
    rf"(?:{_PREFERRED}|{_REQUIRED}|{_WEAK_REQUIRED}|plus)(?: [A-Za-z-]+){{0,2}})\s*:",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"equal (?:employment )?opportunit|without regard to|regardless of (?:race|age|gender)"
    r"|reasonable accommodations?|affirmative action|protected (?:veteran|characteristic|class)"
    r"|sexual orientation|gender identity|national origin|e-verify|race, colou?r"
    r"|committed to (?:diversity|building a diverse|creating (?:a|an) (?:diverse|inclusive))"
    r"|background check|drug[- ]free|401\s*\(?k\)?|paid time off|\bpto\b"
    r"|health(?:, dental)? (?:and|&) (?:dental|vision)|dental (?:and|&) vision"
    r"|health insurance|parental leave|stock options"
    r"|salary range|pay range|compensation range|base salary|we offer|benefits include"
    r"|discriminat|veteran status|disability status|marital status|genetic information"
    r"|protected by (?:federal|state|local|applicable) law|diversity,? equity|inclusive workplace"
    r"|fair chance|criminal histor|pay transparency|accommodations? (?:during|in) the"
    r"|celebrate diversity",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_RANK: dict[Importance, int] = {"required": 2, "preferred": 1, "mentioned": 0}


def is_boilerplate(sentence: str) -> bool:
    """True for equal-opportunity, accommodation, benefits and pay wording."""
    return search(_BOILERPLATE, sentence) is not None


def _cue_level(clause: str, *, weak: bool = False) -> Importance | None:
    if _PREFERRED_CUE.search(clause) or (weak and clause.strip().lower() == "plus"):
        return "preferred"
    if _REQUIRED_CUE.search(clause) or (weak and _WEAK_CUE.search(clause)):
        return "required"
    return None


class _Cues(NamedTuple):
    """What one sentence's wording says about importance, read once per sentence."""

    labels: tuple[tuple[int, Importance | None], ...]
    """The end of each label cue ("Nice to have:") and the level it sets, in order."""
    mixed: bool
    """A preferred cue and a (weak) required cue in the same sentence."""
    level: Importance | None
    """The cue level of the whole sentence."""


def _cues(sentence: str) -> _Cues:
    found = _LABEL.finditer(sentence) if ":" in sentence else ()  # a label ends in ":"
    labels = tuple((m.end(), _cue_level(m.group("cue"), weak=True)) for m in found)
    mixed = _PREFERRED_CUE.search(sentence) is not None and (
        _REQUIRED_CUE.search(sentence) is not None or _WEAK_CUE.search(sentence) is not None
    )
    return _Cues(labels, mixed, _cue_level(sentence))


def _label_level(cues: _Cues, at: int) -> Importance | None:
    level: Importance | None = None
    for end, label_level in cues.labels:
        if end > at:
            break
        level = label_level
    return level


def _clause(sentence: str, at: int) -> str:
    start = max(sentence.rfind(",", 0, at), sentence.rfind(" but ", 0, at)) + 1
    ends = [i for i in (sentence.find(",", at), sentence.find(" but ", at)) if i != -1]
    return sentence[start : min(ends) if ends else len(sentence)]


def _level(sentence: str, cues: _Cues, at: int) -> Importance | None:
    level = _label_level(cues, at)
    if level is not None:
        return level
    if cues.mixed:
        return _cue_level(_clause(sentence, at), weak=True) or cues.level
    return cues.level


def sentence_level(sentence: str, at: int) -> Importance | None:
    """Importance cued inside ``sentence`` for a mention at ``at`` (relative), or None."""
    return _level(sentence, _cues(sentence), at)


class JobReader:
    """Importance of mentions in one job description (sentences and zones computed once)."""

    def __init__(
        self,
        document: Document,
        *,
        title_span: tuple[int, int] | None = None,
        zones: tuple[Zone, ...] | None = None,
    ) -> None:
        self.document = document
        self.layout = JobText(document, zones)
        self.section_at = SectionIndex(document)
        self.title_span = title_span
        text = document.text
        # per sentence start: read once, for the paragraphs and for every mention
        self._boilerplate = {a: is_boilerplate(text[a:b]) for a, b in self.layout.sentences}
        self._cues: dict[int, _Cues] = {}
        self._paragraphs = _boilerplate_paragraphs(text, self.layout, self._boilerplate)

    def zone(self, offset: int) -> str | None:
        return self.layout.zone(offset)

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.layout.sentence(offset)

    def is_boilerplate(self, offset: int) -> bool:
        """True when ``offset`` lies in a zone that produces no terms or a boilerplate sentence."""
        zone = self.zone(offset)
        if zone not in TERM_ZONES:
            return True
        if zone in _LISTED and self.layout.zone_how(offset) == "heading":
            return False  # under a duties/requirements heading the zones' strict rules decide
        index = bisect.bisect_right(self._paragraphs, offset)
        if index % 2 == 1:  # inside a [start, end) pair of a boilerplate paragraph
            return True
        return self._boilerplate[self.sentence(offset)[0]]

    def importance(self, offset: int) -> Importance | None:
        """Importance of a mention at ``offset``; ``None`` when it is not a requirement."""
        if self.is_boilerplate(offset):
            return None
        if self.title_span is not None and self.title_span[0] <= offset < self.title_span[1]:
            return "required"
        start, end = self.sentence(offset)
        sentence = self.document.text[start:end]
        cues = self._cues.get(start)
        if cues is None:
            cues = self._cues[start] = _cues(sentence)
        level = _level(sentence, cues, offset - start)
        if level is not None:
            return level
        zone = self.zone(offset)
        if zone == "preferred":
            return "preferred"
        if zone == "requirements" or _WEAK_CUE.search(sentence):
            return "required"
        return "mentioned"


def _boilerplate_paragraphs(text: str, layout: JobText, flags: dict[int, bool]) -> list[int]:
    """Flat ``[start, end, start, end, ...]`` of paragraphs in which at least two sentences,
    and at least half of them, are boilerplate: an equal-opportunity paragraph goes whole."""
    bounds: list[int] = []
    starts = [a for a, _ in layout.sentences]
    start = 0
    for stop in [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)
        sentences = [a for a, b in layout.sentences[first:last] if text[a:b].strip()]
        flagged = sum(1 for a in sentences if flags[a])
        if flagged >= 2 and 2 * flagged >= len(sentences):
            bounds += [start, stop]
        start = stop
    return bounds


def importance_at(document: Document, offset: int) -> Importance | None:
    """Importance of one mention (convenience; use :class:`JobReader` for many)."""
    return JobReader(document).importance(offset)


def strongest(levels: Iterable[Importance]) -> Importance:
    """The strongest importance among ``levels`` (``mentioned`` if there are none)."""
    return max(levels, key=_RANK.__getitem__, default="mentioned")
