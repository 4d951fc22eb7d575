"""Making a bulk import use both cores and skip needless work in the interpreter.

An import of 100 000 parcels is mostly geometry work in C (GEOS, PROJ, numpy),
which releases the GIL, and value checks in Python, which hold it. These
helpers run the first beside the second and keep Python's cyclic garbage
collector out of the way while hundreds of thousands of short-lived objects
come and go. Each is scoped to the import and restores what it changed.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_POOL: ThreadPoolExecutor | None = None


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
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk operation.

    An import makes a few hundred thousand short-lived objects, none of them in
    cycles, and each of the collector's passes over them walks the whole heap:
    about 0.3 s of a 100 000-parcel import. Reference counting still frees
    everything; the collector is switched back on (if it was on) afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
