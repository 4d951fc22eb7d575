"""What the actors dock reads in one go: register rows, an actor's interests, parcel choices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.rows import ActorRow, InterestRow
from kalixplan.services import actors as svc
from kalixplan.services.parcels import get_parcel
from kalixplan.store.models import Activity, Interest, Parcel


@dataclass(frozen=True)
class ActorListRow:
    """An actor with what the register shows next to it."""

    id: int
    actor: ActorRow
    furthest_stage: str | None
    next_due: date | None
    interests: int


@dataclass(frozen=True)
class InterestListRow:
    """An interest with the parcel's designation and reservation shown."""

    id: int
    interest: InterestRow
    designation: str
    parcel_status: str
    reserved_until: date | None
    reservation_flag: str | None


def actor_rows(s: Session) -> list[ActorListRow]:
    """Every actor with its furthest stage and its earliest open due date."""
    stages: dict[int, list[str]] = {}
    for actor_id, stage in s.execute(select(Interest.actor_id, Interest.stage)):
        stages.setdefault(int(actor_id), []).append(str(stage))
    due: dict[int, date] = {}
    for actor_id, when in s.execute(
        select(Activity.actor_id, Activity.next_step_due).where(
            Activity.next_step_due.is_not(None), Activity.done.is_(False)
        )
    ):
        if when is not None and (actor_id not in due or when < due[actor_id]):
            due[int(actor_id)] = when
    return [
        ActorListRow(
            a.id,
            a,
            svc.furthest_stage(stages.get(a.id, [])),
            due.get(a.id),
            len(stages.get(a.id, [])),
        )
        for a in svc.list_actors(s)
    ]


def interest_rows(s: Session, actor_id: int) -> list[InterestListRow]:
    """An actor's interests with the parcel and its reservation (when it is this actor's)."""
    out = []
    for interest in svc.interests(s, actor_id=actor_id):
        parcel = get_parcel(s, interest.parcel_id)
        mine = parcel.reserved_for_id in (None, actor_id)
        out.append(
            InterestListRow(
                interest.id,
                interest,
                parcel.designation,
                parcel.status,
                parcel.reserved_until if mine else None,
                svc.reservation_flag(parcel) if mine else None,
            )
        )
    return out


def parcel_choices(s: Session) -> list[tuple[int, str]]:
    """Every parcel as (id, designation), by designation (for "add interest")."""
    query = select(Parcel.id, Parcel.designation).order_by(Parcel.designation)
    return [(int(i), str(d)) for i, d in s.connection().execute(query).all()]
