"""A plan's egenskapsbestämmelser and administrativa bestämmelser (domain/provisions.py):
add, change, list and remove them, and find those that regulate a point."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import DuplicateKey, InvalidGeometry
from kalixplan.domain.provisions import check_provision
from kalixplan.domain.rows import ProvisionRow, row_from
from kalixplan.services.editing import check_required, delete_row, load, update_row
from kalixplan.store.models import DetailedPlan, Provision
from kalixplan.store.spatial import bbox_filter

# A line or point provision (utfartsförbud along a boundary, a symbol) regulates the
# ground beside it: "what applies here" lists those within this distance of the point.
NEAR_M = 5.0
_SINGLE_TYPES = ("Point", "LineString", "Polygon")


def check_provision_geometry(
    geom: BaseGeometry | None, what: str, what_sv: str | None = None
) -> BaseGeometry:
    """A provision's own geometry: a valid, non-empty polygon, line or point (NS
    Detaljplan 4.1 bestammelsegeometri is a list of single geometries of those types;
    a multi-geometry here is that list).

    Args:
        what: names the provision in the English error ("Provision h1").
        what_sv: the same in Swedish ("Bestämmelsen h1"); ``what`` where not given.
    """
    sv_what = what_sv or what
    if geom is None or geom.is_empty:
        raise InvalidGeometry(
            f"{what} has no geometry; draw or import where it applies.",
            sv=f"{sv_what} har ingen geometri; rita eller importera var den gäller.",
        )
    parts = list(getattr(geom, "geoms", [geom]))
    kinds = {p.geom_type for p in parts}
    if not kinds <= set(_SINGLE_TYPES) or len(kinds) != 1:
        raise InvalidGeometry(
            f"{what} has a {geom.geom_type}; a provision is a polygon, a line or a point "
            "(or several of one kind).",
            sv=f"{sv_what} har en {geom.geom_type}; en bestämmelse är en polygon, en linje "
            "eller en punkt (eller flera av samma slag).",
        )
    if not geom.is_valid:
        raise InvalidGeometry(
            f"{what} has an invalid geometry ({explain_validity(geom)}); correct the source.",
            sv=f"{sv_what} har en ogiltig geometri ({explain_validity(geom)}); rätta källan.",
        )
    return geom


def _prepare(session: Session, current: Provision | None, values: dict[str, Any]) -> dict[str, Any]:
    values = check_provision(values)
    if "geom" in values and values["geom"] is not None:
        code = values.get("code") or (current.code if current else None)
        what = f"Provision {code}" if code else "A provision"
        what_sv = f"Bestämmelsen {code}" if code else "En bestämmelse"
        values["geom"] = check_provision_geometry(values["geom"], what, what_sv)
    if values.get("uuid"):
        taken = session.scalar(
            select(Provision.id).where(
                Provision.uuid == values["uuid"],
                Provision.id != (current.id if current else -1),
            )
        )
        if taken is not None:
            raise DuplicateKey(
                f"A provision with the identity {values['uuid']} exists already in this project.",
                sv=f"Det finns redan en bestämmelse med identiteten {values['uuid']} i det här "
                "projektet.",
            )
    return values


def add_provision(session: Session, plan_id: int, fields: Mapping[str, Any]) -> ProvisionRow:
    """Add an egenskapsbestämmelse or administrativ bestämmelse to a plan.

    Raises:
        ValidationError: a field breaks its rule (kind, sign, wording, value and unit).
        InvalidGeometry: the geometry is missing, invalid or of a mixed kind.
        NotFound: no such plan.
    """
    load(session, DetailedPlan, plan_id)
    values = dict(fields)
    check_required(values, ("kind", "wording"))
    values = _prepare(session, None, values)
    if values.get("uuid") is None:
        values.pop("uuid", None)  # the model gives a new identity
    obj = Provision(plan_id=plan_id, **values)
    session.add(obj)
    session.flush()
    return row_from(obj, ProvisionRow)


def update_provision(
    session: Session, provision_id: int, version: int, changes: Mapping[str, Any]
) -> ProvisionRow:
    """Change a provision read at ``version`` (a stale version raises ``StaleEdit``)."""
    obj = update_row(session, Provision, provision_id, version, changes, _prepare)
    return row_from(obj, ProvisionRow)


def delete_provision(session: Session, provision_id: int, version: int) -> None:
    """Remove a provision read at ``version``."""
    delete_row(session, Provision, provision_id, version)


def list_provisions(session: Session, plan_id: int | None = None) -> list[ProvisionRow]:
    """Provisions of one plan, or of all, in the order of the plan map's signs."""
    query = select(Provision).order_by(
        Provision.plan_id, Provision.kind.desc(), Provision.code.nulls_last(), Provision.id
    )
    if plan_id is not None:
        query = query.where(Provision.plan_id == plan_id)
    return [row_from(p, ProvisionRow) for p in session.scalars(query)]


def provisions_at(
    session: Session, x: float, y: float, plan_ids: Iterable[int], near_m: float = NEAR_M
) -> list[ProvisionRow]:
    """The provisions of ``plan_ids`` that regulate the point (project CRS): polygons that
    cover it, lines and points within ``near_m``; in the order of ``plan_ids``."""
    order = {pid: n for n, pid in enumerate(plan_ids)}
    if not order:
        return []
    point = Point(x, y)
    box = (x - near_m, y - near_m, x + near_m, y + near_m)
    found = session.scalars(
        select(Provision).where(
            Provision.plan_id.in_(list(order)),
            bbox_filter(Provision.__table__, box, session.get_bind().dialect),
        )
    ).all()
    here = [
        p
        for p in found
        if p.geom is not None
        and (
            p.geom.covers(point)
            if p.geom.geom_type.endswith("Polygon")
            else p.geom.distance(point) <= near_m
        )
    ]
    here.sort(key=lambda p: (order[p.plan_id], p.kind != "property", p.code is None, p.code, p.id))
    return [row_from(p, ProvisionRow) for p in here]


def provisions_on(
    session: Session, plan_id: int, area: BaseGeometry | None, touch_m: float = 1.0
) -> list[ProvisionRow]:
    """The provisions of a plan that regulate some of ``area`` (a parcel): polygons that
    share more than a square metre with it, lines and points on it or within ``touch_m``
    of its edge (an utfartsförbud along the boundary)."""
    if area is None or area.is_empty:
        return []
    out = []
    for row in list_provisions(session, plan_id):
        if row.geom is None:
            continue
        if row.geom.geom_type.endswith("Polygon"):
            if row.geom.intersection(area).area > 1.0:
                out.append(row)
        elif row.geom.distance(area) <= touch_m:
            out.append(row)
    return out
