"""Rules that make a report trustworthy on real documents (found by reading real reports)."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.config import MatchConfig
from atsmatch.parse import parse_text
from atsmatch.profile import Keyword, Mention
from atsmatch.score.keyterms import keyword_kept
from atsmatch.score.terms import job_terms
from tests.score.builders import make_profile

JOB = (
    "Senior Backend Engineer - Payments Platform\n\n"
    "About us\nRiverside Medical Center builds things.\n\n"
    "Requirements\n"
    "- Document care accurately\n"
    "- Experience with MEDDIC and Airflow in production\n"
    "- scalable systems and event sourcing patterns\n"
)


def _keyword(text: str, phrase: str, score: float = 1.0) -> Keyword:
    start = text.index(phrase)
    return Keyword(phrase, score, (Mention(start, start + len(phrase), phrase, "exact"),))


@pytest.mark.parametrize(
    ("phrase", "score", "kept"),
    [
        ("MEDDIC", 1.0, True),  # an acronym
        ("Airflow", 1.0, True),  # capitalised inside a sentence: a product name
        ("scalable", 1.0, False),  # a lone lower-case word is a fragment
        ("Document care", 1.0, False),  # an instruction opening a bullet
        ("Medical Center", 1.0, False),  # the tail of a company name
        ("event sourcing patterns", 1.0, True),  # a distinctive phrase
        ("event sourcing patterns", 0.5, False),  # ...unless not distinctive enough
    ],
)
def test_terms_keyword_kept_only_when_distinctive(phrase: str, score: float, kept: bool) -> None:
    assert keyword_kept(_keyword(JOB, phrase, score), JOB, MatchConfig()) is kept


@pytest.mark.parametrize(
    ("keyword", "skills", "scored"),
    [
        ("Payments Platform", {}, False),  # a piece of the title line
        ("GraphQL", {"t:python": "required"}, True),
        ("Python", {"t:python": "required"}, False),  # the skill already scores it
        ("event sourcing patterns", {}, True),
    ],
)
def test_terms_keyword_never_a_title_fragment_or_skill(keyword, skills, scored) -> None:
    text = JOB + "- Python and GraphQL APIs; Payments Platform work\n"
    job = make_profile(
        "job", text, skills, title="Senior Backend Engineer", keywords=[(keyword, "required")]
    )
    ids = {t.id for t in job_terms(job, MatchConfig())}
    assert (f"keyword:{keyword.lower()}" in ids) is scored


@pytest.mark.parametrize("share", [0.1, 0.15, 0.3])
def test_terms_keyword_weight_share_is_capped(share: float) -> None:
    phrases = ["alpha beta", "gamma delta", "epsilon zeta", "eta theta", "iota kappa"]
    text = "Requirements\n- Python\n" + "".join(f"- {p} work\n" for p in phrases)
    job = make_profile(
        "job", text, {"t:python": "required"}, keywords=[(p, "required") for p in phrases]
    )
    terms = job_terms(job, MatchConfig(max_keyword_share=share))
    keywords = sum(t.weight for t in terms if t.category == "keyword")
    assert keywords / sum(t.weight for t in terms) == pytest.approx(share, abs=1e-4)


@pytest.mark.parametrize(
    ("resume", "status", "via"),
    [
        ("Experience\nBuilt services in Python.\n", "matched", "exact"),
        ("Experience\nRan JavaScript front ends.\n", "matched", "alternative"),
        ("Experience\nBaked bread.\n", "missing", None),
    ],
)
def test_match_or_alternatives_need_only_one(resume: str, status: str, via: str | None) -> None:
    job = make_profile(
        "job",
        "Requirements\n- Python or JavaScript\n",
        {"t:python": "required", "t:js": "required"},
    )
    result = atsmatch.match(make_profile("resume", resume, ["t:python", "t:js"]), job)
    python = next(t for t in result.terms if t.id == "t:python")
    assert python.alternatives == ("t:js",)
    assert (python.status, python.via) == (status, via)
    advised = [a for a in result.advice if a.term_id in ("t:python", "t:js")]
    assert len(advised) <= 1  # one piece of advice per group, never both


def test_match_alternative_gain_is_the_real_change() -> None:
    job = make_profile(
        "job",
        "Requirements\n- Python or JavaScript\n- Kubernetes\n",
        {"t:python": "required", "t:js": "required", "t:kubernetes": "required"},
    )
    terms_only = MatchConfig(similarity_weight=0)  # the added word moves the similarity too
    before = atsmatch.match(
        make_profile("resume", "Experience\nRan Kubernetes.\n", []), job, config=terms_only
    )
    gain = next(t for t in before.terms if t.id == "t:python").gain
    after = atsmatch.match(
        make_profile("resume", "Experience\nRan Kubernetes. Python.\n", ["t:python"]),
        job,
        config=terms_only,
    )
    assert after.score - before.score == pytest.approx(gain, abs=0.011)


@pytest.mark.parametrize(
    ("resume", "skills_only"),
    [
        ("Skills\nDocker\n\nExperience\nShipped APIs.\n", True),
        ("Skills\nDocker\n\nExperience\nShipped APIs in docker containers.\n", False),
    ],
)
def test_match_skills_only_checks_experience_text(resume: str, skills_only: bool) -> None:
    job = make_profile("job", "Requirements\n- Docker\n", {"t:docker": "required"})
    profile = make_profile("resume", resume, ["t:docker"])
    # extraction credited only the Skills mention; the experience text still shows it
    only_listed = type(profile)(
        kind="resume",
        document=profile.document,
        skills=tuple(
            type(s)(s.concept, tuple(m for m in s.mentions if m.section == "skills"))
            for s in profile.skills
        ),
    )
    (term,) = atsmatch.match(only_listed, job).terms
    assert term.skills_only is skills_only
    flagged = [a for a in atsmatch.match(only_listed, job).advice if a.kind == "skills-only"]
    assert bool(flagged) is skills_only


@pytest.mark.parametrize(
    ("resume", "status", "via"),
    [
        ("Education\nB.S. in Kubernetes Engineering\n", "matched", "text"),
        ("Experience\nRan clusters.\n", "missing", None),
    ],
)
def test_credits_job_wording_found_in_text_counts(resume: str, status: str, via) -> None:
    job = make_profile("job", "Requirements\n- Kubernetes\n", {"t:kubernetes": "required"})
    (term,) = atsmatch.match(make_profile("resume", resume, []), job).terms
    assert (term.status, term.via) == (status, via)


@pytest.mark.parametrize(
    ("job_word", "resume_word", "advised"),
    [
        ("Postgres", "PostgreSQL", True),  # a different word: a literal search misses it
        ("postgres", "Postgres", False),  # the same word
    ],
)
def test_gaps_wording_advice_only_for_other_words(job_word, resume_word, advised) -> None:
    job = make_profile("job", f"Requirements\n- {job_word}\n", {"t:postgresql": "required"})
    resume = make_profile("resume", f"Experience\nRan {resume_word}.\n", ["t:postgresql"])
    result = atsmatch.match(resume, job)
    assert any(a.kind == "wording" for a in result.advice) is advised


@pytest.mark.parametrize(
    "years", ["7+ years of accounting experience, including 2 years of supervisory experience"]
)
def test_jobinfo_years_including_keeps_the_larger(years: str) -> None:
    from atsmatch.extract import extract

    job = extract(f"Accountant\n\nRequirements\n- {years}\n", kind="job")
    assert job.years_experience == 7


@pytest.mark.parametrize(
    "years", ["5+ years of experience with a bachelor's degree or 3 years with a master's"]
)
def test_jobinfo_years_or_keeps_the_smaller(years: str) -> None:
    from atsmatch.extract import extract

    job = extract(f"Analyst\n\nRequirements\n- {years}\n", kind="job")
    assert job.years_experience == 3


def test_parse_header_footer_finding_said_once() -> None:
    from atsmatch.document import Contact, Diagnostic, Span
    from atsmatch.parse.diagnostics import merge_diagnostics

    text = "Jane Doe | jane@example.com\nExperience\nThings\nFooter note only here\n"
    reader = [
        Diagnostic("header-footer-content", "warning", "page 1: quoted", 1, Span(0, 27)),
        Diagnostic("header-footer-content", "warning", "page 1: other", 1, Span(47, 68)),
    ]
    checks = [Diagnostic("header-footer-content", "warning", "the email appear only ...", 1)]
    merged = merge_diagnostics(reader, checks, text, Contact(email="jane@example.com"))
    assert [d.message for d in merged] == ["page 1: other", "the email appear only ..."]
    assert parse_text(text).diagnostics == parse_text(text).diagnostics


@pytest.mark.parametrize(
    ("word", "other", "same"),
    [
        ("accounting", "accountant", True),
        ("engineer", "engineering", True),
        ("manager", "management", True),
        ("data", "database", False),
        ("sales", "salesforce", False),
    ],
)
def test_credits_title_words_share_a_stem(word: str, other: str, same: bool) -> None:
    from atsmatch.score.credits import same_stem

    assert same_stem(word, other) is same


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_report_subscores_show_terms_and_share(fmt: str, example_resume, example_job) -> None:
    from atsmatch.report import render
    from atsmatch.report.summary import group_shares

    result = atsmatch.match(example_resume, example_job)
    shares = group_shares(result)
    assert set(shares) == set(result.subscores)
    assert sum(share for _, share in shares.values()) == pytest.approx(100.0)
    assert sum(count for count, _ in shares.values()) == len(result.terms)
    out = render(result, format=fmt)
    assert ("% of score" in out) if fmt == "text" else ("share of score" in out)
    assert "title_words" not in out and "not literal" not in out


@pytest.mark.parametrize(
    ("resume", "expected"),
    [
        ("Education\nB.S. in Biology\n", "the resume shows a bachelor's degree"),
        ("Experience\nBaked bread.\n", "no degree was found in the resume"),
    ],
)
def test_knockouts_degree_message_reads_plainly(resume: str, expected: str) -> None:
    from atsmatch.profile import Degree

    job = make_profile(
        "job", "Requirements\n- Master's degree required\n", degree=Degree(3, "Master's degree")
    )
    held = Degree(2, "B.S.") if "B.S." in resume else None
    result = atsmatch.match(make_profile("resume", resume, degree=held), job)
    (knockout,) = result.knockouts
    assert knockout.message.endswith(expected)


def test_gaps_soft_skill_advice_asks_for_evidence() -> None:
    job = make_profile("job", "Requirements\n- teamwork\n", {"t:teamwork": "required"})
    result = atsmatch.match(make_profile("resume", "Experience\nBaked bread.\n"), job)
    (advice,) = [a for a in result.advice if a.term_id == "t:teamwork"]
    assert "bullet that shows it" in advice.message


@pytest.mark.parametrize(
    ("resume", "status", "credit"),
    [
        ("Senior Software Engineer\nAcme, 2018 - 2024\n", "partial", 0.4),
        ("Pastry Chef\nBakery, 2018 - 2024\n", "missing", 0.0),
    ],
)
def test_credits_field_of_experience_shown_by_job_titles(resume, status, credit) -> None:
    from atsmatch.extract import extract

    job = extract(
        "Backend Engineer\n\nRequirements\n- 5+ years of software development experience\n",
        kind="job",
    )
    cv = extract(f"Jane Doe\n\nExperience\n{resume}- Built things for customers.\n", kind="resume")
    term = next(t for t in atsmatch.match(cv, job).terms if t.name == "Software development")
    assert (term.status, term.credit) == (status, pytest.approx(credit))
    assert term.via == ("job_title" if credit else None)


@pytest.mark.parametrize("ats", ["generic", "literal"])
def test_match_alternative_holds_under_every_ats(ats: str) -> None:
    job = make_profile(
        "job",
        "Requirements\n- Python or JavaScript\n",
        {"t:python": "required", "t:js": "required"},
    )
    resume = make_profile("resume", "Experience\nRan JavaScript front ends.\n", ["t:js"])
    result = atsmatch.match(resume, job, config=MatchConfig(ats=ats, similarity_weight=0))
    assert result.score == pytest.approx(100.0)
    assert not [a for a in result.advice if a.kind in ("missing", "wording", "partial")]


@pytest.mark.parametrize(
    ("experience", "skills_only"),
    [("Ran K8s clusters.", False), ("Ran clusters.", True)],
)
def test_match_skills_only_knows_the_concept_aliases(experience: str, skills_only: bool) -> None:
    from atsmatch.profile import Profile, Skill

    job = make_profile("job", "Requirements\n- Kubernetes\n", {"t:kubernetes": "required"})
    text = f"Skills\nKubernetes\n\nExperience\n{experience}\n"
    full = make_profile("resume", text, ["t:kubernetes"])
    listed = Profile(
        kind="resume",
        document=full.document,
        skills=tuple(
            Skill(s.concept, tuple(m for m in s.mentions if m.section == "skills"))
            for s in full.skills
        ),
    )
    (term,) = atsmatch.match(listed, job).terms
    assert term.skills_only is skills_only
