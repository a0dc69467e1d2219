"""``atsmatch score RESUME JOB``: the match score and the coverage gaps."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from atsmatch.commands.common import write_output
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
    parser.add_argument("resume", help="resume file (PDF, DOCX, text, Markdown, HTML, JSON Resume)")
    parser.add_argument("job", help="job description file")
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


def use_color(output: str | None) -> bool:
    """Colour only for a terminal on stdout, and never when NO_COLOR is set."""
    if output not in (None, "-") or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


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
    result = match(
        parse(Path(args.resume)), parse(Path(args.job)), config=config, taxonomy=taxonomy
    )
    text = render(result, format=args.format, color=use_color(args.output))
    write_output(text, args.output)
    if minimum is not None:
        shown = displayed_score(result.score)
        if shown < minimum:
            print(f"{args.resume} vs {args.job}: score {shown} < {minimum:g}", file=sys.stderr)
            return 1
    return 0
