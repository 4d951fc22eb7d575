"""Bulk-loaded ("packed") SQLite R-tree indexes, written straight into the shadow tables.

A GeoPackage spatial index is an SQLite R-tree virtual table,
``CREATE VIRTUAL TABLE rtree_<t>_<geom> USING rtree(id, minx, maxx, miny, maxy)``.
Filling it with ``INSERT`` costs a full R*-tree insertion per row (choose a
subtree, split, reinsert), about 0.7 s for 100 000 rows. GDAL instead builds
the whole tree in memory and writes the virtual table's three shadow tables
directly; this module does the same with numpy, in a few tens of milliseconds.

The R-tree keeps everything in ordinary tables (``sqlite.org/rtree.html``,
``ext/rtree/rtree.c``):

* ``<name>_node(nodeno INTEGER PRIMARY KEY, data)``: one blob per tree node.
  Node 1 is the root. A blob is a 2-byte big-endian depth (meaningful in the
  root only: the number of levels below it, 0 when the root is a leaf; other
  nodes carry 0), a 2-byte big-endian cell count, then 24-byte cells: a
  big-endian int64 (the rowid in a leaf, the child's node number in an
  interior node) followed by four big-endian float32 in column order minx,
  maxx, miny, maxy. Every blob is zero-padded to the node size, which SQLite
  reads back from the length of the root blob. It chose that size when the
  table was created: the page size minus 64, but at most 51 cells
  (``RTREE_MAXCELLS``), so with 4096-byte pages a node is 4 + 51 * 24 = 1228
  bytes rather than 4032.
* ``<name>_rowid(rowid INTEGER PRIMARY KEY, nodeno)``: the leaf of each entry.
* ``<name>_parent(nodeno INTEGER PRIMARY KEY, parentnode)``: the parent of
  every node except the root.

Coordinates are stored as float32, minima rounded down and maxima up so the
stored box contains the true one. SQLite does not step to the adjacent float
(``nextafter``): when the nearest float32 lies on the wrong side it multiplies
the double by ``1 ± 2**-23`` and rounds to nearest again, which sometimes lands
two floats away. ``_to_float32`` repeats that arithmetic exactly, so a packed
tree stores the same coordinates as ``INSERT`` would.

Nodes are grouped with Sort-Tile-Recursive: entries are sorted by x centre,
cut into about sqrt(nodes) vertical strips, each strip sorted by y centre and
cut into nodes; the nodes' boxes are then grouped the same way, level by
level, until one root holds the rest. Entries are spread evenly over the
nodes of a level, so every non-root node holds at least half a node's cells,
well above the third that SQLite keeps when it deletes.

The tree written is an ordinary SQLite R-tree: later ``INSERT``, ``UPDATE``
and ``DELETE`` on the virtual table maintain it as usual, and
``rtreecheck()`` accepts it. Writing shadow tables needs a connection without
``SQLITE_DBCONFIG_DEFENSIVE`` (Python's ``sqlite3`` leaves it off).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

Conn = sqlite3.Connection | sqlite3.Cursor | Connection
"""What the functions here accept: a DB-API ``sqlite3`` connection or cursor, or a
SQLAlchemy connection to a SQLite database (used through ``exec_driver_sql``)."""

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
_F32Array = npt.NDArray[np.float32]

_CELL = np.dtype(
    [("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")]
)
_HEADER = 4  # depth and cell count, two bytes each
_TOWARDS_ZERO = 1.0 - 2.0**-23  # rtree.c RNDTOWARDS
_AWAY_FROM_ZERO = 1.0 + 2.0**-23  # rtree.c RNDAWAY
_MAX_COLUMN = np.array([False, True, False, True])  # in column order minx, maxx, miny, maxy
_USING_RTREE = re.compile(r"\busing\s+rtree\s*\(([^)]*)\)", re.IGNORECASE)


def write_packed_rtree(conn: Conn, name: str, ids: IntArray, bounds: FloatArray) -> None:
    """Replace the whole content of an R-tree with a packed tree of the given entries.

    Runs inside the caller's transaction: it neither begins nor commits.

    Args:
        conn: an ``sqlite3`` connection or cursor, or a SQLAlchemy connection.
        name: the R-tree virtual table in the main schema, e.g.
            ``rtree_parcels_geom``; it must be a two-dimensional ``rtree``
            (float32 coordinates) without auxiliary columns.
        ids: the entries' ids (rowids), shape (n,), unique integers.
        bounds: the entries' boxes, shape (n, 4), as ``shapely.bounds`` gives them
            (minx, miny, maxx, maxy); min must not exceed max (empty geometries,
            whose bounds are NaN, have no index entry).

    Raises:
        ValueError: ``name`` is not such an R-tree, or the ids or bounds are invalid.
    """
    ids, boxes = _checked_entries(ids, bounds)
    by_id = np.argsort(ids)
    if np.any(ids[by_id[1:]] == ids[by_id[:-1]]):
        raise ValueError(f"duplicate ids for {name}")
    node_size = _node_size(conn, name)
    blobs, parent_of, leaf_of = _build_tree(ids, boxes, node_size)

    node, rowid, parent = (_quote(f"{name}_{s}") for s in ("node", "rowid", "parent"))
    for table in (node, rowid, parent):
        _run(conn, f"DELETE FROM {table}")
    _run(conn, f"INSERT INTO {node}(nodeno, data) VALUES (?, ?)", list(enumerate(blobs, 1)))
    if len(parent_of):
        rows = zip(range(2, 2 + len(parent_of)), parent_of.tolist(), strict=True)
        _run(conn, f"INSERT INTO {parent}(nodeno, parentnode) VALUES (?, ?)", list(rows))
    if len(ids):
        _write_rowids(conn, rowid, ids[by_id], leaf_of[by_id])


def _build_tree(
    ids: IntArray, boxes: _F32Array, node_size: int
) -> tuple[list[bytes], IntArray, IntArray]:
    """Pack the entries into nodes numbered top-down: root 1, the level below it, ..., leaves.

    Returns:
        the node blobs in node-number order, the parent of nodes 2, 3, ...,
        and the leaf node of each entry.
    """
    cap = (node_size - _HEADER) // _CELL.itemsize
    # Group bottom-up; each level is (its entries' boxes, their order, cells per node).
    levels: list[tuple[_F32Array, IntArray, IntArray]] = []
    entries = boxes
    while len(entries) > cap:
        order, sizes = _str_groups(entries, cap)
        levels.append((entries, order, sizes))
        entries = _group_boxes(entries[order], sizes)
    depth = len(levels)
    counts = [len(sizes) for _, _, sizes in levels]
    first = [2 + sum(counts[k + 1 :]) for k in range(depth)]  # first node number of level k

    root_keys = ids if depth == 0 else first[-1] + np.arange(len(entries), dtype=np.int64)
    blobs = _node_blobs(root_keys, entries, np.array([len(entries)]), node_size, depth)
    parents = [np.ones(counts[-1] if depth else 0, dtype=np.int64)]
    leaf_of = np.ones(len(ids), dtype=np.int64)
    for k in range(depth - 1, -1, -1):
        boxes_k, order, sizes = levels[k]
        keys = ids[order] if k == 0 else first[k - 1] + order
        blobs += _node_blobs(keys, boxes_k[order], sizes, node_size, 0)
        owner = np.empty(len(order), dtype=np.int64)  # node number of each entry
        owner[order] = first[k] + np.repeat(np.arange(len(sizes)), sizes)
        if k == 0:
            leaf_of = owner
        else:
            parents.append(owner)
    return blobs, np.concatenate(parents), leaf_of


def read_rtree_entries(conn: Conn, name: str) -> tuple[IntArray, FloatArray]:
    """The entries of an R-tree, as ``SELECT id, minx, maxx, miny, maxy FROM name`` has them.

    The leaf nodes are decoded directly, which is many times faster than the
    virtual table's row-by-row cursor. Use it to merge the existing entries
    with new ones before ``write_packed_rtree``; the coordinates are the stored
    float32 values, which that function stores unchanged.

    Args:
        conn: an ``sqlite3`` connection or cursor, or a SQLAlchemy connection.
        name: the R-tree virtual table (see ``write_packed_rtree``).

    Returns:
        ids, shape (n,), and bounds, shape (n, 4), as minx, miny, maxx, maxy, in
        tree order.
    """
    _node_size(conn, name)
    nodes = dict(_run(conn, f"SELECT nodeno, data FROM {_quote(name + '_node')}").fetchall())
    level = [1]
    for _ in range(int.from_bytes(nodes[1][:2], "big")):
        level = _cells(nodes, level)["id"].tolist()
    cells = _cells(nodes, level)
    bounds = np.column_stack([cells[c] for c in ("minx", "miny", "maxx", "maxy")])
    return cells["id"].astype(np.int64), bounds.astype(np.float64)


def _run(conn: Conn, sql: str, params: Any = ()) -> Any:
    """Execute on either kind of connection; a list of parameter tuples means executemany."""
    if isinstance(conn, Connection):
        return conn.exec_driver_sql(sql, params)
    if isinstance(params, list):
        return conn.executemany(sql, params)
    return conn.execute(sql, params)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _node_size(conn: Conn, name: str) -> int:
    """The R-tree's node size in bytes, after checking the table is a 2-D float R-tree."""
    row = _run(
        conn,
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
        (name,),
    ).fetchone()
    match = _USING_RTREE.search(row[0] or "") if row else None
    if match is None or len(match[1].split(",")) != 5 or "+" in match[1]:
        raise ValueError(f"{name} is not a two-dimensional rtree without auxiliary columns")
    size = _run(
        conn, f"SELECT length(data) FROM {_quote(name + '_node')} WHERE nodeno = 1"
    ).fetchone()
    if size is None:
        raise ValueError(f"{name} has no root node")
    return int(size[0])


def _checked_entries(ids: IntArray, bounds: FloatArray) -> tuple[IntArray, _F32Array]:
    """The ids as int64 and the boxes as stored: float32 minx, maxx, miny, maxy."""
    ids = np.asarray(ids)
    bounds = np.asarray(bounds, dtype=np.float64)
    if ids.ndim != 1 or (ids.size and ids.dtype.kind not in "iu"):
        raise ValueError("ids must be a one-dimensional integer array")
    if bounds.shape != (len(ids), 4):
        raise ValueError(f"bounds must have shape ({len(ids)}, 4), not {bounds.shape}")
    bad = ~((bounds[:, 0] <= bounds[:, 2]) & (bounds[:, 1] <= bounds[:, 3]))
    if bad.any():
        raise ValueError(f"id {ids[bad][0]} has bounds {bounds[bad][0]}: min exceeds max or NaN")
    return ids.astype(np.int64), _to_float32(bounds[:, [0, 2, 1, 3]])


def _to_float32(boxes: FloatArray) -> _F32Array:
    """Round (minx, maxx, miny, maxy) boxes outwards to float32, exactly as rtree.c does.

    rtreeValueDown / rtreeValueUp take the nearest float32 and, when it lies
    inside the box, round ``value * (1 ± 2**-23)`` to nearest instead.
    """
    with np.errstate(over="ignore"):
        nearest = boxes.astype(np.float32)
        factor = np.where((boxes < 0) == _MAX_COLUMN, _TOWARDS_ZERO, _AWAY_FROM_ZERO)
        nudged = (boxes * factor).astype(np.float32)
    inside = np.where(_MAX_COLUMN, nearest < boxes, nearest > boxes)
    return np.where(inside, nudged, nearest)


def _even_split(total: int, parts: int) -> IntArray:
    """``parts`` sizes adding up to ``total`` that differ by at most one."""
    sizes = np.full(parts, total // parts, dtype=np.int64)
    sizes[: total % parts] += 1
    return sizes


def _str_groups(boxes: _F32Array, cap: int) -> tuple[IntArray, IntArray]:
    """Sort-Tile-Recursive grouping of more than ``cap`` boxes into as few nodes as possible.

    Returns:
        the order of the boxes, and the number of consecutive boxes in that
        order that go into each node.
    """
    n_nodes = -(-len(boxes) // cap)
    sizes = _even_split(len(boxes), n_nodes)
    strips = _even_split(n_nodes, math.ceil(math.sqrt(n_nodes)))
    strip_ends = np.cumsum(sizes)[np.cumsum(strips) - 1]
    order = np.argsort(boxes[:, 0].astype(np.float64) + boxes[:, 1])
    y = boxes[:, 2].astype(np.float64) + boxes[:, 3]
    start = 0
    for end in strip_ends.tolist():
        strip = order[start:end]
        order[start:end] = strip[np.argsort(y[strip])]
        start = end
    return order, sizes


def _group_boxes(boxes: _F32Array, sizes: IntArray) -> _F32Array:
    """The bounding box of each run of ``sizes`` consecutive boxes."""
    starts = np.cumsum(sizes) - sizes
    out = np.empty((len(sizes), 4), dtype=np.float32)
    out[:, 0::2] = np.minimum.reduceat(boxes[:, 0::2], starts)
    out[:, 1::2] = np.maximum.reduceat(boxes[:, 1::2], starts)
    return out


def _node_blobs(
    keys: IntArray, boxes: _F32Array, sizes: IntArray, node_size: int, depth: int
) -> list[bytes]:
    """Node blobs holding runs of ``sizes`` consecutive cells, with ``depth`` in the header."""
    cap = (node_size - _HEADER) // _CELL.itemsize
    n_nodes = len(sizes)
    starts = np.cumsum(sizes) - sizes
    slot = np.repeat(np.arange(n_nodes) * cap - starts, sizes) + np.arange(len(keys))
    cells = np.zeros(n_nodes * cap, dtype=_CELL)
    cells["id"][slot] = keys
    for i, column in enumerate(("minx", "maxx", "miny", "maxy")):
        cells[column][slot] = boxes[:, i]
    raw = np.zeros((n_nodes, node_size), dtype=np.uint8)
    raw[:, 0:2] = np.frombuffer(depth.to_bytes(2, "big"), dtype=np.uint8)
    raw[:, 2:4] = sizes.astype(">u2").view(np.uint8).reshape(n_nodes, 2)
    raw[:, _HEADER : _HEADER + cap * _CELL.itemsize] = cells.view(np.uint8).reshape(n_nodes, -1)
    data = raw.tobytes()
    return [data[i : i + node_size] for i in range(0, len(data), node_size)]


def _cells(nodes: dict[int, bytes], numbers: list[int]) -> npt.NDArray[np.void]:
    """The cells of the given nodes, one after another."""
    parts = [
        np.frombuffer(nodes[k], _CELL, count=int.from_bytes(nodes[k][2:4], "big"), offset=_HEADER)
        for k in numbers
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=_CELL)


def _write_rowids(conn: Conn, table: str, ids: IntArray, leaves: IntArray) -> None:
    """Fill ``<name>_rowid`` from ids sorted ascending and their leaf node numbers.

    ``executemany`` binds two values per row from Python, about twice as slow
    as one statement reading a JSON array. So each (id, leaf) pair is packed
    into one integer, ``(id - first id) << bits | leaf``, and unpacked in SQL,
    unless the id range is too wide to leave room for the leaf number.
    """
    base = int(ids[0])
    bits = int(leaves.max()).bit_length()
    if (int(ids[-1]) - base) >> (63 - bits) == 0:
        packed = ((ids - base) << bits) | leaves
        _run(
            conn,
            f"INSERT INTO {table}(rowid, nodeno) "
            "SELECT ?1 + (value >> ?2), value & ?3 FROM json_each(?4)",
            (base, bits, (1 << bits) - 1, json.dumps(packed.tolist())),
        )
    else:
        rows = list(zip(ids.tolist(), leaves.tolist(), strict=True))
        _run(conn, f"INSERT INTO {table}(rowid, nodeno) VALUES (?, ?)", rows)
