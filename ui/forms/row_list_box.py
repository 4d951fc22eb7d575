"""A titled list of a row's related rows (a plan's documents, its period decisions) with
Add and Remove, and room for more buttons; subclasses say what a row reads as and which
dialog adds one. The box only shows rows and asks; its owner writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RowListBox(QGroupBox):
    """Rows in a list with Add… and Remove.

    Signals:
        add_requested(dict): the values the add dialog was accepted with.
        remove_requested(object): the selected row.
    """

    add_requested = Signal(dict)
    remove_requested = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None, *, extra: int = 0) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setWordWrap(True)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.extra_buttons = [QPushButton() for _ in range(extra)]
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.selected(self.remove_requested))
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in self.extra_buttons:
            buttons.addWidget(button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.dialog: Any = None  # the add dialog while it is open (tests fill it in)

    # --- what a subclass says -------------------------------------------------------
    def title_text(self) -> str:  # pragma: no cover - overridden
        """The box's title in the current language."""
        raise NotImplementedError

    def item_for(self, row: Any) -> QListWidgetItem:  # pragma: no cover - overridden
        """How one row reads in the list."""
        raise NotImplementedError

    def make_dialog(self) -> QDialog:  # pragma: no cover - overridden
        """The dialog that asks for a new row; it has ``values()``."""
        raise NotImplementedError

    def retranslate_extra(self) -> None:
        """Texts of the subclass's own buttons."""

    # --- the list --------------------------------------------------------------------
    def show_rows(self, rows: Sequence[Any]) -> None:
        """List ``rows``."""
        self.rows = list(rows)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.title_text())
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.retranslate_extra()
        self.list.clear()
        for row in self.rows:
            self.list.addItem(self.item_for(row))
        self._enable()

    def selected(self, signal: Any) -> None:
        """Emit ``signal`` with the selected row, if any."""
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            signal.emit(self.rows[index])

    def _enable(self) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.rows)
        for button in (self.remove_button, *self.extra_buttons):
            button.setEnabled(chosen)

    def _add(self) -> None:
        dialog = self.make_dialog()
        dialog.accepted.connect(lambda: self.add_requested.emit(dialog.values()))  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()
