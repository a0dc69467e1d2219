"""SARIF 2.1.0, the format GitHub code scanning and other analysers read.

Each finding is a result with its rule id, level (``error`` when it fails the check, else
``warning``/``note``) and location (file and line, when known).
"""

from __future__ import annotations

import json
from typing import Any

from atsmatch._version import __version__
from atsmatch.check.model import CheckReport, Finding

__all__ = ["SARIF_SCHEMA", "render_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_INFO = "https://github.com/atsmatch/atsmatch/blob/main/docs/diagnostics.md"


def _rule_text(rule: str) -> str:
    from atsmatch.parse.rules import RULES

    if rule in RULES:
        return RULES[rule][1]
    if rule == "min-score":
        return "the score against a job is below the minimum"
    return f"a knockout: the job's {rule.removeprefix('knockout-')} requirement is not met"


def _result(finding: Finding, rules: list[str]) -> dict[str, Any]:
    level = "error" if finding.failing else "warning" if finding.kind != "info" else "note"
    location: dict[str, Any] = {"artifactLocation": {"uri": finding.file}}
    if finding.line:
        location["region"] = {"startLine": finding.line}
    return {
        "ruleId": finding.rule,
        "ruleIndex": rules.index(finding.rule),
        "level": level,
        "message": {"text": finding.reason()},
        "locations": [{"physicalLocation": location}],
    }


def render_sarif(report: CheckReport) -> str:
    rules = sorted({f.rule for f in report.findings})
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "atsmatch",
                        "version": __version__,
                        "informationUri": _INFO,
                        "rules": [
                            {"id": rule, "shortDescription": {"text": _rule_text(rule)}}
                            for rule in rules
                        ],
                    }
                },
                "results": [_result(f, rules) for f in report.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
