"""Alerts when a project opens: expired or expiring reservations, ending periods, due steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalixplan.services.alerts import (
    IMPLEMENTATION_ENDING,
    NEXT_STEP_DUE,
    RESERVATION_EXPIRED,
    RESERVATION_EXPIRING,
    Alert,
    collect_alerts,
)
from kalixplan.store.engine import Project
from ui.i18n import current_language

_COLOURS = {
    RESERVATION_EXPIRED: QColor("#b00020"),
    NEXT_STEP_DUE: QColor("#b00020"),
    RESERVATION_EXPIRING: QColor("#e65100"),
    IMPLEMENTATION_ENDING: QColor("#1565c0"),
}


def alerts_exist(project: Project, today: date | None = None) -> bool:
    """True when the project has anything to alert about (show the dialog at start)."""
    with project.read_scope() as session:
        return bool(collect_alerts(session, today))


class AlertsDialog(QDialog):
    """Lists every alert, most urgent first, with its date and one sentence.

    Signals:
        openRequested(str, int): a double-clicked alert's row to show: ``parcels``,
            ``plans`` or ``actors`` (a due next step opens its actor) and the id.
    """

    openRequested = Signal(str, int)  # noqa: N815 - Qt signal naming

    def __init__(
        self, project: Project, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.today = today or date.today()
        with project.read_scope() as session:
            self.alerts: list[Alert] = collect_alerts(session, self.today)
        self.setWindowTitle(self.tr("Things to act on"))
        self.resize(980, 440)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Date"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.itemActivated.connect(self._activated)
        self._fill()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        table, row_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.openRequested.emit(table, row_id)

    def _kind_text(self, kind: str) -> str:
        return {
            RESERVATION_EXPIRED: self.tr("Reservation expired"),
            RESERVATION_EXPIRING: self.tr("Reservation ends soon"),
            IMPLEMENTATION_ENDING: self.tr("Implementation period ends"),
            NEXT_STEP_DUE: self.tr("Next step due"),
        }[kind]

    def _fill(self) -> None:
        lang = current_language()
        overdue = sum(1 for a in self.alerts if a.overdue)
        if not self.alerts:
            self.summary.setText(self.tr("Nothing needs attention."))
        else:
            self.summary.setText(
                self.tr("%1 things need attention, %2 of them overdue.")
                .replace("%1", str(len(self.alerts)))
                .replace("%2", str(overdue))
            )
        for alert in self.alerts:
            item = QTreeWidgetItem(
                [
                    self._kind_text(alert.kind),
                    alert.when.isoformat(),
                    alert.message(lang, self.today),
                ]
            )
            item.setForeground(0, _COLOURS[alert.kind])
            target = (
                ("actors", alert.actor_id)
                if alert.table == "activities" and alert.actor_id is not None
                else (alert.table, alert.row_id)
            )
            item.setData(0, Qt.ItemDataRole.UserRole, target)
            item.setToolTip(2, alert.message(lang, self.today))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
