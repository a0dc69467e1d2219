"""ATS profiles: named settings that approximate how families of real ATSs screen.

These are approximations of publicly documented behaviour, not copies of any vendor's
algorithm (which are configurable per employer and not public). docs/scoring.md cites the
sources for each profile.

- ``generic``: the default model: same concept full credit, related concepts partial.
- ``literal``: a plain keyword search over the resume text (as in a recruiter's Boolean or
  keyword search): only the job's own wording counts, synonyms and acronyms earn nothing.
- ``semantic``: a taxonomy/ontology matcher (skills normalised to concepts with synonyms
  and a hierarchy): related concepts earn more partial credit.
- ``prescreen``: knockout screening (disqualification questions, required criteria): a
  failed hard requirement filters the application out, so the score drops to 0.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from atsmatch.config import ATS_PROFILES, MatchConfig

__all__ = ["resolve_ats"]


def resolve_ats(config: MatchConfig) -> MatchConfig:
    """``config`` with its ATS profile's settings applied (the profile wins)."""
    overrides = ATS_PROFILES[config.ats]
    if not overrides:
        return config
    values: dict[str, Any] = {}
    for name, value in overrides.items():
        current = getattr(config, name)
        values[name] = {**current, **value} if isinstance(current, Mapping) else value
    return dataclasses.replace(config, **values)
