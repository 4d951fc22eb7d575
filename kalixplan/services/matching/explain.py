"""Explaining a ranked parcel: its ``ParcelMatch``, criterion by criterion.

Only the parcels that are shown get explained (``ranking`` scores all of
them without texts); the words themselves come from ``rules``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kalixplan.services.matching.profile import NeedProfile
from kalixplan.services.matching.rules import (
    MET,
    NOT_MET,
    UNKNOWN,
    WEIGHTS,
    CriterionResult,
    allowed_land_uses,
)
from kalixplan.services.matching.table import ParcelTable

_STATE_NAMES = {1: MET, 0: UNKNOWN, -1: NOT_MET}


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


def _criteria(
    table: ParcelTable, need: NeedProfile, row: int, states: dict[str, NDArray[np.int8]]
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


def explain_match(
    table: ParcelTable,
    need: NeedProfile,
    states: dict[str, NDArray[np.int8]],
    row: int,
    rank: int,
    score: float,
) -> ParcelMatch:
    """The parcel in ``row`` of ``table``, ranked ``rank`` with ``score``, explained.

    Args:
        table: the parcels.
        need: what is asked.
        states: ``ranking.criterion_states(table, need)``.
        row: the parcel's row in ``table``.
        rank: its place in the ranking (1 is best).
        score: its score (0-100).
    """
    criteria = _criteria(table, need, row, states)
    return ParcelMatch(
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
