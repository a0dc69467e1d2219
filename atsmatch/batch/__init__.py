"""match_many(): every resume against every job, as one sparse product; one bad input never
sinks the others.

The job side is built once (:mod:`atsmatch.batch.jobside`); resumes are scored in chunks
(:mod:`atsmatch.batch.engine`), their credits computed by the scoring code itself, so
``match_many(rs, js)[i, j] == match(rs[i], js[j]).score`` exactly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from atsmatch.batch.cache import ProfileCache
from atsmatch.batch.failures import Failure
from atsmatch.batch.profiles import profiles
from atsmatch.batch.reading import label_of, profile_or_failure
from atsmatch.batch.rows import Rowed
from atsmatch.config import MatchConfig, resolve_options
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile
from atsmatch.result import MatchMatrix
from atsmatch.taxonomy import Taxonomy

__all__ = ["match_chunks", "match_many"]

CHUNK = 512
"""Resumes scored at a time: bounds the dense per-chunk arrays (CHUNK × jobs)."""


def _job_profiles(
    jobs: Sequence[DocumentInput | Profile], options: dict[str, Any], client: Any
) -> list[Profile | Failure]:
    """Each job's profile or failure, here or on the Dask cluster of ``client``."""
    if client is None:
        # no scorer is given, so no Rowed comes back
        return [g for g in profiles(jobs, "job", **options) if not isinstance(g, Rowed)]
    labels = [label_of(j, i) for i, j in enumerate(jobs)]
    n = len(jobs)
    futures = client.map(
        profile_or_failure,
        list(jobs),
        ["job"] * n,
        [options["taxonomy"]] * n,
        labels,
        [options["cache"]] * n,
        pure=False,
    )
    found: list[Profile | Failure] = client.gather(futures)
    return found


def match_many(
    resumes: Sequence[DocumentInput | Profile],
    jobs: Sequence[DocumentInput | Profile],
    *,
    progress: Callable[[int], None] | None = None,
    **options: Any,
) -> MatchMatrix:
    """Score each resume against each job: ``result[i, j] == match(resumes[i], jobs[j]).score``.

    Inputs that cannot be read, whatever the cause, give NaN in their row or column and a
    one-line entry in ``errors``. The options are those of :func:`match_chunks`;
    ``progress`` is called with the number of resumes done after each chunk.
    """
    import numpy as np
    from scipy import sparse

    from atsmatch.batch.explain import BatchSource

    parts = []
    done = 0
    for part in match_chunks(resumes, jobs, **options):
        parts.append(part)
        done += part.shape[0]
        if progress is not None:
            progress(done)
    sources = [p.source for p in parts if isinstance(p.source, BatchSource)]
    errors = {
        (axis, index + (part.first if axis == "resume" else 0)): message
        for part in parts
        for (axis, index), message in part.errors.items()
    }
    source = BatchSource(
        sources[0].engine,
        sparse.vstack([s.credits for s in sources], format="csr"),
        [k for s in sources for k in s.degree],
        [k for s in sources for k in s.years],
        resumes=[r for s in sources for r in (s.resumes or ())],
        jobs=sources[0].jobs,
        overrides=[o for s in sources for o in s.overrides],
        words=[w for s in sources for w in s.words],
        fits=[f for s in sources for f in s.fits],
    )
    return MatchMatrix(
        scores=np.vstack([p.scores for p in parts]),
        resumes=tuple(r for p in parts for r in p.resumes),
        jobs=parts[0].jobs,
        errors=errors,
        filtered_out=np.vstack([p.filtered_out for p in parts]),
        source=source,
    )


def match_chunks(
    resumes: Sequence[DocumentInput | Profile],
    jobs: Sequence[DocumentInput | Profile],
    *,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    keep_profiles: bool = True,
    cache: str | os.PathLike[str] | None = None,
    client: Any = None,
    ats: str | None = None,
    reference_date: object = None,
    chunk: int = CHUNK,
) -> Iterator[MatchMatrix]:
    """:func:`match_many` in runs of ``chunk`` resumes (against every job), each as soon as
    it is scored, so results can be written as they come and memory stays bounded.

    Each part's ``first`` is the index of its first resume among ``resumes``; its ``errors``
    index resumes within the part. ``workers`` extracts in that many processes, each
    document under ``timeout`` seconds (``timeout`` alone: one worker process).
    ``keep_profiles=False`` drops each resume's profile (and its text) once scored:
    :meth:`MatchMatrix.match_of` is then unavailable, all else works. ``cache`` names a
    folder where extracted profiles are kept between runs (:mod:`atsmatch.batch.cache`).
    ``client`` (a ``dask.distributed.Client``, ``pip install atsmatch[dask]``) runs
    extraction and scoring on its cluster, chunk by chunk; the result is the same. ``ats``
    and ``reference_date`` are those of :func:`atsmatch.match`.
    """
    from atsmatch.batch.engine import Engine
    from atsmatch.batch.explain import BatchSource
    from atsmatch.batch.stream import scored_chunks
    from atsmatch.score.ats import resolve_ats

    config, reference = resolve_options(config, ats=ats, reference_date=reference_date)
    config = resolve_ats(config)
    store = ProfileCache(cache, taxonomy) if cache is not None else None
    job_errors: dict[tuple[str, int], str] = {}
    job_profiles: list[Profile | None] = []
    options: dict[str, Any] = {
        "taxonomy": taxonomy,
        "workers": workers,
        "timeout": timeout,
        "cache": store,
        "reference": None,
    }
    for j, got in enumerate(_job_profiles(jobs, options, client)):
        if isinstance(got, Failure):
            job_errors[("job", j)] = got.message
        job_profiles.append(got if isinstance(got, Profile) else None)
    engine = Engine(job_profiles, config)
    job_errors.update({("job", j): message for j, message in engine.side.failures.items()})
    options["reference"] = reference  # "present" in a resume; jobs are read without it
    labels = [label_of(r, i) for i, r in enumerate(resumes)]
    job_labels = tuple(label_of(j, i) for i, j in enumerate(jobs))
    first = 0
    for scored in scored_chunks(
        engine, resumes, labels, size=chunk, keep=keep_profiles, options=options, client=client
    ):
        part = scored.chunk
        count = len(part.degree)
        errors = {**job_errors, **{("resume", n): m for n, m in scored.failures.items()}}
        yield MatchMatrix(
            scores=part.scores,
            resumes=tuple(labels[first : first + count]),
            jobs=job_labels,
            errors=errors,
            filtered_out=part.filtered,
            source=BatchSource(
                engine,
                part.credits,
                part.degree,
                part.years,
                scored.profiles,
                job_profiles,
                part.overrides,
                part.words,
                part.fits,
            ),
            first=first,
        )
        first += count
