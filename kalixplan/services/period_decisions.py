"""Decisions that extend or renew a plan's genomförandetid (PBL 4 kap. 24 §;
domain/periods.py): recorded, listed and removed, with the plan's end date following."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.periods import PeriodStep, period_end
from kalixplan.domain.rows import PeriodDecisionRow, PlanRow, row_from
from kalixplan.services.editing import check_required, delete_row, load
from kalixplan.services.plans import base_period_end, period_end_of, period_steps
from kalixplan.store.models import DetailedPlan, PeriodDecision


def _refresh_end(session: Session, plan: DetailedPlan) -> PlanRow:
    """The plan's end date after its decisions (the ORM moves the plan's version on, so an
    editor holding the old version reloads before saving over it)."""
    plan.implementation_ends = period_end_of(session, plan)
    session.flush()
    return row_from(plan, PlanRow)


def add_period_decision(session: Session, plan_id: int, fields: Mapping[str, Any]) -> PlanRow:
    """Record an extension or renewal; returns the plan with its new end date.

    Raises:
        ValidationError: the decision breaks PBL 4 kap. 24 § (at most five years at a
            time; an extension before the period ends, a renewal after, from laga kraft).
    """
    plan = load(session, DetailedPlan, plan_id)
    values = dict(fields)
    check_required(values, ("kind", "years", "adopted_date"))
    try:
        years = int(values["years"])
    except (TypeError, ValueError):
        raise ValidationError(
            "years",
            f"'{values['years']}' is not a number of years.",
            sv=f"'{values['years']}' är inget antal år.",
        ) from None
    in_force = values.get("in_force_date")
    if isinstance(in_force, str):
        try:
            in_force = date.fromisoformat(in_force.strip()) if in_force.strip() else None
        except ValueError:
            raise ValidationError(
                "in_force_date",
                f"'{in_force}' is not a date; write it as 2027-04-01.",
                sv=f"'{in_force}' är inget datum; skriv det som 2027-04-01.",
            ) from None
    step = PeriodStep(str(values["kind"]), years, values["adopted_date"], in_force)
    period_end(base_period_end(plan), [*period_steps(session, plan_id), step])  # checks all
    session.add(
        PeriodDecision(
            plan_id=plan_id,
            kind=step.kind,
            years=step.years,
            adopted_date=step.adopted_date,
            in_force_date=step.in_force_date,
            diarienummer=values.get("diarienummer") or None,
            notes=values.get("notes") or None,
        )
    )
    session.flush()
    return _refresh_end(session, plan)


def delete_period_decision(session: Session, decision_id: int, version: int) -> PlanRow:
    """Remove a recorded decision (entered by mistake); returns the plan as it is now.

    Raises:
        ValidationError: a later decision depends on this one (an extension that would
            then come after the period ran out).
    """
    decision = load(session, PeriodDecision, decision_id)
    plan = load(session, DetailedPlan, decision.plan_id)
    rest = [
        PeriodStep(d.kind, d.years, d.adopted_date, d.in_force_date)
        for d in session.scalars(
            select(PeriodDecision).where(
                PeriodDecision.plan_id == plan.id, PeriodDecision.id != decision_id
            )
        )
    ]
    period_end(base_period_end(plan), rest)  # the decisions left must still hold
    delete_row(session, PeriodDecision, decision_id, version)
    session.flush()
    return _refresh_end(session, plan)


def period_decisions(session: Session, plan_id: int) -> list[PeriodDecisionRow]:
    """A plan's extensions and renewals, in the order decided."""
    rows = session.scalars(
        select(PeriodDecision)
        .where(PeriodDecision.plan_id == plan_id)
        .order_by(PeriodDecision.adopted_date, PeriodDecision.id)
    )
    return [row_from(d, PeriodDecisionRow) for d in rows]
