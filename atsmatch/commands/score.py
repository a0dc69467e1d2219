"""``atsmatch score RESUME JOB``: the match score and the coverage gaps."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from atsmatch.commands.common import document_source, use_color, write_output
from atsmatch.config import ATS_PROFILES
from atsmatch.report import FORMATS

__all__ = ["add_parser", "run", "use_color"]


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "score",
        help="score a resume against a job description",
        description=(
            "Score RESUME against JOB: what matched, what is missing, what to change. "
            "The score is a weighted sum of per-term credits (docs/scoring.md)."
        ),
    )
    parser.add_argument(
        "resume",
        help="resume file (PDF, DOCX, text, Markdown, HTML, JSON Resume), or '-' for stdin",
    )
    parser.add_argument("job", help="job description file, or '-' for stdin")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="output format: text (terminal), json, markdown (PR comments), html (one file)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument(
        "--ats",
        choices=tuple(ATS_PROFILES),
        metavar="PROFILE",
        help="ATS profile (an approximation, see docs/scoring.md): generic (default), "
        "literal (exact job wording only), semantic (taxonomy-based), "
        "prescreen (a knockout drops the score to 0)",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML file with [tool.atsmatch] settings")
    parser.add_argument(
        "--taxonomy",
        metavar="FILE",
        help="extend or override the skill taxonomy with FILE (YAML, JSON, CSV) or plugin:NAME",
    )
    parser.add_argument(
        "--min-score",
        type=float,
        metavar="N",
        help="exit with code 1 when the score is below N (for CI checks)",
    )
    parser.set_defaults(run=run)


def _warn_if_swapped(resume: Any, job: Any, args: argparse.Namespace) -> None:
    """Warn on stderr when the resume reads like a posting and the job like a resume."""
    from atsmatch.extract import guess_kind

    if guess_kind(resume) == "job" and guess_kind(job) == "resume":
        print(
            f"atsmatch: warning: {args.resume} reads like a job posting and {args.job} like a "
            f"resume; the resume comes first: atsmatch score {args.job} {args.resume}",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    import dataclasses

    from atsmatch.check.model import displayed_score
    from atsmatch.check.settings import validate_min_score
    from atsmatch.config import load_config
    from atsmatch.parse import parse
    from atsmatch.report import render
    from atsmatch.score import match
    from atsmatch.taxonomy import load_taxonomy

    minimum = validate_min_score(args.min_score)
    config = load_config(args.config)
    if args.ats:
        config = dataclasses.replace(config, ats=args.ats)
    taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else None
    resume = parse(document_source(args.resume, args.job))
    job = parse(document_source(args.job, args.resume))
    _warn_if_swapped(resume, job, args)
    result = match(resume, job, config=config, taxonomy=taxonomy)
    color = use_color(args.output, no_color=args.no_color)
    text = render(result, format=args.format, color=color)
    write_output(text, args.output)
    if minimum is not None:
        shown = displayed_score(result.score)
        if shown < minimum:
            print(f"{args.resume} vs {args.job}: score {shown} < {minimum:g}", file=sys.stderr)
            return 1
    return 0
