"""Opening a project reshaped outside KalixPlan: the window brings it up to date and says so."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from shapely.affinity import scale

from kalixplan.geo.area import geodesic_area_m2
from kalixplan.services.parcels import search_parcels
from kalixplan.store.engine import open_project
from kalixplan.store.gpkg_binary import to_gpkg_blob
from ui.app import create_main_window, make_application

pytestmark = pytest.mark.ui


def test_the_window_recomputes_and_tells(qtbot: Any, demo_path: Path, settings: Any) -> None:
    project = open_project(str(demo_path))
    with project.read_scope() as s:
        rows = [r for r in search_parcels(s) if r.status == "available"][:3]
    project.close()
    for row in rows:  # three outlines changed by GDAL (as QGIS saves them)
        blob = to_gpkg_blob(scale(row.geom, 1.2, 1.2), 3018).hex()
        subprocess.run(
            [
                "ogrinfo",
                "-q",
                str(demo_path),
                "-sql",
                f"UPDATE parcels SET geom = X'{blob}' WHERE id = {row.id}",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    make_application()
    win = create_main_window(str(demo_path), "en", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.project is not None, timeout=30_000)
    assert win.statusBar().currentMessage() == (
        "3 parcels were edited outside KalixPlan: areas and distances recomputed."
    )
    shown = {r.id: r for r in win.parcels.model.rows}
    for row in rows:
        expected = geodesic_area_m2(scale(row.geom, 1.2, 1.2), 3018)
        assert abs(shown[row.id].area_m2 - expected) / expected < 1e-4
        assert not shown[row.id].facts_stale
    win.grab().save("/tmp/shots/window-outside-edits.png")
