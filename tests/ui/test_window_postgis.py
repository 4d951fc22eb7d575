"""The main window on a shared PostGIS project: the same edits, undo and conflicts as on a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy.engine import make_url
from ui_pages import open_window
from ui_pages import window_js as js

from kalixplan.services.parcels import get_parcel, update_parcel
from kalixplan.store.engine import open_project
from tests.conftest import new_pg_database
from ui.app import create_main_window, make_application
from ui.main_window import MainWindow
from ui.project_loader import create_work

pytestmark = [pytest.mark.ui, pytest.mark.postgis]


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
    win = open_window(qtbot, pg_demo, settings, timeout=60_000)
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
    # user@host:port/dbname, as people name a server database; never the password
    assert window.status.project.text().startswith("postgres@localhost")
    assert ":postgres@" not in window.status.project.text()
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


def test_open_error_dialog_never_shows_the_password(
    qtbot: Any, pg_admin: str, settings: Any, message_boxes: list[tuple[str, str, str]]
) -> None:
    """Issue "Never lose the user's work or secrets": the GUI's "could not be opened" dialog."""
    secret = "Fel-Lösen-9911-hemligt"
    wrong = make_url(pg_admin).set(password=secret).render_as_string(hide_password=False)
    make_application()
    win = create_main_window(wrong, "en", settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=60_000)
    kind, title, said = message_boxes[0]
    assert kind == "warning" and "could not be opened" in title
    assert "postgres@" in said  # the project named as user@host/db …
    for form in (secret, quote(secret, safe="")):  # … never with its password
        assert form not in said and form not in win.windowTitle()
        assert all(form not in db for db in win.settings.recent_projects())


def test_connect_dialog_keeps_the_password_in_the_keyring(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from file_keyring import FileKeyring

    from kalixplan.store.secrets import connection_url
    from ui.panels.project_dialogs import ConnectDialog

    monkeypatch.setenv("KALIXPLAN_TEST_KEYRING", str(tmp_path / "ring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.database.setText("kalix")
        dialog.user.setText("planner")
        dialog.password.setText("Ring-Lösen-77")
        dialog.remember.setChecked(True)
        dialog.accept()
        assert dialog.result() == ConnectDialog.DialogCode.Accepted
        # Later a URL without the password finds it in the keyring.
        bare = "postgresql+psycopg://planner@localhost:5432/kalix"
        assert connection_url(bare).password == "Ring-Lösen-77"
    finally:
        keyring.set_keyring(previous)
