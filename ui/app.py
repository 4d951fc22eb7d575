"""The desktop application: QApplication, language, the main window, the first project.

``run_gui(db, lang)`` is what ``python main.py`` runs without a command. With no
``--db`` and no project remembered from last time, it builds (once) and opens
the Kalix demo database in the user data folder, so a newcomer's first view is
a map with data on it, marked as example data.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kalixplan.app.logs import setup_logging
from kalixplan.process import return_large_buffers
from kalixplan.store import secrets
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.map.tiles import register_scheme
from ui.settings import AppSettings
from ui.smoke import install_smoke_hook

APP_NAME = "KalixPlan"
# The application's icon; a frozen build carries resources/ beside the packages, as a checkout does.
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "kalixplan.svg"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with its names set for QSettings and the desktop."""
    app = QApplication.instance()
    # The web engine's own errors (D-Bus, GPU probing) are not the user's business: only its
    # fatal ones reach the terminal, unless someone set the flag themselves.
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--log-level" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --log-level=3".strip()
    if app is None:
        return_large_buffers()  # a county's map index leaves no fragmented heap behind
        # QtWebEngine needs this before the application object exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        register_scheme()  # the map's tiles (kalix:), also before the application exists
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    # The installed kalixplan.desktop: Wayland shells take the window's icon and name from it.
    app.setDesktopFileName("kalixplan")
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def create_main_window(
    db: str | None, lang: str | None, settings: AppSettings | None = None
) -> MainWindow:
    """Install the language, build the window and start opening the first project.

    Args:
        db: the project to open (a .gpkg path or a PostGIS URL), or None.
        lang: 'sv' or 'en' for this run; None uses the preference (Swedish by default).
        settings: the settings store (tests pass one on a temporary file).
    """
    settings = settings or AppSettings()
    install_language(lang or settings.language)
    window = MainWindow(settings)
    window.project_actions.start(db)
    return window


def install_excepthook(window: MainWindow) -> None:
    """Unexpected errors in slots reach the window as one sentence, and the log file.

    Without this, an exception raised inside a Qt slot (a save on a dropped server
    connection) prints a traceback on stderr, which a desktop user never sees.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit
            previous(kind, exc, tb)
            return
        try:
            window.show_error(exc.with_traceback(tb))
        except Exception:  # the window is gone: the log still has it
            logging.getLogger("kalixplan.ui").error("unexpected error", exc_info=exc)

    sys.excepthook = hook


def display_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why the window cannot open here (one sentence), or None.

    Without a display Qt's own message blames a missing xcb library that is installed
    (issue "The desktop application as a planner meets it", 9); say what is wrong instead.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set): start KalixPlan in a desktop session or over 'ssh -X'; for a run without a "
        "screen set QT_QPA_PLATFORM=offscreen. The commands (kalixplan --help) need no display."
    )


def run_gui(db: str | None, lang: str | None) -> int:
    """Run the desktop application until its window closes; returns the exit status."""
    problem = display_problem()
    if problem is not None:
        print(f"kalixplan: {problem}", file=sys.stderr)
        return 2
    secrets.remember_db(db)
    setup_logging()
    app = make_application()
    window = create_main_window(db, lang)
    install_excepthook(window)
    install_smoke_hook(window)
    window.show()
    return int(app.exec())
