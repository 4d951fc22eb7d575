"""Colours and symbols of printed maps, as hex strings (no Qt here).

Parcel colours are the interactive map's: green for sale, amber reserved,
blue under option, grey sold, violet being planned, dark red not available.
Land-use colours approximate the
conventions of Swedish plan maps (industry in violet, business in lilac,
technical facilities in grey-blue, transport in grey, port in blue, nature in
green); they are pale so parcels and boundaries read on top of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kalixplan.domain.codes import (
    PARCEL_STATUS_COLOURS,
    UNKNOWN_STATUS_COLOUR,
    ParcelStatus,
    land_use_parts,
)
from kalixplan.domain.palette import (
    LAND_USE_COLOURS,
    LAND_USE_OPACITY,
    REFERENCE_COLOURS,
    on_paper,
)


@dataclass(frozen=True)
class FillStyle:
    """A polygon style: fill colour, outline colour and width (mm)."""

    fill: str
    stroke: str
    width_mm: float = 0.25


# The fills of the interactive map (kalixplan.domain.codes.PARCEL_STATUS_COLOURS),
# so a printout reads like the screen; outlines are darker shades of the fill.
_OUTLINES: dict[ParcelStatus, str] = {
    ParcelStatus.AVAILABLE: "#00583f",
    ParcelStatus.RESERVED: "#7a5400",
    ParcelStatus.OPTION: "#003d60",
    ParcelStatus.SOLD: "#404040",
    ParcelStatus.PLANNING: "#5a2f5e",
    ParcelStatus.UNAVAILABLE: "#551516",
}
PARCEL_STYLES: dict[str, FillStyle] = {
    status.value: FillStyle(fill, _OUTLINES[status], 0.3)
    for status, fill in PARCEL_STATUS_COLOURS.items()
}
UNKNOWN_PARCEL_STYLE = FillStyle(UNKNOWN_STATUS_COLOUR, "#222222", 0.3)

# The parcel a prospectus sheet is about: a strong outline over its status fill.
HIGHLIGHT_STROKE = "#ff0090"
HIGHLIGHT_WIDTH_MM = 1.2

# The page's land-use colours as they look on screen over white: paper prints them opaque.
LAND_USE_FILLS: dict[str, str] = {
    code: on_paper(colour, LAND_USE_OPACITY) for code, colour in LAND_USE_COLOURS.items()
}
LAND_USE_STROKE = "#8e7aa8"
DEFAULT_LAND_USE_FILL = "#eeeeee"

PLAN_WIDTH_MM = 0.5


@dataclass(frozen=True)
class ReferenceStyle:
    """How a reference layer kind is drawn: 'line', 'point' or 'area'."""

    shape: str
    stroke: str
    width_mm: float
    fill: str | None = None
    dashed: bool = False


# Shapes and widths for paper; the colours are the palette's (the screen's).
_SHAPES: dict[str, tuple[str, float, bool]] = {
    "road": ("line", 0.9, False),
    "railway": ("line", 0.7, True),
    "port": ("point", 0.4, False),
    "substation": ("point", 0.4, False),
    "boundary": ("line", 0.6, True),
    "flood_zone": ("area", 0.3, False),
    "protected_nature": ("area", 0.3, False),
    "contaminated_land": ("area", 0.3, False),
    "property": ("line", 0.1, False),  # plots of 100 m: hairlines, under everything else
    "other": ("line", 0.4, False),
}
REFERENCE_STYLES: dict[str, ReferenceStyle] = {
    kind: ReferenceStyle(
        shape, REFERENCE_COLOURS[kind][0], width, REFERENCE_COLOURS[kind][1], dashed
    )
    for kind, (shape, width, dashed) in _SHAPES.items()
}

# Drawing order of reference kinds: areas first, then lines, then points.
REFERENCE_ORDER: tuple[str, ...] = (
    "flood_zone",
    "protected_nature",
    "contaminated_land",
    "property",
    "boundary",
    "other",
    "road",
    "railway",
    "port",
    "substation",
)

# Line kinds drawn under the plans and parcels, not over them: a property map's lines would
# otherwise cross out every parcel on the sheet.
REFERENCE_UNDER_PARCELS: frozenset[str] = frozenset({"property"})
# Area kinds whose features are named inside themselves where the name fits (plots).
REFERENCE_NAMED_INSIDE: frozenset[str] = frozenset({"property"})

# The outlines of a line kind whose features are on average (median) under this size on
# paper are drawn faint (FAINT_OUTLINE_OPACITY): a property map's 100 m plots at
# 1:300 000 are 0.3 mm apart, and at full strength they would print as solid grey.
FAINT_OUTLINE_BELOW_MM = 2.0
FAINT_OUTLINE_OPACITY = 0.3

# Reference areas are drawn see-through so the land under them still shows.
REFERENCE_AREA_OPACITY = 0.45

NORTH_ARROW_COLOUR = "#000000"


def parcel_style(status: str) -> FillStyle:
    """The style of a parcel with a status (grey for an unknown status)."""
    return PARCEL_STYLES.get(status, UNKNOWN_PARCEL_STYLE)


def land_use_fill(code: str) -> str:
    """The fill of a land-use area with a Boverket code."""
    if code in LAND_USE_FILLS:
        return LAND_USE_FILLS[code]
    parts = land_use_parts(code)  # a combination or variant takes its first use's colour
    return LAND_USE_FILLS.get(parts[0], DEFAULT_LAND_USE_FILL) if parts else DEFAULT_LAND_USE_FILL


def reference_style(kind: str) -> ReferenceStyle:
    """The style of a reference layer kind."""
    return REFERENCE_STYLES.get(kind, REFERENCE_STYLES["other"])


def reference_look(kind: str) -> tuple[ReferenceStyle, float]:
    """A kind's style and the opacity its areas are filled at (for the QGIS and SLD styles:
    at least 0.3, so a zone is seen over the map)."""
    _stroke, _fill, opacity = REFERENCE_COLOURS.get(kind, REFERENCE_COLOURS["other"])
    return reference_style(kind), max(opacity, 0.3)
