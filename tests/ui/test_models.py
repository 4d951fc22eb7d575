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


def _designations(model: Any) -> list[str]:
    return [r.designation for r in model.rows]


def test_designations_sort_by_their_numbers_and_the_swedish_alphabet(demo_rows: Any) -> None:
    """A fastighetsbeteckning's block and unit are numbers (Kalix Rolfs 9:51 before 10:1) and
    å, ä, ö come after z; the register's proxy passes its sort to the model."""
    base = demo_rows[0][0]
    names = [
        "Kalix Rolfs 10:1",
        "Kalix Åby 1:1",
        "Kalix Rolfs 9:51",
        "Kalix Zeta 2:1",
        "kalix rolfs 9:7",
    ]
    rows = [dataclasses.replace(base, id=i + 1, designation=d) for i, d in enumerate(names)]
    model = ParcelTableModel()
    model.set_rows(rows)
    proxy = RegisterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(model.column_of("designation"))
    shown = [proxy.index(i, 0).data() for i in range(proxy.rowCount())]
    assert shown == [
        "kalix rolfs 9:7",
        "Kalix Rolfs 9:51",
        "Kalix Rolfs 10:1",
        "Kalix Zeta 2:1",
        "Kalix Åby 1:1",
    ]
    from PySide6.QtCore import Qt

    proxy.sort(model.column_of("designation"), Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == shown[::-1]


def test_unknown_values_sort_first_and_numbers_by_value(demo_rows: Any) -> None:
    base = demo_rows[0][0]
    prices = [120.0, None, 9.5, 80.0]
    rows = [dataclasses.replace(base, id=i + 1, price_sek_m2=p) for i, p in enumerate(prices)]
    model = ParcelTableModel()
    model.set_rows(rows)
    model.sort(model.column_of("price_sek_m2"))
    assert [r.price_sek_m2 for r in model.rows] == [None, 9.5, 80.0, 120.0]


def test_a_sort_keeps_the_selection_on_its_rows(qapp: Any, demo_rows: Any) -> None:
    from PySide6.QtCore import QItemSelectionModel, Qt

    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    proxy = RegisterProxyModel()
    proxy.setSourceModel(model)
    selection = QItemSelectionModel(proxy)
    chosen = proxy.index(3, 0)
    chosen_id = chosen.data(ID_ROLE)
    selection.select(chosen, QItemSelectionModel.SelectionFlag.Select)
    proxy.sort(model.column_of("area_ha"), Qt.SortOrder.DescendingOrder)
    assert [i.data(ID_ROLE) for i in selection.selectedIndexes()] == [chosen_id]
    assert selection.selectedIndexes()[0].row() != 3 or model.row_at(3).id == chosen_id


def test_rows_added_or_edited_take_their_place_in_the_sort_order(
    qtmodeltester: Any, demo_rows: Any
) -> None:
    rows = demo_rows[0]
    model = ParcelTableModel()
    model.set_rows(rows[:10])
    column = model.column_of("area_ha")
    model.sort(column)
    model.upsert(dataclasses.replace(rows[20], area_m2=1.0))  # the smallest: first
    assert model.row_at(0).id == rows[20].id
    largest = max(r.area_m2 for r in model.rows)
    model.upsert(dataclasses.replace(rows[20], area_m2=largest + 1.0))  # now the largest: last
    assert model.row_at(model.rowCount() - 1).id == rows[20].id
    areas = [r.area_m2 for r in model.rows]
    assert areas == sorted(areas)
    assert model.rowCount() == 11
    qtmodeltester.check(model, force_py=True)


def test_the_quick_search_finds_text_in_any_column_in_any_case(demo_rows: Any) -> None:
    model = ParcelTableModel()
    model.set_rows(demo_rows[0])
    proxy = RegisterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_quick_search("TÖRE")
    through_qt = [proxy.index(i, 0).data(ID_ROLE) for i in range(proxy.rowCount())]
    assert 0 < len(through_qt) < 40
    assert proxy.shown_ids() == through_qt
    assert all(
        "töre"
        in " ".join(
            model.index(model.position_of(i), c).data() for c in range(model.columnCount())
        ).lower()
        for i in through_qt
    )
    status = model.column_of("status")
    sold = [r.id for r in model.rows if r.status == "sold"]
    proxy.set_quick_search(model.index(model.position_of(sold[0]), status).data())
    assert set(sold) <= set(proxy.shown_ids())
    proxy.set_quick_search("")
    assert proxy.rowCount() == 40 and proxy.shown_ids() == model.ids()
