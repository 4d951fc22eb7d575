"""What the map's tiles read from the project: feature boxes, shapes in a box, a few rows.

The tiled map (``kalixplan.maps.tiles``, ``ui/map/tiles.py``) never loads a large
layer whole. It reads:

* once per page, the box of every feature and its status from the spatial index
  (the GeoPackage's R-tree ``rtree_<table>_geom``, read from its leaf nodes; PostGIS's
  bounding boxes);
* per tile, the geometry and status of the features whose boxes meet the tile,
  through the same R-tree or the GiST index (``&&``);
* per mouse position or label request, the rows of a handful of features.

Every read runs in the caller's session (``Project.read_scope``), through the
application's own SQLite: GDAL's copy of SQLite must never open the project file in
this process (two copies of SQLite on one file release each other's locks; trying it
here ended in a bus error on the shared-memory file).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.maps.tiles import LayerIndex
from kalixplan.process import trim_heap
from kalixplan.store.gpkg_binary import decode_gpkg
from kalixplan.store.models import Parcel, ReferenceFeature

# Status → code in a parcel index; the last code is any other text (drawn grey).
STATUS_NAMES: tuple[str, ...] = (*(s.value for s in ParcelStatus), "")
_UNKNOWN_CODE = len(STATUS_NAMES) - 1


@dataclass(frozen=True)
class Shapes:
    """Features read for one tile: ids, their status code, geometries (project CRS)."""

    ids: np.ndarray
    codes: np.ndarray
    geoms: np.ndarray


def status_codes(statuses: Sequence[str | None] | np.ndarray) -> np.ndarray:
    """The index code of each status text."""
    names = np.array(STATUS_NAMES[:-1], dtype=object)
    values = np.asarray(statuses, dtype=object)
    codes = np.full(len(values), _UNKNOWN_CODE, dtype=np.int16)
    for code, name in enumerate(names):
        codes[values == name] = code
    return codes


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def count_parcels_with_shape(session: Session) -> int:
    """How many parcels have a boundary (the map's decision: GeoJSON or tiles)."""
    return int(
        session.scalar(select(func.count()).select_from(Parcel).where(Parcel.geom.is_not(None)))
        or 0
    )


def count_reference_features(session: Session) -> dict[int, int]:
    """Features with a geometry per reference layer id."""
    query = (
        select(ReferenceFeature.layer_id, func.count())
        .where(ReferenceFeature.geom.is_not(None))
        .group_by(ReferenceFeature.layer_id)
    )
    return {int(layer): int(n) for layer, n in session.execute(query)}


_STATUS_CASE = (
    "CASE t.status "
    + " ".join(f"WHEN '{name}' THEN {code}" for code, name in enumerate(STATUS_NAMES[:-1]))
    + f" ELSE {_UNKNOWN_CODE} END"
)

Boxes = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


_CELL = np.dtype(
    [("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")]
)


def _rtree_cells(session: Session, table: str) -> np.ndarray | None:
    """Every entry of a GeoPackage R-tree, read from its leaf nodes in one query.

    SQLite's R*Tree keeps its nodes in ``<name>_node`` (a 2-byte depth, a 2-byte cell
    count, then cells of a 64-bit rowid and four 32-bit floats, big-endian; the boxes
    rounded outwards) and which leaf holds a row in ``<name>_rowid``. Reading the leaves
    as blobs is ten times faster than selecting a million rows from the virtual table.
    Returns None when the count does not match the index's (then plain SQL is used).

    The file is read through this session's own SQLite, never a second copy of SQLite
    in the process (GDAL's): two copies on one file break each other's locks.
    """
    rtree = f"rtree_{table}_geom"
    blobs = session.execute(
        text(
            f'SELECT data FROM "{rtree}_node" WHERE nodeno IN '
            f'(SELECT DISTINCT nodeno FROM "{rtree}_rowid")'
        )
    ).scalars()
    parts = [blob[4 : 4 + _CELL.itemsize * ((blob[2] << 8) | blob[3])] for blob in blobs]
    cells = np.frombuffer(b"".join(parts), dtype=_CELL)
    expected = session.scalar(text(f'SELECT count(*) FROM "{rtree}_rowid"'))
    return cells if len(cells) == expected else None


def _codes_by_id(session: Session) -> tuple[np.ndarray, np.ndarray]:
    """(ids, status codes) of every parcel, from the status index, as a few long texts."""
    rows = session.execute(
        text(
            f"SELECT code, group_concat(id, ',') FROM (SELECT t.id AS id, {_STATUS_CASE} AS code "
            "FROM parcels t) GROUP BY code"
        )
    ).all()
    ids, codes = [], []
    for code, joined in rows:
        # numpy's text parser reads a million ids in 15 ms (str.split takes ten times that).
        found = np.fromstring(joined, dtype=np.int64, sep=",")
        ids.append(found)
        codes.append(np.full(len(found), int(code), dtype=np.int16))
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int16)
    return np.concatenate(ids), np.concatenate(codes)


def _boxes_gpkg(session: Session, table: str, layer: int | None) -> Boxes | None:
    cells = _rtree_cells(session, table)
    if cells is None:
        return None
    ids = cells["id"].astype(np.int64)
    if layer is not None:
        members = np.array(
            session.execute(
                text(f"SELECT id FROM {table} WHERE layer_id = :layer"), {"layer": layer}
            )
            .scalars()
            .all(),
            dtype=np.int64,
        )
        keep = np.isin(ids, members)
        cells, ids = cells[keep], ids[keep]
    order = np.argsort(ids, kind="stable")
    ids = ids[order]
    cells = cells[order]
    x0, x1, y0, y1 = (cells[name].astype(np.float64) for name in ("minx", "maxx", "miny", "maxy"))
    codes = np.zeros(len(ids), dtype=np.int16)
    if table == "parcels":
        code_ids, code_values = _codes_by_id(session)
        corder = np.argsort(code_ids, kind="stable")
        code_ids, code_values = code_ids[corder], code_values[corder]
        if len(code_ids):
            at = np.clip(np.searchsorted(code_ids, ids), 0, len(code_ids) - 1)
            codes = np.where(code_ids[at] == ids, code_values[at], _UNKNOWN_CODE).astype(np.int16)
    return ids, x0, y0, x1, y1, codes


def _boxes(session: Session, table: str, where: str, params: dict[str, int]) -> Boxes:
    """(ids, minx, miny, maxx, maxy, codes) of a table's features, project CRS."""
    code = _STATUS_CASE if table == "parcels" else "0"
    if _is_sqlite(session):
        fast = _boxes_gpkg(session, table, params.get("layer"))
        if fast is not None:
            return fast
        sql = (
            f"SELECT r.id, r.minx, r.miny, r.maxx, r.maxy, {code} "
            f"FROM rtree_{table}_geom r JOIN {table} t ON t.id = r.id {where}"
        )
    else:
        sql = (
            "SELECT t.id, ST_XMin(t.geom), ST_YMin(t.geom), ST_XMax(t.geom), "
            f"ST_YMax(t.geom), {code} FROM {table} t "
            f"{where or 'WHERE true'} AND t.geom IS NOT NULL"
        )
    rows = session.execute(text(sql), params).all()
    if not rows:
        empty = np.zeros(0)
        return (empty.astype(np.int64), empty, empty, empty, empty, empty.astype(np.int16))
    columns = list(zip(*rows, strict=True))
    ids = np.asarray(columns[0], dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    x0, y0, x1, y1 = (np.asarray(c, dtype=np.float64)[order] for c in columns[1:5])
    return ids[order], x0, y0, x1, y1, np.asarray(columns[5], dtype=np.int16)[order]


def parcel_index(session: Session, srid: int) -> LayerIndex:
    """Every parcel's box (EPSG:3857) and status code, from the spatial index."""
    ids, x0, y0, x1, y1, codes = _boxes(session, "parcels", "", {})
    index = LayerIndex.from_project_boxes(srid, ids, codes, x0, y0, x1, y1)
    release_memory(session)
    return index


def release_memory(session: Session) -> None:
    """Give back what a whole-table read left behind.

    Reading a million boxes fills this connection's page cache (64 MiB, sized for
    imports) and leaves the C heap holding the freed blobs; the map keeps neither:
    ``PRAGMA shrink_memory`` empties the cache and glibc's ``malloc_trim`` returns the
    free heap to the system (about 150 MiB at a million parcels).
    """
    shrink_cache(session)
    trim_heap()


def shrink_cache(session: Session) -> None:
    """Empty this connection's SQLite page cache (``PRAGMA shrink_memory``).

    Each pooled connection may cache 64 MiB of pages (sized for imports); the painters'
    reads wander over a whole county's file, so after a tile their cache is emptied
    (the pages stay in the system's file cache, a tile needs only a few of them).
    """
    if _is_sqlite(session):
        session.execute(text("PRAGMA shrink_memory"))


def reference_index(session: Session, srid: int, layer_id: int) -> LayerIndex:
    """Every feature box of one reference layer (EPSG:3857); all codes 0."""
    ids, x0, y0, x1, y1, codes = _boxes(
        session, "reference_features", "WHERE t.layer_id = :layer", {"layer": layer_id}
    )
    index = LayerIndex.from_project_boxes(srid, ids, codes, x0, y0, x1, y1)
    release_memory(session)
    return index


def _shapes(
    session: Session,
    table: str,
    box: tuple[float, float, float, float],
    srid: int,
    extra: str = "",
    params: dict[str, int] | None = None,
) -> tuple[list[int], list[str | None], np.ndarray]:
    status = "t.status" if table == "parcels" else "NULL"
    minx, miny, maxx, maxy = box
    values: dict[str, float | int] = {
        "minx": minx,
        "miny": miny,
        "maxx": maxx,
        "maxy": maxy,
        **(params or {}),
    }
    if _is_sqlite(session):
        rows = session.execute(
            text(
                f"SELECT t.id, {status}, t.geom FROM {table} t WHERE t.id IN "
                f"(SELECT id FROM rtree_{table}_geom WHERE minx <= :maxx AND maxx >= :minx "
                f"AND miny <= :maxy AND maxy >= :miny) {extra}"
            ),
            values,
        ).all()
        geoms = decode_gpkg([r[2] for r in rows])
    else:
        rows = session.execute(
            text(
                f"SELECT t.id, {status}, ST_AsBinary(t.geom) FROM {table} t WHERE "
                f"t.geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, {int(srid)}) {extra}"
            ),
            values,
        ).all()
        geoms = np.asarray(shapely.from_wkb([bytes(r[2]) for r in rows]), dtype=object)
    return [int(r[0]) for r in rows], [r[1] for r in rows], geoms


def parcel_shapes(
    session: Session, box: tuple[float, float, float, float], srid: int, wanted: np.ndarray
) -> Shapes:
    """Parcels among ``wanted`` whose boxes meet ``box`` (project CRS): shapes and status."""
    ids, statuses, geoms = _shapes(session, "parcels", box, srid)
    shrink_cache(session)
    id_array = np.asarray(ids, dtype=np.int64)
    keep = np.isin(id_array, wanted)
    return Shapes(id_array[keep], status_codes(statuses)[keep], geoms[keep])


def reference_shapes(
    session: Session,
    layer_id: int,
    box: tuple[float, float, float, float],
    srid: int,
    wanted: np.ndarray,
) -> Shapes:
    """Features of one reference layer among ``wanted`` whose boxes meet ``box``."""
    ids, _statuses, geoms = _shapes(
        session, "reference_features", box, srid, "AND t.layer_id = :layer", {"layer": layer_id}
    )
    shrink_cache(session)
    id_array = np.asarray(ids, dtype=np.int64)
    keep = np.isin(id_array, wanted)
    return Shapes(id_array[keep], np.zeros(int(keep.sum()), dtype=np.int16), geoms[keep])


def reference_names(session: Session, ids: Sequence[int]) -> list[tuple[int, str | None, object]]:
    """(id, name, geometry) of these reference features."""
    if not ids:
        return []
    query = select(ReferenceFeature.id, ReferenceFeature.name, ReferenceFeature.geom).where(
        ReferenceFeature.id.in_([int(i) for i in ids])
    )
    return [(int(i), name, geom) for i, name, geom in session.execute(query)]
