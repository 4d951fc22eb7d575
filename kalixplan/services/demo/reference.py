"""The demo's reference layers: the real Kalix boundary, and invented roads, rail and constraints.

The boundary comes from the bundled resource (with its source and licence);
the E4/E10, the Haparanda line, the port at Karlsborg, two substations, a
flood zone, protected nature and contaminated land are approximate and marked
as example data.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shapely.geometry import Point, Polygon, shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy.orm import Session

from kalixplan.geo.crs import reproject
from kalixplan.services.demo.coordinates import lonlat_line, lonlat_xy
from kalixplan.services.reference import create_reference_layer

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "demo"
BOUNDARY_FILE = RESOURCES / "kalix_boundary.geojson"


def kalix_boundary() -> BaseGeometry:
    """The real Kalix municipal boundary (WGS 84) from the bundled resource."""
    data = json.loads(BOUNDARY_FILE.read_text(encoding="utf-8"))
    return shape(data["features"][0]["geometry"])


def build_reference_layers(session: Session, epsg: int) -> None:
    """Add the demo's reference layers, in the CRS ``epsg``, in the caller's transaction."""
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
    e4 = lonlat_line(
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
    e10 = lonlat_line([(22.655, 65.900), (22.55, 65.96), (22.40, 66.05)], epsg)
    create_reference_layer(
        session,
        "Vägar E4/E10",
        "road",
        [("E4", e4, {"ref": "E4"}), ("E10", e10, {"ref": "E10"})],
        **ex,
    )
    rail = lonlat_line(
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
    port = Point(lonlat_xy(23.296, 65.796, epsg))
    create_reference_layer(
        session, "Hamn Karlsborg", "port", [("Karlsborgs hamn", port, {"depth_m": 8.5})], **ex
    )
    create_reference_layer(
        session,
        "Transformatorstationer",
        "substation",
        [
            ("Kalix station", Point(lonlat_xy(23.190, 65.862, epsg)), {"kv": 130}),
            ("Karlsborg station", Point(lonlat_xy(23.270, 65.808, epsg)), {"kv": 130}),
        ],
        **ex,
    )
    fx, fy = lonlat_xy(23.168, 65.836, epsg)
    flood = Polygon(
        [(fx - 900, fy - 250), (fx + 700, fy - 300), (fx + 800, fy + 120), (fx - 850, fy + 200)]
    )
    nature = Point(lonlat_xy(23.075, 65.848, epsg)).buffer(350)
    contaminated = Point(lonlat_xy(23.287, 65.806, epsg)).buffer(150)
    constraints: list[tuple[str, str, str, BaseGeometry, dict[str, Any]]] = [
        (
            "Översvämning 100-årsflöde (exempel)",
            "flood_zone",
            "Kalixälven 100-årsflöde",
            flood,
            {"scenario": "100y"},
        ),
        (
            "Skyddad natur (exempel)",
            "protected_nature",
            "Bredvikens naturområde",
            nature,
            {"type": "naturreservat"},
        ),
        (
            "Förorenad mark EBH (exempel)",
            "contaminated_land",
            "Gammal sågverkstomt",
            contaminated,
            {"mifo": 2},
        ),
    ]
    for layer, kind, name, geom, props in constraints:
        create_reference_layer(session, layer, kind, [(name, geom, props)], **ex)
