"""The status bar's permanent labels: the project, its CRS, and what the registers show."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from kalixplan.geo.crs import crs_name
from kalixplan.store.engine import Project
from ui.models.formatting import hectares
from ui.settings import display_name


class StatusLabels(QObject):
    """Three labels at the right of the status bar, kept true by ``show``.

    Attributes:
        project: the project's name (a server project without its password).
        crs: the project's reference system.
        shown: how many parcels and hectares the table and the map show now.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.project = QLabel()
        self.crs = QLabel()
        self.shown = QLabel()
        for label in (self.project, self.crs, self.shown):
            bar.addPermanentWidget(label)

    def show(self, project: Project | None, count: int, area_m2: float) -> str:
        """Show ``project`` and the shown parcels; returns the window title to use."""
        if project is None:
            self.project.setText(self.tr("No project open"))
            self.crs.setText("")
            self.shown.setText("")
            return "KalixPlan"
        name = display_name(project.db)
        self.project.setText(name)
        self.crs.setText(f"EPSG:{project.srid} {crs_name(project.srid)}")
        self.shown.setText(
            self.tr("%1 parcels, %2 ha shown")
            .replace("%1", str(count))
            .replace("%2", hectares(area_m2))
        )
        return f"{name} – KalixPlan"
