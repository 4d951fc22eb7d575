"""Run background work in a thread Python created.

pyproj 3.7 keeps its PROJ context in Python thread-local storage and crashes
(segfault) when called from a thread that Qt created, such as a QThreadPool
worker (pyproj issue #1509; fixed upstream after 3.7.2). Imports and exports
create CRS objects, so their work runs in a ``threading.Thread`` that the pool
thread starts and waits for; progress, Cancel and errors pass through as before.
"""

from __future__ import annotations

import threading
from typing import Any

from ui.workers import Cancelled, Progress, Work


def in_python_thread(work: Work) -> Work:
    """Wrap ``work(progress, cancelled)`` so that it runs in a Python-created thread."""

    def wrapped(progress: Progress, cancelled: Cancelled) -> Any:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = work(progress, cancelled)
            except BaseException as exc:  # handed back to the pool thread, never swallowed
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="kalixplan-geodata", daemon=True)
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    return wrapped
