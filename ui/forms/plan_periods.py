"""A plan's extensions and renewals of its genomförandetid on the plan form (PBL 4 kap.
24 §: by a change of the plan, at most five years at a time).

The box only shows rows and asks; the plan workspace writes through the workspace.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.periods import KIND_LABELS, MAX_YEARS
from kalixplan.domain.rows import PeriodDecisionRow
from ui.i18n import current_language


def period_kind_label(kind: str) -> str:
    """Förlängning / Extension, Förnyelse / Renewal."""
    sv, en = KIND_LABELS.get(kind, (kind, kind))
    return sv if current_language() == "sv" else en


class AddPeriodDialog(QDialog):
    """Kind, years, the adoption and laga-kraft dates and the case number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend or renew the implementation period"))
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(period_kind_label(kind), kind)
        self.years = QSpinBox()
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(MAX_YEARS)
        self.adopted = QDateEdit(QDate.currentDate())
        self.adopted.setCalendarPopup(True)
        self.adopted.setDisplayFormat("yyyy-MM-dd")
        self.in_force = QLineEdit()
        self.in_force.setPlaceholderText(self.tr("yyyy-mm-dd (when known)"))
        self.case = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.kind)
        form.addRow(self.tr("Years"), self.years)
        form.addRow(self.tr("Adopted"), self.adopted)
        form.addRow(self.tr("Laga kraft"), self.in_force)
        form.addRow(self.tr("Case number"), self.case)
        note = QLabel(
            self.tr(
                "PBL 4 kap. 24 §: before the period has run out it is extended, after it has "
                "run out renewed from the day the decision gains legal force; at most five "
                "years at a time."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """What ``add_period_decision`` takes (a laga-kraft date that does not read as one
        is passed on as text, for the service's sentence)."""
        text = self.in_force.text().strip()
        try:
            in_force: Any = date.fromisoformat(text) if text else None
        except ValueError:
            in_force = text
        return {
            "kind": self.kind.currentData(),
            "years": self.years.value(),
            "adopted_date": self.adopted.date().toPython(),
            "in_force_date": in_force,
            "diarienummer": self.case.text().strip() or None,
        }


class PlanPeriodsBox(QGroupBox):
    """The list of a plan's extensions and renewals with Add and Remove.

    Signals:
        add_requested(dict): the values of a new decision.
        remove_requested(object): the ``PeriodDecisionRow`` to remove.
    """

    add_requested = Signal(dict)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PeriodDecisionRow] = []
        self.list = QListWidget()
        self.list.setObjectName("planPeriods")
        self.list.setMaximumHeight(90)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(0 <= row < len(self.rows))
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.dialog: AddPeriodDialog | None = None
        self.retranslate()

    def show_rows(self, rows: Sequence[PeriodDecisionRow]) -> None:
        """List ``rows`` (a plan's decisions, in the order decided)."""
        self.rows = list(rows)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Extended or renewed implementation period"))
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.clear()
        for row in self.rows:
            text = self.tr("%1 by %2 years, adopted %3").replace("%1", period_kind_label(row.kind))
            text = text.replace("%2", str(row.years)).replace("%3", row.adopted_date.isoformat())
            if row.diarienummer:
                text += f" ({row.diarienummer})"
            self.list.addItem(text)
        self.remove_button.setEnabled(False)

    def _add(self) -> None:
        dialog = AddPeriodDialog(self)
        dialog.accepted.connect(lambda: self.add_requested.emit(dialog.values()))
        self.dialog = dialog
        dialog.open()

    def _remove(self) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            self.remove_requested.emit(self.rows[index])
