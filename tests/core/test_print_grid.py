"""Coordinate ticks and logo files without Qt: intervals, positions, labels, boxes, file checks."""

from __future__ import annotations

from itertools import combinations, pairwise
from pathlib import Path

import pytest

from kalixplan.printing.grid import (
    MAX_LABELS_PER_EDGE,
    TICK_INTERVALS_M,
    TICK_MM,
    format_coordinate,
    overlaps,
    plan_ticks,
)
from kalixplan.printing.labels import text
from kalixplan.printing.logo import (
    LOGO_BOX_H_MM,
    LOGO_MAX_W_MM,
    UnreadableLogo,
    fit_logo,
    logo_box,
    logo_kind,
)
from kalixplan.printing.paper import MARGIN_MM, Paper, Rect, map_layout, page_size_mm
from kalixplan.printing.scale import NICE_SCALES, ground_extent

# A centre near Lägret in SWEREF 99 23 15 that is not round, so no tick sits on the frame.
CENTRE = (150_130.0, 7_302_370.0)


def _plan(paper: Paper, landscape: bool, scale: int, centre: tuple[float, float] = CENTRE):
    frame = map_layout(paper, landscape).map_frame
    extent = ground_extent(centre, frame.w, frame.h, scale)
    return frame, extent, plan_ticks(frame, extent, scale)


def test_coordinates_are_written_the_swedish_way() -> None:
    assert format_coordinate(7_302_000, "N") == "N\u00a07\u202f302\u202f000"
    assert format_coordinate(150_000.4, "E") == "E\u00a0150\u202f000"
    assert format_coordinate(870_500, "E").replace("\u202f", " ").replace("\u00a0", " ") == (
        "E 870 500"
    )
    assert text("grid_every", "sv").format(m="1 000") == "Koordinatmarkeringar var 1 000:e meter"


def test_ticks_of_a_known_frame() -> None:
    """A3 landscape at 1:10 000 around CENTRE: every 500 m, marks 50 mm apart."""
    frame, extent, grid = _plan(Paper.A3, True, 10_000)
    assert extent[0] == pytest.approx(148_655.0) and extent[1] == pytest.approx(7_300_985.0)
    assert grid.interval_m == 500
    top = grid.labelled("top")
    left = grid.labelled("left")
    assert [t.value for t in top] == [149_000, 149_500, 150_000, 150_500, 151_000]
    assert [t.value for t in left] == [7_301_500, 7_302_000, 7_302_500, 7_303_000, 7_303_500]
    assert [t.value for t in grid.labelled("bottom")] == [t.value for t in top]
    assert [t.value for t in grid.labelled("right")] == [t.value for t in left]
    # Marks exist where labels are left out too (151 500 is 10.5 mm from the right edge).
    xs = sorted({t.start[0] for t in grid.ticks if t.edge == "top"})
    assert len(xs) == 6
    assert all(b - a == pytest.approx(50.0) for a, b in pairwise(xs))
    assert xs[0] == pytest.approx(frame.x + (149_000 - extent[0]) / 10.0)
    for tick in grid.ticks:
        (x0, y0), (x1, y1) = tick.start, tick.end
        assert abs(x1 - x0) + abs(y1 - y0) == pytest.approx(TICK_MM)
    assert top[0].label == "E\u00a0149\u202f000" and not top[0].upwards
    assert left[0].upwards and left[0].box is not None and left[0].box.h > left[0].box.w


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("landscape", [True, False])
def test_three_to_eight_labels_an_edge_at_every_offered_scale(
    paper: Paper, landscape: bool
) -> None:
    for scale in NICE_SCALES:
        _frame, _, grid = _plan(paper, landscape, scale)
        assert grid.interval_m in TICK_INTERVALS_M
        counts = [len(grid.labelled(edge)) for edge in ("top", "bottom", "left", "right")]
        assert max(counts) <= MAX_LABELS_PER_EDGE, (scale, counts)
        # 1:500 (20 m ticks) to 1:500 000 (20 km ticks): never fewer than three an edge.
        assert min(counts) >= 3, (paper, landscape, scale, counts)


@pytest.mark.parametrize(("paper", "landscape"), [(Paper.A4, False), (Paper.A3, True)])
def test_labels_never_overlap_and_stay_inside_frame_and_margins(
    paper: Paper, landscape: bool
) -> None:
    w, h = page_size_mm(paper, landscape)
    inner = Rect(0, 0, w, h).inset(MARGIN_MM)
    for scale in NICE_SCALES:
        frame, _, grid = _plan(paper, landscape, scale, (870_123.0, 7_305_777.0))
        boxes = grid.label_boxes()
        assert boxes
        for a, b in combinations(boxes, 2):
            assert not overlaps(a, b), (scale, a, b)
        for box in boxes:
            assert frame.x <= box.x and box.right <= frame.right
            assert frame.y <= box.y and box.bottom <= frame.bottom
            assert inner.x <= box.x and box.right <= inner.right
            assert inner.y <= box.y and box.bottom <= inner.bottom


def test_labels_keep_away_from_a_banner() -> None:
    frame = map_layout(Paper.A3, True).map_frame
    extent = ground_extent(CENTRE, frame.w, frame.h, 10_000)
    banner = Rect(frame.x + 5.0, frame.y + 2.0, 80.0, 8.0)
    grid = plan_ticks(frame, extent, 10_000, keep_out=[banner])
    assert [t.value for t in grid.labelled("top")] == [150_000, 150_500, 151_000]
    assert not any(overlaps(b, banner) for b in grid.label_boxes())


def test_a_tick_on_the_frame_edge_is_left_out() -> None:
    frame = Rect(0.0, 0.0, 100.0, 100.0)
    grid = plan_ticks(frame, (1_000.0, 2_000.0, 2_000.0, 3_000.0), 10_000)
    assert 1_000 not in [t.value for t in grid.ticks if t.edge == "top"]
    assert 2_000 not in [t.value for t in grid.ticks if t.edge == "top"]


def test_logo_files_are_recognised_by_their_first_bytes(tmp_path: Path) -> None:
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    jpeg = tmp_path / "b.JPG"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 20)
    svg = tmp_path / "c.svg"
    svg.write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert [logo_kind(p) for p in (png, jpeg, svg)] == ["png", "jpeg", "svg"]


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("missing.png", None, "does not exist"),
        ("logo.gif", b"GIF89a", "is not an image the printout can use"),
        ("notes.png", b"just some text", "is not a PNG, JPEG or SVG image"),
    ],
)
def test_a_wrong_logo_file_is_one_clear_sentence(
    tmp_path: Path, name: str, content: bytes | None, why: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UnreadableLogo) as caught:
        logo_kind(path)
    message = str(caught.value)
    assert why in message and str(path) in message
    assert message.endswith("or print without a logo.") and "\n" not in message


def test_a_directory_is_not_a_logo(tmp_path: Path) -> None:
    with pytest.raises(UnreadableLogo):
        logo_kind(tmp_path)


def test_logo_fits_its_box_keeping_its_proportions() -> None:
    box = logo_box(100.0, 20.0, 120.0)
    assert box == Rect(100.0, 20.0, LOGO_MAX_W_MM, LOGO_BOX_H_MM)
    wide = fit_logo(box, 900.0, 300.0)  # 3:1 is limited by the width
    assert wide.w == pytest.approx(LOGO_MAX_W_MM) and wide.w / wide.h == pytest.approx(3.0)
    assert wide.y == pytest.approx(20.0 + (LOGO_BOX_H_MM - wide.h) / 2)
    tall = fit_logo(box, 120.0, 160.0)
    assert tall.h == pytest.approx(LOGO_BOX_H_MM) and tall.x == 100.0
    assert tall.w / tall.h == pytest.approx(0.75)
    assert logo_box(0.0, 0.0, 20.0).w == LOGO_BOX_H_MM  # never narrower than the placeholder
    with pytest.raises(ValueError):
        fit_logo(box, 0.0, 10.0)
