"""The map widget with the real QtWebEngine: loading, clicks, selection, restyle, safety."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shapely

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from ui_pages import flush, open_map
from ui_pages import map_js as js

from kalixplan.geo.crs import transformer
from kalixplan.maps.page import Basemap, build_map_html
from kalixplan.maps.style import STATUS_COLOURS
from kalixplan.services.map_data import map_data
from kalixplan.services.parcels import get_parcel, search_parcels, update_parcel
from kalixplan.services.plans import list_plans
from kalixplan.store.engine import Project
from ui.map.profile import map_cache_dir, map_profile
from ui.map.widget import MapWidget

pytestmark = pytest.mark.ui

XSS = '<img src=x onerror="window.__pwned=1">'
LOAD_TIMEOUT = 60_000


def first_parcels(project: Project, n: int = 3) -> list[Any]:
    with project.session_scope() as session:
        return search_parcels(session)[:n]


def test_demo_map_loads_all_parcels_and_layers(qtbot: Any, demo_map: MapWidget) -> None:
    assert demo_map.is_ready
    assert js(qtbot, demo_map, "Object.keys(kalix.parcels).length") == 40
    assert js(qtbot, demo_map, "kalix.visibleCount()") == 40
    assert js(qtbot, demo_map, "Object.keys(kalix.plans).length") == 13
    assert js(qtbot, demo_map, "kalix.standalone") is False
    # Drawn on a canvas (prefer_canvas), one for all vector layers.
    assert js(qtbot, demo_map, "document.querySelectorAll('canvas').length") == 1
    legend = js(qtbot, demo_map, "document.querySelector('.kx-legend').textContent")
    assert "Tillgänglig" in legend and "Detaljplanegräns" in legend
    assert demo_map.view.url().isLocalFile()


def test_parcel_click_emits_its_id(qtbot: Any, demo_map: MapWidget) -> None:
    parcel = first_parcels(demo_map.project)[1]  # type: ignore[arg-type]
    with qtbot.waitSignal(demo_map.parcelClicked, timeout=10_000) as blocker:
        demo_map.evaluate(f"kalix.parcels[{parcel.id}].fire('click')", lambda _r: None)
    assert blocker.args == [parcel.id]


def test_plan_click_emits_its_id(qtbot: Any, demo_map: MapWidget, demo_project: Project) -> None:
    with demo_project.session_scope() as session:
        plan = list_plans(session)[2]
    with qtbot.waitSignal(demo_map.planClicked, timeout=10_000) as blocker:
        demo_map.evaluate(f"kalix.plans[{plan.id}].fire('click')", lambda _r: None)
    assert blocker.args == [plan.id]


def test_ground_click_comes_back_in_the_project_crs(qtbot: Any, demo_map: MapWidget) -> None:
    x, y = 146_000.0, 7_305_500.0  # near Kalix centre in EPSG:3018
    lon, lat = transformer(3018, 4326).transform(x, y)
    script = f"kalix.map.fire('click', {{latlng: L.latLng({lat!r}, {lon!r})}})"
    with qtbot.waitSignal(demo_map.pointClicked, timeout=10_000) as blocker:
        demo_map.evaluate(script, lambda _r: None)
    got_x, got_y = blocker.args
    assert abs(got_x - x) < 1.0 and abs(got_y - y) < 1.0


def test_real_mouse_click_on_empty_ground(qtbot: Any, demo_map: MapWidget) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    # A point near the top middle of the map, clear of the controls in the corners.
    px, py = demo_map.view.width() // 2, 90
    lat, lng = js(
        qtbot,
        demo_map,
        f"(function(){{var l = kalix.map.containerPointToLatLng([{px}, {py}]); "
        "return [l.lat, l.lng];})()",
    )
    target = demo_map.view.focusProxy() or demo_map.view
    with qtbot.waitSignal(demo_map.pointClicked, timeout=10_000) as blocker:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(px, py))
    x, y = blocker.args
    ex, ey = transformer(4326, 3018).transform(lng, lat)
    metres_per_pixel = js(
        qtbot,
        demo_map,
        "40075016 * Math.cos(65.85 * Math.PI / 180) / Math.pow(2, kalix.map.getZoom() + 8)",
    )
    assert abs(x - ex) < 3 * metres_per_pixel and abs(y - ey) < 3 * metres_per_pixel


def test_select_parcels_highlights_them(qtbot: Any, demo_map: MapWidget) -> None:
    a, b, c = (p.id for p in first_parcels(demo_map.project))  # type: ignore[arg-type]
    fill_before = js(qtbot, demo_map, f"kalix.styleOf({a})")
    demo_map.select_parcels([a, b], zoom=True)
    flush(qtbot, demo_map)
    assert sorted(js(qtbot, demo_map, "kalix.selected()")) == sorted([a, b])
    info = js(qtbot, demo_map, f"kalix.styleInfo({a})")
    other = js(qtbot, demo_map, f"kalix.styleInfo({c})")
    assert info["selected"] and info["weight"] > other["weight"]
    assert info["color"] != other["color"] or info["fillOpacity"] > other["fillOpacity"]
    # The fill stays the status colour, so a status change stays visible while selected.
    assert js(qtbot, demo_map, f"kalix.styleOf({a})") == fill_before
    demo_map.select_parcels([c], zoom=False)
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.selected()") == [c]
    assert not js(qtbot, demo_map, f"kalix.styleInfo({a})")["selected"]


def test_update_parcels_restyles_without_reloading(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    with demo_project.session_scope() as session:
        row = next(p for p in search_parcels(session) if p.status == "available")
    js(qtbot, demo_map, "window.__loadMarker = 4711")
    extent_before = js(qtbot, demo_map, "kalix.extent()")
    assert js(qtbot, demo_map, f"kalix.styleOf({row.id})") == STATUS_COLOURS["available"]
    with demo_project.session_scope() as session:
        updated = update_parcel(session, row.id, row.version, {"status": "sold"})
    with qtbot.assertNotEmitted(demo_map.mapReady):
        demo_map.update_parcels([updated])
        flush(qtbot, demo_map)
    assert js(qtbot, demo_map, f"kalix.styleOf({row.id})") == STATUS_COLOURS["sold"]
    assert js(qtbot, demo_map, "window.__loadMarker") == 4711
    assert js(qtbot, demo_map, "kalix.extent()") == extent_before
    assert "Såld (6)" in js(qtbot, demo_map, "document.querySelector('.kx-legend').textContent")


def test_new_parcel_is_added_and_deleted_one_removed(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    from dataclasses import replace

    first, second = first_parcels(demo_project, 2)
    moved = shapely.affinity.translate(first.geom, 5_000, 0)
    new_row = replace(first, id=99_999, designation="Kalix Ny 1:1", geom=moved)
    demo_map.update_parcels([new_row])
    demo_map.remove_parcels([second.id])
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "Object.keys(kalix.parcels).length") == 40
    assert js(qtbot, demo_map, "99999 in kalix.parcels") is True
    assert js(qtbot, demo_map, f"{second.id} in kalix.parcels") is False
    with qtbot.waitSignal(demo_map.parcelClicked, timeout=10_000) as blocker:
        demo_map.evaluate("kalix.parcels[99999].fire('click')", lambda _r: None)
    assert blocker.args == [99_999]


def test_visible_parcels_follow_the_filter(qtbot: Any, demo_map: MapWidget) -> None:
    ids = {p.id for p in first_parcels(demo_map.project, 5)}  # type: ignore[arg-type]
    demo_map.set_visible_parcels(ids)
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.visibleCount()") == 5
    shown = js(qtbot, demo_map, "kalix.groups.parcels.getLayers().map(function(l){return l.kxId})")
    assert set(shown) == ids
    legend = js(qtbot, demo_map, "document.querySelector('.kx-legend').textContent")
    assert "Tillgänglig (14)" not in legend  # the legend counts what is shown
    demo_map.set_visible_parcels(None)
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.visibleCount()") == 40


def test_layers_can_be_hidden_and_shown(qtbot: Any, demo_map: MapWidget) -> None:
    demo_map.set_layer_visible("plans", False)
    demo_map.set_layer_visible("reference:railway", False)
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.layerVisible('plans')") is False
    assert js(qtbot, demo_map, "kalix.layerVisible('Järnväg Haparandabanan')") is False
    assert js(qtbot, demo_map, "kalix.layerVisible('land_use')") is True
    demo_map.set_layer_visible("plans", True)
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.layerVisible('plans')") is True


def test_current_extent_is_in_the_project_crs(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    with qtbot.waitCallback(timeout=10_000) as callback:
        demo_map.current_extent(callback)
    minx, miny, maxx, maxy = callback.args[0]
    with demo_project.session_scope() as session:
        geoms = [p.geom for p in search_parcels(session)]
    px0, py0, px1, py1 = shapely.total_bounds(geoms)
    # The map opened on all parcels: the extent contains them, in metres.
    assert minx <= px0 and miny <= py0 and maxx >= px1 and maxy >= py1
    assert maxx - minx < 200_000


def test_user_text_shows_as_text_and_runs_nothing(qtbot: Any, demo_project: Project) -> None:
    from kalixplan.services.reference import create_reference_layer

    with demo_project.session_scope() as session:
        row = search_parcels(session)[0]
        update_parcel(session, row.id, row.version, {"notes": XSS, "owner": XSS})
        create_reference_layer(
            session, "Lager " + XSS, "other", [("f " + XSS, row.geom.centroid, {})]
        )
    widget = open_map(qtbot, demo_project)
    demo_map = widget
    tip = js(qtbot, demo_map, f"kalix.showTooltip({row.id})")
    assert XSS in tip
    with demo_project.session_scope() as session:
        x, y = get_parcel(session, row.id).geom.centroid.coords[0]
    demo_map.show_text_popup(x, y, ["Plan " + XSS, "second line"])
    flush(qtbot, demo_map)
    popup = js(qtbot, demo_map, "document.querySelector('.leaflet-popup-content').textContent")
    assert "Plan " + XSS in popup
    control = js(qtbot, demo_map, "document.querySelector('.leaflet-control-layers').textContent")
    assert "Lager " + XSS in control
    # Nothing became an element, so nothing can fire; and nothing fired.
    assert js(qtbot, demo_map, "document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert js(qtbot, demo_map, "typeof window.__pwned") == "undefined"


def test_basemap_changes_without_reloading(qtbot: Any, demo_map: MapWidget) -> None:
    js(qtbot, demo_map, "window.__loadMarker = 1")
    demo_map.set_basemap(Basemap.osm())
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.layerVisible('basemap')") is True
    attribution = js(
        qtbot, demo_map, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "OpenStreetMap contributors" in attribution
    demo_map.set_basemap(Basemap.none())
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, "kalix.layerVisible('basemap')") is None
    assert js(qtbot, demo_map, "window.__loadMarker") == 1


class Recorder(QWebEngineUrlRequestInterceptor):
    """Records every URL the page asks for (called on Chromium's IO thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []
        self._lock = threading.Lock()

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        with self._lock:
            self.urls.append(QUrl(info.requestUrl()))

    def remote_hosts(self) -> set[str]:
        with self._lock:
            return {u.host() for u in self.urls if u.scheme() in ("http", "https")}


def test_page_requests_nothing_remote_but_tiles(qtbot: Any, demo_project: Project) -> None:
    recorder = Recorder()
    profile = map_profile()
    profile.setUrlRequestInterceptor(recorder)
    try:
        widget = open_map(qtbot, demo_project, basemap=Basemap.osm())
        # Tiles are asked for once the map has a view; offline they fail, which is fine.
        qtbot.waitUntil(lambda: bool(recorder.remote_hosts()), timeout=20_000)
        flush(qtbot, widget)
        assert recorder.remote_hosts() == {"tile.openstreetmap.org"}
        schemes = {u.scheme() for u in recorder.urls}
        assert schemes <= {"file", "qrc", "https", "data"}
    finally:
        profile.setUrlRequestInterceptor(None)


def test_inline_export_works_alone(qtbot: Any, demo_project: Project, tmp_path: Path) -> None:
    with demo_project.session_scope() as session:
        data = map_data(session, demo_project.srid, lang="en")
    path = tmp_path / "export.html"
    path.write_text(build_map_html(data, basemap=Basemap.none(), inline_assets=True), "utf-8")
    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.loadFinished, timeout=LOAD_TIMEOUT):
        view.load(QUrl.fromLocalFile(str(path)))

    def value(script: str) -> Any:
        with qtbot.waitCallback(timeout=10_000) as callback:
            view.page().runJavaScript(script, 0, callback)
        return callback.args[0]

    qtbot.waitUntil(lambda: value("window.kalix && window.kalix.ready") is True, timeout=10_000)
    assert value("Object.keys(kalix.parcels).length") == 40
    assert value("kalix.standalone") is True
    assert "Available" in value("document.querySelector('.kx-legend').textContent")
    # Without the application a click opens the parcel's facts in a popup.
    first = next(iter(data.parcels))
    value(f"kalix.parcels[{first.id}].fire('click'); 0")
    popup = value("document.querySelector('.leaflet-popup-content').textContent")
    assert first.props["designation"] in popup


def test_profile_is_persistent_with_a_disk_cache(qtbot: Any) -> None:
    profile = map_profile()
    assert not profile.isOffTheRecord()
    assert profile.httpCacheType() == QWebEngineProfile.HttpCacheType.DiskHttpCache
    assert Path(profile.cachePath()).is_relative_to(map_cache_dir())
    assert map_profile() is profile


def test_english_page(qtbot: Any, demo_project: Project) -> None:
    widget = MapWidget(basemap=Basemap.none(), lang="en")
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    with qtbot.waitSignal(widget.mapReady, timeout=LOAD_TIMEOUT):
        widget.show_project(demo_project)
    legend = js(qtbot, widget, "document.querySelector('.kx-legend').textContent")
    assert "Available (14)" in legend and "Plan boundary" in legend
    control = js(qtbot, widget, "document.querySelector('.leaflet-control-layers').textContent")
    assert "Land parcels" in control and "Detailed plans" in control


def test_pan_emits_view_changed(qtbot: Any, demo_map: MapWidget) -> None:
    with qtbot.waitSignal(demo_map.viewChanged, timeout=10_000):
        demo_map.evaluate("kalix.map.panBy([120, 40], {animate: false}); 0", lambda _r: None)


def test_parcel_losing_its_boundary_leaves_the_map(qtbot: Any, demo_map: MapWidget) -> None:
    from dataclasses import replace

    row = first_parcels(demo_map.project, 1)[0]  # type: ignore[arg-type]
    demo_map.select_parcels([row.id], zoom=False)
    demo_map.update_parcels([replace(row, geom=None)])
    flush(qtbot, demo_map)
    assert js(qtbot, demo_map, f"{row.id} in kalix.parcels") is False
    assert js(qtbot, demo_map, "kalix.selected()") == []
    assert js(qtbot, demo_map, "kalix.visibleCount()") == 39


def test_reload_shows_the_database_again(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    from kalixplan.services.parcels import delete_parcel

    row = first_parcels(demo_project, 1)[0]
    with demo_project.session_scope() as session:
        delete_parcel(session, row.id, row.version)
    js(qtbot, demo_map, "window.__loadMarker = 1")
    with qtbot.waitSignal(demo_map.mapReady, timeout=LOAD_TIMEOUT):
        demo_map.show_project(demo_project)
    assert js(qtbot, demo_map, "Object.keys(kalix.parcels).length") == 39
    assert js(qtbot, demo_map, "window.__loadMarker") is None  # a new page


def test_hovering_a_parcel_shows_its_tooltip(qtbot: Any, demo_map: MapWidget) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    row = first_parcels(demo_map.project, 1)[0]  # type: ignore[arg-type]
    demo_map.select_parcels([row.id], zoom=True)
    qtbot.waitUntil(lambda: js(qtbot, demo_map, "kalix.map.getZoom()") >= 15, timeout=10_000)
    demo_map.select_parcels([], zoom=False)
    px, py = js(
        qtbot,
        demo_map,
        f"(function(){{var p = kalix.map.latLngToContainerPoint("
        f"kalix.parcels[{row.id}].getCenter()); return [p.x, p.y];}})()",
    )
    target = demo_map.view.focusProxy() or demo_map.view
    QTest.mouseMove(target, QPoint(round(px) - 3, round(py) - 3))
    QTest.mouseMove(target, QPoint(round(px), round(py)))
    tooltip = (
        "document.querySelector('.kx-tooltip') && document.querySelector('.kx-tooltip').textContent"
    )
    qtbot.waitUntil(lambda: row.designation in (js(qtbot, demo_map, tooltip) or ""), timeout=10_000)
    assert js(qtbot, demo_map, f"kalix.styleInfo({row.id}).weight") > 2


def test_wms_basemap_asks_its_own_service(qtbot: Any, demo_project: Project) -> None:
    recorder = Recorder()
    profile = map_profile()
    profile.setUrlRequestInterceptor(recorder)
    wms = Basemap("wms", "https://maps.example.se/wms", "topowebb", "© Lantmäteriet <b>")
    try:
        widget = open_map(qtbot, demo_project, basemap=wms)
        qtbot.waitUntil(lambda: bool(recorder.remote_hosts()), timeout=20_000)
        assert recorder.remote_hosts() == {"maps.example.se"}
        with recorder._lock:
            queries = [u.query().lower() for u in recorder.urls if u.host() == "maps.example.se"]
        assert all("service=wms" in q and "layers=topowebb" in q for q in queries)
        attribution = js(
            qtbot, widget, "document.querySelector('.leaflet-control-attribution').textContent"
        )
        assert "© Lantmäteriet <b>" in attribution  # shown as text
    finally:
        profile.setUrlRequestInterceptor(None)


def test_map_gets_ready_while_hidden(qtbot: Any, demo_project: Project) -> None:
    """A window may load its map before it is shown; mapReady must still come."""
    widget = MapWidget(basemap=Basemap.none())
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    with qtbot.waitSignal(widget.mapReady, timeout=LOAD_TIMEOUT):
        widget.show_project(demo_project)
    assert js(qtbot, widget, "Object.keys(kalix.parcels).length") == 40
    widget.show()
    # Once shown it opens on the data, not on a point fitted into no space.
    with demo_project.session_scope() as session:
        x0, y0, x1, y1 = shapely.total_bounds([p.geom for p in search_parcels(session)])
    lon0, lat0 = transformer(3018, 4326).transform(x0, y0)
    lon1, lat1 = transformer(3018, 4326).transform(x1, y1)

    def shows_all() -> bool:
        w, s, e, n = js(qtbot, widget, "kalix.extent()")
        return bool(w <= lon0 and s <= lat0 and e >= lon1 and n >= lat1)

    qtbot.waitUntil(shows_all, timeout=10_000)
    demo_id = first_parcels(demo_project, 1)[0].id
    widget.select_parcels([demo_id])
    flush(qtbot, widget)
    assert js(qtbot, widget, "kalix.selected()") == [demo_id]


def test_unreadable_project_reports_load_failed(qtbot: Any, demo_project: Project) -> None:
    from sqlalchemy import text

    with demo_project.engine.begin() as conn:
        conn.execute(text("ALTER TABLE parcels RENAME TO parcels_gone"))
    widget = MapWidget(basemap=Basemap.none())
    qtbot.addWidget(widget)
    with (
        qtbot.assertNotEmitted(widget.mapReady),
        qtbot.waitSignal(widget.loadFailed, timeout=LOAD_TIMEOUT) as blocker,
    ):
        widget.show_project(demo_project)
    assert "parcels" in blocker.args[0]
    assert not widget.is_ready


FIND_INSIDE = """(function (id) {
  var plan = kalix.plans[id];
  kalix.map.fitBounds(plan.getBounds(), {animate: false, padding: [40, 40]});
  var size = kalix.map.getSize();
  function hit(layer, lp) { return layer._containsPoint && layer._containsPoint(lp); }
  var inside = null, outline = null;
  for (var y = 60; y < size.y - 40 && !(inside && outline); y += 6) {
    for (var x = 60; x < size.x - 60 && !(inside && outline); x += 6) {
      var lp = kalix.map.containerPointToLayerPoint([x, y]);
      var onLine = L.Polyline.prototype._containsPoint.call(plan, lp, true);
      var covered = Object.keys(kalix.parcels).some(function (k) {
        return hit(kalix.parcels[k], lp); });
      var areas = Object.keys(kalix.landUse).some(function (k) {
        return hit(kalix.landUse[k], lp); });
      if (onLine && !covered && !areas && !outline) { outline = [x, y]; }
      if (!onLine && hit(plan, lp) && !covered && !inside) {
        var near = L.Polyline.prototype._containsPoint;
        var ok = [[-8,0],[8,0],[0,-8],[0,8]].every(function (d) {
          return !near.call(plan, kalix.map.containerPointToLayerPoint([x + d[0], y + d[1]]), true);
        });
        if (ok) { inside = [x, y]; }
      }
    }
  }
  return [inside, outline];
})"""


def test_a_real_click_inside_a_plan_asks_what_applies_there(
    qtbot: Any, demo_map: MapWidget, demo_project: Project
) -> None:
    """Issue "The desktop application as a planner meets it", 1: a real mouse click inside
    a plan fired the plan's click (canvas hit-testing of an unfilled polygon) and never
    the point query; only the boundary line selects the plan."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    with demo_project.read_scope() as session:
        plan = next(p for p in list_plans(session) if p.designation == "2514-P101")
    inside, outline = js(qtbot, demo_map, f"{FIND_INSIDE}({plan.id})")
    assert inside and outline
    flush(qtbot, demo_map)
    qtbot.wait(300)
    target = demo_map.view.focusProxy() or demo_map.view
    plans: list[Any] = []
    demo_map.planClicked.connect(lambda i: plans.append(i))
    with qtbot.waitSignal(demo_map.pointClicked, timeout=10_000) as blocker:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(*inside))
    x, y = blocker.args
    assert plan.geom is not None and plan.geom.contains(shapely.Point(x, y))
    qtbot.wait(300)
    assert plans == []
    with qtbot.waitSignal(demo_map.planClicked, timeout=10_000) as clicked:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(*outline))
    assert clicked.args == [plan.id]
