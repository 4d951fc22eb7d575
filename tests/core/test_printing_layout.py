"""Print-layout maths without Qt: paper, extents, scales, scale bars, north angle, legend, facts."""

from __future__ import annotations

import math
from datetime import date
from types import SimpleNamespace

import pytest
from pyproj import Transformer

from kalixplan.domain.errors import ValidationError
from kalixplan.printing.facts import prospectus_sections
from kalixplan.printing.labels import fmt_area, fmt_distance, fmt_sek
from kalixplan.printing.legend import legend_entries
from kalixplan.printing.north import meridian_convergence_deg, north_arrow_angle_deg
from kalixplan.printing.paper import Paper, map_layout, page_size_mm, parse_paper
from kalixplan.printing.scale import (
    check_scale,
    fitting_scale,
    format_scale,
    ground_extent,
    nice_step,
    scale_bar,
)


def kalix_xy(epsg: int) -> tuple[float, float]:
    return Transformer.from_crs(4326, epsg, always_xy=True).transform(23.15, 65.85)


def test_paper_sizes_in_both_orientations() -> None:
    assert page_size_mm(Paper.A4, False) == (210.0, 297.0)
    assert page_size_mm(Paper.A3, True) == (420.0, 297.0)
    assert parse_paper("a3") is Paper.A3
    with pytest.raises(ValidationError):
        parse_paper("A0")


def test_map_frame_leaves_margins_and_panel() -> None:
    layout = map_layout(Paper.A3, True)
    frame, panel = layout.map_frame, layout.panel
    assert frame.x == pytest.approx(10.0) and frame.y == pytest.approx(10.0)
    assert panel.right == pytest.approx(410.0)
    assert frame.right < panel.x  # the panel never covers the map
    portrait = map_layout(Paper.A4, False)
    assert portrait.panel.y > portrait.map_frame.bottom


def test_ground_extent_is_frame_times_scale() -> None:
    minx, miny, maxx, maxy = ground_extent((1000.0, 2000.0), 300.0, 200.0, 10_000)
    assert maxx - minx == pytest.approx(3000.0)  # 300 mm at 1:10 000 is 3 km
    assert maxy - miny == pytest.approx(2000.0)
    assert (minx + maxx) / 2 == pytest.approx(1000.0)


def test_scale_text_is_swedish_style() -> None:
    assert format_scale(10_000) == "1:10 000"
    assert format_scale(2_500) == "1:2 500"
    assert format_scale(100_000) == "1:100 000"
    assert check_scale(7_500) == 7_500
    assert check_scale(500) == 500 and check_scale(500_000) == 500_000
    for bad in (499, 500_001, float("nan")):
        with pytest.raises(ValidationError):
            check_scale(bad)


def test_fitting_scale_picks_the_largest_nice_scale_that_fits() -> None:
    # 500 m plus 10 % each side in a 100 mm frame needs 1:6 000 -> 1:7 500.
    assert fitting_scale((0, 0, 500, 500), 100, 100) == 7_500
    assert fitting_scale((0, 0, 10, 10), 100, 100) == 500
    assert fitting_scale((0, 0, 60_000, 60_000), 300, 300) == 250_000  # a municipality
    assert fitting_scale((0, 0, 1e6, 1e6), 100, 100) == 500_000


@pytest.mark.parametrize(
    ("value", "step"),
    [(7.0, 5.0), (1.0, 1.0), (260.0, 250.0), (240.0, 200.0), (0.3, 0.25), (999.0, 500.0)],
)
def test_nice_steps_are_1_2_25_5(value: float, step: float) -> None:
    assert nice_step(value) == pytest.approx(step)


def test_scale_bar_in_metres_and_kilometres() -> None:
    bar = scale_bar(10_000, 60.0)
    assert bar.step_m == 250.0 and bar.unit == "m"
    assert bar.text == "0 250 500 m"
    assert bar.step_mm == pytest.approx(25.0)  # 250 m at 1:10 000
    km = scale_bar(100_000, 60.0)
    assert km.unit == "km" and km.text == "0 2,5 5 km"
    assert km.length_mm <= 60.0


def test_north_angle_is_the_meridian_convergence_at_kalix() -> None:
    tm = north_arrow_angle_deg(3006, kalix_xy(3006))
    local = north_arrow_angle_deg(3018, kalix_xy(3018))
    assert tm == pytest.approx(7.4, abs=0.1)
    assert local == pytest.approx(-0.09, abs=0.02)


@pytest.mark.parametrize("epsg", [3006, 3018])
def test_north_angle_agrees_with_where_true_north_really_is(epsg: int) -> None:
    """Step north in longitude/latitude and see which way the grid moves."""
    x, y = kalix_xy(epsg)
    to_grid = Transformer.from_crs(4326, epsg, always_xy=True)
    x1, y1 = to_grid.transform(23.15, 65.851)
    # Counter-clockwise angle of true north from grid north (up on the sheet).
    measured = math.degrees(math.atan2(-(x1 - x), y1 - y))
    assert meridian_convergence_deg(epsg, x, y) == pytest.approx(measured, abs=0.01)


def test_legend_lists_only_what_is_visible() -> None:
    entries = legend_entries(
        "sv",
        statuses={"sold", "available"},
        land_uses={"J"},
        plans_visible=False,
        reference_layers={("road", "Vägar E4/E10")},
    )
    keys = [e.key for e in entries]
    assert keys == ["parcel:available", "parcel:sold", "land_use:J", "ref:road:Vägar E4/E10"]
    assert entries[0].label == "Tillgänglig"
    english = legend_entries("en", statuses={"reserved"}, plans_visible=True)
    assert [e.label for e in english] == ["Reserved", "Detailed plan boundary"]
    assert legend_entries("sv") == []


def _parcel(**values: object) -> SimpleNamespace:
    fields = dict.fromkeys(
        "area_name owner ground_state geotechnics price_sek_m2 price_includes reserved_until "
        "land_use max_height_m utilisation power_mw dist_substation_m water_sewer "
        "water_capacity_m3_day district_heating fibre gas_hydrogen dist_rail_m dist_port_m "
        "dist_road_m dist_airport_km flood_risk contaminated_mifo protected_nature "
        "shoreline_protection national_interest contact_person contact_email updated_at".split()
    )
    fields.update(status="available", area_m2=25_000.0)
    fields.update(values)
    return SimpleNamespace(**fields)


def test_unknown_facts_are_never_zero() -> None:
    for lang, unknown in (("sv", "uppgift saknas"), ("en", "not known")):
        sections = prospectus_sections(_parcel(), None, lang)  # type: ignore[arg-type]
        values = [v for s in sections for _, v in s.lines]
        assert len(sections) == 7
        assert values.count(unknown) >= 20
        assert not any(v.startswith("0 ") or v == "0" for v in values)


def test_known_facts_are_written_in_the_language() -> None:
    parcel = _parcel(
        price_sek_m2=95.0,
        power_mw=12.5,
        dist_rail_m=450.0,
        dist_port_m=11_500.0,
        water_sewer=True,
        contaminated_mifo=3,
        land_use="J",
        reserved_until=date(2027, 1, 31),
        status="reserved",
    )
    sv = {k: v for s in prospectus_sections(parcel, None, "sv") for k, v in s.lines}
    en = {k: v for s in prospectus_sections(parcel, None, "en") for k, v in s.lines}
    assert sv["Pris totalt (ca)"] == "2 375 000 kr"
    assert en["Total price (approx.)"] == "SEK 2,375,000"
    assert sv["Tillgänglig effekt"] == "12,5 MW" and en["Available power"] == "12.5 MW"
    assert sv["Järnväg"] == "450 m" and en["Port"] == "11.5 km"
    assert sv["Kommunalt vatten och avlopp"] == "ja"
    assert en["Land use"] == "J – Industry"
    assert sv["Reserverad t.o.m."] == "2027-01-31"
    assert sv["Areal (geodetisk)"] == "2,50 ha (25 000 m²)"


def test_value_formats() -> None:
    assert fmt_area(None, "sv") == "uppgift saknas"
    assert fmt_distance(None, "en") == "not known"
    assert fmt_sek(120.0, "sv", per_m2=True) == "120 kr/m²"
    assert fmt_sek(120.0, "en", per_m2=True) == "SEK 120/m²"


def test_a_prospectus_never_prints_a_stale_area_as_true() -> None:
    """Issue "The project file guards itself": until KalixPlan recomputes a parcel reshaped
    outside it, the sheet says so instead of showing the old area and a total from it."""
    parcel = _parcel(price_sek_m2=95.0, facts_stale=True)
    sv = {k: v for s in prospectus_sections(parcel, None, "sv") for k, v in s.lines}
    en = {k: v for s in prospectus_sections(parcel, None, "en") for k, v in s.lines}
    assert sv["Areal (geodetisk)"].startswith("ej omräknad")
    assert en["Area (geodesic)"].startswith("not recomputed")
    assert "2 375 000" not in sv["Pris totalt (ca)"]
