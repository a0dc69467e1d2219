"""Credentials with status, years and degrees with field (issue 8 item 4), end to end on
realistic nursing, accounting, trades and teaching documents, both ways."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.extract.understand.credentials import credential_status
from atsmatch.extract.understand.degrees import field_matches, find_degrees
from atsmatch.extract.understand.titles import in_field, same_word
from atsmatch.extract.understand.years import find_years, years_field

NURSE_JOB = """Registered Nurse - Medical/Surgical Unit
Requirements
- Active RN license required
- 3+ years of nursing experience
- Bachelor of Science in Nursing (BSN) required
- BLS certification required
Benefits
- Medical and dental insurance
"""
NURSE = """Maria Lopez
maria.lopez@example.com

EXPERIENCE
Registered Nurse, Mercy Hospital
Jan 2019 - Dec 2023
- Provided patient care for 5-6 patients per shift on a med-surg unit.
- Administered medications and documented care in Epic.

EDUCATION
Bachelor of Science in Nursing, State University, 2018

CERTIFICATIONS
RN license, BLS
"""
SWITCHER = """Sam Carter
sam.carter@example.com

EXPERIENCE
Registered Nurse, Mercy Hospital
Jan 2022 - Dec 2023
- Provided patient care on a med-surg unit.
Software Engineer, Acme Corp
Jan 2015 - Dec 2021
- Built Python services for billing.

EDUCATION
B.S. in Computer Science, State University, 2014

CERTIFICATIONS
RN license, BLS
"""
CPA_JOB = """Senior Accountant
Requirements
- Active CPA license required
- 5 years in accounting
- Bachelor's degree in Accounting or Finance
"""
ACCOUNTANT = """David Chen
david.chen@example.com

EXPERIENCE
Senior Accountant, Midwest Manufacturing
Jan 2017 - Dec 2023
- Managed month-end close and prepared financial statements under GAAP.

EDUCATION
Bachelor of Science in Accounting, University of Illinois, 2016

CERTIFICATIONS
{cpa}
"""
PMP_JOB = """Project Manager
Requirements
- Active PMP certification required
- 3+ years of project management experience
"""
PMP_RESUME = """Lee Park
lee.park@example.com

EXPERIENCE
Project Manager, Northwind Construction
Jan 2018 - Dec 2023
- Managed schedules and budgets for commercial builds.

CERTIFICATIONS
{pmp}
"""


def _knockouts(resume: str, job: str, **options: object) -> list[str]:
    config = atsmatch.MatchConfig(**options)  # type: ignore[arg-type]
    return [k.message for k in atsmatch.match(resume, job, config=config).knockouts]


def _term(resume: str, job: str, prefix: str) -> atsmatch.Term:
    found = [t for t in atsmatch.match(resume, job).terms if t.id.startswith(prefix)]
    assert found, prefix
    return found[0]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("PMP candidate (exam scheduled)", "pursuing"),
        ("CPA candidate", "pursuing"),
        ("Pursuing CPA licensure", "pursuing"),
        ("CPA exam: passed 2 of 4 sections", "pursuing"),
        ("PMP, expected 2026", "pursuing"),
        ("RN license (expired 2019)", "expired"),
        ("Journeyman Electrician license, lapsed", "expired"),
        ("Certified Public Accountant (CPA), Illinois", "held"),
        ("PMP (2019)", "held"),
        ("Pharmacy Technician Trainee, CVS", "pursuing"),
        ("CDL Class A (learner's permit)", "pursuing"),
        ("RN in training", "pursuing"),
    ],
)
def test_credentials_status_of_a_resume_line(line: str, status: str) -> None:
    name = next(
        n for n in ("PMP", "CPA", "RN", "Journeyman", "Pharmacy Technician", "CDL") if n in line
    )
    start = line.index(name)
    assert credential_status(line, start, start + len(name)) == status


def test_credentials_status_stays_with_its_list_item() -> None:
    line = "Certifications: PMP, CPA (candidate)"
    assert credential_status(line, 16, 19) == "held"
    assert credential_status(line, 21, 24) == "pursuing"


@pytest.mark.parametrize(
    ("cpa", "knocked"),
    [
        ("Certified Public Accountant (CPA), Illinois", False),
        ("CPA candidate, exam sections passed: 2 of 4", True),
        ("CPA (license expired 2015)", True),
    ],
)
@pytest.mark.parametrize("ats", ["generic", "prescreen"])
def test_credentials_required_cpa_needs_an_active_license(
    cpa: str, knocked: bool, ats: str
) -> None:
    resume = ACCOUNTANT.format(cpa=cpa)
    result = atsmatch.match(resume, CPA_JOB, config=atsmatch.MatchConfig(ats=ats))
    cpa_knockouts = [k for k in result.knockouts if "CPA" in k.required]
    assert bool(cpa_knockouts) is knocked
    if knocked:
        assert "not held" in cpa_knockouts[0].message
        assert cpa_knockouts[0].found.startswith(("pursuing", "expired"))
    if ats == "prescreen":
        assert (result.score == 0) is knocked


@pytest.mark.parametrize(
    ("pmp", "credit", "via"),
    [("PMP (2019)", 1.0, None), ("PMP candidate (exam scheduled)", 0.3, "pursuing")],
)
def test_credentials_pursuing_gets_partial_credit_only(pmp: str, credit: float, via: str) -> None:
    term = _term(PMP_RESUME.format(pmp=pmp), PMP_JOB, "atsmatch:pmp")
    assert term.credit == pytest.approx(credit)
    if via:
        assert term.via == via and term.status == "partial"
    knocked = any("PMP" in k for k in _knockouts(PMP_RESUME.format(pmp=pmp), PMP_JOB))
    assert knocked is (via is not None)


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("3+ years of nursing experience", "nursing"),
        ("5 years in accounting", "accounting"),
        ("3+ years of experience in software development", "software development"),
        ("2+ years of experience as a registered nurse", "registered nurse"),
        ("4 years of teaching experience in elementary schools", "teaching"),
        ("4+ years of commercial electrical experience", "commercial electrical"),
        ("3+ years of experience", None),
        ("5+ years of relevant professional experience", None),
        (
            "2+ years of experience in international logistics, freight forwarding or import"
            " operations",
            "international logistics or freight forwarding or import operations",
        ),
        (
            "5+ years in SRE, production engineering or systems engineering roles",
            "sre or production engineering or systems engineering",
        ),
        (
            "3+ years of data analysis or business intelligence experience",
            "data analysis or business intelligence",
        ),
        ("3+ years of nursing experience, preferably in ICU", "nursing"),
        ("7+ years of accounting, including 2 years of supervision", "accounting"),
        (
            "2 years as a medical assistant, preferably in dermatology or another specialty",
            "medical assistant",
        ),
        ("3+ years of B2B SaaS closing experience as an Account Executive", "account executive"),
        ("3+ years of experience teaching in an elementary classroom", "teaching"),
        ("2+ years of welding experience in a fabrication shop or field setting", "welding"),
    ],
)
def test_years_field_of_a_requirement(sentence: str, field: str | None) -> None:
    phrase = find_years(sentence)[0]
    found = years_field(sentence, phrase.end, phrase.scope_end)
    assert (found.lower() if found else None) == field


@pytest.mark.parametrize(
    ("title", "field", "expected"),
    [
        ("Registered Nurse", "nursing", True),
        ("Charge Nurse", "registered nurse", True),
        ("Software Engineer", "nursing", False),
        ("Registered Dietitian", "registered nurse", False),
        ("Staff Accountant", "accounting", True),
        ("Fourth Grade Teacher", "teaching", True),
        ("Apprentice Electrician", "commercial electrical", True),
        ("Warehouse Associate", "commercial electrical", False),
        ("Systems Administrator", "systems engineering", True),
        ("Software Engineer", "production engineering", False),
        ("Project Manager", "IT project management", False),
        ("Certified Nursing Assistant", "critical care nursing", False),
        ("Appliance Service Technician", "residential HVAC service", False),
        ("Software Engineer", "software development", True),
        ("Senior Account Executive", "B2B sales", True),
        ("Registered Nurse", "B2B sales", False),
        ("Senior Recruiter", "HR", True),
        ("Cashier", "HR", False),
        ("Senior Recruiter", "HR generalist", False),
        ("HR Generalist", "HR generalist", True),
    ],
)
def test_years_position_in_field(title: str, field: str, expected: bool) -> None:
    assert in_field(title, "", field) is expected


def test_years_position_in_field_by_its_text_when_the_title_is_generic() -> None:
    body = "Managed commercial construction projects: schedules, budgets, subcontractors"
    field = "commercial construction project management"
    assert in_field("Project Manager", body, field)
    assert not in_field("Project Manager", "Ran ERP rollouts for IT", field)


def test_years_position_in_field_words_of_a_generic_head_from_the_summary() -> None:
    field = "healthcare data analysis"
    summary = "Healthcare data analyst with 5 years of HEDIS reporting"
    assert in_field("Quality Data Analyst", "- HEDIS reports", field, context=summary)
    assert not in_field("Data Analyst", "- Retail dashboards", field, context="Retail analyst")
    assert not in_field("Project Manager", "- Hospital projects", "IT project management")
    assert in_field("Project Manager", "- Cloud migrations for IT", "IT project management")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("nurse", "nursing", True), ("manager", "management", True), ("care", "career", False),
     ("data", "database", False)],
)  # fmt: skip
def test_years_same_word(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same


def test_years_nursing_counts_only_nursing_positions() -> None:
    term = _term(SWITCHER, NURSE_JOB, "experience:years")
    assert term.name == "3+ years of nursing experience"
    assert term.via == "years_in_field"
    assert term.credit == pytest.approx(2 / 3)
    message = next(k for k in _knockouts(SWITCHER, NURSE_JOB) if "years" in k)
    assert "2 of 3 years in nursing (Registered Nurse 2022–2023)" in message


def test_years_nursing_met_by_nursing_positions() -> None:
    term = _term(NURSE, NURSE_JOB, "experience:years")
    assert term.credit == 1.0 and term.status == "matched"
    assert not any("years" in k for k in _knockouts(NURSE, NURSE_JOB))


def test_years_claim_naming_the_field_counts() -> None:
    resume = "Summary\nStaff accountant with 8 years of experience in accounting.\n"
    term = _term(resume, CPA_JOB, "experience:years")
    assert term.credit == 1.0


@pytest.mark.parametrize(
    ("asked", "held", "expected"),
    [
        ("Bachelor of Science in Nursing (BSN) required", "B.S. in Computer Science", False),
        ("Bachelor of Science in Nursing (BSN) required", "BSN, Mercy College", True),
        ("BSN required", "Bachelor of Science in Nursing, 2018", True),
        ("Bachelor's in Computer Science or a related field", "B.S. in Mathematics", True),
        ("Bachelor's in Computer Science or a related field", "B.A. in English", False),
        ("Bachelor's in Computer Science", "B.S. in Mathematics", False),
        ("Bachelor's degree in Accounting or Finance", "B.S. in Finance", True),
        ("Bachelor's degree in Education", "B.A. in History", False),
        ("Bachelor's degree in Nursing", "Bachelor of Science, State University", None),
    ],
)
def test_degrees_field_compared(asked: str, held: str, expected: bool | None) -> None:
    job = find_degrees(asked)[0].degree
    resume = find_degrees(held, education=True)[0].degree
    assert field_matches(job, resume) is expected


def test_degrees_computer_science_does_not_meet_a_nursing_degree() -> None:
    term = _term(SWITCHER, NURSE_JOB, "education:degree")
    assert term.name == "bachelor's degree in Nursing"
    assert term.via == "other_field" and term.status == "partial"
    message = next(k for k in _knockouts(SWITCHER, NURSE_JOB) if "degree" in k)
    assert "B.S. Computer Science — field does not match Nursing" in message


def test_degrees_nursing_degree_meets_a_nursing_job() -> None:
    term = _term(NURSE, NURSE_JOB, "education:degree")
    assert term.status == "matched"
    assert _knockouts(NURSE, NURSE_JOB) == []


TEACHER_JOB = """Elementary Teacher
Requirements
- Bachelor's degree in Education required
- 2+ years of teaching experience
"""
TEACHER = """Ana Ruiz
ana.ruiz@example.com

EXPERIENCE
Fourth Grade Teacher, Lincoln Elementary
Aug 2020 - Jun 2024
- Planned lessons for 28 students.
Retail Associate, Target
Jun 2016 - Jul 2020
- Ran the register.

EDUCATION
B.A. in Elementary Education, State University, 2020
"""


def test_teaching_years_and_degree_met() -> None:
    assert _knockouts(TEACHER, TEACHER_JOB) == []
    assert _term(TEACHER, TEACHER_JOB, "experience:years").credit == 1.0


def test_teaching_retail_years_do_not_count() -> None:
    resume = TEACHER.replace("Fourth Grade Teacher", "Teacher").replace("Aug 2020", "Aug 2023")
    found = [k for k in _knockouts(resume, TEACHER_JOB) if "teaching" in k]
    assert found and "0.9 of 2 years in teaching" in found[0]


def test_years_field_stops_at_experience() -> None:
    sentence = "5+ years of software engineering experience building backend systems"
    phrase = find_years(sentence)[0]
    assert years_field(sentence, phrase.end, phrase.scope_end) == "software engineering"


@pytest.mark.parametrize(
    ("title", "body", "field", "expected"),
    [
        ("Account Executive", "- Managed the full sales cycle.", "sales", True),
        ("Software Engineer", "- Built Python services for billing.", "nursing", False),
        ("Funeral Counselor", "- Counseled families on genetic risks.", "genetic counselor", False),
    ],
)
def test_years_position_text_shows_a_field(
    title: str, body: str, field: str, expected: bool
) -> None:
    assert in_field(title, f"{title}\n{body}", field) is expected
