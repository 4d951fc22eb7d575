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

LAND_USE_FILLS: dict[str, str] = {
    "B": "#fff3a0",
    "C": "#f4c9a0",
    "D": "#f6d0d8",
    "E": "#cdd8e6",
    "G": "#e2d6c6",
    "H": "#f3d2b0",
    "J": "#dccbea",
    "K": "#efd9c0",
    "L": "#e4efc7",
    "N": "#d6ebc9",
    "O": "#f1dcdc",
    "R": "#eedcf0",
    "S": "#f8e3c4",
    "T": "#dedede",
    "U": "#f0d5d0",
    "V": "#cfe3f5",
    "Z": "#e9dff2",
    "GATA": "#ececec",
    "VÄG": "#e6e6e6",
    "GCVÄG": "#f0f0f0",
    "PARK": "#cfe8c3",
    "NATUR": "#d9edcf",
    "SKYDD": "#e6eed9",
}
LAND_USE_STROKE = "#8e7aa8"
DEFAULT_LAND_USE_FILL = "#eeeeee"

PLAN_STROKE = "#1a237e"
PLAN_WIDTH_MM = 0.5


@dataclass(frozen=True)
class ReferenceStyle:
    """How a reference layer kind is drawn: 'line', 'point' or 'area'."""

    shape: str
    stroke: str
    width_mm: float
    fill: str | None = None
    dashed: bool = False


REFERENCE_STYLES: dict[str, ReferenceStyle] = {
    "road": ReferenceStyle("line", "#c62828", 0.9),
    "railway": ReferenceStyle("line", "#212121", 0.7, dashed=True),
    "port": ReferenceStyle("point", "#0d47a1", 0.4, fill="#1976d2"),
    "substation": ReferenceStyle("point", "#6a1b9a", 0.4, fill="#fdd835"),
    "boundary": ReferenceStyle("line", "#5d4037", 0.6, dashed=True),
    "flood_zone": ReferenceStyle("area", "#1565c0", 0.3, fill="#90caf9"),
    "protected_nature": ReferenceStyle("area", "#2e7d32", 0.3, fill="#a5d6a7"),
    "contaminated_land": ReferenceStyle("area", "#6d4c41", 0.3, fill="#bcaaa4"),
    "other": ReferenceStyle("line", "#616161", 0.4),
}

# Drawing order of reference kinds: areas first, then lines, then points.
REFERENCE_ORDER: tuple[str, ...] = (
    "flood_zone",
    "protected_nature",
    "contaminated_land",
    "boundary",
    "other",
    "road",
    "railway",
    "port",
    "substation",
)

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
