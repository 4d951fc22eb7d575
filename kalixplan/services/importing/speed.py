"""Making a bulk import use both cores.

An import of 100 000 parcels is mostly geometry work in C (GEOS, PROJ, numpy),
which releases the GIL, and value checks in Python, which hold it. ``in_background``
runs the first beside the second; ``kalixplan.process`` has the process-wide scopes
an import runs in (the collector paused, a quick GIL handover).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
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
