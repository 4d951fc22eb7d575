"""Creating project databases: empty, or filled with the Kalix demo, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError
from kalixplan.services.demo.build import build_demo
from kalixplan.services.qgis_styles import write_default_styles
from kalixplan.store.engine import Project, create_project, is_url
from kalixplan.store.gpkg import update_extents
from kalixplan.store.location import describe_db

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class BuildCancelled(KalixPlanError):
    """The user cancelled creating a project; nothing was left behind."""


def new_project(
    db: str,
    epsg: int,
    *,
    demo: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Project:
    """Create a project database and return it open; with ``demo``, the Kalix demo data.

    A failed or cancelled demo build removes the new file again (a server
    database keeps its empty schema and the user is told so by the caller).

    Raises:
        BuildCancelled: ``cancelled()`` became true between the demo's steps.
        DatabaseError, UnknownCrs: the database or CRS cannot be used.
    """
    report = progress or (lambda done, total, message: None)
    report(0, 0, describe_db(db))
    project = create_project(db, epsg)
    with project.engine.begin() as conn:
        write_default_styles(conn)  # QGIS draws the layers as KalixPlan does
    if not demo:
        return project

    def step(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise BuildCancelled("Cancelled; no project was created.")
        report(done, total, message)

    try:
        with project.session_scope() as session:
            build_demo(session, epsg, progress=step)
    except BaseException:
        project.close()
        if not is_url(db):
            for suffix in ("", "-wal", "-shm"):
                Path(db + suffix).unlink(missing_ok=True)
        raise
    if project.is_sqlite:
        with project.engine.begin() as conn:
            update_extents(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    return project
