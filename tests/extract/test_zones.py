"""Zones of realistic postings (tests/data/jobread): no term comes from text that asks
nothing of the applicant, and every zone kind is recognised by general rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from atsmatch import extract, parse
from atsmatch.config import MatchConfig
from atsmatch.extract.understand.zones import (
    TERM_ZONES,
    classify_heading,
    find_zones,
    sentence_zone,
)
from atsmatch.score.terms import job_terms

DATA = Path(__file__).parents[1] / "data" / "jobread"
POSTINGS = sorted(json.loads((DATA / "expected.json").read_text()))
JUNK = {
    "nursing-icu": ["commuter", "anthem", "fidelity", "madison", "wisconsin", "lift",
                    "hands-on", "careers portal", "recruiting", "tuition", "magnet", "parking"],
    "accounting-senior": ["commuter", "principal", "401", "gym", "pto", "columbus", "ohio",
                          "craftsmanship", "salary", "e-verify"],
    "electrician": ["ladders", "scaffolding", "outdoor", "confined", "denver", "friday",
                    "overtime", "wageworks", "pension", "front range", "hospitals"],
    "teacher": ["extended periods", "charter", "austin", "cover letter", "trs", "blue cross",
                "commuter", "signing bonus", "close-knit"],
    "devops": ["justworks", "commuter", "stipend", "chicago", "investors", "retail",
               "hands-on", "pto", "salary", "diversity"],
    "warehouse-lead": ["reno", "nv", "patagonia", "compsych", "60 pounds", "10 miles",
                       "differential", "401k", "e-verify", "apply online", "distribution centers"],
    "hr-generalist": ["tampa", "assisted living", "dignity", "virgin pulse", "tuition",
                      "volunteer", "meals", "commuter", "drug-free"],
    "sales-rep": ["new york", "series b", "investors", "great place to work", "ote",
                  "equity", "oscar", "wellness", "commuter", "genetics"],
}  # fmt: skip


@pytest.fixture(scope="module", params=POSTINGS)
def posting(request: pytest.FixtureRequest) -> tuple[str, list[str]]:
    name = request.param
    job = extract(DATA / f"{name}.txt", kind="job")
    names = [" ".join([t.name, *t.forms]).lower() for t in job_terms(job, MatchConfig())]
    return name, names


def test_zones_no_junk_terms_in_realistic_postings(posting: tuple[str, list[str]]) -> None:
    name, names = posting
    junk = [(w, n) for w in JUNK[name] for n in names if re.search(rf"\b{re.escape(w)}\b", n)]
    assert junk == []


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("nursing-icu", ["acls", "bls", "arterial lines", "ccrn", "epic"]),
        ("accounting-senior", ["gaap", "netsuite", "erp", "month-end close", "cpa"]),
        ("electrician", ["osha 10", "blueprint", "nec"]),
        ("teacher", ["google classroom", "desmos", "formative assessment", "teks"]),
        ("devops", ["jenkins", "kubernetes", "message brokers", "terraform", "crm"]),
    ],
)
def test_zones_requirement_terms_still_found(name: str, wanted: list[str]) -> None:
    job = extract(DATA / f"{name}.txt", kind="job")
    names = " | ".join(" ".join([t.name, *t.forms]).lower() for t in job_terms(job, MatchConfig()))
    assert [w for w in wanted if w not in names] == []


@pytest.mark.parametrize(
    ("heading", "zone"),
    [
        ("About Lakeshore Regional Health", "company"),
        ("Our School", "company"),
        ("Benefits and Perks", "benefits"),
        ("Pay Transparency", "compensation"),
        ("Salary and Benefits", "benefits"),
        ("Compensation", "compensation"),
        ("Physical Requirements", "physical"),
        ("Working Conditions", "physical"),
        ("Schedule and Location", "location"),
        ("How to Apply", "apply"),
        ("Equal Opportunity Statement", "legal"),
        ("Position Summary", "summary"),
        ("What You Bring", "requirements"),
        ("Bonus Points", "preferred"),
        ("Key Responsibilities", "responsibilities"),
        ("About the Role", "responsibilities"),
    ],
)
def test_zones_headings_classified_by_their_words(heading: str, zone: str) -> None:
    assert classify_heading(heading) == zone


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        ("Ability to lift up to 50 lbs and to push patients in beds", "physical"),
        ("Must be able to stand for extended periods.", "physical"),
        ("The salary range for this role is $78,000 - $92,000.", "compensation"),
        ("$38 - $46 per hour depending on experience.", "compensation"),
        ("401(k) with 5% match through Principal", "benefits"),
        ("Commuter benefit and free parking", "benefits"),
        ("Acme is an Equal Opportunity Employer.", "legal"),
        ("Apply by April 15 with a cover letter and resume.", "apply"),
        ("Monday through Friday, 7:00 am to 3:30 pm.", "location"),
        ("Acme is a family-owned maker of outdoor furniture.", "company"),
        ("Our mission is to end waste in retail.", "company"),
        ("Experience with Jenkins, CircleCI or GitLab CI", None),
        ("Python is a plus.", None),
        ("Terraform is not required but helpful.", None),
        ("Cedar Grove is seeking a Math Teacher.", None),
    ],
)
def test_zones_sentence_kinds(sentence: str, zone: str | None) -> None:
    assert sentence_zone(sentence) == zone


def test_zones_cover_unlabelled_eeo_paragraph_and_requirement_line() -> None:
    text = (
        "Data Analyst\n\nRequirements\n- SQL and Tableau\n- Ability to lift 30 lbs\n\n"
        "Acme is an equal opportunity employer. We do not discriminate on the basis of race.\n"
    )
    zones = find_zones(parse(text.encode()))

    def zone_of(piece: str) -> str:
        at = text.index(piece)
        return next(z.name for z in zones if z.start <= at < z.end)

    assert zone_of("SQL and Tableau") == "requirements" in TERM_ZONES
    assert zone_of("Ability to lift") == "physical" not in TERM_ZONES
    assert zone_of("We do not discriminate") == "legal"


def test_zones_exposed_in_profile_and_skills_output() -> None:
    from atsmatch.commands.skills import _render_text
    from atsmatch.serialize.profile import profile_to_dict

    job = extract(DATA / "nursing-icu.txt", kind="job")
    assert {"company", "physical", "benefits", "apply"} <= {z.name for z in job.zones}
    shown = _render_text(job)
    assert "ignored: benefits" in shown and "ignored: physical" in shown
    assert {z["name"] for z in profile_to_dict(job)["zones"]} >= {"benefits", "requirements"}


@pytest.mark.parametrize("text", ["Python developer with Django. Hands-on with AWS.\n"])
def test_zones_generic_phrase_is_no_skill(text: str) -> None:
    job = extract(text, kind="job")
    assert "Hands-on" not in {s.name for s in job.skills}


def test_zones_company_paragraph_keeps_the_sentence_that_asks() -> None:
    text = (
        "Acme is a leading payments company founded in 2010. Our mission is to make payments "
        "simple. You will build services in Python and Django on AWS.\n"
    )
    job = extract(text, kind="job")
    names = {s.name for s in job.skills}
    assert {"Python", "Django"} <= names
    zone = next(z for z in job.zones if z.start <= text.index("Our mission") < z.end)
    assert zone.name == "company"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Investigate discrimination complaints and advise on employment law", "employment law"),
        ("- Administer salary surveys and compensation planning in Excel", "Microsoft Excel"),
        ("- Perform dental cleanings and take radiographs", "radiograph"),
        ("- Provide on-site IT support for Windows laptops", "Windows"),
        ("- Supervise night shift staff and schedule coverage in Kronos", "Kronos"),
        ("- Manage the interview process in Greenhouse", "Greenhouse"),
        ("- Build a web crawler in Python", "Python"),
    ],
)
def test_zones_duties_that_sound_like_boilerplate_still_count(line: str, skill: str) -> None:
    job = extract(f"Responsibilities\n{line}\n\nRequirements\n- Teamwork\n", kind="job")
    found = (
        " | ".join(" ".join([s.name, *(m.text for m in s.mentions)]) for s in job.skills)
        + " | "
        + " | ".join(k.text for k in job.keywords)
    )
    assert skill.lower() in found.lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "- We offer a 401(k) with a 4% employer match",
        "- Must be able to lift 50 lbs",
        "- Acme is an equal opportunity employer",
        "- Please send your resume to jobs@acme.com",
        "- Starting salary $58,000",
    ],
)
def test_zones_offer_and_legal_lines_in_requirements_are_ignored(line: str) -> None:
    text = f"Requirements\n- Python\n{line}\n"
    zones = find_zones(parse(text.encode()))
    at = text.index(line)
    assert next(z.name for z in zones if z.start <= at < z.end) not in TERM_ZONES


def test_zones_sentence_case_headings_and_remote_title() -> None:
    text = (
        "Accounts Payable Specialist (Remote - US)\nLuma\n\nAbout Luma\nLuma builds software.\n\n"
        "What you'll own\n- AP processing in NetSuite\n\nBenefits & perks\n- Flexible PTO\n"
    )
    job = extract(text, kind="job")
    zone_of = {text[z.start : z.end].split("\n")[0]: z.name for z in job.zones}
    assert zone_of.get("What you'll own") == "responsibilities"
    assert zone_of.get("Benefits & perks") == "benefits"
    assert "NetSuite" in {s.name for s in job.skills}
    assert sentence_zone("Accounts Payable Specialist (Remote - US)") is None


def test_zones_hands_on_concept_never_a_job_term() -> None:
    job = extract("Requirements\n- Hands-on experience with Docker and Kubernetes\n", kind="job")
    assert {s.name for s in job.skills} == {"Docker", "Kubernetes"}
