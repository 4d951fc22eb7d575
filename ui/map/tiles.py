"""Map tiles painted from the project database and served to the page as ``kalix:`` URLs.

The page's tile layers ask for ``kalix:tiles/<map>/<layer>/<version>/<z>/<x>/<y>.png``.
:class:`TileSchemeHandler` (one per profile) hands each request to the map's
:class:`TileService`, which paints the tile on one of two Python worker threads
(pyproj and QPainter on a QImage are both fine off the GUI thread) and replies on
the GUI thread. Nothing listens on a network port, and nothing is copied out of
the project: each tile reads the features it touches from the R-tree/GiST index
(``kalixplan.services.map_tiles``) in a read transaction of its own.

Painting follows the map page's styles: a parcel's status colour at the page's
fill opacity with a darker outline; features too small to see as shapes (under
three pixels) become a block of their box, so a county's million parcels read as
coloured ground at low zooms. All shapes of one colour are one ``QPainterPath``
built in a single step from numpy (the bytes of ``QDataStream``'s path format),
so a tile of thousands of parcels costs a few milliseconds.

The scheme is registered before the ``QApplication`` exists (:func:`register_scheme`;
``ui/app.py``), as QtWebEngine requires.
"""

from __future__ import annotations

import functools
import itertools
import logging
import queue
import struct
import threading
import time
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from kalixplan.domain.codes import PARCEL_STATUS_COLOURS, UNKNOWN_STATUS_COLOUR, ParcelStatus
from kalixplan.domain.palette import REFERENCE_COLOURS
from kalixplan.maps.data import thread_transformer
from kalixplan.maps.tiles import (
    TILE_SIZE,
    LayerIndex,
    TilePlan,
    resolution,
    tile_bounds,
    to_mercator,
    valid_tile,
)
from kalixplan.process import trim_heap
from kalixplan.services.map_tiles import STATUS_NAMES, Shapes
from kalixplan.store.engine import Project
from ui.paths import outline_vertices, path_from_rings

log = logging.getLogger(__name__)

SCHEME = b"kalix"
PREFIX = "tiles"
# Above this many features a layer is drawn as tiles; below, as GeoJSON in the page
# (exact per-feature hover without asking the application; the standalone HTML export
# always is). Measured at 10 000 parcels (bench/map_scale.py): tiles 0.47 s to the first
# view, GeoJSON 0.66 s; a demo's forty parcels are quicker as GeoJSON.
DEFAULT_THRESHOLD = 5_000
PAINT_THREADS = 2
CACHE_BYTES = 32 * 1024 * 1024

SELECTED_STROKE = "#00c2ff"  # the page's selection colour
FILL_OPACITY = 0.72  # the page's parcel fill
FINE_OUTLINE_ZOOM = 15  # from here outlines have the page's width (1.3 px; 4 px selected)
MARK_ALPHA = 0.85


def register_scheme() -> None:
    """Register ``kalix:`` with QtWebEngine (before the QApplication is made; once)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    if QCoreApplication.instance() is not None:
        log.warning("kalix: scheme registered after the application started; tiles may fail")
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    # A local scheme: the map page (a local file) may load its images, nothing remote may.
    scheme.setFlags(QWebEngineUrlScheme.Flag.LocalScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


def darker(colour: str) -> str:
    """The page's outline colour for a fill (kalixmap-base.js ``darker``: 62 %)."""
    rgb = [round(int(colour[i : i + 2], 16) * 0.62) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


@dataclass(frozen=True)
class LayerStyle:
    """How a tiled layer paints each class code: fill, outline, outline width, marks."""

    fills: tuple[QColor | None, ...]
    strokes: tuple[QColor | None, ...]
    marks: tuple[QColor, ...]
    width: float
    fill_polygons: bool = True
    # Outlines fade below FINE_OUTLINE_ZOOM: a property map's lines a few pixels apart
    # would otherwise turn the ground into a dark hatch (reference layers).
    faint_outlines: bool = False


def parcel_style() -> LayerStyle:
    """Status colours at the page's opacity, darker outlines (``kalixmap.js``)."""
    colours = [PARCEL_STATUS_COLOURS.get(ParcelStatus(n)) if n else None for n in STATUS_NAMES]
    hexes = [c or UNKNOWN_STATUS_COLOUR for c in colours]
    fills = tuple(_colour(h, FILL_OPACITY) for h in hexes)
    strokes = tuple(_colour(darker(h), 1.0) for h in hexes)
    marks = tuple(_colour(h, MARK_ALPHA) for h in hexes)
    return LayerStyle(fills, strokes, marks, 1.3)


def selection_style() -> LayerStyle:
    """The selection's cyan outline, no fill (drawn over the parcels)."""
    cyan = _colour(SELECTED_STROKE, 1.0)
    n = len(STATUS_NAMES)
    return LayerStyle((None,) * n, (cyan,) * n, (cyan,) * n, 4.0, fill_polygons=False)


def reference_style(kind: str) -> LayerStyle:
    """A reference layer in the palette's colours (``kalixplan.domain.palette``)."""
    stroke, fill, opacity = REFERENCE_COLOURS.get(kind, REFERENCE_COLOURS["other"])
    fill_colour = _colour(fill or stroke, opacity) if opacity > 0 else None
    mark = _colour(stroke, 0.18)  # a property map's tiny plots: a light tint, not a hatch
    return LayerStyle((fill_colour,), (_colour(stroke, 0.9),), (mark,), 1.0, faint_outlines=True)


def _colour(hex_colour: str, alpha: float) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


# ---- painting -------------------------------------------------------------------
class TiledLayer:
    """A layer the page shows as tiles: its index, style, and how its shapes are read."""

    def __init__(
        self,
        name: str,
        index: LayerIndex,
        style: LayerStyle,
        read: Callable[[Any, tuple[float, float, float, float], int, np.ndarray], Shapes],
        *,
        title: str | None = None,
        kind: str = "",
    ) -> None:
        self.name = name
        self.index = index
        self.style = style
        self.read = read
        self.version = 1
        self.only: np.ndarray | None = None  # a mask drawn instead of the filter (selection)
        self.title = title or name  # what the layer control calls it (a reference layer's name)
        self.kind = kind  # a reference layer's kind


class TileService:
    """Paints the tiles of one map's layers from its project, on worker threads."""

    _tokens = itertools.count(1)

    def __init__(self, project: Project) -> None:
        self.project = project
        self.srid = project.srid
        self.token = f"m{next(self._tokens)}"
        self.layers: dict[str, TiledLayer] = {}
        self._cache: OrderedDict[tuple[str, int, int, int], bytes] = OrderedDict()
        self._cache_bytes = 0
        self._lock = threading.Lock()
        self.painted = 0  # tiles painted (for tests and benchmarks)
        self.closed = False  # the map shows another project now, or is gone
        self.paint_seconds = 0.0

    def url_template(self, layer: str) -> str:
        """The page's tile URL for a layer (Leaflet fills in {v}, {z}, {x}, {y})."""
        return f"{SCHEME.decode()}:{PREFIX}/{self.token}/{layer}/{{v}}/{{z}}/{{x}}/{{y}}.png"

    def close(self) -> None:
        """Stop reading the project: queued work for this map paints nothing."""
        self.closed = True
        self.forget_all()

    def forget_all(self) -> None:
        """Drop every cached tile."""
        with self._lock:
            self._cache.clear()
            self._cache_bytes = 0

    def add(self, layer: TiledLayer) -> None:
        """Serve a layer under its name."""
        self.layers[layer.name] = layer

    # ---- cache ------------------------------------------------------------------
    def forget(self, layer: str, box: tuple[float, float, float, float] | None = None) -> None:
        """Drop cached tiles of a layer (those meeting ``box``, EPSG:3857; None: all)."""
        with self._lock:
            for key in list(self._cache):
                if key[0] != layer:
                    continue
                if box is not None:
                    minx, miny, maxx, maxy = tile_bounds(key[1], key[2], key[3])
                    pad = 4 * resolution(key[1])
                    if (
                        minx - pad > box[2]
                        or maxx + pad < box[0]
                        or miny - pad > box[3]
                        or maxy + pad < box[1]
                    ):
                        continue
                self._cache_bytes -= len(self._cache.pop(key))

    def cached(self, key: tuple[str, int, int, int]) -> bytes | None:
        with self._lock:
            data = self._cache.get(key)
            if data is not None:
                self._cache.move_to_end(key)
            return data

    def _keep(self, key: tuple[str, int, int, int], data: bytes) -> None:
        with self._lock:
            old = self._cache.pop(key, None)
            if old is not None:
                self._cache_bytes -= len(old)
            self._cache[key] = data
            self._cache_bytes += len(data)
            while self._cache_bytes > CACHE_BYTES and self._cache:
                _key, dropped = self._cache.popitem(last=False)
                self._cache_bytes -= len(dropped)

    # ---- painting ----------------------------------------------------------------
    def tile(self, layer_name: str, zoom: int, x: int, y: int) -> bytes:
        """The PNG of one tile (from the cache or painted now; on any thread)."""
        key = (layer_name, zoom, x, y)
        cached = self.cached(key)
        if cached is not None:
            return cached
        layer = self.layers.get(layer_name)
        if layer is None or self.closed or not valid_tile(zoom, x, y):
            return blank_png()
        started = time.perf_counter()
        image = self.paint(layer, zoom, x, y)
        data = blank_png() if image is None else encode_png(image)
        self.paint_seconds += time.perf_counter() - started
        self.painted += 1
        self._keep(key, data)
        return data

    def paint(self, layer: TiledLayer, zoom: int, x: int, y: int) -> QImage | None:
        """Paint one tile of a layer; None when nothing of it is there."""
        plan = layer.index.plan(zoom, x, y, layer.only)
        if plan.empty:
            return None
        image = QImage(TILE_SIZE, TILE_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        if len(plan.mark_codes):
            _paint_marks(image, plan, layer.style)
        if len(plan.shapes):
            shapes = self._read_shapes(layer, zoom, x, y, plan)
            self._paint_shapes(image, shapes, layer.style, zoom, x, y)
        return image

    def _read_shapes(self, layer: TiledLayer, zoom: int, x: int, y: int, plan: TilePlan) -> Shapes:
        minx, miny, maxx, maxy = tile_bounds(zoom, x, y)
        pad = 4 * resolution(zoom)
        box = self._project_box(minx - pad, miny - pad, maxx + pad, maxy + pad)
        with self.project.read_scope() as session:
            return layer.read(session, box, self.srid, plan.shapes)

    def _project_box(
        self, minx: float, miny: float, maxx: float, maxy: float
    ) -> tuple[float, float, float, float]:
        """A box in the project CRS around an EPSG:3857 box (its edges sampled)."""
        t = np.linspace(0.0, 1.0, 9)
        xs = np.concatenate(
            [minx + (maxx - minx) * t, np.full(9, maxx), maxx - (maxx - minx) * t, np.full(9, minx)]
        )
        ys = np.concatenate(
            [np.full(9, miny), miny + (maxy - miny) * t, np.full(9, maxy), maxy - (maxy - miny) * t]
        )
        px, py = thread_transformer(3857, self.srid).transform(xs, ys)
        return (float(np.min(px)), float(np.min(py)), float(np.max(px)), float(np.max(py)))

    def _paint_shapes(
        self, image: QImage, shapes: Shapes, style: LayerStyle, zoom: int, x: int, y: int
    ) -> None:
        if not len(shapes.ids):
            return
        xs, ys, starts, owner = outline_vertices(shapes.geoms)
        if not len(xs):
            return
        lon, lat = thread_transformer(self.srid, 4326).transform(xs, ys)
        mx, my = to_mercator(np.asarray(lon), np.asarray(lat))
        minx, _miny, _maxx, maxy = tile_bounds(zoom, x, y)
        res = resolution(zoom)
        px = (mx - minx) / res
        py = (maxy - my) / res
        codes = shapes.codes[owner]
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            for code in np.unique(codes):
                chosen = codes == code
                path = path_from_rings(px[chosen], py[chosen], starts[chosen])
                fill = style.fills[code] if style.fill_polygons else None
                stroke = style.strokes[code]
                painter.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
                if stroke is None:
                    painter.setPen(Qt.PenStyle.NoPen)
                else:
                    thin = zoom < FINE_OUTLINE_ZOOM and style.width <= 1.5
                    if thin and style.faint_outlines:
                        stroke = QColor(stroke)
                        stroke.setAlphaF(0.3)
                    pen = QPen(stroke, 1.0 if thin else style.width)
                    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                    # Below FINE_OUTLINE_ZOOM parcels are a few pixels: a one-pixel cosmetic
                    # outline looks the same and skips Qt's path stroker (six times faster
                    # for a tile of two thousand parcels). The selection keeps its width.
                    pen.setCosmetic(thin)
                    painter.setPen(pen)
                painter.drawPath(path)
        finally:
            painter.end()


def _paint_marks(image: QImage, plan: TilePlan, style: LayerStyle) -> None:
    """Small features as blocks of their box (at least one pixel), straight into the pixels."""
    pixels = np.frombuffer(image.bits(), dtype=np.uint32).reshape(TILE_SIZE, TILE_SIZE)
    palette = np.array([_premultiplied(c) for c in style.marks], dtype=np.uint32)
    colour = palette[np.minimum(plan.mark_codes, len(palette) - 1)]
    x0, y0, x1, y1 = (plan.mark_boxes[:, i] for i in range(4))
    for dy in range(3):
        for dx in range(3):
            hit = (x0 + dx <= x1) & (y0 + dy <= y1)
            pixels[(y0 + dy)[hit], (x0 + dx)[hit]] = colour[hit]


def _premultiplied(colour: QColor) -> int:
    alpha = colour.alpha()
    red, green, blue = (
        round(c * alpha / 255) for c in (colour.red(), colour.green(), colour.blue())
    )
    return (alpha << 24) | (red << 16) | (green << 8) | blue


def encode_png(image: QImage) -> bytes:
    """PNG bytes of a tile, written here with zlib at level 1.

    Qt's own PNG writer, used from two painter threads at once, failed now and then
    ("libpng error: Write Error"); this one is a few lines of the PNG format
    (signature, IHDR, one IDAT, IEND; filter 0 on each row), thread-safe, and zlib
    releases the interpreter while it compresses.
    """
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    pixels = np.frombuffer(rgba.constBits(), dtype=np.uint8)[: rgba.bytesPerLine() * height]
    rows = pixels.reshape(height, rgba.bytesPerLine())[:, : width * 4]
    raw = np.zeros((height, width * 4 + 1), dtype=np.uint8)
    raw[:, 1:] = rows
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(raw.tobytes(), 1)),
            _chunk(b"IEND", b""),
        ]
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def blank_png() -> bytes:
    """A transparent tile (made once)."""
    image = QImage(TILE_SIZE, TILE_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return encode_png(image)


# ---- serving ---------------------------------------------------------------------
@dataclass
class _Pending:
    job: QWebEngineUrlRequestJob
    alive: bool = True


class TileSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``kalix:tiles/…`` requests of every map page of a profile.

    Two painter threads take work from one priority queue: tiles the page asked for
    first, in the order asked; then, when the view has settled, the tiles a next step
    will want (one zoom in and out, a ring around the view: :meth:`prefetch`), so a
    pan or a zoom finds them painted. A newer view drops prefetches not yet begun.
    """

    _delivered = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: weakref.WeakValueDictionary[str, TileService] = (
            weakref.WeakValueDictionary()
        )
        self._queue: queue.PriorityQueue[tuple[int, int, int, Callable[[], None]]] = (
            queue.PriorityQueue()
        )
        self._order = itertools.count()
        self._prefetch_generation = 0
        self._painted_since_trim = False
        for n in range(PAINT_THREADS):
            threading.Thread(target=self._work, name=f"kalix-tiles-{n}", daemon=True).start()
        self._delivered.connect(self._reply, Qt.ConnectionType.QueuedConnection)
        self.failures = 0

    def serve(self, service: TileService) -> None:
        """Answer requests for a map's tiles (until the service is gone)."""
        self._services[service.token] = service

    def _work(self) -> None:
        while True:
            try:
                _priority, _order, generation, task = self._queue.get(timeout=1.0)
            except queue.Empty:
                if self._painted_since_trim:
                    self._painted_since_trim = False
                    trim_heap()  # a burst is over: give its scratch memory back
                continue
            self._painted_since_trim = True
            if generation and generation != self._prefetch_generation:
                continue  # a prefetch for a view the user has left
            try:
                task()
            except Exception:
                if generation:  # a prefetch: nobody waits for it (the project may be gone)
                    log.info("map tile prefetch failed", exc_info=True)
                else:
                    log.exception("map tile work failed")

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        """A tile was asked for: paint it on a worker thread, reply on this one."""
        parts = job.requestUrl().path().split("/")
        try:
            if len(parts) != 7 or parts[0] != PREFIX or not parts[6].endswith(".png"):
                raise ValueError("not a tile address")
            token, layer = parts[1], parts[2]
            zoom, x, y = int(parts[4]), int(parts[5]), int(parts[6][:-4])
        except ValueError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        service = self._services.get(token)
        if service is None or not valid_tile(zoom, x, y):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        cached = service.cached((layer, zoom, x, y))
        if cached is not None:
            self._reply(_Pending(job), cached)
            return
        pending = _Pending(job)
        job.destroyed.connect(lambda *_: setattr(pending, "alive", False))
        self._queue.put(
            (0, next(self._order), 0, lambda: self._paint(pending, service, layer, zoom, x, y))
        )

    def drop_prefetch(self) -> None:
        """Forget prefetches not begun (the tiles they would paint have changed)."""
        self._prefetch_generation += 1

    def prefetch(self, service: TileService, tiles: Sequence[tuple[str, int, int, int]]) -> None:
        """Paint these tiles into the cache when the painters are idle (drops older ones)."""
        self._prefetch_generation += 1
        generation = self._prefetch_generation
        for layer, zoom, x, y in tiles:
            if not valid_tile(zoom, x, y) or service.cached((layer, zoom, x, y)) is not None:
                continue

            def task(layer: str = layer, zoom: int = zoom, x: int = x, y: int = y) -> None:
                service.tile(layer, zoom, x, y)

            self._queue.put((1, next(self._order), generation, task))

    def _paint(
        self, pending: _Pending, service: TileService, layer: str, zoom: int, x: int, y: int
    ) -> None:
        if not pending.alive:  # the page no longer wants it (zoomed on)
            return
        try:
            data: bytes | None = service.tile(layer, zoom, x, y)
        except Exception:
            log.exception("map tile %s %s/%s/%s could not be painted", layer, zoom, x, y)
            data = None
        self._delivered.emit(pending, data)

    def _reply(self, pending: _Pending, data: bytes | None) -> None:
        job = pending.job
        if not pending.alive or not shiboken6.isValid(job):
            return
        if data is None:
            self.failures += 1
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"image/png", buffer)


_HANDLERS: dict[int, TileSchemeHandler] = {}


def tile_handler(profile: QWebEngineProfile) -> TileSchemeHandler:
    """The profile's tile handler (installed on first use)."""
    key = id(profile)
    handler = _HANDLERS.get(key)
    if handler is None or not shiboken6.isValid(handler):
        handler = TileSchemeHandler(profile)
        profile.installUrlSchemeHandler(SCHEME, handler)
        _HANDLERS[key] = handler
    return handler
