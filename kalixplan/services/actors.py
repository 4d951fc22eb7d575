"""Green-transition actors: register, contacts, land needs, interests in parcels, activity log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ActivityKind, ActorKind, InterestStage, Sector
from kalixplan.domain.errors import DuplicateKey, NotFound, ValidationError
from kalixplan.domain.validation import check_non_negative, normalise_org_number
from kalixplan.services.editing import check_required, delete_row, load, update_row
from kalixplan.services.rows import (
    ActivityRow,
    ActorRow,
    ContactRow,
    InterestRow,
    NeedRow,
    row_from,
)
from kalixplan.store.models import Activity, Actor, Contact, Interest, LandNeed, Parcel


def _check_enum(enum: type[Any], field: str, value: Any) -> str:
    try:
        return str(enum(str(value)).value)
    except ValueError:
        raise ValidationError(
            field,
            f"'{value}' is not a valid {field}; use one of "
            + ", ".join(e.value for e in enum)
            + ".",
        ) from None


def _prepare_actor(
    session: Session, current: Actor | None, values: dict[str, Any]
) -> dict[str, Any]:
    if "org_number" in values:
        values["org_number"] = normalise_org_number(str(values["org_number"] or ""))
        clash = session.scalar(select(Actor.id).where(Actor.org_number == values["org_number"]))
        if clash is not None and (current is None or clash != current.id):
            raise DuplicateKey(
                f"An actor with organisation number {values['org_number']} exists already."
            )
    if values.get("sector"):
        values["sector"] = _check_enum(Sector, "sector", values["sector"])
    if "kind" in values:
        values["kind"] = _check_enum(ActorKind, "kind", values["kind"])
    return values


def create_actor(session: Session, fields: Mapping[str, Any]) -> ActorRow:
    """Register an actor; the organisation number is checked (form, Luhn digit, legal entity)."""
    values = dict(fields)
    values.setdefault("kind", ActorKind.COMPANY.value)
    check_required(values, ("org_number", "name"))
    values = _prepare_actor(session, None, values)
    obj = Actor(**values)
    session.add(obj)
    session.flush()
    return row_from(obj, ActorRow)


def update_actor(
    session: Session, actor_id: int, version: int, changes: Mapping[str, Any]
) -> ActorRow:
    """Change an actor read at ``version``."""
    return row_from(
        update_row(session, Actor, actor_id, version, changes, _prepare_actor), ActorRow
    )


def delete_actor(session: Session, actor_id: int, version: int) -> None:
    """Delete an actor with its contacts, needs, interests and activities."""
    delete_row(session, Actor, actor_id, version)


def get_actor(session: Session, actor_id: int) -> ActorRow:
    """One actor."""
    return row_from(load(session, Actor, actor_id), ActorRow)


def find_actor(session: Session, org_number: str) -> ActorRow:
    """The actor with an organisation number (with or without hyphen)."""
    normal = normalise_org_number(org_number)
    obj = session.scalar(select(Actor).where(Actor.org_number == normal))
    if obj is None:
        raise NotFound(f"No actor has organisation number {normal}.")
    return row_from(obj, ActorRow)


def list_actors(session: Session) -> list[ActorRow]:
    """All actors by name."""
    return [row_from(a, ActorRow) for a in session.scalars(select(Actor).order_by(Actor.name))]


def add_contact(session: Session, actor_id: int, fields: Mapping[str, Any]) -> ContactRow:
    """Add a contact person to an actor."""
    load(session, Actor, actor_id)
    check_required(fields, ("name",))
    obj = Contact(actor_id=actor_id, **fields)
    session.add(obj)
    session.flush()
    return row_from(obj, ContactRow)


def contacts_of(session: Session, actor_id: int) -> list[ContactRow]:
    """An actor's contact persons."""
    query = select(Contact).where(Contact.actor_id == actor_id).order_by(Contact.name)
    return [row_from(c, ContactRow) for c in session.scalars(query)]


def _prepare_need(
    session: Session, current: LandNeed | None, values: dict[str, Any]
) -> dict[str, Any]:
    for name in ("area_ha", "power_mw", "water_m3_day", "max_dist_rail_m", "max_dist_port_m"):
        check_non_negative(name, values.get(name))
    return values


def add_need(session: Session, actor_id: int, fields: Mapping[str, Any]) -> NeedRow:
    """Record a land need of an actor (hectares, MW, water, rail or port, timeframe)."""
    load(session, Actor, actor_id)
    values = _prepare_need(session, None, dict(fields))
    obj = LandNeed(actor_id=actor_id, **values)
    session.add(obj)
    session.flush()
    return row_from(obj, NeedRow)


def update_need(
    session: Session, need_id: int, version: int, changes: Mapping[str, Any]
) -> NeedRow:
    """Change a land need read at ``version``."""
    return row_from(
        update_row(session, LandNeed, need_id, version, changes, _prepare_need), NeedRow
    )


def needs_of(session: Session, actor_id: int | None = None) -> list[NeedRow]:
    """Land needs of one actor, or of all."""
    query = select(LandNeed).order_by(LandNeed.actor_id, LandNeed.id)
    if actor_id is not None:
        query = query.where(LandNeed.actor_id == actor_id)
    return [row_from(n, NeedRow) for n in session.scalars(query)]


def add_interest(
    session: Session,
    actor_id: int,
    parcel_id: int,
    stage: str = InterestStage.LEAD.value,
    on: date | None = None,
    notes: str | None = None,
) -> InterestRow:
    """Link an actor to a parcel with a dialogue stage."""
    load(session, Actor, actor_id)
    load(session, Parcel, parcel_id)
    exists = session.scalar(
        select(Interest.id).where(Interest.actor_id == actor_id, Interest.parcel_id == parcel_id)
    )
    if exists is not None:
        raise DuplicateKey("This actor's interest in this parcel is registered already.")
    today = on or date.today()
    obj = Interest(
        actor_id=actor_id,
        parcel_id=parcel_id,
        stage=_check_enum(InterestStage, "stage", stage),
        started_on=today,
        stage_changed_on=today,
        notes=notes,
    )
    session.add(obj)
    session.flush()
    return row_from(obj, InterestRow)


def set_interest_stage(
    session: Session, interest_id: int, version: int, stage: str, on: date | None = None
) -> InterestRow:
    """Move an interest to another dialogue stage (the change log records it)."""

    def prepare(_: Session, current: Interest | None, values: dict[str, Any]) -> dict[str, Any]:
        values["stage"] = _check_enum(InterestStage, "stage", values["stage"])
        values["stage_changed_on"] = on or date.today()
        return values

    obj = update_row(session, Interest, interest_id, version, {"stage": stage}, prepare)
    return row_from(obj, InterestRow)


def interests(
    session: Session, actor_id: int | None = None, parcel_id: int | None = None
) -> list[InterestRow]:
    """Interests of an actor, in a parcel, or all."""
    query = select(Interest).order_by(Interest.id)
    if actor_id is not None:
        query = query.where(Interest.actor_id == actor_id)
    if parcel_id is not None:
        query = query.where(Interest.parcel_id == parcel_id)
    return [row_from(i, InterestRow) for i in session.scalars(query)]


def add_activity(session: Session, actor_id: int, fields: Mapping[str, Any]) -> ActivityRow:
    """Log a meeting, call or mail with an actor, with an optional next step and due date."""
    load(session, Actor, actor_id)
    values = dict(fields)
    check_required(values, ("on_date",))
    values["kind"] = _check_enum(ActivityKind, "kind", values.get("kind", "meeting"))
    if values.get("next_step_due") and not values.get("next_step"):
        raise ValidationError("next_step", "A due date needs a next step to go with it.")
    obj = Activity(actor_id=actor_id, **values)
    session.add(obj)
    session.flush()
    return row_from(obj, ActivityRow)


def activities_of(session: Session, actor_id: int) -> list[ActivityRow]:
    """An actor's activity log, newest first."""
    query = select(Activity).where(Activity.actor_id == actor_id).order_by(Activity.on_date.desc())
    return [row_from(a, ActivityRow) for a in session.scalars(query)]
