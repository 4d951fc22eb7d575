"""Structured data for search engines (schema.org in JSON-LD), one block per page.

A parcel page is a ``RealEstateListing`` whose ``mainEntity`` is the land as a
``Place`` (coordinates, municipality, area, power and distances as
``additionalProperty`` with UN/CEFACT unit codes) and whose ``offers`` is an
``Offer`` (in stock, sold by the municipality; a ``UnitPriceSpecification`` per m²
only with ``--with-prices``). Overview and area pages are ``ItemList``s of the
parcel pages. Text is the register's, as data: the page writes it with
``maps.data.safe_json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kalixplan.domain.language import Lang, pick
from kalixplan.services.publish.gather import SiteData, SiteParcel
from kalixplan.services.publish.layout import Frame, page_path
from kalixplan.services.publish.markup import site_url

CONTEXT = "https://schema.org"


def _seller(site: SiteData) -> dict[str, Any]:
    return {"@type": "GovernmentOrganization", "name": site.municipality}


def _measure(name: str, value: float | None, unit: str) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"@type": "PropertyValue", "name": name, "value": round(value, 1), "unitCode": unit}


def parcel_listing(
    site: SiteData, frame: Frame, parcel: SiteParcel, lang: Lang, title: str, description: str
) -> dict[str, Any]:
    """The JSON-LD of a parcel page."""
    here = page_path("parcel", lang, parcel.slug)
    lon, lat = parcel.centre
    facts = [
        _measure(pick(("Areal", "Area"), lang), parcel.area_m2 or None, "MTK"),
        _measure(pick(("Tillgänglig effekt", "Available power"), lang), parcel.power_mw, "MAW"),
        _measure(
            pick(("Avstånd till järnväg", "Distance to rail"), lang), parcel.dist_rail_m, "MTR"
        ),
        _measure(pick(("Avstånd till hamn", "Distance to port"), lang), parcel.dist_port_m, "MTR"),
        _measure(
            pick(("Avstånd till E4/E10", "Distance to E4/E10"), lang), parcel.dist_road_m, "MTR"
        ),
    ]
    place: dict[str, Any] = {
        "@type": "Place",
        "name": parcel.designation,
        "geo": {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon},
        "address": {
            "@type": "PostalAddress",
            "addressLocality": site.municipality,
            "addressCountry": "SE",
        },
        "additionalProperty": [f for f in facts if f is not None],
    }
    if parcel.area_name:
        place["containedInPlace"] = {"@type": "Place", "name": parcel.area_name}
    offer: dict[str, Any] = {
        "@type": "Offer",
        "availability": "https://schema.org/InStock",
        "seller": _seller(site),
    }
    if site.with_prices and parcel.price_sek_m2 is not None:
        offer["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": parcel.price_sek_m2,
            "priceCurrency": "SEK",
            "unitCode": "MTK",
        }
    return {
        "@context": CONTEXT,
        "@type": "RealEstateListing",
        "name": title,
        "description": description,
        "inLanguage": lang,
        "url": site_url(here, here, frame.base_url),
        "datePosted": site.today.isoformat(),
        "mainEntity": place,
        "offers": offer,
    }


def parcel_list(
    site: SiteData,
    frame: Frame,
    parcels: Sequence[SiteParcel],
    lang: Lang,
    here: str,
    title: str,
    description: str,
) -> dict[str, Any]:
    """The JSON-LD of an overview or area page: the parcel pages it lists."""
    return {
        "@context": CONTEXT,
        "@type": "ItemList",
        "name": title,
        "description": description,
        "numberOfItems": len(parcels),
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n,
                "name": p.designation,
                "url": site_url(page_path("parcel", lang, p.slug), here, frame.base_url),
            }
            for n, p in enumerate(parcels, start=1)
        ],
    }
