"""The GUI's outputs refuse the open project (as the window's error dialog) and ask
before replacing a file the save dialog did not choose."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kalixplan.services.outputs import OutputRefused
from kalixplan.store.engine import Project, open_project
from ui.dashboard.report_pdf import write_dashboard_pdf
from ui.exporting import ExportDialog
from ui.printing.html_export import export_interactive_html

pytestmark = pytest.mark.ui


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


class Window(QMainWindow):
    """Stands in for the main window: records what ``show_error`` was given."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[BaseException] = []

    def show_error(self, exc: BaseException, title: str | None = None) -> None:
        self.errors.append(exc)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_dialog_refuses_the_open_project(qtbot: Any, demo: Project, demo_path: Path) -> None:
    before = _digest(demo_path)
    window = Window()
    qtbot.addWidget(window)
    dialog = ExportDialog(demo, window)
    dialog.format.setCurrentIndex(dialog.format.findData(".gpkg"))
    dialog.path.setText(str(demo_path))
    dialog.export_button.click()
    assert not dialog.running
    assert len(window.errors) == 1 and isinstance(window.errors[0], OutputRefused)
    assert "det öppna projektet" in dialog.status.text()
    demo.close()
    assert _digest(demo_path) == before


def test_export_dialog_asks_before_replacing_a_typed_name(
    qtbot: Any, demo: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "parcels.csv"
    out.write_text("keep me\n")
    asked: list[str] = []

    def no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog = ExportDialog(demo)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    dialog.path.setText(str(out))
    dialog.export_button.click()
    assert asked and "exists already" in asked[0]
    assert not dialog.running and out.read_text() == "keep me\n"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.last_count == 40, dialog.status.text()
    assert out.read_text().startswith("fastighetsbeteckning")  # Swedish headers by default


def test_html_and_dashboard_refuse_the_project(demo: Project, demo_path: Path) -> None:
    before = _digest(demo_path)
    with pytest.raises(OutputRefused, match="open project"):
        export_interactive_html(demo, demo_path, "none", overwrite=True)
    from kalixplan.services.dashboard import compute_dashboard

    with demo.session_scope() as session:
        data = compute_dashboard(session)
    with pytest.raises(OutputRefused, match="would destroy it"):  # open: it has a -wal
        write_dashboard_pdf(data, demo_path, "sv", overwrite=True)
    demo.close()
    assert _digest(demo_path) == before
