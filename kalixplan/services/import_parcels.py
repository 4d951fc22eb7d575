"""Importing parcels: validated as whole columns, written with bulk statements.

Parcel files can hold a hundred thousand features, so this path builds no ORM
objects: values are validated per column (each distinct value once), rows go
in with executemany INSERT/UPDATE statements, and the change log gets one
summary line for the import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kalixplan.domain.codes import PARCEL_STATUS_LABELS, ParcelStatus
from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.validation import (
    check_land_use,
    check_parcel_transition,
    normalise_designation,
)
from kalixplan.geo.area import geodesic_areas_m2
from kalixplan.services.import_fields import field_types
from kalixplan.services.import_report import Issue
from kalixplan.services.import_values import FieldErrors
from kalixplan.services.parcels import MEASURES, PARCELS
from kalixplan.store.bulk import bulk_insert
from kalixplan.store.models import DetailedPlan, Parcel
from kalixplan.store.types import utcnow

CHUNK = 20_000

# Status codes and their Swedish/English labels, lower case → code.
_STATUS_WORDS: dict[str, str] = {s.value: s.value for s in ParcelStatus}
for _code, (_sv, _en) in PARCEL_STATUS_LABELS.items():
    _STATUS_WORDS[_sv.lower()] = _code.value
    _STATUS_WORDS[_en.lower()] = _code.value


def check_parcel_values(
    session: Session, values: dict[str, list[Any]], errors: FieldErrors, n: int
) -> None:
    """Apply the parcel domain rules to converted columns, in place; errors per feature.

    Designations are normalised, statuses and land-use codes checked (Swedish
    and English labels accepted), the governing plan looked up by designation
    (``plan`` becomes ``plan_id``).
    """
    _check_column(values, errors, "designation", _designation)
    _check_column(values, errors, "status", _status)
    _check_column(values, errors, "land_use", check_land_use)
    if "plan" in values:
        plans = dict(session.execute(select(DetailedPlan.designation, DetailedPlan.id)).all())
        plan_ids: list[int | None] = []
        for i, designation in enumerate(values.pop("plan")):
            key = designation.strip().upper() if designation else None
            if key and key not in plans:
                errors.setdefault(i, []).append(
                    ("plan", f"names plan '{designation}', which does not exist")
                )
            plan_ids.append(plans.get(key) if key else None)
        values["plan_id"] = plan_ids
    for name in MEASURES:
        for i, v in enumerate(values.get(name, ())):
            if v is not None and v < 0:
                errors.setdefault(i, []).append((name, f"cannot be negative (got {v})"))
    for i, v in enumerate(values.get("contaminated_mifo", ())):
        if v is not None and v not in (1, 2, 3, 4):
            errors.setdefault(i, []).append(("contaminated_mifo", f"must be 1-4 (got {v})"))
    if "designation" not in values:
        for i in range(n):
            errors.setdefault(i, []).append(("designation", "has no designation"))


def _designation(value: str) -> str:
    return normalise_designation(value)


def _status(value: str) -> str:
    code = _STATUS_WORDS.get(value.strip().lower())
    if code is None:
        raise KalixPlanError(
            f"status '{value}' is not one of " + ", ".join(s.value for s in ParcelStatus)
        )
    return code


def _check_column(
    values: dict[str, list[Any]],
    errors: FieldErrors,
    field: str,
    check: Callable[[str], str],
) -> None:
    column = values.get(field)
    if column is None:
        return
    cache: dict[str, str | KalixPlanError] = {}
    for i, v in enumerate(column):
        if v is None:
            if field == "designation":
                errors.setdefault(i, []).append((field, "has no designation"))
            continue
        if v not in cache:
            try:
                cache[v] = check(v)
            except KalixPlanError as exc:
                cache[v] = exc
        result = cache[v]
        if isinstance(result, KalixPlanError):
            errors.setdefault(i, []).append((field, str(result).rstrip(".")))
            column[i] = None
        else:
            column[i] = result


def existing_parcels(session: Session) -> dict[str, tuple[int, int, str]]:
    """Designation → (id, version, status) of every stored parcel."""
    rows = session.execute(select(Parcel.designation, Parcel.id, Parcel.version, Parcel.status))
    return {d: (i, v, s) for d, i, v, s in rows}


def transition_issues(
    values: dict[str, list[Any]],
    existing: dict[str, tuple[int, int, str]],
    rows: list[int],
    errors: FieldErrors,
) -> None:
    """Status changes that updating existing parcels would make and the domain forbids."""
    if "status" not in values or "designation" not in values:
        return
    for i in rows:
        key, new = values["designation"][i], values["status"][i]
        if key in existing and new is not None:
            try:
                check_parcel_transition(ParcelStatus(existing[key][2]), ParcelStatus(new))
            except KalixPlanError as exc:
                errors.setdefault(i, []).append(("status", str(exc).rstrip(".")))


def write_parcels(
    session: Session,
    values: dict[str, list[Any]],
    geoms: np.ndarray,
    inserts: list[int],
    updates: list[tuple[int, int]],
    srid: int,
    step: Callable[[int], None],
) -> list[int]:
    """Insert and update parcels with bulk statements.

    Args:
        values: field → values per source row (validated).
        geoms: project-CRS multipolygons per source row.
        inserts: source rows to insert.
        updates: (source row, parcel id) pairs to update.
        srid: the project CRS (for geodesic areas).
        step: called with the number of rows written after every chunk (may raise to cancel).

    Returns:
        the ids of the written parcels.
    """
    fields = list(values)
    areas = geodesic_areas_m2(geoms, srid)
    now = utcnow()
    conn = session.connection()
    ids: list[int] = []
    for start in range(0, len(inserts), CHUNK):
        chunk = inserts[start : start + CHUNK]
        batch = []
        for i in chunk:
            row = {f: values[f][i] for f in fields}
            row.update(area_m2=float(areas[i]), version=1, created_at=now, updated_at=now)
            if row.get("status") is None:
                row["status"] = ParcelStatus.AVAILABLE.value
            row["example_data"] = bool(row.get("example_data") or False)
            batch.append(row)
        ids += bulk_insert(conn, PARCELS, batch, geoms[chunk])
        step(len(batch))
    if updates:
        changed = [f for f in fields if f != "designation"]
        stmt = (
            update(PARCELS)
            .where(PARCELS.c.id == bindparam("b_id"))
            .values(
                {
                    **{f: bindparam(f"b_{f}") for f in [*changed, "geom", "area_m2", "updated_at"]},
                    "version": PARCELS.c.version + 1,
                }
            )
        )
        for start in range(0, len(updates), CHUNK):
            batch = []
            for i, parcel_id in updates[start : start + CHUNK]:
                row = {f"b_{f}": values[f][i] for f in changed}
                if row.get("b_status", "") is None:
                    row["b_status"] = ParcelStatus.AVAILABLE.value
                if row.get("b_example_data", "") is None:
                    row["b_example_data"] = False
                row.update(b_id=parcel_id, b_geom=geoms[i], b_area_m2=float(areas[i]))
                row["b_updated_at"] = now
                batch.append(row)
            conn.execute(stmt, batch)
            step(len(batch))
    keys = {values["designation"][i] for i in inserts}
    ids = [pid for _, pid in updates]
    if keys:
        ids += [
            pid for d, pid in session.execute(select(Parcel.designation, Parcel.id)) if d in keys
        ]
    return ids


def issues_of(
    errors: FieldErrors, problems: dict[int, list[tuple[str, str]]], keys: list[Any]
) -> dict[int, list[Issue]]:
    """Per source row, its issues: whole-feature problems first, then fields in order."""
    out: dict[int, list[Issue]] = {}
    for i, found in problems.items():
        for category, message in found:
            out.setdefault(i, []).append(Issue(i + 1, _key(keys, i), category, message))
    for i, bad in errors.items():
        for field, message in bad:
            verbatim = message.startswith(("has ", "names "))
            text = message if verbatim else f"has a bad {field}: {message}"
            out.setdefault(i, []).append(Issue(i + 1, _key(keys, i), "value", text))
    return out


def _key(keys: list[Any], i: int) -> str | None:
    return str(keys[i]) if keys and i < len(keys) and keys[i] is not None else None


PARCEL_TYPES = field_types("parcels")
