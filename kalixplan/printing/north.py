"""The north arrow: true north on a grid-aligned map.

A map drawn in a transverse Mercator grid has grid north straight up the
sheet; true north differs from it by the meridian convergence, which grows
with the distance from the central meridian: about 7.4° at Kalix in SWEREF 99
TM (central meridian 15° E) and about -0.09° in SWEREF 99 23 15 (DOMAIN.md §5).
"""

from __future__ import annotations

from functools import lru_cache

from pyproj import Proj

from kalixplan.geo.crs import crs_from_epsg, transformer


@lru_cache(maxsize=32)
def _proj(epsg: int) -> Proj:
    return Proj(crs_from_epsg(epsg))


def meridian_convergence_deg(epsg: int, x: float, y: float) -> float:
    """The meridian convergence (degrees) at the point ``(x, y)`` of ``epsg``, from PROJ.

    Positive east of the central meridian in the northern hemisphere, where
    true north lies to the left (west) of grid north.
    """
    lon, lat = transformer(epsg, 4326).transform(x, y)
    return float(_proj(epsg).get_factors(lon, lat).meridian_convergence)


def north_arrow_angle_deg(epsg: int, centre: tuple[float, float]) -> float:
    """How far to turn the north arrow counter-clockwise from 'up' on the sheet.

    Equals the meridian convergence at the map centre: turning the arrow by it
    makes it point to true north on a map whose up direction is grid north.
    """
    return meridian_convergence_deg(epsg, centre[0], centre[1])
