"""The command line as a user meets it: init, check, backup, export, and clear errors."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KALIXPLAN_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_init_demo_then_check_exits_zero(tmp_path: Path) -> None:
    db = tmp_path / "demo.gpkg"
    result = run_cli("init", "--db", str(db), "--demo")
    assert result.returncode == 0, result.stderr
    assert "EPSG:3018" in result.stdout
    check = run_cli("check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 problem(s)" in check.stdout
    assert "example data" in check.stdout


def test_check_fails_on_a_damaged_index(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM rtree_parcels_geom WHERE id IN (SELECT id FROM parcels LIMIT 2)")
    con.commit()
    con.close()
    assert main(["check", "--db", str(demo_path)]) == 1
    assert "Spatial index of parcels" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--db", "/nowhere/x.gpkg"], "No project database at /nowhere/x.gpkg"),
        (["init", "--db", "/nowhere/x.gpkg"], "Folder /nowhere does not exist"),
        (["init", "--db", "{tmp}/a.gpkg", "--crs", "4326"], "not a projected system"),
        (["init", "--db", "{tmp}/a.gpkg", "--crs", "99999"], "not a known coordinate"),
        (
            [
                "export",
                "--db",
                "{demo}",
                "--kind",
                "parcels",
                "--where",
                "colour=red",
                "{tmp}/x.csv",
            ],
            "'colour' is not a field",
        ),
        (
            ["export", "--db", "{demo}", "--kind", "parcels", "--where", "status", "{tmp}/x.csv"],
            "must read FIELD=VALUE",
        ),
        (["export", "--db", "{demo}", "--kind", "parcels", "{tmp}/x.dwg"], "Cannot export"),
        (["backup", "--db", "{demo}", "--out", "{demo}"], "exists already"),
        (["check", "--db", "mysql://u@h/db"], "neither a file path nor a PostgreSQL URL"),
        (["check", "--db", "{garbage}"], "is not a GeoPackage or SQLite file"),
    ],
)
def test_user_mistakes_give_one_sentence_and_exit_2(
    args: list[str],
    message: str,
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    garbage = tmp_path / "garbage.gpkg"
    garbage.write_bytes(b"not a database at all" * 20)
    argv = [a.format(tmp=tmp_path, demo=demo_path, garbage=garbage) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_no_traceback_from_the_real_program(tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(tmp_path / "missing.gpkg"))
    assert result.returncode == 2
    assert result.stderr.startswith("kalixplan check: No project database")
    assert "Traceback" not in result.stderr


def test_export_formats_read_back(demo_path: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "available.gpkg"
    assert (
        main(
            [
                "export",
                "--db",
                str(demo_path),
                "--kind",
                "parcels",
                "--where",
                "status=available",
                str(gpkg),
            ]
        )
        == 0
    )
    frame = pyogrio.read_dataframe(gpkg)
    assert len(frame) > 0 and set(frame["status"]) == {"available"}
    assert frame.crs.to_epsg() == 3018
    assert {"designation", "area_m2", "plan", "dist_rail_m"} <= set(frame.columns)

    geojson = tmp_path / "plans.geojson"
    assert main(["export", "--db", str(demo_path), "--kind", "plans", str(geojson)]) == 0
    plans = pyogrio.read_dataframe(geojson)
    assert len(plans) == 13 and "2514-P101" in set(plans["designation"])

    table = tmp_path / "actors.csv"
    assert main(["export", "--db", str(demo_path), "--kind", "actors", str(table)]) == 0
    with table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 15 and all(r["org_number"].startswith("559999-") for r in rows)

    ref = tmp_path / "roads.csv"
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
                str(ref),
            ]
        )
        == 0
    )
    with ref.open(encoding="utf-8") as f:
        roads = list(csv.DictReader(f))
    assert [r["name"] for r in roads] == ["E4", "E10"]
    assert roads[0]["wkt"].startswith("LINESTRING")
    assert json.loads(json.dumps(roads[0]))  # plain strings, no objects


def test_backup_is_a_valid_project(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.gpkg"
    assert main(["backup", "--db", str(demo_path), "--out", str(out)]) == 0
    assert main(["check", "--db", str(out)]) == 0
    assert not Path(str(out) + "-wal").exists() or Path(str(out) + "-wal").stat().st_size == 0


@pytest.mark.postgis
def test_init_demo_and_check_on_postgis(pg_admin: str) -> None:
    from tests.conftest import new_pg_database

    url, drop = new_pg_database(pg_admin)
    try:
        assert main(["init", "--db", url, "--demo"]) == 0
        assert main(["check", "--db", url]) == 0
        assert main(["backup", "--db", url, "--out", "/tmp/never.gpkg"]) == 2
    finally:
        drop()


HEAVY = ("sqlalchemy", "pandas", "geopandas", "pyproj", "shapely", "PySide6", "pyogrio", "alembic")


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["init", "--help"],
        ["import", "--help"],
        ["export", "--help"],
        ["print", "--help"],
    ],
)
def test_help_imports_nothing_heavy(argv: list[str]) -> None:
    """Issue "The desktop application as a planner meets it", 9: '--help' imported every
    command's modules (GDAL, pandas, Qt, SQLAlchemy) before the command was known."""
    code = (
        "import sys, main\n"
        f"try:\n    main.main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "HEAVY=", done.stdout[-300:]


def test_an_import_of_parcels_loads_neither_migrations_nor_plan_readers(tmp_path: Path) -> None:
    """The whole-process import (bench/geodata.py): opening a current project needs no
    Alembic, and a parcel file needs neither the NS schema validator nor the GML reader."""
    db = tmp_path / "p.gpkg"
    assert run_cli("init", "--db", str(db)).returncode == 0
    src = tmp_path / "mark.csv"
    src.write_text(
        "fastighetsbeteckning;wkt\nKalix Test 1:1;"
        "POLYGON((150000 7310000,150100 7310000,150100 7310100,150000 7310000))\n",
        encoding="utf-8",
    )
    code = (
        "import sys, main\n"
        f"code = main.main(['import', '--db', {str(db)!r}, '--kind', 'parcels', "
        f"'--src-crs', '3018', {str(src)!r}])\n"
        "print('LOADED=' + ','.join(m for m in ('alembic', 'jsonschema', "
        "'kalixplan.services.ns_detaljplan.gml', 'kalixplan.services.ns_detaljplan.reader') "
        "if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 1 parcels" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED=", done.stdout[-300:]
