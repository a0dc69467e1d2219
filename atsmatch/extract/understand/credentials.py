"""Certifications, licences and clearances a job asks for that the taxonomy does not name.

A credential is one or more names (capitalised words or acronyms, joined by "and", "or",
",", "/") right before "certification", "certificate", "license"/"licence" or "clearance":
"BLS and ACLS certification" → BLS, ACLS; "Current RN license" → RN; "Active Secret
clearance" → Secret; "valid driver's license" → driver's. Names that a taxonomy
certification mention already covers are left to it.

On a resume, :func:`credential_status` reads whether a named credential is held, pursued
or expired from the list item around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from atsmatch.language.places import US_STATES

__all__ = [
    "Credential",
    "CredentialStatus",
    "accepts_pursuing",
    "credential_item",
    "credential_status",
    "eligibility_end",
    "find_credentials",
    "higher_levels",
    "lower_class",
    "other_qualifier",
]

_NAME = r"(?:[A-Z][A-Za-z0-9+&.-]*|[a-z]+['’]s)"
# A name starts a word (the look-behind): without it every letter of a long token was a
# start, each scanning the rest of the token, quadratic in the token's length.
_CREDENTIAL = re.compile(
    rf"(?<![A-Za-z0-9+&.'’-])(?P<names>{_NAME}(?:(?:\s*(?:,|/|\band\b|\bor\b|&)\s*|\s+){_NAME}){{0,5}})\s+"
    r"(?P<kind>certifications?|certificates?|licen[cs]es?|clearance)\b"
)
_SPLIT = re.compile(r"\s*(?:,|/|\band\b|\bor\b|&)\s*")
_NOT_NAMES = frozenset(
    {"A", "An", "The", "Current", "Active", "Valid", "Relevant", "Professional", "Industry",
     "Any", "Other", "Related", "Required", "Preferred", "Must", "Our", "Your", "This"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Credential:
    """A credential name at ``text[start:end]``, e.g. ``"ACLS certification"``."""

    name: str
    start: int
    end: int


def find_credentials(text: str, start: int = 0, end: int | None = None) -> list[Credential]:
    """Credentials named in ``text[start:end]``, in order."""
    found = []
    for m in _CREDENTIAL.finditer(text, start, len(text) if end is None else end):
        kind = m.group("kind").lower().rstrip("s")
        offset = m.start("names")
        for piece in re.finditer(r"[^,/&]+", m.group("names")):
            for name in _SPLIT.split(piece.group()):
                words = [w for w in name.split() if w not in _NOT_NAMES]
                if not words:
                    continue
                label = " ".join(words)
                at = text.find(label, offset + piece.start(), m.end("names"))
                if at != -1:
                    found.append(Credential(f"{label} {kind}", at, at + len(label)))
    return found


CredentialStatus = Literal["held", "pursuing", "expired"]
"""Whether a resume holds a credential it names: ``held`` (the default), ``pursuing``
(candidate, in progress, exam scheduled, eligible, expected, studying for, passed some
parts) or ``expired`` (expired, lapsed, inactive)."""

_PURSUING = re.compile(
    r"\b(?:candidates?|candidacy|pursuing|in[- ]progress|in process|expected|anticipated"
    r"|scheduled|eligible|eligibility|working (?:toward|towards|on)|studying(?: for)?"
    r"|preparing(?: for)?|enrolled|pending|planned|sitting for|to sit\b|will sit"
    r"|passed \d(?: of|/)\s*\d|\d (?:of|/) ?\d (?:parts|sections|exams)|(?:parts|sections) passed"
    r"|not yet|applicant|aspiring|trainee|in training"
    r"|(?:learner|learning|instruction)['’]?s? permit|permit holder)\b",
    re.IGNORECASE,
)
_EXPIRED = re.compile(
    r"\b(?:expired|lapsed|inactive|not current|no longer (?:active|current|valid)|revoked"
    r"|formerly|retired status)\b",
    re.IGNORECASE,
)
_SEGMENT_BREAK = re.compile(r"[,;|•·\n]|\s[-–—]\s")


def _segment(text: str, start: int, end: int) -> str:
    """The list item holding ``text[start:end]``: from the previous separator (comma,
    semicolon, bar, bullet, line break) to the next one outside parentheses, plus a next
    item that opens with a status ("PMP, expected 2026")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = [m.end() for m in _SEGMENT_BREAK.finditer(text, line_start, start)]
    left = before[-1] if before else line_start
    right, depth = end, 0
    while right < len(text):
        char = text[right]
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and _SEGMENT_BREAK.match(text, right):
            break
        right += 1
    segment = text[left:right]
    following = _SEGMENT_BREAK.match(text, right)
    if following is not None and text[right] != "\n":
        stop = _SEGMENT_BREAK.search(text, following.end())
        nxt = text[following.end() : stop.start() if stop else len(text)].strip()
        if len(nxt.split()) <= 4 and (_PURSUING.match(nxt) or _EXPIRED.match(nxt)):
            segment += " " + nxt
    return segment


def credential_status(text: str, start: int, end: int) -> CredentialStatus:
    """The status a resume gives the credential named at ``text[start:end]``:
    "PMP candidate (exam scheduled)", "Pursuing CPA licensure", "CPA exam: passed 2 of 4"
    → ``pursuing``; "RN license (expired 2019)" → ``expired``; else ``held``."""
    segment = _segment(text, start, end).replace(text[start:end], " ")
    if _EXPIRED.search(segment):
        return "expired"
    if _PURSUING.search(segment):
        return "pursuing"
    return "held"


_ELIGIBLE = re.compile(
    r"(?:-|[ \t]+)(?:eligible|candidate)\b|[ \t]*\(?or[ \t]+(?:eligible|a[ \t]+candidate)\b\)?"
    r"|[ \t]+or[ \t]+(?:actively[ \t]+)?(?:pursuing|working[ \t]+toward)\b",
    re.IGNORECASE,
)
_ACCEPTS = re.compile(r"(?:eligible|candidate|pursuing|working\s+toward)\W*$", re.IGNORECASE)


def eligibility_end(text: str, end: int) -> int | None:
    """Where a job's "eligible" wording right after a credential named at ``text[..end]``
    ends ("CPA-eligible", "CPA (or eligible)", "PMP or working toward"), or None."""
    found = _ELIGIBLE.match(text, end)
    return found.end() if found else None


def accepts_pursuing(forms: tuple[str, ...]) -> bool:
    """The job's wordings of a credential accept a candidate for it ("CPA or CPA-eligible"):
    a resume that names it as pursued meets it."""
    return any(_ACCEPTS.search(form) for form in forms)


_CLASS = re.compile(
    r"\bclass[ \t-]?(?P<a>[ABC])\b|\bCDL[ \t-]?(?P<b>[ABC])\b|\b(?P<c>[ABC])[ \t-]CDL\b"
)


def _classes(texts: Iterable[str]) -> set[str]:
    found = set()
    for text in texts:
        for m in _CLASS.finditer(text):
            found.add(m.group("a") or m.group("b") or m.group("c"))
    return found


_TYPE = re.compile(r"\b(?:type[ \t]+(?P<t>III|II|I|[123])\b|(?P<u>universal))", re.IGNORECASE)
_ROMAN = {"1": "I", "2": "II", "3": "III"}


def _types(texts: Iterable[str]) -> set[str]:
    found = set()
    for text in texts:
        for m in _TYPE.finditer(text):
            kind = m.group("t")
            found.add("UNIVERSAL" if kind is None else _ROMAN.get(kind, kind.upper()))
    return found


def lower_class(asked: Iterable[str], held: Iterable[str]) -> bool:
    """A licence held in a lower class or narrower type than the job asks for, when both
    name one. Classes: A above B above C; the job's most permissive class is the minimum it
    accepts: "Class B CDL" for "Class A CDL required" is lower, "Class A" for "Class B or
    higher" is not. Types: "Universal" covers Types I, II and III: "EPA 608 Type I" for
    "EPA 608 Universal" is lower, "Universal" for "Type II" is not."""
    asked, held = list(asked), list(held)
    wanted, shown = _classes(asked), _classes(held)
    if wanted and shown and min(shown) > max(wanted):
        return True
    if any(_PERMIT.search(h) for h in held) and not any(_PERMIT.search(a) for a in asked):
        return True
    kinds, have = _types(asked), _types(held)
    if not kinds or not have or "UNIVERSAL" in have:
        return False
    return "UNIVERSAL" in kinds or not kinds & have


_PERMIT = re.compile(r"\b(?:substitute|emergency|intern)\b", re.IGNORECASE)
_STATES = "|".join(US_STATES)
_STATE = re.compile(rf"\b(?:{_STATES})\b")
_COMPACT = re.compile(
    r"\b(?:compact|multi-?state|NLC|reciprocity|out[- ]of[- ]state"
    r"|(?:any|another|other)\s+(?:U\.?S\.?\s+)?states?)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"\b(?P<a>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+endorsement\b"
    r"|\bendorsements?[ \t]+(?:in|for)[ \t]+(?P<b>[A-Z][a-z]+)"
    r"|\b(?P<c>Multiple|Single)[ \t]+Subject\b(?:[^,;\n]*?\bin[ \t]+(?P<d>[A-Z][a-z]+))?"
)


def _subjects(text: str) -> set[str]:
    found = set()
    for m in _SUBJECT.finditer(text):
        found.add((m.group("a") or m.group("b") or m.group("d") or m.group("c")).lower())
    return found - {"a", "an", "the", "with", "valid", "current"}


def other_qualifier(asked: Iterable[str], held: Iterable[str]) -> tuple[str, str] | None:
    """A credential held for another US state or subject than the job names: ``("state",
    "Texas")`` for a "Texas Teaching Certificate" when the job's wording around it asks for
    California; ``("subject", "english")`` for an English endorsement when the job asks for
    Science. Only when both sides name one (a resume naming no state is unknown, not wrong),
    and no state when the job also accepts a compact/multistate licence or another state
    ("Oregon or another state", "out-of-state reciprocity")."""
    asked, held = list(asked), list(held)
    states = {s for text in asked for s in _STATE.findall(text)}
    shown = {s for text in held for s in _STATE.findall(text)}
    if states and shown and not states & shown and not any(_COMPACT.search(a) for a in asked):
        return "state", " / ".join(sorted(shown))
    subjects = {s for text in asked for s in _subjects(text)}
    have = {s for text in held for s in _subjects(text)}
    if subjects and have and not subjects & have:
        return "subject", " / ".join(sorted(have))
    return None


def credential_item(text: str, start: int, end: int) -> str:
    """The resume's list item naming a credential at ``text[start:end]`` ("EPA Section 608
    Type I (small appliances)"), which holds its class or type when the name does not."""
    return _segment(text, start, end)


HIGHER: dict[str, tuple[str, ...]] = {
    "atsmatch:shrm-cp": ("atsmatch:shrm-scp",),
    "atsmatch:aphr": ("atsmatch:phr", "atsmatch:sphr"),
    "atsmatch:phr": ("atsmatch:sphr",),
    "atsmatch:osha-10": ("atsmatch:osha-30",),
}
"""Credentials met by a higher one of the same ladder (the same body's senior level, or the
longer course): SHRM-SCP meets SHRM-CP, SPHR meets PHR and aPHR, OSHA 30 meets OSHA 10."""


def higher_levels(concept_id: str) -> tuple[str, ...]:
    """The credentials that meet ``concept_id`` as higher levels of it (:data:`HIGHER`)."""
    return HIGHER.get(concept_id, ())
