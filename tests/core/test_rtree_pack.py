"""Packed R-trees written into SQLite's shadow tables are ordinary, correct R-trees."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from sqlalchemy import create_engine

from kalixplan.store.engine import create_project
from kalixplan.store.gpkg import rtree_insert_trigger, rtree_name
from kalixplan.store.gpkg_binary import encode_gpkg
from kalixplan.store.rtree_pack import read_rtree_entries, write_packed_rtree

RTREE = "rtree_t_geom"
COLUMNS = "id, minx, maxx, miny, maxy"
X0, Y0 = 180_000.0, 7_300_000.0  # EPSG:3018, near Kalix
NOW = "2025-01-01T00:00:00.000Z"


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(f"CREATE VIRTUAL TABLE {RTREE} USING rtree({COLUMNS})")
    db.execute(f"CREATE VIRTUAL TABLE ref USING rtree({COLUMNS})")
    yield db
    db.close()


def random_entries(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Shuffled ids with gaps, and boxes as shapely.bounds gives them: points, small and big
    boxes, on both sides of zero, with fractions that float32 cannot hold."""
    rng = np.random.default_rng(seed)
    ids = rng.permutation(np.arange(1, 3 * n + 1))[:n]
    x = rng.uniform(-2e6, 2e6, n)
    y = rng.uniform(-1e3, 8e6, n)
    size = rng.choice([0.0, 1.0, 300.0, 2e5], n, p=[0.1, 0.5, 0.35, 0.05])
    w, h = size * rng.uniform(0, 1, n), size * rng.uniform(0, 1, n)
    return ids.astype(np.int64), np.column_stack([x, y, x + w, y + h])


def insert(db: sqlite3.Connection, name: str, ids: np.ndarray, bounds: np.ndarray) -> None:
    """Ordinary INSERTs: the reference the packed tree must agree with."""
    rows = zip(ids.tolist(), *bounds[:, [0, 2, 1, 3]].T.tolist(), strict=True)
    db.executemany(f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)", rows)


def stored(db: sqlite3.Connection, name: str) -> list[tuple[int, float, float, float, float]]:
    return db.execute(f"SELECT {COLUMNS} FROM {name} ORDER BY id").fetchall()


def window_hits(db: sqlite3.Connection, name: str, window: np.ndarray) -> set[int]:
    minx, miny, maxx, maxy = window.tolist()
    sql = f"SELECT id FROM {name} WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"
    return {i for (i,) in db.execute(sql, (maxx, minx, maxy, miny))}


def random_windows(count: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-2e6, 2e6, count), rng.uniform(0, 8e6, count)
    size = rng.choice([10.0, 1e4, 3e5], count)
    return np.column_stack([x, y, x + size, y + size])


def rtreecheck(db: sqlite3.Connection, name: str = RTREE) -> str:
    return str(db.execute(f"SELECT rtreecheck('{name}')").fetchone()[0])


def nodes(db: sqlite3.Connection, name: str = RTREE) -> dict[int, bytes]:
    return dict(db.execute(f"SELECT nodeno, data FROM {name}_node").fetchall())


@pytest.mark.parametrize("n", [0, 1, 51, 52, 166, 167, 168, 2601, 2602, 5000, 100_000])
def test_packed_tree_passes_rtreecheck(conn: sqlite3.Connection, n: int) -> None:
    # 51 cells fill a 1228-byte node (4096-byte pages); 2601 = 51 * 51 fills two levels.
    ids, bounds = random_entries(n)
    write_packed_rtree(conn, RTREE, ids, bounds)
    assert rtreecheck(conn) == "ok"
    assert conn.execute(f"SELECT count(*) FROM {RTREE}").fetchone() == (n,)
    blobs = nodes(conn)
    assert {len(b) for b in blobs.values()} == {1228}
    counts = {k: int.from_bytes(b[2:4], "big") for k, b in blobs.items()}
    assert all(c >= 51 // 3 for k, c in counts.items() if k != 1)
    assert all(int.from_bytes(b[:2], "big") == 0 for k, b in blobs.items() if k != 1)
    depth = int.from_bytes(blobs[1][:2], "big")
    assert depth == (0 if n <= 51 else 1 if n <= 2601 else 2)
    rowids = conn.execute(f"SELECT count(*), count(DISTINCT nodeno) FROM {RTREE}_rowid")
    assert rowids.fetchone() == (n, -(-n // 51))  # leaves: as few as fit
    parents = conn.execute(f"SELECT count(*) FROM {RTREE}_parent").fetchone()[0]
    assert parents == len(blobs) - 1


def test_empty_tree_is_a_fresh_one(conn: sqlite3.Connection) -> None:
    fresh = nodes(conn)
    write_packed_rtree(conn, RTREE, *random_entries(500))
    write_packed_rtree(conn, RTREE, np.empty(0, np.int64), np.empty((0, 4)))
    assert nodes(conn) == fresh == {1: bytes(1228)}
    assert conn.execute(f"SELECT count(*) FROM {RTREE}_rowid").fetchone() == (0,)
    assert conn.execute(f"SELECT count(*) FROM {RTREE}_parent").fetchone() == (0,)
    assert rtreecheck(conn) == "ok"


def test_window_queries_and_coordinates_match_inserts(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(5000)
    write_packed_rtree(conn, RTREE, ids, bounds)
    insert(conn, "ref", ids, bounds)
    packed = stored(conn, RTREE)
    assert packed == stored(conn, "ref")
    # Stored float32 boxes contain the float64 ones.
    got = np.array(packed)[:, 1:]
    want = bounds[np.argsort(ids)][:, [0, 2, 1, 3]]
    assert (got[:, 0::2] <= want[:, 0::2]).all()
    assert (got[:, 1::2] >= want[:, 1::2]).all()
    assert (got != want).any()  # the data does exercise rounding
    hits = 0
    for window in random_windows(200):
        expected = window_hits(conn, "ref", window)
        assert window_hits(conn, RTREE, window) == expected
        hits += len(expected)
    assert hits > 200


def leaf_boxes(db: sqlite3.Connection, name: str) -> np.ndarray:
    """The boxes of the leaf nodes, decoded by SQLite's own rtreenode() from their parents
    (printed to six digits: enough to count the leaves a window meets)."""
    parents = db.execute(
        f"SELECT rtreenode(2, data) FROM {name}_node WHERE nodeno IN (SELECT parentnode "
        f"FROM {name}_parent WHERE nodeno IN (SELECT nodeno FROM {name}_rowid))"
    )
    cells = [cell for (text,) in parents for cell in text[1:-1].split("} {")]
    return np.array([[float(v) for v in cell.split()[1:]] for cell in cells])


def test_packed_tree_is_as_selective_as_an_inserted_one(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(5000)
    write_packed_rtree(conn, RTREE, ids, bounds)
    insert(conn, "ref", ids, bounds)
    touched = {}
    for name in (RTREE, "ref"):
        leaves = leaf_boxes(conn, name)
        touched[name] = np.mean(
            [
                np.sum(
                    (leaves[:, 0] <= x1)
                    & (leaves[:, 1] >= x0)
                    & (leaves[:, 2] <= y1)
                    & (leaves[:, 3] >= y0)
                )
                for x0, y0, x1, y1 in random_windows(200)
            ]
        )
    assert len(leaf_boxes(conn, RTREE)) == 99  # 5000 / 51 rounded up: full nodes
    assert touched[RTREE] <= 1.1 * touched["ref"]


def test_rounding_is_sqlites(conn: sqlite3.Connection) -> None:
    # SQLite rounds outwards with value * (1 +- 2**-23), not to the adjacent float32.
    values = np.array([0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 1 / 3, -1 / 3, 1e-30, -1e-30, 1e30, -1e30])
    edge = [2.0**24 + 1, -(2.0**24) - 1, 123456.789, -123456.789, 7_300_000.123]
    values = np.concatenate([values, edge, np.random.default_rng(2).normal(0, 1e6, 5000)])
    ids = np.arange(len(values))
    bounds = np.column_stack([values, values, values, values])
    write_packed_rtree(conn, RTREE, ids, bounds)
    insert(conn, "ref", ids, bounds)
    assert stored(conn, RTREE) == stored(conn, "ref")
    got = np.array(stored(conn, RTREE))
    assert (got[:, 1] <= values).all() and (got[:, 2] >= values).all()
    nearest_below = np.nextafter(values.astype(np.float32), np.float32(-np.inf))
    assert ((got[:, 1] < nearest_below) & (values.astype(np.float32) > values)).any()


def test_ordinary_writes_keep_working_after_packing(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(7000, seed=3)
    first, later = slice(0, 5000), slice(5000, 7000)
    conn.execute("BEGIN")
    # The R-tree module keeps a blob handle on <name>_node open during a write
    # transaction; touching the tree before packing, in the same transaction,
    # shows the rewrite does not leave it reading stale nodes.
    insert(conn, RTREE, ids[later][:10], bounds[later][:10])
    window_hits(conn, RTREE, random_windows(1)[0])
    write_packed_rtree(conn, RTREE, ids[first], bounds[first])
    insert(conn, "ref", ids[first], bounds[first])
    for name in (RTREE, "ref"):
        insert(conn, name, ids[later], bounds[later])
        doomed = ids[first][::5].tolist()
        conn.executemany(f"DELETE FROM {name} WHERE id = ?", [(i,) for i in doomed])
        moved = [(i % 1000, i % 1000 + 1.5, i) for i in ids[later][::4].tolist()]
        conn.executemany(f"UPDATE {name} SET minx = ?, maxx = ? WHERE id = ?", moved)
    conn.execute("COMMIT")
    assert rtreecheck(conn) == "ok"
    assert conn.execute(f"SELECT count(*) FROM {RTREE}").fetchone() == (6000,)
    assert stored(conn, RTREE) == stored(conn, "ref")
    for window in random_windows(50, seed=4):
        assert window_hits(conn, RTREE, window) == window_hits(conn, "ref", window)


def test_packing_replaces_everything(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(3000, seed=5)
    write_packed_rtree(conn, RTREE, ids, bounds)
    other_ids = np.concatenate([ids[:100], ids[:100] + 10**6])  # some ids kept, new boxes
    other_bounds = random_entries(200, seed=6)[1]
    write_packed_rtree(conn, RTREE, other_ids, other_bounds)
    insert(conn, "ref", other_ids, other_bounds)
    assert rtreecheck(conn) == "ok"
    assert stored(conn, RTREE) == stored(conn, "ref")
    assert conn.execute(f"SELECT count(*) FROM {RTREE}_rowid").fetchone() == (200,)
    assert len(nodes(conn)) == 1 + 4


def test_read_entries_and_merge(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(4000, seed=7)
    old, new = slice(0, 3000), slice(3000, 4000)
    insert(conn, RTREE, ids[old], bounds[old])  # a tree built by SQLite itself
    conn.execute(f"DELETE FROM {RTREE} WHERE id % 7 = 0")
    got_ids, got_bounds = read_rtree_entries(conn, RTREE)
    as_rows = [
        (i, *b) for i, b in zip(got_ids.tolist(), got_bounds[:, [0, 2, 1, 3]].tolist(), strict=True)
    ]
    assert sorted(as_rows) == stored(conn, RTREE)
    assert got_ids.dtype == np.int64 and got_bounds.dtype == np.float64

    merged_ids = np.concatenate([got_ids, ids[new]])
    write_packed_rtree(conn, RTREE, merged_ids, np.concatenate([got_bounds, bounds[new]]))
    insert(conn, "ref", ids[old], bounds[old])
    conn.execute("DELETE FROM ref WHERE id % 7 = 0")
    insert(conn, "ref", ids[new], bounds[new])
    assert rtreecheck(conn) == "ok"
    assert stored(conn, RTREE) == stored(conn, "ref")

    conn.execute(f"DELETE FROM {RTREE}")
    empty_ids, empty_bounds = read_rtree_entries(conn, RTREE)
    assert empty_ids.shape == (0,) and empty_bounds.shape == (0, 4)


def test_packs_through_a_cursor_and_rolls_back(conn: sqlite3.Connection) -> None:
    ids, bounds = random_entries(1000, seed=8)
    insert(conn, RTREE, ids, bounds)
    before = stored(conn, RTREE)
    cursor = conn.cursor()
    cursor.execute("BEGIN")
    write_packed_rtree(cursor, RTREE, ids[:10], bounds[:10])
    assert len(stored(conn, RTREE)) == 10
    cursor.execute("ROLLBACK")  # nothing was committed behind the caller's back
    assert stored(conn, RTREE) == before
    assert rtreecheck(conn) == "ok"


def test_sqlalchemy_connection(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'r.db'}")
    ids, bounds = random_entries(3000, seed=9)
    with engine.begin() as sa:
        sa.exec_driver_sql(f"CREATE VIRTUAL TABLE {RTREE} USING rtree({COLUMNS})")
    with engine.begin() as sa:
        write_packed_rtree(sa, RTREE, ids, bounds)
        got_ids, _ = read_rtree_entries(sa, RTREE)
        assert sorted(got_ids.tolist()) == sorted(ids.tolist())
    with engine.connect() as sa:
        transaction = sa.begin()
        write_packed_rtree(sa, RTREE, ids[:5], bounds[:5])
        transaction.rollback()
        assert sa.exec_driver_sql(f"SELECT rtreecheck('{RTREE}')").scalar() == "ok"
        assert sa.exec_driver_sql(f"SELECT count(*) FROM {RTREE}").scalar() == 3000
    engine.dispose()


def test_other_page_size() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA page_size = 1024")
    db.execute(f"CREATE VIRTUAL TABLE {RTREE} USING rtree({COLUMNS})")
    write_packed_rtree(db, RTREE, *random_entries(5000, seed=10))
    blobs = nodes(db)
    assert {len(b) for b in blobs.values()} == {960}  # 39 cells of 24 bytes, 20 bytes spare
    assert max(int.from_bytes(b[2:4], "big") for b in blobs.values()) == 39
    assert rtreecheck(db) == "ok"
    db.close()


def test_ids_across_the_whole_int64_range(conn: sqlite3.Connection) -> None:
    # A span too wide to pack an id and a leaf number into one integer, and a
    # narrow span far from zero.
    for ids in (
        np.array([-(2**63), 2**63 - 1, 0, -5, 7, *range(100, 200)], dtype=np.int64),
        np.arange(2**62, 2**62 + 3000, dtype=np.int64),
    ):
        bounds = random_entries(len(ids), seed=11)[1]
        write_packed_rtree(conn, RTREE, ids, bounds)
        conn.execute("DELETE FROM ref")
        insert(conn, "ref", ids, bounds)
        assert rtreecheck(conn) == "ok"
        assert stored(conn, RTREE) == stored(conn, "ref")


@pytest.mark.parametrize(
    ("ids", "bounds", "message"),
    [
        ([1, 2, 1], [[0, 0, 1, 1]] * 3, "duplicate ids"),
        ([1, 2], [[0, 0, 1, 1], [np.nan] * 4], "min exceeds max or NaN"),
        ([1, 2], [[0, 0, 1, 1], [2, 0, 1, 1]], "min exceeds max or NaN"),
        ([1, 2], [[0, 0, 1, 1]], "shape"),
        ([1.0, 2.0], [[0, 0, 1, 1]] * 2, "integer"),
    ],
)
def test_bad_entries_are_refused_before_writing(
    conn: sqlite3.Connection, ids: list[float], bounds: list[list[float]], message: str
) -> None:
    write_packed_rtree(conn, RTREE, *random_entries(100))
    before = stored(conn, RTREE)
    with pytest.raises(ValueError, match=message):
        write_packed_rtree(conn, RTREE, np.array(ids), np.array(bounds, dtype=float))
    assert stored(conn, RTREE) == before


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE x (id, minx, maxx, miny, maxy)",
        "CREATE VIRTUAL TABLE x USING rtree_i32(id, minx, maxx, miny, maxy)",
        "CREATE VIRTUAL TABLE x USING rtree(id, minx, maxx, miny, maxy, minz, maxz)",
        "CREATE VIRTUAL TABLE x USING rtree(id, minx, maxx, +fid, +name)",
    ],
)
def test_only_plain_2d_rtrees_are_written(conn: sqlite3.Connection, ddl: str) -> None:
    conn.execute(ddl)
    with pytest.raises(ValueError, match="not a two-dimensional rtree"):
        write_packed_rtree(conn, "x", np.array([1]), np.array([[0.0, 0.0, 1.0, 1.0]]))
    with pytest.raises(ValueError, match="not a two-dimensional rtree"):
        read_rtree_entries(conn, "missing")


def test_geopackage_index_is_valid_for_gdal(
    tmp_path: Path, validate_gpkg: Callable[[Path], None]
) -> None:
    path = tmp_path / "p.gpkg"
    project = create_project(str(path), 3018)
    rng = np.random.default_rng(12)
    n, extra = 3000, 500
    x, y = X0 + rng.uniform(0, 5e4, n + extra), Y0 + rng.uniform(0, 5e4, n + extra)
    geoms = shapely.multipolygons(shapely.box(x, y, x + x % 97, y + y % 89)[:, np.newaxis])
    blobs, bounds = encode_gpkg(geoms, 3018)
    rows = [
        (i, f"Kalix Test {i}", "available", 100.0, 1, NOW, NOW, 0, blob)
        for i, blob in enumerate(blobs, 1)
    ]
    insert_sql = (
        "INSERT INTO parcels (id, designation, status, area_m2, version, created_at, updated_at, "
        "example_data, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    parcels = rtree_name("parcels")
    with project.engine.begin() as sa:  # the bulk path: rows without the trigger, then the index
        sa.exec_driver_sql(f'DROP TRIGGER "{parcels}_insert"')
        sa.exec_driver_sql(insert_sql, rows[:n])
        write_packed_rtree(sa, parcels, np.arange(1, n + 1), bounds[:n])
        sa.exec_driver_sql(rtree_insert_trigger("parcels"))
    with project.engine.begin() as sa:  # the trigger indexes more rows, then a repack of all
        sa.exec_driver_sql(insert_sql, rows[n:])
        write_packed_rtree(sa, parcels, *read_rtree_entries(sa, parcels))
        assert sa.exec_driver_sql(f"SELECT rtreecheck('{parcels}')").scalar() == "ok"
        # What the GeoPackage triggers would have written, row by row:
        sa.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.ref USING rtree({COLUMNS})")
        sa.exec_driver_sql(
            "INSERT INTO temp.ref SELECT id, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
            "ST_MaxY(geom) FROM parcels"
        )
        index = sa.exec_driver_sql(f"SELECT {COLUMNS} FROM {parcels} ORDER BY id").fetchall()
        assert index == sa.exec_driver_sql(f"SELECT {COLUMNS} FROM ref ORDER BY id").fetchall()
        sa.exec_driver_sql("DROP TABLE temp.ref")
    project.close()

    # GDAL answers spatial filters from the index.
    window = (X0 + 1e4, Y0 + 1e4, X0 + 2e4, Y0 + 1.5e4)
    found = pyogrio.read_dataframe(path, layer="parcels", bbox=window, columns=["designation"])
    expected = np.flatnonzero(shapely.intersects(geoms, shapely.box(*window))) + 1
    assert sorted(found["designation"]) == sorted(f"Kalix Test {i}" for i in expected)
    assert len(expected) > 50

    validate_gpkg(path)
