"""What a screenshot of the window shows: parcels drawn on the map in their status colours."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kalixplan.domain.codes import PARCEL_STATUS_COLOURS, ParcelStatus

# resources/web/kalixmap.js draws a parcel that is neither selected nor hovered at this opacity.
PARCEL_FILL_OPACITY = 0.72
# A light map background under the fill: the page's grey, a land-use tint, a tile.
LIGHT = (140.0, 262.0)
# The statuses whose colour no grey of the window's frame can imitate.
CHROMATIC = (
    ParcelStatus.AVAILABLE,
    ParcelStatus.RESERVED,
    ParcelStatus.OPTION,
    ParcelStatus.PLANNING,
    ParcelStatus.UNAVAILABLE,
)


def drawn_parcel_pixels(png: Path, colour: str) -> int:
    """Pixels of ``png`` showing ``colour`` at the parcels' fill opacity over a light ground.

    A pixel c is counted when the ground g it implies, c = a·colour + (1 − a)·g, is light in
    every channel; the opaque swatches of the legend and the register imply a dark ground.
    """
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), f"{png} is not an image"
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    rgb = rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(float)
    status = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)
    ground = (rgb - PARCEL_FILL_OPACITY * status) / (1 - PARCEL_FILL_OPACITY)
    light = np.all((ground >= LIGHT[0]) & (ground <= LIGHT[1]), axis=2)
    return int(light.sum())


def assert_map_shows_parcels(png: Path) -> None:
    """The demo's map is drawn: available land over a few thousand pixels, and at least three
    statuses in their colours (the smoke hook zooms to one industrial area)."""
    assert png.is_file(), "the application saved no screenshot"
    counts = {s.value: drawn_parcel_pixels(png, PARCEL_STATUS_COLOURS[s]) for s in CHROMATIC}
    assert counts["available"] >= 2000, counts
    assert sum(1 for n in counts.values() if n >= 300) >= 3, counts
