"""``RecordEdits``: undoable edits of parcels and plans through the services (a QUndoStack).

Every edit is written through the service first; only a successful write is
pushed on the stack, so a refused value never becomes an undo step. Undo and
redo write the other side's values through the same service with the version
this application last wrote, so a colleague's save in between is never
overwritten silently: the service raises ``StaleEdit`` and the conflict dialog
decides. A row deleted and restored by undo gets a new id; commands keep the
id they were made with and resolve it through ``RecordEdits.current_id``.

A delete saves what goes with the row (a parcel's interests and document links,
a plan's land-use areas and parcel links; ``kalixplan.services.restoring``) and
its command keeps that, so undo brings the row back whole. What a colleague
removed meanwhile is left out and the user is told in one sentence.

This module writes and tells (``RecordEdits``, ``lost_text``); the undo
commands and the service functions of each kind of row are ``ui.undo_commands``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError, StaleEdit
from kalixplan.services.restoring import Lost, LostKind, PartlyRestored, Removed
from kalixplan.store.engine import Project
from ui.events import data_events
from ui.undo_commands import OPS, CreateCommand, DeleteCommand, UpdateCommand


class RecordEdits(QObject):
    """Creates, updates and deletes rows with undo; tells the window what changed.

    Signals:
        row_changed(kind, row): a row was written (shown again everywhere).
        row_removed(kind, id): a row was deleted.
        conflict(kind, row_id, yours, exc): a colleague saved first.
        failed(kind, exc): a service refused the change (a ``KalixPlanError``).
    """

    row_changed = Signal(str, object)
    row_removed = Signal(str, int)
    conflict = Signal(str, int, dict, object)
    failed = Signal(str, object)

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)
        self._alias: dict[tuple[str, int], int] = {}
        self._versions: dict[tuple[str, int], int] = {}
        self.announcing = False

    def set_project(self, project: Project | None) -> None:
        """A different project: forget history."""
        self.project = project
        self.stack.clear()
        self._alias.clear()
        self._versions.clear()

    # --- ids and versions -------------------------------------------------
    def current_id(self, kind: str, original: int) -> int:
        """The id a row made as ``original`` has now (it changes when undo restores it)."""
        return self._alias.get((kind, original), original)

    def known_version(self, kind: str, row_id: int, fallback: int) -> int:
        """The version this application last wrote for a row (or ``fallback``)."""
        return self._versions.get((kind, row_id), fallback)

    def _remember(self, kind: str, row: Any) -> None:
        self._versions[(kind, int(row.id))] = int(row.version)

    # --- the three edits --------------------------------------------------
    def update(self, kind: str, row: Any, changes: Mapping[str, Any]) -> Any | None:
        """Save ``changes`` to ``row`` (read at ``row.version``); push an undo step.

        Returns:
            the stored row, or None when the service refused (signals say why).
        """
        old = {k: getattr(row, k, None) for k in changes}
        stored = self._write(kind, lambda s: OPS[kind].update(s, row.id, row.version, changes))
        if stored is None:
            if isinstance(self._last_error, StaleEdit):
                self.conflict.emit(kind, int(row.id), dict(changes), self._last_error)
            return None
        text = QCoreApplication.translate("RecordEdits", "Edit %1").replace(
            "%1", str(getattr(row, "designation", row.id))
        )
        self.stack.push(UpdateCommand(self, kind, int(row.id), old, dict(changes), text))
        return stored

    def create(self, kind: str, values: Mapping[str, Any]) -> Any | None:
        """Create a row; push an undo step. Returns the stored row or None."""
        stored = self._write(kind, lambda s: OPS[kind].create(s, values))
        if stored is None:
            return None
        text = QCoreApplication.translate("RecordEdits", "Create %1").replace(
            "%1", str(getattr(stored, "designation", stored.id))
        )
        self.stack.push(CreateCommand(self, kind, stored, text))
        return stored

    def delete(self, kind: str, row: Any, *, undoable: bool = True) -> bool:
        """Delete a row read at ``row.version``; with ``undoable`` push an undo step."""
        removed = self._write(kind, lambda s: OPS[kind].delete(s, row.id, row.version))
        if removed is None:
            if isinstance(self._last_error, StaleEdit):
                self.conflict.emit(kind, int(row.id), {"deleted": True}, self._last_error)
            return False
        self._removed(kind, int(row.id), removed)
        if undoable:
            text = QCoreApplication.translate("RecordEdits", "Delete %1").replace(
                "%1", str(getattr(row, "designation", row.id))
            )
            self.stack.push(DeleteCommand(self, kind, row, removed, text))
        return True

    # --- plumbing -----------------------------------------------------------
    _last_error: BaseException | None = None

    def _write(
        self, kind: str, work: Callable[[Session], Any], *, deferred: bool = False
    ) -> Any | None:
        """Run one write in one transaction; report refusals through signals.

        Args:
            deferred: report after the current event (inside undo/redo).
        """
        self._last_error = None
        if self.project is None:
            return None
        try:
            with self.project.session_scope() as session:
                result = work(session)
        except StaleEdit as exc:
            self._last_error = exc
            return None
        except KalixPlanError as exc:
            self._last_error = exc
            self._report(deferred, self.failed, kind, exc)
            return None
        if isinstance(result, Removed):
            return result
        self._remember(kind, result)
        self.row_changed.emit(kind, result)
        self._announce(kind, [int(result.id)])
        return result

    def apply_step(self, kind: str, original: int, values: Mapping[str, Any]) -> bool:
        """Write ``values`` to a row for undo/redo at the version last written here."""
        row_id = self.current_id(kind, original)
        if self.project is None:
            return False
        try:
            with self.project.session_scope() as session:
                current = OPS[kind].get(session, row_id)
                version = self.known_version(kind, row_id, current.version)
                stored = OPS[kind].update(session, row_id, version, values)
        except StaleEdit as exc:
            self._report(True, self.conflict, kind, row_id, dict(values), exc)
            return False
        except KalixPlanError as exc:
            self._report(True, self.failed, kind, exc)
            return False
        self._remember(kind, stored)
        self.row_changed.emit(kind, stored)
        self._announce(kind, [row_id])
        return True

    def recreate(
        self, kind: str, original: int, values: Mapping[str, Any], removed: Removed | None = None
    ) -> bool:
        """Create a row again (undo of a delete, redo of a create) with what went along.

        Args:
            removed: what the delete took along (a parcel's interests, a plan's
                land-use areas and parcel links), restored in the same transaction.
        """
        if self.project is None:
            return False
        if removed is not None:
            removed = removed.renumbered(lambda i: self.current_id("parcels", i))
        try:
            with self.project.session_scope() as session:
                restored = OPS[kind].recreate(session, values, removed)
        except KalixPlanError as exc:
            self._report(True, self.failed, kind, exc)
            return False
        row = restored.row
        self._alias[(kind, original)] = int(row.id)
        self._remember(kind, row)
        self.row_changed.emit(kind, row)
        self._announce(kind, [int(row.id)])
        for parcel in restored.relinked:
            self._remember("parcels", parcel)
            self.row_changed.emit("parcels", parcel)
        if restored.relinked:
            self._announce("parcels", [int(p.id) for p in restored.relinked])
        if restored.interests:
            self._announce("interests", list(restored.interests))
        if restored.lost:
            self._report(
                True, self.failed, kind, PartlyRestored(restored.lost, lost_text(restored.lost))
            )
        return True

    def remove(self, kind: str, original: int) -> Removed | None:
        """Delete a row again (undo of a create, redo of a delete).

        Returns:
            what the delete took along, or None when it was refused.
        """
        row_id = self.current_id(kind, original)
        if self.project is None:
            return None
        try:
            with self.project.session_scope() as session:
                current = OPS[kind].get(session, row_id)
                version = self.known_version(kind, row_id, current.version)
                removed = OPS[kind].delete(session, row_id, version)
        except StaleEdit as exc:
            self._report(True, self.conflict, kind, row_id, {"deleted": True}, exc)
            return None
        except KalixPlanError as exc:
            self._report(True, self.failed, kind, exc)
            return None
        self._removed(kind, row_id, removed)
        return removed

    def _removed(self, kind: str, row_id: int, removed: Removed) -> None:
        self.row_removed.emit(kind, row_id)
        self._announce(kind, [row_id])
        if removed.interests:
            self._announce("interests", [s.id for s in removed.interests])

    def _announce(self, kind: str, ids: list[int]) -> None:
        # Other panels refresh on this; the window itself already shows the row.
        self.announcing = True
        try:
            data_events().changed.emit(kind, ids)
        finally:
            self.announcing = False

    @staticmethod
    def _report(deferred: bool, signal: Any, *args: Any) -> None:
        # Dialogs must not open inside QUndoStack.undo(); report once it returned.
        if deferred:
            QTimer.singleShot(0, lambda: signal.emit(*args))
        else:
            signal.emit(*args)


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
