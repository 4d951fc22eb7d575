"""Paper sizes and page layouts in millimetres.

Everything here is pure arithmetic on rectangles in mm, with the origin at the
top-left corner of the page and y pointing down (as on paper and in QPainter),
so the renderer only has to scale mm to device units.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kalixplan.domain.errors import ValidationError


class Paper(StrEnum):
    """ISO 216 sheets the application prints on."""

    A4 = "A4"
    A3 = "A3"


# Portrait width and height in mm (ISO 216).
PAPER_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.A3: (297.0, 420.0),
}


@dataclass(frozen=True)
class Rect:
    """A rectangle on paper in mm: left, top, width, height (y down)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y of the bottom edge."""
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        """The centre point."""
        return self.x + self.w / 2.0, self.y + self.h / 2.0

    def inset(self, d: float) -> Rect:
        """The rectangle shrunk by ``d`` mm on every side."""
        return Rect(self.x + d, self.y + d, max(self.w - 2 * d, 0.0), max(self.h - 2 * d, 0.0))

    def take_top(self, h: float, gap: float = 0.0) -> tuple[Rect, Rect]:
        """Split off a band of height ``h`` at the top; returns (band, rest)."""
        h = min(h, self.h)
        rest_h = max(self.h - h - gap, 0.0)
        return Rect(self.x, self.y, self.w, h), Rect(self.x, self.y + h + gap, self.w, rest_h)

    def take_bottom(self, h: float, gap: float = 0.0) -> tuple[Rect, Rect]:
        """Split off a band of height ``h`` at the bottom; returns (band, rest)."""
        h = min(h, self.h)
        rest_h = max(self.h - h - gap, 0.0)
        return Rect(self.x, self.bottom - h, self.w, h), Rect(self.x, self.y, self.w, rest_h)

    def take_right(self, w: float, gap: float = 0.0) -> tuple[Rect, Rect]:
        """Split off a column of width ``w`` at the right; returns (column, rest)."""
        w = min(w, self.w)
        rest_w = max(self.w - w - gap, 0.0)
        return Rect(self.right - w, self.y, w, self.h), Rect(self.x, self.y, rest_w, self.h)


def parse_paper(value: str) -> Paper:
    """A ``Paper`` from 'A4'/'a3'.

    Raises:
        ValidationError: not a supported sheet.
    """
    try:
        return Paper(value.strip().upper())
    except ValueError:
        raise ValidationError(
            "paper",
            f"Paper '{value}' is not supported; use A4 or A3.",
            sv=f"Pappersformatet '{value}' stöds inte; använd A4 eller A3.",
        ) from None


def page_size_mm(paper: Paper, landscape: bool) -> tuple[float, float]:
    """Width and height of the sheet in mm in the given orientation."""
    w, h = PAPER_MM[paper]
    return (h, w) if landscape else (w, h)


@dataclass(frozen=True)
class MapLayout:
    """Where the parts of a map sheet go, in mm on the page.

    Attributes:
        page: the whole sheet.
        map_frame: the true-scale map.
        panel: the side (landscape) or bottom (portrait) column with the title,
            legend, scale bar, north arrow, overview and credits.
    """

    page: Rect
    map_frame: Rect
    panel: Rect


MARGIN_MM = 10.0
GAP_MM = 5.0


def map_layout(paper: Paper, landscape: bool, margin_mm: float = MARGIN_MM) -> MapLayout:
    """The layout of a map sheet: map frame plus an information panel.

    In landscape the panel is a column at the right; in portrait it is a band
    at the bottom. Panel sizes grow a little with the sheet so that text
    stays readable at arm's length on A3.
    """
    w, h = page_size_mm(paper, landscape)
    page = Rect(0.0, 0.0, w, h)
    inner = page.inset(margin_mm)
    big = paper is Paper.A3
    if landscape:
        panel, frame = inner.take_right(100.0 if big else 78.0, GAP_MM)
    else:
        panel, frame = inner.take_bottom(120.0 if big else 92.0, GAP_MM)
    return MapLayout(page=page, map_frame=frame, panel=panel)
