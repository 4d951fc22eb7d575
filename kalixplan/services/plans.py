"""Detailed plans and their land-use areas; "what applies here" by legal effect; ending
implementation periods."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import (
    DecisionType,
    PlanProcedure,
    PlanStatus,
    PlanType,
    land_use_parts,
)
from kalixplan.domain.errors import DuplicateKey, NotFound, ValidationError
from kalixplan.domain.periods import PeriodStep, period_end
from kalixplan.domain.quality import check_quality
from kalixplan.domain.rows import LandUseRow, PlanRow, ProvisionRow, row_from
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
from kalixplan.services.provisions import provisions_at
from kalixplan.store.models import DetailedPlan, LandUseArea, PeriodDecision, ProjectSetting
from kalixplan.store.spatial import bbox_filter


def _prepare(
    session: Session, current: DetailedPlan | None, values: dict[str, Any]
) -> dict[str, Any]:
    if "implementation_ends" in values:
        raise ValidationError(
            "implementation_ends",
            "The end of the implementation period is computed from its start and length.",
            sv="Genomförandetidens slut räknas fram ur dess start och längd.",
        )
    if "designation" in values:
        pattern = _setting(session, PLAN_DESIGNATION_SETTING)
        values["designation"] = check_plan_designation(str(values["designation"] or ""), pattern)
        clash = session.scalar(
            select(DetailedPlan.id).where(DetailedPlan.designation == values["designation"])
        )
        if clash is not None and (current is None or clash != current.id):
            raise DuplicateKey(
                f"A plan with designation '{values['designation']}' exists already.",
                sv=f"Det finns redan en plan med beteckningen '{values['designation']}'.",
            )
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
    values = check_quality(values)
    if values.get("decision_type") is not None:
        values["decision_type"] = parse_code(DecisionType, "decision_type", values["decision_type"])
    if "previous_designation" in values:
        names = previous_designations(values["previous_designation"])
        values["previous_designation"] = "; ".join(names) or None
        own = values.get("designation", getattr(current, "designation", None))
        if own is not None and own in names:
            raise ValidationError(
                "previous_designation",
                f"Plan {own} cannot replace, change or repeal itself; name the earlier plans.",
                sv=f"Planen {own} kan inte ersätta, ändra eller upphäva sig själv; ange de "
                "tidigare planerna.",
            )
    if "decision_type" in values or "previous_designation" in values:
        kind = values.get("decision_type") or getattr(current, "decision_type", None)
        named = values.get("previous_designation", getattr(current, "previous_designation", None))
        if kind in (DecisionType.CHANGE.value, DecisionType.REPEAL.value) and not named:
            word = (
                "change (ändring)" if kind == DecisionType.CHANGE.value else "repeal (upphävande)"
            )
            word_sv = "En ändring" if kind == DecisionType.CHANGE.value else "Ett upphävande"
            raise ValidationError(
                "previous_designation",
                f"A {word} acts on earlier plans (PBL 4 kap. 39 §, 5 kap. 38 §): name the plans "
                "it affects, separated by ;.",
                sv=f"{word_sv} gäller tidigare planer (PBL 4 kap. 39 §, 5 kap. 38 §): ange de "
                "planer som berörs, åtskilda med ;.",
            )
    merged = {n: values.get(n, getattr(current, n, None)) for n in PLAN_DATE_ORDER}
    check_plan_dates(merged)
    status = values.get("status", getattr(current, "status", None))
    check_in_force(str(status), merged["in_force_date"], date.today(), registering=not moved)
    years = values.get("implementation_years", getattr(current, "implementation_years", None))
    check_implementation_years(years)
    start = values.get("implementation_start", getattr(current, "implementation_start", None))
    check_implementation_start(start, merged["in_force_date"])
    start = start or merged["in_force_date"]
    base_end = add_years(start, years) if start and years else None
    # Extensions and renewals recorded for the plan (PBL 4 kap. 24 §) move the end on.
    steps = period_steps(session, current.id) if current is not None else []
    values["implementation_ends"] = period_end(base_end, steps)
    if values.get("geom") is not None:
        label = values.get("designation") or (current.designation if current else "the plan")
        values["geom"] = as_multipolygon(
            values["geom"], f"Plan '{label}'", what_sv=f"Planen '{label}'"
        )
    return values


def period_steps(session: Session, plan_id: int) -> list[PeriodStep]:
    """The extensions and renewals of a plan's implementation period, as decided."""
    rows = session.scalars(
        select(PeriodDecision)
        .where(PeriodDecision.plan_id == plan_id)
        .order_by(PeriodDecision.adopted_date, PeriodDecision.id)
    )
    return [PeriodStep(d.kind, d.years, d.adopted_date, d.in_force_date) for d in rows]


def base_period_end(plan: DetailedPlan) -> date | None:
    """The end of the plan's own implementation period (start or laga kraft + years)."""
    start = plan.implementation_start or plan.in_force_date
    years = plan.implementation_years
    return add_years(start, years) if start and years else None


def period_end_of(session: Session, plan: DetailedPlan) -> date | None:
    """The end of a plan's implementation period after its extensions and renewals."""
    return period_end(base_period_end(plan), period_steps(session, plan.id))


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
        raise NotFound(
            f"No plan has the designation '{designation}'.",
            sv=f"Ingen plan har beteckningen '{designation}'.",
        )
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
        values["geom"] = as_multipolygon(
            values["geom"],
            f"Land-use area {values.get('code', '')}",
            what_sv=f"Användningsområdet {values.get('code', '')}",
        )
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


# How a plan at the point stopped regulating it (WhatApplies.set_aside).
SET_ASIDE_REASONS = ("replaced", "repealed", "newer_overlap", "not_yet")
_REGULATES = frozenset({DecisionType.NEW_PLAN.value, DecisionType.CHANGE.value})
_REMOVES = frozenset({DecisionType.NEW_PLAN.value, DecisionType.REPEAL.value})


def previous_designations(value: str | None) -> tuple[str, ...]:
    """The plans a decision names (föregående plans beteckning), from "A; B" or "A, B"."""
    if not value:
        return ()
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[;,\n]", value) if p.strip()))


@dataclass(frozen=True)
class SetAside:
    """A plan registered at the point that does not (or not yet) regulate it.

    ``reason`` is one of :data:`SET_ASIDE_REASONS`: ``replaced`` by a new plan that names
    it (PBL 4 kap. 38 §: a new plan takes the place of the one it replaces), ``repealed``
    by an upphävande that names it (PBL 5 kap. 38 §), ``newer_overlap`` where two plans
    in force overlap with no decision linking them (the newer is taken to apply; NGP rule
    DP-0001 forbids the overlap, and ``check`` reports it), ``not_yet`` where its
    laga-kraft day is still to come (PBL 13 kap. 16 §, 5 kap. 27 §).
    """

    plan: PlanRow
    reason: str
    by: PlanRow | None


@dataclass(frozen=True)
class WhatApplies:
    """The answer to "what applies here" at one point.

    ``plans`` are the plans that regulate the point, newest first: a plan and the change
    plans that amend it (PBL 4 kap. 39 §) apply together. ``land_uses`` are their
    land-use areas covering the point in the same order; a change plan's area comes
    before the one it amends and is the use that applies (``land_use``). ``plan`` is the
    plan of that use, or the newest plan when no area covers the point. ``provisions``
    are the egenskaps- and administrativa bestämmelser of the applying plans at the point
    (a change plan's first, as it amends the plan's), each with its plan.
    """

    x: float
    y: float
    plan: PlanRow | None
    land_use: LandUseRow | None
    replaced: tuple[PlanRow, ...]  # plans registered in force here that no longer apply
    plans: tuple[PlanRow, ...] = ()
    land_uses: tuple[LandUseRow, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    provisions: tuple[ProvisionRow, ...] = ()

    @property
    def uses(self) -> tuple[str, ...]:
        """The base uses that apply (a combined "RS" is R and S, Boverket's catalogue)."""
        if self.land_use is None:
            return ()
        return land_use_parts(self.land_use.code) or (self.land_use.code,)


def _sort_key(plan: DetailedPlan) -> tuple[date, int]:
    return (plan.in_force_date or date.min, plan.id)


def what_applies_here(
    session: Session, x: float, y: float, today: date | None = None
) -> WhatApplies:
    """The plans that regulate a point (project CRS) by their legal effect, and the uses.

    Rules, applied to the plans whose boundary covers the point:

    - a plan regulates from its laga-kraft day (PBL 13 kap. 16 §; 5 kap. 27 §): one
      registered with a day still to come does not apply yet;
    - a decision's effect is lasting: a new plan (ny detaljplan) takes the place of the
      plans it names in föregående plans beteckning within its boundary (PBL 4 kap.
      38 §) even if it is itself repealed later, so a repeal does not bring back what
      it had replaced; a repeal (upphävande, PBL 5 kap. 38 §) removes the plans it
      names and regulates nothing itself; a change (ändring, PBL 4 kap. 39 §) amends
      the plans it names, which keep applying with it; a closure regulates nothing;
    - a change plan whose plans have all been set aside goes with them;
    - where plans in force overlap with no decision linking them, the newest is taken
      to apply and the older are set aside (``newer_overlap``; NGP rule DP-0001).
    """
    point = Point(x, y)
    dialect = session.get_bind().dialect
    bbox = (x, y, x, y)
    today = today or date.today()
    registered = session.scalars(
        select(DetailedPlan).where(
            DetailedPlan.status.in_((PlanStatus.IN_FORCE.value, PlanStatus.REVOKED.value)),
            bbox_filter(DetailedPlan.__table__, bbox, dialect),
        )
    ).all()
    here = sorted(
        (p for p in registered if p.geom is not None and p.geom.covers(point)),
        key=_sort_key,
        reverse=True,
    )
    decided = [p for p in here if p.in_force_date is None or p.in_force_date <= today]
    aside: dict[int, tuple[str, DetailedPlan | None]] = {
        p.id: ("not_yet", None) for p in here if p not in decided
    }
    by_designation = {p.designation: p for p in decided}
    for remover in decided:  # newest first: the latest decision names the reason
        if remover.decision_type not in _REMOVES:
            continue
        reason = "replaced" if remover.decision_type == DecisionType.NEW_PLAN.value else "repealed"
        for name in previous_designations(remover.previous_designation):
            target = by_designation.get(name)
            if target is not None and target is not remover and target.id not in aside:
                if _sort_key(target) <= _sort_key(remover):
                    aside[target.id] = (reason, remover)
    for p in decided:  # the register says repealed, by a decision it does not hold
        if p.status == PlanStatus.REVOKED.value and p.id not in aside:
            aside[p.id] = ("repealed", None)
    applying = [
        p
        for p in decided
        if p.status == PlanStatus.IN_FORCE.value
        and p.decision_type in _REGULATES
        and p.id not in aside
    ]
    for change in [p for p in applying if p.decision_type == DecisionType.CHANGE.value]:
        named = [
            by_designation[n]
            for n in previous_designations(change.previous_designation)
            if n in by_designation
        ]
        if named and all(n.id in aside for n in named):
            aside[change.id] = aside[named[0].id]
    applying = [p for p in applying if p.id not in aside]
    bases = [p for p in applying if p.decision_type == DecisionType.NEW_PLAN.value]
    for older in bases[1:]:  # unlinked overlap: the newest base plan applies
        aside[older.id] = ("newer_overlap", bases[0])
    applying = [p for p in applying if p.id not in aside]
    areas = (
        session.scalars(
            select(LandUseArea).where(
                LandUseArea.plan_id.in_([p.id for p in applying]),
                bbox_filter(LandUseArea.__table__, bbox, dialect),
            )
        ).all()
        if applying
        else []
    )
    rank = {p.id: n for n, p in enumerate(applying)}
    covering = sorted(
        (a for a in areas if a.geom is not None and a.geom.covers(point)),
        key=lambda a: (rank[a.plan_id], a.id),
    )
    plans = tuple(row_from(p, PlanRow) for p in applying)
    uses = tuple(row_from(a, LandUseRow) for a in covering)
    main = plans[rank[covering[0].plan_id]] if covering else (plans[0] if plans else None)
    set_aside = tuple(
        SetAside(row_from(p, PlanRow), aside[p.id][0], _row_or_none(aside[p.id][1]))
        for p in here
        if p.id in aside
    )
    replaced = tuple(
        s.plan for s in set_aside if s.reason != "not_yet" and s.plan.status == "in_force"
    )
    provisions = tuple(provisions_at(session, x, y, [p.id for p in applying]))
    return WhatApplies(
        x, y, main, uses[0] if uses else None, replaced, plans, uses, set_aside, provisions
    )


def _row_or_none(plan: DetailedPlan | None) -> PlanRow | None:
    return row_from(plan, PlanRow) if plan is not None else None
