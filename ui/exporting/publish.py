"""File ▸ Publish the "ledig mark" site: the same site as ``kalixplan publish``, with
progress and Cancel, from the window.

The folder is chosen once and remembered for the project session; publishing again
replaces the site KalixPlan wrote there before (and refuses any other folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.services.publish.run import PublishOptions, PublishResult, publish_site
from kalixplan.store.engine import Project
from ui.output_errors import show_output_error
from ui.workers import Cancelled, Progress, run_in_background


class PublishDialog(QDialog):
    """Where the site goes, its languages, prices and PDFs; then publish it."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.running = False
        self.published: PublishResult | None = None
        self.setWindowTitle(self.tr("Publish the 'ledig mark' site"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A new or empty folder, or the site's folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.swedish = QCheckBox(self.tr("Swedish"))
        self.english = QCheckBox(self.tr("English"))
        for choice in (self.swedish, self.english):
            choice.setChecked(True)
        langs = QHBoxLayout()
        langs.addWidget(self.swedish)
        langs.addWidget(self.english)
        langs.addStretch(1)
        self.prices = QCheckBox(self.tr("Show the price per m²"))
        self.pdfs = QCheckBox(self.tr("A prospectus PDF for each parcel"))
        self.pdfs.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Languages"), langs)
        form.addRow("", self.prices)
        form.addRow("", self.pdfs)
        note = QLabel(
            self.tr(
                "Only parcels marked for the public web pages and available go out, without "
                "owners or notes. Nothing is fetched from the internet: the folder opens from "
                "disk and from any web host."
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = buttons.addButton(
            self.tr("Open the site"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        self.publish_button.clicked.connect(self.publish)
        self.open_button.clicked.connect(self._open_site)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.status)
        box.addWidget(buttons)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("The site's folder"))
        if name:
            self.folder.setText(name)

    def options(self) -> PublishOptions:
        """The choices as the service takes them."""
        langs: tuple[Any, ...] = tuple(
            lang for lang, on in (("sv", self.swedish), ("en", self.english)) if on.isChecked()
        )
        return PublishOptions(langs=langs, with_prices=self.prices.isChecked())

    def publish(self) -> None:
        """Write the site in the background with progress and Cancel."""
        text = self.folder.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the folder for the site first."))
            return
        if not (self.swedish.isChecked() or self.english.isChecked()):
            self.status.setText(self.tr("Choose at least one language."))
            return
        out = Path(text)
        options = self.options()
        project = self.project
        with_pdfs = self.pdfs.isChecked()

        def work(progress: Progress, cancelled: Cancelled) -> PublishResult:
            writer = None
            if with_pdfs:
                from ui.commands.publish import prospectus_writer

                writer = prospectus_writer(project, options.with_prices, options.logo)
            return publish_site(
                project, out, options, prospectus=writer, progress=progress, cancelled=cancelled
            )

        self.running = True
        self.publish_button.setEnabled(False)
        self.status.setText(self.tr("Publishing…"))
        run_in_background(self, self.tr("Publishing the site"), work, self._done, self._failed)

    def _done(self, result: PublishResult) -> None:
        self.running = False
        self.published = result
        self.publish_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText(
            self.tr("Published %1 parcels on %2 pages with %3 prospectus PDFs to %4.")
            .replace("%1", str(result.parcels))
            .replace("%2", str(result.pages))
            .replace("%3", str(result.pdfs))
            .replace("%4", str(result.folder))
        )

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.publish_button.setEnabled(True)
        self.status.setText("")
        show_output_error(self, exc, self.windowTitle())

    def _open_site(self) -> None:
        if self.published is not None:
            index = Path(self.published.folder) / "index.html"
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(index)))
