"""Map tiles from the store: the tile grid, and an index of feature boxes to plan each tile.

Large layers (a county's parcels, a property map) are not sent to the page as
GeoJSON. The page asks for 256-pixel tiles in the web map's grid (EPSG:3857, the
"XYZ" scheme Leaflet uses) and the application paints each one from the project
database (``ui/map/tiles.py``). This module holds the Qt-free part:

* the grid: a tile's bounds and resolution, and longitude/latitude ↔ EPSG:3857;
* :class:`LayerIndex`: every feature's box in EPSG:3857 and a small class code
  (the parcel's status), read from the store's R-tree/GiST index in one query;
  it answers which features a tile touches, which of them are big enough on
  screen to be drawn as shapes (their geometry is read from the store for that
  tile), and which are smaller than a few pixels and are drawn as marks;
* the filter (which features are shown), status counts for the legend, and the
  candidates under the mouse.

The index is a cache of the store, never a second copy users could edit: it is
rebuilt when the page is, and every edit, undo, import or outside change that
the workspace announces updates it (``LayerIndex.upsert``/``remove``). Shapes
are always read from the database for the tile being painted, status included.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from typing import Any

import numpy as np

from kalixplan.maps.data import thread_transformer

WEB_MERCATOR = 3857
TILE_SIZE = 256
# Half the width of the web map's world (EPSG:3857 metres).
WORLD_HALF = 20037508.342789244
MAX_ZOOM = 22
# Features whose box is smaller than this many pixels on a tile are drawn as marks
# (a filled block of their box, at least one pixel), bigger ones as their shape.
MARK_BELOW_PX = 3.0
# Margin around a tile for strokes that reach in from features just outside (pixels).
STROKE_MARGIN_PX = 3.0


def resolution(zoom: int) -> float:
    """Metres (EPSG:3857) per pixel of a tile at ``zoom``."""
    return 2 * WORLD_HALF / (TILE_SIZE * 2**zoom)


def tile_bounds(zoom: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(minx, miny, maxx, maxy) in EPSG:3857 of XYZ tile ``x``, ``y`` (y counted from north)."""
    span = 2 * WORLD_HALF / 2**zoom
    minx = -WORLD_HALF + x * span
    maxy = WORLD_HALF - y * span
    return (minx, maxy - span, minx + span, maxy)


def valid_tile(zoom: int, x: int, y: int) -> bool:
    """Whether (zoom, x, y) names a tile of the grid."""
    return 0 <= zoom <= MAX_ZOOM and 0 <= x < 2**zoom and 0 <= y < 2**zoom


def tile_range(
    box: tuple[float, float, float, float], zoom: int, ring: int = 0
) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1), inclusive, of the tiles at ``zoom`` covering ``box`` (EPSG:3857),
    widened by ``ring`` tiles on every side."""
    minx, miny, maxx, maxy = box
    span = 2 * WORLD_HALF / 2**zoom
    return (
        int((minx + WORLD_HALF) // span) - ring,
        int((WORLD_HALF - maxy) // span) - ring,
        int((maxx + WORLD_HALF) // span) + ring,
        int((WORLD_HALF - miny) // span) + ring,
    )


def next_step_tiles(
    view: tuple[float, float, float, float], zoom: int
) -> list[tuple[int, int, int]]:
    """(zoom, x, y) of the tiles a next pan or zoom from ``view`` (EPSG:3857) will want,
    nearest first: the view's centre one zoom in, the whole view one zoom out, then the
    view with a ring two tiles wide at its own zoom (the page asks for the view itself)."""
    minx, miny, maxx, maxy = view
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    hw, hh = (maxx - minx) / 2, (maxy - miny) / 2
    wanted = (
        ((cx - hw / 2, cy - hh / 2, cx + hw / 2, cy + hh / 2), zoom + 1, 0),
        ((cx - hw * 2, cy - hh * 2, cx + hw * 2, cy + hh * 2), zoom - 1, 0),
        (view, zoom, 2),
    )
    tiles: list[tuple[int, int, int]] = []
    for box, level, ring in wanted:
        if not 0 <= level <= MAX_ZOOM:
            continue
        x0, y0, x1, y1 = tile_range(box, level, ring)
        tiles.extend((level, x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1))
    return tiles


def to_mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude (degrees) to EPSG:3857 metres (spherical Mercator)."""
    radius = WORLD_HALF / math.pi
    lat = np.clip(lat, -85.05112878, 85.05112878)
    x = np.radians(lon) * radius
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * radius
    return x, y


def from_mercator(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """EPSG:3857 metres to longitude/latitude (degrees)."""
    radius = WORLD_HALF / math.pi
    lon = np.degrees(x / radius)
    lat = np.degrees(2 * np.arctan(np.exp(y / radius)) - np.pi / 2)
    return lon, lat


def boxes_to_mercator(
    srid: int, minx: np.ndarray, miny: np.ndarray, maxx: np.ndarray, maxy: np.ndarray
) -> np.ndarray:
    """Boxes in the project CRS as boxes in EPSG:3857 that contain them, shape (n, 4).

    Only the centres are transformed (one pyproj call: four corners cost four). A box's
    half-width and half-height are scaled by Mercator's scale at the centre's latitude
    (1/cos φ; a Swedish TM grid's own scale is within 0.04 % of 1) and widened for the
    grid's rotation against north (the meridian convergence, about 7° for SWEREF 99 TM
    at Kalix): the largest rotation over the layer's extent is measured and applied to
    every box, so a corner can never fall outside its box (at worst a box is a few per
    cent too big, which only adds a candidate to a tile's query).
    """
    n = len(minx)
    if n == 0:
        return np.empty((0, 4))
    cx = (minx + maxx) / 2
    cy = (miny + maxy) / 2
    transformer = thread_transformer(srid, 4326)
    lon, lat = transformer.transform(cx, cy)
    mx, my = to_mercator(np.asarray(lon), np.asarray(lat))
    scale = 1.0 / np.cos(np.radians(np.asarray(lat)))
    turn = _largest_rotation(transformer, cx, cy)
    hw = (maxx - minx) / 2
    hh = (maxy - miny) / 2
    cos_t, sin_t = math.cos(turn), math.sin(turn)
    # 1 % on top: the TM grid scale and the sphere's scale differ slightly from 1/cos φ.
    half_x = (hw * cos_t + hh * sin_t) * scale * 1.01
    half_y = (hw * sin_t + hh * cos_t) * scale * 1.01
    return np.column_stack([mx - half_x, my - half_y, mx + half_x, my + half_y])


def _largest_rotation(transformer: Any, xs: np.ndarray, ys: np.ndarray) -> float:
    """The largest angle (radians) between the grid's north and true north over the extent."""
    x0, x1 = float(xs.min()), float(xs.max())
    y0, y1 = float(ys.min()), float(ys.max())
    grid_x, grid_y = np.meshgrid(np.linspace(x0, x1, 5), np.linspace(y0, y1, 5))
    gx, gy = grid_x.ravel(), grid_y.ravel()
    lon0, lat0 = transformer.transform(gx, gy)
    lon1, lat1 = transformer.transform(gx, gy + 100.0)
    mx0, my0 = to_mercator(np.asarray(lon0), np.asarray(lat0))
    mx1, my1 = to_mercator(np.asarray(lon1), np.asarray(lat1))
    angles = np.abs(np.arctan2(mx1 - mx0, my1 - my0))
    return float(min(angles.max(), math.pi / 4))


def _count(values: Iterable[int]) -> int:
    return len(values) if isinstance(values, Sized) else -1


@dataclass(frozen=True)
class TilePlan:
    """What one tile shows of a layer.

    ``shapes`` are the ids of features big enough to be drawn as shapes (read their
    geometry from the store); ``marks`` the pixel blocks of the small ones:
    columns x0, y0, x1, y1 (inclusive pixel indices in the tile) and their codes.
    """

    shapes: np.ndarray
    mark_boxes: np.ndarray
    mark_codes: np.ndarray

    @property
    def empty(self) -> bool:
        """Nothing of the layer touches the tile."""
        return len(self.shapes) == 0 and len(self.mark_codes) == 0


class LayerIndex:
    """The boxes (EPSG:3857) and class codes of a layer's features, sorted by id.

    Thread use: readers (tile painters) take a snapshot of the arrays with
    :meth:`snapshot`; writers replace the arrays whole, never in place, so a
    painter never sees half an update.
    """

    def __init__(self, ids: np.ndarray, codes: np.ndarray, boxes: np.ndarray) -> None:
        order = np.argsort(ids, kind="stable")
        self._ids = np.ascontiguousarray(ids[order], dtype=np.int64)
        self._codes = np.ascontiguousarray(codes[order], dtype=np.int16)
        self._boxes = np.ascontiguousarray(boxes[order], dtype=np.float64)
        self._shown = np.ones(len(self._ids), dtype=bool)
        self._filter: np.ndarray | None = None  # sorted ids the filter lets through

    @classmethod
    def from_project_boxes(
        cls,
        srid: int,
        ids: np.ndarray,
        codes: np.ndarray,
        minx: np.ndarray,
        miny: np.ndarray,
        maxx: np.ndarray,
        maxy: np.ndarray,
    ) -> LayerIndex:
        """An index from boxes in the project CRS (as the R-tree holds them)."""
        return cls(
            np.asarray(ids), np.asarray(codes), boxes_to_mercator(srid, minx, miny, maxx, maxy)
        )

    # ---- reading ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> np.ndarray:
        """The feature ids, ascending."""
        return self._ids

    def snapshot(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(ids, codes, boxes, shown) as they are now; later updates do not change them."""
        return self._ids, self._codes, self._boxes, self._shown

    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) in degrees of every feature, or None when empty."""
        if not len(self._ids):
            return None
        box = self._boxes
        lon, lat = from_mercator(
            np.array([box[:, 0].min(), box[:, 2].max()]),
            np.array([box[:, 1].min(), box[:, 3].max()]),
        )
        return (float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1]))

    def code_of(self, feature_id: int) -> int | None:
        """The class code of one feature, or None when it is not in the index."""
        at = self._position(feature_id)
        return None if at is None else int(self._codes[at])

    def box_of(self, ids: Iterable[int]) -> tuple[float, float, float, float] | None:
        """The EPSG:3857 box around these features (None when none is in the index)."""
        at = np.flatnonzero(self.mask_of(ids))
        if not len(at):
            return None
        box = self._boxes[at]
        return (
            float(box[:, 0].min()),
            float(box[:, 1].min()),
            float(box[:, 2].max()),
            float(box[:, 3].max()),
        )

    def counts(self, names: Sequence[str]) -> dict[str, int]:
        """How many shown features have each code, by ``names[code]``."""
        tally = np.bincount(self._codes[self._shown], minlength=len(names))
        return {name: int(tally[i]) for i, name in enumerate(names) if tally[i]}

    def shown_count(self) -> int:
        """How many features the filter lets through."""
        return int(self._shown.sum())

    def is_shown(self, feature_id: int) -> bool:
        """Whether a feature is in the index and passes the filter."""
        at = self._position(feature_id)
        return at is not None and bool(self._shown[at])

    def plan(self, zoom: int, x: int, y: int, only: np.ndarray | None = None) -> TilePlan:
        """What tile (zoom, x, y) shows: shape ids and mark blocks (see :class:`TilePlan`).

        Args:
            only: a boolean mask over the index (e.g. the selection); None: the shown ones.
        """
        ids, codes, boxes, shown = self.snapshot()
        # A mask made for an older snapshot (the index changed meanwhile) is not used: the
        # change repaints this tile again with a new one.
        mask = shown if only is None or len(only) != len(ids) else only
        res = resolution(zoom)
        minx, miny, maxx, maxy = tile_bounds(zoom, x, y)
        pad = STROKE_MARGIN_PX * res
        hit = (
            (boxes[:, 0] <= maxx + pad)
            & (boxes[:, 2] >= minx - pad)
            & (boxes[:, 1] <= maxy + pad)
            & (boxes[:, 3] >= miny - pad)
        )
        hit &= mask
        at = np.flatnonzero(hit)
        box = boxes[at]
        size = np.maximum(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]) / res
        small = size < MARK_BELOW_PX
        shapes = ids[at[~small]]
        sbox = box[small]
        px0 = np.floor((sbox[:, 0] - minx) / res)
        px1 = np.floor((sbox[:, 2] - minx) / res)
        py0 = np.floor((maxy - sbox[:, 3]) / res)
        py1 = np.floor((maxy - sbox[:, 1]) / res)
        blocks = np.column_stack([px0, py0, np.maximum(px1, px0), np.maximum(py1, py0)])
        inside = (
            (blocks[:, 2] >= 0)
            & (blocks[:, 0] < TILE_SIZE)
            & (blocks[:, 3] >= 0)
            & (blocks[:, 1] < TILE_SIZE)
        )
        return TilePlan(
            shapes=shapes,
            mark_boxes=np.clip(blocks[inside], 0, TILE_SIZE - 1).astype(np.int32),
            mark_codes=codes[at[small]][inside],
        )

    def under(self, mx: float, my: float, slack: float) -> np.ndarray:
        """Ids of shown features whose box lies within ``slack`` metres of (mx, my) (EPSG:3857)."""
        ids, _codes, boxes, shown = self.snapshot()
        hit = (
            (boxes[:, 0] <= mx + slack)
            & (boxes[:, 2] >= mx - slack)
            & (boxes[:, 1] <= my + slack)
            & (boxes[:, 3] >= my - slack)
            & shown
        )
        return ids[hit]

    def in_view(
        self, box: tuple[float, float, float, float], min_px: float, res: float, limit: int
    ) -> np.ndarray:
        """Ids of shown features inside ``box`` (EPSG:3857) at least ``min_px`` wide on screen,
        the biggest first, at most ``limit``."""
        ids, _codes, boxes, shown = self.snapshot()
        minx, miny, maxx, maxy = box
        centre_x = (boxes[:, 0] + boxes[:, 2]) / 2
        centre_y = (boxes[:, 1] + boxes[:, 3]) / 2
        size = np.minimum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]) / res
        hit = (
            (centre_x >= minx)
            & (centre_x <= maxx)
            & (centre_y >= miny)
            & (centre_y <= maxy)
            & (size >= min_px)
            & shown
        )
        at = np.flatnonzero(hit)
        if len(at) > limit:
            at = at[np.argsort(-size[at], kind="stable")[:limit]]
        return ids[at]

    def mask_of(self, feature_ids: Iterable[int] | np.ndarray) -> np.ndarray:
        """A boolean mask over the index that is True for these ids."""
        if isinstance(feature_ids, np.ndarray):
            wanted = feature_ids.astype(np.int64, copy=False)
        else:
            wanted = np.fromiter((int(i) for i in feature_ids), dtype=np.int64)
        return self._mask_sorted(np.sort(wanted))

    def _mask_sorted(self, wanted: np.ndarray) -> np.ndarray:
        if not len(wanted) or not len(self._ids):
            return np.zeros(len(self._ids), dtype=bool)
        at = np.searchsorted(wanted, self._ids)
        at[at == len(wanted)] = 0
        return wanted[at] == self._ids

    # ---- writing (whole arrays are replaced) -----------------------------------
    def set_filter(self, feature_ids: Iterable[int] | None) -> None:
        """Show only these features (None: all). Ids not in the index are kept for later."""
        if feature_ids is None:
            self._filter = None
            self._shown = np.ones(len(self._ids), dtype=bool)
        else:
            wanted = np.fromiter(feature_ids, dtype=np.int64, count=_count(feature_ids))
            wanted.sort()
            self._filter = wanted
            self._shown = self._mask_sorted(wanted)

    def upsert(self, ids: np.ndarray, codes: np.ndarray, boxes: np.ndarray) -> None:
        """Add or replace these features (boxes in EPSG:3857)."""
        ids = np.asarray(ids, dtype=np.int64)
        keep = ~np.isin(self._ids, ids)
        merged_ids = np.concatenate([self._ids[keep], ids])
        order = np.argsort(merged_ids, kind="stable")
        self._boxes = np.concatenate([self._boxes[keep], boxes.reshape(-1, 4)])[order]
        self._codes = np.concatenate([self._codes[keep], np.asarray(codes, dtype=np.int16)])[order]
        self._ids = merged_ids[order]
        self._refilter()

    def remove(self, ids: Iterable[int]) -> None:
        """Take these features out of the index."""
        keep = ~self.mask_of(ids)
        self._ids = self._ids[keep]
        self._codes = self._codes[keep]
        self._boxes = self._boxes[keep]
        self._refilter()

    def _refilter(self) -> None:
        if self._filter is None:
            self._shown = np.ones(len(self._ids), dtype=bool)
        else:
            self._shown = self._mask_sorted(self._filter)

    def _position(self, feature_id: int) -> int | None:
        at = int(np.searchsorted(self._ids, feature_id))
        if at < len(self._ids) and self._ids[at] == feature_id:
            return at
        return None
