"""Core benchmarks (issue 2): bulk insert, filtered search, "what applies here".

Run: ``python bench/core.py [--parcels 100000] [--plans 1000] [--db-url postgresql+psycopg://...]``

Each figure is printed with its target and with the ratio to a reference
measured in the same run:
- bulk insert through the store vs GDAL (pyogrio) writing the same polygons to
  a new GeoPackage;
- filtered search (status + bounding box + minimum area) vs the same R-tree
  query in bare sqlite3 without building rows;
- "what applies here" vs the target.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import box

from kalixplan.services.parcels import ParcelFilter, bulk_insert_parcels, search_parcels
from kalixplan.services.plans import what_applies_here
from kalixplan.store.engine import create_project
from kalixplan.store.models import DetailedPlan, LandUseArea

X0, Y0 = 120_000.0, 7_290_000.0
STATUSES = ("available", "reserved", "option", "sold", "planning", "unavailable")


def parcels(n: int, rng: random.Random) -> list[dict[str, object]]:
    side = int(np.ceil(np.sqrt(n)))
    out = []
    for i in range(n):
        col, row = i % side, i // side
        w, h = rng.uniform(40, 180), rng.uniform(40, 180)
        x, y = X0 + col * 200, Y0 + row * 200
        out.append(
            {
                "designation": f"Kalix Bench {row}:{col}",
                "status": STATUSES[i % len(STATUSES)],
                "land_use": "J" if i % 3 else "Z",
                "price_sek_m2": float(rng.choice((50, 80, 120))),
                "geom": box(x, y, x + w, y + h),
            }
        )
    return out


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def line(name: str, value: float, unit: str, target: str, ratio: float, ref: str) -> None:
    print(f"{name:<44} {value:10.3f} {unit:<3} target {target:<10} ratio {ratio:6.2f} ({ref})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parcels", type=int, default=100_000)
    ap.add_argument("--plans", type=int, default=1_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--db-url", help="run against this empty PostGIS database instead of a file")
    args = ap.parse_args()
    rng = random.Random(1)
    tmp = Path(tempfile.mkdtemp(prefix="kalixplan-bench-"))
    records = parcels(args.parcels, rng)
    side = int(np.ceil(np.sqrt(args.parcels))) * 200

    # Reference: GDAL writes the same polygons to a new GeoPackage.
    frame = gpd.GeoDataFrame(
        {k: [r[k] for r in records] for k in ("designation", "status", "land_use", "price_sek_m2")},
        geometry=[r["geom"] for r in records],
        crs="EPSG:3018",
    )
    gdal_s = timed(lambda: frame.to_file(tmp / "ref.gpkg", layer="parcels", engine="pyogrio"))

    db = args.db_url or str(tmp / "bench.gpkg")
    project = create_project(db, 3018)

    def insert() -> None:
        with project.session_scope() as s:
            bulk_insert_parcels(s, records)

    insert_s = timed(insert)
    print(
        f"KalixPlan core benchmark: {args.parcels} parcels, {args.plans} plans, "
        f"engine {project.engine.dialect.name}"
    )
    line(
        "bulk insert through the store",
        insert_s,
        "s",
        "-",
        insert_s / gdal_s,
        f"GDAL GeoPackage write {gdal_s:.3f} s",
    )
    print(f"{'':<44} {args.parcels / insert_s:10.0f} rows/s")

    # Filtered search: status + bbox (about 1 km²) + minimum area.
    boxes = []
    for _ in range(args.queries):
        x, y = X0 + rng.uniform(0, side - 1000), Y0 + rng.uniform(0, side - 1000)
        boxes.append((x, y, x + 1000, y + 1000))
    times, hits = [], []
    with project.session_scope() as s:
        for bb in boxes:
            flt = ParcelFilter(statuses=frozenset({"available"}), bbox=bb, min_area_m2=5_000)
            start = time.perf_counter()
            hits.append(len(search_parcels(s, flt)))
            times.append(time.perf_counter() - start)
    search_ms = statistics.median(times) * 1000
    ref_ms = float("nan")
    if project.is_sqlite:
        con = sqlite3.connect(db)
        ref_times = []
        for bb in boxes:
            start = time.perf_counter()
            con.execute(
                "SELECT p.id, p.geom FROM parcels p WHERE p.status = 'available' AND p.area_m2 >= 5000 "
                "AND p.id IN (SELECT id FROM rtree_parcels_geom WHERE minx <= ? AND maxx >= ? "
                "AND miny <= ? AND maxy >= ?)",
                (bb[2], bb[0], bb[3], bb[1]),
            ).fetchall()
            ref_times.append(time.perf_counter() - start)
        con.close()
        ref_ms = statistics.median(ref_times) * 1000
    line("filtered search median", search_ms, "ms", "< 50 ms", search_ms / 50.0, "of target")
    if ref_ms == ref_ms:
        print(
            f"{'':<44} ratio {search_ms / ref_ms:6.2f} to bare sqlite3 R-tree query "
            f"{ref_ms:.3f} ms; median {statistics.median(hits):.0f} hits"
        )

    # What applies here: plans in force over the same ground, some overlapping.
    plan_side = int(np.ceil(np.sqrt(args.plans)))
    step = side / plan_side
    with project.session_scope() as s:
        conn = s.connection()
        plan_rows, area_rows = [], []
        today = date(2026, 1, 1)
        for i in range(args.plans):
            col, row = i % plan_side, i // plan_side
            x, y = X0 + col * step, Y0 + row * step
            geom = shapely.MultiPolygon([box(x, y, x + step * 1.3, y + step * 1.3)])
            plan_rows.append(
                {
                    "id": i + 1,
                    "uuid": f"bench-{i}",
                    "municipality_code": "2514",
                    "designation": f"2514-P{i + 1}",
                    "name": f"Plan {i}",
                    "status": "in_force",
                    "plan_type": "detaljplan",
                    "procedure": "standard",
                    "version": 1,
                    "example_data": False,
                    "in_force_date": today - timedelta(days=i),
                    "geom": geom,
                }
            )
            area_rows.append(
                {"plan_id": i + 1, "code": "J", "version": 1, "example_data": False, "geom": geom}
            )
        conn.execute(DetailedPlan.__table__.insert(), plan_rows)
        conn.execute(LandUseArea.__table__.insert(), area_rows)
    points = [(X0 + rng.uniform(0, side), Y0 + rng.uniform(0, side)) for _ in range(args.queries)]
    times, found = [], 0
    with project.session_scope() as s:
        for x, y in points:
            start = time.perf_counter()
            answer = what_applies_here(s, x, y)
            times.append(time.perf_counter() - start)
            found += answer.plan is not None
    applies_ms = statistics.median(times) * 1000
    line("what applies here median", applies_ms, "ms", "< 10 ms", applies_ms / 10.0, "of target")
    print(f"{'':<44} {found}/{len(points)} points inside a plan")
    project.close()
    ok = search_ms < 50 and applies_ms < 10
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
