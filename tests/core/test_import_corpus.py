"""A fixed corpus of named hostile inputs (issue 16, item 4), each with the sentence it
must produce: damaged files in seven formats, and files whose content breaks a rule in
four. Every case: exit status 2, no traceback, one line on stderr holding the expected
words, and the project database byte-for-byte as before; then the same in Swedish
(``--lang sv``): one line, a Swedish sentence, the database untouched.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon, box

from main import main

X0, Y0 = 150_000.0, 7_310_000.0
GOOD = "designation status price_sek_m2 power_mw".split()


def rows(n: int = 3) -> list[dict[str, object]]:
    return [
        {
            "designation": f"Kalix Korpus {i + 1}:1",
            "status": "available",
            "price_sek_m2": 10.5 + i,
            "power_mw": 2.0 * i,
        }
        for i in range(n)
    ]


def squares(n: int = 3) -> list[object]:
    return [box(X0 + 200 * i, Y0, X0 + 200 * i + 150, Y0 + 120) for i in range(n)]


def write(fmt: str, folder: Path, data: list[dict[str, object]], geoms: list[object]) -> Path:
    frame = gpd.GeoDataFrame(pd.DataFrame(data), geometry=geoms, crs="EPSG:3018")
    path = folder / f"corpus.{fmt}"
    if fmt in ("csv", "xlsx"):
        table = pd.DataFrame(frame.drop(columns="geometry"))
        table["wkt"] = [None if g is None else g.wkt for g in geoms]
        if fmt == "csv":
            table.to_csv(path, index=False)
        else:
            table.to_excel(path, index=False)
    elif fmt == "kml":
        frame.to_crs(4326).to_file(path, driver="KML")
    else:
        driver = {"gpkg": "GPKG", "geojson": "GeoJSON", "shp": "ESRI Shapefile", "gml": "GML"}
        frame.to_file(path, driver=driver[fmt], **({"encoding": "UTF-8"} if fmt == "shp" else {}))
    return path


# --- damaged files: the same good file, then its bytes spoilt -----------------------

NOT_GDAL = ("is not a geodata file GDAL can read",)
CUT = ("ends in the middle of its data", "cut off")
DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "zero bytes": lambda b: b"",
    "first ten bytes": lambda b: b[:10],
    "first half": lambda b: b[: len(b) // 2],
    "random bytes": lambda b: bytes((i * 37 + 11) % 256 for i in range(2000)),
    "a letter instead": lambda b: "Hej! Här kommer filen du bad om.".encode(),
    "an HTML error page": lambda b: b"<html><body>404 Not Found</body></html>",
    "an empty zip": lambda b: b"PK\x05\x06" + b"\0" * 18,
}
EMPTY = ("is empty (0 bytes)",)
EXPECTED_DAMAGE: dict[tuple[str, str], tuple[str, ...]] = {
    **{
        (fmt, "zero bytes"): EMPTY
        for fmt in ("geojson", "csv", "gpkg", "shp", "xlsx", "kml", "gml")
    },
    ("geojson", "first ten bytes"): NOT_GDAL,
    ("geojson", "first half"): ("cannot be read", "Failed to read GeoJSON data"),
    ("geojson", "random bytes"): NOT_GDAL,
    ("geojson", "a letter instead"): NOT_GDAL,
    ("geojson", "an HTML error page"): NOT_GDAL,
    ("geojson", "an empty zip"): NOT_GDAL,
    ("csv", "first ten bytes"): ("has no geometry column", "'wkt'"),
    ("csv", "first half"): CUT,
    ("csv", "random bytes"): ("column names", "are not UTF-8", "--encoding cp1252"),
    ("csv", "a letter instead"): ("has no geometry column",),
    ("csv", "an HTML error page"): ("has no geometry column",),
    ("csv", "an empty zip"): ("has no geometry column",),
    ("gpkg", "first ten bytes"): NOT_GDAL,
    ("gpkg", "first half"): ("is damaged", "truncated"),
    ("gpkg", "random bytes"): NOT_GDAL,
    ("gpkg", "a letter instead"): NOT_GDAL,
    ("gpkg", "an HTML error page"): NOT_GDAL,
    ("gpkg", "an empty zip"): NOT_GDAL,
    ("shp", "first ten bytes"): ("cannot be read", "corrupt"),
    ("shp", "first half"): ("has no geometry",),
    ("shp", "random bytes"): NOT_GDAL,
    ("shp", "a letter instead"): NOT_GDAL,
    ("shp", "an HTML error page"): NOT_GDAL,
    ("shp", "an empty zip"): NOT_GDAL,
    ("xlsx", "first ten bytes"): NOT_GDAL,
    ("xlsx", "first half"): NOT_GDAL,
    ("xlsx", "random bytes"): NOT_GDAL,
    ("xlsx", "a letter instead"): NOT_GDAL,
    ("xlsx", "an HTML error page"): NOT_GDAL,
    ("xlsx", "an empty zip"): NOT_GDAL,
    ("kml", "first ten bytes"): ("cannot be read", "unclosed token"),
    ("kml", "first half"): CUT,
    ("kml", "random bytes"): ("cannot be read", "not well-formed"),
    ("kml", "a letter instead"): ("cannot be read", "not well-formed"),
    ("kml", "an HTML error page"): ("cannot be read", "Invalid root"),
    ("kml", "an empty zip"): ("cannot be read",),
    ("gml", "first ten bytes"): NOT_GDAL,
    ("gml", "first half"): CUT,
    ("gml", "random bytes"): NOT_GDAL,
    ("gml", "a letter instead"): NOT_GDAL,
    ("gml", "an HTML error page"): NOT_GDAL,
    ("gml", "an empty zip"): NOT_GDAL,
}


def damaged(fmt: str, damage: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = write(fmt, folder, rows(), squares())
        path.write_bytes(DAMAGES[damage](path.read_bytes()))
        return path

    return build


# --- content that breaks a rule, in the formats planners send ------------------------

BOWTIE = Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])


def with_row(change: dict[str, object], geom: object = None) -> Callable[[str, Path], Path]:
    """The good rows, the second one changed (and its geometry, when given)."""

    def build(fmt: str, folder: Path) -> Path:
        data, geoms = rows(), squares()
        data[1] = {**data[1], **change}
        if geom is not None:
            geoms[1] = None if geom == "none" else geom
        return write(fmt, folder, data, geoms)

    return build


CONTENT: dict[str, tuple[Callable[[str, Path], Path], tuple[str, ...]]] = {
    "unknown status": (with_row({"status": "for_sale"}), ("Feature 2", "for_sale")),
    "negative price": (with_row({"price_sek_m2": -5.0}), ("Feature 2", "cannot be negative")),
    "designation without block:unit": (
        with_row({"designation": "Kalix Näsbyn"}),
        ("Feature 2", "block:unit"),
    ),
    "designation twice": (
        with_row({"designation": "Kalix Korpus 1:1"}),
        ("Kalix Korpus 1:1",),
    ),
    "self-intersecting outline": (with_row({}, BOWTIE), ("Feature 2", "Self-intersection")),
    "a point among polygons": (with_row({}, Point(X0, Y0)), ("Feature 2", "must be polygons")),
    "no geometry": (with_row({}, "none"), ("Feature 2", "has no geometry")),
    "outline in degrees": (
        with_row({}, box(23.15, 65.85, 23.16, 65.86)),
        ("Feature 2", "longitude/latitude"),
    ),
    "parcel of 400 km²": (
        with_row({}, box(X0 + 5000, Y0, X0 + 25_000, Y0 + 20_000)),
        ("Feature 2", "400 km²"),
    ),
    "parcel under a square metre": (
        with_row({}, box(X0 + 900, Y0, X0 + 900.5, Y0 + 0.5)),
        ("Feature 2", "less than a square metre"),
    ),
    "coordinates near 1e300": (
        with_row({}, box(1e300, 1e300, 2e300, 2e300)),
        ("Feature 2", "far beyond any map"),
    ),
    "power as a word": (
        with_row({"power_mw": "mycket"}),
        ("Feature 2", "'mycket' is not a number"),
    ),
    "reservation until a word": (
        with_row({"status": "reserved", "reserved_until": "snart"}),
        ("Feature 2", "snart"),
    ),
    "empty designation": (with_row({"designation": ""}), ("Feature 2", "designation")),
    "price with a unit": (
        with_row({"price_sek_m2": "12 kr"}),
        ("Feature 2", "'12 kr' is not a number"),
    ),
}
# Shapefiles hold one geometry type and typed columns; GeoPackage typed columns too.
NOT_IN = {
    "a point among polygons": {"shp"},
    "power as a word": {"gpkg", "shp"},
    "price with a unit": {"gpkg", "shp"},
}
CONTENT_FORMATS = ("geojson", "csv", "gpkg", "shp")


def content(fmt: str, name: str) -> Callable[[Path], Path]:
    build, _ = CONTENT[name]
    return lambda folder: build(fmt, folder)


CASES: list[tuple[str, Callable[[Path], Path], tuple[str, ...]]] = [
    (f"{fmt}: {damage}", damaged(fmt, damage), words)
    for (fmt, damage), words in EXPECTED_DAMAGE.items()
] + [
    (f"{fmt}: {name}", content(fmt, name), CONTENT[name][1])
    for name in CONTENT
    for fmt in CONTENT_FORMATS
    if fmt not in NOT_IN.get(name, set())
]


# Words every Swedish sentence of the import path has at least one of.
SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(inte|ingen|inget|ingenting|och|kan|filen|raden|kolumnen)\b")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "build", "words"), CASES, ids=[c[0] for c in CASES])
def test_corpus_case_gives_its_sentence(
    name: str,
    build: Callable[[Path], Path],
    words: tuple[str, ...],
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = tmp_path / "project.gpkg"
    shutil.copyfile(demo_template, project)
    folder = tmp_path / "in"
    folder.mkdir()
    source = build(folder)
    before = digest(project)
    args = ["import", "--db", str(project), "--kind", "parcels", str(source)]
    if source.suffix in (".csv", ".xlsx"):
        args += ["--src-crs", "3018"]
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 2, out + err
    assert err.startswith("kalixplan import: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err, (word, err)
    assert digest(project) == before, "a refused import changed the database"
    # The same refusal in Swedish (item 1: "one sentence in the user's language").
    code = main(["--lang", "sv", *args])
    out, sv_err = capsys.readouterr()
    assert "Traceback" not in out + sv_err
    assert code == 2, out + sv_err
    assert sv_err.startswith("kalixplan import: ") and sv_err.count("\n") == 1, sv_err
    said = sv_err.removeprefix("kalixplan import: ").replace(str(tmp_path), "")
    assert said != err.removeprefix("kalixplan import: ").replace(str(tmp_path), "")
    assert SWEDISH.search(said), f"not Swedish: {said}"
    assert digest(project) == before, "a refused import changed the database"


def test_corpus_has_a_hundred_cases() -> None:
    assert len(CASES) >= 100
    assert len({c[0] for c in CASES}) == len(CASES)
