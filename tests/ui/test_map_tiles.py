"""Issue "The map and the printouts at county scale": the map on 200 000 parcels.

A project of 200 000 parcels and a 200 000-polygon property map (generated here,
through the real import, never stored in the repository) is shown by the real
QtWebEngine. The parcels and the property map are tiles painted by the application
from the project database (``ui/map/tiles.py``); everything the map does is checked
on them with real mouse events and on the pixels the view shows: paint, tooltip,
selection both ways, the filter, "what applies here", and restyle after an edit and
its undo.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from ui_pages import flush, map_js, open_map

from kalixplan.app.kinds import Kind
from kalixplan.domain.codes import PARCEL_STATUS_COLOURS, ParcelStatus
from kalixplan.services.demo.synthetic import synthetic_parcels, synthetic_property_map
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.map_data import map_parcels
from kalixplan.store.engine import Project, create_project, open_project
from ui.map.widget import MapWidget

N = 200_000
# The text of every open tooltip (a plan's may be open too, where the mouse crossed it).
TOOLTIPS = (
    "Array.from(document.querySelectorAll('.kx-tooltip')).map(function (e) "
    "{ return e.textContent; }).join(' | ')"
)


@pytest.fixture(scope="module")
def county() -> Iterator[Path]:
    """A GeoPackage with 200 000 parcels and a 200 000-polygon property map (EPSG:3018)."""
    folder = Path(tempfile.mkdtemp(prefix="kalixplan-county-"))
    path = folder / "county.gpkg"
    project = create_project(str(path), 3018)
    report = import_file(
        project, synthetic_parcels(folder / "parcels.gpkg", N), ImportOptions("parcels")
    )
    assert report.imported == N
    source = synthetic_property_map(folder / "property.gpkg", N)
    options = ImportOptions(
        "reference",
        name="Fastighetsindelning",
        ref_kind="property",
        mapping={"name": "fastighetsbeteckning"},
    )
    assert import_file(project, source, options).imported == N
    project.close()
    yield path


@pytest.fixture
def county_project(county: Path) -> Iterator[Project]:
    project = open_project(str(county))
    yield project
    project.close()


def wait_tiles(qtbot: Any, widget: MapWidget) -> None:
    """Until no tile layer of the page is loading, then one more frame."""
    qtbot.waitUntil(
        lambda: (
            map_js(
                qtbot,
                widget,
                "[kalix.tiles.parcels].concat(Object.values(kalix.tiles.reference))"
                ".every(function (l) { return !l.isLoading(); })",
            )
            is True
        ),
        timeout=30_000,
    )
    qtbot.wait(250)


def go_to(qtbot: Any, widget: MapWidget, lat: float, lng: float, zoom: int) -> None:
    map_js(qtbot, widget, f"(kalix.map.setView([{lat}, {lng}], {zoom}, {{animate: false}}), 1)")
    wait_tiles(qtbot, widget)


def screen_point(qtbot: Any, widget: MapWidget, lat: float, lng: float) -> tuple[int, int]:
    x, y = map_js(
        qtbot,
        widget,
        f"(function(){{var p = kalix.map.latLngToContainerPoint([{lat}, {lng}]); return [p.x, p.y];}})()",
    )
    return round(x), round(y)


def inside_of(project: Project, parcel_id: int) -> tuple[float, float]:
    """(lat, lng) of a point well inside a parcel."""
    from pyproj import Transformer

    with project.read_scope() as session:
        row = map_parcels(session, [parcel_id])[0]
    assert row.geom is not None
    point = shapely.point_on_surface(row.geom)
    lng, lat = Transformer.from_crs(3018, 4326, always_xy=True).transform(point.x, point.y)
    return lat, lng


def look_at(qtbot: Any, widget: MapWidget, project: Project, parcel_id: int) -> tuple[int, int]:
    """Centre the map on a parcel at zoom 17, its tiles loaded; the parcel's screen point."""
    lat, lng = inside_of(project, parcel_id)
    go_to(qtbot, widget, lat, lng, 17)
    return screen_point(qtbot, widget, lat, lng)


def colour_at(widget: MapWidget, x: int, y: int) -> tuple[int, int, int]:
    image = widget.view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def nearest_status(rgb: tuple[int, int, int], background: tuple[int, int, int]) -> str | None:
    """The status whose fill (at the map's opacity over ``background``) is nearest, if near."""
    best, best_distance = None, 1e9
    for status, colour in PARCEL_STATUS_COLOURS.items():
        fill = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
        seen = 0.72 * fill + 0.28 * np.array(background)
        distance = float(np.abs(seen - np.array(rgb)).max())
        if distance < best_distance:
            best, best_distance = status.value, distance
    return best if best_distance < 40 else None


def first_ids(project: Project, count: int) -> list[int]:
    with project.read_scope() as session:
        return [r.id for r in map_parcels(session, list(range(1, count + 1)))]


def test_the_county_is_drawn_as_tiles_with_its_counts(qtbot: Any, county_project: Project) -> None:
    widget = open_map(qtbot, county_project)
    assert widget.tiled is not None and widget.tiled.parcels is not None
    assert map_js(qtbot, widget, "Object.keys(kalix.parcels).length") == 0  # no GeoJSON parcels
    assert map_js(qtbot, widget, "kalix.visibleCount()") == N
    legend = map_js(qtbot, widget, "document.querySelector('.kx-legend').textContent")
    assert "Tillgänglig (33334)" in legend or "Tillgänglig (33 334)" in legend
    assert "Fastighetsindelning" in legend
    assert map_js(qtbot, widget, "kalix.tiles.tileCount('Fastighetsindelning')") > 0
    # Zoomed in on one parcel, the pixel at its middle has its status colour.
    parcel_id = 1234
    x, y = look_at(qtbot, widget, county_project, parcel_id)
    background = colour_at(widget, 2, widget.view.height() // 2)
    with county_project.read_scope() as session:
        status = map_parcels(session, [parcel_id])[0].status
    assert nearest_status(colour_at(widget, x, y), background) == status
    assert widget.tiled.service.painted > 0


def test_tooltip_follows_a_real_mouse(qtbot: Any, county_project: Project) -> None:
    widget = open_map(qtbot, county_project)
    x, y = look_at(qtbot, widget, county_project, 5000)
    target = widget.view.focusProxy() or widget.view
    QTest.mouseMove(target, QPoint(x - 4, y - 4))
    QTest.mouseMove(target, QPoint(x, y))
    with county_project.read_scope() as session:
        designation = map_parcels(session, [5000])[0].designation
    tooltip = TOOLTIPS
    qtbot.waitUntil(lambda: designation in map_js(qtbot, widget, tooltip), timeout=10_000)
    assert widget.tiled is not None and widget.tiled.hovered == 5000
    assert map_js(qtbot, widget, "kalix.tiles.hovered()") == 5000


def test_selection_both_ways(qtbot: Any, county_project: Project) -> None:
    widget = open_map(qtbot, county_project)
    x, y = look_at(qtbot, widget, county_project, 777)
    target = widget.view.focusProxy() or widget.view
    # Map → application: a real click on the parcel names it.
    with qtbot.waitSignal(widget.parcelClicked, timeout=10_000) as clicked:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert clicked.args == [777]
    # Application → map: the selection is outlined in cyan around that parcel.
    widget.select_parcels([777], zoom=False)
    flush(qtbot, widget)
    assert map_js(qtbot, widget, "kalix.tiles.selected()") == [777]
    qtbot.wait(200)
    image = widget.view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    cyan = 0
    for dx in range(-240, 241, 2):
        for dy in range(-240, 241, 2):
            c = image.pixelColor(
                min(max(x + dx, 0), image.width() - 1), min(max(y + dy, 0), image.height() - 1)
            )
            if c.red() < 40 and c.green() > 170 and c.blue() > 220:
                cyan += 1
    assert cyan > 10
    # A large selection (5 000 parcels) comes back as a tile layer of outlines.
    many = list(range(1, 5001))
    widget.select_parcels(many, zoom=True)
    flush(qtbot, widget)
    assert map_js(qtbot, widget, "kalix.tiles.selectedCount()") == 5000
    assert map_js(qtbot, widget, "kalix.tiles.selectionShown()") is True
    assert widget.tiled is not None and len(widget.tiled.selected) == 5000


def test_the_filter_reaches_the_tiles_and_the_legend(qtbot: Any, county_project: Project) -> None:
    widget = open_map(qtbot, county_project)
    x, y = look_at(qtbot, widget, county_project, 2001)
    background = colour_at(widget, 2, widget.view.height() // 2)
    assert nearest_status(colour_at(widget, x, y), background) is not None
    keep = set(range(1, 2001))  # parcel 2001 is filtered out
    widget.set_visible_parcels(keep)
    flush(qtbot, widget)
    wait_tiles(qtbot, widget)
    assert map_js(qtbot, widget, "kalix.visibleCount()") == 2000
    assert nearest_status(colour_at(widget, x, y), background) is None
    widget.set_visible_parcels(None)
    flush(qtbot, widget)
    wait_tiles(qtbot, widget)
    assert map_js(qtbot, widget, "kalix.visibleCount()") == N
    assert nearest_status(colour_at(widget, x, y), background) is not None


def test_the_window_restyles_after_an_edit_and_its_undo_and_answers_what_applies(
    qtbot: Any, county: Path, settings: Any
) -> None:
    """The main window on the county: an edit and its undo repaint the parcel's tiles, and a
    real click on open ground asks what applies there."""
    from ui_pages import open_window

    window = open_window(qtbot, str(county), settings, timeout=120_000)
    try:
        widget = window.map
        widget.resize(1000, 700)
        row = next(r for r in window.parcels.model.rows[4000:] if r.status == "available")
        x, y = look_at(qtbot, widget, window.project, row.id)
        background = colour_at(widget, 2, widget.view.height() // 2)
        # Available -> reserved and back (PARCEL_STATUS_TRANSITIONS allow both ways).
        before, after = "available", "reserved"
        assert window.workspace.update(Kind.PARCELS, row, {"status": after}).ok
        flush(qtbot, widget)
        wait_tiles(qtbot, widget)
        qtbot.waitUntil(
            lambda: nearest_status(colour_at(widget, x, y), background) == after, timeout=10_000
        )
        assert window.workspace.undo().ok
        flush(qtbot, widget)
        wait_tiles(qtbot, widget)
        qtbot.waitUntil(
            lambda: nearest_status(colour_at(widget, x, y), background) == before, timeout=10_000
        )
        assert ParcelStatus(before) in PARCEL_STATUS_COLOURS
        # Open ground south-west of every parcel and property.
        from pyproj import Transformer

        from kalixplan.services.demo.synthetic import ORIGIN

        glng, glat = Transformer.from_crs(3018, 4326, always_xy=True).transform(
            ORIGIN[0] - 300, ORIGIN[1] - 300
        )
        go_to(qtbot, widget, glat, glng, 17)
        ground = screen_point(qtbot, widget, glat, glng)
        target = widget.view.focusProxy() or widget.view
        with qtbot.waitSignal(widget.pointClicked, timeout=10_000):
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(*ground))
        assert window.project_actions.last_answer
        Path("/tmp/shots").mkdir(exist_ok=True)
        window.grab().save("/tmp/shots/county_window.png")
    finally:
        for form in (window.parcels.form, window.plans.form):
            form.revert()


@pytest.mark.postgis
def test_tiles_on_postgis_paint_answer_the_mouse_and_follow_a_delete(
    qtbot: Any, pg_demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same tiles from a PostGIS project (GiST boxes, ``&&`` per tile): with the
    threshold at 0 the demo's parcels and reference layers are all tiles."""
    monkeypatch.setenv("KALIXPLAN_MAP_TILES_ABOVE", "0")
    project = open_project(pg_demo_db)
    try:
        widget = open_map(qtbot, project)
        assert widget.tiled is not None and widget.tiled.parcels is not None
        assert len(widget.tiled.service.layers) > 2  # parcels, selection, reference layers
        with project.read_scope() as session:
            rows = [r for r in map_parcels(session) if r.status == "available"]
        row = max(rows, key=lambda r: r.area_m2)
        lat, lng = inside_of(project, row.id)
        go_to(qtbot, widget, lat, lng, 16)
        x, y = screen_point(qtbot, widget, lat, lng)
        background = colour_at(widget, 2, widget.view.height() // 2)
        assert nearest_status(colour_at(widget, x, y), background) == "available"
        target = widget.view.focusProxy() or widget.view
        QTest.mouseMove(target, QPoint(x - 3, y - 3))
        QTest.mouseMove(target, QPoint(x, y))
        tooltip = TOOLTIPS
        qtbot.waitUntil(lambda: row.designation in map_js(qtbot, widget, tooltip), timeout=10_000)
        with qtbot.waitSignal(widget.parcelClicked, timeout=10_000) as clicked:
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        assert clicked.args == [row.id]
        # Deleted: its tiles are painted again without it, and the legend counts one less.
        count = map_js(qtbot, widget, "kalix.visibleCount()")
        widget.remove_parcels([row.id])
        flush(qtbot, widget)
        wait_tiles(qtbot, widget)
        assert map_js(qtbot, widget, "kalix.visibleCount()") == count - 1
        qtbot.waitUntil(
            lambda: nearest_status(colour_at(widget, x, y), background) != "available",
            timeout=10_000,
        )
    finally:
        project.close()
