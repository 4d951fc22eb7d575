"""Round trips: export every format, import it again, get the same attributes and geometries."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from kalixplan.services.actors import list_actors, needs_of
from kalixplan.services.export.layers import export_layer
from kalixplan.services.importing.fields import field_names
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import search_parcels
from kalixplan.services.plans import list_plans
from kalixplan.store.engine import create_project, open_project

FORMATS = (".gpkg", ".geojson", ".shp", ".csv", ".xlsx")


def same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == pytest.approx(b, rel=1e-9, abs=1e-9)
    return a == b


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip(demo_path: Path, tmp_path: Path, suffix: str, lang: str) -> None:
    demo = open_project(str(demo_path))
    try:
        export_layer(demo, "plans", tmp_path / f"plans{suffix}", lang=lang)
        export_layer(demo, "parcels", tmp_path / f"parcels{suffix}", lang=lang)
        with demo.session_scope() as s:
            plans_before = {p.designation: p for p in list_plans(s)}
            parcels_before = {p.designation: p for p in search_parcels(s)}
    finally:
        demo.close()
    target = create_project(str(tmp_path / "copy.gpkg"), 3018)
    try:
        crs = 3018 if suffix in (".csv", ".xlsx") else None
        plans_report = import_file(
            target, tmp_path / f"plans{suffix}", ImportOptions("plans", src_epsg=crs)
        )
        parcels_report = import_file(
            target, tmp_path / f"parcels{suffix}", ImportOptions("parcels", src_epsg=crs)
        )
        with target.session_scope() as s:
            plans_after = {p.designation: p for p in list_plans(s)}
            parcels_after = {p.designation: p for p in search_parcels(s)}
    finally:
        target.close()
    assert plans_report.imported == len(plans_before) == 13
    assert parcels_report.imported == len(parcels_before) == 40
    assert plans_after.keys() == plans_before.keys()
    assert parcels_after.keys() == parcels_before.keys()
    for kind, before, after in (
        ("plans", plans_before, plans_after),
        ("parcels", parcels_before, parcels_after),
    ):
        for key, old in before.items():
            new = after[key]
            for field in field_names(kind):
                assert same(getattr(new, field), getattr(old, field)), (kind, key, field)
            assert old.geom is not None and new.geom is not None
            assert shapely.hausdorff_distance(old.geom, new.geom) < 0.001, (kind, key)
            # Excel holds WKT rounded to the millimetre: the area moves by well under 1 m².
            assert new.geom.area == pytest.approx(old.geom.area, abs=1.0)
    area = sum(p.area_m2 for p in parcels_after.values())
    assert area == pytest.approx(sum(p.area_m2 for p in parcels_before.values()), rel=1e-6)


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".gpkg"])
def test_actor_round_trip(demo_path: Path, tmp_path: Path, suffix: str, lang: str) -> None:
    demo = open_project(str(demo_path))
    try:
        out = tmp_path / f"actors{suffix}"
        export_layer(demo, "actors", out, lang=lang)
        with demo.session_scope() as s:
            before = {a.org_number: a for a in list_actors(s)}
            needs_before = {n.actor_id: n for n in needs_of(s)}
    finally:
        demo.close()
    target = create_project(str(tmp_path / "copy.gpkg"), 3018)
    try:
        report = import_file(target, out, ImportOptions("actors"))
        with target.session_scope() as s:
            after = {a.org_number: a for a in list_actors(s)}
            needs_after = {n.actor_id: n for n in needs_of(s)}
    finally:
        target.close()
    assert report.imported == len(before) == 15
    assert after.keys() == before.keys()
    for key, old in before.items():
        new = after[key]
        for field in ("name", "sector", "kind", "website", "notes", "example_data"):
            assert getattr(new, field) == getattr(old, field), (key, field)
        old_need, new_need = needs_before.get(old.id), needs_after.get(new.id)
        assert (old_need is None) == (new_need is None)
        if old_need and new_need:
            for field in ("area_ha", "power_mw", "needs_rail", "needs_port"):
                assert same(getattr(new_need, field), getattr(old_need, field)), (key, field)
