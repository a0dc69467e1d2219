"""Every list form of a posting makes one alternative group (score/listforms.py)."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch import extract
from atsmatch.config import MatchConfig
from atsmatch.score.terms import job_terms


def _groups(line: str) -> dict[str, set[str]]:
    job = extract(f"Requirements\n- {line}\n", kind="job")
    terms = job_terms(job, MatchConfig())
    names = {t.id: t.forms[0] if t.forms else t.name for t in terms}
    return {names[t.id]: {names[a] for a in t.alternatives} for t in terms if t.alternatives}


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Experience with Jenkins, CircleCI or GitLab CI", {"Jenkins", "CircleCI", "GitLab CI"}),
        ("Experience with Jenkins, CircleCI, or GitLab CI", {"Jenkins", "CircleCI", "GitLab CI"}),
        ("Jenkins/CircleCI/GitLab CI", {"Jenkins", "CircleCI", "GitLab CI"}),
        ("CI tools such as Jenkins, CircleCI", {"CI tools", "Jenkins", "CircleCI"}),
        ("CI servers, e.g. Jenkins, CircleCI", {"CI servers", "Jenkins", "CircleCI"}),
        ("A CI server (Jenkins or CircleCI)", {"Jenkins", "CircleCI"}),
        ("Experience with any of Jenkins, CircleCI, GitLab CI",
         {"Jenkins", "CircleCI", "GitLab CI"}),
        ("A CRM such as Salesforce or HubSpot", {"CRM", "Salesforce", "HubSpot"}),
        ("Configuration management tools (Ansible, Chef)",
         {"Configuration management tools", "Ansible", "Chef"}),
        ("Ansible or other configuration management tools",
         {"Ansible", "configuration management tools"}),
        ("NoSQL databases (MongoDB or Cassandra)", {"NoSQL databases", "MongoDB", "Cassandra"}),
        ("Strong scripting skills in Python, Bash, or Go", {"scripting", "Python", "Bash", "Go"}),
        ("Active Ohio RN license or multistate compact license",
         {"RN license", "compact license"}),
    ],
)  # fmt: skip
def test_listforms_every_form_makes_one_group(line: str, group: set[str]) -> None:
    found = _groups(line)
    lowered = {k.lower(): {v.lower() for v in vs} for k, vs in found.items()}
    wanted = {g.lower() for g in group}
    for member in wanted:
        assert lowered.get(member, set()) | {member} == wanted, (member, found)


@pytest.mark.parametrize(
    "line",
    ["Python, SQL and Spark", "Docker and Kubernetes", "Manage Kubernetes clusters on AWS"],
)
def test_listforms_a_plain_list_is_no_group(line: str) -> None:
    assert _groups(line) == {}


def test_listforms_term_named_alone_is_still_asked_for_itself() -> None:
    job = extract(
        "Responsibilities\n- Run our Kubernetes clusters\nRequirements\n- Docker/Kubernetes\n",
        kind="job",
    )
    terms = {t.name: t for t in job_terms(job, MatchConfig())}
    assert terms["Kubernetes"].alternatives == ()
    assert "atsmatch:kubernetes" in terms["Docker"].alternatives


JOB = (
    "DevOps Engineer\n\nRequirements\n- Experience with Jenkins, CircleCI or GitLab CI\n"
    "- Ansible or other configuration management tools\n- Python\n"
)


def test_listforms_one_group_is_one_requirement_and_met_by_one() -> None:
    resume = (
        "Experience\nDevOps Engineer, Acme, 2019 - 2024\n- Built pipelines in Jenkins\n"
        "- Automated servers with Ansible\n- Wrote Python tools\n"
    )
    result = atsmatch.match(resume, JOB)
    by_name = {t.name: t for t in result.terms}
    for name in ("CircleCI", "GitLab CI", "Configuration management"):
        assert by_name[name].status == "matched", name
        # a class is met by its member directly (docs/scoring.md), the rest by the group
        via = "member" if name == "Configuration management" else "alternative"
        assert by_name[name].via == via
    ci = [by_name[n] for n in ("Jenkins", "CircleCI", "GitLab CI")]
    assert sum(t.weight for t in ci) == pytest.approx(by_name["Python"].weight, rel=0.01)
    assert not [a for a in result.advice if a.kind in ("missing", "partial")
                and a.term_id in {t.id for t in ci}]  # fmt: skip


def test_listforms_report_says_met_by() -> None:
    from atsmatch.report.summary import how_matched

    resume = "Experience\n- Built pipelines in Jenkins\n"
    result = atsmatch.match(resume, JOB)
    circle = next(t for t in result.terms if t.name == "CircleCI")
    assert how_matched(circle).startswith("met by Jenkins")


@pytest.mark.parametrize(
    ("line", "head", "joined"),
    [
        ("Strong scripting skills in Python, Bash, or Go", "scripting", True),
        ("Excellent communication skills in English or Spanish", "communication", False),
    ],
)
def test_listforms_skills_in_heads_only_a_hard_skill(line: str, head: str, joined: bool) -> None:
    job = extract(f"Requirements\n- {line}\n", kind="job")
    terms = job_terms(job, MatchConfig())
    held = [t for t in terms if any(head in f.lower() for f in t.forms)]
    assert held, [t.forms for t in terms]
    assert bool(held[0].alternatives) is joined


@pytest.mark.parametrize(
    ("tail", "kotlin_met_by_java"),
    [
        (", and willingness to work in Kotlin", True),
        ("; open to learning Kotlin", True),
        (", and interest in Kotlin", True),
        (", and hands-on work in Kotlin", False),  # asked for itself
        (". Ship services in Kotlin", False),
    ],
)
def test_listforms_openness_mention_is_not_named_alone(tail: str, kotlin_met_by_java: bool) -> None:
    found = _groups(f"Experience with Kotlin, or another JVM language such as Java or Scala{tail}")
    assert "Kotlin" in found["Java"]
    assert ("Java" in found.get("Kotlin", set())) is kotlin_met_by_java
