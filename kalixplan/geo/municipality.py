"""The project's municipality as an area: is an imported parcel or plan in it?

Issue "Hostile and awkward input", 2: "every geometry checked against the area of use of
the stated CRS and against the project's area (the municipality, with a margin)". The
boundaries are the 290 municipalities of ``resources/municipalities`` (Valmyndigheten's data
through okfse/sweden-geojson, simplified), so the margin is generous: 10 km. A project knows
its municipality from its settings (``municipality_code``: the demo, ``init
--municipality``); one that does not is checked against its CRS's area only.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from kalixplan.domain.errors import ValidationError
from kalixplan.geo.crs import reproject

BOUNDARIES = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "municipalities"
    / "swedish_municipalities.geojson"
)
MARGIN_M = 10_000.0


@lru_cache(maxsize=1)
def _boundaries() -> dict[str, tuple[str, BaseGeometry]]:
    data = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    return {
        str(f["properties"]["id"]): (str(f["properties"]["kom_namn"]), shape(f["geometry"]))
        for f in data["features"]
    }


def municipality_name(code: str) -> str:
    """The municipality's name for its four-digit code.

    Raises:
        ValidationError: no Swedish municipality has that code.
    """
    found = _boundaries().get(code.strip())
    if found is None:
        raise ValidationError(
            "municipality_code",
            f"'{code}' is not a Swedish municipality code; give the four digits, e.g. 2514 "
            "for Kalix.",
            sv=f"'{code}' är ingen svensk kommunkod; ange de fyra siffrorna, t.ex. 2514 för Kalix.",
        )
    return found[0]


@lru_cache(maxsize=8)
def municipality_area(code: str, epsg: int) -> tuple[str, BaseGeometry] | None:
    """(name, the municipality widened by the margin) in ``epsg``, or None for an unknown code."""
    found = _boundaries().get(code.strip())
    if found is None:
        return None
    name, boundary = found
    area = reproject(boundary, 4326, epsg).buffer(MARGIN_M)
    shapely.prepare(area)
    return name, area
