"""The map widget: a QWebEngineView showing the folium/Leaflet page, linked both ways.

Python → page: small JavaScript calls on ``window.kalix`` (restyle, select,
filter, layer visibility, basemap, popups) without reloading the page.
Page → Python: the ``kalixBridge`` object of one QWebChannel, reachable only
from an isolated script world (``ui/map/bridge.py``); parcel and plan clicks
arrive as ids, ground clicks as latitude/longitude that are turned back into
the project CRS here. The page may load only its own folder and tile images
from the basemap's host (``ui/map/requests.py``).

Calls made before the page is ready are queued and run, in order, once it is.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kalixplan.domain.rows import LandUseRow, ParcelRow, PlanRow
from kalixplan.maps.data import (
    DISPLAY_EPSG,
    MapData,
    features_json,
    land_use_features,
    parcel_features,
    plan_features,
    safe_json,
    thread_transformer,
)
from kalixplan.maps.page import Basemap, write_map_page
from kalixplan.process import trim_heap
from kalixplan.services.map_data import map_data
from kalixplan.store.engine import Project
from ui.map.bridge import BRIDGE_NAME, WORLD, MapBridge, bridge_script
from ui.map.profile import map_profile, register_profile_user
from ui.map.requests import PageRequestGuard, inside
from ui.map.tiled import TiledMap, TiledPlan, build_tiled
from ui.map.tiles import register_scheme, tile_handler
from ui.workers import run_in_background

log = logging.getLogger(__name__)

Extent = tuple[float, float, float, float]

# QtWebEngine needs the tiles' URL scheme before the QApplication exists.
register_scheme()

# The page is built on the "map" lane of ui.workers: one long-lived Python thread
# (pyproj keeps a context per Python thread state; its transformers are made once).
MAP_LANE = "map"


def tile_hosts(basemap: Basemap) -> set[str]:
    """The hosts a basemap's tiles come from ('{s}' subdomains spelt out)."""
    host = basemap.tile_host
    if not host:
        return set()
    if "{s}" in host:
        return {host.replace("{s}", s) for s in "abcd"}
    return {host}


class MapPage(QWebEnginePage):
    """The page of the map: stays in its own folder, opens links in the browser.

    Its settings and request guard keep it to its folder and the tile hosts:
    the page's assets are local files (so local file access stays on), but the
    guard refuses every file outside the page's folder, every other scheme and
    every remote request that is not a tile image.
    """

    def __init__(self, profile: QWebEngineProfile, parent: QWidget, folder: Path) -> None:
        super().__init__(profile, parent)
        self.folder = folder
        settings = self.settings()
        attr = QWebEngineSettings.WebAttribute
        # Tiles are the one remote resource a local page needs; the guard limits them.
        settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, True)
        # Off, leaflet.js and the other assets next to index.html would not load either.
        settings.setAttribute(attr.LocalContentCanAccessFileUrls, True)
        for off in (
            attr.JavascriptCanOpenWindows,
            attr.JavascriptCanAccessClipboard,
            attr.JavascriptCanPaste,
            attr.LocalStorageEnabled,
            attr.PluginsEnabled,
            attr.PdfViewerEnabled,
            attr.AllowRunningInsecureContent,
            attr.AllowGeolocationOnInsecureOrigins,
            attr.AllowWindowActivationFromJavaScript,
            attr.NavigateOnDropEnabled,
        ):
            settings.setAttribute(off, False)
        settings.setAttribute(attr.WebRTCPublicInterfacesOnly, True)
        self.guard = PageRequestGuard(folder, parent=self)
        self.setUrlRequestInterceptor(self.guard)

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        """Load only the map's own pages; a clicked http(s) link opens in the browser."""
        url = QUrl(url)
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in ("http", "https"):
                QDesktopServices.openUrl(url)
            return False
        return is_main_frame and inside(url, self.folder)

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        """Script errors of the page go to the application log."""
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.warning("map page: %s (%s:%s)", message, source, line)
        else:
            log.debug("map page: %s (%s:%s)", message, source, line)


class MapWidget(QWidget):
    """The interactive map of a project.

    Signals:
        mapReady: the page has loaded, drawn its layers and connected the bridge.
        parcelClicked(int): a parcel was clicked (its id).
        planClicked(int): a plan boundary was clicked (its id).
        pointClicked(float, float): the ground was clicked at (x, y) in the project CRS.
        viewChanged: the map was panned or zoomed.
        loadFailed(str): the page could not be built or loaded (what went wrong).
    """

    mapReady = Signal()  # noqa: N815 (Qt naming, part of the contract)
    parcelClicked = Signal(int)  # noqa: N815 (Qt naming, part of the contract)
    planClicked = Signal(int)  # noqa: N815 (Qt naming, part of the contract)
    pointClicked = Signal(float, float)  # noqa: N815 (Qt naming, part of the contract)
    viewChanged = Signal()  # noqa: N815 (Qt naming, part of the contract)
    loadFailed = Signal(str)  # noqa: N815 (Qt naming, part of the contract)

    def __init__(
        self, parent: QWidget | None = None, *, basemap: Basemap | None = None, lang: str = "sv"
    ) -> None:
        super().__init__(parent)
        self.basemap = basemap or Basemap.osm()
        self.lang = lang
        self.srid: int | None = None
        self.project: Project | None = None
        self.view = QWebEngineView(self)
        register_profile_user(self)
        self._folder = Path(tempfile.mkdtemp(prefix="kalixplan-map-"))
        self._page = MapPage(map_profile(), self.view, self._folder)
        self._page.guard.set_hosts(tile_hosts(self.basemap))
        self.view.setPage(self._page)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._bridge = MapBridge(
            self,
            on_ready=self._on_ready,
            on_parcel=self.parcelClicked.emit,
            on_plan=self.planClicked.emit,
            on_point=self._on_point,
            on_view=self.viewChanged.emit,
            on_hover=self._on_hover,
            on_view_needs=self._on_view_needs,
        )
        self.tiled: TiledMap | None = None  # the layers drawn as tiles, if any
        # The channel lives in the isolated world: the page's scripts cannot reach it.
        self._channel = QWebChannel(self._page)
        self._channel.registerObject(BRIDGE_NAME, self._bridge)
        self._page.setWebChannel(self._channel, WORLD)
        self._page.scripts().insert(bridge_script())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._generation = 0
        self._ready = False
        self._pending: list[tuple[str, Callable[[Any], None] | None]] = []
        self.view.loadFinished.connect(self._on_load_finished)
        folder = self._folder  # not self: the connection must not keep the widget alive
        self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        self._services: list[Any] = []  # tile services this widget made, closed with it
        services = self._services
        self.destroyed.connect(lambda *_: [s.close() for s in services])

    # ---- loading ---------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        """True between ``mapReady`` and the next (re)load."""
        return self._ready

    def set_language(self, lang: str) -> None:
        """Language of the page's labels ('sv' or 'en'); used by the next ``show_project``."""
        self.lang = lang

    def show_project(self, project: Project) -> None:
        """Build the page from the project's database and load it (emits ``mapReady``).

        The database is read and the page written on a worker thread; the
        view loads it when that is done.
        """
        self.project = project
        self.srid = project.srid
        self._generation += 1
        generation = self._generation
        self._ready = False
        srid, lang = project.srid, self.lang

        def work(_progress: Any, _cancelled: Any) -> tuple[Path, TiledPlan]:
            with project.read_scope() as session:
                plan = build_tiled(project, session)
                data = map_data(
                    session,
                    srid,
                    lang=lang,
                    tiled_parcels=plan.tiled_parcels,
                    tiled_layers=plan.tiled_layers,
                )
            if plan.service is not None:
                data = replace(data, tiled=plan.page_data(), bounds=plan.bounds() or data.bounds)
            return self._write(data, generation), plan

        def built(result: tuple[Path, TiledPlan]) -> None:  # on the UI thread
            if shiboken6.isValid(self):  # not closed while its page was being built
                page, plan = result
                if generation == self._generation:
                    self._use_tiles(plan)
                self._on_built(generation, page)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._on_build_error(generation, exc)

        run_in_background(self, "", work, built, failed, show_progress=False, lane=MAP_LANE)

    def _close_tiles(self) -> None:
        if self.tiled is not None:
            self.tiled.service.close()
            self.tiled = None

    def _use_tiles(self, plan: TiledPlan) -> None:
        self._close_tiles()
        if plan.service is None:
            return
        handler = tile_handler(map_profile())
        service = plan.service
        handler.serve(service)
        self._services[:] = [service]
        self.tiled = TiledMap(
            service,
            self._run,
            lambda: self.lang,
            lambda tiles: handler.prefetch(service, tiles),
            handler.drop_prefetch,
        )

    def show_data(self, data: MapData) -> None:
        """Show already gathered map data (emits ``mapReady``)."""
        self._close_tiles()
        self.srid = data.srid
        self._generation += 1
        self._ready = False
        self._load(self._write(data, self._generation), self._generation)

    def _write(self, data: MapData, generation: int) -> Path:
        # A fresh folder per load: the view never reads a page being rewritten.
        return write_map_page(data, self._folder / f"page{generation}", basemap=self.basemap)

    def _load(self, page: Path, generation: int) -> None:
        if generation != self._generation:
            return  # a newer show_project overtook this one
        for old in self._folder.glob("page*"):
            if old != page.parent:
                shutil.rmtree(old, ignore_errors=True)
        self.view.load(QUrl.fromLocalFile(str(page)))

    def _on_built(self, generation: int, page: Path) -> None:
        self._load(page, generation)

    def _on_build_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.error("map page could not be built", exc_info=exc)
        self.loadFailed.emit(str(exc))

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            self.loadFailed.emit(self.tr("The map page could not be loaded."))

    def _on_ready(self) -> None:
        if self.tiled is not None:
            trim_heap()  # the page's build and the index read leave freed heap behind
        self._ready = True
        pending, self._pending = self._pending, []
        for script, callback in pending:
            self._run(script, callback)
        self.mapReady.emit()

    # ---- page → Python -------------------------------------------------------
    def _on_hover(self, lat: float, lng: float) -> None:
        if self.tiled is not None:
            self.tiled.hover(lat, lng)

    def _on_view_needs(self, box: tuple[float, float, float, float], zoom: int) -> None:
        if self.tiled is not None:
            self.tiled.view_needs(box, zoom)

    def _on_point(self, lat: float, lng: float) -> None:
        if self.srid is None:
            return
        if self.tiled is not None and self.tiled.parcels is not None:
            # Tiles have no click of their own: a click on a parcel selects it.
            row = self.tiled.parcel_at(lat, lng)
            if row is not None:
                self.parcelClicked.emit(row.id)
                return
        x, y = thread_transformer(DISPLAY_EPSG, self.srid).transform(lng, lat)
        self.pointClicked.emit(float(x), float(y))

    # ---- Python → page -------------------------------------------------------
    def _run(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        if not self._ready:
            self._pending.append((script, callback))
        elif callback is None:
            self._page.runJavaScript(script, 0)
        else:
            self._page.runJavaScript(script, 0, callback)

    def evaluate(self, script: str, callback: Callable[[Any], None]) -> None:
        """Run JavaScript on the page once it is ready; ``callback(result)``.

        Only numbers, strings and booleans come back as they are (Qt drops
        arrays and objects); use :meth:`evaluate_json` for those.
        """
        self._run(script, callback)

    def evaluate_json(self, expression: str, callback: Callable[[Any], None]) -> None:
        """Evaluate a JavaScript expression and call back with its value decoded from JSON.

        ``undefined`` comes back as None, e.g. ``evaluate_json("kalix.selected()", cb)``.
        """
        script = (
            f"(function(){{var v = ({expression}); "
            'return v === undefined ? "null" : JSON.stringify(v);})()'
        )
        self._run(script, lambda text: callback(json.loads(text)))

    def flush(self, callback: Callable[[], None]) -> None:
        """Call back once every call sent before this one has run in the page."""
        self._run("0", lambda _result: callback())

    def set_basemap(self, basemap: Basemap) -> None:
        """Change the background map without reloading the page."""
        self.basemap = basemap
        self._page.guard.set_hosts(tile_hosts(basemap))
        self._run(f"kalix.setBasemap({safe_json(basemap.as_page_data())})")

    def update_parcels(self, rows: Sequence[ParcelRow]) -> None:
        """Restyle or add these parcels in place; the view stays where it is."""
        if self.srid is None:
            return
        if self.tiled is not None and self.tiled.parcels is not None:
            self.tiled.update_parcels(rows)
            return
        features = parcel_features(rows, self.srid)
        self._run(f"kalix.updateParcels({features_json(features)})")
        without_boundary = [r.id for r in rows if r.geom is None or r.geom.is_empty]
        if without_boundary:
            self.remove_parcels(without_boundary)

    def remove_parcels(self, ids: Iterable[int]) -> None:
        """Take parcels off the map (they were deleted)."""
        if self.tiled is not None and self.tiled.parcels is not None:
            self.tiled.remove_parcels([int(i) for i in ids])
            return
        self._run(f"kalix.removeParcels({json.dumps(sorted(int(i) for i in ids))})")

    def update_plans(
        self,
        rows: Sequence[PlanRow],
        land_use: Sequence[LandUseRow] | None = None,
        *,
        complete: bool = False,
    ) -> None:
        """Restyle, re-tooltip or add these plans in place; the view stays where it is.

        Args:
            rows: the plans as stored now; a plan without a boundary is taken off the map.
            land_use: the land-use areas of these plans, which replace the ones the
                map shows for them; None keeps those (renamed with their plan).
            complete: ``rows`` (and ``land_use``) are all there is; every other plan
                is taken off the map with its land-use areas.
        """
        if self.srid is None:
            return
        plans = features_json(plan_features(rows, self.srid))
        areas = "null"
        if land_use is not None:
            designations = {r.id: r.designation for r in rows}
            areas = features_json(land_use_features(land_use, self.srid, designations))
        whole = "true" if complete else "false"
        self._run(f"kalix.updatePlans({plans}, {whole}, {areas})")
        without_boundary = [r.id for r in rows if r.geom is None or r.geom.is_empty]
        if without_boundary and not complete:
            self.remove_plans(without_boundary)

    def remove_plans(self, ids: Iterable[int]) -> None:
        """Take plans and their land-use areas off the map (they were deleted)."""
        self._run(f"kalix.removePlans({json.dumps(sorted(int(i) for i in ids))})")

    def select_parcels(self, ids: Sequence[int], zoom: bool = True) -> None:
        """Highlight these parcels (and only these); zoom to them when ``zoom``.

        The zoom leaves room for the legend: the parcels end up beside or above it.
        """
        if self.tiled is not None and self.tiled.parcels is not None:
            self.tiled.select([int(i) for i in ids], zoom)
            return
        id_list = json.dumps([int(i) for i in ids])
        self._run(f"kalix.select({id_list}, {'true' if zoom else 'false'})")

    def select_plans(self, ids: Sequence[int], zoom: bool = True) -> None:
        """Highlight these plan boundaries (and only these); zoom to them when ``zoom``.

        As with parcels, the zoom leaves room for the legend.
        """
        id_list = json.dumps([int(i) for i in ids])
        self._run(f"kalix.selectPlans({id_list}, {'true' if zoom else 'false'})")

    def set_visible_parcels(self, ids: set[int] | None) -> None:
        """Show only these parcels (the table's filter); None shows all."""
        if self.tiled is not None and self.tiled.parcels is not None:
            self.tiled.set_visible(ids)
            return
        arg = "null" if ids is None else json.dumps(sorted(int(i) for i in ids))
        self._run(f"kalix.setVisible({arg})")

    def set_layer_visible(self, name: str, visible: bool) -> None:
        """Show or hide a layer.

        Args:
            name: 'parcels', 'plans', 'land_use', 'basemap', a reference layer's
                name, or 'reference:<kind>' for every reference layer of a kind.
            visible: show or hide.
        """
        self._run(f"kalix.setLayerVisible({safe_json(name)}, {'true' if visible else 'false'})")

    def current_extent(self, callback: Callable[[Extent], None]) -> None:
        """Call back with (minx, miny, maxx, maxy) of the visible map in the project CRS."""
        srid = self.srid

        def convert(result: Any) -> None:
            west, south, east, north = (float(v) for v in result)
            if srid is None:
                callback((west, south, east, north))
                return
            xs, ys = thread_transformer(DISPLAY_EPSG, srid).transform(
                [west, east, west, east], [south, south, north, north]
            )
            callback((min(xs), min(ys), max(xs), max(ys)))

        self.evaluate_json("kalix.extent()", convert)

    def show_text_popup(self, x: float, y: float, html_safe_lines: Sequence[str]) -> None:
        """Show lines of plain text in a popup at (x, y) in the project CRS.

        The lines are written into the page as text, never as markup, so they
        need no escaping by the caller.
        """
        if self.srid is None:
            return
        lng, lat = thread_transformer(self.srid, DISPLAY_EPSG).transform(x, y)
        lines = safe_json([str(line) for line in html_safe_lines])
        self._run(f"kalix.showPopup({float(lat)!r}, {float(lng)!r}, {lines})")
