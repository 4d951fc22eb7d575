"""Detail forms: reading typed values, messages next to fields, only changed fields saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kalixplan.services.parcels import search_parcels
from kalixplan.services.plans import list_plans
from kalixplan.store.engine import open_project
from ui.forms.parcel_form import ParcelForm
from ui.forms.plan_form import PlanForm
from ui.i18n import clear_language, install_language

pytestmark = pytest.mark.ui


@pytest.fixture
def rows(demo_path: Path, qapp: Any) -> Iterator[tuple[Any, Any]]:
    """One demo parcel and one demo plan, in Swedish (the catalogue is removed afterwards)."""
    install_language("sv")
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as session:
            found = search_parcels(session)[0], list_plans(session)[0]
    finally:
        project.close()
    yield found
    clear_language()


def test_only_changed_fields_are_saved(qtbot: Any, rows: Any) -> None:
    parcel, _plan = rows
    form = ParcelForm()
    qtbot.addWidget(form)
    form.load(parcel)
    form.editors["price_sek_m2"].line.setText("123,5")
    form.editors["fibre"].set_value(not parcel.fibre)
    form._edited()
    with qtbot.waitSignal(form.save_requested) as blocker:
        form.submit()
    row, changes = blocker.args
    assert row is parcel
    assert changes == {"price_sek_m2": 123.5, "fibre": not parcel.fibre}


def test_bad_number_and_date_are_marked_next_to_their_fields(qtbot: Any, rows: Any) -> None:
    parcel, _plan = rows
    form = ParcelForm()
    qtbot.addWidget(form)
    form.show()
    form.load(parcel)
    form.editors["power_mw"].line.setText("tio")
    form.editors["reserved_until"].line.setText("31/12/2026")
    form._edited()
    with qtbot.assertNotEmitted(form.save_requested):
        form.submit()
    assert form.errors["power_mw"].isVisible()
    assert "tal" in form.errors["power_mw"].text()
    assert "ÅÅÅÅ-MM-DD" in form.errors["reserved_until"].text()
    assert not form.errors["owner"].isVisible()


def test_area_is_computed_and_read_only(qtbot: Any, rows: Any) -> None:
    parcel, _plan = rows
    form = ParcelForm()
    qtbot.addWidget(form)
    form.load(parcel)
    assert "ha" in form.editors["area"].label.text()
    form._edited()
    assert "area" not in form.values() and "area_m2" not in form.values()


def test_notes_with_markup_are_plain_text(qtbot: Any, rows: Any) -> None:
    parcel, _plan = rows
    form = ParcelForm()
    qtbot.addWidget(form)
    form.load(parcel)
    note = "<script>alert(1)</script>"
    form.editors["notes"].set_value(note)
    assert form.editors["notes"].text.toPlainText() == note
    assert form.editors["notes"].value() == note


def test_plan_form_shows_computed_end_and_required_fields(qtbot: Any, rows: Any) -> None:
    _parcel, plan = rows
    form = PlanForm()
    qtbot.addWidget(form)
    form.show()
    form.load(plan)
    expected = plan.implementation_ends.isoformat() if plan.implementation_ends else "–"
    assert form.editors["implementation_ends_ro"].label.text() == expected
    form.editors["name"].set_value("")
    form._edited()
    with qtbot.assertNotEmitted(form.save_requested):
        form.submit()
    assert form.errors["name"].isVisible()
    assert form.labels["name"].text() == "Namn *"
    assert form.save_button.text() == "Spara"


def test_an_area_not_recomputed_after_an_outside_edit_says_so(qtbot: Any, rows: Any) -> None:
    """Issue "The project file guards itself": stale facts are never presented as true."""
    import dataclasses

    parcel, _plan = rows
    form = ParcelForm()
    qtbot.addWidget(form)
    form.load(dataclasses.replace(parcel, facts_stale=True))
    shown = form.editors["area"].label.text()
    assert "inte omräknad" in shown and "beräknat från gränsen" not in shown
    form.load(parcel)
    assert "inte omräknad" not in form.editors["area"].label.text()


def test_the_wheel_scrolls_the_form_and_changes_no_value(qtbot: Any, rows: Any) -> None:
    """Issue "The desktop application as a planner meets it", 3: a wheel over Status."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    parcel, _plan = rows
    form = ParcelForm()
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(420, 300)
    qtbot.addWidget(area)
    area.show()
    form.load(parcel)
    combo = form.editors["status"].combo
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    for _ in range(3):
        wheel = QWheelEvent(
            centre,
            QPointF(combo.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    assert not form.is_dirty() and not form.save_button.isEnabled()  # nothing to save
    # Clicked into (focused), the wheel is the user's choice again.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2_000)
    wheel = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() != before
