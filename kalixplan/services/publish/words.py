"""The public site's wordings, each a pair (Swedish, English) chosen with ``pick``.

The facts of a parcel use the prospectus's vocabulary (``printing.labels``), so
the page and the PDF beside it say the same thing in the same words.
"""

from __future__ import annotations

from kalixplan.domain.language import Lang, pick

WORDS: dict[str, tuple[str, str]] = {
    "language_name": ("Svenska", "English"),
    "other_language": ("In English", "På svenska"),
    "site_title": ("Ledig mark", "Land available"),
    "overview_heading": (
        "Ledig mark för industri och verksamheter",
        "Land available for industry and business",
    ),
    "overview_intro": (
        "Här finns den mark som {m} erbjuder just nu, med fakta om läge, plan, effekt och "
        "avstånd. Filtrera listan eller klicka i kartan för att läsa mer.",
        "This is the land {m} offers right now, with facts on location, plan, power and "
        "distances. Filter the list or click the map to read more.",
    ),
    "overview_description": (
        "{n} fastigheter med ledig mark för industri och verksamheter i {m}: karta, areal, "
        "detaljplan, effekt och avstånd till järnväg, hamn och E4.",
        "{n} sites available for industry and business in {m}: map, area, detailed plan, "
        "power and distances to rail, port and the E4.",
    ),
    "area_description": (
        "Ledig mark i {a}, {m}: {s}.",
        "Land available in {a}, {m}: {s}.",
    ),
    "parcel_description": (
        "{d}: {ha} ledig mark i {a}, {m}. Användning: {u}.",
        "{d}: {ha} of land available in {a}, {m}. Land use: {u}.",
    ),
    "skip": ("Hoppa till innehållet", "Skip to the content"),
    "map": ("Karta", "Map"),
    "map_label_overview": (
        "Karta över den lediga marken i {m}",
        "Map of the land available in {m}",
    ),
    "map_label_area": ("Karta över {a}", "Map of {a}"),
    "map_label_parcel": (
        "Karta över {d} och marken intill",
        "Map of {d} and the land around it",
    ),
    "map_note": (
        "Kartan visar fastigheterna över kommungränsen, E4/E10, järnvägen och hamnen "
        "(ingen bakgrundskarta).",
        "The map shows the sites over the municipal boundary, the E4/E10, the railway "
        "and the port (no background map).",
    ),
    "list_heading": ("Tillgänglig mark", "Available land"),
    "filter_heading": ("Filtrera", "Filter"),
    "filter_text": ("Sök fastighet eller område", "Search site or area"),
    "filter_area": ("Område", "Area"),
    "filter_any_area": ("Alla områden", "All areas"),
    "filter_min_ha": ("Minsta areal (ha)", "Smallest area (ha)"),
    "filter_use": ("Användning", "Land use"),
    "filter_any_use": ("Alla användningar", "Any land use"),
    "filter_min_power": ("Minsta effekt (MW)", "Least power (MW)"),
    "filter_count": ("{n} av {t} fastigheter visas", "{n} of {t} sites shown"),
    "areas_heading": ("Områden", "Areas"),
    "area_summary": ("{n} fastigheter, {ha}", "{n} sites, {ha}"),
    "area_summary_one": ("1 fastighet, {ha}", "1 site, {ha}"),
    "col_site": ("Fastighet", "Site"),
    "col_area": ("Område", "Area"),
    "col_size": ("Areal", "Size"),
    "col_use": ("Användning", "Land use"),
    "col_power": ("Effekt", "Power"),
    "col_rail": ("Järnväg", "Rail"),
    "col_port": ("Hamn", "Port"),
    "col_road": ("E4/E10", "E4/E10"),
    "col_price": ("Pris", "Price"),
    "sites_in_area": ("Fastigheter i området", "Sites in the area"),
    "prospectus": ("Objektblad (PDF)", "Site prospectus (PDF)"),
    "prospectus_link": (
        "Ladda ner objektbladet för {d} (PDF)",
        "Download the prospectus for {d} (PDF)",
    ),
    "contact": ("Kontakt", "Contact"),
    "contact_default": (
        "Kontakta {m} för mer information.",
        "Contact {m} for more information.",
    ),
    "back_to_overview": ("Till all ledig mark", "All available land"),
    "back_to_area": ("Till {a}", "Back to {a}"),
    "breadcrumb": ("Du är här", "You are here"),
    "logo_alt": ("{m}s logotyp", "Logo of {m}"),
    "example_banner": ("Exempeldata / Example data", "Exempeldata / Example data"),
    "example_note": (
        "Uppgifterna på denna webbplats är påhittade exempel.",
        "The information on this site is invented example data.",
    ),
    "generated": ("Sidan skapad {d} med KalixPlan.", "Page generated {d} with KalixPlan."),
    "facts_note": (
        "Areal är geodetisk (beräknad på ellipsoiden). Uppgifter kan ändras; kontakta oss "
        "innan beslut.",
        "Areas are geodesic (computed on the ellipsoid). Facts may change; contact us before "
        "deciding.",
    ),
    "no_sites": ("Just nu finns ingen ledig mark att visa.", "No land is on offer right now."),
    "municipality": ("kommunen", "the municipality"),
    "other_area": ("Övrig mark", "Other land"),
    "status_only": ("Status", "Status"),
}


def word(key: str, lang: Lang, **values: object) -> str:
    """The site's wording for ``key`` in ``lang``, with ``{name}`` fields filled in."""
    template = pick(WORDS[key], lang)
    return template.format(**values) if values else template
