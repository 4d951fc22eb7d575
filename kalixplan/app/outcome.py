"""What one workspace operation did: the ``Outcome`` it returns and the ``Recorder`` behind it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kalixplan.app.changes import Changes, Kind, Origin
from kalixplan.app.failures import Failure
from kalixplan.services.restoring import Lost


@dataclass(frozen=True)
class Outcome:
    """What an operation did.

    Attributes:
        row: the stored row (create, update), or None.
        changes: what changed (empty when nothing did).
        failure: why it did not happen (None: it did).
        lost: what undo could not bring back along with a row (a colleague removed it).
        afterwards: a view that failed to follow the change (the write itself happened).
    """

    row: Any = None
    changes: Changes = field(default_factory=Changes)
    failure: Failure | None = None
    lost: tuple[Lost, ...] = ()
    afterwards: Failure | None = None

    @property
    def ok(self) -> bool:
        """The operation happened."""
        return self.failure is None


class Recorder:
    """Collects what one operation changed."""

    def __init__(self) -> None:
        self.written: dict[Kind, dict[int, Any]] = {}
        self.removed: dict[Kind, list[int]] = {}
        self.touched: dict[Kind, list[int] | None] = {}
        self.lost: list[Lost] = []

    def wrote(self, kind: Kind, row: Any) -> None:
        self.written.setdefault(kind, {})[int(row.id)] = row

    def gone(self, kind: Kind, row_id: int) -> None:
        self.removed.setdefault(kind, []).append(row_id)

    def touch(self, kind: Kind, ids: Iterable[int] | None) -> None:
        if ids is None or (kind in self.touched and self.touched[kind] is None):
            self.touched[kind] = None  # any row of this kind
            return
        known = self.touched.setdefault(kind, [])
        assert known is not None
        known.extend(int(i) for i in ids)

    def changes(self, origin: Origin, initiator: object | None) -> Changes:
        return Changes(
            {k: tuple(v.values()) for k, v in self.written.items()},
            {k: tuple(v) for k, v in self.removed.items()},
            {
                k: None if v is None else tuple(dict.fromkeys(v))
                for k, v in self.touched.items()
                if v is None or v
            },
            origin,
            initiator,
        )
