"""What the map's tiles read from the project: feature boxes, shapes in a box, a few rows.

The tiled map (``kalixplan.maps.tiles``, ``ui/map/tiles.py``) never loads a large
layer whole. It reads:

* once per page, the box of every feature and its status from the spatial index
  (the GeoPackage's R-tree ``rtree_<table>_geom``, PostGIS's bounding boxes), through
  GDAL's Arrow stream on a GeoPackage (a million rows in well under a second);
* per tile, the geometry and status of the features whose boxes meet the tile,
  through the same R-tree or the GiST index (``&&``);
* per mouse position or label request, the rows of a handful of features.

Every read runs in the caller's session (``Project.read_scope``), except the
GeoPackage's box read, which opens the file read-only through GDAL and sees what is
committed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kalixplan.domain.codes import ParcelStatus
from kalixplan.maps.tiles import LayerIndex
from kalixplan.services.map_data import MapParcel, map_parcels
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


def _file_of(session: Session) -> str | None:
    bind = session.get_bind()
    return bind.url.database if bind.dialect.name == "sqlite" else None


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


def _arrow_columns(path: str, sql: str) -> list[np.ndarray]:
    from kalixplan.geo.ogr import pyogrio  # GDAL reads the file; imported when first needed

    _meta, table = pyogrio.read_arrow(path, sql=sql)
    return [np.asarray(c.to_numpy(zero_copy_only=False)) for c in table.columns]


def _boxes_gpkg(path: str, table: str, where: str) -> Boxes:
    """Boxes from the R-tree and codes from the table, read side by side through GDAL.

    The R-tree is read alone (joining it to the table reads every row's page, four
    times slower); the status comes from its covering index. The two reads run on
    two threads (GDAL releases the interpreter) and are matched by id.
    """
    box_sql = (
        "SELECT r.id AS feature_id, r.minx AS x0, r.miny AS y0, r.maxx AS x1, r.maxy AS y1 "
        f"FROM rtree_{table}_geom r"
    )
    if table == "parcels":
        code_sql = f"SELECT t.id * 1 AS feature_id, {_STATUS_CASE} AS code FROM parcels t"
    else:
        box_sql += f" JOIN {table} t ON t.id = r.id {where}"
        code_sql = ""
    results: dict[str, list[np.ndarray]] = {}
    errors: list[BaseException] = []

    def read(name: str, sql: str) -> None:
        try:
            results[name] = _arrow_columns(path, sql)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            errors.append(exc)

    helper = None
    if code_sql:
        helper = threading.Thread(target=read, args=("codes", code_sql), daemon=True)
        helper.start()
    read("boxes", box_sql)
    if helper is not None:
        helper.join()
    if errors:
        raise errors[0]
    ids, x0, y0, x1, y1 = results["boxes"]
    order = np.argsort(ids, kind="stable")
    ids, x0, y0, x1, y1 = (a[order] for a in (ids, x0, y0, x1, y1))
    codes = np.zeros(len(ids), dtype=np.int16)
    if code_sql:
        code_ids, code_values = results["codes"]
        corder = np.argsort(code_ids, kind="stable")
        code_ids, code_values = code_ids[corder], code_values[corder]
        at = np.clip(np.searchsorted(code_ids, ids), 0, max(len(code_ids) - 1, 0))
        if len(code_ids):
            codes = np.where(code_ids[at] == ids, code_values[at], _UNKNOWN_CODE).astype(np.int16)
    return ids.astype(np.int64), x0, y0, x1, y1, codes


def _boxes(session: Session, table: str, where: str, params: dict[str, int]) -> Boxes:
    """(ids, minx, miny, maxx, maxy, codes) of a table's features, project CRS."""
    code = _STATUS_CASE if table == "parcels" else "0"
    path = _file_of(session)
    if path is not None:
        where_sql = where
        for name, value in params.items():  # integers only
            where_sql = where_sql.replace(f":{name}", str(int(value)))
        try:
            return _boxes_gpkg(path, table, where_sql)
        except Exception:  # noqa: BLE001 - GDAL could not read it (locked, memory): use SQL
            pass
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
    return LayerIndex.from_project_boxes(srid, ids, codes, x0, y0, x1, y1)


def reference_index(session: Session, srid: int, layer_id: int) -> LayerIndex:
    """Every feature box of one reference layer (EPSG:3857); all codes 0."""
    ids, x0, y0, x1, y1, codes = _boxes(
        session, "reference_features", "WHERE t.layer_id = :layer", {"layer": layer_id}
    )
    return LayerIndex.from_project_boxes(srid, ids, codes, x0, y0, x1, y1)


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
    id_array = np.asarray(ids, dtype=np.int64)
    keep = np.isin(id_array, wanted)
    return Shapes(id_array[keep], np.zeros(int(keep.sum()), dtype=np.int16), geoms[keep])


def parcels_by_id(session: Session, ids: Sequence[int]) -> list[MapParcel]:
    """The map's light rows of these parcels (tooltips, labels, the selection)."""
    return map_parcels(session, ids)


def reference_names(session: Session, ids: Sequence[int]) -> list[tuple[int, str | None, object]]:
    """(id, name, geometry) of these reference features."""
    if not ids:
        return []
    query = select(ReferenceFeature.id, ReferenceFeature.name, ReferenceFeature.geom).where(
        ReferenceFeature.id.in_([int(i) for i in ids])
    )
    return [(int(i), name, geom) for i, name, geom in session.execute(query)]
