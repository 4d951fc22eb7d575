"""The print dialog (Ctrl+P): paper, scale, extent, texts, layers, preview, PDF or printer."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.errors import KalixPlanError
from kalixplan.printing.paper import Paper, page_size_mm
from kalixplan.printing.scale import NICE_SCALES, check_scale, format_scale
from kalixplan.printing.spec import (
    FIT_PADDING,
    MUNICIPALITY_PADDING,
    LayerChoice,
    MapSpec,
    best_orientation,
)
from kalixplan.services.printing import municipality_extent, parcels_extent
from kalixplan.store.engine import Project
from ui.i18n import said
from ui.output_errors import show_output_error
from ui.printing.logo_chooser import LogoChooserWidget
from ui.printing.pdf import MapJob, page_layout, paint_map, prepare_map, write_map_pdf
from ui.printing.preview import PrintPreviewWidget, render_sheet_image
from ui.printing.prospectus import write_prospectus_pdf
from ui.printing.zoom import RenderTarget
from ui.settings import make_qsettings
from ui.workers import Cancelled, Progress, run_in_background

DEBOUNCE_MS = 350


class PrintDialog(QDialog):
    """Set up a true-scale map printout, see it, and send it to a PDF file or a printer.

    Args:
        project: the open project.
        parent: the owning window.
        extent: the current map view (print CRS metres), used when nothing is selected.
        selected_ids: selected parcels; the printout centres on them.
        settings: where the chosen logo is remembered (the application's settings by default).
    """

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        extent: tuple[float, float, float, float] | None = None,
        selected_ids: list[int] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.view_extent = extent
        self.selected_ids = list(selected_ids or [])
        self.settings = settings if settings is not None else make_qsettings()
        self.job: MapJob | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Print map"))
        self._build()
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width() * 9 // 10), min(820, room.height() * 9 // 10))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.schedule_preview()

    def _build(self) -> None:
        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.addItems([p.value for p in Paper])
        self.paper.setCurrentText("A3")
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.scale = QComboBox()
        self.scale.setEditable(True)
        self.scale.addItem(self.tr("Fit to extent"), None)
        for s in NICE_SCALES:
            self.scale.addItem(format_scale(s), s)
        self.extent_from = QComboBox()
        if self.selected_ids:
            self.extent_from.addItem(self.tr("Selected parcels"), "selection")
        if self.view_extent is not None:
            self.extent_from.addItem(self.tr("Current map view"), "view")
        self.extent_from.addItem(self.tr("All parcels"), "all")
        self.whole = QCheckBox(self.tr("Whole municipality"))
        self.whole.setToolTip(
            self.tr(
                "The municipal boundary and every parcel on one sheet, at the largest "
                "scale that holds them"
            )
        )
        self.whole.toggled.connect(self._whole_toggled)
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.author = QLineEdit()
        self.lang = QComboBox()
        self.lang.addItem("Svenska", "sv")
        self.lang.addItem("English", "en")
        self.layer_parcels = QCheckBox(self.tr("Parcels"))
        self.layer_plans = QCheckBox(self.tr("Plan boundaries"))
        self.layer_land_use = QCheckBox(self.tr("Land use"))
        self.layer_reference = QCheckBox(self.tr("Reference layers"))
        for box in (
            self.layer_parcels,
            self.layer_plans,
            self.layer_land_use,
            self.layer_reference,
        ):
            box.setChecked(True)
        self.basemap = QCheckBox(self.tr("Basemap tiles (from the local cache)"))
        self.overview = QCheckBox(self.tr("Overview map"))
        self.overview.setChecked(True)
        self.table = QCheckBox(self.tr("Table of the parcels shown"))
        self.grid = QCheckBox(self.tr("Coordinate ticks"))
        self.grid.setChecked(True)
        self.logo = LogoChooserWidget(self.settings)
        self.logo.changed.connect(self.schedule_preview)
        layers = QHBoxLayout()
        for box in (
            self.layer_parcels,
            self.layer_plans,
            self.layer_land_use,
            self.layer_reference,
        ):
            layers.addWidget(box)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(self.tr("Extent"), self.extent_from)
        form.addRow("", self.whole)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Layers"), layers)
        form.addRow("", self.basemap)
        form.addRow("", self.overview)
        form.addRow("", self.table)
        form.addRow("", self.grid)
        form.addRow(self.tr("Logo"), self.logo)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PrintPreviewWidget()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.prospectus_button = QPushButton(self.tr("Prospectus PDF…"))
        self.prospectus_button.setToolTip(
            self.tr("One A4 prospectus sheet (objektblad) per selected parcel, for investors")
        )
        self.prospectus_button.setEnabled(bool(self.selected_ids))
        self.prospectus_button.clicked.connect(self.save_prospectus)
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_to_printer)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.prospectus_button, self.save_button, self.print_button, close):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(buttons)
        for combo in (self.paper, self.orientation, self.scale, self.extent_from, self.lang):
            combo.currentIndexChanged.connect(self.schedule_preview)
        scale_edit = self.scale.lineEdit()
        assert scale_edit is not None  # an editable combo box has one
        scale_edit.editingFinished.connect(self.schedule_preview)
        for edit in (self.title, self.subtitle, self.author):
            edit.textChanged.connect(self.schedule_preview)
        for box in (
            self.layer_parcels,
            self.layer_plans,
            self.layer_land_use,
            self.layer_reference,
            self.basemap,
            self.overview,
            self.table,
            self.grid,
        ):
            box.toggled.connect(self.schedule_preview)

    def _scale_value(self) -> int | None:
        data = self.scale.currentData()
        typed = self.scale.currentText().replace(" ", "").replace("\u00a0", "")
        if data is not None and format_scale(data).replace(" ", "") == typed:
            return int(data)
        if self.scale.currentIndex() == 0 and typed == self.scale.itemText(0).replace(" ", ""):
            return None
        digits = typed.split(":")[-1]
        try:
            return check_scale(float(digits))
        except ValueError:
            raise KalixPlanError(
                self.tr("Type the scale as a number such as 10000 or 1:10 000.")
            ) from None

    def _whole_toggled(self, checked: bool) -> None:
        """The whole municipality: fit it, in the orientation that holds it larger."""
        self.extent_from.setEnabled(not checked)
        self.overview.setEnabled(not checked)  # the sheet is the overview
        if not checked:
            return
        try:
            area = self._area()
        except KalixPlanError as exc:
            self.status.setText(said(exc))
            return
        landscape = best_orientation(area, Paper(self.paper.currentText()))
        self.orientation.setCurrentIndex(self.orientation.findData(landscape))
        self.scale.setCurrentIndex(0)  # fit to extent

    def _area(self) -> tuple[float, float, float, float]:
        if self.whole.isChecked():
            with self.project.read_scope() as session:
                return municipality_extent(session)
        source = self.extent_from.currentData()
        if source == "view" and self.view_extent is not None:
            return self.view_extent
        with self.project.read_scope() as session:
            if source == "selection":
                return parcels_extent(session, self.selected_ids)
            from kalixplan.services.printing import matching_parcel_ids

            return parcels_extent(session, matching_parcel_ids(session, {}))

    def spec(self) -> MapSpec:
        """The printout as set up in the dialog.

        Raises:
            KalixPlanError: a scale that cannot be read or is out of range.
        """
        return MapSpec(
            area=self._area(),
            paper=Paper(self.paper.currentText()),
            landscape=bool(self.orientation.currentData()),
            scale=self._scale_value(),
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            author=self.author.text().strip(),
            lang=self.lang.currentData(),
            layers=LayerChoice(
                parcels=self.layer_parcels.isChecked(),
                plans=self.layer_plans.isChecked(),
                land_use=self.layer_land_use.isChecked(),
                reference=None if self.layer_reference.isChecked() else frozenset(),
            ),
            basemap=self.basemap.isChecked(),
            overview=self.overview.isChecked() and not self.whole.isChecked(),
            parcel_table=self.table.isChecked(),
            highlight_ids=frozenset(self.selected_ids),
            grid=self.grid.isChecked(),
            logo=self.logo.usable_path(),
            fit_padding=MUNICIPALITY_PADDING if self.whole.isChecked() else FIT_PADDING,
        )

    def schedule_preview(self) -> None:
        """Redraw the preview shortly after the last change (typing stays smooth)."""
        self._timer.start()

    def refresh_preview(self) -> None:
        """Gather the sheet's data and paint it for the preview, both on a worker thread."""
        self._generation += 1
        generation = self._generation
        try:
            spec = self.spec()
        except KalixPlanError as exc:
            self.status.setText(said(exc))
            self.job = None
            return
        self.status.setText(self.tr("Drawing the preview…"))
        target = self.preview.target_for(page_size_mm(spec.paper, spec.landscape))

        def gather_and_paint(progress: Progress, cancelled: Cancelled) -> tuple[MapJob, QImage]:
            job = prepare_map(self.project, spec)
            return job, render_sheet_image(job, target)

        run_in_background(
            self,
            self.tr("Preview"),
            gather_and_paint,
            lambda result: self._show_preview(result[0], result[1], target, generation),
            lambda exc: self._preview_failed(exc, generation),
            show_progress=False,
        )

    def _show_preview(
        self, job: MapJob, image: QImage, target: RenderTarget, generation: int
    ) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer change is on its way, or the dialog was closed
        self.job = job
        self.status.setText(
            self.tr("Parcels shown: {n}. Scale {scale} on {paper}.").format(
                n=len(job.content.parcels),
                scale=format_scale(job.scale),
                paper=job.spec.paper.value,
            )
        )
        self.preview.show_sheet(job, image, target)

    def _preview_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.job = None
        # The one error path: a user's mistake in its sentence, a bug logged and named.
        if shiboken6.isValid(self):  # not closed meanwhile
            self.status.setText(said(exc))

    def save_pdf(self) -> None:
        """Ask for a file name and write the PDF in the background."""
        try:
            spec = self.spec()
        except KalixPlanError as exc:
            QMessageBox.warning(self, self.tr("Print map"), said(exc))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(suggested_pdf_name(spec, self.project)), "PDF (*.pdf)"
        )
        if not name:
            return
        out = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        run_in_background(
            self,
            self.tr("Printing to PDF"),
            # The file dialog has asked before replacing a file; a project is still refused.
            lambda progress, cancelled: write_map_pdf(
                self.project, spec, out, progress, cancelled, overwrite=True
            ),
            lambda path: self.status.setText(self.tr("Saved {path}.").format(path=path)),
            lambda exc: show_output_error(self, exc, self.tr("Print map")),
        )

    def save_prospectus(self) -> None:
        """The selected parcels' prospectus sheets as one A4 PDF (the menu's "objektblad")."""
        if not self.selected_ids:
            return
        lang = self.lang.currentData()
        default = self.project.path.parent if self.project.path is not None else Path.home()
        stem = "objektblad" if lang == "sv" else "prospectus"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save prospectus"), str(default / f"{stem}.pdf"), "PDF (*.pdf)"
        )
        if not name:
            return
        out = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        ids, logo = list(self.selected_ids), self.logo.usable_path()
        run_in_background(
            self,
            self.tr("Writing the prospectus"),
            lambda progress, cancelled: write_prospectus_pdf(
                self.project, ids, lang, out, progress, cancelled, logo=logo, overwrite=True
            ),
            lambda pages: self.status.setText(
                self.tr("Saved %1 (%2 pages).").replace("%1", str(out)).replace("%2", str(pages))
            ),
            lambda exc: show_output_error(self, exc, self.tr("Prospectus")),
        )

    def print_to_printer(self) -> None:
        """Choose a printer and print the sheet at true scale (no 'fit to page')."""
        if self.job is None:
            QMessageBox.information(
                self, self.tr("Print map"), self.tr("Wait for the preview, then print.")
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(self.job.spec.paper, self.job.spec.landscape))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint_map(printer, self.job)
        except KalixPlanError as exc:
            QMessageBox.warning(self, self.tr("Print map"), said(exc))


def suggested_pdf_name(spec: MapSpec, project: Project) -> Path:
    """A file name to offer: the sheet's title (or "karta"/"map") and the date, next to a
    project file or in the home folder; the user may change it."""
    from datetime import date

    stem = spec.title.strip() or ("karta" if spec.lang == "sv" else "map")
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip() or "map"
    folder = project.path.parent if project.path is not None else Path.home()
    return folder / f"{safe} {date.today().isoformat()}.pdf"
