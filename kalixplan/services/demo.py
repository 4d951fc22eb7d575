"""The Kalix demo dataset: a real municipal boundary and invented example data.

Everything except the boundary is invented, placed near the real industrial
areas that Kalix kommun's public material names (DOMAIN.md §1), and marked
``example_data``. Dates are relative to the day the demo is built so that
"ending soon" and "expires soon" stay true whenever it is created.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, Point, Polygon, shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy.orm import Session

from kalixplan.domain.validation import luhn_check_digit
from kalixplan.geo.crs import reproject, transformer
from kalixplan.services.actors import (
    add_activity,
    add_contact,
    add_interest,
    add_need,
    create_actor,
)
from kalixplan.services.demo_data import ACTORS, AREAS, PLANS, STAGES, STATUS_CYCLE
from kalixplan.services.parcels import create_parcel, get_parcel, update_parcel
from kalixplan.services.plans import add_land_use_area, create_plan, update_plan
from kalixplan.services.reference import create_reference_layer
from kalixplan.store.models import ProjectSetting

DEMO_EPSG = 3018
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "demo"
BOUNDARY_FILE = RESOURCES / "kalix_boundary.geojson"

Progress = Callable[[int, int, str], None]


def demo_org_number(index: int) -> str:
    """A valid, obviously invented organisation number (prefix 559999)."""
    first9 = f"559999{index:03d}"
    return f"{first9[:6]}-{first9[6:]}{luhn_check_digit(first9)}"


def _months_ago(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, min(today.day, 28))


def _xy(lon: float, lat: float, epsg: int) -> tuple[float, float]:
    x, y = transformer(4326, epsg).transform(lon, lat)
    return float(x), float(y)


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


def kalix_boundary() -> BaseGeometry:
    """The real Kalix municipal boundary (WGS 84) from the bundled resource."""
    data = json.loads(BOUNDARY_FILE.read_text(encoding="utf-8"))
    return shape(data["features"][0]["geometry"])


def build_demo(
    session: Session,
    epsg: int = DEMO_EPSG,
    progress: Progress | None = None,
    today: date | None = None,
) -> None:
    """Fill an empty project with the Kalix demo data, in the caller's transaction."""
    today = today or date.today()
    rng = random.Random(2514)
    report = progress or (lambda done, total, message: None)
    session.add(ProjectSetting(key="example_data", value="true"))
    session.add(ProjectSetting(key="municipality_code", value="2514"))
    session.add(ProjectSetting(key="municipality_name", value="Kalix kommun"))

    report(0, 4, "reference layers")
    _reference_layers(session, epsg)
    report(1, 4, "plans")
    plan_ids, plan_boxes = _plans(session, epsg, today, rng)
    report(2, 4, "parcels")
    parcel_ids = _parcels(session, epsg, plan_ids, plan_boxes, today, rng)
    report(3, 4, "actors")
    _actors(session, parcel_ids, today, rng)
    report(4, 4, "done")


def _line(points: list[tuple[float, float]], epsg: int) -> LineString:
    return LineString([_xy(lon, lat, epsg) for lon, lat in points])


def _reference_layers(session: Session, epsg: int) -> None:
    boundary = reproject(kalix_boundary(), 4326, epsg)
    create_reference_layer(
        session,
        "Kalix kommungräns",
        "boundary",
        [("Kalix kommun", boundary, {"kommunkod": "2514"})],
        source="okfse/sweden-geojson (Valmyndigheten), simplified",
        licence="published for free reuse",
    )
    ex: dict[str, Any] = {"example_data": True, "source": "KalixPlan demo (invented, approximate)"}
    e4 = _line(
        [
            (22.50, 65.93),
            (22.655, 65.900),
            (22.90, 65.880),
            (23.05, 65.862),
            (23.157, 65.851),
            (23.30, 65.840),
            (23.55, 65.835),
        ],
        epsg,
    )
    e10 = _line([(22.655, 65.900), (22.55, 65.96), (22.40, 66.05)], epsg)
    create_reference_layer(
        session,
        "Vägar E4/E10",
        "road",
        [("E4", e4, {"ref": "E4"}), ("E10", e10, {"ref": "E10"})],
        **ex,
    )
    rail = _line(
        [
            (22.50, 65.90),
            (22.66, 65.893),
            (22.95, 65.872),
            (23.10, 65.858),
            (23.16, 65.856),
            (23.25, 65.853),
            (23.55, 65.846),
        ],
        epsg,
    )
    create_reference_layer(
        session, "Järnväg Haparandabanan", "railway", [("Haparandabanan", rail, {})], **ex
    )
    port = Point(_xy(23.296, 65.796, epsg))
    create_reference_layer(
        session, "Hamn Karlsborg", "port", [("Karlsborgs hamn", port, {"depth_m": 8.5})], **ex
    )
    create_reference_layer(
        session,
        "Transformatorstationer",
        "substation",
        [
            ("Kalix station", Point(_xy(23.190, 65.862, epsg)), {"kv": 130}),
            ("Karlsborg station", Point(_xy(23.270, 65.808, epsg)), {"kv": 130}),
        ],
        **ex,
    )
    fx, fy = _xy(23.168, 65.836, epsg)
    flood = Polygon(
        [(fx - 900, fy - 250), (fx + 700, fy - 300), (fx + 800, fy + 120), (fx - 850, fy + 200)]
    )
    create_reference_layer(
        session,
        "Översvämning 100-årsflöde (exempel)",
        "flood_zone",
        [("Kalixälven 100-årsflöde", flood, {"scenario": "100y"})],
        **ex,
    )
    nx, ny = _xy(23.075, 65.848, epsg)
    nature = Point(nx, ny).buffer(350)
    create_reference_layer(
        session,
        "Skyddad natur (exempel)",
        "protected_nature",
        [("Bredvikens naturområde", nature, {"type": "naturreservat"})],
        **ex,
    )
    cx, cy = _xy(23.287, 65.806, epsg)
    create_reference_layer(
        session,
        "Förorenad mark EBH (exempel)",
        "contaminated_land",
        [("Gammal sågverkstomt", Point(cx, cy).buffer(150), {"mifo": 2})],
        **ex,
    )


def _plans(
    session: Session, epsg: int, today: date, rng: random.Random
) -> tuple[dict[str, int], dict[str, tuple[float, float]]]:
    centres = {a.plan: (a.lon, a.lat) for a in AREAS}
    ids: dict[str, int] = {}
    origins: dict[str, tuple[float, float]] = {}
    for spec in PLANS:
        lon, lat = spec.get("centre") or centres[spec["designation"]]
        x, y = _xy(lon, lat, epsg)
        size = 900.0
        boundary = Polygon(
            [
                (x - size / 2, y - size / 2),
                (x + size / 2, y - size / 2),
                (x + size / 2 + 60, y + size / 2),
                (x - size / 2 - 40, y + size / 2),
            ]
        )
        fields: dict[str, Any] = {
            "designation": spec["designation"],
            "name": spec["name"],
            "purpose": "Möjliggöra industri och verksamheter (exempeldata).",
            "procedure": spec.get("procedure", "standard"),
            "plan_type": spec.get("plan_type", "detaljplan"),
            "decision_body": "kommunfullmäktige",
            "diarienummer": f"KS {2000 + int(spec['designation'][-3:]) % 26}/{rng.randint(10, 400)}",
            "implementation_years": spec["years"],
            "geom": boundary,
            "example_data": True,
        }
        status = spec["status"]
        in_force = spec.get("in_force")
        if "in_force_months_ago" in spec:
            in_force = _months_ago(today, spec["in_force_months_ago"])
        stage_dates = _stage_dates(status, in_force, today)
        fields.update(stage_dates)
        # Plans are created at "started" and walked through the process, as in real life.
        row = create_plan(session, {**fields, "status": "started"})
        for step in _path_to(status):
            row = update_plan(session, row.id, row.version, {"status": step})
        ids[spec["designation"]] = row.id
        origins[spec["designation"]] = (x - size / 2, y - size / 2)
        _land_use(session, row.id, spec, x, y, size)
    return ids, origins


def _stage_dates(status: str, in_force: date | None, today: date) -> dict[str, date]:
    order = ("started_date", "consultation_date", "review_date", "adopted_date", "in_force_date")
    reached = {
        "started": 1,
        "consultation": 2,
        "review": 3,
        "adopted": 4,
        "appealed": 4,
        "in_force": 5,
        "revoked": 5,
        "closed": 2,
    }[status]
    end = in_force or today - timedelta(days=30)
    dates: dict[str, date] = {}
    for i, name in enumerate(order[:reached]):
        dates[name] = end - timedelta(days=120 * (reached - 1 - i))
    return dates


def _path_to(status: str) -> list[str]:
    path = {
        "started": [],
        "consultation": ["consultation"],
        "review": ["consultation", "review"],
        "adopted": ["consultation", "review", "adopted"],
        "appealed": ["consultation", "review", "adopted", "appealed"],
        "in_force": ["consultation", "review", "adopted", "in_force"],
        "revoked": ["consultation", "review", "adopted", "in_force", "revoked"],
        "closed": ["consultation", "closed"],
    }
    return path[status]


def _land_use(
    session: Session, plan_id: int, spec: dict[str, Any], x: float, y: float, size: float
) -> None:
    code = next((a.land_use for a in AREAS if a.plan == spec["designation"]), "J")
    half = size / 2
    main = Polygon(
        [
            (x - half + 20, y - half + 120),
            (x + half - 20, y - half + 120),
            (x + half - 20, y + half - 20),
            (x - half + 20, y + half - 20),
        ]
    )
    street = Polygon(
        [
            (x - half + 20, y - half + 20),
            (x + half - 20, y - half + 20),
            (x + half - 20, y - half + 120),
            (x - half + 20, y - half + 120),
        ]
    )
    add_land_use_area(
        session,
        plan_id,
        {
            "code": code,
            "geom": main,
            "max_height_m": 18.0 if code == "J" else 12.0,
            "max_storeys": 3,
            "utilisation": "e1 50 %",
            "example_data": True,
        },
    )
    second = {"2514-P105": "V", "2514-P106": "V", "2514-P108": "E"}.get(spec["designation"], "T")
    add_land_use_area(session, plan_id, {"code": second, "geom": street, "example_data": True})


def _parcels(
    session: Session,
    epsg: int,
    plan_ids: dict[str, int],
    plan_origins: dict[str, tuple[float, float]],
    today: date,
    rng: random.Random,
) -> list[int]:
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


def _actors(session: Session, parcel_ids: list[int], today: date, rng: random.Random) -> None:
    for i, (name, sector, kind, ha, mw, rail, port) in enumerate(ACTORS, start=1):
        actor = create_actor(
            session,
            {
                "org_number": demo_org_number(i),
                "name": name,
                "sector": sector,
                "kind": kind,
                "website": f"https://example.se/{i}",
                "notes": "Exempeldata / example data.",
                "example_data": True,
            },
        )
        add_contact(
            session,
            actor.id,
            {
                "name": f"Kontakt {i} (exempel)",
                "role": "VD",
                "email": f"kontakt{i}@example.se",
                "phone": f"070-000 {i:02d} {i:02d}",
                "example_data": True,
            },
        )
        add_need(
            session,
            actor.id,
            {
                "area_ha": ha,
                "power_mw": mw or None,
                "needs_rail": rail,
                "needs_port": port,
                "water_m3_day": 100.0 * (i % 4) or None,
                "max_dist_rail_m": 2000.0 if rail else None,
                "max_dist_port_m": 5000.0 if port else None,
                "timeframe": f"{today.year + 1 + i % 3}",
                "example_data": True,
            },
        )
        chosen = dict.fromkeys(
            parcel_ids[(i * 3 + j * 7) % len(parcel_ids)] for j in range(i % 3 + 1)
        )
        for j, parcel_id in enumerate(chosen):
            stage = STAGES[(i + j) % len(STAGES)]
            add_interest(
                session, actor.id, parcel_id, stage, on=today - timedelta(days=30 * (j + 1))
            )
            if stage in ("letter_of_intent", "land_allocation") and j == 0:
                parcel = get_parcel(session, parcel_id)
                if parcel.status == "available":
                    update_parcel(
                        session,
                        parcel_id,
                        parcel.version,
                        {
                            "status": "reserved",
                            "reserved_for_id": actor.id,
                            "reserved_until": today + timedelta(days=25 + i),
                        },
                    )
        add_activity(
            session,
            actor.id,
            {
                "kind": ("meeting", "call", "mail")[i % 3],
                "on_date": today - timedelta(days=10 + i),
                "notes": f"Första kontakt med {name} (exempel).",
                "next_step": "Skicka objektblad" if i % 2 else "Boka platsbesök",
                "next_step_due": today + timedelta(days=(-3, 5, 14, 40)[i % 4]),
                "example_data": True,
            },
        )
