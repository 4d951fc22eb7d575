"""The import wizard: source → layer → coordinates → mapping → check → import and report.

Every step calls the Qt-free import service (``kalixplan.services.importing.run``);
the check is a dry run (everything validated and written, then rolled back) so
the planner sees what would be imported, updated and skipped before anything
is saved. The import itself runs in the background with progress and Cancel;
Cancel rolls the whole transaction back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kalixplan.app.changes import Changes, Kind, Origin
from kalixplan.domain.errors import KalixPlanError, MisplacedSource
from kalixplan.geo.crs import crs_name
from kalixplan.geo.io import READABLE_SUFFIXES, SourceData, SourceInfo
from kalixplan.services.importing.report import ImportOptions, ImportRefused, ImportReport, Issue
from kalixplan.services.importing.run import import_file
from kalixplan.services.ns_detaljplan.reader import NsRefused
from kalixplan.store.engine import Project
from ui.i18n import said
from ui.importing.pages import (
    CHECK,
    CRS,
    LAYER,
    MAPPING,
    RESULT,
    SOURCE,
    CrsPage,
    LayerPage,
    MappingPage,
    SourcePage,
    error_label,
)
from ui.output_errors import show_output_error
from ui.workers import run_in_background
from ui.workspace import QtWorkspace

# Which data-changed notices an import of each kind sends (reference layers change parcel facts).
CHANGED: dict[str, tuple[Kind, ...]] = {
    "parcels": (Kind.PARCELS,),
    "plans": (Kind.PLANS,),
    "land_use": (Kind.LAND_USE,),
    "reference": (Kind.REFERENCE, Kind.PARCELS),
}


def accepts_drop(path: str) -> bool:
    """True when a file dropped on the window looks like something the wizard imports."""
    candidate = Path(path)
    return candidate.suffix.lower() in READABLE_SUFFIXES and candidate.is_file()


def tidy(table: QTableWidget) -> None:
    """Read-only look: no row numbers, the last column takes the remaining width."""
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)


def fill_issues(table: QTableWidget, issues: list[Issue], limit: int = 2000) -> None:
    """Show issues as feature, key, problem."""
    table.setRowCount(min(len(issues), limit))
    for row, issue in enumerate(issues[:limit]):
        for col, text in enumerate((str(issue.feature), issue.key or "", issue.message)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, col, item)
    table.resizeColumnsToContents()


class CheckPage(QWizardPage):
    """Validation before anything is written: the policies and what a dry run finds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Choose what to do with problems."))
        self.on_invalid = QComboBox()
        for value, text in (
            ("abort", self.tr("Stop: import nothing while there are problems")),
            ("repair", self.tr("Repair invalid geometries")),
            ("skip", self.tr("Skip features with problems")),
        ):
            self.on_invalid.addItem(text, value)
        self.on_duplicate = QComboBox()
        self.on_duplicate.addItem(self.tr("Update existing rows"), "update")
        self.on_duplicate.addItem(self.tr("Keep existing rows (skip)"), "skip")
        # A reference layer of the same name: never replaced without a choice here.
        self.on_existing = QComboBox()
        self.on_existing.addItem(self.tr("Choose if the layer exists already"), None)
        self.on_existing.addItem(self.tr("Replace the existing layer's features"), "replace")
        self.on_existing.addItem(self.tr("Add to the existing layer's features"), "append")
        self.on_existing.addItem(self.tr("Keep the existing layer (import nothing)"), "cancel")
        self.on_invalid.currentIndexChanged.connect(self.run_check)
        self.on_duplicate.currentIndexChanged.connect(self.run_check)
        self.on_existing.currentIndexChanged.connect(self.run_check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issues = QTableWidget(0, 3)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Feature"), self.tr("Designation / name"), self.tr("Problem")]
        )
        tidy(self.issues)
        self.setCommitPage(True)
        self.error = error_label()
        recheck = QPushButton(self.tr("Check again"))
        recheck.clicked.connect(self.run_check)
        # The fix for a file whose coordinates lie where its CRS places nothing.
        self.use_crs = QPushButton()
        self.use_crs.setVisible(False)
        self.use_crs.clicked.connect(self._use_suggested_crs)
        self.suggested_epsg: int | None = None
        form = QFormLayout()
        form.addRow(self.tr("Problems:"), self.on_invalid)
        form.addRow(self.tr("Existing designation:"), self.on_duplicate)
        form.addRow(self.tr("Existing layer:"), self.on_existing)
        self.form = form
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(recheck, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.summary)
        box.addWidget(self.issues, 1)
        box.addWidget(self.error)
        box.addWidget(self.use_crs, 0, Qt.AlignmentFlag.AlignLeft)
        self.dry_report: ImportReport | None = None
        self.checking = False
        self.importing = False
        self.imported = False

    def initializePage(self) -> None:
        self.wiz.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        is_ref = self.wiz.kind() == "reference"
        ns = self.wiz.ns
        self.form.setRowVisible(self.on_existing, is_ref)
        self.form.setRowVisible(self.on_duplicate, not is_ref and not ns)
        self.form.setRowVisible(self.on_invalid, not ns)
        self.setSubTitle(
            self.tr(
                "Nothing has been saved yet. NS Detaljplan 4.1: plans keep their identity; a "
                "plan edited in this project since the file was written is kept as it is."
            )
            if ns
            else self.tr("Nothing has been saved yet. Choose what to do with problems.")
        )
        self.imported = False
        self.run_check()

    def run_check(self) -> None:
        """Start a dry run with the current choices."""
        if self.checking or (self.wiz.info is None and not self.wiz.ns):
            return
        self.checking = True
        self.dry_report = None
        self.use_crs.setVisible(False)
        self.summary.setText(self.tr("Checking…"))
        self.error.clear()
        self.completeChanged.emit()
        options = self.wiz.import_options()
        project, path = self.wiz.project, self.wiz.path

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_file(project, path, options, progress, cancelled, dry_run=True)

        run_in_background(
            self,
            self.tr("Checking the source"),
            work,
            self._checked,
            self._check_failed,
            writes=True,
        )

    def _use_suggested_crs(self) -> None:
        if self.suggested_epsg is None:
            return
        self.wiz.crs_page.override_with(self.suggested_epsg)
        self.run_check()

    def _check_finished(self) -> None:
        # Idle only once the worker has closed its progress dialog.
        self.checking = False
        self.completeChanged.emit()

    def _checked(self, report: ImportReport) -> None:
        # The worker's 'finished' (which closes its progress dialog) is queued behind this.
        QTimer.singleShot(0, self._check_finished)
        self.dry_report = report
        self.summary.setText(
            self.tr("Would import {0}, update {1} and skip {2}; {3} geometries repaired.").format(
                report.imported, report.updated, report.skipped, report.repaired
            )
        )
        fill_issues(self.issues, report.issues)
        self.completeChanged.emit()

    def _check_failed(self, exc: BaseException) -> None:
        QTimer.singleShot(0, self._check_finished)
        if isinstance(exc, ImportRefused | NsRefused):
            self.summary.setText(
                self.tr("Problems found: {0}. Nothing can be imported with these choices.").format(
                    len(exc.issues)
                )
            )
            fill_issues(self.issues, exc.issues)
        else:  # a sentence; an unexpected error is logged and the sentence names the log
            self.summary.clear()
            self.issues.setRowCount(0)
            self.error.setText(said(exc))
            if isinstance(exc, MisplacedSource) and exc.suggested_epsg is not None:
                self.suggested_epsg = exc.suggested_epsg
                self.use_crs.setText(
                    self.tr("Read the coordinates as EPSG:{0} ({1}) and check again").format(
                        exc.suggested_epsg, crs_name(exc.suggested_epsg)
                    )
                )
                self.use_crs.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.dry_report is not None and not self.checking and not self.importing

    def validatePage(self) -> bool:
        if self.imported:
            return True
        if self.importing:
            return False
        self.importing = True
        self.completeChanged.emit()
        options = self.wiz.import_options()
        project, path = self.wiz.project, self.wiz.path

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_file(project, path, options, progress, cancelled)

        run_in_background(
            self,
            self.tr("Importing"),
            work,
            self._imported,
            self._import_failed,
            writes=True,
        )
        return False

    def _import_finished(self) -> None:
        self.importing = False
        self.completeChanged.emit()

    def _imported(self, report: ImportReport) -> None:
        QTimer.singleShot(0, self._import_finished)
        self.imported = True
        self.wiz.report = report
        self.wiz.workspace.announce(Changes.of(CHANGED[report.kind], origin=Origin.IMPORT))
        self.wiz.next()

    def _import_failed(self, exc: BaseException) -> None:
        QTimer.singleShot(0, self._import_finished)
        self._check_failed(exc)
        if isinstance(exc, ImportRefused | NsRefused):
            self.error.setText(said(exc))


class ResultPage(QWizardPage):
    """What was imported, updated and skipped, each with its reason; saveable."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Report"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Feature"),
                self.tr("Designation / name"),
                self.tr("Outcome"),
                self.tr("Reason"),
            ]
        )
        tidy(self.lines)
        save = QPushButton(self.tr("Save report…"))
        save.clicked.connect(self._save)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.lines, 1)
        box.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.wiz.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        report = self.wiz.report
        assert report is not None
        self.summary.setText(
            self.tr("Imported {0}, updated {1}, skipped {2} from {3}.").format(
                report.imported, report.updated, report.skipped, report.source
            )
        )
        shown = report.lines[:2000]
        self.lines.setRowCount(len(shown))
        outcome = {
            "imported": self.tr("imported"),
            "updated": self.tr("updated"),
            "skipped": self.tr("skipped"),
        }
        for row, line in enumerate(shown):
            texts = (str(line.feature), line.key or "", outcome[line.outcome], line.reason)
            for col, text in enumerate(texts):
                self.lines.setItem(row, col, QTableWidgetItem(text))
        self.lines.resizeColumnsToContents()

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "import_report.csv", "CSV (*.csv);;Text (*.txt)"
        )
        if path:
            # The file dialog has asked before replacing a file; a project is still refused.
            try:
                self.save_report(Path(path), overwrite=True)
            except KalixPlanError as exc:
                show_output_error(self, exc, self.tr("Save report"))

    def save_report(self, path: Path, overwrite: bool = False) -> None:
        """Save the report as CSV (.csv) or text; never onto a project.

        Raises:
            KalixPlanError: a refused target or a place that cannot be written.
        """
        assert self.wiz.report is not None
        self.wiz.report.save(path, overwrite=overwrite, protect=[self.wiz.project.path])


class ImportWizard(QWizard):
    """Import geodata into the project, step by step.

    Args:
        workspace: the open project's workspace (told what the import changed).
        parent: the main window.
        path: a file to start with (a file dropped on the window).
    """

    def __init__(
        self, workspace: QtWorkspace, parent: QWidget | None = None, path: str | None = None
    ):
        super().__init__(parent)
        self.workspace = workspace
        project = workspace.project
        assert project is not None, "the wizard imports into an open project"
        self.project: Project = project
        self.path = Path(path) if path else Path()
        self.layers: list[str] = []
        self.info: SourceInfo | None = None
        self.ns = False
        self.preview: SourceData | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import geodata"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(980, 640)
        self.source_page = SourcePage(self)
        self.layer_page = LayerPage(self)
        self.crs_page = CrsPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        self.setPage(SOURCE, self.source_page)
        self.setPage(LAYER, self.layer_page)
        self.setPage(CRS, self.crs_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(CHECK, self.check_page)
        self.setPage(RESULT, self.result_page)
        if path:
            self.source_page.path_edit.setText(str(path))

    def kind(self) -> str:
        """What is being imported: parcels, plans, land_use or reference."""
        return str(self.source_page.kind.currentData())

    def import_options(self) -> ImportOptions:
        """The choices made on the pages so far."""
        info = self.info
        return ImportOptions(
            kind=self.kind(),
            layer=info.layer if info else None,
            src_epsg=self.crs_page.chosen_epsg(),
            override_crs=self.crs_page.overriding(),
            encoding=self.crs_page.chosen_encoding(),
            mapping=self.mapping_page.mapping(),
            on_invalid=str(self.check_page.on_invalid.currentData()),
            on_duplicate=str(self.check_page.on_duplicate.currentData()),
            name=self.source_page.ref_name.text().strip() or None,
            ref_kind=self.source_page.ref_kind.currentData(),
            on_existing_layer=self.check_page.on_existing.currentData(),
        )
