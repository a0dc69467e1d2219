"""A small taxonomy with the ambiguous words, phrases and acronyms the tests need."""

from __future__ import annotations

import pytest

from atsmatch.profile import Concept
from atsmatch.taxonomy import Taxonomy, load_taxonomy

EXTRA = [
    {"id": "t:chef", "name": "Chef", "category": "tool", "forms": ["Chef"], "ambiguous": ["Chef"]},
    {"id": "t:puppet", "name": "Puppet", "category": "tool", "ambiguous": ["Puppet"]},
    {"id": "t:swift", "name": "Swift", "category": "programming_language", "ambiguous": ["Swift"]},
    {"id": "t:word", "name": "Microsoft Word", "category": "tool", "forms": ["Word", "MS Word"]},
    {"id": "t:ppt", "name": "Microsoft PowerPoint", "category": "tool", "forms": ["PowerPoint"]},
    {"id": "t:access", "name": "Microsoft Access", "category": "tool", "forms": ["Access"]},
    {"id": "t:teams", "name": "Microsoft Teams", "category": "tool", "forms": ["Teams"]},
    {"id": "t:slack", "name": "Slack", "category": "tool"},
    {"id": "t:jira", "name": "Jira", "category": "tool"},
    {"id": "t:express", "name": "Express.js", "category": "tool", "forms": ["Express"]},
    {"id": "t:less", "name": "Less", "category": "programming_language"},
    {"id": "t:make", "name": "Make", "category": "tool"},
    {"id": "t:grpc", "name": "gRPC", "category": "tool"},
    {"id": "t:hibernate", "name": "Hibernate", "category": "tool"},
    {"id": "t:rails", "name": "Ruby on Rails", "category": "tool", "forms": ["Rails"]},
    {"id": "t:objc", "name": "Objective-C", "category": "programming_language"},
    {"id": "t:lead", "name": "lead", "category": "knowledge", "forms": ["Lead"]},
    {"id": "t:spring", "name": "Spring Framework", "category": "tool", "forms": ["Spring"]},
    {"id": "t:ios", "name": "iOS", "category": "tool"},
    {"id": "t:db", "name": "manage databases", "category": "hard_skill"},
    {"id": "t:sweng", "name": "software engineering", "category": "knowledge"},
    {"id": "t:windows", "name": "Windows", "category": "tool"},
    {"id": "t:design", "name": "design", "category": "hard_skill"},
    {"id": "t:pm", "name": "product management", "category": "hard_skill", "forms": ["PM"]},
    {"id": "t:pjm", "name": "project planning", "category": "hard_skill"},
    {"id": "t:works", "name": "Microsoft Works", "category": "tool", "forms": ["Works"]},
    {"id": "t:level", "name": "Level", "category": "tool"},
    {
        "id": "t:resp",
        "name": "assume responsibility",
        "category": "soft_skill",
        "forms": ["be responsible"],
    },
    {"id": "t:build-machines", "name": "build machines", "category": "hard_skill"},
    {"id": "t:steel", "name": "steel bridges", "category": "tool"},
    {"id": "t:dotnet", "name": ".NET", "category": "tool"},
]


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The built-in taxonomy with the concepts above added."""
    concepts = [
        Concept(
            id=r["id"],
            name=r["name"],
            category=r["category"],
            forms=tuple(r.get("forms", ())),
            sources=(r["id"],),
        )
        for r in EXTRA
    ]
    ambiguous = [form for r in EXTRA for form in r.get("ambiguous", ())]
    return load_taxonomy().merged(Taxonomy(concepts, ambiguous=ambiguous))
