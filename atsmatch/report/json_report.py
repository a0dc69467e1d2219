"""The JSON report: a plain, stable dictionary view of a Match.

Its shape is described by the JSON Schema in ``atsmatch/report/schema/match.schema.json``
(docs/report.md); the same Match always gives byte-identical JSON.
"""

from __future__ import annotations

import json
from typing import Any

from atsmatch._version import __version__
from atsmatch.profile import Mention, Profile
from atsmatch.report.snippets import snippet
from atsmatch.result import Match, Term
from atsmatch.serialize.document import diagnostic_to_dict
from atsmatch.serialize.profile import mention_to_dict

__all__ = ["SCHEMA_RESOURCE", "match_to_dict", "render_json"]

SCHEMA_RESOURCE = "schema/match.schema.json"


def _mention(mention: Mention, text: str) -> dict[str, Any]:
    return {**mention_to_dict(mention), "snippet": snippet(text, mention) if text else ""}


def _term(term: Term, job_text: str, resume_text: str) -> dict[str, Any]:
    return {
        "id": term.id,
        "name": term.name,
        "category": term.category,
        "group": term.group,
        "status": term.status,
        "importance": term.importance,
        "weight": round(term.weight, 4),
        "credit": round(term.credit, 4),
        "via": term.via,
        "gain": round(term.gain, 2),
        "literal": term.literal,
        "job_count": term.job_count,
        "resume_count": term.resume_count,
        "skills_only": term.skills_only,
        "job_forms": list(term.job_forms),
        "years_asked": term.years_asked,
        "months_found": term.months_found,
        "alternatives": list(term.alternatives),
        "job_mentions": [_mention(m, job_text) for m in term.job_mentions],
        "resume_mentions": [_mention(m, resume_text) for m in term.resume_mentions],
    }


def _document(profile: Profile | None) -> dict[str, Any] | None:
    if profile is None:
        return None
    doc = profile.document
    found: dict[str, Any] = {"source": doc.source, "format": doc.format, "pages": doc.pages}
    ignored = [z for z in profile.zones if z.name not in _TERM_ZONES]
    if ignored:  # a job's text read for no terms, and why (docs/understanding.md, "Zones")
        found["ignored"] = [
            {"zone": z.name, "heading": z.heading, "how": z.how, "start": z.start, "end": z.end}
            for z in ignored
        ]
    return found


_TERM_ZONES = frozenset({"summary", "responsibilities", "requirements", "preferred", "unknown"})


def _coverage(result: Match) -> dict[str, Any] | None:
    cov = result.coverage
    if cov is None:
        return None
    return {
        "concept": cov.concept,
        "literal": cov.literal,
        "terms": cov.terms,
        "concept_terms": cov.concept_terms,
        "literal_terms": cov.literal_terms,
    }


def _gaps(result: Match) -> dict[str, Any]:
    missing = sorted(result.missing, key=lambda t: (-round(t.gain, 6), t.id))
    return {
        "missing": [{"id": t.id, "name": t.name, "gain": round(t.gain, 2)} for t in missing],
        "partial": [t.id for t in result.partial],
        "not_literal": [t.id for t in result.terms if t.status != "missing" and not t.literal],
        "skills_only": [t.id for t in result.terms if t.skills_only],
    }


def _similarity(result: Match) -> dict[str, Any] | None:
    """The text-similarity credit and the shared words behind it (null when off)."""
    if result.similarity is None:
        return None
    return {"credit": result.similarity, "words": list(result.similarity_words)}


def match_to_dict(result: Match) -> dict[str, Any]:
    """The JSON-ready dictionary of a match (schema: match.schema.json)."""
    job_text = result.job.document.text if result.job else ""
    resume_text = result.resume.document.text if result.resume else ""
    return {
        "version": __version__,
        "ats": result.ats,
        "score": result.score,
        "raw_score": result.raw_score,
        "similarity": _similarity(result),
        "filtered_out": result.filtered_out,
        "subscores": dict(result.subscores),
        "coverage": _coverage(result),
        "low_confidence": result.low_confidence,
        "confidence_notes": list(result.confidence_notes),
        "terms": [_term(t, job_text, resume_text) for t in result.terms],
        "gaps": _gaps(result),
        "knockouts": [
            {
                "kind": k.kind,
                "message": k.message,
                "required": k.required,
                "found": k.found,
                "term_id": k.term_id,
            }
            for k in result.knockouts
        ],
        "advice": [
            {"kind": a.kind, "message": a.message, "term_id": a.term_id, "gain": round(a.gain, 2)}
            for a in result.advice
        ],
        "suggestions": list(result.suggestions),
        "diagnostics": [diagnostic_to_dict(d) for d in result.diagnostics],
        "documents": {"resume": _document(result.resume), "job": _document(result.job)},
    }


def render_json(result: Match) -> str:
    return json.dumps(match_to_dict(result), indent=2, ensure_ascii=False) + "\n"
