"""What a resume says about experience: dated entries, months per skill, total years,
titles, seniority and the highest degree.

Entries come from ``Document.experience`` when the parser found them; otherwise from a scan
of date ranges in the experience section (the whole text less education, certifications,
awards and publications when there is no experience section). A scanned entry starts at
its header (up to two plain lines above the date line) and runs to the next entry.

``Skill.months`` is the number of distinct months covered by the entries whose span holds a
mention of the skill, so overlapping jobs are not counted twice; ``Profile.years_experience``
is the same union over all entries, in years (one decimal). "Present" means the reference
month: the ``reference`` option (``YYYY-MM``) or else the latest month any date in the
document names, which keeps results the same on every run.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from atsmatch.document import Document, ExperienceEntry
from atsmatch.extract.understand.dates import (
    find_ranges,
    format_month,
    latest_month,
    month_from_iso,
    union_months,
)
from atsmatch.extract.understand.degrees import find_degrees
from atsmatch.extract.understand.titles import (
    field_words,
    has_role_noun,
    in_field,
    same_word,
    seniority_of,
    split_title,
)
from atsmatch.extract.understand.years import FIELD_OR, find_years
from atsmatch.profile import Degree, Profile, Skill

__all__ = ["Entry", "FieldYears", "find_entries", "understand_resume", "years_in_field"]

_NOT_EXPERIENCE = frozenset({"education", "certifications", "awards", "publications"})
_CONTACT = re.compile(r"@|https?:|www\.|\.com\b|\d{3}")
_BULLET = re.compile(r"^\s*(?:[-•·*▪●◦■–]|\d+[.)])\s")


@dataclass(frozen=True, slots=True)
class Entry:
    """A dated experience entry: months ``first..last`` (``last`` None = present) and the
    text span ``[start, end)`` it covers."""

    first: int
    last: int | None
    start: int
    end: int
    title: str | None = None


def _from_document(document: Document) -> list[Entry]:
    entries = []
    for item in document.experience:
        if item.start is None:
            continue
        try:
            first = month_from_iso(item.start, source=document.source)
            last = None if item.end is None else month_from_iso(item.end, source=document.source)
        except ValueError:
            continue
        if last is not None and item.months:
            last = first + item.months - 1  # the parser's count (whole years for bare years)
        if last is not None and last < first:
            continue
        entries.append(Entry(first, last, item.span.start, item.span.end, _role(document, item)))
    return entries


def _role(document: Document, item: ExperienceEntry) -> str | None:
    """The parser's title of an entry, or the role its first line names when that title
    names none ("Senior Systems Administrator - Heartland Mutual (2020 - Present)" parsed
    with the employer as its title)."""
    if item.title and has_role_noun(item.title):
        return item.title
    text = document.text
    end = text.find("\n", item.span.start, item.span.end)
    line = text[item.span.start : end if end != -1 else item.span.end].strip(" |,–—-()\t*#")
    role = split_title(line) if line else ""
    return role if role and has_role_noun(role) else item.title


def _regions(document: Document) -> list[tuple[int, int]]:
    text = document.text
    experience = [
        (min(s.end, text.find("\n", s.start) % (len(text) + 1) + 1), s.end)
        for s in document.sections
        if s.name == "experience"
    ]
    if experience:
        return experience
    regions, cursor = [], 0
    for section in sorted(document.sections, key=lambda s: s.start):
        if section.name in _NOT_EXPERIENCE:
            regions.append((cursor, section.start))
            cursor = section.end
    regions.append((cursor, len(document.text)))
    return [(a, b) for a, b in regions if b > a]


def _header_start(text: str, date_start: int, floor: int) -> int:
    start = text.rfind("\n", floor, date_start) + 1 if date_start > floor else floor
    start = max(start, floor)
    for _ in range(2):
        if start <= floor:
            break
        previous = text.rfind("\n", floor, start - 1) + 1
        previous = max(previous, floor)
        line = text[previous : start - 1]
        if (
            not line.strip()
            or _BULLET.match(line)
            or len(line) > 100
            or line.rstrip().endswith(".")
        ):
            break
        start = previous
    return start


def _title(text: str, start: int, date_start: int, date_end: int) -> str | None:
    header = (
        text[start:date_start] + " " + text[date_end : text.find("\n", date_end) % (len(text) + 1)]
    )
    for line in header.splitlines():
        line = line.strip(" |,–—-()\t")
        if line:
            return split_title(line)
    return None


def find_entries(document: Document) -> list[Entry]:
    """Dated entries: the parser's when it found any, else a scan of date ranges."""
    entries = _from_document(document)
    if entries:
        return entries
    text = document.text
    for region_start, region_end in _regions(document):
        ranges = find_ranges(text, region_start, region_end)
        floor = region_start
        heads = []
        for found in ranges:
            head = _header_start(text, found.start, floor)
            heads.append(head)
            floor = text.find("\n", found.end)
            floor = region_end if floor == -1 or floor > region_end else floor
        for i, found in enumerate(ranges):
            end = heads[i + 1] if i + 1 < len(ranges) else region_end
            title = _title(text, heads[i], found.start, found.end)
            entries.append(Entry(found.first, found.last, heads[i], end, title))
    return entries


def _headline(document: Document) -> str | None:
    """The role under the name ("Jane Doe / Senior Data Engineer") when no entry has one."""
    head = min((s.start for s in document.sections), default=len(document.text))
    for line in document.text[:head].splitlines()[1:6]:
        plain = line.strip()
        if plain and len(plain.split()) <= 8 and not _CONTACT.search(plain):
            role = split_title(plain)
            if has_role_noun(role):
                return role
    return None


def _highest_degree(document: Document) -> Degree | None:
    education = [(s.start, s.end) for s in document.sections if s.name == "education"]
    hits = [
        d
        for start, end in education
        for d in find_degrees(document.text, start, end, education=True)
    ]
    if not hits:
        hits = find_degrees(document.text)
    if not hits:
        return None
    return max(hits, key=lambda d: (d.degree.level, -d.start)).degree


def _reference(document: Document, reference: str | None) -> int | None:
    if reference is not None:
        return month_from_iso(reference)
    return latest_month(document.text)


def understand_resume(profile: Profile, *, reference: str | None = None) -> Profile:
    """Fill a resume profile's months per skill, total years, titles and highest degree."""
    document = profile.document
    entries = find_entries(document)
    ref = _reference(document, reference)
    spans = []
    for entry in entries:
        last = entry.last if entry.last is not None else max(ref or entry.first, entry.first)
        spans.append((entry, (entry.first, last)))
    by_start = sorted(spans, key=lambda item: item[0].start)
    starts = [entry.start for entry, _ in by_start]
    skills = tuple(_with_months(skill, by_start, starts) for skill in profile.skills)
    total = union_months(r for _, r in spans)
    ordered = sorted(spans, key=lambda item: (item[1][1], item[1][0]), reverse=True)
    titles = tuple(e.title for e, _ in ordered if e.title)
    title = titles[0] if titles else _headline(document)
    return dataclasses.replace(
        profile,
        skills=skills,
        years_experience=round(total / 12, 1) if spans else None,
        degree=_highest_degree(document),
        titles=titles,
        title=title,
        seniority=seniority_of(title) if title else None,
        reference=format_month(ref) if ref is not None else None,
    )


def _with_months(
    skill: Skill, spans: list[tuple[Entry, tuple[int, int]]], starts: list[int]
) -> Skill:
    """``spans`` sorted by entry start (``starts``); entries may overlap, so each mention
    looks back over every entry that starts at or before it."""
    covered: dict[int, tuple[int, int]] = {}
    for mention in skill.mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        while index >= 0:
            entry, dated = spans[index]
            if entry.start <= mention.start < entry.end:
                covered[index] = dated
            if entry.end <= mention.start and _disjoint_before(spans, index):
                break
            index -= 1
    return dataclasses.replace(skill, months=union_months(covered.values())) if covered else skill


def _disjoint_before(spans: list[tuple[Entry, tuple[int, int]]], index: int) -> bool:
    """True when no entry before ``index`` reaches past the start of entry ``index``."""
    return index == 0 or spans[index - 1][0].end <= spans[index][0].start


@dataclass(frozen=True, slots=True)
class FieldYears:
    """The years a resume's dated positions show in one field, and those positions
    (``"Registered Nurse 2021–2023"``); ``years`` is None when the resume has no dated
    position at all (unknown, not zero)."""

    field: str
    years: float | None
    positions: tuple[str, ...] = ()

    def describe(self, asked: float) -> str:
        """ "2.1 of 3 years in nursing (Registered Nurse 2021–2023)"."""
        shown = "no dated positions" if self.years is None else f"{self.years:g} of {asked:g}"
        where = f" ({'; '.join(self.positions)})" if self.positions else ""
        return f"{shown} years in {self.field}{where}"


def years_in_field(
    document: Document, field: str, *, reference: str | None = None, total: float | None = None
) -> FieldYears:
    """Years of the dated positions that belong to ``field`` (:func:`in_field` of their
    title, or of their text when untitled; overlapping positions count once), or a claim in
    a line that names the field ("Staff accountant with 8 years of experience"), whichever
    is larger. When the resume's ``total`` years (its claim) exceed what its dates span, the
    field's share of the dated months is applied to that total: an open "2020 - Present"
    ends at the latest date the resume names, which can cut a current job short. A field
    of alternatives ("logistics or freight forwarding", :data:`.years.FIELD_OR`) counts a
    position in any of them."""
    entries = find_entries(document)
    fields = field.split(FIELD_OR)
    claimed = max((c for c in (_claimed(document.text, one) for one in fields) if c), default=None)
    if not entries:
        return FieldYears(field, claimed, ("stated in the resume",) if claimed else ())
    ref = _reference(document, reference)
    ranges, shown = [], []
    # the summary above the first entry says what the positions are about ("Commercial HVAC
    # technician with 12 years ...") when their own lines take it as known
    summary = document.text[: min(e.start for e in entries)][-1500:]
    for entry in sorted(entries, key=lambda e: e.first, reverse=True):
        body = document.text[entry.start : entry.end]
        if not any(in_field(entry.title or "", body, one, context=summary) for one in fields):
            continue
        last = entry.last if entry.last is not None else max(ref or entry.first, entry.first)
        ranges.append((entry.first, last))
        span = f"{entry.first // 12}–{'present' if entry.last is None else last // 12}"
        shown.append(f"{entry.title} {span}" if entry.title else span)
    dated = round(union_months(ranges) / 12, 1)
    spanned = union_months(
        (e.first, e.last if e.last is not None else max(ref or e.first, e.first)) for e in entries
    )
    if total and ranges and spanned and total * 12 > spanned:
        dated = round(total * union_months(ranges) / spanned, 1)
    if claimed and claimed > dated:
        return FieldYears(field, claimed, ("stated in the resume",))
    return FieldYears(field, dated, tuple(shown))


def _claimed(text: str, field: str) -> float | None:
    """The largest "N years of experience" claim on a line that names every field word."""
    wanted = field_words(field)
    best = None
    for line in text.splitlines():
        if "year" not in line.lower():
            continue
        words = re.findall(r"[a-z0-9][a-z0-9+#'-]*", line.lower())
        if not wanted or not all(any(same_word(w, t) for t in words) for w in wanted):
            continue
        for phrase in find_years(line):
            if phrase.experience and (best is None or phrase.years > best):
                best = phrase.years
    return best
