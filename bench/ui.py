"""UI benchmarks: cold start to a loaded demo map, and the two selection round trips.

Usage::

    python bench/ui.py [--quick]

Figures (each printed with its ratio to its target):

* cold start: from starting a new Python process to the main window showing
  the demo map (``mapReady``), target 5 s;
* map → table: Leaflet's click fired in the page until the parcel's row is
  selected in the register, target 50 ms;
* table → map: a row selected in the register until ``kalix.selected()`` in
  the page reports it, target 50 ms.

A private copy of the demo and a temporary settings file are used.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLD_START_TARGET_S = 5.0
ROUND_TRIP_TARGET_MS = 50.0


def child(db: str) -> int:
    """Start the application on ``db`` and print READY once the map is loaded."""
    from PySide6.QtCore import QTimer

    from ui.app import create_main_window, make_application

    app = make_application()
    window = create_main_window(db, "sv")
    window.show()

    def ready() -> None:
        print("READY", flush=True)
        QTimer.singleShot(0, app.quit)

    window.map.mapReady.connect(ready)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return 0


def cold_start(db: str, runs: int) -> list[float]:
    """Seconds from process start to the loaded map, for ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", db],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                times.append(time.perf_counter() - start)
                break
        proc.wait(timeout=60)
    return times


def round_trips(db: str, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds of map → table and table → map selections with the real widget."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.app import create_main_window, make_application
    from ui.models.base import ID_ROLE

    make_application()
    window = create_main_window(db, "sv")
    window.resize(1400, 900)
    window.show()
    loop = QEventLoop()
    window.map.mapReady.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    if not window.map.is_ready:
        loop.exec()
    register = window.parcels.register
    ids = [int(register.proxy.index(i, 0).data(ID_ROLE)) for i in range(register.proxy.rowCount())]

    to_table: list[float] = []
    for i in range(runs):
        parcel_id = ids[i % len(ids)]
        done = QEventLoop()
        stamp: dict[str, float] = {}

        def selected(
            *_args: object,
            pid: int = parcel_id,
            box: dict[str, float] = stamp,
            loop: QEventLoop = done,
        ) -> None:
            if register.selected_ids() == [pid] and "t" not in box:
                box["t"] = time.perf_counter()
                loop.quit()

        register.table.selectionModel().selectionChanged.connect(selected)
        start = time.perf_counter()
        window.map.evaluate(f"kalix.parcels[{parcel_id}].fire('click'); 0", lambda _r: None)
        QTimer.singleShot(5_000, done.quit)
        done.exec()
        register.table.selectionModel().selectionChanged.disconnect(selected)
        if "t" in stamp:
            to_table.append((stamp["t"] - start) * 1000)

    to_map: list[float] = []
    for i in range(runs):
        row = (i * 7 + 3) % len(ids)
        wanted = int(register.proxy.index(row, 0).data(ID_ROLE))
        done = QEventLoop()
        result: dict[str, object] = {}

        def answer(value: object, box: dict[str, object] = result, loop: QEventLoop = done) -> None:
            box["v"] = value
            box["t"] = time.perf_counter()
            loop.quit()

        start = time.perf_counter()
        register.table.selectRow(row)
        window.map.evaluate("JSON.stringify(kalix.selected())", answer)
        QTimer.singleShot(5_000, done.quit)
        done.exec()
        if result.get("v") == f"[{wanted}]":
            to_map.append((float(result["t"]) - start) * 1000)  # type: ignore[arg-type]
    window.close()
    return to_table, to_map


def report(name: str, values: list[float], unit: str, target: float) -> None:
    """Print median and worst of ``values`` with the ratio of the median to ``target``."""
    if not values:
        print(f"{name}: no measurement succeeded")
        return
    median = statistics.median(values)
    print(
        f"{name}: median {median:.1f} {unit}, worst {max(values):.1f} {unit} "
        f"(n={len(values)}); target {target:g} {unit}, ratio {median / target:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks on a fresh demo copy."""
    parser = argparse.ArgumentParser(description="KalixPlan UI benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    with tempfile.TemporaryDirectory(prefix="kalixplan-bench-") as tmp:
        os.environ["KALIXPLAN_SETTINGS"] = str(Path(tmp) / "settings.ini")
        from kalixplan.cli.commands.init import init_project

        db = str(Path(tmp) / "kalix-demo.gpkg")
        init_project(db, 3018, demo=True)
        starts = cold_start(db, 2 if args.quick else 5)
        to_table, to_map = round_trips(db, 10 if args.quick else 40)
    report("cold start to loaded demo map", starts, "s", COLD_START_TARGET_S)
    report("map click -> row selected", to_table, "ms", ROUND_TRIP_TARGET_MS)
    report("row selected -> kalix.selected()", to_map, "ms", ROUND_TRIP_TARGET_MS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
