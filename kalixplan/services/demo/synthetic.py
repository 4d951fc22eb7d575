"""Synthetic county-scale data: many parcels and a property map, for trying the map at scale.

Benchmarks and the large-map tests need projects of 10⁵–10⁶ parcels and a reference
layer of 2·10⁵ property polygons. Nothing this size belongs in the repository, so it
is generated here, deterministically, as source GeoPackages that go through the real
import (``kalixplan import``), like a planner's own file would.

The parcels lie on a grid of ``pitch`` metres in EPSG:3018 (SWEREF 99 23 15, the
demo's CRS) starting west of Kalix; their sizes, statuses and designations vary. The
property map ("fastighetsindelning") is a grid of property polygons with designations
"Kalix Synt 1:2" that covers the same ground, as Lantmäteriet's layer would.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import shapely
from pyogrio.raw import write as ogr_write

SYNTHETIC_EPSG = 3018
ORIGIN = (120_000.0, 7_290_000.0)
STATUSES = ("available", "reserved", "option", "sold", "planning", "unavailable")


def synthetic_parcels(path: Path | str, n: int, *, pitch: float = 100.0, seed: int = 1) -> Path:
    """Write ``n`` parcel polygons to a GeoPackage (layer ``parcels``) and return its path.

    Columns: ``fastighetsbeteckning`` (designation), ``status``, ``anv`` (land use),
    ``pris`` (SEK/m²), ``omrade`` (area name).
    """
    rng = np.random.default_rng(seed)
    side = math.ceil(math.sqrt(n))
    i = np.arange(n)
    row, col = i // side, i % side
    x = ORIGIN[0] + col * pitch
    y = ORIGIN[1] + row * pitch
    w = rng.uniform(0.3, 0.9, n) * pitch
    h = rng.uniform(0.3, 0.9, n) * pitch
    designations = np.char.add(
        np.char.add("Kalix Synt ", (row + 1).astype(str)), np.char.add(":", (col + 1).astype(str))
    )
    columns = {
        "fastighetsbeteckning": designations.astype(object),
        "status": np.array(STATUSES, dtype=object)[(i * 7 + row) % len(STATUSES)],
        "anv": np.where(i % 3 == 0, "Z", "J").astype(object),
        "pris": rng.choice([50.0, 80.0, 120.0], n),
        "omrade": np.char.add("Område ", (row // 50 + 1).astype(str)).astype(object),
    }
    return _write(Path(path), "parcels", shapely.box(x, y, x + w, y + h), columns)


def synthetic_property_map(path: Path | str, n: int, *, pitch: float = 100.0) -> Path:
    """Write ``n`` property polygons (a grid of ``pitch`` m squares) to a GeoPackage.

    The layer is ``fastighetsindelning`` with the column ``fastighetsbeteckning``.
    """
    side = math.ceil(math.sqrt(n))
    i = np.arange(n)
    row, col = i // side, i % side
    x = ORIGIN[0] - pitch / 2 + col * pitch
    y = ORIGIN[1] - pitch / 2 + row * pitch
    designations = np.char.add(
        np.char.add("Kalix Fast ", (row + 1).astype(str)), np.char.add(":", (col + 1).astype(str))
    )
    columns = {"fastighetsbeteckning": designations.astype(object)}
    return _write(
        Path(path), "fastighetsindelning", shapely.box(x, y, x + pitch, y + pitch), columns
    )


def _write(path: Path, layer: str, geoms: np.ndarray, columns: dict[str, np.ndarray]) -> Path:
    path.unlink(missing_ok=True)
    ogr_write(
        path,
        shapely.to_wkb(geoms),
        list(columns.values()),
        fields=list(columns),
        layer=layer,
        driver="GPKG",
        geometry_type="Polygon",
        crs=f"EPSG:{SYNTHETIC_EPSG}",
    )
    return path
