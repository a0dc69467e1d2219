"""Reading one input of a batch into a profile, whatever it raises.

A failure of any kind (an AtsmatchError, an OSError, a RecursionError deep in a library)
becomes a :class:`~atsmatch.batch.failures.Failure` naming the input, never an exception
that stops the batch. The same function runs here and in a worker process
(:mod:`atsmatch.batch.pool`).
"""

from __future__ import annotations

import os

from atsmatch.batch.cache import ProfileCache
from atsmatch.batch.failures import Failure, describe, one_line
from atsmatch.document import Document
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.taxonomy import Taxonomy

__all__ = ["irregular", "label_of", "profile_or_failure", "warm_up"]


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
        odd = irregular(value)
        if odd:
            return Failure(one_line(f"{label}: {odd}, not a regular file"))
        key = cache.key(value, kind, label, reference) if cache is not None else None
        found = cache.get(key) if cache is not None and key is not None else None
        if found is None:
            found = extract(value, kind=kind, taxonomy=taxonomy, reference=reference)
            if cache is not None and key is not None:
                cache.put(key, found)
        return found
    except Exception as exc:  # one bad input must never sink the batch
        return Failure(describe(exc, label))


def irregular(value: DocumentInput) -> str | None:
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
