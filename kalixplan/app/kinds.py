"""Which service functions create, read, update, delete and restore each kind of row."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kalixplan.app.changes import Kind
from kalixplan.services import parcels, plans, restoring
from kalixplan.services.restoring import Removed, Restored


@dataclass(frozen=True)
class RowOps:
    """The service functions of one kind of row."""

    get: Callable[[Session, int], Any]
    create: Callable[[Session, Mapping[str, Any]], Any]
    update: Callable[[Session, int, int, Mapping[str, Any]], Any]
    # deletes and returns what went along; creates again with what went along
    delete: Callable[[Session, int, int], Removed]
    recreate: Callable[[Session, Mapping[str, Any], Removed | None], Restored]
    # fields that are computed or identify the stored row; never written back
    computed: frozenset[str]


OPS: Mapping[Kind, RowOps] = {
    Kind.PARCELS: RowOps(
        parcels.get_parcel,
        parcels.create_parcel,
        parcels.update_parcel,
        restoring.delete_parcel_saving,
        restoring.recreate_parcel,
        frozenset({"id", "version", "area_m2", "plan_id", "updated_at", "facts_stale"}),
    ),
    Kind.PLANS: RowOps(
        plans.get_plan,
        plans.create_plan,
        plans.update_plan,
        restoring.delete_plan_saving,
        restoring.recreate_plan,
        frozenset({"id", "version", "implementation_ends", "updated_at"}),
    ),
}


def ops(kind: Kind) -> RowOps:
    """The service functions of ``kind`` (only parcels and plans are edited row by row here)."""
    try:
        return OPS[kind]
    except KeyError:
        raise ValueError(f"{kind.value} rows are not edited through the workspace") from None


def fields_of(kind: Kind, row: Any) -> dict[str, Any]:
    """Every stored field of ``row`` needed to create it again (after a delete)."""
    skip = ops(kind).computed
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row) if f.name not in skip}
    # Unset fields are left to the service's defaults (a parcel without a boundary has none).
    return {k: v for k, v in values.items() if v is not None}
