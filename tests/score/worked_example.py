"""The worked example of docs/scoring.md, computed by the code.

    python -m tests.score.worked_example           # print the block of docs/scoring.md
    python -m tests.score.worked_example --write   # update docs/scoring.md in place

tests/score/test_worked_example.py checks that the docs show exactly these numbers.
"""

from __future__ import annotations

import atsmatch
from atsmatch.config import MatchConfig
from atsmatch.profile import Degree
from atsmatch.score.model import frequency_factor
from tests.score.builders import make_profile

JOB_TEXT = (
    "Data Engineer\n"
    "Requirements\n"
    "- 4+ years building data pipelines in Python.\n"
    "- Strong SQL; Python testing habits.\n"
    "- Kubernetes and teamwork.\n"
    "Nice to have\n"
    "- CKA certification.\n"
)
RESUME_TEXT = (
    "Summary\nBackend engineer, 3 years.\n"
    "Skills\nPython, Postgres, K8s\n"
    "Experience\nData Engineer, Acme (2022-2025): built data pipeline jobs in Python on "
    "Postgres.\n"
    "Education\nBSc Computer Science\n"
)


def worked_match() -> atsmatch.Match:
    job = make_profile(
        "job",
        JOB_TEXT,
        {
            "t:python": "required",
            "t:sql": "required",
            "t:kubernetes": "required",
            "t:teamwork": "required",
            "t:cka": "preferred",
        },
        keywords=[("data pipelines", "required")],
        degree=None,
        years=4.0,
        title="Data Engineer",
    )
    resume = make_profile(
        "resume",
        RESUME_TEXT,
        ["t:python", "t:postgresql", "t:kubernetes"],
        degree=Degree(2, "BSc"),
        years=3.0,
        title="Data Engineer",
    )
    return atsmatch.match(resume, job)


def worked_block() -> str:
    """The Markdown table and totals shown in docs/scoring.md."""
    config = MatchConfig()
    result = worked_match()
    lines = [
        "| term | category | asked | in job | weight = cat × imp × freq | matched via | credit "
        "| weight × credit | gain |",
        "|---|---|---|---:|---|---|---:|---:|---:|",
    ]
    for t in result.terms:
        cat = config.category_weights[t.category]
        imp = config.importance_weights[t.importance]
        freq = frequency_factor(t.job_count, config)
        lines.append(
            f"| {t.name} | {t.category} | {t.importance} | {t.job_count} | "
            f"{cat:g} × {imp:g} × {freq:g} = {t.weight:g} | {t.via or '—'} | {t.credit:.2f} | "
            f"{t.weight * t.credit:.2f} | {t.gain:.2f} |"
        )
    total = sum(t.weight for t in result.terms)
    earned = sum(t.weight * t.credit for t in result.terms)
    if result.similarity is not None:
        w, s = result.similarity_weight, result.similarity
        lines.append(
            f"| text similarity ({', '.join(result.similarity_words)}) | — | — | — | "
            f"{config.similarity_weight:g} × {w / config.similarity_weight:.2f} reliability "
            f"= {w:g} | cosine | {s:.2f} | {w * s:.2f} | — |"
        )
        total += w
        earned += w * s
    lines += [
        "",
        f"Σ weight = {total:g}; Σ weight × credit = {earned:.2f}; "
        f"score = 100 × {earned:.2f} / {total:g} = **{result.score:.2f}**.",
        "",
        "Subscores: "
        + ", ".join(f"{name} {value:.2f}" for name, value in result.subscores.items())
        + ".",
        "",
        f"Concept coverage {result.coverage.concept:.2f}%, "  # type: ignore[union-attr]
        f"literal coverage {result.coverage.literal:.2f}%. "  # type: ignore[union-attr]
        f"Knockouts: {', '.join(k.kind for k in result.knockouts) or 'none'}.",
    ]
    return "\n".join(lines)


def write_docs() -> None:
    """Replace the block between the worked-example markers of docs/scoring.md."""
    from tests.conftest import ROOT

    path = ROOT / "docs" / "scoring.md"
    head, rest = path.read_text(encoding="utf-8").split("<!-- worked-example -->\n")
    tail = rest.split("\n<!-- /worked-example -->")[1]
    block = f"{head}<!-- worked-example -->\n{worked_block()}\n<!-- /worked-example -->{tail}"
    path.write_text(block, encoding="utf-8")


if __name__ == "__main__":
    import sys

    if "--write" in sys.argv:
        write_docs()
    else:
        print(worked_block())
