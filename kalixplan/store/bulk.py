"""Fast inserts of many rows into a feature table (imports, demo, benchmarks).

The ORM and SQLAlchemy's per-row bind processing cost more than the database
itself at 100 000 rows, so this path encodes geometries vectorised with
shapely and hands plain tuples to the driver's ``executemany``. On a
GeoPackage the R-tree insert trigger (which calls back into Python five times
per row) is dropped for the duration of the transaction and the index rows
are written directly from the bounds already computed; the trigger is
recreated before commit. DDL is transactional in SQLite, so a crash or an
error anywhere leaves both the rows and the trigger as they were.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import shapely
from sqlalchemy import Connection, Table

from kalixplan.store.gpkg import rtree_insert_trigger, rtree_name
from kalixplan.store.types import project_srid

_HEADER = struct.Struct("<2sBBi4d")


def encode_gpkg(geoms: np.ndarray, srid: int) -> tuple[list[bytes], np.ndarray]:
    """GeoPackage blobs for an array of non-empty geometries, and their bounds."""
    wkb = shapely.to_wkb(geoms, byte_order=1, output_dimension=2, flavor="iso")
    bounds = shapely.bounds(geoms)
    blobs = [
        _HEADER.pack(b"GP", 0, 0x03, srid, b[0], b[2], b[1], b[3]) + w
        for w, b in zip(wkb, bounds, strict=True)
    ]
    return blobs, bounds


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _sqlite_columns(columns: list[str], rows: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
    """Column-wise conversion to what SQLite stores; most columns need none at all."""
    out = []
    for c in columns:
        values = [row[c] for row in rows]
        sample = next((v for v in values if v is not None), None)
        if isinstance(sample, date | bool):
            cache: dict[Any, Any] = {}
            values = [
                cache[v] if v in cache else cache.setdefault(v, _sqlite_value(v)) for v in values
            ]
        out.append(values)
    return out


def bulk_insert(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], geoms: np.ndarray
) -> list[int]:
    """Insert ``rows`` (without id and geom) with ``geoms`` into a feature table.

    Every row must have the same keys. Geometries must be valid, non-empty and
    in the project CRS.

    Returns:
        the ids given to the rows, in order.
    """
    if not rows:
        return []
    columns = list(rows[0])
    srid = project_srid(conn.dialect)
    names = ", ".join(['"id"', *[f'"{c}"' for c in columns], '"geom"'])
    if conn.dialect.name == "sqlite":
        return _sqlite_insert(conn, table.name, names, columns, rows, geoms, srid)
    return _postgres_insert(conn, table.name, names, columns, rows, geoms, srid)


def _sqlite_insert(
    conn: Connection,
    name: str,
    names: str,
    columns: list[str],
    rows: Sequence[Mapping[str, Any]],
    geoms: np.ndarray,
    srid: int,
) -> list[int]:
    trigger = f'"{rtree_name(name)}_insert"'
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    first = int(conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{name}"').scalar_one())
    ids = list(range(first, first + len(rows)))
    blobs, bounds = encode_gpkg(geoms, srid)
    marks = ", ".join("?" * (len(columns) + 2))
    params = list(zip(ids, *_sqlite_columns(columns, rows), blobs, strict=True))
    conn.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', params)
    conn.exec_driver_sql(
        f'INSERT INTO "{rtree_name(name)}" VALUES (?, ?, ?, ?, ?)',
        [(i, b[0], b[2], b[1], b[3]) for i, b in zip(ids, bounds.tolist(), strict=True)],
    )
    conn.exec_driver_sql(rtree_insert_trigger(name))
    return ids


def _postgres_insert(
    conn: Connection,
    name: str,
    names: str,
    columns: list[str],
    rows: Sequence[Mapping[str, Any]],
    geoms: np.ndarray,
    srid: int,
) -> list[int]:
    ids = [
        int(i)
        for i in conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) "
            f"FROM generate_series(1, {len(rows)})"
        ).scalars()
    ]
    hexes = shapely.to_wkb(
        shapely.set_srid(geoms, srid), hex=True, include_srid=True, output_dimension=2
    )
    marks = ", ".join(["%s"] * (len(columns) + 2))
    params = [
        (i, *[row[c] for c in columns], h) for i, row, h in zip(ids, rows, hexes, strict=True)
    ]
    conn.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', params)
    return ids
