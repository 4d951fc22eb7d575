"""The dashboard in the application: key figures and charts, refreshed when data changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kalixplan.app.changes import Changes, Kind
from kalixplan.domain.errors import KalixPlanError
from kalixplan.services.dashboard import DashboardData, compute_dashboard
from ui.dashboard.charts import PAGE_FILL
from ui.dashboard.painter import paint_dashboard
from ui.dashboard.report_pdf import has_example_data, project_label, write_dashboard_pdf
from ui.i18n import current_language
from ui.output_errors import show_output_error
from ui.workspace import QtWorkspace

# Kinds of data change that move a dashboard number.
_WATCHED = (Kind.PARCELS, Kind.PLANS, Kind.LAND_USE, Kind.ACTORS, Kind.INTERESTS)


class DashboardCanvas(QWidget):
    """Paints ``DashboardData`` with the same painter the PDF report uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: DashboardData | None = None
        self.project_name = ""
        self.example_data = False
        self.setMinimumSize(QSize(900, 980))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAGE_FILL)
        if self.data is not None:
            margin = 16.0
            rect = QRectF(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin)
            em = max(11.0, min(14.0, self.width() / 80.0))
            paint_dashboard(
                painter,
                rect,
                self.data,
                current_language(),
                em,
                self.project_name,
                self.example_data,
            )
        painter.end()


class DashboardWidget(QWidget):
    """Hectares by status, area and land use; actors by stage and sector; plans by stage.

    Call ``refresh()`` after opening a project; it also refreshes by itself when
    the workspace reports a change of parcels, plans, actors or interests.
    """

    def __init__(self, workspace: QtWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.canvas = DashboardCanvas()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_pdf)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)  # one refresh for a burst of changes
        self._pending.timeout.connect(self.refresh)
        workspace.changed.connect(self._changed)
        self.retranslate()
        self.refresh()

    @property
    def data(self) -> DashboardData | None:
        """The numbers shown now."""
        return self.canvas.data

    def refresh(self) -> None:
        """Recompute the numbers from the database and repaint."""
        project = self.workspace.project
        if project is None:
            return
        self.canvas.data = self.workspace.query(compute_dashboard)
        self.canvas.project_name = project_label(project)
        self.canvas.example_data = has_example_data(project)
        self.status.setText(
            self.tr("Compiled %1").replace("%1", self.canvas.data.today.isoformat())
        )
        self.canvas.update()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*_WATCHED):
            self._pending.start()

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Save the dashboard as a one-page PDF (asks where when no path is given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save dashboard as PDF"), "dashboard.pdf", self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        out = Path(path)
        if self.canvas.data is None:
            self.refresh()
        assert self.canvas.data is not None
        try:
            write_dashboard_pdf(
                self.canvas.data,
                out,
                current_language(),
                self.canvas.project_name,
                self.canvas.example_data,
                overwrite=True,  # the save dialog has asked before replacing a file
                protect=[self.workspace.project.path if self.workspace.project else None],
            )
        except KalixPlanError as exc:
            show_output_error(self, exc, self.tr("Dashboard"))
            return None
        return out

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.canvas.update()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Button texts in the current language."""
        if self.canvas.data is not None:
            self.status.setText(
                self.tr("Compiled %1").replace("%1", self.canvas.data.today.isoformat())
            )
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Save as PDF…"))
        self.refresh_button.setToolTip(self.tr("Recompute the figures from the database"))
        self.export_button.setToolTip(self.tr("The dashboard on one A4 page"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
