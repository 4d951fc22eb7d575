"""GeoPackage plumbing on SQLite: required tables, contents, R-tree index, SQL functions.

Written to the OGC GeoPackage 1.2 encoding standard so that GDAL, QGIS and
GDAL's validator read the project file as it is. GeoAlchemy2's GeoPackage
dialect needs mod_spatialite, which pip cannot install, so this is our own.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from pyproj.enums import WktVersion

from kalixplan.geo.crs import crs_from_epsg
from kalixplan.store import triggers
from kalixplan.store.gpkg_binary import gpkg_header
from kalixplan.store.models import FEATURE_TABLES, TABLE_TITLES, Base
from kalixplan.store.sqlscript import run_script
from kalixplan.store.types import utcnow

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2

_CORE_DDL = """
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
"""

_UNDEFINED_SRS = [
    (
        "Undefined cartesian SRS",
        -1,
        "NONE",
        -1,
        "undefined",
        "undefined cartesian coordinate reference system",
    ),
    (
        "Undefined geographic SRS",
        0,
        "NONE",
        0,
        "undefined",
        "undefined geographic coordinate reference system",
    ),
]


def register_functions(dbapi_conn: sqlite3.Connection) -> None:
    """Register the ST_* functions the R-tree triggers call, on one connection."""
    dbapi_conn.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
    dbapi_conn.create_function("ST_MinX", 1, _envelope_part(0), deterministic=True)
    dbapi_conn.create_function("ST_MaxX", 1, _envelope_part(1), deterministic=True)
    dbapi_conn.create_function("ST_MinY", 1, _envelope_part(2), deterministic=True)
    dbapi_conn.create_function("ST_MaxY", 1, _envelope_part(3), deterministic=True)


def _st_is_empty(blob: bytes | None) -> int | None:
    if blob is None:
        return None
    return 1 if gpkg_header(blob)[1] else 0


def _envelope_part(index: int) -> Any:
    def fn(blob: bytes | None) -> float | None:
        if blob is None:
            return None
        _, empty, offset, envelope = gpkg_header(blob)
        if empty:
            return None
        if envelope is None:
            import shapely

            minx, miny, maxx, maxy = shapely.from_wkb(blob[offset:]).bounds
            envelope = (minx, maxx, miny, maxy)
        return float(envelope[index])

    return fn


def create_geopackage(dbapi_conn: sqlite3.Connection, srid: int) -> None:
    """Make an empty SQLite file a GeoPackage with the project's SRS.

    Call before the model tables are created, then ``register_tables``.
    """
    dbapi_conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    dbapi_conn.execute(f"PRAGMA user_version = {USER_VERSION}")
    run_script(dbapi_conn, _CORE_DDL)
    rows = list(_UNDEFINED_SRS)
    rows.append(_srs_row(4326))
    if srid != 4326:
        rows.append(_srs_row(srid))
    dbapi_conn.executemany(
        "INSERT OR REPLACE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
        "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _srs_row(epsg: int) -> tuple[str, int, str, int, str, str]:
    crs = crs_from_epsg(epsg)
    return (
        crs.name,
        epsg,
        "EPSG",
        epsg,
        crs.to_wkt(WktVersion.WKT1_GDAL),
        crs.name,
    )


def register_tables(dbapi_conn: sqlite3.Connection, srid: int) -> None:
    """List every model table in gpkg_contents and give feature tables an R-tree."""
    now = _gpkg_now()
    for table in Base.metadata.sorted_tables:
        name = table.name
        title = TABLE_TITLES.get(name, name)
        if name in FEATURE_TABLES:
            dbapi_conn.execute(
                "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, "
                "description, last_change, srs_id) VALUES (?, 'features', ?, ?, ?, ?)",
                (name, title, title, now, srid),
            )
            dbapi_conn.execute(
                "INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                (name, FEATURE_TABLES[name], srid),
            )
            create_rtree(dbapi_conn, name, "geom", "id")
        else:
            dbapi_conn.execute(
                "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, "
                "description, last_change) VALUES (?, 'attributes', ?, ?, ?)",
                (name, title, title, now),
            )
    # Column defaults and the outside-edit triggers (revision 0003 on older files).
    triggers.install_sqlite(dbapi_conn)


def rtree_name(table: str, column: str = "geom") -> str:
    """Name of the R-tree virtual table of a feature table."""
    return f"rtree_{table}_{column}"


def rtree_insert_trigger(t: str, c: str = "geom", i: str = "id") -> str:
    """The SQL of the R-tree's insert trigger (bulk inserts drop and recreate it)."""
    r = rtree_name(t, c)
    return f"""CREATE TRIGGER IF NOT EXISTS "{r}_insert" AFTER INSERT ON "{t}"
WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN
  INSERT OR REPLACE INTO "{r}" VALUES (
    NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
"""


def create_rtree(dbapi_conn: sqlite3.Connection, t: str, c: str, i: str) -> None:
    """Create the R-tree spatial index and its six triggers (GeoPackage 1.2 §F.3)."""
    r = rtree_name(t, c)
    run_script(
        dbapi_conn,
        f"""
CREATE VIRTUAL TABLE IF NOT EXISTS "{r}" USING rtree(id, minx, maxx, miny, maxy);
{rtree_insert_trigger(t, c, i)}
CREATE TRIGGER IF NOT EXISTS "{r}_update1" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN
  INSERT OR REPLACE INTO "{r}" VALUES (
    NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER IF NOT EXISTS "{r}_update2" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "{r}" WHERE id = OLD."{i}";
END;
CREATE TRIGGER IF NOT EXISTS "{r}_update3" AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "{r}" WHERE id = OLD."{i}";
  INSERT OR REPLACE INTO "{r}" VALUES (
    NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER IF NOT EXISTS "{r}_update4" AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "{r}" WHERE id IN (OLD."{i}", NEW."{i}");
END;
CREATE TRIGGER IF NOT EXISTS "{r}_delete" AFTER DELETE ON "{t}"
WHEN old."{c}" NOT NULL
BEGIN
  DELETE FROM "{r}" WHERE id = OLD."{i}";
END;
""",
    )
    dbapi_conn.execute(
        "INSERT OR REPLACE INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (t, c),
    )


def update_extents(dbapi_conn: sqlite3.Connection) -> None:
    """Refresh each feature table's bounding box and last_change in gpkg_contents."""
    now = _gpkg_now()
    for table in FEATURE_TABLES:
        r = rtree_name(table)
        row = dbapi_conn.execute(
            f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "{r}"'
        ).fetchone()
        dbapi_conn.execute(
            "UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, last_change=? "
            "WHERE table_name=?",
            (*row, now, table),
        )


def _gpkg_now() -> str:
    now = utcnow()
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
