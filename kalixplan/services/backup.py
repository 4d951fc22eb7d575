"""Backups of a project database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kalixplan.domain.errors import KalixPlanError
from kalixplan.store.engine import Project


def backup_project(project: Project, out: Path) -> None:
    """Copy a GeoPackage project with SQLite's online backup (safe while others use it).

    Raises:
        KalixPlanError: the project is on PostgreSQL (use pg_dump), or ``out`` exists.
    """
    if project.path is None:
        raise KalixPlanError(
            "A PostGIS project is backed up with the server's own tool: "
            "run 'pg_dump -Fc -f backup.dump DBNAME'."
        )
    if out.exists():
        raise KalixPlanError(f"{out} exists already; choose a new file name for the backup.")
    if not out.parent.exists():
        raise KalixPlanError(f"Folder {out.parent} does not exist; create it first.")
    src = sqlite3.connect(project.path)
    dst = sqlite3.connect(out)
    try:
        with dst:
            src.backup(dst)
        # A backup should be a single self-contained file.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
