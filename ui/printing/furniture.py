"""Map furniture: north arrow, scale bar, legend swatches and coordinate ticks, drawn in mm."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath

from kalixplan.printing.grid import LABEL_PT, TICK_WIDTH_MM, GridTicks, LabelSize
from kalixplan.printing.legend import LegendEntry
from kalixplan.printing.paper import Rect
from kalixplan.printing.scale import ScaleBar
from kalixplan.printing.styles import NORTH_ARROW_COLOUR
from ui.printing.canvas import Align, Canvas, brush, pen

# The arrow's shaft is one straight stroke of this length, so the angle can be
# measured back from the PDF's vector paths.
NORTH_ARROW_SHAFT_MM = 16.0
NORTH_ARROW_SHAFT_WIDTH_MM = 0.6


def draw_north_arrow(canvas: Canvas, cx: float, cy: float, angle_deg: float) -> None:
    """A north arrow centred on (cx, cy), turned ``angle_deg`` counter-clockwise from up."""
    p = canvas.painter
    half = NORTH_ARROW_SHAFT_MM / 2.0
    p.save()
    p.translate(cx, cy)
    p.rotate(-angle_deg)  # QPainter turns clockwise on a y-down page
    p.setPen(pen(NORTH_ARROW_COLOUR, NORTH_ARROW_SHAFT_WIDTH_MM))
    p.drawLine(QPointF(0.0, half), QPointF(0.0, -half))
    head = QPainterPath()
    head.moveTo(0.0, -half - 3.5)
    head.lineTo(-2.4, -half + 1.8)
    head.lineTo(0.0, -half + 0.6)
    head.lineTo(2.4, -half + 1.8)
    head.closeSubpath()
    p.setPen(pen(NORTH_ARROW_COLOUR, 0.2))
    p.setBrush(brush(NORTH_ARROW_COLOUR))
    p.drawPath(head)
    p.restore()
    # The letter stays upright, placed beyond the tip along the arrow.
    r = half + 7.0
    a = math.radians(angle_deg)
    lx, ly = cx - r * math.sin(a), cy - r * math.cos(a)
    canvas.point_text(lx, ly, "N", 11.0, bold=True)


def draw_scale_bar(canvas: Canvas, x: float, y: float, bar: ScaleBar) -> float:
    """A scale bar with its top-left at (x, y) below the labels; returns its height in mm."""
    p = canvas.painter
    label_h = 4.0
    top = y + label_h
    p.save()
    p.setPen(pen("#000000", 0.2))
    for i in range(bar.segments):
        p.setBrush(brush("#000000" if i % 2 == 0 else "#ffffff"))
        p.drawRect(QRectF(x + i * bar.step_mm, top, bar.step_mm, 2.0))
    p.restore()
    for i, label in enumerate(bar.labels):
        tick = x + i * bar.step_mm
        w = canvas.text_width(label, 7.5) + 1.0
        canvas.text(
            Rect(tick - w / 2, y, w, label_h),
            label,
            7.5,
            align=Align.AlignHCenter | Align.AlignBottom,
            wrap=False,
        )
    unit_x = x + bar.length_mm + canvas.text_width(bar.labels[-1], 7.5) / 2 + 1.0
    canvas.text(
        Rect(unit_x, y, 12.0, label_h),
        bar.unit,
        7.5,
        align=Align.AlignLeft | Align.AlignBottom,
        wrap=False,
    )
    return label_h + 2.0


def draw_swatch(canvas: Canvas, rect: Rect, entry: LegendEntry) -> None:
    """The symbol of a legend entry in a small box."""
    p = canvas.painter
    p.save()
    if entry.symbol in ("area", "outline"):
        p.setPen(pen(entry.stroke, min(entry.width_mm, 0.5), entry.dashed))
        p.setBrush(brush(entry.fill))
        p.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))
    elif entry.symbol == "line":
        p.setPen(pen(entry.stroke, entry.width_mm, entry.dashed))
        cy = rect.y + rect.h / 2
        p.drawLine(QPointF(rect.x, cy), QPointF(rect.right, cy))
    else:
        p.setPen(pen(entry.stroke, entry.width_mm))
        p.setBrush(brush(entry.fill))
        p.drawEllipse(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2), 1.6, 1.6)
    p.restore()


def tick_label_size(canvas: Canvas) -> LabelSize:
    """The size (mm) of a coordinate label as the canvas writes it, padded for its halo."""
    height = canvas.text_height(100.0, "N 0", LABEL_PT, wrap=False)
    return lambda label: (canvas.text_width(label, LABEL_PT) + 0.8, height)


def draw_grid_ticks(canvas: Canvas, grid: GridTicks) -> None:
    """The marks along the frame and their labels on a light halo, over the map."""
    p = canvas.painter
    p.save()
    p.setPen(pen("#000000", TICK_WIDTH_MM))
    for tick in grid.ticks:
        p.drawLine(QPointF(*tick.start), QPointF(*tick.end))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(brush("#ffffff", 0.8))
    for tick in grid.labelled():
        assert tick.box is not None
        p.drawRoundedRect(QRectF(tick.box.x, tick.box.y, tick.box.w, tick.box.h), 0.6, 0.6)
    p.restore()
    for tick in grid.labelled():
        assert tick.box is not None
        if tick.upwards:
            canvas.upward_text(tick.box, tick.label, LABEL_PT, colour="#212121")
        else:
            canvas.text(
                tick.box,
                tick.label,
                LABEL_PT,
                colour="#212121",
                align=Align.AlignCenter,
                wrap=False,
            )
