"""Profiles for a batch: each input read on its own (:mod:`atsmatch.batch.reading`), here or
in worker processes (:mod:`atsmatch.batch.pool`), in input order.

A failure of any kind (an AtsmatchError, an OSError, a RecursionError deep in a library, a
worker killed by the per-document timeout) becomes a one-line message naming the input,
never an exception that stops the batch. With ``workers`` the work runs in worker processes,
which also bounds each document's time. This module composes the two: the reading of one
input and the pool know nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from atsmatch.batch.cache import ProfileCache
from atsmatch.batch.failures import Failure
from atsmatch.batch.reading import irregular, label_of, profile_or_failure
from atsmatch.batch.rows import Rowed
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.taxonomy import Taxonomy

if TYPE_CHECKING:
    from atsmatch.batch.engine import Engine

__all__ = ["Failure", "profiles"]


def profiles(
    values: Sequence[DocumentInput | Profile],
    kind: ProfileKind,
    *,
    taxonomy: Taxonomy | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    labels: Iterable[str] | None = None,
    cache: ProfileCache | None = None,
    reference: str | None = None,
    scorer: Engine | None = None,
    keep: bool = True,
) -> Iterator[Profile | Failure | Rowed]:
    """A profile or a failure for each input, in input order.

    ``workers`` (≥ 1) runs extraction in that many worker processes, each document under
    ``timeout`` seconds; ``None`` runs it here, in this process (then ``timeout`` alone
    means one worker process, since only a process can be stopped). ``cache``
    reads and stores profiles on disk. With workers, ``scorer`` also scores each resume in
    its worker (a :class:`Rowed` comes back; with its profile only when ``keep``).
    """
    names = list(labels) if labels is not None else [label_of(v, i) for i, v in enumerate(values)]
    if workers is None and timeout is not None:
        workers = 1  # a time limit needs a process that can be stopped
    if workers is None:
        for value, name in zip(values, names, strict=True):
            yield profile_or_failure(value, kind, taxonomy, name, cache, reference)
        return
    from atsmatch.batch.pool import run_pool

    # Inputs the cache holds are read here: the workers (and the language model they load)
    # start only for the others, so a warm run skips both.
    cached = [
        _cached(cache, v, kind, name, reference, scorer is not None)
        for v, name in zip(values, names, strict=True)
    ]
    misses = [i for i, key in enumerate(cached) if key is None]
    pooled = iter(
        run_pool(
            [values[i] for i in misses],
            [names[i] for i in misses],
            kind,
            taxonomy,
            workers=workers,
            timeout=timeout,
            cache=cache,
            reference=reference,
            scorer=scorer,
            keep=keep,
        )
        if misses
        else ()
    )
    for value, name, key in zip(values, names, cached, strict=True):
        if key is None:
            yield next(pooled)
        else:
            yield profile_or_failure(value, kind, taxonomy, name, cache, reference)


def _cached(
    cache: ProfileCache | None,
    value: DocumentInput | Profile,
    kind: ProfileKind,
    name: str,
    reference: str | None,
    scoring: bool,
) -> str | None:
    """The cache key of an input the cache holds, else ``None`` (a profile: ``None`` when
    workers score, so its scoring runs in a worker too)."""
    if isinstance(value, Profile):
        return None if scoring else "profile"
    if cache is None or irregular(value):
        return None
    key = cache.key(value, kind, name, reference)
    return key if key is not None and cache.has(key) else None
