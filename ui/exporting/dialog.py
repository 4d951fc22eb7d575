"""The export dialog: a register, a selection or a filter to GeoPackage, GeoJSON,
Shapefile, CSV or Excel, with Swedish or English column headers.

The work is ``kalixplan.services.export.export_layer``, run in the background
with progress and Cancel; a cancelled export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.errors import KalixPlanError
from kalixplan.services.export.layers import (
    ACTOR_FIELDS,
    PARCEL_FIELDS,
    PLAN_FIELDS,
    ExportCancelled,
    export_layer,
)
from kalixplan.services.importing.fields import header
from kalixplan.services.ns_detaljplan.writer import DeliveryReport, export_plans
from kalixplan.services.outputs import OutputFailed, OutputRefused, check_target, parts_of
from kalixplan.services.reference import list_reference_layers
from kalixplan.store.columns import COLUMN_TITLES
from kalixplan.store.engine import Project
from ui.i18n import current_language, said
from ui.output_errors import show_output_error
from ui.workers import run_in_background


def formats() -> tuple[tuple[str, str], ...]:
    """(suffix, what the format list says) in the current language."""
    return (
        (".gpkg", "GeoPackage (.gpkg)"),
        (".geojson", "GeoJSON (.geojson)"),
        (".shp", "Shapefile (.shp)"),
        (".csv", QCoreApplication.translate("ExportDialog", "CSV with WKT (.csv)")),
        (".xlsx", "Excel (.xlsx)"),
    )


# Plans only: Lantmäteriet's national specification, for the national platform (NGP).
NS_FORMAT = (".json", "NS Detaljplan 4.1 (.json)")


def field_title(kind: str, name: str) -> str:
    """A field as people read it: the Swedish column header, or the English title."""
    if current_language() == "sv":
        return header(name, "sv", kind)
    title = COLUMN_TITLES.get(kind, {}).get(name, "")
    if " / " in title:
        return title.split(" / ", 1)[1]
    return name.replace("_", " ").capitalize()


FILTER_FIELDS: dict[str, tuple[str, ...]] = {
    "parcels": PARCEL_FIELDS,
    "plans": PLAN_FIELDS,
    "actors": ACTOR_FIELDS,
    "reference": ("layer", "kind", "name"),
}


class ExportDialog(QDialog):
    """Export a register, a selection or a filter to a file.

    Args:
        project: the open project.
        parent: the main window.
        kind: parcels, plans, actors or reference.
        ids: the selected rows; the dialog offers "the selection" when given.
    """

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        kind: str = "parcels",
        ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.ids = list(ids) if ids else None
        self.running = False
        self._confirmed: Path | None = None  # a file the save dialog allowed to replace
        self.last_count: int | None = None
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox()
        for value, text in (
            ("parcels", self.tr("Parcels")),
            ("plans", self.tr("Detailed plans")),
            ("actors", self.tr("Actors")),
            ("reference", self.tr("Reference layer")),
        ):
            self.kind.addItem(text, value)
        self.layer = QComboBox()
        with project.read_scope() as session:
            for layer in list_reference_layers(session):
                self.layer.addItem(layer.name, layer.name)
        self.all_rows = QRadioButton(self.tr("All rows"))
        count = len(self.ids) if self.ids else 0
        self.selection = QRadioButton(self.tr("The selection ({0} rows)").format(count))
        self.filtered = QRadioButton(self.tr("Rows where"))
        self.scope = QButtonGroup(self)
        for button in (self.all_rows, self.selection, self.filtered):
            self.scope.addButton(button)
        self.field = QComboBox()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("value, e.g. available"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filtered)
        filter_row.addWidget(self.field)
        filter_row.addWidget(QLabel("="))
        filter_row.addWidget(self.value, 1)
        self.format = QComboBox()
        for suffix, text in formats():
            self.format.addItem(text, suffix)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Swedish column headers"), "sv")
        self.lang.addItem(self.tr("English field names"), "en")
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # What the national platform would stop on, after an NS Detaljplan export.
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setMinimumHeight(160)
        self.findings.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Register:"), self.kind)
        form.addRow(self.tr("Reference layer:"), self.layer)
        scope = QVBoxLayout()
        scope.addWidget(self.all_rows)
        scope.addWidget(self.selection)
        scope.addLayout(filter_row)
        form.addRow(self.tr("Rows:"), scope)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Columns:"), self.lang)
        form.addRow(self.tr("File:"), path_row)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.status)
        box.addWidget(self.findings, 1)
        box.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()
        (self.selection if self.ids else self.all_rows).setChecked(True)
        self.selection.setEnabled(bool(self.ids))

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        at = self.format.findData(NS_FORMAT[0])
        if kind == "plans" and at < 0:
            self.format.addItem(NS_FORMAT[1], NS_FORMAT[0])
        elif kind != "plans" and at >= 0:
            self.format.removeItem(at)
        self.layer.setEnabled(kind == "reference" and self.layer.count() > 0)
        self.field.clear()
        for name in FILTER_FIELDS[kind]:
            self.field.addItem(field_title(kind, name), name)
        if kind == "parcels":
            self.field.setCurrentIndex(max(self.field.findData("status"), 0))

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(str(self.format.currentData()))))

    def _browse(self) -> None:
        suffix = str(self.format.currentData())
        name = f"{self.kind.currentData()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), name, f"{self.format.currentText()} (*{suffix})"
        )
        if path:
            self.path.setText(path)
            # The file dialog has asked before choosing an existing file.
            self._confirmed = Path(path).with_suffix(suffix)

    def export(self) -> None:
        """Start the export with the dialog's choices."""
        if self.running:
            return
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        out = Path(text)
        if out.suffix.lower() != self.format.currentData():
            out = out.with_suffix(str(self.format.currentData()))
            self.path.setText(str(out))
        if not self._may_write(out):
            return
        kind = str(self.kind.currentData())
        where = None
        if self.filtered.isChecked():
            where = {str(self.field.currentData()): self.value.text().strip()}
        ids = self.ids if self.selection.isChecked() else None
        name = self.layer.currentData() if kind == "reference" else None
        lang = str(self.lang.currentData())
        project = self.project

        self.findings.clear()
        self.findings.hide()
        if out.suffix.lower() == NS_FORMAT[0]:

            def deliver(progress: Any, cancelled: Any) -> DeliveryReport:
                return export_plans(project, out, ids)

            self.running = True
            self.export_button.setEnabled(False)
            self.status.setText(self.tr("Exporting…"))
            run_in_background(self, self.tr("Exporting"), deliver, self._delivered, self._failed)
            return

        def work(progress: Any, cancelled: Any) -> int:
            return export_layer(
                project,
                kind,
                out,
                name=name,
                where=where,
                ids=ids,
                lang=lang,
                progress=progress,
                cancelled=cancelled,
                overwrite=True,  # asked in _may_write (or by the file dialog)
            )

        self.running = True
        self.export_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        run_in_background(self, self.tr("Exporting"), work, self._done, self._failed)

    def _may_write(self, out: Path) -> bool:
        """Refuse a project as the target; ask before replacing another existing file."""
        try:
            check_target(out, protect=[self.project.path], overwrite=True, what="export")
        except KalixPlanError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(said(exc))
            show_output_error(self, exc, self.tr("Export"))
            return False
        existing = [p for p in parts_of(out) if p.exists()]
        if not existing or out == self._confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Export"),
            self.tr("{0} exists already. Replace it?").format(existing[0]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _idle(self) -> None:
        self.running = False
        self.export_button.setEnabled(True)

    def _done(self, count: int) -> None:
        self.last_count = count
        # The worker's 'finished' (which closes its progress dialog) is queued behind this.
        QTimer.singleShot(0, self._idle)
        self.status.setText(self.tr("Exported {0} rows to {1}.").format(count, self.path.text()))

    def _delivered(self, report: DeliveryReport) -> None:
        """An NS Detaljplan file is written: what NGP would stop on, for the planner."""
        self.last_count = report.plans
        QTimer.singleShot(0, self._idle)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Exported {0} plans and {1} provisions to {2}. {3} findings would stop a "
                "delivery to the national platform, {4} are warnings:"
            ).format(
                report.plans,
                report.provisions,
                self.path.text(),
                len(report.stops),
                len(report.findings) - len(report.stops),
            )
            if report.findings
            else self.tr(
                "Exported {0} plans and {1} provisions to {2}; the national platform's "
                "rules find nothing to stop on."
            ).format(report.plans, report.provisions, self.path.text())
        )
        if report.findings:
            self.findings.setPlainText("\n".join(f.describe() for f in report.findings))
            self.findings.show()

    def _failed(self, exc: BaseException) -> None:
        QTimer.singleShot(0, self._idle)
        self.status.setStyleSheet("color: #b00020;")
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
        elif isinstance(exc, OutputRefused | OutputFailed):
            self.status.setText(said(exc))
            show_output_error(self, exc, self.tr("Export"))
        elif isinstance(exc, KalixPlanError):
            self.status.setText(said(exc))
        else:
            self.status.setText(self.tr("Unexpected error: {0}").format(exc))
