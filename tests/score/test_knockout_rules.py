"""Knockout rules read as a recruiter screens: one knockout per group of alternative
credentials, no knockout for what is obtained after hire or for a plain driver's licence, a
degree's field taken only from a mention asked as strongly, and years counted in the field
the job names (alternatives, a role, the positions' titles)."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.extract.understand.credentials import lower_class
from atsmatch.extract.understand.resumeinfo import find_entries, years_in_field
from atsmatch.parse import parse_text

REFERENCE = "2026-12"


def _knockouts(resume: str, job: str) -> list[atsmatch.Knockout]:
    profile = atsmatch.extract(parse_text(resume), kind="resume", reference=REFERENCE)
    return list(atsmatch.match(profile, parse_text(job)).knockouts)


def _kinds(resume: str, job: str) -> list[str]:
    return [k.kind for k in _knockouts(resume, job)]


HR_JOB = """HR Business Partner

Requirements
- SHRM-SCP or SPHR certification required
- Experience with employee relations and FMLA
"""


def test_alternative_credentials_make_one_knockout_naming_them_all() -> None:
    resume = "Experience\nHR Generalist, Acme (2019 - Present)\n- Employee relations, FMLA\n"
    found = [k for k in _knockouts(resume, HR_JOB) if k.kind == "certification"]
    assert len(found) == 1
    assert "SHRM-SCP" in found[0].required and "SPHR" in found[0].required


def test_alternative_credentials_one_held_is_no_knockout() -> None:
    resume = (
        "Experience\nHR Manager, Acme (2015 - Present)\n- Employee relations, FMLA\n\n"
        "Certifications\nSPHR, 2019\n"
    )
    assert "certification" not in _kinds(resume, HR_JOB)


ED_JOB = """Emergency Department Registered Nurse

Minimum qualifications
- Current BLS certification required
- PALS and TNCC required within 6 months of hire
- Valid driver's license required
"""
ED_RESUME = "Experience\nStaff Nurse, Mercy (2018 - Present)\n\nCertifications\nBLS (AHA), 2025\n"


def test_credentials_obtained_after_hire_are_no_knockout() -> None:
    found = " ".join(k.required for k in _knockouts(ED_RESUME, ED_JOB))
    assert "PALS" not in found and "TNCC" not in found


def test_credentials_required_now_are_still_a_knockout() -> None:
    found = " ".join(k.required for k in _knockouts("Experience\nCashier\n", ED_JOB))
    assert "BLS" in found


def test_a_plain_drivers_license_is_no_knockout_but_a_cdl_is() -> None:
    assert not any("driver" in k.required.lower() for k in _knockouts(ED_RESUME, ED_JOB))
    cdl_job = "Truck Driver\n\nRequirements\n- Valid Class A CDL required\n"
    assert "certification" in _kinds("Experience\nCashier, Kroger (2019 - Present)\n", cdl_job)


TEACHER_JOB = """Science Teacher

Qualifications
- Bachelor's degree required
- Classroom management

Preferred qualifications
- Master's degree in education or a science field
"""


def test_a_preferred_degree_field_does_not_narrow_the_required_degree() -> None:
    resume = "Education\nB.A. in History, State University, 2015\n"
    assert "degree" not in _kinds(resume, TEACHER_JOB)
    assert "degree" in _kinds("Experience\nCashier\n", TEACHER_JOB)


LOGISTICS_JOB = """Logistics Coordinator

Requirements
- 2+ years of experience in international logistics, freight forwarding or import operations
"""


def test_years_in_any_of_the_fields_the_job_lists() -> None:
    forwarder = (
        "Experience\nFreight Forwarding Specialist, Expeditors (2021 - Present)\n- Ocean bookings\n"
    )
    cashier = "Experience\nCashier, Target (2018 - Present)\n- Register and returns\n"
    assert "years" not in _kinds(forwarder, LOGISTICS_JOB)
    assert "years" in _kinds(cashier, LOGISTICS_JOB)


def test_entry_title_is_the_role_not_the_employer() -> None:
    resume = parse_text(
        "Experience\nSenior Systems Administrator - Heartland Mutual Insurance, Omaha, NE "
        "(2020 - Present)\n- Windows servers\n\nSystems Administrator - Great Plains Credit "
        "Union, Lincoln, NE (2016 - 2020)\n- Backups\n"
    )
    titles = [e.title for e in find_entries(resume)]
    assert titles and all(t and "Administrator" in t for t in titles)
    shown = years_in_field(resume, "systems engineering", reference=REFERENCE)
    assert shown.years is not None and shown.years >= 10


CLINIC_JOB = """Medical Assistant

Requirements
- BLS certification (or obtain within 30 days)
- CPR certification required
"""


def test_a_credential_the_job_lets_you_obtain_later_is_no_knockout() -> None:
    found = " ".join(k.required for k in _knockouts("Experience\nCashier\n", CLINIC_JOB))
    assert "BLS" not in found
    assert "CPR" in found


DEGREE_JOB = """Logistics Coordinator

Requirements
- Associate's or bachelor's degree in logistics, supply chain or business
"""


def test_associates_or_bachelors_asks_for_an_associates() -> None:
    associate = "Education\nAssociate of Applied Business, Supply Chain Management, 2021\n"
    assert "degree" not in _kinds(associate, DEGREE_JOB)
    assert "degree" in _kinds("Experience\nCashier\n", DEGREE_JOB)


def test_a_related_quantitative_field_meets_or_a_related_field() -> None:
    job = "Analyst\n\nRequirements\n- Bachelor's degree in statistics or a related field\n"
    assert "degree" not in _kinds("Education\nB.A. in Economics, 2019\n", job)
    assert "degree" in _kinds("Education\nB.A. in English Literature, 2019\n", job)


def test_a_compact_licence_is_where_a_licence_is_valid_not_a_credential() -> None:
    job = (
        "ICU Nurse\n\nRequirements\n"
        "- Current RN license in Utah or a Nurse Licensure Compact state\n"
    )
    nurse = (
        "Licenses\nRegistered Nurse (RN), Utah, active\n\n"
        "Experience\nStaff Nurse (2019 - Present)\n"
    )
    assert "certification" not in _kinds(nurse, job)
    assert "certification" in _kinds("Experience\nCashier (2019 - Present)\n", job)


ELIGIBLE_JOB = """Staff Accountant

Qualifications
- Bachelor's degree in Accounting
- CPA or CPA-eligible
"""


def test_a_job_that_accepts_eligible_is_met_by_a_candidate() -> None:
    candidate = "Certifications\nCPA candidate (passed 2 of 4 sections)\n"
    result = atsmatch.match(
        atsmatch.extract(parse_text(candidate), kind="resume"), parse_text(ELIGIBLE_JOB)
    )
    cpa = next(t for t in result.terms if "CPA" in t.name)
    assert cpa.status == "matched"
    assert not any("CPA" in k.required for k in result.knockouts)


def test_a_job_that_accepts_eligible_still_screens_out_no_cpa_path() -> None:
    found = _knockouts("Experience\nAccounts Payable Clerk (2019 - Present)\n", ELIGIBLE_JOB)
    assert any("CPA" in k.required for k in found)


@pytest.mark.parametrize(
    ("asked", "held", "lower"),
    [
        (["Class A CDL"], ["Class B CDL"], True),
        (["Class B CDL"], ["Class A CDL"], False),
        (["CDL", "Class B CDL"], ["CDL-A"], False),
        (["CDL"], ["Class B CDL"], False),
        (["Class A CDL"], ["CDL"], False),
    ],
)
def test_lower_class_compares_licence_classes(
    asked: list[str], held: list[str], lower: bool
) -> None:
    assert lower_class(asked, held) is lower


def test_a_lower_class_licence_is_a_knockout_a_higher_one_is_not() -> None:
    job = "Truck Driver\n\nRequirements\n- Valid Class A CDL required\n"
    class_b = "Licenses\nClass B CDL, Missouri\n\nExperience\nDriver (2019 - Present)\n"
    class_a = "Licenses\nClass A CDL, Missouri\n\nExperience\nDriver (2019 - Present)\n"
    found = [k for k in _knockouts(class_b, job) if k.kind == "certification"]
    assert found and "lower class" in found[0].message
    assert "certification" not in _kinds(class_a, job)


@pytest.mark.parametrize(
    ("asked", "held", "lower"),
    [
        (["EPA 608 Universal"], ["EPA Section 608 Type I (small appliances)"], True),
        (["EPA 608 Type II"], ["EPA 608 Universal Certification"], False),
        (["EPA 608 Type II"], ["EPA 608 Type I"], True),
        (["EPA 608 Type II"], ["EPA 608 Type II"], False),
        (["EPA 608"], ["EPA 608 Type I"], False),
    ],
)
def test_lower_class_compares_credential_types(
    asked: list[str], held: list[str], lower: bool
) -> None:
    assert lower_class(asked, held) is lower


HR_CP_JOB = """HR Generalist

Requirements
- SHRM-CP or PHR certification required
"""


def test_a_higher_level_of_a_credential_meets_the_lower_one() -> None:
    senior = "Experience\nHR Manager (2015 - Present)\n\nCertifications\nSHRM-SCP, 2020\n"
    result = atsmatch.match(
        atsmatch.extract(parse_text(senior), kind="resume"), parse_text(HR_CP_JOB)
    )
    cp = next(t for t in result.terms if "SHRM-CP" in t.name)
    assert cp.status == "matched" and cp.via in ("higher_level", "alternative")
    assert "certification" not in [k.kind for k in result.knockouts]
    junior = "Experience\nHR Assistant (2022 - Present)\n\nCertifications\naPHR, 2023\n"
    assert "certification" in _kinds(junior, HR_CP_JOB)


def test_osha_30_meets_osha_10() -> None:
    job = "Electrician\n\nRequirements\n- OSHA 10 card required\n"
    held = "Experience\nElectrician (2015 - Present)\n\nCertifications\nOSHA 30-Hour Construction\n"
    assert "certification" not in _kinds(held, job)
    assert "certification" in _kinds("Experience\nElectrician (2015 - Present)\n", job)
    result = atsmatch.match(atsmatch.extract(parse_text(held), kind="resume"), parse_text(job))
    assert not any("OSHA 10" in a.message for a in result.advice), "no advice to claim OSHA 10"


EQUIVALENT_JOB = """Backend Engineer

Requirements
- Bachelor's degree in Computer Science, or equivalent practical experience
"""


def test_or_equivalent_experience_accepts_a_degree_in_another_field() -> None:
    seasoned = (
        "Experience\nSoftware Engineer, Acme (2016 - Present)\n- Go services\n\n"
        "Education\nB.A. in History, State University, 2015\n"
    )
    fresh = (
        "Experience\nJunior Developer, Acme (2025 - Present)\n- Python\n\n"
        "Education\nB.A. in History, State University, 2024\n"
    )
    assert "degree" not in _kinds(seasoned, EQUIVALENT_JOB)
    assert "degree" in _kinds(fresh, EQUIVALENT_JOB)


TEACH_JOB = (
    "Elementary Teacher\n\nRequirements\n- California teaching certificate required\n"
    "- Classroom management\n"
)
TEACH_RESUME = "Experience\nTeacher, Lincoln Elementary (2018 - Present)\n\nCertifications\n"


@pytest.mark.parametrize(
    ("held", "knocked"),
    [
        ("Texas Teaching Certificate, 2018", True),
        ("California Teaching Certificate, 2018", False),
        ("Teaching Certificate, 2018", False),  # no state named: unknown, not wrong
        ("Substitute Teaching Certificate, 2018", True),
    ],
)
def test_teaching_certificate_state_is_compared(held: str, knocked: bool) -> None:
    found = [
        k for k in _knockouts(TEACH_RESUME + held + "\n", TEACH_JOB) if k.kind == "certification"
    ]
    assert bool(found) is knocked
    if knocked and "Texas" in held:
        assert "another US state" in found[0].message
        assert "Texas Teaching Certificate" in found[0].message  # the state held is shown


def test_job_accepting_another_state_compares_no_state() -> None:
    job = TEACH_JOB.replace(
        "California teaching certificate", "Oregon or another state teaching certificate"
    )
    texas = TEACH_RESUME + "Texas Teaching Certificate, 2018\n"
    assert "certification" not in _kinds(texas, job)


def test_endorsement_subject_is_compared() -> None:
    job = "Teacher\n\nRequirements\n- Teaching certificate with a Science endorsement required\n"
    english = TEACH_RESUME + "Teaching Certificate (English endorsement), 2018\n"
    science = TEACH_RESUME + "Teaching Certificate (Science endorsement), 2018\n"
    assert "another subject" in _knockouts(english, job)[0].message
    assert "certification" not in _kinds(science, job)


def test_other_state_licence_with_compact_alternative_is_untouched() -> None:
    job = (
        "Registered Nurse\n\nRequirements\n- Active Texas RN license or compact license required\n"
    )
    florida = (
        "Experience\nStaff Nurse, Mercy (2018 - Present)\n\nLicenses\nFlorida RN License, 2018\n"
    )
    assert "certification" not in _kinds(florida, job)
    plain = job.replace(" or compact license", "")
    assert "another US state" in _knockouts(florida, plain)[0].message
    assert "certification" not in _kinds(florida.replace("Florida", "Texas"), plain)


def test_lower_class_reads_permits() -> None:
    assert lower_class(["teaching certificate"], ["Emergency teaching permit"])
    assert not lower_class(["substitute teaching certificate"], ["Substitute certificate"])
