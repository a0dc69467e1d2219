"""``atsmatch batch RESUMES JOBS``: every resume against every job, ranked per job."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import Any, Literal

from atsmatch.commands.common import LazyChoices, write_output
from atsmatch.config import ATS_PROFILES

__all__ = ["add_options", "add_parser", "run", "screen"]

DESCRIPTION = """Score every resume against every job and rank them: per job (best resumes
first), or per resume with --per resume. RESUMES and JOBS are each a file, a folder (every
file under it), a glob ('jobs/*.md') or @LIST (a file listing paths, one a line); give
--jobs for more than one JOBS argument. Every input appears in the output: a file that cannot
be read is an error row naming the cause. Exit code: 0 every input read, 1 some could not be
read, 2 usage error."""


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options ``batch`` and ``rank`` share."""
    parser.add_argument(
        "--format",
        choices=LazyChoices("atsmatch.batch.writers", "BATCH_FORMATS"),
        metavar="FORMAT",  # a metavar: argparse then lists the choices only when asked
        default="table",
        help="table (terminal), csv, jsonl, markdown, html (a leaderboard with pair reports)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--top", type=int, metavar="K", help="keep the K best of each ranking")
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes for reading files (default: all cores; 0: none, in process)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds one file may take to read before it becomes an error row (default 60)",
    )
    parser.add_argument(
        "--ats",
        choices=tuple(ATS_PROFILES),
        metavar="PROFILE",
        help="ATS profile: generic, literal, semantic, prescreen",
    )
    parser.add_argument(
        "--cache",
        metavar="DIR",
        help="keep extracted profiles in DIR (default: the user cache folder, "
        "e.g. ~/.cache/atsmatch/profiles)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="read and extract every file afresh, store nothing"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (pip install atsmatch[dask]), e.g. tcp://10.0.0.5:8786",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML file with [tool.atsmatch] settings")
    parser.add_argument("--taxonomy", metavar="FILE", help="extend the skill taxonomy with FILE")


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "batch", help="score many resumes against many jobs", description=DESCRIPTION
    )
    parser.add_argument("resumes", metavar="RESUMES", help="file, folder, glob or @LIST")
    parser.add_argument("jobs", metavar="JOBS", nargs="+", help="file, folder, glob or @LIST")
    parser.add_argument(
        "--per",
        choices=("job", "resume"),
        default="job",
        help="rank per job (default) or per resume",
    )
    add_options(parser)
    parser.set_defaults(run=run)


def _progress(total: int, quiet: bool) -> Any:
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if quiet or not sys.stderr.isatty() or total < 2:
        return None
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(console=Console(file=sys.stderr), transient=True)
    progress.start()
    task = progress.add_task("screening", total=total)
    return progress, task


def _client(address: str) -> Any:
    """A Dask client connected to ``address``; a one-line error when dask is missing or the
    scheduler does not answer."""
    from atsmatch.errors import ConfigError

    try:
        from dask.distributed import Client
    except ImportError:
        raise ConfigError(
            "--scheduler needs the dask extra: pip install 'atsmatch[dask]'"
        ) from None
    try:
        return Client(address, timeout=30)  # type: ignore[no-untyped-call,unused-ignore]
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def _inputs(specs: list[str]) -> list[Any]:
    """The inputs named by ``specs``; ``-`` is standard input, read as one document."""
    from atsmatch.batch.inputs import expand
    from atsmatch.commands.common import STDIN
    from atsmatch.errors import InputError
    from atsmatch.parse import parse

    if specs.count(STDIN) > 1:
        raise InputError("-: standard input can stand for only one document argument")
    found: list[Any] = []
    for spec in specs:
        if spec == STDIN:
            found.append(dataclasses.replace(parse(sys.stdin.buffer), source="<stdin>"))
        else:
            found += expand([spec])
    return found


def _split(resume_specs: list[str], job_specs: list[str]) -> tuple[list[Any], list[Any]]:
    from atsmatch.commands.common import STDIN
    from atsmatch.errors import InputError

    if STDIN in resume_specs and STDIN in job_specs:
        raise InputError("-: standard input can stand for only one document argument")
    return _inputs(resume_specs), _inputs(job_specs)


def screen(
    args: argparse.Namespace,
    resume_specs: list[str],
    job_specs: list[str],
    per: Literal["job", "resume"],
) -> int:
    """Run a batch from parsed arguments; the exit code."""
    from atsmatch.batch import match_many
    from atsmatch.batch.cache import default_cache_dir
    from atsmatch.batch.writers import render_batch
    from atsmatch.commands.common import use_color
    from atsmatch.config import load_config
    from atsmatch.errors import ConfigError
    from atsmatch.taxonomy import load_taxonomy

    if args.top is not None and args.top < 1:
        raise ConfigError("--top must be at least 1")
    if args.timeout <= 0:
        raise ConfigError("--timeout must be positive")
    config = load_config(args.config)
    if args.ats:
        config = dataclasses.replace(config, ats=args.ats)
    taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else None
    resumes, jobs = _split(resume_specs, job_specs)
    if not resumes or not jobs:
        raise ConfigError("no " + ("resumes" if not resumes else "jobs") + " to screen")
    workers = (os.cpu_count() or 1) if args.workers is None else args.workers
    if workers < 0:
        raise ConfigError("--workers must be 0 or more")
    client = _client(args.scheduler) if args.scheduler else None
    bar = _progress(len(resumes), args.quiet)
    options: dict[str, Any] = {
        "config": config,
        "taxonomy": taxonomy,
        "workers": workers or None,
        "timeout": args.timeout,
        "keep_profiles": False,
        "cache": None if args.no_cache else (args.cache or default_cache_dir()),
        "client": client,
    }
    progress = (lambda done: bar[0].update(bar[1], completed=done)) if bar else None
    try:
        if per == "resume" and args.format in ("csv", "jsonl"):
            return _stream(resumes, jobs, args, options, progress)
        matrix = match_many(resumes, jobs, progress=progress, **options)
    finally:
        if bar:
            bar[0].stop()
        if client is not None:
            client.close()
    color = use_color(args.output, no_color=bool(getattr(args, "no_color", False)))
    text = render_batch(matrix, format=args.format, per=per, top=args.top, color=color)
    write_output(text, args.output)
    return 1 if matrix.errors else 0


def _stream(
    resumes: list[Any],
    jobs: list[Any],
    args: argparse.Namespace,
    options: dict[str, Any],
    progress: Any,
) -> int:
    """Ranked per resume, CSV or JSONL: each chunk of resumes is written as soon as it is
    scored (a resume's ranking of the jobs is complete within its chunk), so the output
    grows as the run goes and nothing of earlier chunks is kept."""
    from atsmatch.batch import match_chunks
    from atsmatch.errors import SourceNotFoundError
    from atsmatch.serialize.matrix import write_csv, write_jsonl

    try:
        out = sys.stdout if args.output in (None, "-") else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise SourceNotFoundError(
            args.output, f"cannot write output ({exc.strerror or exc})"
        ) from None
    failed, done, last = False, 0, None
    try:
        for part in match_chunks(resumes, jobs, **options):
            if args.format == "csv":
                write_csv(
                    part, out, per="resume", top=args.top, header=not done, errors=("resume",)
                )
            else:
                write_jsonl(part, out, per="resume", top=args.top, errors=("resume",))
            out.flush()
            failed = failed or bool(part.errors)
            done += part.shape[0]
            last = part
            if progress is not None:
                progress(done)
        if last is not None:  # the jobs that could not be read, once, at the end
            if args.format == "csv":
                write_csv(last, out, per="resume", top=0, header=False, errors=("job",))
            else:
                write_jsonl(last, out, per="resume", top=0, errors=("job",))
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    return screen(args, [args.resumes], list(args.jobs), args.per)
