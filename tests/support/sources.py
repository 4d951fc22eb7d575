"""Small source files the tests import, written where a test wants them."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from shapely.geometry import LineString


def railway_file(folder: Path) -> Path:
    """A GeoJSON line in EPSG:3018 near Kalix: a railway to import as a reference layer."""
    path = folder / "bana.geojson"
    gpd.GeoDataFrame(
        {"namn": ["Haparandabanan"]},
        geometry=[LineString([(140_000, 7_300_000), (150_000, 7_310_000)])],
        crs="EPSG:3018",
    ).to_file(path, driver="GeoJSON")
    return path
