"""Requirement strength of job terms: cues, sections, sentences and boilerplate."""

from __future__ import annotations

import pytest

from atsmatch import extract
from atsmatch.extract.understand.jobtext import classify_heading, is_heading_line, sentence_spans
from atsmatch.extract.understand.requirements import is_boilerplate, sentence_level, strongest
from atsmatch.parse import parse_text


def _importance(text: str, concept_id: str) -> str | None:
    skill = extract(text, kind="job").skill(concept_id)
    return None if skill is None else skill.importance


@pytest.mark.parametrize(
    ("text", "concept_id", "expected"),
    [
        ("Requirements\n- Python\n", "atsmatch:python", "required"),
        ("Nice to have\n- Python\n", "atsmatch:python", "preferred"),
        ("About the role\nPython experience is a plus.\n", "atsmatch:python", "preferred"),
        ("Our team\nYou must know Python.\n", "atsmatch:python", "required"),
        ("Our team\nWe use Python.\n", "atsmatch:python", "mentioned"),
        ("Experience with Docker is preferred.", "atsmatch:docker", "preferred"),
        ("Bonus: Kubernetes.", "atsmatch:kubernetes", "preferred"),
        ("Ideally you know Terraform.", "atsmatch:terraform", "preferred"),
        ("Familiarity with React.", "atsmatch:react", "preferred"),
        ("Minimum 3 years with Kubernetes.", "atsmatch:kubernetes", "required"),
        ("5+ years of Python.", "atsmatch:python", "required"),
        ("Docker knowledge is mandatory.", "atsmatch:docker", "required"),
        ("Terraform is not required but helpful.", "atsmatch:terraform", "preferred"),
        ("Experience with Docker is considered an asset.", "atsmatch:docker", "preferred"),
        ("Plus: Kubernetes", "atsmatch:kubernetes", "preferred"),
        ("You'll need Terraform.", "atsmatch:terraform", "required"),
        ("Docker (optional)", "atsmatch:docker", "preferred"),
    ],
)
def test_understand_requirements_line_cues(text: str, concept_id: str, expected: str) -> None:
    assert _importance(text, concept_id) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Required: Python, SQL. Nice to have: Go, Kubernetes.",
            {"Python": "required", "SQL": "required", "Go": "preferred", "Kubernetes": "preferred"},
        ),
        (
            "Must have: Docker; bonus points: Terraform",
            {"Docker": "required", "Terraform": "preferred"},
        ),
        (
            "Strong JavaScript required, TypeScript a plus.",
            {"JavaScript": "required", "TypeScript": "preferred"},
        ),
        (
            "Minimum of 2 years with Docker, Kubernetes strongly preferred",
            {"Docker": "required", "Kubernetes": "preferred"},
        ),
        (
            "We run Docker services. You must know SQL. React is nice to have.",
            {"Docker": "mentioned", "SQL": "required", "React": "preferred"},
        ),
    ],
)
def test_understand_requirements_sentence_level_in_one_line(
    text: str, expected: dict[str, str]
) -> None:
    found = {s.name: s.importance for s in extract(text, kind="job").skills}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We are an equal opportunity employer.",
        "All qualified applicants will receive consideration without regard to race, color, "
        "religion, sex, sexual orientation, gender identity or national origin.",
        "We provide reasonable accommodation to individuals with disabilities.",
        "Acme is an Equal Employment Opportunity / Affirmative Action employer.",
        "Benefits include 401(k) matching, health, dental and vision insurance.",
        "We offer paid time off and parental leave.",
        "The salary range for this role is $120k-$150k.",
        "We participate in E-Verify.",
        "We do not discriminate on the basis of marital status or genetic information.",
    ],
)
def test_understand_requirements_boilerplate_detected(sentence: str) -> None:
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["5+ years of Python.", "Experience with health data is a plus.", "Build payment rails."],
)
def test_understand_requirements_plain_sentences_are_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(sentence)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Requirements\n- Docker\n\nBenefits\n- Python training budget\n", {"Docker"}),
        ("About Acme\nAcme builds Python tools.\n\nWhat You Bring\n- SQL\n", {"SQL"}),
        (
            "Requirements: Docker. We are an equal opportunity employer "
            "and welcome Java developers.",
            {"Docker"},
        ),
        (
            "Who We Are\nA Kubernetes company.\nResponsibilities\n- Write Terraform\n",
            {"Terraform"},
        ),
        ("Requirements\n- SQL\nPerks & Pay\n- Docker courses paid for\n", {"SQL"}),
        ("Who We Are\nA Docker shop.\nThe Opportunity\nYou will run Kubernetes.\n", {"Kubernetes"}),
    ],
)
def test_understand_requirements_boilerplate_mentions_dropped(text: str, kept: set[str]) -> None:
    assert {s.name for s in extract(text, kind="job").skills} == kept


def test_understand_requirements_equal_opportunity_paragraph_dropped_whole() -> None:
    text = (
        "Requirements\n- Docker\n\n"
        "We celebrate diversity. We do not discriminate on the basis of veteran status. "
        "Kubernetes teams welcome everyone.\n"
    )
    assert {s.name for s in extract(text, kind="job").skills} == {"Docker"}


def test_understand_requirements_strongest_mention_wins() -> None:
    text = "Responsibilities\n- Write Python\nNice to have\n- Python 3.12\nRequirements\n- Python\n"
    assert _importance(text, "atsmatch:python") == "required"
    assert strongest(["mentioned", "preferred"]) == "preferred"
    assert strongest([]) == "mentioned"


def test_understand_requirements_title_terms_are_required() -> None:
    assert _importance("Senior Python Developer\nWe build tools.", "atsmatch:python") == "required"


@pytest.mark.parametrize(
    ("sentence", "at", "expected"),
    [
        ("Required: Python", 10, "required"),
        ("Preferred qualifications: Go", 27, "preferred"),
        ("Minimum qualifications: Go", 24, "required"),
        ("Python and Go", 0, None),
    ],
)
def test_understand_requirements_sentence_level(sentence: str, at: int, expected: str) -> None:
    assert sentence_level(sentence, at) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Required: Python. Nice to have: Go.", ["Required: Python.", " Nice to have: Go."]),
        ("B.S. in Computer Science. Then more.", ["B.S. in Computer Science.", " Then more."]),
        ("e.g. Python. Go", ["e.g. Python.", " Go"]),
        ("one; two\nthree", ["one; ", "two\n", "three"]),
    ],
)
def test_understand_requirements_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


@pytest.mark.parametrize(
    ("line", "heading", "zone"),
    [
        ("About Acme", True, "company"),
        ("About the Role", True, "responsibilities"),
        ("What You Bring:", True, "requirements"),
        ("Perks & Pay", True, "benefits"),
        ("BONUS POINTS", True, "preferred"),
        ("The Ideal Candidate", True, "requirements"),
        ("Even Better If You Have:", True, "preferred"),
        ("Company Overview", True, "company"),
        ("What's In It For You", True, "benefits"),
        ("We build payment rails for banks.", False, None),
    ],
)
def test_understand_requirements_headings(line: str, heading: bool, zone: str | None) -> None:
    assert is_heading_line(line) is heading
    if heading:
        assert classify_heading(line) == zone


def test_understand_requirements_qualifications_heading_means_requirements() -> None:
    doc = parse_text("Qualifications\n- Python\n- Docker\n")
    skill = extract(doc, kind="job").skill("atsmatch:docker")
    assert skill is not None and skill.importance == "required"


@pytest.mark.parametrize(
    "sentence",
    [
        "Required: Python and SQL; nice to have: Go, Rust.\n",
        "Must know Python, but Go is a plus.\n",
        "Ideally 5+ years with Kafka and Spark, and proficient in Scala.\n",
        "We offer health insurance and paid time off for Python people.\n",
        "Python, SQL and Go.\n",
    ],
)
def test_understand_requirements_reader_reads_a_sentence_once_for_all_mentions(
    sentence: str,
) -> None:
    from atsmatch.extract.understand.requirements import JobReader

    document = parse_text("Requirements\n" + sentence)
    start = document.text.index(sentence)
    reader = JobReader(document)
    expected = [JobReader(document).importance(start + at) for at in range(len(sentence))]
    assert [reader.importance(start + at) for at in range(len(sentence))] == expected
    assert [reader.importance(start + at) for at in range(len(sentence))] == expected


def test_understand_requirements_reader_label_cues_per_mention() -> None:
    from atsmatch.extract.understand.requirements import JobReader

    document = parse_text("About\nRequired: Python and SQL; nice to have: Go, Rust.\n")
    reader = JobReader(document)
    text = document.text
    levels = [reader.importance(text.index(word)) for word in ("Python", "SQL", "Go", "Rust")]
    assert levels == ["required", "required", "preferred", "preferred"]
