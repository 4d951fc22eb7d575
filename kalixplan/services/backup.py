"""Backups of a project database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError
from kalixplan.services import outputs
from kalixplan.store.engine import Project


def backup_project(project: Project, out: Path) -> None:
    """Copy a GeoPackage project with SQLite's online backup (safe while others use it).

    The copy is made under a temporary name in the target folder, switched to
    a self-contained file (journal mode DELETE), fsynced, checked by SQLite
    (``quick_check``, the project tables) and only then given its name; a full
    disk or a read-only place leaves nothing behind, not even a journal.

    Raises:
        KalixPlanError: the project is on PostgreSQL (use pg_dump), ``out`` exists,
            or the copy cannot be written (full disk, read-only, no permission).
    """
    if project.path is None:
        raise KalixPlanError(
            "A PostGIS project is backed up with the server's own tool: "
            "run 'pg_dump -Fc -f backup.dump DBNAME'.",
            sv="Ett PostGIS-projekt säkerhetskopieras med serverns eget verktyg: "
            "kör 'pg_dump -Fc -f backup.dump DBNAME'.",
        )
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise KalixPlanError(
            f"{out} exists already; choose a new file name for the backup.",
            sv=f"{out} finns redan; välj ett nytt filnamn för säkerhetskopian.",
        )
    target = outputs.check_target(out, protect=[project.path], what="backup")
    with outputs.atomic_output(target, verify=outputs.verify_sqlite_project) as tmp:
        src = sqlite3.connect(project.path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                with dst:
                    src.backup(dst)
                # A backup should be a single self-contained file.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
