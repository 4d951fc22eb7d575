"""Plans are highlighted on the map when picked in the table or clicked on the map."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from ui_pages import window_js as js

from ui.main_window import MainWindow
from ui.settings import AppSettings

pytestmark = pytest.mark.ui


@pytest.fixture
def settings(settings: AppSettings) -> AppSettings:
    """The shared settings, without the alerts dialog at start."""
    settings.show_alerts = False
    return settings


def test_plan_row_selected_is_highlighted_on_the_map(qtbot: Any, window: MainWindow) -> None:
    first, second = (row.id for row in window.plans.model.rows[:2])
    plain = js(qtbot, window, f"kalix.planStroke({first})")
    window.plans.register.table.selectRow(0)
    assert json.loads(js(qtbot, window, "JSON.stringify(kalix.selectedPlans())")) == [first]
    highlighted = js(qtbot, window, f"kalix.planStroke({first})")
    assert highlighted != plain
    window.plans.register.table.selectRow(1)
    assert json.loads(js(qtbot, window, "JSON.stringify(kalix.selectedPlans())")) == [second]
    assert js(qtbot, window, f"kalix.planStroke({first})") == plain
    assert js(qtbot, window, f"kalix.planStroke({second})") == highlighted


def test_plan_clicked_on_the_map_is_selected_and_highlighted(
    qtbot: Any, window: MainWindow
) -> None:
    target = window.plans.model.rows[3].id
    with qtbot.waitSignal(window.map.planClicked, timeout=10_000):
        window.map.evaluate(f"kalix.plans[{target}].fire('click'); true", lambda _r: None)
    assert window.plans.register.selected_ids() == [target]
    assert window.plans.form.row is not None and window.plans.form.row.id == target
    assert json.loads(js(qtbot, window, "JSON.stringify(kalix.selectedPlans())")) == [target]
