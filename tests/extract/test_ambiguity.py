from __future__ import annotations

import pytest

from atsmatch import extract
from atsmatch.taxonomy import Taxonomy
from benchmarks.ambiguity import Case, case_passes, read_cases


def _mention_texts(text: str, taxonomy: Taxonomy) -> list[str]:
    profile = extract(text, kind="resume", taxonomy=taxonomy)
    return [m.text for s in profile.skills for m in s.mentions]


@pytest.mark.parametrize("case", read_cases(), ids=lambda c: f"{c.word}-{c.expected}")
def test_ambiguity_both_readings(case: Case, taxonomy: Taxonomy) -> None:
    texts = _mention_texts(case.text, taxonomy)
    assert case_passes(case, texts), texts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Skills\ngo, rust, docker", {"Go", "Rust"}, set()),
        ("Built services in go with Docker.", set(), {"Go"}),
        ("Statistical modelling in r and Python.", set(), {"R"}),
        ("We design homes.", set(), {"design"}),
        ("Meet at 5 pm daily.", set(), {"product management"}),
        ("Fluent in Spanish and English.", {"Spanish", "English"}, set()),
        ("Languages\nSpanish", {"Spanish"}, set()),
        ("We export English tea to Spanish shops.", set(), {"Spanish", "English"}),
        ("java python docker linux", {"Java", "Python", "Docker", "Linux"}, set()),
        ("We use java in the office and python at home.", set(), {"Java"}),
        ("An entry level role.", set(), {"Level"}),
        ("Tools: Level, Jira", {"Level"}, set()),
        ("You will be responsible for the budget.", set(), {"assume responsibility"}),
        ("Skills\nbe responsible, Jira", {"assume responsibility"}, set()),
        ("Strong communication and English skills.", {"English", "Communication"}, set()),
        ("We run Docker services. React is nice to have.", {"React", "Docker"}, set()),
        ("React quickly to customer requests.", set(), {"React"}),
        ("Skills\nDesign, Jira", {"design"}, set()),
        ("Experience in design of bridges.", {"design"}, set()),
        ("Mail jane.go@rust.io or see https://go.dev/excel", set(), {"Go", "Rust"}),
    ],
)
def test_ambiguity_context_rules(
    text: str, present: set[str], absent: set[str], taxonomy: Taxonomy
) -> None:
    names = {s.name for s in extract(text, kind="resume", taxonomy=taxonomy).skills}
    assert present <= names
    assert not (absent & names)


def test_ambiguity_contact_name_is_not_a_skill(taxonomy: Taxonomy) -> None:
    from dataclasses import replace

    from atsmatch.document import Contact
    from atsmatch.parse import parse_text

    document = parse_text("Ruby Chef\nSkills\nPython")
    document = replace(document, contact=Contact(name="Ruby Chef"))
    names = {s.name for s in extract(document, kind="resume", taxonomy=taxonomy).skills}
    assert names == {"Python"}
