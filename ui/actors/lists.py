"""One tab of an actor's details: a table of rows with Add, Edit and Delete buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import ID_ROLE, ROW_ROLE, SORT_ROLE, Column, RowTableModel


class ListTab(QWidget):
    """A table of an actor's rows (contacts, needs, activities, documents).

    The tab only shows rows and says what was asked for; the panel does the writes.
    """

    add_requested = Signal()
    edit_requested = Signal(object)  # the row
    delete_requested = Signal(object)  # the row

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        *,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.edit_button.setVisible(editable)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self._enable()

    def add_button_to_bar(self, button: QPushButton) -> None:
        """An extra action next to Add/Edit/Delete (it is enabled with a selection)."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``; the selection is kept when the same id is still there."""
        keep = self.selected_id()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select_id(keep)
        self._enable()

    def selected(self) -> Any:
        """The selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        """The selected row's id, or None."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_id(self, row_id: int) -> None:
        """Select the row with ``row_id`` if shown."""
        pos = self.model.position_of(row_id)
        if pos is not None:
            index = self.proxy.mapFromSource(self.model.index(pos, 0))
            self.table.selectRow(index.row())

    def on_selection(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever the selection changes."""
        self.table.selectionModel().selectionChanged.connect(lambda *_: slot())

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None and self.edit_button.isVisible():
            self.edit_requested.emit(row)

    def _delete(self) -> None:
        row = self.selected()
        if row is not None:
            self.delete_requested.emit(row)

    def retranslate(self) -> None:
        """Button texts and headers in the current language."""
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
