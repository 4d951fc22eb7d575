"""The export dialog with qtbot: selection, filter, formats, headers, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pyogrio
import pytest

from kalixplan.services.parcels import search_parcels
from kalixplan.store.engine import Project, open_project
from ui.exporting import ExportDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


def run_export(qtbot: Any, dialog: ExportDialog) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)


def test_selection_to_excel_in_swedish(qtbot: Any, demo: Project, tmp_path: Path) -> None:
    with demo.session_scope() as s:
        chosen = search_parcels(s)[:3]
    dialog = ExportDialog(demo, kind="parcels", ids=[p.id for p in chosen])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selection.isChecked() and "3" in dialog.selection.text()
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    dialog.path.setText(str(tmp_path / "urval.gpkg"))
    run_export(qtbot, dialog)
    out = tmp_path / "urval.xlsx"  # the suffix follows the chosen format
    assert dialog.last_count == 3, dialog.status.text()
    assert "Exported 3 rows" in dialog.status.text()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "fastighetsbeteckning"
    assert sorted(r[0] for r in rows[1:]) == sorted(p.designation for p in chosen)
    Path("/tmp/shots").mkdir(exist_ok=True)
    dialog.grab().save("/tmp/shots/export_dialog.png")


def test_filter_to_geopackage_in_english(qtbot: Any, demo: Project, tmp_path: Path) -> None:
    dialog = ExportDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.all_rows.isChecked() and not dialog.selection.isEnabled()
    dialog.filtered.setChecked(True)
    dialog.field.setCurrentIndex(dialog.field.findData("status"))
    dialog.value.setText("available")
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.path.setText(str(tmp_path / "ledig.gpkg"))
    run_export(qtbot, dialog)
    frame = pyogrio.read_dataframe(tmp_path / "ledig.gpkg")
    assert len(frame) == dialog.last_count and len(frame) > 0
    assert set(frame["status"]) == {"available"}


def test_reference_layer_and_errors(
    qtbot: Any, demo: Project, tmp_path: Path, message_boxes: list[tuple[str, str, str]]
) -> None:
    dialog = ExportDialog(demo, kind="reference")
    qtbot.addWidget(dialog)
    assert dialog.layer.isEnabled()
    dialog.layer.setCurrentIndex(dialog.layer.findData("Vägar E4/E10"))
    dialog.format.setCurrentIndex(dialog.format.findData(".shp"))
    dialog.path.setText(str(tmp_path / "vagar.shp"))
    run_export(qtbot, dialog)
    assert list(pyogrio.read_dataframe(tmp_path / "vagar.shp")["namn"]) == ["E4", "E10"]
    dialog.path.setText(str(tmp_path / "missing" / "x.shp"))
    run_export(qtbot, dialog)
    assert "finns inte" in dialog.status.text()  # the window speaks Swedish
    # The same sentence as a warning box, since this dialog has no main window to report to.
    assert [(kind, text) for kind, _title, text in message_boxes] == [
        ("warning", dialog.status.text())
    ]
    assert not (tmp_path / "missing").exists()


def test_plans_to_ns_detaljplan_with_the_platforms_findings(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    """Plans only: NS Detaljplan 4.1 JSON, with what NGP would stop on listed for the planner."""
    import json

    dialog = ExportDialog(demo, kind="parcels")
    qtbot.addWidget(dialog)
    assert dialog.format.findData(".json") < 0  # parcels are not plans
    dialog.kind.setCurrentIndex(dialog.kind.findData("plans"))
    assert dialog.format.findData(".json") >= 0
    dialog.format.setCurrentIndex(dialog.format.findData(".json"))
    dialog.path.setText(str(tmp_path / "planer.json"))
    run_export(qtbot, dialog)
    document = json.loads((tmp_path / "planer.json").read_text(encoding="utf-8"))
    plans = [f for f in document["features"] if f["properties"].get("feature:typ") == "detaljplan"]
    assert dialog.last_count == len(plans) > 0, dialog.status.text()
    assert f"Exported {len(plans)} plans" in dialog.status.text()
    # The demo's plans hold no plan documents yet: DP-0005 stops their delivery, said per plan.
    assert dialog.findings.isVisibleTo(dialog)
    assert "DP-0005" in dialog.findings.toPlainText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("actors"))
    assert dialog.format.findData(".json") < 0
