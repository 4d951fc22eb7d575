"""Drawing vector features into a map frame at true scale.

Ground coordinates (metres in the print CRS) become paper millimetres by one
affine map: ``x_mm = left + (X - minx) * 1000 / scale`` and
``y_mm = top + (maxy - Y) * 1000 / scale``. Coordinates are transformed with
numpy, one array per ring, and drawn as vector paths clipped to the frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import attrgetter

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

from kalixplan.domain.palette import PLAN_STROKE, on_paper
from kalixplan.printing.generalise import (
    LAND_USE_LABEL_MM,
    MIN_PARCEL_MM,
    PARCEL_LABEL_MM,
    PLOT_NAME_MIN_MM,
    PLOT_NAME_PT,
    SMALL_SCALE_PLAN_MM,
    LabelSpace,
    needs_mark,
    outline_width_mm,
    paper_sides,
)
from kalixplan.printing.paper import Rect
from kalixplan.printing.scale import Extent
from kalixplan.printing.styles import (
    FAINT_OUTLINE_BELOW_MM,
    FAINT_OUTLINE_OPACITY,
    HIGHLIGHT_STROKE,
    HIGHLIGHT_WIDTH_MM,
    LAND_USE_STROKE,
    PLAN_WIDTH_MM,
    REFERENCE_AREA_OPACITY,
    REFERENCE_NAMED_INSIDE,
    REFERENCE_ORDER,
    REFERENCE_UNDER_PARCELS,
    land_use_fill,
    parcel_style,
    reference_style,
)
from kalixplan.services.printing import MapContent, PrintReference
from ui.paths import outline_vertices, path_from_rings
from ui.printing.canvas import Canvas, brush, pen, qrect

# Above this many parcels on a sheet they are drawn a status at a time (one path each), and
# above this many features of one reference kind that kind is one path.
BULK_PARCELS = 2_000


class GroundToPaper:
    """The affine map from ground metres to paper millimetres for one frame."""

    def __init__(self, frame: Rect, extent: Extent, scale: float) -> None:
        self.frame = frame
        self.extent = extent
        self.scale = scale
        self.f = 1000.0 / scale
        self.minx, self.maxy = extent[0], extent[3]

    def xy(self, coords: np.ndarray) -> np.ndarray:
        """Transform an (n, 2) array of ground coordinates to paper mm."""
        out = np.empty((len(coords), 2))
        out[:, 0] = self.frame.x + (coords[:, 0] - self.minx) * self.f
        out[:, 1] = self.frame.y + (self.maxy - coords[:, 1]) * self.f
        return out

    def point(self, x: float, y: float) -> tuple[float, float]:
        """One ground point on paper."""
        return self.frame.x + (x - self.minx) * self.f, self.frame.y + (self.maxy - y) * self.f


def _polygon(points: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(float(x), float(y)) for x, y in points])


def geometry_path(geom: BaseGeometry, tx: GroundToPaper) -> QPainterPath:
    """A painter path (mm) of any geometry; polygons with holes use odd-even filling."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in getattr(geom, "geoms", [geom]):
        kind = part.geom_type
        if kind == "Polygon":
            for ring in (part.exterior, *part.interiors):
                path.addPolygon(_polygon(tx.xy(np.asarray(ring.coords)[:, :2])))
                path.closeSubpath()
        elif kind in ("LineString", "LinearRing"):
            pts = tx.xy(np.asarray(part.coords)[:, :2])
            if len(pts):
                path.moveTo(float(pts[0, 0]), float(pts[0, 1]))
                for x, y in pts[1:]:
                    path.lineTo(float(x), float(y))
        elif kind in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
            path.addPath(geometry_path(part, tx))
    return path


def points_of(geom: BaseGeometry) -> Iterable[tuple[float, float]]:
    """The coordinates of a point or multipoint."""
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Point":
            yield float(part.x), float(part.y)


def draw_map(
    canvas: Canvas,
    frame: Rect,
    content: MapContent,
    scale: float,
    *,
    highlight_ids: frozenset[int] = frozenset(),
    labels: bool = True,
) -> None:
    """Draw everything of ``content`` into ``frame`` at ``scale``, clipped to the frame."""
    p = canvas.painter
    tx = GroundToPaper(frame, content.extent, scale)
    p.save()
    p.setClipRect(qrect(frame))
    for area in content.land_uses:
        p.setPen(pen(LAND_USE_STROKE, 0.15))
        p.setBrush(brush(land_use_fill(area.label)))
        p.drawPath(geometry_path(area.geom, tx))
    order = {k: i for i, k in enumerate(REFERENCE_ORDER)}
    refs = sorted(content.references, key=lambda r: (order.get(r.kind, 99), r.kind))
    _draw_references(canvas, refs, tx, "area")
    _draw_references(canvas, refs, tx, "line", under=True)
    p.setBrush(brush(None))
    for plan in content.plans:
        p.setPen(pen(PLAN_STROKE, outline_width_mm(PLAN_WIDTH_MM, scale, SMALL_SCALE_PLAN_MM)))
        p.drawPath(geometry_path(plan.geom, tx))
    if len(content.parcels) > BULK_PARCELS:
        _draw_parcels_at_once(canvas, content, tx, scale)
    else:
        for parcel in content.parcels:
            fill = parcel_style(parcel.status)
            p.setPen(pen(fill.stroke, outline_width_mm(fill.width_mm, scale)))
            p.setBrush(brush(fill.fill))
            bounds = parcel.geom.bounds
            if needs_mark(bounds, scale):
                # Too small to see as drawn: a mark of the least size, so no parcel vanishes.
                cx, cy = tx.point((bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0)
                half = MIN_PARCEL_MM / 2.0
                p.drawRect(QRectF(cx - half, cy - half, MIN_PARCEL_MM, MIN_PARCEL_MM))
            else:
                p.drawPath(geometry_path(parcel.geom, tx))
    _draw_references(canvas, refs, tx, "line")
    for ref in (r for r in refs if reference_style(r.kind).shape == "point"):
        style = reference_style(ref.kind)
        p.setPen(pen(style.stroke, style.width_mm))
        p.setBrush(brush(style.fill))
        for x, y in points_of(ref.geom):
            px, py = tx.point(x, y)
            p.drawEllipse(QPointF(px, py), 1.6, 1.6)
    p.setBrush(brush(None))
    for parcel in content.parcels:
        if parcel.id in highlight_ids:
            p.setPen(pen(HIGHLIGHT_STROKE, HIGHLIGHT_WIDTH_MM))
            p.drawPath(geometry_path(parcel.geom, tx))
    if labels:
        _labels(canvas, content, tx)
    p.restore()
    canvas.box(frame, None, "#000000", 0.35)


def _draw_parcels_at_once(
    canvas: Canvas, content: MapContent, tx: GroundToPaper, scale: float
) -> None:
    """Every parcel, one path per status: the same drawing as one path per parcel.

    A sheet of a county holds 10⁵ parcels; painted one by one they cost seconds in
    Python alone. Shapes and the marks of parcels too small to see are gathered per
    status and drawn with that status's pen and brush, in status order (a parcel's
    status colour never depends on what else is on the sheet). The PDF then holds one
    path per status instead of one per parcel, which only matters below
    ``BULK_PARCELS`` parcels, where each parcel keeps its own path.
    """
    p = canvas.painter
    geoms = np.array([parcel.geom for parcel in content.parcels], dtype=object)
    statuses = np.array([parcel.status for parcel in content.parcels], dtype=object)
    bounds = shapely.bounds(geoms)
    marked = paper_sides(geoms, scale).max(axis=0) < MIN_PARCEL_MM
    xs, ys, starts, owner = outline_vertices(geoms[~marked])
    paper = tx.xy(np.column_stack([xs, ys])) if len(xs) else np.zeros((0, 2))
    shape_status = statuses[~marked][owner] if len(owner) else np.zeros(0, dtype=object)
    centres = tx.xy(
        np.column_stack(
            [
                (bounds[marked, 0] + bounds[marked, 2]) / 2,
                (bounds[marked, 1] + bounds[marked, 3]) / 2,
            ]
        )
    )
    half = MIN_PARCEL_MM / 2.0
    for status in sorted(set(statuses.tolist())):
        fill = parcel_style(status)
        p.setPen(pen(fill.stroke, outline_width_mm(fill.width_mm, scale)))
        p.setBrush(brush(fill.fill))
        chosen = shape_status == status
        if chosen.any():
            p.drawPath(path_from_rings(paper[chosen, 0], paper[chosen, 1], starts[chosen]))
        marks = centres[statuses[marked] == status]
        if len(marks):
            # As rectangles: the PDF gets one "re" each, a third of a path's bytes.
            p.drawRects(
                [
                    QRectF(x - half, y - half, MIN_PARCEL_MM, MIN_PARCEL_MM)
                    for x, y in marks.tolist()
                ]
            )


def _draw_references(
    canvas: Canvas,
    refs: Sequence[PrintReference],
    tx: GroundToPaper,
    shape: str,
    *,
    under: bool = False,
) -> None:
    """The reference features of one shape ("area" or "line"), a kind at a time (``refs``
    are sorted by kind); with ``under``, only the line kinds drawn under the parcels
    (``REFERENCE_UNDER_PARCELS``), else only the others.

    A kind with more than ``BULK_PARCELS`` features on the sheet (a county's property
    map has 10⁵) becomes one path built from numpy, like the parcels; drawn one by one
    they took seconds. Fewer keep a path each, an object a designer can pick in the PDF.
    Lines of features smaller on paper than ``FAINT_OUTLINE_BELOW_MM`` (the median) are
    drawn faint, so that a property map at a municipality's scale is a light tint.
    """
    p = canvas.painter
    for kind, group in groupby(refs, key=attrgetter("kind")):
        style = reference_style(kind)
        if style.shape != shape or (shape == "line" and (kind in REFERENCE_UNDER_PARCELS) != under):
            continue
        features = list(group)
        geoms = np.array([r.geom for r in features], dtype=object)
        colour = style.stroke
        if shape == "line":
            size_mm = np.nanmedian(paper_sides(geoms, tx.scale).max(axis=0))
            if size_mm < FAINT_OUTLINE_BELOW_MM:
                # Lighter, not see-through: Qt's PDF engine outlines every see-through
                # stroke (a property map's sheet grew from 2 MB to 26 MB and 8 s).
                colour = on_paper(style.stroke, FAINT_OUTLINE_OPACITY)
        p.setPen(pen(colour, style.width_mm, style.dashed))
        p.setBrush(brush(style.fill, REFERENCE_AREA_OPACITY) if shape == "area" else brush(None))
        if len(features) <= BULK_PARCELS:
            for ref in features:
                p.drawPath(geometry_path(ref.geom, tx))
            continue
        xs, ys, starts, _ = outline_vertices(geoms)
        if len(xs):
            paper = tx.xy(np.column_stack([xs, ys]))
            p.drawPath(path_from_rings(paper[:, 0], paper[:, 1], starts))


def _inside(tx: GroundToPaper, x: float, y: float, margin: float = 3.0) -> bool:
    f = tx.frame
    return f.x + margin < x < f.right - margin and f.y + margin < y < f.bottom - margin


def _smallest_side_mm(geom: BaseGeometry, tx: GroundToPaper) -> float:
    minx, miny, maxx, maxy = geom.bounds
    return float(min(maxx - minx, maxy - miny) * tx.f)


def _anchor(geom: BaseGeometry, anchor: tuple[float, float] | None) -> tuple[float, float]:
    if anchor is not None:
        return anchor
    pt = geom.representative_point()
    return float(pt.x), float(pt.y)


def _point_box(canvas: Canvas, x: float, y: float, value: str, pt: float) -> Rect:
    """The box ``Canvas.point_text`` takes for a bold label centred on (x, y)."""
    w = canvas.text_width(value, pt, bold=True) + 1.0
    h = pt * 0.3528 * 1.4
    return Rect(x - w / 2, y - h / 2, w, h)


def _labels(canvas: Canvas, content: MapContent, tx: GroundToPaper) -> None:
    """Land-use codes and parcel numbers where they fit on paper.

    The rule (``kalixplan.printing.generalise``): a feature is labelled when it is
    big enough on paper, largest first, and only where its label overlaps no label
    placed before; so small scales get fewer labels, never a heap of them.
    Labels whose anchor is outside the frame are left out rather than clipped:
    clipped text would still be in the PDF's text layer.
    """
    space = LabelSpace()
    land_uses = [a for a in content.land_uses if _smallest_side_mm(a.geom, tx) >= LAND_USE_LABEL_MM]
    for area in sorted(land_uses, key=lambda a: -a.geom.area):
        x, y = tx.point(*_anchor(area.geom, area.anchor))
        if not _inside(tx, x, y - 4.0) or not space.take(
            _point_box(canvas, x, y - 4.0, area.label, 9.0)
        ):
            continue
        canvas.point_text(x, y - 4.0, area.label, 9.0, bold=True, colour="#4a3b63")
    parcels = []
    if content.parcels:
        side = paper_sides([p.geom for p in content.parcels], tx.scale).min(axis=0)
        parcels = [
            p for p, big in zip(content.parcels, side >= PARCEL_LABEL_MM, strict=True) if big
        ]
    for parcel in sorted(parcels, key=lambda p: -p.geom.area):
        x, y = tx.point(*_anchor(parcel.geom, parcel.anchor))
        short = parcel.designation.split()[-1]
        if not _inside(tx, x, y) or not space.take(_point_box(canvas, x, y, short, 6.5)):
            continue
        canvas.point_text(x, y, short, 6.5, bold=True, colour="#111111", halo=True)
    for ref in content.references:
        if ref.name and reference_style(ref.kind).shape == "point":
            for x0, y0 in points_of(ref.geom):
                x, y = tx.point(x0, y0)
                if _inside(tx, x, y) and x < tx.frame.right - 30.0:
                    box = Rect(x + 2.2, y - 2.0, canvas.text_width(ref.name, 6.5) + 0.5, 5.0)
                    if not space.take(box):
                        continue
                    canvas.text(
                        Rect(x + 2.2, y - 2.0, 40.0, 5.0),
                        ref.name,
                        6.5,
                        colour="#222222",
                        wrap=False,
                    )
    _plot_names(canvas, content, tx, space)


def _plot_names(canvas: Canvas, content: MapContent, tx: GroundToPaper, space: LabelSpace) -> None:
    """A property map's designations, each inside its plot where it fits with 1 mm to
    spare, largest plot first, after every other label and only where free (the map
    names plots from zoom 16; on paper 100 m plots are named from about 1:5 000)."""
    plots = [r for r in content.references if r.name and r.kind in REFERENCE_NAMED_INSIDE]
    if not plots:
        return
    geoms = np.array([r.geom for r in plots], dtype=object)
    width, height = paper_sides(geoms, tx.scale)
    roomy = np.flatnonzero((width >= PLOT_NAME_MIN_MM) & (height >= PLOT_NAME_PT * 0.6))
    if not len(roomy):
        return
    anchors = shapely.get_coordinates(shapely.point_on_surface(geoms[roomy]))
    # The plots lie under the parcels: where a parcel covers a name's place, so does it.
    parcels = shapely.STRtree([p.geom for p in content.parcels]) if content.parcels else None
    half_h = PLOT_NAME_PT * 0.25
    for at in np.argsort(-(width * height)[roomy], kind="stable"):
        i = int(roomy[at])
        name = str(plots[i].name)
        needed = canvas.text_width(name, PLOT_NAME_PT) + 1.0
        if needed + 1.0 > width[i]:
            continue
        gx, gy = float(anchors[at, 0]), float(anchors[at, 1])
        if parcels is not None:
            half_w = needed / 2 / tx.f
            place = shapely.box(gx - half_w, gy - half_h / tx.f, gx + half_w, gy + half_h / tx.f)
            if len(parcels.query(place, predicate="intersects")):
                continue
        x, y = tx.point(gx, gy)
        box = Rect(x - needed / 2, y - half_h, needed, 2 * half_h)
        if not _inside(tx, x, y) or not space.take(box):
            continue
        canvas.point_text(x, y, name, PLOT_NAME_PT, colour="#6b6b6b")


def draw_overview(canvas: Canvas, rect: Rect, content: MapContent) -> None:
    """The municipal boundary with the printed extent marked in red."""
    p = canvas.painter
    canvas.box(rect, "#f7f7f2", "#666666", 0.2)
    if content.boundary is None:
        return
    minx, miny, maxx, maxy = content.boundary.bounds
    ex = content.extent
    minx, miny = min(minx, ex[0]), min(miny, ex[1])
    maxx, maxy = max(maxx, ex[2]), max(maxy, ex[3])
    inner = rect.inset(2.0)
    # The overview is a thumbnail, not a true-scale map: fit exactly, not to a nice scale.
    exact = max((maxx - minx) / inner.w, (maxy - miny) / inner.h) * 1000.0
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = inner.w * exact / 2000.0, inner.h * exact / 2000.0
    tx = GroundToPaper(inner, (cx - half_w, cy - half_h, cx + half_w, cy + half_h), exact)
    p.save()
    p.setClipRect(qrect(rect))
    p.setPen(pen("#5d4037", 0.25))
    p.setBrush(brush("#ffffff"))
    p.drawPath(geometry_path(content.boundary, tx))
    x0, y0 = tx.point(ex[0], ex[3])
    x1, y1 = tx.point(ex[2], ex[1])
    w, h = max(x1 - x0, 1.2), max(y1 - y0, 1.2)
    p.setPen(pen("#d50000", 0.5))
    p.setBrush(brush("#d50000", 0.15))
    p.drawRect(QRectF((x0 + x1 - w) / 2, (y0 + y1 - h) / 2, w, h))
    p.restore()
