"""Importing parcels: validated as whole columns, written with bulk statements.

Parcel files can hold a hundred thousand features, so this path builds no ORM
objects: values are validated per column (each distinct value once), rows go
in with executemany INSERT/UPDATE statements, and the change log gets one
summary line for the import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kalixplan.domain.codes import PARCEL_STATUS_LABELS, ParcelStatus
from kalixplan.domain.errors import KalixPlanError, clause_of
from kalixplan.domain.validation import (
    check_land_use,
    check_parcel_transition,
    normalise_area_key,
    normalise_designation,
    tidy_designations,
)
from kalixplan.geo.area import geodesic_areas_m2
from kalixplan.geo.checks import as_multipolygon
from kalixplan.geo.source import Reason
from kalixplan.services.importing.fields import field_types
from kalixplan.services.importing.report import Issue
from kalixplan.services.importing.values import FieldErrors
from kalixplan.services.parcels import MEASURES, PARCELS
from kalixplan.store.bulk import BulkLoad
from kalixplan.store.gpkg_binary import encode_gpkg
from kalixplan.store.models import DetailedPlan, Parcel
from kalixplan.store.types import utcnow

CHUNK = 20_000

# Status codes and their Swedish/English labels, lower case → code.
_STATUS_WORDS: dict[str, str] = {s.value: s.value for s in ParcelStatus}
for _code, (_sv, _en) in PARCEL_STATUS_LABELS.items():
    _STATUS_WORDS[_sv.lower()] = _code.value
    _STATUS_WORDS[_en.lower()] = _code.value
# Words older registers and spreadsheets use for the same statuses.
_STATUS_WORDS.update(
    {
        "ledig": ParcelStatus.AVAILABLE.value,
        "ledig mark": ParcelStatus.AVAILABLE.value,
        "till salu": ParcelStatus.AVAILABLE.value,
        "optionerad": ParcelStatus.OPTION.value,
        "ej till salu": ParcelStatus.UNAVAILABLE.value,
    }
)


@dataclass
class ParcelGeometry:
    """What the writer needs from the geometries, per source row.

    Attributes:
        areas: geodesic areas in m² (0 where a row has no usable geometry).
        blobs: GeoPackage blobs (multipolygons), None where unusable; None on PostGIS.
        bounds: (n, 4) minx, miny, maxx, maxy; NaN where unusable; None on PostGIS.
    """

    areas: np.ndarray
    blobs: list[bytes | None] | None
    bounds: np.ndarray | None


def parcel_geometry(
    geoms: np.ndarray, srid: int, encode: bool, source_wkb: np.ndarray | None = None
) -> ParcelGeometry:
    """Areas and, with ``encode``, stored blobs of project-CRS (multi)polygons per row.

    ``source_wkb`` gives the WKB of rows whose geometry is still the source's own
    (None elsewhere); they are stored as read instead of being encoded again.
    """
    n = len(geoms)
    usable = shapely.is_geometry(geoms)
    areas = np.zeros(n)
    areas[usable] = geodesic_areas_m2(geoms[usable], srid)
    if not encode:
        return ParcelGeometry(areas, None, None)
    if usable.all():
        encoded, bounds = encode_gpkg(geoms, srid, multi=True, wkb=source_wkb)
        return ParcelGeometry(areas, list(encoded), bounds)
    blobs: list[bytes | None] = [None] * n
    bounds = np.full((n, 4), np.nan)
    rows = np.flatnonzero(usable)
    if len(rows):
        known = None if source_wkb is None else source_wkb[rows]
        encoded, bounds[rows] = encode_gpkg(geoms[rows], srid, multi=True, wkb=known)
        for i, blob in zip(rows.tolist(), encoded, strict=True):
            blobs[i] = blob
    return ParcelGeometry(areas, blobs, bounds)


def reusable_wkb(
    wkb: np.ndarray | None, geoms: np.ndarray, unchanged: np.ndarray
) -> np.ndarray | None:
    """The source WKB of rows that can be stored as read, None in the other rows.

    GDAL writes the WKB of a whole layer in one byte order; it is reused when
    that is little-endian (the GeoPackage blobs' order) and for rows that are
    unchanged and purely 2D (no heights, no measures).
    """
    if wkb is None or not unchanged.any():
        return None
    first = next((w for w in wkb if w is not None), None)
    if first is None or first[0] != 1:
        return None
    keep = unchanged & shapely.is_geometry(geoms)
    keep[keep] = ~shapely.has_z(geoms[keep]) & ~shapely.has_m(geoms[keep])
    out = np.full(len(wkb), None, dtype=object)
    out[keep] = wkb[keep]
    return out


def check_parcel_values(
    session: Session, values: dict[str, list[Any]], errors: FieldErrors, n: int
) -> None:
    """Apply the parcel domain rules to converted columns, in place; errors per feature.

    Designations are normalised, statuses and land-use codes checked (Swedish
    and English labels accepted), the governing plan looked up by designation
    (``plan`` becomes ``plan_id``).
    """
    _check_designations(values, errors)
    _check_column(values, errors, "status", _status)
    _check_column(values, errors, "land_use", check_land_use)
    if "plan" in values:
        plans = dict(session.execute(select(DetailedPlan.designation, DetailedPlan.id)).all())
        plan_ids: list[int | None] = []
        for i, designation in enumerate(values.pop("plan")):
            key = designation.strip().upper() if designation else None
            if key and key not in plans:
                errors.setdefault(i, []).append(
                    (
                        "plan",
                        Reason(
                            f"names plan '{designation}', which does not exist",
                            f"anger detaljplanen '{designation}', som inte finns",
                        ),
                    )
                )
            plan_ids.append(plans.get(key) if key else None)
        values["plan_id"] = plan_ids
    for name in MEASURES:
        column = values.get(name)
        if not column:
            continue
        # The converted numbers are floats, ints or None (None becomes NaN, never < 0).
        for i in np.flatnonzero(np.array(column, dtype=float) < 0).tolist():
            v = column[i]
            errors.setdefault(i, []).append(
                (
                    name,
                    Reason(f"cannot be negative (got {v})", f"får inte vara negativt (var {v})"),
                )
            )
    for i, v in enumerate(values.get("contaminated_mifo", ())):
        if v is not None and v not in (1, 2, 3, 4):
            errors.setdefault(i, []).append(
                ("contaminated_mifo", Reason(f"must be 1-4 (got {v})", f"måste vara 1-4 (var {v})"))
            )
    if "designation" not in values:
        for i in range(n):
            errors.setdefault(i, []).append(("designation", _NO_DESIGNATION))


def _check_designations(values: dict[str, list[Any]], errors: FieldErrors) -> None:
    column = values.get("designation")
    if column is None and "area_name" in values:
        # A "ledig industrimark" layer with names only: the land is kept by its name.
        _key_by_name(values, errors)
        return
    if column is None:
        return
    tidied = tidy_designations(column)
    for i in [i for i, t in enumerate(tidied) if t is None] if None in tidied else ():
        if column[i] is None:
            errors.setdefault(i, []).append(("designation", _NO_DESIGNATION))
            continue
        try:
            normalise_designation(column[i])
        except KalixPlanError as exc:
            errors.setdefault(i, []).append(("designation", _clause(exc)))
    values["designation"] = tidied


def _key_by_name(values: dict[str, list[Any]], errors: FieldErrors) -> None:
    names = values["area_name"]
    keys: list[str | None] = []
    for i, name in enumerate(names):
        try:
            keys.append(normalise_area_key(str(name or "")))
        except KalixPlanError as exc:
            keys.append(None)
            errors.setdefault(i, []).append(("area_name", _clause(exc)))
    values["designation"] = keys
    values["key_kind"] = ["area"] * len(names)


_NO_DESIGNATION = Reason("has no designation", "saknar fastighetsbeteckning")


def _clause(exc: BaseException) -> Reason:
    """A refusal as a clause of the feature's reason, in both languages."""
    return Reason(clause_of(exc, "en"), clause_of(exc, "sv"))


def _status(value: str) -> str:
    code = _STATUS_WORDS.get(value.strip().lower())
    if code is None:
        codes = ", ".join(s.value for s in ParcelStatus)
        raise KalixPlanError(
            f"status '{value}' is not one of " + codes,
            sv=f"statusen '{value}' är inte någon av " + codes,
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
    # Codes repeat: each distinct value is checked once, then looked up per feature.
    checked: dict[str | None, str | None] = {None: None}
    refused: dict[str, KalixPlanError] = {}
    for v in set(column) - {None}:
        try:
            checked[v] = check(v)
        except KalixPlanError as exc:
            refused[v] = exc
            checked[v] = None
    if refused:
        for i, v in enumerate(column):
            if v in refused:
                errors.setdefault(i, []).append((field, _clause(refused[v])))
    values[field] = list(map(checked.__getitem__, column))


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
                errors.setdefault(i, []).append(("status", _clause(exc)))


def write_parcels(
    session: Session,
    values: dict[str, list[Any]],
    geoms: np.ndarray,
    inserts: list[int],
    updates: list[tuple[int, int]],
    srid: int,
    step: Callable[[int], None],
    geometry: ParcelGeometry | None = None,
) -> list[int]:
    """Insert and update parcels with bulk statements.

    Args:
        values: field → values per source row (validated).
        geoms: project-CRS multipolygons per source row.
        inserts: source rows to insert.
        updates: (source row, parcel id) pairs to update.
        srid: the project CRS (for geodesic areas).
        step: called with the number of rows written after every chunk (may raise to cancel).
        geometry: areas and blobs computed ahead (:func:`parcel_geometry`); None
            computes them here.

    Returns:
        the ids of the written parcels.
    """
    fields = list(values)
    conn = session.connection()
    if geometry is None:
        geometry = parcel_geometry(geoms, srid, conn.dialect.name == "sqlite")
    areas = geometry.areas
    now = utcnow()
    ids: list[int] = []
    with BulkLoad(conn, PARCELS, len(inserts)) as load:
        for start in range(0, len(inserts), CHUNK):
            chunk = inserts[start : start + CHUNK]
            pick = _picker(chunk)
            columns: dict[str, list[Any]] = {f: pick(values[f]) for f in fields}
            columns["status"] = [
                s or ParcelStatus.AVAILABLE.value
                for s in columns.get("status", [None] * len(chunk))
            ]
            columns["example_data"] = [
                bool(v) for v in columns.get("example_data", [False] * len(chunk))
            ]
            columns["area_m2"] = areas[chunk].tolist()
            columns["version"] = [1] * len(chunk)
            columns["created_at"] = columns["updated_at"] = [now] * len(chunk)
            encoded = None
            if geometry.blobs is not None and geometry.bounds is not None:
                encoded = (pick(geometry.blobs), geometry.bounds[chunk])
            ids += load.insert(columns, geoms[chunk], encoded)
            step(len(chunk))
    if updates:
        # By id: concurrent imports lock the rows in the same order (no deadlock cycle).
        updates = sorted(updates, key=lambda pair: pair[1])
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
                key = values["designation"][i]
                geom = as_multipolygon(geoms[i], f"Parcel '{key}'", what_sv=f"Fastigheten '{key}'")
                row.update(b_id=parcel_id, b_geom=geom, b_area_m2=float(areas[i]))
                row["b_updated_at"] = now
                batch.append(row)
            conn.execute(stmt, batch)
            step(len(batch))
    return ids + [pid for _, pid in updates]


def _picker(rows: list[int]) -> Callable[[Sequence[Any]], list[Any]]:
    """Take ``rows`` from a column: a slice when they run consecutively (a first import)."""
    if rows and rows[-1] - rows[0] == len(rows) - 1:
        first, last = rows[0], rows[-1] + 1
        return lambda column: list(column[first:last])
    return lambda column: [column[i] for i in rows]


def issues_of(
    errors: FieldErrors, problems: dict[int, list[tuple[str, str]]], keys: list[Any]
) -> dict[int, list[Issue]]:
    """Per source row, its issues: whole-feature problems first, then fields in order.

    A message that is a :class:`Reason` gives the issue its Swedish wording.
    """
    out: dict[int, list[Issue]] = {}
    for i, found in problems.items():
        for category, message in found:
            sv = message.sv if isinstance(message, Reason) else None
            out.setdefault(i, []).append(Issue(i + 1, _key(keys, i), category, message, sv))
    for i, bad in errors.items():
        for field, message in bad:
            verbatim = message.startswith(("has ", "names "))
            text = message if verbatim else f"has a bad {field}: {message}"
            sv = None
            if isinstance(message, Reason):
                sv = message.sv if verbatim else f"har fel i {field}: {message.sv}"
            out.setdefault(i, []).append(Issue(i + 1, _key(keys, i), "value", text, sv))
    return out


def _key(keys: list[Any], i: int) -> str | None:
    return str(keys[i]) if keys and i < len(keys) and keys[i] is not None else None


PARCEL_TYPES = field_types("parcels")
