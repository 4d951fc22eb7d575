"""Colours and labels of the map: parcel status, Boverket land use, reference layers.

The status palette follows Okabe and Ito's colour-blind-safe set where it can
(green, amber, blue, grey, purple, dark red); the land-use colours follow the
conventions of Swedish plan maps (industry lilac, housing yellow, port blue,
nature green). Labels are Swedish and English; the page receives only the
language it shows.
"""

from __future__ import annotations

from typing import Any

from kalixplan.domain.codes import (
    LAND_USE_LABELS,
    PARCEL_STATUS_COLOURS,
    PARCEL_STATUS_LABELS,
    PLAN_STATUS_LABELS,
    UNKNOWN_STATUS_COLOUR,
    ParcelStatus,
    PlanStatus,
    ReferenceKind,
    land_use_parts,
)
from kalixplan.domain.palette import (
    LAND_USE_COLOURS,
    LAND_USE_OPACITY,
    PLAN_STROKE,
    REFERENCE_COLOURS,
)

LANGUAGES = ("sv", "en")

STATUS_COLOURS: dict[str, str] = {s.value: c for s, c in PARCEL_STATUS_COLOURS.items()}
UNKNOWN_COLOUR = UNKNOWN_STATUS_COLOUR


# How each kind of reference layer is drawn (Leaflet path options); colours: the palette.
_LINES: dict[str, dict[str, Any]] = {
    ReferenceKind.ROAD.value: {"weight": 3.5, "opacity": 0.9},
    ReferenceKind.RAILWAY.value: {"weight": 2.5, "dashArray": "10 6", "opacity": 0.9},
    ReferenceKind.PORT.value: {"weight": 2, "radius": 8},
    ReferenceKind.SUBSTATION.value: {"weight": 2, "radius": 6},
    # Filled like paper when there is no basemap (the page sets the opacity).
    ReferenceKind.BOUNDARY.value: {
        "weight": 2.5,
        "dashArray": "12 4 3 4",
        "fillColor": "#fbfaf6",
        "opacity": 0.8,
    },
    ReferenceKind.FLOOD_ZONE.value: {"weight": 1},
    ReferenceKind.PROTECTED_NATURE.value: {"weight": 1.5, "dashArray": "4 3"},
    ReferenceKind.CONTAMINATED_LAND.value: {"weight": 1.5},
    ReferenceKind.PROPERTY.value: {"weight": 1, "opacity": 0.8},
    ReferenceKind.OTHER.value: {"weight": 2},
}


def _reference_style(kind: str) -> dict[str, Any]:
    stroke, fill, opacity = REFERENCE_COLOURS[kind]
    style: dict[str, Any] = {"color": stroke, "fillOpacity": opacity}
    if fill is not None:
        style["fillColor"] = fill
    return style | _LINES[kind]


REFERENCE_STYLES: dict[str, dict[str, Any]] = {kind: _reference_style(kind) for kind in _LINES}

REFERENCE_KIND_LABELS: dict[str, tuple[str, str]] = {
    ReferenceKind.ROAD.value: ("Väg", "Road"),
    ReferenceKind.RAILWAY.value: ("Järnväg", "Railway"),
    ReferenceKind.PORT.value: ("Hamn", "Port"),
    ReferenceKind.SUBSTATION.value: ("Transformatorstation", "Substation"),
    ReferenceKind.BOUNDARY.value: ("Gräns", "Boundary"),
    ReferenceKind.FLOOD_ZONE.value: ("Översvämningsrisk", "Flood risk"),
    ReferenceKind.PROTECTED_NATURE.value: ("Skyddad natur", "Protected nature"),
    ReferenceKind.CONTAMINATED_LAND.value: ("Förorenad mark", "Contaminated land"),
    ReferenceKind.PROPERTY.value: ("Fastighetsindelning", "Property map"),
    ReferenceKind.OTHER.value: ("Övrigt", "Other"),
}

# Words of the page itself: layer names, legend headings, field names.
PAGE_WORDS: dict[str, tuple[str, str]] = {
    "parcels": ("Markområden", "Land parcels"),
    "plans": ("Detaljplaner", "Detailed plans"),
    "land_use": ("Markanvändning", "Land use"),
    "basemap": ("Bakgrundskarta", "Basemap"),
    "legend": ("Teckenförklaring", "Legend"),
    "status": ("Status", "Status"),
    "plan_boundary": ("Detaljplanegräns", "Plan boundary"),
    "reference": ("Referensskikt", "Reference layers"),
    "area": ("Areal", "Area"),
    "stale": (
        "ej omräknad (gränsen ändrad utanför KalixPlan)",
        "not recomputed (boundary changed outside KalixPlan)",
    ),
    "area_name": ("Område", "Area"),
    "owner": ("Ägare", "Owner"),
    "price": ("Pris", "Price"),
    "power": ("Effekt", "Power"),
    "plan": ("Plan", "Plan"),
    "notes": ("Anteckning", "Notes"),
    "implementation_ends": ("Genomförandetiden slutar", "Implementation period ends"),
    "max_height": ("Högsta höjd", "Maximum height"),
    "selected": ("Vald", "Selected"),
    "what_applies": ("Detta gäller här", "What applies here"),
    "no_plan": ("Ingen detaljplan", "No detailed plan"),
    "labels": ("Namn och beteckningar", "Names and designations"),
}


def label(pair: tuple[str, str], lang: str) -> str:
    """The Swedish or English half of a label pair."""
    return pair[1] if lang == "en" else pair[0]


def status_colour(status: str | None) -> str:
    """The fill colour of a parcel status (grey-black for an unknown one)."""
    return STATUS_COLOURS.get(status or "", UNKNOWN_COLOUR)


def land_use_colour(code: str | None) -> str:
    """The fill colour of a Boverket land-use code."""
    key = code or ""
    if key in LAND_USE_COLOURS or key.upper() in LAND_USE_COLOURS:
        return LAND_USE_COLOURS.get(key, LAND_USE_COLOURS.get(key.upper(), UNKNOWN_COLOUR))
    parts = land_use_parts(key)  # a combination or variant takes its first use's colour
    return LAND_USE_COLOURS.get(parts[0], UNKNOWN_COLOUR) if parts else UNKNOWN_COLOUR


def page_labels(lang: str) -> dict[str, Any]:
    """Every label the page shows, in one language, as JSON-ready data."""
    return {
        "words": {key: label(pair, lang) for key, pair in PAGE_WORDS.items()},
        "status": {s.value: label(PARCEL_STATUS_LABELS[s], lang) for s in ParcelStatus},
        "plan_status": {s.value: label(PLAN_STATUS_LABELS[s], lang) for s in PlanStatus},
        "land_use": {code: label(pair, lang) for code, pair in LAND_USE_LABELS.items()},
        "reference_kind": {k: label(p, lang) for k, p in REFERENCE_KIND_LABELS.items()},
    }


def page_styles() -> dict[str, Any]:
    """The palettes the page draws with, as JSON-ready data."""
    return {
        "status": dict(STATUS_COLOURS),
        "unknown": UNKNOWN_COLOUR,
        "land_use": dict(LAND_USE_COLOURS),
        "land_use_opacity": LAND_USE_OPACITY,
        "plan_stroke": PLAN_STROKE,
        "reference": {k: dict(v) for k, v in REFERENCE_STYLES.items()},
        "status_order": [s.value for s in ParcelStatus],
    }
