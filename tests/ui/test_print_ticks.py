"""Coordinate ticks read back from the PDF: label values, mark spacing, boxes clear of the rest."""

from __future__ import annotations

import math
from itertools import combinations, pairwise
from pathlib import Path

import pdfplumber
import pytest
from shapely.geometry import box
from ui_pages import filled_with

from kalixplan.printing.paper import MARGIN_MM, Paper, map_layout, page_size_mm
from kalixplan.printing.spec import MapSpec
from kalixplan.printing.styles import PARCEL_STYLES
from kalixplan.services.parcels import create_parcel
from kalixplan.store.engine import create_project
from ui.printing.furniture import NORTH_ARROW_SHAFT_MM
from ui.printing.pdf import write_map_pdf

pytestmark = pytest.mark.ui
MM = 25.4 / 72.0  # mm per PDF point
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in mm

# Parcel centres (= map centres) whose offsets from the 500 m grid are the same
# in the local zone and in SWEREF 99 TM, so one list of expected labels serves both.
CENTRES = {3018: (150_130.0, 7_302_370.0), 3006: (871_130.0, 7_327_370.0)}
SHIFT = {3018: (0, 0), 3006: (721_000, 25_000)}


def _print(tmp_path: Path, epsg: int, **spec: object) -> Path:
    cx, cy = CENTRES[epsg]
    project = create_project(str(tmp_path / f"p{epsg}.gpkg"), epsg)
    try:
        square = box(cx - 250, cy - 250, cx + 250, cy + 250)
        with project.session_scope() as s:
            create_parcel(s, {"designation": "Kalix Testet 1:1", "geom": square})
        out = tmp_path / f"ticks{epsg}.pdf"
        write_map_pdf(project, MapSpec(area=square.bounds, **spec), out)  # type: ignore[arg-type]
    finally:
        project.close()
    return out


def _plain(label: str) -> str:
    return label.replace("\u202f", " ").replace("\u00a0", " ")


def _tick_labels(pdf: Path) -> list[tuple[str, Box, bool]]:
    """Coordinate labels as (text, box in mm, upright), turned ones read bottom to top."""
    with pdfplumber.open(pdf) as doc:
        words = doc.pages[0].extract_words(
            keep_blank_chars=True, extra_attrs=["upright"], char_dir_rotated="btt"
        )
    return [
        (w["text"], (w["x0"] * MM, w["top"] * MM, w["x1"] * MM, w["bottom"] * MM), w["upright"])
        for w in words
        if w["text"][:2] in ("E\u00a0", "N\u00a0")
    ]


def _tick_marks(pdf: Path) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Straight 3 mm strokes, in mm: the marks (nothing else on these sheets is 3 mm long)."""
    with pdfplumber.open(pdf) as doc:
        shapes = doc.pages[0].lines + doc.pages[0].curves
    marks = []
    for shape in shapes:
        pts = shape["pts"]
        if len(pts) == 2:
            (x0, t0), (x1, t1) = ((x * MM, t * MM) for x, t in pts)
            if abs(math.hypot(x1 - x0, t1 - t0) - 3.0) < 0.05:
                marks.append(((x0, t0), (x1, t1)))
    return marks


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("epsg", [3018, 3006])
def test_labels_are_the_round_values_of_the_extent(epsg: int, tmp_path: Path, qapp: object) -> None:
    out = _print(tmp_path, epsg, paper=Paper.A3, landscape=True, scale=10_000)
    labels = _tick_labels(out)
    dx, dy = SHIFT[epsg]
    eastings = [f"E {149_000 + dx + 500 * i:,}".replace(",", " ") for i in range(5)]
    northings = [f"N {7_301_500 + dy + 500 * i:,}".replace(",", " ") for i in range(5)]
    upright = sorted(_plain(t) for t, _, up in labels if up)
    turned = sorted(_plain(t) for t, _, up in labels if not up)
    assert upright == sorted(eastings * 2)  # top and bottom edges
    assert turned == sorted(northings * 2)  # left and right edges, turned to read upwards
    assert all("\u202f" in t for t, _, _ in labels)  # thin no-break spaces between thousands
    with pdfplumber.open(out) as doc:
        assert "Koordinatmarkeringar var 500:e meter" in doc.pages[0].extract_text()


@pytest.mark.parametrize(
    ("paper", "landscape", "scale", "interval"),
    [(Paper.A3, True, 10_000, 500), (Paper.A4, False, 5_000, 200), (Paper.A4, True, 50_000, 2000)],
)
def test_marks_are_interval_over_scale_apart(
    paper: Paper, landscape: bool, scale: int, interval: int, tmp_path: Path, qapp: object
) -> None:
    out = _print(tmp_path, 3018, paper=paper, landscape=landscape, scale=scale)
    frame = map_layout(paper, landscape).map_frame
    marks = _tick_marks(out)
    step = interval * 1000.0 / scale
    cx, cy = CENTRES[3018]
    minx = cx - frame.w * scale / 2000.0
    maxy = cy + frame.h * scale / 2000.0
    edges = {
        "top": [a[0] for a, b in marks if abs(a[1] - frame.y) < 0.05],
        "bottom": [a[0] for a, b in marks if abs(a[1] - frame.bottom) < 0.05],
        "left": [a[1] for a, b in marks if abs(a[0] - frame.x) < 0.05],
        "right": [a[1] for a, b in marks if abs(a[0] - frame.right) < 0.05],
    }
    assert len(marks) == sum(len(v) for v in edges.values())  # every mark starts on the frame
    for edge, positions in edges.items():
        positions.sort()
        assert len(positions) >= 3, edge
        for a, b in pairwise(positions):
            assert b - a == pytest.approx(step, rel=0.005), edge
    # The first mark sits where the first round easting / northing is on the ground.
    first_x = math.ceil(minx / interval) * interval
    first_y = math.floor(maxy / interval) * interval
    assert edges["top"][0] == pytest.approx(frame.x + (first_x - minx) * 1000 / scale, abs=0.05)
    assert edges["left"][0] == pytest.approx(frame.y + (maxy - first_y) * 1000 / scale, abs=0.05)


def test_marks_agree_with_the_map_drawn_under_them(tmp_path: Path, qapp: object) -> None:
    """The 150 000 mark is 12.0 mm right of the parcel's west side (149 880) at 1:10 000."""
    out = _print(tmp_path, 3018, paper=Paper.A3, landscape=True, scale=10_000)
    frame = map_layout(Paper.A3, True).map_frame
    with pdfplumber.open(out) as doc:
        page = doc.pages[0]
        parcels = [
            s
            for s in filled_with(page, PARCEL_STYLES["available"].fill)
            if s["x1"] * MM < frame.right
        ]
    (parcel,) = parcels
    labels = {_plain(t): b for t, b, up in _tick_labels(out) if up and b[1] < frame.y + 10}
    centre_of_label = (labels["E 150 000"][0] + labels["E 150 000"][2]) / 2
    mark_x = min(
        (a[0] for a, _ in _tick_marks(out) if abs(a[1] - frame.y) < 0.05),
        key=lambda x: abs(x - centre_of_label),
    )
    assert mark_x - parcel["x0"] * MM == pytest.approx(12.0, abs=0.06)
    assert centre_of_label == pytest.approx(mark_x, abs=0.3)  # the label is centred on its mark


def _furniture(pdf: Path) -> dict[str, Box]:
    """The legend, scale bar and north arrow boxes as measured from the PDF."""
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        words = page.extract_words(keep_blank_chars=True)
        rects = page.rects
        lines = page.lines + page.curves
    (title,) = [w for w in words if w["text"] in ("Teckenförklaring", "Legend")]
    tx = title["x0"] * MM
    swatches = [
        r
        for r in rects
        if abs((r["x1"] - r["x0"]) * MM - 8.0) < 0.3
        and abs((r["bottom"] - r["top"]) * MM - 3.8) < 0.3
        and abs(r["x0"] * MM - tx) < 0.5
    ]
    assert swatches
    last = max(r["bottom"] for r in swatches) * MM
    entries = [
        w
        for w in words
        if title["top"] <= w["top"]
        and w["bottom"] * MM <= last + 2.0
        and abs(w["x0"] * MM - tx) < 12
    ]
    legend = (
        tx,
        title["top"] * MM,
        max(w["x1"] for w in entries) * MM,
        last,
    )
    bar_rects = [r for r in rects if abs((r["bottom"] - r["top"]) * MM - 2.0) < 0.05]
    assert bar_rects
    bar = (
        min(r["x0"] for r in bar_rects) * MM,
        min(r["top"] for r in bar_rects) * MM - 4.0,  # the labels above the bar
        max(r["x1"] for r in bar_rects) * MM + 6.0,  # the unit after it
        max(r["bottom"] for r in bar_rects) * MM,
    )
    shafts = []
    for line in lines:
        if len(line["pts"]) == 2:
            (x0, t0), (x1, t1) = line["pts"]
            if abs(math.hypot(x1 - x0, t1 - t0) * MM - NORTH_ARROW_SHAFT_MM) < 0.2:
                shafts.append((x0 * MM, t0 * MM, x1 * MM, t1 * MM))
    (shaft,) = shafts
    cx, cy = (shaft[0] + shaft[2]) / 2, (shaft[1] + shaft[3]) / 2
    arrow = (cx - 6.0, cy - 19.0, cx + 6.0, cy + 9.0)  # shaft, head and the 'N' above it
    return {"legend": legend, "scale bar": bar, "north arrow": arrow}


@pytest.mark.parametrize(("paper", "landscape"), [(Paper.A4, False), (Paper.A3, True)])
def test_label_boxes_overlap_nothing_and_stay_inside_the_margins(
    paper: Paper, landscape: bool, demo_path: Path, tmp_path: Path, qapp: object
) -> None:
    from kalixplan.services.printing import matching_parcel_ids, parcels_extent
    from kalixplan.store.engine import open_project

    project = open_project(str(demo_path))
    try:
        with project.session_scope() as s:
            area = parcels_extent(s, matching_parcel_ids(s, {"area_name": "Lägret industriområde"}))
        out = tmp_path / "demo.pdf"
        write_map_pdf(project, MapSpec(area=area, paper=paper, landscape=landscape), out)
    finally:
        project.close()
    labels = [b for _, b, _ in _tick_labels(out)]
    assert len(labels) >= 12
    for a, b in combinations(labels, 2):
        assert not _overlap(a, b), (a, b)
    furniture = _furniture(out)
    for name, thing in furniture.items():
        assert not any(_overlap(label, thing) for label in labels), name
    frame = map_layout(paper, landscape).map_frame
    with pdfplumber.open(out) as doc:
        banner = [
            w
            for w in doc.pages[0].extract_words(keep_blank_chars=True)
            if w["text"].replace("\t", " ") == "Exempeldata / Example data"
            and w["x1"] * MM < frame.right
            and w["bottom"] * MM < frame.bottom
        ]
    assert banner  # the example-data banner in the frame moved clear of the labels
    b = banner[0]
    assert not any(
        _overlap(label, (b["x0"] * MM, b["top"] * MM, b["x1"] * MM, b["bottom"] * MM))
        for label in labels
    )
    w, h = page_size_mm(paper, landscape)
    for x0, top, x1, bottom in labels:
        assert MARGIN_MM <= x0 and x1 <= w - MARGIN_MM
        assert MARGIN_MM <= top and bottom <= h - MARGIN_MM


def test_no_ticks_when_switched_off(tmp_path: Path, qapp: object) -> None:
    out = _print(tmp_path, 3018, paper=Paper.A4, landscape=False, scale=5_000, grid=False)
    assert _tick_labels(out) == [] and _tick_marks(out) == []
    with pdfplumber.open(out) as doc:
        assert "Koordinatmarkeringar" not in doc.pages[0].extract_text()
