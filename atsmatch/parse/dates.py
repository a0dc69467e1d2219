"""Dates and date ranges as resumes write them, read into ``YYYY-MM``.

Understood: month names ("March 2021", "Jan. 2020", "Sept 2019", "Mar '19"), numeric
("03/2019", "3.2019", "03-2019"), ISO ("2019-03"), bare years ("2017"), and "Present",
"Current", "Now", "Today", "to date" as an open end ("since March 2021" too). Range
separators: hyphen, en and em dash, "to", "until", "till", "through".

A year alone is read as January of that year. The months of a range count both end months
(Jan 2020 – Dec 2022 is 36); a range of bare years counts whole years (2017–2019 is 24,
2019–2019 is 12). An open range ("– Present") has no month count, so results never depend
on today's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DATE_RANGE", "DateRange", "find_ranges", "odd_dates", "parse_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    rf"(?:{_MONTH}\.?,?\s*(?:(?:19|20)\d{{2}}|['’]\d{{2}})"
    r"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}\s*[/-]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    r"|(?:19|20)\d{2})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|to\s+date|ongoing|date)"
_SEP = r"\s*(?:-{1,2}|–|—|to|until|till|through|thru)\s*"
DATE_RANGE = re.compile(
    rf"(?<![\w/.])(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT})(?![\w/])", re.IGNORECASE
)
_SINCE = re.compile(rf"(?<!\w)since\s+(?P<start>{_DATE})(?![\w/])", re.IGNORECASE)
_ODD = re.compile(
    r"(?<!\w)(?:(?:spring|summer|fall|autumn|winter|q[1-4])\s+(?:19|20)\d{2}"
    r"|(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]\s*(?:0?[1-9]|1[0-2])/\d{2}"
    r"|(?:1[3-9]|[2-9]\d)/(?:19|20)\d{2})(?![\w/])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date range found in text: ``start``/``end`` as ``YYYY-MM`` (``end`` None = present)."""

    start: str
    end: str | None
    months: int | None
    styles: tuple[str, ...]
    span: tuple[int, int]


def parse_date(text: str) -> tuple[int, int | None, str] | None:
    """``(year, month or None, style)`` for one date; style is month-name/numeric/iso/year."""
    text = text.strip().lower().replace("’", "'")
    name = re.match(rf"({_MONTH})\.?,?\s*((?:19|20)\d{{2}}|'\d{{2}})$", text)
    if name:
        year = name.group(2)
        full = 2000 + int(year[1:]) if year.startswith("'") else int(year)
        return full, _MONTHS[name.group(1)[:3]], "month-name"
    numeric = re.match(r"(\d{1,2})\s*[/.-]\s*(\d{4})$", text)
    if numeric and 1 <= int(numeric.group(1)) <= 12:
        return int(numeric.group(2)), int(numeric.group(1)), "numeric"
    iso = re.match(r"(\d{4})\s*[/-]\s*(\d{1,2})$", text)
    if iso and 1 <= int(iso.group(2)) <= 12:
        return int(iso.group(1)), int(iso.group(2)), "iso"
    if re.fullmatch(r"(19|20)\d{2}", text):
        return int(text), None, "year"
    return None


def find_ranges(text: str) -> list[DateRange]:
    """Every date range in ``text``, in order ("since March 2021" is an open range)."""
    ranges = _closed_ranges(text)
    taken = [r.span for r in ranges]
    for match in _SINCE.finditer(text):
        start = parse_date(match.group("start"))
        inside = any(a <= match.start() < b for a, b in taken)
        if start is not None and not inside:
            first = f"{start[0]:04d}-{start[1] or 1:02d}"
            ranges.append(DateRange(first, None, None, (start[2],), match.span()))
    return sorted(ranges, key=lambda r: r.span)


def _closed_ranges(text: str) -> list[DateRange]:
    ranges = []
    for match in DATE_RANGE.finditer(text):
        start = parse_date(match.group("start"))
        end = parse_date(match.group("end"))
        if start is None:
            continue
        styles = (start[2],) if end is None else (start[2], end[2])
        if end is not None and (end[0], end[1] or 1) < (start[0], start[1] or 1):
            continue  # an end before the start is not a range ("2021 - 2019 ")
        ranges.append(
            DateRange(
                start=f"{start[0]:04d}-{start[1] or 1:02d}",
                end=None if end is None else f"{end[0]:04d}-{end[1] or 1:02d}",
                months=None if end is None else _months(start, end),
                styles=styles,
                span=match.span(),
            )
        )
    return ranges


def _months(start: tuple[int, int | None, str], end: tuple[int, int | None, str]) -> int:
    if start[1] is None and end[1] is None:
        return max(12, 12 * (end[0] - start[0]))
    return (end[0] * 12 + (end[1] or 1)) - (start[0] * 12 + (start[1] or 1)) + 1


def odd_dates(text: str) -> list[str]:
    """Dates an ATS may not parse: seasons, quarters, two-digit years, month numbers > 12."""
    return [match.group(0) for match in _ODD.finditer(text)]
