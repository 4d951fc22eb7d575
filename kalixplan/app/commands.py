"""The workspace's undo steps: each replays one create, update or delete, both ways.

A step never holds a session or an ORM object: it keeps the values it needs and
the id the row had when the step was made, and asks the workspace (``Context``)
for the row's id now (undo of a delete brings a row back under a new id) and for
the version this application last wrote (a colleague's save in between is never
overwritten silently: the service raises ``StaleEdit``). A step raises whatever
the service raised; the workspace turns it into a ``Failure`` and drops the step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

from kalixplan.app.changes import Kind
from kalixplan.app.kinds import fields_of
from kalixplan.services.restoring import Removed


class Action(Enum):
    """What a step did (the window words it: "Undo Edit Kalix 1:1")."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    GROUP = "group"  # several steps as one (deleting a selection)


class Context(Protocol):
    """What a step asks of the workspace."""

    def apply(self, kind: Kind, original: int, values: Mapping[str, Any]) -> None: ...

    def remove(self, kind: Kind, original: int) -> Removed: ...

    def recreate(
        self, kind: Kind, original: int, values: Mapping[str, Any], removed: Removed | None
    ) -> None: ...


class Step:
    """One undoable operation.

    Attributes:
        action: what it did.
        kind: the kind of row.
        subject: the row's designation (or the group's count), for the menu text.
    """

    action: Action
    kind: Kind
    subject: str

    def undo(self, ctx: Context) -> None:  # pragma: no cover - every step overrides it
        raise NotImplementedError

    def redo(self, ctx: Context) -> None:  # pragma: no cover - every step overrides it
        raise NotImplementedError


@dataclass
class UpdateStep(Step):
    """Writes the old values (undo) or the new ones again (redo)."""

    kind: Kind
    row_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    subject: str
    action: Action = Action.UPDATE

    def undo(self, ctx: Context) -> None:
        ctx.apply(self.kind, self.row_id, self.old)

    def redo(self, ctx: Context) -> None:
        ctx.apply(self.kind, self.row_id, self.new)


@dataclass
class _RowStep(Step):
    """Creates or deletes a whole row; keeps what a delete took along for the way back."""

    kind: Kind
    row_id: int
    values: dict[str, Any]
    subject: str
    removed: Removed | None = None

    def remove(self, ctx: Context) -> None:
        # Saved afresh each time: the row and what goes along may have changed meanwhile.
        self.removed = ctx.remove(self.kind, self.row_id)
        if self.removed.row is not None:
            self.values = fields_of(self.kind, self.removed.row)

    def restore(self, ctx: Context) -> None:
        ctx.recreate(self.kind, self.row_id, self.values, self.removed)


@dataclass
class CreateStep(_RowStep):
    """Removes a created row (undo) and creates it again (redo)."""

    action: Action = Action.CREATE

    def undo(self, ctx: Context) -> None:
        self.remove(ctx)

    def redo(self, ctx: Context) -> None:
        self.restore(ctx)


@dataclass
class DeleteStep(_RowStep):
    """Restores a deleted row with what went along (undo) and deletes it again (redo)."""

    action: Action = Action.DELETE

    def undo(self, ctx: Context) -> None:
        self.restore(ctx)

    def redo(self, ctx: Context) -> None:
        self.remove(ctx)


@dataclass
class GroupStep(Step):
    """Several steps undone and redone as one; each is its own transaction.

    A step that fails leaves the group (it cannot be taken back either way); the
    others go on, and the first failure is raised once all were tried.
    """

    kind: Kind
    subject: str
    steps: list[Step] = field(default_factory=list)
    action: Action = Action.GROUP

    def undo(self, ctx: Context) -> None:
        self._each(reversed(self.steps), ctx, "undo")

    def redo(self, ctx: Context) -> None:
        self._each(list(self.steps), ctx, "redo")

    def _each(self, steps: Any, ctx: Context, way: str) -> None:
        first: BaseException | None = None
        for step in list(steps):
            try:
                getattr(step, way)(ctx)
            except Exception as exc:
                self.steps.remove(step)
                first = first or exc
        if first is not None:
            raise first
