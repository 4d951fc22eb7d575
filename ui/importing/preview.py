"""Small read-only previews for the import wizard: the first rows and the geometries."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget
from shapely.geometry.base import BaseGeometry


class GeometryPreview(QWidget):
    """Draws geometries scaled to fit, north up: a static sketch, not a map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geoms: list[BaseGeometry] = []
        self._bounds: tuple[float, float, float, float] | None = None
        self.setMinimumSize(220, 180)
        self.setToolTip(self.tr("The first features of the source, in its own coordinates"))

    def set_geometries(self, geoms: Sequence[object]) -> None:
        """Show these geometries (None and empty ones are left out)."""
        arr = np.asarray(list(geoms), dtype=object)
        keep = shapely.is_geometry(arr) if len(arr) else np.zeros(0, dtype=bool)
        self._geoms = [g for g in arr[keep] if not g.is_empty]
        if self._geoms:
            b = shapely.total_bounds(np.asarray(self._geoms, dtype=object))
            self._bounds = (float(b[0]), float(b[1]), float(b[2]), float(b[3]))
        else:
            self._bounds = None
        self.update()

    def geometry_count(self) -> int:
        """How many geometries are drawn."""
        return len(self._geoms)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f7f7f2"))
        painter.setPen(QColor("#999999"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._bounds is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No geometries"))
            painter.end()
            return
        minx, miny, maxx, maxy = self._bounds
        margin = 10.0
        w, h = self.width() - 2 * margin, self.height() - 2 * margin
        span = max(maxx - minx, maxy - miny, 1e-9)
        scale = min(w / max(maxx - minx, span * 1e-3), h / max(maxy - miny, span * 1e-3))
        ox = margin + (w - (maxx - minx) * scale) / 2
        oy = margin + (h - (maxy - miny) * scale) / 2

        def to_screen(x: float, y: float) -> QPointF:
            return QPointF(ox + (x - minx) * scale, self.height() - (oy + (y - miny) * scale))

        fill = QColor(46, 125, 50, 90)
        painter.setPen(QPen(QColor("#1b5e20"), 1.2))
        for geom in self._geoms:
            for part in getattr(geom, "geoms", [geom]):
                kind = part.geom_type
                if kind == "Polygon":
                    path = QPainterPath()
                    for ring in [part.exterior, *part.interiors]:
                        pts = [to_screen(x, y) for x, y, *_ in ring.coords]
                        path.moveTo(pts[0])
                        for p in pts[1:]:
                            path.lineTo(p)
                        path.closeSubpath()
                    painter.fillPath(path, fill)
                    painter.drawPath(path)
                elif kind in ("LineString", "LinearRing"):
                    pts = [to_screen(x, y) for x, y, *_ in part.coords]
                    for a, b in itertools.pairwise(pts):
                        painter.drawLine(a, b)
                elif kind == "Point":
                    painter.setBrush(QColor("#1b5e20"))
                    painter.drawEllipse(to_screen(part.x, part.y), 3.0, 3.0)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(4, 2, self.width() - 8, 16),
            Qt.AlignmentFlag.AlignRight,
            self.tr("N ↑"),
        )
        painter.end()


def fill_table(table: QTableWidget, frame: pd.DataFrame, limit: int = 20) -> None:
    """Show the first ``limit`` rows of a frame as text."""
    rows = frame.head(limit)
    table.clear()
    table.setColumnCount(len(rows.columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([str(c) for c in rows.columns])
    for r, values in enumerate(rows.itertuples(index=False)):
        for c, value in enumerate(values):
            text = (
                ""
                if value is None or (isinstance(value, float) and np.isnan(value))
                else str(value)
            )
            item = QTableWidgetItem(text[:200])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
