"""Undoable edits of parcels and plans through the services (a QUndoStack).

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
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError, StaleEdit
from kalixplan.services import parcels, plans, restoring
from kalixplan.services.restoring import Lost, LostKind, PartlyRestored, Removed, Restored
from kalixplan.store.engine import Project
from ui.events import data_events


@dataclass(frozen=True)
class RowOps:
    """The service functions of one kind of row."""

    kind: str
    get: Callable[[Session, int], Any]
    create: Callable[[Session, Mapping[str, Any]], Any]
    update: Callable[[Session, int, int, Mapping[str, Any]], Any]
    # deletes and returns what went along; creates again with what went along
    delete: Callable[[Session, int, int], Removed]
    recreate: Callable[[Session, Mapping[str, Any], Removed | None], Restored]
    # fields that are computed or identify the stored row; never written back
    computed: frozenset[str]


OPS: dict[str, RowOps] = {
    "parcels": RowOps(
        "parcels",
        parcels.get_parcel,
        parcels.create_parcel,
        parcels.update_parcel,
        restoring.delete_parcel_saving,
        restoring.recreate_parcel,
        frozenset({"id", "version", "area_m2", "plan_id", "updated_at"}),
    ),
    "plans": RowOps(
        "plans",
        plans.get_plan,
        plans.create_plan,
        plans.update_plan,
        restoring.delete_plan_saving,
        restoring.recreate_plan,
        frozenset({"id", "version", "implementation_ends", "updated_at"}),
    ),
}


def fields_of(kind: str, row: Any) -> dict[str, Any]:
    """Every stored field of ``row`` needed to create it again (after a delete)."""
    import dataclasses

    skip = OPS[kind].computed
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row) if f.name not in skip}
    # Unset fields are left to the service's defaults (a parcel without a boundary has none).
    return {k: v for k, v in values.items() if v is not None}


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
        self.stack.push(_UpdateCommand(self, kind, int(row.id), old, dict(changes), text))
        return stored

    def create(self, kind: str, values: Mapping[str, Any]) -> Any | None:
        """Create a row; push an undo step. Returns the stored row or None."""
        stored = self._write(kind, lambda s: OPS[kind].create(s, values))
        if stored is None:
            return None
        text = QCoreApplication.translate("RecordEdits", "Create %1").replace(
            "%1", str(getattr(stored, "designation", stored.id))
        )
        self.stack.push(_CreateCommand(self, kind, stored, text))
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
            self.stack.push(_DeleteCommand(self, kind, row, removed, text))
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


class _Step(QUndoCommand):
    """A command whose first ``redo`` (on push) does nothing: the write happened already."""

    def __init__(self, edits: RecordEdits, kind: str, text: str) -> None:
        super().__init__(text)
        self.edits = edits
        self.kind = kind
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self.do():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.undo_step():
            self.setObsolete(True)

    def do(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def undo_step(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError


class _UpdateCommand(_Step):
    def __init__(
        self,
        edits: RecordEdits,
        kind: str,
        row_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(edits, kind, text)
        self.row_id, self.old, self.new = row_id, old, new

    def do(self) -> bool:
        return self.edits.apply_step(self.kind, self.row_id, self.new)

    def undo_step(self) -> bool:
        return self.edits.apply_step(self.kind, self.row_id, self.old)


class _RowCommand(_Step):
    """Creates or deletes a whole row; keeps what a delete took along for the way back."""

    def __init__(
        self, edits: RecordEdits, kind: str, row: Any, removed: Removed | None, text: str
    ) -> None:
        super().__init__(edits, kind, text)
        self.row_id = int(row.id)
        # The row as stored when deleted: the caller's copy misses links the database nulled.
        self.values = fields_of(kind, removed.row if removed and removed.row else row)
        self.removed = removed

    def remove(self) -> bool:
        # Saved afresh each time: the row and what goes along may have changed meanwhile.
        self.removed = self.edits.remove(self.kind, self.row_id)
        if self.removed is not None and self.removed.row is not None:
            self.values = fields_of(self.kind, self.removed.row)
        return self.removed is not None

    def recreate(self) -> bool:
        return self.edits.recreate(self.kind, self.row_id, self.values, self.removed)


class _CreateCommand(_RowCommand):
    def __init__(self, edits: RecordEdits, kind: str, row: Any, text: str) -> None:
        super().__init__(edits, kind, row, None, text)

    def do(self) -> bool:
        return self.recreate()

    def undo_step(self) -> bool:
        return self.remove()


class _DeleteCommand(_RowCommand):
    def do(self) -> bool:
        return self.remove()

    def undo_step(self) -> bool:
        return self.recreate()


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
