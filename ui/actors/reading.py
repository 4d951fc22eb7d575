"""What the actors panel reads in one go: register rows and an actor's interests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.services import actors as svc
from kalixplan.services.parcels import get_parcel
from kalixplan.store.models import Activity, Interest
from ui.actors.models import ActorListRow, InterestListRow


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
        ActorListRow(a.id, a, svc.furthest_stage(stages.get(a.id, [])), due.get(a.id),
                     len(stages.get(a.id, [])))
        for a in svc.list_actors(s)
    ]  # fmt: skip


def interest_rows(s: Session, actor_id: int) -> list[InterestListRow]:
    """An actor's interests with the parcel and its reservation (when it is this actor's)."""
    out = []
    for interest in svc.interests(s, actor_id=actor_id):
        parcel = get_parcel(s, interest.parcel_id)
        mine = parcel.reserved_for_id in (None, actor_id)
        out.append(
            InterestListRow(
                interest.id, interest, parcel.designation, parcel.status,
                parcel.reserved_until if mine else None,
                svc.reservation_flag(parcel) if mine else None,
            )
        )  # fmt: skip
    return out
