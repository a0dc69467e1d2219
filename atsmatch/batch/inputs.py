"""The inputs of ``atsmatch batch``: each argument a file, a folder, a glob or ``@list``.

A folder gives every file under it (hidden ones excepted, symbolic links to folders not
followed, so a link loop cannot recurse); a glob gives what it matches; ``@FILE`` gives the
paths listed in FILE, one a line (blank lines and ``#`` comments skipped, relative paths
taken from FILE's folder). Everything found is an input, readable or not: a file that
cannot be read becomes an error row, never a silent omission.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from atsmatch.errors import ConfigError, SourceNotFoundError

__all__ = ["expand"]

_GLOB = frozenset("*?[")


def _folder(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        found += [base / name for name in sorted(files) if not name.startswith(".")]
    return found


def _listed(spec: str) -> list[Path]:
    listing = Path(spec[1:])
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceNotFoundError(str(listing), f"cannot read the list ({exc})") from None
    paths = []
    for line in lines:
        entry = line.strip()
        if entry and not entry.startswith("#"):
            path = Path(entry)
            paths.append(path if path.is_absolute() else listing.parent / path)
    return paths


def _one(spec: str) -> list[Path]:
    if spec.startswith("@"):
        return _listed(spec)
    path = Path(spec)
    if path.is_dir():
        return _folder(path)
    if path.exists() or path.is_symlink():
        return [path]
    if _GLOB & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            raise ConfigError(f"{spec}: the pattern matches no file")
        return [p for m in matches for p in (_folder(Path(m)) if Path(m).is_dir() else [Path(m)])]
    raise SourceNotFoundError(spec)


def expand(specs: Iterable[str]) -> list[Path]:
    """Every input named by ``specs``, in order, each once."""
    seen: set[Path] = set()
    found: list[Path] = []
    for spec in specs:
        for path in _one(spec):
            if path not in seen:
                seen.add(path)
                found.append(path)
    return found
