"""A detail form over one frozen row: fields in sections, messages next to each field.

The form never writes to the database. It emits ``save_requested`` with the
changed fields (or ``create_requested`` with every filled field for a new row);
the main window runs the change through the undo stack and calls
``show_error(field, message)`` when a service refuses a value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.forms.fields import FieldEditor, FieldError, FieldSpec, make_editor

ERROR_STYLE = "color: #b00020;"


class RowForm(QWidget):
    """Base of the parcel and plan forms; subclasses list their fields in ``specs()``."""

    save_requested = Signal(object, dict)  # the row read, the changed fields
    create_requested = Signal(dict)  # every filled field of a new row
    delete_requested = Signal(object)  # the row read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: Any = None
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self._dirty = False

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        for spec in self.specs():
            box = self.boxes.get(spec.section)
            if box is None:
                box = QGroupBox(spec.section)
                form_layout = QFormLayout()
                # Narrow docks put the label above the field instead of scrolling sideways.
                form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                form_layout.setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
                box.setLayout(form_layout)
                body_layout.addWidget(box)
                self.boxes[spec.section] = box
            self._add_field(box, spec)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.revert_button = QPushButton()
        self.delete_button = QPushButton()
        self.save_button.clicked.connect(self.submit)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._retranslate_buttons()
        self.clear()

    # --- subclass hooks -------------------------------------------------
    def specs(self) -> list[FieldSpec]:  # pragma: no cover - overridden
        """The fields, with translated labels and sections."""
        raise NotImplementedError

    def title_of(self, row: Any) -> str:
        """The heading shown for a row."""
        return str(getattr(row, "designation", ""))

    def new_title(self) -> str:  # pragma: no cover - overridden
        """The heading shown for a new row."""
        raise NotImplementedError

    # --- building -------------------------------------------------------
    def _add_field(self, box: QGroupBox, spec: FieldSpec) -> None:
        editor = make_editor(spec)
        editor.edited.connect(self._edited)
        if spec.tip:
            editor.setToolTip(spec.tip)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        cell_layout.addWidget(error)
        label = QLabel(spec.label + (" *" if spec.required else ""))
        label.setBuddy(editor.editor())
        form = box.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(label, cell)
        self.editors[spec.key] = editor
        self.errors[spec.key] = error
        self.labels[spec.key] = label

    # --- state ----------------------------------------------------------
    def load(self, row: Any) -> None:
        """Show ``row`` (None: an empty form for a new row)."""
        self.row = row
        self.clear_errors()
        for key, editor in self.editors.items():
            if editor.spec.kind == "readonly":
                editor.set_value(row)
            else:
                editor.set_value(getattr(row, key, None) if row is not None else None)
        self.title.setText(self.title_of(row) if row is not None else self.new_title())
        self.delete_button.setEnabled(row is not None)
        self._set_dirty(False)
        self.setEnabled(True)

    def clear(self) -> None:
        """Nothing selected: an empty, disabled form."""
        self.load(None)
        self.title.setText("")
        self.setEnabled(False)

    def is_dirty(self) -> bool:
        """True while there are unsaved edits."""
        return self._dirty

    def _edited(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.message.setText("")

    def values(self) -> dict[str, Any]:
        """Every editable field's value; raises ``FieldError`` per field (collected)."""
        out: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for key, editor in self.editors.items():
            if editor.spec.kind == "readonly":
                continue
            try:
                value = editor.value()
            except FieldError as exc:
                problems[key] = str(exc)
                continue
            if editor.spec.required and value in (None, ""):
                problems[key] = self.tr("This field is required.")
            out[key] = value
        for key, text in problems.items():
            self.show_error(key, text)
        if problems:
            raise FieldError(next(iter(problems.values())))
        return out

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the row read."""
        values = self.values()
        if self.row is None:
            return {k: v for k, v in values.items() if v is not None}
        return {k: v for k, v in values.items() if getattr(self.row, k, None) != v}

    def submit(self) -> None:
        """Check the fields and ask for the save (or the creation)."""
        self.clear_errors()
        try:
            changes = self.changes()
        except FieldError:
            self.message.setText(self.tr("Correct the marked fields and save again."))
            return
        if self.row is None:
            self.create_requested.emit(changes)
        elif changes:
            self.save_requested.emit(self.row, changes)
        else:
            self._set_dirty(False)

    def revert(self) -> None:
        """Throw away unsaved edits."""
        if self.row is None:
            self.clear()
        else:
            self.load(self.row)

    def _delete(self) -> None:
        if self.row is not None:
            self.delete_requested.emit(self.row)

    def saved(self, row: Any) -> None:
        """The save went through: show the stored row."""
        self.load(row)
        self.message.setText(self.tr("Saved."))

    def follow(self, row: Any, initiator: object | None) -> None:
        """A row as stored now (after any edit, undo or redo): show it where it is this form's.

        The form's own save (``initiator`` is the form) is shown as saved, the new row too;
        a change from elsewhere replaces the shown row only while nothing is typed in it,
        so a user's unsaved edits are never overwritten (their save then meets the newer
        version and the conflict dialog decides).
        """
        if self.row is None:
            if initiator is self:
                self.saved(row)
        elif self.row.id == row.id and (initiator is self or not self.is_dirty()):
            self.saved(row)

    # --- messages -------------------------------------------------------
    def show_error(self, key: str, text: str) -> None:
        """Show a message next to field ``key`` (or under the form for other keys)."""
        label = self.errors.get(key)
        if label is None:
            self.message.setText(text)
            return
        label.setText(text)
        label.show()
        self.editors[key].editor().setFocus()
        self.message.setText(self.tr("Correct the marked fields and save again."))

    def clear_errors(self) -> None:
        """Hide every field message."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message.setText("")

    # --- language -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Labels, sections and choice lists in the new language."""
        for spec in self.specs():
            editor = self.editors.get(spec.key)
            if editor is None:
                continue
            editor.spec.label = spec.label
            editor.spec.tip = spec.tip
            editor.setToolTip(spec.tip)
            editor.retranslate()
            self.labels[spec.key].setText(spec.label + (" *" if spec.required else ""))
        new_titles = list(dict.fromkeys(s.section for s in self.specs()))
        for box, title in zip(self.boxes.values(), new_titles, strict=False):
            box.setTitle(title)
        if self.row is not None:
            self.editors_reload_readonly()
        elif self.isEnabled():
            self.title.setText(self.new_title())
        self._retranslate_buttons()

    def editors_reload_readonly(self) -> None:
        """Computed values re-read in the new language's number format."""
        for editor in self.editors.values():
            if editor.spec.kind == "readonly":
                editor.set_value(self.row)

    def _retranslate_buttons(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.delete_button.setText(self.tr("Delete"))
