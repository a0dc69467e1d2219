"""The JSON report: a plain, stable dictionary view of a Match."""

from __future__ import annotations

import json
from typing import Any

from atsmatch._version import __version__
from atsmatch.profile import Mention
from atsmatch.result import Match

__all__ = ["match_to_dict", "render_json"]


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "section": mention.section,
    }


def match_to_dict(result: Match) -> dict[str, Any]:
    """The JSON-ready dictionary of a match (the schema is docs/json-report.md)."""
    return {
        "version": __version__,
        "score": result.score,
        "subscores": dict(sorted(result.subscores.items())),
        "low_confidence": result.low_confidence,
        "terms": [
            {
                "id": term.id,
                "name": term.name,
                "category": term.category,
                "status": term.status,
                "importance": term.importance,
                "weight": round(term.weight, 4),
                "credit": round(term.credit, 4),
                "via": term.via,
                "gain": round(term.gain, 2),
                "job_mentions": [_mention(m) for m in term.job_mentions],
                "resume_mentions": [_mention(m) for m in term.resume_mentions],
            }
            for term in result.terms
        ],
        "knockouts": [{"kind": k.kind, "message": k.message} for k in result.knockouts],
        "diagnostics": [
            {"rule": d.rule, "severity": d.severity, "message": d.message, "page": d.page}
            for d in result.diagnostics
        ],
        "suggestions": list(result.suggestions),
    }


def render_json(result: Match) -> str:
    return json.dumps(match_to_dict(result), indent=2, ensure_ascii=False) + "\n"
