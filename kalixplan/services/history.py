"""A row's versions, read from the change log: who changed what, when, from which value
to which (NS Detaljplan 4.1 objektversion with its versionGiltigFran and
versionGiltigTill: a plan's history, not only its edit lock).

Each save is one version: the log rows one flush (or one statement of another program,
through the file's triggers) wrote share their moment, user and action. The newest
version is the row's own ``version``; earlier ones count back from it (a plan taken in
from a delivery starts at the delivery's objektversion). Rejected values the log keeps as
``conflict`` are not versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.store.models import ChangeLog


@dataclass(frozen=True)
class VersionEntry:
    """One version of a row: valid from one save to the next."""

    version: int
    valid_from: datetime
    valid_to: datetime | None  # None: the version in force now
    user: str
    action: str  # insert, update or delete
    changes: tuple[tuple[str, str | None, str | None], ...]  # (field, old, new)


def row_history(
    session: Session, table: str, row_id: int, current_version: int
) -> list[VersionEntry]:
    """The versions of one row, newest first."""
    rows = session.execute(
        select(
            ChangeLog.id,
            ChangeLog.at,
            ChangeLog.user_name,
            ChangeLog.action,
            ChangeLog.field,
            ChangeLog.old_value,
            ChangeLog.new_value,
        )
        .where(
            ChangeLog.table_name == table,
            ChangeLog.row_id == row_id,
            ChangeLog.action.in_(("insert", "update", "delete")),
        )
        .order_by(ChangeLog.id)
    ).all()
    groups = [
        list(items) for _key, items in groupby(rows, key=lambda r: (r.at, r.user_name, r.action))
    ]
    out: list[VersionEntry] = []
    for n, items in enumerate(groups):
        first = items[0]
        valid_to = groups[n + 1][0].at if n + 1 < len(groups) else None
        changes = tuple(
            (str(r.field), r.old_value, r.new_value) for r in items if r.field is not None
        )
        out.append(
            VersionEntry(
                current_version - (len(groups) - 1 - n),
                first.at,
                valid_to,
                first.user_name,
                first.action,
                changes,
            )
        )
    return list(reversed(out))
