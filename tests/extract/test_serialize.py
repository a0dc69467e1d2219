from __future__ import annotations

import json

import pytest

from atsmatch.document import Document
from atsmatch.profile import Concept, Degree, Keyword, Mention, Profile, Skill
from atsmatch.serialize.profile import keyword_to_dict, profile_to_dict


@pytest.mark.parametrize("score", [0.123456, 2.0])
def test_serialize_keyword(score: float) -> None:
    keyword = Keyword("data mesh", score, (Mention(4, 13, "data mesh", "exact", "skills"),))
    assert keyword_to_dict(keyword) == {
        "text": "data mesh",
        "score": pytest.approx(round(score, 4)),
        "importance": "mentioned",
        "mentions": [
            {"start": 4, "end": 13, "text": "data mesh", "kind": "exact", "section": "skills"}
        ],
    }


def test_serialize_profile_is_json_ready() -> None:
    concept = Concept("x:go", "Go", "programming_language", ("Go",), ("linguist:Go",))
    skill = Skill(concept, (Mention(0, 2, "Go", "exact", None),), importance="required")
    keyword = Keyword("gRPC services", 0.5, ())
    degree = Degree(2, "Bachelor", "Computer Science", or_equivalent=True)
    profile = Profile(
        "job", Document(text="Go"), skills=(skill,), keywords=(keyword,), degree=degree
    )
    data = json.loads(json.dumps(profile_to_dict(profile)))
    assert data["kind"] == "job"
    assert data["degree"] == {
        "level": 2,
        "name": "Bachelor",
        "field": "Computer Science",
        "or_equivalent": True,
    }
    assert data["title"] is None
    assert data["skills"][0]["sources"] == ["linguist:Go"]
    assert data["skills"][0]["importance"] == "required"
    assert data["keywords"][0]["text"] == "gRPC services"
