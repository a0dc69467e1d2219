"""A MatchMatrix as rows: one per pair, ranked, and one per input that could not be read.

The same rows feed every batch output (CSV, JSONL here; table, Markdown and HTML in
atsmatch/batch/writers.py), so each format shows the same pairs in the same order.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TextIO

if TYPE_CHECKING:
    from atsmatch.result import MatchMatrix

__all__ = ["COLUMNS", "error_rows", "pair_row", "rows", "write_csv", "write_jsonl"]

Per = Literal["job", "resume"]
COLUMNS = ("rank", "job", "resume", "score", "filtered_out", "knockouts")
MISSING_SHOWN = 5


def pair_row(
    matrix: MatchMatrix, i: int, j: int, rank: int, groups: Sequence[str]
) -> dict[str, Any]:
    """One pair: its rank, labels, score, knockouts, subscores and top missing terms."""
    subscores = matrix.subscores(i, j)
    return {
        "rank": rank,
        "job": matrix.jobs[j],
        "resume": matrix.resumes[i],
        "score": matrix[i, j],
        "filtered_out": bool(matrix.filtered_out[i, j]),
        "knockouts": [k.message for k in matrix.knockouts(i, j)],
        "subscores": {g: subscores[g] for g in groups if g in subscores},
        "missing": [t.name for t in matrix.missing(i, j, MISSING_SHOWN)],
        "error": None,
    }


def error_rows(
    matrix: MatchMatrix, axes: Sequence[str] = ("resume", "job")
) -> Iterator[dict[str, Any]]:
    """One row per input of ``axes`` that could not be read, in input order (resumes, then
    jobs)."""
    for (axis, index), cause in sorted(
        matrix.errors.items(), key=lambda item: (item[0][0] != "resume", item[0][1])
    ):
        if axis not in axes:
            continue
        labels = matrix.resumes if axis == "resume" else matrix.jobs
        yield {
            "rank": None,
            "job": labels[index] if axis == "job" else None,
            "resume": labels[index] if axis == "resume" else None,
            "score": None,
            "filtered_out": None,
            "knockouts": [],
            "subscores": {},
            "missing": [],
            "error": cause,
        }


def _groups(matrix: MatchMatrix) -> tuple[str, ...]:
    return tuple(getattr(matrix.source, "groups", ()))


def rows(
    matrix: MatchMatrix,
    *,
    per: Per = "job",
    top: int | None = None,
    errors: Sequence[str] = ("resume", "job"),
) -> Iterator[dict[str, Any]]:
    """Every pair ranked per job (best resume first) or per resume (best job first), then
    every input that failed; ``top`` keeps the first ``top`` of each ranking."""
    groups = _groups(matrix)
    count = matrix.shape[1] if per == "job" else matrix.shape[0]
    limit = top if top is not None else max(matrix.shape)
    ranking = matrix.top(limit, per=per)
    for outer in range(count):
        for rank, inner in enumerate(ranking[outer], start=1):
            i, j = (inner, outer) if per == "job" else (outer, inner)
            yield pair_row(matrix, i, j, rank, groups)
    yield from error_rows(matrix, errors)


def _number(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def write_csv(
    matrix: MatchMatrix,
    out: TextIO,
    *,
    per: Per = "job",
    top: int | None = None,
    header: bool = True,
    errors: Sequence[str] = ("resume", "job"),
) -> int:
    """CSV with a header: the :data:`COLUMNS`, one column per subscore, ``missing`` (top
    missing terms joined by "; ") and ``error``. Returns the number of rows written."""
    groups = _groups(matrix)
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow([*COLUMNS, *groups, "missing", "error"])
    written = 0
    for row in rows(matrix, per=per, top=top, errors=errors):
        flag = row["filtered_out"]
        writer.writerow(
            [
                _number(row["rank"]),
                row["job"] or "",
                row["resume"] or "",
                _number(row["score"]),
                "" if flag is None else str(flag).lower(),
                "; ".join(row["knockouts"]),
                *(_number(row["subscores"].get(g)) for g in groups),
                "; ".join(row["missing"]),
                row["error"] or "",
            ]
        )
        written += 1
    return written


def write_jsonl(
    matrix: MatchMatrix,
    out: TextIO,
    *,
    per: Per = "job",
    top: int | None = None,
    errors: Sequence[str] = ("resume", "job"),
) -> int:
    """One JSON object a line (keys as in :func:`pair_row`); returns the rows written."""
    written = 0
    for row in rows(matrix, per=per, top=top, errors=errors):
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        written += 1
    return written
