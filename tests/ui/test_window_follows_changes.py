"""Every view follows one typed change (issue "One edit path", "What must be shown").

One ``Changes`` from the workspace reaches the parcel register, the map page, the
form, the status bar, the dashboard, the actors dock and View ▸ Layers; an
unexpected failure in a save shows one sentence and keeps what the user typed.
The window is the real one, with the real QtWebEngine page and the demo file.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shapely import affinity
from shapely.geometry import box
from sources import railway_file
from ui_pages import window_js as js

from kalixplan.app.changes import Changes, Kind, Origin
from kalixplan.maps.style import STATUS_COLOURS
from kalixplan.services.actors import interests
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.plans import add_land_use_area, list_plans
from kalixplan.store.engine import open_project
from ui.main_window import MainWindow
from ui.models.formatting import hectares

pytestmark = pytest.mark.ui

CODES_ON_PAGE = (  # through JSON: an array converts unreliably
    "JSON.stringify(Object.keys(Object.fromEntries(Object.values(kalix.landUse)"
    ".map(function (l) { return [l.kxProps.code, 1]; }))))"
)


def _stored_total_ha(demo_path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(demo_path)
    try:
        count, area = conn.execute("SELECT COUNT(*), SUM(area_m2) FROM parcels").fetchone()
    finally:
        conn.close()
    return int(count), hectares(float(area))


def test_one_parcel_change_reaches_every_view(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    panel, dashboard = window.tools.actors, window.tools.dashboard
    assert panel is not None and dashboard is not None and dashboard.data is not None
    available = {r.id: r for r in window.parcels.model.rows if r.status == "available"}
    interest = next(i for i in window.workspace.query(interests) if i.parcel_id in available)
    row = available[interest.parcel_id]
    panel.select_actor(interest.actor_id)
    window.parcels.map_clicked(row.id)
    assert window.parcels.form.row is not None and window.parcels.form.row.id == row.id
    option_before = dashboard.data.hectares("option")

    outcome = window.workspace.update(Kind.PARCELS, row, {"status": "option"})
    assert outcome.ok

    assert window.parcels.model.row_by_id(row.id).status == "option"  # the register
    assert js(qtbot, window, f"kalix.styleOf({row.id})") == STATUS_COLOURS["option"]  # the map
    form = window.parcels.form
    assert form.row.version == row.version + 1 and form.editors["status"].value() == "option"
    shown = [r for r in panel.interests.list.model.rows if r.interest.parcel_id == row.id]
    assert [r.parcel_status for r in shown] == ["option"]  # the actors dock
    qtbot.waitUntil(  # the dashboard (one refresh for a burst of changes)
        lambda: (
            dashboard.data is not None
            and dashboard.data.hectares("option") == pytest.approx(option_before + row.area_ha)
        )
    )
    assert window.menus.undo.isEnabled() and row.designation in window.menus.undo.text()


def test_the_status_bar_total_follows_an_outline_change_delete_and_undo(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    count, total = _stored_total_ha(demo_path)
    assert window.status.shown.text() == f"{count} fastigheter, {total} ha visas"
    row = max(window.parcels.model.rows, key=lambda r: r.area_m2)
    bigger = affinity.scale(row.geom, 1.5, 1.5)

    assert window.workspace.update(Kind.PARCELS, row, {"geom": bigger}).ok
    count, total = _stored_total_ha(demo_path)
    assert window.status.shown.text() == f"{count} fastigheter, {total} ha visas"

    stored = window.parcels.model.row_by_id(row.id)
    assert window.workspace.delete(Kind.PARCELS, stored).ok
    count, total = _stored_total_ha(demo_path)
    assert window.status.shown.text() == f"{count} fastigheter, {total} ha visas"

    window.menus.undo.trigger()  # the parcel is back …
    window.menus.undo.trigger()  # … with its old outline
    count, total = _stored_total_ha(demo_path)
    assert count == 40 and window.status.shown.text() == f"40 fastigheter, {total} ha visas"


def test_a_reference_import_reloads_the_map_and_the_layers_menu(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    rail = railway_file(tmp_path)
    assert window.project is not None
    options = ImportOptions("reference", ref_kind="railway", name="Ny järnväg")
    import_file(window.project, rail, options)
    assert js(qtbot, window, "kalix.reference['Ny järnväg'] === undefined") is True

    with qtbot.waitSignal(window.map.mapReady, timeout=60_000):
        window.workspace.announce(Changes.of([Kind.REFERENCE, Kind.PARCELS], origin=Origin.IMPORT))

    assert js(qtbot, window, "kalix.reference['Ny järnväg'] !== undefined") is True
    assert "Ny järnväg" in window.menus.layer_actions


def test_a_land_use_change_elsewhere_reloads_the_map(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    codes = set(json.loads(js(qtbot, window, CODES_ON_PAGE)))
    assert "J" in codes  # industry: the demo's plans have it
    code = next(c for c in ("E", "Z", "K", "H", "T", "N") if c not in codes)
    other = open_project(str(demo_path))
    try:
        with other.session_scope() as s:
            plan = list_plans(s)[0]
            x0, y0 = plan.geom.centroid.x, plan.geom.centroid.y
            add_land_use_area(s, plan.id, {"code": code, "geom": box(x0, y0, x0 + 50, y0 + 50)})
    finally:
        other.close()

    with qtbot.waitSignal(window.map.mapReady, timeout=60_000):
        window.workspace.announce(Changes.of([Kind.LAND_USE]))

    assert code in json.loads(js(qtbot, window, CODES_ON_PAGE))


def test_an_unexpected_failure_in_a_save_says_so_and_keeps_the_typing(
    qtbot: Any,
    window: MainWindow,
    demo_path: Path,
    message_boxes: list[tuple[str, str, str]],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("KALIXPLAN_LOG_DIR", str(tmp_path / "logs"))
    row = window.parcels.model.rows[0]
    window.parcels.map_clicked(row.id)
    form = window.parcels.form
    # A database fault no rule of ours knows about, inside the real file.
    conn = sqlite3.connect(demo_path)
    conn.execute(
        "CREATE TRIGGER broken BEFORE UPDATE ON parcels "
        "BEGIN SELECT RAISE(ABORT, 'the storage controller reported an I/O fault'); END"
    )
    conn.commit()
    conn.close()

    owner = form.editors["owner"].editor()
    owner.setFocus()
    qtbot.keyClicks(owner, " och Co")  # QTest types ASCII only
    typed = form.editors["owner"].value()
    with caplog.at_level(logging.ERROR, logger="kalixplan"):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    kind, _title, text = message_boxes[-1]
    assert kind == "critical"
    assert "Något oväntat hände" in text and "I/O fault" in text
    assert str(tmp_path / "logs") in text and "Traceback" not in text
    # the traceback went to the log (the masking filter may have folded it into the message)
    assert any(r.exc_info or "Traceback" in r.getMessage() for r in caplog.records)
    assert form.is_dirty() and form.editors["owner"].value() == typed  # nothing lost
    assert window.parcels.model.row_by_id(row.id).owner == row.owner  # nothing saved
    assert not window.menus.undo.isEnabled()
