"""Bulk loads: large ones rebuild the R-tree packed and the plain indexes sorted; either way
the GeoPackage ends up as if every row had gone in through the ORM and the triggers."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Geod, Transformer
from sqlalchemy.exc import IntegrityError

from kalixplan.geo.area import _equal_area_areas, geodesic_areas_m2
from kalixplan.services.importing.parcels import reusable_wkb
from kalixplan.services.importing.report import ImportOptions, ImportRefused
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import PARCELS, bulk_insert_parcels
from kalixplan.store.bulk import BulkLoad
from kalixplan.store.engine import create_project, open_project
from kalixplan.store.gpkg_binary import encode_gpkg
from kalixplan.store.types import utcnow

X0, Y0 = 150_000.0, 7_300_000.0  # EPSG:3018, near Kalix


def boxes(n: int, start: int = 0) -> np.ndarray:
    i = np.arange(start, start + n)
    x, y = X0 + (i % 300) * 120.0, Y0 + (i // 300) * 120.0
    return shapely.box(x, y, x + 100.0, y + 80.0)


def records(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {"designation": f"Kalix Bulk {i}:1", "status": "available", "geom": g}
        for i, g in zip(range(start, start + n), boxes(n, start), strict=True)
    ]


def parcel_columns(designations: list[str]) -> dict[str, list[object]]:
    """A chunk for ``BulkLoad.insert``: the designations and every required field."""
    n, now = len(designations), utcnow()
    return {
        "designation": designations,
        "status": ["available"] * n,
        "area_m2": [1.0] * n,
        "version": [1] * n,
        "created_at": [now] * n,
        "updated_at": [now] * n,
        "example_data": [False] * n,
    }


def schema_state(path: Path) -> dict[str, str]:
    """Index and trigger names of the parcels table with their SQL."""
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'parcels' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        ).fetchall()
    return dict(rows)


def index_matches_table(path: Path) -> None:
    """The R-tree holds exactly every parcel's box (float32, rounded outwards) and checks ok."""
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT rtreecheck('rtree_parcels_geom')").fetchone()[0] == "ok"
        tree = dict(
            (i, b)
            for i, *b in db.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_parcels_geom")
        )
        count = db.execute("SELECT count(*) FROM parcels").fetchone()[0]
    assert len(tree) == count
    frame = pyogrio.read_dataframe(path, layer="parcels", fid_as_index=True)
    for fid, geom in zip(frame.index[::97], frame.geometry.iloc[::97], strict=True):
        minx, miny, maxx, maxy = geom.bounds
        tminx, tmaxx, tminy, tmaxy = tree[int(fid)]
        assert tminx <= minx and tminy <= miny and tmaxx >= maxx and tmaxy >= maxy
        assert maxx - tmaxx > -0.02 and tminx - minx > -0.02  # float32 at 1e5 m: ~1 cm


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "bulk.gpkg"
    create_project(str(path), 3018).close()
    return path


def load_parcels(path: Path, rows: list[dict[str, object]]) -> None:
    """``bulk_insert_parcels`` in a transaction of its own; closed before anyone looks."""
    project = open_project(str(path))
    try:
        with project.session_scope() as s:
            bulk_insert_parcels(s, rows)
    finally:
        project.close()


def test_large_load_packs_rtree_and_restores_indexes(
    path: Path, validate_gpkg: Callable[[Path], None]
) -> None:
    before = schema_state(path)
    assert "kalixplan_parcels_insert" in before  # the outside-edit guard, set aside meanwhile
    load_parcels(path, records(300))  # small: row-by-row R-tree inserts
    project = open_project(str(path))
    with project.session_scope() as s, BulkLoad(s.connection(), PARCELS, 6_000) as load:
        assert load.packed  # 6 000 rows onto 300: rebuilt packed
    project.close()
    load_parcels(path, records(6_000, start=300))  # large: packed, existing rows kept
    assert schema_state(path) == before
    index_matches_table(path)
    load_parcels(path, records(1, start=6_300))  # the trigger works again afterwards
    index_matches_table(path)
    # One box from the small load, one from the large: GDAL finds both through the index.
    frame = pyogrio.read_dataframe(
        path, layer="parcels", bbox=(X0 + 10, Y0 + 50, X0 + 50, Y0 + 150)
    )
    assert sorted(frame["designation"]) == ["Kalix Bulk 0:1", "Kalix Bulk 300:1"]
    validate_gpkg(path)


def test_failed_load_leaves_indexes_trigger_and_rows(path: Path) -> None:
    load_parcels(path, records(200))
    before = schema_state(path)
    n = 6_000
    columns = parcel_columns([f"Kalix Fel {i}:1" for i in range(n - 1)] + ["Kalix Bulk 0:1"])
    project = open_project(str(path))
    with pytest.raises(IntegrityError, match="designation"), project.session_scope() as s:
        with BulkLoad(s.connection(), PARCELS, n) as load:
            load.insert(columns, boxes(n, start=1_000))  # the last designation exists
    project.close()
    assert schema_state(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM parcels").fetchone()[0] == 200
    index_matches_table(path)


def test_import_of_many_parcels_keeps_gpkg_consistent(path: Path, tmp_path: Path) -> None:
    src = tmp_path / "many.gpkg"
    rows = records(5_500)
    gpd.GeoDataFrame(
        {"fastighetsbeteckning": [r["designation"] for r in rows], "status": "Ledig"},
        geometry=[r["geom"] for r in rows],
        crs="EPSG:3018",
    ).to_file(src, layer="parcels")
    project = open_project(str(path))
    assert gc.isenabled()
    report = import_file(project, src, ImportOptions("parcels"))
    assert report.imported == 5_500
    assert gc.isenabled()  # paused for the import only
    with pytest.raises(ImportRefused):  # every designation exists, and 'x' is no status
        import_file(
            project, src, ImportOptions("parcels", mapping={"status": "fastighetsbeteckning"})
        )
    assert gc.isenabled()
    project.close()
    index_matches_table(path)
    stored = pyogrio.read_dataframe(path, layer="parcels")
    assert set(stored.geometry.geom_type) == {"MultiPolygon"}
    assert set(stored["status"]) == {"available"}
    # 100 m x 80 m near Kalix: the geodesic area, not the planar 8 000 m².
    assert stored["area_m2"].between(7_990, 8_010).all()
    assert not (stored["area_m2"] == 8_000.0).all()


@pytest.mark.parametrize(
    ("epsg", "x0", "y0", "span"),
    [
        (3018, 150_000, 7_300_000, 60_000),  # Kalix in its local zone
        (3006, 850_000, 7_300_000, 60_000),  # Kalix in SWEREF 99 TM, 377 km east of 15° E
        (3006, 600_000, 6_900_000, 500_000),  # half of Sweden in one call
    ],
)
def test_scaled_planar_areas_equal_geodesic(epsg: int, x0: float, y0: float, span: float) -> None:
    rng = np.random.default_rng(3)
    n = 400
    x, y = x0 + rng.uniform(-span, span, n), y0 + rng.uniform(-span, span, n)
    sizes = rng.uniform(10, 4_900, n)  # up to the 5 km limit of the scale-factor road
    geoms = shapely.buffer(shapely.points(x, y), sizes / 2, quad_segs=4)
    areas = geodesic_areas_m2(geoms, epsg)
    assert np.allclose(areas, _equal_area_areas(geoms, epsg), rtol=2e-6, atol=0)
    to_lonlat = Transformer.from_crs(epsg, 4326, always_xy=True)
    geod = Geod(ellps="GRS80")
    for geom, area in zip(geoms[:60], areas[:60], strict=True):
        lonlat = shapely.transform(geom, lambda c: np.column_stack(to_lonlat.transform(*c.T)))
        reference = abs(geod.geometry_area_perimeter(lonlat)[0])
        assert area == pytest.approx(reference, rel=2e-6)
    if x0 == 850_000:  # planar SWEREF 99 TM is 0.2-0.3 % off at Kalix: the correction is real
        assert np.all(shapely.area(geoms) / areas - 1 > 1e-3)


def test_import_stores_source_wkb_only_where_it_still_fits(path: Path, tmp_path: Path) -> None:
    """Rows stored as read (2D polygons), flattened (3D), repaired and multipolygons all come
    back from GDAL as the multipolygons they should be."""
    src = tmp_path / "mixed.gpkg"
    square = shapely.box(X0, Y0, X0 + 50, Y0 + 50)
    bowtie = shapely.Polygon(
        [(X0 + 100, Y0), (X0 + 150, Y0 + 50), (X0 + 150, Y0), (X0 + 100, Y0 + 50)]
    )
    lifted = shapely.force_3d(shapely.box(X0 + 200, Y0, X0 + 250, Y0 + 50), 12.5)
    two = shapely.MultiPolygon(
        [shapely.box(X0 + 300, Y0, X0 + 320, Y0 + 20), shapely.box(X0 + 330, Y0, X0 + 350, Y0 + 20)]
    )
    names = ["Kalix Rak 1:1", "Kalix Fluga 1:2", "Kalix Höjd 1:3", "Kalix Två 1:4"]
    gpd.GeoDataFrame(
        {"fastighetsbeteckning": names}, geometry=[square, bowtie, lifted, two], crs="EPSG:3018"
    ).to_file(src, layer="parcels")
    project = open_project(str(path))
    report = import_file(project, src, ImportOptions("parcels", on_invalid="repair"))
    project.close()
    assert report.imported == 4 and report.repaired == 1
    stored = pyogrio.read_dataframe(path, layer="parcels").set_index("designation")
    assert set(stored.geometry.geom_type) == {"MultiPolygon"}
    assert not stored.geometry.has_z.any()
    assert stored.geometry["Kalix Rak 1:1"].equals(shapely.MultiPolygon([square]))
    assert stored.geometry["Kalix Höjd 1:3"].equals(
        shapely.MultiPolygon([shapely.force_2d(lifted)])
    )
    assert stored.geometry["Kalix Två 1:4"].equals(two)
    assert stored.geometry["Kalix Fluga 1:2"].is_valid
    assert stored.geometry["Kalix Fluga 1:2"].area == pytest.approx(2 * 625.0)
    index_matches_table(path)


def test_source_wkb_is_reused_only_when_little_endian_and_2d() -> None:
    geoms = np.array(
        [
            shapely.box(0, 0, 1, 1),
            shapely.box(2, 2, 3, 3),
            shapely.from_wkt("POLYGON M ((0 0 1, 1 0 1, 1 1 1, 0 0 1))"),
        ],
        dtype=object,
    )
    little = shapely.to_wkb(geoms, byte_order=1, flavor="iso")
    big = shapely.to_wkb(geoms, byte_order=0, flavor="iso")
    unchanged = np.array([True, False, True])
    reused = reusable_wkb(little, geoms, unchanged)
    assert reused is not None
    assert reused[0] == little[0] and reused[1] is None and reused[2] is None
    assert reusable_wkb(big, geoms, unchanged) is None
    blobs, _ = encode_gpkg(geoms[:2], 3018, multi=True, wkb=reused[:2])
    fresh, _ = encode_gpkg(geoms[:2], 3018, multi=True)
    assert blobs == fresh


def test_a_caller_that_commits_after_a_failed_chunk_keeps_a_consistent_table(
    path: Path,
) -> None:
    """Not how the importers use it (they roll back), but the table must not lose its
    trigger, indexes or index rows if someone catches the error and commits."""
    load_parcels(path, records(100))
    before = schema_state(path)
    n = 5_000
    good = parcel_columns([f"Kalix Bra {i}:1" for i in range(n)])
    bad = parcel_columns(["Kalix Bulk 0:1"] + [f"Kalix Dålig {i}:1" for i in range(1, n)])
    project = open_project(str(path))
    with project.session_scope() as s:
        with pytest.raises(IntegrityError), BulkLoad(s.connection(), PARCELS, 2 * n) as load:
            load.insert(good, boxes(n, start=1_000))
            load.insert(bad, boxes(n, start=7_000))  # the first designation exists
    project.close()  # the session scope committed the first chunk
    assert schema_state(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM parcels").fetchone()[0] == 100 + n
    index_matches_table(path)


def test_the_collector_is_paused_only_on_the_main_thread() -> None:
    """Beside a GUI an import runs on a worker: pausing the collector there would leave
    the GUI thread's garbage to be collected on the worker, where finalising Qt objects
    crashes the process; the command line (main thread) still pauses it. The worker
    freezes what exists instead, which collects nothing, and thaws it afterwards."""
    import threading

    from kalixplan.process import gc_paused

    seen: list[bool] = []
    frozen: list[int] = []

    def on_worker() -> None:
        with gc_paused():
            seen.append(gc.isenabled())
            # What existed is out of the collector's sight until the scope ends.
            frozen.append(gc.get_freeze_count())
        frozen.append(gc.get_freeze_count())

    worker = threading.Thread(target=on_worker)
    worker.start()
    worker.join()
    with gc_paused():
        seen.append(gc.isenabled())
    assert seen == [True, False]
    assert gc.isenabled()
    assert frozen[0] > 1000 and frozen[1] == 0
