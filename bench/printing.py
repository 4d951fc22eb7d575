"""Printing benchmark: an A3 sheet with 10 000 parcels, and prospectus pages.

Targets (issue 5): the A3 print under 3 s, prospectus sheets under 1 s a page.
Issue 11, 4 adds figures without targets: the same 10 000 parcels printed at
1:500 and at 1:500 000, and the demo's whole-municipality A3 sheet. No QGIS
comparison: PyQGIS is not installed here.
Run: ``python bench/printing.py`` (``--quick`` for 2 000 parcels).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication
from shapely.geometry import box

from kalixplan.cli.commands.init import init_project
from kalixplan.printing.paper import Paper
from kalixplan.printing.spec import MapSpec, municipality_spec
from kalixplan.services.parcels import bulk_insert_parcels
from kalixplan.services.printing import matching_parcel_ids, municipality_extent
from kalixplan.store.engine import create_project, open_project
from ui.printing.pdf import write_map_pdf
from ui.printing.prospectus import write_prospectus_pdf

STATUSES = ("available", "reserved", "option", "sold", "planning", "unavailable")


def bench_a3(folder: Path, n: int) -> float:
    project = create_project(str(folder / "big.gpkg"), 3018)
    side = int(n**0.5)
    x0, y0 = 145_000.0, 7_299_000.0  # around Kalix in SWEREF 99 23 15
    records = [
        {
            "designation": f"Bench {i}:{j}",
            "status": STATUSES[(i + j) % len(STATUSES)],
            "geom": box(x0 + i * 100, y0 + j * 100, x0 + i * 100 + 80, y0 + j * 100 + 80),
        }
        for i in range(side)
        for j in range(side)
    ]
    with project.session_scope() as s:
        bulk_insert_parcels(s, records)
    area = (x0, y0, x0 + side * 100, y0 + side * 100)
    spec = MapSpec(area=area, paper=Paper.A3, landscape=True, title="Benchmark")
    start = time.perf_counter()
    write_map_pdf(project, spec, folder / "big.pdf")
    took = time.perf_counter() - start
    project.close()
    print(
        f"A3 print, {len(records)} parcels at 1:{spec.resolved_scale()}: {took:.2f} s "
        f"(target 3 s, ratio {took / 3.0:.2f})"
    )
    project = open_project(str(folder / "big.gpkg"))
    for scale in (500, 500_000):
        at = MapSpec(area=area, paper=Paper.A3, landscape=True, title="Benchmark", scale=scale)
        start = time.perf_counter()
        write_map_pdf(project, at, folder / f"big_{scale}.pdf")
        print(f"A3 print at 1:{scale}: {time.perf_counter() - start:.2f} s (no target)")
    project.close()
    return took


def bench_municipality(folder: Path) -> float:
    db = folder / "kommun.gpkg"
    init_project(str(db), 3018, demo=True)
    project = open_project(str(db))
    with project.read_scope() as s:
        spec = municipality_spec(municipality_extent(s), Paper.A3)
    start = time.perf_counter()
    write_map_pdf(project, spec, folder / "kommun.pdf")
    took = time.perf_counter() - start
    project.close()
    print(
        f"Whole municipality, A3 {'landscape' if spec.landscape else 'portrait'} at "
        f"1:{spec.resolved_scale()}: {took:.2f} s (no target)"
    )
    return took


def bench_prospectus(folder: Path) -> float:
    db = folder / "demo.gpkg"
    init_project(str(db), 3018, demo=True)
    project = open_project(str(db))
    with project.session_scope() as s:
        ids = matching_parcel_ids(s, {})
    start = time.perf_counter()
    pages = write_prospectus_pdf(project, ids, "sv", folder / "prospectus.pdf")
    took = time.perf_counter() - start
    project.close()
    per_page = took / pages
    print(
        f"Prospectus, {len(ids)} parcels, {pages} pages: {took:.2f} s, {per_page:.3f} s/page "
        f"(target 1 s/page, ratio {per_page:.3f})"
    )
    return per_page


def main() -> int:
    quick = "--quick" in sys.argv
    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        a3 = bench_a3(Path(tmp), 2_000 if quick else 10_000)
        page = bench_prospectus(Path(tmp))
        bench_municipality(Path(tmp))
    del app
    return 0 if a3 < 3.0 and page < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
