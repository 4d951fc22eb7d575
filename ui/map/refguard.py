"""A guard against reference-counting bugs of PySide6 6.12.0 on Python 3.11.

Measured here: every PySide method that returns nothing (``runJavaScript``,
``processEvents``, ``setObjectName``, ...) hands back ``None`` without taking a
reference, and every ``Signal.emit()`` drops one reference to ``True``. Each
call lowers the count by one until Python aborts with "none_dealloc" or
"bool_dealloc"; a map that is restyled and clicked for a while gets there.
From Python 3.12 these objects are immortal and the bug is harmless, so on
3.11 we make them practically immortal the same way: by raising CPython's
``ob_refcnt`` field (the first word of every object) far out of reach.
(``ui/printing/none_guard.py`` does the same for ``None`` while painting;
one application-wide call at start-up would cover both.)
"""

from __future__ import annotations

import ctypes
import sys

_FLOOR = 1 << 30
_RAISE = 1 << 40


def make_singletons_immortal() -> None:
    """Give None, True and False enough references to outlive any session (3.11 only)."""
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        if sys.getrefcount(obj) < _FLOOR:
            ctypes.c_ssize_t.from_address(id(obj)).value += _RAISE
