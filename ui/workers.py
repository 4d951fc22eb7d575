"""Long work off the UI thread: a worker thread with a progress dialog and Cancel.

Services do the work as plain functions taking ``progress(done, total, message)``
and ``cancelled()``; this module only runs them and brings the result or the
error back through signals (queued to the UI thread). Database writes go
through one worker at a time (SQLite has one writer): writers take a lock.

The work runs in a thread that Python created (``threading.Thread``), not in a
QThreadPool thread: pyproj 3.7 keeps its PROJ context in Python thread-local
storage and crashes when called from a thread Qt created (pyproj issue #1509),
and imports, exports, prints and map building all create CRS objects.

This is the desktop's one way to work in the background. Work of a recurring kind
may name a ``lane``: it then runs on that lane's one long-lived Python thread, in
order (the map page is built on lane "map", so its per-thread PROJ transformers
are made once and a newer build waits for the one before). The core's own helper
thread inside an import (``kalixplan.services.importing.speed``) is part of that
import's work, not a second way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

_WRITE_LOCK = threading.Lock()
_LANES: dict[str, ThreadPoolExecutor] = {}
_LANES_LOCK = threading.Lock()


def _lane(name: str) -> ThreadPoolExecutor:
    with _LANES_LOCK:
        if name not in _LANES:
            _LANES[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kalixplan-{name}")
        return _LANES[name]


class WorkerSignals(QObject):
    """Signals a worker emits; delivered on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Worker:
    """Runs ``work(progress, cancelled)`` on a Python thread. Never touches widgets."""

    def __init__(self, work: Work, *, writes: bool = False, lane: str | None = None) -> None:
        self.work = work
        self.writes = writes
        self.lane = lane
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self.run, name="kalixplan-worker", daemon=True)

    def start(self) -> None:
        """Start the work in its thread (or queue it on its lane's thread)."""
        if self.lane is None:
            self._thread.start()
        else:
            _lane(self.lane).submit(self.run)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (tests and shutdown); True if it has."""
        return self._done.wait(timeout)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``cancelled()`` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancel.is_set()

    def run(self) -> None:
        """The thread's body: run the work, then report success or failure."""
        try:
            if self.writes:
                with _WRITE_LOCK:
                    result = self.work(self.signals.progressed.emit, self._cancel.is_set)
            else:
                result = self.work(self.signals.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # handed to the UI, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
            self._done.set()


_RUNNING: set[Worker] = set()


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    writes: bool = False,
    show_progress: bool = True,
    lane: str | None = None,
) -> Worker:
    """Start ``work`` in the background with a modal progress dialog and Cancel.

    Args:
        parent: the window the progress dialog belongs to.
        title: what the dialog says is happening.
        work: the service function, called as ``work(progress, cancelled)``.
        on_done: called on the UI thread with the result.
        on_error: called on the UI thread with the exception.
        writes: True for database writes (they run one at a time).
        show_progress: False for quick work that needs no dialog.
        lane: run on this lane's one long-lived thread, after the lane's earlier work.
    """
    worker = Worker(work, writes=writes, lane=lane)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)

        def show_progress_step(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{title}\n{message}")

        worker.signals.progressed.connect(show_progress_step)

    def finished() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        _RUNNING.discard(worker)

    worker.signals.succeeded.connect(on_done)
    worker.signals.failed.connect(on_error)
    worker.signals.finished.connect(finished)
    _RUNNING.add(worker)
    worker.start()
    return worker
