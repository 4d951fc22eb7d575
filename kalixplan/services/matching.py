"""Matching actors' land needs to parcels, and parcels to actors (pure Python + numpy).

The parcels are loaded once into a column table (``ParcelTable``); a need is
then scored against every parcel at once with numpy, and only the parcels
shown get their per-criterion explanation. The rules (sector table, weights,
default distances, texts) live in ``match_rules``; docs/business.md explains them.

Score: every criterion the need asks about earns 2 points × its weight when
met, 1 × weight when the parcel's value is unknown and 0 when not met; the
score is those points as a percentage of the maximum. Ties are broken, in
order, by fewer criteria not met, fewer unknown, the smaller relative surplus
of area over the need (less land wasted; to 0.01 %), and the designation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.domain.errors import NotFound
from kalixplan.services.actors import get_actor, list_actors, needs_of
from kalixplan.services.match_rules import (
    DEFAULT_MAX_DIST_PORT_M,
    DEFAULT_MAX_DIST_RAIL_M,
    MET,
    NOT_MET,
    UNKNOWN,
    WEIGHTS,
    CriterionResult,
    allowed_land_uses,
    constraint_parts,
    number,
)
from kalixplan.services.rows import ActorRow, NeedRow
from kalixplan.store.models import Parcel

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_STATE_NAMES = {1: MET, 0: UNKNOWN, -1: NOT_MET}
_HELD = (ParcelStatus.RESERVED.value, ParcelStatus.OPTION.value)


def _floats(values: Sequence[Any]) -> NDArray[np.float64]:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


@dataclass(frozen=True)
class ParcelTable:
    """The parcel facts matching needs, as numpy columns (row ``i`` is one parcel)."""

    ids: NDArray[np.int64]
    designations: list[str]
    area_names: list[str | None]
    statuses: list[str]
    available: NDArray[np.bool_]
    held: NDArray[np.bool_]
    reserved_for: NDArray[np.int64]
    area_ha: NDArray[np.float64]
    land_use: NDArray[np.str_]
    power_mw: NDArray[np.float64]
    water_m3_day: NDArray[np.float64]
    dist_rail_m: NDArray[np.float64]
    dist_port_m: NDArray[np.float64]
    constraint_state: NDArray[np.int8]
    facts: list[tuple[str | None, bool | None, int | None]]
    designation_rank: NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.designations)

    @classmethod
    def from_records(cls, records: Sequence[dict[str, Any]]) -> ParcelTable:
        """Build the table from parcel mappings (``ParcelRow`` field names)."""
        n = len(records)
        col = lambda name: [r.get(name) for r in records]  # noqa: E731
        statuses = [str(s) for s in col("status")]
        area = _floats(col("area_m2")) / 10_000.0
        # A parcel drawn without a boundary has area 0: that is "unknown", not 0 ha.
        area[area <= 0] = np.nan
        water = _floats(col("water_capacity_m3_day"))
        # Known to have no municipal water: no capacity at all.
        no_water = np.array([r.get("water_sewer") is False for r in records], dtype=bool)
        water[no_water & np.isnan(water)] = 0.0
        facts = [
            (r.get("flood_risk"), r.get("protected_nature"), r.get("contaminated_mifo"))
            for r in records
        ]
        code = {MET: 1, UNKNOWN: 0, NOT_MET: -1}
        constraint = np.array(
            [code[constraint_parts(f, p, m, "en")[0]] for f, p, m in facts], dtype=np.int8
        )
        designations = [str(d) for d in col("designation")]
        rank = np.empty(n, dtype=np.int64)
        rank[np.argsort(np.array(designations, dtype=str), kind="stable")] = np.arange(n)
        reserved_for = np.array([-1 if v is None else int(v) for v in col("reserved_for_id")])
        return cls(
            ids=np.array(col("id"), dtype=np.int64),
            designations=designations,
            area_names=col("area_name"),
            statuses=statuses,
            available=np.array([s == ParcelStatus.AVAILABLE.value for s in statuses], dtype=bool),
            held=np.array([s in _HELD for s in statuses], dtype=bool),
            reserved_for=reserved_for.astype(np.int64),
            area_ha=area,
            land_use=np.array([str(v or "") for v in col("land_use")], dtype=str),
            power_mw=_floats(col("power_mw")),
            water_m3_day=water,
            dist_rail_m=_floats(col("dist_rail_m")),
            dist_port_m=_floats(col("dist_port_m")),
            constraint_state=constraint,
            facts=facts,
            designation_rank=rank,
        )


_COLUMNS = (
    "id",
    "designation",
    "area_name",
    "status",
    "reserved_for_id",
    "area_m2",
    "land_use",
    "power_mw",
    "water_sewer",
    "water_capacity_m3_day",
    "dist_rail_m",
    "dist_port_m",
    "flood_risk",
    "protected_nature",
    "contaminated_mifo",
)


def load_parcel_table(session: Session, ids: Sequence[int] | None = None) -> ParcelTable:
    """Read the parcels (all, or some) into a ``ParcelTable``; geometries are not read."""
    table = Parcel.__table__
    query = select(*(table.c[name] for name in _COLUMNS)).order_by(table.c.id)
    if ids is not None:
        query = query.where(table.c.id.in_(list(ids)))
    return ParcelTable.from_records([dict(r) for r in session.execute(query).mappings()])


@dataclass(frozen=True)
class NeedProfile:
    """What a need asks for, with the defaults applied (None: not asked)."""

    actor_id: int | None
    need_id: int | None
    sector: str | None
    area_ha: float | None = None
    power_mw: float | None = None
    water_m3_day: float | None = None
    max_dist_rail_m: float | None = None
    max_dist_port_m: float | None = None

    @classmethod
    def of(cls, need: NeedRow, actor: ActorRow) -> NeedProfile:
        """The profile of an actor's need; "needs rail/port" without a limit gets the default."""
        rail = need.max_dist_rail_m
        if rail is None and need.needs_rail:
            rail = DEFAULT_MAX_DIST_RAIL_M
        port = need.max_dist_port_m
        if port is None and need.needs_port:
            port = DEFAULT_MAX_DIST_PORT_M
        return cls(
            actor_id=actor.id,
            need_id=need.id,
            sector=actor.sector,
            area_ha=need.area_ha or None,
            power_mw=need.power_mw or None,
            water_m3_day=need.water_m3_day or None,
            max_dist_rail_m=rail,
            max_dist_port_m=port,
        )


def need_summary(profile: NeedProfile, lang: str = "en", timeframe: str | None = None) -> str:
    """A need in a few words, e.g. ``12 ha, 40 MW, rail ≤ 2 km, by 2028``."""
    sv = lang == "sv"
    parts = []
    if profile.area_ha:
        parts.append(f"{number(profile.area_ha, lang)} ha")
    if profile.power_mw:
        parts.append(f"{number(profile.power_mw, lang)} MW")
    if profile.water_m3_day:
        parts.append(f"{number(profile.water_m3_day, lang)} {'m³/dygn' if sv else 'm³/day'}")
    if profile.max_dist_rail_m is not None:
        km = number(profile.max_dist_rail_m / 1000.0, lang)
        parts.append(f"{'järnväg' if sv else 'rail'} ≤ {km} km")
    if profile.max_dist_port_m is not None:
        km = number(profile.max_dist_port_m / 1000.0, lang)
        parts.append(f"{'hamn' if sv else 'port'} ≤ {km} km")
    parts.append("/".join(allowed_land_uses(profile.sector)))
    if timeframe:
        parts.append(f"{'tidsram' if sv else 'timeframe'} {timeframe}")
    return ", ".join(parts)


def _at_least(values: NDArray[np.float64], need: float) -> NDArray[np.int8]:
    state = np.where(values >= need, 1, -1).astype(np.int8)
    state[np.isnan(values)] = 0
    return state


def _at_most(values: NDArray[np.float64], limit: float) -> NDArray[np.int8]:
    state = np.where(values <= limit, 1, -1).astype(np.int8)
    state[np.isnan(values)] = 0
    return state


def criterion_states(table: ParcelTable, need: NeedProfile) -> dict[str, NDArray[np.int8]]:
    """Per criterion the need asks about: 1 met, 0 unknown, -1 not met, for every parcel."""
    states: dict[str, NDArray[np.int8]] = {}
    if need.area_ha is not None:
        states["area"] = _at_least(table.area_ha, need.area_ha)
    allowed = np.array(allowed_land_uses(need.sector), dtype=str)
    land = np.where(np.isin(table.land_use, allowed), 1, -1).astype(np.int8)
    land[table.land_use == ""] = 0
    states["land_use"] = land
    if need.power_mw is not None:
        states["power"] = _at_least(table.power_mw, need.power_mw)
    if need.max_dist_rail_m is not None:
        states["rail"] = _at_most(table.dist_rail_m, need.max_dist_rail_m)
    if need.max_dist_port_m is not None:
        states["port"] = _at_most(table.dist_port_m, need.max_dist_port_m)
    if need.water_m3_day is not None:
        states["water"] = _at_least(table.water_m3_day, need.water_m3_day)
    states["constraints"] = table.constraint_state
    return states


def eligible(table: ParcelTable, actor_id: int | None) -> NDArray[np.bool_]:
    """Parcels an actor can get: available, or reserved/optioned for that actor."""
    mine = table.held & (table.reserved_for == (-2 if actor_id is None else actor_id))
    return table.available | mine


@dataclass(frozen=True)
class ParcelMatch:
    """One parcel ranked against one need."""

    rank: int
    parcel_id: int
    designation: str
    area_name: str | None
    status: str
    area_ha: float | None
    score: float
    fits: bool
    criteria: tuple[CriterionResult, ...]

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        """The match as plain JSON-ready data."""
        return {
            "rank": self.rank,
            "parcel_id": self.parcel_id,
            "designation": self.designation,
            "area_name": self.area_name,
            "status": self.status,
            "area_ha": None if self.area_ha is None else round(self.area_ha, 2),
            "score": self.score,
            "fits": self.fits,
            "criteria": [
                {
                    "criterion": c.key,
                    "result": c.state,
                    "value": (
                        dict(
                            zip(
                                ("flood_risk", "protected_nature", "contaminated_mifo"),
                                c.facts,
                                strict=True,
                            )
                        )
                        if c.facts is not None
                        else c.value
                    ),
                    "required": c.required,
                    "text": c.text(lang),
                }
                for c in self.criteria
            ],
        }


def _points(states: dict[str, NDArray[np.int8]], n: int) -> tuple[NDArray[np.int64], int]:
    points = np.zeros(n, dtype=np.int64)
    for key, state in states.items():
        points += WEIGHTS[key] * (state.astype(np.int64) + 1)
    return points, 2 * sum(WEIGHTS[k] for k in states)


def rank_need(
    table: ParcelTable, need: NeedProfile
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Row indices of the eligible parcels, best first, and their scores (0-100)."""
    return _rank(table, need, criterion_states(table, need))


def _rank(
    table: ParcelTable, need: NeedProfile, states: dict[str, NDArray[np.int8]]
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    n = len(table)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    points, maximum = _points(states, n)
    failed = sum((s == -1).astype(np.int64) for s in states.values())
    unknown = sum((s == 0).astype(np.int64) for s in states.values())
    if need.area_ha:
        # Rounded to 0.01 %: parcels of the same drawn size are a tie, not decided
        # by the last square metre of geodesic rounding.
        surplus = np.round(np.abs(table.area_ha - need.area_ha) / need.area_ha, 4)
        surplus = np.where(np.isnan(surplus), np.inf, surplus)
    else:
        surplus = np.zeros(n)
    rows = np.flatnonzero(eligible(table, need.actor_id))
    # np.lexsort sorts by the last key first.
    order = np.lexsort(
        (
            table.designation_rank[rows],
            surplus[rows],
            np.asarray(unknown)[rows],
            np.asarray(failed)[rows],
            -points[rows],
        )
    )
    chosen = rows[order]
    return chosen, np.round(100.0 * points[chosen] / maximum, 1)


def _criteria(
    table: ParcelTable, need: NeedProfile, row: int, states: dict[str, Any]
) -> tuple[CriterionResult, ...]:
    values: dict[str, tuple[float | str | None, float | str | None]] = {
        "area": (table.area_ha[row], need.area_ha),
        "land_use": (table.land_use[row] or None, "/".join(allowed_land_uses(need.sector))),
        "power": (table.power_mw[row], need.power_mw),
        "rail": (table.dist_rail_m[row], need.max_dist_rail_m),
        "port": (table.dist_port_m[row], need.max_dist_port_m),
        "water": (table.water_m3_day[row], need.water_m3_day),
        "constraints": (None, None),
    }
    out = []
    for key, state in states.items():
        value, required = values[key]
        if isinstance(value, float | np.floating):
            value = None if np.isnan(value) else round(float(value), 2)
        elif value is not None:
            value = str(value)
        out.append(
            CriterionResult(
                key=key,
                state=_STATE_NAMES[int(state[row])],
                value=value,
                required=required,
                weight=WEIGHTS[key],
                facts=table.facts[row] if key == "constraints" else None,
            )
        )
    return tuple(out)


def match_need(table: ParcelTable, need: NeedProfile, top: int | None = None) -> list[ParcelMatch]:
    """Rank the parcels for a need and explain each shown parcel criterion by criterion."""
    states = criterion_states(table, need)
    rows, scores = _rank(table, need, states)
    if top is not None:
        rows, scores = rows[:top], scores[:top]
    out = []
    for rank, (row, score) in enumerate(zip(rows.tolist(), scores.tolist(), strict=True), start=1):
        criteria = _criteria(table, need, row, states)
        out.append(
            ParcelMatch(
                rank=rank,
                parcel_id=int(table.ids[row]),
                designation=table.designations[row],
                area_name=table.area_names[row],
                status=table.statuses[row],
                area_ha=None if np.isnan(table.area_ha[row]) else float(table.area_ha[row]),
                score=float(score),
                fits=all(c.state != NOT_MET for c in criteria),
                criteria=criteria,
            )
        )
    return out


@dataclass(frozen=True)
class NeedMatches:
    """The ranked parcels for one need of an actor."""

    actor: ActorRow
    need: NeedRow
    matches: list[ParcelMatch]


def match_actor(session: Session, actor_id: int, top: int | None = None) -> list[NeedMatches]:
    """For each land need of an actor, the parcels that fit, best first."""
    actor = get_actor(session, actor_id)
    table = load_parcel_table(session)
    return [
        NeedMatches(actor, need, match_need(table, NeedProfile.of(need, actor), top))
        for need in needs_of(session, actor_id)
    ]


def match_actor_need(
    session: Session,
    actor_id: int,
    need_id: int,
    top: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ParcelMatch] | None:
    """Rank the land for one need of an actor (long work: progress, cancel gives None)."""
    actor = get_actor(session, actor_id)
    need = next((n for n in needs_of(session, actor_id) if n.id == need_id), None)
    if need is None:
        raise NotFound(f"Land need {need_id} of {actor.name} does not exist any more; reload.")
    if progress is not None:
        progress(0, 2, "")
    table = load_parcel_table(session)
    if cancelled is not None and cancelled():
        return None
    if progress is not None:
        progress(1, 2, "")
    matches = match_need(table, NeedProfile.of(need, actor), top)
    if progress is not None:
        progress(2, 2, "")
    return matches


def match_all(
    table: ParcelTable,
    needs: Sequence[NeedProfile],
    top: int | None = 10,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[list[ParcelMatch]]:
    """Match many needs against one loaded table (long work: progress and cancel)."""
    out: list[list[ParcelMatch]] = []
    for i, need in enumerate(needs):
        if cancelled is not None and cancelled():
            break
        out.append(match_need(table, need, top))
        if progress is not None and (i % 25 == 0 or i == len(needs) - 1):
            progress(i + 1, len(needs), "")
    return out


@dataclass(frozen=True)
class ActorFit:
    """How one parcel fits one actor's need (the reverse match)."""

    actor_id: int
    actor_name: str
    org_number: str
    sector: str | None
    need_id: int
    match: ParcelMatch


def actors_for_parcel(
    session: Session, parcel_id: int, *, only_fitting: bool = False
) -> list[ActorFit]:
    """The actors' needs a parcel can serve, best score first (the reverse of ``match_need``).

    The parcel must be one the actor could get (available, or held for it);
    each result carries the same score and criteria the forward match gives.
    """
    table = load_parcel_table(session, [parcel_id])
    if len(table) == 0:
        return []
    actors = {a.id: a for a in list_actors(session)}
    fits: list[ActorFit] = []
    for need in needs_of(session):
        actor = actors[need.actor_id]
        found = match_need(table, NeedProfile.of(need, actor))
        if not found or (only_fitting and not found[0].fits):
            continue
        fits.append(
            ActorFit(actor.id, actor.name, actor.org_number, actor.sector, need.id, found[0])
        )
    fits.sort(key=lambda f: (not f.match.fits, -f.match.score, f.actor_name, f.need_id))
    return fits
