"""Process-wide settings scoped to bulk work: the cyclic collector, the GIL's switch
interval and the C heap.

A bulk import or a county's printed sheet makes hundreds of thousands of short-lived
objects (rows, geometries, printed parcels), none of them in cycles. Each of Python's
full collections walks the whole heap, and a rising heap triggers several: about 0.3 s
of a 100 000-parcel import and 0.45 s of an A3 sheet of 100 000 parcels, a third of the
sheet's time (``bench/map_scale.py``). The scopes here keep that out of the way and
restore what they changed.

The collector and the switch interval belong to the whole process: the desktop's GUI
thread runs while an import or a preview works on a background thread, so the collector
is paused only by work on the main thread (the command line, or painting on the GUI
thread). On a background thread the objects that exist are frozen instead
(``gc.freeze``, which collects nothing): the collections the work still triggers then
walk only the objects made since, not the whole application (a county's register holds
10⁵ rows). The scopes count who is inside them (under one lock): the first to enter
changes the setting, the last to leave restores it, and two bulk jobs at once (or one
inside another) never switch it back early. ``bench/geodata.py`` measures what they are
worth against the same import without them (``TUNED = False``).

This module imports nothing of KalixPlan; every layer may use it.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_LOCK = threading.Lock()
_DEPTH = {"handover": 0, "gc": 0, "freeze": 0}
_SAVED: dict[str, Any] = {}
TUNED = True  # False: bulk work runs without the two process-wide measures (the benchmark)


@contextmanager
def quick_handover() -> Iterator[None]:
    """Let a waiting thread take the GIL within 0.5 ms instead of Python's 5 ms.

    An import's helper thread gives up the GIL for each of some twenty GEOS/PROJ calls
    and must get it back from the busy main thread after each; at the default interval
    that waiting costs as much as the overlap gains.
    """
    quick = lambda: sys.setswitchinterval(0.0005)  # noqa: E731 - one line of state
    with _scope("handover", sys.getswitchinterval, quick, sys.setswitchinterval):
        yield


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector out of a bulk operation's way.

    On the main thread the collector is paused; reference counting still frees
    everything, and the collector is switched back on (if it was on) when the last scope
    ends. On any other thread what exists is frozen for the scope (``gc.freeze``) and
    thawed when the last such scope ends (``gc.unfreeze``): the collector keeps running,
    over the new objects only. A county's A3 sheet on the desktop's worker thread,
    beside a register of 10⁵ rows: 1.2-1.4 s, frozen 0.9 s.
    """

    def restore(was_enabled: bool) -> None:
        if was_enabled:
            gc.enable()

    if threading.current_thread() is not threading.main_thread():
        # Beside a GUI (the desktop runs imports and previews on a worker) the collector is
        # not paused: the garbage the GUI thread piled up meanwhile would be collected by
        # whichever thread allocates first once it is back, and Qt objects finalised on a
        # worker thread crash the process (seen as a segmentation fault in the import
        # wizard's tests). Freezing and thawing collect nothing, on any thread.
        with _scope("freeze", gc.get_freeze_count, gc.freeze, _thaw):
            yield
        return
    with _scope("gc", gc.isenabled, gc.disable, restore):
        yield


def _thaw(frozen_before: int) -> None:
    # Someone froze the heap on purpose before the first scope: it stays frozen.
    if frozen_before == 0:
        gc.unfreeze()


_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
LARGE_BUFFER = 1 << 20


def return_large_buffers(threshold: int = LARGE_BUFFER) -> None:
    """Give every buffer of ``threshold`` bytes or more a mapping of its own, returned to
    the system the moment it is freed (glibc ``mallopt(M_MMAP_THRESHOLD)``).

    glibc raises its threshold each time such a buffer is freed (up to 32 MiB); later
    buffers of that size then come from the heap and stay there, freed but fragmented.
    Reading a million boxes for the map left 60 MB so in about half the runs (the map of
    10⁶ parcels at 1.5 or 1.2 times the bare map's memory, by chance); with the
    threshold fixed, which also stops its raising, it is 1.2 in every run, and neither
    painting nor printing got slower (``bench/map_scale.py``). Called once when the
    desktop starts; elsewhere (not glibc) nothing changes.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, threshold)
    except (OSError, AttributeError):  # not glibc (Windows, macOS)
        pass


def trim_heap() -> None:
    """Return the C heap's free memory to the system (glibc ``malloc_trim``, every arena).

    Worker threads get glibc arenas of their own, which keep what a burst of tile
    painting freed; trimmed after each burst the map stays near its working size.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (Windows, macOS): nothing to trim
        pass


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
