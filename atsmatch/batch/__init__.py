"""match_many(): every resume against every job; one bad input never sinks the others."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

from atsmatch.config import MatchConfig, resolve_options
from atsmatch.errors import AtsmatchError
from atsmatch.extract import extract
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.result import MatchMatrix
from atsmatch.taxonomy import Taxonomy

__all__ = ["match_many"]


def _label(value: DocumentInput | Profile, index: int) -> str:
    if isinstance(value, Profile):
        return value.document.source
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, str) and "\n" not in value and len(value) < 1024:
        return value
    return f"#{index}"


def _profiles(
    values: Sequence[DocumentInput | Profile],
    kind: ProfileKind,
    taxonomy: Taxonomy | None,
    errors: dict[tuple[str, int], str],
    reference: str | None = None,
) -> list[Profile | None]:
    profiles: list[Profile | None] = []
    for index, value in enumerate(values):
        try:
            profiles.append(
                value
                if isinstance(value, Profile)
                else extract(value, kind=kind, taxonomy=taxonomy, reference=reference)
            )
        except (AtsmatchError, OSError) as exc:
            errors[(kind, index)] = str(exc)
            profiles.append(None)
    return profiles


def match_many(
    resumes: Sequence[DocumentInput | Profile],
    jobs: Sequence[DocumentInput | Profile],
    *,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
    ats: str | None = None,
    reference_date: object = None,
) -> MatchMatrix:
    """Score each resume against each job: ``result[i, j] == match(resumes[i], jobs[j]).score``.

    Inputs that cannot be read give NaN in their row or column and an entry in ``errors``.
    ``ats`` and ``reference_date`` are those of :func:`atsmatch.match`.
    """
    import numpy as np

    from atsmatch.score import match

    config, reference = resolve_options(config, ats=ats, reference_date=reference_date)
    errors: dict[tuple[str, int], str] = {}
    resume_profiles = _profiles(resumes, "resume", taxonomy, errors, reference)
    job_profiles = _profiles(jobs, "job", taxonomy, errors)
    scores = np.full((len(resumes), len(jobs)), math.nan)
    for i, resume in enumerate(resume_profiles):
        for j, job in enumerate(job_profiles):
            if resume is not None and job is not None:
                scores[i, j] = match(resume, job, config=config).score
    return MatchMatrix(
        scores=scores,
        resumes=tuple(_label(r, i) for i, r in enumerate(resumes)),
        jobs=tuple(_label(j, i) for i, j in enumerate(jobs)),
        errors=errors,
    )
