"""The conflict dialog: a colleague saved the same row first; nothing is lost silently.

It lists each field the user changed with both values: the one the user tried
to save and the one now stored. The user either reloads (takes the stored
values; the own values stay in the change log as a 'conflict' entry) or applies
the own values again, deliberately, on top of the colleague's version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.errors import StaleEdit


class Resolution(Enum):
    """What the user decided."""

    RELOAD = "reload"
    REAPPLY = "reapply"
    KEEP_EDITING = "keep_editing"


def show_value(value: Any) -> str:
    """A stored value as plain text for the comparison."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "geom_type"):
        return str(value.geom_type)
    return str(value)


class ConflictDialog(QDialog):
    """Both versions of the changed fields, and Reload / Apply mine / Keep editing."""

    def __init__(
        self,
        exc: StaleEdit,
        label_of: Callable[[str], str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exc = exc
        self.resolution = Resolution.KEEP_EDITING
        self.setWindowTitle(self.tr("Saved by someone else"))
        intro = QLabel(
            self.tr(
                "%1 was changed by someone else after you opened it. Nothing of yours "
                "has been saved yet. Compare the values and choose."
            ).replace("%1", title)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        fields = [k for k in exc.yours if k != "version"]
        self.table = QTableWidget(len(fields), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Now saved")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, key in enumerate(fields):
            mine, theirs = exc.yours.get(key), exc.theirs.get(key)
            cells = (label_of(key), show_value(mine), show_value(theirs))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j and mine != theirs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload their version"))
        self.reapply_button = QPushButton(self.tr("Apply my values again"))
        self.keep_button = QPushButton(self.tr("Keep editing"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self._choose(Resolution.RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(Resolution.REAPPLY))
        self.keep_button.clicked.connect(lambda: self._choose(Resolution.KEEP_EDITING))
        if "deleted" in exc.yours:
            self.reapply_button.setText(self.tr("Delete anyway"))

        note = QLabel(self.tr("Your values are kept in the change log whatever you choose."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        if resolution is Resolution.KEEP_EDITING:
            self.reject()
        else:
            self.accept()
