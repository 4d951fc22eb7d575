"""The presentation window: a fact card beside the map, in type readable across a table.

It only lays out what ``kalixplan.services.presentation`` built (a ``Tour``): the
overview on the first step, one ``SiteCard`` per following step. The map is lent by
the main window (``ui.presentation.mode``) and sits in ``map_slot``. Type sizes follow
the window's size, so a 1366 × 768 projector and a 1920 × 1080 one read alike.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kalixplan.printing.labels import text
from kalixplan.services.presentation import SiteCard, Tour, word

W = TypeVar("W", bound=QWidget)

# The smallest body text (px) the card shrinks to when a step has many facts.
MIN_UNIT = 14
# The overview lists this many sites; more are counted in one line.
OVERVIEW_LINES = 12

_STYLE = """
#presentationView {{ background: #ffffff; }}
#presentationCard {{ background: #f4f6f8; border-right: 1px solid #d0d6dc; }}
QLabel {{ color: #1d2731; font-size: {body}px; }}
QLabel#presentationTitle {{ font-size: {title}px; font-weight: bold; color: #0b3954; }}
QLabel#presentationHeadline {{ font-size: {headline}px; color: #0b3954; }}
QLabel#presentationSection {{ font-size: {small}px; font-weight: bold; color: #47607a;
    text-transform: uppercase; padding-top: {gap}px; }}
QLabel#presentationLabel {{ color: #47607a; }}
QLabel#presentationValue {{ font-weight: bold; }}
#presentationTile {{ background: #ffffff; border: 1px solid #d0d6dc; border-radius: 6px; }}
QLabel#presentationFigure {{ font-size: {figure}px; font-weight: bold; color: #0b3954; }}
QLabel#presentationCaption {{ font-size: {small}px; color: #47607a; }}
QLabel#presentationStep, QLabel#presentationHint, QLabel#presentationExample {{
    font-size: {small}px; color: #5a6b7b; }}
QLabel#presentationExample {{ color: #5c4400; background: #fff3c4; padding: 2px 8px; }}
"""


class PresentationView(QWidget):
    """A top-level window: the card on the left, the map on the right.

    Signals:
        closing(): the window is being closed (by the window manager or Alt+F4).
        resized(): the window changed size (the map's type follows).
        languageChanged(): the application's language changed while it is shown.
    """

    closing = Signal()
    resized = Signal()
    languageChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentationView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.tour: Tour | None = None
        self.step = 0
        self.card = QFrame()
        self.card.setObjectName("presentationCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.map_slot = QWidget()
        self.map_slot.setObjectName("presentationMapSlot")
        self.map_layout = QVBoxLayout(self.map_slot)
        self.map_layout.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.map_slot, 1)

        column = QVBoxLayout(self.card)
        self.column = column
        self.title = self._label("presentationTitle")
        self.headline = self._label("presentationHeadline")
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.step_label = self._label("presentationStep")
        self.hint = self._label("presentationHint")
        self.example = self._label("presentationExample")
        self.example.setWordWrap(False)
        column.addWidget(self.title)
        column.addWidget(self.headline)
        column.addWidget(self.body, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.step_label)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.example)
        column.addLayout(footer)
        self._unit = 0
        self._step_widgets: list[QWidget] = []
        self._set_unit(MIN_UNIT)
        self.retranslate()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # data is shown as text, never markup
        return label

    # --- content ---------------------------------------------------------------------
    def show_step(self, tour: Tour, step: int) -> None:
        """Show step ``step`` of ``tour``: 0 is the overview, n the n-th site."""
        self.tour, self.step = tour, step
        self._clear()
        if step == 0:
            self._overview(tour)
        else:
            self._site(tour.sites[step - 1], tour)
        for widget in self._step_widgets:
            # Shown now, not on the next event: the type size is fitted to them at once.
            widget.show()
        self.step_label.setText(f"{step + 1} / {tour.steps}")
        self.example.setVisible(tour.example_data)
        self.example.setText(text("example_data", tour.lang))
        self._scale()

    def _clear(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for widget in self._step_widgets:
            widget.hide()  # gone from the screen now, deleted once the event ends
            widget.deleteLater()
        self._step_widgets = []
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)

    def _add(self, widget: W) -> W:
        self._step_widgets.append(widget)
        return widget

    def _overview(self, tour: Tour) -> None:
        self.title.setText(tour.title)
        self.headline.setText(tour.subtitle)
        row = 0
        if tour.need:
            row = self._pair(row, word("need", tour.lang), tour.need)
        for n, site in enumerate(tour.sites[:OVERVIEW_LINES], start=1):
            # The designation names the area already (register area): one line a site.
            row = self._pair(row, f"{n}", f"{site.designation} — {site.headline}")
        hidden = len(tour.sites) - OVERVIEW_LINES
        if hidden > 0:
            row = self._pair(row, "", text("more_rows", tour.lang).replace("{n}", str(hidden)))
        self.grid.setRowStretch(row, 1)
        self.grid.setColumnStretch(1, 1)

    def _site(self, site: SiteCard, tour: Tour) -> None:
        self.title.setText(site.designation)
        self.headline.setText(site.area_name or site.headline)
        figures = self._add(QWidget())
        tiles = QHBoxLayout(figures)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(round(self._unit * 0.6))
        for label, value in site.key_figures:
            tile = self._add(QFrame())
            tile.setObjectName("presentationTile")
            tile.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            box = QVBoxLayout(tile)
            box.setContentsMargins(6, 2, 6, 4)
            box.setSpacing(0)
            figure = self._add(self._label("presentationFigure"))
            figure.setWordWrap(False)
            figure.setText(value)
            caption = self._add(self._label("presentationCaption"))
            caption.setText(label)
            box.addWidget(figure)
            box.addWidget(caption)
            tiles.addWidget(tile, 1)
        self.grid.addWidget(figures, 0, 0, 1, 2)
        row = 1
        for section in site.sections:
            heading = self._add(self._label("presentationSection"))
            heading.setText(section.title)
            self.grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            if all(label and len(value) <= 12 for label, value in section.lines):
                # Short answers (ja/nej) on one line: the card stays one screen high.
                row = self._pair(row, "", "   ·   ".join(f"{k}: {v}" for k, v in section.lines))
                continue
            for label, value in section.lines:
                row = self._pair(row, label, value)
        self.grid.setRowStretch(row, 1)
        self.grid.setColumnStretch(1, 1)

    def _pair(self, row: int, label: str, value: str) -> int:
        value_label = self._add(self._label("presentationValue"))
        value_label.setText(value)
        value_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if label:
            name = self._add(self._label("presentationLabel"))
            name.setText(label)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value_label, row, 1, Qt.AlignmentFlag.AlignTop)
        else:
            self.grid.addWidget(value_label, row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        return row + 1

    def visible_texts(self) -> list[str]:
        """Every text the window shows now (its labels; the map is the page's)."""
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.isVisibleTo(self) and label.text()
        ]

    # --- type size -------------------------------------------------------------------
    def _scale(self) -> None:
        """Type as large as the window allows, and never so large that the card is cut off.

        The card takes half the width (the map the other half); the unit starts from the
        window's size (30 px body text at 1080 lines, 21 px at 768) and shrinks until
        the step's content fits the card's width and height.
        """
        self.card.setFixedWidth(self.width() // 2)
        unit = max(MIN_UNIT, min(self.height() // 36, self.width() // 64))
        while True:
            self._set_unit(unit)
            if unit <= MIN_UNIT or self._fits():
                return
            unit -= 1

    def _fits(self) -> bool:
        for child in self.card.findChildren(QWidget):
            child.ensurePolished()  # the step's new labels take the style's type size now
        column = self.column
        margins = column.contentsMargins()
        width = self.card.width() - margins.left() - margins.right()
        if column.totalMinimumSize().width() > self.card.width():
            return False
        for i in range(column.count()):
            item = column.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.minimumSizeHint().width() > width:
                return False
        column.invalidate()
        needed = (
            column.totalHeightForWidth(self.card.width())
            if column.hasHeightForWidth()
            else column.totalSizeHint().height()
        )
        return needed <= self.height()

    def _set_unit(self, unit: int) -> None:
        if unit == self._unit:
            return
        self._unit = unit
        self.setStyleSheet(
            _STYLE.format(
                body=unit,
                small=max(11, round(unit * 0.8)),
                title=round(unit * 2.0),
                headline=round(unit * 1.3),
                figure=round(unit * 1.2),
                gap=round(unit * 0.5),
            )
        )
        margin = round(unit * 1.1)
        self.column.setContentsMargins(margin, round(unit * 0.8), margin, round(unit * 0.5))
        self.column.setSpacing(round(unit * 0.35))
        self.grid.setHorizontalSpacing(round(unit * 0.8))
        self.grid.setVerticalSpacing(round(unit * 0.2))
        for tiles in self.body.findChildren(QHBoxLayout):
            tiles.setSpacing(round(unit * 0.6))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
        self.resized.emit()

    # --- window ----------------------------------------------------------------------
    def retranslate(self) -> None:
        """The window's own words in the current language."""
        self.setWindowTitle(self.tr("KalixPlan – presentation"))
        self.hint.setText(self.tr("→ next   ← back   Esc leave"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.languageChanged.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
