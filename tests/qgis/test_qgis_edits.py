"""A real QGIS edits the project file; KalixPlan sees every edit correctly.

Issue "The project file guards itself: QGIS and every GDAL client edit it safely
and see the same map". Debian's ``qgis`` and ``python3-qgis`` (PyQGIS in the
system Python, offscreen) run ``qgis_edit.py`` in a subprocess; ``.ci/run``
installs them and sets ``KALIXPLAN_REQUIRE_QGIS`` so these tests cannot skip there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kalixplan.domain.errors import StaleEdit
from kalixplan.domain.rows import ParcelRow
from kalixplan.geo.area import geodesic_area_m2
from kalixplan.services.outside_edits import catch_up_outside_edits
from kalixplan.services.parcels import get_parcel, search_parcels, update_parcel
from kalixplan.store.engine import Project, open_project
from kalixplan.store.models import ChangeLog, Parcel

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("qgis_edit.py")


def _qgis_available() -> bool:
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    return probe is not None and probe.returncode == 0


@pytest.fixture(scope="module", autouse=True)
def qgis() -> None:
    if not _qgis_available():
        if os.environ.get("KALIXPLAN_REQUIRE_QGIS"):
            pytest.fail("KALIXPLAN_REQUIRE_QGIS is set but PyQGIS does not import")
        pytest.skip("QGIS (Debian qgis + python3-qgis) is not installed")


def _reference_names(path: Path) -> list[str]:
    from kalixplan.services.reference import list_reference_layers

    project = open_project(str(path))
    try:
        with project.read_scope() as session:
            return [layer.name for layer in list_reference_layers(session)]
    finally:
        project.close()


def in_qgis(path: Path | str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(SCRIPT), str(path), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def available(project: Project) -> ParcelRow:
    with project.read_scope() as s:
        return next(r for r in search_parcels(s) if r.status == "available")


def last_log(project: Project, row_id: int, table: str = "parcels") -> tuple[Any, ...]:
    with project.read_scope() as s:
        return tuple(
            s.execute(
                select(
                    ChangeLog.user_name,
                    ChangeLog.action,
                    ChangeLog.field,
                    ChangeLog.old_value,
                    ChangeLog.new_value,
                )
                .where(ChangeLog.table_name == table, ChangeLog.row_id == row_id)
                .order_by(ChangeLog.id.desc())
                .limit(1)
            ).one()
        )


def test_an_attribute_saved_in_qgis_is_versioned_logged_and_wins(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    row = available(project)
    seen = in_qgis(demo_path, "attribute", str(row.id), "price_sek_m2", "77")
    assert seen["count"] == 40 and seen["committed"], seen
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
    assert now.price_sek_m2 == 77 and now.version == row.version + 1
    assert last_log(project, row.id)[:3] == ("QGIS/external", "update", "price_sek_m2")
    # KalixPlan's edit from the version read before QGIS saved: a stale edit, not a lost update.
    with pytest.raises(StaleEdit), project.session_scope() as s:
        update_parcel(s, row.id, row.version, {"price_sek_m2": 99})
    project.close()


def test_qgis_cannot_save_an_unknown_status_or_a_forbidden_step(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    row = available(project)
    with project.read_scope() as s:
        sold = next(r for r in search_parcels(s) if r.status == "sold")
        logged = s.scalar(select(func.count()).select_from(ChangeLog))
    for fid, value, rule in (
        (row.id, "for_sale", "unknown parcel status"),
        (sold.id, "available", "parcels.status transition"),
    ):
        seen = in_qgis(demo_path, "attribute", str(fid), "status", value)
        assert not seen["committed"]
        assert any(rule in e for e in seen["errors"]), seen["errors"]
    with project.read_scope() as s:
        assert get_parcel(s, row.id).status == "available"
        assert get_parcel(s, sold.id).status == "sold"
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == logged
    project.close()


def test_a_vertex_moved_in_qgis_gets_its_area_and_distances(demo_path: Path) -> None:
    project = open_project(str(demo_path))
    row = available(project)
    seen = in_qgis(demo_path, "vertex", str(row.id))
    assert seen["committed"], seen
    with project.read_scope() as s:
        stale = get_parcel(s, row.id)
    assert stale.facts_stale and stale.version == row.version + 1
    assert catch_up_outside_edits(project) == 1
    with project.read_scope() as s:
        now = get_parcel(s, row.id)
    expected = geodesic_area_m2(now.geom, project.srid)
    assert abs(now.area_m2 - expected) / expected < 1e-4  # within 0.01 %
    assert now.area_m2 != row.area_m2 and not now.facts_stale
    assert now.dist_rail_m is not None and now.dist_port_m is not None
    project.close()


def test_a_parcel_drawn_and_one_deleted_in_qgis(demo_path: Path, validate_gpkg: Any) -> None:
    project = open_project(str(demo_path))
    gone = available(project)
    seen = in_qgis(demo_path, "draw", "140000", "7304000", "Kalix Ritad 1:1")
    assert seen["committed"], seen
    seen = in_qgis(demo_path, "delete", str(gone.id))
    assert seen["committed"], seen
    assert catch_up_outside_edits(project) == 1
    with project.read_scope() as s:
        drawn = next(r for r in search_parcels(s) if r.designation == "Kalix Ritad 1:1")
        assert s.get(Parcel, gone.id) is None
    assert drawn.version == 1 and drawn.status == "available" and not drawn.facts_stale
    assert abs(drawn.area_m2 - geodesic_area_m2(drawn.geom, project.srid)) < 0.01 * 9600 / 100
    assert last_log(project, drawn.id)[:2] == ("QGIS/external", "insert")
    assert last_log(project, gone.id)[:2] == ("QGIS/external", "delete")
    project.close()
    validate_gpkg(demo_path)


def test_qgis_draws_the_parcels_as_kalixplan_does(demo_path: Path, tmp_path: Path) -> None:
    """Default styles in layer_styles: colours by status, labels, titles, value maps."""
    from PySide6.QtGui import QColor, QImage

    from kalixplan.maps.style import STATUS_COLOURS

    png = tmp_path / "qgis.png"
    seen = in_qgis(demo_path, "render", str(png))
    assert seen["renderer"] == "categorizedSymbol" and seen["labels"], seen
    assert set(seen["categories"]) >= set(STATUS_COLOURS)
    assert seen["status_widget"] == "ValueMap" and seen["alias_status"] == "Status"
    # Internal tables stay out of QGIS's layer list; the registers are all there.
    assert {"parcels", "plans", "land_use_areas", "actors"} <= set(seen["sublayers"])
    assert not [n for n in seen["sublayers"] if "alembic" in n or n.startswith("gpkgext_")]
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 3) for y in range(0, 800, 3)}

    rgb = [QColor(c).getRgb()[:3] for c in colours]
    # Parcels lie on land-use areas: their 75 % colours blend with the lilac beneath,
    # so each status is recognised by its hue, not its exact value.
    greens = [c for c in rgb if c[1] - c[0] > 60 and c[1] > c[2]]  # available #009e73
    ambers = [c for c in rgb if c[0] > 180 and c[2] < 110 and c[0] - c[2] > 100]  # reserved
    assert greens and ambers, sorted(colours)[:40]
    if Path("/tmp/shots").is_dir():  # for a person to look at
        shutil.copyfile(png, "/tmp/shots/qgis-demo.png")


def test_qgis_draws_the_reference_layers_in_their_kinds_colours(
    demo_path: Path, tmp_path: Path
) -> None:
    """One rule per reference layer (roads orange-red, railway dashed black …), as on screen."""
    from PySide6.QtGui import QImage

    from kalixplan.domain.palette import REFERENCE_COLOURS

    names = _reference_names(demo_path)
    png = tmp_path / "reference.png"
    seen = in_qgis(demo_path, "render", str(png))
    assert seen["reference_renderer"] == "RuleRenderer"
    assert sorted(seen["reference_rules"]) == sorted(names)
    image = QImage(str(png))
    road = REFERENCE_COLOURS["road"][0]
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 2) for y in range(0, 800, 2)}
    assert road in colours, "the E4/E10 are not drawn in the road colour"


def test_an_english_project_shows_english_field_titles_in_qgis(tmp_path: Path) -> None:
    """The styles' words are the project's language (setting 'language', ``init --lang``)."""
    from kalixplan.cli.commands.init import init_project

    path = tmp_path / "english.gpkg"
    init_project(str(path), 3018, demo=True, lang="en")
    seen = in_qgis(path, "render", str(tmp_path / "en.png"))
    assert seen["alias_designation"] == "Property designation"
    swedish = tmp_path / "svenska.gpkg"
    init_project(str(swedish), 3018, demo=False)
    assert in_qgis(swedish, "look")["alias_designation"] == "Fastighetsbeteckning"


def test_qgis_reads_the_sld_written_beside_the_qml(demo_path: Path) -> None:
    """The SLD in layer_styles (for other readers of the table) says what the QML says."""
    from kalixplan.domain.codes import PARCEL_STATUS_LABELS

    seen = in_qgis(demo_path, "sld")["sld"]
    assert all(entry["ok"] for entry in seen.values()), seen
    assert seen["parcels"]["rules"] == [sv for sv, _en in PARCEL_STATUS_LABELS.values()]
    names = _reference_names(demo_path)
    assert sorted(seen["reference_features"]["rules"]) == sorted(names)
    assert "J – Industri" in seen["land_use_areas"]["rules"]


def test_a_provision_drawn_in_qgis_is_a_provision_of_its_plan(
    demo_path: Path, validate_gpkg: Any
) -> None:
    """QGIS loads the provisions layer (its points apart, as QGIS splits a table of mixed
    geometry), a point provision drawn there gets its identity and the change log, shows
    in "what applies here", and a unit outside NS 4.1's list is refused by the file."""
    from kalixplan.services.plans import find_plan, what_applies_here
    from kalixplan.services.provisions import list_provisions

    project = open_project(str(demo_path))
    with project.read_scope() as s:
        plan = find_plan(s, "2514-P101")
        before = len(list_provisions(s, plan.id))
    project.close()
    assert plan.geom is not None
    point = plan.geom.representative_point()
    seen = in_qgis(demo_path, "provision", str(plan.id), str(point.x), str(point.y))
    assert seen["provisions_valid"] and seen["committed"], seen
    assert not seen["bad_committed"]
    assert any("KalixPlan rule provisions.unit" in e for e in seen["bad_errors"]), seen
    validate_gpkg(demo_path)
    project = open_project(str(demo_path))
    try:
        with project.read_scope() as s:
            rows = list_provisions(s, plan.id)
            drawn = next(p for p in rows if p.code == "u1")
            here = what_applies_here(s, point.x, point.y)
        assert len(rows) == before + 1 and len(drawn.uuid) == 36 and drawn.unit is None
        assert drawn.id in {p.id for p in here.provisions}
        assert last_log(project, drawn.id, "provisions")[:2] == ("QGIS/external", "insert")
    finally:
        project.close()


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def demo_db(request: pytest.FixtureRequest, demo_path: Path) -> str:
    """The Kalix demo on each engine: a GeoPackage path or a PostGIS URL."""
    return str(demo_path) if request.param == "sqlite" else request.getfixturevalue("pg_demo_db")


def _gdal_sql(db: str, sql: str) -> subprocess.CompletedProcess[str]:
    """One statement through GDAL's ``ogrinfo -sql``, on a GeoPackage or on PostGIS."""
    if db.startswith("postgresql"):
        from sqlalchemy.engine import make_url

        url = make_url(db)
        db = (
            f"PG:host={url.host} port={url.port or 5432} dbname={url.database} "
            f"user={url.username} password={url.password}"
        )
    return subprocess.run(
        ["ogrinfo", "-q", db, "-sql", sql], capture_output=True, text=True, timeout=60
    )


def test_qgis_and_gdal_make_property_maps_and_the_file_refuses_unknown_kinds(
    demo_db: str, validate_gpkg: Any
) -> None:
    """Revision 0006 (a reference layer may be a property map, fastighetsindelning) holds
    for QGIS's attribute table and GDAL's SQL on both engines: kind 'property' is saved,
    an unknown kind is refused by the database's own rules, and KalixPlan lists what was
    saved."""
    from kalixplan.services.reference import list_reference_layers

    seen = in_qgis(demo_db, "reference_kinds")
    assert seen["valid"] and seen["good_committed"], seen
    assert not seen["bad_committed"]
    assert any("reference layer kind" in e for e in seen["bad_errors"]), seen
    ok = _gdal_sql(
        demo_db, "INSERT INTO reference_layers (name, kind) VALUES ('Fastigheter GDAL', 'property')"
    )
    assert ok.returncode == 0 and "ERROR" not in ok.stderr, ok.stderr
    refused = _gdal_sql(
        demo_db, "INSERT INTO reference_layers (name, kind) VALUES ('Tomter GDAL', 'plots')"
    )
    assert "reference layer kind" in refused.stderr, refused.stderr
    if not demo_db.startswith("postgresql"):
        validate_gpkg(Path(demo_db))
    project = open_project(demo_db)
    try:
        with project.read_scope() as s:
            kinds = {layer.name: layer.kind for layer in list_reference_layers(s)}
    finally:
        project.close()
    assert kinds["Fastigheter QGIS"] == kinds["Fastigheter GDAL"] == "property"
    assert "Tomter" not in kinds and "Tomter GDAL" not in kinds
