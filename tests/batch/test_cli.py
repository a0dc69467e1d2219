"""``atsmatch batch`` and ``atsmatch rank``: formats, error rows, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

import atsmatch

JOBS = {
    "python.txt": "Backend Engineer\nRequirements\n- Python\n- PostgreSQL\n",
    "k8s.md": "Requirements\n- Kubernetes\n- Docker\n- Bachelor's degree required\n",
}
RESUMES = {
    "ana.txt": "Skills\nPython, PostgreSQL\nExperience\nBuilt APIs in Python.\n",
    "bo.txt": "Skills\nDocker, Kubernetes\nEducation\nBachelor of Science\n",
}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    resumes, jobs = tmp_path / "resumes", tmp_path / "jobs"
    resumes.mkdir()
    jobs.mkdir()
    for name, text in RESUMES.items():
        (resumes / name).write_text(text, encoding="utf-8")
    for name, text in JOBS.items():
        (jobs / name).write_text(text, encoding="utf-8")
    return resumes, jobs


def test_batch_csv_has_every_pair_with_match_scores(run_cli, folders) -> None:
    resumes, jobs = folders
    result = run_cli("batch", str(resumes), str(jobs), "--format", "csv", "--workers", "0")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 4
    for row in rows:
        expected = atsmatch.match(Path(row["resume"]), Path(row["job"])).score
        assert float(row["score"]) == expected
    first_for_k8s = next(r for r in rows if r["job"].endswith("k8s.md"))
    assert first_for_k8s["rank"] == "1" and first_for_k8s["resume"].endswith("bo.txt")


def test_batch_error_rows_and_exit_1(run_cli, folders) -> None:
    resumes, jobs = folders
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    (resumes / "empty.txt").write_bytes(b"")
    (resumes / "sub").mkdir()
    (resumes / "loop1").symlink_to(resumes / "loop2")
    (resumes / "loop2").symlink_to(resumes / "loop1")
    (resumes / "dangling.txt").symlink_to(resumes / "vanished.txt")
    os.mkfifo(resumes / "fifo.txt")
    result = run_cli("batch", str(resumes), str(jobs), "--format", "jsonl", "--workers", "0")
    assert result.code == 1
    rows = [json.loads(line) for line in result.out.splitlines()]
    errors = {Path(r["resume"]).name: r["error"] for r in rows if r["error"]}
    assert set(errors) == {"broken.pdf", "empty.txt", "loop1", "loop2", "dangling.txt", "fifo.txt"}
    assert all("\n" not in e for e in errors.values())
    assert sum(1 for r in rows if r["error"] is None) == 4
    assert "Traceback" not in result.err


def test_batch_usage_errors_exit_2(run_cli, folders, tmp_path: Path) -> None:
    resumes, jobs = folders
    assert run_cli("batch", str(tmp_path / "nope"), str(jobs)).code == 2
    assert run_cli("batch", str(resumes), str(tmp_path / "*.none")).code == 2
    assert run_cli("batch", str(resumes), str(jobs), "--top", "0").code == 2
    assert run_cli("batch", str(resumes), str(jobs), "--format", "xml").code == 2


def test_rank_orders_jobs_for_one_resume(run_cli, folders, tmp_path: Path) -> None:
    resumes, _jobs = folders
    listing = tmp_path / "jobs.list"
    listing.write_text("# postings\njobs/k8s.md\n\njobs/python.txt\n", encoding="utf-8")
    result = run_cli(
        "rank", str(resumes / "ana.txt"), f"@{listing}", "--format", "csv", "--top", "1", "-q"
    )
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [Path(r["job"]).name for r in rows] == ["python.txt"]
    assert result.err == ""  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_batch_human_formats_name_every_input(run_cli, folders, fmt: str, tmp_path: Path) -> None:
    resumes, jobs = folders
    (resumes / "junk.docx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / f"out.{fmt}"
    result = run_cli(
        "batch", str(resumes), str(jobs), "--format", fmt, "-o", str(out), "--workers", "0"
    )
    assert result.code == 1
    text = out.read_text(encoding="utf-8")
    for name in ("ana.txt", "bo.txt", "junk.docx", "k8s.md", "python.txt"):
        assert name in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and 'href="#pair-1"' in text
        assert 'id="pair-1"' in text


def test_html_escapes_names(run_cli, folders) -> None:
    resumes, jobs = folders
    (resumes / "<script>x.txt").write_text(RESUMES["ana.txt"], encoding="utf-8")
    result = run_cli("batch", str(resumes), str(jobs), "--format", "html", "--workers", "0")
    assert "<script>x" not in result.out and "&lt;script&gt;x" in result.out


def test_rank_reads_the_resume_from_stdin(run_cli, folders, monkeypatch) -> None:
    resumes, jobs = folders
    data = (resumes / "ana.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = run_cli("rank", "-", str(jobs), "--format", "csv", "--workers", "0")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert {r["resume"] for r in rows} == {"<stdin>"}
    expected = atsmatch.match(resumes / "ana.txt", jobs / "python.txt").score
    assert float(next(r for r in rows if r["job"].endswith("python.txt"))["score"]) == expected


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_per_resume_stream_equals_the_whole_matrix(run_cli, folders, tmp_path: Path, fmt) -> None:
    """Ranked per resume, CSV and JSONL are written chunk by chunk; the rows are the ones
    the whole matrix gives, in the same order, error rows included."""
    import atsmatch.batch as batch

    resumes, jobs = folders
    (resumes / "empty.txt").write_bytes(b"")
    (jobs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    for n in range(3):
        (resumes / f"extra{n}.txt").write_text(f"Skills\nDocker, Python {n}\n", encoding="utf-8")
    result = run_cli(
        "batch", str(resumes), str(jobs), "--per", "resume", "--format", fmt, "--workers", "0"
    )
    assert result.code == 1
    whole = atsmatch.match_many(sorted(resumes.iterdir()), sorted(jobs.iterdir()))
    buffer = io.StringIO()
    (whole.write_csv if fmt == "csv" else whole.write_jsonl)(buffer, per="resume")
    assert result.out == buffer.getvalue()
    chunked = list(batch.match_chunks(sorted(resumes.iterdir()), sorted(jobs.iterdir()), chunk=2))
    assert [p.first for p in chunked] == [0, 2, 4]
    assert sum(p.shape[0] for p in chunked) == whole.shape[0]
