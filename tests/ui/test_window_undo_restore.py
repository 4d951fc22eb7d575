"""Undo of a delete brings back what went along, as the window shows it.

The same on both engines without Qt: ``tests/core/test_workspace.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from kalixplan.services.actors import delete_actor, get_actor, interests
from kalixplan.services.parcels import parcels_governed_by
from kalixplan.services.plans import (
    get_plan,
    land_use_areas,
    list_plans,
)
from kalixplan.store.engine import open_project
from ui.main_window import MainWindow

pytestmark = pytest.mark.ui


def _interest_facts(rows: list[Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (i.id, i.actor_id, i.stage, i.started_on, i.stage_changed_on, i.notes, i.version)
        for i in rows
    )


def _shown_in_actors_dock(win: MainWindow, designation: str) -> list[Any]:
    """The interests in ``designation`` the actors dock shows for its chosen actor."""
    panel = win.tools.actors
    assert panel is not None
    return [r for r in panel.interests.list.model.rows if r.designation == designation]


def _parcel_with_most_interests(win: MainWindow) -> tuple[int, list[Any]]:
    assert win.project is not None
    with win.project.session_scope() as s:
        every = interests(s)
    parcel_id, _ = Counter(i.parcel_id for i in every).most_common(1)[0]
    return parcel_id, [i for i in every if i.parcel_id == parcel_id]


def test_delete_then_undo_brings_the_interests_back(
    qtbot: Any, window: MainWindow, messages: list[tuple[str, str, str]]
) -> None:
    parcel_id, before = _parcel_with_most_interests(window)
    row = window.parcels.model.row_by_id(parcel_id)
    panel = window.tools.actors
    assert row is not None and panel is not None
    panel.select_actor(before[0].actor_id)
    assert _shown_in_actors_dock(window, row.designation)

    window.parcels.register.select_ids([parcel_id])
    window.parcels.register.delete_button.click()
    kind, _title, text = messages[0]
    assert kind == "question" and row.designation in text and f"({len(before)})" in text
    assert window.parcels.model.row_by_id(parcel_id) is None
    assert _shown_in_actors_dock(window, row.designation) == []

    window.menus.undo.trigger()
    back = next(r for r in window.parcels.model.rows if r.designation == row.designation)
    shown = _shown_in_actors_dock(window, row.designation)
    assert [r.interest.parcel_id for r in shown] == [back.id]
    assert shown[0].interest.stage == before[0].stage
    assert window.project is not None
    with window.project.session_scope() as s:
        after = interests(s, parcel_id=back.id)
    assert _interest_facts(after) == _interest_facts(before)
    assert len(messages) == 1  # the question only: nothing went wrong

    window.menus.redo.trigger()  # deletes them again
    assert window.parcels.model.row_by_id(back.id) is None
    assert _shown_in_actors_dock(window, row.designation) == []
    window.menus.undo.trigger()
    assert len(_shown_in_actors_dock(window, row.designation)) == 1


def test_undo_after_a_colleague_deleted_the_actor_says_what_is_missing(
    qtbot: Any, window: MainWindow, messages: list[tuple[str, str, str]], demo_path: Path
) -> None:
    parcel_id, before = _parcel_with_most_interests(window)
    assert len(before) > 1
    row = window.parcels.model.row_by_id(parcel_id)
    assert row is not None
    window.parcels.delete_parcels([parcel_id])
    other = open_project(str(demo_path))
    try:
        with other.session_scope() as s:
            gone = get_actor(s, before[0].actor_id)
            delete_actor(s, gone.id, gone.version)
    finally:
        other.close()

    window.menus.undo.trigger()
    qtbot.waitUntil(lambda: len(messages) > 1, timeout=5_000)
    kind, _title, text = messages[1]
    assert kind == "warning" and gone.name in text and row.designation in text
    assert text.count(".") == 1 and "Traceback" not in text  # one sentence
    back = next(r for r in window.parcels.model.rows if r.designation == row.designation)
    assert window.project is not None
    with window.project.session_scope() as s:
        after = interests(s, parcel_id=back.id)
    assert _interest_facts(after) == _interest_facts(before[1:])


def test_plan_deleted_in_the_register_comes_back_with_areas_and_links(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", yes)
    assert window.project is not None
    with window.project.session_scope() as s:
        plan = next(p for p in list_plans(s) if parcels_governed_by(s, p.id))
        areas = sorted((a.code, a.geom.wkb) for a in land_use_areas(s, plan.id))
        governed = sorted(p.designation for p in parcels_governed_by(s, plan.id))
    assert areas and governed

    window.plans.delete_plans([plan.id])
    assert ("Undo" in asked[0] or "Ångra" in asked[0]) and plan.designation in asked[0]
    assert window.plans.model.row_by_id(plan.id) is None
    with window.project.session_scope() as s:
        assert not [p for p in list_plans(s) if p.designation == plan.designation]

    window.menus.undo.trigger()
    back = next(r for r in window.plans.model.rows if r.designation == plan.designation)
    with window.project.session_scope() as s:
        assert sorted((a.code, a.geom.wkb) for a in land_use_areas(s, back.id)) == areas
        assert sorted(p.designation for p in parcels_governed_by(s, back.id)) == governed
        assert get_plan(s, back.id).status == plan.status
