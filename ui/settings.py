"""User settings (QSettings): language, basemap, recent projects, window layout; Preferences.

Settings live in the platform's native store under "KalixPlan/KalixPlan". The
environment variable ``KALIXPLAN_SETTINGS`` points them at an INI file instead,
which tests, screenshots and benchmarks use so they never touch a user's real
settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kalixplan.domain.errors import ValidationError
from kalixplan.maps.page import BASEMAP_KINDS, OSM_ATTRIBUTION, OSM_URL, Basemap
from kalixplan.store.location import describe_db, is_url, without_password
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, said

MAX_RECENT = 8


def make_qsettings() -> QSettings:
    """The QSettings store: an INI file from ``KALIXPLAN_SETTINGS`` or the native one."""
    path = os.environ.get("KALIXPLAN_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("KalixPlan", "KalixPlan")


@dataclass(frozen=True)
class BasemapChoice:
    """The basemap the user chose; converted to the map's ``Basemap`` when shown."""

    kind: str = "osm"
    url: str = ""
    layers: str = ""
    attribution: str = ""

    def to_basemap(self) -> Basemap:
        """The map's ``Basemap`` for this choice.

        Raises:
            ValidationError: the address or the layers do not fit the kind.
        """
        if self.kind == "osm":
            return Basemap("osm", OSM_URL, "", self.attribution or OSM_ATTRIBUTION)
        if self.kind == "none":
            return Basemap.none()
        return Basemap(self.kind, self.url, self.layers, self.attribution)


class AppSettings:
    """Typed access to the application's settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or make_qsettings()

    # --- language -------------------------------------------------------
    @property
    def language(self) -> str:
        """'sv' (default) or 'en'."""
        value = str(self.store.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    # --- alerts ---------------------------------------------------------
    @property
    def show_alerts(self) -> bool:
        """Show what needs acting on (reservations, periods, next steps) when a project opens."""
        return str(self.store.value("ui/show_alerts", "true")).lower() == "true"

    @show_alerts.setter
    def show_alerts(self, value: bool) -> None:
        self.store.setValue("ui/show_alerts", "true" if value else "false")

    # --- basemap --------------------------------------------------------
    @property
    def basemap(self) -> BasemapChoice:
        """The basemap choice (OpenStreetMap by default)."""
        kind = str(self.store.value("map/basemap_kind", "osm"))
        return BasemapChoice(
            kind if kind in BASEMAP_KINDS else "osm",
            str(self.store.value("map/basemap_url", "")),
            str(self.store.value("map/basemap_layers", "")),
            str(self.store.value("map/basemap_attribution", "")),
        )

    @basemap.setter
    def basemap(self, choice: BasemapChoice) -> None:
        self.store.setValue("map/basemap_kind", choice.kind)
        self.store.setValue("map/basemap_url", choice.url)
        self.store.setValue("map/basemap_layers", choice.layers)
        self.store.setValue("map/basemap_attribution", choice.attribution)

    # --- projects -------------------------------------------------------
    @property
    def last_project(self) -> str | None:
        """The project open when the application last closed."""
        value = self.store.value("projects/last", "")
        return str(value) if value else None

    @last_project.setter
    def last_project(self, db: str | None) -> None:
        self.store.setValue("projects/last", without_password(db) if db else "")

    def recent_projects(self) -> list[str]:
        """Recently opened projects, newest first."""
        value = self.store.value("projects/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for one entry
            value = [value]
        if not isinstance(value, (list, tuple)):
            value = []
        return [str(v) for v in value if v]

    def add_recent_project(self, db: str) -> None:
        """Put ``db`` first in the recent list and remember it as the last project.

        A server URL is kept without its password: settings files are not a
        safe place for one. libpq finds it in ``~/.pgpass`` (or PGPASSWORD).
        """
        db = without_password(db)
        items = [db, *(p for p in self.recent_projects() if p != db)][:MAX_RECENT]
        self.store.setValue("projects/recent", items)
        self.last_project = db

    def remove_recent_project(self, db: str) -> None:
        """Forget a project that cannot be opened any more."""
        self.store.setValue("projects/recent", [p for p in self.recent_projects() if p != db])
        if self.last_project == db:
            self.last_project = None

    # --- window ---------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved (geometry, dock state) of the main window."""
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the main window's geometry and dock layout."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()


def display_name(db: str) -> str:
    """A project as people read it: the file name, or ``user@host/dbname`` on a server."""
    if is_url(db):
        return describe_db(db)
    return os.path.basename(db) or db


class PreferencesDialog(QDialog):
    """Language and basemap."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.basemap_kind = QComboBox()
        for kind, label in (
            ("osm", self.tr("OpenStreetMap")),
            ("wms", self.tr("WMS service")),
            ("xyz", self.tr("XYZ tile service")),
            ("none", self.tr("No basemap")),
        ):
            self.basemap_kind.addItem(label, kind)
        choice = settings.basemap
        self.basemap_kind.setCurrentIndex(max(0, self.basemap_kind.findData(choice.kind)))
        self.url = QLineEdit(choice.url)
        self.url.setPlaceholderText("https://…/{z}/{x}/{y}.png  |  https://…/wms")
        self.layers = QLineEdit(choice.layers)
        self.layers.setPlaceholderText(self.tr("WMS layer names, comma separated"))
        self.attribution = QLineEdit(choice.attribution)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Basemap"), self.basemap_kind)
        form.addRow(self.tr("Service URL"), self.url)
        form.addRow(self.tr("WMS layers"), self.layers)
        form.addRow(self.tr("Attribution"), self.attribution)
        note = QLabel(self.tr("The language and the basemap change when you press OK."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.basemap_kind.currentIndexChanged.connect(self._enable_fields)
        self._enable_fields()

    def _enable_fields(self) -> None:
        kind = self.basemap_kind.currentData()
        self.url.setEnabled(kind in ("wms", "xyz"))
        self.layers.setEnabled(kind == "wms")
        self.attribution.setEnabled(kind != "none")

    def chosen_basemap(self) -> BasemapChoice:
        """The basemap as filled in."""
        kind = str(self.basemap_kind.currentData())
        if kind == "osm":
            return BasemapChoice("osm", "", "", self.attribution.text().strip())
        if kind == "none":
            return BasemapChoice("none")
        return BasemapChoice(
            kind,
            self.url.text().strip(),
            self.layers.text().strip(),
            self.attribution.text().strip(),
        )

    def chosen_language(self) -> str:
        """'sv' or 'en'."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Check the service URL before closing; the message sits next to the fields."""
        choice = self.chosen_basemap()
        if choice.kind in ("wms", "xyz") and not choice.url.startswith(("http://", "https://")):
            self.error.setText(self.tr("Enter the service's address, starting with https://."))
            self.url.setFocus()
            return
        if choice.kind == "xyz" and not all(p in choice.url for p in ("{z}", "{x}", "{y}")):
            self.error.setText(self.tr("An XYZ address needs {z}, {x} and {y} in it."))
            self.url.setFocus()
            return
        if choice.kind == "wms" and not choice.layers:
            self.error.setText(self.tr("Name at least one WMS layer."))
            self.layers.setFocus()
            return
        try:
            choice.to_basemap()
        except ValidationError as exc:
            self.error.setText(said(exc))
            return
        self.settings.language = self.chosen_language()
        self.settings.basemap = choice
        self.settings.sync()
        super().accept()
