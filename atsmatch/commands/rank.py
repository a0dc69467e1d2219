"""``atsmatch rank RESUME JOBS...``: which of these jobs fits one resume best."""

from __future__ import annotations

import argparse
from typing import Any

from atsmatch.commands.batch import add_options, screen

__all__ = ["add_parser", "run"]

DESCRIPTION = """Rank JOBS (files, folders, globs or @LIST) for one RESUME, best fit first.
Scores of one resume are comparable across jobs: each is the share of that job's weighted
terms the resume covers. Exit code: 0 every input read, 1 some could not be read, 2 usage."""


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "rank", help="rank many jobs for one resume", description=DESCRIPTION
    )
    parser.add_argument("resume", metavar="RESUME", help="the resume file")
    parser.add_argument("jobs", metavar="JOBS", nargs="+", help="job files, folders, globs, @LIST")
    add_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return screen(args, [args.resume], list(args.jobs), "resume")
