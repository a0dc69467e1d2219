"""Worker processes for batch extraction, each document under a time limit.

A plain process pool cannot stop one task that runs away; here each worker is a process of
our own, fed one document at a time over a pipe. A document that takes longer than the
limit has its worker killed and replaced, and becomes a failure ("took longer than N s");
a worker that dies (a crash, the kernel's OOM killer) fails only the document it held.
Results come back in input order, as soon as every earlier one is in.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from atsmatch.batch.cache import ProfileCache
from atsmatch.batch.failures import Failure, describe, one_line
from atsmatch.batch.reading import profile_or_failure, warm_up
from atsmatch.batch.rows import Rowed
from atsmatch.errors import AtsmatchError
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.taxonomy import Taxonomy

if TYPE_CHECKING:
    from atsmatch.batch.engine import Engine

__all__ = ["run_pool"]

_START_LIMIT = 300.0


def _work(
    conn: Connection,
    kind: ProfileKind,
    taxonomy: Taxonomy | None,
    cache: ProfileCache | None,
    reference: str | None,
    scorer: Engine | None,
    keep: bool,
) -> None:
    warm_up(kind, taxonomy)  # a no-op after fork (the parent warmed up); loads after spawn
    conn.send("ready")
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, value, label = task
        result: Profile | Failure | Rowed = profile_or_failure(
            value, kind, taxonomy, label, cache, reference
        )
        if scorer is not None and isinstance(result, Profile):
            try:
                result = Rowed(scorer.row(result), result if keep else None)
            except Exception as exc:
                result = Failure(describe(exc, label))
        try:
            conn.send((index, result))
        except Exception as exc:  # a result that cannot be sent back
            conn.send((index, Failure(one_line(f"{label}: result lost ({type(exc).__name__})"))))


class _Worker:
    def __init__(self, context: Any, kind: ProfileKind, *shared: Any) -> None:
        self.conn, child = context.Pipe()
        args = (child, kind, *shared)
        self.process = context.Process(target=_work, args=args, daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str, float] | None = None
        # the start-up (loading the language model after spawn) is no document's time
        if not self.conn.poll(_START_LIMIT) or self.conn.recv() != "ready":
            self.stop(kill=True)
            raise AtsmatchError(f"a batch worker process did not start within {_START_LIMIT:g} s")

    def give(self, index: int, value: DocumentInput | Profile, label: str) -> None:
        self.task = (index, label, time.monotonic())
        self.conn.send((index, value, label))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _load_readers(values: Sequence[DocumentInput | Profile]) -> None:
    """Import the PDF and DOCX readers here when some input is named so, so that forked
    workers start with them (pdfminer: ~0.3 s of CPU each) instead of each importing them."""
    suffixes = set()
    for value in values:
        if isinstance(value, os.PathLike) or (isinstance(value, str) and "\n" not in value):
            name = os.fspath(value)
            if isinstance(name, str):
                suffixes.add(os.path.splitext(name)[1].lower())
    if ".pdf" in suffixes:
        from atsmatch.parse.limits import ParseLimits
        from atsmatch.parse.pdf.guard import guarded

        with guarded(ParseLimits()):  # installs the bounds into pdfminer, importing it
            pass
        import atsmatch.parse.pdf.reader
    if ".docx" in suffixes:
        import atsmatch.parse.docx.reader  # noqa: F401


def run_pool(
    values: Sequence[DocumentInput | Profile],
    labels: Sequence[str],
    kind: ProfileKind,
    taxonomy: Taxonomy | None,
    *,
    workers: int,
    timeout: float | None,
    cache: ProfileCache | None = None,
    reference: str | None = None,
    scorer: Engine | None = None,
    keep: bool = True,
) -> Iterator[Profile | Failure | Rowed]:
    """A profile or failure per value, in order, from ``workers`` processes."""
    context = _context()
    warm_up(kind, taxonomy)
    _load_readers(values)
    pending = iter(range(len(values)))
    done: dict[int, Profile | Failure | Rowed] = {}
    emitted = 0
    pool = [
        _Worker(context, kind, taxonomy, cache, reference, scorer, keep)
        for _ in range(max(1, min(workers, len(values))))
    ]
    try:
        for worker in pool:
            index = next(pending, None)
            if index is not None:
                worker.give(index, values[index], labels[index])
        while emitted < len(values):
            busy = [w for w in pool if w.task is not None]
            now = time.monotonic()
            wait_for = None
            if timeout is not None and busy:
                wait_for = max(0.0, min(w.task[2] + timeout - now for w in busy if w.task))
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for slot, worker in enumerate(pool):
                if worker.task is None:
                    continue
                index, label, started = worker.task
                if worker.conn in ready:
                    try:
                        got, result = worker.conn.recv()
                        done[got] = result
                        worker.task = None
                    except (EOFError, OSError):
                        worker.stop(kill=True)
                        code = worker.process.exitcode
                        done[index] = Failure(
                            one_line(f"{label}: the worker reading it stopped (exit code {code})")
                        )
                        pool[slot] = worker = _Worker(
                            context, kind, taxonomy, cache, reference, scorer, keep
                        )
                elif timeout is not None and time.monotonic() - started >= timeout:
                    worker.stop(kill=True)
                    done[index] = Failure(one_line(f"{label}: took longer than {timeout:g} s"))
                    pool[slot] = worker = _Worker(
                        context, kind, taxonomy, cache, reference, scorer, keep
                    )
                if worker.task is None:
                    following = next(pending, None)
                    if following is not None:
                        worker.give(following, values[following], labels[following])
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        for worker in pool:
            worker.stop(kill=worker.task is not None)
