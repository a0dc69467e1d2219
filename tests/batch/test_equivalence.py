"""The batch path equals match(): matrix[i, j] == match(r_i, j_j).score, exactly, for random
resumes and jobs, with knockouts, alternatives, keywords, titles and every ATS profile."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import atsmatch
from atsmatch.profile import Degree, Profile
from tests.score.builders import CONCEPTS, make_profile

FORMS = sorted({f for c in CONCEPTS.values() for f in (c.name, *c.forms)})
TITLES = [
    "Data Engineer",
    "Senior Data Analyst",
    "Platform Engineer",
    "Pastry Chef",
    "Engineering Lead",
]
PHRASES = ["data pipelines", "stakeholder reporting", "incident response", "pipeline"]
IMPORTANCE = st.sampled_from(["required", "preferred", "mentioned"])
DEGREES = st.one_of(
    st.none(),
    st.builds(Degree, st.integers(1, 4), st.just("Degree"), st.none(), st.booleans()),
)


@st.composite
def jobs(draw: st.DrawFn) -> Profile:
    ids = draw(st.lists(st.sampled_from(sorted(CONCEPTS)), min_size=1, max_size=6, unique=True))
    lines = []
    rest = list(ids)
    while rest:  # some pairs joined by "or": alternatives
        if len(rest) > 1 and draw(st.booleans()):
            lines.append(f"- {CONCEPTS[rest[0]].name} or {CONCEPTS[rest[1]].name}")
            rest = rest[2:]
        else:
            lines.append(
                f"- {draw(st.sampled_from([CONCEPTS[rest[0]].name, *CONCEPTS[rest[0]].forms]))}"
            )
            rest = rest[1:]
    phrases = draw(st.lists(st.sampled_from(PHRASES), max_size=2, unique=True))
    title = draw(st.one_of(st.none(), st.sampled_from(TITLES)))
    text = (
        (title or "Job")
        + "\nRequirements\n"
        + "\n".join(lines + [f"- {p}" for p in phrases])
        + "\n"
    )
    return make_profile(
        "job",
        text,
        {i: draw(IMPORTANCE) for i in ids},
        degree=draw(DEGREES),
        years=draw(st.one_of(st.none(), st.sampled_from([1.0, 3.0, 5.0, 8.0]))),
        title=title,
        keywords=[(p, draw(IMPORTANCE)) for p in phrases],
    )


@st.composite
def resumes(draw: st.DrawFn) -> Profile:
    forms = draw(st.lists(st.sampled_from(FORMS), max_size=6, unique=True))
    listed = [f for f in forms if draw(st.booleans())]
    used = [f for f in forms if f not in listed]
    phrases = draw(st.lists(st.sampled_from(PHRASES), max_size=2, unique=True))
    title = draw(st.one_of(st.none(), st.sampled_from(TITLES)))
    text = (
        f"{title or 'Jane Doe'}\nSkills\n{', '.join(listed)}\nExperience\n"
        f"Worked with {' and '.join(used) or 'spreadsheets'} on "
        f"{' and '.join(phrases) or 'reports'}.\n"
    )
    ids = [i for i, c in CONCEPTS.items() if draw(st.integers(0, 3)) > 0]
    return make_profile(
        "resume",
        text,
        ids,
        degree=draw(DEGREES),
        years=draw(st.one_of(st.none(), st.sampled_from([0.5, 2.0, 4.0, 6.0, 12.0]))),
        title=title,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rs=st.lists(resumes(), min_size=1, max_size=4),
    js=st.lists(jobs(), min_size=1, max_size=4),
    ats=st.sampled_from(["generic", "literal", "semantic", "prescreen"]),
)
def test_batch_equals_match_for_random_profiles(
    rs: list[Profile], js: list[Profile], ats: str
) -> None:
    config = atsmatch.MatchConfig(ats=ats)
    matrix = atsmatch.match_many(rs, js, config=config)
    for i, resume in enumerate(rs):
        for j, job in enumerate(js):
            single = atsmatch.match(resume, job, config=config)
            assert matrix[i, j] == single.score, (i, j)
            assert bool(matrix.filtered_out[i, j]) == single.filtered_out
            assert matrix.knockouts(i, j) == single.knockouts
            assert dict(matrix.subscores(i, j)) == dict(single.subscores)
            gains = {t.id: (t.status, t.credit, round(t.gain, 9)) for t in single.terms}
            assert {
                t.id: (t.status, t.credit, round(t.gain, 9)) for t in matrix.terms(i, j)
            } == gains


def test_batch_equals_match_knockouts_fire() -> None:
    """A hand-made case where each knockout kind fires, with and without the cap."""
    job = make_profile(
        "job",
        "Data Engineer\nRequirements\n- CKA\n- Python or Docker\n",
        {"t:cka": "required", "t:python": "required", "t:docker": "required"},
        degree=Degree(3, "Master's"),
        years=8.0,
        title="Data Engineer",
    )
    resume = make_profile(
        "resume", "Skills\nDocker\n", ["t:docker"], degree=Degree(2, "BSc"), years=2.0
    )
    for ats in ("generic", "prescreen"):
        config = atsmatch.MatchConfig(ats=ats)
        matrix = atsmatch.match_many([resume], [job], config=config)
        single = atsmatch.match(resume, job, config=config)
        assert {k.kind for k in single.knockouts} == {"degree", "years", "certification"}
        assert matrix.knockouts(0, 0) == single.knockouts
        assert matrix[0, 0] == single.score
        assert matrix.filtered_out[0, 0]
    assert single.score == 0.0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    resume_words=st.lists(st.lists(st.sampled_from(FORMS), max_size=5), min_size=1, max_size=3),
    job_words=st.lists(
        st.lists(st.sampled_from(FORMS), min_size=1, max_size=5), min_size=1, max_size=2
    ),
)
def test_batch_equals_match_from_text(
    resume_words: list[list[str]], job_words: list[list[str]]
) -> None:
    """Through real parsing and extraction, too."""
    rs = [f"Skills\n{', '.join(w)}\nExperience\nData Engineer, 2019-2023\n" for w in resume_words]
    js = [
        "Data Engineer\nRequirements\n- 3+ years of experience\n- Bachelor's degree required\n- "
        + " or ".join(w)
        + "\n"
        for w in job_words
    ]
    matrix = atsmatch.match_many(rs, js)
    for i, r in enumerate(rs):
        for j, jt in enumerate(js):
            assert matrix[i, j] == atsmatch.match(r, jt).score
            assert not math.isnan(matrix[i, j])


def test_candidates_never_miss_a_credit(example_resume, example_job) -> None:
    """The one-pass candidate search finds every term that earns credit: computing every
    column for every resume gives the same row."""
    from atsmatch.batch.engine import Engine
    from atsmatch.score.credits import ResumeView
    from atsmatch.score.match import term_credit

    jobs = [atsmatch.extract(example_job, kind="job"), atsmatch.extract(example_resume, kind="job")]
    jobs += [
        atsmatch.extract(f"{t}\nRequirements\n- {' or '.join(FORMS[k : k + 3])}\n", kind="job")
        for k, t in enumerate(TITLES)
    ]
    engine = Engine(jobs, atsmatch.MatchConfig())
    resumes = [example_resume, example_job, "Data Engineering Lead\nSkills\nPostgres, K8s\n"]
    for source in resumes:
        view = ResumeView.of(atsmatch.extract(source, kind="resume"))
        every = {}
        for column, key in enumerate(engine.side.keys):
            value = term_credit(key, view, engine.config)[0].value
            if value:
                every[column] = value
        found = engine.credit_row(view)
        assert {c: v for c, v in found.items() if c < len(engine.side.keys)} == every


def test_batch_equals_match_on_the_golden_cases() -> None:
    """Every resume of tests/data/cases against every job (49 real-looking pairs), under
    every ATS profile, with workers: scores, knockouts and subscores as match() gives."""
    from pathlib import Path

    cases = sorted((Path(__file__).parent.parent / "data" / "cases").iterdir())
    resumes = [c / "resume.txt" for c in cases]
    jobs = [c / "job.txt" for c in cases]
    profiles_r = [atsmatch.extract(p, kind="resume") for p in resumes]
    profiles_j = [atsmatch.extract(p, kind="job") for p in jobs]
    for ats in ("generic", "literal", "semantic", "prescreen"):
        config = atsmatch.MatchConfig(ats=ats)
        matrix = atsmatch.match_many(profiles_r, profiles_j, config=config, workers=2)
        for i, resume in enumerate(profiles_r):
            for j, job in enumerate(profiles_j):
                single = atsmatch.match(resume, job, config=config)
                assert matrix[i, j] == single.score, (ats, cases[i].name, cases[j].name)
                assert matrix.knockouts(i, j) == single.knockouts
                assert dict(matrix.subscores(i, j)) == dict(single.subscores)


def test_batch_equals_match_when_a_resume_pastes_the_jobs_boilerplate() -> None:
    """match() reads a resume differently for a job whose benefits it pasted as a keyword
    list (a per-pair rule); the batch scores those pairs the same way."""
    job = (
        "Data Engineer\nAbout us\nAcme Payments is a fintech company.\n"
        "Requirements\n- Python\n- SQL\n- Airflow\n- Kafka\n"
        "Benefits\nCommuter benefit, 401(k) matching, gym membership, free lunches\n"
    )
    other = "Platform Engineer\nRequirements\n- Kubernetes\n- Python\n"
    pasted = (
        "Skills\nPython, SQL, Airflow, Kafka, Commuter benefit, 401(k) matching, gym membership\n"
        "Experience\nData Engineer, 2018-2024\nBuilt pipelines in Python.\n"
    )
    honest = (
        "Skills\nPython, SQL, Airflow, Kafka, dbt, Spark, Docker\nExperience\nBuilt pipelines.\n"
    )
    resumes, jobs = [pasted, honest], [job, other]
    matrix = atsmatch.match_many(resumes, jobs)
    for i, r in enumerate(resumes):
        for j, jt in enumerate(jobs):
            single = atsmatch.match(r, jt)
            assert matrix[i, j] == single.score, (i, j)
            assert dict(matrix.subscores(i, j)) == dict(single.subscores)
            assert matrix.knockouts(i, j) == single.knockouts
    parallel = atsmatch.match_many(resumes, jobs, workers=2)
    assert (parallel.scores == matrix.scores).all()
