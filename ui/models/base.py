"""A table model over frozen service rows: the one adapter every register uses.

The model holds light rows (``ParcelRow``, ``PlanRow`` …) and an id → position
index; it knows nothing about the database. Columns are small descriptions
(header, display text, sort key), so the parcel and plan models only list them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 3


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its field name, header, shown text and sort key.

    Attributes:
        key: the application field name (also used to find a column).
        header: returns the translated header (called again on a language change).
        text: the text shown for a row.
        sort: the value sorted on (numbers sort as numbers; None sorts first).
        numeric: right-aligned when True.
        tooltip: an optional plain-text tooltip; it is escaped before Qt sees it.
        decoration: an optional colour or icon shown before the text.
    """

    key: str
    header: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    numeric: bool = False
    tooltip: Callable[[R], str | None] | None = None
    decoration: Callable[[R], Any] | None = None


def _sortable(value: Any) -> Any:
    # QSortFilterProxyModel compares QVariants; None would compare unevenly.
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows with an ``id`` field shown through a list of columns."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []
        self._pos: dict[int, int] = {}

    # --- Qt model interface ---------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return _sortable(column.sort(row))
        if role == ID_ROLE:
            return int(row.id)  # type: ignore[attr-defined]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(row)
            # Force rich text with everything escaped: a typed '<img onerror>' stays text.
            return f"<qt>{html.escape(tip)}</qt>" if tip else None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- rows -------------------------------------------------------------
    @property
    def rows(self) -> list[R]:
        """The rows, in model order (a copy)."""
        return list(self._rows)

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def row_at(self, position: int) -> R:
        """The row at a model position."""
        return self._rows[position]

    def row_by_id(self, row_id: int) -> R | None:
        """The row with ``row_id``, or None."""
        pos = self._pos.get(row_id)
        return None if pos is None else self._rows[pos]

    def position_of(self, row_id: int) -> int | None:
        """The model position of ``row_id``, or None when it is not shown."""
        return self._pos.get(row_id)

    def ids(self) -> list[int]:
        """Ids of every row, in model order."""
        return [int(r.id) for r in self._rows]  # type: ignore[attr-defined]

    def upsert(self, row: R) -> None:
        """Replace the row with the same id, or append it."""
        pos = self._pos.get(int(row.id))  # type: ignore[attr-defined]
        if pos is None:
            end = len(self._rows)
            self.beginInsertRows(QModelIndex(), end, end)
            self._rows.append(row)
            self._pos[int(row.id)] = end  # type: ignore[attr-defined]
            self.endInsertRows()
            return
        self._rows[pos] = row
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.columns) - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop the rows with these ids (missing ids are ignored)."""
        for pos in sorted((self._pos[i] for i in set(ids) if i in self._pos), reverse=True):
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._rows[pos]
            self.endRemoveRows()
        self._reindex()

    def column_of(self, key: str) -> int:
        """The position of the column for field ``key``."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def retranslate(self) -> None:
        """Headers and code-list labels changed language: repaint everything."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _reindex(self) -> None:
        self._pos = {int(r.id): i for i, r in enumerate(self._rows)}  # type: ignore[attr-defined]
