"""`atsmatch check`: exit codes, stderr reasons, thresholds, configuration, output formats."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from atsmatch.check import displayed_score

NO_EMAIL = "Jane Roe\n+1 555 010 0199\nExperience\nEngineer, Acme Inc\nJan 2020 – Present\n" \
    "Python and Kafka\nEducation\nBSc, Uni, 2012 - 2016\nSkills\nPython\n"  # fmt: skip


def _score(run_cli, resume: str) -> int:
    result = run_cli("check", resume, "--job", "job.txt", "--format", "json")
    return int(json.loads(result.out)["scores"][0]["score"])


@pytest.mark.parametrize("resume", ["jake.tex", "moderncv.tex", "resume.yaml", "rendercv.yaml"])
def test_check_passes_each_source_format(run_cli, repo: Path, resume: str) -> None:
    result = run_cli("check", resume, "--job", "job.txt")
    assert (result.code, result.err) == (0, "")
    assert f"{resume} (read as " in result.out and "PASSED" in result.out


def test_check_threshold_compares_the_displayed_score(run_cli, repo: Path) -> None:
    shown = _score(run_cli, "awesome.tex")
    assert 0 < shown < 100
    assert run_cli("check", "awesome.tex", "--job", "job.txt", "--min-score", str(shown)).code == 0
    failed = run_cli("check", "awesome.tex", "--job", "job.txt", "--min-score", str(shown + 0.5))
    assert failed.code == 1
    assert failed.err.startswith(f"awesome.tex vs job.txt: score {shown} < {shown + 0.5:g}")


@pytest.mark.parametrize(("score", "shown"), [(72.5, 72), (72.51, 73), (73.49, 73), (99.6, 100)])
def test_check_displayed_score_is_what_reports_print(score: float, shown: int) -> None:
    assert displayed_score(score) == shown == int(f"{score:.0f}")


def test_check_failure_reasons_go_to_stderr_even_with_output_file(run_cli, repo: Path) -> None:
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    result = run_cli("check", "resume.txt", "-o", "out.json", "--format", "json")
    assert result.code == 1 and result.out == ""
    assert result.err.splitlines() == [
        "resume.txt: error missing-email: no email address found; add one at the top"
    ]
    assert json.loads((repo / "out.json").read_text())["passed"] is False


def test_check_without_a_job_checks_readability_only(run_cli, repo: Path) -> None:
    result = run_cli("check", "jake.tex", "awesome.tex", "--format", "json")
    data = json.loads(result.out)
    assert result.code == 0 and data["scores"] == [] and data["passed"] is True
    assert [r["format"] for r in data["resumes"]] == ["latex", "latex"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-score", "101"], "--min-score must be a number within 0..100"),
        (["--min-score", "-5"], "--min-score must be a number within 0..100"),
        (["--fail-on", "knockout,warnnig"], "did you mean 'warning'"),
        (["--format", "xml"], "invalid choice"),
        (["missing.tex"], "missing.tex: no such file"),
        (["resume.typ"], "resume.typ: a Typst source"),
        (["--baseline", "nope.json"], "nope.json: baseline file not found"),
        (["--job", "-"], "-: atsmatch check reads files, not standard input"),
    ],
)
def test_check_usage_and_input_errors_exit_2(run_cli, repo: Path, args, message: str) -> None:
    argv = ["check", *args] if args[0].endswith((".tex", ".typ")) else ["check", "jake.tex", *args]
    result = run_cli(*argv)
    assert result.code == 2 and message in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_check_fail_on_warning(run_cli, repo: Path) -> None:
    text = NO_EMAIL.replace("Jane Roe\n", "Jane Roe\njane@example.com\n").replace(
        "+1 555 010 0199\n", ""
    )
    (repo / "resume.txt").write_text(text, encoding="utf-8")
    assert run_cli("check", "resume.txt").code == 0
    result = run_cli("check", "resume.txt", "--fail-on", "warning")
    assert result.code == 1 and "resume.txt: warning missing-phone" in result.err


def test_check_config_from_pyproject_and_flags_override(run_cli, repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.atsmatch]\nresumes = ["*.tex"]\njobs = ["job.txt"]\nmin_score = 100\n'
        'fail_on = ["knockout"]\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--format", "json")
    data = json.loads(result.out)
    assert result.code == 1 and data["min_score"] == 100 and data["fail_on"] == ["knockout"]
    files = sorted(r["file"] for r in data["resumes"])
    assert files == ["awesome.tex", "jake.tex", "moderncv.tex", "twocolumn.tex"]
    scores = [s["score"] for s in data["scores"]]
    assert len(result.err.strip().splitlines()) == sum(score < 100 for score in scores) >= 1
    assert run_cli("check", "jake.tex", "--min-score", "0").code == 0


def test_check_config_unknown_key_names_the_nearest(run_cli, repo: Path) -> None:
    (repo / ".atsmatch.toml").write_text("min_scor = 70\n", encoding="utf-8")
    result = run_cli("check", "jake.tex")
    assert (
        result.code == 2 and "unknown setting 'min_scor' (did you mean 'min_score'?)" in result.err
    )


def test_check_config_ignores_rules_globally_and_per_file(run_cli, repo: Path) -> None:
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    (repo / "cv.txt").write_text(NO_EMAIL, encoding="utf-8")
    (repo / ".atsmatch.toml").write_text(
        '[per-file-ignores]\n"resume.*" = ["missing-email"]\n', encoding="utf-8"
    )
    result = run_cli("check", "resume.txt", "cv.txt")
    assert result.code == 1 and result.err.startswith("cv.txt: error missing-email")
    (repo / ".atsmatch.toml").write_text('ignore = ["missing-email"]\n', encoding="utf-8")
    assert run_cli("check", "resume.txt", "cv.txt").code == 0


def test_check_github_annotations_summary_and_outputs(
    run_cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "resume.md").write_text("# Jane Roe\n\n" + NO_EMAIL.replace("\n", "\n\n"), "utf-8")
    summary, outputs = repo / "summary.md", repo / "outputs.txt"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_OUTPUT", str(outputs))
    result = run_cli("check", "resume.md", "--job", "job.txt", "--format", "github")
    assert result.code == 1
    assert "::error file=resume.md,title=atsmatch missing-email::resume.md: error" in result.out
    assert "::notice file=resume.md,title=atsmatch score::resume.md vs job.txt: score" in result.out
    assert (
        "atsmatch check: FAILED" in summary.read_text() and "| resume.md |" in summary.read_text()
    )
    lines = outputs.read_text().splitlines()
    assert lines[1] == "passed=false" and lines[0].startswith("score=")


def test_check_github_annotation_points_at_the_source_line(run_cli, repo: Path) -> None:
    text = (
        "Jane Roe\njane@example.com\n+1 555 010 0199\n\nExperience\n\nEngineer, Acme\n"
        "Spring 2020 – Present\nPython\nEducation\nBSc, Uni, 2012 - 2016\nSkills\nPython\n"
    )
    (repo / "resume.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "resume.txt", "--format", "github")
    assert "::warning file=resume.txt,line=8,title=atsmatch date-format::" in result.out


def test_check_junit_is_well_formed(run_cli, repo: Path) -> None:
    (repo / "resume.txt").write_text(NO_EMAIL, encoding="utf-8")
    result = run_cli("check", "resume.txt", "jake.tex", "--job", "job.txt", "--format", "junit")
    root = ET.fromstring(result.out)
    assert root.tag == "testsuites"
    (suite,) = root
    cases = suite.findall("testcase")
    assert int(suite.get("tests", "")) == len(cases) == 4
    assert int(suite.get("failures", "")) == 1
    failure = cases[0].find("failure")
    assert failure is not None and "missing-email" in failure.get("message", "")
    for case in cases:
        assert case.get("classname") and case.get("name")


def test_check_baseline_trend(run_cli, repo: Path) -> None:
    base = run_cli("check", "jake.tex", "--job", "job.txt", "--format", "json")
    (repo / "base.json").write_text(base.out, encoding="utf-8")
    before = json.loads(base.out)["scores"][0]["score"]
    text = (repo / "jake.tex").read_text().replace("\\textbf{Kafka}", "streaming")
    (repo / "jake.tex").write_text(text.replace(", Kubernetes,", ","), encoding="utf-8")
    result = run_cli("check", "jake.tex", "--job", "job.txt", "--baseline", "base.json",
                     "--format", "json")  # fmt: skip
    pair = json.loads(result.out)["trend"]["pairs"][0]
    assert pair["before"] == before and pair["after"] < before and "Apache Kafka" in pair["lost"]
    assert pair["summary"].startswith(f"score fell {before} → {pair['after']} (−")
    assert f"jake.tex vs job.txt: score fell {before} → " in result.err
    md = run_cli("check", "jake.tex", "--job", "job.txt", "--baseline", "base.json",
                 "--format", "markdown")  # fmt: skip
    assert "### Since base.json" in md.out and "lost: " in md.out


def test_score_min_score_says_why_on_stderr(run_cli, example_resume, example_job, tmp_path) -> None:
    out = tmp_path / "r.json"
    result = run_cli("score", str(example_resume), str(example_job), "--format", "json",
                     "-o", str(out), "--min-score", "100")  # fmt: skip
    shown = displayed_score(json.loads(out.read_text())["score"])
    assert (
        result.code == 1
        and result.err == f"{example_resume} vs {example_job}: score {shown} < 100\n"
    )
    exact = run_cli("score", str(example_resume), str(example_job), "--min-score", str(shown))
    assert exact.code == 0


def test_check_docs_table_lists_every_setting() -> None:
    import re

    from atsmatch.config import CHECK_SETTINGS
    from tests.conftest import ROOT

    page = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    table = page.split("<!-- check settings -->")[1].split("<!-- /check settings -->")[0]
    keys = {k.replace("-", "_") for k in re.findall(r"^\| `([\w-]+)` \|", table, re.MULTILINE)}
    assert keys == {*CHECK_SETTINGS, "ats"}


def _docx(path: Path, *, email_in_footer: bool) -> None:
    import docx

    document = docx.Document()
    lines = ["Jane Roe", "+1 555 010 0199", "Experience", "Engineer, Acme Inc",
             "Jan 2020 – Present", "Built Python services", "Education",
             "BSc, Uni, 2012 - 2016", "Skills", "Python, Kafka"]  # fmt: skip
    if not email_in_footer:
        lines.insert(1, "jane.roe@example.com")
    for line in lines:
        document.add_paragraph(line)
    document.sections[0].footer.paragraphs[0].text = "jane.roe@example.com · page 1"
    document.save(str(path))


def test_check_fails_when_the_email_moves_into_a_footer(run_cli, repo: Path) -> None:
    _docx(repo / "resume.docx", email_in_footer=False)
    assert run_cli("check", "resume.docx").code == 0
    _docx(repo / "resume.docx", email_in_footer=True)
    result = run_cli("check", "resume.docx")
    assert result.code == 1
    (reason,) = result.err.splitlines()
    assert reason.startswith("resume.docx: error header-footer-content: the email")


def test_check_fails_when_a_required_skill_is_dropped(run_cli, repo: Path) -> None:
    assert run_cli("check", "jake.tex", "--job", "job.txt", "--min-score", "95").code == 0
    text = (repo / "jake.tex").read_text(encoding="utf-8").replace("\\textbf{Kafka}", "queues")
    (repo / "jake.tex").write_text(text, encoding="utf-8")
    result = run_cli("check", "jake.tex", "--job", "job.txt", "--min-score", "95")
    assert result.code == 1
    (reason,) = result.err.splitlines()
    assert reason.startswith("jake.tex vs job.txt: score ") and "Apache Kafka" in reason


def test_check_latex_finding_points_at_the_macro_line(run_cli, repo: Path) -> None:
    text = (repo / "jake.tex").read_text(encoding="utf-8")
    text = text.replace("\\section{Technical Skills}", "\\section{Odds and Ends}")
    (repo / "jake.tex").write_text(text, encoding="utf-8")
    line = text.splitlines().index("\\section{Odds and Ends}") + 1
    result = run_cli("check", "jake.tex", "--format", "github")
    assert f"::notice file=jake.tex,line={line},title=atsmatch nonstandard-heading::" in result.out


def test_check_baseline_lists_new_warnings_per_pair(run_cli, repo: Path) -> None:
    base = run_cli("check", "jake.tex", "--job", "job.txt", "--format", "json")
    (repo / "base.json").write_text(base.out, encoding="utf-8")
    same = run_cli("check", "jake.tex", "--job", "job.txt", "--baseline", "base.json")
    assert same.code == 0 and same.err == ""
    assert "score held 100 → 100 (±0); newly covered: none; lost: none; new warnings: none" in (
        same.out
    )
    text = (repo / "jake.tex").read_text(encoding="utf-8").replace(" $|$ ", " ")
    text = text.replace("+1 415 555 0199", "")
    (repo / "jake.tex").write_text(text, encoding="utf-8")
    result = run_cli("check", "jake.tex", "--job", "job.txt", "--baseline", "base.json",
                     "--format", "markdown")  # fmt: skip
    assert "new warnings: missing-phone" in result.out
