"""The project file is a real GeoPackage; PostGIS has typed, indexed geometry columns."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import MultiPolygon, box
from sqlalchemy import text

from kalixplan.services.parcels import create_parcel, get_parcel, update_parcel
from kalixplan.store.engine import Project, open_project
from kalixplan.store.gpkg import APPLICATION_ID
from kalixplan.store.gpkg_binary import from_gpkg_blob, gpkg_header, to_gpkg_blob

X0, Y0 = 145_000.0, 7_306_000.0


def test_gpkg_blob_round_trip_and_header() -> None:
    geom = MultiPolygon([box(X0, Y0, X0 + 10, Y0 + 20)])
    blob = to_gpkg_blob(geom, 3018)
    srs_id, empty, offset, envelope = gpkg_header(blob)
    assert (srs_id, empty, offset) == (3018, False, 40)
    assert envelope == (X0, X0 + 10, Y0, Y0 + 20)
    assert from_gpkg_blob(blob).equals(geom)


def test_demo_file_passes_gdal_validator(
    demo_path: Path, validate_gpkg: Callable[[Path], None]
) -> None:
    validate_gpkg(demo_path)


def test_ogrinfo_lists_layers(demo_path: Path) -> None:
    if shutil.which("ogrinfo") is None:
        pytest.skip("GDAL's ogrinfo (Debian gdal-bin) is not installed")
    out = subprocess.run(["ogrinfo", "-ro", "-q", str(demo_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    for layer in (
        "parcels (Multi Polygon)",
        "plans (Multi Polygon)",
        "land_use_areas (Multi Polygon)",
        "reference_features",
    ):
        assert layer in out.stdout


def test_pyogrio_reads_parcels_in_project_crs(demo_path: Path) -> None:
    layers = {name for name, _ in pyogrio.list_layers(demo_path)}
    assert {"parcels", "plans", "land_use_areas", "reference_features"} <= layers
    frame = pyogrio.read_dataframe(demo_path, layer="parcels")
    assert frame.crs.to_epsg() == 3018
    assert len(frame) == 40
    assert frame.geometry.is_valid.all()
    assert set(frame["status"]) == {
        "available",
        "reserved",
        "option",
        "sold",
        "planning",
        "unavailable",
    }
    info = pyogrio.read_info(demo_path, layer="parcels")
    assert info["geometry_type"] == "MultiPolygon"


def test_file_header_datetimes_and_rtree(tmp_path: Path) -> None:
    from kalixplan.store.engine import create_project

    path = tmp_path / "p.gpkg"
    project = create_project(str(path), 3018)
    with project.session_scope() as s:
        row = create_parcel(
            s, {"designation": "Kalix Rolfs 1:2", "geom": box(X0, Y0, X0 + 100, Y0 + 100)}
        )
    with project.session_scope() as s:
        update_parcel(s, row.id, row.version, {"geom": box(X0 + 500, Y0, X0 + 600, Y0 + 50)})
    project.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    created = con.execute("SELECT created_at FROM parcels").fetchone()[0]
    assert created.endswith("Z") and created[10] == "T" and len(created) == 24
    rtree = con.execute("SELECT minx, maxx, miny, maxy FROM rtree_parcels_geom").fetchall()
    assert rtree == [(X0 + 500, X0 + 600, Y0, Y0 + 50)]
    con.execute("DELETE FROM parcels")
    assert con.execute("SELECT count(*) FROM rtree_parcels_geom").fetchone()[0] == 0
    con.close()


@pytest.mark.postgis
def test_postgis_columns_are_typed_and_indexed(pg_admin: str) -> None:
    from kalixplan.store.engine import create_project
    from tests.conftest import new_pg_database

    url, drop = new_pg_database(pg_admin)
    try:
        project = create_project(url, 3006)
        with project.engine.connect() as conn:
            srid = conn.execute(text("SELECT Find_SRID('public', 'parcels', 'geom')")).scalar()
            gtype = conn.execute(
                text("SELECT type FROM geometry_columns WHERE f_table_name = 'parcels'")
            ).scalar()
            gist = conn.execute(
                text("SELECT count(*) FROM pg_indexes WHERE indexdef ILIKE '%USING gist%'")
            ).scalar()
        assert (srid, gtype) == (3006, "MULTIPOLYGON")
        assert gist == 5  # parcels, plans, land use, reference features, provisions
        project.close()
    finally:
        drop()


def test_reopen_keeps_crs_and_rows(project: Project) -> None:
    with project.session_scope() as s:
        row = create_parcel(
            s, {"designation": "Kalix Töre 3:12", "geom": box(X0, Y0, X0 + 200, Y0 + 100)}
        )
    project.close()
    again = open_project(project.db)
    try:
        assert again.srid == 3018
        with again.session_scope() as s:
            back = get_parcel(s, row.id)
        assert back.designation == "Kalix Töre 3:12"
        assert back.geom.equals(MultiPolygon([box(X0, Y0, X0 + 200, Y0 + 100)]))
    finally:
        again.close()
