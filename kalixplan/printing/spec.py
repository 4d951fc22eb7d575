"""What a user asks a map printout to be: paper, scale, place, texts, layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kalixplan.domain.language import Lang
from kalixplan.printing.labels import text
from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.scale import (
    NICE_SCALES,
    Extent,
    check_scale,
    extent_centre,
    fitting_scale,
)

# Room around what is fitted, as a share of its size on each side.
FIT_PADDING = 0.1
# A whole municipality fills its sheet: room for the tick labels along the frame only.
MUNICIPALITY_PADDING = 0.03


@dataclass(frozen=True)
class LayerChoice:
    """Which layers a printout draws; ``reference`` None means every reference layer."""

    parcels: bool = True
    plans: bool = True
    land_use: bool = True
    reference: frozenset[str] | None = None


@dataclass(frozen=True)
class MapSpec:
    """A map sheet request.

    Attributes:
        paper, landscape: the sheet.
        scale: the scale denominator; None fits ``area`` at a nice scale.
        area: the ground area to show (its centre is the map centre).
        epsg: print CRS; None is the project CRS.
        title, subtitle, author: texts on the sheet.
        lang: 'sv' or 'en'.
        layers: which layers to draw.
        basemap: draw cached basemap tiles under the vectors when there are some.
        overview: draw the overview map.
        parcel_table: add a table of the parcels shown.
        highlight_ids: parcels drawn with a strong outline.
        grid: coordinate ticks (round values of the print CRS) along the frame.
        logo: a PNG, JPEG or SVG file drawn in the logo box; None keeps the placeholder.
        simplify: simplify geometries to well under a printed line width at the scale
            (``kalixplan.printing.generalise``); off only to compare.
        fit_padding: room around ``area`` when the scale is fitted.
    """

    area: Extent
    paper: Paper = Paper.A3
    landscape: bool = True
    scale: int | None = None
    epsg: int | None = None
    title: str = ""
    subtitle: str = ""
    author: str = ""
    lang: Lang = "sv"
    layers: LayerChoice = field(default_factory=LayerChoice)
    basemap: bool = False
    overview: bool = True
    parcel_table: bool = False
    highlight_ids: frozenset[int] = frozenset()
    grid: bool = True
    logo: Path | None = None
    simplify: bool = True
    fit_padding: float = FIT_PADDING

    def resolved_scale(self) -> int:
        """The scale to print at: the one asked for, or one that fits ``area``."""
        if self.scale is not None:
            return check_scale(self.scale)
        frame = map_layout(self.paper, self.landscape).map_frame
        return fitting_scale(self.area, frame.w, frame.h, padding=self.fit_padding)

    @property
    def centre(self) -> tuple[float, float]:
        """The map centre."""
        return extent_centre(self.area)


def best_orientation(area: Extent, paper: Paper, padding: float = MUNICIPALITY_PADDING) -> bool:
    """True (landscape) when ``area`` fits ``paper`` at a larger or equal scale in landscape.

    Ties go to landscape, which leaves the panel beside a map that is as tall as the sheet.
    """
    scales = {}
    for landscape in (True, False):
        frame = map_layout(paper, landscape).map_frame
        scales[landscape] = fitting_scale(area, frame.w, frame.h, padding, NICE_SCALES)
    return scales[True] <= scales[False]


def municipality_spec(
    area: Extent,
    paper: Paper = Paper.A3,
    lang: Lang = "sv",
    *,
    landscape: bool | None = None,
    scale: int | None = None,
    title: str = "",
) -> MapSpec:
    """A sheet of the whole municipality: ``area`` (``municipality_extent``) on ``paper``.

    The orientation, unless given, is the one that holds the area at the larger scale;
    the scale, unless given, is the largest nice scale that holds it with a narrow
    margin (1:300 000 for Kalix on A3). Every parcel shows in its status colour, with
    the legend, scale bar and north arrow; the overview inset is left out, since the
    sheet is the overview.
    """
    if landscape is None:
        landscape = best_orientation(area, paper)
    return MapSpec(
        area=area,
        paper=paper,
        landscape=landscape,
        scale=scale,
        title=title or text("municipality_title", lang),
        lang=lang,
        overview=False,
        fit_padding=MUNICIPALITY_PADDING,
    )
