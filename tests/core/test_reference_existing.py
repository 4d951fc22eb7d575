"""A reference import onto an existing layer name replaces, appends or cancels: never silently.

Issue "Never lose the user's work or secrets", part 5: "a reference import onto an
existing layer name asks to replace, append or cancel, and keeps the layer's kind
unless told otherwise". Both engines.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from cli_runner import run_cli
from shapely.geometry import box
from sqlalchemy import func, select

from kalixplan.services.importing.report import ImportOptions, LayerExists
from kalixplan.services.importing.run import import_file
from kalixplan.store.engine import Project
from kalixplan.store.models import ReferenceFeature, ReferenceLayer

X0, Y0 = 130_000, 7_303_000


def zones(tmp_path: Path, name: str, count: int) -> Path:
    path = tmp_path / f"{name}.gpkg"
    gpd.GeoDataFrame(
        {"namn": [f"{name} {i}" for i in range(count)]},
        geometry=[box(X0 + 300 * i, Y0, X0 + 300 * i + 200, Y0 + 200) for i in range(count)],
        crs="EPSG:3018",
    ).to_file(path, driver="GPKG")
    return path


def layer_state(project: Project) -> tuple[str, list[str]]:
    with project.read_scope() as s:
        layer = s.scalar(select(ReferenceLayer).where(ReferenceLayer.name == "MIFO"))
        assert layer is not None
        names = s.scalars(
            select(ReferenceFeature.name)
            .where(ReferenceFeature.layer_id == layer.id)
            .order_by(ReferenceFeature.id)
        ).all()
        return layer.kind, list(names)


def test_an_existing_layer_is_never_replaced_unasked(project: Project, tmp_path: Path) -> None:
    first = zones(tmp_path, "old", 3)
    import_file(
        project, first, ImportOptions("reference", name="MIFO", ref_kind="contaminated_land")
    )
    before = layer_state(project)
    again = zones(tmp_path, "new", 2)
    with pytest.raises(LayerExists) as err:
        import_file(project, again, ImportOptions("reference", name="MIFO"))
    assert "'MIFO' exists already (contaminated_land, 3 features)" in str(err.value)
    assert layer_state(project) == before  # exactly as before
    # Cancel: kept as it was, and said so for every feature.
    report = import_file(
        project, again, ImportOptions("reference", name="MIFO", on_existing_layer="cancel")
    )
    assert {line.outcome for line in report.lines} == {"skipped"}
    assert layer_state(project) == before
    # Append: the old features stay, the new ones join; the kind is kept.
    import_file(project, again, ImportOptions("reference", name="MIFO", on_existing_layer="append"))
    assert layer_state(project) == ("contaminated_land", [*before[1], "new 0", "new 1"])
    # Replace without a kind: the features change, the kind stays contaminated land.
    import_file(
        project, again, ImportOptions("reference", name="MIFO", on_existing_layer="replace")
    )
    assert layer_state(project) == ("contaminated_land", ["new 0", "new 1"])
    # Replace with a kind given: then it changes.
    import_file(
        project,
        again,
        ImportOptions("reference", name="MIFO", ref_kind="flood_zone", on_existing_layer="replace"),
    )
    assert layer_state(project)[0] == "flood_zone"
    with project.read_scope() as s:
        assert s.scalar(select(func.count()).select_from(ReferenceLayer)) == 1


def test_the_command_line_refuses_and_then_obeys(demo_path: Path, tmp_path: Path) -> None:
    first = zones(tmp_path, "old", 3)
    base = ["import", "--db", str(demo_path), "--kind", "reference", "--name", "MIFO"]
    done = run_cli(*base, "--ref-kind", "contaminated_land", str(first))
    assert done.returncode == 0, done.stderr
    refused = run_cli(*base, str(zones(tmp_path, "new", 2)))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "--on-existing replace, append or cancel" in refused.stderr
    assert "(contaminated_land, 3 features)" in refused.stderr
    done = run_cli(*base, "--on-existing", "append", str(zones(tmp_path, "more", 2)))
    assert done.returncode == 0, done.stderr
