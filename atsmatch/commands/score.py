"""``atsmatch score RESUME JOB``: the match score and the coverage gaps."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from atsmatch.commands.common import write_output

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "score",
        help="score a resume against a job description",
        description="Score RESUME against JOB: what matched, what is missing, what to change.",
    )
    parser.add_argument("resume", help="resume file (PDF, DOCX, text, Markdown, HTML, JSON Resume)")
    parser.add_argument("job", help="job description file")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
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


def run(args: argparse.Namespace) -> int:
    from atsmatch.config import load_config
    from atsmatch.parse import parse
    from atsmatch.report import render
    from atsmatch.score import match
    from atsmatch.taxonomy import load_taxonomy

    config = load_config(args.config)
    taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else None
    result = match(
        parse(Path(args.resume)), parse(Path(args.job)), config=config, taxonomy=taxonomy
    )
    write_output(render(result, format=args.format), args.output)
    if args.min_score is not None and result.score < args.min_score:
        return 1
    return 0
