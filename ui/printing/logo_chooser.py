"""The print dialog's logo row: the chosen file's name, Choose… and Remove, remembered per user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.printing.logo import UnreadableLogo, logo_kind
from ui.i18n import said
from ui.printing.logo import load_logo, remember_logo, remembered_logo


class LogoChooserWidget(QWidget):
    """Choose the logo printed in the sheet's logo box, or none (the placeholder).

    The choice is remembered in ``settings`` (see ``ui.printing.logo`` for why
    QSettings and not the project). A file that is missing or not an image
    gives one sentence: a message box when it is chosen, a line under the row
    when a remembered file has gone; either way the sheet prints without it.

    Args:
        settings: where the choice is remembered.
        parent: the owning widget.
    """

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.path: Path | None = None
        self.name = QLabel()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.problem)
        self._restore()

    def _restore(self) -> None:
        path = remembered_logo(self.settings)
        if path is not None:
            try:
                load_logo(path)
            except UnreadableLogo as exc:
                self._say(said(exc))
                path = None  # still remembered: a network drive may be back tomorrow
        self.path = path
        self._show_name()

    def _show_name(self) -> None:
        if self.path is None:
            self.name.setText(self.tr("None (a placeholder is printed)"))
            self.name.setToolTip("")
        else:
            self.name.setText(self.path.name)
            self.name.setToolTip(str(self.path))
        self.remove_button.setEnabled(self.path is not None)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def usable_path(self) -> Path | None:
        """The chosen logo, or None when its file has gone since: the sheet prints without it."""
        if self.path is None:
            return None
        try:
            logo_kind(self.path)
        except UnreadableLogo as exc:
            self._say(said(exc))
            self.path = None
            self._show_name()
        return self.path

    def choose(self) -> None:
        """Ask for a PNG, JPEG or SVG file and use it."""
        start = str(self.path.parent) if self.path is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path | None) -> bool:
        """Use ``path`` (None: the placeholder) and remember it; returns whether it was taken.

        A file that is missing or not an image is refused with one sentence in a
        message box, and the previous choice stays.
        """
        if path is not None:
            try:
                load_logo(path)
            except UnreadableLogo as exc:
                QMessageBox.warning(self, self.tr("Logo"), said(exc))
                return False
        self.path = path
        remember_logo(self.settings, path)
        self._say("")
        self._show_name()
        self.changed.emit()
        return True
