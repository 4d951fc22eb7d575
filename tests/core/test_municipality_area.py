"""Imported parcels and plans must lie in the project's municipality (10 km margin).

Issue "Hostile and awkward input", 2: "every geometry checked against the area of use of
the stated CRS and against the project's area (the municipality, with a margin)". A
parcel at Haparanda, in the right CRS and zone, is no parcel of Kalix's: before, it was
accepted. The boundaries are the real ones (resources/municipalities).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
from pyproj import Transformer
from shapely.geometry import box

from main import main

KALIX_TOWN = (23.156, 65.855)  # lon, lat
HAPARANDA_TOWN = (24.137, 65.836)  # the neighbour to the east, same CRS zone


def at(lon_lat: tuple[float, float]) -> tuple[float, float]:
    x, y = Transformer.from_crs(4326, 3018, always_xy=True).transform(*lon_lat)
    return float(x), float(y)


def parcels_file(folder: Path, *places: tuple[float, float]) -> Path:
    geoms, names = [], []
    for n, place in enumerate(places, start=1):
        x, y = at(place)
        geoms.append(box(x, y, x + 120, y + 90))
        names.append(f"Kalix Gräns {n}:1")
    path = folder / "leverans.gpkg"
    gpd.GeoDataFrame(
        {"designation": names, "status": ["available"] * len(names)},
        geometry=geoms,
        crs="EPSG:3018",
    ).to_file(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kalix(demo_template: Path, tmp_path: Path) -> Path:
    project = tmp_path / "kalix.gpkg"
    shutil.copyfile(demo_template, project)  # the demo names its municipality: 2514
    return project


def test_a_parcel_in_the_neighbouring_municipality_is_named_and_refused(
    kalix: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = parcels_file(tmp_path, KALIX_TOWN, HAPARANDA_TOWN)
    before = digest(kalix)
    args = ["import", "--db", str(kalix), "--kind", "parcels", str(source)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Feature 2 ('Kalix Gräns 2:1') lies outside Kalix kommun" in err
    assert "more than 10 km" in err and err.count("\n") == 1
    assert digest(kalix) == before
    assert main(["--lang", "sv", *args]) == 2
    assert "Objekt 2 ('Kalix Gräns 2:1') ligger utanför Kalix kommun" in capsys.readouterr().err
    assert main([*args[:-1], "--on-invalid", "skip", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 parcels" in out and "1 skipped" in out


def test_a_file_wholly_in_another_municipality_is_refused_whole(
    kalix: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = parcels_file(tmp_path, HAPARANDA_TOWN)
    before = digest(kalix)
    assert main(["import", "--db", str(kalix), "--kind", "parcels", str(source)]) == 2
    err = capsys.readouterr().err
    assert "none of its parcels lies in Kalix kommun, the project's municipality" in err
    assert digest(kalix) == before


def test_a_project_without_a_municipality_checks_its_crs_area_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "any.gpkg"
    assert main(["init", "--db", str(project), "--crs", "3018"]) == 0
    source = parcels_file(tmp_path, HAPARANDA_TOWN)
    assert main(["import", "--db", str(project), "--kind", "parcels", str(source)]) == 0
    capsys.readouterr()
    named = tmp_path / "kalix-named.gpkg"
    assert main(["init", "--db", str(named), "--crs", "3018", "--municipality", "2514"]) == 0
    assert main(["import", "--db", str(named), "--kind", "parcels", str(source)]) == 2
    assert "Kalix kommun" in capsys.readouterr().err
    assert main(["init", "--db", str(tmp_path / "x.gpkg"), "--municipality", "9999"]) == 2
    assert "'9999' is not a Swedish municipality code" in capsys.readouterr().err
