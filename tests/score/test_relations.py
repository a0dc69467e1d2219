"""Class membership and evidence credits (docs/scoring.md, "Classes and evidence"): a
category named by the job is met by a member on the resume, a tool shows its method as a
partial credit, and neither works the other way round."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.profile import Concept
from atsmatch.report.summary import how_matched
from atsmatch.score.credits import relation_to

NOSQL = Concept("t:nosql", "NoSQL", "knowledge")
DBMS = Concept("t:dbms", "Database management systems", "knowledge")
MONGODB = Concept("t:mongodb", "MongoDB", "tool", kind_of=("t:nosql", "t:dbms"))
UNIT = Concept("t:unit", "Unit testing", "hard_skill")
JUNIT = Concept("t:junit", "JUnit", "tool", broader=("t:java",), shows=("t:unit",))
JAVA = Concept("t:java", "Java", "programming_language")


@pytest.mark.parametrize(
    ("asked", "held", "relation"),
    [
        (NOSQL, MONGODB, "member"),
        (DBMS, MONGODB, "member"),  # transitive links are stored on the member
        (MONGODB, NOSQL, "class"),
        (UNIT, JUNIT, "evidence"),
        (JUNIT, UNIT, None),  # unit tests on a resume show no JUnit
        (JAVA, JUNIT, "narrower"),
        (NOSQL, JUNIT, None),
    ],
)
def test_relations_relation_to(asked: Concept, held: Concept, relation: str | None) -> None:
    assert relation_to(asked, held) == relation


def _term(resume_line: str, job_line: str) -> atsmatch.Term:
    resume = f"Jane Doe\nExperience\nEngineer, Acme, 2019 - 2024\n- {resume_line}\n"
    job = f"Engineer\nRequirements\n- {job_line}\n"
    result = atsmatch.match(resume, job)
    wanted = [t for t in result.terms if t.group == "hard_skills"]
    assert len(wanted) == 1, [t.name for t in result.terms]
    return wanted[0]


@pytest.mark.parametrize(
    ("resume_line", "job_line", "name", "held"),
    [
        ("Built services on MongoDB.", "Experience with NoSQL databases", "NoSQL", "MongoDB"),
        ("Ran queues on RabbitMQ.", "Message brokers", "Message brokers", "RabbitMQ"),
        ("Administered Salesforce for sales.", "Experience with a CRM", "CRM", "Salesforce"),
        ("Automated servers with Ansible.", "Configuration management", None, "Ansible"),
        ("Charted patients in Epic.", "Experience with EHR systems", None, "Epic"),
        ("Deployed on Kubernetes.", "Container orchestration", None, "Kubernetes"),
        ("Provisioned cloud with Terraform.", "Infrastructure as Code", None, "Terraform"),
        ("Maintained the SAP rollout.", "ERP systems", "ERP", "SAP"),
        ("Tuned PostgreSQL queries.", "Relational databases", None, "PostgreSQL"),
        ("Kept employee records in UKG Pro.", "Experience with an HRIS", "HRIS", "UKG Pro"),
        ("Ran onboarding in BambooHR.", "HRIS experience", "HRIS", "BambooHR"),
    ],
)
def test_relations_class_met_by_member(
    resume_line: str, job_line: str, name: str | None, held: str
) -> None:
    term = _term(resume_line, job_line)
    assert (term.status, term.via, term.credit) == ("matched", "member", 1.0)
    assert term.resume_mentions[0].text == held
    assert how_matched(term).startswith(f"met by {held}, a kind of {term.name}")
    if name:
        assert term.name == name


@pytest.mark.parametrize(
    ("resume_line", "job_line"),
    [
        ("Designed NoSQL data models.", "MongoDB"),
        ("Integrated a CRM with billing.", "Salesforce"),
    ],
)
def test_relations_member_not_met_by_class(resume_line: str, job_line: str) -> None:
    term = _term(resume_line, job_line)
    assert (term.status, term.via) == ("partial", "class")
    assert term.credit == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("resume_line", "job_line", "held"),
    [
        ("Wrote JUnit tests for the billing service.", "Unit testing", "JUnit"),
        ("Wrote pytest suites for the API.", "Unit testing", "pytest"),
        ("Built Selenium suites for checkout.", "Test automation", "Selenium"),
        ("Built dashboards in Tableau.", "Data visualization", "Tableau"),
        ("Trained models with scikit-learn.", "Machine learning", "scikit-learn"),
    ],
)
def test_relations_tool_shows_method(resume_line: str, job_line: str, held: str) -> None:
    term = _term(resume_line, job_line)
    assert (term.status, term.via) == ("partial", "evidence")
    assert term.credit == pytest.approx(0.75)
    assert term.resume_mentions[0].text == held
    assert how_matched(term).startswith(f"{held} shows {term.name}")


@pytest.mark.parametrize(
    ("resume_line", "job_line"),
    [
        ("Tracked sprint tickets in Jira.", "Agile"),
        ("Kept models in Excel.", "Financial modeling"),
        ("Wrote Python scripts.", "Machine learning"),
        ("Built images with Docker.", "Kubernetes"),
        ("Logged work in Jira.", "Scrum"),
        ("Wrote unit tests for the API.", "JUnit"),
    ],
)
def test_relations_no_evidence_without_a_rule(resume_line: str, job_line: str) -> None:
    term = _term(resume_line, job_line)
    assert term.via not in ("member", "evidence")
    assert term.credit < 0.75


def test_relations_literal_profile_ignores_membership() -> None:
    resume = "Jane Doe\nExperience\nEngineer, Acme, 2019 - 2024\n- Built services on MongoDB.\n"
    job = "Engineer\nRequirements\n- NoSQL databases\n"
    result = atsmatch.match(resume, job, config=atsmatch.MatchConfig(literal_only=True))
    (term,) = [t for t in result.terms if t.group == "hard_skills"]
    assert term.status == "missing"


def test_relations_user_taxonomy_file_declares_a_class(tmp_path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "concepts:\n"
        "  - {id: acme:ledgers, name: Ledger systems, category: tool}\n"
        "  - {id: acme:zorbl, name: Zorbl, category: tool, kind_of: [acme:ledgers]}\n",
        encoding="utf-8",
    )
    taxonomy = atsmatch.load_taxonomy(extra)
    assert taxonomy["acme:zorbl"].kind_of == ("acme:ledgers",)
    resume = "Jane Doe\nExperience\nClerk, Acme, 2019 - 2024\n- Kept accounts in Zorbl.\n"
    job = "Clerk\nRequirements\n- Ledger systems\n"
    result = atsmatch.match(resume, job, taxonomy=taxonomy)
    (term,) = [t for t in result.terms if t.name == "Ledger systems"]
    assert (term.status, term.via) == ("matched", "member")


def test_relations_batch_equals_match() -> None:
    """match_many finds member, class and evidence credits exactly as match() does: its
    candidate search (batch/candidates.py) must not leave them out."""
    resumes = [
        "Jane Doe\nExperience\nEngineer, Acme, 2019 - 2024\n- Built services on MongoDB.\n",
        "Jo Roe\nExperience\nEngineer, Acme, 2019 - 2024\n- Designed NoSQL data models.\n",
        "Al Poe\nExperience\nEngineer, Acme, 2019 - 2024\n- Wrote JUnit tests.\n",
    ]
    jobs = [
        "Engineer\nRequirements\n- NoSQL databases\n- Unit testing\n",
        "Engineer\nRequirements\n- MongoDB\n- Python\n",
    ]
    matrix = atsmatch.match_many(resumes, jobs)
    for i, resume in enumerate(resumes):
        for j, job in enumerate(jobs):
            expected = atsmatch.match(resume, job).score
            assert matrix.scores[i, j] == pytest.approx(expected), (i, j)
    # MongoDB meets "MongoDB"; "NoSQL" only earns the small class credit
    assert atsmatch.match(resumes[0], jobs[1]).score > atsmatch.match(resumes[1], jobs[1]).score
