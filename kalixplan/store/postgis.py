"""PostGIS plumbing: the extension, SRID-typed geometry columns, GiST indexes, triggers."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from kalixplan.store import triggers
from kalixplan.store.models import FEATURE_TABLES, Base


def app_engine(engine: Engine) -> Engine:
    """Mark the engine's sessions as KalixPlan's, so the outside-edit triggers stand aside."""
    triggers.mark_app_engine(engine)
    return engine


def create_schema(conn: Connection, srid: int) -> None:
    """Create the extension and every table, then type geometry columns with the SRID."""
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
    Base.metadata.create_all(conn)
    for table, geom_type in FEATURE_TABLES.items():
        conn.execute(
            text(
                f"ALTER TABLE {table} ALTER COLUMN geom TYPE geometry({geom_type}, {srid}) "
                f"USING ST_SetSRID(geom, {srid})"
            )
        )
        conn.execute(text(f"CREATE INDEX ix_{table}_geom ON {table} USING gist (geom)"))
    # Defaults and the outside-edit triggers (revision 0003 on older databases).
    triggers.install_postgres(conn)
