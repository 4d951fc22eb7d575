"""Screenshots of a 200 000-polygon property map under the demo's parcels (issue 11).

Run: ``python bench/map_screenshots.py OUT_DIR [--properties 200000]``

The Kalix demo gets a synthetic property map ("Fastighetsindelning", the grid of
``kalixplan.services.demo.synthetic``) imported as a reference layer through the real
import; the map is then shown at three zoom levels (the whole demo, an industrial area,
one block with the properties' designations) and each view saved as PNG, with the time
the map took to be ready and the tiles painted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--properties", type=int, default=200_000)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kalixplan-shots-"))

    from kalixplan.cli.commands.init import init_project
    from kalixplan.services.demo.synthetic import synthetic_property_map
    from kalixplan.services.importing.report import ImportOptions
    from kalixplan.services.importing.run import import_file
    from kalixplan.store.engine import open_project

    db = folder / "demo.gpkg"
    init_project(str(db), 3018, demo=True)
    project = open_project(str(db))
    options = ImportOptions(
        "reference",
        name="Fastighetsindelning",
        ref_kind="property",
        mapping={"name": "fastighetsbeteckning"},
    )
    source = synthetic_property_map(folder / "fastigheter.gpkg", args.properties)
    report = import_file(project, source, options)
    print(f"imported {report.imported} properties")

    import importlib.util

    spec = importlib.util.spec_from_file_location("map_scale", ROOT / "bench" / "map_scale.py")
    assert spec is not None and spec.loader is not None
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    app = scale._app()
    from kalixplan.maps.page import Basemap
    from ui.map.widget import MapWidget

    widget = MapWidget(basemap=Basemap.none())
    widget.resize(1400, 900)
    widget.show()
    start = time.perf_counter()
    widget.show_project(project)
    scale._wait(widget.mapReady)
    print(f"map ready in {time.perf_counter() - start:.2f} s")
    views = (
        ("overview", None, None),
        ("industrial-area", (65.8575, 23.2040), 14),
        ("block", (65.8575, 23.2040), 17),
    )
    for name, centre, zoom in views:
        if centre is not None:
            scale._step(
                widget, f"kalix.map.setView([{centre[0]}, {centre[1]}], {zoom}, {{animate:false}})"
            )
        scale._pause(1500)
        path = args.out / f"property-map-{name}.png"
        widget.grab().save(str(path))
        level = scale._js(widget, "kalix.map.getZoom()")
        labels = scale._js(widget, "kalix.tiles.labelCount()")
        print(f"{path} (zoom {level}, {labels} labels)")
    print(f"tiles painted {widget.tiled.service.painted if widget.tiled else 0}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
