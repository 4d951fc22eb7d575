"""The demo's places are written in WGS 84 longitude/latitude; this puts them in the project CRS."""

from __future__ import annotations

from shapely.geometry import LineString

from kalixplan.geo.crs import transformer


def lonlat_xy(lon: float, lat: float, epsg: int) -> tuple[float, float]:
    """A WGS 84 position as (x, y) in the CRS ``epsg``."""
    x, y = transformer(4326, epsg).transform(lon, lat)
    return float(x), float(y)


def lonlat_line(points: list[tuple[float, float]], epsg: int) -> LineString:
    """A line through WGS 84 (lon, lat) positions, in the CRS ``epsg``."""
    return LineString([lonlat_xy(lon, lat, epsg) for lon, lat in points])
