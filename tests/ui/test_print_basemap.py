"""Basemap tiles come from a local cache only: drawn when cached, 'unavailable' otherwise."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QColor, QImage
from shapely.geometry import box

from kalixplan.printing.spec import MapSpec
from kalixplan.services.parcels import create_parcel
from kalixplan.store.engine import create_project
from ui.printing.basemap import _tile_xy, find_tiles, zoom_for
from ui.printing.pdf import write_map_pdf

pytestmark = pytest.mark.ui


def _fill_cache(cache: Path, extent_lonlat: tuple[float, float, float, float], z: int) -> int:
    w, s, e, n = extent_lonlat
    x0, y0 = _tile_xy(w, n, z)
    x1, y1 = _tile_xy(e, s, z)
    count = 0
    for x in range(int(x0), int(x1) + 1):
        for y in range(int(y0), int(y1) + 1):
            image = QImage(256, 256, QImage.Format.Format_RGB32)
            image.fill(QColor("#cde6f5"))
            folder = cache / str(z) / str(x)
            folder.mkdir(parents=True, exist_ok=True)
            assert image.save(str(folder / f"{y}.png"))
            count += 1
    return count


def test_cached_tiles_are_drawn_and_credited(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kalixplan.geo.crs import transformer

    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    x, y = transformer(4326, 3018).transform(23.15, 65.85)
    parcel = box(x - 100, y - 100, x + 100, y + 100)
    with project.session_scope() as s:
        create_parcel(s, {"designation": "Kalix Kakel 1:1", "geom": parcel})
    spec = MapSpec(area=parcel.bounds, scale=10_000, basemap=True)
    cache = tmp_path / "tiles"
    monkeypatch.setenv("KALIXPLAN_TILE_CACHE", str(cache))
    try:
        out_none = tmp_path / "none.pdf"
        write_map_pdf(project, spec, out_none)
        with pdfplumber.open(out_none) as doc:
            assert "Bakgrundskarta ej tillgänglig" in doc.pages[0].extract_text()
            assert doc.pages[0].images == []
        z = zoom_for(10_000, 65.85)
        stored = _fill_cache(cache, (23.0, 65.80, 23.30, 65.90), z)
        extent = (x - 1550, y - 1385, x + 1550, y + 1385)
        found = find_tiles(extent, 3018, 10_000, cache)
        assert 0 < len(found.tiles) <= stored
        out = tmp_path / "tiles.pdf"
        write_map_pdf(project, spec, out)
        with pdfplumber.open(out) as doc:
            page = doc.pages[0]
            text = page.extract_text()
            assert "© OpenStreetMap contributors" in text
            assert "ej tillgänglig" not in text
            assert len(page.images) == len(found.tiles)
    finally:
        project.close()


@pytest.mark.parametrize(("scale", "zoom"), [(500, 19), (10_000, 15), (500_000, 10)])
def test_tile_count_and_zoom_stay_bounded_from_1_500_to_1_500000(
    tmp_path: Path, scale: int, zoom: int
) -> None:
    """An A3 frame at any scale looks for a bounded number of tiles, from files only."""
    from kalixplan.geo.crs import transformer
    from kalixplan.printing.paper import Paper, map_layout
    from kalixplan.printing.scale import ground_extent
    from ui.printing.basemap import MAX_TILES

    frame = map_layout(Paper.A3, True).map_frame
    centre = transformer(4326, 3018).transform(23.15, 65.85)
    extent = ground_extent(centre, frame.w, frame.h, scale)
    found = find_tiles(extent, 3018, scale, tmp_path / "empty")
    assert found.zoom == zoom
    assert 0 < found.needed <= MAX_TILES and found.tiles == []
    # A frame far too big for its zoom steps down rather than give up.
    huge = find_tiles(ground_extent(centre, 4_000.0, 4_000.0, 10_000), 3018, 10_000, tmp_path)
    assert huge.zoom < zoom_for(10_000, 65.85) and huge.needed <= MAX_TILES
