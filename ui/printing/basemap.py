"""Basemap tiles under a printed map, from a local tile cache only.

Printing never goes to the network: a printout must come out the same in a
meeting room without internet, and tests must not reach out. Tiles are read
from ``<cache>/<z>/<x>/<y>.png`` (the OpenStreetMap slippy-map layout), where
``<cache>`` is ``$KALIXPLAN_TILE_CACHE`` or ``tiles/osm`` in the user cache
folder of KalixPlan. Each Web Mercator tile is drawn into the projected print CRS by
mapping its four corners (over one tile the projections differ by far less
than a printed pixel). With no cached tile the sheet says "basemap unavailable".
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPolygonF, QTransform

from kalixplan.geo.crs import transformer
from kalixplan.printing.paper import Rect
from kalixplan.printing.scale import Extent
from ui.printing.canvas import Canvas, qrect
from ui.printing.mapframe import GroundToPaper

OSM_ATTRIBUTION = "© OpenStreetMap contributors"
MAX_TILES = 400
# Aim for about 150 dpi of basemap on paper: one tile pixel is ~0.17 mm.
TARGET_MM_PER_PIXEL = 0.17


def tile_cache_dir() -> Path:
    """Where cached basemap tiles are looked for."""
    env = os.environ.get("KALIXPLAN_TILE_CACHE")
    # Next to the map's QtWebEngine cache (ui/map/profile.py), whose Chromium
    # cache format cannot be read as tiles.
    return (
        Path(env) if env else Path(user_cache_dir("KalixPlan", appauthor=False)) / "tiles" / "osm"
    )


def _tile_xy(lon: float, lat: float, z: int) -> tuple[float, float]:
    n = 2.0**z
    x = (lon + 180.0) / 360.0 * n
    lat_r = math.radians(lat)
    y = (1.0 - math.asinh(math.tan(lat_r)) / math.pi) / 2.0 * n
    return x, y


def _tile_lonlat(x: float, y: float, z: int) -> tuple[float, float]:
    n = 2.0**z
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    return lon, lat


def zoom_for(scale: float, lat: float) -> int:
    """The tile zoom whose pixels are about ``TARGET_MM_PER_PIXEL`` on paper at ``scale``."""
    ground_per_px = TARGET_MM_PER_PIXEL * scale / 1000.0
    z = math.log2(156_543.034 * math.cos(math.radians(lat)) / ground_per_px)
    return max(0, min(19, round(z)))


@dataclass
class BasemapResult:
    """The cached tiles that cover a map frame.

    Attributes:
        tiles: (z, x, y, file) of each tile found in the cache.
        zoom: the zoom level looked for.
        needed: how many tiles the frame needs.
        attribution: the credit to print with the tiles.
    """

    epsg: int
    zoom: int = 0
    tiles: list[tuple[int, int, int, Path]] = field(default_factory=list)
    needed: int = 0
    attribution: str = OSM_ATTRIBUTION

    def draw(self, canvas: Canvas, frame: Rect, extent: Extent, scale: float) -> None:
        """Draw the tiles into the frame, clipped to it."""
        tx = GroundToPaper(frame, extent, scale)
        to_print = transformer(4326, self.epsg)
        p = canvas.painter
        p.save()
        p.setClipRect(qrect(frame))
        for z, x, y, path in self.tiles:
            image = QImage(str(path))
            if image.isNull():
                continue
            corners = [
                _tile_lonlat(x + dx, y + dy, z) for dx, dy in ((0, 0), (1, 0), (1, 1), (0, 1))
            ]
            paper = [tx.point(*to_print.transform(lon, lat)) for lon, lat in corners]
            src = QPolygonF(QRectF(0, 0, image.width(), image.height()))
            src.removeLast()
            dst = QPolygonF([QPointF(px, py) for px, py in paper])
            transform = QTransform()
            if QTransform.quadToQuad(src, dst, transform):
                p.save()
                p.setTransform(transform, True)
                p.drawImage(QPointF(0, 0), image)
                p.restore()
        p.restore()


def _tile_ranges(bounds: tuple[float, float, float, float], z: int) -> tuple[range, range]:
    w, s, e, n = bounds
    x0, y0 = _tile_xy(w, n, z)
    x1, y1 = _tile_xy(e, s, z)
    return range(math.floor(x0), math.floor(x1) + 1), range(math.floor(y0), math.floor(y1) + 1)


def find_tiles(extent: Extent, epsg: int, scale: float, cache: Path | None = None) -> BasemapResult:
    """The cached tiles covering ``extent`` (print CRS) at a zoom fitting ``scale``.

    A frame that would need more than ``MAX_TILES`` tiles at that zoom (a big sheet
    with a fine zoom) takes the next coarser zoom until it needs at most that many,
    so the work stays bounded at every scale from 1:500 to 1:500 000 (an A3 frame at
    1:500 000 needs about 100 tiles of zoom 10). Only files are read, never the network.
    """
    cache = cache or tile_cache_dir()
    minx, miny, maxx, maxy = extent
    bounds = transformer(epsg, 4326).transform_bounds(minx, miny, maxx, maxy, densify_pts=11)
    z = zoom_for(scale, (bounds[1] + bounds[3]) / 2.0)
    xs, ys = _tile_ranges(bounds, z)
    while len(xs) * len(ys) > MAX_TILES and z > 0:
        z -= 1
        xs, ys = _tile_ranges(bounds, z)
    result = BasemapResult(epsg=epsg, zoom=z)
    result.needed = len(xs) * len(ys)
    if result.needed > MAX_TILES or not cache.is_dir():
        return result
    for x in xs:
        for y in ys:
            path = cache / str(z) / str(x) / f"{y}.png"
            if path.is_file():
                result.tiles.append((z, x, y, path))
    return result
