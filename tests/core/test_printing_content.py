"""What a printout shows, gathered without Qt, on SQLite and PostGIS."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, box

from kalixplan.domain.errors import NotFound, ValidationError
from kalixplan.services.parcels import create_parcel
from kalixplan.services.plans import add_land_use_area, create_plan
from kalixplan.services.printing import (
    BOVERKET_CREDIT,
    map_content,
    matching_parcel_ids,
    parcels_extent,
    prospectus_sheets,
)
from kalixplan.services.reference import create_reference_layer
from kalixplan.store.engine import Project

X, Y = 149_000.0, 7_303_000.0  # Kalix in SWEREF 99 23 15


@pytest.fixture
def filled(project: Project) -> Project:
    with project.session_scope() as s:
        plan = create_plan(
            s,
            {
                "designation": "2514-P900",
                "name": "Provplanen",
                "status": "in_force",
                "geom": box(X, Y, X + 1000, Y + 1000),
            },
        )
        add_land_use_area(s, plan.id, {"code": "J", "geom": box(X, Y, X + 1000, Y + 600)})
        create_parcel(
            s,
            {
                "designation": "Kalix Prov 1:1",
                "status": "available",
                "geom": box(X + 100, Y + 100, X + 300, Y + 300),
                "power_mw": 5.0,
            },
        )
        create_parcel(
            s,
            {
                "designation": "Kalix Prov 1:2",
                "status": "sold",
                "geom": box(X + 400, Y + 100, X + 600, Y + 300),
            },
        )
        # Far away: in the database, never in the frame or its legend.
        create_parcel(
            s,
            {
                "designation": "Kalix Långt 9:9",
                "status": "reserved",
                "geom": box(X + 50_000, Y, X + 50_200, Y + 200),
            },
        )
        create_reference_layer(
            s,
            "Vägar",
            "road",
            [("E4", LineString([(X - 500, Y + 50), (X + 2000, Y + 50)]), {})],
            source="Trafikverket NVDB",
            licence="CC0",
        )
        create_reference_layer(
            s,
            "Järnväg",
            "railway",
            [("Banan", LineString([(X, Y + 90_000), (X + 9, Y + 90_001)]), {})],
        )
    return project


def test_content_and_legend_only_what_is_in_the_frame(filled: Project) -> None:
    with filled.session_scope() as s:
        content = map_content(s, (X, Y, X + 1000, Y + 1000), "sv")
    assert sorted(p.designation for p in content.parcels) == ["Kalix Prov 1:1", "Kalix Prov 1:2"]
    keys = [e.key for e in content.legend]
    assert keys == ["parcel:available", "parcel:sold", "land_use:J", "plan", "ref:road:Vägar"]
    assert BOVERKET_CREDIT in content.attributions
    assert "Trafikverket NVDB – CC0" in content.attributions
    assert not content.example_data


def test_content_in_another_projected_crs(filled: Project) -> None:
    from kalixplan.geo.crs import transformer

    w, s_, e, n = transformer(3018, 3006).transform_bounds(X, Y, X + 1000, Y + 1000)
    with filled.session_scope() as s:
        content = map_content(s, (w, s_, e, n), "en", epsg=3006)
    assert content.epsg == 3006 and len(content.parcels) == 2
    minx, _, _, _ = content.parcels[0].geom.bounds
    assert w <= minx <= e  # geometries come back in the print CRS


def test_where_and_extent(filled: Project) -> None:
    with filled.session_scope() as s:
        sold = matching_parcel_ids(s, {"status": "SOLD"})
        assert len(sold) == 1
        assert parcels_extent(s, sold) == pytest.approx((X + 400, Y + 100, X + 600, Y + 300))
        assert len(matching_parcel_ids(s, {})) == 3
        assert matching_parcel_ids(s, {"status": "option"}) == []
        with pytest.raises(ValidationError):
            matching_parcel_ids(s, {"colour": "blue"})
        with pytest.raises(NotFound):
            parcels_extent(s, [])


def test_prospectus_facts_in_both_languages(filled: Project) -> None:
    with filled.session_scope() as s:
        ids = matching_parcel_ids(s, {"designation": "Kalix Prov 1:1"})
        (sv,) = prospectus_sheets(s, ids, "sv")
        (en,) = prospectus_sheets(s, ids, "en")
    sv_lines = {k: v for sec in sv.sections for k, v in sec.lines}
    en_lines = {k: v for sec in en.sections for k, v in sec.lines}
    assert sv_lines["Tillgänglig effekt"] == "5,0 MW"
    assert en_lines["Available power"] == "5.0 MW"
    assert sv_lines["Pris per m²"] == "uppgift saknas"
    assert en_lines["Price per m²"] == "not known"
    assert sv_lines["Areal (geodetisk)"].endswith("m²)")
