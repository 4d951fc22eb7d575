"""A match shown on the real map: the panel's ranked parcels become the map's selection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from kalixplan.maps.page import Basemap
from kalixplan.services.actors import list_actors
from kalixplan.store.engine import open_project
from ui.actors.panel import ActorsPanel
from ui.map.widget import MapWidget
from ui.workspace import QtWorkspace

SHOTS = Path("/tmp/shots")


def _js(qtbot: Any, widget: MapWidget, script: str) -> Any:
    with qtbot.waitCallback(timeout=10_000) as callback:
        widget.evaluate_json(script, callback)
    return callback.args[0]


def test_ranked_parcels_are_selected_on_the_map(qtbot: Any, demo_path: Path) -> None:
    project = open_project(str(demo_path))
    split = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(split)
    panel = ActorsPanel(QtWorkspace.of(project))
    map_widget = MapWidget(basemap=Basemap.none())
    split.addWidget(panel)
    split.addWidget(map_widget)
    split.resize(1700, 800)
    split.setSizes([900, 800])
    split.show()
    with qtbot.waitSignal(map_widget.mapReady, timeout=60_000):
        map_widget.show_project(project)
    # What the main window does: the match goes to the map's selection.
    panel.showParcelsOnMap.connect(lambda ids: map_widget.select_parcels(ids, zoom=True))
    with project.session_scope() as s:
        actor = next(a for a in list_actors(s) if a.name == "Solfält Norrbotten AB")
    panel.select_actor(actor.id)
    panel.tabs.setCurrentWidget(panel.match)
    panel.match.top_spin.setValue(4)
    # Leaflet animates the zoom to the selection; the picture is taken once it has moved.
    with (
        qtbot.waitSignal(map_widget.viewChanged, timeout=5_000, raising=False),
        qtbot.waitSignal(panel.showParcelsOnMap) as ranked,
    ):
        panel.match.run_match()
    ids = ranked.args[0]
    assert len(ids) == 4
    with qtbot.waitCallback(timeout=10_000) as callback:
        map_widget.flush(callback)
    assert sorted(_js(qtbot, map_widget, "kalix.selected()")) == sorted(ids)
    SHOTS.mkdir(exist_ok=True)
    split.grab().save(str(SHOTS / "biz_match_on_map.png"))
    project.close()
