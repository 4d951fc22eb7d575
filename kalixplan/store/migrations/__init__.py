"""Alembic migrations, run in-process when an older project database is opened.

A new database is created from the models and stamped with the newest
revision (Alembic's cookbook way); revisions after the baseline upgrade
databases created by older versions.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

_HERE = Path(__file__).parent

# Where the revision is kept. In a GeoPackage under the ``gpkgext_`` prefix of extension
# tables, which GDAL and so QGIS leave out of their layer lists (``alembic_version``
# showed up in QGIS as a layer that cannot be loaded); registered in gpkg_extensions.
GPKG_VERSION_TABLE = "gpkgext_kalixplan_revision"
_OLD_VERSION_TABLE = "alembic_version"


def version_table(conn: Connection) -> str:
    """The revision table's name on this engine."""
    return GPKG_VERSION_TABLE if conn.dialect.name == "sqlite" else _OLD_VERSION_TABLE


def _adopt_old_version_table(conn: Connection) -> None:
    """A GeoPackage written before the rename keeps its revision under the new name."""
    if conn.dialect.name != "sqlite":
        return
    names = {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
            (GPKG_VERSION_TABLE, _OLD_VERSION_TABLE),
        )
    }
    if _OLD_VERSION_TABLE in names and GPKG_VERSION_TABLE not in names:
        conn.exec_driver_sql(f'ALTER TABLE "{_OLD_VERSION_TABLE}" RENAME TO "{GPKG_VERSION_TABLE}"')
    register_version_table(conn)


def register_version_table(conn: Connection) -> None:
    """Record the revision table as a GeoPackage extension table (idempotent)."""
    if conn.dialect.name != "sqlite":
        return
    # Not INSERT OR IGNORE: the UNIQUE constraint does not hold for a NULL column_name.
    conn.exec_driver_sql(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
        "scope) SELECT ?, NULL, 'kalixplan_schema_revision', "
        "'KalixPlan: the schema revision of the project (Alembic)', 'read-write' "
        "WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = ?)",
        (GPKG_VERSION_TABLE, GPKG_VERSION_TABLE),
    )


def _config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    cfg.attributes["connection"] = conn
    cfg.attributes["version_table"] = version_table(conn)
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database."""
    table = version_table(conn)
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
        if found is None:  # a file from before the rename, opened without migrating
            table = _OLD_VERSION_TABLE
    return MigrationContext.configure(conn, opts={"version_table": table}).get_current_revision()


def stamp_head(conn: Connection) -> None:
    """Mark a freshly created database as being at the newest revision."""
    command.stamp(_config(conn), "head")
    register_version_table(conn)


def upgrade_to_head(conn: Connection) -> None:
    """Bring an older database up to the newest revision (no-op when current)."""
    if conn.dialect.name == "sqlite":
        _adopt_old_version_table(conn)
    if current_revision(conn) != head_revision():
        command.upgrade(_config(conn), "head")
