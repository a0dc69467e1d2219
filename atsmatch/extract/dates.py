"""Months and date ranges as resumes write them, and the arithmetic on them.

A month is an integer index ``year * 12 + (month - 1)``. A range covers the months
``[first, last]`` inclusive. Rules:

- "March 2021", "Mar. 2021", "Mar '21", "03/2021", "2021-03", "Summer 2020" (spring 3,
  summer 6, fall/autumn 9, winter 12) name one month.
- A bare year names its January, and a range counts both end months ("Jan 2020 – Dec
  2022" is 36 months) — except a range of two bare years, which counts whole years
  ("2017 – 2019" is 24 months, "2019 – 2019" is 12). These are the parser's rules
  (``atsmatch/parse/dates.py``), so scanned and parsed entries agree.
- "Present", "current", "now", "today", "ongoing", "to date" end a range at the reference
  month (see :func:`latest_month`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from atsmatch.errors import ConfigError

__all__ = [
    "DateRange",
    "find_ranges",
    "format_month",
    "latest_month",
    "month_from_iso",
    "union_months",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "spr": 3, "sum": 6, "fal": 9, "aut": 9, "win": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn"
    r"|winter)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DATE = (
    rf"(?:(?P<{{p}}name>{_MONTH_NAME})\.?,?\s*(?P<{{p}}ny>{_YEAR}|['’]\d\d)"
    rf"|(?P<{{p}}mm>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<{{p}}my>{_YEAR})"
    rf"|(?P<{{p}}iy>{_YEAR})[/-](?P<{{p}}im>0[1-9]|1[0-2])(?![\d/])"
    rf"|(?P<{{p}}y>{_YEAR}))"
)
_PRESENT = r"(?P<present>present|current(?:ly)?|now|today|ongoing|to date|till date)"
_RANGE = re.compile(
    rf"(?<![\w/.-]){_DATE.format(p='s')}\s*(?:-|–|—|to|until|till|through|thru|~|→)\s*"
    rf"(?:{_DATE.format(p='e')}|{_PRESENT})(?![\w/])",
    re.IGNORECASE,
)
_ANY_DATE = re.compile(rf"(?<![\w/]){_DATE.format(p='a')}(?![\w/])", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class DateRange:
    """A range at ``text[start:end]``; ``last`` is ``None`` for an open ("present") end."""

    first: int
    last: int | None
    start: int
    end: int


def _month(m: re.Match[str], prefix: str) -> int | None:
    group = m.groupdict()
    if group[f"{prefix}name"]:
        year_text = group[f"{prefix}ny"].lstrip("'’")
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        if len(year_text) == 2 and year > 2069:
            year -= 100
        return year * 12 + _MONTHS[group[f"{prefix}name"][:3].lower()] - 1
    if group[f"{prefix}mm"]:
        return int(group[f"{prefix}my"]) * 12 + int(group[f"{prefix}mm"]) - 1
    if group[f"{prefix}iy"]:
        return int(group[f"{prefix}iy"]) * 12 + int(group[f"{prefix}im"]) - 1
    if group[f"{prefix}y"]:
        return int(group[f"{prefix}y"]) * 12
    return None


def find_ranges(text: str, start: int = 0, end: int | None = None) -> list[DateRange]:
    """Date ranges in ``text[start:end]``; a range ending before it starts is skipped."""
    found = []
    for m in _RANGE.finditer(text, start, len(text) if end is None else end):
        first = _month(m, "s")
        last = None if m.group("present") else _month(m, "e")
        if first is None or (last is not None and last < first):
            continue
        if last is not None and m.group("sy") and m.group("ey"):
            last = first + max(12, last - first) - 1  # bare years: whole years
        found.append(DateRange(first, last, m.start(), m.end()))
    return found


def latest_month(text: str) -> int | None:
    """The latest month any date in ``text`` names (a bare year counts as its January)."""
    months = [_month(m, "a") for m in _ANY_DATE.finditer(text)]
    return max((m for m in months if m is not None), default=None)


def month_from_iso(value: str, *, source: str = "reference") -> int:
    """``"2024-05"`` → month index; a malformed value raises :class:`ConfigError`."""
    m = _ISO.match(value.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise ConfigError(f"{source}: expected a month as YYYY-MM, got {value!r}")
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def format_month(month: int) -> str:
    """Month index → ``"YYYY-MM"``."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def union_months(ranges: Iterable[tuple[int, int]]) -> int:
    """Number of distinct months covered by inclusive ``(first, last)`` ranges."""
    total = 0
    current_first: int | None = None
    current_last = 0
    for first, last in sorted(ranges):
        if current_first is None or first > current_last + 1:
            if current_first is not None:
                total += current_last - current_first + 1
            current_first, current_last = first, last
        else:
            current_last = max(current_last, last)
    if current_first is not None:
        total += current_last - current_first + 1
    return total
