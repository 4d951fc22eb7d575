"""The one way rows are updated and deleted: version check, then change, then flush.

A stale edit (the row's version moved on since the caller read it) raises
``StaleEdit`` with both versions of the changed fields and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kalixplan.domain.errors import DatabaseError, NotFound, StaleEdit, ValidationError
from kalixplan.store.models import Editable

E = TypeVar("E", bound=Editable)

Prepare = Callable[[Session, Any, dict[str, Any]], dict[str, Any]]


def load(session: Session, model: type[E], row_id: int) -> E:
    """The ORM object with ``row_id``, or ``NotFound``."""
    obj = session.get(model, row_id)
    if obj is None:
        table = model.__tablename__  # type: ignore[attr-defined]
        raise NotFound(
            f"{table} row {row_id} does not exist any more; "
            "someone may have deleted it: reload the list.",
            sv=f"Raden {row_id} i tabellen {table} finns inte längre; någon kan ha tagit bort "
            "den: läs in listan igen.",
        )
    return obj


def update_row(
    session: Session,
    model: type[E],
    row_id: int,
    version: int,
    changes: Mapping[str, Any],
    prepare: Prepare,
) -> E:
    """Apply validated ``changes`` to a row the caller read at ``version``.

    Args:
        prepare: validates the changes against the current object and returns
            the values to set (it may add derived fields).

    Raises:
        StaleEdit: the row is no longer at ``version``; nothing is written.
        ValidationError: a change breaks a rule.
    """
    obj = load(session, model, row_id)
    unknown = [k for k in changes if not hasattr(model, k)]
    if unknown:
        table = model.__tablename__  # type: ignore[attr-defined]
        raise ValidationError(
            unknown[0],
            f"'{unknown[0]}' is not a field of {table}.",
            sv=f"'{unknown[0]}' är inget fält i {table}.",
        )
    if obj.version != version:
        raise _stale(model, row_id, changes, obj)
    values = prepare(session, obj, dict(changes))
    for key, value in values.items():
        setattr(obj, key, value)
    try:
        session.flush()
    except (StaleDataError, OperationalError) as exc:
        if isinstance(exc, OperationalError) and not _lost_snapshot(exc):
            raise
        # Another writer committed between our read and our UPDATE: PostgreSQL
        # finds no row at our version; SQLite refuses to write on an old snapshot.
        session.rollback()
        fresh = load(session, model, row_id)
        if fresh.version == version:
            # Another writer committed elsewhere in the file; this row did not move.
            # Not a conflict: the save can simply be made again.
            raise DatabaseError(
                "The project file was being saved by another user; nothing was saved: "
                "try again in a moment.",
                sv="Projektfilen höll på att sparas av en annan användare; ingenting sparades: "
                "försök igen om en stund.",
            ) from None
        raise _stale(model, row_id, changes, fresh) from None
    return obj


_SQLITE_BUSY_SNAPSHOT = 517


def _lost_snapshot(exc: OperationalError) -> bool:
    return getattr(exc.orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT


def delete_row(session: Session, model: type[E], row_id: int, version: int) -> None:
    """Delete a row the caller read at ``version``; stale deletes are refused."""
    obj = load(session, model, row_id)
    if obj.version != version:
        raise _stale(model, row_id, {"deleted": True}, obj)
    session.delete(obj)
    session.flush()


def _stale(model: type[E], row_id: int, changes: Mapping[str, Any], current: E) -> StaleEdit:
    theirs = {k: getattr(current, k, None) for k in changes}
    theirs["version"] = current.version
    return StaleEdit(model.__tablename__, row_id, changes, theirs)  # type: ignore[attr-defined]


def check_required(values: Mapping[str, Any], names: tuple[str, ...]) -> None:
    """Every name in ``names`` must have a non-empty value."""
    for name in names:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValidationError(
                name,
                f"{name.replace('_', ' ').capitalize()} is required.",
                sv=f"Fältet {name} måste fyllas i.",
            )
