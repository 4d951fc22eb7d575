"""Plan edits reach the map at once: status, name and designation, create, delete, undo, redo.

The map page is never reloaded for these: a marker set on the page and the
widget's page generation must survive every step. Runs on a private copy of the
demo in the real main window (the fixtures of test_window).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from shapely import affinity

from kalixplan.app.changes import Changes, Kind
from kalixplan.services.plans import delete_plan, get_plan, land_use_areas, update_plan
from kalixplan.store.engine import open_project
from ui.main_window import MainWindow

pytestmark = pytest.mark.ui


def page_json(qtbot: Any, win: MainWindow, expression: str) -> Any:
    """A JavaScript expression's value on the map page (after every call queued before it)."""
    with qtbot.waitCallback(timeout=10_000) as callback:
        win.map.evaluate_json(expression, callback)
    return callback.args[0]


def plan_info(qtbot: Any, win: MainWindow, plan_id: int) -> Any:
    """What the page holds for a plan (None when it has no such plan)."""
    return page_json(qtbot, win, f"kalix.planInfo({plan_id})")


def plan_tooltip(qtbot: Any, win: MainWindow, plan_id: int) -> Any:
    """The text of the plan boundary's tooltip, opened on the page."""
    return page_json(qtbot, win, f"kalix.showPlanTooltip({plan_id})")


def land_use_tooltip(qtbot: Any, win: MainWindow, area_id: int) -> Any:
    """The text of a land-use area's tooltip, opened on the page."""
    return page_json(
        qtbot,
        win,
        f"(function (l) {{ l.openTooltip(l.getBounds().getCenter());"
        f" return l.getTooltip().getElement().textContent; }})(kalix.landUse[{area_id}])",
    )


def any_land_use(qtbot: Any, win: MainWindow, area_ids: list[int]) -> bool:
    """Whether the page shows any of these land-use areas."""
    script = "function (id) { return kalix.landUse[id] !== undefined; }"
    return bool(page_json(qtbot, win, f"{json.dumps(area_ids)}.some({script})"))


class SamePage:
    """Marks the map page; ``check()`` asserts it was not reloaded since."""

    def __init__(self, qtbot: Any, win: MainWindow) -> None:
        self.qtbot, self.win = qtbot, win
        self.generation = win.map._generation
        page_json(qtbot, win, "window.kalixTestMarker = 'same page'")

    def check(self) -> None:
        assert self.win.map._generation == self.generation
        assert page_json(self.qtbot, self.win, "window.kalixTestMarker") == "same page"


def edit_plan(win: MainWindow, plan_id: int, **values: Any) -> None:
    """Open the plan from the map, type ``values`` into its form and save."""
    win.plans.map_clicked(plan_id)
    form = win.plans.form
    for key, value in values.items():
        form.editors[key].set_value(value)
    form._edited()
    form.submit()


def stored_land_use(demo_path: Path, plan_id: int) -> list[int]:
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            return sorted(a.id for a in land_use_areas(session, plan_id))
    finally:
        project.close()


def test_status_change_restyles_and_retooltips_the_plan_without_reload(
    qtbot: Any, window: MainWindow
) -> None:
    plan = next(r for r in window.plans.model.rows if r.status == "consultation")
    page = SamePage(qtbot, window)
    before = plan_tooltip(qtbot, window, plan.id)
    assert "Samråd" in before and plan.name in before

    edit_plan(window, plan.id, status="review")

    assert window.plans.model.row_by_id(plan.id).status == "review"
    info = plan_info(qtbot, window, plan.id)
    assert info["status"] == "review"
    # Picked on the map, so still drawn as selected after the restyle.
    assert info["selected"] is True
    assert info["color"] == page_json(qtbot, window, "kalix.planStroke(" + str(plan.id) + ")")
    assert info["color"] != "#4b2a7b"
    after = plan_tooltip(qtbot, window, plan.id)
    assert "Granskning" in after and "Samråd" not in after
    page.check()

    window.menus.undo.trigger()
    assert plan_info(qtbot, window, plan.id)["status"] == "consultation"
    assert "Samråd" in plan_tooltip(qtbot, window, plan.id)
    window.menus.redo.trigger()
    assert plan_info(qtbot, window, plan.id)["status"] == "review"
    assert "Granskning" in plan_tooltip(qtbot, window, plan.id)
    page.check()


def test_plan_name_with_markup_stays_text_in_the_tooltip(qtbot: Any, window: MainWindow) -> None:
    plan = window.plans.model.rows[4]
    name = '<img src=x onerror="window.kalixPwned=1"> Hamnen'
    page = SamePage(qtbot, window)
    edit_plan(window, plan.id, name=name)

    assert plan_info(qtbot, window, plan.id)["name"] == name
    assert name in plan_tooltip(qtbot, window, plan.id)  # the markup is shown as text
    page_json(qtbot, window, f"kalix.plans[{plan.id}].fire('click') && true")
    assert page_json(qtbot, window, "typeof window.kalixPwned") == "undefined"
    assert page_json(qtbot, window, "document.querySelectorAll('img[src=\"x\"]').length") == 0
    page.check()


def test_new_designation_reaches_the_land_use_tooltips(qtbot: Any, window: MainWindow) -> None:
    plan = window.plans.model.rows[8]
    areas = plan_info(qtbot, window, plan.id)["landUse"]
    assert areas  # every demo plan has land-use areas
    assert plan.designation in land_use_tooltip(qtbot, window, areas[0])
    page = SamePage(qtbot, window)

    edit_plan(window, plan.id, designation="2514-P199")

    assert sorted(plan_info(qtbot, window, plan.id)["landUse"]) == sorted(areas)
    text = land_use_tooltip(qtbot, window, areas[0])
    assert "2514-P199" in text and plan.designation not in text
    assert "2514-P199" in plan_tooltip(qtbot, window, plan.id)
    page.check()


def test_created_plan_appears_and_undo_redo_take_it_off_and_back(
    qtbot: Any, window: MainWindow
) -> None:
    with window.project.session_scope() as session:
        model = get_plan(session, window.plans.model.rows[0].id)
    count = page_json(qtbot, window, "Object.keys(kalix.plans).length")
    page = SamePage(qtbot, window)
    values = {
        "designation": "2514-P150",
        "name": "Nya verksamhetsområdet",
        "geom": affinity.translate(model.geom, xoff=3_000.0),
    }

    created = window.workspace.create(Kind.PLANS, values).row

    assert created is not None
    info = plan_info(qtbot, window, created.id)
    assert (info["designation"], info["name"], info["status"]) == (
        "2514-P150",
        "Nya verksamhetsområdet",
        "started",
    )
    assert "Påbörjad" in plan_tooltip(qtbot, window, created.id)
    assert page_json(qtbot, window, "Object.keys(kalix.plans).length") == count + 1

    window.menus.undo.trigger()
    assert window.plans.model.row_by_id(created.id) is None
    assert plan_info(qtbot, window, created.id) is None
    assert page_json(qtbot, window, "Object.keys(kalix.plans).length") == count

    window.menus.redo.trigger()
    again = window.workspace.current_id(Kind.PLANS, created.id)  # a restored row has a new id
    assert plan_info(qtbot, window, again)["designation"] == "2514-P150"
    assert page_json(qtbot, window, "Object.keys(kalix.plans).length") == count + 1
    page.check()


def test_deleted_plan_disappears_with_its_land_use(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    for kind in ("warning", "question"):  # the confirmation, answered Yes
        monkeypatch.setattr(QMessageBox, kind, lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    plan = window.plans.model.rows[6]
    areas = plan_info(qtbot, window, plan.id)["landUse"]
    assert areas
    page = SamePage(qtbot, window)
    window.plans.map_clicked(plan.id)  # selected: it must leave the selection too

    window.plans.delete_plans([plan.id])

    assert window.plans.model.row_by_id(plan.id) is None
    assert plan_info(qtbot, window, plan.id) is None
    assert page_json(qtbot, window, "kalix.selectedPlans()") == []
    assert not any_land_use(qtbot, window, areas)
    page.check()


def test_undo_of_a_delete_brings_the_plan_back_with_its_land_use(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    plan = window.plans.model.rows[3]
    page = SamePage(qtbot, window)

    assert window.workspace.delete(Kind.PLANS, plan).ok
    assert plan_info(qtbot, window, plan.id) is None

    window.menus.undo.trigger()
    back = window.workspace.current_id(Kind.PLANS, plan.id)
    info = plan_info(qtbot, window, back)
    assert info["designation"] == plan.designation
    # Whatever undo restored in the database is what the map shows.
    assert sorted(info["landUse"]) == stored_land_use(demo_path, back)
    assert any_land_use(qtbot, window, info["landUse"]) == bool(info["landUse"])

    window.menus.redo.trigger()
    assert plan_info(qtbot, window, back) is None
    page.check()


def test_plans_written_by_another_panel_are_shown(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    renamed, deleted = window.plans.model.rows[1], window.plans.model.rows[2]
    deleted_areas = plan_info(qtbot, window, deleted.id)["landUse"]
    page = SamePage(qtbot, window)
    other = open_project(str(demo_path))
    try:
        with other.session_scope() as session:
            update_plan(session, renamed.id, renamed.version, {"name": "Omdöpt område"})
            delete_plan(session, deleted.id, deleted.version)
    finally:
        other.close()

    window.workspace.announce(Changes.of([Kind.PLANS]))

    assert plan_info(qtbot, window, renamed.id)["name"] == "Omdöpt område"
    assert "Omdöpt område" in plan_tooltip(qtbot, window, renamed.id)
    assert plan_info(qtbot, window, deleted.id) is None
    assert not any_land_use(qtbot, window, deleted_areas)
    # Every other plan keeps its land-use areas.
    assert sorted(plan_info(qtbot, window, renamed.id)["landUse"]) == stored_land_use(
        demo_path, renamed.id
    )
    page.check()


def test_plan_shown_again_is_drawn_under_the_parcels(qtbot: Any, window: MainWindow) -> None:
    """A plan and land-use areas added to the page do not cover the parcels (one canvas)."""
    plan = window.plans.model.rows[3]
    parcel = next(r for r in window.parcels.model.rows if r.plan == plan.designation)
    with window.project.session_scope() as session:
        areas = land_use_areas(session, plan.id)
    assert areas
    window.map.remove_plans([plan.id])
    window.map.update_plans([plan], areas)  # new layers: drawn last unless restacked
    assert sorted(plan_info(qtbot, window, plan.id)["landUse"]) == sorted(a.id for a in areas)
    # Zoomed in without selecting it (a selected parcel is brought to the front).
    page_json(
        qtbot,
        window,
        f"(kalix.map.fitBounds(kalix.parcels[{parcel.id}].getBounds(), {{animate: false}}), true)",
    )
    # A click in the middle of the parcel reaches the parcel, not the land use over it.
    click = f"""(function (layer) {{
      var map = kalix.map;
      var p = map.latLngToContainerPoint(layer.getBounds().getCenter());
      var box = map.getContainer().getBoundingClientRect();
      var canvas = map.getContainer().querySelector("canvas");
      canvas.dispatchEvent(new MouseEvent("click", {{
        bubbles: true, clientX: box.left + p.x, clientY: box.top + p.y }}));
      return true;
    }})(kalix.parcels[{parcel.id}])"""
    with qtbot.waitSignal(window.map.parcelClicked, timeout=5_000) as clicked:
        page_json(qtbot, window, click)
    assert clicked.args == [parcel.id]
