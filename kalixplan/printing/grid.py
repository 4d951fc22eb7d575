"""Coordinate ticks along the map frame: round values of the print CRS, labelled in metres.

A sheet drawn in a projected grid (SWEREF 99 TM or a local SWEREF 99 zone) has
the grid's axes parallel to its frame, so a round easting meets the top and
bottom edges at one x on paper and a round northing meets the left and right
edges at one y. Each meeting gets a short mark from the edge inwards and a
label such as 'E 150 000' or 'N 7 302 000'.

The labels sit inside the frame, next to their marks: the frame already
reaches the paper margins (and the panel beside it), so anything outside it
would run into the margin or the legend. Eastings stand upright along the top
and bottom; northings are turned to read upwards along the left and right,
so every label lies along its own edge and none reaches far into the map.

Everything is in mm on the page (y down), like ``paper.py``; the renderer
passes its own text measure, so the boxes planned here are the boxes drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from kalixplan.domain.language import format_number
from kalixplan.printing.paper import Rect
from kalixplan.printing.scale import Extent

# Round intervals in metres, smallest first; the first that fits is used. 20 m gives an
# A3 frame at 1:500 (150 m across) about six labels, 20 km one at 1:500 000 (150 km).
TICK_INTERVALS_M: tuple[int, ...] = (
    10,
    20,
    50,
    100,
    200,
    500,
    1_000,
    2_000,
    5_000,
    10_000,
    20_000,
    50_000,
    100_000,
)
MAX_LABELS_PER_EDGE = 8
TICK_MM = 3.0  # a mark's length, from the edge inwards
TICK_WIDTH_MM = 0.3
LABEL_GAP_MM = 0.5  # between a mark's inner end and its label
LABEL_PT = 6.5
LABEL_SPACE_MM = 5.0  # the least clear space between two labels along an edge
KEEP_OUT_PAD_MM = 1.0  # labels keep this far from other things on the sheet

# Swedish number style: a thin no-break space between thousands (Språkrådet's
# recommendation), a no-break space after the axis letter, so a label never
# breaks and reads '7 302 000'.
THIN_NBSP = "\u202f"
NBSP = "\u00a0"

Edge = Literal["top", "bottom", "left", "right"]
Axis = Literal["E", "N"]
# (width, height) in mm of a label written on one line, upright.
LabelSize = Callable[[str], tuple[float, float]]


def format_coordinate(value: float, axis: Axis) -> str:
    """'N 7 302 000' / 'E 150 000': the axis letter and whole metres, Swedish style."""
    digits = format_number(round(value), 0, "sv", group=THIN_NBSP).replace("-", "\u2212")
    return f"{axis}{NBSP}{digits}"


def approximate_label_size(label: str, pt: float = LABEL_PT) -> tuple[float, float]:
    """A label's size from average glyph widths (DejaVu Sans); for planning without a painter."""
    em = pt * 25.4 / 72.0
    narrow = sum(1 for c in label if c in (THIN_NBSP, NBSP, " "))
    return (len(label) - narrow) * 0.64 * em + narrow * 0.3 * em + 0.8, 1.17 * em


@dataclass(frozen=True)
class Tick:
    """One mark on the frame and its label.

    Attributes:
        edge: the frame edge the mark stands on.
        value: the coordinate in metres (an easting on top/bottom, a northing left/right).
        start, end: the mark on paper (mm), from the edge inwards.
        label: the text, e.g. 'E 150 000'.
        box: where the label goes on paper (for left/right edges the box of the
            turned text: narrow and tall); None when the label is left out
            because it would come too close to a corner or to something else.
    """

    edge: Edge
    value: float
    start: tuple[float, float]
    end: tuple[float, float]
    label: str
    box: Rect | None

    @property
    def upwards(self) -> bool:
        """The label is turned to read upwards (northings on the left and right edges)."""
        return self.edge in ("left", "right")


@dataclass(frozen=True)
class GridTicks:
    """The ticks of one frame at one interval."""

    interval_m: int
    ticks: tuple[Tick, ...]

    def labelled(self, edge: Edge | None = None) -> list[Tick]:
        """The ticks with a label, on one edge or on all."""
        return [t for t in self.ticks if t.box is not None and edge in (None, t.edge)]

    def label_boxes(self) -> list[Rect]:
        """Every label box on the sheet."""
        return [t.box for t in self.ticks if t.box is not None]


def overlaps(a: Rect, b: Rect, pad: float = 0.0) -> bool:
    """Whether two rectangles overlap (touching is not overlapping), ``b`` grown by ``pad``."""
    return (
        a.x < b.right + pad
        and b.x - pad < a.right
        and a.y < b.bottom + pad
        and b.y - pad < a.bottom
    )


def label_band_mm(label_h: float) -> float:
    """How far the marks and labels reach into the frame from its edges."""
    return TICK_MM + LABEL_GAP_MM + label_h


def plan_ticks(
    frame: Rect,
    extent: Extent,
    scale: float,
    label_size: LabelSize = approximate_label_size,
    keep_out: Iterable[Rect] = (),
    intervals: tuple[int, ...] = TICK_INTERVALS_M,
) -> GridTicks:
    """The ticks of a frame showing ``extent`` at ``scale``, at the first interval that fits.

    An interval fits when no edge gets more than ``MAX_LABELS_PER_EDGE`` labels
    and neighbouring labels keep ``LABEL_SPACE_MM`` apart. The smallest fitting
    interval gives the most labels, usually 3-8 an edge; a small frame at a
    large scale can get fewer even at 100 m.

    Args:
        frame: the map frame on paper.
        extent: the ground rectangle the frame shows (print CRS metres).
        scale: the scale denominator.
        label_size: (width, height) in mm of a label written upright on one line.
        keep_out: boxes on the sheet that labels must not touch (a banner in the frame).
        intervals: candidate intervals in metres, smallest first.
    """
    blocked = tuple(keep_out)
    plan: GridTicks | None = None
    shorter = min(extent[2] - extent[0], extent[3] - extent[1])
    for interval in intervals:
        # Far more marks than an edge may label on both axes cannot fit (a keep-out box
        # takes a few labels, never three in four): skip without laying them out, so a
        # 1:500 000 sheet does not place 10 m marks over 200 km first.
        crowded = shorter / interval > 4 * MAX_LABELS_PER_EDGE + 4
        if crowded and interval != intervals[-1]:
            continue
        plan = _ticks_at(interval, frame, extent, scale, label_size, blocked)
        if _fits(plan):
            return plan
    assert plan is not None, "at least one interval"
    return plan


def _fits(plan: GridTicks) -> bool:
    edges: tuple[Edge, ...] = ("top", "bottom", "left", "right")
    for edge in edges:
        ticks = plan.labelled(edge)
        if len(ticks) > MAX_LABELS_PER_EDGE:
            return False
        # Along the edge: x for top/bottom, y for left/right (boxes are in edge order).
        spans = sorted(
            (t.box.x, t.box.right) if not t.upwards else (t.box.y, t.box.bottom)
            for t in ticks
            if t.box is not None
        )
        # Clear space of at least half a label between neighbours: the labels
        # read as a calm row rather than a band of numbers.
        if any(b[0] - a[1] < max(LABEL_SPACE_MM, (a[1] - a[0]) / 2) for a, b in pairwise(spans)):
            return False
    return True


def _multiples(lo: float, hi: float, interval: int) -> list[int]:
    first = math.ceil(lo / interval)
    last = math.floor(hi / interval)
    return [k * interval for k in range(first, last + 1)]


def _ticks_at(
    interval: int,
    frame: Rect,
    extent: Extent,
    scale: float,
    label_size: LabelSize,
    keep_out: tuple[Rect, ...],
) -> GridTicks:
    minx, miny, maxx, maxy = extent
    f = 1000.0 / scale
    inset = TICK_MM + LABEL_GAP_MM
    # Each edge's labels stay clear of the bands the two edges across its ends
    # take, so labels of different edges never meet in a corner.
    side_band = label_band_mm(label_size(format_coordinate(maxy, "N"))[1]) + 1.0
    end_band = label_band_mm(label_size(format_coordinate(maxx, "E"))[1]) + 1.0
    ticks: list[Tick] = []

    def keep(box: Rect, lo: float, hi: float, along_x: bool) -> Rect | None:
        first, last = (box.x, box.right) if along_x else (box.y, box.bottom)
        if first < lo - 1e-9 or last > hi + 1e-9:
            return None
        if any(overlaps(box, k, KEEP_OUT_PAD_MM) for k in keep_out):
            return None
        return box

    for value in _multiples(minx, maxx, interval):
        px = frame.x + (value - minx) * f
        if not frame.x + 0.01 < px < frame.right - 0.01:
            continue  # a mark on a corner marks nothing
        label = format_coordinate(value, "E")
        w, h = label_size(label)
        lo, hi = frame.x + side_band, frame.right - side_band
        top = Rect(px - w / 2.0, frame.y + inset, w, h)
        bottom = Rect(px - w / 2.0, frame.bottom - inset - h, w, h)
        ticks.append(
            Tick(
                "top", value, (px, frame.y), (px, frame.y + TICK_MM), label, keep(top, lo, hi, True)
            )
        )
        ticks.append(
            Tick(
                "bottom",
                value,
                (px, frame.bottom),
                (px, frame.bottom - TICK_MM),
                label,
                keep(bottom, lo, hi, True),
            )
        )
    for value in _multiples(miny, maxy, interval):
        py = frame.y + (maxy - value) * f
        if not frame.y + 0.01 < py < frame.bottom - 0.01:
            continue
        label = format_coordinate(value, "N")
        w, h = label_size(label)  # upright; turned, the box is h wide and w tall
        lo, hi = frame.y + end_band, frame.bottom - end_band
        left = Rect(frame.x + inset, py - w / 2.0, h, w)
        right = Rect(frame.right - inset - h, py - w / 2.0, h, w)
        ticks.append(
            Tick(
                "left",
                value,
                (frame.x, py),
                (frame.x + TICK_MM, py),
                label,
                keep(left, lo, hi, False),
            )
        )
        ticks.append(
            Tick(
                "right",
                value,
                (frame.right, py),
                (frame.right - TICK_MM, py),
                label,
                keep(right, lo, hi, False),
            )
        )
    return GridTicks(interval, tuple(ticks))
