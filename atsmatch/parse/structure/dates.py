"""Dates and date ranges as resumes write them: the one place that recognises them.

Understood: month names ("March 2021", "Jan. 2020", "Sept 2019", "Mar '19"), numeric
("03/2019", "3.2019", "03-2019"), ISO ("2019-03"), bare years ("2017"), and "Present",
"Current", "Now", "Today", "ongoing", "to date", "till date" as an open end ("since March
2021" too). Range separators: hyphen (one or two), the Unicode hyphens and dashes (U+2010-
U+2015, minus, and a soft hyphen drawn as a dash), "to", "until", "till", "through",
"thru", "~", "→".

Other languages, by the same shapes: German, French and Spanish month names ("März 2020",
"juillet 2019", "marzo de 2018"), their words for the open end ("Heute", "aktuell",
"aujourd'hui", "actualidad"), "bis"/"à"/"au" between dates; CJK dates ("2015年3月",
"2015 年 3 月", "2015년 3월") with "至今"/"现在"/"현재" as the open end, and "2015.03".
Seasons ("Summer 2020": spring 3, summer 6, fall/autumn 9,
winter 12) only with ``seasons=True``: the parser reports them as odd dates instead
(:func:`odd_dates`), the understanding scan (``atsmatch/extract/understand/dates.py``) reads them.

A year alone is read as January of that year; a two-digit year ("Mar '19") is 2000-2069
or 1970-1999. The months of a range count both end months (Jan 2020 – Dec 2022 is 36); a
range of bare years counts whole years (2017–2019 is 24, 2019–2019 is 12). An open range
("– Present") has no month count, so results never depend on today's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

__all__ = [
    "DATE_RANGE",
    "DateRange",
    "dates_only",
    "find_dates",
    "find_ranges",
    "leading_date",
    "odd_dates",
    "parse_date",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "spr": 3, "sum": 6, "fal": 9, "aut": 9, "win": 12,
}  # fmt: skip
# German, French and Spanish month names (and their usual abbreviations) whose first three
# letters are not the English ones, or which run on past the English name ("Juni").
_FOREIGN_MONTHS = {
    "januar": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1,
    "februar": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "febrero": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mars": 3, "marzo": 3,
    "avril": 4, "avr": 4, "abril": 4, "abr": 4,
    "mai": 5, "mayo": 5,
    "juni": 6, "juin": 6, "junio": 6,
    "juli": 7, "juillet": 7, "juil": 7, "julio": 7,
    "août": 8, "aout": 8, "agosto": 8, "ago": 8,
    "septembre": 9, "septiembre": 9, "setiembre": 9,
    "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10,
    "novembre": 11, "noviembre": 11,
    "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12,
    "dic": 12,
}  # fmt: skip
_MONTH = (
    "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_SEASON = "|" + "|".join(_SEASONS)
_YEAR = r"(?:19|20)\d\d"
# One date; ``{p}`` prefixes the group names so a range can hold two dates.
_DATE = (
    r"(?:(?P<{p}cy>" + _YEAR + r")\s*[年년]\s*(?:(?P<{p}cm>0?[1-9]|1[0-2])\s*[月월])?"
    r"|(?P<{p}name>(?:{months}))(?:\.?,?\s*(?:de\s+)?|-)(?P<{p}ny>" + _YEAR + r"|['’]\d{{2}})"
    r"|(?P<{p}mm>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<{p}my>" + _YEAR + r")"
    r"|(?P<{p}iy>" + _YEAR + r")(?:\s*[/-]\s*|\.)(?P<{p}im>0?[1-9]|1[0-2])(?!\d)"
    r"|(?P<{p}y>" + _YEAR + r"))"
)
_PRESENT = (
    r"(?P<present>present|current(?:ly)?|now|today|to\s+date|ongoing|date"
    r"|(?:bis\s+)?heute|aktuell|jetzt|dato|pr[ée]sent|aujourd['’]hui|actuel(?:lement)?"
    r"|presente|actualidad|actual|hoy|至今|现在|現在|今|현재)"
)
_SEP = r"\s*(?:-{1,2}|[\u2010-\u2015\u2212\u00ad~～→]|to|until|till|through|thru|bis|à|au)\s*"
# Where a date ends: not inside a word, unless it ends in a CJK unit ("2015年3月毕业").
_END = r"(?:(?<=[年月今在재])|(?![\w/]))"
_ODD = re.compile(
    r"(?<!\w)(?:(?:spring|summer|fall|autumn|winter|q[1-4])\s+(?:19|20)\d{2}"
    r"|(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]\s*(?:0?[1-9]|1[0-2])/\d{2}"
    r"|(?:1[3-9]|[2-9]\d)/(?:19|20)\d{2})(?![\w/])",
    re.IGNORECASE,
)

Date = tuple[int, int | None, str]
"""``(year, month or None, style)``; style is month-name/season/numeric/iso/year."""


def _date(prefix: str, seasons: bool) -> str:
    return _DATE.format(p=prefix, months=_MONTH + (_SEASON if seasons else ""))


@cache
def _patterns(seasons: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The range, "since" and single-date patterns, with or without seasons."""
    date_range = re.compile(
        rf"(?<![\w/.-]){_date('s', seasons)}{_SEP}(?:{_date('e', seasons)}|{_PRESENT}){_END}",
        re.IGNORECASE,
    )
    since = re.compile(rf"(?<!\w)(?:since|seit)\s+{_date('s', seasons)}{_END}", re.IGNORECASE)
    one = re.compile(rf"(?<![\w/]){_date('a', seasons)}{_END}", re.IGNORECASE)
    return date_range, since, one


@cache
def _open_pattern(seasons: bool) -> re.Pattern[str]:
    """A date and a dash that ends the line or its cell: "2018 –", an open start."""
    return re.compile(
        rf"(?<![\w/.-]){_date('s', seasons)}[ \t]*(?:-{{1,2}}|[\u2010-\u2015\u2212\u00ad])"
        r"[ ]*(?=\t|\n|$)",
        re.IGNORECASE,
    )


DATE_RANGE = _patterns(False)[0]


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date range found in text: ``start``/``end`` as ``YYYY-MM`` (``end`` None = present)."""

    start: str
    end: str | None
    months: int | None
    styles: tuple[str, ...]
    span: tuple[int, int]


def _read(match: re.Match[str], prefix: str) -> Date | None:
    group = match.groupdict()
    if group[f"{prefix}cy"]:
        month = group[f"{prefix}cm"]
        year = int(group[f"{prefix}cy"])
        return (year, int(month), "numeric") if month else (year, None, "year")
    if group[f"{prefix}name"]:
        name = group[f"{prefix}name"].lower()
        year_text = group[f"{prefix}ny"].lstrip("'’")
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        if len(year_text) == 2 and year > 2069:
            year -= 100
        style = "season" if name in _SEASONS else "month-name"
        return year, _FOREIGN_MONTHS.get(name) or _MONTHS[name[:3]], style
    if group[f"{prefix}mm"]:
        return int(group[f"{prefix}my"]), int(group[f"{prefix}mm"]), "numeric"
    if group[f"{prefix}iy"]:
        return int(group[f"{prefix}iy"]), int(group[f"{prefix}im"]), "iso"
    if group[f"{prefix}y"]:
        return int(group[f"{prefix}y"]), None, "year"
    return None


def parse_date(text: str, *, seasons: bool = False) -> Date | None:
    """``(year, month or None, style)`` for one date, else None."""
    match = _patterns(seasons)[2].fullmatch(text.strip())
    return None if match is None else _read(match, "a")


def find_dates(text: str, *, seasons: bool = False) -> list[Date]:
    """Every single date in ``text``, in order (the ends of a range count as two)."""
    found = (_read(match, "a") for match in _patterns(seasons)[2].finditer(text))
    return [date for date in found if date is not None]


def find_ranges(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    since: bool = True,
    seasons: bool = False,
) -> list[DateRange]:
    """Every date range in ``text[start:end]``, in order; a range ending before it starts
    is skipped. With ``since``, "since March 2021" and a date with a dash ending the line
    or its cell ("2018 –") are open ranges."""
    end = len(text) if end is None else end
    date_range, since_pattern, _ = _patterns(seasons)
    ranges = _closed_ranges(date_range.finditer(text, start, end))
    if not since:
        return ranges
    taken = [r.span for r in ranges]
    found = [*since_pattern.finditer(text, start, end)]
    found += _open_pattern(seasons).finditer(text, start, end)
    for match in found:
        first = _read(match, "s")
        inside = any(a <= match.start() < b for a, b in taken)
        if first is not None and not inside:
            ranges.append(DateRange(_iso(first), None, None, (first[2],), match.span()))
    return sorted(ranges, key=lambda r: r.span)


def _closed_ranges(matches: Iterator[re.Match[str]]) -> list[DateRange]:
    ranges = []
    for match in matches:
        first = _read(match, "s")
        last = None if match.group("present") else _read(match, "e")
        if first is None:
            continue
        if last is not None and (last[0], last[1] or 1) < (first[0], first[1] or 1):
            continue  # an end before the start is not a range ("2021 - 2019 ")
        ranges.append(
            DateRange(
                start=_iso(first),
                end=None if last is None else _iso(last),
                months=None if last is None else _months(first, last),
                styles=(first[2],) if last is None else (first[2], last[2]),
                span=match.span(),
            )
        )
    return ranges


def _iso(date: Date) -> str:
    return f"{date[0]:04d}-{date[1] or 1:02d}"


def _months(start: Date, end: Date) -> int:
    if start[1] is None and end[1] is None:
        return max(12, 12 * (end[0] - start[0]))
    return (end[0] * 12 + (end[1] or 1)) - (start[0] * 12 + (start[1] or 1)) + 1


def dates_only(text: str, offset: int = 0) -> DateRange | None:
    """``text`` read as the dates of one entry when it holds nothing else: one date
    ("Nov. 2011", "2011 / 11", "Summer 2022": the month or season it names, to itself) or
    dates joined by "and" or commas ("Summer 2012 and 2013": first to last). ``offset``
    is added to the span."""
    pattern = _patterns(True)[2]
    found = [(date, match) for match in pattern.finditer(text) if (date := _read(match, "a"))]
    if not found or pattern.sub("", text).strip(" ,;&") not in ("", "and"):
        return None
    first, last = found[0][0], found[-1][0]
    if last[1] is None and first[1] is not None:
        last = (last[0], first[1], first[2])  # "Summer 2012 and 2013": that season again
    if (last[0], last[1] or 1) < (first[0], first[1] or 1):
        return None
    span = (offset + found[0][1].start(), offset + found[-1][1].end())
    return DateRange(_iso(first), _iso(last), _months(first, last), (first[2], last[2]), span)


def odd_dates(text: str) -> list[str]:
    """Dates an ATS may not parse: seasons, quarters, two-digit years, month numbers > 12."""
    return [match.group(0) for match in _ODD.finditer(text)]


_LEAD_SEP = re.compile(r"\s*[-–—‑|:,·•]\s*(?=[^\W\d_])")
_LEAD_SPACE = re.compile(r"\s+(?=[^\W\d_])")


def leading_date(text: str) -> DateRange | None:
    """A single date opening ``text`` and set off from words by a separator, as entries
    written date first have it ("2016 / 09 - University of Bremen", "2011/11 | Acme";
    a space is enough after a month: "Mar 2020 Acme", not after a bare year): the month
    (or year) it names, to itself. ``None`` when the words begin with a date too (then
    it is a range) or nothing but the date is there."""
    stripped = len(text) - len(text.lstrip())
    match = _patterns(True)[2].match(text, stripped)
    if match is None or (date := _read(match, "a")) is None:
        return None
    apart = _LEAD_SEP if date[2] == "year" else _LEAD_SPACE
    if _LEAD_SEP.match(text, match.end()) is None and apart.match(text, match.end()) is None:
        return None
    span = match.span()
    return DateRange(_iso(date), _iso(date), _months(date, date), (date[2], date[2]), span)
