"""Rules that keep a map readable from 1:500 to 1:500 000 without changing what it says.

Three rules, all measured on paper so they hold at every scale:

- **Simplification**: geometries lose the vertices that lie closer than
  ``SIMPLIFY_MM`` (0.05 mm on paper, ``0.05 * N / 1000`` m on the ground at 1:N)
  to the line through their neighbours. That is a third of the thinnest printed
  line (land-use outlines, 0.15 mm) and under one dot of a 600 dpi printer, so a
  reader sees the same sheet; the PDF gets smaller and paints faster. Each
  polygon keeps its topology (``preserve_topology=True``: no self-crossing, no
  collapsed ring) and a geometry that would come out empty or invalid keeps its
  original outline, so no parcel is ever lost. Neighbouring parcels are
  simplified one by one, so a shared edge may move by up to the tolerance on
  either side: 0.05 mm, far under their 0.1-0.3 mm outlines.
- **Least parcel size**: a parcel smaller than ``MIN_PARCEL_MM`` across on paper is
  drawn as a square mark of that size in its status colours, centred on the parcel,
  so a municipality overview shows every parcel (at 1:300 000 a 1 ha parcel is
  0.3 mm across and would be a speck of outline).
- **Labels only where they fit**: a parcel's number is printed when the parcel is at
  least ``PARCEL_LABEL_MM`` across on paper, a land-use code when the area is at least
  ``LAND_USE_LABEL_MM``; larger features are labelled first and a label that would
  overlap one already placed is left out. At 1:250 000 a parcel needs 2.25 km to be
  labelled, so an overview carries no heap of designations, only colours. A property
  map's plot is named (``PLOT_NAME_PT``, grey) only where its designation fits inside it
  with a millimetre to spare, after every other label: 100 m plots from about 1:3 000.

Line widths: beyond ``SMALL_SCALE`` parcel outlines thin to ``SMALL_SCALE_OUTLINE_MM``
so the status colour, not the outline, fills a small parcel, and plan boundaries
to ``SMALL_SCALE_PLAN_MM`` so a plan a few hundred metres across does not become a
violet blot around its parcels.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from kalixplan.printing.paper import Rect

SIMPLIFY_MM = 0.05
MIN_PARCEL_MM = 0.8
PARCEL_LABEL_MM = 9.0
LAND_USE_LABEL_MM = 12.0
PLOT_NAME_PT = 5.5
PLOT_NAME_MIN_MM = 12.0  # no plot narrower than this on paper can hold a designation
SMALL_SCALE = 50_000
SMALL_SCALE_OUTLINE_MM = 0.1
SMALL_SCALE_PLAN_MM = 0.2


def simplify_tolerance_m(scale: float) -> float:
    """The ground distance (m) of ``SIMPLIFY_MM`` on paper at 1:``scale``."""
    return SIMPLIFY_MM * scale / 1000.0


def simplify_geometries(geoms: Sequence[BaseGeometry], scale: float) -> list[BaseGeometry]:
    """Each geometry simplified for printing at 1:``scale``, in the same order.

    A geometry that simplification would make empty or invalid keeps its original
    outline: nothing printed is ever dropped.
    """
    if not geoms:
        return []
    original = np.asarray(geoms, dtype=object)
    simple = shapely.simplify(original, simplify_tolerance_m(scale), preserve_topology=True)
    keep = shapely.is_empty(simple) | ~shapely.is_valid(simple)
    # A valid input that comes out invalid is rare (a ring pinched by its neighbour);
    # an invalid input stays as it came, as it would be drawn unsimplified.
    keep |= ~shapely.is_valid(original)
    return list(np.where(keep, original, simple))


def outline_width_mm(width_mm: float, scale: float, thin: float = SMALL_SCALE_OUTLINE_MM) -> float:
    """An outline's width at 1:``scale``: at most ``thin`` beyond ``SMALL_SCALE``."""
    return min(width_mm, thin) if scale > SMALL_SCALE else width_mm


def paper_sides(geoms: Sequence[BaseGeometry] | np.ndarray, scale: float) -> np.ndarray:
    """The width and height on paper (mm, one row each) of many geometries at 1:``scale``:
    what the rules here compare (marks, labels, simplification, faint outlines)."""
    b = shapely.bounds(np.asarray(geoms, dtype=object))
    return np.stack([b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]]) * (1000.0 / scale)


def needs_mark(bounds: tuple[float, float, float, float], scale: float) -> bool:
    """Whether a parcel with these ground bounds is too small to be seen as drawn."""
    minx, miny, maxx, maxy = bounds
    return max(maxx - minx, maxy - miny) * 1000.0 / scale < MIN_PARCEL_MM


class LabelSpace:
    """Where labels already stand on a sheet; a new label goes only where it is free.

    Boxes are kept in 10 mm buckets, so placing thousands of labels stays quick.
    """

    CELL_MM = 10.0

    def __init__(self, pad_mm: float = 0.5) -> None:
        self.pad = pad_mm
        self._cells: dict[tuple[int, int], list[Rect]] = {}

    def _keys(self, box: Rect) -> list[tuple[int, int]]:
        c = self.CELL_MM
        xs = range(int((box.x - self.pad) // c), int((box.right + self.pad) // c) + 1)
        ys = range(int((box.y - self.pad) // c), int((box.bottom + self.pad) // c) + 1)
        return [(x, y) for x in xs for y in ys]

    def take(self, box: Rect) -> bool:
        """Claim ``box`` if it overlaps no label placed before; True when claimed."""
        keys = self._keys(box)
        for key in keys:
            for other in self._cells.get(key, ()):
                if (
                    box.x < other.right + self.pad
                    and other.x - self.pad < box.right
                    and box.y < other.bottom + self.pad
                    and other.y - self.pad < box.bottom
                ):
                    return False
        for key in keys:
            self._cells.setdefault(key, []).append(box)
        return True
