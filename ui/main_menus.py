"""The main window's menus and shortcuts: File, Edit, View, Tools, Help.

Menus are built once; their texts are set in ``retranslate`` so a language
switch renames them in place. The Tools menu stays hidden until another part of
the application adds an entry to it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from kalixplan.services.reference import list_reference_layers
from ui.settings import display_name
from ui.window_shell import WindowShell

# Layers every project has, by the map's layer names.
BASE_LAYERS: tuple[str, ...] = ("parcels", "plans", "land_use", "basemap")


class _ShowWhenFilled(QObject):
    """Shows a menu's title once something puts an action into it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved):
            menu = watched
            menu.menuAction().setVisible(bool(menu.actions()))  # type: ignore[attr-defined]
        return False


class MenuBuilder:
    """Builds and names the window's menus and keeps the dynamic ones current."""

    def __init__(self, window: WindowShell) -> None:
        self.window = window
        bar = window.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_edit = bar.addMenu("")
        self.menu_view = bar.addMenu("")
        self.menu_tools = bar.addMenu("")
        self.menu_help = bar.addMenu("")
        self._filter = _ShowWhenFilled(window)
        self.menu_tools.installEventFilter(self._filter)
        self.menu_tools.menuAction().setVisible(False)

        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            act = QAction(window)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        keys = QKeySequence.StandardKey
        self.new_project = action(keys.New)
        self.open_project = action(keys.Open)
        self.connect_server = action()
        self.quit = action(keys.Quit)
        self.menu_file.addAction(self.new_project)
        self.menu_file.addAction(self.open_project)
        self.menu_file.addAction(self.connect_server)
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_file.addSeparator()
        self.file_end = self.menu_file.addSeparator()
        self.menu_file.addAction(self.quit)

        self.undo = action(keys.Undo)
        self.redo = action(keys.Redo)
        self.undo.triggered.connect(window.workspace.undo)
        self.redo.triggered.connect(window.workspace.redo)
        window.workspace.history_changed.connect(self._undo_texts)
        self._undo_texts()
        self.find = action(keys.Find)
        self.new_parcel = action("Ctrl+Shift+N")
        self.new_plan = action()
        self.preferences = action(keys.Preferences)
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        for item in (self.undo, self.redo, None, self.find, None, self.new_parcel, self.new_plan):
            if item is None:
                self.menu_edit.addSeparator()
            else:
                self.menu_edit.addAction(item)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.preferences)

        self.menu_panels = self.menu_view.addMenu("")
        self.menu_layers = self.menu_view.addMenu("")
        self.layer_actions: dict[str, QAction] = {}
        self.about = action()
        self.menu_help.addAction(self.about)

        self.quit.triggered.connect(window.close)
        self.find.triggered.connect(self._find)
        self.new_parcel.triggered.connect(window.parcels.new_parcel)
        self.new_plan.triggered.connect(window.plans.new_plan)
        self.preferences.triggered.connect(window.open_preferences)
        self.about.triggered.connect(window.about)

    def connect_project_actions(self) -> None:
        """Wire File ▸ New/Open/Connect once the window's project actions exist."""
        actions = self.window.project_actions
        self.new_project.triggered.connect(actions.new_project)
        self.open_project.triggered.connect(actions.open_project)
        self.connect_server.triggered.connect(actions.connect_server)

    def _find(self) -> None:
        window = self.window
        if (
            not window.dock_plans.visibleRegion().isEmpty()
            and window.dock_parcels.visibleRegion().isEmpty()
        ):
            window.dock_plans.raise_()
            window.plans.register.focus_search()
        else:
            window.dock_parcels.show()
            window.dock_parcels.raise_()
            window.parcels.register.focus_search()

    def _undo_texts(self) -> None:
        """Undo and Redo say what they would do, as the workspace's history has it."""
        if not shiboken6.isValid(self.undo) or not shiboken6.isValid(self.redo):
            return
        workspace = self.window.workspace
        self.undo.setEnabled(workspace.core.can_undo())
        self.redo.setEnabled(workspace.core.can_redo())
        self.undo.setText(
            " ".join(
                (QCoreApplication.translate("MainMenus", "&Undo"), workspace.undo_text())
            ).strip()
        )
        self.redo.setText(
            " ".join(
                (QCoreApplication.translate("MainMenus", "&Redo"), workspace.redo_text())
            ).strip()
        )

    # --- dynamic menus ------------------------------------------------------------
    def rebuild_recent(self) -> None:
        """File ▸ Recent projects from the settings."""
        self.menu_recent.clear()
        recent = self.window.settings.recent_projects()
        for i, db in enumerate(recent, start=1):
            act = self.menu_recent.addAction(f"&{i} {display_name(db)}")
            act.setToolTip(db if "://" not in db else display_name(db))
            act.triggered.connect(
                lambda _c=False, d=db: self.window.project_actions.open_database(d)
            )
        self.menu_recent.setEnabled(bool(recent))

    def rebuild_layers(self) -> None:
        """View ▸ Layers: the base layers and the project's reference layers."""
        self.menu_layers.clear()
        self.layer_actions = {}
        layers = self.window.workspace.query(list_reference_layers)
        references = [layer.name for layer in layers]
        for name in (*BASE_LAYERS, *references):
            act = self.menu_layers.addAction("")
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(lambda on, n=name: self.window.map.set_layer_visible(n, on))
            self.layer_actions[name] = act
        self._layer_texts()

    def sync_layer_checks(self) -> None:
        """Tick each layer as the page shows it (the page has its own layer control too)."""
        for name, act in self.layer_actions.items():

            def tick(visible: object, a: QAction = act) -> None:
                if isinstance(visible, bool):
                    a.blockSignals(True)
                    a.setChecked(visible)
                    a.blockSignals(False)

            self.window.map.evaluate(f"kalix.layerVisible({_js_string(name)})", tick)

    def _layer_texts(self) -> None:
        names = {
            "parcels": QCoreApplication.translate("MainMenus", "Parcels"),
            "plans": QCoreApplication.translate("MainMenus", "Plan boundaries"),
            "land_use": QCoreApplication.translate("MainMenus", "Land use"),
            "basemap": QCoreApplication.translate("MainMenus", "Basemap"),
        }
        for name, act in self.layer_actions.items():
            act.setText(names.get(name, name))

    # --- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        """Menu titles and entries in the current language."""
        self.menu_file.setTitle(QCoreApplication.translate("MainMenus", "&File"))
        self.menu_edit.setTitle(QCoreApplication.translate("MainMenus", "&Edit"))
        self.menu_view.setTitle(QCoreApplication.translate("MainMenus", "&View"))
        self.menu_tools.setTitle(QCoreApplication.translate("MainMenus", "&Tools"))
        self.menu_help.setTitle(QCoreApplication.translate("MainMenus", "&Help"))
        self.new_project.setText(QCoreApplication.translate("MainMenus", "&New project…"))
        self.open_project.setText(QCoreApplication.translate("MainMenus", "&Open project…"))
        self.connect_server.setText(
            QCoreApplication.translate("MainMenus", "&Connect to PostGIS server…")
        )
        self.menu_recent.setTitle(QCoreApplication.translate("MainMenus", "&Recent projects"))
        self.quit.setText(QCoreApplication.translate("MainMenus", "&Quit"))
        self._undo_texts()
        self.find.setText(QCoreApplication.translate("MainMenus", "&Find"))
        self.new_parcel.setText(QCoreApplication.translate("MainMenus", "New &parcel"))
        self.new_plan.setText(QCoreApplication.translate("MainMenus", "New p&lan"))
        self.preferences.setText(QCoreApplication.translate("MainMenus", "&Preferences…"))
        self.menu_panels.setTitle(QCoreApplication.translate("MainMenus", "&Panels"))
        self.menu_layers.setTitle(QCoreApplication.translate("MainMenus", "&Layers"))
        self.about.setText(QCoreApplication.translate("MainMenus", "&About KalixPlan"))
        self._layer_texts()


def _js_string(text: str) -> str:
    import json

    return json.dumps(text)
