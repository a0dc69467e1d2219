"""``atsmatch check``: readability and score checks for resumes kept in a repository.

run_check() reads the resumes, judges them and scores them against the jobs; render_check()
writes the result as text, json, markdown, github (annotations), junit or sarif.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from atsmatch._lazy import lazy_exports
from atsmatch.errors import ConfigError, did_you_mean

if TYPE_CHECKING:
    from atsmatch.check.baseline import Baseline, Trend, load_baseline, trend
    from atsmatch.check.model import CheckReport, Finding, ScoreResult, displayed_score
    from atsmatch.check.render import Changes
    from atsmatch.check.run import run_check
    from atsmatch.check.settings import CheckSettings, load_settings

__all__ = [
    "CHECK_FORMATS",
    "Baseline",
    "Changes",
    "CheckReport",
    "CheckSettings",
    "Finding",
    "ScoreResult",
    "Trend",
    "displayed_score",
    "load_baseline",
    "load_settings",
    "render_check",
    "run_check",
    "trend",
]

# imported on first use: `atsmatch score --min-score` needs check.model alone
_LAZY = {
    **dict.fromkeys(("Baseline", "Trend", "load_baseline", "trend"), "atsmatch.check.baseline"),
    **dict.fromkeys(
        ("CheckReport", "Finding", "ScoreResult", "displayed_score"), "atsmatch.check.model"
    ),
    "Changes": "atsmatch.check.render",
    "run_check": "atsmatch.check.run",
    **dict.fromkeys(("CheckSettings", "load_settings"), "atsmatch.check.settings"),
}
__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)

CHECK_FORMATS = ("text", "json", "github", "junit", "sarif", "markdown")


def render_check(
    report: CheckReport, *, format: str = "text", changes: Changes | None = None
) -> str:
    """Render a :class:`CheckReport` in one of CHECK_FORMATS."""
    from atsmatch.check import junit, render, sarif

    if format == "junit":
        return junit.render_junit(report)
    if format == "sarif":
        return sarif.render_sarif(report)
    renderers = {
        "text": render.render_text,
        "json": render.render_json,
        "github": render.render_github,
        "markdown": render.render_markdown,
    }
    if format not in renderers:
        raise ConfigError(
            f"unknown check format {format!r}{did_you_mean(format, CHECK_FORMATS)}; "
            f"expected one of {', '.join(CHECK_FORMATS)}"
        )
    return renderers[format](report, changes)
