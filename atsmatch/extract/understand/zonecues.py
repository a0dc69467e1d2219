"""Cue words of posting zones: how a heading and a sentence say what kind of text they are.

Used by :mod:`atsmatch.extract.understand.zones` (the rules are described there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from atsmatch.language.places import US_STATES
from atsmatch.language.prefilter import PatternFilter

__all__ = ["classify_heading", "sentence_zone"]

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

_STATES = "|".join(state.lower() for state in US_STATES)
_SENTENCE_PATTERNS = (
    ("legal", r"equal (?:employment )?opportunit|without regard to|regardless of (?:race|age|"
     r"gender)|reasonable accommodations?|affirmative action|protected (?:veteran|characteristic|"
     r"class)|sexual orientation|gender identity|national origin|e-verify|race, colou?r|"
     r"discriminat|veteran status|disability status|marital status|genetic information|"
     r"protected by (?:federal|state|local|applicable) law|fair chance|criminal histor|"
     r"pay transparency|background check|drug[- ]free|celebrate diversity|diversity,? equity|"
     r"committed to (?:diversity|building a diverse|creating (?:a|an) (?:diverse|inclusive))|"
     r"inclusive workplace|at-will"),
    ("compensation", r"\$\s?\d|\d\s?(?:usd|eur|gbp)\b|salary (?:range|of|is|band)|"
     r"(?:starting|base|annual) salary|pay range|compensation range|"
     r"per hour|an hour\b|/\s?(?:hr|hour)\b|hourly rate|signing bonus|sign-on bonus|"
     r"annual bonus|commission structure|\bote\b|equity (?:package|grant)|stock options"),
    ("benefits", r"401\s*\(?k\)?|403\s*\(?b\)?|paid time off|\bpto\b|"
     r"dental (?:insurance|coverage|plans?|benefits)|(?:medical|health),? dental|"
     r"dental(?:,| and| &) vision|vision (?:coverage|"
     r"insurance|plans?)|health(?:care)? (?:insurance|coverage|plans?|benefits)|medical coverage|"
     r"life insurance|parental leave|maternity|paternity|we offer|benefits (?:include|package)|"
     r"tuition (?:reimbursement|assistance)|commuter|stipend|employee discount|wellness "
     r"(?:program|stipend)|paid holidays|retirement (?:plan|savings)|pension plan|employer match|"
     r"gym membership|on-site gym|unlimited (?:pto|vacation)|perks?\b|relocation assistance|"
     r"learning budget|flexible spending|\bhsa\b|\bfsa\b"),
    ("physical", r"\blift(?:ing)?\b[^.;\n]{0,25}\d+\s*(?:lbs?|pounds|kg)|\d+\s*(?:lbs?|pounds)\b|"
     r"stand(?:ing)?(?:,? (?:and|or) walk(?:ing)?)? for (?:extended|long|prolonged|up to)|"
     r"sit(?:ting)? for (?:extended|long|prolonged)|climb(?:ing)? (?:ladders|stairs|scaffold)|"
     r"\bbend(?:ing)?,|stooping|kneeling|crouching|crawling|push(?:ing)? (?:and|or) pull|"
     r"(?:work|working) in (?:confined spaces|all weather)|at heights|all weather|"
     r"extreme (?:heat|cold|temperatures)|"
     r"physical(?:ly)? (?:demands|able|requirements)|exposure to (?:noise|dust|fumes|chemicals)|"
     r"manual dexterity|visual acuity"),
    ("apply", r"\bto apply\b|\bapply (?:by|now|online|today|through|at|via|here)\b|"
     r"submit (?:your|a|an) (?:resume|application|cv|cover letter)|send (?:your |a )?(?:resume|"
     r"cv|application)|cover letter|careers? (?:page|portal|site)|\bemail\b[^.\n]{0,40}@|"
     r"questions\?"),
    ("location", r"monday (?:through|to|-|–) friday|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|"
     r"\bhours per week|(?:work|working|available for|availability (?:for|to work)) (?:\w+ )?"
     r"(?:day|night|evening|weekend|rotating|overnight) shifts?\b|occasional overtime|"
     r"travel (?:up to )?\d+%|relocation (?:assistance|package|available|support)|"
     r"commut(?:e|ing) distance|"
     rf"(?:^|[|·])\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time)\b|,\s*(?:{_STATES})\b"),
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
_COMPANY_START = re.compile(_SENTENCE_PATTERNS[-1][1].rsplit("|^", 1)[1])
_STATEMENT = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in (
        (
            "legal",
            r"\b(?:employer|applicants?|employment opportunit\w*|regardless|without regard|"
            r"protected|we (?:are|do|will|participate|celebrate)|our (?:company|workplace))\b"
            r"|e-verify",
        ),
        (
            "benefits",
            r"\b(?:we offer|offer\w*|you(?:'ll| will) (?:get|receive|enjoy)|includ\w*|"
            r"eligib\w*|provided|coverage|match|paid|free|through)\b",
        ),
        ("compensation", r"\$|\b(?:per hour|range|starting|base|ote|equity|bonus|depending)\b"),
        ("apply", r"\b(?:you|your|please|candidates?|applicants?|submit|send|email|apply)\b"),
        (
            "physical",
            r"\b(?:able|ability|must|frequent\w*|occasional\w*|regular\w*|required|"
            r"up to|lbs?|pounds|kg|extended|prolonged)\b",
        ),
    )
}
"""Inside a list of duties or requirements, a sentence is read as benefits, pay, legal,
apply or physical text only when it is also worded as a statement to the applicant ("We
offer a 401(k) match", "Acme is an equal opportunity employer"): "Investigate
discrimination complaints" or "Administer the 401(k) plan" are duties."""


def classify_heading(line: str) -> str | None:
    """The zone a heading opens (``company``, ``benefits``, ``requirements``, ...), or None."""
    key = " ".join(re.sub(r"[^a-z0-9'& -]+", " ", line.lower().replace("’", "'")).split())
    if not key:
        return None
    for zone, pattern in _HEADINGS:
        if pattern.search(key):
            return zone
    return None


def sentence_zone(sentence: str, *, strict: bool = False) -> str | None:
    """The kind a sentence's own wording marks it as (see the module docstring), or None.

    ``strict`` (a sentence among duties or requirements): benefits, pay, legal, apply and
    physical kinds also need statement wording (:data:`_STATEMENT`).
    """
    stripped = sentence.strip().lstrip("-*•·▪●◦■– ")
    if not stripped:
        return None
    index, patterns = _filter()
    possible = patterns.possible(stripped)
    for zone, pattern in _SENTENCES:
        if zone == "location" and index[_STATE_CODE] in possible and _STATE_CODE.search(stripped):
            return zone
        if zone == "company":
            # ``pattern`` is its lower-case cues or a name at the start: the first are met
            # by _COMPANY_LOWER (the same cues, any case), the second by _COMPANY_START
            if _COMPANY_START.match(stripped) or (
                index[_COMPANY_LOWER] in possible and _COMPANY_LOWER.search(stripped)
            ):
                return zone
        elif index[pattern] in possible and pattern.search(stripped):
            statement = _STATEMENT.get(zone)
            if (
                strict
                and statement is not None
                and not (index[statement] in possible and statement.search(stripped))
            ):
                continue
            return zone
    return None


@lru_cache(maxsize=1)
def _filter() -> tuple[dict[re.Pattern[str], int], PatternFilter]:
    patterns = [p for _, p in _SENTENCES] + [_STATE_CODE, _COMPANY_LOWER, *_STATEMENT.values()]
    return {p: i for i, p in enumerate(patterns)}, PatternFilter(patterns)
