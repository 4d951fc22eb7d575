"""The main window: the map in the middle, registers, filter and details in docks.

Other parts of the application plug in through ``add_dock(widget, title, area)``
and the menus kept as attributes (``menu_file``, ``menu_edit``, ``menu_view``,
``menu_tools``, ``menu_help``); ``add_file_action`` puts an entry before Quit.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kalixplan import __version__
from kalixplan.app.changes import Changes, Kind
from kalixplan.app.failures import Failure, failure_of
from kalixplan.domain.errors import KalixPlanError
from kalixplan.services.plans import land_use_areas
from kalixplan.store.engine import Project
from ui.i18n import current_language, install_language
from ui.main_menus import MenuBuilder
from ui.map.widget import MapWidget
from ui.panels.parcel_workspace import ParcelWorkspace
from ui.panels.plan_workspace import PlanWorkspace
from ui.settings import AppSettings, PreferencesDialog
from ui.status_labels import StatusLabels
from ui.window_actions import ProjectActions
from ui.window_shell import WindowShell
from ui.workspace import QtWorkspace

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QLabel { background: #fff3c4; color: #5c4400; border-bottom: 1px solid #e0c060;"
    " padding: 6px 10px; font-weight: bold; }"
)


class MainWindow(WindowShell):
    """KalixPlan's main window.

    Signals:
        project_opened(Project): a project is open and shown (None when closed).
    """

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("KalixPlanMainWindow")
        self.settings = settings or AppSettings()
        self.example_data = False
        self._shown = (0, 0.0)

        self.map = MapWidget(self, basemap=self._basemap(), lang=current_language())
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.map, 1)
        self.setCentralWidget(central)

        self.workspace = QtWorkspace(parent=self)
        self.parcels = ParcelWorkspace(self.map, self.workspace, self)
        self.plans = PlanWorkspace(self.map, self.workspace, self)
        self.details = QStackedWidget()
        self.details_hint = QLabel()
        self.details_hint.setWordWrap(True)
        self.details_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_hint.setMargin(24)
        self.details.addWidget(self.details_hint)
        self.details.addWidget(self.parcels.form)
        self.details.addWidget(self.plans.form)

        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.menus = MenuBuilder(self)
        self.menu_file, self.menu_edit = self.menus.menu_file, self.menus.menu_edit
        self.menu_view, self.menu_tools = self.menus.menu_view, self.menus.menu_tools
        self.menu_help = self.menus.menu_help
        self.project_actions: ProjectActions = ProjectActions(self)
        self.menus.connect_project_actions()

        area = Qt.DockWidgetArea
        self.dock_filter = self.add_dock(
            self.parcels.filter_panel, "", area.LeftDockWidgetArea, "filterDock"
        )
        self.dock_parcels = self.add_dock(
            self.parcels.register, "", area.BottomDockWidgetArea, "parcelDock"
        )
        self.dock_plans = self.add_dock(
            self.plans.register, "", area.BottomDockWidgetArea, "planDock"
        )
        self.dock_details = self.add_dock(self.details, "", area.RightDockWidgetArea, "detailsDock")
        self.tabifyDockWidget(self.dock_parcels, self.dock_plans)
        self.dock_parcels.raise_()

        self.status = StatusLabels(self.statusBar())

        self.workspace.failed.connect(self.show_failure)
        self.workspace.changed.connect(self._follow)
        self.map.pointClicked.connect(self.project_actions.what_applies)
        self.map.mapReady.connect(self._map_ready)
        self.map.loadFailed.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("The map could not be shown: %1").replace("%1", text)
            )
        )
        self.parcels.shown_changed.connect(self._shown_changed)
        # A second after the last write, the WAL goes back into the .gpkg: a copy of the
        # file alone then holds every edit.
        self.idle_checkpoint = QTimer(self)
        self.idle_checkpoint.setSingleShot(True)
        self.idle_checkpoint.setInterval(1_000)
        self.idle_checkpoint.timeout.connect(self._checkpoint)
        self.parcels.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.parcels.form_wanted.connect(lambda: self.show_details(self.parcels.form))
        self.plans.form_wanted.connect(lambda: self.show_details(self.plans.form))
        self.plans.plans_changed.connect(self.parcels.form.set_plans)
        from ui.window_tools import WindowTools

        self.tools = WindowTools(self)
        from ui.presentation.mode import PresentationMode

        self.presentation = PresentationMode(self)
        self.retranslate()
        self.menus.rebuild_recent()
        self._restore_layout()

    # --- extension points -------------------------------------------------------
    def add_dock(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea, name: str | None = None
    ) -> QDockWidget:
        """Put ``widget`` in a dock (listed under View ▸ Panels); its layout is remembered.

        Args:
            widget: the panel.
            title: the dock's title (already translated).
            area: where it goes first.
            name: a stable object name for the saved layout (default: from the title).
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(name or f"dock_{title}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        self.menus.menu_panels.addAction(dock.toggleViewAction())
        return dock

    def add_file_action(self, action: QAction) -> None:
        """Add an entry to the File menu, above Quit (import, export, print …)."""
        self.menu_file.insertAction(self.menus.file_end, action)

    # --- project ------------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        """The open project (the workspace owns it)."""
        return self.workspace.project

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` everywhere (closing the one shown before)."""
        self.workspace.open(project)  # every view follows the PROJECT change
        if project is not None:
            self.settings.add_recent_project(project.db)
            self.menus.rebuild_recent()
            if project.outside_edits:
                self.statusBar().showMessage(
                    self.tr(
                        "%n parcel(s) were edited outside KalixPlan: areas and distances "
                        "recomputed.",
                        "",
                        project.outside_edits,
                    )
                )
        self.project_opened.emit(project)

    def _follow(self, changes: Changes) -> None:
        """The window's part of following a change: the map's plans and layers, the banner."""
        if changes.touches(Kind.PROJECT):
            self._project_shown()
            return
        self.idle_checkpoint.start()
        project = self.project
        if project is None:
            return
        if changes.everything(Kind.LAND_USE) or changes.everything(Kind.REFERENCE):
            self.map.show_project(project)
            self.menus.rebuild_layers()
            return
        if changes.everything(Kind.PLANS):
            areas = self.workspace.query(land_use_areas)
            self.map.update_plans(self.plans.model.rows, areas, complete=True)
            return
        # Plans saved, created, or restored by undo/redo: the map shows them at once, with
        # their land-use areas (restored ones have new ids). Parcels: the parcel workspace.
        for row in changes.rows(Kind.PLANS):
            self.map.update_plans([row], self.workspace.query(land_use_areas, row.id))
        if changes.removed_ids(Kind.PLANS):
            self.map.remove_plans(list(changes.removed_ids(Kind.PLANS)))

    def _project_shown(self) -> None:
        project = self.project
        self.example_data = bool(project and project.setting("example_data") == "true")
        self.banner.setVisible(self.example_data)
        self.details.setCurrentWidget(self.details_hint)
        self.dock_details.setWindowTitle(self.tr("Details"))
        if project is not None:
            self.map.show_project(project)
            self.menus.rebuild_layers()
        self._update_status()

    def _checkpoint(self) -> None:
        if self.project is None:
            return
        try:
            if not self.project.checkpoint():
                self.idle_checkpoint.start()  # another program was reading: try again later
        except Exception as exc:  # a vanished file: the next save says so in a sentence
            log.warning("WAL checkpoint failed: %s", exc)

    def _map_ready(self) -> None:
        self.parcels.restore_map_state()
        self.menus.sync_layer_checks()

    # --- messages -------------------------------------------------------------------
    def show_error(self, exc: BaseException, title: str | None = None) -> None:
        """An exception as the user's sentence (``failure_of``: unexpected ones are logged)."""
        self.show_failure(failure_of(exc), title)

    def show_failure(self, failure: Failure, title: str | None = None) -> None:
        """The one place a failed operation reaches the user.

        A colleague's earlier save opens the conflict dialog; a refused field value is
        shown at the field of the open form; anything else is one sentence in a box
        (unexpected errors name the log file). The form keeps what the user typed.
        """
        title = title or self.tr("KalixPlan")
        if failure.stale is not None and failure.kind in (Kind.PARCELS, Kind.PLANS):
            stale = failure.stale
            self.project_actions.resolve_conflict(failure.kind, stale.row_id, stale.yours, stale)
            return
        form = self.parcels.form if failure.kind is Kind.PARCELS else self.plans.form
        field = failure.field
        if field is not None and failure.kind in (Kind.PARCELS, Kind.PLANS):
            if form.isVisible() and field in form.editors:
                form.show_error(field, failure.sentence(current_language()))
                return
        text = failure.sentence(current_language())
        if failure.unexpected:
            QMessageBox.critical(self, title, text)
        else:
            QMessageBox.warning(self, title, text)

    def show_details(self, form: QWidget) -> None:
        """Bring the details dock forward with ``form``."""
        self.details.setCurrentWidget(form)
        self.dock_details.setWindowTitle(
            self.tr("Parcel") if form is self.parcels.form else self.tr("Plan")
        )
        self.dock_details.show()
        self.dock_details.raise_()

    # --- status bar -------------------------------------------------------------------
    def _shown_changed(self, count: int, area_m2: float) -> None:
        self._shown = (count, area_m2)
        self._update_status()

    def _update_status(self) -> None:
        self.setWindowTitle(self.status.show(self.project, *self._shown))

    # --- preferences and language --------------------------------------------------------
    def _basemap(self):  # type: ignore[no-untyped-def]
        try:
            return self.settings.basemap.to_basemap()
        except KalixPlanError:
            from kalixplan.maps.page import Basemap

            return Basemap.osm()

    def open_preferences(self) -> None:
        """Edit the language and the basemap."""
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.map.set_basemap(self._basemap())
        self.set_language(self.settings.language)

    def set_language(self, lang: str) -> None:
        """Switch every text (and the map's labels) to ``lang``."""
        if lang == current_language():
            return
        install_language(lang)
        # Deliver the LanguageChange events now: everything reads the same language at once.
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LanguageChange))
        self.retranslate()
        self.map.set_language(lang)
        if self.project is not None:
            self.map.show_project(self.project)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language."""
        self.menus.retranslate()
        self.dock_filter.setWindowTitle(self.tr("Find land"))
        self.dock_parcels.setWindowTitle(self.tr("Parcels"))
        self.dock_plans.setWindowTitle(self.tr("Detailed plans"))
        current = self.details.currentWidget()
        self.dock_details.setWindowTitle(
            self.tr("Plan")
            if current is self.plans.form
            else self.tr("Parcel")
            if current is self.parcels.form
            else self.tr("Details")
        )
        self.details_hint.setText(
            self.tr(
                "Click a parcel or a plan on the map, or pick a row in a table, "
                "to see its details here."
            )
        )
        self.banner.setText(
            "Exempeldata / Example data — "
            + self.tr(
                "this project holds invented demo data for Kalix. Create or open a real "
                "project in the File menu."
            )
        )
        self.parcels.model.retranslate()
        self.plans.model.retranslate()
        self.tools.retranslate()
        self.presentation.retranslate()
        self._update_status()

    def about(self) -> None:
        """Help ▸ About: the version, where the log and the user's files are, and the
        licences of what KalixPlan runs on (under Show Details)."""
        from PySide6.QtCore import qVersion

        from kalixplan.app.about import about_text, user_folders

        folders = user_folders()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About KalixPlan"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>KalixPlan %1</h3><p>Detailed plans, industrial land and green-transition "
                "actors for Swedish municipalities.</p><p>Map data © OpenStreetMap contributors. "
                "The example data is invented.</p>"
            ).replace("%1", __version__)
        )
        box.setInformativeText(
            self.tr("Log file: %1<br>Your data and the demo: %2<br>Map cache: %3")
            .replace("%1", html.escape(str(folders["log"])))
            .replace("%2", html.escape(str(folders["data"])))
            .replace("%3", html.escape(str(folders["cache"])))
        )
        box.setDetailedText(about_text(qVersion()))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self._about_box = box  # tests read it
        box.open()

    # --- layout --------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks(
                [self.dock_filter, self.dock_details], [260, 420], Qt.Orientation.Horizontal
            )
            self.resizeDocks([self.dock_parcels], [260], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        """Remember geometry, dock layout and the open project."""
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        if self.project is not None:
            self.settings.last_project = self.project.db
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for form in (self.parcels.form, self.plans.form):
            if form.is_dirty() and form.row is not None:
                answer = QMessageBox.question(
                    self,
                    self.tr("Unsaved changes"),
                    self.tr("Save your changes to %1?").replace("%1", form.title.text()),
                    QMessageBox.StandardButton.Save
                    | QMessageBox.StandardButton.Discard
                    | QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    event.ignore()
                    return
                if answer == QMessageBox.StandardButton.Save:
                    form.submit()
        self.save_layout()
        if self.project is not None:
            self.project.close()
        super().closeEvent(event)
