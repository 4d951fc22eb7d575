"""Alerts shown when a project opens: what a business developer must act on now.

- reservations that have expired, or end within 30 days;
- plans whose implementation period (genomförandetid) ends within 12 months;
- next steps in the activity log that are due (today or earlier) and not done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.services.actors import reservation_flag, reserved_parcels
from kalixplan.services.plans import plans_ending_within
from kalixplan.store.models import Activity, Actor

RESERVATION_DAYS = 30
IMPLEMENTATION_MONTHS = 12

RESERVATION_EXPIRED = "reservation_expired"
RESERVATION_EXPIRING = "reservation_expiring"
IMPLEMENTATION_ENDING = "implementation_ending"
NEXT_STEP_DUE = "next_step_due"

# Most urgent first: something already late, then something about to be.
_ORDER = (RESERVATION_EXPIRED, NEXT_STEP_DUE, RESERVATION_EXPIRING, IMPLEMENTATION_ENDING)


@dataclass(frozen=True)
class Alert:
    """One thing to act on.

    Attributes:
        kind: ``reservation_expired``, ``reservation_expiring``,
            ``implementation_ending`` or ``next_step_due``.
        table: the table of the row it is about (parcels, plans, activities).
        row_id: that row's id.
        when: the date that matters (end of reservation or period, due date).
        subject: what it is about (parcel designation, plan, actor name).
        detail: a short extra (the counterpart, the next step's text).
        actor_id: the actor concerned, when there is one.
    """

    kind: str
    table: str
    row_id: int
    when: date
    subject: str
    detail: str
    actor_id: int | None = None

    @property
    def overdue(self) -> bool:
        """True for what is already late."""
        return self.kind in (RESERVATION_EXPIRED, NEXT_STEP_DUE)

    def days(self, today: date) -> int:
        """Days from today to ``when`` (negative: in the past)."""
        return (self.when - today).days

    def message(self, lang: str, today: date) -> str:
        """One sentence in Swedish or English."""
        days = self.days(today)
        sv = lang == "sv"
        when = self.when.isoformat()
        extra = f" ({self.detail})" if self.detail else ""
        if self.kind == RESERVATION_EXPIRED:
            return (
                f"Reservationen av {self.subject}{extra} gick ut {when}, för {-days} dagar sedan."
                if sv
                else f"The reservation of {self.subject}{extra} expired on {when}, {-days} days ago."
            )
        if self.kind == RESERVATION_EXPIRING:
            return (
                f"Reservationen av {self.subject}{extra} går ut {when}, om {days} dagar."
                if sv
                else f"The reservation of {self.subject}{extra} ends on {when}, in {days} days."
            )
        if self.kind == IMPLEMENTATION_ENDING:
            return (
                f"Genomförandetiden för {self.subject} går ut {when}."
                if sv
                else f"The implementation period of {self.subject} ends on {when}."
            )
        late = (f", {-days} dagar sent" if sv else f", {-days} days late") if days < 0 else ""
        return (
            f"Nästa steg med {self.subject}: {self.detail} – förfallodag {when}{late}."
            if sv
            else f"Next step with {self.subject}: {self.detail}, due {when}{late}."
        )


def collect_alerts(
    session: Session,
    today: date | None = None,
    reservation_days: int = RESERVATION_DAYS,
    implementation_months: int = IMPLEMENTATION_MONTHS,
) -> list[Alert]:
    """Every alert for the project, most urgent kind first, then by date."""
    today = today or date.today()
    names: dict[int, str] = {
        int(i): str(n) for i, n in session.execute(select(Actor.id, Actor.name))
    }
    alerts: list[Alert] = []
    for parcel in reserved_parcels(session):
        flag = reservation_flag(parcel, today, reservation_days)
        if flag not in ("expired", "expiring") or parcel.reserved_until is None:
            continue
        alerts.append(
            Alert(
                kind=RESERVATION_EXPIRED if flag == "expired" else RESERVATION_EXPIRING,
                table="parcels",
                row_id=parcel.id,
                when=parcel.reserved_until,
                subject=parcel.designation,
                detail=names.get(parcel.reserved_for_id, "") if parcel.reserved_for_id else "",
                actor_id=parcel.reserved_for_id,
            )
        )
    for plan in plans_ending_within(session, implementation_months, today):
        if plan.implementation_ends is None:
            continue
        alerts.append(
            Alert(
                kind=IMPLEMENTATION_ENDING,
                table="plans",
                row_id=plan.id,
                when=plan.implementation_ends,
                subject=f"{plan.designation} {plan.name}",
                detail="",
            )
        )
    due = session.execute(
        select(Activity.id, Activity.actor_id, Activity.next_step, Activity.next_step_due)
        .where(
            Activity.next_step_due.is_not(None),
            Activity.next_step_due <= today,
            Activity.done.is_(False),
        )
        .order_by(Activity.next_step_due, Activity.id)
    )
    for activity_id, actor_id, step, when in due:
        if when is None:  # excluded by the query; keeps the type checker informed
            continue
        alerts.append(
            Alert(
                kind=NEXT_STEP_DUE,
                table="activities",
                row_id=int(activity_id),
                when=when,
                subject=names.get(actor_id, "?"),
                detail=str(step or ""),
                actor_id=int(actor_id),
            )
        )
    alerts.sort(key=lambda a: (_ORDER.index(a.kind), a.when, a.row_id))
    return alerts


def alerts_exist(session: Session, today: date | None = None) -> bool:
    """True when there is anything to alert about."""
    return bool(collect_alerts(session, today))
