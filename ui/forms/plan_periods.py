"""A plan's extensions and renewals of its genomförandetid on the plan form (PBL 4 kap.
24 §: by a change of the plan, at most five years at a time).

The box only shows rows and asks; the plan workspace writes through the workspace.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.periods import KIND_LABELS, MAX_YEARS
from kalixplan.domain.rows import PeriodDecisionRow
from ui.forms.row_list_box import RowListBox
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


class PlanPeriodsBox(RowListBox):
    """The list of a plan's extensions and renewals with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planPeriods", parent)
        self.list.setMaximumHeight(90)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Extended or renewed implementation period")

    def item_for(self, row: PeriodDecisionRow) -> QListWidgetItem:
        text = self.tr("%1 by %2 years, adopted %3").replace("%1", period_kind_label(row.kind))
        text = text.replace("%2", str(row.years)).replace("%3", row.adopted_date.isoformat())
        return QListWidgetItem(text + (f" ({row.diarienummer})" if row.diarienummer else ""))

    def make_dialog(self) -> QDialog:
        return AddPeriodDialog(self)
