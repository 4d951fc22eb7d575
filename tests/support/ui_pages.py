"""Helpers of the UI tests: JavaScript on the map page, opening a map, reading PDF fills.

Fixtures live in ``tests/ui/conftest.py``; these are plain functions any test imports.
"""

from __future__ import annotations

from typing import Any

from kalixplan.maps.page import Basemap
from kalixplan.store.engine import Project
from ui.app import create_main_window, make_application
from ui.main_window import MainWindow
from ui.map.widget import MapWidget
from ui.settings import AppSettings

LOAD_TIMEOUT = 60_000


def window_js(qtbot: Any, win: MainWindow, script: str) -> Any:
    """Run JavaScript on the map page (after every call queued before it) and return its value."""
    with qtbot.waitCallback(timeout=10_000) as callback:
        win.map.evaluate(script, callback)
    return callback.args[0]


def map_js(qtbot: Any, widget: MapWidget, script: str) -> Any:
    """The value of a JavaScript expression in the map page."""
    with qtbot.waitCallback(timeout=10_000) as callback:
        widget.evaluate_json(script, callback)
    return callback.args[0]


def flush(qtbot: Any, widget: MapWidget) -> None:
    """Wait until every call sent to the page has run."""
    with qtbot.waitCallback(timeout=10_000) as callback:
        widget.flush(callback)


def open_map(qtbot: Any, project: Project, basemap: Basemap | None = None) -> MapWidget:
    widget = MapWidget(basemap=basemap or Basemap.none())
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    with qtbot.waitSignal(widget.mapReady, timeout=LOAD_TIMEOUT):
        widget.show_project(project)
    return widget


def filled_with(page: Any, colour: str) -> list[dict[str, Any]]:
    """The page's filled rectangles and curves whose RGB fill is ``colour`` ('#rrggbb')."""
    rgb = tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return [
        s
        for s in page.rects + page.curves
        if s.get("fill")
        and s.get("non_stroking_color") is not None
        and len(s["non_stroking_color"]) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(s["non_stroking_color"], rgb, strict=True))
    ]


def open_window(qtbot: Any, db: str, settings: AppSettings, timeout: int = 30_000) -> MainWindow:
    """The main window on ``db`` in Swedish, shown, its project open and its map loaded."""
    make_application()
    win = create_main_window(db, "sv", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.project is not None, timeout=timeout)
    qtbot.waitUntil(lambda: win.map.is_ready, timeout=30_000)
    return win
