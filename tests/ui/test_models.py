"""The Qt item models over service rows: Qt's model checks, sorting, quick search, updates."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from kalixplan.services.parcels import search_parcels
from kalixplan.services.plans import list_plans
from kalixplan.store.engine import open_project
from ui.i18n import clear_language, install_language
from ui.models.base import ID_ROLE, SORT_ROLE
from ui.models.parcels import ParcelTableModel
from ui.models.plans import PlanTableModel
from ui.panels.register import RegisterProxyModel

pytestmark = pytest.mark.ui


@pytest.fixture
def demo_rows(demo_path: Path) -> tuple[list[Any], list[Any]]:
    """The demo's parcels and plans as service rows."""
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            return search_parcels(session), list_plans(session)
    finally:
        project.close()


def test_parcel_model_passes_qt_model_checks(qtmodeltester: Any, demo_rows: Any) -> None:
    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 40


def test_plan_model_passes_qt_model_checks(qtmodeltester: Any, demo_rows: Any) -> None:
    model = PlanTableModel()
    model.set_rows(demo_rows[1])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 13


def test_empty_models_and_the_proxy_pass_qt_model_checks(
    qtmodeltester: Any, demo_rows: Any
) -> None:
    qtmodeltester.check(ParcelTableModel(), force_py=True)
    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    proxy = RegisterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("Töre")
    qtmodeltester.check(proxy, force_py=True)
    assert 0 < proxy.rowCount() < 40


def test_numbers_sort_as_numbers(demo_rows: Any) -> None:
    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    proxy = RegisterProxyModel()
    proxy.setSourceModel(model)
    column = model.column_of("area_ha")
    proxy.sort(column)
    areas = [proxy.index(i, column).data(SORT_ROLE) for i in range(proxy.rowCount())]
    assert areas == sorted(areas)
    assert isinstance(areas[0], float)


def test_upsert_and_remove_keep_the_id_index(qtmodeltester: Any, demo_rows: Any) -> None:
    model = ParcelTableModel()
    rows = demo_rows[0]
    model.set_rows(rows[:10])
    changed = dataclasses.replace(rows[3], status="sold")
    model.upsert(changed)
    assert model.row_by_id(changed.id).status == "sold"
    model.upsert(rows[20])
    assert model.position_of(rows[20].id) == 10
    model.remove_ids([rows[0].id, rows[5].id])
    assert model.rowCount() == 9
    assert model.index(model.position_of(rows[20].id), 0).data(ID_ROLE) == rows[20].id
    qtmodeltester.check(model, force_py=True)


def test_labels_follow_the_language(qapp: Any, demo_rows: Any) -> None:
    from PySide6.QtCore import Qt

    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    row = next(i for i, r in enumerate(model.rows) if r.status == "sold")
    cell = model.index(row, model.column_of("status"))
    try:
        install_language("sv")
        assert cell.data() == "Såld"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Fastighetsbeteckning"
        install_language("en")
        assert cell.data() == "Sold"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Designation"
    finally:
        clear_language()


def test_typed_markup_is_escaped_in_tooltips(demo_rows: Any) -> None:
    from PySide6.QtCore import Qt

    model = ParcelTableModel()
    row = dataclasses.replace(demo_rows[0][0], notes="<b onmouseover=x>fet</b>\nrad två")
    model.set_rows([row])
    cell = model.index(0, model.column_of("notes"))
    assert cell.data() == "<b onmouseover=x>fet</b>"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b " not in tip and "&lt;b onmouseover=x&gt;" in tip
