"""MatchConfig: every weight and threshold of the scoring model, and where it is loaded from.

Settings come from, last one winning: the defaults below, ``[tool.atsmatch]`` in the nearest
``pyproject.toml``, a ``.atsmatch.toml`` beside it, and an explicit ``--config FILE``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from atsmatch.errors import ConfigError, did_you_mean

__all__ = [
    "ATS_PROFILES",
    "CHECK_SETTINGS",
    "MatchConfig",
    "config_tables",
    "find_config",
    "load_config",
    "resolve_options",
]

CHECK_SETTINGS = ("resumes", "jobs", "min_score", "fail_on", "ignore", "per_file_ignores")
"""Settings of ``atsmatch check`` (atsmatch/check/settings.py) that share ``[tool.atsmatch]``
with the scoring model; :meth:`MatchConfig.from_mapping` leaves them to the check."""


def _frozen(mapping: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(mapping))


_CATEGORY_WEIGHTS = {
    "programming_language": 3.0,
    "tool": 3.0,
    "hard_skill": 3.0,
    "knowledge": 2.5,
    "certification": 2.0,
    "degree": 1.5,
    "language": 1.5,
    "soft_skill": 1.0,
    "keyword": 0.75,
    "experience": 2.5,
    "title": 1.5,
}
_IMPORTANCE_WEIGHTS = {"required": 2.0, "preferred": 1.0, "mentioned": 0.75}
_CREDITS = {
    "exact": 1.0,
    "alias": 1.0,
    "lemma": 1.0,
    "acronym": 1.0,
    "fuzzy": 0.8,
    "member": 1.0,
    "evidence": 0.75,
    "narrower": 0.75,
    "class": 0.25,
    "broader": 0.5,
    "related": 0.5,
    "equivalent": 0.75,
    "lower_degree": 0.5,
    "lower_class": 0.5,
    "other_state": 0.5,
    "other_subject": 0.5,
    "title_words": 0.8,
    "pursuing": 0.3,
    "expired": 0.3,
    "other_field": 0.5,
    "bare_list": 0.5,
}
_MAPPING_DEFAULTS = {
    "category_weights": _CATEGORY_WEIGHTS,
    "importance_weights": _IMPORTANCE_WEIGHTS,
    "credits": _CREDITS,
}


# The ATS profiles (what each approximates: atsmatch/score/ats.py and docs/scoring.md): the
# settings each one replaces in a MatchConfig.
ATS_PROFILES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "generic": {},
        "literal": {"literal_only": True, "similarity_weight": 0.0},
        "semantic": {
            "credits": {"fuzzy": 0.9, "narrower": 0.9, "broader": 0.6, "related": 0.6},
        },
        "prescreen": {"knockout_cap": 0.0},
    }
)


@dataclass(frozen=True, kw_only=True)
class MatchConfig:
    """Weights and thresholds of the scoring model (see docs/scoring.md).

    Frozen: vary it with ``dataclasses.replace(config, ...)``. The three tables
    (``category_weights``, ``importance_weights``, ``credits``) may be given in part: the
    keys not given keep their defaults; an unknown key is an error.
    """

    category_weights: Mapping[str, float] = field(
        default_factory=lambda: _frozen(_CATEGORY_WEIGHTS)
    )
    importance_weights: Mapping[str, float] = field(
        default_factory=lambda: _frozen(_IMPORTANCE_WEIGHTS)
    )
    credits: Mapping[str, float] = field(default_factory=lambda: _frozen(_CREDITS))
    frequency_cap: int = 3
    """A term's weight grows with its count in the job, up to this many mentions."""
    frequency_step: float = 0.5
    """Weight added per job mention after the first (up to ``frequency_cap`` mentions)."""
    max_keywords: int = 15
    """How many non-taxonomy keywords of the job are scored as terms."""
    min_keyword_score: float = 0.75
    """A keyword is scored as a term only when its distinctiveness reaches this."""
    max_keyword_share: float = 0.15
    """Keywords together carry at most this share of the job's total weight."""
    matched_threshold: float = 0.999
    """A term whose credit reaches this is ``matched``; above zero it is ``partial``."""
    min_job_terms: int = 3
    """With fewer job terms than this the result is flagged low-confidence."""
    min_resume_words: int = 80
    """With fewer words in the resume than this the result is flagged low-confidence."""
    literal_only: bool = False
    """Credit only the job's exact wording, as a plain keyword search does."""
    knockout_cap: float = 100.0
    """When a knockout fires the score is capped at this (100: knockouts never change it)."""
    degree_equivalent_years: float = 4.0
    """Years of experience that stand in for a degree when the job says "or equivalent"."""
    stuffing_ratio: float = 4.0
    """A term repeated more than this many times its job count is flagged as stuffing..."""
    stuffing_min_count: int = 8
    """...when it also appears at least this many times in the resume."""
    similarity_weight: float = 60.0
    """The text similarity of resume and job counts like a term of this weight (0: off)."""
    similarity_full: float = 0.45
    """The TF-IDF cosine at which the text similarity earns full credit."""
    min_specificity: float = 0.25
    """The least weight factor of a tool nearly every job lists (Excel, Outlook)."""
    ats: str = "generic"
    """The ATS profile: its settings replace the ones above (docs/scoring.md)."""

    def __post_init__(self) -> None:
        for name, defaults in _MAPPING_DEFAULTS.items():
            mapping = getattr(self, name)
            for key, value in mapping.items():
                if key not in defaults:
                    raise ConfigError(f"unknown key {name}.{key}{did_you_mean(key, defaults)}")
                if not isinstance(value, (int, float)) or value < 0:
                    raise ConfigError(f"{name}.{key} must be a non-negative number, got {value!r}")
            object.__setattr__(self, name, _frozen({**defaults, **mapping}))
        if self.frequency_cap < 1:
            raise ConfigError(f"frequency_cap must be >= 1, got {self.frequency_cap!r}")
        if not 0 <= self.max_keyword_share < 1:
            raise ConfigError(
                f"max_keyword_share must be within 0..1, got {self.max_keyword_share!r}"
            )
        if self.similarity_weight < 0 or self.similarity_full < 0:
            raise ConfigError(
                "similarity_weight and similarity_full must be >= 0, got "
                f"{self.similarity_weight!r} and {self.similarity_full!r}"
            )
        if not 0 <= self.min_specificity <= 1:
            raise ConfigError(f"min_specificity must be within 0..1, got {self.min_specificity!r}")
        if not 0 <= self.knockout_cap <= 100:
            raise ConfigError(f"knockout_cap must be within 0..100, got {self.knockout_cap!r}")
        if self.ats not in ATS_PROFILES:
            raise ConfigError(
                f"unknown ATS profile {self.ats!r}{did_you_mean(self.ats, ATS_PROFILES)}; "
                f"expected one of {', '.join(ATS_PROFILES)}"
            )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "config") -> MatchConfig:
        """Build a config from a parsed TOML table, rejecting unknown keys by name."""
        names = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            attr = key.replace("-", "_")
            if attr in CHECK_SETTINGS:
                continue
            if attr not in names:
                close = did_you_mean(attr, names | set(CHECK_SETTINGS))
                raise ConfigError(f"{source}: unknown setting {key!r}{close}")
            default = getattr(cls(), attr)
            if isinstance(default, Mapping):
                if not isinstance(value, Mapping):
                    raise ConfigError(f"{source}: {key} must be a table, got {value!r}")
                unknown = set(value) - set(default)
                if unknown:
                    bad = sorted(unknown)[0]
                    raise ConfigError(
                        f"{source}: unknown key {key}.{bad}{did_you_mean(bad, default)}"
                    )
                value = {**default, **value}
            elif not isinstance(value, type(default)) and not (
                isinstance(default, float) and isinstance(value, int)
            ):
                raise ConfigError(
                    f"{source}: {key} must be {type(default).__name__}, got {value!r}"
                )
            values[attr] = value
        try:
            return cls(**values)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None


def find_config(start: Path) -> list[Path]:
    """Config files that apply to ``start``: the nearest pyproject.toml and .atsmatch.toml."""
    for folder in (start, *start.parents):
        found = [p for p in (folder / "pyproject.toml", folder / ".atsmatch.toml") if p.is_file()]
        if found:
            return found
    return []


def config_tables(
    path: str | Path | None = None, *, start: Path | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """The ``[tool.atsmatch]`` table of each config file that applies, in the order they win."""
    files = find_config(start or Path.cwd())
    if path is not None:
        explicit = Path(path)
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        files.append(explicit)
    tables: list[tuple[Path, dict[str, Any]]] = []
    for file in files:
        table = _read_toml(file)
        if file.name == "pyproject.toml" or "tool" in table:
            table = table.get("tool", {}).get("atsmatch", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{file}: [tool.atsmatch] must be a table")
        tables.append((file, table))
    return tables


def load_config(path: str | Path | None = None, *, start: Path | None = None) -> MatchConfig:
    """Load the config that applies: discovered files, then ``path`` if given."""
    data: dict[str, Any] = {}
    config = MatchConfig()
    for file, table in config_tables(path, start=start):
        data.update(table)
        config = MatchConfig.from_mapping(data, source=str(file))
    return config


def resolve_options(
    config: MatchConfig | None, *, ats: str | None, reference_date: object
) -> tuple[MatchConfig, str | None]:
    """The config and reference month of a ``match``/``match_many`` call.

    ``ats`` sets the ATS profile; it may not contradict a profile the ``config`` already
    names. ``reference_date`` (a ``date`` or ``"YYYY-MM[-DD]"``) is the month "present"
    stands for in resumes; it comes back as ``"YYYY-MM"``.
    """
    config = config or MatchConfig()
    if ats is not None:
        if config.ats not in ("generic", ats):
            raise ConfigError(f"ats={ats!r} contradicts config.ats={config.ats!r}; give one")
        config = dataclasses.replace(config, ats=ats)
    return config, _month(reference_date)


def _month(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str):
        found = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", value.strip())
        if found and 1 <= int(found[2]) <= 12:
            return f"{found[1]}-{found[2]}"
    raise ConfigError(f"reference_date must be a date or 'YYYY-MM', got {value!r}")
