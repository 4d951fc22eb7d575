"""Geodesic areas on the GRS80 ellipsoid, the one SWEREF 99 uses.

Planar areas in SWEREF 99 TM are 0.26 % too large at Kalix and Web Mercator
areas six times too large (DOMAIN.md §5), so every area shown or printed comes
from here.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from kalixplan.geo.crs import transformer

_GEOD = Geod(ellps="GRS80")


def geodesic_area_m2(geom: BaseGeometry, epsg: int) -> float:
    """Ellipsoidal area in m² of a (multi)polygon given in ``epsg`` coordinates.

    Lines and points have area 0.
    """
    return float(geodesic_areas_m2(np.array([geom], dtype=object), epsg)[0])


def geodesic_areas_m2(geoms: np.ndarray, epsg: int) -> np.ndarray:
    """Vectorised geodesic areas for an array of geometries in ``epsg``.

    All vertices are transformed to longitude/latitude in one call; pyproj's
    geodesic polygon area then runs per ring.
    """
    out = np.zeros(len(geoms), dtype=float)
    if len(geoms) == 0:
        return out
    lonlat = _to_lonlat(np.asarray(geoms, dtype=object), epsg)
    for i, geom in enumerate(lonlat):
        if geom is None or geom.is_empty:
            continue
        out[i] = _area_lonlat(geom)
    return out


def _to_lonlat(geoms: np.ndarray, epsg: int) -> np.ndarray:
    if epsg == 4326:
        return geoms
    tr = transformer(epsg, 4326)

    def _tx(coords: np.ndarray) -> np.ndarray:
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack((x, y))

    return shapely.transform(geoms, _tx)


def _area_lonlat(geom: BaseGeometry) -> float:
    if geom.geom_type == "Polygon":
        return _polygon_area(geom)
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return float(sum(_area_lonlat(g) for g in geom.geoms))
    return 0.0


def _polygon_area(poly: BaseGeometry) -> float:
    area = abs(_ring_area(np.asarray(poly.exterior.coords)))
    for ring in poly.interiors:
        area -= abs(_ring_area(np.asarray(ring.coords)))
    return area


def _ring_area(coords: np.ndarray) -> float:
    area, _ = _GEOD.polygon_area_perimeter(coords[:, 0], coords[:, 1])
    return float(area)
