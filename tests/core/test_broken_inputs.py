"""A generated corpus of broken inputs: each gives one clear sentence naming the problem
and the feature, exit status 2, no traceback, and leaves the database byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from main import main

X0, Y0 = 156_000.0, 7_300_000.0  # in Kalix kommun (the demo's municipality)
Builder = Callable[[Path], tuple[Path, list[str]]]


def frame(rows: list[dict[str, object]], geoms: list[object], epsg: int = 3018) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs=f"EPSG:{epsg}")


def good(n: int = 2) -> gpd.GeoDataFrame:
    return frame(
        [{"designation": f"Kalix Trasig {i + 1}:1"} for i in range(n)],
        [box(X0 + 100 * i, Y0, X0 + 100 * i + 50, Y0 + 50) for i in range(n)],
    )


def truncated_gpkg(tmp: Path) -> tuple[Path, list[str]]:
    whole = tmp / "whole.gpkg"
    good(50).to_file(whole)
    data = whole.read_bytes()
    path = tmp / "truncated.gpkg"
    path.write_bytes(data[: len(data) // 3])
    return path, []


def shapefile(tmp: Path, name: str, drop: str | None = None, **kw: object) -> Path:
    path = tmp / f"{name}.shp"
    good().to_file(path, **kw)
    if drop:
        path.with_suffix(drop).unlink()
    return path


def no_prj(tmp: Path) -> tuple[Path, list[str]]:
    return shapefile(tmp, "noprj", ".prj"), []


def no_dbf(tmp: Path) -> tuple[Path, list[str]]:
    return shapefile(tmp, "nodbf", ".dbf"), []


def wrong_encoding(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "enc.shp"
    rows = [{"designation": "Kalix By 1:1"}, {"designation": "Kalix Nästa 1:2"}]
    frame(rows, [box(X0, Y0, X0 + 9, Y0 + 9), box(X0 + 20, Y0, X0 + 29, Y0 + 9)]).to_file(
        path, encoding="cp1252"
    )
    path.with_suffix(".cpg").write_text("UTF-8")  # the .cpg lies
    return path, []


def self_intersecting(tmp: Path) -> tuple[Path, list[str]]:
    bowtie = Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    path = tmp / "bowtie.geojson"
    frame(
        [{"designation": "Kalix By 1:1"}, {"designation": "Kalix Fluga 1:2"}],
        [box(X0, Y0, X0 + 9, Y0 + 9), bowtie],
    ).to_file(path)
    return path, []


def empty_file(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "empty.geojson"
    path.write_bytes(b"")
    return path, []


def no_features(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "nothing.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    return path, []


def not_geodata(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "letter.geojson"
    path.write_text("Hej! Här är filen du bad om.", encoding="utf-8")
    return path, []


def missing_file(tmp: Path) -> tuple[Path, list[str]]:
    return tmp / "gone.gpkg", []


def points(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "points.geojson"
    frame([{"designation": "Kalix By 1:1"}], [Point(X0, Y0)]).to_file(path)
    return path, []


def mixed_types(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "mixed.geojson"
    frame(
        [{"designation": "Kalix By 1:1"}, {"designation": "Kalix Linje 1:2"}],
        [box(X0, Y0, X0 + 9, Y0 + 9), LineString([(X0, Y0), (X0 + 50, Y0)])],
    ).to_file(path)
    return path, []


def bad_wkt(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "bad.csv"
    path.write_text(
        "designation,wkt\n"
        f'Kalix By 1:1,"POLYGON (({X0} {Y0}, {X0 + 9} {Y0}, {X0 + 9} {Y0 + 9}, {X0} {Y0}))"\n'
        'Kalix Trasig 1:2,"POLYGON ((1 2, 3"\n',
        encoding="utf-8",
    )
    return path, ["--src-crs", "3018"]


def no_geometry_column(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "table.csv"
    path.write_text("designation,owner\nKalix By 1:1,Kalix kommun\n", encoding="utf-8")
    return path, ["--src-crs", "3018"]


def bad_coordinates(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "xy.csv"
    path.write_text("name,x,y\nHamn,190000,7294000\nStation,öster,7294000\n", encoding="utf-8")
    return path, ["--src-crs", "3018"]


def huge_value(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "huge.gpkg"
    rows = [
        {"designation": "Kalix By 1:1", "notes": "kort"},
        {"designation": "Kalix Stor 1:2", "notes": "x" * 20_000},
    ]
    frame(rows, [box(X0, Y0, X0 + 9, Y0 + 9), box(X0 + 20, Y0, X0 + 29, Y0 + 9)]).to_file(path)
    return path, []


def null_geometry(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "null.gpkg"
    frame(
        [{"designation": "Kalix By 1:1"}, {"designation": "Kalix Tom 1:2"}],
        [box(X0, Y0, X0 + 9, Y0 + 9), None],
    ).to_file(path)
    return path, []


def duplicate_keys(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "dup.gpkg"
    frame(
        [{"designation": "Kalix By 1:1"}, {"designation": "Kalix  By 1:1"}],
        [box(X0, Y0, X0 + 9, Y0 + 9), box(X0 + 20, Y0, X0 + 29, Y0 + 9)],
    ).to_file(path)
    return path, []


def several_layers(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "two.gpkg"
    good().to_file(path, layer="fastigheter")
    good().to_file(path, layer="gamla")
    return path, []


def wrong_layer(tmp: Path) -> tuple[Path, list[str]]:
    path, _ = several_layers(tmp)
    return path, ["--layer", "skiften"]


def attribute_case(name: str, field: str, value: object) -> Builder:
    def build(tmp: Path) -> tuple[Path, list[str]]:
        path = tmp / f"{name}.geojson"
        frame(
            [{"designation": "Kalix By 1:1"}, {"designation": "Kalix Fel 1:2", field: value}],
            [box(X0, Y0, X0 + 9, Y0 + 9), box(X0 + 20, Y0, X0 + 29, Y0 + 9)],
        ).to_file(path)
        return path, []

    return build


def missing_designation(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "anonymous.geojson"
    frame([{"owner": "Kalix kommun"}], [box(X0, Y0, X0 + 9, Y0 + 9)]).to_file(path)
    return path, []


def map_missing_column(tmp: Path) -> tuple[Path, list[str]]:
    return shapefile(tmp, "plain"), ["--map", "owner=AGARE"]


def map_unknown_field(tmp: Path) -> tuple[Path, list[str]]:
    return shapefile(tmp, "plain2"), ["--map", "colour=designation"]


def unknown_crs(tmp: Path) -> tuple[Path, list[str]]:
    return shapefile(tmp, "noprj2", ".prj"), ["--src-crs", "99999"]


def crs_that_does_not_fit(tmp: Path) -> tuple[Path, list[str]]:
    # SWEREF 99 coordinates in metres, declared as longitude/latitude.
    path = tmp / "mislabelled.geojson"
    frame([{"designation": "Kalix By 1:1"}], [box(X0, Y0, X0 + 9, Y0 + 9)], epsg=4326).to_file(path)
    return path, []


def bad_org_number(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "aktorer.csv"
    path.write_text(
        "organisationsnummer,namn\n556036-0793,Kalix Energi AB\n556036-0794,Fel Siffra AB\n",
        encoding="utf-8",
    )
    return path, []


# (name, builder, words the one-sentence error must contain)
CASES: list[tuple[str, Builder, tuple[str, ...]]] = [
    ("truncated gpkg", truncated_gpkg, ("truncated.gpkg", "damaged")),
    ("shapefile without .prj", no_prj, ("noprj.shp", ".prj file missing", "--src-crs")),
    ("shapefile without .dbf", no_dbf, ("nodbf.shp", "no .dbf")),
    ("wrong encoding", wrong_encoding, ("feature 2", "enc.shp", "not UTF-8", "--encoding cp1252")),
    (
        "self-intersecting",
        self_intersecting,
        ("Feature 2 ('Kalix Fluga 1:2')", "Self-intersection", "--on-invalid repair"),
    ),
    ("empty file", empty_file, ("empty.geojson", "is empty")),
    ("no features", no_features, ("nothing.geojson", "no features")),
    ("not geodata", not_geodata, ("letter.geojson", "not a geodata file")),
    ("missing file", missing_file, ("gone.gpkg", "does not exist")),
    ("points for parcels", points, ("points.geojson", "Point", "must be polygons")),
    (
        "mixed geometry types",
        mixed_types,
        ("Feature 2 ('Kalix Linje 1:2')", "LineString", "must be polygons"),
    ),
    ("csv with bad wkt", bad_wkt, ("Feature 2 ('Kalix Trasig 1:2')", "WKT", "not a geometry")),
    ("csv without geometry", no_geometry_column, ("table.csv", "no geometry column")),
    ("csv with bad coordinates", bad_coordinates, ("Feature 2 ('Station')", "not numbers")),
    (
        "huge attribute value",
        huge_value,
        ("Feature 2 ('Kalix Stor 1:2')", "notes", "20,000 characters"),
    ),
    ("null geometry", null_geometry, ("Feature 2 ('Kalix Tom 1:2')", "no geometry")),
    (
        "duplicate keys",
        duplicate_keys,
        ("Feature 2 ('Kalix By 1:1')", "repeats the designation of feature 1"),
    ),
    (
        "missing layer name",
        several_layers,
        ("two.gpkg", "2 layers", "--layer", "fastigheter, gamla"),
    ),
    ("unknown layer name", wrong_layer, ("two.gpkg", "no layer named 'skiften'", "fastigheter")),
    (
        "unknown status",
        attribute_case("status", "status", "kanske"),
        ("Feature 2 ('Kalix Fel 1:2')", "status", "kanske"),
    ),
    (
        "unknown land use",
        attribute_case("landuse", "land_use", "Q"),
        ("Feature 2 ('Kalix Fel 1:2')", "Land use 'Q'", "Boverket"),
    ),
    (
        "negative price",
        attribute_case("price", "price_sek_m2", -5),
        ("Feature 2 ('Kalix Fel 1:2')", "price_sek_m2", "negative"),
    ),
    (
        "bad date",
        attribute_case("date", "reserved_until", "31/12/2020"),
        ("Feature 2 ('Kalix Fel 1:2')", "reserved_until", "not a date"),
    ),
    (
        "unknown plan",
        attribute_case("plan", "plan", "2514-P999"),
        ("Feature 2 ('Kalix Fel 1:2')", "2514-P999", "does not exist"),
    ),
    (
        "mifo not whole",
        attribute_case("mifo", "contaminated_mifo", "2.5"),
        ("Feature 2 ('Kalix Fel 1:2')", "contaminated_mifo", "whole number"),
    ),
    (
        "bad designation",
        attribute_case("designation", "designation", "utan nummer"),
        ("Feature 2 ('utan nummer')", "block:unit"),
    ),
    ("no designation", missing_designation, ("Feature 1", "no designation")),
    ("map to a missing column", map_missing_column, ("no column 'AGARE'", "owner")),
    ("map an unknown field", map_unknown_field, ("'colour' is not a field of parcels",)),
    ("unknown source crs", unknown_crs, ("EPSG:99999", "not a known coordinate reference system")),
    (
        "crs that does not fit",
        crs_that_does_not_fit,
        # The file says WGS 84 but holds SWEREF 99 23 15 metres: the cause is named.
        ("mislabelled.geojson", "look like", "SWEREF 99", "--src-crs 3018"),
    ),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "build", "words"), CASES, ids=[c[0] for c in CASES])
def test_broken_input_is_refused_clearly(
    name: str,
    build: Builder,
    words: tuple[str, ...],
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, extra = build(tmp_path)
    before = digest(demo_path)
    kind = {"csv with bad coordinates": "reference"}.get(name, "parcels")
    if name.startswith("organisation number"):
        kind = "actors"
    code = main(["import", "--db", str(demo_path), "--kind", kind, str(source), *extra])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("kalixplan import: ")
    assert "Traceback" not in err
    assert err.count("\n") == 1, err  # one sentence on one line
    for word in words:
        assert word in err, (word, err)
    assert not Path(f"{demo_path}-wal").exists()
    assert digest(demo_path) == before, "the database changed"


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20
