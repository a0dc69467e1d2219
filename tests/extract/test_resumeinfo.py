"""Resume understanding: date ranges, months per skill, total years, titles, degree."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch import extract
from atsmatch.document import ExperienceEntry, Span
from atsmatch.errors import ConfigError
from atsmatch.extract.understand import understand
from atsmatch.extract.understand.dates import (
    find_ranges,
    format_month,
    latest_month,
    month_from_iso,
    union_months,
)
from atsmatch.parse import parse_text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("March 2021 – Present", "2021-03", None),
        ("June 2017 – February 2021", "2017-06", "2021-02"),
        ("06/2017 - 02/2021", "2017-06", "2021-02"),
        ("6/2017 to 2/2021", "2017-06", "2021-02"),
        ("2017 - 2019", "2017-01", "2018-12"),  # bare years count whole years: 24 months
        ("2019 – 2019", "2019-01", "2019-12"),
        ("2017 – March 2019", "2017-01", "2019-03"),
        ("Jan. 2020 to Dec 2020", "2020-01", "2020-12"),
        ("Sept 2018 - Current", "2018-09", None),
        ("Mar '19 – Now", "2019-03", None),
        ("2019-03 – 2020-01", "2019-03", "2020-01"),
        ("Summer 2020 - Fall 2020", "2020-06", "2020-09"),
        ("May 2015 through August 2016", "2015-05", "2016-08"),
        ("2019 to date", "2019-01", None),
        ("Winter 2018 → Mar 2019", "2018-12", "2019-03"),
    ],
)
def test_resumeinfo_date_ranges(text: str, first: str, last: str | None) -> None:
    (found,) = find_ranges(text)
    assert format_month(found.first) == first
    assert (None if found.last is None else format_month(found.last)) == last
    assert (found.start, found.end) == (0, len(text))


@pytest.mark.parametrize(
    "text", ["2021 – 2019", "Since 2019", "call 555-2019-2020", "3-5 years", "version 2.0 - 3.1"]
)
def test_resumeinfo_not_date_ranges(text: str) -> None:
    assert find_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("B.S. 2017, certified 2022", "2022-01"),
        ("May 2023 and 2021", "2023-05"),
        ("Summer 2023, 2023-02", "2023-06"),
        ("none", None),
    ],
)
def test_resumeinfo_latest_month(text: str, latest: str | None) -> None:
    found = latest_month(text)
    assert (None if found is None else format_month(found)) == latest


@pytest.mark.parametrize("value", ["2024", "2024-13", "May 2024", ""])
def test_resumeinfo_bad_reference_raises(value: str) -> None:
    with pytest.raises(ConfigError, match="YYYY-MM"):
        month_from_iso(value)


@given(st.lists(st.tuples(st.integers(0, 600), st.integers(0, 120)), max_size=12))
def test_resumeinfo_union_never_exceeds_span_or_sum(pairs: list[tuple[int, int]]) -> None:
    ranges = [(a, a + d) for a, d in pairs]
    total = union_months(ranges)
    assert total <= sum(b - a + 1 for a, b in ranges)
    if ranges:
        assert total <= max(b for _, b in ranges) - min(a for a, _ in ranges) + 1
        assert total >= max(b - a + 1 for a, b in ranges)


@given(
    st.lists(st.tuples(st.integers(0, 600), st.integers(0, 120)), min_size=1, max_size=8),
    st.data(),
)
def test_resumeinfo_overlapping_range_never_double_counts(
    pairs: list[tuple[int, int]], data: st.DataObject
) -> None:
    ranges = [(a, a + d) for a, d in pairs]
    a, b = data.draw(st.sampled_from(ranges))
    inner_a = data.draw(st.integers(a, b))
    inner_b = data.draw(st.integers(inner_a, b))
    assert union_months([*ranges, (inner_a, inner_b)]) == union_months(ranges)


RESUME = """Jane Doe
Data Engineer

Experience
Data Engineer at Acme Corp | Jan 2020 - Present
- Built Apache Spark pipelines in Python.
Analyst, Beta Inc — 06/2016 – 12/2019
- SQL reporting and Python scripts.
Contractor, Gamma LLC, 2019 - 2020
- Python ETL on Docker.

Skills
Python, SQL, Kubernetes

Education
MSc Data Science, University of Edinburgh, 2015 - 2016
BSc Mathematics, 2012 - 2015
"""


@pytest.mark.parametrize("source", ["parser", "scan"])
def test_resumeinfo_months_per_skill(source: str) -> None:
    """The parser's entries and the fallback scan of date ranges agree."""
    document = parse_text(RESUME)
    if source == "scan":
        document = dataclasses.replace(document, experience=())
    profile = understand(extract(document, kind="resume"), reference="2020-12")
    months = {s.name: s.months for s in profile.skills}
    # Python: 2016-06..2019-12, 2019-01..2019-12 (inside it) and 2020-01..2020-12
    assert months["Python"] == 55
    assert months["SQL"] == 43
    assert months["Docker"] == 12
    assert months["Kubernetes"] is None  # only in the skills list
    assert profile.years_experience == pytest.approx(4.6)
    assert profile.titles == ("Data Engineer", "Contractor", "Analyst")
    assert profile.reference == "2020-12"


def test_resumeinfo_present_defaults_to_latest_date_in_document() -> None:
    profile = extract(RESUME + "\nCertifications\nCKA, March 2022\n", kind="resume")
    assert profile.reference == "2022-03"
    later = understand(profile, reference="2024-12")
    assert later.reference == "2024-12"
    assert later.years_experience is not None and profile.years_experience is not None
    assert later.years_experience > profile.years_experience


def test_resumeinfo_education_dates_are_not_experience() -> None:
    document = dataclasses.replace(parse_text(RESUME), experience=())
    profile = understand(extract(document, kind="resume"), reference="2020-12")
    # 2012-2016 study years would add 4 more years if counted
    assert profile.years_experience == pytest.approx(4.6)


def test_resumeinfo_uses_document_experience_when_present() -> None:
    text = "Experience\nBuilt Python tools at Acme.\nRan Docker at Beta.\n"
    doc = parse_text(text)
    python_at = text.index("Built")
    docker_at = text.index("Ran")
    entries = (
        ExperienceEntry("Engineer", "Acme", "2018-01", "2019-12", 24, Span(python_at, docker_at)),
        ExperienceEntry(
            "Senior Engineer", "Beta", "2019-06", None, None, Span(docker_at, len(text))
        ),
    )
    doc = dataclasses.replace(doc, experience=entries)
    profile = understand(extract(doc, kind="resume"), reference="2020-05")
    months = {s.name: s.months for s in profile.skills}
    assert months == {"Python": 24, "Docker": 12}
    assert profile.years_experience == pytest.approx(29 / 12, abs=0.05)
    assert (profile.title, profile.seniority) == ("Senior Engineer", "senior")


def test_resumeinfo_no_dates_means_unknown() -> None:
    profile = extract("Skills\nPython\nExperience\nWrote Python.\n", kind="resume")
    assert profile.years_experience is None
    assert profile.skill("atsmatch:python").months is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("education", "level", "field"),
    [
        ("B.S. Computer Science, University of Texas at Austin, 2017", 2, "Computer Science"),
        ("BS Computer Science\nMS Statistics, 2019", 3, "Statistics"),
        ("Ph.D. in Physics, MIT\nB.A. in Physics", 4, "Physics"),
        ("Associate of Applied Science in Nursing", 1, "Nursing"),
        ("MBA, Wharton School, 2015", 3, None),
        ("High school diploma", None, None),
    ],
)
def test_resumeinfo_highest_degree(education: str, level: int | None, field: str | None) -> None:
    profile = extract(f"Experience\nAnalyst\n\nEducation\n{education}\n", kind="resume")
    if level is None:
        assert profile.degree is None
        return
    assert profile.degree is not None
    assert (profile.degree.level, profile.degree.field) == (level, field)


@pytest.mark.parametrize("source", ["parser", "scan"])
def test_resumeinfo_example_resume(example_resume, source: str) -> None:  # type: ignore[no-untyped-def]
    document = parse_text(example_resume.read_text(encoding="utf-8"))
    if source == "scan":
        document = dataclasses.replace(document, experience=())
    profile = extract(document, kind="resume")
    assert profile.titles == ("Senior Software Engineer", "Software Engineer")
    assert profile.reference == "2022-01"  # the CKA certificate year is the latest date
    assert profile.years_experience == pytest.approx(4.7)  # 2017-06 .. 2022-01
    graphql = profile.skill("atsmatch:graphql")
    assert graphql is not None and graphql.months == 45  # named in the 2017-2021 entry only
    assert profile.degree is not None and profile.degree.level == 2


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(2000, 2020), st.integers(0, 5)), min_size=1, max_size=5))
def test_resumeinfo_total_never_exceeds_union_span(jobs: list[tuple[int, int]]) -> None:
    lines = ["Experience"]
    for i, (year, length) in enumerate(jobs):
        lines += [f"Engineer, Company {i}", f"{year} - {year + length}", "- Kubernetes work."]
    document = dataclasses.replace(parse_text("\n".join(lines) + "\n"), experience=())
    profile = extract(document, kind="resume")
    first = min(y for y, _ in jobs)
    last = max(y + n for y, n in jobs)
    assert profile.years_experience is not None
    assert profile.years_experience <= last - first + 1
    skill = profile.skill("atsmatch:kubernetes")
    assert skill is not None and skill.months is not None
    assert skill.months <= (last - first + 1) * 12
    assert abs(skill.months / 12 - profile.years_experience) < 0.05


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(2000, 2020), st.integers(1, 12), st.integers(0, 40)),
        min_size=1,
        max_size=4,
    )
)
def test_resumeinfo_parser_and_scan_agree(jobs: list[tuple[int, int, int]]) -> None:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lines = ["Experience"]
    for i, (year, month, length) in enumerate(jobs):
        end = year * 12 + month - 1 + length
        lines += [
            f"Engineer, Company {i}",
            f"{months[month - 1]} {year} - {months[end % 12]} {end // 12}",
            "- Kubernetes work.",
        ]
    parsed = parse_text("\n".join(lines) + "\n")
    scanned = dataclasses.replace(parsed, experience=())
    by_parser = extract(parsed, kind="resume")
    by_scan = extract(scanned, kind="resume")
    assert by_parser.years_experience == by_scan.years_experience
    assert by_parser.skill("atsmatch:kubernetes") == by_scan.skill("atsmatch:kubernetes")


@settings(max_examples=25, deadline=None)
@given(
    st.integers(2000, 2015),
    st.integers(2, 8),
    st.integers(0, 1),
    st.integers(0, 1),
)
def test_resumeinfo_overlapping_job_adds_nothing(
    year: int, length: int, inner_start: int, inner_length: int
) -> None:
    outer = f"Engineer, Acme\n{year} - {year + length}\n- Kubernetes work.\n"
    inner_year = year + inner_start
    inner = f"Consultant, Beta\n{inner_year} - {inner_year + inner_length}\n- Docker work.\n"
    one = dataclasses.replace(parse_text("Experience\n" + outer), experience=())
    two = dataclasses.replace(parse_text("Experience\n" + outer + inner), experience=())
    first = extract(one, kind="resume")
    second = extract(two, kind="resume")
    assert first.years_experience == second.years_experience == length


def test_resumeinfo_mention_in_overlapping_entry_spans_counts_both() -> None:
    text = "Experience\nDocker at Acme and Beta.\nKubernetes at Gamma.\n"
    docker_at, k8s_at = text.index("Docker"), text.index("Kubernetes")
    entries = (
        ExperienceEntry("Engineer", "Acme", "2018-01", "2018-12", 12, Span(11, k8s_at)),
        ExperienceEntry("Consultant", "Beta", "2020-01", "2020-06", 6, Span(docker_at, k8s_at)),
        ExperienceEntry("Engineer", "Gamma", "2021-01", "2021-03", 3, Span(k8s_at, len(text))),
    )
    doc = dataclasses.replace(parse_text(text), experience=entries)
    profile = extract(doc, kind="resume")
    months = {s.name: s.months for s in profile.skills}
    assert months == {"Docker": 18, "Kubernetes": 3}
    assert profile.years_experience == pytest.approx(1.8)  # 21 months, one decimal


@pytest.mark.parametrize(
    ("head", "title", "seniority"),
    [
        ("Jane Doe\nSenior Data Engineer\njane@example.com\n", "Senior Data Engineer", "senior"),
        ("Jane Doe\njane@example.com | 555-123-4567\n", None, None),
    ],
)
def test_resumeinfo_headline_title_without_entries(
    head: str, title: str | None, seniority: str | None
) -> None:
    profile = extract(head + "\nSkills\nDocker\n", kind="resume")
    assert (profile.title, profile.seniority, profile.titles) == (title, seniority, ())
