"""A smoke test's look at the desktop application: a screenshot once the map shows the project.

With ``KALIXPLAN_SMOKE_SCREENSHOT=/path/shot.png`` in the environment, the application waits
until the map page has loaded and drawn the project's layers (``MapWidget.mapReady``), zooms
the map to the first parcel's area, saves its main window to that PNG and quits with exit status 0 (1 when
the PNG cannot be written, 3 when the map page fails). The packaging tests (``tests/bundle``) start a frozen build this way
to see that it draws the map; nobody else sets it. Without the variable nothing is connected.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SMOKE_ENV = "KALIXPLAN_SMOKE_SCREENSHOT"
# The page has drawn its layers when mapReady comes; the view composes them a frame or two later.
SETTLE_MS = 1500
# The first view spans every industrial area, where a parcel is a few pixels: zoom to the first
# parcel's area so its parcels fill the picture.
FIT_PARCELS = (
    "(function () { var p = kalix.groups.parcels.getLayers()[0];"
    " if (p) { kalix.map.fitBounds(p.getBounds().pad(4), {animate: false}); } })(); 0"
)


def install_smoke_hook(window: MainWindow, env: Mapping[str, str] | None = None) -> bool:
    """Screenshot ``window`` and quit once its map is ready, when $KALIXPLAN_SMOKE_SCREENSHOT says
    where; returns whether the hook is installed."""
    target = (os.environ if env is None else env).get(SMOKE_ENV)
    if not target:
        return False

    def quit_with(status: int) -> None:
        window.close()  # as the user would: the project is closed, its WAL written back
        QCoreApplication.exit(status)

    def shoot() -> None:
        quit_with(0 if window.grab().save(target, "PNG") else 1)

    def failed(text: str) -> None:
        print(f"kalixplan smoke: the map failed: {text}", file=sys.stderr)
        quit_with(3)

    def ready() -> None:
        window.map.evaluate(FIT_PARCELS, lambda _result: QTimer.singleShot(SETTLE_MS, shoot))

    window.map.mapReady.connect(ready)
    window.map.loadFailed.connect(failed)
    return True
