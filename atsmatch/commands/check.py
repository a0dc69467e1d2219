"""``atsmatch check RESUME... [--job JOB ...]``: a CI check for resumes kept in a repository.

Exit 0 when the check passes, 1 when it fails (one line per reason on stderr, whatever
``-o`` says), 2 on a usage or input error. Settings come from ``[tool.atsmatch]``
(docs/ci.md); flags override them.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import TYPE_CHECKING, Any

from atsmatch.commands.common import write_output

if TYPE_CHECKING:
    from atsmatch.check import CheckReport, CheckSettings
    from atsmatch.config import MatchConfig

__all__ = ["add_parser", "run"]

_FORMATS = ("text", "json", "github", "junit", "sarif", "markdown")


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="CI check: resume readability and scores against target jobs",
        description=(
            "Check resumes for ATS readability and, with --job, their score against each job. "
            "Exit 0 passes, 1 fails (each reason on one stderr line), 2 usage or input error. "
            "Settings: [tool.atsmatch] in pyproject.toml or .atsmatch.toml (docs/ci.md)."
        ),
    )
    parser.add_argument("resumes", nargs="*", metavar="RESUME", help="resume files to check")
    parser.add_argument("--job", action="append", metavar="JOB", help="a target job (repeatable)")
    parser.add_argument(
        "--min-score",
        type=float,
        metavar="N",
        help="fail when a displayed score is below N (0-100)",
    )
    parser.add_argument(
        "--fail-on",
        metavar="KINDS",
        help="comma-separated: knockout, error, warning (default knockout,error; 'none' for none)",
    )
    parser.add_argument("--format", choices=_FORMATS, default="text", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument(
        "--baseline", metavar="FILE", help="an earlier --format json output: report the trend"
    )
    parser.add_argument(
        "--ats", metavar="PROFILE", help="ATS profile (generic, literal, semantic, prescreen)"
    )
    parser.add_argument("--config", metavar="FILE", help="TOML file with [tool.atsmatch] settings")
    parser.add_argument("--taxonomy", metavar="FILE", help="extend the skill taxonomy with FILE")
    parser.set_defaults(run=run)


def _settings(args: argparse.Namespace) -> tuple[CheckSettings, MatchConfig]:
    from atsmatch.check.settings import load_settings, parse_fail_on, validate_min_score
    from atsmatch.errors import ConfigError

    settings, config = load_settings(args.config)
    if "-" in (args.resumes or []) + (args.job or []):
        raise ConfigError("-: atsmatch check reads files, not standard input; name the files")
    changes: dict[str, Any] = {}
    if args.resumes:
        changes["resumes"] = tuple(args.resumes)
    if args.job:
        changes["jobs"] = tuple(args.job)
    if args.min_score is not None:
        changes["min_score"] = validate_min_score(args.min_score)
    if args.fail_on is not None:
        changes["fail_on"] = parse_fail_on(args.fail_on)
    if args.ats:
        config = dataclasses.replace(config, ats=args.ats)
    return dataclasses.replace(settings, **changes), config


def _github_files(report: CheckReport, text_markdown: str) -> None:
    """Under GitHub Actions: the Markdown summary and the ``score``/``passed`` outputs."""
    summary, outputs = os.environ.get("GITHUB_STEP_SUMMARY"), os.environ.get("GITHUB_OUTPUT")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(text_markdown + "\n")
    if outputs:
        lowest = report.lowest_score
        with open(outputs, "a", encoding="utf-8") as handle:
            handle.write(f"score={'' if lowest is None else lowest}\n")
            handle.write(f"passed={'true' if report.passed else 'false'}\n")


def run(args: argparse.Namespace) -> int:
    from atsmatch.check import Changes, load_baseline, render_check, run_check, trend
    from atsmatch.taxonomy import load_taxonomy

    settings, config = _settings(args)
    baseline = load_baseline(args.baseline) if args.baseline else None
    taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else None
    report = run_check(
        settings.resumes, settings.jobs, settings=settings, config=config, taxonomy=taxonomy
    )
    changes = None
    if baseline is not None:
        trends, new = trend(report, baseline)
        changes = Changes(baseline=baseline.source, trends=tuple(trends), new_findings=tuple(new))
    write_output(render_check(report, format=args.format, changes=changes), args.output)
    if args.format == "github":
        _github_files(report, render_check(report, format="markdown", changes=changes))
    for finding in report.failures:
        print(finding.reason(), file=sys.stderr)
    if changes is not None:
        for item in changes.trends:
            if item.before is not None and item.after < item.before:
                print(f"{item.resume} vs {item.job}: {item.line()}", file=sys.stderr)
    return 0 if report.passed else 1
