"""Scoring: match() turns a resume and a job into a Match with its gap report.

score = 100 × Σ weight(t) × credit(t) / Σ weight(t) over the job's terms t (see
:mod:`atsmatch.score.model` and docs/scoring.md).
"""

from __future__ import annotations

from atsmatch.config import ATS_PROFILES
from atsmatch.score.match import match
from atsmatch.score.model import SUBSCORE_GROUPS, term_weight

__all__ = ["ATS_PROFILES", "SUBSCORE_GROUPS", "match", "term_weight"]
