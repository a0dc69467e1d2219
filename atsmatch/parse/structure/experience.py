"""Experience entries: dated positions in the experience section(s).

Each date range starts an entry. Its title and employer come from the rest of the date's
line ("Senior Engineer, Acme Corp   Jan 2020 – Present") or, when that line holds only the
date (and perhaps a place), from the lines just above it, and else from the line just
below. Which part is the title is decided by :mod:`atsmatch.parse.structure.roles`. An
entry runs to the next entry or the end of its section.

Dates are found as ranges anywhere on a line, or as one date set flush right (after a
tab, alone or after the employer: "Getoq Consulting, 2011 / 11"), or opening a short line
written date first ("2016 / 09 - University of Bremen"). A range set flush right beside a
bullet dates the entry above it; the bullet joins the entry when it reads as a job title
and the lines above name none ("■ Research Student, Science Department  2004 – 2005"
under the organisation). A dated line that holds a title and no employer, below a line
that names one ("Banner Health   Tucson, AZ"), takes its employer from there; a role line
right below another role's lines shares the employer named above both.
"""

from __future__ import annotations

import re

from atsmatch.document import ExperienceEntry, Section, Span
from atsmatch.parse.structure.contact import remove_locations
from atsmatch.parse.structure.dates import DateRange, dates_only, find_ranges, leading_date
from atsmatch.parse.structure.roles import (
    is_title,
    line_parts,
    part_kind,
    split_title_employer,
)

__all__ = ["find_experience", "split_title_employer"]

_SHORT_LINE = 10  # words of an entry's first line, at most
_TAIL_DATE = re.compile(r"(?:,|\||–|—| - |\()\s*([^,|()–—]+?)\)?\s*$")
_BULLET = re.compile(r"^\s*(?:[•*▪◦-]|\d+[.)])\s")


def _header_above(
    lines: list[tuple[int, str]], index: int, dated: set[int], gaps: set[int], parts: list[str]
) -> int | None:
    """The line above a dated line whose parts are a title and words of no kind (no
    employer), when that line names the employer: an organisation word, or a name set
    beside a place ("Banner Health   Tucson, AZ")."""
    kinds = [part_kind(p) for p in parts]
    if "employer" in kinds or kinds[0] != "title" or index == 0 or index - 1 in dated:
        return None
    above = lines[index - 1][1]
    if index in gaps or _BULLET.match(above) or len(above.split()) > _SHORT_LINE:
        return None
    named = line_parts(above)
    placed = remove_locations(above) != above
    if len(named) == 1 and (placed or part_kind(named[0]) == "employer"):
        return index - 1
    # "Apollo Hospitals   Chennai, Tamil Nadu": a name and, flush right, words of no kind
    # (a place the location rules do not know).
    left, tab, right = above.partition("\t")
    unknown = all(part_kind(p) is None for p in line_parts(right))
    if tab and len(line_parts(left)) == 1 and len(right.split()) <= 4 and unknown:
        return index - 1
    return None


def _names_a_role(parts: list[str]) -> bool:
    """A bulleted line that reads as a job title, not a sentence: its first part holds a
    title word and only capitalised words (and "of", "and", "for", ...), 1-6 of them."""
    words = parts[0].split()
    small = {"of", "and", "for", "&", "the", "in", "to", "de", "-", "/"}
    capital = all(w[:1].isupper() or w in small for w in words)
    return 1 <= len(words) <= 6 and capital and is_title(parts[0])


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
        if line_parts(line):
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


def _single_date(line: str, tab: int) -> DateRange | None:
    """The one date of an entry line that holds no range: set flush right alone ("Nov.
    2011", "Summer 2012 and 2013") or after the employer ("Getoq Consulting, 2011 / 11"),
    or closing a short line that names two parts before it ("Intern, Stripe | Summer
    2022", "Student - Academy (2024)"), or opening one written date first ("2016 / 09 -
    University of Bremen")."""
    if tab >= 0:
        field = line[tab + 1 :]
        comma = field.rfind(",")
        single = dates_only(field, tab + 1)
        if single is None and comma >= 0:
            single = dates_only(field[comma + 1 :], tab + comma + 2)
        if single is not None:
            return single
    if len(line.split()) > _SHORT_LINE:
        return None
    tail = _TAIL_DATE.search(line)
    single = dates_only(tail.group(1), tail.start(1)) if tail else None
    if tail and single and len(line_parts(line[: tail.start()])) >= 2:
        return single  # a title and an employer before it, not "Promoted to Lead, 2019"
    return leading_date(line)


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
        if not ranges and not _BULLET.match(line):
            single = _single_date(line, tab)
            ranges = [single] if single is not None else []
        if ranges and not _BULLET.match(line):
            found.append((index, ranges[0], 0))
        elif ranges and ranges[-1].span[0] > line.rfind("\t") >= 0:
            # A date set flush right beside a bullet (LaTeX \hfill, Typst): it dates the
            # entry whose title is above, not the bullet.
            found.append((index, ranges[-1], 1))
    dated = {index for index, _, _ in found}
    raw: list[tuple[int, str | None, str | None, DateRange]] = []
    header: str | None = None  # an employer named on a line above its roles
    for index, date_range, beside_bullet in found:
        line = lines[index][1]
        rest = line[: date_range.span[0]] + " | " + line[date_range.span[1] :]
        bullet: list[str] = []
        if beside_bullet:
            bullet, rest = line_parts(_BULLET.sub("", rest, count=1)), ""
        parts, first, context = line_parts(rest), index, []
        if len(parts) < 2:
            context = _context(lines, index, dated, gaps)
            for j in context:
                named = line_parts(lines[j][1])
                parts = [*parts, *named] if j > index else [*named, *parts]
            first = min([index, *context])
        elif (header_line := _header_above(lines, index, dated, gaps, parts)) is not None:
            # "Registered Nurse, Medical-Surgical   Jun 2019 – Present" under "Banner
            # Health   Tucson, AZ": the dated line is the title, the line above the employer.
            parts, first = [", ".join(parts), *line_parts(lines[header_line][1])], header_line
        if bullet and _names_a_role(bullet) and not any(is_title(p) for p in parts):
            # The entry's own line is set as a bullet ("■ Research Student, Science
            # Department   May 2004 – May 2005" under the organisation's line).
            parts = [*parts, *bullet]
        title, employer = split_title_employer(parts)
        if employer is None and title is not None and first == index and index not in gaps:
            # Another role under the same employer ("Acme Corp / Senior Engineer 2020-
            # / • ... / Engineer 2018-2019"): the role line alone, right below the last
            # entry's lines (no blank line between).
            employer = header
        else:
            header = employer if any(j < index for j in context) else None
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
