"""Trend: what changed since an earlier run, read from that run's ``--format json`` output.

For each resume/job pair in both runs: the score before and after, the terms newly covered
and the ones lost; and the warnings and errors that are new since then.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from atsmatch.check.model import CheckReport
from atsmatch.errors import CorruptFileError, SourceNotFoundError

__all__ = ["Baseline", "Trend", "load_baseline", "trend"]


@dataclass(frozen=True, slots=True)
class Baseline:
    """An earlier run: scores and matched terms per (resume, job), and its findings."""

    source: str
    scores: dict[tuple[str, str], tuple[int, frozenset[str]]]
    findings: frozenset[tuple[str, str, str]]


@dataclass(frozen=True, slots=True)
class Trend:
    """The change of one resume/job pair (``before`` is None for a new pair)."""

    resume: str
    job: str
    before: int | None
    after: int
    covered: tuple[str, ...]
    lost: tuple[str, ...]
    new_warnings: tuple[str, ...] = ()

    def line(self) -> str:
        """``"score rose 72 → 81 (+9); newly covered: Kubernetes; lost: none; new warnings:
        none"``."""
        news = f"new warnings: {', '.join(self.new_warnings) or 'none'}"
        if self.before is None:
            return f"score {self.after} (no earlier score); {news}"
        delta = self.after - self.before
        change = f"+{delta}" if delta > 0 else "±0" if delta == 0 else f"−{-delta}"
        verb = "fell" if delta < 0 else "rose" if delta > 0 else "held"
        return (
            f"score {verb} {self.before} → {self.after} ({change}); "
            f"newly covered: {', '.join(self.covered) or 'none'}; "
            f"lost: {', '.join(self.lost) or 'none'}; {news}"
        )


def load_baseline(path: str) -> Baseline:
    """Read a ``--format json`` output of an earlier ``atsmatch check``."""
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceNotFoundError(path, "baseline file not found") from None
    except OSError as exc:
        raise SourceNotFoundError(path, f"cannot read baseline ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorruptFileError(path, f"baseline is not JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("scores"), list):
        raise CorruptFileError(
            path, "not the JSON output of `atsmatch check --format json` (no 'scores' list)"
        )
    scores: dict[tuple[str, str], tuple[int, frozenset[str]]] = {}
    try:
        for item in data["scores"]:
            key = (str(item["resume"]), str(item["job"]))
            scores[key] = (int(item["score"]), frozenset(map(str, item.get("matched", []))))
        findings = frozenset(
            (str(f["file"]), str(f["rule"]), str(f.get("job") or ""))
            for f in data.get("findings", [])
            if f.get("kind") in ("error", "warning", "knockout")
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptFileError(path, f"baseline entry is malformed ({exc!r})") from None
    return Baseline(source=path, scores=scores, findings=findings)


def trend(report: CheckReport, baseline: Baseline) -> tuple[list[Trend], list[str]]:
    """Per-pair trends, and the reasons (one line each) of findings new since the baseline."""
    fresh = [
        f
        for f in report.findings
        if f.kind in ("error", "warning", "knockout")
        and (f.file, f.rule, f.job or "") not in baseline.findings
    ]
    trends: list[Trend] = []
    for result in report.scores:
        rules = [f.rule for f in fresh if f.file == result.resume and f.job in (None, result.job)]
        before = baseline.scores.get((result.resume, result.job))
        old_score, old_matched = before if before else (None, frozenset())
        now = frozenset(result.matched)
        trends.append(
            Trend(
                resume=result.resume,
                job=result.job,
                before=old_score,
                after=result.score,
                covered=tuple(sorted(now - old_matched)) if before else (),
                lost=tuple(sorted(old_matched - now)),
                new_warnings=tuple(dict.fromkeys(rules)),
            )
        )
    return trends, [f.reason() for f in fresh]
