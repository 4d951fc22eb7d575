"""The quick paths of a whole-process GeoPackage import (issue 14) write what the general
paths write, and load only what the import needs (no timing here: bench/geodata.py)."""

from __future__ import annotations

import math
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from sqlalchemy import create_engine

from kalixplan.geo.arrow import _read_frame_and_wkb
from kalixplan.geo.io import inspect_source, read_source
from kalixplan.services.importing.values import convert_columns
from kalixplan.store.bulk import _insert_rows

ROOT = Path(__file__).resolve().parents[2]


def _parcel_file(path: Path, n: int = 30, *, dates: bool = False) -> Path:
    """Parcels with text, reals, integers and yes/no values, each with gaps somewhere."""
    i = np.arange(n)
    columns: dict[str, Any] = {
        "fastighetsbeteckning": [f"Kalix Fart {k}:1" for k in i],
        "status": [None if k % 7 == 3 else ("Ledig", "reserved", " option ")[k % 3] for k in i],
        "anv": np.where(i % 2 == 0, "J", "Z"),
        "pris": [math.nan if k % 5 == 1 else 50.0 + k for k in i],
        "hojd": pd.array([None if k % 4 == 2 else int(k) for k in i], dtype="Int64"),
        "antal": i.astype("int32"),
        "va": pd.array([None if k % 6 == 5 else bool(k % 2) for k in i], dtype="boolean"),
        "fiber": i % 3 == 0,
        "anteckning": [None if k % 2 else f"  rad {k}  " for k in i],
    }
    if dates:
        columns["reserverad"] = pd.to_datetime(["2031-05-01 12:00"] * n)
    x, y = 150_000.0 + i * 300.0, 7_310_000.0 + (i % 5) * 300.0
    frame = pd.DataFrame(columns)
    geometry = shapely.box(x, y, x + 120, y + 90)
    pyogrio.write_dataframe(
        gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:3018"), path, layer="parcels"
    )
    return path


def test_the_arrow_table_holds_what_the_data_frame_held(tmp_path: Path) -> None:
    """Columns taken straight from the Arrow stream are, value for value and type for
    type, the data frame pyogrio's reader made (text as Python strings, NaN in gaps)."""
    src = _parcel_file(tmp_path / "mark.gpkg")
    info = inspect_source(src)
    data = read_source(info)
    general = _read_frame_and_wkb(info, {"layer": info.layer})
    assert general is not None
    frame, wkb = general[0].frame, general[1]
    assert "pandas" in sys.modules  # (this test loads pandas itself)
    pd.testing.assert_frame_equal(data.attributes, frame)
    for name in frame.columns:
        quick, slow = data.table[name], frame[name]
        assert isinstance(quick, np.ndarray)
        assert quick.dtype == slow.dtype, name
        assert _same(quick.tolist(), slow.to_numpy(dtype=object).tolist()), name
    assert data.wkb is not None and wkb is not None
    assert data.wkb.tolist() == wkb.tolist()


def test_a_layer_with_dates_takes_the_data_frame_path(tmp_path: Path) -> None:
    src = _parcel_file(tmp_path / "datum.gpkg", dates=True)
    data = read_source(inspect_source(src))
    assert isinstance(data.table["reserverad"], pd.Series)
    assert str(data.attributes["reserverad"].iloc[0]).startswith("2031-05-01")


@pytest.mark.parametrize("kind", ["text", "float", "int", "bool", "date"])
def test_converting_an_array_is_converting_its_series(kind: str) -> None:
    cases = {
        "text": np.array(["  a ", math.nan, "", 12.0, "b"], dtype=object),
        "float": np.array([1.5, math.nan, -2.0, math.inf, 0.0]),
        "int": np.array([1.0, math.nan, 2.5, 3.0, -4.0]),
        "bool": np.array([True, None, False, "ja", "kanske"], dtype=object),
        "date": np.array(["2026-03-01", None, "31 januari 2024", "1/2/26", 45322], dtype=object),
    }
    column = cases[kind]
    quick = convert_columns({"c": column}, {"field": "c"}, {"field": kind})  # type: ignore[arg-type]
    general = convert_columns(pd.DataFrame({"c": column}), {"field": "c"}, {"field": kind})
    assert _same(quick[0]["field"], general[0]["field"])
    assert quick[1] == general[1]


@pytest.mark.parametrize("n", [1, 2, 99, 100, 101, 347])
def test_several_rows_to_a_statement_insert_the_same_rows(n: int) -> None:
    """Rows go in order with their own values; a column holding one value throughout
    (shared by the rows of a statement) is stored as each row's own would be."""
    columns: list[list[Any]] = [
        list(range(1, n + 1)),
        [f"Kalix {k}:1" for k in range(n)],
        ["2026-12-07T08:00:00.000Z"] * n,
        [1] * n,
        [None] * n,
        [0.0] * n,  # never shared: -0.0 == 0.0
        [b"GP\x00\x01" + bytes([k % 256]) for k in range(n)],
        [None if k % 3 else k * 0.5 for k in range(n)],
    ]
    names = ["id", "a", "b", "c", "d", "e", "f", "g"]
    ddl = f"CREATE TABLE t ({', '.join(names)})"
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.exec_driver_sql(ddl)
        _insert_rows(conn, f"INSERT INTO t ({', '.join(names)}) VALUES ", columns)
        quick = conn.exec_driver_sql(
            "SELECT *, " + ", ".join(f"typeof({c})" for c in names) + " FROM t ORDER BY rowid"
        ).all()
    plain = sqlite3.connect(":memory:")
    plain.execute(ddl)
    plain.executemany(
        f"INSERT INTO t VALUES ({', '.join('?' * len(names))})", list(zip(*columns, strict=True))
    )
    expected = plain.execute(
        "SELECT *, " + ", ".join(f"typeof({c})" for c in names) + " FROM t ORDER BY rowid"
    ).fetchall()
    assert [tuple(row) for row in quick] == expected


def test_a_geopackage_import_loads_no_data_frames_and_leaves_a_whole_file(
    tmp_path: Path, validate_gpkg: Callable[[Path], None]
) -> None:
    """The command as bench/geodata.py runs it: pandas and geopandas stay unloaded, and
    after the process ends (without freeing what it built) the project is complete,
    checkpointed and valid for GDAL."""
    db = tmp_path / "p.gpkg"
    _python(f"import sys, main; sys.exit(main.main(['init', '--db', {str(db)!r}]))")
    src = _parcel_file(tmp_path / "mark.gpkg", n=40)
    done = _python(
        "import sys, main\n"
        f"code = main.main(['import', '--db', {str(db)!r}, '--kind', 'parcels', {str(src)!r}])\n"
        "print('LOADED=' + ','.join(m for m in ('pandas', 'geopandas') if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    assert "Imported 40 parcels" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED=", done.stdout[-300:]
    assert not Path(f"{db}-wal").exists()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT rtreecheck('rtree_parcels_geom')").fetchone() == ("ok",)
        rows = con.execute(
            "SELECT designation, status, price_sek_m2, notes FROM parcels ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    assert rows[0] == ("Kalix Fart 0:1", "available", 50.0, "rad 0")
    assert rows[1] == ("Kalix Fart 1:1", "reserved", None, None)
    assert rows[3][1] == "available"  # no status: the default
    assert pyogrio.read_info(db, layer="parcels")["features"] == 40
    validate_gpkg(db)


def test_pyogrio_looked_for_data_frames_as_if_they_were_loaded() -> None:
    """pyogrio imported with stand-ins for pandas and geopandas sets its flags as with
    the real libraries, and its data-frame functions work afterwards."""
    code = (
        "import sys\n"
        "from kalixplan.geo.ogr import pyogrio\n"
        "from pyogrio import _compat\n"
        "assert 'pandas' not in sys.modules and 'geopandas' not in sys.modules\n"
        "flags = (_compat.HAS_GEOPANDAS, _compat.PANDAS_GE_22, _compat.PANDAS_GE_30)\n"
        "import pandas\n"
        "from packaging.version import Version\n"
        "v = Version(pandas.__version__)\n"
        "assert flags == (True, v >= Version('2.2.0'), v >= Version('3.0.0dev')), flags\n"
        "print('OK')\n"
    )
    assert _python(code).stdout.strip() == "OK"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a Python of its own (as a command runs), which must succeed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KALIXPLAN_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _same(a: list[Any], b: list[Any]) -> bool:
    """Equal lists, NaN equal to NaN, and of the same types element by element."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if type(x) is not type(y):
            return False
        if isinstance(x, float) and math.isnan(x):
            if not math.isnan(y):
                return False
        elif x != y:
            return False
    return True
