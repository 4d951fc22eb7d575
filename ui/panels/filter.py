"""The land filter: status, land use, area, price, power, distance to rail and port.

It only builds a ``ParcelFilter``; the main window asks the service for the
parcels that meet it and shows the same set in the table and on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.services.parcels import ParcelFilter
from ui.i18n import land_use_label, parcel_statuses
from ui.models.formatting import hectares

# The land uses a land search is about come first; others appear when the data has them.
MAIN_LAND_USES: tuple[str, ...] = ("J", "Z", "E", "V", "T")


def _spin(maximum: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setAccelerated(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class ParcelFilterPanel(QWidget):
    """Checkboxes and limits; emits ``filter_changed(ParcelFilter)`` shortly after an edit."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: tuple[int, float] | None = None
        self.status_boxes: dict[str, QCheckBox] = {}
        self.land_use_boxes: dict[str, QCheckBox] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.filter_changed.emit(self.current_filter()))

        self.status_group = QGroupBox()
        status_grid = QGridLayout(self.status_group)
        for i, (value, _label) in enumerate(parcel_statuses()):
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._changed)
            self.status_boxes[value] = box
            status_grid.addWidget(box, i // 2, i % 2)

        self.land_use_group = QGroupBox()
        self.land_use_grid = QGridLayout(self.land_use_group)
        self.set_land_uses(list(MAIN_LAND_USES))

        self.min_area = _spin(10_000.0, 1, 0.5)
        self.max_area = _spin(10_000.0, 1, 0.5)
        self.max_price = _spin(100_000.0, 0, 25.0)
        self.min_power = _spin(10_000.0, 1, 1.0)
        self.max_rail = _spin(1_000_000.0, 0, 250.0)
        self.max_port = _spin(1_000_000.0, 0, 500.0)
        self.limits_group = QGroupBox()
        self.limits = QFormLayout(self.limits_group)
        self.limit_labels = [QLabel() for _ in range(6)]
        for label, spin in zip(self.limit_labels, self._spins(), strict=True):
            spin.valueChanged.connect(self._changed)
            self.limits.addRow(label, spin)

        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status_group)
        layout.addWidget(self.land_use_group)
        layout.addWidget(self.limits_group)
        layout.addWidget(self.summary)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.retranslate()

    def set_land_uses(self, codes: list[str]) -> None:
        """Offer a checkbox for each land use in ``codes`` (main ones first)."""
        wanted = [*MAIN_LAND_USES, *sorted(c for c in set(codes) if c not in MAIN_LAND_USES)]
        if wanted == list(self.land_use_boxes):
            return
        checked = {c for c, b in self.land_use_boxes.items() if not b.isChecked()}
        for box in self.land_use_boxes.values():
            box.deleteLater()
        self.land_use_boxes = {}
        for i, code in enumerate(wanted):
            box = QCheckBox(land_use_label(code))
            box.setChecked(code not in checked)
            box.toggled.connect(self._changed)
            self.land_use_boxes[code] = box
            self.land_use_grid.addWidget(box, i, 0)

    def _spins(self) -> tuple[QDoubleSpinBox, ...]:
        return (
            self.min_area,
            self.max_area,
            self.max_price,
            self.min_power,
            self.max_rail,
            self.max_port,
        )

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def current_filter(self) -> ParcelFilter:
        """The filter the panel shows; unchecked-nothing and zero limits mean 'any'."""
        statuses = frozenset(v for v, b in self.status_boxes.items() if b.isChecked())
        land_uses = frozenset(c for c, b in self.land_use_boxes.items() if b.isChecked())
        all_land_uses = len(land_uses) == len(self.land_use_boxes)

        def limit(spin: QDoubleSpinBox, scale: float = 1.0) -> float | None:
            return spin.value() * scale if spin.value() > 0 else None

        return ParcelFilter(
            statuses=None if len(statuses) == len(self.status_boxes) else statuses,
            land_uses=None if all_land_uses else land_uses,
            min_area_m2=limit(self.min_area, 10_000.0),
            max_area_m2=limit(self.max_area, 10_000.0),
            max_price_sek_m2=limit(self.max_price),
            min_power_mw=limit(self.min_power),
            max_dist_rail_m=limit(self.max_rail),
            max_dist_port_m=limit(self.max_port),
        )

    def is_active(self) -> bool:
        """True when the filter hides anything."""
        return self.current_filter() != ParcelFilter()

    def reset(self) -> None:
        """Show every parcel again."""
        for box in (*self.status_boxes.values(), *self.land_use_boxes.values()):
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
        for spin in self._spins():
            spin.blockSignals(True)
            spin.setValue(0)
            spin.blockSignals(False)
        self._timer.stop()
        self.filter_changed.emit(self.current_filter())

    def show_summary(self, count: int, area_m2: float) -> None:
        """What the filter lets through: '12 parcels, 34,5 ha' (again on a language change)."""
        self._summary = (count, area_m2)
        self.summary.setText(
            self.tr("%1 parcels, %2 ha shown")
            .replace("%1", str(count))
            .replace("%2", hectares(area_m2))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language."""
        if self._summary is not None:
            self.show_summary(*self._summary)
        self.status_group.setTitle(self.tr("Status"))
        for value, label in parcel_statuses():
            self.status_boxes[value].setText(label)
        self.land_use_group.setTitle(self.tr("Land use"))
        for code, box in self.land_use_boxes.items():
            box.setText(land_use_label(code))
        self.limits_group.setTitle(self.tr("Limits (0 = any)"))
        texts = (
            self.tr("Area at least (ha)"),
            self.tr("Area at most (ha)"),
            self.tr("Price at most (SEK/m²)"),
            self.tr("Power at least (MW)"),
            self.tr("Railway within (m)"),
            self.tr("Port within (m)"),
        )
        any_text = self.tr("any")
        for caption, text in zip(self.limit_labels, texts, strict=True):
            caption.setText(text)
        for spin in self._spins():
            spin.setSpecialValueText(any_text)
        self.reset_button.setText(self.tr("Show all parcels"))
