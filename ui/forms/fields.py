"""Field editors of the detail forms: one widget per kind, each reads and writes a value.

Every editor turns the text a person typed into the value a service expects
(numbers in the current locale, ISO dates, yes/no/unknown) and raises
``FieldError`` with a message for the field when it cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.wheel_guard import WheelSafeComboBox

Choices = Callable[[], Sequence[tuple[Any, str]]]


class FieldError(ValueError):
    """A typed value cannot be read; the message is shown next to the field."""


@dataclass
class FieldSpec:
    """One field of a form.

    Attributes:
        key: the application field name the service takes.
        label: the translated label.
        kind: text, multiline, float, int, bool, date, choice or readonly.
        choices: (value, label) pairs for ``choice`` fields.
        required: an empty value is refused before the service is asked.
        show: for ``readonly`` fields, the text shown for a row.
        tip: a translated hint shown as the field's tooltip.
    """

    key: str
    label: str
    kind: str = "text"
    choices: Choices | None = None
    required: bool = False
    show: Callable[[Any], str] | None = None
    tip: str = ""
    section: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _parse_number(text: str, integer: bool) -> float | int | None:
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    locale = QLocale()
    value, ok = locale.toInt(text) if integer else locale.toDouble(text)
    if not ok:  # accept the other decimal mark too: people paste from everywhere
        try:
            value = int(text) if integer else float(text.replace(",", "."))
            ok = True
        except ValueError:
            ok = False
    if not ok:
        raise FieldError(
            QCoreApplication.translate("FieldEditor", "Enter a whole number, e.g. 10.")
            if integer
            else QCoreApplication.translate("FieldEditor", "Enter a number, e.g. 250 or 12,5.")
        )
    return value


class FieldEditor(QWidget):
    """Base: ``value()``/``set_value()`` and ``edited`` when a person changes it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def editor(self) -> QWidget:
        """The widget that takes focus."""
        return self

    def retranslate(self) -> None:
        """Re-read translated choice labels."""


def _lone(widget: QWidget, inner: QWidget) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(inner)


class LineEditor(FieldEditor):
    """Text, numbers and dates in a line edit."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.line = QLineEdit()
        self._placeholder()
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        _lone(self, self.line)

    def _placeholder(self) -> None:
        if self.spec.kind == "date":
            self.line.setPlaceholderText(QCoreApplication.translate("FieldEditor", "YYYY-MM-DD"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._placeholder()
        super().changeEvent(event)

    def editor(self) -> QWidget:
        return self.line

    def value(self) -> Any:
        text = self.line.text().strip()
        kind = self.spec.kind
        if kind == "float":
            return _parse_number(text, integer=False)
        if kind == "int":
            return _parse_number(text, integer=True)
        if kind == "date":
            if not text:
                return None
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise FieldError(
                    QCoreApplication.translate(
                        "FieldEditor", "Enter a date as YYYY-MM-DD, e.g. 2026-06-30."
                    )
                ) from None
        return text or None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.line.setText("")
        elif self.spec.kind == "float":
            decimals = int(self.spec.extra.get("decimals", 2))
            text = QLocale().toString(float(value), "f", decimals)
            # 12,50 reads as 12,5; keep the form calm.
            if decimals and QLocale().decimalPoint() in text:
                text = text.rstrip("0").rstrip(QLocale().decimalPoint())
            self.line.setText(text.replace(QLocale().groupSeparator(), ""))
        elif isinstance(value, date):
            self.line.setText(value.isoformat())
        else:
            self.line.setText(str(value))


class TextEditor(FieldEditor):
    """Multi-line free text; shown as plain text whatever it contains."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.text.textChanged.connect(self._changed)
        self._loading = False
        _lone(self, self.text)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def editor(self) -> QWidget:
        return self.text

    def value(self) -> Any:
        return self.text.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.text.setPlainText("" if value is None else str(value))
        self._loading = False


class ChoiceEditor(FieldEditor):
    """A code list, yes/no/unknown, or another fixed choice."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.combo = WheelSafeComboBox()
        # Long code-list labels must not widen the form beyond its dock.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.activated.connect(lambda _i: self.edited.emit())
        _lone(self, self.combo)
        self.retranslate()

    def _choices(self) -> list[tuple[Any, str]]:
        if self.spec.kind == "bool":
            return [
                (None, QCoreApplication.translate("FieldEditor", "Unknown")),
                (True, QCoreApplication.translate("FieldEditor", "Yes")),
                (False, QCoreApplication.translate("FieldEditor", "No")),
            ]
        items = list(self.spec.choices() if self.spec.choices else [])
        if not self.spec.required:
            items.insert(0, (None, "—"))
        return items

    def retranslate(self) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        for value, label in self._choices():
            self.combo.addItem(label, value)
        self.combo.blockSignals(False)
        self.set_value(current)

    def editor(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == value:
                self.combo.setCurrentIndex(i)
                return
        if value is not None:  # a value outside the list is kept, not lost
            self.combo.addItem(str(value), value)
            self.combo.setCurrentIndex(self.combo.count() - 1)
        else:
            self.combo.setCurrentIndex(0)


class ReadOnlyEditor(FieldEditor):
    """A computed value: shown, never edited."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _lone(self, self.label)
        self._row: Any = None

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        self._row = value
        self.label.setText(self.spec.show(value) if self.spec.show and value is not None else "")


def make_editor(spec: FieldSpec) -> FieldEditor:
    """The editor for a field's kind."""
    if spec.kind in ("text", "float", "int", "date"):
        return LineEditor(spec)
    if spec.kind == "multiline":
        return TextEditor(spec)
    if spec.kind in ("choice", "bool"):
        return ChoiceEditor(spec)
    if spec.kind == "readonly":
        return ReadOnlyEditor(spec)
    raise ValueError(f"unknown field kind {spec.kind}")
