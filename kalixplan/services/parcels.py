"""Parcels of industrial land: create, read, update, delete, search, bulk insert."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Select, Table, func, or_, select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.domain.errors import DuplicateKey, NotFound, ValidationError
from kalixplan.domain.rows import ParcelRow, field_names, row_from, rows_of
from kalixplan.domain.validation import (
    check_land_use,
    check_non_negative,
    check_parcel_transition,
    normalise_area_key,
    normalise_designation,
    parse_code,
)
from kalixplan.geo.area import geodesic_area_m2, geodesic_areas_m2
from kalixplan.geo.checks import as_multipolygon, as_multipolygons
from kalixplan.services.distances import parcels_changed
from kalixplan.services.editing import check_required, delete_row, load, update_row
from kalixplan.store.audit import write_change_log
from kalixplan.store.bulk import bulk_insert
from kalixplan.store.models import DetailedPlan, Parcel
from kalixplan.store.spatial import BBox, bbox_filter
from kalixplan.store.types import decode_stored, project_srid, stored_geometry, utcnow

PARCELS: Table = Parcel.__table__  # type: ignore[assignment]

# Fields that measure something and so cannot be negative.
MEASURES = (
    "price_sek_m2",
    "power_mw",
    "dist_substation_m",
    "water_capacity_m3_day",
    "dist_rail_m",
    "dist_port_m",
    "dist_road_m",
    "dist_airport_km",
    "max_height_m",
)


def _srid(session: Session) -> int:
    return project_srid(session.get_bind().dialect)


def parse_status(value: Any) -> ParcelStatus:
    """A ``ParcelStatus`` from its value, or a ``ValidationError`` listing the valid ones."""
    return ParcelStatus(parse_code(ParcelStatus, "status", value))


def _prepare(session: Session, current: Parcel | None, values: dict[str, Any]) -> dict[str, Any]:
    if "area_m2" in values:
        raise ValidationError(
            "area_m2",
            "Area is computed from the boundary and cannot be typed in.",
            sv="Arealen räknas fram ur gränsen och kan inte skrivas in.",
        )
    if "plan" in values:
        designation = values.pop("plan")
        values["plan_id"] = _plan_id(session, designation) if designation else None
    if "key_kind" in values and values["key_kind"] not in ("property", "area"):
        raise ValidationError(
            "key_kind",
            "A parcel is kept by its property designation ('property') or by the area's "
            f"name ('area'), not '{values['key_kind']}'.",
            sv="En fastighet hålls under sin fastighetsbeteckning ('property') eller under "
            f"områdets namn ('area'), inte '{values['key_kind']}'.",
        )
    key_kind = values.get("key_kind") or (current.key_kind if current else "property")
    if "key_kind" in values and "designation" not in values and current is not None:
        values["designation"] = current.designation  # judged again under the new kind
    if "designation" in values:
        text = str(values["designation"] or "")
        values["designation"] = (
            normalise_area_key(text) if key_kind == "area" else normalise_designation(text)
        )
        clash = session.scalar(select(Parcel.id).where(Parcel.designation == values["designation"]))
        if clash is not None and (current is None or clash != current.id):
            raise DuplicateKey(
                f"A parcel with designation '{values['designation']}' exists already.",
                sv=f"Det finns redan en fastighet med beteckningen '{values['designation']}'.",
            )
    if "status" in values:
        new = parse_status(values["status"])
        if current is not None:
            check_parcel_transition(parse_status(current.status), new)
        values["status"] = new.value
    if values.get("land_use"):
        values["land_use"] = check_land_use(str(values["land_use"]))
    for name in MEASURES:
        check_non_negative(name, values.get(name))
    mifo = values.get("contaminated_mifo")
    if mifo is not None and mifo not in (1, 2, 3, 4):
        raise ValidationError(
            "contaminated_mifo",
            f"MIFO risk class must be 1-4 (got {mifo}).",
            sv=f"Riskklassen enligt MIFO måste vara 1–4 (angivet: {mifo}).",
        )
    if "geom" in values:
        label = values.get("designation") or (current.designation if current else "the parcel")
        geom = as_multipolygon(
            values["geom"], f"Parcel '{label}'", what_sv=f"Fastigheten '{label}'"
        )
        values["geom"] = geom
        values["area_m2"] = geodesic_area_m2(geom, _srid(session))
    return values


def _plan_id(session: Session, designation: str) -> int:
    plan_id = session.scalar(select(DetailedPlan.id).where(DetailedPlan.designation == designation))
    if plan_id is None:
        raise ValidationError(
            "plan",
            f"No plan with designation '{designation}' exists.",
            sv=f"Det finns ingen plan med beteckningen '{designation}'.",
        )
    return plan_id


def create_parcel(session: Session, fields: Mapping[str, Any]) -> ParcelRow:
    """Create a parcel after validating every field; ``area_m2`` is computed.

    Raises:
        ValidationError, InvalidGeometry, DuplicateKey.
    """
    values = dict(fields)
    values.setdefault("status", ParcelStatus.AVAILABLE.value)
    check_required(values, ("designation",))
    values = _prepare(session, None, values)
    if "geom" not in values:
        values["area_m2"] = 0.0
    obj = Parcel(**values)
    session.add(obj)
    session.flush()
    if obj.geom is not None:
        parcels_changed(session, [obj.id])
    return get_parcel(session, obj.id)


def update_parcel(
    session: Session, parcel_id: int, version: int, changes: Mapping[str, Any]
) -> ParcelRow:
    """Change fields of a parcel read at ``version``.

    Raises:
        StaleEdit: someone saved the parcel after it was read; nothing is written.
    """
    update_row(session, Parcel, parcel_id, version, changes, _prepare)
    if "geom" in changes:
        parcels_changed(session, [parcel_id])
    return get_parcel(session, parcel_id)


def delete_parcel(session: Session, parcel_id: int, version: int) -> None:
    """Delete a parcel read at ``version``."""
    delete_row(session, Parcel, parcel_id, version)


def _select() -> Select[Any]:
    parcels = Parcel.__table__
    return select(parcels, DetailedPlan.designation.label("plan")).outerjoin(
        DetailedPlan.__table__, DetailedPlan.id == parcels.c.plan_id
    )


def get_parcel(session: Session, parcel_id: int) -> ParcelRow:
    """One parcel as a plain row."""
    row = session.execute(_select().where(Parcel.id == parcel_id)).mappings().first()
    if row is None:
        load(session, Parcel, parcel_id)  # raises NotFound with the usual message
        raise NotFound(
            f"Parcel {parcel_id} does not exist.", sv=f"Fastigheten {parcel_id} finns inte."
        )
    return row_from(dict(row), ParcelRow)


def find_parcel(session: Session, designation: str) -> ParcelRow:
    """The parcel with a property designation."""
    parcel_id = session.scalar(
        select(Parcel.id).where(Parcel.designation == " ".join(designation.split()))
    )
    if parcel_id is None:
        raise NotFound(
            f"No parcel has the designation '{designation}'.",
            sv=f"Ingen fastighet har beteckningen '{designation}'.",
        )
    return get_parcel(session, parcel_id)


@dataclass(frozen=True)
class ParcelFilter:
    """What a land search asks for; ``None`` means 'any'.

    Distances and power compare against known values only: a parcel whose
    value is unknown does not meet a limit on it.
    """

    statuses: frozenset[str] | None = None
    land_uses: frozenset[str] | None = None
    min_area_m2: float | None = None
    max_area_m2: float | None = None
    max_price_sek_m2: float | None = None
    min_power_mw: float | None = None
    max_dist_rail_m: float | None = None
    max_dist_port_m: float | None = None
    bbox: BBox | None = None
    text: str | None = None
    plan_id: int | None = None
    ids: frozenset[int] | None = None


def _where(query: Any, flt: ParcelFilter, session: Session) -> Any:
    p = Parcel.__table__.c
    if flt.statuses is not None:
        query = query.where(p.status.in_(sorted(flt.statuses)))
    if flt.land_uses is not None:
        query = query.where(p.land_use.in_(sorted(flt.land_uses)))
    if flt.min_area_m2 is not None:
        query = query.where(p.area_m2 >= flt.min_area_m2)
    if flt.max_area_m2 is not None:
        query = query.where(p.area_m2 <= flt.max_area_m2)
    if flt.max_price_sek_m2 is not None:
        query = query.where(p.price_sek_m2 <= flt.max_price_sek_m2)
    if flt.min_power_mw is not None:
        query = query.where(p.power_mw >= flt.min_power_mw)
    if flt.max_dist_rail_m is not None:
        query = query.where(p.dist_rail_m <= flt.max_dist_rail_m)
    if flt.max_dist_port_m is not None:
        query = query.where(p.dist_port_m <= flt.max_dist_port_m)
    if flt.plan_id is not None:
        query = query.where(p.plan_id == flt.plan_id)
    if flt.ids is not None:
        query = query.where(p.id.in_(sorted(flt.ids)))
    if flt.text:
        pattern = f"%{flt.text.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(p.designation).like(pattern),
                func.lower(p.area_name).like(pattern),
                func.lower(p.owner).like(pattern),
            )
        )
    if flt.bbox is not None:
        query = query.where(bbox_filter(Parcel.__table__, flt.bbox, session.get_bind().dialect))
    return query


def search_parcels(session: Session, flt: ParcelFilter | None = None) -> list[ParcelRow]:
    """Parcels meeting a filter, ordered by designation.

    A county's register holds 10⁵ parcels and more: the rows are read as tuples in the
    row's field order, their geometries as stored and decoded in one vectorised call,
    and made into rows many at once (``rows_of``). Mappings, a decoding per row and a
    frozen dataclass's own constructor took 4 s for 10⁵ parcels.
    """
    dialect = session.get_bind().dialect
    p = Parcel.__table__.c
    names = field_names(ParcelRow)
    columns = [
        DetailedPlan.designation.label("plan")
        if name == "plan"
        else stored_geometry(p.geom, dialect).label("geom")
        if name == "geom"
        else p[name]
        for name in names
    ]
    joined = Parcel.__table__.outerjoin(DetailedPlan.__table__, DetailedPlan.id == p.plan_id)
    query = _where(select(*columns).select_from(joined), flt or ParcelFilter(), session)
    # Core, not the ORM: no entity loading layer between the driver and the tuples.
    values = [list(r) for r in session.connection().execute(query.order_by(p.designation))]
    at = names.index("geom")
    for v, g in zip(values, decode_stored([v[at] for v in values], dialect), strict=True):
        v[at] = g
    return rows_of(ParcelRow, values)


def count_parcels(session: Session, flt: ParcelFilter | None = None) -> tuple[int, float]:
    """How many parcels meet a filter, and their total area in m²."""
    query = _where(
        select(func.count(Parcel.id), func.coalesce(func.sum(Parcel.area_m2), 0.0)),
        flt or ParcelFilter(),
        session,
    )
    count, total = session.execute(query).one()
    return int(count), float(total)


def parcels_governed_by(session: Session, plan_id: int) -> list[ParcelRow]:
    """Parcels whose governing plan is ``plan_id``."""
    return search_parcels(session, ParcelFilter(plan_id=plan_id))


def bulk_insert_parcels(session: Session, records: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert many parcels at once (imports, benchmarks, the demo).

    Geometries must be polygons or multipolygons in the project CRS; they are
    checked vectorised and an invalid one is refused naming the parcel. Areas
    are computed here. One summary line goes to the change log.

    Returns:
        the ids of the new rows, in order.
    """
    if not records:
        return []
    labels = [f"Parcel '{r.get('designation')}'" for r in records]
    geoms = as_multipolygons(np.array([r.get("geom") for r in records], dtype=object), labels)
    areas = geodesic_areas_m2(geoms, _srid(session))
    now = utcnow()
    keys = sorted({k for r in records for k in r} - {"geom", "id", "area_m2"})
    unknown = [k for k in keys if k not in PARCELS.c]
    if unknown:
        raise ValidationError(
            unknown[0],
            f"'{unknown[0]}' is not a parcel field.",
            sv=f"'{unknown[0]}' är inget fält för fastigheter.",
        )
    rows: list[dict[str, Any]] = []
    for record, area in zip(records, areas, strict=True):
        row = {k: record.get(k) for k in keys}
        row.update(area_m2=float(area), version=1, created_at=now, updated_at=now)
        row["status"] = row.get("status") or ParcelStatus.AVAILABLE.value
        row["example_data"] = bool(row.get("example_data") or False)
        rows.append(row)
    ids = bulk_insert(session.connection(), PARCELS, rows, geoms)
    write_change_log(
        session,
        [
            {
                "at": now,
                "user_name": str(session.info.get("user", "unknown")),
                "table_name": "parcels",
                "row_id": None,
                "action": "bulk_insert",
                "field": None,
                "old_value": None,
                "new_value": f"{len(rows)} rows",
            }
        ],
    )
    return ids


def iter_designations(session: Session) -> Iterable[str]:
    """Every parcel designation (for duplicate checks in imports)."""
    return session.scalars(select(Parcel.designation))
