"""One language at a time (issue "The desktop application as a planner meets it", 7).

Every text the window shows — menus, docks, tabs, buttons, labels, group titles,
table headers and cells, combo items, placeholders, tooltips, the actors dock and
the dashboard — is read in Swedish and in English, and no word may belong only
to the other language. "Only" is taken from the catalogue itself: the words of
its English sources that no Swedish translation uses, and the other way round.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from ui_pages import open_window

from kalixplan.services.reference import list_reference_layers
from ui.main_window import MainWindow
from ui.settings import AppSettings

pytestmark = pytest.mark.ui

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "kalixplan_sv.ts"
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéü]{3,}")
# Names that are the same in both languages: products, formats, places, people.
NAMES = {
    *("kalixplan", "kalix", "leaflet", "openstreetmap", "contributors", "sweref", "epsg"),
    *("gpkg", "geopackage", "pdf", "csv", "html", "xlsx", "qgis", "postgis", "postgresql"),
    *("shapefile", "geojson", "excel", "wkt"),
    *("svenska", "english"),  # each language is named in itself
    "max",  # the same word in both languages
}


def _words(lang: str) -> set[str]:
    """Words of the catalogue's ``lang`` side that the other side never uses."""
    english, swedish = set(), set()
    for message in ET.parse(CATALOGUE).iter("message"):
        english |= {w.lower() for w in WORD.findall(message.findtext("source") or "")}
        found = message.find("translation")
        text = "".join(found.itertext()) if found is not None else ""
        swedish |= {w.lower() for w in WORD.findall(text)}
    return (english - swedish if lang == "en" else swedish - english) - NAMES


def _texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a person can read in ``window`` and its docks."""
    out: list[tuple[str, str]] = []

    def add(where: QWidget | QMenu, text: str | None) -> None:
        if text:
            out.append((f"{type(where).__name__}:{where.objectName()}", text))

    def menu(m: QMenu) -> None:
        add(m, m.title())
        for action in m.actions():
            add(m, action.text().replace("&", ""))
            if action.menu() is not None:
                menu(action.menu())

    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if action.menu() is not None:
            menu(action.menu())
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        add(w, w.toolTip())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text().replace("&", ""))
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QDockWidget):
            add(w, w.windowTitle())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):  # the cells are the user's data
                add(w, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return out


def _data(window: MainWindow) -> set[str]:
    """Words that are the user's data, shown as they were typed: layer names, file names."""
    assert window.project is not None
    words = {w.lower() for w in WORD.findall(window.project.db)}
    for layer in window.workspace.query(list_reference_layers):
        words |= {w.lower() for w in WORD.findall(layer.name)}
    return words


def _foreign(window: MainWindow, lang: str) -> list[tuple[str, str, str]]:
    other = _words("en" if lang == "sv" else "sv") - _data(window)
    found = []
    for where, text in _texts(window):
        if text.startswith("Exempeldata / Example data"):
            continue  # the example-data marker is in both languages on purpose
        for word in WORD.findall(text):
            if word.isupper():
                continue  # a code (Boverket's NATUR, VÄG) reads the same in both languages
            if word.lower() in other:
                found.append((where, word, text[:80]))
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_window_speaks_one_language(
    qtbot: Any, demo_path: Path, settings: AppSettings, lang: str
) -> None:
    settings.language = lang
    settings.show_alerts = False
    window = open_window(qtbot, str(demo_path), settings)
    window.set_language(lang)
    window.tools.dock_actors.show()
    window.tools.dock_dashboard.show()
    window.parcels.map_clicked(window.parcels.model.rows[0].id)
    window.tools.open_print()  # the print dialog, the export dialog and the import wizard
    window.tools.open_export()
    window.tools.open_import()
    qtbot.wait(200)
    foreign = _foreign(window, lang)
    for item in foreign:
        print("FOREIGN", item)
    assert foreign == []
