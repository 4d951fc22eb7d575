"""A plan's documents on its form: what each is (plankarta, beslutsprotokoll,
planbeskrivning, planeringsunderlag), opened, added and removed.

The box only shows rows and asks; the plan workspace writes through the workspace.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.documents import BASIS_TYPE_LABELS, DOCUMENT_KIND_LABELS, DocumentKind
from kalixplan.domain.rows import DocumentRow
from ui.forms.row_list_box import RowListBox
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


class PlanDocumentsBox(RowListBox):
    """The list of a plan's documents with Add, Open and Remove.

    Signals (besides ``RowListBox``'s):
        open_requested(object): the ``DocumentRow`` to open.
    """

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planDocuments", parent, extra=1)
        self.open_button = self.extra_buttons[0]
        self.list.setMinimumHeight(90)
        self.open_button.clicked.connect(lambda: self.selected(self.open_requested))
        self.list.itemDoubleClicked.connect(lambda _i: self.selected(self.open_requested))
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Documents (planhandlingar)")

    def retranslate_extra(self) -> None:
        self.open_button.setText(self.tr("Open"))

    def item_for(self, row: DocumentRow) -> QListWidgetItem:
        kind = kind_label(row.kind, row.basis_type)
        item = QListWidgetItem(f"{row.title} — {kind}" if kind else row.title)
        item.setToolTip(row.location)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        return item

    def make_dialog(self) -> QDialog:
        return AddDocumentDialog(self)
