"""Creating project databases: empty, or filled with the Kalix demo, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError
from kalixplan.domain.language import check_lang
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
    lang: str = "sv",
    municipality: tuple[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Project:
    """Create a project database and return it open; with ``demo``, the Kalix demo data.

    ``lang`` is the project's language (setting ``language``): the words of the QGIS
    default styles (field aliases, value maps), so QGIS shows the project as its
    municipality writes; KalixPlan's own window follows each user's preference.
    ``municipality`` (code, name) is the project's municipality: imports check that
    parcels and plans lie in it (the demo is Kalix's).

    A failed or cancelled demo build removes the new file again (a server
    database keeps its empty schema and the user is told so by the caller).

    Raises:
        BuildCancelled: ``cancelled()`` became true between the demo's steps.
        DatabaseError, UnknownCrs: the database or CRS cannot be used.
    """
    report = progress or (lambda done, total, message: None)
    report(0, 0, describe_db(db))
    settings: dict[str, str] = {"language": check_lang(lang)}
    if municipality is not None and not demo:
        settings["municipality_code"], settings["municipality_name"] = municipality
    project = create_project(db, epsg, settings)
    if not demo:
        with project.engine.begin() as conn:
            write_default_styles(conn, lang)  # QGIS draws the layers as KalixPlan does
        return project

    def step(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise BuildCancelled(
                "Cancelled; no project was created.",
                sv="Avbrutet; inget projekt skapades.",
            )
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
    with project.engine.begin() as conn:
        write_default_styles(conn, lang)  # after the demo: its reference layers get rules
        if project.is_sqlite:
            update_extents(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    return project
