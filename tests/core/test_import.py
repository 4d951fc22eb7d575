"""Importing parcels, plans, land use and reference layers on both engines."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import LineString, box

from kalixplan.domain.errors import KalixPlanError
from kalixplan.geo.crs import reproject
from kalixplan.services.distances import parcels_changed
from kalixplan.services.export.layers import export_layer
from kalixplan.services.importing.fields import auto_mapping, list_presets, load_preset, save_preset
from kalixplan.services.importing.report import ImportCancelled, ImportOptions, ImportRefused
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import ParcelFilter, find_parcel, search_parcels, update_parcel
from kalixplan.services.plans import find_plan, land_use_areas
from kalixplan.services.reference import list_reference_layers
from kalixplan.store.engine import Project

X0, Y0 = 156_000.0, 7_300_000.0  # EPSG:3018, in Kalix kommun (the demo's municipality)


def parcel_file(path: Path, rows: list[dict[str, object]], epsg: int = 3018) -> Path:
    geoms = [r.pop("geom") for r in rows]
    gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs=f"EPSG:{epsg}").to_file(path)
    return path


def three_parcels(tmp_path: Path) -> Path:
    return parcel_file(
        tmp_path / "in.gpkg",
        [
            {
                "FASTBET": "Kalix Näsbyn 1:1",
                "Ägare": "Kalix kommun",
                "pris": "120,5",
                "anv": "J",
                "geom": box(X0, Y0, X0 + 100, Y0 + 100),
            },
            {
                "FASTBET": "Kalix Näsbyn 1:2",
                "Ägare": "Örjan Å",
                "pris": "80",
                "anv": "Z",
                "geom": box(X0 + 200, Y0, X0 + 300, Y0 + 50),
            },
            {
                "FASTBET": "Kalix Näsbyn 1:3",
                "Ägare": None,
                "pris": None,
                "anv": None,
                "geom": box(X0 + 400, Y0, X0 + 450, Y0 + 50),
            },
        ],
    )


def test_aliases_map_swedish_columns() -> None:
    mapping = auto_mapping("parcels", ["FASTBET", "Ägare", "pris", "anv", "Markanvändning"])
    assert mapping["designation"] == "FASTBET"
    assert mapping["owner"] == "Ägare"
    assert mapping["price_sek_m2"] == "pris"
    assert mapping["land_use"] == "Markanvändning"  # the exact Swedish header wins over 'anv'
    assert auto_mapping("parcels", ["reserved_u", "contaminat"]) == {
        "reserved_until": "reserved_u",
        "contaminated_mifo": "contaminat",
    }


def test_import_parcels_with_aliases(project: Project, tmp_path: Path) -> None:
    report = import_file(project, three_parcels(tmp_path), ImportOptions("parcels"))
    assert (report.imported, report.updated, report.skipped) == (3, 0, 0)
    with project.session_scope() as s:
        p = find_parcel(s, "Kalix Näsbyn 1:1")
        q = find_parcel(s, "Kalix Näsbyn 1:2")
    assert p.owner == "Kalix kommun" and p.price_sek_m2 == 120.5 and p.land_use == "J"
    assert q.owner == "Örjan Å"
    assert p.area_m2 == pytest.approx(10_000, rel=1e-3)
    assert p.geom is not None and p.geom.geom_type == "MultiPolygon"


def test_duplicates_update_or_skip(project: Project, tmp_path: Path) -> None:
    src = three_parcels(tmp_path)
    import_file(project, src, ImportOptions("parcels"))
    skipped = import_file(project, src, ImportOptions("parcels", on_duplicate="skip"))
    assert (skipped.imported, skipped.updated, skipped.skipped) == (0, 0, 3)
    assert "exists already" in skipped.lines[0].reason
    updated = import_file(
        project, src, ImportOptions("parcels", mapping={"owner": "", "price_sek_m2": "pris"})
    )
    assert updated.updated == 3
    with project.session_scope() as s:
        p = find_parcel(s, "Kalix Näsbyn 1:1")
    assert p.version == 2 and p.owner == "Kalix kommun"  # unmapped owner left as it was


def test_explicit_map_and_presets(project: Project, tmp_path: Path) -> None:
    src = parcel_file(
        tmp_path / "odd.geojson",
        [
            {
                "ID_TEXT": "Kalix Rolfs 3:4",
                "kolumn7": "Ägare AB",
                "geom": box(X0, Y0, X0 + 9, Y0 + 9),
            }
        ],
    )
    mapping = {"designation": "ID_TEXT", "owner": "kolumn7"}
    with project.session_scope() as s:
        save_preset(s, "Lantmäteriet", "parcels", mapping)
    with project.session_scope() as s:
        assert list_presets(s, "parcels") == ["Lantmäteriet"]
        kind, loaded = load_preset(s, "Lantmäteriet")
    assert (kind, loaded) == ("parcels", mapping)
    report = import_file(project, src, ImportOptions("parcels", mapping=loaded))
    assert report.imported == 1
    with project.session_scope() as s:
        assert find_parcel(s, "Kalix Rolfs 3:4").owner == "Ägare AB"


def test_source_crs_is_transformed(project: Project, tmp_path: Path) -> None:
    square = box(X0, Y0, X0 + 100, Y0 + 100)
    wgs = reproject(square, 3018, 4326)
    src = parcel_file(
        tmp_path / "wgs.geojson", [{"designation": "Kalix Töre 1:1", "geom": wgs}], 4326
    )
    import_file(project, src, ImportOptions("parcels"))
    with project.session_scope() as s:
        got = find_parcel(s, "Kalix Töre 1:1").geom
    assert shapely.hausdorff_distance(got, square) < 0.001


def test_csv_with_coordinates_needs_a_crs(project: Project, tmp_path: Path) -> None:
    csv_path = tmp_path / "ports.csv"
    csv_path.write_text(
        "namn;x;y\nKarlsborg;190000,5;7294000\n".replace(";", ","), encoding="utf-8"
    )
    csv_path.write_text('namn,x,y\nKarlsborg,"190000,5",7294000\n', encoding="utf-8")
    with pytest.raises(KalixPlanError, match="does not say which coordinate system"):
        import_file(project, csv_path, ImportOptions("reference", ref_kind="port"))
    report = import_file(
        project, csv_path, ImportOptions("reference", ref_kind="port", src_epsg=3018)
    )
    assert report.imported == 1
    with project.session_scope() as s:
        layer = list_reference_layers(s)[0]
    assert (layer.name, layer.kind, layer.feature_count) == ("ports", "port", 1)


def test_shapefile_in_windows_1252(project: Project, tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"fastbet": ["Kalix Åström 1:1"], "agare": ["Öländsk Ägare"]},
        geometry=[box(X0, Y0, X0 + 10, Y0 + 10)],
        crs="EPSG:3018",
    )
    shp = tmp_path / "win.shp"
    frame.to_file(shp, encoding="cp1252")
    shp.with_suffix(".cpg").unlink()  # no .cpg: the user names the encoding
    import_file(project, shp, ImportOptions("parcels", encoding="cp1252"))
    with project.session_scope() as s:
        assert find_parcel(s, "Kalix Åström 1:1").owner == "Öländsk Ägare"


def test_reference_layer_drives_distances(project: Project, tmp_path: Path) -> None:
    import_file(project, three_parcels(tmp_path), ImportOptions("parcels"))
    rail = tmp_path / "rail.geojson"
    gpd.GeoDataFrame(
        {"namn": ["Haparandabanan"]},
        geometry=[LineString([(X0 - 1000, Y0 + 300), (X0 + 2000, Y0 + 300)])],
        crs="EPSG:3018",
    ).to_file(rail)
    report = import_file(
        project, rail, ImportOptions("reference", ref_kind="railway", name="Järnväg")
    )
    assert report.facts_recomputed == 3
    with project.session_scope() as s:
        p = find_parcel(s, "Kalix Näsbyn 1:1")
        assert p.dist_rail_m == pytest.approx(200.0)
        near = search_parcels(s, ParcelFilter(max_dist_rail_m=220))
        assert [r.designation for r in near] == ["Kalix Näsbyn 1:1"]
        # A parcel edit moves it; the UI then asks for its facts again.
        update_parcel(s, p.id, p.version, {"geom": box(X0, Y0 + 290, X0 + 100, Y0 + 320)})
        parcels_changed(s, [p.id])
        assert find_parcel(s, "Kalix Näsbyn 1:1").dist_rail_m == 0.0


def test_kalix_area_equals_geodesic_area(
    project: Project, tmp_path: Path, shared_data: Path
) -> None:
    src = shared_data / "swedish_municipalities.geojson"
    report = import_file(
        project, src, ImportOptions("reference", ref_kind="boundary", name="Kommuner")
    )
    assert report.imported == 290
    out = tmp_path / "kommuner.csv"
    export_layer(project, "reference", out, name="Kommuner")
    table = pd.read_csv(out)
    kalix = table[table["properties"].str.contains('"id": "2514"')]
    assert list(kalix["name"]) == ["Kalix"]
    source = pyogrio.read_dataframe(src)
    geom = source[source["id"] == "2514"].geometry.iloc[0]
    expected = abs(Geod(ellps="GRS80").geometry_area_perimeter(geom)[0])
    assert float(kalix["area_m2"].iloc[0]) == pytest.approx(expected, rel=1e-4)


def test_plans_and_land_use(project: Project, tmp_path: Path) -> None:
    plans = tmp_path / "plans.gpkg"
    gpd.GeoDataFrame(
        {
            "planbeteckning": ["2514-P201"],
            "namn": ["Industriområde Lägret"],
            "status": ["in_force"],
            "laga_kraft": ["2015-03-01"],
            "genomforandetid": ["10"],
        },
        geometry=[box(X0, Y0, X0 + 1000, Y0 + 800)],
        crs="EPSG:3018",
    ).to_file(plans)
    assert import_file(project, plans, ImportOptions("plans")).imported == 1
    areas = tmp_path / "use.geojson"
    gpd.GeoDataFrame(
        {"plan": ["2514-P201", "2514-P201"], "anv": ["J", "GATA"], "hojd": [12, None]},
        geometry=[box(X0, Y0, X0 + 900, Y0 + 800), box(X0 + 900, Y0, X0 + 1000, Y0 + 800)],
        crs="EPSG:3018",
    ).to_file(areas)
    assert import_file(project, areas, ImportOptions("land_use")).imported == 2
    with project.session_scope() as s:
        plan = find_plan(s, "2514-P201")
        codes = sorted(a.code for a in land_use_areas(s, plan.id))
    assert plan.implementation_ends is not None and plan.implementation_ends.year == 2025
    assert codes == ["GATA", "J"]


def test_a_plan_the_rules_refuse_is_named(project: Project, tmp_path: Path) -> None:
    plans = tmp_path / "plans.geojson"
    gpd.GeoDataFrame(
        {"beteckning": ["2514-P1", "2514-P2"], "namn": ["A", "B"], "genomforandetid": [10, 99]},
        geometry=[box(X0, Y0, X0 + 10, Y0 + 10), box(X0 + 20, Y0, X0 + 30, Y0 + 10)],
        crs="EPSG:3018",
    ).to_file(plans)
    with pytest.raises(ImportRefused, match=r"Feature 2 \('2514-P2'\).*Implementation period 99"):
        import_file(project, plans, ImportOptions("plans"))
    with project.session_scope() as s:
        with pytest.raises(KalixPlanError):
            find_plan(s, "2514-P1")  # the good one was rolled back too
    report = import_file(project, plans, ImportOptions("plans", on_invalid="skip"))
    assert (report.imported, report.skipped) == (1, 1)


def test_dry_run_and_cancel_write_nothing(project: Project, tmp_path: Path) -> None:
    src = three_parcels(tmp_path)
    report = import_file(project, src, ImportOptions("parcels"), dry_run=True)
    assert report.dry_run and report.imported == 3
    calls: list[str] = []

    def cancel_when_writing() -> bool:
        return bool(calls) and calls[-1] == "writing parcels"

    with pytest.raises(ImportCancelled):
        import_file(
            project,
            src,
            ImportOptions("parcels"),
            progress=lambda done, total, msg: calls.append(msg),
            cancelled=cancel_when_writing,
        )
    with project.session_scope() as s:
        assert search_parcels(s) == []


def test_report_saves_as_csv_and_text(project: Project, tmp_path: Path) -> None:
    src = parcel_file(
        tmp_path / "mixed.geojson",
        [
            {"designation": "Kalix By 1:1", "geom": box(X0, Y0, X0 + 9, Y0 + 9)},
            {"designation": "no block unit", "geom": box(X0 + 20, Y0, X0 + 29, Y0 + 9)},
        ],
    )
    report = import_file(project, src, ImportOptions("parcels", on_invalid="skip"))
    report.save(tmp_path / "r.csv")
    report.save(tmp_path / "r.txt")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "feature,key,outcome,reason"
    assert lines[1].startswith("1,Kalix By 1:1,imported")
    assert lines[2].startswith('2,no block unit,skipped,"has a bad designation: Property')
    assert "Imported 1 parcels" in (tmp_path / "r.txt").read_text(encoding="utf-8")


def test_export_reads_back_on_each_engine(project: Project, tmp_path: Path) -> None:
    import_file(project, three_parcels(tmp_path), ImportOptions("parcels"))
    out = tmp_path / "back.geojson"
    assert export_layer(project, "parcels", out, where={"land_use": "J"}) == 1
    frame = pyogrio.read_dataframe(out)
    assert list(frame["designation"]) == ["Kalix Näsbyn 1:1"]
    assert (
        shapely.hausdorff_distance(frame.geometry.iloc[0], box(X0, Y0, X0 + 100, Y0 + 100)) < 1e-3
    )
