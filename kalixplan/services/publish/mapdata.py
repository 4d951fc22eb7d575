"""The data a page's small map draws: parcels and reference features in EPSG:4326.

It goes into the page as ``<script type="application/json" id="site-data">`` and
``site.js`` reads it with ``JSON.parse``; names are shown with ``textContent``.
Styles come from the app's own map (``maps.style``), so a parcel and a road look
the same on the site as in the application.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import shapely

from kalixplan.domain.language import Lang, pick
from kalixplan.maps.style import REFERENCE_KIND_LABELS, REFERENCE_STYLES, status_colour
from kalixplan.printing.facts import headline_area
from kalixplan.services.publish.gather import SiteArea, SiteData, SiteParcel
from kalixplan.services.publish.layout import Frame, page_path
from kalixplan.services.publish.markup import site_url
from kalixplan.services.publish.words import word

HIGHLIGHT = "#d6007e"  # the prospectus's magenta outline of "this site"


def _geometry(geom: shapely.Geometry) -> Any:
    return json.loads(shapely.to_geojson(geom))


def _area_label(area: SiteArea, lang: Lang) -> dict[str, Any]:
    """An area's name placed at the middle of its parcels (the overview names the areas)."""
    centre = shapely.union_all([p.geom for p in area.parcels]).envelope.centroid
    return {
        "name": area.name or word("other_area", lang),
        "lon": round(centre.x, 6),
        "lat": round(centre.y, 6),
    }


def map_data(
    site: SiteData,
    frame: Frame,
    here: str,
    lang: Lang,
    parcels: Sequence[SiteParcel],
    *,
    highlight: SiteParcel | None = None,
    total: int | None = None,
    areas: Sequence[SiteArea] = (),
) -> dict[str, Any]:
    """What the map of the page ``here`` shows: ``parcels`` (``highlight`` outlined and
    framed; otherwise all of them framed) over the reference features."""
    focus = [highlight] if highlight is not None else list(parcels)
    if focus:
        minx, miny, maxx, maxy = (float(v) for v in shapely.total_bounds([p.geom for p in focus]))
    else:
        minx, miny, maxx, maxy = site.bounds
    return {
        "lang": lang,
        "bounds": [[miny, minx], [maxy, maxx]],
        "parcels": [
            {
                "id": p.slug,
                "name": p.designation,
                "area": p.area_name or "",
                "size": headline_area(p.area_m2, lang),
                "href": site_url(page_path("parcel", lang, p.slug), here, frame.base_url),
                "highlight": highlight is not None and p.id == highlight.id,
                "g": _geometry(p.geom),
                "c": [p.centre[1], p.centre[0]],
            }
            for p in parcels
        ],
        "reference": [
            {
                "kind": r.kind,
                "name": r.name or pick(REFERENCE_KIND_LABELS.get(r.kind, ("", "")), lang),
                "g": _geometry(r.geom),
            }
            for r in site.references
        ],
        "areas": [_area_label(a, lang) for a in areas],
        "styles": {
            "parcel": status_colour("available"),
            "highlight": HIGHLIGHT,
            "reference": {k: REFERENCE_STYLES[k] for k in {r.kind for r in site.references}},
        },
        "words": {
            "more": pick(("Läs mer om {d}", "Read more about {d}"), lang),
            "count": word("filter_count", lang, n="{n}", t="{t}"),
            "total": total if total is not None else len(parcels),
        },
    }
