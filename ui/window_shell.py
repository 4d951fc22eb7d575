"""What the main window's helpers may use of it: the base class ``WindowShell``.

``MenuBuilder``, ``ProjectActions`` and ``WindowTools`` are given the window as
a ``WindowShell``, the ``QMainWindow`` subclass that declares the parts they use;
``MainWindow`` derives from it and fills them in. So ``ui.main_window`` imports
its helpers and they import only this module: no import circle, and mypy
checks every part they reach for.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from kalixplan.store.engine import Project
from ui.map.widget import MapWidget
from ui.panels.parcel_workspace import ParcelWorkspace
from ui.panels.plan_workspace import PlanWorkspace
from ui.settings import AppSettings
from ui.workspace import QtWorkspace


class ProjectOpener(Protocol):
    """The File menu's project actions (``ui.window_actions.ProjectActions``)."""

    def new_project(self) -> None: ...

    def open_project(self) -> None: ...

    def connect_server(self) -> None: ...

    def open_database(self, db: str) -> None: ...

    def what_applies(self, x: float, y: float) -> None: ...


class WindowShell(QMainWindow):
    """The main window as its helpers see it (``ui.main_window.MainWindow`` is the one).

    Signals:
        project_opened(Project): a project is open and shown (None when closed).
    """

    project_opened = Signal(object)

    map: MapWidget
    workspace: QtWorkspace
    parcels: ParcelWorkspace
    plans: PlanWorkspace
    settings: AppSettings
    dock_details: QDockWidget
    dock_parcels: QDockWidget
    dock_plans: QDockWidget
    menu_view: QMenu
    menu_tools: QMenu
    project_actions: ProjectOpener

    @property
    def project(self) -> Project | None:
        """The open project."""
        raise NotImplementedError

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` everywhere."""
        raise NotImplementedError

    def show_error(self, exc: BaseException, title: str | None = None) -> None:
        """An exception as the user's sentence."""
        raise NotImplementedError

    def add_dock(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea, name: str | None = None
    ) -> QDockWidget:
        """Put ``widget`` in a dock."""
        raise NotImplementedError

    def add_file_action(self, action: QAction) -> None:
        """Add an entry to the File menu."""
        raise NotImplementedError

    def about(self) -> None:
        """Help ▸ About."""
        raise NotImplementedError

    def open_preferences(self) -> None:
        """Edit the preferences."""
        raise NotImplementedError

    def set_language(self, lang: str) -> None:
        """Switch every text to ``lang``."""
        raise NotImplementedError
