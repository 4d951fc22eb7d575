"""The main window's tools: import, export, print, HTML export, actors, dashboard, alerts.

Each tool is its own dialog or panel (ui/importing, ui/exporting, ui/printing,
ui/actors, ui/dashboard); this module only puts them in the menus and docks,
gives them the open project, and connects them to the map and the registers.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QFrame, QMessageBox, QScrollArea, QWidget

from kalixplan.domain.errors import KalixPlanError
from kalixplan.store.engine import Project
from ui.actors.panel import ActorsPanel
from ui.dashboard.alerts_dialog import AlertsDialog, alerts_exist
from ui.dashboard.widget import DashboardWidget
from ui.exporting.dialog import ExportDialog
from ui.exporting.publish import PublishDialog
from ui.i18n import current_language
from ui.importing.wizard import ImportWizard, accepts_drop
from ui.printing.dialog import PrintDialog
from ui.printing.html_export import export_html_with_dialog
from ui.window_shell import WindowShell


class _Holder(QScrollArea):
    """A dock's content that is rebuilt for each project.

    It scrolls rather than imposing its panel's minimum size on the window, so
    the main window still fits a laptop screen with every dock open.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.child: QWidget | None = None

    def replace(self, child: QWidget | None) -> None:
        if self.child is not None:
            self.takeWidget()
            # Destroyed now, not later: a panel of the closed project must not hear
            # the data-changed notices the new project's opening sends.
            shiboken6.delete(self.child)
        self.child = child
        if child is not None:
            self.setWidget(child)


class WindowTools(QObject):
    """Installs the tools into ``window`` and keeps them on the open project."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self.map_ready = False
        self.actors: ActorsPanel | None = None
        self.dashboard: DashboardWidget | None = None
        self.alerts: AlertsDialog | None = None

        def action(shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            act = QAction(window)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setEnabled(False)
            return act

        self.import_action = action("Ctrl+I")
        self.export_action = action("Ctrl+E")
        self.print_action = action(QKeySequence.StandardKey.Print)
        self.html_action = action()
        self.publish_action = action()
        for act in (
            self.import_action,
            self.export_action,
            self.print_action,
            self.html_action,
            self.publish_action,
        ):
            window.add_file_action(act)
        self.alerts_action = action()
        window.menu_tools.addAction(self.alerts_action)
        self.catalogue_action = action()
        self.catalogue_action.setEnabled(True)  # the user's, not a project's
        window.menu_tools.addAction(self.catalogue_action)

        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action.triggered.connect(self.open_export)
        self.print_action.triggered.connect(self.open_print)
        self.html_action.triggered.connect(self.export_html)
        self.publish_action.triggered.connect(self.open_publish)
        self.alerts_action.triggered.connect(lambda: self.show_alerts(force=True))
        self.catalogue_action.triggered.connect(lambda: self.install_catalogue())

        area = Qt.DockWidgetArea
        self.actors_holder = _Holder()
        self.dashboard_holder = _Holder()
        self.dock_actors = window.add_dock(
            self.actors_holder, "", area.RightDockWidgetArea, "actorsDock"
        )
        self.dock_dashboard = window.add_dock(
            self.dashboard_holder, "", area.RightDockWidgetArea, "dashboardDock"
        )
        window.tabifyDockWidget(window.dock_details, self.dock_actors)
        window.tabifyDockWidget(self.dock_actors, self.dock_dashboard)
        window.dock_details.raise_()
        for dock in (self.dock_actors, self.dock_dashboard):
            window.menu_tools.addAction(dock.toggleViewAction())

        window.project_opened.connect(self.set_project)
        window.map.mapReady.connect(self._map_ready)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    # --- project ----------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Give every tool the newly opened project (or none)."""
        self.map_ready = False
        for act in (
            self.import_action,
            self.export_action,
            self.print_action,
            self.html_action,
            self.publish_action,
            self.alerts_action,
        ):
            act.setEnabled(project is not None)
        if project is None:
            self.actors_holder.replace(None)
            self.dashboard_holder.replace(None)
            self.actors = self.dashboard = None
            return
        self.actors = ActorsPanel(self.window.workspace)
        self.actors.showParcelsOnMap.connect(self._show_parcels)
        self.actors_holder.replace(self.actors)
        self.dashboard = DashboardWidget(self.window.workspace)
        self.dashboard_holder.replace(self.dashboard)
        if self.window.settings.show_alerts:
            self.show_alerts()

    def _map_ready(self) -> None:
        self.map_ready = True

    def _show_parcels(self, ids: list[int]) -> None:
        self.window.map.select_parcels(list(ids), zoom=bool(ids))

    # --- tools ------------------------------------------------------------------
    def open_import(self, path: str | None = None) -> ImportWizard | None:
        """The import wizard, optionally on a dropped file."""
        project = self.window.project
        if project is None:
            return None
        wizard = ImportWizard(self.window.workspace, self.window, path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard

    def open_export(self) -> ExportDialog | None:
        """Export the selected parcels, or what the filter shows."""
        project = self.window.project
        if project is None:
            return None
        ids = self.window.parcels.register.selected_ids() or self.window.parcels.shown_ids()
        dialog = ExportDialog(project, self.window, kind="parcels", ids=ids or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_publish(self) -> PublishDialog | None:
        """The public "ledig mark" site of the project, written with progress."""
        project = self.window.project
        if project is None:
            return None
        dialog = PublishDialog(project, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_print(self) -> None:
        """The print dialog on the current map view and the selected parcels."""
        if self.window.project is None:
            return
        if not self.map_ready:
            self._print_dialog(None)
            return
        self.window.map.current_extent(self._print_dialog)

    def _print_dialog(self, extent: tuple[float, float, float, float] | None) -> None:
        project = self.window.project
        if project is None:
            return
        selected = self.window.parcels.register.selected_ids() or None
        dialog = PrintDialog(project, self.window, extent=extent, selected_ids=selected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def export_html(self) -> None:
        """One self-contained HTML file of the map."""
        project = self.window.project
        if project is not None:
            export_html_with_dialog(
                self.window,
                project,
                self.window.settings.basemap.to_basemap(),
                current_language(),
            )

    def show_alerts(self, *, force: bool = False) -> None:
        """The alerts dialog, when there is anything to act on (or when asked for)."""
        project = self.window.project
        if project is None or (not force and not alerts_exist(project)):
            return
        if self.alerts is not None:
            self.alerts.close()
        self.alerts = AlertsDialog(project, self.window)
        self.alerts.openRequested.connect(self._open_row)
        self.alerts.show()

    def _open_row(self, table: str, row_id: int) -> None:
        if table == "parcels":
            self.window.dock_parcels.raise_()
            self.window.parcels.map_clicked(row_id)
        elif table == "plans":
            self.window.dock_plans.raise_()
            self.window.plans.map_clicked(row_id)
        elif table == "actors" and self.actors is not None:
            self.dock_actors.show()
            self.dock_actors.raise_()
            self.actors.select_actor(row_id)

    # --- drag and drop ---------------------------------------------------------------
    def install_catalogue(self, path: str | None = None) -> bool:
        """Install a release file of Boverket's planbestämmelsekatalog (asked for when
        ``path`` is None); says which release is in use now, or why the file was refused."""
        from kalixplan.services.ns_detaljplan.catalogue import active_catalogue, install_release

        current = active_catalogue()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Boverket's planbestämmelsekatalog (in use: %1)").replace(
                    "%1", current.release
                ),
                str(Path.home()),
                self.tr("Catalogue release (*.json)"),
            )
            if not path:
                return False
        try:
            catalogue = install_release(Path(path))
        except KalixPlanError as exc:
            self.window.show_error(exc)
            return False
        QMessageBox.information(
            self.window,
            self.tr("Boverket's planbestämmelsekatalog"),
            self.tr(
                "Release %1 with %2 entries is in use for every project; NS Detaljplan "
                "deliveries refer to its entries."
            )
            .replace("%1", catalogue.release)
            .replace("%2", str(len(catalogue.entries))),
        )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or self.window.project is None:
            return False
        if isinstance(event, QDragEnterEvent) and _dropped_file(event) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.open_import(path)
                return True
        return False

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.import_action.setText(self.tr("&Import geodata…"))
        self.export_action.setText(self.tr("&Export…"))
        self.print_action.setText(self.tr("&Print map or prospectus…"))
        self.html_action.setText(self.tr("Export interactive &HTML map…"))
        self.publish_action.setText(self.tr("P&ublish the 'ledig mark' site…"))
        self.alerts_action.setText(self.tr("&Alerts…"))
        self.catalogue_action.setText(self.tr("Boverket's &catalogue…"))
        self.dock_actors.setWindowTitle(self.tr("Actors"))
        self.dock_dashboard.setWindowTitle(self.tr("Dashboard"))


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The single local file a drag carries, when the import accepts it."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if Path(path).exists() and accepts_drop(path) else None
