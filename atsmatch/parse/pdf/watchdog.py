"""A watchdog that stops work running past its time, even deep inside pdfminer.

pdfminer is pure Python, so its loops can be interrupted between two bytecodes. On the main
thread the watchdog arms a real-time interval timer (``SIGALRM``) whose handler raises
:class:`Overtime`; elsewhere (a worker thread of a batch) a timer thread asks the interpreter
to raise :class:`Overtime` in the working thread (``PyThreadState_SetAsyncExc``). Either way
the work stops at the next bytecode, however deep the loop it is in.

:class:`Overtime` derives from :class:`BaseException` so that pdfminer's own
``except Exception`` clauses cannot swallow it; the caller turns it into an
:class:`~atsmatch.errors.InputTooLargeError` ("took longer than N s").
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["Overtime", "watchdog"]


class Overtime(BaseException):
    """Raised inside the guarded work when its time is up."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise :class:`Overtime` in the current thread if the block runs past ``seconds``."""
    if seconds <= 0:
        raise Overtime
    if _can_use_alarm():
        with _alarm(seconds):
            yield
    else:
        with _async_timer(seconds):
            yield


def _can_use_alarm() -> bool:
    """The signal timer is ours to use: main thread, and nobody else has a timer running."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


def _ring(signum: int, frame: FrameType | None) -> None:
    raise Overtime


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _async_timer(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(target, Overtime)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:
                _raise_in(target, None)  # clear it, in case it is still pending
        timer.cancel()


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )
