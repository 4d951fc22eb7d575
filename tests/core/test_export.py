"""Exports: every format opens in GDAL (pyogrio) and Excel (openpyxl), in Swedish or English."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import openpyxl
import pyogrio
import pytest
from shapely.geometry import box

from kalixplan.domain.errors import KalixPlanError
from kalixplan.services.export.layers import ExportCancelled, export_layer
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import find_parcel, search_parcels, update_parcel
from kalixplan.services.reference import list_reference_layers
from kalixplan.store.engine import Project, create_project, open_project
from main import main


@pytest.fixture
def demo(demo_path: Path) -> Project:
    project = open_project(str(demo_path))
    yield project  # type: ignore[misc]
    project.close()


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".shp", ".csv"])
def test_gis_formats_open_in_gdal(demo: Project, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"parcels{suffix}"
    assert export_layer(demo, "parcels", out, lang="sv") == 40
    frame = pyogrio.read_dataframe(out)
    assert len(frame) == 40
    designation = "fastighets" if suffix == ".shp" else "fastighetsbeteckning"
    assert any(name.startswith("Kalix ") for name in frame[designation])
    if suffix != ".csv":
        assert frame.crs.to_epsg() == 3018
        assert set(frame.geometry.geom_type) <= {"MultiPolygon", "Polygon"}
    assert not list(tmp_path.glob(".kalixplan-export-*"))  # no leftovers


def test_excel_opens_with_headers_and_types(demo: Project, tmp_path: Path) -> None:
    out = tmp_path / "parcels.xlsx"
    export_layer(demo, "parcels", out, where={"status": "available"}, lang="sv")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "fastighetsbeteckning" and header[-1] == "wkt"
    status = header.index("status")
    assert {r[status] for r in rows[1:]} == {"available"}
    area = header.index("areal_m2")
    assert all(isinstance(r[area], float) and r[area] > 0 for r in rows[1:])
    assert str(rows[1][-1]).startswith("MULTIPOLYGON")
    english = tmp_path / "en.xlsx"
    export_layer(demo, "actors", english)
    actors = list(openpyxl.load_workbook(english).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert actors[0][:2] == ("org_number", "name") and len(actors) == 16


def test_selection_export_and_formula_text_stays_text(demo: Project, tmp_path: Path) -> None:
    with demo.session_scope() as s:
        rows = search_parcels(s)[:3]
        update_parcel(s, rows[0].id, rows[0].version, {"notes": '=HYPERLINK("http://x")'})
    out = tmp_path / "three.xlsx"
    assert export_layer(demo, "parcels", out, ids=[r.id for r in rows]) == 3
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("notes") + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


def test_where_names_unknown_fields(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(KalixPlanError, match="'colour' is not a field here"):
        export_layer(demo, "parcels", tmp_path / "x.gpkg", where={"colour": "red"})
    with pytest.raises(KalixPlanError, match=r"Cannot export to 'x\.dwg'"):
        export_layer(demo, "parcels", tmp_path / "x.dwg")


def test_cancel_leaves_no_file(demo: Project, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_layer(demo, "parcels", folder / "parcels.gpkg", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_shapefile_refuses_text_it_would_cut(demo: Project, tmp_path: Path) -> None:
    with demo.session_scope() as s:
        p = search_parcels(s)[0]
        update_parcel(s, p.id, p.version, {"notes": "å" * 200})
    with pytest.raises(KalixPlanError, match="longer than the 254 bytes a Shapefile holds"):
        export_layer(demo, "parcels", tmp_path / "p.shp")
    assert not (tmp_path / "p.shp").exists()


def test_reference_export_reports_geodesic_area(demo: Project, tmp_path: Path) -> None:
    out = tmp_path / "ref.gpkg"
    export_layer(demo, "reference", out, name="Kalix kommungräns")
    frame = pyogrio.read_dataframe(out)
    assert list(frame["name"]) == ["Kalix kommun"]
    # Kalix kommun: about 1 800 km² of land, 3 700 km² with its waters.
    assert 1.8e9 < float(frame["area_m2"].iloc[0]) < 3.7e9


@pytest.mark.parametrize(("suffix", "driver"), [(".gml", "GML"), (".kml", "KML")])
def test_gml_and_kml_import(tmp_path: Path, suffix: str, driver: str) -> None:
    src = tmp_path / f"parcels{suffix}"
    gpd.GeoDataFrame(
        {"designation": ["Kalix Gml 1:1"], "owner": ["Ägare Å"]},
        geometry=[box(180_000, 7_300_000, 180_100, 7_300_100)],
        crs="EPSG:3018",
    ).to_file(src, driver=driver)
    project = create_project(str(tmp_path / "p.gpkg"), 3018)
    try:
        assert import_file(project, src, ImportOptions("parcels")).imported == 1
        with project.session_scope() as s:
            parcel = find_parcel(s, "Kalix Gml 1:1")
        assert parcel.owner == "Ägare Å"
        assert parcel.area_m2 == pytest.approx(10_000, rel=1e-3)
    finally:
        project.close()


def test_cli_export_and_import_reference(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "roads.shp"
    assert (
        main(
            [
                "export",
                "--db",
                str(demo_path),
                "--kind",
                "reference",
                "--name",
                "Vägar E4/E10",
                "--lang",
                "sv",
                str(out),
            ]
        )
        == 0
    )
    assert list(pyogrio.read_dataframe(out)["namn"]) == ["E4", "E10"]
    code = main(
        [
            "import",
            "--db",
            str(demo_path),
            "--kind",
            "reference",
            "--ref-kind",
            "road",
            "--name",
            "Vägar (kopia)",
            str(out),
        ]
    )
    assert code == 0
    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            layers = {layer.name: layer for layer in list_reference_layers(s)}
    finally:
        project.close()
    assert layers["Vägar (kopia)"].feature_count == 2
    assert layers["Vägar (kopia)"].kind == "road"
