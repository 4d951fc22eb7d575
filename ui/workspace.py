"""The Qt adapter over the core ``Workspace``: one signal carrying the typed changes.

Every view (the registers, the map, the forms, the dashboard, the actors dock, the
menus) follows ``changed(Changes)``; Undo and Redo are driven by the workspace's
history (``history_changed``); every ``Failure`` of an operation is reported once
through ``failed(Failure)``, which the main window turns into the user's sentence
(a conflict dialog for a stale edit, the field's message in the form, a box
otherwise). Nothing here writes SQL or holds a session.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kalixplan.app.changes import Changes, Kind
from kalixplan.app.commands import Action, Step
from kalixplan.app.failures import Failure
from kalixplan.app.outcome import Outcome
from kalixplan.app.workspace import Workspace
from kalixplan.domain.errors import ProjectBusy
from kalixplan.services.restoring import Lost, LostKind, PartlyRestored
from kalixplan.store.engine import Project

T = TypeVar("T")
log = logging.getLogger("kalixplan")
RETRY_PAUSE_S = 0.3


class QtWorkspace(QObject):
    """The workspace as the desktop sees it.

    Signals:
        changed(Changes): data changed (an edit, undo, redo, an import, another panel).
        failed(Failure): an operation did not happen (or undo left something out).
        history_changed(): what Undo and Redo would do changed.
    """

    changed = Signal(object)
    failed = Signal(object)
    history_changed = Signal()

    def __init__(self, core: Workspace | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core or Workspace()
        # Bound methods: nothing here outlives this object.
        self._unsubscribe = [
            self.core.subscribe(self._relay),
            self.core.subscribe_history(self.history_changed.emit),
        ]
        self.destroyed.connect(self._detach)

    @classmethod
    def of(cls, project: Project, parent: QObject | None = None) -> QtWorkspace:
        """A workspace on ``project`` (a panel shown on its own, a test)."""
        return cls(Workspace(project), parent)

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def _detach(self, *_args: object) -> None:
        for stop in self._unsubscribe:
            stop()

    # --- the project and reads ----------------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self.core.project

    def open(self, project: Project | None) -> None:
        """Show ``project`` everywhere (closing the one before)."""
        self._settle(self.core.open(project))

    def query(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A service query on a read-only snapshot."""
        return self.core.query(work, *args, **kwargs)

    # --- edits: each reports its failure once ---------------------------------------------
    def update(
        self, kind: Kind, row: Any, changes: Mapping[str, Any], initiator: object | None = None
    ) -> Outcome:
        return self._settle(
            self._once_more(lambda: self.core.update(kind, row, changes, initiator=initiator))
        )

    def create(
        self, kind: Kind, values: Mapping[str, Any], initiator: object | None = None
    ) -> Outcome:
        return self._settle(
            self._once_more(lambda: self.core.create(kind, values, initiator=initiator))
        )

    def delete(self, kind: Kind, row: Any, initiator: object | None = None) -> Outcome:
        return self._settle(
            self._once_more(lambda: self.core.delete(kind, row, initiator=initiator))
        )

    @contextmanager
    def group(self, kind: Kind, subject: str) -> Iterator[None]:
        with self.core.group(kind, subject):
            yield

    def undo(self) -> Outcome:
        return self._settle(self._once_more(self.core.undo))

    def redo(self) -> Outcome:
        return self._settle(self._once_more(self.core.redo))

    def write(
        self,
        kinds: Iterable[Kind],
        work: Callable[[Any], T],
        *,
        ids: Iterable[int] | None = None,
        initiator: object | None = None,
        report: bool = True,
    ) -> Outcome:
        """A write that is not undoable (actors, interests, documents), announced to all.

        Args:
            report: send a failure to ``failed`` (False: the caller shows it itself).
        """
        outcome = self._once_more(
            lambda: self.core.write(kinds, work, ids=ids, initiator=initiator)
        )
        return self._settle(outcome) if report else outcome

    def announce(self, changes: Changes) -> None:
        """Changes written elsewhere (an import worker, outside edits caught up)."""
        self._settle(self.core.announce(changes))

    def report(self, failure: Failure) -> None:
        """Show a failure the caller could not handle itself."""
        self.failed.emit(failure)

    def current_id(self, kind: Kind, original: int) -> int:
        return self.core.current_id(kind, original)

    @staticmethod
    def _once_more(operation: Callable[[], Outcome]) -> Outcome:
        """``operation``, made once more when another writer kept the project busy.

        The save has already waited the lock's timeout and was rolled back whole, so a
        second try is safe (issue "Hostile and awkward input", 5: "the window should
        retry once on its own"). A second refusal is the user's sentence.
        """
        outcome = operation()
        if outcome.failure is not None and isinstance(outcome.failure.error, ProjectBusy):
            log.info("the project was busy; the save is made once more")
            time.sleep(RETRY_PAUSE_S)
            outcome = operation()
        return outcome

    def _settle(self, outcome: Outcome) -> Outcome:
        if outcome.failure is not None:
            self.failed.emit(outcome.failure)
        if outcome.lost:
            self.failed.emit(Failure(PartlyRestored(outcome.lost, lost_text(outcome.lost))))
        if outcome.afterwards is not None:
            self.failed.emit(outcome.afterwards)
        return outcome

    # --- the menu texts ---------------------------------------------------------------
    def undo_text(self) -> str:
        return step_text(self.core.next_undo())

    def redo_text(self) -> str:
        return step_text(self.core.next_redo())


def step_text(step: Step | None) -> str:
    """What a step did, for "Undo …" and "Redo …" in the Edit menu."""
    if step is None:
        return ""
    if step.action is Action.GROUP:
        if step.kind is Kind.PLANS:
            return QCoreApplication.translate("RecordEdits", "Delete %1 plans").replace(
                "%1", step.subject
            )
        return QCoreApplication.translate("RecordEdits", "Delete %1 parcels").replace(
            "%1", step.subject
        )
    text = {
        Action.CREATE: QCoreApplication.translate("RecordEdits", "Create %1"),
        Action.UPDATE: QCoreApplication.translate("RecordEdits", "Edit %1"),
        Action.DELETE: QCoreApplication.translate("RecordEdits", "Delete %1"),
    }[step.action]
    return text.replace("%1", step.subject)


def lost_text(lost: tuple[Lost, ...]) -> str:
    """One sentence saying what undo could not bring back, in the current language."""

    def phrase(item: Lost) -> str:
        if item.kind is LostKind.INTEREST:
            text = QCoreApplication.translate("RecordEdits", "the interest of %1 in %2")
            # the name last: whatever it contains is not taken for a placeholder
            return text.replace("%2", item.parcel).replace("%1", item.other)
        if item.kind is LostKind.RESERVATION:
            text = QCoreApplication.translate("RecordEdits", "the reservation of %1 for %2")
        else:
            text = QCoreApplication.translate("RecordEdits", "the link of %1 to plan %2")
        return text.replace("%1", item.parcel).replace("%2", item.other)

    return QCoreApplication.translate(
        "RecordEdits",
        "Undo brought back everything except %1, which someone else has deleted or changed "
        "in the meantime.",
    ).replace("%1", ", ".join(phrase(item) for item in lost))
