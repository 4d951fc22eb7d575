"""Coordinates that transform without an error but would put land in the wrong place
are refused before anything is written, with the likely cause named (issue 16, item 2).

Each case is a file a planner really receives: the wrong CRS declared, x/y in Swedish
survey order, degrees in a metric file, a polygon around the globe, absurd sizes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.store.engine import Project
from kalixplan.store.models import Parcel
from main import main

# Kalix, in three spellings of the same place.
LOCAL = (150_000.0, 7_310_000.0)  # SWEREF 99 23 15 (EPSG:3018)
TM = (870_000.0, 7_310_000.0)  # SWEREF 99 TM (EPSG:3006)
LONLAT = (23.15, 65.85)  # WGS 84


def square(x: float, y: float, side: float) -> str:
    return f"POLYGON(({x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}))"


def csv_file(path: Path, wkts: list[str]) -> Path:
    lines = ["designation,status,wkt"]
    lines += [f'"KALIX PROV {i + 1}:1",available,"{w}"' for i, w in enumerate(wkts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CASES = [
    # (name, wkt of each feature, declared EPSG, words the sentence must hold)
    (
        "lon/lat declared as SWEREF 99 23 15",
        [square(*LONLAT, 0.001)] * 2,
        3018,
        ("longitude/latitude", "--src-crs 4326"),
    ),
    (
        "SWEREF 99 TM declared as 23 15",
        [square(*TM, 100)] * 2,
        3018,
        ("SWEREF 99 TM", "--src-crs 3006"),
    ),
    (
        "a local zone declared as SWEREF 99 TM",
        [square(*LOCAL, 100)] * 2,
        3006,
        ("local zone", "--src-crs 3018"),
    ),
    (
        "x = northing (survey convention)",
        [square(LOCAL[1], LOCAL[0], 100)] * 2,
        3018,
        ("swapped", "northing"),
    ),
    (
        "coordinates near 1e300",
        [square(1e300, 1e300, 1e299)] * 2,
        3018,
        ("far beyond any map",),
    ),
    (
        "metres declared as WGS 84",
        [square(*LOCAL, 100)] * 2,
        4326,
        ("look like", "--src-crs 3018"),
    ),
    (
        "a polygon covering the globe",
        ["POLYGON((-180 -90, 180 -90, 180 90, -180 90, -180 -90))"],
        4326,
        ("project's area",),
    ),
    (
        "a parcel smaller than a square metre",
        [square(*LOCAL, 0.5), square(LOCAL[0] + 500, LOCAL[1], 100)],
        3018,
        ("Feature 1", "less than a square metre"),
    ),
    (
        "a parcel of 400 km²",
        [square(*LOCAL, 20_000), square(LOCAL[0] + 30_000, LOCAL[1], 100)],
        3018,
        ("Feature 1", "400 km²", "more than any one of the parcels"),
    ),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "wkts", "epsg", "words"), CASES, ids=[c[0] for c in CASES])
def test_wrong_place_is_refused_with_its_cause(
    name: str,
    wkts: list[str],
    epsg: int,
    words: tuple[str, ...],
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = csv_file(tmp_path / "in.csv", wkts)
    before = digest(demo_path)
    code = main(
        ["import", "--db", str(demo_path), "--kind", "parcels", "--src-crs", str(epsg), str(source)]
    )
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err, (word, err)
    assert digest(demo_path) == before


def test_right_place_in_each_spelling_is_accepted(project: Project, tmp_path: Path) -> None:
    """The same square in 3018, 3006 and WGS 84 imports, so the check refuses no real data."""
    spellings = [(LOCAL, 3018, 100), (TM, 3006, 100), (LONLAT, 4326, 0.002)]
    for n, ((x, y), epsg, side) in enumerate(spellings):
        source = tmp_path / f"ok{epsg}.csv"
        source.write_text(
            f'designation,status,wkt\n"KALIX RÄTT {n + 1}:1",available,"{square(x, y, side)}"\n',
            encoding="utf-8",
        )
        import_file(project, source, ImportOptions(kind="parcels", src_epsg=epsg))
    with project.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Parcel)) == 3


def test_skip_leaves_out_only_the_misplaced_feature(project: Project, tmp_path: Path) -> None:
    source = csv_file(
        tmp_path / "mixed.csv",
        [square(*LOCAL, 100), square(*LONLAT, 0.001), square(LOCAL[0] + 500, LOCAL[1], 100)],
    )
    report = import_file(
        project, source, ImportOptions(kind="parcels", src_epsg=3018, on_invalid="skip")
    )
    assert (report.imported, report.skipped) == (2, 1)
    reasons = " ".join(issue.describe() for issue in report.issues)
    assert "Feature 2" in reasons and "longitude/latitude" in reasons


def test_nfc_and_nfd_spellings_are_one_parcel(project: Project, tmp_path: Path) -> None:
    """'Näsbyn' from Windows (NFC) and from a Mac (NFD) name the same property."""
    import unicodedata

    for form in ("NFC", "NFD"):
        name = unicodedata.normalize(form, "Kalix Näsbyn 1:23")
        source = tmp_path / f"{form}.csv"
        source.write_text(
            f'designation,status,wkt\n"{name}",available,"{square(*LOCAL, 100)}"\n',
            encoding="utf-8",
        )
        import_file(project, source, ImportOptions(kind="parcels", src_epsg=3018))
    with project.session_scope() as session:
        stored = session.scalars(select(Parcel.designation)).all()
    assert stored == [unicodedata.normalize("NFC", "Kalix Näsbyn 1:23")]
