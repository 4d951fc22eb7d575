"""Fast inserts of many rows into a feature table (imports, demo, benchmarks).

The ORM and SQLAlchemy's per-row bind processing cost more than the database
itself at 100 000 rows, so this path encodes geometries vectorised with
shapely and hands plain tuples to the driver's ``executemany``. On a
GeoPackage the R-tree insert trigger (which calls back into Python five times
per row) is dropped for the duration of the load and the index is written
from the bounds already computed: row by row for a small load, or, for a
large one, rebuilt packed straight into the R-tree's node tables
(:mod:`kalixplan.store.rtree_pack`) while the table's plain indexes are
dropped and built again by sorting. The trigger is recreated before commit.
DDL is transactional in SQLite, so a crash or an error anywhere leaves rows,
indexes and trigger as they were.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import suppress
from datetime import UTC, date, datetime
from itertools import repeat
from typing import Any

import numpy as np
import shapely
from sqlalchemy import Connection, Table
from sqlalchemy.exc import SQLAlchemyError

from kalixplan.store.gpkg import rtree_insert_trigger, rtree_name
from kalixplan.store.gpkg_binary import encode_gpkg
from kalixplan.store.rtree_pack import read_rtree_entries, write_packed_rtree
from kalixplan.store.types import project_srid


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _sqlite_columns(columns: Mapping[str, Sequence[Any]]) -> list[Sequence[Any]]:
    """Column-wise conversion to what SQLite stores; most columns need none at all."""
    out = []
    for values in columns.values():
        sample = next((v for v in values if v is not None), None)
        if isinstance(sample, date | bool) and list(values).count(sample) == len(values):
            values = [_sqlite_value(sample)] * len(values)  # one value (timestamps of a load)
        elif isinstance(sample, date | bool):
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
    columns = {c: [row[c] for row in rows] for c in rows[0]}
    with BulkLoad(conn, table, len(rows)) as load:
        return load.insert(columns, geoms)


class BulkLoad:
    """Many rows into one feature table, in chunks, with the index work done once.

    Use as a context manager inside the caller's transaction and call
    :meth:`insert` per chunk (so progress and Cancel work between chunks). On
    a GeoPackage the R-tree insert trigger is dropped on entry; on a clean exit
    the R-tree gets the new rows' boxes and the trigger comes back. A large
    load (``expected`` rows, at least :data:`PACK_ROWS` and half the rows
    already there) instead rebuilds the whole R-tree packed, the way GDAL does,
    and drops the table's plain indexes to build them again at the end, since
    sorting once beats 100 000 random B-tree inserts. DDL is transactional in
    SQLite: if anything fails the rollback restores rows, indexes and trigger.
    On PostGIS the server maintains its indexes and this only inserts.
    """

    PACK_ROWS = 5_000

    def __init__(self, conn: Connection, table: Table, expected: int) -> None:
        self.conn = conn
        self.name = table.name
        self.srid = project_srid(conn.dialect)
        self.sqlite = conn.dialect.name == "sqlite"
        self.expected = expected
        self.multi = getattr(table.c.geom.type, "geometry_type", "") == "MULTIPOLYGON"
        self.ids: list[np.ndarray] = []
        self.bounds: list[np.ndarray] = []
        self.packed = False
        self.indexes: list[str] = []
        self.guards: list[str] = []

    def __enter__(self) -> BulkLoad:
        if not self.sqlite:
            return self
        sql = self.conn.exec_driver_sql
        sql(f'DROP TRIGGER IF EXISTS "{rtree_name(self.name)}_insert"')
        # The outside-edit guard on INSERT stands aside for our own rows but would still
        # ask once per row whether the writer is KalixPlan (a Python call); our write lock
        # keeps every other writer out meanwhile, so it is set aside for the load too.
        for name, ddl in sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND name = ?",
            (self.name, f"kalixplan_{self.name}_insert"),
        ).all():
            sql(f'DROP TRIGGER "{name}"')
            self.guards.append(ddl)
        present = int(sql(f'SELECT count(*) FROM "{self.name}"').scalar_one())
        self.packed = self.expected >= self.PACK_ROWS and self.expected * 2 >= present
        if self.packed:
            found = sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
                (self.name,),
            ).all()
            for index, ddl in found:
                sql(f'DROP INDEX "{index}"')
                self.indexes.append(ddl)
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self.sqlite:
            return
        if exc_type is None:
            self._finish()
            return
        # The caller's rollback undoes everything; should it go on and commit instead,
        # the table still has its trigger, indexes and the index rows of what went in.
        with suppress(SQLAlchemyError, sqlite3.Error):
            self._finish()

    def _finish(self) -> None:
        """Index the loaded rows, build the dropped indexes again, restore the trigger."""
        sql = self.conn.exec_driver_sql
        rtree = rtree_name(self.name)
        ids = np.concatenate(self.ids) if self.ids else np.zeros(0, dtype=np.int64)
        bounds = np.concatenate(self.bounds) if self.bounds else np.zeros((0, 4))
        if self.packed:
            old_ids, old_bounds = read_rtree_entries(self.conn, rtree)
            write_packed_rtree(
                self.conn, rtree, np.concatenate([old_ids, ids]), np.vstack([old_bounds, bounds])
            )
        elif len(ids):
            sql(
                f'INSERT INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                [
                    (i, b[0], b[2], b[1], b[3])
                    for i, b in zip(ids.tolist(), bounds.tolist(), strict=True)
                ],
            )
        for ddl in self.indexes:
            sql(ddl)
        sql(rtree_insert_trigger(self.name))
        for ddl in self.guards:
            sql(ddl)
        self.guards = []

    def insert(
        self,
        columns: Mapping[str, Sequence[Any]],
        geoms: np.ndarray,
        encoded: tuple[Sequence[bytes | None], np.ndarray] | None = None,
    ) -> list[int]:
        """Insert one chunk: field → values (without id and geom), and the geometries.

        ``encoded`` passes the geometries' blobs and bounds when the caller has
        made them already (:func:`encode_gpkg`, with ``multi`` for multipolygon
        tables); they are used on a GeoPackage only.

        Returns:
            the ids given to the rows, in order.
        """
        n = len(geoms)
        if n == 0:
            return []
        names = ", ".join(['"id"', *[f'"{c}"' for c in columns], '"geom"'])
        if not self.sqlite:
            single = shapely.get_type_id(geoms) == 3
            if self.multi and single.any():
                geoms = np.asarray(geoms, dtype=object).copy()
                geoms[single] = shapely.multipolygons(geoms[single][:, None])
            return _postgres_insert(self.conn, self.name, names, columns, geoms, self.srid)
        sql = self.conn.exec_driver_sql
        first = int(sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{self.name}"').scalar_one())
        ids = list(range(first, first + n))
        blobs, bounds = encoded or encode_gpkg(geoms, self.srid, multi=self.multi)
        _insert_rows(
            self.conn,
            f'INSERT INTO "{self.name}" ({names}) VALUES ',
            [ids, *_sqlite_columns(columns), blobs],
        )
        self.ids.append(np.asarray(ids, dtype=np.int64))
        self.bounds.append(bounds)
        return ids


# Rows per INSERT statement: as many as keep the statement under 999 parameters (the
# oldest SQLite limit), at most 100 (beyond that the gain is gone).
_ROWS_PER_STATEMENT = 100
_MAX_PARAMETERS = 999
# Values bound once per statement when a whole column holds one of them: types whose
# equal values are one value (floats are not: 0.0 == -0.0).
_SHAREABLE = (int, str, type(None))


def _insert_rows(conn: Connection, head: str, columns: Sequence[Sequence[Any]]) -> None:
    """``head`` (``INSERT INTO t (a, b) VALUES ``) with the rows of ``columns``, several
    rows to a statement.

    Python's ``executemany`` binds and steps its statement once per row and binds
    every value on its own; with about 100 rows in one ``VALUES`` list, and a
    column that holds one value throughout (a load's version, its timestamps)
    bound once per statement as a numbered parameter all rows share, a third of a
    100 000-row load goes. The rows go in the same order with the same values:
    each statement inserts ``per`` consecutive rows, made by taking every
    ``per``-th value of each column from ``j`` on, and the rows that do not fill
    a statement go in one at a time. The first column (the id) always varies.
    """
    n, width = len(columns[0]), len(columns)
    if any(len(column) != n for column in columns):
        raise ValueError("every column of a bulk insert needs one value per row")
    shared = [k for k in range(1, width) if n > 1 and _one_value(columns[k])]
    varying = [k for k in range(width) if k not in shared]
    per = max(1, min(_ROWS_PER_STATEMENT, (_MAX_PARAMETERS - len(shared)) // len(varying)))
    full = n - n % per
    constants = [columns[k][0] for k in shared]
    sql = conn.exec_driver_sql
    if full:
        strided = [columns[k][j:full:per] for j in range(per) for k in varying]
        rows = zip(*strided, *map(repeat, constants), strict=False)  # repeat() has no end
        sql(head + _values(width, varying, shared, per), list(rows))
    if full < n:
        rest = zip(*(columns[k][full:] for k in varying), *map(repeat, constants), strict=False)
        sql(head + _values(width, varying, shared, 1), list(rest))


def _one_value(column: Sequence[Any]) -> bool:
    """True when every value of ``column`` is the same, of one shareable type."""
    if not isinstance(column, list):
        return False
    first = column[0]
    return (
        type(first) in _SHAREABLE
        and column[-1] == first  # most columns that vary show it at once
        and column.count(first) == len(column)
        and set(map(type, column)) == {type(first)}
    )


def _values(width: int, varying: list[int], shared: list[int], per: int) -> str:
    """``(?1, ?2, ?201), (?3, ?4, ?201), …``: ``per`` rows of ``width`` numbered
    parameters; each row's varying columns in turn, the shared ones after them all."""
    place = {k: i for i, k in enumerate(varying)}
    rows = []
    for j in range(per):
        base = j * len(varying)
        numbers = [
            base + place[k] + 1 if k in place else per * len(varying) + shared.index(k) + 1
            for k in range(width)
        ]
        rows.append("(" + ", ".join(f"?{i}" for i in numbers) + ")")
    return ", ".join(rows)


def _postgres_insert(
    conn: Connection,
    name: str,
    names: str,
    columns: Mapping[str, Sequence[Any]],
    geoms: np.ndarray,
    srid: int,
) -> list[int]:
    ids = [
        int(i)
        for i in conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) "
            f"FROM generate_series(1, {len(geoms)})"
        ).scalars()
    ]
    hexes = shapely.to_wkb(
        shapely.set_srid(geoms, srid), hex=True, include_srid=True, output_dimension=2
    )
    marks = ", ".join(["%s"] * (len(columns) + 2))
    params = list(zip(ids, *columns.values(), hexes, strict=True))
    conn.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', params)
    return ids
