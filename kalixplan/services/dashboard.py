"""The business dashboard's numbers (Qt-free): land, actors and plans at a glance.

The application draws these as charts and ``kalixplan report`` prints them on
one page; both read the same ``DashboardData``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import (
    INTEREST_STAGE_LABELS,
    PARCEL_STATUS_LABELS,
    PLAN_STATUS_LABELS,
    InterestStage,
    ParcelStatus,
    PlanStatus,
)
from kalixplan.domain.language import pick
from kalixplan.domain.rows import PlanRow
from kalixplan.services.actors import furthest_stage
from kalixplan.services.plans import plans_ending_within
from kalixplan.store.models import Actor, DetailedPlan, Interest, Parcel

# The three statuses the land overview is about; the rest are summed as "other".
LAND_STATUSES: tuple[str, ...] = (
    ParcelStatus.AVAILABLE.value,
    ParcelStatus.RESERVED.value,
    ParcelStatus.SOLD.value,
)
OTHER = "other"
NO_VALUE = ""
NO_INTEREST = "none"


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, computed once.

    Attributes:
        hectares_by_status: hectares per parcel status (every status present).
        hectares_by_area: area name -> {available|reserved|sold|other: ha}.
        hectares_by_land_use: land-use code -> {available|reserved|sold|other: ha}.
        actors_by_stage: each actor counted once, at its furthest dialogue stage
            ("none" for actors without an interest).
        interests_by_stage: interests per dialogue stage.
        actors_by_sector: actors per sector ("" when not given).
        plans_by_status: plans per process stage.
        plans_ending: plans in force whose implementation period ends within
            ``ending_months`` months, soonest first.
    """

    today: date
    parcel_count: int
    actor_count: int
    plan_count: int
    hectares_by_status: dict[str, float]
    hectares_by_area: dict[str, dict[str, float]]
    hectares_by_land_use: dict[str, dict[str, float]]
    actors_by_stage: dict[str, int]
    interests_by_stage: dict[str, int]
    actors_by_sector: dict[str, int]
    plans_by_status: dict[str, int]
    plans_ending: list[PlanRow]
    ending_months: int

    def hectares(self, status: str) -> float:
        """Hectares with one status (0 when none)."""
        return self.hectares_by_status.get(status, 0.0)


def _bucket(status: str) -> str:
    return status if status in LAND_STATUSES else OTHER


def _split(session: Session, column: object) -> dict[str, dict[str, float]]:
    rows = session.execute(
        select(column, Parcel.status, func.sum(Parcel.area_m2)).group_by(column, Parcel.status)  # type: ignore[call-overload]
    )
    out: dict[str, dict[str, float]] = {}
    for key, status, total in rows:
        cell = out.setdefault(str(key or NO_VALUE), dict.fromkeys((*LAND_STATUSES, OTHER), 0.0))
        cell[_bucket(status)] += float(total or 0.0) / 10_000.0
    return dict(sorted(out.items()))


def compute_dashboard(
    session: Session, today: date | None = None, ending_months: int = 24
) -> DashboardData:
    """Compute the dashboard's numbers from the project database."""
    today = today or date.today()
    by_status = {
        str(status): float(total or 0.0) / 10_000.0
        for status, total in session.execute(
            select(Parcel.status, func.sum(Parcel.area_m2)).group_by(Parcel.status)
        )
    }
    stages_of: dict[int, list[str]] = {}
    for actor_id, stage in session.execute(select(Interest.actor_id, Interest.stage)):
        stages_of.setdefault(int(actor_id), []).append(str(stage))
    actor_ids = list(session.scalars(select(Actor.id)))
    actors_by_stage = Counter(
        furthest_stage(stages_of.get(a, [])) or NO_INTEREST for a in actor_ids
    )
    interests_by_stage = {
        str(stage): int(n)
        for stage, n in session.execute(
            select(Interest.stage, func.count(Interest.id)).group_by(Interest.stage)
        )
    }
    sectors = {
        str(sector or NO_VALUE): int(n)
        for sector, n in session.execute(
            select(Actor.sector, func.count(Actor.id)).group_by(Actor.sector)
        )
    }
    plans = {
        str(status): int(n)
        for status, n in session.execute(
            select(DetailedPlan.status, func.count(DetailedPlan.id)).group_by(DetailedPlan.status)
        )
    }
    return DashboardData(
        today=today,
        parcel_count=int(session.scalar(select(func.count(Parcel.id))) or 0),
        actor_count=len(actor_ids),
        plan_count=sum(plans.values()),
        hectares_by_status=by_status,
        hectares_by_area=_split(session, Parcel.area_name),
        hectares_by_land_use=_split(session, Parcel.land_use),
        actors_by_stage=_ordered(
            dict(actors_by_stage), [*(s.value for s in InterestStage), NO_INTEREST]
        ),
        interests_by_stage=_ordered(interests_by_stage, [s.value for s in InterestStage]),
        actors_by_sector=dict(sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))),
        plans_by_status=_ordered(plans, [s.value for s in PlanStatus]),
        plans_ending=plans_ending_within(session, ending_months, today),
        ending_months=ending_months,
    )


def _ordered(counts: dict[str, int], order: list[str]) -> dict[str, int]:
    """Counts in code-list order, unknown codes last."""
    rank = {key: i for i, key in enumerate(order)}
    return dict(sorted(counts.items(), key=lambda kv: (rank.get(kv[0], len(order)), kv[0])))


def status_label(status: str, lang: str) -> str:
    """A parcel status (or ``other``) in Swedish or English."""
    if status == OTHER:
        return pick(("Övrigt", "Other"), lang)
    try:
        return pick(PARCEL_STATUS_LABELS[ParcelStatus(status)], lang)
    except ValueError:
        return status


def stage_label(stage: str, lang: str) -> str:
    """A dialogue stage (or ``none``) in Swedish or English."""
    if stage == NO_INTEREST:
        return pick(("Inget intresse än", "No interest yet"), lang)
    try:
        return pick(INTEREST_STAGE_LABELS[InterestStage(stage)], lang)
    except ValueError:
        return stage


def plan_status_label(status: str, lang: str) -> str:
    """A plan process stage in Swedish or English."""
    try:
        return pick(PLAN_STATUS_LABELS[PlanStatus(status)], lang)
    except ValueError:
        return status
