"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

There, every QPainter method that returns nothing hands back ``None`` without
taking a reference to it, so each call lowers ``None``'s reference count by
one; a few hundred thousand calls later Python aborts with "none_dealloc:
deallocating None". (From Python 3.12 ``None`` is immortal and this is moot.)
Painting a big map makes that many calls, so the renderer tops the count up
before each page and every few thousand features, by writing CPython's
``ob_refcnt`` field (the first word of every object) directly: references
held in a list would be released at exit and bring the crash back then.
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 2_000_000


def keep_none_alive() -> None:
    """Make sure ``None`` has at least ``FLOOR`` references (no-op on Python 3.12+)."""
    if sys.version_info >= (3, 12):
        return
    count = sys.getrefcount(None)
    if count < FLOOR:
        refcnt = ctypes.c_ssize_t.from_address(id(None))
        refcnt.value += 2 * FLOOR - count
