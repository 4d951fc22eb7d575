"""What a user asks a map printout to be: paper, scale, place, texts, layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kalixplan.domain.language import Lang
from kalixplan.printing.paper import Paper, map_layout
from kalixplan.printing.scale import Extent, check_scale, extent_centre, fitting_scale


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

    def resolved_scale(self) -> int:
        """The scale to print at: the one asked for, or one that fits ``area``."""
        if self.scale is not None:
            return check_scale(self.scale)
        frame = map_layout(self.paper, self.landscape).map_frame
        return fitting_scale(self.area, frame.w, frame.h)

    @property
    def centre(self) -> tuple[float, float]:
        """The map centre."""
        return extent_centre(self.area)
