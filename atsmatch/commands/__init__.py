"""One module per CLI sub-command, each with ``add_parser(subparsers)``.

``add_parser`` registers the sub-command and sets ``run`` (``args -> exit code``) as its
default, so :mod:`atsmatch.cli` stays a thin dispatcher.
"""

from __future__ import annotations

from types import ModuleType

from atsmatch.commands import batch, check, parse, rank, score, skills, taxonomy

__all__ = ["COMMANDS"]

COMMANDS: tuple[ModuleType, ...] = (score, check, parse, skills, taxonomy, batch, rank)
