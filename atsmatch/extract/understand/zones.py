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

_ABOUT_ROLE = r"(?:the |this |your )?(?:role|you|job|position|opportunity|team|work|candidate)\b"
_HEADING_PATTERNS = (
    ("legal", r"\b(?:equal (?:employment )?opportunit\w*|eeo\w*|disclaimer|legal|non-?discriminat"
     r"\w*|accommodations?|e-verify|diversity|inclusion|privacy|notice to)\b"),
    ("apply", r"\b(?:how to apply|to apply|apply (?:now|today|here)|application (?:process|"
     r"instructions|deadline)|next steps|interested\??|ready to apply)\b"),
    ("physical", r"\b(?:physical|working conditions|work(?:ing)? environment|environmental "
     r"conditions|demands)\b"),
    ("benefits", r"\b(?:benefits?|perks?|what we offer|we offer|rewards|what's in it for you|"
     r"why you'll love|why join|why work|what you(?:'ll)? get)\b"),
    ("compensation", r"\b(?:compensation|salary|pay|wages?|pay range|rate|pay transparency)\b"),
    ("location", r"\b(?:location|schedule|shifts?|hours|travel|work arrangement|where you'll "
     r"work|work model|job type|employment type)\b"),
    ("company", rf"^(?:about (?!{_ABOUT_ROLE})|who we are|our (?!{_ABOUT_ROLE})\w+|life at|"
     r"company (?:description|overview|profile)|the company|why \w+$)"),
    ("preferred", r"\b(?:preferred|nice[ -]to[ -]haves?|bonus|pluses|desired|desirable|ideally|"
     r"extra credit|even better|good to have|a plus)\b"),
    ("requirements", r"\b(?:requirements?|qualifications?|must[ -]haves?|what you(?:'ll)? "
     r"(?:need|bring)|who you are|you have|you'll have|you are|skills|experience|what we"
     r"(?:'re| are) looking for|about you|ideal candidate|what it takes|competenc\w+|"
     r"credentials|education)\b"),
    ("responsibilities", r"\b(?:responsibilit(?:y|ies)|duties|what you(?:'ll| will) do|the role|"
     r"your role|about the (?:role|job|position)|day to day|the job|essential functions|"
     r"your impact|what you'll own|tasks)\b"),
    ("summary", r"\b(?:summary|overview|description|the opportunity|introduction|purpose|"
     r"position|about this)\b"),
)  # fmt: skip
_HEADINGS = tuple((zone, re.compile(pattern)) for zone, pattern in _HEADING_PATTERNS)

_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
    "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
    "west virginia|wisconsin|wyoming"
)
_SENTENCE_PATTERNS = (
    ("legal", r"equal (?:employment )?opportunit|without regard to|regardless of (?:race|age|"
     r"gender)|reasonable accommodations?|affirmative action|protected (?:veteran|characteristic|"
     r"class)|sexual orientation|gender identity|national origin|e-verify|race, colou?r|"
     r"discriminat|veteran status|disability status|marital status|genetic information|"
     r"protected by (?:federal|state|local|applicable) law|fair chance|criminal histor|"
     r"pay transparency|background check|drug[- ]free|celebrate diversity|diversity,? equity|"
     r"committed to (?:diversity|building a diverse|creating (?:a|an) (?:diverse|inclusive))|"
     r"inclusive workplace|at-will"),
    ("compensation", r"\$\s?\d|\d\s?(?:usd|eur|gbp)\b|salary|pay range|compensation range|"
     r"per hour|an hour\b|/\s?(?:hr|hour)\b|hourly rate|signing bonus|sign-on bonus|"
     r"annual bonus|commission structure|ote\b|equity (?:package|grant)|stock options"),
    ("benefits", r"401\s*\(?k\)?|403\s*\(?b\)?|paid time off|\bpto\b|dental|vision (?:coverage|"
     r"insurance|plans?)|health(?:care)? (?:insurance|coverage|plans?|benefits)|medical coverage|"
     r"life insurance|parental leave|maternity|paternity|we offer|benefits (?:include|package)|"
     r"tuition (?:reimbursement|assistance)|commuter|stipend|employee discount|wellness "
     r"(?:program|stipend)|paid holidays|retirement (?:plan|savings)|pension|employer match|"
     r"gym membership|on-site gym|unlimited (?:pto|vacation)|perks?\b|relocation assistance|"
     r"learning budget|flexible spending|\bhsa\b|\bfsa\b"),
    ("physical", r"\blift(?:ing)?\b[^.;\n]{0,25}\d+\s*(?:lbs?|pounds|kg)|\d+\s*(?:lbs?|pounds)\b|"
     r"stand(?:ing)?(?:,? (?:and|or) walk(?:ing)?)? for (?:extended|long|prolonged|up to)|"
     r"sit(?:ting)? for (?:extended|long|prolonged)|climb(?:ing)? (?:ladders|stairs|scaffold)|"
     r"\bbend(?:ing)?,|stoop|kneel|crouch|crawl|push(?:ing)? (?:and|or) pull|"
     r"confined spaces|at heights|all weather|extreme (?:heat|cold|temperatures)|"
     r"physical(?:ly)? (?:demands|able|requirements)|exposure to (?:noise|dust|fumes|chemicals)|"
     r"manual dexterity|visual acuity"),
    ("apply", r"\bto apply\b|\bapply (?:by|now|online|today|through|at|via|here)\b|"
     r"submit (?:your|a|an) (?:resume|application|cv|cover letter)|send (?:your |a )?(?:resume|"
     r"cv|application)|cover letter|careers? (?:page|portal|site)|\bemail\b[^.\n]{0,40}@|"
     r"questions\?|interview process"),
    ("location", r"monday (?:through|to|-|–) friday|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|"
     r"\bhours per week|(?:day|night|evening|weekend|rotating) shifts?\b|occasional overtime|"
     r"travel (?:up to )?\d+%|\bon-?site\b|relocat|commut(?:e|ing) distance|"
     rf"(?:^|\|)\s*(?:remote|hybrid|full[- ]time|part[- ]time)\b|,\s*(?:{_STATES})\b"),
    ("company", r"\bour mission\b|\bour vision\b|\bour values\b|\bwe believe\b|\bfounded\b|"
     r"\bsince (?:18|19|20)\d\d\b|\bheadquartered\b|\bour (?:team|company|clients|customers|"
     r"platform|people|students|patients|crews?) (?:of|are|is|include|serve|build)|"
     r"\bwe are (?:a|an|the|proud|backed|one of)\b|\bbacked by\b|\baward-winning\b|"
     r"^(?:[A-Z][\w&'.-]*,? ){1,5}(?:(?:is|are|was) (?:an? (?!(?:big |huge |strong |real )?"
     r"(?:plus|must|bonus|requirement|nice|advantage|asset|prerequisite)\b)|the |one of)|"
     r"has been|serves|helps|builds|provides|operates|employs)"),
)  # fmt: skip
_SENTENCES = tuple(
    (zone, re.compile(pattern, re.IGNORECASE if zone != "company" else 0))
    for zone, pattern in _SENTENCE_PATTERNS
)
_STATE_CODE = re.compile(
    r"\b[A-Z][a-z]+, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b(?=[ \t]*(?:$|[|·,(–—-]|\d{5}))",
    re.MULTILINE,
)
_COMPANY_LOWER = re.compile(_SENTENCE_PATTERNS[-1][1].rsplit("|^", 1)[0], re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:you(?:'ll| will| have| bring)?|experience (?:with|in)|\d+\+? years|required|must"
    r"|preferred|proficien\w+|knowledge of|familiar\w*|degree|certifi\w+|licen[sc]e)\b",
    re.IGNORECASE,
)
"""Wording that asks something of the applicant: such a sentence keeps its heading's zone
even inside a paragraph of company prose."""
_TERM_HEADINGS = frozenset({"responsibilities", "requirements", "preferred"})
_SECTION_ALIASES = {"education": "requirements", "skills": "requirements"}


def classify_heading(line: str) -> str | None:
    """The zone a heading opens (``company``, ``benefits``, ``requirements``, ...), or None."""
    key = " ".join(re.sub(r"[^a-z0-9'& -]+", " ", line.lower().replace("’", "'")).split())
    if not key:
        return None
    for zone, pattern in _HEADINGS:
        if pattern.search(key):
            return zone
    return None


def sentence_zone(sentence: str) -> str | None:
    """The kind a sentence's own wording marks it as (see the module docstring), or None."""
    stripped = sentence.strip().lstrip("-*•·▪●◦■– ")
    if not stripped:
        return None
    for zone, pattern in _SENTENCES:
        if zone == "location" and _STATE_CODE.search(stripped):
            return zone
        if zone == "company":
            if pattern.search(stripped) or _COMPANY_LOWER.search(stripped):
                return zone
        elif pattern.search(stripped):
            return zone
    return None


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
        offset += len(line)
    return marks


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs (runs of lines between blank lines) of ``text[start:end]``."""
    found = []
    cursor = start
    for m in re.finditer(r"\n[ \t]*\n", text[start:end]):
        found.append((cursor, start + m.start()))
        cursor = start + m.end()
    found.append((cursor, end))
    return [(a, b) for a, b in found if text[a:b].strip()]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [
        (start + a, start + b, sentence_zone(text[start + a : start + b]))
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
    for a, b, kind in _sentences(text, start, end):
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
    if zone in _TERM_HEADINGS:
        return found + _by_sentence(text, body, end, zone, heading)
    if zone not in TERM_ZONES:
        return [Zone(zone, start, end, heading, "heading")]
    for a, b in _paragraphs(text, body, end):
        sentences = _sentences(text, a, b)
        kind = _content_zone([k for _, _, k in sentences])
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
