"""Keywords beyond the taxonomy: candidates, ranking, importance, phrase lookup."""

from __future__ import annotations

import subprocess
import sys

import pytest

from atsmatch import extract
from atsmatch.extract.background import fold, load_background
from atsmatch.extract.understand.keywords import find_keywords
from tests.conftest import ROOT


def _keywords(text: str, kind: str = "job") -> dict[str, str]:
    profile = extract(text, kind=kind)  # type: ignore[arg-type]
    return {k.text.lower(): k.importance for k in profile.keywords}


@pytest.mark.parametrize(
    ("word", "folded"),
    [("Services", "service"), ("policies", "policy"), ("business", "business"), ("API's", "api")],
)
def test_keywords_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_keywords_background_table_is_loaded_once() -> None:
    table = load_background()
    assert table is load_background()
    assert table.documents > 10_000
    assert table.idf("underwriting") > table.idf("customer")
    assert table.idf("payment rail") > table.idf("customer service")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Requirements\n- Experience with card networks and merchant acquiring.\n",
            "card networks",
        ),
        ("Requirements\n- You know event sourcing and CQRS patterns well.\n", "event sourcing"),
        ("Requirements\n- Background in card issuing.\n", "card issuing"),
        ("Responsibilities\n- Own the chargeback dispute tooling.\n", "chargeback dispute"),
    ],
)
def test_keywords_domain_phrases_found(text: str, present: str) -> None:
    assert any(present in keyword for keyword in _keywords(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Requirements\n- 5+ years of experience with Python.\n", "python"),
        ("Requirements\n- Strong communication skills and a team player.\n", "strong"),
        ("Requirements\n- You will build and maintain services.\n", "build"),
        ("Requirements\n- Work closely with our partners.\n", "closely"),
        ("Requirements\n- Bachelor's degree in Physics.\n", "bachelor's"),
    ],
)
def test_keywords_skills_stopwords_and_verbs_excluded(text: str, absent: str) -> None:
    keywords = _keywords(text)
    assert absent not in keywords
    assert not any(absent in k.split() for k in keywords)


def test_keywords_boilerplate_ignored_and_importance_kept() -> None:
    text = (
        "Requirements\n- Deep knowledge of card networks.\n"
        "Nice to have\n- Exposure to chargeback disputes.\n"
        "Benefits\n- Generous pension scheme.\n"
        "We are an equal opportunity employer regardless of veteran status.\n"
    )
    keywords = _keywords(text)
    assert keywords["card networks"] == "required"
    assert keywords["chargeback disputes"] == "preferred"
    assert not any("pension" in k or "veteran" in k for k in keywords)


def test_keywords_company_name_in_boilerplate_is_not_a_keyword() -> None:
    text = (
        "Requirements\n- Build fraud models for Zentrix Pay merchants.\n"
        "Location: Chicago, IL\n"
        "Zentrix Pay is an equal opportunity employer.\n"
    )
    keywords = _keywords(text)
    assert "fraud models" in keywords
    assert not any("zentrix" in k or "chicago" in k for k in keywords)


@pytest.mark.parametrize("first", ["Platform Engineer", "Job Title: Platform Engineer"])
def test_keywords_job_header_lines_skipped_but_title_kept(first: str) -> None:
    text = f"{first}\nNorthwind Traders\nBerlin, DE\n\nRequirements\n- Build card networks.\n"
    keywords = _keywords(text)
    assert "platform engineer" in keywords
    assert not any("northwind" in k or "berlin" in k for k in keywords)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Licensed Stagehand\nRequirements\n- Rigging.\n", "licensed stagehand", None),
        (
            "Experience\nMentored junior analysts on churn modelling.\n",
            "churn modelling",
            "mentored",
        ),
    ],
)
def test_keywords_sentence_opening_verbs(text: str, present: str, absent: str | None) -> None:
    keywords = _keywords(text, kind="job" if "Requirements" in text else "resume")
    assert any(present in k for k in keywords)
    if absent:
        assert not any(absent in k for k in keywords)


def test_keywords_hyphenated_words_stay_whole() -> None:
    keywords = _keywords("Requirements\n- Low-latency pricing engines and real-time bidding.\n")
    assert any("low-latency" in k for k in keywords)
    assert any("real-time bidding" in k for k in keywords)


def test_keywords_min_score_drops_lone_common_words() -> None:
    profile = extract("Requirements\n- Card networks for people and services.\n", kind="job")
    assert all(k.score >= 0.5 for k in profile.keywords)
    assert "services" not in {k.text for k in profile.keywords}
    assert find_keywords(profile, min_score=0.0)


def test_keywords_deduplicated_by_fold_and_overlap() -> None:
    text = "Requirements\n- Card networks. We scale card network infrastructure.\n"
    profile = extract(text, kind="job")
    texts = [k.text.lower() for k in profile.keywords]
    assert sum("card network" in t for t in texts) == 1
    starts = [m.start for k in profile.keywords for m in k.mentions]
    assert len(starts) == len(set(starts))


def test_keywords_ranked_and_limited() -> None:
    profile = extract(
        "Requirements\n- Card networks, card issuing, ledger design and fraud models.\n",
        kind="job",
    )
    scores = [k.score for k in profile.keywords]
    assert scores == sorted(scores, reverse=True)
    assert len(find_keywords(profile, limit=2)) == 2
    assert find_keywords(profile, limit=0) == ()


def test_keywords_mentions_point_into_text() -> None:
    profile = extract("Requirements\n- Event sourcing for our event-sourcing ledger.\n", kind="job")
    for keyword in profile.keywords:
        for mention in keyword.mentions:
            assert profile.document.text[mention.start : mention.end] == mention.text


def test_keywords_resume_skips_contact_and_headings() -> None:
    text = (
        "Jordan Rivera\njordan@example.com | github.com/jr\n\n"
        "Experience\nBuilt card networks for a neobank.\n"
    )
    keywords = _keywords(text, kind="resume")
    assert "card networks" in keywords
    assert not any("jordan" in k or "example" in k or k == "experience" for k in keywords)


def test_keywords_empty_and_junk_documents() -> None:
    for text in ["", "   ", "\x00\x01", "!!! ??? ..."]:
        assert extract(text, kind="job").keywords == ()


def test_keywords_background_not_loaded_at_import() -> None:
    code = (
        "import sys, atsmatch\n"
        "from atsmatch.extract import background\n"
        "print(background.load_background.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "0"


CASES = ROOT / "tests" / "data" / "cases"


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_keywords_shared_job_reader_changes_nothing(case: str) -> None:
    from atsmatch.extract.understand.jobinfo import job_reader, understand_job
    from atsmatch.profile import Profile

    job = extract((CASES / case / "job.txt").read_text(encoding="utf-8"), kind="job")
    bare = Profile(kind="job", document=job.document, skills=job.skills)
    reader = job_reader(job.document)
    assert find_keywords(job, reader=reader) == find_keywords(job) == job.keywords
    assert understand_job(bare, reader=reader) == understand_job(bare)


def test_keywords_reader_ignored_for_a_resume() -> None:
    from atsmatch.extract.understand.jobinfo import job_reader

    resume = extract((CASES / "software-good" / "resume.txt").read_text(encoding="utf-8"))
    reader = job_reader(resume.document)
    assert find_keywords(resume, reader=reader) == find_keywords(resume) == resume.keywords


@pytest.mark.parametrize("skills_first", [True, False])
def test_keywords_words_inside_skill_mentions_never_candidates(skills_first: bool) -> None:
    text = "Payment rails with Python and Kubernetes for ledger reconciliation."
    if not skills_first:
        text = "Ledger reconciliation for payment rails with Kubernetes and Python."
    profile = extract(text, kind="job")
    spans = [(m.start, m.end) for s in profile.skills for m in s.mentions]
    assert spans
    for keyword in profile.keywords:
        for m in keyword.mentions:
            assert all(m.end <= a or b <= m.start for a, b in spans)


_SITE_JOB = (
    "Logistics Coordinator\n{header}\n\nResponsibilities\n"
    "- Coordinate inbound container shipments to our Savannah warehouse.\n"
    "- Track container shipments and reconcile freight invoices.\n"
)


@pytest.mark.parametrize(
    "header",
    ["Bluewater Imports, LLC - Savannah, Georgia", "Bluewater Imports | Savannah, GA | On-site"],
)
def test_keywords_phrase_naming_the_stated_location_is_not_a_term(header: str) -> None:
    keywords = _keywords(_SITE_JOB.format(header=header))
    assert not any("savannah" in k for k in keywords)
    assert "container shipments" in keywords  # the rest of the sentence still counts


def test_keywords_location_line_names_the_site_too() -> None:
    text = (
        "Requirements\n- Run the Norfolk plant payroll and plant safety audits.\n"
        "Location: Norfolk, Virginia\n"
    )
    assert not any("norfolk" in k for k in _keywords(text))


def test_keywords_city_not_the_stated_location_is_left_alone() -> None:
    # the header names another city, so "Savannah" is not the job's site
    keywords = _keywords(_SITE_JOB.format(header="Bluewater Imports - Atlanta, Georgia"))
    assert any("savannah" in k for k in keywords)


def test_places_need_a_real_state_and_only_for_jobs() -> None:
    from atsmatch.extract.understand.places import job_places

    title = "Sales Representative, Medical Devices\nAcme Holdings, Inc. - Kansas City, MO\n\n"
    job = extract(title + "Requirements\n- Sell medical devices.\n", kind="job")
    assert job_places(job) == {(fold("Kansas"), "city")}  # not the title "..., Medical Devices"
    resume = extract("Jo Doe\nNorfolk, Virginia\n\nExperience\nClerk.\n", kind="resume")
    assert job_places(resume) == frozenset()
