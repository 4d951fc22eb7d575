"""Choosing one parcel by its designation among a county's 10⁵.

An editable combo whose list is a ``QStringListModel`` (the designations live in Qt,
so showing, finding and completing read no Python per row) with the parcels' ids
beside it in Python. Typing any part of a designation ("Rolfs 9:") offers the
parcels that contain it. Filling the list with 10⁵ parcels takes a few hundredths
of a second, where an item at a time took half a second per combo.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ParcelPicker(QComboBox):
    """An editable combo of parcels: (id, designation) in, the chosen id out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)  # type to find a designation among many
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the layout allows, not as the longest of 10⁵ designations asks.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._names = QStringListModel(self)
        self.setModel(self._names)
        completer = QCompleter(self._names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._ids: list[int] = []
        self._at: dict[int, int] = {}

    def set_parcels(self, parcels: Sequence[tuple[int, str]]) -> None:
        """The parcels to choose from, in the order given; the chosen one stays chosen."""
        current = self.parcel_id()
        self._ids = [int(i) for i, _ in parcels]
        self._at = {parcel_id: at for at, parcel_id in enumerate(self._ids)}
        self._names.setStringList([str(d) for _, d in parcels])
        if current is None or not self.choose(current):
            self.setCurrentIndex(0 if self._ids else -1)

    def parcel_id(self) -> int | None:
        """The chosen parcel's id; None when nothing is chosen or the typed text names no parcel."""
        at = self.currentIndex()
        if not 0 <= at < len(self._ids) or self.currentText() != self.itemText(at):
            return None
        return self._ids[at]

    def choose(self, parcel_id: int) -> bool:
        """Make ``parcel_id`` the chosen parcel; False when it is not in the list."""
        at = self._at.get(parcel_id)
        if at is None:
            return False
        self.setCurrentIndex(at)
        return True
