"""The zones of a job posting: what kind of text each part is, read as a recruiter reads it.

A posting mixes the requirements with text that asks nothing of the applicant: the company's
story, benefits, pay, the location and schedule, physical demands, legal notices and how to
apply. Zones are found by general rules, not a list of exact headings:

1. **Heading words.** A heading (a parser section, or a short Title Case / ALL CAPS /
   ``Words:`` line) is classified by the words it holds, first rule first: legal ("Equal
   Opportunity", "EEO", "Disclaimer"), how to apply ("How to Apply", "Next Steps"), physical
   ("Physical Demands", "Working Conditions"), benefits ("Perks", "What We Offer"),
   compensation ("Pay", "Salary"), location/schedule ("Location", "Schedule", "Shift"),
   company ("About <Name>", "Our School", "Who We Are"), nice-to-have, requirements,
   responsibilities, summary ("Job Summary", "Overview"). A heading it cannot classify opens
   an *unknown* zone.
2. **Kinds of sentence.** Each sentence may carry a cue of its own (:func:`sentence_zone`):
   equal-opportunity wording, "$" amounts and salary words, "401(k)" and "we offer",
   "lift up to 50 lbs", "apply by", "Monday through Friday", company prose ("Acme is a …",
   "our mission", "founded in"). A paragraph outside the responsibilities, requirements and
   nice-to-have zones whose sentences are mostly of one such kind takes that zone, so an
   unlabelled EEO paragraph or an "Our School" paragraph is read for what it is; a sentence
   in it that asks something ("you will", "experience with", "required", "5+ years")
   keeps the heading's zone.

Only the responsibilities, requirements and nice-to-have zones, the role summary and text
in no zone (a posting without headings) produce terms (:data:`TERM_ZONES`). Anywhere, a
sentence cued as legal, benefits, compensation, physical, apply or schedule produces none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from atsmatch.document import Document
from atsmatch.extract.understand.layout import is_heading_line, sentence_spans
from atsmatch.extract.understand.zonecues import classify_heading, sentence_zone
from atsmatch.profile import Zone

__all__ = [
    "IGNORED_SENTENCES",
    "TERM_ZONES",
    "ZONES",
    "classify_heading",
    "find_zones",
    "sentence_zone",
]

ZONES = (
    "company",
    "summary",
    "responsibilities",
    "requirements",
    "preferred",
    "benefits",
    "compensation",
    "location",
    "physical",
    "legal",
    "apply",
)
TERM_ZONES = frozenset({"summary", "responsibilities", "requirements", "preferred", "unknown"})
"""Zones whose text may produce terms (``unknown``: under a heading no rule classifies)."""
IGNORED_SENTENCES = frozenset(
    {"legal", "benefits", "compensation", "physical", "apply", "location"}
)
"""Sentence kinds that produce no terms wherever they stand (company prose is judged per
paragraph only: "our team uses Python" in a requirements list is a requirement)."""

_ASKS = re.compile(
    r"\b(?:you(?:'ll| will| have| bring)?|experience (?:with|in)|\d+\+? years|required|must"
    r"|preferred|proficien\w+|knowledge of|familiar\w*|degree|certifi\w+|licen[sc]e)\b",
    re.IGNORECASE,
)
"""Wording that asks something of the applicant: such a sentence keeps its heading's zone
even inside a paragraph of company prose."""
_PARAGRAPH_KINDS = IGNORED_SENTENCES | {"company"}
_TERM_HEADINGS = frozenset({"responsibilities", "requirements", "preferred"})
_SECTION_ALIASES = {"education": "requirements", "skills": "requirements"}


def _heading_zone(heading: str, name: str | None) -> str:
    zone = classify_heading(heading)
    if zone is None and name is not None:
        zone = _SECTION_ALIASES.get(name, name if name in ZONES else None)
    return zone or "unknown"


def _marks(document: Document) -> list[tuple[int, int, str, str]]:
    """``(start, body_start, zone, heading)`` of every heading, in order."""
    text = document.text
    sections = {s.start: s for s in document.sections}
    marks = []
    offset = 0
    for line in text.splitlines(keepends=True):
        section = sections.get(offset)
        if section is not None:
            zone = _heading_zone(section.heading, section.name)
            marks.append((offset, offset + len(line), zone, section.heading))
        elif offset > 0 and is_heading_line(line):
            zone = classify_heading(line) or ("unknown" if sentence_zone(line) is None else "")
            if zone:  # a short line with its own cue ("Denver, Colorado") is no heading
                marks.append((offset, offset + len(line), zone, line.strip().rstrip(":")))
        elif offset > 0 and _sentence_case_heading(text, offset, line):
            zone = classify_heading(line) or "unknown"
            marks.append((offset, offset + len(line), zone, line.strip().rstrip(":")))
        offset += len(line)
    return marks


def _sentence_case_heading(text: str, offset: int, line: str) -> bool:
    """A heading in sentence case ("What you'll own", "Benefits & perks"): a short line after
    a blank line, with no closing punctuation, whose words name a zone and whose next line
    is a bullet or text."""
    stripped = line.strip()
    words = stripped.rstrip(":").split()
    if not 1 <= len(words) <= 6 or stripped.endswith((".", ",", ";", "!", "?")):
        return False
    if stripped[0] in "-*•·▪●◦■–" or not text[:offset].endswith(("\n\n", "\n \n")):
        return False
    return classify_heading(stripped) is not None


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs (runs of lines between blank lines) of ``text[start:end]``."""
    found = []
    cursor = start
    for m in re.finditer(r"\n[ \t]*\n", text[start:end]):
        found.append((cursor, start + m.start()))
        cursor = start + m.end()
    found.append((cursor, end))
    return [(a, b) for a, b in found if text[a:b].strip()]


def _sentences(
    text: str, start: int, end: int, *, strict: bool = False
) -> list[tuple[int, int, str | None]]:
    return [
        (start + a, start + b, sentence_zone(text[start + a : start + b], strict=strict))
        for a, b in sentence_spans(text[start:end])
        if text[start + a : start + b].strip()
    ]


def _content_zone(kinds: Sequence[str | None]) -> str | None:
    """The kind most of a paragraph's sentences are, when at least half of them share it."""
    counted = Counter(k for k in kinds if k is not None)
    if not counted:
        return None
    zone, count = counted.most_common(1)[0]
    return zone if 2 * count >= len(kinds) else None


def _by_sentence(
    text: str, start: int, end: int, zone: str, heading: str, *, lines: bool = False
) -> list[Zone]:
    """Sentences cued as ignored text become zones of their own; the rest stay ``zone``."""
    found = []
    for a, b, kind in _sentences(text, start, end, strict=not lines):
        if kind in IGNORED_SENTENCES or (lines and kind is not None):
            found.append(Zone(kind, a, b, heading, "sentence"))
        else:
            found.append(Zone(zone, a, b, heading, "heading"))
    return found


def _segment(text: str, start: int, body: int, end: int, zone: str, heading: str) -> list[Zone]:
    """The zones of one heading's text (``start`` heading, ``body`` first line under it)."""
    found = [Zone(zone, start, body, heading, "heading")] if body > start else []
    if not heading:  # the header: title, company and place lines, each read alone
        return found + _by_sentence(text, body, end, zone, heading, lines=True)
    if zone not in TERM_ZONES:  # no terms either way; a paragraph of another kind is named
        for a, b in _paragraphs(text, body, end):
            kind = _content_zone([k for _, _, k in _sentences(text, a, b)])
            if kind is not None and kind != zone and kind in _PARAGRAPH_KINDS:
                found.append(Zone(kind, a, b, heading, "content"))
            else:
                found.append(Zone(zone, a, b, heading, "heading"))
        return found
    listed = zone in _TERM_HEADINGS
    for a, b in _paragraphs(text, body, end):
        sentences = _sentences(text, a, b, strict=listed)
        kind = _content_zone([k for _, _, k in sentences])
        flagged = sum(1 for _, _, k in sentences if k == kind)
        if listed and (flagged < 2 or kind not in _PARAGRAPH_KINDS):
            kind = None  # among duties or requirements only a paragraph of 2+ such goes
        if kind is None:
            found += _by_sentence(text, a, b, zone, heading)
            continue
        for start, stop, own in sentences:  # a sentence that asks something stays
            asks = own is None and _ASKS.search(text, start, stop) is not None
            name, how = (zone, "heading") if asks else (own or kind, "content")
            found.append(Zone(name, start, stop, heading, how))
    return found


def find_zones(document: Document) -> tuple[Zone, ...]:
    """Every zone of a job posting, in text order (see the module docstring).

    The text before the first heading is the *header* (title, company, place lines), read
    line by line. ``Zone.how`` says what decided: ``heading``, ``content`` (a paragraph's
    sentences) or ``sentence`` (one sentence's own wording).
    """
    text = document.text
    marks = _marks(document)
    if not marks or marks[0][0] > 0:
        marks.insert(0, (0, 0, "unknown", ""))
    zones: list[Zone] = []
    for index, (start, body, zone, heading) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        zones += _segment(text, start, body, end, zone, heading)
    return tuple(_merged(zones))


def _merged(zones: Sequence[Zone]) -> list[Zone]:
    """Neighbouring zones of one name and heading joined; gaps closed."""
    merged: list[Zone] = []
    for zone in zones:
        last = merged[-1] if merged else None
        if last is not None and (last.name, last.heading, last.how) == (
            zone.name,
            zone.heading,
            zone.how,
        ):
            merged[-1] = Zone(last.name, last.start, zone.end, last.heading, last.how)
        else:
            merged.append(zone)
    return merged
