"""Zoom arithmetic of the print preview: how many screen pixels a millimetre of the sheet takes.

Plain numbers, no Qt, so the rules can be tested on their own. "True size" (100 %) uses
the screen's physical resolution: a millimetre of paper is a millimetre on the screen.
Sizes called *logical* are Qt's device-independent pixels; the preview image has
logical size × device pixel ratio pixels, so it is sharp on high-DPI screens too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

# What zoom in/out step through, as factors of the true size.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PAGE_MARGIN_PX = 4  # grey desk around the sheet, room for its shadow
# One preview image at most (4 bytes a pixel: 160 MB). A3 at 400 % on a 96 dpi screen is
# 29 million; on a high-DPI screen beyond this the image is drawn somewhat scaled up.
MAX_IMAGE_PIXELS = 40_000_000

Size = tuple[float, float]


class Fit(Enum):
    """Zoom modes that follow the size of the view."""

    PAGE = "page"
    WIDTH = "width"


@dataclass(frozen=True)
class Zoom:
    """How the sheet is shown: fitted to the view, or ``factor`` × its true size."""

    fit: Fit | None = Fit.PAGE
    factor: float = 1.0


@dataclass(frozen=True)
class RenderTarget:
    """The image a sheet is painted into: its size in device pixels and its resolution."""

    width: int
    height: int
    dpi: float


def logical_px_per_mm(
    zoom: Zoom, page_mm: Size, viewport: Size, true_px_per_mm: float, scrollbar_px: float
) -> float:
    """Logical pixels per millimetre of the sheet at ``zoom``.

    Args:
        zoom: the zoom mode or factor.
        page_mm: width and height of the sheet.
        viewport: the view's size without scroll bars (logical px).
        true_px_per_mm: logical pixels per millimetre of the screen (100 %).
        scrollbar_px: the width of a vertical scroll bar; "Fit width" leaves room for one
            when the sheet is taller than the view, so it never shows up and hides again.
    """
    w_mm, h_mm = page_mm
    vw, vh = viewport
    room_w, room_h = vw - 2 * PAGE_MARGIN_PX, vh - 2 * PAGE_MARGIN_PX
    if zoom.fit is Fit.PAGE:
        k = min(room_w / w_mm, room_h / h_mm)
    elif zoom.fit is Fit.WIDTH:
        k = room_w / w_mm
        if h_mm * k > room_h:
            k = (room_w - scrollbar_px) / w_mm
    else:
        k = zoom.factor * true_px_per_mm
    return max(k, 0.05)


def page_px(page_mm: Size, px_per_mm: float) -> tuple[int, int]:
    """The sheet's size in whole pixels at ``px_per_mm``."""
    return max(1, round(page_mm[0] * px_per_mm)), max(1, round(page_mm[1] * px_per_mm))


def zoom_step(factor: float, up: bool) -> float:
    """The next zoom step above (or below) ``factor``; stays within the steps."""
    if up:
        return next((s for s in ZOOM_STEPS if s > factor * 1.01), ZOOM_STEPS[-1])
    return next((s for s in reversed(ZOOM_STEPS) if s < factor / 1.01), ZOOM_STEPS[0])


def clamp_zoom(factor: float) -> float:
    """``factor`` kept within the smallest and largest zoom step."""
    return min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])


def render_target(
    page_mm: Size, logical: tuple[int, int], device_pixel_ratio: float
) -> RenderTarget:
    """The image that covers a sheet shown ``logical`` pixels large, pixel for pixel.

    Beyond ``MAX_IMAGE_PIXELS`` the image is made smaller and drawn scaled up.
    """
    width, height = (max(1, round(n * device_pixel_ratio)) for n in logical)
    if width * height > MAX_IMAGE_PIXELS:
        shrink = math.sqrt(MAX_IMAGE_PIXELS / (width * height))
        width, height = max(1, int(width * shrink)), max(1, int(height * shrink))
    return RenderTarget(width, height, width / page_mm[0] * 25.4)
