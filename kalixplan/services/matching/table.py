"""The parcel facts that matching reads, loaded once into numpy columns (``ParcelTable``).

Only the columns the criteria need are read (no geometries); every need is
then scored against the whole table at once (``ranking``). A value the
database does not have stays NaN here, so that it is *unknown*, never zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.services.matching.rules import MET, NOT_MET, UNKNOWN, constraint_parts
from kalixplan.store.models import Parcel

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
