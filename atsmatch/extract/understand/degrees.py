"""Finding degrees in text: level, name as written, field, and "or equivalent".

Levels follow :class:`atsmatch.profile.Degree`: 1 associate, 2 bachelor, 3 master,
4 doctorate. A degree named without a level reads as a bachelor's ("university degree",
"college degree", "a degree in Physics"); "graduate degree" and "advanced degree" as a
master's. Spelled-out names ("Bachelor's", "Master of Science", "doctorate") and
unambiguous abbreviations ("B.S.", "BSc", "MBA", "Ph.D.") always count; the two-letter
abbreviations that are also ordinary tokens (BS, BA, MS, MA, AS, AA) count only in degree
context: before "degree", "in", "of", "/" or "or" and another degree; after "a"/"an"/"the"
at the end of a clause ("5 years with an MS."); or (in an education section) before a
capitalised field that is not a Microsoft product ("MS Excel").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from atsmatch.extract.background import word_set
from atsmatch.profile import Degree

__all__ = ["DegreeMention", "degree_fields", "field_matches", "find_degrees", "has_equivalent"]

_WORDS: tuple[tuple[int, str], ...] = (
    (4, r"ph\.\s?d\.?|phd|doctorate|doctoral degree|doctor of [a-z]+|d\.?phil"),
    (
        3,
        r"master(?:'s|’s)(?: degree)?|masters? (?:degree|of [a-z]+(?: administration)?|in)|mba"
        r"|(?:post-?\s?)?graduate degree|advanced degree",
    ),
    (
        2,
        r"bachelor(?:'s|’s|s)?(?: degree)?(?: of [a-z]+(?: administration)?)?|undergraduate degree|"
        r"(?:four|4)[- ]year (?:college |university )?degree"
        r"|(?:university|college|academic) degree|(?<=\ba )degree(?= in )",
    ),
    (
        1,
        r"associate(?:'s|’s|s)? degree|associate of (?:applied )?[a-z]+"
        r"|associate(?:'s|’s)(?=\s*(?:or|/)\s*(?:a\s+)?bachelor)",
    ),
)
_ABBREVIATIONS: tuple[tuple[int, str], ...] = (
    (4, r"Ph\.D\.?|PhD|DPhil|D\.Phil\.?|Ed\.D\.|EdD|J\.D\.|M\.D\."),
    (
        3,
        r"M\.B\.A\.?|MBA|M\.Sc\.?|MSc|M\.S\.|M\.A\.|MEng|M\.Eng\.?|MPH|MFA|MSW|MSN|MPA|M\.Ed\.?"
        r"|LLM|LL\.M\.|M\.Tech\.?|MTech",
    ),
    (
        2,
        r"B\.Sc\.?|BSc|B\.S\.|B\.A\.|BEng|B\.Eng\.?|B\.E\.|BTech|B\.Tech\.?|BBA|B\.B\.A\.|BFA|BSN"
        r"|BCom|B\.Com\.?|LLB|LL\.B\.|BSEE|BSCS|BSME",
    ),
    (1, r"A\.A\.S\.?|AAS|A\.A\.|A\.S\.|ADN|ASN"),
)
_AMBIGUOUS: tuple[tuple[int, str], ...] = ((3, r"MS|MA"), (2, r"BS|BA"), (1, r"AS|AA"))
_WORD_PATTERN = re.compile(
    "|".join(rf"(?P<w{level}_{i}>\b(?:{p})(?![A-Za-z]))" for i, (level, p) in enumerate(_WORDS)),
    re.IGNORECASE,
)
_ABBR_PATTERN = re.compile(
    "|".join(
        rf"(?P<a{level}_{i}>(?<![A-Za-z.])(?:{p})(?![A-Za-z]))"
        for i, (level, p) in enumerate(_ABBREVIATIONS + _AMBIGUOUS)
    )
)
_AMBIGUOUS_FORMS = frozenset({"MS", "MA", "BS", "BA", "AS", "AA"})
_DEGREE_CONTEXT = re.compile(
    r"\s*(?:degree|in\b|of\b|/|\(|,?\s*or\s+(?:[BM]\.?[SA]|Ph|Master|Bach))"
)
_AFTER_DEGREE_OR = re.compile(r"(?:/|\bor)\s*$")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|your|their)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$|\n|\s(?:or|and|with|plus|preferred|required)\b)")
_FIELD_START = re.compile(r",?\s+(?P<first>[A-Z][a-z]+)")
_PRODUCTS = word_set(
    "Office Excel Word Access Project Teams SQL Outlook PowerPoint Visio Azure Dynamics Exchange"
    " SharePoint Windows Paint Edge DOS Graph"
)
_NEGATED = re.compile(
    r"\bno (?:\w+ )?degree (?:is )?(?:required|needed|necessary)|degree (?:is )?"
    r"not (?:required|needed|necessary)",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"\s*(?:degree|diploma)?\s*(?:or (?:higher|above|greater|advanced degree))?\s*"
    r"(?:\([^)]{0,20}\))?\s*(?:,|:|-|–)?\s*"
    r"(?P<link>(?:(?:with a )?(?:major|concentration|specialization) )?(?:in|of)"
    r"(?: the (?:field|area)s? of)?)?\s+",
    re.IGNORECASE,
)
_FIELD_END = re.compile(
    r"[;.(\n|•]|\s[-–—]\s|\bor (?:an? )?equivalent|\bequivalent\b|\bwith\b|\bfrom\b|\bat\b|\bplus\b"
    r"|\brequired\b|\bpreferred\b|\bis\b|\band/or\b|\band \d|\bor \d|\d{4}"
    r"|\b(?:must|should|will|who|which|that|to|for|as|are|have|has|and have)\b",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"\b(?:an?(?:other)? )?(?:closely )?(?:related |relevant |quantitative |technical "
    r"|scientific |stem |engineering |similar )+(?:field|discipline|area|subject|major)s?"
    r"(?: of study)?\b|\bsimilar\b|\betc\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic)\b")
_EQUIVALENT = re.compile(
    r"\bor (?:an? )?equivalent|\bequivalent (?:practical |work |professional |relevant |industry )?"
    r"(?:experience|combination|training)|\bin lieu of\b|\bor (?:relevant|related|comparable|"
    r"practical|professional) (?:work |industry )?experience|\bor \d+\+? years",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DegreeMention:
    """A degree found at ``text[start:end]``."""

    degree: Degree
    start: int
    end: int


def has_equivalent(text: str) -> bool:
    """True when ``text`` accepts equivalent experience instead of a degree."""
    return _EQUIVALENT.search(text) is not None


def _accept_ambiguous(text: str, start: int, end: int, *, education: bool) -> bool:
    if _DEGREE_CONTEXT.match(text, end) or _AFTER_DEGREE_OR.search(text, max(0, start - 8), start):
        return True
    if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) and _CLAUSE_END.match(text, end):
        return True  # "5 years with an MS."
    if not education:
        return False
    m = _FIELD_START.match(text, end)
    return m is not None and m.group("first") not in _PRODUCTS


def _field(text: str, end: int, *, education: bool) -> tuple[str | None, tuple[str, ...]]:
    lead = _LEAD_IN.match(text, end)
    if lead is None or not (education or lead.group("link") or ":" in lead.group()):
        return None, ()  # a job's field follows "in"/"of": "PhD supervision" has none
    start = lead.end()
    stop = _FIELD_END.search(text, start, start + 120)
    raw = text[start : stop.start() if stop else min(len(text), start + 80)].strip(" ,:-")
    if re.match(r"(?:or|and|/)\b", raw, re.IGNORECASE):
        return None, ()
    institution = _INSTITUTION.search(raw)
    if institution is not None:
        raw = raw[: max(raw.rfind(",", 0, institution.start()), 0)].strip(" ,:-")
    if education:
        raw = raw.split(",")[0].strip()
    fields: list[str] = []
    for part in re.split(r",|/|\bor\b|\band\b|&", _RELATED.sub("", raw)):
        part = part.strip(" .,-")
        short = len(part.split()) <= 5
        if part and part[0].isalpha() and short and part.lower() not in ("a", "an"):
            fields.append(part)
    if not fields and not _RELATED.search(raw):
        return None, ()
    return raw or None, tuple(fields)


def find_degrees(
    text: str, start: int = 0, end: int | None = None, *, education: bool = False
) -> list[DegreeMention]:
    """Degrees mentioned in ``text[start:end]``, in order; negated ones ("no degree
    required") are skipped. ``education`` loosens the rule for two-letter abbreviations."""
    end = len(text) if end is None else end
    matches = sorted(
        (
            m
            for pattern in (_WORD_PATTERN, _ABBR_PATTERN)
            for m in pattern.finditer(text, start, end)
        ),
        key=lambda m: (m.start(), -m.end()),
    )
    found: list[DegreeMention] = []
    covered = -1
    for m in matches:
        if m.start() < covered or not _counts(text, m, education=education):
            continue
        covered = m.end()
        level = int((m.lastgroup or "x1")[1])
        field, fields = _field(text, m.end(), education=education)
        degree = Degree(level=level, name=m.group(), field=field, fields=fields)
        found.append(DegreeMention(degree, m.start(), m.end()))
    return _share_fields(found, text)


def _counts(text: str, m: re.Match[str], *, education: bool) -> bool:
    """An ambiguous abbreviation in degree context, not in a "no degree required" line."""
    if m.group() in _AMBIGUOUS_FORMS and not _accept_ambiguous(
        text, m.start(), m.end(), education=education
    ):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return not _NEGATED.search(text, line_start, line_end if line_end != -1 else len(text))


def _share_fields(mentions: list[DegreeMention], text: str) -> list[DegreeMention]:
    """ "BS/MS in Physics": a degree without a field takes the next one's when joined by
    "/", "or" or ","."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        here, nxt = out[i], out[i + 1]
        gap = text[here.end : nxt.start]
        if here.degree.field is None and re.fullmatch(r"\s*(?:/|,|or|and/or)\s*", gap):
            degree = replace(here.degree, field=nxt.degree.field, fields=nxt.degree.fields)
            out[i] = DegreeMention(degree, here.start, here.end)
    return out


_IMPLIED = {
    "bsn": "Nursing", "msn": "Nursing", "adn": "Nursing", "asn": "Nursing", "dnp": "Nursing",
    "bscs": "Computer Science", "bsee": "Electrical Engineering",
    "bsme": "Mechanical Engineering", "mba": "Business Administration",
    "bba": "Business Administration", "m.ed": "Education", "med": "Education",
    "ed.d": "Education", "edd": "Education", "msw": "Social Work", "mph": "Public Health",
    "bcom": "Commerce", "b.com": "Commerce", "llb": "Law", "ll.b": "Law", "llm": "Law",
    "ll.m": "Law", "j.d": "Law", "m.d": "Medicine", "mpa": "Public Administration",
}  # fmt: skip
_FAMILIES = (
    "nursing health healthcare medicine medical biology physiology pharmacy public-health"
    " kinesiology nutrition dietetics respiratory radiologic therapy",
    "computer computing software information informatics data mathematics math statistics"
    " physics engineering electrical electronics technology cybersecurity",
    "accounting accountancy finance financial economics business commerce administration"
    " management marketing mba",
    "education teaching pedagogy curriculum instruction childhood english history"
    " mathematics science special",
    "construction civil architecture building mechanical electrical engineering trades"
    " technology surveying",
    "law legal paralegal criminal justice political",
    "psychology sociology social work counseling human services",
    "marketing communications journalism advertising public relations business",
    "logistics supply chain operations transportation management business",
    "human resources hr industrial organizational psychology business management",
    "statistics mathematics math economics econometrics physics data actuarial biostatistics"
    " epidemiology quantitative analytics",
)
_FIELD_WORDS = re.compile(r"[a-z][a-z-]+")


def degree_fields(degree: Degree) -> tuple[str, ...]:
    """The fields a degree names, or the one its abbreviation implies ("BSN" → Nursing)."""
    if degree.fields:
        return degree.fields
    if degree.field:
        return (degree.field,)
    implied = _IMPLIED.get(degree.name.lower().strip(". ").rstrip("."))
    return (implied,) if implied else ()


def _words(field: str) -> set[str]:
    return {w for w in _FIELD_WORDS.findall(field.lower()) if w not in _FIELD_FILLER}


_FIELD_FILLER = word_set("of in and the science sciences arts studies degree major b s")


def _same_field(asked: str, held: str) -> bool:
    wanted, shown = _words(asked), _words(held)
    return bool(wanted) and all(any(_stem_match(w, h) for h in shown) for w in wanted)


def _stem_match(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _family(field: str) -> set[int]:
    words = _words(field)
    return {i for i, family in enumerate(_FAMILIES) if words & set(family.split())}


def field_matches(asked: Degree, held: Degree) -> bool | None:
    """Whether a degree held is in a field the job asks for: True when it names one of the
    job's fields (word for word, up to endings), or — when the job says "or a related field"
    — one of the same broad family (computing, health, business, education, trades, law,
    social science, communications, logistics, HR, quantitative); False when both name
    fields and they differ; None when either names none (nothing to compare)."""
    wanted, shown = degree_fields(asked), degree_fields(held)
    if not wanted or not shown:
        return None
    if any(_same_field(w, s) for w in wanted for s in shown):
        return True
    related = asked.field is not None and _RELATED.search(asked.field) is not None
    if related:
        families = set().union(*(_family(w) for w in wanted))
        return any(families & _family(s) for s in shown)
    return False
