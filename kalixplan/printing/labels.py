"""Words on printouts in Swedish and English, and how values are written.

Printouts are documents, not the running UI, so their vocabulary lives here
(Qt-free, testable) rather than in the Qt translation catalogues. Unknown
values are written as 'uppgift saknas' / 'not known', never as 0.
"""

from __future__ import annotations

from kalixplan.domain.language import Lang, format_number, pick

LANGS: tuple[Lang, ...] = ("sv", "en")

TEXTS: dict[str, tuple[str, str]] = {
    "unknown": ("uppgift saknas", "not known"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "scale": ("Skala", "Scale"),
    "date": ("Datum", "Date"),
    "author": ("Upprättad av", "Prepared by"),
    "crs": ("Koordinatsystem", "Coordinate system"),
    "legend": ("Teckenförklaring", "Legend"),
    "overview": ("Översikt", "Overview"),
    "north": ("N", "N"),
    "plan_boundary": ("Detaljplanegräns", "Detailed plan boundary"),
    "sources": ("Källor", "Sources"),
    "boverket": (
        "Källa: Boverket, Planbestämmelsekatalogen",
        "Källa: Boverket, Planbestämmelsekatalogen",
    ),
    "osm": ("© OpenStreetMap contributors", "© OpenStreetMap contributors"),
    "basemap_unavailable": ("Bakgrundskarta ej tillgänglig", "Basemap unavailable"),
    "example_data": ("Exempeldata / Example data", "Exempeldata / Example data"),
    "logo_placeholder": ("Kommunens logotyp", "Municipal logo"),
    "grid_every": ("Koordinatmarkeringar var {m}:e meter", "Coordinate ticks every {m} m"),
    "default_title": ("Industrimark", "Industrial land"),
    "municipality_title": ("Hela kommunen", "The whole municipality"),
    "parcels_shown": ("Fastigheter i kartan", "Parcels shown"),
    "true_scale": ("Skalriktig vid utskrift i 100 %", "True to scale when printed at 100 %"),
    "page": ("Sida", "Page"),
    "prospectus": ("Objektblad", "Site prospectus"),
    "prospectus_cover_title": ("Industrimark – objektblad", "Industrial land – site prospectus"),
    "index": ("Innehåll", "Contents"),
    "parcels_count": ("fastigheter", "parcels"),
    "designation": ("Fastighet", "Property"),
    "area_name": ("Område", "Area"),
    "status": ("Status", "Status"),
    "area": ("Areal", "Area"),
    "price": ("Pris", "Price"),
    "power": ("Effekt", "Power"),
    "no_parcels": ("Inga fastigheter i kartan.", "No parcels in the map."),
    "more_rows": ("… och {n} till", "… and {n} more"),
    # Prospectus sections and facts.
    "sec_site": ("Fastigheten", "The site"),
    "sec_planning": ("Planförhållanden", "Planning"),
    "sec_price": ("Pris och status", "Price and status"),
    "sec_utilities": ("Teknisk försörjning", "Utilities"),
    "sec_distances": ("Avstånd", "Distances"),
    "sec_constraints": ("Förutsättningar och restriktioner", "Constraints"),
    "sec_contact": ("Kontakt", "Contact"),
    "owner": ("Ägare", "Owner"),
    "area_geodesic": ("Areal (geodetisk)", "Area (geodesic)"),
    "area_stale": (
        "ej omräknad: gränsen ändrades utanför KalixPlan",
        "not recomputed: the boundary was changed outside KalixPlan",
    ),
    "ground_state": ("Markens beskaffenhet", "State of the land"),
    "geotechnics": ("Geoteknik", "Geotechnics"),
    "plan": ("Detaljplan", "Detailed plan"),
    "plan_status": ("Planstatus", "Plan status"),
    "land_use": ("Användning", "Land use"),
    "max_height": ("Högsta byggnadshöjd", "Maximum building height"),
    "utilisation": ("Exploatering", "Utilisation"),
    "provision": ("Planbestämmelse", "Plan provision"),
    "implementation_ends": ("Genomförandetid t.o.m.", "Implementation period ends"),
    "price_m2": ("Pris per m²", "Price per m²"),
    "price_total": ("Pris totalt (ca)", "Total price (approx.)"),
    "price_includes": ("I priset ingår", "Price includes"),
    "reserved_until": ("Reserverad t.o.m.", "Reserved until"),
    "power_mw": ("Tillgänglig effekt", "Available power"),
    "dist_substation": ("Avstånd till transformatorstation", "Distance to substation"),
    "water_sewer": ("Kommunalt vatten och avlopp", "Municipal water and sewer"),
    "water_capacity": ("Vattenkapacitet", "Water capacity"),
    "district_heating": ("Fjärrvärme", "District heating"),
    "fibre": ("Fiber", "Fibre"),
    "gas_hydrogen": ("Gas/vätgas", "Gas/hydrogen"),
    "dist_rail": ("Järnväg", "Railway"),
    "dist_port": ("Hamn", "Port"),
    "dist_road": ("Väg E4/E10", "Road E4/E10"),
    "dist_airport": ("Flygplats (Luleå)", "Airport (Luleå)"),
    "flood_risk": ("Översvämningsrisk", "Flood risk"),
    "contaminated": ("Förorenad mark (MIFO-klass)", "Contaminated land (MIFO class)"),
    "protected_nature": ("Skyddad natur", "Protected nature"),
    "shoreline": ("Strandskydd", "Shoreline protection"),
    "national_interest": ("Riksintresse", "National interest"),
    "contact_person": ("Kontaktperson", "Contact person"),
    "email": ("E-post", "E-mail"),
    "updated": ("Senast uppdaterad", "Last updated"),
    "none_known": ("inga kända", "none known"),
    "map_of_site": ("Karta", "Map"),
    "this_site": ("Aktuell fastighet", "This site"),
}


def text(key: str, lang: Lang) -> str:
    """The printout word for ``key`` in ``lang``."""
    return pick(TEXTS[key], lang)


def fmt_decimal(value: float, decimals: int, lang: Lang) -> str:
    """'12 345,6' in Swedish, '12,345.6' in English."""
    return format_number(value, decimals, lang)


def fmt_unknown(lang: Lang) -> str:
    """The text for a value nobody has entered."""
    return text("unknown", lang)


def fmt_bool(value: bool | None, lang: Lang) -> str:
    """'ja'/'nej' or 'uppgift saknas'."""
    if value is None:
        return fmt_unknown(lang)
    return text("yes" if value else "no", lang)


def fmt_measure(value: float | None, unit: str, lang: Lang, decimals: int = 0) -> str:
    """'12 345 m' or 'uppgift saknas'."""
    if value is None:
        return fmt_unknown(lang)
    return f"{fmt_decimal(value, decimals, lang)} {unit}"


def fmt_distance(metres: float | None, lang: Lang) -> str:
    """Distances in m below 1 km, else km with one decimal."""
    if metres is None:
        return fmt_unknown(lang)
    if metres < 1000:
        return f"{fmt_decimal(round(metres, -1), 0, lang)} m"
    return f"{fmt_decimal(metres / 1000.0, 1, lang)} km"


def fmt_area(m2: float | None, lang: Lang) -> str:
    """'2,35 ha (23 456 m²)'."""
    if m2 is None or m2 <= 0:
        return fmt_unknown(lang)
    return f"{fmt_decimal(m2 / 10_000.0, 2, lang)} ha ({fmt_decimal(m2, 0, lang)} m²)"


def fmt_sek(value: float | None, lang: Lang, per_m2: bool = False) -> str:
    """'95 kr/m²' / 'SEK 95/m²', or totals rounded to 1 000 SEK."""
    if value is None:
        return fmt_unknown(lang)
    if per_m2:
        amount = fmt_decimal(value, 0 if value == round(value) else 2, lang)
        return pick((f"{amount} kr/m²", f"SEK {amount}/m²"), lang)
    amount = fmt_decimal(round(value, -3), 0, lang)
    return pick((f"{amount} kr", f"SEK {amount}"), lang)
