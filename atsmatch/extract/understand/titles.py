"""Job titles and seniority.

A job's title is, first match wins: a "Title:", "Position:", "Role:" or "Job Title:" line;
the first line of the ad when it reads as a title (short, no sentence punctuation, not a
section heading); or the role in "we are looking for / hiring / seeking a ... Developer".
A separator (" — ", " | ", " - ", "(") cuts a team or location off the title.

Seniority comes from the title's words, in this order: intern, executive, director,
principal, staff, lead, manager, senior, mid, junior; then from an explicit phrase in the
text ("entry-level", "mid-level", "Seniority: Senior"). :data:`SENIORITY` lists the levels.
"""

from __future__ import annotations

import re

from atsmatch.extract.background import word_set
from atsmatch.extract.understand.jobtext import is_heading_line
from atsmatch.parse.structure.sections import canonical_heading

__all__ = [
    "SENIORITY",
    "field_words",
    "find_job_title",
    "has_role_noun",
    "in_field",
    "same_word",
    "seniority_in_text",
    "seniority_of",
    "split_title",
]

SENIORITY = (
    "intern", "junior", "mid", "senior", "lead", "staff", "principal", "manager", "director",
    "executive",
)  # fmt: skip
"""Seniority levels, from least to most senior (managers and directors sit after the
individual-contributor track; compare them with care)."""

_TITLE_LINE = re.compile(
    r"^\s*(?:job\s+title|title|position|role|job|opening|vacancy)\s*[:|–-]\s*(?P<title>\S.{1,90}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_LOOKING_FOR = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for|in search of)\s+"
    r"(?:an?\s+|our (?:next|new|first)\s+)?"
    r"(?:(?:talented|skilled|motivated|experienced|passionate|driven|highly|strong|dedicated|"
    r"creative|curious|seasoned|exceptional|great)\s+)*"
    r"(?P<title>[A-Z][\w+#&/-]*(?:\.[A-Za-z]\w*)*(?:\s+(?:of\s+)?[A-Z][\w+#&/-]*(?:\.[A-Za-z]\w*)*){0,5})"
)
_SEPARATORS = re.compile(r"\s+[—–|]\s+|\s+-\s+|\s*\(|,\s+|\s+at\s+|\s*@\s*")
ROLE_NOUNS = word_set(
    """engineer developer manager analyst scientist designer architect administrator specialist
    consultant director lead intern nurse accountant technician coordinator assistant associate
    officer representative programmer tester writer editor recruiter teacher agent advisor
    executive president head supervisor operator clerk auditor economist researcher strategist
    owner master sre devops physician therapist pharmacist attorney lawyer paralegal mechanic
    electrician driver chef cook cashier salesperson marketer planner controller bookkeeper
    instructor professor lecturer tutor counselor worker trainee apprentice partner principal
    fellow artist producer buyer estimator inspector surveyor technologist hygienist dentist
    veterinarian pilot dispatcher receptionist secretary underwriter actuary adjuster broker
    banker trader teller investigator guard firefighter officer scrum specialist expert
    contractor freelancer founder cto ceo cfo coo cio ciso vp generalist paraprofessional
    aide"""
)
_LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        ("intern", r"\b(?:intern(?:ship)?|co-?op|trainee|apprentice|working student)\b"),
        ("executive", r"\b(?:chief|c[teofi]o|ciso|vice president|s?vp|evp|president|head of)\b"),
        ("director", r"\bdirector\b"),
        ("principal", r"\b(?:principal|distinguished|fellow)\b"),
        ("staff", r"\bstaff (?=.*\b(?:engineer|developer|scientist|designer|architect|sre)\b)"),
        ("lead", r"\b(?:lead|tech lead|team lead|leader)\b"),
        ("manager", r"\bmanager\b"),
        ("senior", r"\b(?:senior|sr\.?|snr|experienced)(?!\w)|\b(?:iii|iv|3|4)$"),
        ("mid", r"\b(?:mid|mid-level|intermediate|ii|2)$|\bmid[- ]level\b|\bintermediate\b"),
        (
            "junior",
            r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad)(?!\w)|\s(?:i|1)$",
        ),
    )
)
_TEXT_LEVEL = re.compile(
    r"\b(?P<level>entry|junior|mid|senior|executive)[- ]level\b"
    r"|\b(?:seniority|experience level|level|experience)\s*:\s*(?P<named>[A-Za-z-]+)",
    re.IGNORECASE,
)


def split_title(line: str) -> str:
    """The role part of a title line: "Senior Engineer — Payments (Remote)" → "Senior Engineer"."""
    parts = [p.strip(" *#:") for p in _SEPARATORS.split(line.strip()) if p.strip(" *#:")]
    if not parts:
        return line.strip()
    for part in parts:
        words = {w.lower().strip(".,") for w in part.split()}
        if words & ROLE_NOUNS:
            return part
    return parts[0]


def has_role_noun(text: str) -> bool:
    """True when a word of ``text`` is a role noun ("engineer", "nurse", "analyst", ...)."""
    return any(w.lower().strip(".,()") in ROLE_NOUNS for w in text.split())


def find_job_title(text: str) -> tuple[str, int, int] | None:
    """The job's title with its ``(start, end)`` in ``text``, or None."""
    head = text[:4000]
    m = _TITLE_LINE.search(head)
    if m is not None:
        title = split_title(m.group("title"))
        start = m.start("title") + m.group("title").find(title)
        return title, start, start + len(title)
    offset = len(head) - len(head.lstrip())
    first = head[offset:].split("\n", 1)[0]
    plain = first.strip().strip("#*").strip()
    if (
        plain
        and ":" not in plain
        and is_heading_line(first)
        and canonical_heading(first) is None
        and not (plain.lower().startswith(("about", "job description", "company", "overview")))
    ):
        title = split_title(plain)
        if has_role_noun(title) or len(title.split()) <= 6:
            start = offset + first.find(title)
            return title, start, start + len(title)
    m = _LOOKING_FOR.search(head)
    if m is not None and has_role_noun(m.group("title")):
        return m.group("title"), m.start("title"), m.end("title")
    return None


def seniority_of(title: str) -> str | None:
    """The seniority a title states ("Sr. Data Engineer" → ``senior``), or None."""
    clean = title.strip()
    for level, pattern in _LEVEL_WORDS:
        if pattern.search(clean):
            return level
    return None


def seniority_in_text(text: str) -> str | None:
    """An explicit seniority phrase in the text ("mid-level", "Seniority: Senior"), or None."""
    for m in _TEXT_LEVEL.finditer(text):
        word = (m.group("level") or m.group("named") or "").lower()
        if word == "entry":
            return "junior"
        level = seniority_of(word)
        if level is not None:
            return level
    return None


_ENDINGS = word_set(
    """e s es d ed r rs er ers or ors ing ings ant ants ent ents ment ments ist ists ian ians
    ician icians ion ions ation ations al als ical ic ics y ies ance ence ity ive"""
) | {""}
_FIELD_NOISE = word_set(
    """senior sr junior jr lead principal staff head chief associate assistant intern i ii
    iii iv the a an of and for in at to with &"""
)


_GENERIC_HEADS = word_set(
    """engineering management operations development administration analysis services
    service support work coordination planning design marketing"""
)
_SUPPORT_ROLES = word_set("assistant assistants aide aides paraprofessional paraeducator helper")
"""Last words of a field that many fields share: "production engineering" needs
"production" in the title, not only "engineer" ("Software Engineer" is not in it)."""
_ROLE_FIELDS = tuple(
    (re.compile(pattern, re.IGNORECASE), field)
    for pattern, field in (
        (r"\baccount (?:executive|manager)\b|\bbusiness development\b|\b[sb]dr\b", "sales"),
        (r"\brecruit(?:er|ing)\b|\btalent acquisition\b|\bpeople operations\b", "hr"),
        (r"\b(?:bookkeeper|controller|auditor)\b", "accounting"),
    )
)
"""Titles that name a role in a field without its word: an Account Executive works in
sales, a Recruiter in HR, a Bookkeeper in accounting."""
_QUALIFIERS = word_set(
    """registered licensed certified professional general staff experienced qualified
    practical entry level senior junior"""
)


def same_word(word: str, other: str) -> bool:
    """Two forms of one word: equal, or a shared stem (five letters, or four with an ending
    on both) followed by common endings ("nurse"/"nursing", "accounting"/"accountant",
    "teach"/"teacher", "manager"/"management"); "data"/"database" differ."""
    a, b = word.lower(), other.lower()
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    for cut in range(shared, 3, -1):
        ends = (a[cut:], b[cut:])
        if all(e in _ENDINGS for e in ends) and (cut >= 5 or all(ends)):
            return True  # a bare four-letter stem needs an ending on both ("care"/"career")
    return False


def field_words(field: str) -> list[str]:
    """The words of a field that must be matched ("registered nurse" → both)."""
    words = re.findall(r"[a-z0-9][a-z0-9+#'-]*", field.lower())
    return [w for w in words if w not in _FIELD_NOISE and len(w) > 1]  # "HVAC/R": no "r"


def in_field(title: str, body: str, field: str, *, context: str = "") -> bool:
    """A position belongs to ``field`` ("nursing", "registered nurse", "accounting") when its
    title shows it: a field ending in a role noun ("registered nurse") needs that noun in
    the title with every other word but generic qualifiers ("registered", "licensed",
    "certified": "registered nurse" ← "Charge Nurse", "genetic counselor" ↚ "Funeral
    Counselor"); another needs its last word ("acute care nursing" ← "Staff Nurse") or half
    its words there ("software development" ← "Software Engineer"), but a generic last word
    ("engineering", "operations", "management", "service", "marketing") needs the words
    before it ("systems engineering" ← "Systems Administrator", not "production engineering"
    ← "Software Engineer", not "IT project management" ← "Project Manager"), and a support
    role ("Nursing Assistant", "Teacher Aide") is not the field it supports. The words before
    a generic head may also be in the position's text or the resume's summary (``context``:
    "Quality Data Analyst" under "Healthcare data analyst with 5 years"). Failing that, a field
    that is not a role counts when the position's text holds every field word ("Account
    Executive" whose bullets run the "sales cycle" is in "sales"; an untitled position is
    judged by its text alone); a role field always needs the title."""
    wanted = field_words(field)
    if not wanted:
        return False
    held = re.findall(r"[a-z0-9][a-z0-9+#'-]*", title.lower())
    held += [word for role, word in _ROLE_FIELDS if role.search(title)]
    if held:
        shown = [any(same_word(p, h) for p in _parts(w) for h in held) for w in wanted]
        if wanted[-1] in ROLE_NOUNS:  # "genetic counselor" is not "Funeral Counselor"
            return all(ok or w in _QUALIFIERS for w, ok in zip(wanted, shown, strict=True))
        if held[-1] in _SUPPORT_ROLES and held[-1] not in wanted:
            return False  # a "Nursing Assistant" supports nursing; it is not nursing
        if len(wanted) > 1 and wanted[-1] in _GENERIC_HEADS:  # "production engineering"
            # every word the generic head is about, in the title or the position's text, one
            # of them in the title: "IT project" management, "healthcare data" analysis
            about = [(w, ok) for w, ok in zip(wanted[:-1], shown, strict=False)]
            about = [(w, ok) for w, ok in about if w not in _QUALIFIERS]
            seen = body + "\n" + context
            if any(ok for _, ok in about) and all(
                ok or _in_text(w, field, seen) for w, ok in about
            ):
                return True
        elif shown[-1] or 2 * sum(shown) >= len(wanted):
            return True
    return all(_in_text(w, field, body) for w in wanted)


def _in_text(word: str, field: str, body: str) -> bool:
    """``word`` of ``field`` occurs in ``body``, up to endings; a short acronym written in
    capitals in the field ("IT") only as written (not the pronoun "it"); each part of a
    slashed word counts ("HVAC/R" ← "HVAC")."""
    if len(word) <= 3 and re.search(rf"\b{re.escape(word.upper())}\b", field):
        return re.search(rf"\b{re.escape(word.upper())}\b", body) is not None
    words = set(re.findall(r"[a-z0-9][a-z0-9+#'-]*", body.lower()))
    return any(any(same_word(p, t) for t in words) for p in _parts(word))


def _parts(word: str) -> list[str]:
    """A slashed word's parts ("hvac/r" → hvac), else the word."""
    return [p for p in word.split("/") if len(p) > 1] or [word]
