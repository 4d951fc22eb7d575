"""The tools in the main window: import by drop, export, print, actors, dashboard, alerts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from shapely.geometry import box

pytest.importorskip("PySide6.QtWebEngineWidgets")

from ui.actors.panel import ActorsPanel
from ui.app import create_main_window, make_application
from ui.dashboard.alerts_dialog import AlertsDialog
from ui.dashboard.widget import DashboardWidget
from ui.exporting.dialog import ExportDialog
from ui.importing.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.printing.dialog import PrintDialog
from ui.settings import AppSettings

pytestmark = pytest.mark.ui


@pytest.fixture
def window(
    qtbot: Any, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("KALIXPLAN_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    make_application()
    win = create_main_window(str(demo_path), "en", AppSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.project is not None, timeout=30_000)
    qtbot.waitUntil(lambda: win.map.is_ready, timeout=30_000)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()


def open_top_level(kind: type) -> Any:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_tools_are_in_the_menus_and_docks(window: MainWindow) -> None:
    texts = [a.text() for a in window.menu_file.actions()]
    for wanted in ("&Import geodata…", "&Export…", "&Print map or prospectus…"):
        assert wanted in texts
    assert window.tools.print_action.shortcut().toString() == "Ctrl+P"
    assert all(a.isEnabled() for a in (window.tools.import_action, window.tools.print_action))
    assert isinstance(window.tools.actors, ActorsPanel)
    assert isinstance(window.tools.dashboard, DashboardWidget)


def test_alerts_show_when_the_demo_opens(window: MainWindow) -> None:
    dialog = open_top_level(AlertsDialog)
    assert dialog is not None
    assert dialog.tree.topLevelItemCount() > 0


def test_dropping_a_file_opens_the_import_wizard(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "nya_tomter.geojson"
    gpd.GeoDataFrame(
        {"fastighetsbeteckning": ["Kalix Rolfs 9:1"]},
        geometry=[box(150_000, 7_306_000, 150_100, 7_306_100)],
        crs="EPSG:3018",
    ).to_file(source)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    wizard = open_top_level(ImportWizard)
    assert wizard is not None
    assert wizard.path == source
    text_file = tmp_path / "notes.docx"
    text_file.write_bytes(b"PK")
    mime.setUrls([QUrl.fromLocalFile(str(text_file))])
    refused = QDragEnterEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_print_opens_on_the_map_view_and_the_selection(qtbot: Any, window: MainWindow) -> None:
    first = window.parcels.model.rows[0].id
    window.parcels.register.select_ids([first])
    window.tools.print_action.trigger()
    qtbot.waitUntil(lambda: open_top_level(PrintDialog) is not None, timeout=10_000)
    dialog = open_top_level(PrintDialog)
    assert dialog.selected_ids == [first]
    assert dialog.view_extent is not None
    minx, miny, maxx, maxy = dialog.view_extent
    assert 100_000 < minx < maxx < 200_000 and 7_200_000 < miny < maxy < 7_400_000


def test_export_takes_the_selection(window: MainWindow) -> None:
    ids = [r.id for r in window.parcels.model.rows[:3]]
    window.parcels.register.select_ids(ids)
    window.tools.export_action.trigger()
    dialog = open_top_level(ExportDialog)
    assert dialog is not None and sorted(dialog.ids or []) == sorted(ids)


def test_ranked_parcels_show_on_the_map(qtbot: Any, window: MainWindow) -> None:
    ids = [r.id for r in window.parcels.model.rows[:2]]
    assert window.tools.actors is not None
    window.tools.actors.showParcelsOnMap.emit(ids)
    with qtbot.waitCallback(timeout=10_000) as callback:
        window.map.evaluate("JSON.stringify(kalix.selected())", callback)
    assert sorted(json.loads(callback.args[0])) == sorted(ids)


def test_tools_install_boverkets_catalogue(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str, str]],
) -> None:
    """Tools ▸ Boverket's catalogue: a release file is taken in for every project and its
    name said; a file that is no release is refused in one sentence, the old one kept."""
    import json

    monkeypatch.setenv("KALIXPLAN_DATA_DIR", str(tmp_path / "data"))
    assert window.tools.catalogue_action.isEnabled()
    assert window.tools.catalogue_action.text() == "Boverket's &catalogue…"  # English here
    good = tmp_path / "katalog.json"
    good.write_text(
        json.dumps(
            {
                "release": "8 (20261201)",
                "bestammelser": [
                    {"id": "5e2a4b1c-7d3f-4a6e-9b8c-0d1e2f3a4b5c", "kod": "DP_KM_Z2",
                     "beteckning": "Z"}
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    assert window.tools.install_catalogue(str(good))
    assert message_boxes[-1][0] == "information"
    assert "Release 8 (20261201) with 4 entries is in use for every project" in message_boxes[-1][2]
    bad = tmp_path / "inte.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert not window.tools.install_catalogue(str(bad))
    kind, _title, text = message_boxes[-1]
    assert kind in ("warning", "critical") and "holds no catalogue entries" in text
    from kalixplan.services.ns_detaljplan.catalogue import active_catalogue

    assert active_catalogue().release == "8 (20261201)"


def test_file_menu_publishes_the_site_with_progress(
    qtbot: Any, window: MainWindow, tmp_path: Path, message_boxes: list[tuple[str, str, str]]
) -> None:
    """File ▸ Publish: the same site as 'kalixplan publish', in the background; a folder
    that is not a site KalixPlan wrote is refused in one sentence and left as it was."""
    assert window.tools.publish_action.isEnabled()
    dialog = window.tools.open_publish()
    assert dialog is not None
    out = tmp_path / "ledig-mark"
    dialog.folder.setText(str(out))
    dialog.pdfs.setChecked(False)  # the PDFs have their own tests; keep this one quick
    dialog.publish()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.published is not None and dialog.published.parcels > 0, dialog.status.text()
    assert (out / "index.html").exists() and (out / "en" / "index.html").exists()
    assert "Published" in dialog.status.text() and dialog.open_button.isEnabled()
    # A folder of someone's own files is not replaced.
    own = tmp_path / "mina-filer"
    own.mkdir()
    (own / "budget.xlsx").write_bytes(b"x")
    dialog.folder.setText(str(own))
    dialog.publish()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert (own / "budget.xlsx").read_bytes() == b"x" and len(list(own.iterdir())) == 1
    assert message_boxes and message_boxes[-1][0] in ("warning", "critical")
