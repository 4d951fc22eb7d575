"""The change log: every insert, update and delete of an editable row, field by field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from kalixplan.store.models import ChangeLog, Editable
from kalixplan.store.types import utcnow

_NOT_LOGGED = frozenset({"version", "created_at", "updated_at", "id"})


def as_text(value: Any) -> str | None:
    """How a value is written into the change log."""
    if value is None:
        return None
    if isinstance(value, BaseGeometry):
        return str(shapely.to_wkt(value, rounding_precision=2))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _label(obj: Editable) -> str | None:
    for attr in ("designation", "org_number", "name", "code", "title"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return None


def changes_of(session: Session) -> list[dict[str, Any]]:
    """Change-log rows for what the session is about to flush (call in after_flush)."""
    user = str(session.info.get("user", "unknown"))
    at = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Editable, action: str, field: str | None, old: Any, new: Any) -> None:
        rows.append(
            {
                "at": at,
                "user_name": user,
                "table_name": obj.__tablename__,  # type: ignore[attr-defined]
                "row_id": obj.id,
                "action": action,
                "field": field,
                "old_value": as_text(old),
                "new_value": as_text(new),
            }
        )

    for obj in session.new:
        if isinstance(obj, Editable):
            add(obj, "insert", None, None, _label(obj))
    for obj in session.dirty:
        if not isinstance(obj, Editable) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _NOT_LOGGED:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new and type(old) is type(new):
                continue
            add(obj, "update", attr.key, old, new)
    for obj in session.deleted:
        if isinstance(obj, Editable):
            add(obj, "delete", None, _label(obj), None)
    return rows


def write_change_log(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert change-log rows on the session's connection (same transaction)."""
    batch = list(rows)
    if batch:
        session.connection().execute(insert(ChangeLog), batch)
