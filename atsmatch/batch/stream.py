"""Scored chunks of resumes, produced here (optionally with worker processes) or on a Dask
cluster; either way each chunk is the same :class:`~atsmatch.batch.rows.Chunk`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from atsmatch.batch.cache import ProfileCache
from atsmatch.batch.engine import Engine
from atsmatch.batch.failures import Failure, describe
from atsmatch.batch.profiles import profiles
from atsmatch.batch.reading import profile_or_failure
from atsmatch.batch.rows import Chunk, ResumeRow, Rowed
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile
from atsmatch.taxonomy import Taxonomy

__all__ = ["Scored", "score_chunk", "scored_chunks"]


@dataclass(frozen=True, slots=True)
class Scored:
    """One chunk: its scores, the failures by position in the chunk, the profiles kept."""

    chunk: Chunk
    failures: dict[int, str]
    profiles: tuple[Profile | None, ...]


def _scored(engine: Engine, found: Sequence[Profile | Failure | Rowed], keep: bool) -> Scored:
    rows: list[ResumeRow | None] = []
    kept: list[Profile | None] = []
    failures: dict[int, str] = {}
    for n, got in enumerate(found):
        if isinstance(got, Failure):
            failures[n] = got.message
            rows.append(None)
            kept.append(None)
        elif isinstance(got, Rowed):
            rows.append(got.row)
            kept.append(got.profile if keep else None)
        else:
            try:
                rows.append(engine.row(got))
                kept.append(got if keep else None)
            except Exception as exc:  # whatever a profile makes scoring raise: its row only
                failures[n] = describe(exc, got.document.source)
                rows.append(None)
                kept.append(None)
    return Scored(engine.combine(rows), failures, tuple(kept))


def _rowed(engine: Engine, profile: Profile, keep: bool) -> Rowed | Failure:
    try:
        return Rowed(engine.row(profile), profile if keep else None)
    except Exception as exc:  # whatever a profile makes scoring raise: its row only
        return Failure(describe(exc, profile.document.source))


def _once_each(
    engine: Engine,
    values: Sequence[DocumentInput | Profile],
    labels: Sequence[str],
    keep: bool,
    options: dict[str, Any],
) -> Iterator[Profile | Failure | Rowed]:
    """Each input's profile, failure or scored row, in order; a Profile object given more
    than once is scored once and its row reused until its last occurrence (only rows that
    are still to be reused are held)."""
    keys = [id(v) if isinstance(v, Profile) else None for v in values]
    last = {key: k for k, key in enumerate(keys) if key is not None}
    first = {key: k for k, key in reversed(list(enumerate(keys))) if key is not None}
    firsts = [k for k, key in enumerate(keys) if key is None or first[key] == k]
    found = profiles(
        [values[k] for k in firsts],
        "resume",
        labels=[labels[k] for k in firsts],
        scorer=engine,
        keep=keep,
        **options,
    )
    held: dict[int, Profile | Failure | Rowed] = {}
    for k, key in enumerate(keys):
        if key is None:
            yield next(found)
            continue
        got = held.get(key)
        if got is None:
            got = next(found)
            if isinstance(got, Profile):
                got = _rowed(engine, got, keep)
        if last[key] > k:
            held[key] = got
        else:
            held.pop(key, None)
        yield got


def score_chunk(
    engine: Engine,
    values: Sequence[DocumentInput | Profile],
    labels: Sequence[str],
    taxonomy: Taxonomy | None,
    cache: ProfileCache | None,
    keep: bool,
    reference: str | None = None,
) -> Scored:
    """Extract and score one chunk where it runs (a Dask task: only the scores travel)."""
    found = [
        profile_or_failure(v, "resume", taxonomy, name, cache, reference)
        for v, name in zip(values, labels, strict=True)
    ]
    return _scored(engine, found, keep)


def scored_chunks(
    engine: Engine,
    values: Sequence[DocumentInput | Profile],
    labels: Sequence[str],
    *,
    size: int,
    keep: bool,
    options: dict[str, Any],
    client: Any = None,
) -> Iterator[Scored]:
    """The resumes in chunks of ``size``, scored, in order. At most a few chunks are in
    flight at once, so memory stays bounded whatever the number of resumes."""
    if client is None:
        batch: list[Profile | Failure | Rowed] = []
        for got in _once_each(engine, values, labels, keep, options):
            batch.append(got)
            if len(batch) >= size:
                yield _scored(engine, batch, keep)
                batch = []
        if batch or not values:
            yield _scored(engine, batch, keep)
        return
    from collections import deque

    shared = client.scatter(engine, broadcast=True)
    taxonomy = options["taxonomy"]
    if taxonomy is not None:
        taxonomy = client.scatter(taxonomy, broadcast=True)
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    flight: deque[Any] = deque()
    for start in range(0, max(len(values), 1), size):
        part = slice(start, start + size)
        flight.append(
            client.submit(
                score_chunk,
                shared,
                list(values[part]),
                list(labels[part]),
                taxonomy,
                options["cache"],
                keep,
                options["reference"],
                pure=False,
            )
        )
        if len(flight) >= window:
            yield flight.popleft().result()
    while flight:
        yield flight.popleft().result()
