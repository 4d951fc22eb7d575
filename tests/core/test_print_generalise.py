"""Printing from 1:500 to 1:500 000 without Qt: scales, bars, ticks, simplification, labels."""

from __future__ import annotations

import math

import pytest
import shapely
from shapely.geometry import Polygon, box

from kalixplan.printing.generalise import (
    MIN_PARCEL_MM,
    SMALL_SCALE_OUTLINE_MM,
    LabelSpace,
    needs_mark,
    outline_width_mm,
    simplify_geometries,
    simplify_tolerance_m,
)
from kalixplan.printing.grid import plan_ticks
from kalixplan.printing.paper import Paper, Rect, map_layout
from kalixplan.printing.scale import (
    MAX_SCALE,
    MIN_SCALE,
    NICE_SCALES,
    ground_extent,
    scale_bar,
)
from kalixplan.printing.spec import MapSpec, best_orientation, municipality_spec


def test_scales_run_from_1_500_to_1_500000() -> None:
    assert (MIN_SCALE, MAX_SCALE) == (500, 500_000)
    assert NICE_SCALES[0] == 500 and NICE_SCALES[-1] == 500_000
    assert list(NICE_SCALES) == sorted(set(NICE_SCALES))
    assert MapSpec(area=(0, 0, 1, 1), scale=500_000).resolved_scale() == 500_000


@pytest.mark.parametrize(
    ("scale", "text", "length_mm"),
    [
        (500, "0 10 20 m", 40.0),
        (250_000, "0 5 10 km", 40.0),
        (300_000, "0 5 10 km", 10_000 / 300.0),
        (500_000, "0 10 20 km", 40.0),
    ],
)
def test_scale_bars_at_the_ends_of_the_range(scale: int, text: str, length_mm: float) -> None:
    bar = scale_bar(scale, 60.0)
    assert bar.text == text
    assert bar.length_mm == pytest.approx(length_mm)
    assert bar.length_mm == pytest.approx(bar.step_m * bar.segments * 1000.0 / scale)


@pytest.mark.parametrize(("scale", "interval"), [(500, 20), (300_000, 20_000), (500_000, 20_000)])
def test_tick_intervals_at_the_ends_of_the_range(scale: int, interval: int) -> None:
    frame = map_layout(Paper.A3, True).map_frame
    extent = ground_extent((150_123.0, 7_302_345.0), frame.w, frame.h, scale)
    grid = plan_ticks(frame, extent, scale)
    assert grid.interval_m == interval
    assert 3 <= len(grid.labelled("top")) <= 8


def test_simplification_stays_under_a_line_width_and_keeps_every_polygon() -> None:
    assert simplify_tolerance_m(250_000) == pytest.approx(12.5)  # 0.05 mm on paper
    n = 720
    circle = Polygon(
        [
            (1_000 * math.cos(2 * math.pi * k / n), 1_000 * math.sin(2 * math.pi * k / n))
            for k in range(n)
        ]
    )
    tiny = box(5_000, 5_000, 5_003, 5_002)  # 3 m: far under the tolerance
    sliver = Polygon([(0, 3_000), (4_000, 3_000.5), (8_000, 3_000), (8_000, 3_001), (0, 3_001)])
    out = simplify_geometries([circle, tiny, sliver], 250_000)
    assert len(out) == 3
    assert all(g.is_valid and not g.is_empty and g.area > 0 for g in out)
    assert shapely.get_num_coordinates(out[0]) < n / 4
    # Nothing moves further than the tolerance.
    assert out[0].hausdorff_distance(circle) <= simplify_tolerance_m(250_000) + 1e-6
    # The tiny one keeps a shape (a triangle of its corners) and is drawn as a mark.
    assert out[1].hausdorff_distance(tiny) <= simplify_tolerance_m(250_000)
    assert simplify_geometries([], 1_000) == []


def test_small_parcels_become_marks_and_outlines_thin_at_small_scales() -> None:
    assert needs_mark((0, 0, 100, 100), 250_000)  # 0.4 mm on paper
    assert not needs_mark((0, 0, 300, 10), 250_000)  # 1.2 mm long: drawn as it is
    assert not needs_mark((0, 0, 100, 100), 10_000)
    assert MIN_PARCEL_MM * 250_000 / 1000 == pytest.approx(200.0)
    assert outline_width_mm(0.3, 10_000) == 0.3
    assert outline_width_mm(0.3, 250_000) == SMALL_SCALE_OUTLINE_MM


def test_a_label_goes_only_where_no_other_stands() -> None:
    space = LabelSpace(pad_mm=0.5)
    assert space.take(Rect(0, 0, 10, 3))
    assert not space.take(Rect(9, 1, 10, 3))  # overlaps
    assert not space.take(Rect(10.2, 0, 5, 3))  # within the padding
    assert space.take(Rect(11, 0, 5, 3))
    assert space.take(Rect(-30, -30, 5, 3))  # negative coordinates are fine


def test_a_municipality_takes_the_orientation_that_holds_it_larger() -> None:
    tall = (0.0, 0.0, 40_000.0, 70_000.0)
    wide = (0.0, 0.0, 90_000.0, 40_000.0)
    assert best_orientation(wide, Paper.A3)
    assert municipality_spec(wide, Paper.A4).landscape
    spec = municipality_spec(tall, Paper.A3, lang="en")
    assert spec.title == "The whole municipality" and not spec.overview
    assert spec.resolved_scale() <= 300_000
