"""Map scale: ground extent for a scale, fitting scales, scale bars and scale text.

At a scale 1:N one millimetre on paper is N millimetres on the ground, so a
frame ``w`` mm wide covers ``w * N / 1000`` metres. Map units are metres in a
projected CRS (the project CRS); the extent is centred on the map centre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.language import format_number

Extent = tuple[float, float, float, float]  # minx, miny, maxx, maxy in metres

MIN_SCALE = 500
MAX_SCALE = 500_000

# The scales planners ask for; offered in the print dialog and used when fitting:
# from a building-permit detail (1:500) to a whole municipality on one sheet
# (Kalix, about 60 x 70 km, holds on A3 at 1:300 000).
NICE_SCALES: tuple[int, ...] = (
    500,
    1_000,
    2_000,
    2_500,
    5_000,
    7_500,
    10_000,
    15_000,
    20_000,
    25_000,
    50_000,
    75_000,
    100_000,
    150_000,
    200_000,
    250_000,
    300_000,
    400_000,
    500_000,
)


def check_scale(scale: float) -> int:
    """A scale denominator within 1:500 - 1:500 000.

    Raises:
        ValidationError: outside the range or not a number.
    """
    if not math.isfinite(scale) or not MIN_SCALE <= scale <= MAX_SCALE:
        scale_sv = f"{scale:g}".replace(".", ",")
        raise ValidationError(
            "scale",
            f"Scale 1:{scale:g} is outside 1:{format_int(MIN_SCALE)} - 1:{format_int(MAX_SCALE)}; "
            "choose a scale in that range.",
            sv=f"Skalan 1:{scale_sv} ligger utanför "
            f"1:{format_int(MIN_SCALE)} - 1:{format_int(MAX_SCALE)}; välj en skala inom det "
            "intervallet.",
        )
    return round(scale)


def format_int(value: float) -> str:
    """An integer with a space as thousands separator, Swedish style: '10 000'.

    A plain space (not a no-break space) so that text extracted from the PDF
    reads the same as what people type when they search it.
    """
    return format_number(round(value), 0, "sv")


def format_scale(scale: float) -> str:
    """'1:10 000'."""
    return f"1:{format_int(scale)}"


def ground_extent(
    centre: tuple[float, float], frame_w_mm: float, frame_h_mm: float, scale: float
) -> Extent:
    """The ground rectangle a frame shows at ``scale`` around ``centre`` (metres)."""
    half_w = frame_w_mm * scale / 1000.0 / 2.0
    half_h = frame_h_mm * scale / 1000.0 / 2.0
    cx, cy = centre
    return cx - half_w, cy - half_h, cx + half_w, cy + half_h


# Overview maps (a prospectus cover) may need smaller scales than a printout offers.
OVERVIEW_SCALES: tuple[int, ...] = (*NICE_SCALES, 1_000_000)


def fitting_scale(
    extent: Extent,
    frame_w_mm: float,
    frame_h_mm: float,
    padding: float = 0.1,
    scales: tuple[int, ...] = NICE_SCALES,
) -> int:
    """The largest nice scale at which ``extent`` (plus ``padding`` on each side) fits.

    Extents needing more than the last of ``scales`` get that one; a point
    or tiny parcel gets the first (1:500).
    """
    minx, miny, maxx, maxy = extent
    need_w = max(maxx - minx, 0.0) * (1.0 + 2 * padding)
    need_h = max(maxy - miny, 0.0) * (1.0 + 2 * padding)
    exact = max(need_w / frame_w_mm, need_h / frame_h_mm) * 1000.0
    for nice in scales:
        if nice >= exact:
            return nice
    return scales[-1]


def extent_centre(extent: Extent) -> tuple[float, float]:
    """The centre of an extent."""
    minx, miny, maxx, maxy = extent
    return (minx + maxx) / 2.0, (miny + maxy) / 2.0


@dataclass(frozen=True)
class ScaleBar:
    """A scale bar: ``segments`` equal steps of ``step_m`` metres, ``step_mm`` each on paper.

    Attributes:
        step_m: ground length of one segment in metres.
        segments: how many segments.
        step_mm: paper length of one segment.
        unit: 'm' or 'km' for the labels.
        labels: the tick labels, '0', '250', '500' ...; the last carries the unit.
    """

    step_m: float
    segments: int
    step_mm: float
    unit: str
    labels: tuple[str, ...]

    @property
    def length_mm(self) -> float:
        """Total length on paper."""
        return self.step_mm * self.segments

    @property
    def text(self) -> str:
        """The labels in one line, e.g. '0 250 500 m'."""
        return " ".join(self.labels) + f" {self.unit}"


def nice_step(max_value: float) -> float:
    """The largest 1-2-2.5-5 x 10^n value not above ``max_value`` (> 0).

    2.5 is included because map readers expect bars such as '0 250 500 m'.
    """
    if max_value <= 0:
        raise ValueError("max_value must be positive")
    exp = math.floor(math.log10(max_value))
    best = 10.0**exp
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0**exp <= max_value * (1 + 1e-9):
            best = m * 10.0**exp
    return best


def scale_bar(scale: float, max_length_mm: float, segments: int = 2) -> ScaleBar:
    """A scale bar at most ``max_length_mm`` long with round steps in m or km."""
    max_ground_m = max_length_mm * scale / 1000.0
    step_m = nice_step(max_ground_m / segments)
    unit = "km" if step_m * segments >= 1000.0 else "m"
    div = 1000.0 if unit == "km" else 1.0
    labels = tuple(_number(i * step_m / div) for i in range(segments + 1))
    return ScaleBar(
        step_m=step_m,
        segments=segments,
        step_mm=step_m * 1000.0 / scale,
        unit=unit,
        labels=labels,
    )


def _number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return format_int(value)
    return f"{value:g}".replace(".", ",")
