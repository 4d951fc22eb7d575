"""The main window with the real map: loading, two-way selection, edits with undo, escaping.

Every test runs on a private copy of the demo database and a temporary settings
file; they wait on signals, JavaScript callbacks and conditions, never on sleeps.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from ui_pages import window_js as js

from kalixplan.maps.style import STATUS_COLOURS
from kalixplan.services.parcels import ParcelFilter, get_parcel, search_parcels
from kalixplan.store.engine import open_project
from ui.app import create_main_window, make_application
from ui.main_window import MainWindow
from ui.models.base import ID_ROLE
from ui.settings import AppSettings

pytestmark = pytest.mark.ui


def selected_on_map(qtbot: Any, win: MainWindow) -> list[int]:
    """The ids ``kalix.selected()`` reports (through JSON: a Set-made array converts unreliably)."""
    return list(json.loads(js(qtbot, win, "JSON.stringify(kalix.selected())")))


def parcel_with_status(win: MainWindow, status: str) -> Any:
    """A parcel of the demo with ``status``."""
    return next(r for r in win.parcels.model.rows if r.status == status)


def test_demo_map_loads_in_the_main_window(qtbot: Any, window: MainWindow) -> None:
    assert window.parcels.model.rowCount() == 40
    assert window.plans.model.rowCount() == 13
    assert js(qtbot, window, "Object.keys(kalix.parcels).length") == 40
    assert window.banner.isVisible()
    assert "Exempeldata / Example data" in window.banner.text()
    assert "EPSG:3018" in window.status.crs.text()
    assert window.status.shown.text().startswith("40 ")


def test_parcel_clicked_on_map_selects_row_and_opens_form(qtbot: Any, window: MainWindow) -> None:
    target = window.parcels.model.rows[7]
    js(qtbot, window, f"kalix.parcels[{target.id}].fire('click'); true")
    qtbot.waitUntil(lambda: window.parcels.register.selected_ids() == [target.id], timeout=5_000)
    assert window.parcels.form.row is not None and window.parcels.form.row.id == target.id
    assert window.details.currentWidget() is window.parcels.form
    assert window.parcels.form.editors["designation"].value() == target.designation
    assert selected_on_map(qtbot, window) == [target.id]


def test_row_selected_in_table_is_highlighted_on_map(qtbot: Any, window: MainWindow) -> None:
    register = window.parcels.register
    proxy_row = 3
    wanted = int(register.proxy.index(proxy_row, 0).data(ID_ROLE))
    register.table.selectRow(proxy_row)
    assert selected_on_map(qtbot, window) == [wanted]
    info = json.loads(js(qtbot, window, f"JSON.stringify(kalix.styleInfo({wanted}))"))
    assert info["selected"] is True


def test_status_edit_restyles_map_without_reload_and_undo_restores(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    row = parcel_with_status(window, "available")
    js(qtbot, window, "window.kalixTestMarker = 'same page'; true")
    assert js(qtbot, window, f"kalix.styleOf({row.id})") == STATUS_COLOURS["available"]

    window.parcels.map_clicked(row.id)
    form = window.parcels.form
    form.editors["status"].set_value("reserved")
    form._edited()
    form.submit()

    assert js(qtbot, window, f"kalix.styleOf({row.id})") == STATUS_COLOURS["reserved"]
    assert js(qtbot, window, "window.kalixTestMarker") == "same page"  # no reload
    assert _stored(demo_path, row.id).status == "reserved"
    assert window.parcels.model.row_by_id(row.id).status == "reserved"

    window.menus.undo.trigger()
    assert _stored(demo_path, row.id).status == "available"
    assert js(qtbot, window, f"kalix.styleOf({row.id})") == STATUS_COLOURS["available"]
    assert window.parcels.model.row_by_id(row.id).status == "available"

    window.menus.redo.trigger()
    assert _stored(demo_path, row.id).status == "reserved"
    assert js(qtbot, window, f"kalix.styleOf({row.id})") == STATUS_COLOURS["reserved"]
    assert js(qtbot, window, "window.kalixTestMarker") == "same page"


def _stored(demo_path: Path, parcel_id: int) -> Any:
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            return get_parcel(session, parcel_id)
    finally:
        project.close()


def test_note_with_markup_stays_text_everywhere(qtbot: Any, window: MainWindow) -> None:
    row = window.parcels.model.rows[0]
    note = '<img src=x onerror="window.kalixPwned=1"> ring Anna'
    window.parcels.map_clicked(row.id)
    form = window.parcels.form
    form.editors["notes"].set_value(note)
    form._edited()
    form.submit()

    stored = window.parcels.model.row_by_id(row.id)
    assert stored.notes == note
    assert form.editors["notes"].value() == note  # plain text in the form
    model = window.parcels.model
    cell = model.index(model.position_of(row.id), model.column_of("notes"))
    assert cell.data().startswith("<img src=x")  # shown as text in the table
    assert "&lt;img" in model.data(cell, _tooltip_role())  # the tooltip is escaped

    tooltip = js(qtbot, window, f"kalix.tooltipText({row.id})")
    assert "<img src=x" in tooltip or "ring Anna" in tooltip
    js(qtbot, window, f"kalix.parcels[{row.id}].fire('click'); true")
    assert js(qtbot, window, "typeof window.kalixPwned") == "undefined"
    assert js(qtbot, window, "document.querySelectorAll('img[src=\"x\"]').length") == 0


def test_stale_edit_opens_conflict_dialog_with_both_values(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    row = window.parcels.model.rows[2]
    window.parcels.map_clicked(row.id)
    form = window.parcels.form

    colleague = open_project(str(demo_path))
    try:
        with colleague.session_scope() as session:
            from kalixplan.services.parcels import update_parcel

            update_parcel(session, row.id, row.version, {"owner": "Kollegans Bolag AB"})
    finally:
        colleague.close()

    form.editors["owner"].set_value("Mitt Bolag AB")
    form._edited()
    form.submit()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is not None, timeout=5_000)
    dialog = window.project_actions.conflict_dialog
    cells = {
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    }
    assert {"Mitt Bolag AB", "Kollegans Bolag AB"} <= cells
    assert form.is_dirty()  # nothing of the user's is thrown away while deciding

    dialog.reapply_button.click()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is None, timeout=5_000)
    assert _stored(demo_path, row.id).owner == "Mitt Bolag AB"
    assert window.parcels.model.row_by_id(row.id).owner == "Mitt Bolag AB"


def test_conflict_reload_takes_the_colleagues_version(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    row = window.parcels.model.rows[4]
    window.parcels.map_clicked(row.id)
    colleague = open_project(str(demo_path))
    try:
        with colleague.session_scope() as session:
            from kalixplan.services.parcels import update_parcel

            update_parcel(session, row.id, row.version, {"price_sek_m2": 321.0})
    finally:
        colleague.close()
    form = window.parcels.form
    form.editors["price_sek_m2"].line.setText("99,5")
    form._edited()
    form.submit()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is not None, timeout=5_000)
    window.project_actions.conflict_dialog.reload_button.click()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is None, timeout=5_000)
    assert form.editors["price_sek_m2"].value() == 321.0
    assert _stored(demo_path, row.id).price_sek_m2 == 321.0


def test_swedish_and_english_labels_switch(window: MainWindow) -> None:
    model = window.parcels.model
    status_col = model.column_of("status")
    available = next(i for i, r in enumerate(model.rows) if r.status == "available")
    assert window.menu_file.title() == "&Arkiv"
    assert model.headerData(0, _horizontal()) == "Fastighetsbeteckning"
    assert model.index(available, status_col).data() == "Tillgänglig"
    assert window.dock_parcels.windowTitle() == "Fastigheter"

    window.set_language("en")
    assert window.menu_file.title() == "&File"
    assert model.headerData(0, _horizontal()) == "Designation"
    assert model.index(available, status_col).data() == "Available"
    assert window.dock_parcels.windowTitle() == "Parcels"
    assert window.parcels.form.labels["status"].text().startswith("Status")

    window.set_language("sv")
    assert window.menu_edit.title() == "&Redigera"
    assert window.parcels.form.labels["owner"].text() == "Ägare"


def _tooltip_role() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_filter_shows_the_same_parcels_in_table_and_map(qtbot: Any, window: MainWindow) -> None:
    panel = window.parcels.filter_panel
    for value, box in panel.status_boxes.items():
        box.setChecked(value == "available")
    qtbot.waitUntil(
        lambda: all(r.status == "available" for r in window.parcels.model.rows), timeout=5_000
    )
    with window.project.session_scope() as session:
        expected = {
            r.id for r in search_parcels(session, ParcelFilter(statuses=frozenset({"available"})))
        }
    assert set(window.parcels.shown_ids()) == expected
    assert js(qtbot, window, "kalix.visibleCount()") == len(expected)
    assert window.status.shown.text().startswith(f"{len(expected)} ")

    window.parcels.register.search.setText("Töre")
    shown = window.parcels.shown_ids()
    assert 0 < len(shown) < len(expected)
    assert js(qtbot, window, "kalix.visibleCount()") == len(shown)

    window.parcels.register.search.clear()
    panel.reset()
    assert js(qtbot, window, "kalix.visibleCount()") == 40


def test_click_on_ground_tells_what_applies_here(qtbot: Any, window: MainWindow) -> None:
    plan = next(r for r in window.plans.model.rows if r.status == "in_force")
    with window.project.session_scope() as session:
        from kalixplan.services.plans import get_plan

        geom = get_plan(session, plan.id).geom
    point = geom.representative_point()
    window.map.pointClicked.emit(point.x, point.y)
    lines = window.project_actions.last_answer
    assert any(line.startswith("2514-P") for line in lines)
    popup = js(
        qtbot,
        window,
        "(document.querySelector('.leaflet-popup-content') || {}).textContent || ''",
    )
    assert any(line.split()[0] in popup for line in lines[1:2])
    assert "2514-P" in window.statusBar().currentMessage()
    # The legend folds while the answer is open (it hid the answer's end at 1366x768)
    # and unfolds as the user left it when the answer closes.
    folded = "document.querySelector('.kx-legend').classList.contains('kx-collapsed')"
    assert js(qtbot, window, folded) is True
    js(qtbot, window, "(document.querySelector('.leaflet-popup-close-button').click(), 1)")
    assert js(qtbot, window, folded) is False


def test_invalid_value_is_shown_next_to_its_field(window: MainWindow) -> None:
    row = window.parcels.model.rows[1]
    window.parcels.map_clicked(row.id)
    form = window.parcels.form
    form.editors["designation"].set_value("utan beteckning")
    form.editors["power_mw"].line.setText("mycket")
    form._edited()
    form.submit()
    assert form.errors["power_mw"].isVisible()  # typed text is not a number
    form.editors["power_mw"].line.setText("")
    form.submit()
    assert form.errors["designation"].isVisible()  # the service refused it
    assert "block:enhet" in form.errors["designation"].text()  # in the window's Swedish
    assert window.parcels.model.row_by_id(row.id).designation == row.designation
    assert form.is_dirty()  # the typed values are kept for correcting
    form.revert()


def test_new_parcel_then_undo_removes_it(qtbot: Any, window: MainWindow) -> None:
    window.menus.new_parcel.trigger()
    form = window.parcels.form
    assert form.row is None and form.isEnabled()
    form.editors["designation"].set_value("Kalix Testet 9:99")
    form._edited()
    form.submit()
    assert window.parcels.model.rowCount() == 41
    window.menus.undo.trigger()
    assert window.parcels.model.rowCount() == 40
    window.menus.redo.trigger()
    assert window.parcels.model.rowCount() == 41


def test_layout_and_recent_projects_are_remembered(
    qtbot: Any, window: MainWindow, settings: AppSettings, demo_path: Path
) -> None:
    window.resize(760, 700)  # within the offscreen screen (800×800)
    expected = window.size()
    window.dock_filter.close()
    window.close()
    assert settings.last_project == str(demo_path)
    assert settings.recent_projects()[0] == str(demo_path)
    geometry, state = settings.window_state()
    assert geometry is not None and state is not None
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.width() == expected.width()  # the height is capped by the small offscreen screen
    assert not again.dock_filter.isVisible()
    assert again.dock_parcels.isVisible()
    assert again.menus.menu_recent.actions()[0].text().endswith("demo.gpkg")


def test_first_start_opens_the_demo_with_banner(
    qtbot: Any, settings: AppSettings, tmp_path: Path
) -> None:
    make_application()
    win = create_main_window(None, "sv", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.project is not None, timeout=120_000)
    assert Path(win.project.db).is_relative_to(tmp_path / "data")
    assert win.banner.isVisible()
    assert win.parcels.model.rowCount() == 40
    qtbot.waitUntil(lambda: win.map.is_ready, timeout=30_000)
    win.close()


def test_plan_provisions_in_the_form_and_what_applies_in_both_languages(
    qtbot: Any, window: MainWindow
) -> None:
    """The plan form lists the plan's egenskapsbestämmelser (h1, e1, prickmark, the
    utfartsförbud line) with their values; a click on the ground lists those that apply
    there, in the window's language."""
    from kalixplan.services.provisions import list_provisions

    plan = next(r for r in window.plans.model.rows if r.status == "in_force")
    window.plans.map_clicked(plan.id)
    texts = window.plans.form.provisions.text().splitlines()
    assert texts[0] == "Egenskapsbestämmelse"
    assert any(t.startswith("• h1 – Högsta nockhöjd") for t in texts), texts
    # The wording says its value; a value the wording lacks is added (see below).
    assert "• e1 – Största byggnadsarea är 50 % av fastighetsarean" in texts, texts
    assert "   Motiv: Avstånd till gatan för snöupplag och sikt." in texts, texts
    assert window.plans.form.provisions_box.title() == "Planbestämmelser"
    with window.project.read_scope() as session:
        h1 = next(p for p in list_provisions(session, plan.id) if p.code == "h1")
    assert h1.geom is not None
    point = h1.geom.representative_point()
    window.map.pointClicked.emit(point.x, point.y)
    lines = window.project_actions.last_answer
    assert any(line.strip().startswith("h1 – Högsta nockhöjd") for line in lines), lines
    window.set_language("en")
    assert window.plans.form.provisions.text().startswith("Property provision\n")
    assert window.plans.form.provisions_box.title() == "Provisions (planbestämmelser)"
    from dataclasses import replace

    from ui.i18n import provision_text

    bare = replace(h1, wording="Högsta nockhöjd")
    assert provision_text(bare) == "h1 – Högsta nockhöjd (at most 18 m)"
    Path("/tmp/shots").mkdir(exist_ok=True)
    window.plans.form.grab().save("/tmp/shots/plan_form_provisions_en.png")


def test_plan_documents_are_added_with_their_kind_and_removed(
    qtbot: Any, window: MainWindow, messages: list[tuple[str, str, str]]
) -> None:
    """The plan form's documents: added through the dialog with their NS kind (a planning
    study with its type), listed in the window's language, removed after asking."""
    from kalixplan.services.documents import documents_of

    with window.project.read_scope() as s:
        plan = next(
            r
            for r in window.plans.model.rows
            if r.status == "in_force" and not documents_of(s, "plans", r.id)
        )
        linked = next(r for r in window.plans.model.rows if documents_of(s, "plans", r.id))
    window.plans.map_clicked(linked.id)  # the demo links a few plans' documents
    box = window.plans.form.documents_box
    assert box.list.count() == 4 and "Plankarta (exempel) — Plankarta" in [
        box.list.item(i).text() for i in range(4)
    ]
    window.plans.map_clicked(plan.id)
    assert box.list.count() == 0
    assert box.isEnabled() and box.title() == "Planhandlingar"
    box.add_button.click()
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.basis.isEnabled()  # only a planning study has a type
    dialog.title.setText("Geoteknisk utredning 2016")
    dialog.link.setText("https://www.kalix.se/planer/geoteknik.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("planeringsunderlag"))
    assert dialog.basis.isEnabled()
    dialog.basis.setCurrentIndex(dialog.basis.findData("geoteknisk utredning"))
    dialog.accept()
    with window.project.read_scope() as s:
        [stored] = documents_of(s, "plans", plan.id)
    assert (stored.kind, stored.basis_type) == ("planeringsunderlag", "geoteknisk utredning")
    assert box.list.item(0).text() == (
        "Geoteknisk utredning 2016 — Planeringsunderlag: geoteknisk utredning"
    )
    window.set_language("en")
    assert (
        box.list.item(0).text() == "Geoteknisk utredning 2016 — Planning study: geotechnical study"
    )
    box.list.setCurrentRow(0)
    box.remove_button.click()
    assert messages[-1][0] == "question"
    with window.project.read_scope() as s:
        assert documents_of(s, "plans", plan.id) == []
    assert box.list.count() == 0


def test_the_plan_form_shows_the_plans_versions(qtbot: Any, window: MainWindow) -> None:
    """Each save is a version on the form, newest first, with who and what changed."""
    plan = next(r for r in window.plans.model.rows if r.status == "in_force")
    window.plans.map_clicked(plan.id)
    form = window.plans.form
    form.editors["name"].set_value(plan.name + " (ny)")
    form._edited()
    form.submit()
    qtbot.waitUntil(lambda: f"v{plan.version + 1} · " in form.history.text(), timeout=5_000)
    first = form.history.text().splitlines()
    assert first[0].startswith(f"v{plan.version + 1} · ") and "tester" in first[0]
    assert f"Namn: {plan.name} → {plan.name} (ny)" in first[1]
    assert form.history_box.title() == "Versioner"
    assert any("registrerad" in line for line in first)


def test_an_extension_of_the_implementation_period_from_the_plan_form(
    qtbot: Any, window: MainWindow, messages: list[tuple[str, str, str]]
) -> None:
    """PBL 4 kap. 24 §: the plan form records an extension; the plan's end moves on in the
    form and the register; a sixth year is refused in one sentence."""
    from datetime import date, timedelta

    plan = next(
        r
        for r in window.plans.model.rows
        if r.status == "in_force" and r.implementation_ends is not None
        and r.implementation_ends > date.today()
    )  # fmt: skip
    window.plans.map_clicked(plan.id)
    box = window.plans.form.periods_box
    assert box.title() == "Förlängd eller förnyad genomförandetid" and box.isEnabled()
    box.add_button.click()
    dialog = box.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("extension"))
    dialog.years.setValue(3)
    dialog.adopted.setDate(date.today() - timedelta(days=1))
    dialog.case.setText("KS 2026/77")
    dialog.accept()
    assert plan.implementation_ends is not None
    new_end = plan.implementation_ends.replace(year=plan.implementation_ends.year + 3)
    qtbot.waitUntil(
        lambda: window.plans.model.row_by_id(plan.id).implementation_ends == new_end, timeout=5_000
    )
    assert box.list.item(0).text().startswith("Förlängning med 3 år, antagen")
    ends = window.plans.form.editors["implementation_ends_ro"]
    qtbot.waitUntil(lambda: ends.label.text() == new_end.isoformat(), timeout=5_000)
    # The spin box stops at five; the service says why a sixth would not do.
    assert dialog.years.maximum() == 5
