"""A plan's documents on its form: what each is (plankarta, beslutsprotokoll,
planbeskrivning, planeringsunderlag), opened, added and removed.

The box only shows rows and asks; the plan workspace writes through the workspace.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.documents import BASIS_TYPE_LABELS, DOCUMENT_KIND_LABELS, DocumentKind
from kalixplan.domain.rows import DocumentRow
from ui.i18n import current_language


def kind_label(kind: str | None, basis_type: str | None = None) -> str:
    """A plan document's kind in the UI's language ("Planeringsunderlag: bullerutredning")."""
    if kind is None:
        return ""
    sv, en = DOCUMENT_KIND_LABELS.get(DocumentKind(kind), (kind, kind))
    text = sv if current_language() == "sv" else en
    if basis_type:
        study = basis_type if current_language() == "sv" else BASIS_TYPE_LABELS[basis_type]
        text += f": {study}"
    return text


class AddDocumentDialog(QDialog):
    """Title, link, kind and (for a planning study) its type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a plan document"))
        self.title = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.basis = QComboBox()
        for value in BASIS_TYPE_LABELS:
            self.basis.addItem(kind_label(DocumentKind.BASIS.value, value).split(": ", 1)[1], value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Web address or file"), self.link)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Type of study"), self.basis)
        note = QLabel(
            self.tr(
                "The national platform takes documents at a web address; a local file "
                "stays in KalixPlan only."
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
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.basis.setEnabled(self.kind.currentData() == DocumentKind.BASIS.value)

    def values(self) -> dict[str, Any]:
        """What ``add_document`` takes."""
        kind = str(self.kind.currentData())
        return {
            "title": self.title.text(),
            "location": self.link.text(),
            "kind": kind,
            "basis_type": self.basis.currentData() if kind == DocumentKind.BASIS.value else None,
        }


class PlanDocumentsBox(QGroupBox):
    """The list of a plan's documents with Add, Open and Remove.

    Signals:
        add_requested(dict): the values of a new document.
        open_requested(object): the ``DocumentRow`` to open.
        remove_requested(object): the ``DocumentRow`` to remove.
    """

    add_requested = Signal(dict)
    open_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentRow] = []
        self.list = QListWidget()
        self.list.setObjectName("planDocuments")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.add_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.open_button.clicked.connect(lambda: self._selected(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._selected(self.remove_requested))
        self.list.itemDoubleClicked.connect(lambda _i: self._selected(self.open_requested))
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.dialog: AddDocumentDialog | None = None
        self.retranslate()

    def show_rows(self, rows: Sequence[DocumentRow]) -> None:
        """List ``rows`` (a plan's documents)."""
        self.rows = list(rows)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Documents (planhandlingar)"))
        self.add_button.setText(self.tr("Add…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.clear()
        for row in self.rows:
            kind = kind_label(row.kind, row.basis_type)
            item = QListWidgetItem(f"{row.title} — {kind}" if kind else row.title)
            item.setToolTip(row.location)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected(self, signal: Any) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            signal.emit(self.rows[index])

    def _add(self) -> None:
        dialog = AddDocumentDialog(self)
        dialog.accepted.connect(lambda: self.add_requested.emit(dialog.values()))
        self.dialog = dialog
        dialog.open()
