"""Paints the whole dashboard into a rectangle: the widget and the PDF share it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kalixplan.domain.codes import LAND_USE_LABELS
from kalixplan.services.dashboard import (
    LAND_STATUSES,
    OTHER,
    DashboardData,
    plan_status_label,
    stage_label,
    status_label,
)
from ui.dashboard.charts import (
    ACCENT,
    INK,
    MUTED,
    STATUS_COLOURS,
    Series,
    bar_chart,
    card,
    font,
    key_figure,
    table,
)
from ui.dashboard.texts import num, sector_text, t

STAGE_COLOUR = QColor("#1565c0")
SECTOR_COLOUR = QColor("#00897b")
PLAN_COLOUR = QColor("#6a1b9a")


def _status_series(cells: dict[str, dict[str, float]], keys: list[str], lang: str) -> list[Series]:
    return [
        Series(status_label(s, lang), STATUS_COLOURS[s], [cells[k][s] for k in keys])
        for s in (*LAND_STATUSES, OTHER)
    ]


def _land_use_name(code: str, lang: str) -> str:
    if not code:
        return t("no_land_use", lang)
    label = LAND_USE_LABELS.get(code, (code, code))[0 if lang == "sv" else 1]
    return f"{code} – {label}"


def paint_dashboard(
    painter: QPainter,
    rect: QRectF,
    data: DashboardData,
    lang: str,
    em: float,
    project_name: str = "",
    example_data: bool = False,
) -> None:
    """Paint every figure and chart of ``data`` into ``rect`` (logical units, ``em`` body size)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    gap = em * 0.8
    x, y, w = rect.left(), rect.top(), rect.width()
    # Heading and the date it was compiled.
    painter.setPen(INK)
    painter.setFont(font(em, 1.7, bold=True))
    painter.drawText(
        QRectF(x, y, w, em * 2.2),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        t("title", lang),
    )
    painter.setFont(font(em, 0.85))
    painter.setPen(MUTED)
    stamp = (
        t("footer", lang).replace("%1", project_name or "–").replace("%2", data.today.isoformat())
    )
    if example_data:
        stamp = f"{stamp} · {t('example', lang)}"
    painter.drawText(QRectF(x, y + em * 2.1, w, em * 1.3), int(Qt.AlignmentFlag.AlignLeft), stamp)
    y += em * 3.8

    # Key figures.
    months = str(data.ending_months)
    figures = [
        (num(data.hectares("available"), lang), t("available", lang), STATUS_COLOURS["available"]),
        (num(data.hectares("reserved"), lang), t("reserved", lang), STATUS_COLOURS["reserved"]),
        (num(data.hectares("sold"), lang), t("sold", lang), STATUS_COLOURS["sold"]),
        (str(data.actor_count), t("actors", lang), STAGE_COLOUR),
        (str(data.plan_count), t("plans", lang), PLAN_COLOUR),
        (str(len(data.plans_ending)), t("ending", lang).replace("%1", months), ACCENT),
    ]
    tile_w = (w - gap * (len(figures) - 1)) / len(figures)
    tile_h = em * 5.4
    for i, (value, label, colour) in enumerate(figures):
        key_figure(
            painter, QRectF(x + i * (tile_w + gap), y, tile_w, tile_h), value, label, colour, em
        )
    y += tile_h + gap

    # Three rows of two cards share the rest of the height.
    col_w = (w - gap) / 2
    row_h = (rect.bottom() - y - gap * 2) / 3
    ha = lambda v: f"{num(v, lang)} ha"  # noqa: E731

    def cell(row: int, col: int) -> QRectF:
        return QRectF(x + col * (col_w + gap), y + row * (row_h + gap), col_w, row_h)

    areas = list(data.hectares_by_area)
    inner = card(painter, cell(0, 0), t("by_area", lang), em)
    names = [a.replace(" industriområde", "") if a else t("no_area", lang) for a in areas]
    series = _status_series(data.hectares_by_area, areas, lang)
    bar_chart(painter, inner, names, series, em, ha, empty_text=t("none", lang))

    uses = list(data.hectares_by_land_use)
    inner = card(painter, cell(0, 1), t("by_land_use", lang), em)
    chart_h = min(inner.height() * 0.55, em * (1.4 + 2.4 * max(1, len(uses))))
    bar_chart(
        painter,
        QRectF(inner.left(), inner.top(), inner.width(), chart_h),
        [_land_use_name(u, lang) for u in uses],
        _status_series(data.hectares_by_land_use, uses, lang),
        em,
        ha,
        label_share=0.5,
        empty_text=t("none", lang),
    )
    # The same numbers as a table: planners quote them.
    columns = (*LAND_STATUSES, OTHER)
    table(
        painter,
        QRectF(
            inner.left(),
            inner.top() + chart_h + em * 0.6,
            inner.width(),
            inner.height() - chart_h - em * 0.6,
        ),
        [t("land_use", lang), *(status_label(c, lang) for c in columns), t("total", lang)],
        [
            [
                u or "–",
                *(num(data.hectares_by_land_use[u][c], lang) for c in columns),
                num(sum(data.hectares_by_land_use[u].values()), lang),
            ]
            for u in uses
        ],
        [0.9, 1.9, 1.9, 1.3, 1.3, 1.3],
        em,
        empty_text=t("none", lang),
    )

    counts = (
        (
            cell(1, 0),
            "by_stage",
            data.actors_by_stage,
            lambda k: stage_label(k, lang),
            STAGE_COLOUR,
            0.45,
        ),
        (
            cell(1, 1),
            "by_sector",
            data.actors_by_sector,
            lambda k: sector_text(k, lang),
            SECTOR_COLOUR,
            0.5,
        ),
        (
            cell(2, 0),
            "plans_by_stage",
            data.plans_by_status,
            lambda k: plan_status_label(k, lang),
            PLAN_COLOUR,
            0.38,
        ),
    )
    for where, title, values, name_of, colour, share in counts:
        bar_chart(
            painter,
            card(painter, where, t(title, lang), em),
            [name_of(k) for k in values],
            [Series("", colour, [float(v) for v in values.values()])],
            em,
            lambda v: str(round(v)),
            empty_text=t("none", lang),
            label_share=share,
        )

    inner = card(painter, cell(2, 1), t("plans_ending", lang).replace("%1", months), em)
    table(
        painter,
        inner,
        [t("plan", lang), t("name", lang), t("ends", lang)],
        [
            [
                p.designation,
                p.name,
                p.implementation_ends.isoformat() if p.implementation_ends else "",
            ]
            for p in data.plans_ending
        ],
        [2.2, 4.6, 2.2],
        em,
        empty_text=t("none", lang),
    )
