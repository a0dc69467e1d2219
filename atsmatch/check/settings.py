"""What ``atsmatch check`` checks: resumes, jobs, thresholds and ignored rules.

Settings come from ``[tool.atsmatch]`` (pyproject.toml or ``.atsmatch.toml``, found as for
:func:`atsmatch.config.load_config`) and are overridden by command-line flags. Paths and
globs in a config file are relative to that file's folder. Every key is listed in KEYS
(and in docs/ci.md); an unknown key is an error naming the nearest valid one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import glob
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from atsmatch.config import CHECK_SETTINGS, MatchConfig, config_tables
from atsmatch.errors import ConfigError, did_you_mean

__all__ = ["FAIL_ON", "CheckSettings", "load_settings", "parse_fail_on", "validate_min_score"]

FAIL_ON = ("knockout", "error", "warning")
"""What can fail a check, besides a score under ``min_score``."""
_DEFAULT_FAIL_ON = ("knockout", "error")


@dataclass(frozen=True, kw_only=True)
class CheckSettings:
    """The check's settings once config files and flags are merged.

    ``ignore`` holds rule ids ignored everywhere; ``per_file_ignores`` maps a glob (matched
    against the resume path as given and relative to the config's folder) to rule ids.
    """

    resumes: tuple[str, ...] = ()
    jobs: tuple[str, ...] = ()
    min_score: float | None = None
    fail_on: tuple[str, ...] = _DEFAULT_FAIL_ON
    ignore: frozenset[str] = frozenset()
    per_file_ignores: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    root: Path = field(default_factory=Path.cwd)

    def ignored(self, resume: str) -> frozenset[str]:
        """Rule ids ignored for ``resume``."""
        names = {Path(resume).as_posix()}
        with contextlib.suppress(ValueError):
            names.add(Path(resume).resolve().relative_to(self.root.resolve()).as_posix())
        rules = set(self.ignore)
        for pattern, ids in self.per_file_ignores.items():
            if any(fnmatch.fnmatchcase(name, pattern) for name in names):
                rules |= ids
        return frozenset(rules)


def validate_min_score(value: float | None, *, source: str = "--min-score") -> float | None:
    """``value`` when it is within 0..100 (or None); else a ConfigError naming ``source``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ConfigError(f"{source} must be a number within 0..100, got {value!r}")
    return float(value)


def parse_fail_on(value: str | Sequence[str], *, source: str = "--fail-on") -> tuple[str, ...]:
    """``"knockout,error"`` or a list of kinds, checked against FAIL_ON."""
    items = value.split(",") if isinstance(value, str) else list(value)
    kinds: list[str] = []
    for item in items:
        kind = str(item).strip()
        if not kind or kind == "none":
            continue
        if kind not in FAIL_ON:
            raise ConfigError(
                f"{source}: unknown kind {kind!r}{did_you_mean(kind, FAIL_ON)}; "
                f"expected some of {', '.join(FAIL_ON)} (or none)"
            )
        kinds.append(kind)
    return tuple(dict.fromkeys(kinds))


def _strings(value: Any, key: str, source: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key} must be a list of strings, got {value!r}")
    return list(value)


def _expand(patterns: list[str], folder: Path, key: str, source: str) -> tuple[str, ...]:
    """Paths (relative to the working folder when they lie under it) for ``patterns``."""
    found: list[str] = []
    for pattern in patterns:
        full = pattern if Path(pattern).is_absolute() else str(folder / pattern)
        matches = sorted(glob.glob(full, recursive=True)) if glob.has_magic(full) else [full]
        if not matches:
            raise ConfigError(f"{source}: {key} pattern {pattern!r} matches no file")
        found += [_display(Path(m)) for m in matches]
    return tuple(dict.fromkeys(found))


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _apply(settings: CheckSettings, table: Mapping[str, Any], file: Path) -> CheckSettings:
    source, folder, changes = str(file), file.parent, dict[str, Any]()
    for key, value in table.items():
        attr = key.replace("-", "_")
        if attr not in CHECK_SETTINGS:
            continue
        if attr in ("resumes", "jobs"):
            changes[attr] = _expand(_strings(value, key, source), folder, key, source)
        elif attr == "min_score":
            changes[attr] = validate_min_score(value, source=f"{source}: min_score")
        elif attr == "fail_on":
            changes[attr] = parse_fail_on(_strings(value, key, source), source=source)
        elif attr == "ignore":
            changes[attr] = frozenset(_strings(value, key, source))
        else:
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: {key} must be a table of glob = [rule ids]")
            ignores = {
                str(k): frozenset(_strings(v, f"{key}.{k}", source)) for k, v in value.items()
            }
            changes[attr] = MappingProxyType(ignores)
    changes["root"] = folder
    return dataclasses.replace(settings, **changes)


def load_settings(
    path: str | Path | None = None, *, start: Path | None = None
) -> tuple[CheckSettings, MatchConfig]:
    """The check settings and the scoring config from the config files that apply."""
    settings = CheckSettings(root=start or Path.cwd())
    data: dict[str, Any] = {}
    config = MatchConfig()
    for file, table in config_tables(path, start=start):
        settings = _apply(settings, table, file)
        data.update(table)
        config = MatchConfig.from_mapping(data, source=str(file))
    return settings, config
