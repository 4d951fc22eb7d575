"""The map page without Qt: data in EPSG:4326, escaping, local assets only."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import folium
import pytest
import shapely
from pyproj import Geod

from kalixplan.domain.errors import ValidationError
from kalixplan.geo.crs import transformer
from kalixplan.maps.data import MapData, parcel_features
from kalixplan.maps.page import (
    LEAFLET_VERSION,
    OSM_ATTRIBUTION,
    Basemap,
    build_map_html,
    write_map_page,
)
from kalixplan.services.map_data import map_data
from kalixplan.services.parcels import find_parcel, search_parcels, update_parcel
from kalixplan.services.reference import create_reference_layer
from kalixplan.store.engine import Project, open_project

XSS = '<img src=x onerror="window.__pwned=1">'
GEOD = Geod(ellps="GRS80")


class _AssetRefs(HTMLParser):
    """Collects every address the page would fetch: src/href of loading tags."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.inline_scripts = 0
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "embed") and values.get("src"):
            self.refs.append(str(values["src"]))
        if tag == "link" and values.get("href"):
            self.refs.append(str(values["href"]))
        if tag == "script" and not values.get("src"):
            self.inline_scripts += 1
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False


def asset_refs(html: str, folder: Path | None = None) -> list[str]:
    """Addresses the page fetches, including url(...) in its own and linked CSS."""
    parser = _AssetRefs()
    parser.feed(html)
    refs = list(parser.refs)
    css = list(parser.styles)
    if folder is not None:
        css += [(folder / r).read_text(encoding="utf-8") for r in parser.refs if r.endswith(".css")]
    for text in css:
        refs += [m.group(2) for m in re.finditer(r"url\((['\"]?)([^'\")]+)\1\)", text)]
    return refs


def remote(refs: list[str]) -> list[str]:
    return [r for r in refs if urlsplit(r).scheme in ("http", "https") or r.startswith("//")]


@pytest.fixture
def demo_data(demo_path: Path) -> MapData:
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            return map_data(session, project.srid)
    finally:
        project.close()


def test_map_data_is_in_wgs84_rounded_and_complete(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    with project.session_scope() as session:
        data = map_data(session, project.srid)
        rows = {r.id: r for r in search_parcels(session)}
    project.close()
    assert data.srid == 3018
    assert len(data.parcels) == 40
    assert len(data.plans) == 13
    assert data.land_use and data.reference
    kinds = {layer.kind for layer in data.reference}
    assert {"road", "railway", "port", "substation", "boundary"} <= kinds
    # Kalix lies around 65.8-65.95 N, 22.6-23.35 E.
    west, south, east, north = data.bounds
    assert 22.5 < west < east < 23.4 and 65.7 < south < north < 66.0
    coords = shapely.get_coordinates([f.geom for f in data.parcels])
    assert (abs(coords - coords.round(6)) < 1e-12).all()
    # Every vertex is within 0.1 m of the exact transform of the stored vertex.
    feature = data.parcels[0]
    exact = shapely.get_coordinates(rows[feature.id].geom)
    lon, lat = transformer(3018, 4326).transform(exact[:, 0], exact[:, 1])
    shown = shapely.get_coordinates(feature.geom)
    _, _, dist = GEOD.inv(lon, lat, shown[:, 0], shown[:, 1])
    assert max(dist) < 0.1
    assert feature.props["designation"] == rows[feature.id].designation
    assert feature.props["area_ha"] == round(rows[feature.id].area_m2 / 10_000, 2)


def test_user_text_is_escaped_in_the_page(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    with project.session_scope() as session:
        row = search_parcels(session)[0]
        update_parcel(session, row.id, row.version, {"notes": XSS, "area_name": "</script>" + XSS})
        create_reference_layer(
            session, "Layer " + XSS, "other", [("f " + XSS, shapely.Point(row.geom.centroid), {})]
        )
    with project.session_scope() as session:
        data = map_data(session, project.srid)
    project.close()
    html = build_map_html(data, basemap=Basemap.osm())
    assert "<img" not in html
    assert "</script><img" not in html
    assert "\\u003cimg src=x onerror=" in html
    # The data block round-trips to exactly the text the user typed.
    block = re.search(r'<script type="application/json" id="kalix-data">(.*?)</script>', html, re.S)
    assert block is not None
    payload = json.loads(block.group(1))
    parcels = payload["parcels"]
    notes = [p["notes"] for i, p in zip(parcels["id"], parcels["p"], strict=True) if i == row.id]
    assert notes == [XSS]
    assert any(layer["name"] == "Layer " + XSS for layer in payload["reference"])


def test_linked_page_loads_no_remote_asset(demo_data: MapData, tmp_path: Path) -> None:
    page = write_map_page(demo_data, tmp_path / "page", basemap=Basemap.osm())
    html = page.read_text(encoding="utf-8")
    refs = asset_refs(html, page.parent)
    assert remote(refs) == []
    local = [r for r in refs if not r.startswith(("data:", "qrc:", "#", "images/"))]
    assert "assets/leaflet.js" in local and "assets/kalixmap.js" in local
    for ref in local:
        assert (page.parent / ref).is_file(), ref
    # The channel is injected into an isolated world by the widget, not loaded by the page.
    assert "qwebchannel" not in html
    assert '"bridge":true' in html
    # Leaflet's images referenced by its stylesheet are there too.
    css_images = [r for r in refs if r.startswith("images/")]
    assert css_images
    for ref in css_images:
        assert (page.parent / "assets" / ref).is_file()
    # The tile service is the one remote address, and only as the tile template.
    hosts = {urlsplit(u).hostname for u in re.findall(r"https?://[^\s\"'<>)]+", html)}
    assert hosts <= {"tile.openstreetmap.org"}


def test_inline_page_is_self_contained(demo_data: MapData) -> None:
    html = build_map_html(demo_data, basemap=Basemap.osm(), inline_assets=True)
    refs = asset_refs(html)
    assert [r for r in refs if not r.startswith(("data:", "#"))] == []
    assert "<script src" not in html and "<link" not in html
    assert "qwebchannel" not in html
    assert f"Leaflet {LEAFLET_VERSION}" in html and "window.kalixStart" in html


def test_leaflet_is_the_version_folium_uses() -> None:
    folium_leaflet = dict(folium.Map.default_js)["leaflet"]
    assert f"leaflet@{LEAFLET_VERSION}/" in folium_leaflet
    # And folium's own class lists are left as they were.
    assert any(u.startswith("https://") for _, u in folium.Map.default_js)


def test_basemaps_are_validated() -> None:
    assert Basemap.osm().attribution == OSM_ATTRIBUTION == "© OpenStreetMap contributors"
    assert Basemap.osm().tile_host == "tile.openstreetmap.org"
    assert Basemap.none().tile_host is None
    wms = Basemap("wms", "https://maps.example.se/wms", "topowebb", "© Lantmäteriet")
    assert wms.tile_host == "maps.example.se"
    with pytest.raises(ValidationError):
        Basemap("xyz", "javascript:alert(1)//{z}/{x}/{y}")
    with pytest.raises(ValidationError):
        Basemap("xyz", "https://tiles.example.se/tiles.png")
    with pytest.raises(ValidationError):
        Basemap("wms", "https://maps.example.se/wms", "")
    with pytest.raises(ValidationError):
        Basemap("google")


def test_basemap_attribution_is_text(demo_data: MapData) -> None:
    basemap = Basemap("xyz", "https://t.example.se/{z}/{x}/{y}.png", "", "A " + XSS)
    html = build_map_html(demo_data, basemap=basemap)
    assert "<img" not in html


def test_parcels_without_boundary_are_left_out(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    with project.session_scope() as session:
        rows = search_parcels(session)
        first = find_parcel(session, rows[0].designation)
    project.close()
    from dataclasses import replace

    features = parcel_features([first, replace(rows[1], geom=None)], 3018)
    assert [f.id for f in features] == [first.id]
    assert MapData(3018, lang="en").lang == "en"
    with pytest.raises(ValueError):
        MapData(3018, lang="de")


def test_map_data_on_both_engines(project: Project) -> None:
    """The same map data from a GeoPackage and from PostGIS."""
    from datetime import date

    from shapely.geometry import LineString, box

    from kalixplan.services.parcels import create_parcel
    from kalixplan.services.plans import add_land_use_area, create_plan

    x0, y0 = 146_000.0, 7_305_000.0
    with project.session_scope() as session:
        plan = create_plan(
            session,
            {
                "designation": "2514-P900",
                "name": "Testplan <b>",
                "status": "in_force",
                "in_force_date": date(2020, 5, 1),
                "implementation_years": 10,
                "geom": box(x0, y0, x0 + 1000, y0 + 800),
            },
        )
        add_land_use_area(session, plan.id, {"code": "J", "geom": box(x0, y0, x0 + 600, y0 + 800)})
        create_parcel(
            session,
            {
                "designation": "Kalix Test 1:1",
                "status": "reserved",
                "plan": "2514-P900",
                "notes": XSS,
                "geom": box(x0 + 100, y0 + 100, x0 + 300, y0 + 300),
            },
        )
        create_reference_layer(
            session, "Väg", "road", [("E4", LineString([(x0, y0), (x0 + 2000, y0)]), {})]
        )
    with project.session_scope() as session:
        data = map_data(session, project.srid, lang="en")
    assert [f.props["designation"] for f in data.parcels] == ["Kalix Test 1:1"]
    parcel = data.parcels[0]
    assert parcel.props["plan"] == "2514-P900" and parcel.props["status"] == "reserved"
    assert parcel.props["notes"] == XSS
    assert parcel.props["area_ha"] == pytest.approx(4.0, abs=0.01)
    assert data.plans[0].props["implementation_ends"] == "2030-05-01"
    assert data.land_use[0].props == {"code": "J", "plan": "2514-P900", "max_height_m": None}
    assert data.reference[0].kind == "road" and data.reference[0].features[0].props["name"] == "E4"
    lons, lats = transformer(3018, 4326).transform(
        [x0 + 100, x0 + 300, x0 + 300, x0 + 100], [y0 + 100, y0 + 100, y0 + 300, y0 + 300]
    )
    west, south, east, north = parcel.geom.bounds
    assert (west, south, east, north) == pytest.approx(
        (min(lons), min(lats), max(lons), max(lats)), abs=1e-6
    )
    assert data.bounds == pytest.approx(parcel.geom.bounds)
    html = build_map_html(data, basemap=Basemap.none())
    assert "Testplan \\u003cb\\u003e" in html and "<b>" not in html
