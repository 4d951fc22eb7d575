"""A zoom to a selection leaves room for the legend: nothing selected is drawn under it.

Measured in the page: the selection's bounds turned into screen pixels with
``map.latLngToContainerPoint`` and the legend's ``getBoundingClientRect``. The
actors dock's "Show on map" (matching) goes through the real main window; parcel
and plan selections are also tried on maps of several shapes, with the legend
folded and unfolded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kalixplan.maps.page import Basemap
from kalixplan.services.actors import list_actors
from kalixplan.services.map_data import map_parcels
from kalixplan.services.plans import list_plans
from kalixplan.store.engine import open_project
from ui.main_window import MainWindow
from ui.map.widget import MapWidget

pytestmark = pytest.mark.ui


# Screen rectangles (page pixels) of the map, the legend and the selection.
MEASURE = """(function (kind, ids) {
  var map = kalix.map;
  var box = map.getContainer().getBoundingClientRect();
  var legend = document.querySelector(".kx-legend").getBoundingClientRect();
  var sel = null;
  ids.forEach(function (id) {
    var b = kalix[kind][id].getBounds();
    var nw = map.latLngToContainerPoint(b.getNorthWest());
    var se = map.latLngToContainerPoint(b.getSouthEast());
    var r = { left: box.left + nw.x, top: box.top + nw.y,
      right: box.left + se.x, bottom: box.top + se.y };
    sel = sel === null ? r : { left: Math.min(sel.left, r.left), top: Math.min(sel.top, r.top),
      right: Math.max(sel.right, r.right), bottom: Math.max(sel.bottom, r.bottom) };
  });
  function plain(r) { return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }
  return { map: plain(box), legend: plain(legend), selection: sel, zoom: map.getZoom() };
})(%s, %s)"""


def page_json(qtbot: Any, widget: MapWidget, expression: str) -> Any:
    with qtbot.waitCallback(timeout=10_000) as callback:
        widget.evaluate_json(expression, callback)
    return callback.args[0]


def expect_move(qtbot: Any, widget: MapWidget) -> None:
    """Note the next end of a map move (Leaflet fires it after every fitBounds)."""
    page_json(
        qtbot,
        widget,
        "(window.kxMoved = false, kalix.map.once('moveend', function () {"
        " window.kxMoved = true; }), true)",
    )


def moved(qtbot: Any, widget: MapWidget) -> None:
    """Wait until the move noted by ``expect_move`` has ended (animations included)."""
    qtbot.waitUntil(lambda: page_json(qtbot, widget, "window.kxMoved") is True, timeout=10_000)


def measure(qtbot: Any, widget: MapWidget, kind: str, ids: list[int]) -> dict[str, Any]:
    return page_json(qtbot, widget, MEASURE % (f'"{kind}"', sorted(ids)))


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and (a["top"] < b["bottom"] and b["top"] < a["bottom"])
    )


def assert_clear_of_legend(shot: dict[str, Any]) -> None:
    """The selection is inside the map and does not touch the legend."""
    sel, legend, box = shot["selection"], shot["legend"], shot["map"]
    assert legend["right"] - legend["left"] > 100, shot  # there is a legend to avoid
    assert not overlap(sel, legend), shot
    assert box["left"] <= sel["left"] and sel["right"] <= box["right"], shot
    assert box["top"] <= sel["top"] and sel["bottom"] <= box["bottom"], shot


def test_show_on_map_from_matching_keeps_the_ranked_parcels_clear_of_the_legend(
    qtbot: Any, window: MainWindow
) -> None:
    tools = window.tools
    tools.dock_actors.show()
    tools.dock_actors.raise_()
    panel = tools.actors
    with window.project.session_scope() as session:
        actor = next(a for a in list_actors(session) if a.name == "Solfält Norrbotten AB")
    panel.select_actor(actor.id)
    panel.tabs.setCurrentWidget(panel.match)
    panel.match.top_spin.setValue(6)
    expect_move(qtbot, window.map)
    with qtbot.waitSignal(panel.showParcelsOnMap, timeout=30_000) as ranked:
        panel.match.run_match()
    ids = list(ranked.args[0])
    assert len(ids) == 6
    moved(qtbot, window.map)
    assert sorted(page_json(qtbot, window.map, "kalix.selected()")) == sorted(ids)
    assert_clear_of_legend(measure(qtbot, window.map, "parcels", ids))

    # Elsewhere and zoomed out, then "Show on map" again.
    page_json(qtbot, window.map, "(kalix.map.setView([65.7, 23.5], 9, {animate: false}), true)")
    expect_move(qtbot, window.map)
    panel.match.map_button.click()
    moved(qtbot, window.map)
    assert_clear_of_legend(measure(qtbot, window.map, "parcels", ids))


@pytest.fixture
def demo_rows(demo_path: Path) -> tuple[Any, list[Any], list[Any]]:
    project = open_project(str(demo_path))
    with project.session_scope() as session:
        parcels = map_parcels(session)
        plans = list_plans(session)
    return project, parcels, plans


@pytest.mark.parametrize("size", [(800, 800), (1000, 460), (520, 760)])
@pytest.mark.parametrize("folded", [False, True])
def test_every_zoom_to_a_selection_leaves_room_for_the_legend(
    qtbot: Any, demo_rows: tuple[Any, list[Any], list[Any]], size: tuple[int, int], folded: bool
) -> None:
    project, parcels, plans = demo_rows
    widget = MapWidget(basemap=Basemap.none())
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    with qtbot.waitSignal(widget.mapReady, timeout=60_000):
        widget.show_project(project)
    if folded:  # the legend folded to its title: less to avoid, still something
        page_json(qtbot, widget, "(document.querySelector('.kx-legend-title').click(), true)")
    area = next(p.area_name for p in parcels if p.area_name)
    selections = [
        ("parcels", [p.id for p in parcels if p.area_name == area]),  # one area
        ("parcels", [parcels[0].id, parcels[-1].id]),  # far apart
        ("parcels", [parcels[-1].id]),  # one parcel, as close as the zoom allows
        ("plans", [plans[0].id, plans[5].id]),
    ]
    for kind, ids in selections:
        expect_move(qtbot, widget)
        if kind == "parcels":
            widget.select_parcels(ids, zoom=True)
        else:
            widget.select_plans(ids, zoom=True)
        moved(qtbot, widget)
        shot = measure(qtbot, widget, kind, ids)
        if folded:
            assert shot["legend"]["bottom"] - shot["legend"]["top"] < 60, shot
        assert_clear_of_legend(shot)
    project.close()
