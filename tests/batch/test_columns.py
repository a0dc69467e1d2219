"""The shared rule primitives the batch path leans on give what the plain rules give: the
phrase search that tries the pattern only where the first word is, the relation index, and
scoring a repeated resume once."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import atsmatch
from atsmatch.score.credits import ResumeView, relation_to
from atsmatch.score.phrases import find_phrase, phrase_hits, phrase_pattern
from atsmatch.taxonomy import load_taxonomy
from tests.score.builders import CONCEPTS, make_profile

WORDS = ["sql", "SQL", "MySQL", "data", "Data", "pipelines", "pipeline", "c++", "C#", "s", "es"]
GLUE = [" ", "  ", "\n", "-", ", ", "/", "+", "#", ".", "", "\t", "é", "\u212a", "\u017f"]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=12),
    phrase=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    plural=st.booleans(),
)
def test_phrase_hits_equal_a_full_regex_scan(
    parts: list[tuple[str, str]], phrase: str, plural: bool
) -> None:
    text = "".join(w + g for w, g in parts)
    view = ResumeView.of(make_profile("resume", text or " "))
    full = [(m.start(), m.end()) for m in phrase_pattern(phrase, plural=plural).finditer(view.text)]
    assert [(m.start(), m.end()) for m in phrase_hits(view, phrase, plural)] == full
    if view.may_hold(phrase):
        assert [(m.start, m.end) for m in find_phrase(view, phrase, plural=plural)] == full
    # asked again (from the view's memory): the same, and a list the caller may change
    again = find_phrase(view, phrase, plural=plural)
    again.clear()
    assert len(find_phrase(view, phrase, plural=plural)) == len(
        find_phrase(view, phrase, plural=plural)
    )


def test_non_ascii_text_is_scanned_whole() -> None:
    """A long s folds to "s" under IGNORECASE but not under str.lower(): such a text is not
    searched through the lower-cased copy."""
    view = ResumeView.of(make_profile("resume", "Skills\nPoſtgreSQL, Python\n"))
    assert not view.ascii
    assert [m.group() for m in phrase_hits(view, "postgresql", False)] == ["PoſtgreSQL"]


def test_relation_index_finds_every_related_skill() -> None:
    """``ResumeView.related`` holds every skill ``relation_to`` relates, for real concepts."""
    taxonomy = load_taxonomy()
    resume = atsmatch.extract(
        "Skills\nPostgreSQL, MongoDB, JUnit, Kubernetes, Docker, Salesforce, NoSQL, Python,"
        " Excel, SQL, AWS Lambda, Jira, Tableau\n",
        kind="resume",
    )
    view = ResumeView.of(resume)
    asked = [c for c in taxonomy if c.id.startswith("atsmatch:")][:3000]
    asked += [taxonomy.get(s.id) for s in resume.skills]
    for concept in (c for c in asked if c is not None):
        every = [s.id for s in view.by_id if relation_to(concept, s.concept)]
        assert [s.id for s in view.related(concept) if relation_to(concept, s.concept)] == every


def test_relation_index_on_hand_made_concepts() -> None:
    view = ResumeView.of(
        make_profile(
            "resume", "Skills\nPostgres, Docker, MySQL\n", ["t:postgresql", "t:docker", "t:mysql"]
        )
    )
    assert [s.id for s in view.related(CONCEPTS["t:sql"])] == ["t:mysql", "t:postgresql"]
    assert [s.id for s in view.related(CONCEPTS["t:kubernetes"])] == ["t:docker"]
    assert view.related(CONCEPTS["t:python"]) == ()


def test_a_repeated_resume_is_scored_once_and_placed_everywhere() -> None:
    jobs = [
        make_profile(
            "job",
            "Data Engineer\nRequirements\n- SQL\n- Docker\n",
            {"t:sql": "required", "t:docker": "preferred"},
        ),
        make_profile(
            "job",
            "Requirements\n- Python or Kubernetes\n",
            {"t:python": "required", "t:kubernetes": "required"},
        ),
    ]
    a = make_profile("resume", "Skills\nPostgres, Docker\n", ["t:postgresql", "t:docker"])
    b = make_profile("resume", "Skills\nK8s\n", ["t:kubernetes"])
    order = [a, b, a, a, b]
    for workers in (None, 2):
        matrix = atsmatch.match_many(order, jobs, workers=workers, chunk=2)
        for i, resume in enumerate(order):
            for j, job in enumerate(jobs):
                assert matrix[i, j] == atsmatch.match(resume, job).score
        assert (matrix.scores[0] == matrix.scores[2]).all()
        assert matrix.subscores(3, 0) == matrix.subscores(0, 0)


def test_credit_value_is_term_credits_value(example_resume, example_job) -> None:
    """The batch's credit (no literal check unless the score reads it) is term_credit's."""
    from atsmatch.batch.engine import Engine
    from atsmatch.score.ats import resolve_ats
    from atsmatch.score.honesty import suspect_spans
    from atsmatch.score.match import credit_value, term_credit

    jobs = [atsmatch.extract(example_job, kind="job"), atsmatch.extract(example_resume, kind="job")]
    resumes = [atsmatch.extract(t, kind="resume") for t in (example_resume, example_job)]
    for ats in ("generic", "literal", "semantic", "prescreen"):
        engine = Engine(jobs, resolve_ats(atsmatch.MatchConfig(ats=ats)))
        for resume in resumes:
            view = ResumeView.of(resume)
            suspect = suspect_spans(resume.document)
            assert engine.config.literal_only == (ats == "literal")
            for key in engine.side.keys:
                expected = term_credit(key, view, engine.config, suspect)[0].value
                assert credit_value(key, view, engine.config, suspect) == expected


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(
        st.lists(
            st.sampled_from([0.0, -0.0, 12.5, 55.55, 100.0, math.nan]), min_size=3, max_size=3
        ),
        min_size=1,
        max_size=8,
    ),
    k=st.integers(0, 10),
)
def test_top_is_the_best_first_with_ties_by_index(cells: list[list[float]], k: int) -> None:
    import numpy as np

    from atsmatch.result import MatchMatrix

    scores = np.array(cells)
    n, m = scores.shape
    matrix = MatchMatrix(
        scores=scores, resumes=tuple(map(str, range(n))), jobs=tuple(map(str, range(m)))
    )
    for per, table in (("job", scores), ("resume", scores.T)):
        expected = [
            sorted(
                (x for x in range(table.shape[0]) if not math.isnan(table[x, c])),
                key=lambda x, c=c: (-table[x, c], x),
            )[:k]
            for c in range(table.shape[1])
        ]
        assert matrix.top(k, per=per) == expected


def test_a_higher_credential_level_is_a_candidate() -> None:
    """SHRM-SCP meets SHRM-CP (a rule that reads neither the term's words nor its
    relations): the batch finds that term for the resume too."""
    job = "HR Generalist\nRequirements\n- SHRM-CP certification required\n- OSHA 10\n"
    resume = "Skills\nSHRM-SCP, OSHA 30, Workday\nExperience\nHR Generalist, 2018-2024\n"
    single = atsmatch.match(resume, job)
    assert any(t.via == "higher_level" for t in single.terms)
    matrix = atsmatch.match_many([resume], [job])
    assert matrix[0, 0] == single.score
    assert matrix.knockouts(0, 0) == single.knockouts
