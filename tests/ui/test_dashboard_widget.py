"""The dashboard widget, the one-page report PDF and the alerts dialog, on the demo data."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from kalixplan.app.changes import Changes, Kind
from kalixplan.services.alerts import collect_alerts
from kalixplan.services.parcels import get_parcel, search_parcels, update_parcel
from kalixplan.store.engine import Project, create_project, open_project
from ui.dashboard.alerts_dialog import AlertsDialog, alerts_exist
from ui.dashboard.widget import DashboardWidget
from ui.workspace import QtWorkspace

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path("/tmp/shots")


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    project = open_project(str(demo_path))
    yield project
    project.close()


def test_dashboard_shows_the_database_and_follows_changes(
    qtbot: QtBot, demo: Project, demo_path: Path
) -> None:
    workspace = QtWorkspace.of(demo)
    widget = DashboardWidget(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 1100)
    widget.show()
    qtbot.waitExposed(widget)
    conn = sqlite3.connect(demo_path)
    sold = conn.execute("SELECT SUM(area_m2) / 1e4 FROM parcels WHERE status = 'sold'").fetchone()
    conn.close()
    assert widget.data is not None
    assert widget.data.hectares("sold") == pytest.approx(sold[0])
    image = widget.grab().toImage()
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / "biz_dashboard.png"))
    # The charts are painted: many distinct colours, not a blank page.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20
    # Sell an available parcel elsewhere; the dashboard follows the change notice.
    with demo.session_scope() as s:
        parcel = next(p for p in search_parcels(s) if p.status == "available")
        update_parcel(s, parcel.id, get_parcel(s, parcel.id).version, {"status": "sold"})
    before = widget.data.hectares("sold")
    workspace.announce(Changes.of([Kind.PARCELS], [parcel.id]))
    qtbot.waitUntil(
        lambda: (
            widget.data is not None
            and widget.data.hectares("sold") == pytest.approx(before + parcel.area_ha)
        )
    )
    out = widget.export_pdf(str(SHOTS / "biz_dashboard_widget.pdf"))
    assert out is not None and len(PdfReader(out).pages) == 1


def test_report_command_writes_one_page_in_both_languages(tmp_path: Path, demo_path: Path) -> None:
    for lang, words in (
        ("en", ["Business and land", "Hectares by area", "Actors by sector", "J – Industry"]),
        ("sv", ["Näringsliv och mark", "Hektar per område", "Aktörer per bransch", "Laga kraft"]),
    ):
        out = tmp_path / f"report_{lang}.pdf"
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "report",
                "--db",
                str(demo_path),
                "--out",
                str(out),
                "--lang",
                lang,
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        page = reader.pages[0]
        assert float(page.mediabox.width) == pytest.approx(595.3, abs=1)
        assert float(page.mediabox.height) == pytest.approx(841.9, abs=1)
        text = " ".join(page.extract_text().split())  # pypdf may give tabs for spaces
        for word in [*words, "2514-P102"]:
            assert word in text, (lang, word)
    bad = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "report",
            "--db",
            str(demo_path),
            "--out",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert bad.returncode == 2 and ".pdf" in bad.stderr and "Traceback" not in bad.stderr


def test_alerts_dialog_lists_every_alert(qtbot: QtBot, demo: Project, tmp_path: Path) -> None:
    assert alerts_exist(demo)
    dialog = AlertsDialog(demo)
    qtbot.addWidget(dialog)
    with demo.session_scope() as s:
        expected = collect_alerts(s)
    assert dialog.tree.topLevelItemCount() == len(expected) > 0
    first = dialog.tree.topLevelItem(0)
    assert first.text(1) == expected[0].when.isoformat()
    due = next(i for i, a in enumerate(expected) if a.kind == "next_step_due")
    with qtbot.waitSignal(dialog.openRequested) as opened:
        dialog.tree.itemActivated.emit(dialog.tree.topLevelItem(due), 0)
    assert opened.args == ["actors", expected[due].actor_id]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "biz_alerts.png"))
    empty = create_project(str(tmp_path / "empty.gpkg"), 3018)
    assert not alerts_exist(empty)
    empty.close()
