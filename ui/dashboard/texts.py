"""Words of the painted dashboard and report in Swedish and English.

The dashboard is painted (on screen and into the PDF) by one function that is
told its language, because ``kalixplan report --lang`` must print either
language whatever catalogue the application has installed.
"""

from __future__ import annotations

from kalixplan.services.matching.rules import sector_label

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Näringsliv och mark – översikt", "Business and land – overview"),
    "available": ("ha tillgänglig mark", "ha available land"),
    "reserved": ("ha reserverad mark", "ha reserved land"),
    "sold": ("ha såld mark", "ha sold land"),
    "actors": ("aktörer", "actors"),
    "plans": ("detaljplaner", "detailed plans"),
    "ending": (
        "genomförandetider slutar inom %1 mån",
        "plan periods ending within %1 months",
    ),
    "land_use": ("Kod", "Code"),
    "total": ("Totalt", "Total"),
    "by_area": ("Hektar per område", "Hectares by area"),
    "by_land_use": ("Hektar per markanvändning", "Hectares by land use"),
    "by_stage": ("Aktörer per dialogsteg (längst kommet)", "Actors by dialogue stage (furthest)"),
    "by_sector": ("Aktörer per bransch", "Actors by sector"),
    "plans_by_stage": ("Detaljplaner per skede", "Detailed plans by stage"),
    "plans_ending": (
        "Genomförandetiden slutar inom %1 månader",
        "Implementation period ends within %1 months",
    ),
    "plan": ("Plan", "Plan"),
    "name": ("Namn", "Name"),
    "ends": ("Slutar", "Ends"),
    "none": ("Inga", "None"),
    "no_sector": ("Ingen bransch angiven", "No sector given"),
    "no_land_use": ("Okänd", "Unknown"),
    "no_area": ("Inget områdesnamn", "No area name"),
    "footer": (
        "KalixPlan · %1 · sammanställt %2 · arealer geodetiska (GRS80)",
        "KalixPlan · %1 · compiled %2 · areas geodesic (GRS80)",
    ),
    "example": ("Innehåller exempeldata", "Contains example data"),
}


def t(key: str, lang: str) -> str:
    """The text ``key`` in ``lang`` ('sv' or 'en')."""
    sv, en = TEXTS[key]
    return sv if lang == "sv" else en


def num(value: float, lang: str, decimals: int = 1) -> str:
    """A number with a thin-space thousands separator and the language's decimal mark."""
    text = f"{value:,.{decimals}f}".replace(",", "\u2009")
    return text.replace(".", ",") if lang == "sv" else text


def sector_text(sector: str, lang: str) -> str:
    """A sector's label, or 'no sector given'."""
    return sector_label(sector, lang) if sector else t("no_sector", lang)
