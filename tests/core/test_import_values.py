"""Converting source columns to field values, and the import command's own options."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from kalixplan.services.importing.fields import header, normalise_name, shapefile_name
from kalixplan.services.importing.values import MAX_TEXT, convert_columns
from main import main


def test_columns_convert_with_swedish_habits() -> None:
    frame = pd.DataFrame(
        {
            "pris": ["1 200,50", "80", "", "gratis"],
            "va": ["ja", "Nej", None, "kanske"],
            "datum": ["2026-03-01", datetime(2026, 1, 2, 10, 0), date(2025, 5, 6), "1/2/26"],
            "mifo": ["2", "3.0", None, "2,5"],
            "text": ["  Älv  ", "x" * (MAX_TEXT + 1), "", 12.0],
        }
    )
    values, errors = convert_columns(
        frame,
        {
            "price_sek_m2": "pris",
            "water_sewer": "va",
            "reserved_until": "datum",
            "contaminated_mifo": "mifo",
            "notes": "text",
        },
        {
            "price_sek_m2": "float",
            "water_sewer": "bool",
            "reserved_until": "date",
            "contaminated_mifo": "int",
            "notes": "text",
        },
    )
    assert values["price_sek_m2"] == [1200.5, 80.0, None, None]
    assert values["water_sewer"] == [True, False, None, None]
    assert values["reserved_until"] == [date(2026, 3, 1), date(2026, 1, 2), date(2025, 5, 6), None]
    assert values["contaminated_mifo"] == [2, 3, None, None]
    assert values["notes"] == ["Älv", None, None, "12"]
    assert {f for f, _ in errors[3]} == {
        "price_sek_m2",
        "water_sewer",
        "reserved_until",
        "contaminated_mifo",
    }
    assert errors[1] == [
        ("notes", f"the text is {MAX_TEXT + 1:,} characters long; at most {MAX_TEXT:,} fit")
    ]


def test_names_and_headers() -> None:
    assert normalise_name("Fastighets-Beteckning") == "fastighetsbeteckning"
    assert normalise_name("Ägare") == "agare"
    assert header("designation", "sv") == "fastighetsbeteckning"
    assert header("designation", "sv", "plans") == "beteckning"
    assert shapefile_name("implementation_years", "en") == "impl_years"
    assert shapefile_name("land_use", "sv") == "markanvand"
    assert (
        len(
            {
                shapefile_name(f, "sv", "plans")
                for f in ("implementation_years", "implementation_start")
            }
        )
        == 2
    )


def test_import_command_options(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "levererat.geojson"
    gpd.GeoDataFrame(
        {
            "ID": ["Kalix Cli 1:1", "Kalix Cli 1:2"],
            "Kund": ["Åkeri AB", "Östra AB"],
            "hojd": ["12", "x"],
        },
        geometry=[
            box(156_000, 7_300_000, 156_050, 7_300_050),
            box(180_100, 7_300_000, 180_150, 7_300_050),
        ],
        crs="EPSG:3018",
    ).to_file(src)
    db = str(demo_path)
    args = [
        "import",
        "--db",
        db,
        "--kind",
        "parcels",
        str(src),
        "--map",
        "designation=ID",
        "--map",
        "owner=Kund",
    ]
    assert main([*args, "--dry-run", "--on-invalid", "skip", "--save-preset", "kund"]) == 0
    out = capsys.readouterr().out
    assert (
        "Would import 1 parcels" in out
        and "Feature 2 ('Kalix Cli 1:2') has a bad max_height_m" in out
    )
    report = tmp_path / "rapport.txt"
    code = main(
        [
            "import",
            "--db",
            db,
            "--kind",
            "parcels",
            str(src),
            "--preset",
            "kund",
            "--on-invalid",
            "skip",
            "--report",
            str(report),
        ]
    )
    assert code == 0
    assert "Imported 1 parcels" in report.read_text(encoding="utf-8")
    assert main(["import", "--db", db, "--kind", "plans", str(src), "--preset", "kund"]) == 2
    assert "maps parcels, not plans" in capsys.readouterr().err
