"""Contact details: name, email, phone, LinkedIn / GitHub / other URLs, and location.

Email, phone, LinkedIn and GitHub are searched in the whole text (first match wins); the
name, other URLs and the location only in the contact area, the lines before the first
section heading (at most :data:`CONTACT_LINES` lines). When the reader knows type sizes
(PDF), the line in the largest type on the first page is tried for the name first: it
may stand anywhere (a sidebar read before the main column) and may be a single word.
"""

from __future__ import annotations

import re

from atsmatch.document import Contact, Section
from atsmatch.parse.structure.places import is_place, locations, remove_locations
from atsmatch.parse.structure.sections import canonical_heading

__all__ = [
    "CONTACT_LINES",
    "contact_area",
    "find_contact",
    "find_email",
    "find_location",
    "find_name",
    "find_phone",
    "remove_locations",
]

CONTACT_LINES = 12

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LINKEDIN = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[\w%-]+/?", re.IGNORECASE
)
GITHUB = re.compile(r"(?:https?://)?(?:www\.)?github\.com/[\w-]+/?", re.IGNORECASE)
_URL = re.compile(
    r"(?<![@\w.-])(?:https?://[^\s|,;()<>]+|www\.[^\s|,;()<>]+"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|site|app|co|tech|page|info|xyz)"
    r"(?:/[^\s|,;()<>]*)?)(?![\w@])",
    re.IGNORECASE,
)
# Phone separators: space, dot, hyphen, and the Unicode hyphens and dashes that
# typesetting puts there (U+2010 hyphen, U+2011 non-breaking hyphen, figure dash, en dash).
_SEP = "[\\s.\\-\u2010\u2011\u2012\u2013]"
_PHONE = re.compile(
    rf"(?<![\w+(])(?:\+\d{{1,3}}{_SEP}?|\(\+\d{{1,4}}\){_SEP}?)?(?:\(\d{{1,4}}\){_SEP}?)?"
    rf"\d{{1,4}}(?:{_SEP}\d{{1,8}}){{1,5}}(?!\w)"
    rf"|(?<![\w+])\+\d{{1,3}}{_SEP}?\d{{6,12}}(?!\w)|(?<![\w(])\(\d{{3}}\)\s?\d{{3}}-\d{{4}}(?!\w)"
)
_CUT = re.compile(r"[.\-\u2010\u2011\u2012\u2013]?\w|\s?\*")  # runs on ("87xxx", "***"): masked
_YEAR_RANGE = re.compile(r"^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "dos"}
_NOT_NAME = {
    "resume", "résumé", "curriculum", "vitae", "cv", "page", "contact", "profile", "engineer",
    "developer", "manager", "designer", "analyst", "scientist", "consultant", "intern",
    "director", "programmer", "architect", "administrator", "specialist", "officer", "lead",
    "senior", "junior", "inc", "llc", "ltd", "gmbh", "university", "street", "avenue", "road",
}  # fmt: skip
_NAME_PARTS = 3
_GREETINGS = {"hello", "hi", "hey", "welcome", "bonjour", "hallo", "hola", "ciao"}
_TITLE_WORD = re.compile(r"\s+(?:resume|résumé|cv|curriculum vitae)$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:\||•|·|\t|–|—| - )\s*")
_CONTACT_HEADINGS = frozenset(
    {
        "contact", "contacts", "contact information", "contact info", "contact details",
        "contact me", "personal information", "personal info", "personal details",
        "personal data", "kontakt", "kontaktdaten", "persönliche daten", "coordonnées",
        "contacto", "datos personales", "联系方式", "个人信息",
    }
)  # fmt: skip


def find_email(text: str) -> str | None:
    match = EMAIL.search(text)
    return match.group(0).rstrip(".") if match else None


def find_phone(text: str) -> str | None:
    """The first phone number: 7-15 digits, international, US or European style."""
    for match in _PHONE.finditer(text):
        candidate = match.group(0).strip(" .-\u2010\u2011\u2012\u2013")
        if _CUT.match(text, match.end()):
            continue
        digits = sum(c.isdigit() for c in candidate)
        if not 7 <= digits <= 15 or _YEAR_RANGE.match(candidate):
            continue
        if not (candidate.startswith("+") or "(" in candidate or digits >= 9):
            continue
        if re.fullmatch(rf"\d{{4}}{_SEP}\d{{1,2}}({_SEP}\d{{1,2}})?", candidate):
            continue  # a date such as 2020-01-15
        return candidate
    return None


def _name_word(word: str) -> bool:
    """A capitalised word of letters (any script), apostrophes and hyphens; an initial
    ("J."); or a particle such as "van" or "de"."""
    if word in _PARTICLES:
        return True
    letters = word.rstrip(".").replace("'", "").replace("’", "").replace("-", "")
    return bool(letters) and letters.isalpha() and word[0].isupper() and len(letters) < 25


def find_name(lines: list[str]) -> str | None:
    """The first line, or part of a line split at ``|``, ``•``, a tab ... (its first three
    parts: "Curriculum Vitae | Jane Doe"), that reads as a name; a trailing "Resume" or
    "CV" on the name's line is set aside ("JANE DOE | RESUME")."""
    for line in lines:
        for part in _SPLIT.split(line.strip())[:_NAME_PARTS]:
            part = _TITLE_WORD.sub("", part.strip().rstrip(","))
            words = part.split()
            if not 2 <= len(words) <= 5 or canonical_heading(part):
                continue
            if any(w.lower().strip(".") in _NOT_NAME for w in words):
                continue
            if all(_name_word(w) for w in words) and not all(w in _PARTICLES for w in words):
                return part
    return None


def _title_name(line: str) -> str | None:
    """The name on the line set in the largest type, which may be one word ("Alice") or in
    a script without capitals ("王小明"); its first three parts are tried as in
    :func:`find_name`."""
    for part in _SPLIT.split(line.strip())[:_NAME_PARTS]:
        part = _TITLE_WORD.sub("", part.strip().rstrip(","))
        words = part.split()
        if not 1 <= len(words) <= 5 or canonical_heading(part):
            continue
        if any(w.lower().strip(".") in _NOT_NAME for w in words):
            continue
        if any(w.lower().strip("!,.") in _GREETINGS for w in words):
            continue
        caseless = all(w.isalpha() and w.lower() == w.upper() for w in words)
        if caseless and len(part.replace(" ", "")) >= 2:
            return part
        if len(words) == 1 and (len(part) < 3 or (part.isupper() and len(part) <= 3)):
            continue  # a monogram ("JD") or initials, not a name
        if all(_name_word(w) for w in words) and words[0] not in _PARTICLES:
            return part
    return None


def find_location(lines: list[str]) -> str | None:
    """The first "City, ST" (US state, Canadian province) or "City, Country" in ``lines``;
    else the first line, or part of a line split at ``|``, ``•``, a tab ..., that is
    only the name of a country, state or province ("United Kingdom" beside an icon)."""
    for line in lines:
        line = EMAIL.sub(" | ", line)  # "Springfield, IL jo@x.com": the place, not the mail
        for start, end in locations(line):
            return line[start:end].strip()
    for line in lines:
        for part in _SPLIT.split(line.strip()):
            if is_place(part.strip()):
                return part.strip()
    return None


def _urls(text: str) -> tuple[str, ...]:
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".")
        if LINKEDIN.search(url) or GITHUB.search(url) or "@" in url:
            continue
        if url not in found:
            found.append(url)
    return tuple(found)


def contact_area(text: str, first_section: int | None) -> list[str]:
    """The lines before the first section heading, at most :data:`CONTACT_LINES` of them."""
    head = text[:first_section] if first_section is not None else text
    lines = [line for line in head.split("\n") if line.strip()]
    return lines[:CONTACT_LINES]


def find_contact(
    text: str,
    *,
    first_section: int | None = None,
    title: tuple[int, int] | None = None,
    sections: tuple[Section, ...] = (),
) -> Contact:
    """Contact details of ``text``; ``first_section`` is the offset of its first section,
    ``title`` the span of the text the layout sets in the largest type (see
    :class:`~atsmatch.parse.raw.RawText`): when it reads as a name, it is the name.
    A section of ``sections`` headed "Contact", "Personal Information" ... (a sidebar's
    contact block) adds its lines to the contact area for the location and URLs."""
    lines = contact_area(text, first_section)
    titled = _title_name(text[title[0] : title[1]]) if title is not None else None
    for section in sections:
        if _key(section.heading) in _CONTACT_HEADINGS:
            body = text[section.start : section.end].split("\n")[1:]
            lines += [line for line in body if line.strip()][:CONTACT_LINES]
    area = "\n".join(lines)
    linkedin = LINKEDIN.search(text)
    github = GITHUB.search(text)
    return Contact(
        name=titled or find_name(lines[:6]),
        email=find_email(text),
        phone=find_phone(area) or find_phone(text),
        linkedin=linkedin.group(0).rstrip("/") if linkedin else None,
        github=github.group(0).rstrip("/") if github else None,
        urls=_urls(area),
        location=find_location(lines),
    )


def _key(heading: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", heading.casefold()).split())
