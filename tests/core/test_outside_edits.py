"""Writes from other programs: the database's own rules, the change log, and the catch-up.

Issue "The project file guards itself": "any write that does not come from
KalixPlan's own services still bumps version and updated_at, writes the change
log, and refuses unknown code values and forbidden status transitions with a
message that names the rule"; "rows whose geometry changed outside KalixPlan are
queued by the triggers and brought up to date the next time KalixPlan opens".
The outside writers are real clients: GDAL (``ogrinfo -sql``, the library QGIS
writes GeoPackages with) and ``psql`` on PostGIS.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli
from shapely.affinity import scale
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kalixplan.domain.errors import StaleEdit
from kalixplan.domain.rows import ParcelRow
from kalixplan.geo.area import geodesic_area_m2
from kalixplan.services.outside_edits import catch_up_outside_edits, catch_up_sentence
from kalixplan.services.parcels import get_parcel, search_parcels, update_parcel
from kalixplan.store.engine import Project, open_project
from kalixplan.store.gpkg_binary import to_gpkg_blob
from kalixplan.store.models import ChangeLog
from kalixplan.store.triggers import QUEUE_TABLE


def log_of(project: Project, row_id: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with project.read_scope() as s:
        rows = s.execute(
            select(ChangeLog.user_name, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
            .where(ChangeLog.table_name == "parcels", ChangeLog.row_id == row_id)
            .order_by(ChangeLog.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def parcel_with(project: Project, status: str) -> ParcelRow:
    with project.read_scope() as s:
        return next(r for r in search_parcels(s) if r.status == status)


# --- GeoPackage, written by another SQLite client ------------------------------------------


class GdalClient:
    """GDAL's own SQLite connection to the file (``ogrinfo -sql``), as QGIS's OGR provider
    writes it: with the GeoPackage functions, without KalixPlan's connection mark."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None:
        """Run one statement; a refusal by the file raises with GDAL's message."""
        for value in params:
            literal = (
                f"X'{value.hex()}'"
                if isinstance(value, bytes)
                else str(value)
                if isinstance(value, int | float)
                else "'" + str(value).replace("'", "''") + "'"
            )
            sql = sql.replace("?", literal, 1)
        done = subprocess.run(
            ["ogrinfo", "-q", str(self.path), "-sql", sql],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if "ERROR" in done.stderr or done.returncode != 0:
            raise OutsideRefused(done.stderr.strip())


class OutsideRefused(Exception):
    """What GDAL printed when the file refused a statement."""


@pytest.fixture
def outside(demo_path: Path) -> GdalClient:
    return GdalClient(demo_path)


def test_an_outside_attribute_edit_is_versioned_and_logged(
    demo_path: Path, outside: GdalClient
) -> None:
    project = open_project(str(demo_path))
    row = parcel_with(project, "available")
    outside.execute("UPDATE parcels SET price_sek_m2 = 77 WHERE id = ?", (row.id,))
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
    assert now.version == row.version + 1
    assert now.updated_at > row.updated_at
    last = log_of(project, row.id)[-1]
    assert last[0] == "QGIS/external" and last[1] == "price_sek_m2" and last[3] == "77.0"
    # KalixPlan's edit from the version read before the outside save is a stale edit.
    with pytest.raises(StaleEdit), project.session_scope() as s:
        update_parcel(s, row.id, row.version, {"price_sek_m2": 99})
    with project.read_scope() as s:
        assert get_parcel(s, row.id).price_sek_m2 == 77
    project.close()


def test_own_writes_are_logged_once(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    row = parcel_with(project, "available")
    before = len(log_of(project, row.id))
    with project.session_scope() as s:
        update_parcel(s, row.id, row.version, {"price_sek_m2": 321})
    added = log_of(project, row.id)[before:]
    assert [(a[0], a[1]) for a in added] == [("tester", "price_sek_m2")]
    with project.read_scope() as s:
        assert get_parcel(s, row.id).version == row.version + 1
    project.close()


def test_unknown_codes_and_forbidden_steps_are_refused_by_the_file(
    demo_path: Path, outside: GdalClient
) -> None:
    project = open_project(str(demo_path))
    free, sold = parcel_with(project, "available"), parcel_with(project, "sold")
    before = demo_path.read_bytes()
    with pytest.raises(OutsideRefused, match=r"KalixPlan rule parcels\.status: unknown"):
        outside.execute("UPDATE parcels SET status = 'for_sale' WHERE id = ?", (free.id,))
    # PBL-independent, the register's own rule: sold land goes only to unavailable.
    with pytest.raises(OutsideRefused, match=r"parcels\.status transition"):
        outside.execute("UPDATE parcels SET status = 'available' WHERE id = ?", (sold.id,))
    with pytest.raises(OutsideRefused, match="land-use code"):
        outside.execute("UPDATE parcels SET land_use = 'XYZ9q' WHERE id = ?", (free.id,))
    with project.read_scope() as s:
        assert get_parcel(s, free.id).status == "available"
        assert get_parcel(s, sold.id).status == "sold"
    assert demo_path.read_bytes() == before
    project.close()


def test_an_outside_outline_edit_is_queued_then_recomputed(
    demo_path: Path, outside: GdalClient
) -> None:
    project = open_project(str(demo_path))
    row = parcel_with(project, "available")
    bigger = scale(row.geom, 1.05, 1.05)
    outside.execute(
        "UPDATE parcels SET geom = ? WHERE id = ?", (to_gpkg_blob(bigger, project.srid), row.id)
    )
    with project.read_scope() as s:
        stale = get_parcel(s, row.id)
        queued = s.connection().exec_driver_sql(f"SELECT count(*) FROM {QUEUE_TABLE}").scalar()
    assert queued == 1 and stale.facts_stale  # not presented as true
    caught = catch_up_outside_edits(project)
    assert caught == 1
    assert catch_up_sentence(caught) == (
        "1 parcel was edited outside KalixPlan: areas and distances recomputed."
    )
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
        queued = s.connection().exec_driver_sql(f"SELECT count(*) FROM {QUEUE_TABLE}").scalar()
    expected = geodesic_area_m2(bigger, project.srid)
    assert abs(now.area_m2 - expected) / expected < 1e-4
    assert not now.facts_stale and queued == 0
    assert now.version == stale.version  # derived facts are not an edit
    project.close()


def test_a_parcel_drawn_outside_needs_only_what_a_person_types(
    demo_path: Path, outside: GdalClient, validate_gpkg: object
) -> None:
    project = open_project(str(demo_path))
    shape = scale(parcel_with(project, "available").geom, 0.5, 0.5)
    outside.execute(
        "INSERT INTO parcels (designation, status, geom) VALUES (?, 'available', ?)",
        ("Kalix Ritad 1:1", to_gpkg_blob(shape, project.srid)),
    )
    # A GIS tool that sends NULL for the fields nobody filled in gets the defaults too.
    outside.execute(
        "INSERT INTO parcels (designation, status, geom, version, area_m2, example_data) "
        "VALUES (?, 'available', ?, NULL, NULL, NULL)",
        ("Kalix Ritad 1:2", to_gpkg_blob(shape, project.srid)),
    )
    assert catch_up_outside_edits(project) == 2
    with project.read_scope() as s:
        drawn = [r for r in search_parcels(s) if r.designation.startswith("Kalix Ritad")]
    assert len(drawn) == 2 and all(r.version == 1 and not r.facts_stale for r in drawn)
    expected = geodesic_area_m2(shape, project.srid)
    assert all(abs(r.area_m2 - expected) / expected < 1e-4 for r in drawn)
    outside.execute("DELETE FROM parcels WHERE designation = 'Kalix Ritad 1:2'")
    with project.read_scope() as s:
        actions = s.scalars(
            select(ChangeLog.action).where(ChangeLog.user_name == "QGIS/external")
        ).all()
    assert actions.count("insert") == 2 and actions.count("delete") == 1
    project.close()
    validate_gpkg(demo_path)  # type: ignore[operator]


# --- PostGIS, written by psql ---------------------------------------------------------------


def psql(url: str, sql: str) -> subprocess.CompletedProcess[str]:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return subprocess.run(
        ["psql", libpq, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.postgis
def test_psql_edits_follow_the_rules(pg_demo_db: str) -> None:
    project = open_project(pg_demo_db)
    row, sold = parcel_with(project, "available"), parcel_with(project, "sold")
    done = psql(pg_demo_db, f"UPDATE parcels SET price_sek_m2 = 77 WHERE id = {row.id}")
    assert done.returncode == 0, done.stderr
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
    assert now.version == row.version + 1
    user, field, _old, new = log_of(project, row.id)[-1]
    assert (user, field) == ("postgres", "price_sek_m2") and new is not None and "77" in new
    with pytest.raises(StaleEdit), project.session_scope() as s:
        update_parcel(s, row.id, row.version, {"price_sek_m2": 99})
    refused = psql(pg_demo_db, f"UPDATE parcels SET status = 'for_sale' WHERE id = {row.id}")
    assert refused.returncode != 0 and "KalixPlan rule parcels.status: unknown" in refused.stderr
    refused = psql(pg_demo_db, f"UPDATE parcels SET status = 'available' WHERE id = {sold.id}")
    assert refused.returncode != 0 and "transition" in refused.stderr
    # An outline edit: PostGIS computes the geodesic area itself; distances are queued.
    done = psql(
        pg_demo_db,
        f"UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, 10)) WHERE id = {row.id}",
    )
    assert done.returncode == 0, done.stderr
    with project.read_scope() as s:
        moved = get_parcel(s, row.id)
    expected = geodesic_area_m2(moved.geom, project.srid)
    assert abs(moved.area_m2 - expected) / expected < 1e-4 and moved.facts_stale
    assert catch_up_outside_edits(project) == 1
    with project.read_scope() as s:
        assert not get_parcel(s, row.id).facts_stale
    # Drawn with only a designation and an outline.
    done = psql(
        pg_demo_db,
        "INSERT INTO parcels (designation, geom) SELECT 'Kalix Psql 1:1', "
        f"ST_Multi(ST_Buffer(ST_Centroid(geom), 40)) FROM parcels WHERE id = {row.id}",
    )
    assert done.returncode == 0, done.stderr
    project.close()


def test_check_names_what_is_wrong_and_repair_mends_it(
    demo_path: Path, outside: GdalClient
) -> None:
    project = open_project(str(demo_path))
    row = parcel_with(project, "available")
    project.close()
    bigger = scale(row.geom, 1.1, 1.1)
    outside.execute(
        "UPDATE parcels SET geom = ? WHERE id = ?", (to_gpkg_blob(bigger, 3018), row.id)
    )
    outside.execute('DROP TRIGGER "kalixplan_actors_update"')
    found = run_cli("check", "--db", str(demo_path))
    assert found.returncode == 1, found.stdout + found.stderr
    assert row.designation in found.stdout and "reshaped outside KalixPlan" in found.stdout
    assert "missing on actors" in found.stdout
    mended = run_cli("check", "--repair", "--db", str(demo_path))
    assert mended.returncode == 0, mended.stdout + mended.stderr
    assert "mended  Installed the rules for outside writes on actors." in mended.stdout
    assert "0 problem(s) found" in mended.stdout
    project = open_project(str(demo_path))
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
    project.close()
    expected = geodesic_area_m2(bigger, 3018)
    assert abs(now.area_m2 - expected) / expected < 1e-4 and not now.facts_stale


@pytest.mark.postgis
def test_ogr2ogr_update_appends_and_edits_under_the_rules(pg_demo_db: str, tmp_path: Path) -> None:
    """GDAL's ogr2ogr -update writing into the PostGIS project: new parcels get their
    defaults, version and log; an unknown status is refused and nothing is written."""
    import geopandas as gpd
    from shapely.geometry import box

    url = make_url(pg_demo_db)
    pg = (
        f"PG:host={url.host} port={url.port or 5432} dbname={url.database} "
        f"user={url.username} password={url.password}"
    )
    good, bad = tmp_path / "good.gpkg", tmp_path / "bad.gpkg"
    gpd.GeoDataFrame(
        {"designation": ["Kalix Ogr 1:1"], "status": ["available"]},
        geometry=[box(146_000, 7_305_000, 146_200, 7_305_150)],
        crs="EPSG:3018",
    ).to_file(good, driver="GPKG")
    gpd.GeoDataFrame(
        {"designation": ["Kalix Ogr 1:2"], "status": ["for_sale"]},
        geometry=[box(146_300, 7_305_000, 146_500, 7_305_150)],
        crs="EPSG:3018",
    ).to_file(bad, driver="GPKG")

    def ogr2ogr(source: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "ogr2ogr",
                "-update",
                "-append",
                "-nln",
                "parcels",
                "-nlt",
                "MULTIPOLYGON",
                "-lco",
                "GEOMETRY_NAME=geom",
                "-gt",
                "1",
                pg,
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = ogr2ogr(good)
    assert done.returncode == 0, done.stderr
    refused = ogr2ogr(bad)
    assert "KalixPlan rule parcels.status: unknown" in refused.stderr
    project = open_project(pg_demo_db)
    try:
        with project.read_scope() as s:
            drawn = [r for r in search_parcels(s) if r.designation.startswith("Kalix Ogr")]
            logged = s.scalars(
                select(ChangeLog.action).where(
                    ChangeLog.table_name == "parcels", ChangeLog.row_id == drawn[0].id
                )
            ).all()
        assert [r.designation for r in drawn] == ["Kalix Ogr 1:1"]
        assert drawn[0].version == 1 and drawn[0].area_m2 > 29_000 and "insert" in logged
        assert catch_up_outside_edits(project) >= 1  # its distances follow
    finally:
        project.close()
