"""Making a bulk import use both cores and skip needless work in the interpreter.

An import of 100 000 parcels is mostly geometry work in C (GEOS, PROJ, numpy),
which releases the GIL, and value checks in Python, which hold it. These
helpers run the first beside the second and keep Python's cyclic garbage
collector out of the way while hundreds of thousands of short-lived objects
come and go. Each is scoped to the import and restores what it changed.

The collector and the switch interval belong to the whole process: the desktop's
GUI thread runs while an import works on a background thread, so the collector is
paused only by an import on the main thread (the command line). The two scopes
count who is inside them (under one lock): the first to enter changes the
setting, the last to leave restores it, and two imports at once (or an import
inside another scope) never switch it back early. ``bench/geodata.py`` measures
what they are worth against the same import without them (``TUNED = False``).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_POOL: ThreadPoolExecutor | None = None
_LOCK = threading.Lock()
_DEPTH = {"handover": 0, "gc": 0}
_SAVED: dict[str, Any] = {}
TUNED = True  # False: imports run without the two process-wide measures (the benchmark)


def in_background(fn: Callable[..., T], *args: Any) -> Future[T]:
    """Run ``fn`` on the import's helper thread while the caller goes on.

    Geometry work (GEOS, PROJ, numpy) releases the GIL, so on two cores it runs
    beside the value checks, which are Python. The one helper thread is kept,
    so its per-thread PROJ objects are made once.
    """
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kalixplan-geometry")
    return _POOL.submit(fn, *args)


@contextmanager
def quick_handover() -> Iterator[None]:
    """Let a waiting thread take the GIL within 0.5 ms instead of Python's 5 ms.

    The helper thread gives up the GIL for each of some twenty GEOS/PROJ calls
    and must get it back from the busy main thread after each; at the default
    interval that waiting costs as much as the overlap gains.
    """
    quick = lambda: sys.setswitchinterval(0.0005)  # noqa: E731 - one line of state
    with _scope("handover", sys.getswitchinterval, quick, sys.setswitchinterval):
        yield


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk operation.

    An import makes a few hundred thousand short-lived objects, none of them in
    cycles, and each of the collector's passes over them walks the whole heap:
    about 0.3 s of a 100 000-parcel import. Reference counting still frees
    everything; the collector is switched back on (if it was on) when the last
    scope ends.
    """

    def restore(was_enabled: bool) -> None:
        if was_enabled:
            gc.enable()

    if threading.current_thread() is not threading.main_thread():
        # Beside a GUI (the desktop runs imports on a worker): the garbage the GUI thread
        # piles up meanwhile would be collected by whichever thread allocates first once
        # the collector is back, and Qt objects finalised on a worker thread crash the
        # process (seen as a segmentation fault in the import wizard's tests). Only an
        # import that owns the main thread (the command line) pauses the collector.
        yield
        return
    with _scope("gc", gc.isenabled, gc.disable, restore):
        yield


@contextmanager
def _scope(
    name: str, read: Callable[[], Any], change: Callable[[], Any], restore: Callable[[Any], Any]
) -> Iterator[None]:
    if not TUNED:
        yield
        return
    with _LOCK:
        if _DEPTH[name] == 0:
            _SAVED[name] = read()
            change()
        _DEPTH[name] += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH[name] -= 1
            if _DEPTH[name] == 0:
                restore(_SAVED.pop(name))
