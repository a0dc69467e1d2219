"""Years-of-experience phrases: "5+ years of Python", "3-5 years in data engineering",
"at least 2 years' experience with AWS", "minimum of seven (7) years", "10+ yrs", "6 months".

A phrase gives its lower bound ("3-5 years" → 3; "6 months" → 0.5). "10 years ago", "over
the past 5 years", "founded 20 years", "in business for 20 years" and ages are never
requirements; whether the others are is decided by :mod:`.jobinfo` from the flags here
(experience wording around it, "of/in/with..." after it) and the skills it names.

:func:`years_field` reads the field the years are asked in ("3+ years of nursing
experience" → "nursing"), which scoring compares with the resume's positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atsmatch.extract.background import word_set
from atsmatch.extract.understand.titles import has_role_noun
from atsmatch.profile import Profile

__all__ = ["FIELD_OR", "YearsPhrase", "find_years", "job_years_field", "years_field"]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a": 1,
    "an": 1,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(_WORD_NUMBERS) + r")(?:\s*\(\d{1,2}\))?"
_YEARS = re.compile(
    rf"(?P<lead>at least|a minimum of|minimum of|minimum|min\.?|over|more than|upwards of)?\s*"
    rf"\b(?P<low>{_NUMBER})\s*(?:\+|plus)?\s*(?:(?:-|–|—|to|or)\s*(?P<high>{_NUMBER})\s*\+?\s*)?"
    r"(?:or more\s+)?(?P<unit>years?|yrs?|months?|mos?)\b(?:['’]s?)?(?:\s+or more)?",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_AFTER = re.compile(
    r"\s*(?:old|of age|ago|in business|in operation|running)\b", re.I
)
_NOT_EXPERIENCE_BEFORE = re.compile(
    r"(?:past|last|next|first|within|after|every|each|per|up to|founded|since|for over|around for"
    r"|been around|history of|celebrating|only"
    r"|age of|aged?|(?:business|operation|operating|existence|existed|serving \w+) for)"
    r"\s*(?:the\s+)?(?:over\s+|more than\s+)?$",
    re.IGNORECASE,
)
_EXPERIENCE_AFTER = re.compile(
    r"experience|\bexp\b|background|track record|hands-on|in (?:a|an|the) .{0,40}(?:role|position|"
    r"environment|setting)",
    re.IGNORECASE,
)
_EXPERIENCE_BEFORE = re.compile(r"(?:experience|exp\.?)\s*(?:of|:|-|–)?\s*$", re.IGNORECASE)
_SKILL_LINK = re.compile(
    r"^\s*(?:(?:professional|relevant|proven|practical|commercial|hands-on|working|"
    r"industry|production|solid|strong)\s+)*(?:experience\s+)?(?:of|in|with|using|doing|working"
    r"(?: with| on| in)?|writing|developing|building|programming(?: in)?|managing|leading|"
    r"designing|administering|operating|supporting|as)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class YearsPhrase:
    """A years phrase at ``text[start:end]``; ``years`` is its lower bound. The phrase is
    about what follows it up to ``scope_end`` (the sentence end or the next phrase).
    ``experience``: experience wording is around it; ``linked``: "of/in/with..." follows."""

    years: float
    start: int
    end: int
    scope_end: int
    linked: bool
    experience: bool


def _number(text: str) -> float:
    text = text.split("(")[0].strip().lower()
    return float(_WORD_NUMBERS.get(text, 0) or float(text))


def find_years(sentence: str, offset: int = 0) -> list[YearsPhrase]:
    """Years phrases in one sentence (offsets shifted by ``offset``), in order."""
    found = []
    matches = list(_YEARS.finditer(sentence))
    for i, m in enumerate(matches):
        after = sentence[m.end() :]
        if _NOT_EXPERIENCE_AFTER.match(after):
            continue
        if _NOT_EXPERIENCE_BEFORE.search(sentence, 0, m.start("low")):
            continue
        scope_end = matches[i + 1].start() if i + 1 < len(matches) else len(sentence)
        scope = sentence[m.end() : scope_end]
        before = sentence[max(0, m.start() - 40) : m.start()]
        experience = bool(_EXPERIENCE_AFTER.search(scope) or _EXPERIENCE_BEFORE.search(before))
        link = _SKILL_LINK.match(scope)
        linked = link is not None and link.end() > 0
        value = _number(m.group("low"))
        if m.group("unit").lower().startswith("mo"):
            value = round(value / 12, 2)
        if value <= 0 or value > 40:
            continue
        start = offset + (m.start("lead") if m.group("lead") else m.start("low"))
        found.append(
            YearsPhrase(value, start, offset + m.end(), offset + scope_end, linked, experience)
        )
    return found


_GENERIC_FIELD = word_set(
    """professional relevant related progressive progressively work working industry
    hands-on proven prior previous full-time paid overall total combined direct practical
    recent demonstrated solid strong successful responsible increasing increasingly
    post-graduate post-licensure experience experiences exp background a an the of in with
    as at on setting environment role roles position positions capacity field"""
)
_FIELD_STOP = re.compile(
    r"[.;:,()\n•]|\s[-–—]\s|\b(?:and|or|including|preferred|required|is|are|with|plus|within"
    r"|who|that|which|to|for|from|is|must|will|should|ideally|such as|e\.g)\b",
    re.IGNORECASE,
)
_FIELD_LEAD = re.compile(
    r"^\s*(?:of\s+|in\s+|as\s+|working\s+(?:as|in)\s+)?(?:an?\s+|the\s+)?", re.IGNORECASE
)
_EXPERIENCE_IN = re.compile(
    r"^(?P<before>.*?)\b(?:experience|exp)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
_AFTER_EXPERIENCE = re.compile(
    r"^\s*(?:(?:in|as|with|within)\s+(?:an?\s+|the\s+)?(?P<after>.*)"
    r"|(?P<doing>[A-Za-z]+ing(?:\s+(?!in\b|at\b|on\b|for\b|of\b)[A-Za-z-]+){0,2}).*)$",
    re.IGNORECASE | re.DOTALL,
)
"""What follows "experience": "in/as/with X" → X; a gerund ("experience teaching in an
elementary classroom") → the gerund and its object, up to a preposition ("teaching")."""


def _content(clause: str) -> tuple[list[str], list[str]]:
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9+#/&'-]*", clause)
    return words, [w for w in words if w.lower() not in _GENERIC_FIELD]


_FIELD_END = re.compile(
    r"[.;:()\n•]|\s[-–—]\s|\b(?:including|preferred|required|is|are|with|plus|within"
    r"|who|that|which|to|for|from|must|will|should|ideally|preferabl[ey]|especially"
    r"|particularly|such as|e\.g)\b",
    re.IGNORECASE,
)
_OPEN_PIECE = re.compile(r"^\s*(?:an?other|other|similar|related|equivalent|comparable)\b", re.I)
_FIELD_OR = re.compile(r"\s*(?:,\s*(?:(?:and/)?or\b)?|\b(?:and/)?or\b)\s*", re.IGNORECASE)
_AS_ROLE = re.compile(
    r"\b(?:experience|exp)\s+as\s+(?:an?\s+|the\s+)?(?P<role>\S.*)$", re.IGNORECASE
)
FIELD_OR = " or "
"""How :func:`years_field` joins alternative fields ("logistics or freight forwarding")."""


def _one_field(clause: str) -> str | None:
    parts = _EXPERIENCE_IN.match(clause)
    if parts is not None:  # "teaching experience in schools": the words before it first
        before = _content(parts.group("before"))
        after = _AFTER_EXPERIENCE.match(parts.group("rest"))
        clause = (
            parts.group("before")
            if before[1]
            else (after.group("after") or after.group("doing") or "")
            if after
            else ""
        )
    words, content = _content(clause)
    if not content or len(content) > 5:
        return None
    first = words.index(content[0])
    last = len(words) - 1 - words[::-1].index(content[-1])
    return " ".join(words[first : last + 1])


def years_field(text: str, start: int, stop: int) -> str | None:
    """The field a years phrase asks for, read from ``text[start:stop]`` (what follows the
    phrase): "of nursing experience" → "nursing"; "in accounting" → "accounting";
    "of experience as a registered nurse" → "registered nurse"; "of experience" or "of
    relevant experience" → None.

    A list of alternatives joined by "or" gives each, joined by :data:`FIELD_OR` ("in
    international logistics, freight forwarding or import operations" → "international
    logistics or freight forwarding or import operations"); a role after the field ("of
    B2B closing experience as an Account Executive") is the field: positions held in that
    role are what the years count."""
    lead = _FIELD_LEAD.match(text, start, stop)
    begin = lead.end() if lead else start
    end = _FIELD_END.search(text, begin, stop)
    span = text[begin : end.start() if end else stop]
    cut = _FIELD_STOP.search(span)
    first = span[: cut.start() if cut else len(span)]
    role = _AS_ROLE.search(first)
    if role is not None and has_role_noun(role.group("role")):
        named = _one_field(role.group("role"))
        if named:
            return named
    inner = _EXPERIENCE_IN.match(first)
    if inner is not None and _content(inner.group("before"))[1]:
        return _one_field(first)  # "forklift experience in a warehouse or DC": the "or" is inside
    pieces = _FIELD_OR.split(span)
    separators = _FIELD_OR.findall(span)
    if not any(re.search(r"\bor\b", sep, re.IGNORECASE) for sep in separators):
        return _one_field(first)
    pieces = [p for p in pieces if not _OPEN_PIECE.match(p)]  # "or another specialty"
    fields = [f for f in (_one_field(p) for p in pieces) if f]
    if not fields or len(fields) != len(pieces):
        return _one_field(first)
    return FIELD_OR.join(dict.fromkeys(fields))


def job_years_field(job: Profile) -> str | None:
    """The field of a job's overall years requirement (:func:`years_field` of the phrase
    that set ``Profile.years_experience``; a required one first), or None."""
    if not job.years_experience:
        return None
    text = job.document.text
    chosen = sorted(
        (
            r
            for r in job.requirements
            if r.kind == "years" and r.concept_id is None and r.years == job.years_experience
        ),
        key=lambda r: (r.importance != "required", r.mention.start),
    )
    for requirement in chosen:
        end = requirement.mention.end
        stop = text.find("\n", end)
        field = years_field(text, end, stop if stop != -1 else len(text))
        if field:
            return field
    return None
