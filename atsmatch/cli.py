"""The ``atsmatch`` command: parses arguments, calls the API, prints, returns an exit code.

Exit codes: 0 success, 1 a check failed (e.g. score below ``--min-score``), 2 a usage or
input error (missing or unreadable file, bad option). Errors are one line on stderr; pass
``--debug`` for the traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from atsmatch._lazy import lazy_pattern
from atsmatch._version import __version__
from atsmatch.commands import COMMANDS
from atsmatch.errors import AtsmatchError

__all__ = ["EXIT_CHECK_FAILED", "EXIT_OK", "EXIT_USAGE", "main", "terminal_safe"]

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2

EPILOG = """exit codes:
  0  success
  1  a check failed (for example the score is below --min-score)
  2  usage or input error (missing or unreadable file, bad option)
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors exit with code 2 and one line, like the rest."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="atsmatch",
        description="Screen a resume the way an Applicant Tracking System does: "
        "what it can read, which skills it finds, and how well they cover a job.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"atsmatch {__version__}")
    _add_global_options(parser, default=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    for subparser in sub.choices.values():
        # accepted after the sub-command too; SUPPRESS keeps the top level's value when absent
        _add_global_options(subparser, default=argparse.SUPPRESS)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, *, default: object) -> None:
    """The options every command takes, before or after its name."""
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--debug", action="store_true", default=default, help="show tracebacks on errors"
    )
    group.add_argument(
        "--no-color",
        action="store_true",
        default=default,
        help="no ANSI colours in terminal output (also when NO_COLOR is set)",
    )


# C0 and C1 controls (a newline would split the one-line message, ESC starts a terminal
# command) and the bidirectional controls that reorder what is shown (U+202E makes
# "resume\u202etxt.exe" look like "resumeexe.txt").
_UNSAFE = lazy_pattern("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi-control characters written as escapes (``\\n``,
    ``\\x1b``, ``\\u202e``), so it prints as one line that cannot drive the terminal."""
    return _UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.run(args)
        return code
    except AtsmatchError as exc:
        if args.debug:
            raise
        print(f"atsmatch: error: {terminal_safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("atsmatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
