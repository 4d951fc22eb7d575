"""The demo's detailed plans: one in every stage, walked through the process, with land use.

Each plan is a square of about 900 m around its area's centre, created at
"started" and moved step by step to its stage (as in real life); its process
dates and in-force date are counted back from the day the demo is built, so
that implementation periods "ending soon" stay true. Every plan gets a main
land-use area (the area's code) and a strip of street, water or energy, and the
provisions a real industrial plan puts on its kvartersmark: a height (h1), a building
coverage (e1), a prickmark strip along the street and an utfartsförbud line.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from shapely.geometry import LineString, Polygon
from sqlalchemy.orm import Session

from kalixplan.services.demo.coordinates import lonlat_xy
from kalixplan.services.demo.data import AREAS, PLANS
from kalixplan.services.documents import add_document
from kalixplan.services.plans import add_land_use_area, create_plan, update_plan
from kalixplan.services.provisions import add_provision


def _months_ago(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, min(today.day, 28))


def build_plans(
    session: Session, epsg: int, today: date, rng: random.Random
) -> tuple[dict[str, int], dict[str, tuple[float, float]]]:
    """Add the demo plans; return their ids and lower-left corners, by designation."""
    centres = {a.plan: (a.lon, a.lat) for a in AREAS}
    ids: dict[str, int] = {}
    origins: dict[str, tuple[float, float]] = {}
    for spec in PLANS:
        lon, lat = spec.get("centre") or centres[spec["designation"]]
        x, y = lonlat_xy(lon, lat, epsg)
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
            "previous_designation": spec.get("previous"),
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
        if status == "in_force" and spec["designation"] in _WITH_DOCUMENTS:
            _documents(session, row.id, spec["designation"])
    return ids, origins


# Plans whose documents are linked (the others show what a delivery still lacks).
_WITH_DOCUMENTS = ("2514-P101", "2514-P104")


def _documents(session: Session, plan_id: int, designation: str) -> None:
    base = f"https://www.example.se/kalix/planarkiv/{designation}/"  # example addresses
    for title, name, kind, basis in (
        ("Plankarta", "plankarta.pdf", "plankarta", None),
        ("Planbeskrivning", "planbeskrivning.pdf", "planbeskrivning", None),
        ("Protokoll, antagande", "protokoll.pdf", "beslutsprotokoll", None),
        ("Geoteknisk utredning", "geoteknik.pdf", "planeringsunderlag", "geoteknisk utredning"),
    ):
        add_document(
            session,
            "plans",
            plan_id,
            f"{title} (exempel)",
            base + name,
            kind=kind,
            basis_type=basis,
        )


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
    height = 18.0 if code == "J" else 12.0
    provisions: tuple[dict[str, Any], ...] = (
        {
            "code": "h1",
            "wording": f"Högsta nockhöjd är {height:.1f} meter".replace(".", ","),
            "value": height,
            "value_kind": "max",
            "unit": "m",
            "geom": main,
        },
        {
            "code": "e1",
            "wording": "Största byggnadsarea är 50 % av fastighetsarean",
            "value": 50,
            "value_kind": "max",
            "unit": "percent",
            "geom": main,
        },
        {
            "code": "prickmark",
            "wording": "Marken får inte förses med byggnad",
            "motiv": "Avstånd till gatan för snöupplag och sikt.",
            "geom": Polygon(
                [
                    (x - half + 20, y - half + 120),
                    (x + half - 20, y - half + 120),
                    (x + half - 20, y - half + 132),
                    (x - half + 20, y - half + 132),
                ]
            ),
        },
        {
            "wording": "Utfart får inte finnas",
            "geom": LineString([(x - half + 20, y - half + 120), (x - 100, y - half + 120)]),
        },
    )
    for provision in provisions:
        add_provision(session, plan_id, {"kind": "property", "example_data": True, **provision})
