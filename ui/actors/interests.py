"""An actor's interests in parcels: add one, move it along the dialogue stages, reserve."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.services.actor_overview import InterestListRow
from ui.actors.lists import ListTab
from ui.actors.models import interest_columns, stages
from ui.actors.parcel_picker import ParcelPicker


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InterestsTab(QWidget):
    """Interests table with the actions a business developer takes on them."""

    add_requested = Signal(int, str)  # parcel id, stage
    stage_requested = Signal(object, str)  # InterestListRow, new stage
    reserve_requested = Signal(object, object)  # InterestListRow, until (date)
    release_requested = Signal(object)  # InterestListRow
    delete_requested = Signal(object)  # InterestListRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ListTab(interest_columns(), editable=False)
        self.list.add_button.hide()
        self.list.delete_requested.connect(self.delete_requested.emit)

        self.new_box = QGroupBox()
        self.parcel_combo = ParcelPicker()
        self.new_stage_combo = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        # As wide as the dock allows, not as the longest entry asks (the picker does so too).
        self.new_stage_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_stage_combo.setMinimumContentsLength(8)
        new_row = QHBoxLayout(self.new_box)
        new_row.addWidget(self.parcel_combo, 2)
        new_row.addWidget(self.new_stage_combo, 1)
        new_row.addWidget(self.add_button)

        self.selected_box = QGroupBox()
        self.stage_combo = QComboBox()
        self.stage_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stage_combo.setMinimumContentsLength(8)
        self.stage_button = QPushButton()
        self.stage_button.clicked.connect(self._change_stage)
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setDate(QDate.currentDate().addMonths(6))
        self.reserve_button = QPushButton()
        self.reserve_button.clicked.connect(self._reserve)
        self.release_button = QPushButton()
        self.release_button.clicked.connect(self._release)
        self.stage_label = QLabel()
        self.until_label = QLabel()
        grid = QGridLayout(self.selected_box)
        grid.addWidget(self.stage_label, 0, 0)
        grid.addWidget(self.stage_combo, 0, 1)
        grid.addWidget(self.stage_button, 0, 2)
        grid.addWidget(self.until_label, 1, 0)
        grid.addWidget(self.until_edit, 1, 1)
        grid.addWidget(self.reserve_button, 1, 2)
        grid.addWidget(self.release_button, 2, 2)  # below: the dock beside the map is narrow
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.selected_box)
        layout.addWidget(self.new_box)
        self.list.on_selection(self._selected)
        self.retranslate()
        self._selected()

    def set_parcels(self, parcels: list[tuple[int, str]]) -> None:
        """The parcels an interest can be registered in: (id, designation)."""
        self.parcel_combo.set_parcels(parcels)

    def set_rows(self, rows: list[InterestListRow]) -> None:
        """Show the actor's interests."""
        self.list.set_rows(rows)
        self._selected()

    def _selected(self) -> None:
        row: InterestListRow | None = self.list.selected()
        self.selected_box.setEnabled(row is not None)
        if row is not None:
            index = self.stage_combo.findData(row.interest.stage)
            self.stage_combo.setCurrentIndex(max(index, 0))
            self.release_button.setEnabled(row.parcel_status == "reserved")
            if row.reserved_until is not None:
                until = row.reserved_until
                self.until_edit.setDate(QDate(until.year, until.month, until.day))

    def _add(self) -> None:
        parcel_id = self.parcel_combo.parcel_id()  # None for typed text that names no parcel
        if parcel_id is None:
            return
        self.add_requested.emit(parcel_id, str(self.new_stage_combo.currentData()))

    def _change_stage(self) -> None:
        row = self.list.selected()
        if row is not None:
            self.stage_requested.emit(row, str(self.stage_combo.currentData()))

    def _reserve(self) -> None:
        row = self.list.selected()
        if row is not None:
            self.reserve_requested.emit(row, _to_date(self.until_edit.date()))

    def _release(self) -> None:
        row = self.list.selected()
        if row is not None:
            self.release_requested.emit(row)

    def retranslate(self) -> None:
        """Texts and stage lists in the current language."""
        self.new_box.setTitle(self.tr("Register an interest in a parcel"))
        self.selected_box.setTitle(self.tr("Selected interest"))
        self.add_button.setText(self.tr("Add interest"))
        self.stage_button.setText(self.tr("Change stage"))
        self.reserve_button.setText(self.tr("Reserve parcel"))
        self.release_button.setText(self.tr("End reservation"))
        self.stage_label.setText(self.tr("Dialogue stage"))
        self.until_label.setText(self.tr("Reserved until"))
        self.reserve_button.setToolTip(
            self.tr("Reserve the parcel for this actor until the date (status: reserved)")
        )
        for combo in (self.stage_combo, self.new_stage_combo):
            current = combo.currentData()
            combo.clear()
            for value, label in stages():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.list.retranslate()
