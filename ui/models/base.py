"""A table model over frozen service rows: the one adapter every register uses.

The model holds light rows (``ParcelRow``, ``PlanRow`` …) and an id → position
index; it knows nothing about the database. Columns are small descriptions
(header, display text, sort key), so the parcel and plan models only list them.
"""

from __future__ import annotations

import html
import re
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
# Column 0 only: every column's text of the row in lower case, what the quick search reads.
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 4


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
    # What SORT_ROLE answers (the actors' lists sort on it in a QSortFilterProxyModel,
    # which compares QVariants; None would compare unevenly).
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


# Swedish alphabetical order: å, ä, ö after z (Danish and Norwegian æ, ø with ä, ö);
# é and ü are e and y (Svenska Akademiens ordlista's rules).
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "é": "e", "ü": "y"})
_DIGITS = re.compile(r"(\d+)")


def sort_key(value: Any) -> tuple[Any, ...]:
    """How a register orders a column's values: as a planner reads them.

    Unknown values first, then numbers by value, then text in Swedish alphabetical
    order with case ignored and the numbers in it by value, so that "Kalix Rolfs 9:51"
    comes before "Kalix Rolfs 10:1" (a fastighetsbeteckning's block and unit are
    numbers). The key is a plain tuple, made once per row: the register sorts 10⁵ rows
    in Python, where a proxy's comparisons through the model cost seconds.
    """
    if value is None or value == "":
        return (0,)
    if isinstance(value, (bool, int, float)):
        return (1, float(value))
    parts: list[Any] = _DIGITS.split(str(value).lower().translate(_SWEDISH))
    parts[1::2] = map(int, parts[1::2])  # the split puts the digit runs at odd places
    return (2, tuple(parts))


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows with an ``id`` field shown through a list of columns."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []
        self._pos: dict[int, int] = {}
        # The order the rows are kept in: a column and its direction, or None (as given).
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._keys: list[tuple[Any, ...]] = []  # each row's sort key under _order
        self._texts: list[str | None] = []  # each row's quick-search text, made when asked

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
        if role == SEARCH_ROLE:
            return self.search_text(index.row()) if index.column() == 0 else None
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
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._resort()
        self.endResetModel()

    # --- order ------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows ordered by ``column`` (``sort_key`` of its sort value).

        The register's proxy passes its sort here: one key per row and Python's sort
        take 0.1 s for 10⁵ rows. Selections and other persistent indexes follow their rows.
        """
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._id(self._rows[i.row()]) for i in before]
        self._order = (column, order) if 0 <= column < len(self.columns) else None
        self._resort()
        self.changePersistentIndexList(
            before, [self.index(self._pos[i], p.column()) for i, p in zip(ids, before, strict=True)]
        )
        self.layoutChanged.emit()

    def _key(self, row: R) -> tuple[Any, ...]:
        assert self._order is not None
        return sort_key(self.columns[self._order[0]].sort(row))

    def _resort(self) -> None:
        """Order ``_rows`` by the current order (stable) and rebuild the indexes."""
        if self._order is None:
            self._keys = []
        else:
            keys = [self._key(r) for r in self._rows]
            descending = self._order[1] == Qt.SortOrder.DescendingOrder
            by = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
            self._rows = [self._rows[i] for i in by]
            self._keys = [keys[i] for i in by]
        self._texts = [None] * len(self._rows)
        self._reindex()

    def _place_of(self, key: tuple[Any, ...]) -> int:
        """Where a row with ``key`` goes in the sorted rows (after its equals)."""
        assert self._order is not None
        descending = self._order[1] == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if (self._keys[mid] < key) if descending else (key < self._keys[mid]):
                hi = mid
            else:
                lo = mid + 1
        return lo

    # --- quick search -------------------------------------------------------
    def search_text(self, position: int) -> str:
        """Every column's text of the row at ``position``, in lower case (made once)."""
        text = self._texts[position]
        if text is None:
            row = self._rows[position]
            text = "\t".join(c.text(row) for c in self.columns).lower()
            self._texts[position] = text
        return text

    def ids_matching(self, needle: str) -> list[int]:
        """Ids of the rows whose text contains ``needle`` (any case), in model order."""
        needle = needle.lower()
        if not needle:
            return self.ids()
        return [self._id(r) for i, r in enumerate(self._rows) if needle in self.search_text(i)]

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
        """Replace the row with the same id, or add it; in its place in the sort order."""
        pos = self._pos.get(self._id(row))
        if pos is not None and self._order is not None and self._key(row) != self._keys[pos]:
            self.remove_ids([self._id(row)])  # its sort value changed: it moves
            pos = None
        if pos is None:
            key = self._key(row) if self._order is not None else ()
            at = self._place_of(key) if self._order is not None else len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._texts.insert(at, None)
            if self._order is not None:
                self._keys.insert(at, key)
            self._reindex()
            self.endInsertRows()
            return
        self._rows[pos] = row
        self._texts[pos] = None
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.columns) - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop the rows with these ids (missing ids are ignored)."""
        for pos in sorted((self._pos[i] for i in set(ids) if i in self._pos), reverse=True):
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._rows[pos]
            del self._texts[pos]
            if self._order is not None:
                del self._keys[pos]
            self.endRemoveRows()
        self._reindex()

    def column_of(self, key: str) -> int:
        """The position of the column for field ``key``."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def retranslate(self) -> None:
        """Headers and code-list labels changed language: repaint everything (a column
        sorted by its labels is sorted again)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._order is not None:
            self.sort(*self._order)
        self._texts = [None] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    @staticmethod
    def _id(row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def _reindex(self) -> None:
        self._pos = {self._id(r): i for i, r in enumerate(self._rows)}
