"""Opening and creating project databases as background work (progress, Cancel).

These are the ``work(progress, cancelled)`` functions the main window hands to
``ui.workers.run_in_background``; they touch no widgets. The demo project lives
in the user data folder so a first start never meets an empty map.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs

from kalixplan.services.demo.build import DEMO_EPSG
from kalixplan.services.outside_edits import catch_up_outside_edits
from kalixplan.services.projects import new_project
from kalixplan.services.qgis_styles import bring_styles_up_to_date
from kalixplan.store.engine import Project, is_url, open_project
from kalixplan.store.location import describe_db
from ui.i18n import current_language

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

DEMO_FILE = "kalix-demo.gpkg"


def demo_path() -> Path:
    """Where the demo project lives: ``<user data folder>/KalixPlan/kalix-demo.gpkg``."""
    return Path(platformdirs.user_data_dir("KalixPlan", appauthor=False)) / DEMO_FILE


def open_work(db: str) -> Callable[[Progress, IsCancelled], Project]:
    """Work that opens (and if needed migrates) the project database ``db``."""

    def work(progress: Progress, cancelled: IsCancelled) -> Project:
        progress(0, 0, describe_db(db))
        project = open_project(db)
        try:
            # Rows drawn or reshaped in QGIS (or psql) get their area and distances now.
            project.outside_edits = catch_up_outside_edits(project)
            bring_styles_up_to_date(project)
        except BaseException:
            project.close()
            raise
        return project

    return work


def create_work(db: str, epsg: int, *, demo: bool) -> Callable[[Progress, IsCancelled], Project]:
    """Work that creates a project database, with the Kalix demo data when ``demo``.

    Cancel is honoured between the demo's steps; a cancelled or failed build
    leaves no file behind.
    """

    def work(progress: Progress, cancelled: IsCancelled) -> Project:
        if not is_url(db):
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        # The project's language (its QGIS styles' words) is the one it is created in.
        lang = current_language()
        return new_project(db, epsg, demo=demo, lang=lang, progress=progress, cancelled=cancelled)

    return work


def first_start_work() -> tuple[str, Callable[[Progress, IsCancelled], Project]]:
    """The demo project: open it, or build it first when it is not there yet."""
    path = demo_path()
    if path.exists():
        return str(path), open_work(str(path))
    return str(path), create_work(str(path), DEMO_EPSG, demo=True)
