"""Profiles for a batch: each input read and extracted on its own, whatever it raises.

A failure of any kind (an AtsmatchError, an OSError, a RecursionError deep in a library, a
worker killed by the per-document timeout) becomes a one-line message naming the input,
never an exception that stops the batch. With ``workers`` the work runs in worker processes
(:mod:`atsmatch.batch.pool`), which also bounds each document's time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from atsmatch.batch.cache import ProfileCache
from atsmatch.document import Document
from atsmatch.errors import AtsmatchError
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.taxonomy import Taxonomy

if TYPE_CHECKING:
    from atsmatch.batch.engine import Engine, ResumeRow

__all__ = ["Failure", "Rowed", "label_of", "one_line", "profile_or_failure", "profiles", "warm_up"]

_MAX_MESSAGE = 300


@dataclass(frozen=True, slots=True)
class Rowed:
    """A resume read and scored in a worker: its row of the score matrix, and its profile
    when the caller keeps profiles (else ``None``: only the small row travels back)."""

    row: ResumeRow
    profile: Profile | None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that gave no profile, and why (one line)."""

    message: str


def one_line(text: str) -> str:
    """``text`` on one line: control characters escaped, long text cut."""
    escaped = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )
    return escaped if len(escaped) <= _MAX_MESSAGE else escaped[: _MAX_MESSAGE - 1] + "…"


def label_of(value: DocumentInput | Profile, index: int) -> str:
    """A name for an input: its path, or ``#index`` for text and bytes."""
    if isinstance(value, Profile):
        return value.document.source
    if isinstance(value, Document):
        return value.source
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, str) and "\n" not in value and len(value) < 1024:
        return value
    return f"#{index}"


def describe(exc: BaseException, label: str) -> str:
    """The one-line message of a failure: atsmatch's own message (it names the file), or
    the input's name and the kind of failure for anything else."""
    if isinstance(exc, AtsmatchError):
        text = str(exc)
    elif isinstance(exc, RecursionError):
        text = f"{label}: structure nested too deeply to read"
    elif isinstance(exc, MemoryError):
        text = f"{label}: ran out of memory while reading"
    elif isinstance(exc, OSError):
        text = f"{label}: cannot read ({exc.strerror or type(exc).__name__})"
    else:
        first = str(exc).splitlines()[0] if str(exc) else ""
        text = f"{label}: could not be read ({type(exc).__name__}{': ' + first if first else ''})"
    return one_line(text)


def profile_or_failure(
    value: DocumentInput | Profile,
    kind: ProfileKind,
    taxonomy: Taxonomy | None,
    label: str,
    cache: ProfileCache | None = None,
    reference: str | None = None,
) -> Profile | Failure:
    """The profile of ``value`` (from ``cache`` when it holds it), or the reason there is
    none. Never raises an Exception."""
    if isinstance(value, Profile):
        return value
    from atsmatch.extract import extract

    try:
        irregular = _irregular(value)
        if irregular:
            return Failure(one_line(f"{label}: {irregular}, not a regular file"))
        key = cache.key(value, kind, label, reference) if cache is not None else None
        found = cache.get(key) if cache is not None and key is not None else None
        if found is None:
            found = extract(value, kind=kind, taxonomy=taxonomy, reference=reference)
            if cache is not None and key is not None:
                cache.put(key, found)
        return found
    except Exception as exc:  # one bad input must never sink the batch
        return Failure(describe(exc, label))


def _irregular(value: DocumentInput) -> str | None:
    """What a path names when it is a FIFO, socket or device (reading one may never end)."""
    import stat

    if not isinstance(value, (str, os.PathLike)) or (isinstance(value, str) and "\n" in value):
        return None
    try:
        mode = os.stat(value).st_mode
    except (OSError, ValueError):
        return None  # missing or unnamable: the reader says why
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def warm_up(kind: ProfileKind, taxonomy: Taxonomy | None) -> None:
    """Load what extraction needs (taxonomy, matcher, language model) once, so worker
    processes forked after it start warm and a document's time limit counts only its own
    work."""
    profile_or_failure("Skills\nPython, teamwork\n", kind, taxonomy, "<warm-up>")


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
    if cache is None or _irregular(value):
        return None
    key = cache.key(value, kind, name, reference)
    return key if key is not None and cache.has(key) else None
