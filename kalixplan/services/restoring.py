"""Deletes of parcels and plans that undo can take back whole.

Deleting a parcel takes the actors' interests in it along (``ON DELETE
CASCADE``) and leaves its document links pointing at an id that is gone;
deleting a plan takes its land-use areas along and unlinks the parcels it
governs (``ON DELETE SET NULL``). The ``delete_*`` functions here save all of
that before they delete; the ``recreate_*`` functions create the row again
(with a new id) and bring back what was saved, pointing at the new id, in the
same transaction. Every row goes through the ORM, so the change log records
the interests and land-use areas leaving and coming back like any other write.

What a colleague removed in the meantime (the actor of an interest or of a
reservation, the plan a parcel was linked to) is not forced back: the rest is
restored and ``Restored.lost`` says what was left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session

from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.rows import ParcelRow, PlanRow
from kalixplan.services.editing import load
from kalixplan.services.parcels import create_parcel, delete_parcel, get_parcel, update_parcel
from kalixplan.services.plans import create_plan, delete_plan, get_plan, period_end_of
from kalixplan.store.models import (
    Actor,
    DetailedPlan,
    Document,
    Editable,
    Interest,
    LandUseArea,
    Parcel,
    PeriodDecision,
    Provision,
)


@dataclass(frozen=True)
class SavedRow:
    """Every stored column of a row a delete took along, as it was (``id`` apart)."""

    id: int
    values: Mapping[str, Any]


@dataclass(frozen=True)
class Removed:
    """What deleting a parcel or a plan took along, saved so that undo can bring it back.

    Attributes:
        label: the deleted row's designation (for messages).
        row: the deleted row as it was stored (``ParcelRow`` or ``PlanRow``); what the
            caller shows may be older where the database nulled a link by itself.
        interests: a parcel's interests (every column).
        land_use_areas: a plan's land-use areas (every column).
        provisions: a plan's egenskaps- and administrativa bestämmelser (every column).
        period_decisions: a plan's extensions and renewals of its genomförandetid.
        document_ids: document links that pointed at the row.
        governed: a plan's parcels, as (id, designation), whose link to it was cut.
        actor_names: names of the actors of the interests and of the reservation.
    """

    label: str
    row: ParcelRow | PlanRow | None = None
    interests: tuple[SavedRow, ...] = ()
    land_use_areas: tuple[SavedRow, ...] = ()
    provisions: tuple[SavedRow, ...] = ()
    period_decisions: tuple[SavedRow, ...] = ()
    document_ids: tuple[int, ...] = ()
    governed: tuple[tuple[int, str], ...] = ()
    actor_names: Mapping[int, str] = field(default_factory=dict)

    def renumbered(self, parcel_id_now: Callable[[int], int]) -> Removed:
        """The same, with the governed parcels' ids as they are now.

        A parcel deleted and restored by undo in between has a new id; the
        caller knows it (``parcel_id_now``), the database does not.
        """
        governed = tuple((parcel_id_now(pid), label) for pid, label in self.governed)
        return dataclasses.replace(self, governed=governed)


class LostKind(Enum):
    """What undo could not bring back."""

    INTEREST = "interest"  # the actor was deleted
    RESERVATION = "reservation"  # the actor the parcel was reserved for was deleted
    PLAN_LINK = "plan_link"  # the plan or the parcel was deleted, or the parcel has another plan


@dataclass(frozen=True)
class Lost:
    """One thing undo left out; ``parcel`` and ``other`` name what it was between.

    ``other`` is the actor's name (interest, reservation) or the plan's designation.
    """

    kind: LostKind
    parcel: str
    other: str


@dataclass(frozen=True)
class Restored:
    """A deleted row created again, with what came back along and what could not.

    Attributes:
        row: the new row (``ParcelRow`` or ``PlanRow``), with its new id.
        interests: ids of the interests restored.
        relinked: parcels linked to the restored plan again, as they are now.
        lost: what was left out because a colleague removed or changed it meanwhile.
    """

    row: ParcelRow | PlanRow
    interests: tuple[int, ...] = ()
    relinked: tuple[ParcelRow, ...] = ()
    lost: tuple[Lost, ...] = ()


class PartlyRestored(KalixPlanError):
    """Undo brought a row back, but not everything its delete took along.

    Attributes:
        lost: what was left out.
    """

    def __init__(
        self, lost: tuple[Lost, ...], message: str | None = None, *, sv: str | None = None
    ) -> None:
        parts = ", ".join(f"{item.kind.value} {item.parcel} / {item.other}" for item in lost)
        parts_sv = ", ".join(f"{_LOST_SV[item.kind]} {item.parcel} / {item.other}" for item in lost)
        if message is None and sv is None:
            sv = f"Ångra återställde allt utom {parts_sv}: någon annan har tagit bort det."
        super().__init__(
            message or f"Undo restored everything except {parts}: someone else removed it.",
            sv=sv,
        )
        self.lost = lost
        self._message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.lost, self._message), {"sv": self.sv})


# The kinds of ``Lost`` in the Swedish sentence.
_LOST_SV = {
    LostKind.INTEREST: "intresse",
    LostKind.RESERVATION: "reservation",
    LostKind.PLAN_LINK: "plankoppling",
}


# --- saving ------------------------------------------------------------------------------
def _saved(obj: Editable) -> SavedRow:
    columns = inspect(obj).mapper.column_attrs
    values = {c.key: getattr(obj, c.key) for c in columns if c.key != "id"}
    return SavedRow(int(obj.id), MappingProxyType(values))


def _document_ids(session: Session, owner_table: str, owner_id: int) -> tuple[int, ...]:
    query = select(Document.id).where(
        Document.owner_table == owner_table, Document.owner_id == owner_id
    )
    return tuple(int(i) for i in session.scalars(query.order_by(Document.id)))


def save_parcel_dependents(session: Session, parcel_id: int) -> Removed:
    """What deleting a parcel takes along: its interests, its document links, actor names."""
    parcel = load(session, Parcel, parcel_id)
    interests = session.scalars(
        select(Interest).where(Interest.parcel_id == parcel_id).order_by(Interest.id)
    ).all()
    actor_ids = {i.actor_id for i in interests} | (
        {parcel.reserved_for_id} if parcel.reserved_for_id is not None else set()
    )
    names = session.execute(select(Actor.id, Actor.name).where(Actor.id.in_(actor_ids))).all()
    return Removed(
        label=parcel.designation,
        row=get_parcel(session, parcel_id),
        interests=tuple(_saved(i) for i in interests),
        document_ids=_document_ids(session, "parcels", parcel_id),
        actor_names=MappingProxyType({int(k): str(v) for k, v in names}),
    )


def delete_parcel_saving(session: Session, parcel_id: int, version: int) -> Removed:
    """Delete a parcel read at ``version`` and return what undo needs to restore it whole.

    The interests are deleted one by one before the parcel (rather than by the
    database's cascade) so that the change log records each of them.

    Raises:
        StaleEdit: the parcel changed since it was read; nothing is deleted.
    """
    removed = save_parcel_dependents(session, parcel_id)
    for saved in removed.interests:
        session.delete(load(session, Interest, saved.id))
    session.flush()  # before the parcel's own delete, whose cascade would beat us to them
    delete_parcel(session, parcel_id, version)
    return removed


def save_plan_dependents(session: Session, plan_id: int) -> Removed:
    """What deleting a plan takes along: its land-use areas and provisions, links of parcels
    and documents."""
    plan = load(session, DetailedPlan, plan_id)
    areas = session.scalars(
        select(LandUseArea).where(LandUseArea.plan_id == plan_id).order_by(LandUseArea.id)
    ).all()
    provisions = session.scalars(
        select(Provision).where(Provision.plan_id == plan_id).order_by(Provision.id)
    ).all()
    decisions = session.scalars(
        select(PeriodDecision).where(PeriodDecision.plan_id == plan_id).order_by(PeriodDecision.id)
    ).all()
    governed = session.execute(
        select(Parcel.id, Parcel.designation).where(Parcel.plan_id == plan_id).order_by(Parcel.id)
    ).all()
    return Removed(
        label=plan.designation,
        row=get_plan(session, plan_id),
        land_use_areas=tuple(_saved(a) for a in areas),
        provisions=tuple(_saved(p) for p in provisions),
        period_decisions=tuple(_saved(d) for d in decisions),
        document_ids=_document_ids(session, "plans", plan_id),
        governed=tuple((int(i), str(d)) for i, d in governed),
    )


def delete_plan_saving(session: Session, plan_id: int, version: int) -> Removed:
    """Delete a plan read at ``version`` and return what undo needs to restore it whole.

    Raises:
        StaleEdit: the plan changed since it was read; nothing is deleted.
    """
    removed = save_plan_dependents(session, plan_id)
    delete_plan(session, plan_id, version)
    return removed


# --- restoring ---------------------------------------------------------------------------
def _insert_saved(session: Session, model: type[Editable], saved: SavedRow, **changes: Any) -> int:
    """Insert a saved row again, under its old id while nobody has taken it; returns the id."""
    values = {**saved.values, **changes}
    obj = model(**values)
    if session.get(model, saved.id) is None:
        obj.id = saved.id
    session.add(obj)
    session.flush()
    # SQLAlchemy numbers every new row version 1; give it back the version it had, so
    # that a panel still holding the row at that version (same content) can go on.
    # (``updated_at`` is named, or the UPDATE would stamp it with the time of the undo.)
    version = values.get("version")
    if version is not None and version != obj.version:
        session.execute(
            update(model)
            .where(model.id == obj.id)
            .values(version=version, updated_at=values.get("updated_at"))
        )
    return int(obj.id)


def _relink_documents(session: Session, document_ids: tuple[int, ...], owner_id: int) -> None:
    for document_id in document_ids:
        document = session.get(Document, document_id)
        if document is not None:  # a colleague may have removed the link meanwhile
            document.owner_id = owner_id
    session.flush()


def restore_parcel_dependents(
    session: Session, parcel_id: int, removed: Removed
) -> tuple[tuple[int, ...], tuple[Lost, ...]]:
    """Bring back a deleted parcel's interests and document links for its new id.

    Interests of actors deleted meanwhile are left out.

    Returns:
        the ids of the restored interests, and what was left out.
    """
    load(session, Parcel, parcel_id)
    actor_ids = {int(s.values["actor_id"]) for s in removed.interests}
    present = set(session.scalars(select(Actor.id).where(Actor.id.in_(actor_ids))))
    restored: list[int] = []
    lost: list[Lost] = []
    for saved in removed.interests:
        actor_id = int(saved.values["actor_id"])
        if actor_id not in present:
            name = removed.actor_names.get(actor_id, f"#{actor_id}")
            lost.append(Lost(LostKind.INTEREST, removed.label, name))
            continue
        restored.append(_insert_saved(session, Interest, saved, parcel_id=parcel_id))
    _relink_documents(session, removed.document_ids, parcel_id)
    return tuple(restored), tuple(lost)


def recreate_parcel(
    session: Session, fields: Mapping[str, Any], removed: Removed | None = None
) -> Restored:
    """Create a deleted parcel again from its ``fields``, with what its delete took along.

    A reservation for an actor deleted meanwhile loses its counterpart (as the
    database would have done had the parcel stayed); a link to a plan deleted
    meanwhile is left out. Both are reported in ``lost``.

    Raises:
        ValidationError, DuplicateKey: the fields are no longer accepted
            (e.g. a colleague created a parcel with the same designation).
    """
    values = dict(fields)
    label = str(values.get("designation", ""))
    names = removed.actor_names if removed is not None else {}
    lost: list[Lost] = []
    actor_id = values.get("reserved_for_id")
    if actor_id is not None and session.get(Actor, actor_id) is None:
        values["reserved_for_id"] = None
        lost.append(Lost(LostKind.RESERVATION, label, names.get(actor_id, f"#{actor_id}")))
    plan = values.get("plan")
    if (
        plan
        and session.scalar(select(DetailedPlan.id).where(DetailedPlan.designation == plan)) is None
    ):
        del values["plan"]
        lost.append(Lost(LostKind.PLAN_LINK, label, str(plan)))
    row = create_parcel(session, values)
    interests: tuple[int, ...] = ()
    if removed is not None:
        interests, more = restore_parcel_dependents(session, row.id, removed)
        lost.extend(more)
    return Restored(row, interests=interests, lost=tuple(lost))


def restore_plan_dependents(
    session: Session, plan_id: int, removed: Removed
) -> tuple[tuple[ParcelRow, ...], tuple[Lost, ...]]:
    """Bring back a deleted plan's land-use areas, parcel links and document links.

    A parcel deleted meanwhile, or linked to another plan meanwhile, is left as it is.

    Returns:
        the parcels linked to the plan again (as they are now), and what was left out.
    """
    plan = load(session, DetailedPlan, plan_id)
    for saved in removed.land_use_areas:
        _insert_saved(session, LandUseArea, saved, plan_id=plan_id)
    for saved in removed.provisions:  # with their identities (NS 4.1 objektidentitet)
        _insert_saved(session, Provision, saved, plan_id=plan_id)
    for saved in removed.period_decisions:
        _insert_saved(session, PeriodDecision, saved, plan_id=plan_id)
    relinked: list[ParcelRow] = []
    lost: list[Lost] = []
    for parcel_id, label in removed.governed:
        parcel = session.get(Parcel, parcel_id)
        if parcel is None or parcel.plan_id is not None:
            lost.append(Lost(LostKind.PLAN_LINK, label, plan.designation))
            continue
        relinked.append(update_parcel(session, parcel_id, parcel.version, {"plan_id": plan_id}))
    _relink_documents(session, removed.document_ids, plan_id)
    return tuple(relinked), tuple(lost)


def recreate_plan(
    session: Session, fields: Mapping[str, Any], removed: Removed | None = None
) -> Restored:
    """Create a deleted plan again from its ``fields``, with what its delete took along.

    Raises:
        ValidationError, DuplicateKey: the fields are no longer accepted.
    """
    row: PlanRow = create_plan(session, fields)
    if removed is None:
        return Restored(row)
    relinked, lost = restore_plan_dependents(session, row.id, removed)
    if removed.period_decisions:
        # The end as its extensions and renewals made it (the plan's version stays: the
        # row is the one undo brings back, not an edit).
        plan = load(session, DetailedPlan, row.id)
        ends = period_end_of(session, plan)
        session.execute(
            update(DetailedPlan).where(DetailedPlan.id == row.id).values(implementation_ends=ends)
        )
        session.expire(plan)
        row = get_plan(session, row.id)
    return Restored(row, relinked=relinked, lost=lost)


def count_interests(session: Session, parcel_ids: list[int]) -> int:
    """How many interests actors have registered in these parcels."""
    if not parcel_ids:
        return 0
    query = select(func.count(Interest.id)).where(Interest.parcel_id.in_(parcel_ids))
    return int(session.scalar(query) or 0)
