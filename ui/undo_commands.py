"""The undo steps of ``RecordEdits``: the service functions of each kind of row and the commands.

``OPS`` says which service functions create, update, delete and recreate a
parcel or a plan and which fields are never written back; the commands replay
one update, create or delete through ``RecordEdits`` (``ui.undo``). A command's
first ``redo`` does nothing: the write it stands for has happened already.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from kalixplan.services import parcels, plans, restoring
from kalixplan.services.restoring import Removed, Restored

if TYPE_CHECKING:
    from ui.undo import RecordEdits


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
    skip = OPS[kind].computed
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row) if f.name not in skip}
    # Unset fields are left to the service's defaults (a parcel without a boundary has none).
    return {k: v for k, v in values.items() if v is not None}


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


class UpdateCommand(_Step):
    """Writes the new values again (redo) or the old ones (undo)."""

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


class CreateCommand(_RowCommand):
    """Removes a created row (undo) and creates it again (redo)."""

    def __init__(self, edits: RecordEdits, kind: str, row: Any, text: str) -> None:
        super().__init__(edits, kind, row, None, text)

    def do(self) -> bool:
        return self.recreate()

    def undo_step(self) -> bool:
        return self.remove()


class DeleteCommand(_RowCommand):
    """Restores a deleted row with what went along (undo) and deletes it again (redo)."""

    def do(self) -> bool:
        return self.remove()

    def undo_step(self) -> bool:
        return self.recreate()
