"""Scoring and ranking every parcel against one need at once, with numpy.

Each criterion the need asks about gets a state per parcel: 1 met, 0 unknown
(the parcel's value is NULL), -1 not met. Score: every asked criterion earns
2 points × its weight (``rules.WEIGHTS``) when met, 1 × weight when
unknown and 0 when not met; the score is those points as a percentage of the
maximum. Ties are broken, in order, by fewer criteria not met, fewer unknown,
the smaller relative surplus of area over the need (less land wasted; to
0.01 %), and the designation. Only parcels the actor can get are ranked.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from kalixplan.domain.codes import land_use_parts
from kalixplan.services.matching.profile import NeedProfile
from kalixplan.services.matching.rules import WEIGHTS, allowed_land_uses
from kalixplan.services.matching.table import ParcelTable


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
    # A combined use ("JZ") allows what any of its uses allows; a variant ("J1") is its
    # base use. Decided once per distinct code, then spread over the parcels.
    allowed = set(allowed_land_uses(need.sector))
    codes, where = np.unique(table.land_use, return_inverse=True)
    per_code = np.array(
        [
            0 if code == "" else (1 if allowed & set(land_use_parts(str(code)) or ()) else -1)
            for code in codes
        ],
        dtype=np.int8,
    )
    land = per_code[where.reshape(-1)] if len(codes) else np.zeros(0, dtype=np.int8)
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


def _points(states: dict[str, NDArray[np.int8]], n: int) -> tuple[NDArray[np.int64], int]:
    points = np.zeros(n, dtype=np.int64)
    for key, state in states.items():
        points += WEIGHTS[key] * (state.astype(np.int64) + 1)
    return points, 2 * sum(WEIGHTS[k] for k in states)


def rank_need(
    table: ParcelTable,
    need: NeedProfile,
    states: dict[str, NDArray[np.int8]] | None = None,
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Row indices of the eligible parcels, best first, and their scores (0-100).

    Args:
        table: the parcels.
        need: what is asked.
        states: ``criterion_states(table, need)`` when the caller has them already
            (they are computed otherwise).
    """
    if states is None:
        states = criterion_states(table, need)
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
