"""Industrial land as municipalities keep it (issue 13, item 6): a parcel keyed on a
property designation or, where the municipality's "ledig industrimark" layer carries only
a name, description, link, address and contact, on the area's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import box

from kalixplan.domain.errors import ValidationError
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.parcels import create_parcel, search_parcels, update_parcel
from kalixplan.store.engine import Project

X0, Y0 = 150_000.0, 7_310_000.0


def test_land_kept_by_name_needs_no_designation(project: Project) -> None:
    with project.session_scope() as s:
        row = create_parcel(
            s,
            {
                "key_kind": "area",
                "designation": "  Industriområdet  Lägret, västra delen ",
                "address": "Lägervägen 4, Kalix",
                "geom": box(X0, Y0, X0 + 100, Y0 + 80),
            },
        )
    assert (row.designation, row.key_kind) == ("Industriområdet Lägret, västra delen", "area")
    # A property designation is still checked as one.
    with project.session_scope() as s, pytest.raises(ValidationError, match="block:unit"):
        create_parcel(
            s, {"designation": "Industriområdet Lägret", "geom": box(X0, Y0, X0 + 9, Y0 + 9)}
        )
    # Turning name-kept land into a property asks for a designation that is one.
    with project.session_scope() as s, pytest.raises(ValidationError, match="block:unit"):
        update_parcel(s, row.id, row.version, {"key_kind": "property"})
    with project.session_scope() as s:
        done = update_parcel(
            s, row.id, row.version, {"key_kind": "property", "designation": "Kalix Lägret 9:70"}
        )
    assert (done.designation, done.key_kind) == ("Kalix Lägret 9:70", "property")


def test_a_names_only_layer_imports_keyed_on_the_names(project: Project, tmp_path: Path) -> None:
    """A municipality's "ledig industrimark" layer: namn, beskrivning, länk, adress,
    kontakt; no property designations."""
    import geopandas as gpd

    names = [("Rolfs industriområde", "Rolfsvägen 1"), ("Töre industriområde, södra", None)]
    src = tmp_path / "ledig_industrimark.gpkg"
    gpd.GeoDataFrame(
        {
            "namn": [n for n, _ in names],
            "beskrivning": [f"Planlagd mark för industri ({n})." for n, _ in names],
            "adress": [a for _, a in names],
            "kontakt": ["Näringslivskontoret"] * 2,
        },
        geometry=[box(X0 + k * 300, Y0, X0 + k * 300 + 200, Y0 + 150) for k in range(2)],
        crs="EPSG:3018",
    ).to_file(src, layer="ledig_industrimark")
    report = import_file(project, src, ImportOptions("parcels"))
    assert report.imported == 2, report.summary()
    with project.read_scope() as s:
        rows = {r.designation: r for r in search_parcels(s)}
    rolfs = rows["Rolfs industriområde"]
    assert (rolfs.key_kind, rolfs.area_name, rolfs.address) == (
        "area",
        "Rolfs industriområde",
        "Rolfsvägen 1",
    )
    assert rolfs.notes == "Planlagd mark för industri (Rolfs industriområde)."
    assert rolfs.contact_person == "Näringslivskontoret" and rolfs.area_m2 > 29_000
    # The same layer again: the same land, by its names, updated in place.
    again = import_file(project, src, ImportOptions("parcels"))
    assert again.imported == 0
    with project.read_scope() as s:
        assert len(search_parcels(s)) == 2
