"""The main window on a shared PostGIS project: the same edits, undo and conflicts as on a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import test_window as shared

from kalixplan.services.parcels import get_parcel, update_parcel
from kalixplan.store.engine import open_project
from tests.conftest import new_pg_database
from ui.app import create_main_window, make_application
from ui.main_window import MainWindow
from ui.project_loader import create_work

pytestmark = [pytest.mark.ui, pytest.mark.postgis]

settings = shared.settings
clean_language = shared.clean_language
js = shared.js


@pytest.fixture(scope="session")
def pg_demo(pg_admin: str) -> Iterator[str]:
    """A PostGIS database holding the Kalix demo (dropped when the session ends, so that
    late refreshes of panels of a closed window never meet a vanished database)."""
    url, drop = new_pg_database(pg_admin)
    project = create_work(url, 3018, demo=True)(lambda *a: None, lambda: False)
    project.close()
    yield url
    drop()


@pytest.fixture
def pg_window(qtbot: Any, pg_demo: str, settings: Any) -> Iterator[MainWindow]:
    """The main window on the PostGIS demo, map loaded."""
    make_application()
    win = create_main_window(pg_demo, "sv", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.project is not None, timeout=60_000)
    qtbot.waitUntil(lambda: win.map.is_ready, timeout=30_000)
    yield win
    for form in (win.parcels.form, win.plans.form):
        form.revert()
    # Let go of the server database before the fixture drops it: panels must not touch it.
    win.set_project(None)


def _stored(url: str, parcel_id: int) -> Any:
    project = open_project(url)
    try:
        with project.session_scope() as session:
            return get_parcel(session, parcel_id)
    finally:
        project.close()


def test_status_edit_undo_and_conflict_on_postgis(
    qtbot: Any, pg_window: MainWindow, pg_demo: str, tmp_path: Path
) -> None:
    window = pg_window
    assert window.parcels.model.rowCount() == 40
    assert "postgresql" in window.status_project.text()
    assert ":***@" in window.status_project.text()  # the password is never shown
    assert ":postgres@" in pg_demo  # the fixture's URL has one …
    assert all(":postgres@" not in db for db in window.settings.recent_projects())  # … not kept
    window.save_layout()
    assert ":postgres@" not in (window.settings.last_project or "")
    row = next(r for r in window.parcels.model.rows if r.status == "available")
    window.parcels.map_clicked(row.id)
    form = window.parcels.form
    form.editors["status"].set_value("reserved")
    form._edited()
    form.submit()
    assert _stored(pg_demo, row.id).status == "reserved"
    assert js(qtbot, window, f"kalix.styleOf({row.id})") == "#e69f00"
    window.menus.undo.trigger()
    assert _stored(pg_demo, row.id).status == "available"

    current = window.parcels.model.row_by_id(row.id)
    other = open_project(pg_demo)
    try:
        with other.session_scope() as session:
            update_parcel(session, row.id, current.version, {"owner": "Kollega AB"})
    finally:
        other.close()
    form.editors["owner"].set_value("Mitt AB")
    form._edited()
    form.submit()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is not None, timeout=5_000)
    dialog = window.project_actions.conflict_dialog
    texts = {dialog.table.item(0, c).text() for c in range(3)}
    assert {"Mitt AB", "Kollega AB"} <= texts
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: window.project_actions.conflict_dialog is None, timeout=5_000)
    assert form.editors["owner"].value() == "Kollega AB"
