"""The demo's parcels: invented cadastral parcels in the plans of the eight areas, every status.

Parcels are laid out in rows of three inside their area's plan, slightly
irregular like real parcels; statuses follow ``data.STATUS_CYCLE`` and
reach their status through the ordinary status rules.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from shapely.geometry import Polygon
from sqlalchemy.orm import Session

from kalixplan.services.demo.data import AREAS, STATUS_CYCLE
from kalixplan.services.parcels import create_parcel, get_parcel, update_parcel


def _parcel_polygon(x: float, y: float, w: float, h: float, rng: random.Random) -> Polygon:
    # Slightly irregular quadrilaterals look like real cadastral parcels.
    j = lambda: rng.uniform(-0.06, 0.06) * min(w, h)  # noqa: E731
    return Polygon(
        [
            (x + j(), y + j()),
            (x + w + j(), y + j()),
            (x + w + j(), y + h + j()),
            (x + j(), y + h + j()),
        ]
    )


def build_parcels(
    session: Session,
    plan_ids: dict[str, int],
    plan_origins: dict[str, tuple[float, float]],
    today: date,
    rng: random.Random,
) -> list[int]:
    """Add the demo parcels inside the plans (ids and corners by designation); return their ids."""
    ids: list[int] = []
    counter = 0
    for area in AREAS:
        ox, oy = plan_origins[area.plan]
        for k in range(area.parcels):
            status = STATUS_CYCLE[counter % len(STATUS_CYCLE)]
            counter += 1
            col, line = k % 3, k // 3
            w = rng.uniform(160, 260)
            h = rng.uniform(140, 250)
            geom = _parcel_polygon(ox + 40 + col * 280, oy + 150 + line * 300, w, h, rng)
            fields: dict[str, Any] = {
                "designation": f"Kalix {area.name} {rng.randint(1, 12)}:{40 + counter}",
                "area_name": f"{area.name} industriområde",
                "owner": "Kalix kommun" if counter % 5 else "Kalix Industrihotell AB",
                "owner_kind": "municipality" if counter % 5 else "municipal_company",
                "status": "available",
                "price_sek_m2": float(rng.choice((45, 60, 80, 95, 120, 150))),
                "price_includes": "Anslutningsavgifter ingår ej / connection fees not included",
                "land_use": area.land_use,
                "plan_id": plan_ids[area.plan],
                "max_height_m": 18.0 if area.land_use == "J" else 12.0,
                "utilisation": "e1 50 %",
                "power_mw": round(rng.uniform(0.5, 40.0), 1) if counter % 7 else None,
                "water_sewer": True,
                "water_capacity_m3_day": float(rng.choice((50, 200, 500))),
                "district_heating": area.name in ("Lägret", "Rolfs", "Grytnäs", "Risön"),
                "fibre": True,
                "gas_hydrogen": area.name == "Karlsborg",
                "dist_airport_km": 75.0 if area.name != "Töre" else 60.0,
                "geotechnics": "Morän, god bärighet (exempel)",
                "ground_state": "Råmark, oexploaterad skogsmark" if k % 2 else "Planerad, grusad",
                "contact_person": "Näringslivskontoret, Kalix kommun (exempel)",
                "contact_email": "naringsliv@example.se",
                "notes": "Exempeldata: påhittad fastighet för demonstration.",
                "geom": geom,
                "example_data": True,
                # The land on offer goes on the public pages (kalixplan publish).
                "public": status == "available",
            }
            row = create_parcel(session, fields)
            ids.append(row.id)
            _set_status(session, row.id, status, today)
    return ids


def _set_status(session: Session, parcel_id: int, status: str, today: date) -> None:
    if status == "available":
        return
    row = get_parcel(session, parcel_id)
    changes: dict[str, Any] = {"status": status}
    if status == "reserved":
        # One reservation expired last week, others run some months or days more.
        changes["reserved_until"] = today + timedelta(days=(-7, 20, 120)[parcel_id % 3])
    update_parcel(session, parcel_id, row.version, changes)
