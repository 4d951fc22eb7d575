"""One palette for the screen and for paper: the colours every map of KalixPlan draws with.

The interactive map (``kalixplan.maps.style`` → the web page) and the printouts
(``kalixplan.printing.styles`` → QPainter) take their colours from here, so a
parcel, a plan boundary, a land-use area or a road looks the same on both. What
differs is the medium: the page lays land-use and reference areas over a basemap
at a fill opacity, paper prints them opaque, so paper takes the colour as it
looks at that opacity over white (``on_paper``). Parcel status colours are the
code list's own (``domain.codes.PARCEL_STATUS_COLOURS``, Okabe–Ito where it can).
"""

from __future__ import annotations

# A plan boundary (dashed on both media) and a selected one on screen.
PLAN_STROKE = "#4b2a7b"

# Boverket land-use codes: the conventions of Swedish plan maps (industry lilac,
# housing yellow, port blue, nature green); the page fills them at LAND_USE_OPACITY.
LAND_USE_COLOURS: dict[str, str] = {
    "B": "#f5e17a",
    "C": "#f2a65a",
    "D": "#f0b9a8",
    "E": "#a9a9cc",
    "G": "#d9a3a3",
    "H": "#f7c177",
    "J": "#a77bc4",
    "K": "#f2cf8c",
    "L": "#cfe6a3",
    "N": "#a8d8a0",
    "O": "#f0c8a0",
    "R": "#e8b0c8",
    "S": "#f0d488",
    "T": "#bcbcbc",
    "U": "#e8a0a0",
    "V": "#8ec5e6",
    "Z": "#cdb0de",
    "GATA": "#dddddd",
    "VÄG": "#d0d0d0",
    "GCVÄG": "#e6e6e6",
    "PARK": "#8fcf8f",
    "NATUR": "#b5dca5",
    "SKYDD": "#d6e6bd",
}
LAND_USE_OPACITY = 0.38

# Reference layers by kind: (stroke, fill or None, fill opacity on screen).
REFERENCE_COLOURS: dict[str, tuple[str, str | None, float]] = {
    "road": ("#d9480f", None, 0.0),
    "railway": ("#222222", None, 0.0),
    "port": ("#ffffff", "#1f4e99", 1.0),
    "substation": ("#222222", "#ffd000", 1.0),
    "boundary": ("#6a1b6a", None, 0.0),
    "flood_zone": ("#2f6fd6", "#5b9bf0", 0.35),
    "protected_nature": ("#2e7d32", "#66bb6a", 0.3),
    "contaminated_land": ("#7b3f00", "#b5651d", 0.45),
    "property": ("#8c8c8c", None, 0.0),
    "other": ("#555555", None, 0.2),
}


def on_paper(colour: str, opacity: float) -> str:
    """``colour`` ('#rrggbb') as it looks at ``opacity`` over white paper."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * opacity) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)
