"""Detailed plans and their land-use areas; "what applies here"; ending implementation periods."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import PlanProcedure, PlanStatus, PlanType
from kalixplan.domain.errors import DuplicateKey, NotFound, ValidationError
from kalixplan.domain.rows import LandUseRow, PlanRow, row_from
from kalixplan.domain.validation import (
    PLAN_DATE_ORDER,
    add_years,
    check_implementation_start,
    check_implementation_years,
    check_in_force,
    check_land_use,
    check_non_negative,
    check_plan_dates,
    check_plan_designation,
    check_plan_transition,
    municipality_code_of,
    parse_code,
)
from kalixplan.geo.checks import as_multipolygon
from kalixplan.services.editing import check_required, delete_row, load, update_row
from kalixplan.store.models import DetailedPlan, LandUseArea, ProjectSetting
from kalixplan.store.spatial import bbox_filter


def _prepare(
    session: Session, current: DetailedPlan | None, values: dict[str, Any]
) -> dict[str, Any]:
    if "implementation_ends" in values:
        raise ValidationError(
            "implementation_ends",
            "The end of the implementation period is computed from its start and length.",
        )
    if "designation" in values:
        pattern = _setting(session, PLAN_DESIGNATION_SETTING)
        values["designation"] = check_plan_designation(str(values["designation"] or ""), pattern)
        clash = session.scalar(
            select(DetailedPlan.id).where(DetailedPlan.designation == values["designation"])
        )
        if clash is not None and (current is None or clash != current.id):
            raise DuplicateKey(f"A plan with designation '{values['designation']}' exists already.")
    if "procedure" in values:
        values["procedure"] = parse_code(PlanProcedure, "procedure", values["procedure"])
    procedure = values.get("procedure", getattr(current, "procedure", None))
    moved = False
    if "status" in values:
        values["status"] = parse_code(PlanStatus, "status", values["status"])
        if current is not None:
            check_plan_transition(
                PlanStatus(current.status), PlanStatus(values["status"]), procedure
            )
            moved = values["status"] != current.status
    if "plan_type" in values:
        values["plan_type"] = parse_code(PlanType, "plan_type", values["plan_type"])
    merged = {n: values.get(n, getattr(current, n, None)) for n in PLAN_DATE_ORDER}
    check_plan_dates(merged)
    status = values.get("status", getattr(current, "status", None))
    check_in_force(str(status), merged["in_force_date"], date.today(), registering=not moved)
    years = values.get("implementation_years", getattr(current, "implementation_years", None))
    check_implementation_years(years)
    start = values.get("implementation_start", getattr(current, "implementation_start", None))
    check_implementation_start(start, merged["in_force_date"])
    start = start or merged["in_force_date"]
    values["implementation_ends"] = add_years(start, years) if start and years else None
    if values.get("geom") is not None:
        label = values.get("designation") or (current.designation if current else "the plan")
        values["geom"] = as_multipolygon(values["geom"], f"Plan '{label}'")
    return values


def create_plan(
    session: Session, fields: Mapping[str, Any], *, registering: bool = False
) -> PlanRow:
    """Create a detailed plan; ``uuid`` and ``implementation_ends`` are filled in.

    Args:
        registering: an existing plan is registered from a file (an old plan): without
            a status but with a passed laga-kraft date it is in force.

    Raises:
        ValidationError, DuplicateKey, InvalidGeometry.
    """
    values = dict(fields)
    if values.get("status") in (None, "") and not registering:
        values["status"] = PlanStatus.STARTED.value
    elif values.get("status") in (None, ""):
        # A plan registered with a laga-kraft date that has passed and no stage is an
        # existing plan in force (most registered plans are old ones); otherwise it starts.
        in_force = values.get("in_force_date")
        past = isinstance(in_force, date) and in_force <= date.today()
        values["status"] = (PlanStatus.IN_FORCE if past else PlanStatus.STARTED).value
    if not values.get("municipality_code"):
        values["municipality_code"] = (
            municipality_code_of(str(values.get("designation") or ""))
            or _setting(session, MUNICIPALITY_SETTING)
            or ""
        )
    check_required(values, ("designation", "name"))
    values = _prepare(session, None, values)
    values.setdefault("uuid", str(uuidlib.uuid4()))
    obj = DetailedPlan(**values)
    session.add(obj)
    session.flush()
    return row_from(obj, PlanRow)


# Project settings: the municipality's own plan designation format (a regular
# expression) and its four-digit kommunkod, for designations that do not start with it.
PLAN_DESIGNATION_SETTING = "plan_designation_pattern"
MUNICIPALITY_SETTING = "municipality_code"


def _setting(session: Session, key: str) -> str | None:
    value = session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == key))
    return value or None


def update_plan(
    session: Session, plan_id: int, version: int, changes: Mapping[str, Any]
) -> PlanRow:
    """Change fields of a plan read at ``version`` (``StaleEdit`` if it moved on)."""
    return row_from(update_row(session, DetailedPlan, plan_id, version, changes, _prepare), PlanRow)


def delete_plan(session: Session, plan_id: int, version: int) -> None:
    """Delete a plan and its land-use areas; parcels keep their data without a plan."""
    delete_row(session, DetailedPlan, plan_id, version)


def get_plan(session: Session, plan_id: int) -> PlanRow:
    """One plan."""
    return row_from(load(session, DetailedPlan, plan_id), PlanRow)


def find_plan(session: Session, designation: str) -> PlanRow:
    """The plan with an archive designation such as 2514-P123."""
    obj = session.scalar(
        select(DetailedPlan).where(DetailedPlan.designation == designation.strip().upper())
    )
    if obj is None:
        raise NotFound(f"No plan has the designation '{designation}'.")
    return row_from(obj, PlanRow)


def list_plans(session: Session, statuses: frozenset[str] | None = None) -> list[PlanRow]:
    """Plans, optionally of some statuses, by designation."""
    query = select(DetailedPlan).order_by(DetailedPlan.designation)
    if statuses is not None:
        query = query.where(DetailedPlan.status.in_(sorted(statuses)))
    return [row_from(p, PlanRow) for p in session.scalars(query)]


def plans_ending_within(session: Session, months: int, today: date | None = None) -> list[PlanRow]:
    """Plans in force whose implementation period ends within ``months`` (not yet ended)."""
    today = today or date.today()
    month_index = today.month - 1 + months
    year, month = today.year + month_index // 12, month_index % 12 + 1
    try:
        limit = today.replace(year=year, month=month)
    except ValueError:  # e.g. 31 March + 1 month
        limit = date(year, month, 28)
    query = (
        select(DetailedPlan)
        .where(
            DetailedPlan.status == PlanStatus.IN_FORCE.value,
            DetailedPlan.implementation_ends >= today,
            DetailedPlan.implementation_ends <= limit,
        )
        .order_by(DetailedPlan.implementation_ends)
    )
    return [row_from(p, PlanRow) for p in session.scalars(query)]


def _prepare_land_use(
    session: Session, current: LandUseArea | None, values: dict[str, Any]
) -> dict[str, Any]:
    if "code" in values:
        values["code"] = check_land_use(str(values["code"] or ""))
    check_non_negative("max_height_m", values.get("max_height_m"))
    if values.get("geom") is not None:
        values["geom"] = as_multipolygon(values["geom"], f"Land-use area {values.get('code', '')}")
    return values


def add_land_use_area(session: Session, plan_id: int, fields: Mapping[str, Any]) -> LandUseRow:
    """Add a land-use area (Boverket code, height, utilisation) to a plan."""
    load(session, DetailedPlan, plan_id)
    values = dict(fields)
    check_required(values, ("code",))
    values = _prepare_land_use(session, None, values)
    obj = LandUseArea(plan_id=plan_id, **values)
    session.add(obj)
    session.flush()
    return row_from(obj, LandUseRow)


def update_land_use_area(
    session: Session, area_id: int, version: int, changes: Mapping[str, Any]
) -> LandUseRow:
    """Change a land-use area read at ``version``."""
    obj = update_row(session, LandUseArea, area_id, version, changes, _prepare_land_use)
    return row_from(obj, LandUseRow)


def land_use_areas(session: Session, plan_id: int | None = None) -> list[LandUseRow]:
    """Land-use areas, of one plan or of all."""
    query = select(LandUseArea).order_by(LandUseArea.plan_id, LandUseArea.code)
    if plan_id is not None:
        query = query.where(LandUseArea.plan_id == plan_id)
    return [row_from(a, LandUseRow) for a in session.scalars(query)]


@dataclass(frozen=True)
class WhatApplies:
    """The answer to "what applies here" at one point."""

    x: float
    y: float
    plan: PlanRow | None
    land_use: LandUseRow | None
    replaced: tuple[PlanRow, ...]  # older plans in force at the point, replaced by ``plan``


def what_applies_here(session: Session, x: float, y: float) -> WhatApplies:
    """The newest plan in force at a point (project CRS) and its land use there.

    Only one plan in force regulates a piece of land: where plans overlap, the
    newest (latest in-force date) replaces the older ones.
    """
    point = Point(x, y)
    dialect = session.get_bind().dialect
    bbox = (x, y, x, y)
    today = date.today()
    candidates = session.scalars(
        select(DetailedPlan).where(
            DetailedPlan.status == PlanStatus.IN_FORCE.value,
            bbox_filter(DetailedPlan.__table__, bbox, dialect),
        )
    ).all()
    # A laga-kraft date still to come does not apply yet (a plan registered in advance).
    candidates = [p for p in candidates if p.in_force_date is None or p.in_force_date <= today]
    hits = [p for p in candidates if p.geom is not None and p.geom.covers(point)]
    hits.sort(key=lambda p: (p.in_force_date or date.min, p.id), reverse=True)
    if not hits:
        return WhatApplies(x, y, None, None, ())
    newest = hits[0]
    areas = session.scalars(
        select(LandUseArea).where(
            LandUseArea.plan_id == newest.id,
            bbox_filter(LandUseArea.__table__, bbox, dialect),
        )
    ).all()
    area = next((a for a in areas if a.geom is not None and a.geom.covers(point)), None)
    return WhatApplies(
        x,
        y,
        row_from(newest, PlanRow),
        row_from(area, LandUseRow) if area else None,
        tuple(row_from(p, PlanRow) for p in hits[1:]),
    )
