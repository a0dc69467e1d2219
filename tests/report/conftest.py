from __future__ import annotations

import pytest

import atsmatch
from atsmatch.profile import Degree
from tests.score.builders import make_profile

HOSTILE = (
    "Summary\n<script>alert('x')</script> & <b>bold</b> | pipe [link](http://x) *star*\n"
    "Skills\nPython, Postgres\nExperience\nBuilt services with Postgres and Python.\n"
)


@pytest.fixture
def example_match(example_resume, example_job) -> atsmatch.Match:
    return atsmatch.match(example_resume, example_job)


@pytest.fixture
def hostile_match() -> atsmatch.Match:
    job = make_profile(
        "job",
        "Data <Engineer>\nRequirements\n- Python | PostgreSQL\n- Kubernetes\n- CKA\n",
        {
            "t:python": "required",
            "t:postgresql": "required",
            "t:kubernetes": "required",
            "t:cka": "required",
        },
        degree=Degree(2, "Bachelor's"),
        years=5.0,
        title="Data <Engineer>",
    )
    resume = make_profile("resume", HOSTILE, ["t:python", "t:postgresql"], years=2.0)
    return atsmatch.match(resume, job)
