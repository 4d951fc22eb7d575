"""The import wizard driven page by page with qtbot, against a real demo GeoPackage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from PySide6.QtCore import Qt
from shapely.geometry import Polygon, box

from kalixplan.services.parcels import find_parcel
from kalixplan.store.engine import Project, open_project
from ui.importing import ImportWizard, accepts_drop
from ui.importing.pages import CHECK, CRS, LAYER, MAPPING, RESULT
from ui.workspace import QtWorkspace

pytestmark = pytest.mark.ui

X0, Y0 = 156_000.0, 7_300_000.0  # in Kalix kommun, the demo's municipality
SHOTS = Path("/tmp/shots")


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    project = open_project(str(demo_path))
    yield project
    project.close()


def two_layer_source(tmp_path: Path) -> Path:
    path = tmp_path / "leverans.gpkg"
    bowtie = Polygon([(X0, Y0 + 500), (X0 + 60, Y0 + 560), (X0 + 60, Y0 + 500), (X0, Y0 + 560)])
    gpd.GeoDataFrame(
        {
            "FASTBET": ["Kalix Wizard 1:1", "Kalix Wizard 1:2", "Kalix Wizard 1:3"],
            "Ägare": ["Kalix kommun", "Åströms Åkeri AB", "Öbergs"],
            "pris": ["120", "95,5", None],
            "kod": ["J", "Z", "J"],
        },
        geometry=[box(X0, Y0, X0 + 100, Y0 + 80), box(X0 + 150, Y0, X0 + 260, Y0 + 70), bowtie],
        crs="EPSG:3018",
    ).to_file(path, layer="nya")
    gpd.GeoDataFrame({"x": [1]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:3018").to_file(
        path, layer="gamla"
    )
    return path


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def wait_checked(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.check_page.checking, timeout=30_000)


def test_wizard_imports_a_chosen_layer_with_a_mapping(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(two_layer_source(tmp_path)))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.source_page.isComplete()
    wizard.next()
    assert wizard.currentId() == LAYER
    assert [wizard.layer_page.layers.item(i).text() for i in range(2)] == ["nya", "gamla"]
    wizard.layer_page.layers.setCurrentRow(0)
    wizard.next()
    assert wizard.currentId() == CRS
    assert "EPSG:3018" in wizard.crs_page.detected.text()
    wizard.next()
    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    mapping = page.mapping()
    assert (mapping["designation"], mapping["owner"], mapping["price_sek_m2"]) == (
        "FASTBET",
        "Ägare",
        "pris",
    )
    assert mapping["land_use"] == ""
    page.set_column("land_use", "kod")
    assert page.shapes.geometry_count() == 3
    assert page.rows.item(1, 1).text() == "Åströms Åkeri AB"
    page.preset_name.setText("Leverans från konsult")
    page.save_preset()
    assert page.presets.findData("Leverans från konsult") > 0
    shot(wizard, "import_mapping.png")
    wizard.next()
    assert wizard.currentId() == CHECK
    check = wizard.check_page
    wait_checked(qtbot, wizard)
    # The bowtie stops an 'abort' import and is listed with its reason.
    assert check.dry_report is None and not check.isComplete()
    assert check.issues.rowCount() == 1
    assert check.issues.item(0, 1).text() == "Kalix Wizard 1:3"
    assert "Self-intersection" in check.issues.item(0, 2).text()
    shot(wizard, "import_check.png")
    check.on_invalid.setCurrentIndex(check.on_invalid.findData("repair"))
    wait_checked(qtbot, wizard)
    assert check.dry_report is not None and check.dry_report.imported == 3
    assert check.dry_report.repaired == 1
    with demo.session_scope() as s:  # the dry run saved nothing
        with pytest.raises(Exception, match="No parcel"):
            find_parcel(s, "Kalix Wizard 1:1")
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.currentId() == RESULT and not wizard.check_page.importing, timeout=30_000
    )
    assert "Imported 3" in wizard.result_page.summary.text()
    shot(wizard, "import_report.png")
    with demo.session_scope() as s:
        second = find_parcel(s, "Kalix Wizard 1:2")
        assert second.owner == "Åströms Åkeri AB"
        assert second.price_sek_m2 == 95.5 and second.land_use == "Z"
        assert second.dist_rail_m is not None  # facts from the demo's reference layers
    out = tmp_path / "rapport.csv"
    wizard.result_page.save_report(out)
    assert "repaired" in out.read_text(encoding="utf-8")


def test_wizard_asks_for_crs_and_encoding(qtbot: Any, demo: Project, tmp_path: Path) -> None:
    shp = tmp_path / "gammal.shp"
    gpd.GeoDataFrame(
        {"fastbet": ["Kalix Gammal 2:1"], "agare": ["Älvdalens Sågverk"]},
        geometry=[box(X0, Y0, X0 + 50, Y0 + 50)],
        crs="EPSG:3018",
    ).to_file(shp, encoding="cp1252")
    shp.with_suffix(".prj").unlink()
    shp.with_suffix(".cpg").unlink()
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(shp))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == CRS
    crs = wizard.crs_page
    assert not crs.isComplete()  # never a silent guess
    assert "does not say" in crs.detected.text() and ".cpg" in crs.detected.text()
    assert crs.encoding.isEnabled()
    crs.crs.setCurrentIndex(crs.crs.findData(3018))
    crs.encoding.setCurrentIndex(crs.encoding.findData("UTF-8"))
    assert "inte UTF-8" in crs.error.text()  # the wrong choice shows at once (in Swedish)
    crs.encoding.setCurrentIndex(crs.encoding.findData("cp1252"))
    assert crs.text_preview.item(0, 1).text() == "Älvdalens Sågverk"
    assert crs.error.text() == ""
    assert crs.isComplete()
    shot(wizard, "import_crs.png")
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert wizard.mapping_page.rows.item(0, 1).text() == "Älvdalens Sågverk"
    wizard.next()
    wait_checked(qtbot, wizard)
    assert wizard.check_page.isComplete()
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.currentId() == RESULT and not wizard.check_page.importing, timeout=30_000
    )
    with demo.session_scope() as s:
        assert find_parcel(s, "Kalix Gammal 2:1").owner == "Älvdalens Sågverk"


def test_source_errors_show_on_the_page(qtbot: Any, demo: Project, tmp_path: Path) -> None:
    empty = tmp_path / "tom.geojson"
    empty.write_bytes(b"")
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(empty))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == 0
    assert "är tom" in wizard.source_page.error.text()


def test_accepts_drop(tmp_path: Path) -> None:
    src = two_layer_source(tmp_path)
    assert accepts_drop(str(src))
    note = tmp_path / "note.txt"
    note.write_text("x")
    assert not accepts_drop(str(note))
    assert not accepts_drop(str(tmp_path / "missing.gpkg"))


def test_wizard_asks_before_touching_an_existing_reference_layer(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    """Issue "Never lose the user's work or secrets", part 5, as a planner meets it."""
    from sqlalchemy import func, select

    from kalixplan.services.reference import list_reference_layers
    from kalixplan.store.models import ReferenceFeature, ReferenceLayer

    with demo.read_scope() as s:
        existing = list_reference_layers(s)[0]
        before = s.scalar(
            select(func.count())
            .select_from(ReferenceFeature)
            .where(ReferenceFeature.layer_id == existing.id)
        )
    source = tmp_path / "zon.gpkg"
    gpd.GeoDataFrame(
        {"namn": ["Ny zon"]}, geometry=[box(X0, Y0, X0 + 100, Y0 + 100)], crs="EPSG:3018"
    ).to_file(source, layer="zon")
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(source))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    page.kind.setCurrentIndex(page.kind.findData("reference"))
    page.ref_name.setText(existing.name)
    while wizard.currentId() != CHECK:
        wizard.next()
    check = wizard.check_page
    wait_checked(qtbot, wizard)
    assert check.on_existing.isVisible() and not check.on_duplicate.isVisible()
    assert f"'{existing.name}' finns redan" in check.error.text()
    assert not check.isComplete()  # no Import button until the planner chooses
    shot(wizard, "import-existing-layer.png")
    check.on_existing.setCurrentIndex(check.on_existing.findData("append"))
    wait_checked(qtbot, wizard)
    assert check.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=30_000)
    with demo.read_scope() as s:
        layer = s.get(ReferenceLayer, existing.id)
        assert layer is not None and layer.kind == existing.kind  # kind kept
        assert (
            s.scalar(
                select(func.count())
                .select_from(ReferenceFeature)
                .where(ReferenceFeature.layer_id == existing.id)
            )
            == before + 1
        )


def test_wizard_takes_an_ns_detaljplan_file_straight_to_the_check(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    """NS Detaljplan 4.1 fixes fields, CRS and codes: no layer, CRS or mapping pages;
    plans keep their identity (issue 13, item 5)."""
    from kalixplan.services.ns_detaljplan.writer import export_plans
    from kalixplan.services.plans import list_plans
    from kalixplan.store.engine import create_project

    source = tmp_path / "planer.json"
    export_plans(demo, source)
    with demo.read_scope() as s:
        identities = {p.designation: p.uuid for p in list_plans(s)}
    target = create_project(str(tmp_path / "tom.gpkg"), 3006)
    try:
        wizard = ImportWizard(QtWorkspace.of(target), path=str(source))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        assert wizard.currentId() == CHECK
        assert wizard.kind() == "plans"
        wait_checked(qtbot, wizard)
        check = wizard.check_page
        assert check.dry_report is not None and check.dry_report.imported == len(identities)
        shot(wizard, "import_ns_check.png")
        wizard.next()
        qtbot.waitUntil(
            lambda: wizard.currentId() == RESULT and not wizard.check_page.importing,
            timeout=30_000,
        )
        assert f"Imported {len(identities)}, updated 0" in wizard.result_page.summary.text()
        with target.read_scope() as s:
            assert {p.designation: p.uuid for p in list_plans(s)} == identities
    finally:
        target.close()


def test_wizard_lists_where_an_ns_file_breaks_the_specification(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    import json

    from kalixplan.services.ns_detaljplan.writer import export_plans

    source = tmp_path / "planer.json"
    export_plans(demo, source)
    document = json.loads(source.read_text(encoding="utf-8"))
    document["features"][0]["properties"]["status"] = "gällande"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(source))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wait_checked(qtbot, wizard)
    check = wizard.check_page
    assert check.dry_report is None and not check.isComplete()
    assert check.issues.rowCount() == 1
    assert check.issues.item(0, 1).text() == document["features"][0]["properties"]["beteckning"]
    assert "gällande" in check.issues.item(0, 2).text()
    shot(wizard, "import_ns_refused.png")


def test_wizard_offers_the_crs_the_coordinates_fit(
    qtbot: Any, demo: Project, tmp_path: Path
) -> None:
    """Issue "Hostile and awkward input", 2: a file that states SWEREF 99 16 30 but holds
    longitude/latitude is refused with the likely cause named, and the wizard offers the
    fix: one click (a real mouse event) reads it as WGS 84 and the parcel lands in Kalix."""
    path = tmp_path / "konsult.gpkg"
    gpd.GeoDataFrame(
        {"designation": ["Kalix Grader 1:1"], "status": ["available"]},
        geometry=[box(23.10, 65.80, 23.11, 65.805)],
        crs="EPSG:3010",
    ).to_file(path)
    wizard = ImportWizard(QtWorkspace.of(demo), path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() != CHECK:
        wizard.next()
    check = wizard.check_page
    wait_checked(qtbot, wizard)
    assert check.dry_report is None
    assert "longitud/latitud" in check.error.text()  # the likely cause, in Swedish
    assert check.use_crs.isVisible()
    assert "EPSG:4326" in check.use_crs.text()
    shot(wizard, "import_wrong_crs.png")
    qtbot.mouseClick(check.use_crs, Qt.MouseButton.LeftButton)
    wait_checked(qtbot, wizard)
    assert check.dry_report is not None and check.dry_report.imported == 1
    assert not check.use_crs.isVisible()
    assert "EPSG:4326" in wizard.crs_page.detected.text()
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.currentId() == RESULT and not wizard.check_page.importing, timeout=30_000
    )
    with demo.session_scope() as s:
        parcel = find_parcel(s, "Kalix Grader 1:1")
        # 23.10° E, 65.80° N in the demo's SWEREF 99 23 15: some 150 km east of its
        # false origin, near Kalix, not metres from the projection's origin.
        x, y = parcel.geom.centroid.x, parcel.geom.centroid.y
    assert 140_000 < x < 160_000 and 7_290_000 < y < 7_310_000
