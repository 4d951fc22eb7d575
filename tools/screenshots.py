"""Save screenshots of the main window with the Kalix demo data, in Swedish and in English.

Usage::

    python tools/screenshots.py [--out DIR] [--size 1600x1000]

Each language gets three pictures: the overview as a newcomer sees it, a parcel
picked in the register with its details open and the map zoomed to it, and a plan
in force with its provisions and what applies at a point inside it.
A private copy of the demo database and a temporary settings file are used, so
the user's own projects and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wait(milliseconds: int, signal: object | None = None) -> None:
    """Run the event loop until ``signal`` fires or the time is up."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    if signal is not None:
        signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(lang: str, db: str, out: Path, size: tuple[int, int]) -> list[Path]:
    """Open the window in ``lang`` on ``db`` and save its pictures."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ui.app import create_main_window, make_application

    make_application()
    window = create_main_window(db, lang)
    window.resize(*size)
    window.show()
    while not window.map.is_ready:
        wait(10_000, window.map.mapReady)
    wait(1500)  # let the page paint its layers and legend
    saved = [out / f"main_window_{lang}.png"]
    window.grab().save(str(saved[0]))

    register = window.parcels.register
    target = next(
        i
        for i in range(register.proxy.rowCount())
        if "Lägret" in str(register.proxy.index(i, 1).data())
    )
    register.table.selectRow(target)
    window.map.flush(lambda: None)
    wait(1500)  # the zoom animation
    saved.append(out / f"main_window_{lang}_parcel.png")
    window.grab().save(str(saved[1]))
    window.parcels.form.revert()

    # A plan in force: its form scrolled to the provisions, and what applies at a point.
    plan = next(r for r in window.plans.model.rows if r.status == "in_force")
    window.plans.map_clicked(plan.id)
    wait(800)
    window.plans.form.findChild(QScrollArea).ensureWidgetVisible(window.plans.form.provisions_box)
    from kalixplan.services.provisions import list_provisions

    with window.project.read_scope() as session:
        h1 = next(p for p in list_provisions(session, plan.id) if p.code == "h1")
    point = h1.geom.representative_point()
    window.map.pointClicked.emit(point.x, point.y)
    wait(1500)
    saved.append(out / f"main_window_{lang}_plan.png")
    window.grab().save(str(saved[2]))

    # The actors dock and the dashboard beside the map, and the print dialog.
    size_tag = f"{size[0]}x{size[1]}"
    for dock, name in (
        (window.tools.dock_actors, "actors"),
        (window.tools.dock_dashboard, "dashboard"),
    ):
        dock.show()
        dock.raise_()
        wait(800)
        saved.append(out / f"{name}_{lang}_{size_tag}.png")
        window.grab().save(str(saved[-1]))
    window.tools.open_print()
    wait(2500)
    from ui.printing.dialog import PrintDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog))
    saved.append(out / f"print_dialog_{lang}_{size_tag}.png")
    dialog.grab().save(str(saved[-1]))
    dialog.close()
    window.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    """Build a demo copy and save the pictures; prints where they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1600x1000")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kalixplan-shots-") as tmp:
        os.environ["KALIXPLAN_SETTINGS"] = str(Path(tmp) / "settings.ini")
        from kalixplan.cli.commands.init import init_project

        db = str(Path(tmp) / "kalix-demo.gpkg")
        init_project(db, 3018, demo=True)
        for lang in ("sv", "en"):
            for path in shoot(lang, db, out, (width, height)):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
