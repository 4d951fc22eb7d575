"""Drawing on paper in millimetres with a QPainter, whatever the device.

Shapes are drawn with the painter scaled so one unit is one millimetre.
Text is drawn with the scale taken off again, in the device's own units, so
that fonts keep their true point size (tiny fractional point sizes under a
large scale would be rounded by font hinting) and come out as real text in a
PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from kalixplan.printing.paper import Rect

FONT_FAMILY = "DejaVu Sans"

Align = Qt.AlignmentFlag


def qrect(r: Rect) -> QRectF:
    """A paper rectangle as a QRectF (mm)."""
    return QRectF(r.x, r.y, r.w, r.h)


def pen(colour: str, width_mm: float, dashed: bool = False) -> QPen:
    """A pen whose width is in mm (the painter is scaled to mm)."""
    p = QPen(QColor(colour))
    p.setWidthF(width_mm)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashed:
        p.setStyle(Qt.PenStyle.CustomDashLine)
        p.setDashPattern([6.0, 3.0])
    return p


def brush(colour: str | None, opacity: float = 1.0) -> QBrush:
    """A solid brush, or no brush for None."""
    if colour is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    c = QColor(colour)
    c.setAlphaF(opacity)
    return QBrush(c)


class Canvas:
    """A painter on one page whose user units are millimetres.

    Args:
        painter: an active painter on a PDF writer, printer or image.
        dpi: the device's resolution (device units per inch).
    """

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.painter = painter
        self.k = dpi / 25.4
        self._base = painter.worldTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.to_mm()

    def to_mm(self) -> None:
        """Make one user unit one millimetre again."""
        self.painter.setWorldTransform(self._base)
        self.painter.scale(self.k, self.k)

    @staticmethod
    def font(pt: float, bold: bool = False, italic: bool = False) -> QFont:
        """A font of ``pt`` points."""
        f = QFont(FONT_FAMILY)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def text(
        self,
        rect: Rect,
        value: str,
        pt: float,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: str = "#000000",
        align: Qt.AlignmentFlag = Align.AlignLeft | Align.AlignTop,
        wrap: bool = True,
    ) -> float:
        """Draw text in a box; returns the height it took in mm."""
        p = self.painter
        p.save()
        p.setWorldTransform(self._base)
        p.setFont(self.font(pt, bold, italic))
        p.setPen(QColor(colour))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        box = QRectF(rect.x * self.k, rect.y * self.k, rect.w * self.k, rect.h * self.k)
        used = p.boundingRect(box, flags, value)
        p.drawText(box, flags, value)
        p.restore()
        return used.height() / self.k

    def text_height(
        self, width_mm: float, value: str, pt: float, *, bold: bool = False, wrap: bool = True
    ) -> float:
        """The height in mm ``value`` needs in a box ``width_mm`` wide."""
        p = self.painter
        p.save()
        p.setWorldTransform(self._base)
        p.setFont(self.font(pt, bold))
        flags = int(Align.AlignLeft | Align.AlignTop) | (
            int(Qt.TextFlag.TextWordWrap) if wrap else 0
        )
        used = p.boundingRect(QRectF(0, 0, width_mm * self.k, 10_000 * self.k), flags, value)
        p.restore()
        return used.height() / self.k

    def text_width(self, value: str, pt: float, *, bold: bool = False) -> float:
        """The width in mm of one line of text."""
        p = self.painter
        p.save()
        p.setWorldTransform(self._base)
        p.setFont(self.font(pt, bold))
        flags = int(Align.AlignLeft | Align.AlignTop)
        used = p.boundingRect(QRectF(0, 0, 10_000 * self.k, 1_000 * self.k), flags, value)
        p.restore()
        return used.width() / self.k

    def upward_text(self, rect: Rect, value: str, pt: float, *, colour: str = "#000000") -> None:
        """One line of text turned to read upwards, centred in ``rect`` (a tall, narrow box)."""
        p = self.painter
        p.save()
        p.setWorldTransform(self._base)
        cx, cy = rect.centre
        p.translate(cx * self.k, cy * self.k)
        p.rotate(-90.0)  # counter-clockwise on a y-down page: the text reads bottom to top
        p.setFont(self.font(pt))
        p.setPen(QColor(colour))
        along, across = rect.h * self.k, rect.w * self.k
        p.drawText(QRectF(-along / 2, -across / 2, along, across), int(Align.AlignCenter), value)
        p.restore()

    def point_text(
        self,
        x: float,
        y: float,
        value: str,
        pt: float,
        *,
        bold: bool = False,
        colour: str = "#000000",
        halo: bool = False,
    ) -> None:
        """Text centred on a point (map labels), optionally with a white halo."""
        w = self.text_width(value, pt, bold=bold) + 1.0
        h = pt * 0.3528 * 1.4
        rect = Rect(x - w / 2, y - h / 2, w, h)
        if halo:
            p = self.painter
            p.save()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(brush("#ffffff", 0.75))
            p.drawRoundedRect(QRectF(x - w / 2 + 0.3, y - h / 2 + 0.3, w - 0.6, h - 0.6), 0.8, 0.8)
            p.restore()
        self.text(rect, value, pt, bold=bold, colour=colour, align=Align.AlignCenter, wrap=False)

    def box(
        self, rect: Rect, fill: str | None, stroke: str | None = None, width_mm: float = 0.2
    ) -> None:
        """A filled and/or outlined rectangle."""
        p = self.painter
        p.save()
        p.setPen(pen(stroke, width_mm) if stroke else Qt.PenStyle.NoPen)
        p.setBrush(brush(fill))
        p.drawRect(qrect(rect))
        p.restore()

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: str = "#000000",
        width_mm: float = 0.2,
    ) -> None:
        """A straight line."""
        p = self.painter
        p.save()
        p.setPen(pen(colour, width_mm))
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        p.restore()
