"""One palette for screen and paper (issue "One edit path": roads and plan strokes differed)."""

from __future__ import annotations

from kalixplan.domain.palette import LAND_USE_COLOURS, LAND_USE_OPACITY, PLAN_STROKE, on_paper
from kalixplan.maps import style as screen
from kalixplan.printing import styles as paper


def test_reference_layers_have_one_colour_on_both_media() -> None:
    assert set(screen.REFERENCE_STYLES) == set(paper.REFERENCE_STYLES)
    for kind, page in screen.REFERENCE_STYLES.items():
        printed = paper.REFERENCE_STYLES[kind]
        assert printed.stroke == page["color"], kind
        assert printed.fill == page.get("fillColor") or kind == "boundary", kind


def test_plan_boundaries_and_land_use_read_alike() -> None:
    styles = screen.page_styles()
    assert styles["plan_stroke"] == PLAN_STROKE and styles["land_use_opacity"] == LAND_USE_OPACITY
    for code, colour in LAND_USE_COLOURS.items():
        # Paper prints opaque what the page lays over the map at LAND_USE_OPACITY.
        assert paper.land_use_fill(code) == on_paper(colour, LAND_USE_OPACITY)
    assert screen.status_colour("available") == paper.parcel_style("available").fill


def test_on_paper_mixes_with_white() -> None:
    assert on_paper("#000000", 1.0) == "#000000"
    assert on_paper("#000000", 0.0) == "#ffffff"
    assert on_paper("#a77bc4", 0.38) == "#decde9"


def test_qgis_draws_plan_boundaries_in_the_same_colour() -> None:
    from kalixplan.services.qgis_styles import plan_qml

    red, green, blue = (int(PLAN_STROKE[i : i + 2], 16) for i in (1, 3, 5))
    assert f"{red},{green},{blue}" in plan_qml("sv")
