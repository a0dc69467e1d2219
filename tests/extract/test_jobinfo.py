"""Job understanding: years, degrees, certifications, title and seniority."""

from __future__ import annotations

import re

import pytest

from atsmatch import extract
from atsmatch.extract.understand.credentials import find_credentials
from atsmatch.extract.understand.degrees import find_degrees, has_equivalent
from atsmatch.extract.understand.titles import (
    find_job_title,
    seniority_in_text,
    seniority_of,
    split_title,
)
from atsmatch.extract.understand.years import find_years


def _job(text: str):  # type: ignore[no-untyped-def]
    return extract(text, kind="job")


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("5+ years of Python", [5.0]),
        ("3-5 years in data engineering", [3.0]),
        ("3 to 5 years of experience", [3.0]),
        ("at least 2 years' experience with AWS", [2.0]),
        ("minimum of seven years of experience", [7.0]),
        ("Minimum of seven (7) years of software development experience", [7.0]),
        ("10+ yrs Java", [10.0]),
        ("6 months of experience with Excel", [0.5]),
        ("two or more years of experience", [2.0]),
        ("at least a year of experience with Docker", [1.0]),
        ("We were founded 20 years ago", []),
        ("over the past 10 years we grew", []),
        ("in business for 20 years", []),
        ("applicants must be 18 years old", []),
        ("holiday increases up to 26 days after 2 years", []),
        ("In only 9 years on the market we have grown", []),
        ("We are celebrating 25 years in the IT industry", []),
    ],
)
def test_jobinfo_years_phrases(sentence: str, years: list[float]) -> None:
    assert [p.years for p in find_years(sentence)] == years


@pytest.mark.parametrize(
    ("text", "skill_years", "overall"),
    [
        ("Requirements\n- 5+ years of Python\n", {"Python": 5.0}, None),
        (
            "Requirements\n- At least 2 years' experience with AWS\n",
            {"Amazon Web Services": 2.0},
            None,
        ),
        ("Requirements\n- 10+ yrs Terraform\n", {"Terraform": 10.0}, None),
        (
            "You have:\n3+ years of closing experience in enterprise deals, a track record, "
            "experience with Salesforce.\n",
            {"Salesforce": None},
            3.0,
        ),
        ("Requirements\n- PostgreSQL (4+ years)\n", {"PostgreSQL": 4.0}, None),
        ("Requirements\n- Docker: 2 years\n", {"Docker": 2.0}, None),
        ("Requirements\n- 3-5 years in data engineering\n", {}, 3.0),
        ("Requirements\n- Minimum of seven years of experience\n- SQL\n", {"SQL": None}, 7.0),
        (
            "Requirements\n- 5+ years of professional experience.\n- 3+ years with Kubernetes.\n",
            {"Kubernetes": 3.0},
            5.0,
        ),
        (
            "Requirements\n- 8 years with a BS or 5 years with an MS.\n- 4+ years in finance.\n",
            {},
            5.0,
        ),
        ("Preferred\n- 7+ years of experience\nRequirements\n- 4+ years of experience\n", {}, 4.0),
        ("We have been around for 30 years and use Python.", {"Python": None}, None),
        ("Requirements\n- Twice a year we meet in Lisbon.\n", {}, None),
        ("Requirements\n- At least a year of experience with Docker.\n", {"Docker": 1.0}, None),
        (
            "Required: 4+ years building production systems in Kubernetes, solid PostgreSQL.",
            {"Kubernetes": 4.0, "PostgreSQL": None},
            None,
        ),
        (
            "Requirements\n- 5+ years of Terraform, Kubernetes and Docker\n",
            {"Terraform": 5.0, "Kubernetes": 5.0, "Docker": 5.0},
            None,
        ),
    ],
)
def test_jobinfo_years_per_skill_and_overall(
    text: str, skill_years: dict[str, float | None], overall: float | None
) -> None:
    profile = _job(text)
    found = {s.name: s.years for s in profile.skills}
    for name, years in skill_years.items():
        assert found[name] == years
    assert profile.years_experience == overall


def test_jobinfo_years_requirements_are_recorded() -> None:
    profile = _job("Requirements\n- 5+ years of Python and 3+ years of Docker\n")
    years = {(r.concept_id, r.years) for r in profile.requirements if r.kind == "years"}
    assert years == {("atsmatch:python", 5.0), ("atsmatch:docker", 3.0)}
    mention = next(r.mention for r in profile.requirements if r.concept_id == "atsmatch:python")
    assert profile.document.text[mention.start : mention.end] == mention.text == "5+ years"


@pytest.mark.parametrize(
    ("text", "level", "name", "fields"),
    [
        ("Bachelor's degree in Computer Science", 2, "Bachelor's degree", ("Computer Science",)),
        ("BS/MS in Computer Science, Engineering, or a related field", 2, "BS",
         ("Computer Science", "Engineering")),
        ("B.S. in Physics", 2, "B.S.", ("Physics",)),
        ("BSc in Mathematics", 2, "BSc", ("Mathematics",)),
        ("BA or BS in Economics", 2, "BA", ("Economics",)),
        ("8 years with a BS, or 5 with an MS.", 2, "BS", ()),
        ("Master's degree in Statistics", 3, "Master's degree", ("Statistics",)),
        ("MS in Data Science", 3, "MS", ("Data Science",)),
        ("M.Sc. in Chemistry", 3, "M.Sc.", ("Chemistry",)),
        ("MBA preferred", 3, "MBA", ()),
        ("PhD in Machine Learning", 4, "PhD", ("Machine Learning",)),
        ("Ph.D. in Biology", 4, "Ph.D.", ("Biology",)),
        ("Associate degree in Nursing", 1, "Associate degree", ("Nursing",)),
        ("ADN accepted with BSN within 5 years of hire", 1, "ADN", ()),
        ("Doctorate in Education", 4, "Doctorate", ("Education",)),
        ("University degree in computer science", 2, "University degree", ("computer science",)),
        ("You hold a degree in Economics", 2, "degree", ("Economics",)),
        ("A graduate degree in Statistics", 3, "graduate degree", ("Statistics",)),
        ("Advanced degree in Physics preferred", 3, "Advanced degree", ("Physics",)),
        ("Thesis and PhD supervision for students", 4, "PhD", ()),
        ("A PhD degree in the field of robotics and must have papers", 4, "PhD", ("robotics",)),
        ("Master's degree: Finance", 3, "Master's degree", ("Finance",)),
    ],
)  # fmt: skip
def test_jobinfo_degree_spellings(
    text: str, level: int, name: str, fields: tuple[str, ...]
) -> None:
    found = find_degrees(text)
    assert found, text
    degree = found[0].degree
    assert (degree.level, degree.name, degree.fields) == (level, name, fields)


@pytest.mark.parametrize(
    "text",
    [
        "Proficient in MS Excel and MS Office",
        "Scrum Master certification",
        "No degree required",
        "A degree is not required",
        "She was as good as BA analysts",
        "an undergraduate-level course",
        "to a high degree in practice",
    ],
)
def test_jobinfo_degree_false_readings(text: str) -> None:
    assert find_degrees(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("or equivalent experience", True),
        ("or equivalent practical experience", True),
        ("or an equivalent combination of education and experience", True),
        ("or 4+ years of relevant experience in lieu of a degree", True),
        ("in Computer Science", False),
    ],
)
def test_jobinfo_degree_or_equivalent(text: str, expected: bool) -> None:
    assert has_equivalent(text) is expected


@pytest.mark.parametrize(
    ("text", "level", "or_equivalent", "field"),
    [
        ("Requirements\n- Bachelor's degree in Computer Science or equivalent experience.\n",
         2, True, "Computer Science"),
        ("Requirements\n- PhD or MS in Statistics\n", 3, False, "Statistics"),
        ("Requirements\n- Bachelor's degree required; Master's preferred\n", 2, False, None),
        ("Preferred\n- Master's degree in Finance\n", 3, False, "Finance"),
        ("Benefits\n- We pay for your MBA\n", None, False, None),
    ],
)  # fmt: skip
def test_jobinfo_degree_asked(
    text: str, level: int | None, or_equivalent: bool, field: str | None
) -> None:
    degree = _job(text).degree
    if level is None:
        assert degree is None
        return
    assert degree is not None
    assert (degree.level, degree.or_equivalent, degree.field) == (level, or_equivalent, field)


def test_jobinfo_degree_requirements_keep_importance() -> None:
    profile = _job("Requirements\n- Bachelor's degree required; Master's preferred\n")
    levels = [(r.degree.level, r.importance) for r in profile.requirements if r.degree]
    assert levels == [(2, "required"), (3, "preferred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Requirements\n- BLS and ACLS certification required\n- CCRN certification is a plus\n",
            {("BLS", "required"), ("ACLS", "required"), ("CCRN", "preferred")},
        ),
        ("Requirements\n- Current RN license in Ohio\n", {("RN", "required")}),
        ("Requirements\n- Active Secret clearance\n", {("Secret", "required")}),
        ("Benefits\n- We pay for your AWS certification\n", set()),
        ("Requirements\n- Professional certification preferred\n", set()),
    ],
)
def test_jobinfo_credentials(text: str, expected: set[tuple[str, str]]) -> None:
    """Found as taxonomy certifications or, when the taxonomy lacks them, by their shape."""
    requirements = [r for r in _job(text).requirements if r.kind == "certification"]
    found = {
        (name, r.importance)
        for r in requirements
        for name in re.findall(r"[A-Z][A-Za-z]+", r.mention.text + " " + r.text)
        if name in {n for n, _ in expected}
    }
    assert found == expected
    assert len(requirements) == len(expected)


def test_jobinfo_credentials_by_shape() -> None:
    found = [(c.name, c.start, c.end) for c in find_credentials("BLS and ACLS certification")]
    assert found == [("BLS certification", 0, 3), ("ACLS certification", 8, 12)]


def test_jobinfo_certifications_required_and_preferred() -> None:
    profile = _job("Requirements\n- CPA certification required.\nNice to have\n- PMP\n")
    certs = {r.concept_id: r.importance for r in profile.requirements if r.kind == "certification"}
    assert certs == {"atsmatch:cpa": "required", "atsmatch:pmp": "preferred"}  # none extra


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Senior Backend Engineer — Payments Platform\nAbout us\n...", "Senior Backend Engineer"),
        ("Senior Data Analyst (Remote)\nWe build things.", "Senior Data Analyst"),
        ("Job Title: Registered Nurse\nLocation: Boston", "Registered Nurse"),
        ("Acme Corp\nPosition: Staff Accountant\n", "Staff Accountant"),
        ("We are looking for a skilled Web Developer to join our team.", "Web Developer"),
        ("Requirements\n- Python\n", None),
        ("About us\nWe are a bank.", None),
    ],
)
def test_jobinfo_title(text: str, title: str | None) -> None:
    found = find_job_title(text)
    assert (found[0] if found else None) == title
    if found:
        assert text[found[1] : found[2]] == found[0]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineering Intern", "intern"),
        ("Junior Frontend Developer", "junior"),
        ("Jr. Data Analyst", "junior"),
        ("Entry-Level Accountant", "junior"),
        ("Software Engineer I", "junior"),
        ("Software Engineer II", "mid"),
        ("Mid-Level Designer", "mid"),
        ("Senior Backend Engineer", "senior"),
        ("Sr. Product Designer", "senior"),
        ("Lead Data Scientist", "lead"),
        ("Staff Software Engineer", "staff"),
        ("Principal Architect", "principal"),
        ("Engineering Manager", "manager"),
        ("Director of Engineering", "director"),
        ("VP of Sales", "executive"),
        ("Chief Technology Officer", "executive"),
        ("Staff Nurse", None),
        ("Web Developer", None),
    ],
)
def test_jobinfo_seniority_of_title(title: str, level: str | None) -> None:
    assert seniority_of(title) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("This is an entry-level role.", "junior"),
        ("Experience: Mid-level", "mid"),
        ("Seniority: Senior", "senior"),
        ("We build tools.", None),
    ],
)
def test_jobinfo_seniority_in_text(text: str, level: str | None) -> None:
    assert seniority_in_text(text) == level


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Senior Engineer — Payments (Remote)", "Senior Engineer"),
        ("Payments | Senior Engineer", "Senior Engineer"),
        ("Data Analyst at Acme", "Data Analyst"),
    ],
)
def test_jobinfo_split_title(line: str, role: str) -> None:
    assert split_title(line) == role


def test_jobinfo_example_job(example_job) -> None:  # type: ignore[no-untyped-def]
    profile = extract(example_job, kind="job")
    assert (profile.title, profile.seniority, profile.years_experience) == (
        "Senior Backend Engineer",
        "senior",
        5.0,
    )
    assert profile.degree is not None
    assert (profile.degree.level, profile.degree.field, profile.degree.or_equivalent) == (
        2,
        "Computer Science",
        True,
    )
    importance = {s.name: s.importance for s in profile.skills}
    assert importance["Docker"] == "required"
    assert importance["Snowflake"] == "preferred"
    assert importance["Apache Kafka"] == "mentioned"
    cert = [r for r in profile.requirements if r.kind == "certification"]
    assert [(r.concept_id, r.importance) for r in cert] == [("atsmatch:aws-saa", "preferred")]


def test_jobinfo_jsonresume_sample_job_as_text() -> None:
    """The JSON Resume sample job, written out as text the way its fields read."""
    text = (
        "Web Developer\nMicrosoft\nExperience: Mid-level\n"
        "We are looking for a skilled Web Developer to join our team.\n\n"
        "Responsibilities\n- Develop and maintain web applications\n"
        "- Ensure the technical feasibility of UI/UX designs\n\n"
        "Qualifications\n- Bachelor's degree in Computer Science or related field\n"
        "- 3+ years of experience in web development\n"
        "- Strong understanding of JavaScript, HTML, and CSS\n"
    )
    profile = extract(text, kind="job")
    assert (profile.title, profile.seniority, profile.years_experience) == (
        "Web Developer",
        "mid",
        3.0,
    )
    assert profile.degree is not None and profile.degree.level == 2
    assert profile.degree.fields == ("Computer Science",)
    assert {s.name: s.importance for s in profile.skills}.get("JavaScript") == "required"
