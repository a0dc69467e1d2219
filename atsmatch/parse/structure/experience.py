"""Experience entries: dated positions in the experience section(s).

Each date range starts an entry. Its title and employer come from the rest of the date's
line ("Senior Engineer, Acme Corp   Jan 2020 – Present") or, when that line holds only the
date (and perhaps a place), from the lines just above it, and else from the line just
below. Which part is the title is decided by job-title words (engineer, manager, ...) and
employer words (Inc, GmbH, University, ...), then by order (title first). An entry runs to
the next entry or the end of its section.
"""

from __future__ import annotations

import re

from atsmatch.document import ExperienceEntry, Section, Span
from atsmatch.parse.structure.contact import remove_locations
from atsmatch.parse.structure.dates import DateRange, dates_only, find_ranges

__all__ = ["find_experience", "split_title_employer"]

_PARTS = re.compile(r"\s*(?:\||\t+|•|·| — | – | - |,\s| at | @ )\s*")
_TITLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|manager|director|analyst|intern|consultant|designer|"
    r"lead|head|officer|specialist|scientist|architect|administrator|assistant|associate|"
    r"coordinator|president|vp|ceo|cto|cfo|coo|founder|co-founder|owner|teacher|tutor|"
    r"researcher|professor|lecturer|technician|representative|executive|accountant|nurse|"
    r"editor|writer|supervisor|trainee|apprentice|fellow|partner|principal|staff|senior|junior|"
    r"sr|jr|chief|advisor|adviser|strategist|agent|clerk|operator|volunteer|contractor|"
    r"freelancer?|student|instructor|product owner|scrum master|sre|devops)\b",
    re.IGNORECASE,
)
_EMPLOYER_WORDS = re.compile(
    r"\b(inc|llc|ltd|gmbh|ag|corp|corporation|company|co|group|plc|sa|bv|university|"
    r"college|school|institute|bank|labs?|technologies|solutions|systems|partners|agency|"
    r"hospital|foundation|studio|consulting|services)\b(?!-)\.?",
    re.IGNORECASE,
)
_LEGAL_FORM = re.compile(
    r"^(inc|llc|ltd|gmbh|corp|co|plc|ag|sa|bv|nv|pty ltd|s\.?a\.?|l\.?p\.?|llp)\.?$", re.I
)
_NOISE = re.compile(r"^[\s|,;:()\[\]–—•·-]+|[\s|,;:()\[\]–—•·-]+$")
_BULLET = re.compile(r"^\s*(?:[•*▪◦-]|\d+[.)])\s")


def split_title_employer(parts: list[str]) -> tuple[str | None, str | None]:
    """Pick the title and the employer among a line's parts (see the module docstring)."""
    titles = [p for p in parts if _TITLE_WORDS.search(p) and not _EMPLOYER_WORDS.search(p)]
    title = titles[0] if titles else None
    employers = [p for p in parts if _EMPLOYER_WORDS.search(p) and p != title]
    employer = employers[0] if employers else None
    others = [p for p in parts if p not in (title, employer)]
    if title is None and others:
        title = others.pop(0)
    if employer is None and others:
        employer = others.pop(0)
    return title, employer


def _parts(line: str) -> list[str]:
    cleaned = _NOISE.sub("", remove_locations(line))
    parts: list[str] = []
    for part in _PARTS.split(cleaned):
        part = _NOISE.sub("", part)
        if parts and _LEGAL_FORM.match(part):  # "Airbnb, Inc." is one employer
            parts[-1] = f"{parts[-1]}, {part}"
        elif part:
            parts.append(part)
    return parts


def _context(
    lines: list[tuple[int, str]], index: int, dated: set[int], gaps: set[int]
) -> list[int]:
    """Indexes of the undated lines that name the entry of line ``index``.

    Up to two lines just above it, in the same paragraph (no blank line between): lines
    holding only a place ("San Francisco, CA") are skipped, and a bulleted line counts
    only right above and when it names a place (entries set as bullets: "• Google
    Mountain View, CA"). Else the line just below.
    """
    above: list[int] = []
    j = index - 1
    while j >= 0 and len(above) < 2 and j + 1 not in gaps:
        line = lines[j][1]
        if j in dated or len(line.split()) > 10:
            break
        if _BULLET.match(line):
            placed = remove_locations(line) != line and len(line.split()) <= 8
            if j == index - 1 and placed:
                above.append(j)
            break
        if _parts(line):
            above.append(j)
        j -= 1
    if above:
        return sorted(above)
    below = index + 1
    if (
        below < len(lines)
        and below not in dated
        and below not in gaps
        and not _BULLET.match(lines[below][1])
        and len(lines[below][1].split()) <= 8
    ):
        return [below]
    return []


def find_experience(text: str, sections: tuple[Section, ...]) -> tuple[ExperienceEntry, ...]:
    """The dated entries of every ``experience`` section of ``text``."""
    entries: list[ExperienceEntry] = []
    for section in sections:
        if section.name == "experience":
            entries.extend(_section_entries(text, section))
    return tuple(entries)


def _section_entries(text: str, section: Section) -> list[ExperienceEntry]:
    lines: list[tuple[int, str]] = []
    gaps: set[int] = set()  # lines after a blank line (a paragraph break)
    offset = section.start
    blank = False
    for line in text[section.start : section.end].split("\n"):
        if line.strip():
            if blank and lines:
                gaps.add(len(lines) - 1)  # index after dropping the heading below
            lines.append((offset, line))
            blank = False
        else:
            blank = True
        offset += len(line) + 1
    lines = lines[1:]  # the heading
    found: list[tuple[int, DateRange, int]] = []
    for index, (_, line) in enumerate(lines):
        ranges = find_ranges(line, seasons=True)
        tab = line.rfind("\t")
        if not ranges and tab >= 0 and not _BULLET.match(line):
            # One date set flush right ("Nov. 2011", "Summer 2012 and 2013"): a position
            # of that month or season, or from the first date to the last.
            single = dates_only(line[tab + 1 :], tab + 1)
            ranges = [single] if single is not None else []
        if ranges and not _BULLET.match(line):
            found.append((index, ranges[0], 0))
        elif ranges and ranges[-1].span[0] > line.rfind("\t") >= 0:
            # A date set flush right beside a bullet (LaTeX \hfill, Typst): it dates the
            # entry whose title is above, not the bullet.
            found.append((index, ranges[-1], 1))
    dated = {index for index, _, _ in found}
    raw: list[tuple[int, str | None, str | None, DateRange]] = []
    for index, date_range, beside_bullet in found:
        line = lines[index][1]
        rest = line[: date_range.span[0]] + " | " + line[date_range.span[1] :]
        if beside_bullet:
            rest = ""
        parts, first = _parts(rest), index
        if len(parts) < 2:
            context = _context(lines, index, dated, gaps)
            for j in context:
                parts = (
                    [*parts, *_parts(lines[j][1])] if j > index else [*_parts(lines[j][1]), *parts]
                )
            first = min([index, *context])
        title, employer = split_title_employer(parts)
        raw.append((lines[first][0], title, employer, date_range))
    return _entries(raw, section.end)


def _entries(
    raw: list[tuple[int, str | None, str | None, DateRange]], end: int
) -> list[ExperienceEntry]:
    entries = []
    for i, (start, title, employer, date_range) in enumerate(raw):
        stop = raw[i + 1][0] if i + 1 < len(raw) else end
        entries.append(
            ExperienceEntry(
                title=title,
                employer=employer,
                start=date_range.start,
                end=date_range.end,
                months=date_range.months,
                span=Span(start, max(start, stop)),
                current=date_range.end is None,
            )
        )
    return entries
