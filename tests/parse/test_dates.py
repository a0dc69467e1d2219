from __future__ import annotations

import pytest

from atsmatch.parse.structure.dates import (
    find_dates,
    find_ranges,
    leading_date,
    odd_dates,
    parse_date,
)


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
        ("Mar 2019 ~ Feb 2020", "2019-03", "2020-02", 12),
        ("2018 → 2020", "2018-01", "2020-01", 24),
        ("Sep '98 - Jun '01", "1998-09", "2001-06", 34),
    ],
)
def test_dates_ranges(text: str, start: str, end: str | None, months: int | None) -> None:
    (found,) = find_ranges(f"Engineer at Acme  {text}  (remote)")
    assert (found.start, found.end, found.months) == (start, end, months)


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.11 - 2 years",
        "ISO 9001-2015",
        "call 2019 2020",
        "2021 - 2019",
        "v1.2 - 2.0",
        "call 555-2019-2020",
        "Summer 2019 - Fall 2020",
    ],
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
    ("text", "parsed"),
    [("Spring 2019", (2019, 3, "season")), ("autumn 2020", (2020, 9, "season"))],
)
def test_dates_parse_date_seasons_on_request(
    text: str, parsed: tuple[int, int | None, str]
) -> None:
    assert parse_date(text, seasons=True) == parsed


def test_dates_seasons_make_ranges_only_on_request() -> None:
    text = "Intern, Summer 2019 - Fall 2020"
    (found,) = find_ranges(text, seasons=True)
    assert (found.start, found.end, found.months, found.styles) == (
        "2019-06",
        "2020-09",
        16,
        ("season", "season"),
    )


def test_dates_find_dates_lists_every_date() -> None:
    text = "B.S. 2017; Mar 2019 - 06/2021; Summer 2022"
    assert find_dates(text) == [
        (2017, None, "year"),
        (2019, 3, "month-name"),
        (2021, 6, "numeric"),
        (2022, None, "year"),  # without seasons, "Summer 2022" is its bare year
    ]
    assert find_dates(text, seasons=True)[-1] == (2022, 6, "season")


def test_dates_ranges_within_bounds_and_without_since() -> None:
    text = "since May 2018\nJan 2019 - Dec 2019\nFeb 2020 - Present"
    start = text.index("Jan")
    assert [r.start for r in find_ranges(text, start)] == ["2019-01", "2020-02"]
    assert [r.start for r in find_ranges(text, 0, text.index("Feb"))] == ["2018-05", "2019-01"]
    assert [r.start for r in find_ranges(text, since=False)] == ["2019-01", "2020-02"]


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


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023 \u2011 Heute", "2023-01", None),
        ("März 2019 bis Juni 2020", "2019-03", "2020-06"),
        ("Mai 2020 – Okt. 2021", "2020-05", "2021-10"),
        ("Jan 2019 \u2010 Dez 2020", "2019-01", "2020-12"),
        ("juillet 2018 – aujourd'hui", "2018-07", None),
        ("févr. 2017 au déc. 2018", "2017-02", "2018-12"),
        ("marzo de 2018 - actualidad", "2018-03", None),
        ("2015年3月–2015年5月", "2015-03", "2015-05"),
        ("2014 年 6 月 – 至今", "2014-06", None),
        ("2015년 3월 ~ 현재", "2015-03", None),
        ("2015.03 - 2016.05", "2015-03", "2016-05"),
        ("Mar 2021 \u2212 Present", "2021-03", None),
        ("seit April 2022", "2022-04", None),
    ],
)
def test_dates_other_languages_and_dashes(text: str, start: str, end: str | None) -> None:
    (found,) = find_ranges(f"Acme  {text}")
    assert (found.start, found.end) == (start, end)


def test_dates_cjk_date_may_run_into_words() -> None:
    (found,) = find_ranges("信息与通信工程, 2013 年 9 月–2016 年 3 月毕业")
    assert (found.start, found.end) == ("2013-09", "2016-03")


@pytest.mark.parametrize(
    ("text", "start", "span"),
    [
        ("2016 / 09 - University of Bremen", "2016-09", (0, 9)),
        ("2011/11 | Acme Consulting", "2011-11", (0, 7)),
        ("Mar 2020 Acme Inc", "2020-03", (0, 8)),
        ("2019: Volunteer, Red Cross", "2019-01", (0, 4)),
    ],
)
def test_dates_leading_date_of_a_date_first_entry(
    text: str, start: str, span: tuple[int, int]
) -> None:
    found = leading_date(text)
    assert found is not None and (found.start, found.end, found.span) == (start, start, span)


@pytest.mark.parametrize(
    "text", ["2019 Acme", "2014 - 2016 - We4IT", "2019 - 25% more", "2019", "Acme 2019 - x"]
)
def test_dates_no_leading_date(text: str) -> None:
    assert leading_date(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan-2020 – Mar-2021", "2020-01", "2021-03"),
        ("Acme Corp\t2018 –", "2018-01", None),
        ("Acme Corp\tJan 2020 -\tBoston, MA", "2020-01", None),
        ("Engineer, 2019 —\n• Built", "2019-01", None),
    ],
)
def test_dates_hyphenated_month_and_an_open_dash(text: str, start: str, end: str | None) -> None:
    (found,) = find_ranges(text)
    assert (found.start, found.end) == (start, end)


def test_dates_open_dash_needs_the_end_of_its_cell() -> None:
    assert find_ranges("2016 / 09 - University of Bremen") == []
    assert find_ranges("Acme 2018 – big year") == []
