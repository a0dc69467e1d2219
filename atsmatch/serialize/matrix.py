"""A MatchMatrix as rows: one per pair, ranked, and one per input that could not be read.

The same rows feed every batch output (CSV, JSONL here; table, Markdown and HTML in
atsmatch/batch/writers.py), so each format shows the same pairs in the same order. The
writers read a matrix through :class:`RankedMatrix`, what they need of
:class:`atsmatch.result.MatchMatrix`, so this module does not import the result types.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, Protocol, TextIO

__all__ = ["COLUMNS", "RankedMatrix", "error_rows", "pair_row", "rows", "write_csv", "write_jsonl"]

Per = Literal["job", "resume"]
COLUMNS = ("rank", "job", "resume", "score", "filtered_out", "knockouts")
MISSING_SHOWN = 5


class _Knockout(Protocol):
    @property
    def message(self) -> str: ...


class _Term(Protocol):
    @property
    def name(self) -> str: ...


class RankedMatrix(Protocol):
    """What the writers read of a score matrix (:class:`atsmatch.result.MatchMatrix`)."""

    @property
    def resumes(self) -> tuple[str, ...]: ...

    @property
    def jobs(self) -> tuple[str, ...]: ...

    @property
    def errors(self) -> Mapping[tuple[str, int], str]: ...

    @property
    def filtered_out(self) -> Any: ...

    @property
    def source(self) -> object:
        """The batch engine behind the matrix; its ``groups`` name the subscore columns."""

    @property
    def shape(self) -> tuple[int, int]: ...

    def __getitem__(self, key: tuple[int, int]) -> float: ...

    def subscores(self, i: int, j: int) -> Mapping[str, float]: ...

    def knockouts(self, i: int, j: int) -> Sequence[_Knockout]: ...

    def missing(self, i: int, j: int, k: int = ...) -> Sequence[_Term]: ...

    def top(self, k: int = ..., *, per: Per = ...) -> list[list[int]]: ...


def pair_row(
    matrix: RankedMatrix, i: int, j: int, rank: int, groups: Sequence[str]
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
    matrix: RankedMatrix, axes: Sequence[str] = ("resume", "job")
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


def _groups(matrix: RankedMatrix) -> tuple[str, ...]:
    return tuple(getattr(matrix.source, "groups", ()))


def rows(
    matrix: RankedMatrix,
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
    matrix: RankedMatrix,
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
    matrix: RankedMatrix,
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
