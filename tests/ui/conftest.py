"""Fixtures of the UI tests: settings in a temporary file, the main window, message boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_pages import open_map, open_window

from kalixplan.store.engine import Project, open_project
from ui.i18n import clear_language
from ui.main_window import MainWindow
from ui.map.widget import MapWidget
from ui.settings import AppSettings


@pytest.fixture(autouse=True)
def clean_language() -> Iterator[None]:
    """Each test's language stays in the test: the catalogue is removed afterwards."""
    yield
    clear_language()


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppSettings:
    """Settings in a temporary INI file (never the user's own)."""
    monkeypatch.setenv("KALIXPLAN_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return AppSettings()


@pytest.fixture
def window(qtbot: Any, demo_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    """The main window showing a copy of the demo, map loaded, in Swedish."""
    win = open_window(qtbot, str(demo_path), settings)
    yield win
    for form in (win.parcels.form, win.plans.form):
        form.revert()  # closing would otherwise (rightly) ask about unsaved edits


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str, str]]]:
    """Every warning/critical/question shown, as (kind, title, text); questions answer Yes."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str, answer: Any) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, title, text))
            return answer

        return show

    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "critical", recorder("critical", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", recorder("question", yes))
    yield shown


@pytest.fixture
def demo_project(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


@pytest.fixture
def demo_map(qtbot: Any, demo_project: Project) -> MapWidget:
    return open_map(qtbot, demo_project)
