from __future__ import annotations

import pytest

from atsmatch.parse.dates import find_ranges, odd_dates, parse_date


@pytest.mark.parametrize(
    ("text", "start", "end", "months"),
    [
        ("March 2021 – Present", "2021-03", None, None),
        ("03/2019 - 06/2021", "2019-03", "2021-06", 28),
        ("2017–2019", "2017-01", "2019-01", 24),
        ("2019 - 2019", "2019-01", "2019-01", 12),
        ("Jan. 2020 to Dec 2022", "2020-01", "2022-12", 36),
        ("Sept 2018 — Current", "2018-09", None, None),
        ("2019-03 – 2020-02", "2019-03", "2020-02", 12),
        ("Jun 2017 until Feb 2021", "2017-06", "2021-02", 45),
        ("May '19 - Aug '20", "2019-05", "2020-08", 16),
        ("1.2015 - 12.2016", "2015-01", "2016-12", 24),
        ("December 2015 -- now", "2015-12", None, None),
        ("Feb 2020 - to date", "2020-02", None, None),
        ("since March 2021", "2021-03", None, None),
        ("Jan 2020 till date", "2020-01", None, None),
    ],
)
def test_dates_ranges(text: str, start: str, end: str | None, months: int | None) -> None:
    (found,) = find_ranges(f"Engineer at Acme  {text}  (remote)")
    assert (found.start, found.end, found.months) == (start, end, months)


@pytest.mark.parametrize(
    "text",
    ["Python 3.11 - 2 years", "ISO 9001-2015", "call 2019 2020", "2021 - 2019", "v1.2 - 2.0"],
)
def test_dates_not_ranges(text: str) -> None:
    assert find_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("Mar 2021", (2021, 3, "month-name")),
        ("september 2019", (2019, 9, "month-name")),
        ("03/2019", (2019, 3, "numeric")),
        ("2019-03", (2019, 3, "iso")),
        ("2019", (2019, None, "year")),
        ("13/2019", None),
        ("Spring 2019", None),
    ],
)
def test_dates_parse_date(text: str, parsed: tuple[int, int | None, str] | None) -> None:
    assert parse_date(text) == parsed


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("Summer 2019 - Fall 2020", ["Summer 2019", "Fall 2020"]),
        ("Q3 2021", ["Q3 2021"]),
        ("03/19 - 06/21", ["03/19 - 06/21"]),
        ("13/2020", ["13/2020"]),
        ("Mar 2020 - Jun 2021", []),
    ],
)
def test_dates_odd(text: str, odd: list[str]) -> None:
    assert odd_dates(text) == odd
