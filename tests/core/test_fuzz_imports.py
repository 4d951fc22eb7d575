"""Generated hostility (issue 16, item 4): files of every import format (the seven
geodata formats and the two plan deliveries, NS Detaljplan JSON and SS 637040 GML) with random
damage. For each one: exit status 0 or 2, never a traceback, a refusal is one sentence,
and a refused import leaves the database byte-for-byte as it was.

Hypothesis runs derandomised (a fixed seed) with a budget that fits CI; set
``KALIXPLAN_FUZZ_EXAMPLES`` (e.g. 2000) for a longer run; ``bash bench/fuzz.sh`` does.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import box

from main import main
from tests.core.test_gml_plans import shared_border_plan

X0, Y0 = 150_000.0, 7_310_000.0
EXAMPLES = int(os.environ.get("KALIXPLAN_FUZZ_EXAMPLES", "25"))
TALLY = os.environ.get("KALIXPLAN_FUZZ_TALLY")
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def parcels_frame(n: int = 5) -> gpd.GeoDataFrame:
    rows = [
        {
            "designation": f"Kalix Prov {i + 1}:1",
            "status": "available",
            "price_sek_m2": 10.5 + i,
            "power_mw": 2.0 * i,
        }
        for i in range(n)
    ]
    geoms = [box(X0 + 200 * i, Y0, X0 + 200 * i + 150, Y0 + 120) for i in range(n)]
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs="EPSG:3018")


def write_base(fmt: str, folder: Path) -> Path:
    """A good file of the format; the damage is done to it afterwards."""
    frame = parcels_frame()
    path = folder / f"base.{fmt}"
    if fmt == "csv":
        data = pd.DataFrame(frame.drop(columns="geometry"))
        data["wkt"] = frame.geometry.to_wkt()
        data.to_csv(path, index=False)
    elif fmt == "xlsx":
        data = pd.DataFrame(frame.drop(columns="geometry"))
        data["wkt"] = frame.geometry.to_wkt()
        data.to_excel(path, index=False)
    elif fmt == "kml":
        frame.to_crs(4326).to_file(path, driver="KML")
    elif fmt == "gml":
        frame.to_file(path, driver="GML")
    elif fmt == "shp":
        frame.to_file(path, driver="ESRI Shapefile", encoding="UTF-8")
    else:
        frame.to_file(path, driver={"gpkg": "GPKG", "geojson": "GeoJSON"}[fmt])
    return path


# The plan deliveries, imported as plans: NS Detaljplan 4.1 JSON (the demo's plans as
# KalixPlan delivers them) and an SS 637040 GML plan (shared boundaries by reference).
PLAN_FORMATS = {"ns-json": "leverans.json", "ss637040-gml": "detaljplan.gml"}
FORMATS = ["geojson", "csv", "gpkg", "shp", "xlsx", "kml", "gml", *PLAN_FORMATS]
TEXT_FORMATS = {"geojson", "csv", "kml", "gml", *PLAN_FORMATS}
EXTREMES = [
    "1e308",
    "-1e308",
    "1e309",
    "nan",
    "NaN",
    "inf",
    "-Infinity",
    "0",
    "-0",
    "99999999999999999999999",
    "1e-320",
    "",
    "null",
    '""',
    "ä",
    "1,5",
]


@st.composite
def byte_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """Truncation, flipped bytes, an overwritten or inserted run of random bytes."""
    kind = draw(st.sampled_from(["truncate", "flip", "overwrite", "insert", "duplicate"]))
    n = len(data)
    at = draw(st.integers(0, max(0, n - 1)))
    if kind == "truncate":
        return data[:at]
    if kind == "flip":
        out = bytearray(data)
        for pos in draw(st.lists(st.integers(0, max(0, n - 1)), min_size=1, max_size=8)):
            out[pos] ^= draw(st.integers(1, 255))
        return bytes(out)
    if kind == "overwrite":
        junk = draw(st.binary(min_size=1, max_size=64))
        return data[:at] + junk + data[at + len(junk) :]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    return data[:at] + data[at // 2 : at] + data[at:]


@st.composite
def text_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """Numbers replaced by extremes, characters dropped, another encoding."""
    text = data.decode("utf-8")
    kind = draw(st.sampled_from(["number", "drop", "encoding", "bytes"]))
    if kind == "number":
        tokens = [
            i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit())
        ]
        for _ in range(draw(st.integers(1, 4))):
            if not tokens:
                break
            start = draw(st.sampled_from(tokens))
            end = start
            while end < len(text) and (text[end].isdigit() or text[end] in ".e-+"):
                end += 1
            text = text[:start] + draw(st.sampled_from(EXTREMES)) + text[end:]
            tokens = [i for i in tokens if i < len(text)]
        return text.encode("utf-8")
    if kind == "drop":
        for _ in range(draw(st.integers(1, 6))):
            if not text:
                break
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        return text.encode("utf-8")
    if kind == "encoding":
        codec = draw(st.sampled_from(["utf-16", "cp1252", "latin-1", "utf-8-sig"]))
        return ("Näsbyn å ä ö " + text).encode(codec, errors="replace")
    return draw(byte_damage(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_import(
    project: Path,
    source: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str = "parcels",
    label: str | None = None,
) -> None:
    before = digest(project)
    args = ["import", "--db", str(project), "--kind", kind, str(source)]
    if source.suffix in (".csv", ".xlsx"):
        args += ["--src-crs", "3018"]
    code = main(args)
    out, err = capsys.readouterr()
    if TALLY:  # the long run's table (bench/fuzz.sh): format, exit status
        with open(TALLY, "a", encoding="utf-8") as tally:
            tally.write(f"{label or source.suffix[1:]}\t{code}\n")
    assert "Traceback" not in out + err, err
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.startswith("kalixplan import: "), err
        assert err.count("\n") == 1, err
        assert digest(project) == before, "a refused import changed the database"


def fuzz_case(
    fmt: str, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[[bytes], None]:
    def case(damaged: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            project = folder / "project.gpkg"
            shutil.copyfile(demo_template, project)
            if fmt in PLAN_FORMATS:
                plans = folder / PLAN_FORMATS[fmt]
                plans.write_bytes(damaged)
                run_import(project, plans, capsys, kind="plans", label=fmt)
                return
            base = write_base(fmt, folder)
            base.write_bytes(damaged)
            run_import(project, base, capsys)

    return case


def base_bytes(fmt: str, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if fmt == "ns-json":
            out = folder / PLAN_FORMATS[fmt]
            assert main(["export", "--db", str(demo_template), "--kind", "plans", str(out)]) == 0
            capsys.readouterr()
            return out.read_bytes()
        if fmt == "ss637040-gml":
            return shared_border_plan().encode("utf-8")
        return write_base(fmt, folder).read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_damaged_files_never_crash_nor_half_import(
    fmt: str, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = base_bytes(fmt, demo_template, capsys)
    damage = text_damage(data) if fmt in TEXT_FORMATS else byte_damage(data)
    check = fuzz_case(fmt, demo_template, capsys)

    @FUZZ
    @given(damage)
    def run(damaged: bytes) -> None:
        check(damaged)

    run()
