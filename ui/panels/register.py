"""A register: a sortable table over a row model, a quick search box and New/Delete.

Selection goes both ways: ``selection_changed(ids)`` says what the person picked
(the main window highlights it on the map), ``select_ids(ids)`` selects rows
picked elsewhere without echoing the signal back.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import ID_ROLE, SEARCH_ROLE, RowTableModel


class RegisterProxyModel(QSortFilterProxyModel):
    """The quick search over a register's rows; the rows' order is the model's own.

    Both work a row at a time in Python, not a comparison or a cell at a time: a
    county's register has 10⁵ parcels, and Qt's own sort and any-column filter called
    the model's ``data`` two million times (13 s). The sort goes to
    ``RowTableModel.sort`` (one key per row); the filter reads one text per row
    (``SEARCH_ROLE``, every column's text in lower case) and reads nothing while the
    search box is empty.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(0)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def shown_ids(self) -> list[int]:
        """Ids of the rows the quick search lets through, in the order shown."""
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model.ids_matching(self._text)

    def set_quick_search(self, text: str) -> None:
        """Show only rows whose text contains ``text`` (any case); empty shows all."""
        self._text = text
        self.setFilterFixedString(text)


class RegisterWidget(QWidget):
    """A table of rows with quick search; emits the ids people select."""

    selection_changed = Signal(list)
    activated = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(list)

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.model = model
        self.proxy = RegisterProxyModel(self)
        self.proxy.setSourceModel(model)
        self._echo = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_quick_search)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.count = QLabel()
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_requested.emit())
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.selected_ids()))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fitting the columns reads the visible rows and 200 more, not a county's 10⁵.
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_button.click)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_count)
        model.modelReset.connect(self._fit_columns)
        self._fitted = False

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.retranslate()

    # --- selection ----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in view order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(i.data(ID_ROLE)) for i in rows]

    def select_ids(self, ids: list[int], *, scroll: bool = True) -> None:
        """Select the rows with ``ids`` (picked elsewhere) without emitting ``selection_changed``."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for row_id in ids:
            pos = self.model.position_of(row_id)
            if pos is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(pos, 0))
            if not index.isValid():  # hidden by the quick search: show it anyway
                self.search.clear()
                index = self.proxy.mapFromSource(self.model.index(pos, 0))
            selection.select(index, index)
            first = first or index
        self._echo = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().select(selection, flags)
            if first is not None:
                self.table.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                if scroll:
                    self.table.scrollTo(first)
        finally:
            self._echo = False

    def _selection_changed(self, *_args: object) -> None:
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        if not self._echo:
            self.selection_changed.emit(self.selected_ids())

    def _activated(self, index: QModelIndex) -> None:
        self.activated.emit(int(index.data(ID_ROLE)))

    def _fit_columns(self) -> None:
        # Once, on the first data: later the person's own column widths are kept.
        if self._fitted or self.model.rowCount() == 0:
            return
        self._fitted = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 260))

    def focus_search(self) -> None:
        """Put the cursor in the quick search box (Edit ▸ Find)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- texts ------------------------------------------------------------
    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 rows").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 of %2 rows").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.search.setPlaceholderText(self.tr("Quick search (Ctrl+F)"))
        self.new_button.setText(self.tr("New…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.model.retranslate()
        self._update_count()
