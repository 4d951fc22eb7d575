"""Help ▸ About, opened from the real menu: version, where the log is, the licences.

Issue "Installable where planners work", 2: "an About box with the version, the licences
of what is bundled and where the log is".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from kalixplan import __version__
from kalixplan.app.logs import log_path
from ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


def test_about_box_shows_version_log_and_licences(qtbot: Any, window: MainWindow) -> None:
    window.menus.about.trigger()
    box = window._about_box
    qtbot.waitUntil(box.isVisible, timeout=5_000)
    assert f"KalixPlan {__version__}" in box.text()
    assert str(log_path()) in box.informativeText()
    assert "Loggfil" in box.informativeText()  # the window speaks Swedish
    details = box.detailedText()
    assert "PySide6" in details and "LGPL" in details
    assert "Qt (with QtWebEngine, Chromium)" in details
    assert not box.iconPixmap().isNull()  # the application's icon
    SHOTS.mkdir(exist_ok=True)
    box.grab().save(str(SHOTS / "about_box.png"))
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
