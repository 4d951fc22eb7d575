"""Chart primitives painted with QPainter: cards, key figures, bar charts, a small table.

The same code paints the dashboard on screen and the one-page PDF, so the two
always agree. Every size is a multiple of ``em`` (the body text height in the
painter's logical units): pixels on screen, points on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from kalixplan.maps.style import STATUS_COLOURS as MAP_STATUS_COLOURS

INK = QColor("#1f2d3d")
MUTED = QColor("#5b6b7b")
GRID = QColor("#e3e8ee")
CARD_BORDER = QColor("#d5dce4")
CARD_FILL = QColor("#ffffff")
PAGE_FILL = QColor("#f4f6f8")
ACCENT = QColor("#1565c0")

# Parcel status colours: the map legend's, so a status reads the same everywhere.
STATUS_COLOURS: dict[str, QColor] = {
    **{status: QColor(hex_colour) for status, hex_colour in MAP_STATUS_COLOURS.items()},
    "other": QColor("#c5ced6"),
}


@dataclass(frozen=True)
class Series:
    """One coloured part of a stacked bar."""

    label: str
    colour: QColor
    values: Sequence[float]


def font(em: float, scale: float = 1.0, bold: bool = False) -> QFont:
    """The dashboard font at ``scale`` × the body size, in logical units."""
    f = QFont("DejaVu Sans")
    f.setPixelSize(max(1, round(em * scale)))
    f.setBold(bold)
    return f


def elided(painter: QPainter, text: str, width: float) -> str:
    """``text`` shortened with '…' to fit ``width``."""
    return QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)


def card(painter: QPainter, rect: QRectF, title: str, em: float) -> QRectF:
    """Paint a card with a title; returns the rectangle left for its content."""
    painter.save()
    painter.setPen(QPen(CARD_BORDER, max(0.5, em / 14)))
    painter.setBrush(CARD_FILL)
    painter.drawRoundedRect(rect, em * 0.4, em * 0.4)
    painter.setFont(font(em, 1.1, bold=True))
    painter.setPen(INK)
    pad = em * 0.8
    title_rect = QRectF(rect.left() + pad, rect.top() + pad * 0.7, rect.width() - 2 * pad, em * 1.5)
    painter.drawText(
        title_rect,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        elided(painter, title, title_rect.width()),
    )
    painter.restore()
    return QRectF(
        rect.left() + pad,
        title_rect.bottom() + em * 0.5,
        rect.width() - 2 * pad,
        rect.bottom() - title_rect.bottom() - em * 0.5 - pad * 0.8,
    )


def key_figure(
    painter: QPainter, rect: QRectF, value: str, label: str, colour: QColor, em: float
) -> None:
    """A tile with one big number and what it is."""
    painter.save()
    painter.setPen(QPen(CARD_BORDER, max(0.5, em / 14)))
    painter.setBrush(CARD_FILL)
    painter.drawRoundedRect(rect, em * 0.4, em * 0.4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(
        QRectF(rect.left(), rect.top(), em * 0.35, rect.height()), em * 0.15, em * 0.15
    )
    pad = em * 0.9
    inner = rect.adjusted(pad, em * 0.4, -em * 0.4, -em * 0.4)
    painter.setPen(INK)
    painter.setFont(font(em, 1.9, bold=True))
    top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.5)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), value)
    painter.setPen(MUTED)
    painter.setFont(font(em, 0.85))
    bottom = QRectF(inner.left(), top.bottom(), inner.width(), inner.height() - top.height())
    painter.drawText(
        bottom,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        label,
    )
    painter.restore()


def legend(painter: QPainter, rect: QRectF, series: Sequence[Series], em: float) -> float:
    """Coloured squares with labels in one row; returns the height used."""
    painter.save()
    painter.setFont(font(em, 0.85))
    metrics = QFontMetricsF(painter.font())
    x = rect.left()
    size = em * 0.7
    for s in series:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(s.colour)
        painter.drawRect(QRectF(x, rect.top() + (em - size) / 2, size, size))
        painter.setPen(MUTED)
        x += size + em * 0.3
        painter.drawText(QPointF(x, rect.top() + em * 0.85), s.label)
        x += metrics.horizontalAdvance(s.label) + em * 0.9
    painter.restore()
    return em * 1.4


def bar_chart(
    painter: QPainter,
    rect: QRectF,
    labels: Sequence[str],
    series: Sequence[Series],
    em: float,
    value_text: Callable[[float], str],
    *,
    show_legend: bool = True,
    empty_text: str = "–",
    label_share: float = 0.38,
) -> None:
    """Horizontal (stacked) bars, one per label, with its total written at the end."""
    painter.save()
    top = rect.top()
    if show_legend and len(series) > 1:
        top += legend(painter, QRectF(rect.left(), top, rect.width(), em), series, em)
    area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
    if not labels:
        painter.setPen(MUTED)
        painter.setFont(font(em, 0.9))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), empty_text)
        painter.restore()
        return
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    axis_max = max(max(totals), 1e-9)
    painter.setFont(font(em, 0.85))
    metrics = QFontMetricsF(painter.font())
    widest = max(metrics.horizontalAdvance(t) for t in labels) + em * 0.6
    label_w = min(area.width() * label_share, widest)
    value_w = max(metrics.horizontalAdvance(value_text(t)) for t in totals) + em * 0.5
    bars_w = max(em, area.width() - label_w - value_w)
    row_h = min(em * 2.4, area.height() / len(labels))
    bar_h = min(row_h * 0.62, em * 1.3)
    # A baseline the bars grow from; the value at each bar's end says the rest.
    painter.setPen(QPen(GRID, max(0.5, em / 12)))
    x0 = area.left() + label_w
    painter.drawLine(QPointF(x0, area.top()), QPointF(x0, area.top() + row_h * len(labels)))
    for i, label in enumerate(labels):
        y = area.top() + i * row_h
        painter.setPen(INK)
        painter.drawText(
            QRectF(area.left(), y, label_w - em * 0.4, row_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            elided(painter, label, label_w - em * 0.4),
        )
        x = area.left() + label_w
        painter.setPen(Qt.PenStyle.NoPen)
        for s in series:
            w = bars_w * s.values[i] / axis_max
            if w > 0:
                painter.setBrush(s.colour)
                painter.drawRect(QRectF(x, y + (row_h - bar_h) / 2, w, bar_h))
            x += w
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(x + em * 0.3, y, value_w, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            value_text(totals[i]),
        )
    painter.restore()


def table(
    painter: QPainter,
    rect: QRectF,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    em: float,
    empty_text: str = "–",
) -> None:
    """A small table with a header line and shaded alternate rows."""
    painter.save()
    row_h = em * 1.6
    total = sum(widths)
    xs = [rect.left()]
    for w in widths:
        xs.append(xs[-1] + rect.width() * w / total)
    painter.setFont(font(em, 0.8, bold=True))
    painter.setPen(MUTED)
    for j, text in enumerate(header):
        painter.drawText(
            QRectF(xs[j], rect.top(), xs[j + 1] - xs[j] - em * 0.3, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided(painter, text, xs[j + 1] - xs[j] - em * 0.3),
        )
    painter.setPen(QPen(CARD_BORDER, max(0.5, em / 14)))
    painter.drawLine(
        QPointF(rect.left(), rect.top() + row_h), QPointF(rect.right(), rect.top() + row_h)
    )
    painter.setFont(font(em, 0.85))
    fit = max(0, int((rect.height() - row_h) // row_h))
    if not rows:
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(rect.left(), rect.top() + row_h, rect.width(), row_h * 2),
            int(Qt.AlignmentFlag.AlignCenter),
            empty_text,
        )
    for i, row in enumerate(rows[:fit]):
        y = rect.top() + row_h * (i + 1)
        if i % 2:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAGE_FILL)
            painter.drawRect(QRectF(rect.left(), y, rect.width(), row_h))
        painter.setPen(INK)
        for j, text in enumerate(row):
            painter.drawText(
                QRectF(xs[j], y, xs[j + 1] - xs[j] - em * 0.3, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided(painter, text, xs[j + 1] - xs[j] - em * 0.3),
            )
    painter.restore()
