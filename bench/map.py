"""Map benchmarks (issue 3): cold start, first paint with 10 000 parcels, memory.

Run: ``python bench/map.py [--parcels 10000] [--quick]``

Each figure is printed with its target or with its ratio to a reference
measured in the same run:

- cold start: a fresh process (Python, Qt, QtWebEngine) to ``mapReady`` of the
  Kalix demo map;
- first paint: ``MapWidget.show_project`` of a project with 10 000 parcels to
  ``mapReady`` (the page has drawn its layers), target 1.5 s, and its ratio to
  a bare ``QWebEngineView`` loading an empty local Leaflet map to its first
  frame, in the same process;
- memory: proportional set size (PSS) of the application and its QtWebEngine
  processes with the 10 000-parcel map shown, and its ratio to the same
  processes showing the bare map;
- map-side selection round trips with 10 000 parcels: ``select_parcels`` until
  the page has applied it, and a parcel click until ``parcelClicked`` arrives.

Each measurement runs in a child process of its own so nothing is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_PAINT_TARGET_S = 1.5
ROUND_TRIP_TARGET_MS = 50.0
X0, Y0 = 130_000.0, 7_290_000.0
STATUSES = ("available", "reserved", "option", "sold", "planning", "unavailable")


# ---- databases ---------------------------------------------------------------
def make_demo(folder: Path) -> Path:
    from kalixplan.cli.commands.init import init_project

    path = folder / "demo.gpkg"
    init_project(str(path), 3018, demo=True)
    return path


def make_big(folder: Path, n: int) -> Path:
    """A project in EPSG:3018 with ``n`` parcels in a grid around Kalix."""
    import numpy as np
    from shapely.geometry import box

    from kalixplan.services.parcels import bulk_insert_parcels
    from kalixplan.store.engine import create_project

    rng = random.Random(42)
    side = int(np.ceil(np.sqrt(n)))
    records = []
    for i in range(n):
        col, row = i % side, i // side
        w, h = rng.uniform(60, 180), rng.uniform(60, 180)
        x, y = X0 + col * 200, Y0 + row * 200
        records.append(
            {
                "designation": f"Kalix Bench {row}:{col}",
                "area_name": f"Område {row // 10}",
                "status": STATUSES[i % len(STATUSES)],
                "land_use": "J" if i % 3 else "Z",
                "price_sek_m2": float(rng.choice((50, 80, 120))),
                "notes": "Bench parcel" if i % 5 == 0 else None,
                "geom": box(x, y, x + w, y + h),
            }
        )
    path = folder / "big.gpkg"
    project = create_project(str(path), 3018)
    with project.session_scope() as session:
        bulk_insert_parcels(session, records)
    project.close()
    return path


# ---- memory -----------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(entry.name))
    return out


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def tree_rss_mib() -> tuple[float, float]:
    """RSS of this process, and summed over it and its descendants, in MiB."""
    todo, seen, total = [os.getpid()], set(), 0
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss_kib(pid)
        todo.extend(_children(pid))
    return _rss_kib(os.getpid()) / 1024.0, total / 1024.0


def tree_pss_mib() -> float:
    """PSS of this process and all its descendants (QtWebEngineProcess), in MiB."""
    todo, seen, total = [os.getpid()], set(), 0
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _pss_kib(pid)
        todo.extend(_children(pid))
    return total / 1024.0


# ---- children (each in a fresh process) ---------------------------------------
def _qt_env() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    for flag in ("--no-sandbox", "--disable-gpu"):
        if flag not in flags:
            flags = f"{flags} {flag}".strip()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags


def child_cold(db: str) -> dict[str, float]:
    """From process start to mapReady of the demo map."""
    _qt_env()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from kalixplan.maps.page import Basemap
    from kalixplan.store.engine import open_project
    from ui.map.widget import MapWidget

    project = open_project(db)
    widget = MapWidget(basemap=Basemap.none())
    widget.resize(1200, 800)
    widget.show()
    widget.mapReady.connect(app.quit)
    widget.show_project(project)
    app.exec()
    return {"cold_s": time.perf_counter() - T_START}


def child_cold_bare(folder: str) -> dict[str, float]:
    """From process start to the first frame of an empty local Leaflet map."""
    _qt_env()
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    view = QWebEngineView()
    view.resize(1200, 800)
    view.show()
    view.titleChanged.connect(lambda t: app.quit() if t == "painted" else None)
    view.load(QUrl.fromLocalFile(str(_bare_page(Path(folder)))))
    app.exec()
    return {"cold_s": time.perf_counter() - T_START}


def _bare_page(folder: Path) -> Path:
    from kalixplan.maps.page import copy_assets

    copy_assets(folder)
    page = folder / "bare.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<link rel='stylesheet' href='assets/leaflet.css'/>"
        "<script src='assets/leaflet.js'></script>"
        "<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>"
        "<body><div id='map'></div><script>"
        "var m = L.map('map', {preferCanvas: true}).setView([65.85, 23.15], 12);"
        "requestAnimationFrame(function(){requestAnimationFrame(function(){"
        "document.title = 'painted';});});"
        "</script></body></html>",
        encoding="utf-8",
    )
    return page


def child_paint(db: str, runs: int) -> dict[str, object]:
    """First paint of the big map vs a bare Leaflet map; memory; round trips."""
    _qt_env()
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from kalixplan.maps.page import Basemap
    from kalixplan.services.map_data import map_data
    from kalixplan.store.engine import open_project
    from ui.map.profile import map_profile
    from ui.map.widget import MapWidget

    def wait(signal: Any, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    folder = Path(tempfile.mkdtemp(prefix="kalixplan-bench-"))
    bare_url = QUrl.fromLocalFile(str(_bare_page(folder)))

    def bare_once() -> float:
        view = QWebEngineView()
        view.setPage(QWebEnginePage(map_profile(), view))
        view.resize(1200, 800)
        view.show()
        painted = []
        view.titleChanged.connect(lambda t: painted.append(t))
        start = time.perf_counter()
        view.load(bare_url)
        loop = QEventLoop()
        view.titleChanged.connect(lambda t: loop.quit() if t == "painted" else None)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        elapsed = time.perf_counter() - start
        assert painted and painted[-1] == "painted", "bare map did not paint"
        view.close()
        view.deleteLater()
        return elapsed

    project = open_project(db)

    def big_once() -> tuple[float, MapWidget]:
        widget = MapWidget(basemap=Basemap.none())
        widget.resize(1200, 800)
        widget.show()
        start = time.perf_counter()
        widget.show_project(project)
        wait(widget.mapReady)
        elapsed = time.perf_counter() - start
        assert widget.is_ready, "map did not become ready"
        return elapsed, widget

    bare_once()  # warm up the engine (cold start is measured separately)
    bare_times, big_times = [], []
    widget = None
    for _ in range(runs):
        bare_times.append(bare_once())
        elapsed, w = big_once()
        big_times.append(elapsed)
        if widget is not None:
            widget.close()
            widget.deleteLater()
        widget = w
    assert widget is not None

    # Where the time goes: gathering the data (DB read + transform) alone.
    start = time.perf_counter()
    with project.session_scope() as session:
        data = map_data(session, project.srid)
    gather_s = time.perf_counter() - start
    count: list[int] = []
    widget.evaluate("Object.keys(kalix.parcels).length", lambda n: count.append(int(n)))
    wait_until = time.perf_counter() + 10
    while not count and time.perf_counter() < wait_until:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    page_bytes = sum(f.stat().st_size for f in widget._folder.rglob("index.html"))

    # Memory with the big map shown (after the engine settles).
    settle = QEventLoop()
    QTimer.singleShot(1500, settle.quit)
    settle.exec()
    big_pss = tree_pss_mib()
    big_rss_own, big_rss_all = tree_rss_mib()

    # Map-side round trips with the big map.
    ids = [f.id for f in data.parcels]
    rng = random.Random(1)
    select_ms, click_ms = [], []
    for _ in range(20):
        target = rng.choice(ids)
        done: list[float] = []

        def applied(done: list[float] = done) -> None:
            done.append(time.perf_counter())

        start = time.perf_counter()
        widget.select_parcels([target], zoom=False)
        widget.flush(applied)
        while not done:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        select_ms.append((done[0] - start) * 1000)
        clicked: list[float] = []
        widget.parcelClicked.connect(
            lambda _id, clicked=clicked: clicked.append(time.perf_counter())
        )
        start = time.perf_counter()
        widget.evaluate(f"kalix.parcels[{target}].fire('click'); 0", lambda _r: None)
        while not clicked:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        widget.parcelClicked.disconnect()
        click_ms.append((clicked[0] - start) * 1000)

    widget.close()
    widget.deleteLater()
    settle = QEventLoop()
    QTimer.singleShot(500, settle.quit)
    settle.exec()
    # The same processes showing only the bare map, for the memory ratio.
    view = QWebEngineView()
    view.setPage(QWebEnginePage(map_profile(), view))
    view.resize(1200, 800)
    view.show()
    loop = QEventLoop()
    view.titleChanged.connect(lambda t: loop.quit() if t == "painted" else None)
    QTimer.singleShot(60_000, loop.quit)
    view.load(bare_url)
    loop.exec()
    settle = QEventLoop()
    QTimer.singleShot(1500, settle.quit)
    settle.exec()
    bare_pss = tree_pss_mib()
    return {
        "parcels_on_page": count[0] if count else -1,
        "bare_s": statistics.median(bare_times),
        "big_s": statistics.median(big_times),
        "big_all_s": big_times,
        "gather_s": gather_s,
        "page_mib": page_bytes / 2**20,
        "big_pss_mib": big_pss,
        "big_rss_own_mib": big_rss_own,
        "big_rss_all_mib": big_rss_all,
        "bare_pss_mib": bare_pss,
        "select_ms": statistics.median(select_ms),
        "select_max_ms": max(select_ms),
        "click_ms": statistics.median(click_ms),
        "click_max_ms": max(click_ms),
    }


def child_shots(db: str, folder: str) -> dict[str, Any]:
    """Screenshots of the demo map (Swedish overview, a selection, English), offline."""
    _qt_env()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 (must live while the widgets do)
    from kalixplan.maps.page import Basemap
    from kalixplan.services.parcels import search_parcels
    from kalixplan.store.engine import open_project
    from ui.map.widget import MapWidget

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    project = open_project(db)

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shown(lang: str) -> MapWidget:
        widget = MapWidget(basemap=Basemap.none(), lang=lang)
        widget.resize(1400, 900)
        widget.show()
        loop = QEventLoop()
        widget.mapReady.connect(loop.quit)
        widget.show_project(project)
        loop.exec()
        pause(400)
        return widget

    saved = []
    widget = shown("sv")
    widget.grab().save(str(out / "map_overview_sv.png"))
    saved.append("map_overview_sv.png")
    with project.session_scope() as session:
        rows = [p for p in search_parcels(session) if (p.area_name or "").startswith("Lägret")]
    widget.select_parcels([rows[0].id, rows[1].id], zoom=True)
    pause(600)
    widget.evaluate(f"kalix.showTooltip({rows[2].id}); 0", lambda _r: None)
    pause(300)
    widget.grab().save(str(out / "map_selection_sv.png"))
    saved.append("map_selection_sv.png")
    widget.close()
    widget = shown("en")
    widget.evaluate(
        "(function(){var c = document.querySelector('.leaflet-control-layers');"
        "c.classList.add('leaflet-control-layers-expanded');})(); 0",
        lambda _r: None,
    )
    with project.session_scope() as session:
        karlsborg = [
            p.id for p in search_parcels(session) if (p.area_name or "").startswith("Karlsborg")
        ]
    widget.select_parcels(karlsborg[:1], zoom=False)
    widget.evaluate(
        "(function(){var b = L.latLngBounds([]); "
        f"{karlsborg!r}.forEach(function(i){{b.extend(kalix.parcels[i].getBounds());}}); "
        "kalix.map.fitBounds(b.pad(0.6), {animate: false});})(); 0",
        lambda _r: None,
    )
    pause(600)
    widget.grab().save(str(out / "map_karlsborg_en.png"))
    saved.append("map_karlsborg_en.png")
    return {"saved": saved, "folder": str(out)}


def run_child(kind: str, db: Path, runs: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--db", str(db), "--runs", str(runs)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    lines = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
    if out.returncode != 0 or not lines:
        sys.stderr.write(out.stderr[-3000:])
        raise SystemExit(f"benchmark child '{kind}' failed (exit {out.returncode})")
    return json.loads(lines[-1][len("RESULT ") :])


def main() -> None:
    # This bench measures the GeoJSON page (issue 3); the tiled map is bench/map_scale.py.
    os.environ.setdefault("KALIXPLAN_MAP_TILES_ABOVE", "1000000000")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--child", choices=("cold", "coldbare", "paint", "shots"), help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--screenshots", metavar="DIR", help="only save screenshots of the demo map into DIR"
    )
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "cold":
        print("RESULT " + json.dumps(child_cold(args.db)), flush=True)
        os._exit(0)  # skip QtWebEngine's slow teardown; nothing left to save
    if args.child == "coldbare":
        print("RESULT " + json.dumps(child_cold_bare(args.db)), flush=True)
        os._exit(0)
    if args.child == "shots":
        print("RESULT " + json.dumps(child_shots(args.db, args.screenshots)), flush=True)
        os._exit(0)
    if args.child == "paint":
        print("RESULT " + json.dumps(child_paint(args.db, args.runs)), flush=True)
        os._exit(0)

    runs = 1 if args.quick else 3
    with tempfile.TemporaryDirectory(prefix="kalixplan-mapbench-") as tmp:
        folder = Path(tmp)
        demo = make_demo(folder)
        if args.screenshots:
            cmd = [sys.executable, __file__, "--child", "shots", "--db", str(demo)]
            cmd += ["--screenshots", args.screenshots]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
            lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
            if done.returncode != 0 or not lines:
                sys.stderr.write(done.stderr[-3000:])
                raise SystemExit("screenshots failed")
            print(lines[-1][len("RESULT ") :])
            return
        start = time.perf_counter()
        big = make_big(folder, args.parcels)
        print(f"setup: {args.parcels} parcels bulk-inserted in {time.perf_counter() - start:.2f} s")

        colds = [float(run_child("cold", demo, 1)["cold_s"]) for _ in range(runs)]
        cold = statistics.median(colds)
        bare_dir = folder / "bare"
        bare_dir.mkdir()
        bares = [float(run_child("coldbare", bare_dir, 1)["cold_s"]) for _ in range(runs)]
        cold_bare = statistics.median(bares)
        print(
            f"cold start to demo map ready:      {cold:6.2f} s  (median of {runs}); "
            f"bare Leaflet map cold {cold_bare:.2f} s -> ratio {cold / cold_bare:.2f}"
        )

        r = run_child("paint", big, runs)
        big_s, bare_s = float(r["big_s"]), float(r["bare_s"])
        print(f"parcels drawn on the page:         {r['parcels_on_page']}")
        print(
            f"first paint, {args.parcels} parcels:      {big_s:6.3f} s  "
            f"target {FIRST_PAINT_TARGET_S} s -> {big_s / FIRST_PAINT_TARGET_S:.2f} of target; "
            f"runs {', '.join(f'{t:.3f}' for t in r['big_all_s'])}"
        )
        print(
            f"first paint, bare Leaflet map:     {bare_s:6.3f} s  "
            f"ratio big/bare = {big_s / bare_s:.1f}"
        )
        print(
            f"  of which gathering data (DB read + transform): {float(r['gather_s']):.3f} s; "
            f"page size {float(r['page_mib']):.1f} MiB"
        )
        big_pss, bare_pss = float(r["big_pss_mib"]), float(r["bare_pss_mib"])
        print(
            f"memory (PSS, app + web engine):    {big_pss:6.0f} MiB with {args.parcels} parcels, "
            f"{bare_pss:.0f} MiB with the bare map -> ratio {big_pss / bare_pss:.2f}"
        )
        print(
            f"memory (RSS):                      {float(r['big_rss_own_mib']):6.0f} MiB the "
            f"application process, {float(r['big_rss_all_mib']):.0f} MiB summed with its "
            "QtWebEngine processes (shared pages counted in each)"
        )
        sel, click = float(r["select_ms"]), float(r["click_ms"])
        print(
            f"select_parcels applied in page:    {sel:6.1f} ms median, "
            f"{float(r['select_max_ms']):.1f} ms max -> {sel / ROUND_TRIP_TARGET_MS:.2f} of 50 ms"
        )
        print(
            f"parcel click to parcelClicked:     {click:6.1f} ms median, "
            f"{float(r['click_max_ms']):.1f} ms max -> {click / ROUND_TRIP_TARGET_MS:.2f} of 50 ms"
        )


if __name__ == "__main__":
    main()
