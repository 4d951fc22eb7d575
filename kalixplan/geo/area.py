"""Ellipsoidal areas on GRS80, the ellipsoid of SWEREF 99.

Planar areas in SWEREF 99 TM are 0.26 % too large at Kalix and Web Mercator
areas six times too large (DOMAIN.md §5), so every area shown or printed comes
from here.

Method: vertices are projected with the ellipsoidal Lambert azimuthal
equal-area projection centred on the data; an equal-area projection keeps
ellipsoidal area exactly, so the planar area there is the area on GRS80 (the
only difference to pyproj's ``Geod.geometry_area_perimeter`` is that edges are
straight in the projection rather than geodesics, far below 0.01 % for parcels
and plans). Unlike ``Geod``, which works ring by ring in Python, this runs
vectorised over whole arrays.

Features at most :data:`SMALL_EXTENT_M` across in a projected CRS take a
faster road to the same number: their planar area divided by the projection's
areal scale factor at their centroid (PROJ's ``proj_factors``, interpolated
from a grid). The factor varies with the square of the distance from the
central meridian, so over 5 km its mean differs from the centroid's value by
less than 1e-7 of the area; whole municipalities go through the equal-area
projection.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

from kalixplan.geo.crs import cached_proj, cached_transformer, crs_from_epsg, transformer


def geodesic_area_m2(geom: BaseGeometry, epsg: int) -> float:
    """Ellipsoidal area in m² of a (multi)polygon given in ``epsg`` coordinates.

    Lines and points have area 0.
    """
    return float(geodesic_areas_m2(np.array([geom], dtype=object), epsg)[0])


def geodesic_areas_m2(geoms: np.ndarray, epsg: int) -> np.ndarray:
    """Ellipsoidal areas in m² for an array of geometries in ``epsg`` (None gives 0)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.zeros(len(geoms), dtype=float)
    present = shapely.is_geometry(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    if not present.any():
        return out
    small = np.zeros(len(geoms), dtype=bool)
    if _is_projected(epsg):
        bounds = shapely.bounds(geoms)
        extent = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        small = present & (extent <= SMALL_EXTENT_M)
        if small.any():
            out[small] = _scaled_planar_areas(geoms[small], bounds[small], epsg)
    large = present & ~small
    if large.any():
        out[large] = _equal_area_areas(geoms[large], epsg)
    return out


SMALL_EXTENT_M = 5_000.0


@lru_cache(maxsize=32)
def _is_projected(epsg: int) -> bool:
    return bool(crs_from_epsg(epsg).is_projected)


def _scaled_planar_areas(geoms: np.ndarray, bounds: np.ndarray, epsg: int) -> np.ndarray:
    # Under 1 km across, the box centre stands in for the centroid: the scale factor
    # changes by at most 2e-8 per metre (400 km off the central meridian), so the
    # error stays below 1e-5 of the area. Larger features use their centroid.
    centres = np.column_stack(
        ((bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2)
    )
    extent = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    wide = extent > 1_000.0
    if wide.any():
        centres[wide] = shapely.get_coordinates(shapely.centroid(geoms[wide]))
    scale = _areal_scale(centres[:, 0], centres[:, 1], epsg)
    return np.asarray(shapely.area(geoms) / scale)


GRID_NODES = 65


def _areal_scale(x: np.ndarray, y: np.ndarray, epsg: int) -> np.ndarray:
    """PROJ's areal scale factor at projected points, bilinear between grid nodes.

    PROJ computes the factor at most 65 × 65 nodes spanning the points. It is
    close to 1 + d²/R² (d from the central meridian), whose curvature is 2/R²,
    so linear interpolation errs by at most h²/(4R²): 2e-6 with nodes 16 km
    apart (all of Sweden in SWEREF 99 TM), 1e-8 for a municipality.
    """
    x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    x1, y1 = max(x1, x0 + 1.0), max(y1, y0 + 1.0)
    gx, gy = np.linspace(x0, x1, GRID_NODES), np.linspace(y0, y1, GRID_NODES)
    mesh_x, mesh_y = np.meshgrid(gx, gy)
    lon, lat = _to_lonlat(epsg).transform(mesh_x.ravel(), mesh_y.ravel())
    factors = cached_proj(epsg).get_factors(lon, lat, errcheck=True)
    grid = np.asarray(factors.areal_scale, dtype=float).reshape(GRID_NODES, GRID_NODES)
    fx = (x - x0) / (x1 - x0) * (GRID_NODES - 1)
    fy = (y - y0) / (y1 - y0) * (GRID_NODES - 1)
    ix = np.clip(fx.astype(int), 0, GRID_NODES - 2)
    iy = np.clip(fy.astype(int), 0, GRID_NODES - 2)
    tx, ty = fx - ix, fy - iy
    return np.asarray(
        grid[iy, ix] * (1 - tx) * (1 - ty)
        + grid[iy, ix + 1] * tx * (1 - ty)
        + grid[iy + 1, ix] * (1 - tx) * ty
        + grid[iy + 1, ix + 1] * tx * ty
    )


def _equal_area_areas(subset: np.ndarray, epsg: int) -> np.ndarray:
    lon0, lat0 = _centre_lonlat(subset, epsg)
    tr = _to_equal_area(epsg, round(lon0, 1), round(lat0, 1))

    def _tx(coords: np.ndarray) -> np.ndarray:
        x, y = tr.transform(coords[:, 0], coords[:, 1])
        return np.column_stack((x, y))

    return np.asarray(shapely.area(shapely.transform(subset, _tx)))


def _centre_lonlat(geoms: np.ndarray, epsg: int) -> tuple[float, float]:
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    to_lonlat = _to_lonlat(epsg)
    lon, lat = to_lonlat.transform((minx + maxx) / 2, (miny + maxy) / 2)
    return float(lon), float(lat)


def _to_lonlat(epsg: int) -> Transformer:
    return transformer(epsg, 4326)


def _to_equal_area(epsg: int, lon0: float, lat0: float) -> Transformer:
    laea = f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=GRS80 +units=m +no_defs"
    return cached_transformer(f"EPSG:{epsg}", laea)
