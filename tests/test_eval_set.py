"""The hand-written evaluation set (benchmarks/data/eval) and benchmarks/eval_gaps.py.

These check the data's format and that the measurement runs; they do not assert the measured
numbers (those are targets, reported in benchmarks/README.md).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.eval_data import (
    DATA_ROOT,
    EvalDataError,
    KnockoutSpec,
    PairSpec,
    contains_words,
    is_listed_junk,
    load_eval_set,
    locate_zones,
    satisfies,
    term_key,
)
from benchmarks.eval_gaps import main, render_text
from benchmarks.eval_judge import junk_reason, knockout_outcome
from benchmarks.eval_ranking import bm25, bm25_scores, pairwise, spearman, tfidf_scores

SUBSET = "ap-clerk-summit,sre-northwind"


@pytest.fixture(scope="module")
def eval_set():  # type: ignore[no-untyped-def]
    return load_eval_set()


def test_eval_set_size_and_coverage(eval_set) -> None:  # type: ignore[no-untyped-def]
    assert len(eval_set.jobs) >= 40
    assert len({j.occupation for j in eval_set.jobs}) >= 10
    for job in eval_set.jobs:
        assert 2 <= len(job.resumes) <= 3, job.id
        assert job.must_find and job.must_not_find, job.id
        assert {p.fit for p in job.resumes} != {"strong"}, job.id
    used = {p.resume for j in eval_set.jobs for p in j.resumes}
    used |= {o.resume for o in eval_set.job_orders}
    assert used == set(eval_set.resume_files), "every resume file is judged somewhere"
    assert len(eval_set.job_orders) >= 5


def test_eval_set_documents_are_real_length(eval_set) -> None:  # type: ignore[no-untyped-def]
    for job in eval_set.jobs:
        assert len(job.file.read_text(encoding="utf-8").split()) >= 200, job.id
    for rid, path in eval_set.resume_files.items():
        assert len(path.read_text(encoding="utf-8").split()) >= 80, rid


def test_eval_set_zones_are_found_in_parsed_postings(eval_set) -> None:  # type: ignore[no-untyped-def]
    import atsmatch

    for job in eval_set.jobs:
        text = atsmatch.parse(job.file).text
        kinds = [k for k, _, _ in locate_zones(text, job.zones)]
        assert kinds == [k for k, _ in job.zones], job.id
        assert "requirements" in kinds and {"benefits", "compensation"} & set(kinds), job.id


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "eval"
    shutil.copytree(DATA_ROOT, root)
    return root


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "expectations" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "cause"),
    [
        ("file: jobs/ap-clerk-summit.txt", "file: jobs/nope.txt", "does not exist"),
        ("resume: ap-clerk-strong\n        rank: 1", "resume: ghost\n        rank: 1", "no file"),
        ("{kind: years}]", "{kind: salary}]", "kind must be one of"),
        ('[about, "About Summit"]', '[about, "About Nobody"]', "not found in order"),
        ("      - [10-key, ten key]", "      - [10-key, ten key, 401(k) plan]", "rules out"),
        ("        rank: 3\n        fit: partial\n        note: retail", "        rank: 0\n"
         "        fit: partial\n        note: retail", "positive integer"),
        ("      - [data entry]", "      - [data entry, 2026]", "expected a label"),
    ],
)  # fmt: skip
def test_eval_set_loader_rejects_malformed_data(
    tmp_path: Path, old: str, new: str, cause: str
) -> None:
    root = _copy(tmp_path)
    _edit(root, "accounting.yaml", old, new)
    with pytest.raises(EvalDataError, match=cause) as info:
        load_eval_set(root)
    assert "accounting.yaml" in str(info.value)


def test_eval_set_loader_requires_knockouts(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(root, "accounting.yaml", "        knockouts: []\n", "")
    with pytest.raises(EvalDataError, match="knockouts must be given"):
        load_eval_set(root)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Message Brokers", "message broker"), ("  CI/CD ", "ci/cd"), ("Bill.com.", "bill.com")],
)
def test_eval_set_term_key_folds_case_space_plural(a: str, b: str) -> None:
    assert term_key(a) == term_key(b)


def test_eval_set_labels_match_any_alternative() -> None:
    assert satisfies(("CCRN", "critical care registered nurse"), ["CCRN certification", "ccrn"])
    assert not satisfies(("CCRN",), ["PCCN"])
    assert contains_words("150 month commuter benefit", "commuter benefit")
    assert not contains_words("commuters", "commuter")


@pytest.mark.parametrize(
    ("labels", "junk"),
    [(["$150/month commuter benefit"], True), (["Commuter benefit"], True), (["forklift"], False)],
)
def test_eval_set_junk_phrase_inside_label(labels: list[str], junk: bool) -> None:
    assert is_listed_junk(labels, ["commuter benefit", "forklift premium"]) is junk


def test_eval_set_zone_junk_needs_every_mention_in_junk_zones() -> None:
    text = "Requirements\nPython\nBenefits\nPython gym\n"
    spec = SimpleNamespace(must_not_find=())
    zones = locate_zones(text, [("requirements", "Requirements"), ("benefits", "Benefits")])
    job = SimpleNamespace(skill=lambda _id: None)

    def term(*starts: int) -> SimpleNamespace:
        mentions = tuple(SimpleNamespace(start=s) for s in starts)
        return SimpleNamespace(
            id="t", name="x", job_forms=(), category="tool", job_mentions=mentions
        )

    gym, python = text.index("gym"), text.index("Python")
    assert junk_reason(term(gym), job, spec, zones) == "zone"  # type: ignore[arg-type]
    assert junk_reason(term(python, gym), job, spec, zones) == ""  # type: ignore[arg-type]


def test_eval_set_knockouts_match_kind_and_subject() -> None:
    cpa = SimpleNamespace(kind="certification", required="CPA license", message="", term_id=None)
    years = SimpleNamespace(kind="years", required="4 years", message="", term_id=None)
    match = SimpleNamespace(knockouts=(cpa, years), terms=(), job=None)
    pair = PairSpec("r", 1, "partial", knockouts=(KnockoutSpec("certification", ("CPA",)),))
    assert knockout_outcome(pair, match) == (1, 1, 0)
    pair = PairSpec("r", 1, "partial", knockouts=(KnockoutSpec("certification", ("PMP",)),))
    assert knockout_outcome(pair, match) == (0, 2, 1)


def test_eval_set_ranking_metrics() -> None:
    expected = {"a": 1.0, "b": 2.0, "c": 3.0}
    assert spearman(expected, {"a": 9, "b": 5, "c": 1}) == pytest.approx(1.0)
    assert spearman(expected, {"a": 1, "b": 5, "c": 9}) == pytest.approx(-1.0)
    assert spearman(expected, {"a": 5, "b": 5, "c": 5}) == 0.0
    assert pairwise(expected, {"a": 9, "b": 9, "c": 1}) == (2.5, 3)


def test_eval_set_baselines_prefer_the_document_sharing_words() -> None:
    scores = bm25(["kafka", "python"], {"x": ["kafka", "python", "go"], "y": ["nursing", "icu"]})
    assert scores["x"] > scores["y"] == 0.0
    jobs = {"j": "Python Kafka PostgreSQL backend"}
    resumes = {"good": "Python and Kafka services", "bad": "ICU nurse, ventilators"}
    tfidf = tfidf_scores(jobs, resumes)
    assert tfidf[("good", "j")] > tfidf[("bad", "j")]
    by_axis = bm25_scores(jobs, resumes)
    assert by_axis["job"][("good", "j")] > by_axis["job"][("bad", "j")]


def test_eval_gaps_runs_on_a_two_posting_subset() -> None:
    printed: list[str] = []
    assert main(["--jobs", SUBSET, "--json"], out=printed.append) == 0
    result = json.loads(printed[0])
    summary = result["summary"]
    assert (summary["jobs"], summary["pairs"]) == (2, 6)
    for key in ("false_gap_rate", "junk_term_rate", "knockout_accuracy", "must_find_recall"):
        assert summary[key] is None or 0.0 <= summary[key] <= 1.0, key
    assert summary["reported_gaps"] > 0 and summary["job_terms"] > 0
    assert set(result["ranking"]) == {"atsmatch", "tfidf", "bm25"}
    for row in result["ranking"].values():
        assert row["job"]["lists"] == 2 and -1.0 <= row["job"]["spearman"] <= 1.0
        assert row["resume"]["lists"] >= 1
    assert [j["job"] for j in result["jobs"]] == SUBSET.split(",")
    text = render_text(result, details=True)
    assert "false-gap rate" in text and "ap-clerk-summit" in text and "bm25" in text


def test_eval_gaps_unknown_job_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "no-such-job"]) == 2
    assert "no-such-job" in capsys.readouterr().err


HELDOUT = DATA_ROOT.parent / "eval_heldout"


def test_heldout_set_loads_with_one_posting_per_field() -> None:
    heldout = load_eval_set(HELDOUT)
    assert len(heldout.jobs) == 10
    assert len({j.occupation for j in heldout.jobs}) == 10
    for job in heldout.jobs:
        assert len(job.resumes) == 2, job.id
        assert {p.fit for p in job.resumes} == {"strong", "partial"}, job.id
        assert len(job.file.read_text(encoding="utf-8").split()) >= 200, job.id
    used = {p.resume for j in heldout.jobs for p in j.resumes}
    assert used == set(heldout.resume_files)
    assert not set(heldout.resume_files) & set(load_eval_set().resume_files)


def test_eval_gaps_runs_on_another_set_with_set() -> None:
    lines: list[str] = []
    code = main(["--set", str(HELDOUT), "--jobs", "forklift-operator-northgate"], out=lines.append)
    assert code == 0
    assert "1 postings, 2 resume-job pairs" in lines[0]
