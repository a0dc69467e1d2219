"""Month arithmetic for resume understanding, on the dates `parse/structure/dates.py` reads.

A month is an integer index ``year * 12 + (month - 1)``. A range covers the months
``[first, last]`` inclusive; its ``last`` follows the parser's month count (both end
months count, a range of two bare years counts whole years), so scanned and parsed entries
agree. The scan reads seasons ("Summer 2020" is June) and has no "since" ranges. An open
("present") end is left to the caller's reference month (see :func:`latest_month`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from atsmatch.errors import ConfigError
from atsmatch.parse.structure import dates

__all__ = [
    "DateRange",
    "find_ranges",
    "format_month",
    "latest_month",
    "month_from_iso",
    "union_months",
]

_ISO = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class DateRange:
    """A range at ``text[start:end]``; ``last`` is ``None`` for an open ("present") end."""

    first: int
    last: int | None
    start: int
    end: int


def find_ranges(text: str, start: int = 0, end: int | None = None) -> list[DateRange]:
    """Date ranges in ``text[start:end]``; a range ending before it starts is skipped."""
    found = []
    for item in dates.find_ranges(text, start, end, since=False, seasons=True):
        first = month_from_iso(item.start)
        last = None if item.months is None else first + item.months - 1
        found.append(DateRange(first, last, *item.span))
    return found


def latest_month(text: str) -> int | None:
    """The latest month any date in ``text`` names (a bare year counts as its January)."""
    found = dates.find_dates(text, seasons=True)
    return max((year * 12 + (month or 1) - 1 for year, month, _ in found), default=None)


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
