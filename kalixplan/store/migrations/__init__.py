"""Alembic migrations, run in-process when an older project database is opened.

A new database is created from the models and stamped with the newest
revision (Alembic's cookbook way); revisions after the baseline upgrade
databases created by older versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

_HERE = Path(__file__).parent
# The newest revision, known without loading Alembic (0.1-0.2 s of every start and every
# command): Alembic is imported only when a database is older or newly created. A test
# checks it against Alembic's own head.
HEAD = "0006"

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    cfg.attributes["connection"] = conn
    cfg.attributes["version_table"] = version_table(conn)
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows (Alembic's script directory)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database (None: none recorded)."""
    table = version_table(conn)
    if conn.dialect.name == "sqlite":
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                (table, _OLD_VERSION_TABLE),
            )
        }
        if table not in names:  # a file from before the rename, opened without migrating
            table = _OLD_VERSION_TABLE
        if table not in names:
            return None
    elif conn.exec_driver_sql(f"SELECT to_regclass('{table}')").scalar() is None:
        return None
    rows = conn.exec_driver_sql(f'SELECT version_num FROM "{table}"').all()
    return str(rows[0][0]) if len(rows) == 1 else None


def stamp_head(conn: Connection) -> None:
    """Mark a freshly created database as being at the newest revision."""
    from alembic import command

    command.stamp(_config(conn), "head")
    register_version_table(conn)


def upgrade_to_head(conn: Connection) -> None:
    """Bring an older database up to the newest revision (no-op when current)."""
    if conn.dialect.name == "sqlite":
        _adopt_old_version_table(conn)
    if current_revision(conn) != HEAD:
        from alembic import command

        command.upgrade(_config(conn), "head")
