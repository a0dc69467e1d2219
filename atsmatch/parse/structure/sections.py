"""Finding resume and job sections from their headings.

A line is a heading when it is short, has no sentence punctuation at its end, and its words
(less a trailing colon) match a known heading for a section. The synonym list maps what
people write ("Work History", "Professional Experience") to canonical names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atsmatch.document import Section
from atsmatch.parse.structure.dates import DATE_RANGE
from atsmatch.parse.structure.heading_rules import fold, heading_by_rule
from atsmatch.parse.structure.headings import HEADINGS
from atsmatch.parse.structure.rolewords import is_employer, is_title

__all__ = [
    "HEADINGS",
    "JOB_SECTIONS",
    "HeadingLine",
    "canonical_heading",
    "find_headings",
    "find_sections",
    "looks_like_job",
]


_LOOKUP = {heading: name for name, headings in HEADINGS.items() for heading in headings}
_SUBHEADINGS = frozenset(
    {
        "responsibilities", "key responsibilities", "main responsibilities", "duties",
        "tasks", "role", "the role", "achievements", "key achievements", "accomplishments",
        "key accomplishments", "tools", "technologies", "tech stack",
        "projects", "key projects", "selected projects",
    }
)  # fmt: skip
_PROJECTS = frozenset({"projects", "key projects", "selected projects"})
# Headings that say "activities" and no more: the content tells their kind.
_ACTIVITIES = frozenset(
    {
        "activities", "extracurricular activities", "extra curricular activities",
        "activites", "activites extra professionnelles", "actividades",
        "actividades extracurriculares",
    }
)  # fmt: skip
_LIST_MARKS = frozenset("-•*·▪◦–")
_WORDS_ONLY = re.compile(r"^[^\W\d_]+(?:[\s&/,'’.-]+[^\W\d_]+)*$")
_CLEAN = re.compile(r"[^\w&' ]+|_")
_CLEAN_RULE = re.compile(r"[^\w&'/, ]+|_")
_SPACED = re.compile(r"^\w(?: {1,3}[\w&]){3,}$")
_RULE_LINE = re.compile(r"^\s*[-_=─━—–~*·.]{3,}\s*$")
_UNKNOWN_HEADING = re.compile(r"^[^\W\d_][\w&'’/ -]*:?$")
_DATE_FIRST = re.compile(r"^\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}\b")
_DATE_HINT = re.compile(r"(?:19|20)\d{2}")
JOB_SECTIONS = frozenset({"responsibilities", "requirements", "preferred", "benefits", "company"})


@dataclass(frozen=True, slots=True)
class HeadingLine:
    """A line read as a heading: ``name`` is canonical, ``None`` for an unknown heading."""

    start: int
    text: str
    name: str | None


def canonical_heading(line: str) -> str | None:
    """The canonical section name for a heading line, or ``None`` if it is not one."""
    stripped = line.strip().strip("#*=_-:| —–").strip()
    if _SPACED.match(stripped) and len(stripped) <= 120:  # "E X P E R I E N C E"
        stripped = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", stripped))
    if not stripped or len(stripped) > 50 or stripped.endswith((".", ",", ";")):
        return None
    if any(c in stripped for c in "{}<>"):
        return None  # template or markup code ("{{hobbies}}"), not a heading
    key = _key(stripped)
    if key in _LOOKUP:
        return _LOOKUP[key]
    # Variants by rule only on lines of words alone (no digits, code or quotes).
    listed = line.lstrip()[:1] in _LIST_MARKS  # "- Telemetry experience" is a list item
    if not _WORDS_ONLY.match(stripped) or listed:
        return None
    # The rule sees the commas and slashes: "LaTeX, Maintainer Individual Projects" is an
    # entry's line (its first part names no section), not a projects heading.
    rule_key = _CLEAN_RULE.sub(" ", stripped.lower().replace("’", "'"))
    return heading_by_rule(" ".join(rule_key.split()))


def _key(heading: str) -> str:
    return " ".join(_CLEAN.sub(" ", fold(heading.lower().replace("’", "'"))).split())


def _drop_subheadings(
    lines: list[tuple[int, str]], known: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Known headings less the sub-headings of a job entry ("Key responsibilities:",
    "Achievements") inside an experience section: those that end with a colon or have
    another date range below them before the next heading."""
    kept: list[tuple[int, str]] = []
    for n, (i, name) in enumerate(known):
        key = _key(lines[i][1].strip().strip("#*=_-:| "))
        if kept and kept[-1][1] == "experience" and key in _SUBHEADINGS:
            stop = known[n + 1][0] if n + 1 < len(known) else len(lines)
            # A resume's own Projects section follows its experience and lists dated
            # projects: "projects" is a job's sub-heading only with a colon.
            below = key not in _PROJECTS and any(
                DATE_RANGE.search(line) for _, line in lines[i + 1 : stop]
            )
            if below or lines[i][1].strip().endswith(":"):
                continue
        kept.append((i, name))
    return kept


def _lines(text: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _heading_like(line: str) -> bool:
    """Short, capitalised, no digits or sentence punctuation: could be a section heading."""
    stripped = line.strip()
    words = stripped.split()
    return (
        0 < len(words) <= 5
        and len(stripped) <= 40
        and bool(_UNKNOWN_HEADING.match(stripped))
        and stripped[0].isupper()
        and not stripped.startswith("•")
    )


def _continues(lines: list[tuple[int, str]], index: int) -> bool:
    """True when line ``index`` carries on the line before it (which ends with a comma,
    "&", "and", ...) or is a lone acronym ("GIF"): a wrapped list item, not a heading."""
    stripped = lines[index][1].strip()
    if len(stripped) <= 4 and stripped.isupper() and " " not in stripped:
        return True
    # the nearest non-blank line before, found by walking back (not by listing every
    # line before: that made heading search quadratic in the number of lines)
    previous = next((lines[j][1] for j in range(index - 1, -1, -1) if lines[j][1].strip()), "")
    tail = previous.rstrip()
    return tail.endswith((",", "&", "/", "+", "-", " and", " or", "(", ":"))


def _few_caps(lines: list[tuple[int, str]]) -> bool:
    """Capitals mark headings only where most other lines are not in capitals."""
    filled = [line for _, line in lines if line.strip()]
    caps = sum(1 for line in filled if line.strip().isupper())
    return caps * 10 < len(filled) * 4


def _next_is_caps(lines: list[tuple[int, str]], index: int) -> bool:
    """A line in capitals followed by another is a list (AWS / GCP), not a heading."""
    following = next((lines[j][1] for j in range(index + 1, len(lines)) if lines[j][1].strip()), "")
    return following.strip().isupper()


def _quieter(lines: list[tuple[int, str]], parent: int, index: int, *, ruled: bool) -> bool:
    """Line ``index`` is set less prominently than the section heading at ``parent``: the
    parent is in capitals or has a rule line under it, and this line has not."""
    head = lines[parent][1].strip()
    line = lines[index][1].strip()
    parent_ruled = parent + 1 < len(lines) and bool(_RULE_LINE.match(lines[parent + 1][1]))
    caps_lost = head.isupper() and not line.isupper()
    rule_lost = parent_ruled and not ruled
    return caps_lost or rule_lost


def find_headings(text: str, *, layout: tuple[int, ...] = ()) -> list[HeadingLine]:
    """Heading lines of ``text``: known headings, and unknown ones that layout marks.

    A known heading is found by its words alone. An unknown heading needs a layout cue —
    ``layout`` (line starts the reader marked as headings), a rule line under it, or
    capitals when the known headings are in capitals — must come after the first known
    heading, read like a heading, and have no date on it or on the two lines below it, nor
    a line starting with a date right above it (so that a job title in bold is not taken
    for one), nor repeat a line of the header above the first known heading (the name
    again, on a cover letter or a later page), nor come right under a known heading (a
    sub-heading: "PROGRAMMING" under "SKILLS", "JOURNALS" under "PUBLICATIONS"), nor be
    set less prominently than the known heading of the section it is in (that heading in
    capitals or ruled, this line not: "Conferences" after a "PUBLICATIONS" section's
    first entries stays inside it).
    """
    lines = _lines(text)
    known = [(i, name) for i, (_, line) in enumerate(lines) if (name := canonical_heading(line))]
    known = _drop_subheadings(lines, known)
    if not known:
        return []
    marked = set(layout)
    caps = all(lines[i][1].strip().isupper() for i, _ in known)
    names = dict(known)
    caps = caps and _few_caps([line for i, line in enumerate(lines) if i not in names])
    in_layout = any(lines[i][0] in marked for i, _ in known)
    header = {line.strip().casefold() for _, line in lines[: known[0][0]] if line.strip()}
    found = []
    parent: int | None = None  # the line of the known heading of the current section
    for i, (start, line) in enumerate(lines):
        if i in names:
            found.append(HeadingLine(start, line.strip(), names[i]))
            parent = i
            continue
        if i < known[0][0] or not _heading_like(line) or _continues(lines, i):
            continue
        if line.strip().casefold() in header:
            continue  # the name of the header again (a cover letter's, a page's)
        above = next((j for j in range(i - 1, -1, -1) if lines[j][1].strip()), None)
        if above is not None and above in names:
            continue  # right under a heading: its first sub-heading ("JOURNALS")
        ruled = i + 1 < len(lines) and bool(_RULE_LINE.match(lines[i + 1][1]))
        if parent is not None and _quieter(lines, parent, i, ruled=ruled):
            continue  # "Conferences" after a Publications section's first entries
        capitals = caps and line.strip().isupper() and not _next_is_caps(lines, i)
        cue = ruled or (start in marked and in_layout) or capitals
        # A date on it or on the two lines below, or a line right above it that starts
        # with a date ("2015 / 07 - University" over a bold title) marks an entry title.
        dated_above = i > 0 and bool(_DATE_FIRST.match(lines[i - 1][1]))
        if (
            cue
            and not dated_above
            and not any(_DATE_HINT.search(lines[j][1]) for j in range(i, min(i + 3, len(lines))))
        ):
            found.append(HeadingLine(start, line.strip(), None))
            parent = None
    return found


def find_sections(text: str, *, layout: tuple[int, ...] = ()) -> tuple[Section, ...]:
    """Sections of ``text``, each from its heading to the next heading or the end.

    A section under an unknown heading is named ``other``. An "Activities" section is
    named by its content (see :func:`_activities_kind`).
    """
    starts = find_headings(text, layout=layout)
    sections = []
    for i, heading in enumerate(starts):
        end = starts[i + 1].start if i + 1 < len(starts) else len(text)
        name = heading.name or "other"
        if _key(heading.text) in _ACTIVITIES:
            name = _activities_kind(text[heading.start : end].split("\n")[1:])
        sections.append(Section(name=name, heading=heading.text, start=heading.start, end=end))
    return tuple(sections)


def _activities_kind(body: list[str]) -> str:
    """An "Activities" section is ``volunteering`` when it lists roles: a date range, or a
    line naming a role and an organisation ("Treasurer, Robotics Club"); else it lists
    pastimes ("Chess, hiking", "• Trail running", a sentence about them): ``interests``."""
    for line in body:
        if DATE_RANGE.search(line) or (is_title(line) and is_employer(line)):
            return "volunteering"
    return "interests"


def looks_like_job(sections: tuple[Section, ...]) -> bool:
    """True when the sections are those of a job description rather than a resume."""
    names = {section.name for section in sections}
    job = len(names & JOB_SECTIONS)
    resume = len(names & {"experience", "education", "projects", "certifications", "awards"})
    return job > 0 and job >= resume
